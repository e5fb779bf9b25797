// store.h: the event store (docs/store.md): stories and their events in
// SQLite (a file path) or PostgreSQL (a postgresql:// or postgres:// URL),
// for `dyad code --db`, `dyad ingest` and `dyad query`. CLI-side: it talks
// to sqlite3 and libpq directly; the library knows nothing of databases.
#ifndef DYAD_STORE_H
#define DYAD_STORE_H

#include <stdbool.h>
#include <stddef.h>

enum { STORY_COLS = 9, EVENT_COLS = 26 };

// A query result row: n values as text (NULL for SQL NULL).
typedef int (*store_row_fn)(void *ctx, int n, const char *const *vals);

// One database behind the store: sqlite (store_sqlite.c) or PostgreSQL
// (store_pg.c). SQL given to `exec` and `select` uses ? placeholders; the
// PostgreSQL backend numbers them. Every call returns 0 (or a row count,
// a found flag) on success and -1 with `err` set.
typedef struct store_backend store_backend;
struct store_backend {
    const char *kind;   // "SQLite" or "PostgreSQL"
    char name[512];     // the file, or the URL without its password
    char err[1024];
    bool pg;
    int (*exec)(store_backend *b, const char *sql);
    // 1 with the story's text_hash and coder_version, 0 when absent
    int (*story_state)(store_backend *b, const char *id, char hash[65], char *version,
                       size_t cap);
    int (*delete_story)(store_backend *b, const char *id);  // its events too
    int (*insert_story)(store_backend *b, const char *const *v);        // STORY_COLS
    int (*insert_events)(store_backend *b, const char *const *v, size_t n);  // n rows
    int (*select)(store_backend *b, const char *sql, const char *const *params, int n,
                  store_row_fn fn, void *ctx);
    void (*close)(store_backend *b);
    // NULL: the common schema (version 1). Else the backend creates or
    // migrates its own schema and checks its version (PostgreSQL: docs/store.md).
    int (*schema)(store_backend *b);
};
// The events' indexes (store.c), made after the tables by either database.
extern const char *const store_indexes[];
extern const size_t store_n_indexes;

store_backend *store_sqlite_open(const char *path, char *err, size_t cap);
store_backend *store_pg_open(const char *url, char *err, size_t cap);

typedef struct store store;

// Open (and create the schema of) the database PATH_OR_URL; NULL after
// printing "PROG: <database>: <why>".
store *store_open(const char *prog, const char *target);
bool store_is_pg(const store *s);

// A story and its events as dyad code writes them: `events` holds JSON
// lines, each ending in '\n' (written over while storing). text may be
// NULL (ingest): its hash is then `text_hash` as given. `where` (file:line)
// names the story in messages.
typedef struct store_story {
    const char *story_id, *date, *title, *meta, *text;
    size_t text_len;
    const char *text_hash;  // NULL: SHA-256 of text
    const char *coder_version, *dictionaries;
    char *events;
    size_t events_len;
    const char *where;
    // the event lines are dyad's own, written in this run (dyad code --db):
    // read flat, without a JSON tree (jansson when a line is unexpected)
    bool own_lines;
} store_story;

// Write one story whole (its own savepoint inside the batch transaction):
// 1 written, 0 skipped (the same text_hash and coder_version are stored),
// -1 refused with a message on stderr (the batch goes on), -2 when the
// database failed (a message; stop).
int store_put(store *s, const store_story *st);
// Commit the open batch; 0, or -1 with a message.
int store_commit(store *s);
// Keep every story of the run in one transaction (no batch commits): all
// stored at store_close, or none after store_rollback (dyad ingest
// --one-transaction).
void store_one_transaction(store *s);
// Roll the open transaction back; 0, or -1 with a message.
int store_rollback(store *s);
// Counts of this run so far.
void store_counts(const store *s, long *written, long *skipped, long *events);
// Run a query (? placeholders, text parameters); -1 with a message.
int store_select(store *s, const char *sql, const char *const *params, int n,
                 store_row_fn fn, void *ctx);
// Commit and close; 0, or -1 when the last commit failed.
int store_close(store *s);

// SHA-256 of the run's dictionaries: of the lines "file sha256\n", in load
// order, as --header lists them.
void store_dictionaries_hash(const char *const *files, const char *const *sums, size_t n,
                             char out[65]);

#endif
