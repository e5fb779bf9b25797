// cmd_dict.c: "dyad dict check", "dyad dict review" and "dyad dict gaps FILE...".
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

static int parse_dict_args(int argc, char **argv, cli_dicts *dicts, const char **files,
                           int *n_files, int *top, int32_t *date, int *years)
{
    for (int i = 2; i < argc; i++) {
        if (!strcmp(argv[i], "--years") && i + 1 < argc) {
            char *end;
            long v = strtol(argv[++i], &end, 10);
            if (*end || v < 0 || v > 200) {
                fprintf(stderr, "dyad dict: --years wants a number of years, not '%s'\n", argv[i]);
                return 2;
            }
            *years = (int)v;
            continue;
        }
        if (!strcmp(argv[i], "--dictionaries") && i + 1 < argc) dicts->dir = argv[++i];
        else if (!strcmp(argv[i], "--config") && i + 1 < argc) dicts->config = argv[++i];
        else if (!strcmp(argv[i], "--top") && i + 1 < argc) *top = atoi(argv[++i]);
        else if (!strcmp(argv[i], "--date") && i + 1 < argc) {
            if (cli_parse_date("dyad dict", argv[++i], date)) return 2;
        } else if (argv[i][0] == '-' && argv[i][1]) {
            fprintf(stderr, "dyad dict: unknown option '%s'\n", argv[i]);
            return 2;
        } else files[(*n_files)++] = argv[i];
    }
    return 0;
}

static int n_problems;
static void print_problem(void *ctx, const dyad_error *e)
{
    (void)ctx;
    n_problems++;
    if (e->file[0]) cli_printf("%s:%d: %s\n", e->file, e->line, e->message);
    else cli_printf("%s\n", e->message);
}

static int dict_check(cli_dicts *dicts)
{
    dyad_dict *dict = dyad_dict_new();
    if (cli_load_default(dict, dicts) < 0) {
        dyad_dict_free(dict);
        return 1;
    }
    int n = dyad_dict_check(dict, print_problem, NULL);
    dyad_dict_stats st;
    dyad_dict_get_stats(dict, &st);
    cli_printf("%zu actor entries (%zu phrases), %zu agents, %zu verb forms, %zu patterns: "
           "%d problems, %d malformed lines\n",
           st.actors, st.actor_phrases, st.agents, st.verbs, st.patterns, n, dicts->errors);
    dyad_dict_free(dict);
    return n || dicts->errors ? 1 : 0;
}

static int dict_review(cli_dicts *dicts, int32_t date, int years)
{
    dyad_dict *dict = dyad_dict_new();
    if (cli_load_default(dict, dicts) < 0) {
        dyad_dict_free(dict);
        return 1;
    }
    dyad_review_options o = DYAD_REVIEW_OPTIONS_INIT;
    o.date = date;
    if (years >= 0) o.years = years;
    int n = dyad_dict_review(dict, &o, print_problem, NULL);
    cli_printf("%d to review\n", n);
    dyad_dict_free(dict);
    return n || dicts->errors ? 1 : 0;
}

// ---------------------------------------------------------------- gaps

typedef struct gap {
    char *phrase;
    char *example;     // "sentence_id: text"
    long count;
} gap;

typedef struct gap_table {
    gap *slots;
    size_t cap, n;
} gap_table;

static size_t hash_str(const char *s)
{
    size_t h = 1469598103934665603ULL;
    for (; *s; s++) h = (h ^ (unsigned char)*s) * 1099511628211ULL;
    return h;
}

static void gap_grow(gap_table *t)
{
    size_t cap = t->cap ? t->cap * 2 : 4096;
    gap *slots = calloc(cap, sizeof *slots);
    if (!slots) abort();
    for (size_t i = 0; i < t->cap; i++) {
        if (!t->slots[i].phrase) continue;
        size_t h = hash_str(t->slots[i].phrase) & (cap - 1);
        while (slots[h].phrase) h = (h + 1) & (cap - 1);
        slots[h] = t->slots[i];
    }
    free(t->slots);
    t->slots = slots;
    t->cap = cap;
}

static void on_gap(void *ctx, const char *phrase, const dyad_record *sent)
{
    gap_table *t = ctx;
    if ((t->n + 1) * 2 > t->cap) gap_grow(t);
    size_t h = hash_str(phrase) & (t->cap - 1);
    while (t->slots[h].phrase && strcmp(t->slots[h].phrase, phrase)) h = (h + 1) & (t->cap - 1);
    gap *g = &t->slots[h];
    if (!g->phrase) {
        g->phrase = strdup(phrase);
        size_t n = sent->text_len < 300 ? sent->text_len : 300;
        size_t m = strlen(sent->id ? sent->id : "") + n + 8;
        g->example = malloc(m);
        if (!g->phrase || !g->example) abort();
        snprintf(g->example, m, "%s: %.*s", sent->id ? sent->id : "", (int)n, sent->text);
        for (char *p = g->example; *p; p++)
            if (*p == '\n' || *p == '\t') *p = ' ';
        t->n++;
    }
    g->count++;
}

static int by_count(const void *a, const void *b)
{
    const gap *x = a, *y = b;
    if (x->count != y->count) return x->count < y->count ? 1 : -1;
    return strcmp(x->phrase, y->phrase);
}

