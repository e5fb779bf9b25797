// cmd_query.c: "dyad query --db PATH_OR_URL": events from the event store,
// filtered, optionally one per day, source, target and code, or counted by
// day, week, month, year, dyad, root or quad with Goldstein sums and means;
// as JSON Lines, CSV or a table. Every value given is a bound parameter.
#include <jansson.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "store.h"

typedef enum fmt { F_JSONL, F_CSV, F_TABLE } fmt;

typedef struct query {
    const char *db, *from, *to, *source, *target, *code, *root, *quad, *plover, *text;
    const char *count_by, *limit;
    bool dedup;
    fmt format;
} query;

static void usage(FILE *out)
{
    fputs("usage: dyad query --db PATH_OR_URL [filters] [--count-by K] [--format F]\n"
          "  --from D, --to D       events dated from D, to D (YYYY-MM-DD, inclusive)\n"
          "  --source P, --target P actor codes starting with P (USA: USAGOV too)\n"
          "  --code C, --root R     the CAMEO event code, its two-digit root\n"
          "  --quad N               GDELT quad class 1-4\n"
          "  --plover P             the PLOVER category\n"
          "  --text S               the sentence holds S (any ASCII case)\n"
          "  --dedup day            one event per date, source, target and code (the\n"
          "                         first by event id)\n"
          "  --count-by K           day, week (its Monday), month, year, dyad, root or\n"
          "                         quad: count, Goldstein sum and mean per value\n"
          "  --format F             jsonl (default: events as dyad code wrote them),\n"
          "                         csv or table\n"
          "  --limit N              at most N lines\n",
          out);
}

// The SQL text being built and its parameters.
typedef struct sql {
    char text[4096];
    const char *params[32];
    char owned[4][256];  // parameters made here (prefix ends, LIKE patterns)
    int n, n_owned;
    bool pg;
} sql;

static void cat(sql *q, const char *s)
{
    size_t k = strlen(q->text);
    snprintf(q->text + k, sizeof q->text - k, "%s", s);
}

static void cond(sql *q, const char *s, const char *param)
{
    cat(q, q->n ? " AND " : " WHERE ");
    cat(q, s);
    q->params[q->n++] = param;
}

static const char *own(sql *q, const char *s)
{
    char *p = q->owned[q->n_owned++];
    snprintf(p, 256, "%s", s);
    return p;
}

// Codes starting with `prefix`: prefix <= col < the prefix with its last
// byte raised (an index range in both databases, byte order).
static void prefix(sql *q, const char *col, const char *pre)
{
    char lo[256], hi[256];
    snprintf(lo, sizeof lo, "%s", pre);
    for (char *c = lo; *c; c++)
        if (*c >= 'a' && *c <= 'z') *c = (char)(*c - 32);
    snprintf(hi, sizeof hi, "%s", lo);
    size_t n = strlen(hi);
    if (n && (unsigned char)hi[n - 1] < 0x7f) hi[n - 1]++;
    char s[128];
    const char *c = q->pg ? " COLLATE \"C\"" : "";
    snprintf(s, sizeof s, "%s%s >= ?", col, c);
    cond(q, s, own(q, lo));
    snprintf(s, sizeof s, "%s%s < ?", col, c);
    cond(q, s, own(q, hi));
}

static void filters(sql *q, const query *o)
{
    if (o->from) cond(q, "date >= ?", o->from);
    if (o->to) cond(q, "date <= ?", o->to);
    if (o->source && *o->source) prefix(q, "source", o->source);
    if (o->target && *o->target) prefix(q, "target", o->target);
    if (o->code) cond(q, "code = ?", o->code);
    if (o->root) cond(q, "root = ?", o->root);
    if (o->quad) cond(q, "quad = CAST(? AS INTEGER)", o->quad);
    if (o->plover) cond(q, "plover = ?", o->plover);
    if (o->text) {
        char pat[256] = "%";
        size_t k = 1;
        for (const char *c = o->text; *c && k < sizeof pat - 3; c++) {
            if (*c == '%' || *c == '_' || *c == '\\') pat[k++] = '\\';
            pat[k++] = *c;
        }
        pat[k++] = '%';
        pat[k] = 0;
        cond(q, q->pg ? "sentence ILIKE ? ESCAPE '\\'" : "sentence LIKE ? ESCAPE '\\'",
             own(q, pat));
    }
}

