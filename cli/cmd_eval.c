// cmd_eval.c: dyad eval GOLD EVENTS — score coded events against a gold set.
//
// GOLD holds one JSON object per sentence: id, story, start and end (character
// offsets of the sentence in the story text), split, and events (source,
// target, code, alt codes). EVENTS holds dyad's event lines (story_id,
// verb_span, source, target, code), each placed in the gold sentence of its
// story that contains the start of its verb span; or another gold-format file,
// matched by sentence id (agreement between two annotations).
#include <jansson.h>
#include <errno.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

enum { LEVELS = 4, ROOTS = 21, CLASSES = 5 };

static const char *const level_name[LEVELS] = {
    "exact code, exact actors",
    "root code, exact actors",
    "root code, 3-letter actors",
    "quad class, 3-letter actors",
};
static const char *const class_name[CLASSES] = {
    "neutral", "verbal cooperation", "material cooperation", "verbal conflict", "material conflict",
};

typedef struct ev {
    char src[24], tgt[24];
    char code[8][8];  // code, then acceptable alternatives
    int ncode;
    double goldstein;  // of code[0]
    int quad;  // of code[0]
} ev;

typedef struct evlist {
    ev *v;
    size_t n, cap;
} evlist;

typedef struct sent {
    char id[32], story[96], split[8];
    long start, end;
    evlist gold, pred;
    char *text;  // the sentence, with --stories (details only)
} sent;

typedef struct evalset {
    sent *s;
    size_t n, cap;
    size_t unplaced;  // events of gold stories outside every gold sentence
} evalset;

static void *grow(void *p, size_t *cap, size_t n, size_t size)
{
    if (n < *cap) return p;
    *cap = *cap ? *cap * 2 : 16;
    p = realloc(p, *cap * size);
    if (!p) abort();
    return p;
}

static void copy_str(char *dst, size_t cap, json_t *v)
{
    const char *s = json_is_string(v) ? json_string_value(v) : "";
    snprintf(dst, cap, "%s", s);
}

static bool is_code(const char *c)
{
    int quad = 0;
    double g = 0;
    return dyad_cameo_describe(c, &quad, &g, NULL, NULL) && quad > 0;
}

// One event object (gold or dyad) into e; false when it has no valid code.
static bool read_event(json_t *o, ev *e)
{
    memset(e, 0, sizeof *e);
    copy_str(e->src, sizeof e->src, json_object_get(o, "source"));
    copy_str(e->tgt, sizeof e->tgt, json_object_get(o, "target"));
    copy_str(e->code[0], sizeof e->code[0], json_object_get(o, "code"));
    if (!is_code(e->code[0])) return false;
    e->ncode = 1;
    dyad_cameo_describe(e->code[0], &e->quad, &e->goldstein, NULL, NULL);
    json_t *alt = json_object_get(o, "alt");
    size_t i;
    json_t *a;
    json_array_foreach(alt, i, a)
    {
        if (e->ncode == 8) break;
        copy_str(e->code[e->ncode], sizeof e->code[0], a);
        if (is_code(e->code[e->ncode])) e->ncode++;
    }
    return true;
}

static void push_event(evlist *l, const ev *e)
{
    l->v = grow(l->v, &l->cap, l->n, sizeof *l->v);
    l->v[l->n++] = *e;
}

static int fail(const char *file, size_t line, const char *what)
{
    fprintf(stderr, "%s:%zu: %s\n", file, line, what);
    return -1;
}

// Read the events array of a gold-format sentence into l.
static int read_events(json_t *arr, evlist *l, const char *file, size_t line)
{
    if (!json_is_array(arr)) return fail(file, line, "gold sentence has no \"events\" array");
    size_t i;
    json_t *o;
    json_array_foreach(arr, i, o)
    {
        ev e;
        if (!read_event(o, &e)) return fail(file, line, "event with an unknown CAMEO code");
        push_event(l, &e);
    }
    return 0;
}

typedef int (*json_line_fn)(json_t *o, const char *file, size_t line, void *ctx);

typedef struct eval_read {
    evalset *set;
    const char *split;
} eval_read;