static int ignore_sentence(void *ctx, const dyad_record *s, const dyad_result *r)
{
    (void)ctx; (void)s; (void)r;
    return 0;
}

static int dict_gaps(cli_dicts *dicts, const char **files, int n_files, int top, int32_t date)
{
    if (!n_files) {
        fprintf(stderr, "usage: dyad dict gaps FILE... [--top N] [--date YYYY-MM-DD]\n");
        return 2;
    }
    dyad_dict *dict = dyad_dict_new();
    if (cli_load_default(dict, dicts) < 0) {
        dyad_dict_free(dict);
        return 1;
    }
    dyad_options o = DYAD_OPTIONS_INIT;
    dyad_options_news(&o, true);
    dyad_coder *coder = dyad_coder_new(dict, &o);
    gap_table t = {0};
    dyad_coder_on_gap(coder, on_gap, &t);
    long sentences = 0;
    int unread = 0;  // files or records that could not be read
    for (int i = 0; i < n_files; i++) {
        dyad_error err = {0};
        dyad_reader *r = dyad_reader_open(files[i], DYAD_FORMAT_AUTO, &err);
        if (!r) {
            dyad_error_print(&err, stderr);
            unread++;
            continue;
        }
        const dyad_record *rec;
        int rc;
        while ((rc = dyad_reader_next(r, &rec, &err)) != 0) {
            if (rc < 0) {
                dyad_error_print(&err, stderr);
                unread++;
                continue;
            }
            dyad_record copy = *rec;
            if (date && !copy.date) copy.date = date;
            if (copy.is_story) sentences += dyad_code_story(coder, &copy, ignore_sentence, NULL, &err);
            else {
                const dyad_result *res;
                dyad_code_record(coder, &copy, &res, &err);
                sentences++;
            }
        }
        dyad_reader_close(r);
    }
    gap *list = malloc((t.n + 1) * sizeof *list);
    size_t k = 0;
    for (size_t i = 0; i < t.cap; i++)
        if (t.slots[i].phrase) list[k++] = t.slots[i];
    qsort(list, k, sizeof *list, by_count);
    cli_printf("# %ld sentences; %zu uncoded names in subject or object position of a "
           "dictionary verb\n# count\tname\texample\n", sentences, k);
    for (size_t i = 0; i < k && (top <= 0 || (int)i < top); i++)
        cli_printf("%ld\t%s\t%s\n", list[i].count, list[i].phrase, list[i].example);
    for (size_t i = 0; i < k; i++) {
        free(list[i].phrase);
        free(list[i].example);
    }
    free(list);
    free(t.slots);
    dyad_coder_free(coder);
    dyad_dict_free(dict);
    if (unread) {
        fprintf(stderr, "dyad dict gaps: %d input%s or record%s could not be read; the counts "
                        "leave them out\n", unread, unread == 1 ? "" : "s", unread == 1 ? "" : "s");
        return 1;
    }
    return 0;
}

static bool wants_help(int argc, char **argv)
{
    for (int i = 1; i < argc; i++)
        if (!strcmp(argv[i], "--help") || !strcmp(argv[i], "-h")) return true;
    return false;
}

int cmd_dict(int argc, char **argv)
{
    // "dyad dict --help", "dyad dict check --help", "dyad dict gaps F -h": usage
    if (argc < 2 || wants_help(argc, argv)) {
        fputs("usage: dyad dict check [--dictionaries DIR | --config INI]\n"
             "       dyad dict review [--date YYYY-MM-DD] [--years N] [--dictionaries DIR]\n"
             "       dyad dict gaps FILE... [--top N] [--date YYYY-MM-DD] [--dictionaries DIR]\n"
             "  check: duplicates, overlapping phrases and unknown codes (exit 1 if any)\n"
             "  review: offices with no end date begun or confirmed (\"; current YYYY-MM\")\n"
             "         more than N years (10) before the date (today), people whose dated\n"
             "         codes overlap, and states with no head of state or government at\n"
             "         the date (exit 1 if any)\n"
             "  gaps:  the most frequent capitalised names that stand as subject or object\n"
             "         of a dictionary verb but no dictionary codes, with counts and an\n"
             "         example sentence each\n",
             argc < 2 ? stderr : stdout);
        return argc < 2 ? 2 : 0;
    }
    cli_dicts dicts = {0};
    const char **files = calloc((size_t)argc + 1, sizeof *files);
    int n_files = 0, top = 100;
    int32_t date = 0;
    int years = -1;
    int rc = parse_dict_args(argc, argv, &dicts, files, &n_files, &top, &date, &years);
    if (!rc) {
        if (!strcmp(argv[1], "check")) rc = dict_check(&dicts);
        else if (!strcmp(argv[1], "review")) rc = dict_review(&dicts, date, years);
        else if (!strcmp(argv[1], "gaps")) rc = dict_gaps(&dicts, files, n_files, top, date);
        else {
            fprintf(stderr, "dyad dict: unknown command '%s' (check, review or gaps)\n", argv[1]);
            rc = 2;
        }
    }
    free(files);
    return rc;
}
