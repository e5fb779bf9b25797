// test_oom.c: the out-of-memory message names what was being read or coded,
// the handler gets it, and jansson's allocator follows the handler.
#include <jansson.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdlib.h>

#include "dyad.h"
#include "harness.h"
#include "util.h"

// Under ASan a huge malloc returns NULL, as it does without ASan.
#if defined(__SANITIZE_ADDRESS__)
#define UNDER_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define UNDER_ASAN 1
#endif
#endif
#ifdef UNDER_ASAN
const char *__asan_default_options(void);
const char *__asan_default_options(void) { return "allocator_may_return_null=1"; }
#endif

static jmp_buf back;
static char got[1024];
static size_t got_bytes;
static int calls;

static void handler(void *ctx, size_t bytes, const char *message)
{
    calls++;
    got_bytes = bytes;
    snprintf(got, sizeof got, "%s%s", (const char *)ctx, message);
    longjmp(back, 1);
}

static void *own_alloc(size_t n) { return malloc(n); }

// The message for a failure of n bytes in the current context.
static const char *fail(size_t n)
{
    got[0] = '\0';
    if (!setjmp(back)) dyad__out_of_memory(n);
    return got;
}

int main(void)
{
    dyad_on_out_of_memory(handler, "oom: ");
    CHECK_STR(fail(10), "oom: out of memory allocating 10 bytes");
    CHECK(got_bytes == 10);

    dyad__oom_at("reading", "big.jsonl.gz", 2);
    CHECK_STR(fail(2147483648u),
              "oom: out of memory allocating 2147483648 bytes while reading big.jsonl.gz:2");
    dyad__oom_story("big");
    CHECK_STR(fail(64), "oom: out of memory allocating 64 bytes while reading big.jsonl.gz:2 "
                        "(story big)");
    dyad__oom_at("coding", "news.jsonl", 7);  // a new input forgets the ids
    CHECK_STR(fail(1), "oom: out of memory allocating 1 bytes while coding news.jsonl:7");
    dyad__oom_story("s7");
    dyad__oom_sentence("s7-3");
    CHECK_STR(fail(1), "oom: out of memory allocating 1 bytes while coding news.jsonl:7 "
                       "(story s7, sentence s7-3)");
    dyad__oom_at("loading", "dict/verbs.txt", 0);  // no line
    CHECK_STR(fail(8), "oom: out of memory allocating 8 bytes while loading dict/verbs.txt");
    dyad__oom_clear();
    CHECK_STR(fail(8), "oom: out of memory allocating 8 bytes");

    // a real failed allocation goes through the handler
    dyad__oom_at("coding", "x.txt", 1);
    dyad__oom_story("x");
    calls = 0;
    if (!setjmp(back)) {
        void *p = dyad__xmalloc(SIZE_MAX / 2);
        free(p);
    }
    CHECK(calls == 1);
    CHECK(got_bytes == SIZE_MAX / 2);
    CHECK(strstr(got, "while coding x.txt:1 (story x)") != NULL);
    dyad__oom_clear();

    // jansson allocates through dyad while the handler is set
    json_malloc_t m;
    json_free_t f;
    json_get_alloc_funcs(&m, &f);
    CHECK(m != malloc && f == free);
    json_t *v = json_loads("{\"id\": \"a\"}", 0, NULL);
    CHECK(v && json_is_object(v));
    json_decref(v);
    dyad_on_out_of_memory(NULL, NULL);
    json_get_alloc_funcs(&m, &f);
    CHECK(m == malloc && f == free);
    // an allocator of the program's own is left alone
    json_set_alloc_funcs(own_alloc, free);
    dyad_on_out_of_memory(handler, "");
    json_get_alloc_funcs(&m, &f);
    CHECK(m == own_alloc);
    dyad_on_out_of_memory(NULL, NULL);
    json_get_alloc_funcs(&m, &f);
    CHECK(m == own_alloc);
    json_set_alloc_funcs(malloc, free);
    return harness_done();
}