// The events chosen: "FROM (...) d" with the filters and --dedup day.
static void from(sql *q, const query *o)
{
    const char *c = q->pg ? " COLLATE \"C\"" : "";
    char head[256];
    if (o->dedup)
        snprintf(head, sizeof head,
                 " FROM (SELECT * FROM (SELECT e.*, ROW_NUMBER() OVER (PARTITION BY date, "
                 "source, target, code ORDER BY event_id%s) AS dyad_rn FROM events e",
                 c);
    else snprintf(head, sizeof head, " FROM (SELECT * FROM events e");
    cat(q, head);
    filters(q, o);
    cat(q, o->dedup ? ") r WHERE dyad_rn = 1) d" : ") d");
}

typedef struct key {
    const char *name, *sqlite, *pg;
} key;

static const key keys[] = {
    {"day", "date", "date"},
    {"week",
     "date(date, '-' || ((CAST(strftime('%w', date) AS INTEGER) + 6) % 7) || ' days')",
     "to_char(CAST(date AS DATE) - CAST(extract(isodow FROM CAST(date AS DATE)) AS INTEGER) "
     "+ 1, 'YYYY-MM-DD')"},
    {"month", "substr(date, 1, 7)", "substr(date, 1, 7)"},
    {"year", "substr(date, 1, 4)", "substr(date, 1, 4)"},
    {"dyad", "source, target", "source COLLATE \"C\", target COLLATE \"C\""},
    {"root", "root", "root"},
    {"quad", "quad", "quad"},
};

// One output row, and the table's rows held for their widths.
typedef struct out {
    fmt format;
    bool counts;
    int n_keys;
    const char *names[16];
    int n_names;
    char ***rows;
    size_t n_rows, cap_rows;
} out;

static void csv_field(dyad_buf *b, const char *v)
{
    if (!v) v = "";
    bool quote = strpbrk(v, ",\"\r\n") != NULL;
    if (!quote) {
        cli_printf("%s", v);
        return;
    }
    cli_printf("\"");
    for (const char *c = v; *c; c++) cli_printf(*c == '"' ? "\"\"" : "%c", *c);
    cli_printf("\"");
    (void)b;
}

// values as printed: counts and Goldstein figures rounded the same way
// whatever database gave them
static void cells(out *o, const char *const *v, char num[3][32], const char **c)
{
    for (int i = 0; i < o->n_names; i++) c[i] = v[i];
    if (o->counts) {
        int k = o->n_keys;
        snprintf(num[0], 32, "%s", v[k] ? v[k] : "0");
        // Goldstein values have one decimal: the sum is rounded to it, and
        // the mean made from it here, half away from zero, so that both
        // databases (whatever order they add in) print the same
        double sum = v[k + 1] ? round(strtod(v[k + 1], NULL) * 10) / 10 : 0.0;
        long count = atol(num[0]);
        double mean = count ? sum / (double)count : 0.0;
        double m = floor(fabs(mean) * 100 + 0.5 + 1e-9) / 100;
        snprintf(num[1], 32, "%.1f", sum);
        snprintf(num[2], 32, "%.2f", mean < 0 && m ? -m : m);
        c[k] = num[0], c[k + 1] = num[1], c[k + 2] = num[2];
    } else {
        snprintf(num[0], 32, "%.1f", v[8] ? strtod(v[8], NULL) : 0.0);
        c[8] = num[0];
    }
}

static void jsonl_row(out *o, const char *const *v, const char **c)
{
    if (!o->counts) {  // the event as dyad code wrote it
        cli_printf("%s\n", v[o->n_names]);
        return;
    }
    json_t *j = json_object();
    for (int i = 0; i < o->n_keys; i++) {
        json_t *val = !c[i] ? json_null()
                      : !strcmp(o->names[i], "quad") ? json_integer(atoi(c[i]))
                                                      : json_string(c[i]);
        json_object_set_new(j, o->names[i], val);
    }
    int k = o->n_keys;
    json_object_set_new(j, "count", json_integer(atol(c[k])));
    json_object_set_new(j, "goldstein_sum", json_real(strtod(c[k + 1], NULL)));
    json_object_set_new(j, "goldstein_mean", json_real(strtod(c[k + 2], NULL)));
    char *s = json_dumps(j, JSON_COMPACT | JSON_PRESERVE_ORDER | JSON_REAL_PRECISION(12));
    cli_printf("%s\n", s ? s : "{}");
    free(s);
    json_decref(j);
}

