// store_pg.c: the event store in PostgreSQL through libpq: parameters sent
// apart from the SQL (PQexecParams), a story's events loaded with COPY
// inside its transaction. Schema version 2 (docs/store.md): events are
// partitioned by the month of their story's date, each month's partition
// made when a story of that month first comes, on a second connection.
#include <libpq-fe.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "store.h"

typedef struct pg {
    store_backend b;
    PGconn *conn;
    PGconn *ddl;         // a second connection for new partitions (autocommit)
    const char *url;     // for opening it
    dyad_buf copy;       // the COPY data of one story's events
    int month;           // YYYYMM of the story being written (0: undated)
    char state_id[256];  // the story story_state last found, and its month
    int state_month;
    int *months;         // partitions known to exist
    size_t n_months, cap_months;
} pg;

// The schema of version 2 (docs/store.md). Events: the columns of version
// 1, and `month`, the YYYYMM of the story's date (0 when it has none), the
// key of the partitions; the primary key must hold it. Codes, dates and
// actor codes compare bytewise (COLLATE "C"), as dyad query's ranges do.
static const char *const schema2[] = {
    "CREATE TABLE IF NOT EXISTS dyad_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    "CREATE TABLE IF NOT EXISTS stories (story_id TEXT PRIMARY KEY, date TEXT, title TEXT, "
    "meta TEXT, text TEXT, text_hash TEXT NOT NULL, coder_version TEXT NOT NULL, "
    "dictionaries TEXT, ingested_at TEXT NOT NULL)",
    "CREATE TABLE IF NOT EXISTS events (event_id TEXT NOT NULL, story_id TEXT NOT NULL, "
    "sentence_id TEXT NOT NULL, date TEXT COLLATE \"C\", source TEXT COLLATE \"C\" NOT NULL, "
    "target TEXT COLLATE \"C\" NOT NULL, code TEXT COLLATE \"C\" NOT NULL, "
    "root TEXT COLLATE \"C\" NOT NULL, quad INTEGER NOT NULL, goldstein REAL NOT NULL, "
    "plover TEXT, cameo_label TEXT, pair_id TEXT, sentence TEXT, sentence_start INTEGER, "
    "sentence_end INTEGER, source_text TEXT, target_text TEXT, event_text TEXT, "
    "source_start INTEGER, source_end INTEGER, target_start INTEGER, target_end INTEGER, "
    "verb_start INTEGER, verb_end INTEGER, json TEXT NOT NULL, month INTEGER NOT NULL, "
    "PRIMARY KEY (event_id, month)) PARTITION BY LIST (month)",
};

// YYYYMM of a date "YYYY-MM-DD..." (0 when there is none or it is not one);
// the SQL below computes the same from stories.date.
static int month_of(const char *d)
{
    if (!d) return 0;
    for (int i = 0; i < 7; i++)
        if (i == 4 ? d[i] != '-' : (d[i] < '0' || d[i] > '9')) return 0;
    int m = (d[5] - '0') * 10 + (d[6] - '0');
    if (m < 1 || m > 12) return 0;
    return ((d[0] - '0') * 1000 + (d[1] - '0') * 100 + (d[2] - '0') * 10 + (d[3] - '0')) * 100 + m;
}
#define MONTH_SQL                                                                            \
    "CASE WHEN s.date ~ '^[0-9]{4}-(0[1-9]|1[0-2])' THEN CAST(substr(s.date, 1, 4) || "      \
    "substr(s.date, 6, 2) AS INTEGER) ELSE 0 END"

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
    PGresult *res = params(
        p, "SELECT text_hash, coder_version, date FROM stories WHERE story_id = ?", &id, 1);
    if (!ok(res)) return error(p, res);
    int found = PQntuples(res) > 0;
    snprintf(p->state_id, sizeof p->state_id, "%s", id);
    p->state_month = -1;  // not stored: its events may be in any partition
    if (found) {
        snprintf(hash, 65, "%s", PQgetvalue(res, 0, 0));
        snprintf(version, cap, "%s", PQgetvalue(res, 0, 1));
        p->state_month = month_of(PQgetisnull(res, 0, 2) ? NULL : PQgetvalue(res, 0, 2));
    }
    PQclear(res);
    return found;
}

// A story's events are in its month's partition (pg_events), so deleting
// them looks in that one only.
static int pg_delete(store_backend *b, const char *id)
{
    pg *p = (pg *)b;
    if (!strcmp(id, p->state_id) && p->state_month >= 0) {
        char m[16];
        snprintf(m, sizeof m, "%d", p->state_month);
        const char *v[2] = {id, m};
        if (pg_run(p, "DELETE FROM events WHERE story_id = ? AND month = CAST(? AS INTEGER)", v,
                   2) < 0)
            return -1;
    } else if (pg_run(p, "DELETE FROM events WHERE story_id = ?", &id, 1) < 0)
        return -1;
    return pg_run(p, "DELETE FROM stories WHERE story_id = ?", &id, 1);
}

