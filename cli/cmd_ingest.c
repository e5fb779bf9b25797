// cmd_ingest.c: "dyad ingest EVENTS.jsonl... --db PATH_OR_URL": event lines
// written by `dyad code` elsewhere into the event store. A story is its
// events' lines, one after the other; its text is unknown (NULL) and its
// text_hash is the SHA-256 of those lines.
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <zlib.h>

#include "cli.h"
#include "store.h"

typedef struct ingest {
    store *s;
    bool stats, one_txn;
    char dicts[65];    // from the file's --header line, "" when none
    char *story_id, *date, *meta, *version, *where;
    dyad_buf events;
    bool open, failed;  // a story is being gathered; the database failed
    long bad;
} ingest;

static void usage(FILE *out)
{
    fputs("usage: dyad ingest EVENTS.jsonl... --db PATH_OR_URL [--stats] [--one-transaction]\n"
          "  Store the events of `dyad code` JSON Lines files (.gz read directly; '-'\n"
          "  is stdin) in an SQLite file or a postgresql:// database (docs/store.md).\n"
          "  A story's events must be one after the other, as dyad code writes them;\n"
          "  a --header line gives the dictionaries' hash. A story already stored with\n"
          "  the same events and coder version is skipped, a changed one replaced.\n"
          "  --one-transaction: every story in one transaction, committed at the end\n"
          "  (none stored when the database fails or a signal stops the run).\n"
          "  Exit status: 0 all stored; 1 a line or story could not be read or\n"
          "  stored, or the database failed; 2 bad usage.\n",
          out);
}

static char *sdup(const char *s)
{
    char *p = strdup(s ? s : "");
    if (!p) cli_out_of_memory(NULL, 0, "out of memory in dyad ingest");
    return p;
}

static void add(dyad_buf *b, const char *s, size_t n)
{
    cli_buf_add(b, s, n, "out of memory in dyad ingest");
}

static void flush(ingest *g)
{
    if (!g->open) return;
    g->open = false;
    char hash[65];
    dyad_sha256_hex(g->events.p, g->events.n, hash);
    store_story st = {.story_id = g->story_id, .date = *g->date ? g->date : NULL,
                      .meta = *g->meta ? g->meta : NULL, .text_hash = hash,
                      .coder_version = g->version, .dictionaries = *g->dicts ? g->dicts : NULL,
                      .events = g->events.p, .events_len = g->events.n, .where = g->where};
    int rc = store_put(g->s, &st);
    if (rc < 0) g->bad++;
    if (rc == -2) g->failed = true;
    free(g->story_id), free(g->date), free(g->meta), free(g->version), free(g->where);
    g->events.n = 0;
}

static void header(ingest *g, json_t *h)
{
    json_t *list = json_object_get(h, "dictionaries");
    size_t n = json_array_size(list);
    const char **names = calloc(n + 1, sizeof *names), **sums = calloc(n + 1, sizeof *sums);
    if (!names || !sums) cli_out_of_memory(NULL, n, "out of memory in dyad ingest");
    for (size_t i = 0; i < n; i++) {
        json_t *f = json_array_get(list, i);
        const char *a = json_string_value(json_object_get(f, "file"));
        const char *b = json_string_value(json_object_get(f, "sha256"));
        names[i] = a ? a : "";
        sums[i] = b ? b : "";
    }
    store_dictionaries_hash(names, sums, n, g->dicts);
    free(names);
    free(sums);
}

// One line of `path`: a header, or an event added to its story.
static void line(ingest *g, const char *path, long no, const char *p, size_t n)
{
    while (n && (p[n - 1] == '\n' || p[n - 1] == '\r')) n--;
    if (!n) return;
    json_error_t je;
    json_t *o = json_loadb(p, n, 0, &je);
    const char *sid = json_string_value(json_object_get(o, "story_id"));
    json_t *h = json_object_get(o, "header");
    if (json_is_object(h)) header(g, h);
    else if (!json_is_object(o) || !sid) {
        fprintf(stderr, "%s:%ld: %s; skipped\n", path, no,
                !o ? "not JSON" : "not an event of dyad code (no \"story_id\")");
        g->bad++;
    } else {
        if (g->open && strcmp(g->story_id, sid)) flush(g);
        if (!g->open) {
            char where[600];
            snprintf(where, sizeof where, "%s:%ld", path, no);
            const char *date = json_string_value(json_object_get(o, "date"));
            const char *ver = json_string_value(json_object_get(o, "coder_version"));
            json_t *meta = json_object_get(o, "meta");
            char *m = json_is_object(meta)
                          ? json_dumps(meta, JSON_COMPACT | JSON_PRESERVE_ORDER | JSON_ENCODE_ANY)
                          : NULL;
            g->story_id = sdup(sid), g->date = sdup(date), g->meta = sdup(m);
            g->version = sdup(ver ? ver : "unknown"), g->where = sdup(where);
            free(m);
            g->open = true;
        }
        add(&g->events, p, n);
        add(&g->events, "\n", 1);
    }
    json_decref(o);
}

