// store_pg.c: the event store in PostgreSQL through libpq: parameters sent
// apart from the SQL (PQexecParams), a story's events loaded with COPY
// inside its transaction.
#include <libpq-fe.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "store.h"

typedef struct pg {
    store_backend b;
    PGconn *conn;
    dyad_buf copy;  // the COPY data of one story's events
} pg;

static int error(pg *p, PGresult *res)
{
    const char *m = res ? PQresultErrorMessage(res) : "";
    if (!m || !*m) m = PQerrorMessage(p->conn);
    snprintf(p->b.err, sizeof p->b.err, "%s", m);
    size_t n = strlen(p->b.err);
    while (n && (p->b.err[n - 1] == '\n' || p->b.err[n - 1] == ' ')) p->b.err[--n] = 0;
    PQclear(res);
    return -1;
}

static bool ok(PGresult *res)
{
    ExecStatusType st = PQresultStatus(res);
    return st == PGRES_COMMAND_OK || st == PGRES_TUPLES_OK;
}

// "?" placeholders numbered "$1", "$2", ... (the SQL made here has no "?"
// inside quotes).
static char *number(const char *sql)
{
    size_t n = strlen(sql), q = 0;
    for (size_t i = 0; i < n; i++) q += sql[i] == '?';
    char *out = malloc(n + q * 4 + 1);
    if (!out) cli_out_of_memory(NULL, n + q * 4 + 1, "out of memory in the event store");
    char *o = out;
    int k = 0;
    for (const char *s = sql; *s; s++) {
        if (*s == '?') o += sprintf(o, "$%d", ++k);
        else *o++ = *s;
    }
    *o = 0;
    return out;
}

static PGresult *params(pg *p, const char *sql, const char *const *v, int n)
{
    char *numbered = number(sql);
    PGresult *res = PQexecParams(p->conn, numbered, n, NULL, v, NULL, NULL, 0);
    free(numbered);
    return res;
}

static int pg_exec(store_backend *b, const char *sql)
{
    pg *p = (pg *)b;
    PGresult *res = PQexec(p->conn, sql);
    if (!ok(res)) return error(p, res);
    PQclear(res);
    return 0;
}

static int pg_run(pg *p, const char *sql, const char *const *v, int n)
{
    PGresult *res = params(p, sql, v, n);
    if (!ok(res)) return error(p, res);
    PQclear(res);
    return 0;
}

static int pg_state(store_backend *b, const char *id, char hash[65], char *version, size_t cap)
{
    pg *p = (pg *)b;
    PGresult *res =
        params(p, "SELECT text_hash, coder_version FROM stories WHERE story_id = ?", &id, 1);
    if (!ok(res)) return error(p, res);
    int found = PQntuples(res) > 0;
    if (found) {
        snprintf(hash, 65, "%s", PQgetvalue(res, 0, 0));
        snprintf(version, cap, "%s", PQgetvalue(res, 0, 1));
    }
    PQclear(res);
    return found;
}

static int pg_delete(store_backend *b, const char *id)
{
    pg *p = (pg *)b;
    if (pg_run(p, "DELETE FROM events WHERE story_id = ?", &id, 1) < 0) return -1;
    return pg_run(p, "DELETE FROM stories WHERE story_id = ?", &id, 1);
}