static int on_row(void *ctx, int n, const char *const *v)
{
    out *o = ctx;
    char num[3][32];
    const char *c[16];
    (void)n;
    cells(o, v, num, c);
    if (o->format == F_JSONL) jsonl_row(o, v, c);
    else if (o->format == F_CSV) {
        for (int i = 0; i < o->n_names; i++) {
            if (i) cli_printf(",");
            csv_field(NULL, c[i]);
        }
        cli_printf("\r\n");
    } else {
        if (o->n_rows == o->cap_rows) {
            o->cap_rows = o->cap_rows ? 2 * o->cap_rows : 64;
            o->rows = realloc(o->rows, o->cap_rows * sizeof *o->rows);
            if (!o->rows) cli_out_of_memory(NULL, 0, "out of memory for the table");
        }
        char **r = calloc((size_t)o->n_names, sizeof *r);
        if (!r) cli_out_of_memory(NULL, 0, "out of memory for the table");
        for (int i = 0; i < o->n_names; i++) r[i] = strdup(c[i] ? c[i] : "");
        o->rows[o->n_rows++] = r;
    }
    return cli_out_failed();
}

static void table(out *o)
{
    int w[16];
    for (int i = 0; i < o->n_names; i++) {
        w[i] = (int)strlen(o->names[i]);
        for (size_t r = 0; r < o->n_rows; r++) {
            int k = (int)strlen(o->rows[r][i]);
            if (k > w[i]) w[i] = k > 60 ? 60 : k;
        }
    }
    w[o->n_names - 1] = o->counts ? w[o->n_names - 1] : 0;  // no blanks ending a line
    for (int i = 0; i < o->n_names; i++) cli_printf("%-*s%s", w[i], o->names[i],
                                                    i + 1 < o->n_names ? "  " : "\n");
    for (size_t r = 0; r < o->n_rows; r++) {
        for (int i = 0; i < o->n_names; i++) {
            bool num = o->counts && i >= o->n_keys;
            int prec = w[i] ? w[i] : 60;
            cli_printf(num ? "%*.*s%s" : "%-*.*s%s", w[i], prec, o->rows[r][i],
                       i + 1 < o->n_names ? "  " : "\n");
            free(o->rows[r][i]);
        }
        free(o->rows[r]);
    }
    free(o->rows);
}

static const char *const event_cols[] = {"event_id", "story_id", "date", "source",
                                         "target", "code", "root", "quad", "goldstein",
                                         "plover", "cameo_label", "sentence"};

static int build(sql *q, const query *o, out *res)
{
    const char *c = q->pg ? " COLLATE \"C\"" : "";
    char s[1024];
    if (!o->count_by) {
        cat(q, "SELECT event_id, story_id, date, source, target, code, root, quad, goldstein, "
               "plover, cameo_label, sentence, json");
        from(q, o);
        snprintf(s, sizeof s, " ORDER BY date%s, event_id%s", c, c);
        cat(q, s);
        res->n_names = 12;
        for (int i = 0; i < 12; i++) res->names[i] = event_cols[i];
        return 0;
    }
    const key *k = NULL;
    for (size_t i = 0; i < sizeof keys / sizeof keys[0]; i++)
        if (!strcmp(keys[i].name, o->count_by)) k = &keys[i];
    if (!k) {
        fprintf(stderr, "dyad query: --count-by takes day, week, month, year, dyad, root or "
                        "quad, not '%s'\n", o->count_by);
        return 2;
    }
    const char *expr = q->pg ? k->pg : k->sqlite;
    bool dyad = !strcmp(k->name, "dyad");
    res->counts = true;
    res->n_keys = dyad ? 2 : 1;
    res->names[0] = dyad ? "source" : k->name;
    res->names[1] = "target";
    res->names[res->n_keys] = "count";
    res->names[res->n_keys + 1] = "goldstein_sum";
    res->names[res->n_keys + 2] = "goldstein_mean";
    res->n_names = res->n_keys + 3;
    // PostgreSQL's REAL is 4 bytes: its shortest text is the value dyad wrote
    const char *g = q->pg ? "CAST(CAST(goldstein AS TEXT) AS DOUBLE PRECISION)" : "goldstein";
    snprintf(s, sizeof s, "SELECT %s, COUNT(*), SUM(%s), AVG(%s)", expr, g, g);
    cat(q, s);
    from(q, o);
    snprintf(s, sizeof s, " GROUP BY %s ORDER BY %s", expr, expr);
    cat(q, s);
    return 0;
}