// Call fn on each JSON object of a JSON Lines file ("-": stdin); blank lines
// are skipped; the first bad line or failing call stops with its file:line.
static int each_json_line(const char *file, json_line_fn fn, void *ctx)
{
    FILE *f = strcmp(file, "-") ? fopen(file, "r") : stdin;
    if (!f) {
        perror(file);
        return -1;
    }
    char *buf = NULL;
    size_t cap = 0, line = 0;
    int rc = 0;
    while (rc == 0 && getline(&buf, &cap, f) > 0) {
        line++;
        if (buf[strspn(buf, " \t\r\n")] == 0) continue;
        json_error_t je;
        json_t *o = json_loads(buf, 0, &je);
        if (!o) {
            rc = fail(file, line, je.text);
            break;
        }
        rc = fn(o, file, line, ctx);
        json_decref(o);
    }
    if (rc == 0 && ferror(f)) rc = fail(file, line + 1, strerror(errno));
    free(buf);
    if (f != stdin) fclose(f);
    return rc;
}

// One line of GOLD: a sentence, kept when it is in the split asked for.
static int gold_line(json_t *o, const char *file, size_t line, void *ctx)
{
    evalset *g = ((eval_read *)ctx)->set;
    const char *split = ((eval_read *)ctx)->split;
    const char *sp = json_string_value(json_object_get(o, "split"));
    if (split && strcmp(split, "all") && !(sp && !strcmp(sp, split))) return 0;
    g->s = grow(g->s, &g->cap, g->n, sizeof *g->s);
    sent *s = &g->s[g->n++];
    memset(s, 0, sizeof *s);
    copy_str(s->id, sizeof s->id, json_object_get(o, "id"));
    copy_str(s->story, sizeof s->story, json_object_get(o, "story"));
    copy_str(s->split, sizeof s->split, json_object_get(o, "split"));
    s->start = (long)json_integer_value(json_object_get(o, "start"));
    s->end = (long)json_integer_value(json_object_get(o, "end"));
    return read_events(json_object_get(o, "events"), &s->gold, file, line);
}

static sent *find_by_id(evalset *g, const char *id)
{
    for (size_t i = 0; i < g->n; i++)
        if (!strcmp(g->s[i].id, id)) return &g->s[i];
    return NULL;
}

// The gold sentence of story that holds character offset at; NULL if none.
// *known is set when the story has a gold sentence at all.
static sent *find_by_span(evalset *g, const char *story, long at, bool *known)
{
    *known = false;
    for (size_t i = 0; i < g->n; i++) {
        if (strcmp(g->s[i].story, story)) continue;
        *known = true;
        if (at >= g->s[i].start && at < g->s[i].end) return &g->s[i];
    }
    return NULL;
}

// Place one line of EVENTS: a gold-format sentence or one dyad event.
static int place(evalset *g, json_t *o, const char *file, size_t line)
{
    json_t *events = json_object_get(o, "events");
    if (events) {
        sent *s = find_by_id(g, json_string_value(json_object_get(o, "id")));
        return s ? read_events(events, &s->pred, file, line) : 0;
    }
    const char *story = json_string_value(json_object_get(o, "story_id"));
    json_t *span = json_object_get(o, "verb_span");
    if (!story) return fail(file, line, "neither a gold sentence nor an event (no story_id)");
    bool known;
    sent *s = find_by_span(g, story, (long)json_integer_value(json_array_get(span, 0)), &known);
    if (!s) {
        if (known) g->unplaced++;
        return 0;
    }
    ev e;
    if (!read_event(o, &e)) return fail(file, line, "event with an unknown CAMEO code");
    push_event(&s->pred, &e);
    return 0;
}

static int pred_line(json_t *o, const char *file, size_t line, void *ctx)
{
    if (json_object_get(o, "header")) return 0;  // dyad code --header: the run, no event
    return place(((eval_read *)ctx)->set, o, file, line);
}

// Does predicted event p match gold event q at level?
static bool match(const ev *q, const ev *p, int level)
{
    bool actors = level < 2 ? !strcmp(q->src, p->src) && !strcmp(q->tgt, p->tgt)
                            : !strncmp(q->src, p->src, 3) && !strncmp(q->tgt, p->tgt, 3);
    if (!actors) return false;
    for (int i = 0; i < q->ncode; i++) {
        const char *c = q->code[i];
        if (level == 0 && !strcmp(c, p->code[0])) return true;
        if ((level == 1 || level == 2) && !strncmp(c, p->code[0], 2)) return true;
        if (level == 3) {
            int quad = 0;
            double gs = 0;
            dyad_cameo_describe(c, &quad, &gs, NULL, NULL);
            if (quad == p->quad) return true;
        }
    }
    return false;
}

