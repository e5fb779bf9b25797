// store.c: the event store's common part: opening either database and its
// schema, stories written whole (one savepoint each inside a batch
// transaction), skipped when unchanged, replaced otherwise.
#include <jansson.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "cli.h"
#include "store.h"

// The schema of docs/store.md; both databases take it as written.
static const char *const schema[] = {
    "CREATE TABLE IF NOT EXISTS dyad_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    "CREATE TABLE IF NOT EXISTS stories (story_id TEXT PRIMARY KEY, date TEXT, title TEXT, "
    "meta TEXT, text TEXT, text_hash TEXT NOT NULL, coder_version TEXT NOT NULL, "
    "dictionaries TEXT, ingested_at TEXT NOT NULL)",
    "CREATE TABLE IF NOT EXISTS events (event_id TEXT PRIMARY KEY, story_id TEXT NOT NULL "
    "REFERENCES stories(story_id) ON DELETE CASCADE, sentence_id TEXT NOT NULL, date TEXT, "
    "source TEXT NOT NULL, target TEXT NOT NULL, code TEXT NOT NULL, root TEXT NOT NULL, "
    "quad INTEGER NOT NULL, goldstein REAL NOT NULL, plover TEXT, cameo_label TEXT, "
    "pair_id TEXT, sentence TEXT, sentence_start INTEGER, sentence_end INTEGER, "
    "source_text TEXT, target_text TEXT, event_text TEXT, source_start INTEGER, "
    "source_end INTEGER, target_start INTEGER, target_end INTEGER, verb_start INTEGER, "
    "verb_end INTEGER, json TEXT NOT NULL)",
    // covering the timeline (date, quad, goldstein), the network (pairs) and
    // the order of event lists (date, event_id), with or without a source or
    // target filter: dyad serve reads these indexes, and only the rows it
    // shows (the single-column ones of stores written before are replaced)
    "DROP INDEX IF EXISTS events_date",
    "DROP INDEX IF EXISTS events_source",
    "DROP INDEX IF EXISTS events_target",
};

// The events' indexes, the same in both databases (on PostgreSQL, per
// partition): store_pg.c makes them after its partitioned table.
const char *const store_indexes[] = {
    "CREATE INDEX IF NOT EXISTS events_date_quad ON events(date, event_id, quad, goldstein)",
    "CREATE INDEX IF NOT EXISTS events_source_target ON events(source, target, date, quad, "
    "goldstein, event_id)",
    "CREATE INDEX IF NOT EXISTS events_target_source ON events(target, source, date, quad, "
    "goldstein, event_id)",
    "CREATE INDEX IF NOT EXISTS events_code ON events(code)",
    "CREATE INDEX IF NOT EXISTS events_root ON events(root)",
    "CREATE INDEX IF NOT EXISTS events_quad ON events(quad)",
    "CREATE INDEX IF NOT EXISTS events_story ON events(story_id)",
};
const size_t store_n_indexes = sizeof store_indexes / sizeof store_indexes[0];

// A batch is committed after this many stories or seconds.
enum { BATCH_STORIES = 500 };
#define BATCH_SECONDS 0.5

struct store {
    store_backend *b;
    const char *prog;
    bool in_txn, one_txn;
    int pending;
    double txn_start;
    long written, skipped, events;
    char **seen;  // story ids written by this run: open addressing
    size_t n_seen, cap_seen;
};

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + ts.tv_nsec * 1e-9;
}

static void *xmalloc(size_t n)
{
    void *p = malloc(n ? n : 1);
    if (!p) cli_out_of_memory(NULL, n, "out of memory in the event store");
    return p;
}

static char *xstrndup(const char *s, size_t n)
{
    char *p = xmalloc(n + 1);
    memcpy(p, s, n);
    p[n] = 0;
    return p;
}

static int fail(store *s, const char *what)
{
    fprintf(stderr, "%s: %s %s: %s%s\n", s->prog, s->b->kind, s->b->name, what, s->b->err);
    return -1;
}

