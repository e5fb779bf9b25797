// scale.c: inputs and a timer for bench/run.sh's scaling lines. Uses only
// the public API (dyad.h).
//
//   build/bench-scale xml DICTDIR OUT.xml FILE...
//       The stories of FILE... (any input dyad reads) as one PETRARCH XML
//       file: each sentence of each story, as dyad splits it, becomes a
//       <Sentence> record with <Text> and no <Parse>, so `dyad code` parses
//       and codes the same sentences it codes in the stories. Stories a
//       story discard phrase discards give no records (they give no events
//       either). A record needs a date: an undated story's sentences get
//       20000101.
//   build/bench-scale long DICTDIR ONE.jsonl SPLIT.jsonl BYTES FILE...
//       The first sentences of FILE..., about BYTES of text: all in one
//       story on one JSON line (ONE.jsonl), and each as a story of its own
//       (SPLIT.jsonl). Stories with a story discard phrase are left out, or
//       one would discard the whole long story.
//   build/bench-scale time CMD [ARG...]
//       Runs CMD (stderr to /dev/null); prints "SECONDS KIB EXIT LINES": wall
//       time, peak resident memory (ru_maxrss of the child), its status and
//       the lines it wrote to stdout.
#include "dyad.h"

#include <fcntl.h>
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + ts.tv_nsec * 1e-9;
}

static void quiet(void *ctx, const dyad_error *e)
{
    (void)ctx;
    (void)e;
}

// ---------------------------------------------------------------- sentences

typedef struct gen {
    FILE *xml, *one, *split;
    size_t limit, bytes, n;  // long: text bytes wanted and written, sentences
    int32_t story_date;
} gen;

static void xml_text(FILE *f, const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == '&') fputs("&amp;", f);
        else if (c == '<') fputs("&lt;", f);
        else if (c == '>') fputs("&gt;", f);
        else if (c < 0x20 && c != '\n' && c != '\t') fputc(' ', f);  // not XML 1.0
        else fputc(c, f);
    }
}

static int on_sentence(void *ctx, const dyad_record *s, const dyad_result *r)
{
    (void)r;
    gen *g = ctx;
    if (g->xml) {
        int32_t d = s->date ? s->date : 20000101;
        fprintf(g->xml, "<Sentence date=\"%08d\" id=\"", (int)d);
        xml_text(g->xml, s->id, strlen(s->id));
        fputs("\" source=\"corpus\">\n<Text>\n", g->xml);
        xml_text(g->xml, s->text, s->text_len);
        fputs("\n</Text>\n</Sentence>\n", g->xml);
        return 0;
    }
    if (g->bytes >= g->limit) return 1;
    // one story: sentences joined by a blank, as one JSON string written
    // piece by piece; split: one JSON line each
    json_t *t = json_stringn_nocheck(s->text, s->text_len);
    char *q = json_dumps(t, JSON_ENCODE_ANY);
    json_decref(t);
    if (!q) return 0;  // not UTF-8: left out
    size_t qn = strlen(q);
    if (g->n) fputc(' ', g->one);
    fwrite(q + 1, 1, qn - 2, g->one);  // without its quotes
    fprintf(g->split, "{\"id\":\"s%zu\",\"date\":\"2024-01-01\",\"text\":%s}\n", g->n, q);
    free(q);
    g->bytes += s->text_len + 1;
    g->n++;
    return 0;
}