// Greedy one-to-one matching; marks gold events found in found[] (may be NULL)
// and predicted events used in used[]. Returns the number of matches.
static size_t match_sentence(const sent *s, int level, bool *found, bool *used)
{
    size_t tp = 0;
    memset(used, 0, s->pred.n * sizeof *used);
    for (size_t i = 0; i < s->gold.n; i++) {
        if (found) found[i] = false;
        for (size_t j = 0; j < s->pred.n; j++) {
            if (used[j] || !match(&s->gold.v[i], &s->pred.v[j], level)) continue;
            used[j] = true;
            if (found) found[i] = true;
            tp++;
            break;
        }
    }
    return tp;
}

static int root_of(const char *code) { return (code[0] - '0') * 10 + (code[1] - '0'); }

// A sentence's 5-way class: neutral when it has no event, else the quad
// class of its event with the largest absolute Goldstein value.
static int sentence_class(const evlist *l)
{
    int cls = 0;
    double best = -1;
    for (size_t i = 0; i < l->n; i++) {
        double a = l->v[i].goldstein < 0 ? -l->v[i].goldstein : l->v[i].goldstein;
        if (a > best) {
            best = a;
            cls = l->v[i].quad;
        }
    }
    return cls;
}

// tp counts matched gold events, ptp matched coded ones: equal overall, but
// a gold event whose alternative code matched falls under another root than
// the coded event that matched it.
typedef struct counts {
    size_t gold, pred, tp, ptp;
} counts;

typedef struct scores {
    counts level[LEVELS];
    counts root[ROOTS];
    size_t confusion[CLASSES][CLASSES];
    size_t empty, empty_hit, empty_events;
    size_t actor_errors[2];  // exact, 3-letter: a coded event with an unmatched
                             // gold event's root but other actors
} scores;

static void count_roots(const sent *s, scores *sc, bool *found, bool *used)
{
    match_sentence(s, 2, found, used);
    for (size_t i = 0; i < s->gold.n; i++) {
        int r = root_of(s->gold.v[i].code[0]);
        sc->root[r].gold++;
        if (found[i]) sc->root[r].tp++;
    }
    for (size_t j = 0; j < s->pred.n; j++) {
        int r = root_of(s->pred.v[j].code[0]);
        sc->root[r].pred++;
        if (used[j]) sc->root[r].ptp++;
    }
}

// After matching at `level`, pair each gold event left over with a coded
// one left over of the same root: the verb was found, the actors are wrong.
static size_t actor_errors(const sent *s, int level, bool *found, bool *used)
{
    match_sentence(s, level, found, used);
    size_t n = 0;
    for (size_t i = 0; i < s->gold.n; i++) {
        if (found[i]) continue;
        const ev *q = &s->gold.v[i];
        for (size_t j = 0; j < s->pred.n && !found[i]; j++) {
            if (used[j]) continue;
            for (int k = 0; k < q->ncode; k++)
                if (!strncmp(q->code[k], s->pred.v[j].code[0], 2)) {
                    used[j] = found[i] = true;
                    n++;
                    break;
                }
        }
    }
    return n;
}

static void score(const evalset *g, scores *sc)
{
    memset(sc, 0, sizeof *sc);
    for (size_t k = 0; k < g->n; k++) {
        const sent *s = &g->s[k];
        size_t n = s->gold.n > s->pred.n ? s->gold.n : s->pred.n;
        bool *found = calloc(n + 1, sizeof *found), *used = calloc(n + 1, sizeof *used);
        if (!found || !used) abort();
        for (int l = 0; l < LEVELS; l++) {
            sc->level[l].gold += s->gold.n;
            sc->level[l].pred += s->pred.n;
            size_t tp = match_sentence(s, l, NULL, used);
            sc->level[l].tp += tp;
            sc->level[l].ptp += tp;
        }
        sc->actor_errors[0] += actor_errors(s, 1, found, used);
        sc->actor_errors[1] += actor_errors(s, 2, found, used);
        count_roots(s, sc, found, used);
        sc->confusion[sentence_class(&s->gold)][sentence_class(&s->pred)]++;
        if (s->gold.n == 0) {
            sc->empty++;
            if (s->pred.n) sc->empty_hit++;
            sc->empty_events += s->pred.n;
        }
        free(found);
        free(used);
    }
}

