// cmd_validate.c: "dyad validate": code a PETRARCH validation file and
// compare each record's events with its gold <EventCoding> set.
#include <libgen.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

typedef struct val_opts {
    const char *file;
    const char *dir;
    const char *only;   // --only ID: just this record
    long min_passed;    // --min-passed N: exit 0 when N pass; -1: when all do
    bool json, all, quiet, ignore_parse, news;
} val_opts;

typedef struct category {
    char name[32];
    int passed, failed;
} category;

typedef struct tally {
    int passed, failed, skipped;
    category cats[64];
    int n_cats;
} tally;

static void count(tally *t, const char *cat, bool ok)
{
    ok ? t->passed++ : t->failed++;
    int i = 0;
    while (i < t->n_cats && strcmp(t->cats[i].name, cat)) i++;
    if (i == t->n_cats) {
        if (t->n_cats == 64) return;
        snprintf(t->cats[t->n_cats++].name, sizeof t->cats[0].name, "%s", cat);
    }
    ok ? t->cats[i].passed++ : t->cats[i].failed++;
}

static bool word_in(const char *list, const char *w)
{
    size_t n = strlen(w);
    for (const char *p = list; p && *p;) {
        while (*p == ' ' || *p == '\t' || *p == '\n') p++;
        const char *e = p;
        while (*e && *e != ' ' && *e != '\t' && *e != '\n') e++;
        if ((size_t)(e - p) == n && !strncmp(p, w, n)) return true;
        p = e;
    }
    return false;
}

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

// "SRC TGT CODE" lines, sorted, joined with "; ".
static char *triples(size_t n, const char *(*get)(const void *, size_t, int), const void *arr)
{
    char **v = calloc(n + 1, sizeof *v);
    size_t total = 1;
    for (size_t i = 0; i < n; i++) {
        const char *s = get(arr, i, 0), *t = get(arr, i, 1), *c = get(arr, i, 2);
        size_t len = strlen(s) + strlen(t) + strlen(c) + 3;
        v[i] = malloc(len);
        snprintf(v[i], len, "%s %s %s", s, t, c);
        total += len + 2;
    }
    qsort(v, n, sizeof *v, cmp_str);
    char *out = calloc(1, total);
    for (size_t i = 0; i < n; i++) {
        if (i) strcat(out, "; ");
        strcat(out, v[i]);
        free(v[i]);
    }
    free(v);
    return out;
}

static const char *get_expected(const void *a, size_t i, int f)
{
    const dyad_expected *e = &((const dyad_expected *)a)[i];
    const char *s = f == 0 ? e->source : f == 1 ? e->target : e->code;
    return s ? s : "---";
}

static const char *get_event(const void *a, size_t i, int f)
{
    const dyad_event *e = &((const dyad_event *)a)[i];
    return f == 0 ? e->source : f == 1 ? e->target : e->code;
}

static void json_str(const char *s)
{
    cli_printf("%c", '"');
    for (; s && *s; s++) {
        if (*s == '"' || *s == '\\') cli_printf("\\%c", *s);
        else if ((unsigned char)*s < 0x20) cli_printf("\\u%04x", *s);
        else cli_printf("%c", *s);
    }
    cli_printf("%c", '"');
}

static void report(const val_opts *o, const dyad_record *rec, const dyad_result *res,
                   const char *want, const char *got, bool ok, bool *first_json)
{
    if (o->json) {
        cli_printf("%s{\"id\":", *first_json ? "" : ",\n");
        *first_json = false;
        json_str(rec->id);
        cli_printf(",\"category\":");
        json_str(rec->category);
        cli_printf(",\"line\":%d,\"passed\":%s,\"expected\":", rec->line, ok ? "true" : "false");
        json_str(want);
        cli_printf(",\"got\":");
        json_str(got);
        cli_printf(",\"outcome\":");
        json_str(dyad_outcome_name(res->outcome));
        cli_printf(",\"why\":");
        json_str(res->why);
        cli_printf("}");
        return;
    }
    if (ok || o->quiet) return;
    cli_printf("FAIL %s [%s] %s:%d\n  expected: %s\n  got:      %s\n", rec->id, rec->category,
           rec->file, rec->line, want, got);
    if (res->outcome != DYAD_CODED)
        cli_printf("  why:      %s (%s)\n", dyad_outcome_name(res->outcome), res->why);
    for (size_t i = 0; i < res->n_events; i++) {
        const dyad_event *e = &res->events[i];
        cli_printf("  event:    %s %s %s  from \"%s\" -> \"%s\", verb \"%s\", %s:%d %s\n", e->source,
               e->target, e->code, e->source_text, e->target_text, e->event_text,
               e->pattern_file, e->pattern_line, e->pattern);
    }
}

