// bench.c: dyad's benchmark. Uses only the public API (dyad.h).
//
//   build/bench [PETRARCH_DIR]      (default ../shared/petrarch)
//
// Measures:
//   1. loading the full Phoenix dictionary set (median of 5 fresh loads,
//      each dyad_dict_new + 7 loads + dyad_dict_free);
//   2. peak memory after loading it, in a separate child process (this
//      program re-run with --load-only) that loads nothing else; the child's
//      ru_maxrss is reported, with its ru_maxrss before loading for reference;
//   3. coding throughput: every record of PETR.UnitTest.records.xml, held in
//      memory, coded over and over for >= 3 s of wall time on one core, once
//      with the PETR.Validate dictionaries its <Environment> names and once
//      with the Phoenix set.
//   4. end to end on ../shared/corpus (all *.jsonl.gz): reading gzip JSON
//      Lines stories, splitting, tokenising, skipping what cannot give an
//      event, parsing and coding with the Phoenix set, in a child process
//      (this program re-run with --corpus) whose ru_maxrss is the peak
//      memory of the whole run; sentences/s and MB/s of story text exclude
//      the dictionary load, which is timed on its own.
// Prints machine info and one table: metric, value, target, ok/short.
#include "dyad.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include <sys/resource.h>

#define LOAD_RUNS 5
#define CODE_SECONDS 3.0
#define TARGET_LOAD_S 0.3
#define TARGET_RATE 50000.0
#define TARGET_E2E_RATE 20000.0
#define TARGET_E2E_MBS 2.5
#define TARGET_E2E_MIB 64.0