static double ratio(size_t a, size_t b) { return b ? (double)a / (double)b : 0.0; }

static double f1(counts c)
{
    double p = ratio(c.ptp, c.pred), r = ratio(c.tp, c.gold);
    return p + r > 0 ? 2 * p * r / (p + r) : 0.0;
}

static void print_counts(const char *name, counts c)
{
    cli_printf("  %-30s %5zu %5zu %5zu  %5.3f %5.3f %5.3f\n", name, c.gold, c.pred, c.tp,
               ratio(c.ptp, c.pred), ratio(c.tp, c.gold), f1(c));
}

// Accuracy and Cohen's kappa of the 5-way sentence classes.
static void print_classes(const scores *sc, size_t n)
{
    size_t agree = 0;
    double pe = 0;
    for (int i = 0; i < CLASSES; i++) {
        size_t row = 0, col = 0;
        for (int j = 0; j < CLASSES; j++) {
            row += sc->confusion[i][j];
            col += sc->confusion[j][i];
        }
        agree += sc->confusion[i][i];
        pe += ratio(row, n) * ratio(col, n);
    }
    double po = ratio(agree, n);
    double kappa = pe < 1 ? (po - pe) / (1 - pe) : 1.0;
    cli_printf("5-way class (");
    for (int i = 0; i < CLASSES; i++) cli_printf("%s%s", i ? ", " : "", class_name[i]);
    cli_printf("): accuracy %.3f, Cohen's kappa %.3f\n", po, kappa);
}

// The bytes of characters [start, end) of UTF-8 text, copied; NULL if out of range.
static char *slice_chars(const char *text, long start, long end)
{
    const unsigned char *p = (const unsigned char *)text;
    const unsigned char *from = NULL;
    long k = 0;
    for (; *p; p++) {
        if ((*p & 0xC0) == 0x80) continue;
        if (k == start) from = p;
        if (k == end) break;
        k++;
    }
    if (!from || k < end) return NULL;
    return strndup((const char *)from, (size_t)(p - from));
}

// --stories FILE: the JSON Lines stories that were coded; keeps the text of
// each gold sentence for the details.
static int story_line(json_t *o, const char *file, size_t line, void *ctx)
{
    evalset *g = ((eval_read *)ctx)->set;
    const char *id = json_string_value(json_object_get(o, "id"));
    const char *text = json_string_value(json_object_get(o, "text"));
    for (size_t i = 0; id && text && i < g->n; i++)
        if (!strcmp(g->s[i].story, id) && !g->s[i].text)
            g->s[i].text = slice_chars(text, g->s[i].start, g->s[i].end);
    return 0;
}

static void print_event(const char *mark, const ev *e)
{
    cli_printf("    %s %s -> %s %s", mark, e->src[0] ? e->src : "?", e->tgt[0] ? e->tgt : "?",
               e->code[0]);
    for (int i = 1; i < e->ncode; i++) cli_printf("%s%s", i == 1 ? " (or " : "/", e->code[i]);
    cli_printf("%s\n", e->ncode > 1 ? ")" : "");
}

static void print_details(const evalset *g, size_t max)
{
    size_t shown = 0;
    cli_printf("\nwrong sentences (root code, 3-letter actors; - missed, + spurious):\n");
    for (size_t k = 0; k < g->n && shown < max; k++) {
        const sent *s = &g->s[k];
        size_t n = (s->gold.n > s->pred.n ? s->gold.n : s->pred.n) + 1;
        bool *found = calloc(n, sizeof *found), *used = calloc(n, sizeof *used);
        if (!found || !used) abort();
        size_t tp = match_sentence(s, 2, found, used);
        if (tp != s->gold.n || tp != s->pred.n) {
            cli_printf("  %s %s [%ld,%ld)\n", s->id, s->story, s->start, s->end);
            if (s->text) cli_printf("    %s\n", s->text);
            for (size_t i = 0; i < s->gold.n; i++)
                if (!found[i]) print_event("-", &s->gold.v[i]);
            for (size_t j = 0; j < s->pred.n; j++)
                if (!used[j]) print_event("+", &s->pred.v[j]);
            shown++;
        }
        free(found);
        free(used);
    }
}