static int schema_version(void *ctx, int n, const char *const *v)
{
    if (n > 0 && v[0]) snprintf(ctx, 32, "%s", v[0]);
    return 0;
}

static int create_schema(store *s)
{
    if (s->b->schema) return s->b->schema(s->b) < 0 ? fail(s, "") : 0;
    for (size_t i = 0; i < sizeof schema / sizeof schema[0]; i++)
        if (s->b->exec(s->b, schema[i]) < 0) return fail(s, "cannot create the schema: ");
    for (size_t i = 0; i < store_n_indexes; i++)
        if (s->b->exec(s->b, store_indexes[i]) < 0) return fail(s, "cannot create the schema: ");
    char version[32] = "";
    const char *sql = "SELECT value FROM dyad_meta WHERE key = 'schema_version'";
    if (s->b->select(s->b, sql, NULL, 0, schema_version, version) < 0)
        return fail(s, "cannot read the schema version: ");
    if (!version[0]) {
        const char *ins = "INSERT INTO dyad_meta (key, value) VALUES ('schema_version', '1')";
        if (s->b->exec(s->b, ins) < 0) return fail(s, "cannot write the schema version: ");
    } else if (strcmp(version, "1")) {
        s->b->err[0] = 0;
        fprintf(stderr, "%s: %s %s: schema version %s, this dyad knows version 1\n", s->prog,
                s->b->kind, s->b->name, version);
        return -1;
    }
    return 0;
}

store *store_open(const char *prog, const char *target)
{
    char err[1024] = "";
    bool pg = !strncmp(target, "postgresql://", 13) || !strncmp(target, "postgres://", 11);
    store_backend *b = pg ? store_pg_open(target, err, sizeof err)
                          : store_sqlite_open(target, err, sizeof err);
    if (!b) {
        fprintf(stderr, "%s: %s\n", prog, err);
        return NULL;
    }
    store *s = xmalloc(sizeof *s);
    *s = (store){.b = b, .prog = prog};
    if (create_schema(s) < 0) {
        b->close(b);
        free(s);
        return NULL;
    }
    return s;
}

bool store_is_pg(const store *s)
{
    return s->b->pg;
}

static uint64_t hash(const char *p)
{
    uint64_t h = 1469598103934665603u;
    for (; *p; p++) h = (h ^ (unsigned char)*p) * 1099511628211u;
    return h;
}

// Add id to the ids written by this run; false when it was there.
static bool seen_add(store *s, const char *id)
{
    if (2 * (s->n_seen + 1) > s->cap_seen) {
        size_t cap = s->cap_seen ? 2 * s->cap_seen : 1024;
        char **v = calloc(cap, sizeof *v);
        if (!v) cli_out_of_memory(NULL, cap * sizeof *v, "out of memory in the event store");
        for (size_t i = 0; i < s->cap_seen; i++) {
            if (!s->seen[i]) continue;
            size_t k = hash(s->seen[i]) & (cap - 1);
            while (v[k]) k = (k + 1) & (cap - 1);
            v[k] = s->seen[i];
        }
        free(s->seen);
        s->seen = v;
        s->cap_seen = cap;
    }
    size_t k = hash(id) & (s->cap_seen - 1);
    for (; s->seen[k]; k = (k + 1) & (s->cap_seen - 1))
        if (!strcmp(s->seen[k], id)) return false;
    s->seen[k] = xstrndup(id, strlen(id));
    s->n_seen++;
    return true;
}

// One event's column values, made from its JSON line.
typedef struct row {
    json_t *o;         // the jansson tree (dyad ingest), or NULL
    char *buf;         // the flat reader's strings (dyad code --db), or NULL
    char num[10][24];  // quad, goldstein, and the eight offsets
    char *sentence;
    const char *v[EVENT_COLS];
} row;