static bool evaluate(const dyad_record *rec, const dyad_result *res, char **want, char **got)
{
    *got = triples(res->n_events, get_event, res->events);
    if (rec->expect_error) {
        size_t n = strlen(rec->expect_error) + 8;
        *want = malloc(n);
        snprintf(*want, n, "error=%s", rec->expect_error);
        return strcmp(dyad_outcome_name(res->outcome), rec->expect_error) == 0;
    }
    *want = triples(rec->n_expected, get_expected, rec->expected);
    if (res->outcome != DYAD_CODED && res->outcome != DYAD_SKIPPED) return false;
    return strcmp(*want, *got) == 0;
}

static int load_env(dyad_dict *dict, const dyad_environment *env, const char *dir)
{
    int errors = 0;
    if (!env->verbfile || !env->n_actorfiles) {
        fprintf(stderr, "dyad validate: the file's <Environment> names no verb or actor file\n");
        return -1;
    }
    if (cli_load(dict, DYAD_DICT_VERBS, dir, env->verbfile, &errors) < 0) return -1;
    for (size_t i = 0; i < env->n_actorfiles; i++)
        if (cli_load(dict, DYAD_DICT_ACTORS, dir, env->actorfiles[i], &errors) < 0) return -1;
    if (env->agentfile && cli_load(dict, DYAD_DICT_AGENTS, dir, env->agentfile, &errors) < 0) return -1;
    if (env->discardfile && cli_load(dict, DYAD_DICT_DISCARDS, dir, env->discardfile, &errors) < 0)
        return -1;
    if (env->issuefile && cli_load(dict, DYAD_DICT_ISSUES, dir, env->issuefile, &errors) < 0) return -1;
    if (env->nounfile && cli_load(dict, DYAD_DICT_NOUNS, dir, env->nounfile, &errors) < 0)
        return -1;
    if (errors) fprintf(stderr, "dyad validate: %d malformed dictionary lines skipped\n", errors);
    return 0;
}

static bool included(const val_opts *o, const dyad_environment *env, const dyad_record *rec)
{
    if (o->only) return strcmp(o->only, rec->id) == 0;
    if (o->all) return true;
    if (env->include) {
        if (word_in(env->include, "valid") && !rec->is_sentence) return false;
        if (!word_in(env->include, rec->category)) return false;
    }
    if (env->exclude && word_in(env->exclude, rec->category)) return false;
    return true;
}

static void print_table(const tally *t)
{
    cli_printf("\n%-12s %7s %7s\n", "category", "passed", "failed");
    for (int i = 0; i < t->n_cats; i++)
        cli_printf("%-12s %7d %7d\n", t->cats[i].name, t->cats[i].passed, t->cats[i].failed);
    cli_printf("%-12s %7d %7d\n", "total", t->passed, t->failed);
}

static int run(const val_opts *o, dyad_reader *r, dyad_coder *coder, tally *t)
{
    const dyad_environment *env = dyad_reader_environment(r);
    const dyad_record *rec;
    dyad_error err;
    int rc, bad = 0;
    bool first_json = true;
    while ((rc = dyad_reader_next(r, &rec, &err)) != 0) {
        if (rc < 0) {
            dyad_error_print(&err, stderr);
            bad++;
            continue;
        }
        for (size_t i = 0; i < rec->n_settings; i++)
            if (dyad_coder_set_option(coder, rec->settings[i].option, rec->settings[i].value, &err) < 0)
                dyad_error_print(&err, stderr);
        if (!included(o, env, rec)) {
            t->skipped++;
            continue;
        }
        const dyad_result *res;
        memset(&err, 0, sizeof err);
        dyad_code_record(coder, rec, &res, &err);
        char *want, *got;
        bool ok = evaluate(rec, res, &want, &got);
        count(t, rec->category && *rec->category ? rec->category : "-", ok);
        report(o, rec, res, want, got, ok, &first_json);
        if (!ok && !o->quiet && !o->json && o->ignore_parse && rec->text) {
            char *tree = NULL;  // what the built-in parser made of the text
            if (dyad_parse_sentence(coder, rec->text, rec->text_len, &tree, &err) == 0)
                cli_printf("  parse:    %s\n", tree);
            free(tree);
        }
        free(want);
        free(got);
    }
    return bad;
}