static void report(const evalset *g, const scores *sc, const char *gold, const char *split)
{
    cli_printf("dyad eval: %s, split %s: %zu sentences\n", gold, split, g->n);
    cli_printf("  %-30s %5s %5s %5s  %5s %5s %5s\n", "level", "gold", "coded", "match", "P", "R",
               "F1");
    for (int l = 0; l < LEVELS; l++) print_counts(level_name[l], sc->level[l]);
    print_classes(sc, g->n);
    cli_printf("must-be-empty sentences: %zu, with events: %zu (%zu events)\n", sc->empty,
               sc->empty_hit, sc->empty_events);
    cli_printf("actor errors (a gold event's root coded with other actors): %zu at exact "
               "actors, %zu at 3-letter actors\n",
               sc->actor_errors[0], sc->actor_errors[1]);
    if (g->unplaced)
        cli_printf("events of gold stories outside the gold sentences (ignored): %zu\n",
                   g->unplaced);
    cli_printf("per root (root code, 3-letter actors):\n");
    cli_printf("  %-30s %5s %5s %5s  %5s %5s %5s\n", "root", "gold", "coded", "match", "P", "R",
               "F1");
    for (int r = 1; r < ROOTS; r++) {
        char name[8];
        snprintf(name, sizeof name, "%02d", r);
        if (sc->root[r].gold || sc->root[r].pred) print_counts(name, sc->root[r]);
    }
}

static void free_set(evalset *g)
{
    for (size_t i = 0; i < g->n; i++) {
        free(g->s[i].gold.v);
        free(g->s[i].pred.v);
        free(g->s[i].text);
    }
    free(g->s);
}

static void usage(FILE *f)
{
    fprintf(
        f,
        "usage: dyad eval GOLD EVENTS [--split tune|test|all] [--details N] [--min-f1 X]\n"
        "                 [--stories STORIES.jsonl]\n"
        "  scores EVENTS (dyad's event lines, or a second gold-format file: agreement)\n"
        "  against GOLD at four levels, with the 5-way class accuracy and a per-root table;\n"
        "  the last line gives F1 at root code with 3-letter actors. --min-f1 exits 1 below X.\n");
}

int cmd_eval(int argc, char **argv)
{
    const char *files[2] = {0}, *split = "all", *stories = NULL;
    size_t nfiles = 0, details = 0;
    double min_f1 = -1;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        if (!strcmp(a, "--help") || !strcmp(a, "-h")) {
            usage(stdout);
            return 0;
        } else if (!strcmp(a, "--split") && i + 1 < argc) {
            split = argv[++i];
        } else if (!strcmp(a, "--details") && i + 1 < argc) {
            details = strtoul(argv[++i], NULL, 10);
        } else if (!strcmp(a, "--stories") && i + 1 < argc) {
            stories = argv[++i];
        } else if (!strcmp(a, "--min-f1") && i + 1 < argc) {
            min_f1 = strtod(argv[++i], NULL);
        } else if (a[0] == '-' && a[1] && nfiles < 2) {
            fprintf(stderr, "dyad eval: unknown option %s\n", a);
            usage(stderr);
            return 2;
        } else if (nfiles < 2) {
            files[nfiles++] = a;
        } else {
            usage(stderr);
            return 2;
        }
    }
    if (nfiles != 2) {
        usage(stderr);
        return 2;
    }
    if (strcmp(split, "tune") && strcmp(split, "test") && strcmp(split, "all")) {
        fprintf(stderr, "dyad eval: --split must be tune, test or all, not '%s'\n", split);
        return 2;
    }
    evalset g = {0};
    eval_read rd = {.set = &g, .split = split};
    if (each_json_line(files[0], gold_line, &rd) < 0 ||
        each_json_line(files[1], pred_line, &rd) < 0 ||
        (stories && each_json_line(stories, story_line, &rd) < 0)) {
        free_set(&g);
        return 1;
    }
    scores sc;
    score(&g, &sc);
    report(&g, &sc, files[0], split);
    if (details) print_details(&g, details);
    counts c = sc.level[2];
    double f = f1(c);
    cli_printf(
        "eval: F1 %.3f, P %.3f, R %.3f (root code, 3-letter actors; %zu gold, %zu coded, %zu "
        "sentences)\n",
        f, ratio(c.tp, c.pred), ratio(c.tp, c.gold), c.gold, c.pred, g.n);
    free_set(&g);
    if (cli_out_flush() < 0) return 1;  // main reports it
    return min_f1 >= 0 && f < min_f1 ? 1 : 0;
}
