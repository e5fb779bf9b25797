// fuzz_dict.c: libFuzzer target for the dictionary readers. Runs all five
// loaders (verbs, actors, agents, discards, issues) on a private copy of the
// input through the in-memory reader API of dict.h, then reads the stats.
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "dict.h"

typedef int (*load_fn)(dict_reader *r, char *text, size_t len);

static void count_diag(void *ctx, const dyad_error *e)
{
    size_t *n = ctx;
    *n += strlen(e->message) + strlen(e->file) + (size_t)(e->line > 0);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const load_fn loaders[] = {dyad__dict_load_verbs, dyad__dict_load_actors, dyad__dict_load_agents,
                                      dyad__dict_load_discards, dyad__dict_load_issues};
    dyad_dict *d = dyad_dict_new();
    size_t diags = 0;
    for (size_t i = 0; i < sizeof loaders / sizeof loaders[0]; i++) {
        // exactly `size` bytes, no terminator, so over-reads are caught
        char *text = malloc(size ? size : 1);
        if (!text) abort();
        if (size) memcpy(text, data, size);
        dict_reader r = {d, "fuzz.txt", dyad__dict_strdup(d, "fuzz.txt", 8), 0, 0, 0,
                         count_diag, &diags};
        int n = loaders[i](&r, text, size);
        if (n < 0 || n != r.errors) abort();
        free(text);
    }
    dyad_dict_stats st;
    dyad_dict_get_stats(d, &st);
    volatile size_t sink = st.verbs + st.patterns + st.actors + diags;
    (void)sink;
    dyad_dict_free(d);
    return 0;
}
