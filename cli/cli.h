// cli.h: the dyad command-line program (uses only the public dyad.h).
#ifndef DYAD_CLI_H
#define DYAD_CLI_H

#include "dyad.h"

typedef struct cli_dicts {
    const char *dir;       // --dictionaries DIR
    const char *config;    // --config PETR_config.ini
    int errors;            // malformed lines reported while loading
    char used[4096];       // set by cli_load_default: the folder (or the
                           // --config file) loaded, absolute when it exists
} cli_dicts;

// Print a diagnostic to stderr ("file:line: message").
void cli_diag(void *ctx, const dyad_error *e);
// Load one file of DIR (or an absolute/relative path) into dict.
int cli_load(dyad_dict *dict, dyad_dict_kind kind, const char *dir, const char *name,
             int *errors);
// Load the default dictionary set from DIR (a PETR_config.ini there, else
// the Phoenix file names).
int cli_load_default(dyad_dict *dict, cli_dicts *d);

// Parse a --date value (a real calendar day, years 1-9999, as YYYY-MM-DD,
// YYYYMMDD or an ISO 8601 date and time, dyad_parse_date) into YYYYMMDD.
// On error prints "PROG: --date needs ..." and returns 2.
int cli_parse_date(const char *prog, const char *v, int32_t *out);
// The same for option `opt` ("--force-date").
int cli_parse_date_opt(const char *prog, const char *opt, const char *v, int32_t *out);
// The date alone: YYYYMMDD of a real calendar day, or 0 (no message).
int32_t cli_date_value(const char *v);

// ---- standard output (out.c): every subcommand writes through these ----
// Output is collected in a buffer and handed to write(2) in complete lines
// (up to 4 KiB of lines per write; a longer line alone), so records never
// break when several processes append to one file. The first failed write
// is remembered with its errno; later output is dropped.
dyad_buf *cli_out_buf(void);  // append whole lines, then call cli_out_commit
int cli_out_commit(void);     // write what is due; -1 once a write has failed
void cli_printf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
void cli_puts(const char *s);  // s and a newline
bool cli_out_failed(void);
int cli_out_flush(void);       // write everything now; 0 or -1
// Print "PROG: cannot write stdout: <strerror>" once, if a write failed.
void cli_out_report(const char *prog);
// At exit: flush, close stdout (stdio's too), report a failure; 0 or 1.
int cli_out_close(const char *prog);

// -o FILE: output goes to FILE.tmp-<pid> (standard output is pointed at
// it) until cli_out_file_done renames it FILE when `keep`, or removes it;
// out of memory removes it too. A run killed outright leaves only the
// .tmp-<pid> file, never a half-written FILE. 0, or -1 with a message.
int cli_out_to_file(const char *prog, const char *path);
int cli_out_file_done(const char *prog, bool keep);

// The out-of-memory handler (dyad_on_out_of_memory), set for every
// subcommand: the whole lines in the output buffer are written (a line
// being made when memory ran out is dropped, never cut), then "dyad:
// <message>" naming the input to stderr, and the process exits with 1.
_Noreturn void cli_out_of_memory(void *ctx, size_t bytes, const char *message);

// SIGINT and SIGTERM set a flag instead of ending the process (once: a
// second signal ends it); cli_stop_signal() is that signal, 0 when none.
void cli_catch_signals(void);
int cli_stop_signal(void);

// ---- dedup.c: events kept once (dyad code --dedup, dyad dedup) ----
// story: one event per story_id, source, target and code (the first);
// day: one per date, source, target and code across stories, written when
// the date changes (or at the end) with "event_ids" and "story_ids" lists
// of the events it stands for added to JSON lines. Memory: the keys of one
// story, or the events of one date.
typedef enum dedup_mode { DEDUP_NONE, DEDUP_STORY, DEDUP_DAY } dedup_mode;
typedef struct dedup dedup;
typedef struct dedup_key {
    const char *story_id, *date, *source, *target, *code, *event_id;
} dedup_key;
int dedup_parse_mode(const char *prog, const char *opt, const char *v, dedup_mode *out);
dedup *dedup_new(dedup_mode mode, bool json);
// One event line (ending in '\n'): written to cli_out_buf now, later, or
// not at all.
void dedup_event(dedup *d, const char *line, size_t n, const dedup_key *k);
// Write what is held; then free.
void dedup_free(dedup *d);

// ---- code_db.c: dyad code --db (the event store, store.h) ----
typedef struct code_db code_db;
// Open the store (NULL after a message); the dictionaries' hash is kept.
code_db *code_db_open(const char *target, const dyad_dict *dict);
// A coded record and its JSON event lines (written over); `where` is its
// file:line. The store_put status: 1 or 0 fine, -1 refused, -2 failed.
int code_db_record(code_db *db, const dyad_record *rec, char *events, size_t n,
                   const char *where);
// Store what is held, commit, close; 0 or -1.
int code_db_close(code_db *db, bool stats);

int cmd_code(int argc, char **argv);
int cmd_ingest(int argc, char **argv);
int cmd_query(int argc, char **argv);
int cmd_dedup(int argc, char **argv);
int cmd_validate(int argc, char **argv);
int cmd_parse(int argc, char **argv);
int cmd_actor(int argc, char **argv);
int cmd_dict(int argc, char **argv);
int cmd_eval(int argc, char **argv);
int cmd_version(int argc, char **argv);

// Append s[0, n) to b, growing it, and keep it NUL-terminated; out of memory
// ends the run naming `what`.
void cli_buf_add(dyad_buf *b, const char *s, size_t n, const char *what);
int cmd_serve(int argc, char **argv);

#endif
