// store_sqlite.c: the event store in an SQLite file: WAL journal (a
// process killed mid-batch loses only that batch; the file stays whole),
// prepared statements with bound values.
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "store.h"

typedef struct lite {
    store_backend b;
    sqlite3 *db;
    sqlite3_stmt *state, *del_events, *del_story, *ins_story, *ins_event;
} lite;

static int error(lite *l)
{
    snprintf(l->b.err, sizeof l->b.err, "%s", sqlite3_errmsg(l->db));
    return -1;
}

static int lite_exec(store_backend *b, const char *sql)
{
    lite *l = (lite *)b;
    return sqlite3_exec(l->db, sql, NULL, NULL, NULL) == SQLITE_OK ? 0 : error(l);
}

// A cached statement, prepared on first use.
static sqlite3_stmt *stmt(lite *l, sqlite3_stmt **cache, const char *sql)
{
    if (!*cache && sqlite3_prepare_v2(l->db, sql, -1, cache, NULL) != SQLITE_OK) {
        error(l);
        return NULL;
    }
    sqlite3_reset(*cache);
    sqlite3_clear_bindings(*cache);
    return *cache;
}

static int bind_all(lite *l, sqlite3_stmt *st, const char *const *v, int n)
{
    for (int i = 0; i < n; i++) {
        int rc = v[i] ? sqlite3_bind_text(st, i + 1, v[i], -1, SQLITE_STATIC)
                      : sqlite3_bind_null(st, i + 1);
        if (rc != SQLITE_OK) return error(l);
    }
    return 0;
}

// Step a statement that returns no rows.
static int run(lite *l, sqlite3_stmt *st)
{
    int rc = sqlite3_step(st);
    sqlite3_reset(st);
    return rc == SQLITE_DONE ? 0 : error(l);
}

static int lite_state(store_backend *b, const char *id, char hash[65], char *version,
                      size_t cap)
{
    lite *l = (lite *)b;
    sqlite3_stmt *st = stmt(l, &l->state,
                            "SELECT text_hash, coder_version FROM stories WHERE story_id = ?");
    if (!st || bind_all(l, st, &id, 1) < 0) return -1;
    int rc = sqlite3_step(st);
    if (rc == SQLITE_ROW) {
        const char *h = (const char *)sqlite3_column_text(st, 0);
        const char *v = (const char *)sqlite3_column_text(st, 1);
        snprintf(hash, 65, "%s", h ? h : "");
        snprintf(version, cap, "%s", v ? v : "");
        sqlite3_reset(st);
        return 1;
    }
    sqlite3_reset(st);
    return rc == SQLITE_DONE ? 0 : error(l);
}

static int lite_delete(store_backend *b, const char *id)
{
    lite *l = (lite *)b;
    sqlite3_stmt *st = stmt(l, &l->del_events, "DELETE FROM events WHERE story_id = ?");
    if (!st || bind_all(l, st, &id, 1) < 0 || run(l, st) < 0) return -1;
    st = stmt(l, &l->del_story, "DELETE FROM stories WHERE story_id = ?");
    if (!st || bind_all(l, st, &id, 1) < 0 || run(l, st) < 0) return -1;
    return 0;
}

static int lite_story(store_backend *b, const char *const *v)
{
    lite *l = (lite *)b;
    sqlite3_stmt *st = stmt(l, &l->ins_story,
                            "INSERT INTO stories (story_id, date, title, meta, text, text_hash, "
                            "coder_version, dictionaries, ingested_at) "
                            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
    if (!st || bind_all(l, st, v, STORY_COLS) < 0) return -1;
    return run(l, st);
}

static int lite_events(store_backend *b, const char *const *v, size_t n)
{
    lite *l = (lite *)b;
    for (size_t i = 0; i < n; i++) {
        sqlite3_stmt *st = stmt(
            l, &l->ins_event,
            "INSERT INTO events (event_id, story_id, sentence_id, date, source, target, code, "
            "root, quad, goldstein, plover, cameo_label, pair_id, sentence, sentence_start, "
            "sentence_end, source_text, target_text, event_text, source_start, source_end, "
            "target_start, target_end, verb_start, verb_end, json) VALUES (?, ?, ?, ?, ?, ?, "
            "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        if (!st || bind_all(l, st, v + i * EVENT_COLS, EVENT_COLS) < 0 || run(l, st) < 0) {
            size_t k = strlen(l->b.err);
            snprintf(l->b.err + k, sizeof l->b.err - k, " (event %s)", v[i * EVENT_COLS]);
            return -1;
        }
    }
    return 0;
}

static int lite_select(store_backend *b, const char *sql, const char *const *params, int n,
                       store_row_fn fn, void *ctx)
{
    lite *l = (lite *)b;
    sqlite3_stmt *st;
    if (sqlite3_prepare_v2(l->db, sql, -1, &st, NULL) != SQLITE_OK) return error(l);
    if (bind_all(l, st, params, n) < 0) {
        sqlite3_finalize(st);
        return -1;
    }
    int cols = sqlite3_column_count(st), rc;
    const char *vals[64];
    if (cols > 64) cols = 64;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        for (int i = 0; i < cols; i++) vals[i] = (const char *)sqlite3_column_text(st, i);
        if (fn(ctx, cols, vals)) break;
    }
    if (rc != SQLITE_ROW && rc != SQLITE_DONE) {
        error(l);
        sqlite3_finalize(st);
        return -1;
    }
    sqlite3_finalize(st);
    return 0;
}

static void lite_close(store_backend *b)
{
    lite *l = (lite *)b;
    sqlite3_stmt *all[] = {l->state, l->del_events, l->del_story, l->ins_story, l->ins_event};
    for (size_t i = 0; i < sizeof all / sizeof all[0]; i++) sqlite3_finalize(all[i]);
    sqlite3_close(l->db);
    free(l);
}

store_backend *store_sqlite_open(const char *path, char *err, size_t cap)
{
    lite *l = calloc(1, sizeof *l);
    if (!l) {
        snprintf(err, cap, "%s: out of memory", path);
        return NULL;
    }
    l->b = (store_backend){.kind = "SQLite", .exec = lite_exec, .story_state = lite_state,
                           .delete_story = lite_delete, .insert_story = lite_story,
                           .insert_events = lite_events, .select = lite_select,
                           .close = lite_close};
    snprintf(l->b.name, sizeof l->b.name, "%s", path);
    int rc = sqlite3_open_v2(path, &l->db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL);
    // WAL: a crash (kill -9) rolls back only the open transaction, and
    // readers (dyad serve, dyad query) go on while a run writes;
    // synchronous=NORMAL is crash-safe in WAL mode (only a power loss may
    // lose the last commits, never corrupt the file). temp_store=MEMORY:
    // the statement journal of each story's savepoint stays in memory
    // instead of a temporary file (that file took 2.5 times the WAL's bytes).
    if (rc == SQLITE_OK) sqlite3_busy_timeout(l->db, 10000);
    if (rc == SQLITE_OK)
        rc = sqlite3_exec(l->db, "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; "
                                 "PRAGMA foreign_keys=ON; PRAGMA temp_store=MEMORY",
                          NULL, NULL, NULL);
    if (rc != SQLITE_OK) {
        snprintf(err, cap, "SQLite %s: cannot open: %s", path,
                 l->db ? sqlite3_errmsg(l->db) : "out of memory");
        sqlite3_close(l->db);
        free(l);
        return NULL;
    }
    return &l->b;
}