static void partition_name(int month, char out[32])
{
    if (month) snprintf(out, 32, "events_p%06d", month);
    else snprintf(out, 32, "events_undated");
}

static int ddl_exec(pg *p, const char *sql)
{
    PGresult *res = PQexec(p->ddl, sql);
    if (ok(res)) {
        PQclear(res);
        return 0;
    }
    const char *m = PQresultErrorMessage(res);
    snprintf(p->b.err, sizeof p->b.err, "%.*s", (int)strcspn(m, "\n"), m);
    PQclear(res);
    PQclear(PQexec(p->ddl, "ROLLBACK"));
    return -1;
}

static void quiet(void *arg, const char *message);

// Make the partition of `month` when it is missing. On a connection of its
// own, outside the batch transaction: ATTACH PARTITION takes only a SHARE
// UPDATE EXCLUSIVE lock on `events`, which the writers' ROW EXCLUSIVE locks
// do not block, so a new month waits for no batch (and no batch for it);
// writers meeting the same new month queue on an advisory lock.
static int ensure_month(pg *p, int month)
{
    for (size_t i = 0; i < p->n_months; i++)
        if (p->months[i] == month) return 0;
    if (!p->ddl) {
        p->ddl = PQconnectdb(p->url);
        if (!p->ddl || PQstatus(p->ddl) != CONNECTION_OK) {
            const char *m = p->ddl ? PQerrorMessage(p->ddl) : "out of memory";
            snprintf(p->b.err, sizeof p->b.err, "cannot connect for a new partition: %.*s",
                     (int)strcspn(m, "\n"), m);
            PQfinish(p->ddl);
            p->ddl = NULL;
            return -1;
        }
        PQsetNoticeProcessor(p->ddl, quiet, NULL);
    }
    char name[32], sql[512];
    partition_name(month, name);
    snprintf(sql, sizeof sql, "BEGIN; SELECT pg_advisory_xact_lock(1685414244, %d)", month);
    if (ddl_exec(p, sql) < 0) return -1;
    snprintf(sql, sizeof sql, "SELECT to_regclass('%s') IS NULL", name);
    PGresult *res = PQexec(p->ddl, sql);
    if (!ok(res) || PQntuples(res) != 1) {
        const char *m = PQresultErrorMessage(res);
        snprintf(p->b.err, sizeof p->b.err, "%.*s", (int)strcspn(m, "\n"), m);
        PQclear(res);
        PQclear(PQexec(p->ddl, "ROLLBACK"));
        return -1;
    }
    bool missing = PQgetvalue(res, 0, 0)[0] == 't';
    PQclear(res);
    if (missing) {
        snprintf(sql, sizeof sql,
                 "CREATE TABLE %s (LIKE events INCLUDING DEFAULTS); "
                 "ALTER TABLE events ATTACH PARTITION %s FOR VALUES IN (%d)",
                 name, name, month);
        if (ddl_exec(p, sql) < 0) return -1;
    }
    if (ddl_exec(p, "COMMIT") < 0) return -1;
    if (p->n_months == p->cap_months) {
        size_t cap = p->cap_months ? 2 * p->cap_months : 64;
        int *v = realloc(p->months, cap * sizeof *v);
        if (!v) cli_out_of_memory(NULL, cap * sizeof *v, "out of memory in the event store");
        p->months = v;
        p->cap_months = cap;
    }
    p->months[p->n_months++] = month;
    return 0;
}

