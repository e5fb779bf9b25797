// harness.h: a tiny table-friendly test harness. Each test file is a program
// that prints one line per failure and "N passed, N failed" at the end.
#ifndef DYAD_HARNESS_H
#define DYAD_HARNESS_H
#include <stdio.h>
#include <string.h>

static int harness_passed, harness_failed;

#define CHECK(cond)                                                         \
    do {                                                                    \
        if (cond) harness_passed++;                                         \
        else {                                                              \
            harness_failed++;                                               \
            fprintf(stderr, "%s:%d: check failed: %s\n", __FILE__, __LINE__, \
                    #cond);                                                 \
        }                                                                   \
    } while (0)

#define CHECK_STR(got, want)                                                \
    do {                                                                    \
        const char *g_ = (got), *w_ = (want);                               \
        if (g_ && w_ && strcmp(g_, w_) == 0) harness_passed++;              \
        else {                                                              \
            harness_failed++;                                               \
            fprintf(stderr, "%s:%d: got \"%s\", want \"%s\"\n", __FILE__,     \
                    __LINE__, g_ ? g_ : "(null)", w_ ? w_ : "(null)");      \
        }                                                                   \
    } while (0)

static int harness_done(void)
{
    printf("%d passed, %d failed\n", harness_passed, harness_failed);
    return harness_failed ? 1 : 0;
}
#endif
