// oom.c: out of memory: the program's handler, the input each thread is
// reading or coding (named in the message), and jansson's allocator.
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dyad.h"
#include "util.h"

static dyad_oom_fn oom_fn;
static void *oom_ctx;

// What this thread is doing, copied (the caller's strings may be gone by
// the time memory runs out). Empty `doing`: nothing known.
typedef struct oom_input {
    const char *doing;  // a string literal: "reading", "coding", "loading"
    char file[256];
    int line;
    char story[128], sentence[128];
} oom_input;

static _Thread_local oom_input input;

static void copy(char *dst, size_t cap, const char *s)
{
    size_t n = s ? strnlen(s, cap - 1) : 0;
    memcpy(dst, s ? s : "", n);
    dst[n] = '\0';
}

void dyad__oom_at(const char *doing, const char *file, int line)
{
    input.doing = doing;
    copy(input.file, sizeof input.file, file);
    input.line = line;
    input.story[0] = input.sentence[0] = '\0';
}

void dyad__oom_line(int line) { input.line = line; }

void dyad__oom_story(const char *id) { copy(input.story, sizeof input.story, id); }

void dyad__oom_sentence(const char *id) { copy(input.sentence, sizeof input.sentence, id); }

void dyad__oom_clear(void) { input.doing = NULL; }

// "out of memory allocating N bytes while coding F:L (story S, sentence T)"
static void message(char *buf, size_t cap, size_t n)
{
    char line[16] = "", ids[300] = "";
    if (input.line > 0) snprintf(line, sizeof line, ":%d", input.line);
    if (input.story[0])
        snprintf(ids, sizeof ids, " (story %s%s%s)", input.story,
                 input.sentence[0] ? ", sentence " : "", input.sentence);
    if (!input.doing)
        snprintf(buf, cap, "out of memory allocating %zu bytes", n);
    else
        snprintf(buf, cap, "out of memory allocating %zu bytes while %s %s%s%s", n, input.doing,
                 input.file, line, ids);
}

void dyad__out_of_memory(size_t n)
{
    char msg[640];
    message(msg, sizeof msg, n);
    if (oom_fn) oom_fn(oom_ctx, n, msg);
    fprintf(stderr, "dyad: %s\n", msg);
    abort();
}

// jansson's allocation while a handler is set: jansson 2.14 goes on after
// a failed malloc and can read past its buffers.
static void *json_alloc(size_t n)
{
    void *p = malloc(n);
    if (!p) dyad__out_of_memory(n);
    return p;
}

void dyad_on_out_of_memory(dyad_oom_fn fn, void *ctx)
{
    oom_fn = fn;
    oom_ctx = ctx;
    json_malloc_t m;
    json_free_t f;
    json_get_alloc_funcs(&m, &f);
    if (fn && m == malloc && f == free)
        json_set_alloc_funcs(json_alloc, free);
    else if (!fn && m == json_alloc)
        json_set_alloc_funcs(malloc, free);
}