static void ingest_file(ingest *g, const char *path)
{
    gzFile f = strcmp(path, "-") ? gzopen(path, "rb") : gzdopen(0, "rb");
    if (!f) {
        fprintf(stderr, "dyad ingest: cannot open %s\n", path);
        g->bad++;
        return;
    }
    g->dicts[0] = 0;
    dyad_buf b = {0};
    long no = 0;
    char chunk[65536];
    while (!g->failed && !cli_stop_signal()) {
        b.n = 0;
        while (gzgets(f, chunk, sizeof chunk)) {
            size_t k = strlen(chunk);
            add(&b, chunk, k);
            if (k && chunk[k - 1] == '\n') break;
        }
        if (!b.n) break;
        line(g, path, ++no, b.p, b.n);
    }
    int errnum;
    const char *msg = gzerror(f, &errnum);
    if (errnum != Z_OK && errnum != Z_STREAM_END) {
        fprintf(stderr, "dyad ingest: %s:%ld: cannot read on: %s\n", path, no, msg);
        g->bad++;
    }
    gzclose(f);
    free(b.p);
    if (!cli_stop_signal()) flush(g);  // a story does not go on into the next file
    else if (g->open) {  // stopped: its later lines were not read, so it is not stored
        g->open = false;
        free(g->story_id), free(g->date), free(g->meta), free(g->version), free(g->where);
    }
}

int cmd_ingest(int argc, char **argv)
{
    const char *target = NULL;
    const char **files = calloc((size_t)argc + 1, sizeof *files);
    int n = 0;
    ingest g = {0};
    if (!files) return 1;
    for (int i = 1; i < argc; i++) {
        if (!strcmp(argv[i], "--db") && i + 1 < argc) target = argv[++i];
        else if (!strcmp(argv[i], "--stats")) g.stats = true;
        else if (!strcmp(argv[i], "--one-transaction")) g.one_txn = true;
        else if (!strcmp(argv[i], "--help") || !strcmp(argv[i], "-h")) {
            usage(stdout);
            free(files);
            return 0;
        } else if (argv[i][0] == '-' && argv[i][1]) {
            fprintf(stderr, "dyad ingest: unknown option '%s'\n", argv[i]);
            usage(stderr);
            free(files);
            return 2;
        } else files[n++] = argv[i];
    }
    if (!target || !n) {
        fprintf(stderr, "dyad ingest: %s\n", !target ? "--db PATH_OR_URL is needed"
                                                     : "no event file named");
        usage(stderr);
        free(files);
        return 2;
    }
    cli_catch_signals();
    g.s = store_open("dyad ingest", target);
    if (!g.s) {
        free(files);
        return 1;
    }
    if (g.one_txn) store_one_transaction(g.s);
    for (int i = 0; i < n && !g.failed && !cli_stop_signal(); i++) ingest_file(&g, files[i]);
    long written, skipped, events;
    store_counts(g.s, &written, &skipped, &events);
    if (g.one_txn && (g.failed || cli_stop_signal())) {
        store_rollback(g.s);
        written = skipped = events = 0;
    }
    if (store_close(g.s) < 0) g.bad++;
    if (g.stats)
        fprintf(stderr, "stored %ld stories (%ld events), %ld unchanged and skipped\n", written,
                events, skipped);
    free(g.events.p);
    free(files);
    if (cli_stop_signal()) {
        fprintf(stderr, "dyad ingest: stopped by signal %d after %ld stories stored\n",
                cli_stop_signal(), written);
        return 128 + cli_stop_signal();
    }
    return g.bad ? 1 : 0;
}