static int pg_story(store_backend *b, const char *const *v)
{
    return pg_run((pg *)b,
                  "INSERT INTO stories (story_id, date, title, meta, text, text_hash, "
                  "coder_version, dictionaries, ingested_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                  v, STORY_COLS);
}

static void put(dyad_buf *b, const char *s, size_t n)
{
    cli_buf_add(b, s, n, "out of memory in the event store");
}

// A value in COPY's text format: \N for NULL; backslash, tab, newline and
// carriage return escaped.
static void copy_value(dyad_buf *b, const char *v)
{
    if (!v) {
        put(b, "\\N", 2);
        return;
    }
    for (const char *s = v; *s; s++) {
        const char *esc = *s == '\\' ? "\\\\" : *s == '\t' ? "\\t" : *s == '\n' ? "\\n"
                          : *s == '\r' ? "\\r" : NULL;
        if (esc) put(b, esc, 2);
        else {
            size_t k = strcspn(s, "\\\t\n\r");
            put(b, s, k);
            s += k - 1;
        }
    }
}

static int pg_events(store_backend *b, const char *const *v, size_t n)
{
    pg *p = (pg *)b;
    PGresult *res = PQexec(p->conn, "COPY events (event_id, story_id, sentence_id, date, "
                                    "source, target, code, root, quad, goldstein, plover, "
                                    "cameo_label, pair_id, sentence, sentence_start, "
                                    "sentence_end, source_text, target_text, event_text, "
                                    "source_start, source_end, target_start, target_end, "
                                    "verb_start, verb_end, json) FROM STDIN");
    if (PQresultStatus(res) != PGRES_COPY_IN) return error(p, res);
    PQclear(res);
    p->copy.n = 0;
    for (size_t i = 0; i < n * EVENT_COLS; i++) {
        copy_value(&p->copy, v[i]);
        put(&p->copy, (i + 1) % EVENT_COLS ? "\t" : "\n", 1);
    }
    int rc = PQputCopyData(p->conn, p->copy.p, (int)p->copy.n);
    if (PQputCopyEnd(p->conn, rc == 1 ? NULL : "cannot send the events") != 1)
        return error(p, NULL);
    int failed = 0;
    while ((res = PQgetResult(p->conn))) {
        if (!failed && !ok(res)) failed = error(p, res);
        else PQclear(res);
    }
    return failed;
}

static int pg_select(store_backend *b, const char *sql, const char *const *v, int n,
                     store_row_fn fn, void *ctx)
{
    pg *p = (pg *)b;
    PGresult *res = params(p, sql, v, n);
    if (!ok(res)) return error(p, res);
    int rows = PQntuples(res), cols = PQnfields(res);
    if (cols > 64) cols = 64;
    const char *vals[64];
    for (int r = 0; r < rows; r++) {
        for (int c = 0; c < cols; c++)
            vals[c] = PQgetisnull(res, r, c) ? NULL : PQgetvalue(res, r, c);
        if (fn(ctx, cols, vals)) break;
    }
    PQclear(res);
    return 0;
}

static void pg_close(store_backend *b)
{
    pg *p = (pg *)b;
    PQfinish(p->conn);
    free(p->copy.p);
    free(p);
}

static void quiet(void *arg, const char *message)
{
    (void)arg, (void)message;  // NOTICEs such as "relation already exists"
}

// The URL as messages show it: without a password.
static void public_name(const char *url, char *out, size_t cap)
{
    const char *scheme = strstr(url, "://"), *at = strchr(url, '@');
    const char *colon = scheme ? strchr(scheme + 3, ':') : NULL;
    if (scheme && at && colon && colon < at)
        snprintf(out, cap, "%.*s:***%s", (int)(colon - url), url, at);
    else snprintf(out, cap, "%s", url);
}

store_backend *store_pg_open(const char *url, char *err, size_t cap)
{
    pg *p = calloc(1, sizeof *p);
    if (!p) {
        snprintf(err, cap, "out of memory");
        return NULL;
    }
    p->b = (store_backend){.kind = "PostgreSQL", .pg = true, .exec = pg_exec,
                           .story_state = pg_state, .delete_story = pg_delete,
                           .insert_story = pg_story, .insert_events = pg_events,
                           .select = pg_select, .close = pg_close};
    public_name(url, p->b.name, sizeof p->b.name);
    p->conn = PQconnectdb(url);
    if (!p->conn || PQstatus(p->conn) != CONNECTION_OK) {
        const char *m = p->conn ? PQerrorMessage(p->conn) : "out of memory";
        snprintf(err, cap, "PostgreSQL %s: cannot connect: %.*s", p->b.name,
                 (int)strcspn(m, "\n"), m);
        PQfinish(p->conn);
        free(p);
        return NULL;
    }
    PQsetNoticeProcessor(p->conn, quiet, NULL);
    return &p->b;
}
