// serve_query.c: dyad serve's read endpoints (events, timeline, dyads,
// actors, stories): query-string filters checked, turned into SQL with
// bound parameters only, run on a read-only SQLite connection opened for
// the request, under a time limit; rows out as JSON.
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "serve.h"

// A statement being built: its text and its parameters, in order.
typedef struct bindv {
    const char *s;  // text, or NULL for the integer
    long long i;
} bindv;
typedef struct query {
    char sql[2048];
    size_t n;
    bindv b[24];
    int nb;
} query;

static void q_add(query *q, const char *s)
{
    size_t l = strlen(s);
    if (q->n + l >= sizeof q->sql) abort();  // the statements are fixed: a bug
    memcpy(q->sql + q->n, s, l + 1);
    q->n += l;
}
static void q_str(query *q, const char *sql, const char *v)
{
    q_add(q, sql);
    q->b[q->nb++] = (bindv){.s = v};
}
static void q_int(query *q, const char *sql, long long v)
{
    q_add(q, sql);
    q->b[q->nb++] = (bindv){.i = v};
}

// The filters every list takes, checked.
typedef struct filters {
    const char *from, *to, *code, *root, *plover;
    char source[2][40], target[2][40];  // [low, high) of a code prefix
    char text[420];  // LIKE pattern, % and _ escaped
    long long quad;
} filters;

serve_reply serve_error(unsigned status, const char *msg, const char *param)
{
    json_t *o = json_pack("{s:s}", "error", msg);
    if (param) json_object_set_new(o, "parameter", json_string(param));
    return (serve_reply){status, o};
}

static const char *arg(const serve_args *a, const char *name)
{
    for (int i = 0; i < a->n; i++)
        if (!strcmp(a->name[i], name)) return a->value[i];
    return NULL;
}

static const char *const FILTER_ARGS[] = {"from", "to",   "source", "target", "code",
                                          "root", "quad", "plover", "text",   NULL};

static bool listed(const char *const *names, const char *n)
{
    for (; names && *names; names++)
        if (!strcmp(*names, n)) return true;
    return false;
}

// A parameter no endpoint list names, or one given twice: 400.
static bool bad_names(const serve_args *a, const char *const *more, bool with_filters,
                      serve_reply *r)
{
    for (int i = 0; i < a->n; i++) {
        const char *n = a->name[i];
        if (!listed(more, n) && !(with_filters && listed(FILTER_ARGS, n))) {
            *r = serve_error(400, "unknown parameter", n);
            return true;
        }
        for (int j = 0; j < i; j++)
            if (!strcmp(a->name[j], n)) {
                *r = serve_error(400, "parameter given twice", n);
                return true;
            }
    }
    return false;
}

static bool all_of(const char *v, const char *set, size_t min, size_t max)
{
    size_t n = strlen(v);
    return n >= min && n <= max && strspn(v, set) == n;
}

#define ALNUM "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
#define DIGITS "0123456789"

// An actor-code prefix as the range [low, high) of the indexed column:
// "usa" -> ["USA", "USB"). Codes are upper-case letters and digits.
static bool prefix_range(const char *v, char out[2][40])
{
    if (!all_of(v, ALNUM, 1, 32)) return false;
    size_t n = strlen(v);
    for (size_t i = 0; i <= n; i++)
        out[0][i] = out[1][i] = (char)(v[i] >= 'a' && v[i] <= 'z' ? v[i] - 32 : v[i]);
    out[1][n - 1]++;
    return true;
}

static bool number(const char *v, long long lo, long long hi, long long *out)
{
    if (!all_of(v, DIGITS, 1, 10)) return false;
    *out = strtoll(v, NULL, 10);
    return *out >= lo && *out <= hi;
}

static bool is_date(const char *v)
{
    return strlen(v) == 10 && v[4] == '-' && v[7] == '-' && cli_date_value(v) != 0;
}