static int parse(int argc, char **argv, query *o)
{
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        const char *v = i + 1 < argc ? argv[i + 1] : NULL;
        static const char *const names[] = {"--db",   "--from", "--to",     "--source",
                                            "--target", "--code", "--root",  "--quad",
                                            "--plover", "--text", "--count-by", "--limit"};
        const char **slot[] = {&o->db,   &o->from, &o->to,     &o->source,
                               &o->target, &o->code, &o->root,  &o->quad,
                               &o->plover, &o->text, &o->count_by, &o->limit};
        int hit = -1;
        for (int k = 0; k < 12; k++)
            if (!strcmp(a, names[k])) hit = k;
        if (hit >= 0 && v) {
            *slot[hit] = v;
            i++;
        } else if (!strcmp(a, "--dedup") && v && !strcmp(v, "day")) {
            o->dedup = true;
            i++;
        } else if (!strcmp(a, "--format") && v) {
            o->format = !strcmp(v, "jsonl") ? F_JSONL : !strcmp(v, "csv") ? F_CSV
                        : !strcmp(v, "table") ? F_TABLE : (fmt)-1;
            if ((int)o->format < 0) {
                fprintf(stderr, "dyad query: --format takes jsonl, csv or table, not '%s'\n", v);
                return 2;
            }
            i++;
        } else if (!strcmp(a, "--help") || !strcmp(a, "-h")) {
            usage(stdout);
            return 1;
        } else {
            fprintf(stderr, "dyad query: %s '%s'\n",
                    hit >= 0 || !strcmp(a, "--dedup") || !strcmp(a, "--format")
                        ? "a value is needed after (--dedup takes day)" : "unknown option", a);
            usage(stderr);
            return 2;
        }
    }
    return 0;
}

static int check(const query *o)
{
    int32_t d;
    if (!o->db) {
        fprintf(stderr, "dyad query: --db PATH_OR_URL is needed\n");
        return 2;
    }
    if (o->from && cli_parse_date_opt("dyad query", "--from", o->from, &d)) return 2;
    if (o->to && cli_parse_date_opt("dyad query", "--to", o->to, &d)) return 2;
    const char *nums[2] = {o->quad, o->limit}, *opt[2] = {"--quad", "--limit"};
    for (int i = 0; i < 2; i++) {
        char *end;
        if (nums[i] && (strtol(nums[i], &end, 10) < 0 || *end || end == nums[i])) {
            fprintf(stderr, "dyad query: %s needs a number, not '%s'\n", opt[i], nums[i]);
            return 2;
        }
    }
    return 0;
}

int cmd_query(int argc, char **argv)
{
    query o = {.format = F_JSONL};
    int rc = parse(argc, argv, &o);
    if (!rc) rc = check(&o);
    if (rc) return rc == 1 ? 0 : rc;
    // --from and --to as stored: YYYY-MM-DD
    char from_s[16], to_s[16];
    int32_t d;
    if (o.from && !cli_parse_date_opt("dyad query", "--from", o.from, &d))
        snprintf(from_s, sizeof from_s, "%04d-%02d-%02d", d / 10000, d / 100 % 100, d % 100),
            o.from = from_s;
    if (o.to && !cli_parse_date_opt("dyad query", "--to", o.to, &d))
        snprintf(to_s, sizeof to_s, "%04d-%02d-%02d", d / 10000, d / 100 % 100, d % 100),
            o.to = to_s;
    store *s = store_open("dyad query", o.db);
    if (!s) return 1;
    static sql q;
    memset(&q, 0, sizeof q);
    q.pg = store_is_pg(s);
    out res = {.format = o.format};
    rc = build(&q, &o, &res);
    if (!rc && o.limit) {
        cat(&q, " LIMIT CAST(? AS INTEGER)");
        q.params[q.n++] = o.limit;
    }
    if (!rc && o.format == F_CSV)
        for (int i = 0; i < res.n_names; i++)
            cli_printf("%s%s", res.names[i], i + 1 < res.n_names ? "," : "\r\n");
    if (!rc && store_select(s, q.text, q.params, q.n, on_row, &res) < 0) rc = 1;
    if (o.format == F_TABLE) table(&res);
    if (store_close(s) < 0 && !rc) rc = 1;
    return rc;
}
