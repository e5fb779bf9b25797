// fuzz_jsonl.c: libFuzzer target for the JSON Lines reader. Reads every
// record of the input and touches every string a record points to.
#include <stdint.h>
#include <string.h>

#include "dyad.h"

static size_t touch(const char *s) { return s ? strlen(s) : 0; }

static size_t touch_record(const dyad_record *rec)
{
    size_t n = touch(rec->id) + touch(rec->story_id) + touch(rec->category) +
               touch(rec->text) + touch(rec->parse) + touch(rec->file) +
               touch(rec->meta) + touch(rec->title) +
               touch(rec->expect_error);
    for (size_t i = 0; i < rec->n_expected; i++)
        n += touch(rec->expected[i].source) + touch(rec->expected[i].target) +
             touch(rec->expected[i].code);
    for (size_t i = 0; i < rec->n_settings; i++)
        n += touch(rec->settings[i].option) + touch(rec->settings[i].value);
    return n;
}

static size_t touch_env(const dyad_environment *env)
{
    size_t n = touch(env->verbfile) + touch(env->agentfile) + touch(env->discardfile) +
               touch(env->issuefile) + touch(env->include) + touch(env->exclude);
    for (size_t i = 0; i < env->n_actorfiles; i++) n += touch(env->actorfiles[i]);
    return n;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    dyad_error err;
    dyad_reader *r = dyad_reader_open_mem((const char *)data, size, "fuzz.jsonl",
                                          DYAD_FORMAT_JSONL, &err);
    if (!r) return 0;
    volatile size_t sink = touch_env(dyad_reader_environment(r));
    const dyad_record *rec;
    int rc;
    while ((rc = dyad_reader_next(r, &rec, &err)) != 0)
        if (rc > 0) sink += touch_record(rec);
    (void)sink;
    dyad_reader_close(r);
    return 0;
}