static void like_pattern(const char *v, char *out)
{
    size_t k = 0;
    out[k++] = '%';
    for (; *v; v++) {
        if (*v == '%' || *v == '_' || *v == '\\') out[k++] = '\\';
        out[k++] = *v;
    }
    out[k++] = '%';
    out[k] = 0;
}

// The filters of the query string into f; false with a 400 in *r.
static bool get_filters(const serve_args *a, filters *f, serve_reply *r)
{
    static const char *const why[] = {
        "needs a date YYYY-MM-DD",
        "needs an actor code prefix: 1 to 32 letters and digits",
        "needs a CAMEO event code: 2 to 4 digits",
        "needs a CAMEO root code: 2 digits",
        "needs a quad class from 1 to 4",
        "needs a PLOVER category: 1 to 32 letters, digits, _ or -",
        "takes 1 to 200 bytes",
    };
    const char *v;
    int bad = -1;
    const char *name = NULL;
    memset(f, 0, sizeof *f);
#define CHECK(n, ok, w)                                                                            \
    if (bad < 0 && (v = arg(a, n)) && !(ok)) {                                                     \
        bad = w;                                                                                   \
        name = n;                                                                                  \
    }
    CHECK("from", is_date(v) && (f->from = v), 0);
    CHECK("to", is_date(v) && (f->to = v), 0);
    CHECK("source", prefix_range(v, f->source), 1);
    CHECK("target", prefix_range(v, f->target), 1);
    CHECK("code", all_of(v, DIGITS, 2, 4) && (f->code = v), 2);
    CHECK("root", all_of(v, DIGITS, 2, 2) && (f->root = v), 3);
    CHECK("quad", number(v, 1, 4, &f->quad), 4);
    CHECK("plover", all_of(v, ALNUM "_-", 1, 32) && (f->plover = v), 5);
    CHECK("text", *v && strlen(v) <= 200 && (like_pattern(v, f->text), true), 6);
#undef CHECK
    if (bad >= 0) *r = serve_error(400, why[bad], name);
    return bad < 0;
}

static void where(query *q, const filters *f)
{
    q_add(q, " WHERE 1 = 1");
    if (f->from) q_str(q, " AND date >= ?", f->from);
    if (f->to) q_str(q, " AND date <= ?", f->to);
    if (f->source[0][0]) {
        q_str(q, " AND source >= ?", f->source[0]);
        q_str(q, " AND source < ?", f->source[1]);
    }
    if (f->target[0][0]) {
        q_str(q, " AND target >= ?", f->target[0]);
        q_str(q, " AND target < ?", f->target[1]);
    }
    if (f->code) q_str(q, " AND code = ?", f->code);
    if (f->root) q_str(q, " AND root = ?", f->root);
    if (f->quad) q_int(q, " AND quad = ?", f->quad);
    if (f->plover) q_str(q, " AND plover = ?", f->plover);
    if (f->text[0]) q_str(q, " AND sentence LIKE ? ESCAPE '\\'", f->text);
}

// ---- running statements

static double now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

static int past_deadline(void *ctx) { return now_ms() > *(const double *)ctx; }

typedef struct db {
    sqlite3 *h;
    double deadline;
} db;

static bool db_open(const serve_conf *c, db *d, serve_reply *r)
{
    int rc = sqlite3_open_v2(c->db, &d->h, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX, NULL);
    if (rc != SQLITE_OK) {
        *r = serve_error(500, "the store cannot be opened", NULL);
        sqlite3_close(d->h);
        d->h = NULL;
        return false;
    }
    sqlite3_busy_timeout(d->h, c->query_ms);
    d->deadline = now_ms() + c->query_ms;
    sqlite3_progress_handler(d->h, 1000, past_deadline, &d->deadline);
    return true;
}

static serve_reply db_fail(db *d, int rc)
{
    if (rc == SQLITE_INTERRUPT)
        return serve_error(503, "the query ran longer than the server allows (--query-ms)", NULL);
    fprintf(stderr, "dyad serve: %s\n", sqlite3_errmsg(d->h));
    return serve_error(500, "the store could not be read", NULL);
}