static double now(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

static long maxrss_kib(void) {
    struct rusage ru;
    getrusage(RUSAGE_SELF, &ru);
    return ru.ru_maxrss;  // KiB on Linux
}

static size_t n_diags;
static void count_diag(void *ctx, const dyad_error *d) {
    (void)ctx;
    (void)d;
    n_diags++;
}

static char *dyad__xstrdup(const char *s) {
    if (!s) return NULL;
    size_t n = strlen(s);
    char *p = malloc(n + 1);
    if (!p) { fprintf(stderr, "bench: out of memory\n"); exit(1); }
    memcpy(p, s, n + 1);
    return p;
}

static char *xmemdup(const char *s, size_t n) {
    if (!s) return NULL;
    char *p = malloc(n + 1);
    if (!p) { fprintf(stderr, "bench: out of memory\n"); exit(1); }
    memcpy(p, s, n);
    p[n] = '\0';
    return p;
}

// ---------------------------------------------------------------- dictionaries

static int load_one(dyad_dict *d, dyad_dict_kind kind, const char *dir,
                    const char *name) {
    char path[4096];
    snprintf(path, sizeof path, "%s/%s", dir, name);
    dyad_error err = {0};
    int rc = dyad_dict_load(d, kind, path, count_diag, NULL, &err);
    if (rc < 0) {
        fprintf(stderr, "bench: cannot load %s: ", path);
        dyad_error_print(&err, stderr);
        return -1;
    }
    return 0;
}

// The Phoenix set of a PETRARCH dictionary folder (or the folder's
// PETR_config.ini, for dyad's own dictionaries).
static dyad_dict *load_dir(const char *dictdir) {
    dyad_dict *d = dyad_dict_new();
    dyad_error err = {0};
    if (dyad_dict_load_dir(d, dictdir, count_diag, NULL, &err) < 0) {
        fprintf(stderr, "bench: cannot load %s: ", dictdir);
        dyad_error_print(&err, stderr);
        dyad_dict_free(d);
        return NULL;
    }
    return d;
}

static int cmp_double(const void *a, const void *b) {
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

// ---------------------------------------------------------------- records

typedef struct {
    dyad_record *recs;
    size_t n;
} corpus;

static int read_corpus(const char *path, corpus *c, dyad_dict *validate_dict,
                       const char *dictdir) {
    dyad_error err = {0};
    dyad_reader *r = dyad_reader_open(path, DYAD_FORMAT_AUTO, &err);
    if (!r) {
        fprintf(stderr, "bench: cannot open %s: ", path);
        dyad_error_print(&err, stderr);
        return -1;
    }
    size_t cap = 0;
    c->recs = NULL;
    c->n = 0;
    int env_loaded = 0;
    for (;;) {
        const dyad_record *rec = NULL;
        int rc = dyad_reader_next(r, &rec, &err);
        if (rc == 0) break;
        if (!env_loaded) {
            // The <Environment> precedes the records: load what it names.
            const dyad_environment *env = dyad_reader_environment(r);
            int bad = 0;
            if (env->verbfile)
                bad |= load_one(validate_dict, DYAD_DICT_VERBS, dictdir, env->verbfile);
            for (size_t i = 0; i < env->n_actorfiles; i++)
                bad |= load_one(validate_dict, DYAD_DICT_ACTORS, dictdir, env->actorfiles[i]);
            if (env->agentfile)
                bad |= load_one(validate_dict, DYAD_DICT_AGENTS, dictdir, env->agentfile);
            if (env->discardfile)
                bad |= load_one(validate_dict, DYAD_DICT_DISCARDS, dictdir, env->discardfile);
            if (env->issuefile)
                bad |= load_one(validate_dict, DYAD_DICT_ISSUES, dictdir, env->issuefile);
            if (bad) { dyad_reader_close(r); return -1; }
            env_loaded = 1;
        }
        if (rc < 0) continue;  // a bad record: skip it, as the CLI does
        if (c->n == cap) {
            cap = cap ? cap * 2 : 256;
            c->recs = realloc(c->recs, cap * sizeof *c->recs);
            if (!c->recs) { fprintf(stderr, "bench: out of memory\n"); exit(1); }
        }
        dyad_record *d = &c->recs[c->n++];
        memset(d, 0, sizeof *d);
        d->id = dyad__xstrdup(rec->id);
        d->story_id = dyad__xstrdup(rec->story_id ? rec->story_id : rec->id);
        d->category = dyad__xstrdup(rec->category ? rec->category : "");
        d->date = rec->date;
        d->text = xmemdup(rec->text ? rec->text : "", rec->text ? rec->text_len : 0);
        d->text_len = rec->text ? rec->text_len : 0;
        d->parse = rec->parse ? xmemdup(rec->parse, rec->parse_len) : NULL;
        d->parse_len = rec->parse ? rec->parse_len : 0;
        d->file = dyad__xstrdup(path);
        d->line = rec->line;
        d->parse_line = rec->parse_line;
        d->is_sentence = rec->is_sentence;
    }
    dyad_reader_close(r);
    return 0;
}

// Code the whole corpus repeatedly for >= CODE_SECONDS; sentences per second.
static double code_rate(const dyad_dict *dict, const corpus *c, size_t *passes_out,
                        size_t *events_out) {
    dyad_options opts = DYAD_OPTIONS_INIT;
    dyad_coder *coder = dyad_coder_new(dict, &opts);
    if (!coder) return -1;
    // One warm-up pass (page faults, caches), not timed.
    size_t events = 0;
    for (size_t i = 0; i < c->n; i++) {
        const dyad_result *res = NULL;
        dyad_error err = {0};
        dyad_code_record(coder, &c->recs[i], &res, &err);
    }
    size_t coded = 0, passes = 0;
    double t0 = now(), t;
    do {
        for (size_t i = 0; i < c->n; i++) {
            const dyad_result *res = NULL;
            dyad_error err = {0};
            dyad_code_record(coder, &c->recs[i], &res, &err);
            if (res) events += res->n_events;
        }
        coded += c->n;
        passes++;
        t = now();
    } while (t - t0 < CODE_SECONDS);
    dyad_coder_free(coder);
    *passes_out = passes;
    *events_out = passes ? events / passes : 0;
    return (double)coded / (t - t0);
}

// ---------------------------------------------------------------- memory child

// Child mode: print "<maxrss before> <maxrss after>" in KiB, nothing else loaded.
static int load_only(const char *dictdir) {
    long before = maxrss_kib();
    dyad_dict *d = load_dir(dictdir);
    if (!d) return 1;
    long after = maxrss_kib();
    printf("%ld %ld\n", before, after);
    dyad_dict_free(d);
    return 0;
}

static int measure_memory(const char *dictdir, long *before, long *after) {
    char self[4096];
    ssize_t n = readlink("/proc/self/exe", self, sizeof self - 1);
    if (n <= 0) return -1;
    self[n] = '\0';
    char cmd[9000];
    snprintf(cmd, sizeof cmd, "'%s' --load-only '%s'", self, dictdir);
    FILE *p = popen(cmd, "r");
    if (!p) return -1;
    int ok = fscanf(p, "%ld %ld", before, after) == 2;
    int st = pclose(p);
    return ok && st == 0 ? 0 : -1;
}

// ---------------------------------------------------------------- end to end

typedef struct e2e {
    double seconds, load;
    long rss_kib;
    unsigned long stories, sentences, parsed, skipped, too_long, timeouts, events, bytes, files, bad;
} e2e;

static int count_sentence(void *ctx, const dyad_record *s, const dyad_result *r) {
    (void)ctx; (void)s; (void)r;
    return 0;
}

// Child mode: code every *.jsonl.gz of `corpus`; print one line of numbers.
static int corpus_only(const char *corpus, const char *dictdir) {
    double t0 = now();
    dyad_dict *d = load_dir(dictdir);
    if (!d) return 1;
    double t1 = now();
    dyad_options opts = DYAD_OPTIONS_INIT;
    dyad_options_news(&opts, true);  // dyad code's defaults
    dyad_coder *coder = dyad_coder_new(d, &opts);
    char cmd[4200];
    snprintf(cmd, sizeof cmd, "ls '%s'/*.jsonl.gz 2>/dev/null", corpus);
    FILE *ls = popen(cmd, "r");
    char path[4096];
    unsigned long files = 0, bad = 0;
    while (ls && fgets(path, sizeof path, ls)) {
        path[strcspn(path, "\n")] = 0;
        dyad_error err = {0};
        dyad_reader *r = dyad_reader_open(path, DYAD_FORMAT_AUTO, &err);
        if (!r) { bad++; continue; }
        files++;
        const dyad_record *rec;
        int rc;
        while ((rc = dyad_reader_next(r, &rec, &err)) != 0) {
            if (rc < 0) { bad++; continue; }
            if (dyad_code_story(coder, rec, count_sentence, NULL, &err) < 0) bad++;
        }
        dyad_reader_close(r);
    }
    if (ls) pclose(ls);
    double t2 = now();
    dyad_coder_stats st;
    dyad_coder_get_stats(coder, &st);
    printf("%.3f %.3f %ld %zu %zu %zu %zu %zu %zu %zu %zu %lu %lu\n", t2 - t1, t1 - t0,
           maxrss_kib(), st.stories, st.sentences, st.parsed, st.skipped, st.too_long,
           st.timeouts, st.events, st.bytes, files, bad);
    dyad_coder_free(coder);
    dyad_dict_free(d);
    return 0;
}

static int measure_corpus(const char *corpus, const char *dictdir, e2e *out) {
    char self[4096];
    ssize_t n = readlink("/proc/self/exe", self, sizeof self - 1);
    if (n <= 0) return -1;
    self[n] = '\0';
    char cmd[13000];
    snprintf(cmd, sizeof cmd, "'%s' --corpus '%s' '%s'", self, corpus, dictdir);
    FILE *p = popen(cmd, "r");
    if (!p) return -1;
    int k = fscanf(p, "%lf %lf %ld %lu %lu %lu %lu %lu %lu %lu %lu %lu %lu", &out->seconds,
                   &out->load, &out->rss_kib, &out->stories, &out->sentences, &out->parsed,
                   &out->skipped, &out->too_long, &out->timeouts, &out->events, &out->bytes,
                   &out->files, &out->bad);
    int st = pclose(p);
    return k == 13 && st == 0 && out->files > 0 ? 0 : -1;
}

// ---------------------------------------------------------------- main

static void machine_info(void) {
    char model[256] = "unknown";
    FILE *f = fopen("/proc/cpuinfo", "r");
    if (f) {
        char line[512];
        while (fgets(line, sizeof line, f))
            if (strncmp(line, "model name", 10) == 0) {
                char *v = strchr(line, ':');
                if (v) {
                    v++;
                    while (*v == ' ' || *v == '\t') v++;
                    v[strcspn(v, "\n")] = '\0';
                    snprintf(model, sizeof model, "%s", v);
                }
                break;
            }
        fclose(f);
    }
    long cores = sysconf(_SC_NPROCESSORS_ONLN);
    char date[64] = "";
    time_t t = time(NULL);
    struct tm tm;
    if (localtime_r(&t, &tm)) strftime(date, sizeof date, "%Y-%m-%d %H:%M:%S %Z", &tm);
    printf("dyad %s benchmark\n", DYAD_VERSION);
    printf("machine: %s, %ld cores online (coding uses 1)\n", model, cores);
    printf("date:    %s\n\n", date);
}

int main(int argc, char **argv) {
    const char *petr = "../shared/petrarch";
    if (argc >= 3 && strcmp(argv[1], "--load-only") == 0) return load_only(argv[2]);
    if (argc >= 4 && strcmp(argv[1], "--corpus") == 0) return corpus_only(argv[2], argv[3]);
    if (argc >= 2) petr = argv[1];

    char dictdir[4096], records[4096];
    snprintf(dictdir, sizeof dictdir, "%s/dictionaries", petr);
    snprintf(records, sizeof records, "%s/text/PETR.UnitTest.records.xml", petr);

    machine_info();

    // 1. Peak memory, in a child process that loads only the Phoenix set.
    long rss0 = 0, rss1 = 0;
    int mem_ok = measure_memory(dictdir, &rss0, &rss1) == 0;

    // 2. Load time: median of 5 fresh new + loads + free.
    double times[LOAD_RUNS];
    dyad_dict_stats st = {0};
    for (int i = 0; i < LOAD_RUNS; i++) {
        n_diags = 0;
        double t0 = now();
        dyad_dict *d = load_dir(dictdir);
        if (!d) return 1;
        if (i == 0) dyad_dict_get_stats(d, &st);
        dyad_dict_free(d);
        times[i] = now() - t0;
    }
    size_t load_diags = n_diags;
    qsort(times, LOAD_RUNS, sizeof times[0], cmp_double);
    double load_s = times[LOAD_RUNS / 2];

    // 3. Coding.
    dyad_dict *vdict = dyad_dict_new();
    corpus c;
    if (read_corpus(records, &c, vdict, dictdir) < 0) return 1;
    size_t vpasses = 0, vevents = 0;
    double vrate = code_rate(vdict, &c, &vpasses, &vevents);

    dyad_dict *pdict = load_dir(dictdir);
    if (!pdict) return 1;
    size_t ppasses = 0, pevents = 0;
    double prate = code_rate(pdict, &c, &ppasses, &pevents);

    printf("Phoenix set: %zu verb forms, %zu patterns, %zu synsets, %zu actors "
           "(%zu phrases), %zu agents, %zu discards, %zu issues; %zu diagnostics\n",
           st.verbs, st.patterns, st.synsets, st.actors, st.actor_phrases, st.agents,
           st.discards, st.issues, load_diags);
    printf("load runs (s, sorted):");
    for (int i = 0; i < LOAD_RUNS; i++) printf(" %.3f", times[i]);
    printf("\n");
    if (mem_ok)
        printf("memory: child process loading only the Phoenix set; ru_maxrss "
               "%.1f MiB before loading, %.1f MiB after\n",
               rss0 / 1024.0, rss1 / 1024.0);
    printf("corpus: %zu records of %s, coded %zu passes (Validate dicts, %zu events/pass), "
           "%zu passes (Phoenix, %zu events/pass), >= %.0f s each\n\n",
           c.n, records, vpasses, vevents, ppasses, pevents, CODE_SECONDS);

    printf("| %-40s | %16s | %12s | %-5s |\n", "metric", "value", "target", "");
    printf("|%s|%s|%s|%s|\n", "------------------------------------------",
           "------------------", "--------------", "-------");
    char v[64];
    snprintf(v, sizeof v, "%.3f s", load_s);
    printf("| %-40s | %16s | %12s | %-5s |\n", "Phoenix load (median of 5)", v,
           "<= 0.3 s", load_s <= TARGET_LOAD_S ? "ok" : "short");
    if (mem_ok) snprintf(v, sizeof v, "%.1f MiB", rss1 / 1024.0);
    else snprintf(v, sizeof v, "n/a");
    printf("| %-40s | %16s | %12s | %-5s |\n", "Phoenix peak RSS after load (child)", v,
           "-", "-");
    snprintf(v, sizeof v, "%.0f /s", vrate);
    printf("| %-40s | %16s | %12s | %-5s |\n", "coding, PETR.Validate dicts (1 core)", v,
           ">= 50,000/s", vrate >= TARGET_RATE ? "ok" : "short");
    snprintf(v, sizeof v, "%.0f /s", prate);
    printf("| %-40s | %16s | %12s | %-5s |\n", "coding, Phoenix dicts (1 core)", v,
           ">= 50,000/s", prate >= TARGET_RATE ? "ok" : "short");

    // 4. End to end on the corpus.
    char corpus_dir[4200];
    snprintf(corpus_dir, sizeof corpus_dir, "%s/../corpus", petr);
    e2e e = {0};
    if (measure_corpus(corpus_dir, dictdir, &e) == 0) {
        double rate = e.sentences / e.seconds, mbs = e.bytes / 1e6 / e.seconds;
        double mib = e.rss_kib / 1024.0;
        snprintf(v, sizeof v, "%.0f /s", rate);
        printf("| %-40s | %16s | %12s | %-5s |\n", "end to end, corpus sentences (1 core)", v,
               ">= 20,000/s", rate >= TARGET_E2E_RATE ? "ok" : "short");
        snprintf(v, sizeof v, "%.2f MB/s", mbs);
        printf("| %-40s | %16s | %12s | %-5s |\n", "end to end, corpus text", v, ">= 2.5 MB/s",
               mbs >= TARGET_E2E_MBS ? "ok" : "short");
        snprintf(v, sizeof v, "%.1f MiB", mib);
        printf("| %-40s | %16s | %12s | %-5s |\n", "end to end, peak RSS (whole run)", v,
               "<= 64 MiB", mib <= TARGET_E2E_MIB ? "ok" : "short");
        snprintf(v, sizeof v, "%.1f %% / %.1f %%", 100.0 * e.parsed / (e.sentences + 1e-9),
                 100.0 * e.skipped / (e.sentences + 1e-9));
        printf("| %-40s | %16s | %12s | %-5s |\n", "end to end, parsed / skipped", v, "-", "-");
        snprintf(v, sizeof v, "%.1f", 1000.0 * e.events / (e.sentences + 1e-9));
        printf("| %-40s | %16s | %12s | %-5s |\n", "end to end, events per 1,000 sentences", v,
               "-", "-");
        printf("\ncorpus: %lu files, %lu stories, %lu sentences (%lu parsed, %lu skipped, "
               "%lu too long, %lu timeouts), %lu events, %.1f MB of text in %.2f s "
               "(+ %.3f s dictionary load); %lu unreadable\n",
               e.files, e.stories, e.sentences, e.parsed, e.skipped, e.too_long, e.timeouts,
               e.events, e.bytes / 1e6, e.seconds, e.load, e.bad);
    } else {
        printf("\ncorpus: %s not found or unreadable; end-to-end rows skipped\n", corpus_dir);
    }
    // 5. The same with dyad's own dictionaries (dictionaries/ of the checkout).
    e2e o = {0};
    if (e.files && measure_corpus(corpus_dir, "dictionaries", &o) == 0) {
        printf("own dictionaries: %lu sentences in %.2f s (%.0f /s, %.2f MB/s), %lu parsed, "
               "%lu skipped, %lu events (%.1f per 1,000 sentences; Phoenix %.1f, %+.0f %%), "
               "peak RSS %.1f MiB, load %.3f s\n",
               o.sentences, o.seconds, o.sentences / o.seconds, o.bytes / 1e6 / o.seconds,
               o.parsed, o.skipped, o.events, 1000.0 * o.events / (o.sentences + 1e-9),
               1000.0 * e.events / (e.sentences + 1e-9),
               100.0 * ((double)o.events / (o.sentences + 1e-9) / ((double)e.events / (e.sentences + 1e-9)) - 1),
               o.rss_kib / 1024.0, o.load);
    }

    dyad_dict_free(pdict);
    dyad_dict_free(vdict);
    for (size_t i = 0; i < c.n; i++) {
        dyad_record *d = &c.recs[i];
        free((char *)d->id); free((char *)d->story_id); free((char *)d->category);
        free((char *)d->text); free((char *)d->parse); free((char *)d->file);
    }
    free(c.recs);
    return 0;
}