// The keys a row takes from an event line: strings, then numbers, then spans.
enum {
    K_EVENT_ID, K_SENTENCE_ID, K_DATE, K_SOURCE, K_TARGET, K_CODE, K_ROOT, K_PLOVER,
    K_CAMEO_LABEL, K_PAIR_ID, K_SOURCE_TEXT, K_TARGET_TEXT, K_EVENT_TEXT, K_STRINGS,
    K_QUAD = K_STRINGS, K_GOLDSTEIN,
    K_SENTENCE_SPAN, K_SENTENCE_SPAN_BYTES, K_SOURCE_SPAN, K_TARGET_SPAN, K_VERB_SPAN, K_KEYS
};
static const char *const key_names[K_KEYS] = {
    "event_id", "sentence_id", "date", "source", "target", "code", "root", "plover",
    "cameo_label", "pair_id", "source_text", "target_text", "event_text", "quad", "goldstein",
    "sentence_span", "sentence_span_bytes", "source_span", "target_span", "verb_span"};
enum { N_SPANS = K_KEYS - K_SENTENCE_SPAN };

// What a row needs of an event line, read by jansson or by the flat reader.
typedef struct fields {
    const char *s[K_STRINGS];  // NULL when absent or not a string
    bool has_quad, has_goldstein;
    long quad;
    double goldstein;
    bool has_span[N_SPANS];
    long span[N_SPANS][2];
} fields;

static void fields_from_json(fields *f, json_t *o)
{
    *f = (fields){0};
    for (int k = 0; k < K_STRINGS; k++)
        f->s[k] = json_string_value(json_object_get(o, key_names[k]));
    json_t *q = json_object_get(o, "quad"), *g = json_object_get(o, "goldstein");
    if ((f->has_quad = json_is_integer(q))) f->quad = (long)json_integer_value(q);
    if ((f->has_goldstein = json_is_number(g))) f->goldstein = json_number_value(g);
    for (int i = 0; i < N_SPANS; i++) {
        json_t *sp = json_object_get(o, key_names[K_SENTENCE_SPAN + i]);
        json_t *x = json_array_get(sp, 0), *y = json_array_get(sp, 1);
        if (!json_is_integer(x) || !json_is_integer(y)) continue;
        f->has_span[i] = true;
        f->span[i][0] = (long)json_integer_value(x);
        f->span[i][1] = (long)json_integer_value(y);
    }
}

// ---- the flat reader: dyad code --db reads back the event lines its own
// writer just made (one JSON object a line, no surprises), so it takes the
// keys above straight from the text, without building a jansson tree.
// Anything it does not expect makes it give up, and jansson reads the line.