// A JSON value of column i (text that is not UTF-8 becomes null).
static json_t *column(sqlite3_stmt *st, int i)
{
    switch (sqlite3_column_type(st, i)) {
    case SQLITE_INTEGER: return json_integer(sqlite3_column_int64(st, i));
    case SQLITE_FLOAT: return json_real(sqlite3_column_double(st, i));
    case SQLITE_TEXT: {
        json_t *s = json_stringn((const char *)sqlite3_column_text(st, i),
                                 (size_t)sqlite3_column_bytes(st, i));
        return s ? s : json_null();
    }
    default: return json_null();
    }
}

// A row as an object keyed by column names; X_start and X_end become
// "X_span": [start, end] (null when unknown), q1..q4 "quad": [n1..n4].
static json_t *row_json(sqlite3_stmt *st)
{
    json_t *o = json_object();
    int n = sqlite3_column_count(st);
    for (int i = 0; i < n; i++) {
        const char *name = sqlite3_column_name(st, i);
        size_t l = strlen(name);
        if (l > 6 && !strcmp(name + l - 6, "_start") && i + 1 < n) {
            char key[64];
            snprintf(key, sizeof key, "%.*s_span", (int)(l - 6), name);
            bool known = sqlite3_column_type(st, i) == SQLITE_INTEGER &&
                         sqlite3_column_type(st, i + 1) == SQLITE_INTEGER;
            json_object_set_new(o, key,
                                known ? json_pack("[II]", sqlite3_column_int64(st, i),
                                                  sqlite3_column_int64(st, i + 1))
                                      : json_null());
            i++;
        } else if (!strcmp(name, "q1") && i + 3 < n) {
            json_t *a = json_array();
            for (int k = 0; k < 4; k++) json_array_append_new(a, column(st, i + k));
            json_object_set_new(o, "quad", a);
            i += 3;
        } else
            json_object_set_new(o, name, column(st, i));
    }
    return o;
}

static int prepare(db *d, const query *q, sqlite3_stmt **st)
{
    int rc = sqlite3_prepare_v2(d->h, q->sql, -1, st, NULL);
    for (int i = 0; rc == SQLITE_OK && i < q->nb; i++)
        rc = q->b[i].s ? sqlite3_bind_text(*st, i + 1, q->b[i].s, -1, SQLITE_STATIC)
                       : sqlite3_bind_int64(*st, i + 1, q->b[i].i);
    return rc;
}

// Every row appended to `rows`; or the first row's first column in *n.
static int run(db *d, const query *q, json_t *rows, long long *n)
{
    sqlite3_stmt *st = NULL;
    int rc = prepare(d, q, &st);
    while (rc == SQLITE_OK || rc == SQLITE_ROW) {
        rc = sqlite3_step(st);
        if (rc != SQLITE_ROW) break;
        if (rows)
            json_array_append_new(rows, row_json(st));
        else
            *n = sqlite3_column_int64(st, 0);
    }
    sqlite3_finalize(st);
    return rc == SQLITE_DONE ? SQLITE_OK : rc;
}

// ---- the endpoints

#define EVENT_COLUMNS                                                                              \
    "event_id, story_id, sentence_id, date, source, target, code, root, quad, goldstein, "         \
    "plover, cameo_label, pair_id, sentence, sentence_start, sentence_end, source_text, "          \
    "target_text, event_text, source_start, source_end, target_start, target_end, "                \
    "verb_start, verb_end"

static bool page(const serve_conf *c, const serve_args *a, const char *name, long long def,
                 long long *out, serve_reply *r)
{
    const char *v = arg(a, name);
    *out = def;
    bool offset = !strcmp(name, "offset");
    long long max = offset ? 1000000000 : c->max_rows;
    if (!v || number(v, offset ? 0 : 1, max, out)) return true;
    char msg[96];
    snprintf(msg, sizeof msg, "needs a number from %d to %lld", offset ? 0 : 1, max);
    *r = serve_error(400, msg, name);
    return false;
}