int cmd_validate(int argc, char **argv)
{
    val_opts o = {.min_passed = -1};
    for (int i = 1; i < argc; i++) {
        if (!strcmp(argv[i], "--dictionaries") && i + 1 < argc) o.dir = argv[++i];
        else if (!strcmp(argv[i], "--only") && i + 1 < argc) o.only = argv[++i];
        else if (!strcmp(argv[i], "--min-passed") && i + 1 < argc) {
            char *end;
            o.min_passed = strtol(argv[++i], &end, 10);
            if (!*argv[i] || *end || o.min_passed < 0) {
                fprintf(stderr, "dyad validate: --min-passed wants a number of records, not '%s'\n",
                        argv[i]);
                return 2;
            }
        } else if (!strcmp(argv[i], "--json")) o.json = true;
        else if (!strcmp(argv[i], "--all")) o.all = true;
        else if (!strcmp(argv[i], "--quiet")) o.quiet = true;
        else if (!strcmp(argv[i], "--ignore-parse")) o.ignore_parse = true;
        else if (!strcmp(argv[i], "--news-roles")) o.news = true;
        else if (!strcmp(argv[i], "--help") || !strcmp(argv[i], "-h")) {
            puts("usage: dyad validate FILE.xml [--dictionaries DIR] [--json] [--all] [--quiet] [--only ID]\n"
                 "                     [--ignore-parse] [--news-roles] [--min-passed N]\n"
                 "  exits 1 when a record fails, or with --min-passed when fewer than N pass;\n"
                 "  DIR defaults to ../dictionaries beside the file; --all ignores <Include>;\n"
                 "  --ignore-parse codes each record's text with the built-in parser;\n"
                 "  --news-roles codes with dyad code's roles for news, not PETRARCH's");
            return 0;
        } else if (!o.file && argv[i][0] != '-') o.file = argv[i];
        else {
            fprintf(stderr, "dyad validate: unexpected argument '%s'\n", argv[i]);
            return 2;
        }
    }
    if (!o.file) {
        fprintf(stderr, "usage: dyad validate FILE.xml [--dictionaries DIR] [--json]\n");
        return 2;
    }
    dyad_error err = {0};
    dyad_reader *r = dyad_reader_open(o.file, DYAD_FORMAT_XML, &err);
    if (!r) {
        dyad_error_print(&err, stderr);
        return 1;
    }
    char *copy = strdup(o.file), *defdir = NULL;
    if (!o.dir) {
        const char *base = dirname(copy);
        size_t n = strlen(base) + 20;
        defdir = malloc(n);
        snprintf(defdir, n, "%s/../dictionaries", base);
        o.dir = defdir;
    }
    dyad_dict *dict = dyad_dict_new();
    int status = 1;
    if (load_env(dict, dyad_reader_environment(r), o.dir) == 0) {
        dyad_options opts = DYAD_OPTIONS_INIT;
        opts.ignore_parse = o.ignore_parse;
        if (o.news) dyad_options_news(&opts, true);
        dyad_coder *coder = dyad_coder_new(dict, &opts);
        tally t = {0};
        if (o.json) cli_printf("{\"records\":[\n");
        int bad = run(&o, r, coder, &t);
        if (o.json)
            cli_printf("\n],\"passed\":%d,\"failed\":%d,\"skipped\":%d,\"unreadable\":%d}\n", t.passed,
                   t.failed, t.skipped, bad);
        else {
            print_table(&t);
            if (bad) cli_printf("%d records could not be read\n", bad);
            cli_printf("%d passed, %d failed, %d skipped\n", t.passed, t.failed + bad, t.skipped);
        }
        bool ok = o.min_passed >= 0 ? t.passed >= o.min_passed : !t.failed;
        status = ok && !bad ? 0 : 1;
        dyad_coder_free(coder);
    }
    dyad_dict_free(dict);
    dyad_reader_close(r);
    free(copy);
    free(defdir);
    return status;
}
