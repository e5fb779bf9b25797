// fuzz_story.c: libFuzzer target for the whole raw-text path: a story is
// split, tokenised, tested for dictionary words, parsed by the built-in
// parser and coded with dyad's own dictionaries (loaded once from
// dictionaries/, so run from the checkout), in dyad's news mode and in
// PETRARCH mode; the first line is also parsed alone. Event spans must lie
// inside the story.
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dyad.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static dyad_dict *dict;
static dyad_coder *news, *petrarch;

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
        fprintf(stderr, "fuzz_story: cannot load %s: %s\n", ini, err.message);
        abort();
    }
    dyad_options o = DYAD_OPTIONS_INIT;
    petrarch = dyad_coder_new(dict, &o);
    dyad_options_news(&o, true);
    news = dyad_coder_new(dict, &o);
}

typedef struct span_check {
    size_t len;
} span_check;

static void check_span(dyad_span s, size_t len)
{
    if (s.start == -1 && s.end == -1) return;
    if (s.start < 0 || s.end < s.start || (size_t)s.end > len) abort();
}

static int on_sentence(void *ctx, const dyad_record *sent, const dyad_result *res)
{
    const span_check *k = ctx;
    if (sent->text_offset < 0 || (size_t)sent->text_offset + sent->text_len > k->len) abort();
    for (size_t i = 0; i < res->n_events; i++) {
        check_span(res->events[i].source_span, k->len);
        check_span(res->events[i].target_span, k->len);
        check_span(res->events[i].verb_span, k->len);
    }
    return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (!dict) setup();
    char *text = malloc(size ? size : 1);  // no terminator: over-reads are caught
    if (!text) abort();
    if (size) memcpy(text, data, size);
    dyad_record story;
    memset(&story, 0, sizeof story);
    story.id = "fuzz";
    story.file = "<fuzz>";
    story.line = 1;
    story.text = text;
    story.text_len = size;
    story.is_story = true;
    story.date = 20250902;
    span_check k = {size};
    dyad_error err = {0};
    if (dyad_code_story(news, &story, on_sentence, &k, &err) < 0 && err.code != DYAD_ERR_LIMIT) abort();
    story.date = 0;
    if (dyad_code_story(petrarch, &story, on_sentence, &k, &err) < 0 && err.code != DYAD_ERR_LIMIT) abort();
    size_t first = 0;
    while (first < size && text[first] != '\n') first++;
    char *tree = NULL;
    if (dyad_parse_sentence(news, text, first, &tree, &err) == 0) free(tree);
    const char *code, *entry;
    dyad_lookup_actor(news, text, first < 200 ? first : 200, 20250902, &code, &entry);
    free(text);
    return 0;
}