// The statement's result in a reply: {key: rows, "total": n} or an error.
static serve_reply answer(db *d, int rc, const char *key, json_t *rows, long long total)
{
    serve_reply r =
        rc == SQLITE_OK
            ? (serve_reply){200, json_pack("{sosI}", key, rows, "total", (json_int_t)total)}
            : db_fail(d, rc);
    if (rc != SQLITE_OK) json_decref(rows);
    sqlite3_close(d->h);
    return r;
}

static serve_reply events(const serve_conf *c, const serve_args *a)
{
    static const char *const more[] = {"limit", "offset", NULL};
    serve_reply r;
    filters f;
    long long limit, offset, total = 0;
    db d;
    if (bad_names(a, more, true, &r) || !get_filters(a, &f, &r) ||
        !page(c, a, "limit", 50, &limit, &r) || !page(c, a, "offset", 0, &offset, &r) ||
        !db_open(c, &d, &r))
        return r;
    query qc = {.n = 0}, qe = {.n = 0};
    q_add(&qc, "SELECT count(*) FROM events");
    where(&qc, &f);
    q_add(&qe, "SELECT " EVENT_COLUMNS " FROM events");
    where(&qe, &f);
    q_int(&qe, " ORDER BY date, event_id LIMIT ?", limit);
    q_int(&qe, " OFFSET ?", offset);
    json_t *rows = json_array();
    int rc = run(&d, &qc, NULL, &total);
    if (rc == SQLITE_OK) rc = run(&d, &qe, rows, NULL);
    return answer(&d, rc, "events", rows, total);
}

static serve_reply timeline(const serve_conf *c, const serve_args *a)
{
    static const char *const more[] = {"per", NULL};
    static const char *const per[][2] = {{"day", "date"},
                                         {"week", "date(date, '-6 days', 'weekday 1')"},
                                         {"month", "substr(date, 1, 7)"},
                                         {"year", "substr(date, 1, 4)"}};
    serve_reply r;
    filters f;
    db d;
    if (bad_names(a, more, true, &r) || !get_filters(a, &f, &r)) return r;
    const char *p = arg(a, "per") ? arg(a, "per") : "month";
    int k = 0;
    while (k < 4 && strcmp(per[k][0], p)) k++;
    if (k == 4) return serve_error(400, "needs day, week, month or year", "per");
    if (!db_open(c, &d, &r)) return r;
    query q = {.n = 0};
    q_add(&q, "SELECT ");
    q_add(&q, per[k][1]);
    q_add(&q, " AS period, count(*) AS events, sum(quad = 1) AS q1, sum(quad = 2) AS q2, "
              "sum(quad = 3) AS q3, sum(quad = 4) AS q4, round(avg(goldstein), 2) AS goldstein "
              "FROM events");
    where(&q, &f);
    q_int(&q, " AND date IS NOT NULL GROUP BY period ORDER BY period LIMIT ?", 10000);
    json_t *rows = json_array();
    int rc = run(&d, &q, rows, NULL);
    r = answer(&d, rc, "periods", rows, (long long)json_array_size(rows));
    if (r.status == 200) json_object_set_new(r.body, "per", json_string(p));
    return r;
}

static serve_reply dyads(const serve_conf *c, const serve_args *a)
{
    static const char *const more[] = {"top", NULL};
    serve_reply r;
    filters f;
    long long top, total = 0;
    db d;
    if (bad_names(a, more, true, &r) || !get_filters(a, &f, &r) ||
        !page(c, a, "top", 30, &top, &r) || !db_open(c, &d, &r))
        return r;
    query qc = {.n = 0}, q = {.n = 0};
    q_add(&qc, "SELECT count(*) FROM events");
    where(&qc, &f);
    q_add(&q, "SELECT source, target, count(*) AS events, round(avg(goldstein), 2) AS goldstein, "
              "sum(quad = 1) AS q1, sum(quad = 2) AS q2, sum(quad = 3) AS q3, sum(quad = 4) AS q4 "
              "FROM events");
    where(&q, &f);
    q_int(&q, " GROUP BY source, target ORDER BY events DESC, source, target LIMIT ?", top);
    json_t *rows = json_array();
    int rc = run(&d, &qc, NULL, &total);
    if (rc == SQLITE_OK) rc = run(&d, &q, rows, NULL);
    return answer(&d, rc, "edges", rows, total);
}

