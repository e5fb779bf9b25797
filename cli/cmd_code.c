// cmd_code.c: "dyad code": records in, events out (JSON Lines or TSV).
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "cli.h"

typedef struct code_opts {
    cli_dicts dicts;
    bool tsv;
    bool stats;
    const char **files;
    int n_files;
} code_opts;

static void code_usage(FILE *out)
{
    fputs("usage: dyad code [options] [FILE...]\n"
          "  --dictionaries DIR   dictionary folder (default: dictionaries/)\n"
          "  --config FILE        a PETR_config.ini whose [Dictionaries] names the files\n"
          "  --format jsonl|tsv   output format (default jsonl)\n"
          "  --stats              print counts and speed to stderr\n",
          out);
}

static int parse_args(int argc, char **argv, code_opts *o)
{
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        bool has_val = i + 1 < argc;
        if (!strcmp(a, "--dictionaries") && has_val) o->dicts.dir = argv[++i];
        else if (!strcmp(a, "--config") && has_val) o->dicts.config = argv[++i];
        else if (!strcmp(a, "--format") && has_val) {
            const char *f = argv[++i];
            if (!strcmp(f, "tsv")) o->tsv = true;
            else if (strcmp(f, "jsonl")) {
                fprintf(stderr, "dyad code: unknown format '%s' (jsonl or tsv)\n", f);
                return 2;
            }
        } else if (!strcmp(a, "--stats")) o->stats = true;
        else if (!strcmp(a, "--help") || !strcmp(a, "-h")) {
            code_usage(stdout);
            return 1;
        } else if (a[0] == '-' && a[1]) {
            fprintf(stderr, "dyad code: unknown option '%s'\n", a);
            code_usage(stderr);
            return 2;
        } else o->files[o->n_files++] = a;
    }
    return 0;
}

typedef struct code_counts {
    long records, events, bad, discarded;
    size_t bytes;
} code_counts;

static void code_file(dyad_coder *coder, const char *path, const code_opts *o, code_counts *n)
{
    dyad_error err = {0};
    dyad_reader *r = dyad_reader_open(path, DYAD_FORMAT_AUTO, &err);
    if (!r) {
        dyad_error_print(&err, stderr);
        n->bad++;
        return;
    }
    const dyad_record *rec;
    int rc;
    while ((rc = dyad_reader_next(r, &rec, &err)) != 0) {
        if (rc < 0) {
            dyad_error_print(&err, stderr);
            n->bad++;
            continue;
        }
        n->records++;
        n->bytes += rec->text_len;
        for (size_t i = 0; i < rec->n_settings; i++)
            if (dyad_coder_set_option(coder, rec->settings[i].option, rec->settings[i].value, &err) < 0)
                dyad_error_print(&err, stderr);
        const dyad_result *res;
        if (dyad_code_record(coder, rec, &res, &err) < 0) {
            dyad_error_print(&err, stderr);
            n->bad++;
            continue;
        }
        if (res->outcome == DYAD_DISCARD_SENTENCE || res->outcome == DYAD_DISCARD_STORY) n->discarded++;
        for (size_t i = 0; i < res->n_events; i++) {
            if (o->tsv) dyad_write_event_tsv(stdout, rec, &res->events[i]);
            else dyad_write_event_json(stdout, rec, &res->events[i]);
        }
        n->events += (long)res->n_events;
    }
    dyad_reader_close(r);
}

static double seconds(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + ts.tv_nsec * 1e-9;
}

int cmd_code(int argc, char **argv)
{
    code_opts o = {0};
    o.files = calloc((size_t)argc + 1, sizeof *o.files);
    int rc = parse_args(argc, argv, &o);
    if (rc) {
        free(o.files);
        return rc == 1 ? 0 : rc;
    }
    if (!o.n_files) o.files[o.n_files++] = "-";
    double t0 = seconds();
    dyad_dict *dict = dyad_dict_new();
    if (cli_load_default(dict, &o.dicts) < 0) {
        dyad_dict_free(dict);
        free(o.files);
        return 1;
    }
    if (o.dicts.errors) fprintf(stderr, "dyad: %d malformed dictionary lines skipped\n", o.dicts.errors);
    double t1 = seconds();
    dyad_coder *coder = dyad_coder_new(dict, NULL);
    code_counts n = {0};
    if (o.tsv) dyad_write_tsv_header(stdout);
    for (int i = 0; i < o.n_files; i++) code_file(coder, o.files[i], &o, &n);
    double t2 = seconds();
    if (o.stats)
        fprintf(stderr,
                "records %ld, events %ld, discarded %ld, bad %ld; load %.3f s, coding %.3f s, "
                "%.0f records/s, %.2f MB/s\n",
                n.records, n.events, n.discarded, n.bad, t1 - t0, t2 - t1,
                n.records / (t2 - t1 + 1e-9), n.bytes / 1e6 / (t2 - t1 + 1e-9));
    dyad_coder_free(coder);
    dyad_dict_free(dict);
    free(o.files);
    return n.bad ? 1 : 0;
}