// Every sentence of every story of the files that DICTDIR's story discard
// phrases keep, in order, to on_sentence. A coder whose max_tokens is 1
// gives each sentence without parsing it.
static int each_sentence(const char *dictdir, char **files, int n, gen *g)
{
    dyad_dict *d = dyad_dict_new();
    char ini[4096];
    snprintf(ini, sizeof ini, "%s/PETR_config.ini", dictdir);
    dyad_error lerr = {0};
    if (dyad_dict_load_config(d, ini, NULL, quiet, NULL, &lerr) < 0) {
        dyad_error_print(&lerr, stderr);
        dyad_dict_free(d);
        return 1;
    }
    dyad_options o = DYAD_OPTIONS_INIT;
    o.max_tokens = 1;
    dyad_coder *c = dyad_coder_new(d, &o);
    dyad_coder_on_diag(c, quiet, NULL);
    int rc = 0;
    for (int i = 0; i < n && !rc && (!g->limit || g->bytes < g->limit); i++) {
        dyad_error err = {0};
        dyad_reader *r = dyad_reader_open(files[i], DYAD_FORMAT_AUTO, &err);
        if (!r) {
            dyad_error_print(&err, stderr);
            rc = 1;
            break;
        }
        const dyad_record *rec;
        int k;
        while ((k = dyad_reader_next(r, &rec, &err)) != 0) {
            if (k < 0 || !rec->is_story) continue;
            if (g->limit && g->bytes >= g->limit) break;
            dyad_code_story(c, rec, on_sentence, g, &err);
        }
        dyad_reader_close(r);
    }
    dyad_coder_free(c);
    dyad_dict_free(d);
    return rc;
}

static int make_xml(const char *dictdir, const char *out, char **files, int n)
{
    gen g = {0};
    g.xml = fopen(out, "w");
    if (!g.xml) {
        perror(out);
        return 1;
    }
    fputs("<Sentences>\n", g.xml);
    int rc = each_sentence(dictdir, files, n, &g);
    fputs("</Sentences>\n", g.xml);
    if (fclose(g.xml) != 0) rc = 1;
    return rc;
}

static int make_long(const char *dictdir, const char *one, const char *split, size_t bytes, char **files, int n)
{
    gen g = {0};
    g.limit = bytes;
    g.one = fopen(one, "w");
    g.split = fopen(split, "w");
    if (!g.one || !g.split) {
        perror(!g.one ? one : split);
        return 1;
    }
    fputs("{\"id\":\"one\",\"date\":\"2024-01-01\",\"text\":\"", g.one);
    int rc = each_sentence(dictdir, files, n, &g);
    fputs("\"}\n", g.one);
    if (fclose(g.one) != 0 || fclose(g.split) != 0) rc = 1;
    fprintf(stderr, "%zu sentences, %zu bytes of text\n", g.n, g.bytes);
    return rc;
}

// ---------------------------------------------------------------- timer

static int time_cmd(char **argv)
{
    int fds[2];
    if (pipe(fds) < 0) {
        perror("pipe");
        return 1;
    }
    double t0 = now();
    pid_t pid = fork();
    if (pid < 0) {
        perror("fork");
        return 1;
    }
    if (pid == 0) {
        int fd = open("/dev/null", O_WRONLY);
        if (fd >= 0) dup2(fd, 2);
        dup2(fds[1], 1);
        close(fds[0]);
        close(fds[1]);
        execvp(argv[0], argv);
        _exit(127);
    }
    close(fds[1]);
    char buf[65536];
    ssize_t got;
    long lines = 0;
    while ((got = read(fds[0], buf, sizeof buf)) > 0)
        for (ssize_t i = 0; i < got; i++) lines += buf[i] == '\n';
    close(fds[0]);
    int status = 0;
    struct rusage ru;
    if (waitpid(pid, &status, 0) < 0 || getrusage(RUSAGE_CHILDREN, &ru) < 0) {
        perror("waitpid");
        return 1;
    }  // the only child: the largest child's peak is its peak
    double t = now() - t0;
    int code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    printf("%.2f %ld %d %ld\n", t, (long)ru.ru_maxrss, code, lines);
    return 0;
}

int main(int argc, char **argv)
{
    if (argc >= 5 && !strcmp(argv[1], "xml"))
        return make_xml(argv[2], argv[3], argv + 4, argc - 4);
    if (argc >= 7 && !strcmp(argv[1], "long"))
        return make_long(argv[2], argv[3], argv[4], (size_t)strtoull(argv[5], NULL, 10),
                         argv + 6, argc - 6);
    if (argc >= 3 && !strcmp(argv[1], "time")) return time_cmd(argv + 2);
    fputs("usage: bench-scale xml DICTDIR OUT.xml FILE...\n"
          "       bench-scale long DICTDIR ONE.jsonl SPLIT.jsonl BYTES FILE...\n"
          "       bench-scale time CMD [ARG...]\n", stderr);
    return 2;
}