static serve_reply actors(const serve_conf *c, const serve_args *a)
{
    static const char *const more[] = {"q", "limit", NULL};
    serve_reply r;
    long long limit;
    char range[2][40] = {"", "\x7f"};
    const char *v = arg(a, "q");
    if (bad_names(a, more, false, &r)) return r;
    if (v && *v && !prefix_range(v, range))
        return serve_error(400, "needs an actor code prefix: 1 to 32 letters and digits", "q");
    db d;
    if (!page(c, a, "limit", 20, &limit, &r) || !db_open(c, &d, &r)) return r;
    query q = {.n = 0};
    q_str(&q,
          "SELECT code, sum(n) AS events, sum(s) AS as_source, sum(t) AS as_target FROM ("
          "SELECT source AS code, count(*) AS n, count(*) AS s, 0 AS t FROM events "
          "WHERE source >= ?",
          range[0]);
    q_str(&q, " AND source < ?", range[1]);
    q_str(&q,
          " GROUP BY source UNION ALL SELECT target, count(*), 0, count(*) FROM events "
          "WHERE target >= ?",
          range[0]);
    q_str(&q, " AND target < ?", range[1]);
    q_int(&q, " GROUP BY target) GROUP BY code ORDER BY events DESC, code LIMIT ?", limit);
    json_t *rows = json_array();
    int rc = run(&d, &q, rows, NULL);
    return answer(&d, rc, "actors", rows, (long long)json_array_size(rows));
}

static serve_reply story(const serve_conf *c, const char *id, const serve_args *a)
{
    serve_reply r;
    db d;
    if (bad_names(a, NULL, false, &r)) return r;
    if (strlen(id) > 1024) return serve_error(404, "no such story", NULL);
    if (!db_open(c, &d, &r)) return r;
    query qs = {.n = 0}, qe = {.n = 0};
    q_str(&qs, "SELECT story_id, date, title, meta, text FROM stories WHERE story_id = ?", id);
    q_str(&qe, "SELECT " EVENT_COLUMNS " FROM events WHERE story_id = ?", id);
    q_add(&qe, " ORDER BY sentence_start, sentence_id, event_id");
    json_t *st = json_array(), *evs = json_array();
    int rc = run(&d, &qs, st, NULL);
    if (rc == SQLITE_OK) rc = run(&d, &qe, evs, NULL);
    if (rc == SQLITE_OK && json_array_size(st) == 0) {
        json_decref(st);
        json_decref(evs);
        sqlite3_close(d.h);
        return serve_error(404, "no such story", NULL);
    }
    json_t *s = json_incref(json_array_get(st, 0));
    json_decref(st);
    const char *meta = json_string_value(json_object_get(s, "meta"));
    json_t *m = meta ? json_loads(meta, 0, NULL) : NULL;
    if (m) json_object_set_new(s, "meta", m);
    r = answer(&d, rc, "events", evs, (long long)json_array_size(evs));
    if (r.status == 200)
        json_object_set_new(r.body, "story", s);
    else
        json_decref(s);
    return r;
}

serve_reply serve_query(const serve_conf *conf, const char *path, const serve_args *args)
{
    if (!strcmp(path, "events")) return events(conf, args);
    if (!strcmp(path, "timeline")) return timeline(conf, args);
    if (!strcmp(path, "dyads")) return dyads(conf, args);
    if (!strcmp(path, "actors")) return actors(conf, args);
    if (!strncmp(path, "stories/", 8) && path[8]) return story(conf, path + 8, args);
    return serve_error(404, "no such API path (see /api/openapi.json)", NULL);
}