static int pg_story(store_backend *b, const char *const *v)
{
    pg *p = (pg *)b;
    p->month = month_of(v[1]);
    if (ensure_month(p, p->month) < 0) return -1;
    return pg_run(p,
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
                                    "verb_start, verb_end, json, month) FROM STDIN");
    if (PQresultStatus(res) != PGRES_COPY_IN) return error(p, res);
    PQclear(res);
    p->copy.n = 0;
    char month[16];
    int k = snprintf(month, sizeof month, "\t%d\n", p->month);
    for (size_t i = 0; i < n * EVENT_COLS; i++) {
        copy_value(&p->copy, v[i]);
        if ((i + 1) % EVENT_COLS) put(&p->copy, "\t", 1);
        else put(&p->copy, month, (size_t)k);  // the story's month: its partition
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
    if (p->ddl) PQfinish(p->ddl);
    free(p->months);
    free((char *)p->url);
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

static int one_value(void *ctx, int n, const char *const *v)
{
    if (n > 0 && v[0]) snprintf(ctx, 32, "%s", v[0]);
    return 0;
}

static int run_all(pg *p, const char *const *sql, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (pg_exec(&p->b, sql[i]) < 0) return -1;
    return 0;
}

// Version 1 (one events table, docs/store.md before partitioning) to 2: the
// events copied into partitions made for their stories' months.
static int migrate_v1(pg *p)
{
    static const char *const before[] = {
        "ALTER TABLE events RENAME TO events_v1",
        "ALTER TABLE events_v1 RENAME CONSTRAINT events_pkey TO events_v1_pkey",
        ("DROP INDEX IF EXISTS events_date, events_source, events_target, events_code, "
         "events_root, events_quad, events_story, events_date_quad, events_source_target, "
         "events_target_source"),
    };
    if (run_all(p, before, sizeof before / sizeof before[0]) < 0 ||
        run_all(p, schema2, sizeof schema2 / sizeof schema2[0]) < 0 ||
        run_all(p, store_indexes, store_n_indexes) < 0)
        return -1;
    PGresult *res = PQexec(p->conn, "SELECT DISTINCT " MONTH_SQL " FROM stories s WHERE "
                                    "EXISTS (SELECT 1 FROM events_v1 e WHERE e.story_id = "
                                    "s.story_id)");
    if (!ok(res)) return error(p, res);
    for (int r = 0; r < PQntuples(res); r++) {
        int m = atoi(PQgetvalue(res, r, 0));
        char name[32], sql[160];
        partition_name(m, name);
        snprintf(sql, sizeof sql, "CREATE TABLE %s PARTITION OF events FOR VALUES IN (%d)", name,
                 m);
        if (pg_exec(&p->b, sql) < 0) {
            PQclear(res);
            return -1;
        }
    }
    PQclear(res);
    static const char *const after[] = {
        "INSERT INTO events SELECT e.*, " MONTH_SQL " FROM events_v1 e JOIN stories s ON "
        "s.story_id = e.story_id",
        "DROP TABLE events_v1",
        "UPDATE dyad_meta SET value = '2' WHERE key = 'schema_version'",
    };
    return run_all(p, after, sizeof after / sizeof after[0]);
}

// Create the schema of version 2, or migrate version 1 to it, in one
// transaction under an advisory lock (writers that start together wait for
// the first to make it).
static int pg_schema(store_backend *b)
{
    pg *p = (pg *)b;
    if (pg_exec(b, "BEGIN") < 0 || pg_exec(b, "SELECT pg_advisory_xact_lock(1685414244, -1)") < 0)
        goto fail;
    char exists[32] = "", version[32] = "";
    if (pg_select(b, "SELECT to_regclass('dyad_meta') IS NOT NULL", NULL, 0, one_value, exists) <
            0 ||
        (exists[0] == 't' && pg_select(b, "SELECT value FROM dyad_meta WHERE key = "
                                          "'schema_version'",
                                       NULL, 0, one_value, version) < 0))
        goto fail;
    if (!version[0]) {
        if (run_all(p, schema2, sizeof schema2 / sizeof schema2[0]) < 0 ||
            run_all(p, store_indexes, store_n_indexes) < 0 ||
            pg_select(b, "SELECT value FROM dyad_meta WHERE key = 'schema_version'", NULL, 0,
                      one_value, version) < 0)
            goto fail;
        if (!version[0] &&
            pg_exec(b, "INSERT INTO dyad_meta (key, value) VALUES ('schema_version', '2')") < 0)
            goto fail;
        if (!version[0]) snprintf(version, sizeof version, "2");
    }
    if (!strcmp(version, "1") && migrate_v1(p) < 0) goto fail;
    if (strcmp(version, "1") && strcmp(version, "2")) {
        pg_exec(b, "ROLLBACK");
        snprintf(b->err, sizeof b->err, "schema version %s, this dyad knows versions 1 and 2",
                 version);
        return -1;
    }
    if (pg_exec(b, "COMMIT") < 0) goto fail;
    return 0;
fail:;
    char keep[sizeof b->err];
    memcpy(keep, b->err, sizeof keep);
    PQclear(PQexec(p->conn, "ROLLBACK"));
    snprintf(b->err, sizeof b->err, "cannot create the schema: %s", keep);
    return -1;
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
                           .select = pg_select, .close = pg_close, .schema = pg_schema};
    public_name(url, p->b.name, sizeof p->b.name);
    p->url = strdup(url);
    if (!p->url) cli_out_of_memory(NULL, strlen(url), "out of memory opening the event store");
    p->conn = PQconnectdb(url);
    if (!p->conn || PQstatus(p->conn) != CONNECTION_OK) {
        const char *m = p->conn ? PQerrorMessage(p->conn) : "out of memory";
        snprintf(err, cap, "PostgreSQL %s: cannot connect: %.*s", p->b.name,
                 (int)strcspn(m, "\n"), m);
        PQfinish(p->conn);
        free((char *)p->url);
        free(p);
        return NULL;
    }
    PQsetNoticeProcessor(p->conn, quiet, NULL);
    return &p->b;
}