static const char *ws(const char *p)
{
    while (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r') p++;
    return p;
}

static int hex4(const char *p)
{
    int v = 0;
    for (int i = 0; i < 4; i++) {
        int c = (unsigned char)p[i], d;
        if (c >= '0' && c <= '9') d = c - '0';
        else if (c >= 'a' && c <= 'f') d = c - 'a' + 10;
        else if (c >= 'A' && c <= 'F') d = c - 'A' + 10;
        else return -1;
        v = v * 16 + d;
    }
    return v;
}

// The string at p (after its opening quote), decoded into *out when out is
// not NULL (NUL-terminated, *out moved past it); the text after the closing
// quote, or NULL.
static const char *flat_string(const char *p, char **out)
{
    char *o = out ? *out : NULL;
    for (;;) {
        unsigned char c = (unsigned char)*p;
        if (c == '"') break;
        if (c < 0x20) return NULL;  // NUL (the line's end) and control characters
        if (c != '\\') {
            if (o) *o++ = (char)c;
            p++;
            continue;
        }
        p++;
        long u;
        switch (*p) {
        case '"': case '\\': case '/': u = *p; break;
        case 'b': u = '\b'; break;
        case 'f': u = '\f'; break;
        case 'n': u = '\n'; break;
        case 'r': u = '\r'; break;
        case 't': u = '\t'; break;
        case 'u':
            if ((u = hex4(p + 1)) < 0) return NULL;
            p += 4;
            if (u >= 0xDC00 && u <= 0xDFFF) return NULL;
            if (u >= 0xD800 && u <= 0xDBFF) {
                int lo;
                if (p[1] != '\\' || p[2] != 'u' || (lo = hex4(p + 3)) < 0xDC00 || lo > 0xDFFF)
                    return NULL;
                u = 0x10000 + ((u - 0xD800) << 10) + (lo - 0xDC00);
                p += 6;
            }
            if (u == 0) return NULL;  // jansson refuses \u0000 too
            break;
        default: return NULL;
        }
        p++;
        if (!o) continue;
        // UTF-8 of u (never longer than its escape)
        if (u < 0x80) *o++ = (char)u;
        else if (u < 0x800) *o++ = (char)(0xC0 | u >> 6), *o++ = (char)(0x80 | (u & 0x3F));
        else if (u < 0x10000)
            *o++ = (char)(0xE0 | u >> 12), *o++ = (char)(0x80 | (u >> 6 & 0x3F)),
            *o++ = (char)(0x80 | (u & 0x3F));
        else
            *o++ = (char)(0xF0 | u >> 18), *o++ = (char)(0x80 | (u >> 12 & 0x3F)),
            *o++ = (char)(0x80 | (u >> 6 & 0x3F)), *o++ = (char)(0x80 | (u & 0x3F));
    }
    if (o) {
        *o++ = 0;
        *out = o;
    }
    return p + 1;
}

// A number: its end, and whether it is an integer (no fraction, no exponent).
static const char *flat_number(const char *p, bool *integer)
{
    const char *q = p;
    if (*q == '-') q++;
    if (*q < '0' || *q > '9') return NULL;
    if (*q == '0' && q[1] >= '0' && q[1] <= '9') return NULL;
    while (*q >= '0' && *q <= '9') q++;
    *integer = true;
    if (*q == '.') {
        *integer = false;
        if (*++q < '0' || *q > '9') return NULL;
        while (*q >= '0' && *q <= '9') q++;
    }
    if (*q == 'e' || *q == 'E') {
        *integer = false;
        q++;
        if (*q == '+' || *q == '-') q++;
        if (*q < '0' || *q > '9') return NULL;
        while (*q >= '0' && *q <= '9') q++;
    }
    return q;
}

// Past the value at p (strings, numbers, literals, arrays, objects), or NULL.
static const char *flat_skip(const char *p, int depth)
{
    bool integer;
    if (depth > 64) return NULL;
    switch (*p) {
    case '"': return flat_string(p + 1, NULL);
    case 't': return strncmp(p, "true", 4) ? NULL : p + 4;
    case 'f': return strncmp(p, "false", 5) ? NULL : p + 5;
    case 'n': return strncmp(p, "null", 4) ? NULL : p + 4;
    case '[':
    case '{': {
        char close = *p == '[' ? ']' : '}';
        bool object = *p == '{';
        p = ws(p + 1);
        if (*p == close) return p + 1;
        for (;;) {
            if (object) {
                if (*p != '"' || !(p = flat_string(p + 1, NULL))) return NULL;
                p = ws(p);
                if (*p++ != ':') return NULL;
                p = ws(p);
            }
            if (!(p = flat_skip(p, depth + 1))) return NULL;
            p = ws(p);
            if (*p == close) return p + 1;
            if (*p++ != ',') return NULL;
            p = ws(p);
        }
    }
    default: return flat_number(p, &integer);
    }
}

// The value at p: has is true when it is an array whose first two items are
// integers (the span [a, b], as jansson's reading takes it); its end, or NULL.
static const char *flat_span(const char *p, bool *has, long v[2])
{
    *has = false;
    if (*p != '[') return flat_skip(p, 0);
    const char *q = ws(p + 1);
    for (int i = 0; i < 2; i++) {
        bool integer;
        const char *e = flat_number(q, &integer);
        if (!e || !integer) return flat_skip(p, 0);
        v[i] = strtol(q, NULL, 10);
        q = ws(e);
        if (*q != ',' && !(i == 1 && *q == ']')) return flat_skip(p, 0);
        q = ws(q + 1);
    }
    *has = true;
    return flat_skip(p, 0);
}

// Read the line's keys into f, its strings into buf (as long as the line);
// false when the line is not a plain JSON object.
static bool fields_flat(fields *f, const char *line, char *buf)
{
    *f = (fields){0};
    const char *p = ws(line);
    if (*p++ != '{') return false;
    p = ws(p);
    if (*p == '}') return !*ws(p + 1);
    for (;;) {
        if (*p != '"') return false;
        const char *key = ++p;
        while (*p && *p != '"' && *p != '\\') p++;
        if (*p != '"') return false;  // keys of dyad's lines have no escapes
        size_t len = (size_t)(p - key);
        p = ws(p + 1);
        if (*p++ != ':') return false;
        p = ws(p);
        int k = 0;
        while (k < K_KEYS && (strncmp(key_names[k], key, len) || key_names[k][len])) k++;
        bool integer;
        if (k == K_KEYS) p = flat_skip(p, 0);
        else if (k < K_STRINGS) {
            f->s[k] = NULL;  // the last of repeated keys counts, as with jansson
            if (*p == '"') {
                f->s[k] = buf;
                p = flat_string(p + 1, &buf);
            } else p = flat_skip(p, 0);
        } else if (k == K_QUAD || k == K_GOLDSTEIN) {
            const char *e = *p == '-' || (*p >= '0' && *p <= '9') ? flat_number(p, &integer)
                                                                   : NULL;
            if (!e) {
                p = flat_skip(p, 0);
                if (k == K_QUAD) f->has_quad = false;
                else f->has_goldstein = false;
            } else if (k == K_QUAD) {
                if ((f->has_quad = integer)) f->quad = strtol(p, NULL, 10);
                p = e;
            } else {
                f->has_goldstein = true;
                f->goldstein = strtod(p, NULL);
                p = e;
            }
        } else {
            int i = k - K_SENTENCE_SPAN;
            p = flat_span(p, &f->has_span[i], f->span[i]);
        }
        if (!p) return false;
        p = ws(p);
        if (*p == '}') return !*ws(p + 1);
        if (*p++ != ',') return false;
        p = ws(p);
    }
}

// Fill r from the JSON line (NUL-terminated, len bytes); false with why.
// own: a line dyad's writer made in this run (the flat reader first).
static bool make_row(row *r, char *line, size_t len, bool own, const store_story *st,
                     const char **why)
{
    fields f;
    bool flat = false;
    if (own) {
        r->buf = xmalloc(len + 1);
        flat = fields_flat(&f, line, r->buf);
        if (!flat) {
            free(r->buf);
            r->buf = NULL;
        }
    }
    if (!flat) {
        json_error_t je;
        r->o = json_loads(line, 0, &je);
        if (!json_is_object(r->o)) {
            *why = "not a JSON object";
            return false;
        }
        fields_from_json(&f, r->o);
    }
    r->v[0] = f.s[K_EVENT_ID];
    for (int i = K_SENTENCE_ID; i <= K_ROOT; i++) r->v[i + 1] = f.s[i];  // v[1]: story_id
    if (!r->v[0] || !r->v[2] || !r->v[4] || !r->v[5] || !r->v[6] || !r->v[7]) {
        *why = "an event needs event_id, sentence_id, source, target, code and root";
        return false;
    }
    r->v[1] = st->story_id;
    snprintf(r->num[0], 24, "%d", f.has_quad ? (int)f.quad : 0);
    snprintf(r->num[1], 24, "%.6g", f.has_goldstein ? f.goldstein : 0.0);
    r->v[8] = r->num[0];
    r->v[9] = r->num[1];
    r->v[10] = f.s[K_PLOVER];
    r->v[11] = f.s[K_CAMEO_LABEL];
    r->v[12] = f.s[K_PAIR_ID];
    const int SS = 0, SB = 1;  // sentence_span, sentence_span_bytes
    if (f.has_span[SS]) {
        snprintf(r->num[2], 24, "%ld", f.span[SS][0]);
        snprintf(r->num[3], 24, "%ld", f.span[SS][1]);
        r->v[14] = r->num[2];
        r->v[15] = r->num[3];
        long ab = f.span[SB][0], zb = f.span[SB][1];
        if (st->text && f.has_span[SB] && ab >= 0 && ab <= zb && (size_t)zb <= st->text_len)
            r->v[13] = r->sentence = xstrndup(st->text + ab, (size_t)(zb - ab));
    }
    for (int i = 0; i < 3; i++) {
        r->v[16 + i] = f.s[K_SOURCE_TEXT + i];
        if (f.has_span[2 + i]) {
            snprintf(r->num[4 + 2 * i], 24, "%ld", f.span[2 + i][0]);
            snprintf(r->num[5 + 2 * i], 24, "%ld", f.span[2 + i][1]);
            r->v[19 + 2 * i] = r->num[4 + 2 * i];
            r->v[20 + 2 * i] = r->num[5 + 2 * i];
        }
    }
    r->v[25] = line;
    return true;
}

static void free_row(row *r)
{
    json_decref(r->o);
    free(r->buf);
    free(r->sentence);
}

static int begin(store *s)
{
    if (s->in_txn) return 0;
    if (s->b->exec(s->b, "BEGIN") < 0) return fail(s, "cannot begin a transaction: ");
    s->in_txn = true;
    s->pending = 0;
    s->txn_start = now();
    return 0;
}

int store_commit(store *s)
{
    if (!s->in_txn) return 0;
    s->in_txn = false;
    if (s->b->exec(s->b, "COMMIT") < 0) return fail(s, "cannot commit: ");
    return 0;
}

static void iso_now(char out[32])
{
    time_t t = time(NULL);
    struct tm tm;
    gmtime_r(&t, &tm);
    strftime(out, 32, "%Y-%m-%dT%H:%M:%SZ", &tm);
}

// The story's rows, in the open savepoint: 0, or -1 with the backend's error.
static int write_story(store *s, const store_story *st, const char *text_hash, row *rows,
                       size_t n, bool exists)
{
    if (exists && s->b->delete_story(s->b, st->story_id) < 0) return -1;
    char at[32];
    iso_now(at);
    const char *v[STORY_COLS] = {st->story_id,    st->date,         st->title,
                                 st->meta,        st->text,         text_hash,
                                 st->coder_version, st->dictionaries, at};
    if (s->b->insert_story(s->b, v) < 0) return -1;
    if (!n) return 0;
    const char **all = xmalloc(n * EVENT_COLS * sizeof *all);
    for (size_t i = 0; i < n; i++) memcpy(all + i * EVENT_COLS, rows[i].v, sizeof rows[i].v);
    int rc = s->b->insert_events(s->b, all, n);
    free(all);
    return rc;
}

// Parse the event lines into rows; the count, or -1 with a message.
static long parse_rows(store *s, const store_story *st, row **out)
{
    size_t n = 0;
    for (size_t i = 0; i < st->events_len; i++) n += st->events[i] == '\n';
    row *rows = xmalloc((n ? n : 1) * sizeof *rows);
    memset(rows, 0, (n ? n : 1) * sizeof *rows);
    char *p = st->events, *end = st->events + st->events_len;
    size_t k = 0;
    for (; p < end && k < n; k++) {
        char *nl = memchr(p, '\n', (size_t)(end - p));
        *nl = 0;
        const char *why = NULL;
        if (!make_row(&rows[k], p, (size_t)(nl - p), st->own_lines, st, &why)) {
            fprintf(stderr, "%s: %s: story %s: %s; the story is not stored\n", s->prog,
                    st->where ? st->where : "", st->story_id, why);
            for (size_t i = 0; i <= k; i++) free_row(&rows[i]);
            free(rows);
            return -1;
        }
        p = nl + 1;
    }
    *out = rows;
    return (long)n;
}

int store_put(store *s, const store_story *st)
{
    char hex[65];
    const char *text_hash = st->text_hash;
    if (!text_hash) {
        dyad_sha256_hex(st->text ? st->text : "", st->text ? st->text_len : 0, hex);
        text_hash = hex;
    }
    if (!seen_add(s, st->story_id))
        fprintf(stderr, "%s: %s: story %s was stored earlier in this run; this one replaces "
                        "it\n", s->prog, st->where ? st->where : "", st->story_id);
    if (begin(s) < 0) return -2;
    char old_hash[65] = "", old_version[64] = "";
    int found = s->b->story_state(s->b, st->story_id, old_hash, old_version, sizeof old_version);
    if (found < 0) return fail(s, "cannot read a story: ") - 1;
    if (found && !strcmp(old_hash, text_hash) && !strcmp(old_version, st->coder_version)) {
        s->skipped++;
        return 0;
    }
    row *rows;
    long n = parse_rows(s, st, &rows);
    if (n < 0) return -1;
    int rc = s->b->exec(s->b, "SAVEPOINT story");
    if (rc == 0) rc = write_story(s, st, text_hash, rows, (size_t)n, found > 0);
    if (rc == 0) rc = s->b->exec(s->b, "RELEASE SAVEPOINT story");
    else {
        fprintf(stderr, "%s: %s %s: %s: story %s is not stored: %s\n", s->prog, s->b->kind,
                s->b->name, st->where ? st->where : "", st->story_id, s->b->err);
        char keep[sizeof s->b->err];
        memcpy(keep, s->b->err, sizeof keep);
        if (s->b->exec(s->b, "ROLLBACK TO SAVEPOINT story") < 0 ||
            s->b->exec(s->b, "RELEASE SAVEPOINT story") < 0)
            rc = -2;
        memcpy(s->b->err, keep, sizeof keep);
    }
    for (long i = 0; i < n; i++) free_row(&rows[i]);
    free(rows);
    if (rc == -2) return fail(s, "cannot roll a story back: ") - 1;
    if (rc < 0) return -1;
    s->written++;
    s->events += n;
    if (!s->one_txn && (++s->pending >= BATCH_STORIES || now() - s->txn_start >= BATCH_SECONDS))
        return store_commit(s) < 0 ? -2 : 1;
    return 1;
}

void store_one_transaction(store *s)
{
    s->one_txn = true;
}

int store_rollback(store *s)
{
    if (!s->in_txn) return 0;
    s->in_txn = false;
    if (s->b->exec(s->b, "ROLLBACK") < 0) return fail(s, "cannot roll back: ");
    return 0;
}

void store_counts(const store *s, long *written, long *skipped, long *events)
{
    *written = s->written;
    *skipped = s->skipped;
    *events = s->events;
}

int store_select(store *s, const char *sql, const char *const *params, int n,
                 store_row_fn fn, void *ctx)
{
    if (s->b->select(s->b, sql, params, n, fn, ctx) < 0) return fail(s, "");
    return 0;
}

int store_close(store *s)
{
    if (!s) return 0;
    int rc = store_commit(s);
    s->b->close(s->b);
    for (size_t i = 0; i < s->cap_seen; i++) free(s->seen[i]);
    free(s->seen);
    free(s);
    return rc;
}

void store_dictionaries_hash(const char *const *files, const char *const *sums, size_t n,
                             char out[65])
{
    dyad_buf b = {0};
    for (size_t i = 0; i < n; i++) {
        size_t need = strlen(files[i]) + strlen(sums[i]) + 3;
        char *p = realloc(b.p, b.n + need);
        if (!p) cli_out_of_memory(NULL, b.n + need, "out of memory in the event store");
        b.p = p;
        b.n += (size_t)snprintf(b.p + b.n, need, "%s %s\n", files[i], sums[i]);
    }
    dyad_sha256_hex(b.p ? b.p : "", b.n, out);
    free(b.p);
}
