// fuzz_text.c: libFuzzer target for the text stage. Checks UTF-8, splits
// the input into sentences and tokenises each one, asserting that every
// range stays inside the text, in order and without overlap.
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "text.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // exactly `size` bytes, no terminator, so over-reads are caught
    char *s = malloc(size ? size : 1);
    if (!s) abort();
    if (size) memcpy(s, data, size);
    int64_t bad = dyad__text_utf8_check(s, size);
    if (bad < -1 || bad >= (int64_t)size) abort();
    arena mem;
    dyad__arena_init(&mem, 4096);
    text_span *sp = NULL;
    text_split_info info = {-1, -1};
    int32_t k = dyad__text_split(&mem, s, size, &sp, &info);
    if (k < 0 || (k > 0 && !sp)) abort();
    if (info.boilerplate < 0) abort();
    if (info.date && (info.date < 19000101 || info.date > 20991231)) abort();
    int32_t prev = 0;
    volatile size_t sink = 0;
    for (int32_t i = 0; i < k; i++) {
        // sentences: non-empty, inside the text, in order, not overlapping
        if (sp[i].start < prev || sp[i].start >= sp[i].end || (size_t)sp[i].end > size) abort();
        prev = sp[i].end;
        text_token *tk = NULL;
        bool trunc = false;
        int32_t max = (i & 1) ? 1 << 20 : 7;   // odd sentences with a small limit
        int32_t m = dyad__text_tokenize(&mem, s, sp[i].start, sp[i].end, &tk, max, &trunc);
        if (m < 0 || m > max || (m > 0 && !tk) || (trunc && m != max)) abort();
        int32_t tprev = sp[i].start;
        for (int32_t j = 0; j < m; j++) {
            const text_token *t = &tk[j];
            if (t->start < tprev || t->start >= t->end || t->end > sp[i].end) abort();
            if (!t->norm.p || t->norm.n == 0) abort();
            tprev = t->end;
            for (size_t c = 0; c < t->norm.n; c++) sink += (unsigned char)t->norm.p[c];
        }
    }
    (void)sink;
    // any sub-range may be tokenised, and tokenising never looks outside it
    if (size >= 2) {
        int32_t a = (int32_t)(data[0] % size), b = (int32_t)(data[size - 1] % (size + 1));
        text_token *tk;
        int32_t m = dyad__text_tokenize(&mem, s, a, b, &tk, 1 << 20, NULL);
        if (b <= a && m != 0) abort();
        for (int32_t j = 0; j < m; j++)
            if (tk[j].start < a || tk[j].end > b || tk[j].start >= tk[j].end ||
                (j && tk[j].start < tk[j - 1].end))
                abort();
    }
    dyad__arena_dispose(&mem);
    free(s);
    return 0;
}
