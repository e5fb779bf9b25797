// fuzz_cli.c: libFuzzer target for the whole path of `dyad code`, from the
// bytes of an input to the lines it writes: the reader detects the format
// (plain text, JSON Lines, PETRARCH XML, gzip), each story is split and
// coded and each sentence record coded, with dyad's own dictionaries (loaded
// once from dictionaries/, so run from the checkout) and `dyad code`'s
// options, <Config> settings applied as the CLI applies them; every event
// and mention is written as JSON and as TSV (events also as PLOVER, CSV and
// Phoenix). Every JSON line written must
// be one valid JSON object, and every span must lie inside its story.
#include <jansson.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dyad.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static dyad_dict *dict;

static void quiet(void *ctx, const dyad_error *e)
{
    (void)ctx;
    (void)e;
}

static void setup(void)
{
    dict = dyad_dict_new();
    dyad_error err = {0};
    const char *dir = getenv("DYAD_DICTIONARIES");
    char ini[4096];
    snprintf(ini, sizeof ini, "%s/PETR_config.ini", dir ? dir : "dictionaries");
    if (dyad_dict_load_config(dict, ini, NULL, quiet, NULL, &err) < 0) {
        fprintf(stderr, "fuzz_cli: cannot load %s: %s\n", ini, err.message);
        abort();
    }
}

typedef struct sink {
    FILE *json, *tsv;
    size_t story_len;  // bytes of the story the sentences come from
} sink;

static void check_span(dyad_span s, const dyad_record *rec, size_t story_len)
{
    if (s.start == -1 && s.end == -1) return;
    size_t len = rec->text_offset ? story_len : rec->text_len;
    if (s.start < 0 || s.end < s.start || (size_t)s.end > len) abort();
}

static int on_sentence(void *ctx, const dyad_record *rec, const dyad_result *res)
{
    sink *k = ctx;
    if (rec->text_offset < 0 || rec->text_char_offset < 0 ||
        rec->text_char_offset > rec->text_offset)
        abort();
    for (size_t i = 0; i < res->n_events; i++) {
        const dyad_event *e = &res->events[i];
        check_span(e->source_span, rec, k->story_len);
        check_span(e->target_span, rec, k->story_len);
        check_span(e->verb_span, rec, k->story_len);
        dyad_write_event_json(k->json, rec, e);
        dyad_write_event_tsv(k->tsv, rec, e);
        dyad_buf b = {0};  // PLOVER is JSON too (checked); CSV and Phoenix just made
        dyad_format_event(&b, DYAD_OUT_PLOVER, rec, e);
        fwrite(b.p, 1, b.n, k->json);
        b.n = 0;
        dyad_format_event(&b, DYAD_OUT_CSV, rec, e);
        dyad_format_event(&b, DYAD_OUT_PHOENIX, rec, e);
        free(b.p);
    }
    for (size_t i = 0; i < res->n_mentions; i++) {
        check_span(res->mentions[i].span, rec, k->story_len);
        dyad_write_mention_json(k->json, rec, &res->mentions[i]);
    }
    return 0;
}

// Each line of the JSON output is one JSON object.
static void check_json_lines(const char *p, size_t n)
{
    size_t a = 0;
    while (a < n) {
        const char *nl = memchr(p + a, '\n', n - a);
        if (!nl) abort();  // a line without its end
        size_t len = (size_t)(nl - (p + a));
        json_error_t je;
        json_t *j = json_loadb(p + a, len, 0, &je);
        if (!j || !json_is_object(j)) abort();
        json_decref(j);
        a += len + 1;
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (!dict) setup();
    // exactly `size` bytes, no terminator, so over-reads are caught
    char *in = malloc(size ? size : 1);
    if (!in) abort();
    if (size) memcpy(in, data, size);
    dyad_options o = DYAD_OPTIONS_INIT;
    dyad_options_news(&o, true);  // `dyad code`'s defaults
    o.parse_all = size & 1;       // as --mentions does, for half the inputs
    dyad_coder *c = dyad_coder_new(dict, &o);
    dyad_coder_on_diag(c, quiet, NULL);
    char *jp = NULL, *tp = NULL;
    size_t jn = 0, tn = 0;
    sink k = {open_memstream(&jp, &jn), open_memstream(&tp, &tn), 0};
    if (!k.json || !k.tsv) abort();
    dyad_error err = {0};
    dyad_reader *r = dyad_reader_open_mem(in, size, "fuzz", DYAD_FORMAT_AUTO, &err);
    if (r) {
        const dyad_record *rec;
        int rc;
        while ((rc = dyad_reader_next(r, &rec, &err)) != 0) {
            if (rc < 0) continue;
            for (size_t i = 0; i < rec->n_settings; i++)
                dyad_coder_set_option(c, rec->settings[i].option, rec->settings[i].value, &err);
            if (rec->is_story) {
                k.story_len = rec->text ? rec->text_len : 0;
                if (dyad_code_story(c, rec, on_sentence, &k, &err) < 0 &&
                    err.code != DYAD_ERR_LIMIT)
                    abort();
                continue;
            }
            const dyad_result *res;
            k.story_len = rec->text_len;
            if (dyad_code_record(c, rec, &res, &err) == 0) on_sentence(&k, rec, res);
        }
        dyad_reader_close(r);
    }
    fclose(k.json);
    fclose(k.tsv);
    check_json_lines(jp, jn);
    free(jp);
    free(tp);
    dyad_coder_free(c);
    free(in);
    return 0;
}
