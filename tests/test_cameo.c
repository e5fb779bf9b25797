/*
 * test_cameo.c - standalone checks for the CAMEO code table.
 *
 *   gcc -std=c11 -Wall -Wextra -Werror -Isrc tests/test_cameo.c src/cameo.c -o /tmp/tc && /tmp/tc
 *
 * Expected values come from the CAMEO reference tables (cameo-codes.tsv and
 * cameo-to-plover.tsv).
 */
#include "cameo.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

/* Number of codes listed in cameo-codes.tsv (20 roots + 291 sub-codes). */
#define EXPECTED_COUNT 311

static int passed, failed;

static void check(int ok, const char *what)
{
    if (ok) {
        passed++;
    } else {
        failed++;
        printf("FAIL: %s\n", what);
    }
}

static int str_eq_or_null(const char *a, const char *b)
{
    if (a == NULL || b == NULL)
        return a == b;
    return strcmp(a, b) == 0;
}

/* Look up `in`; expect the entry for `code` with the given facts. */
static void expect(const char *in, const char *code, int quad, double gold,
                   const char *plover)
{
    char buf[160];
    const dyad_cameo_info *e = dyad_cameo_lookup(in, strlen(in));
    snprintf(buf, sizeof buf, "lookup(\"%s\") -> %s q%d g%.1f %s", in, code,
             quad, gold, plover ? plover : "NULL");
    check(e != NULL && strcmp(e->code, code) == 0 && e->quad == quad &&
              fabs(e->goldstein - gold) < 1e-9 &&
              str_eq_or_null(e->plover, plover) && e->name != NULL &&
              e->name[0] != '\0',
          buf);
}

static void expect_null(const char *in, size_t len)
{
    char buf[96];
    snprintf(buf, sizeof buf, "lookup(\"%.*s\", %zu) -> NULL", (int)len,
             in ? in : "", len);
    check(dyad_cameo_lookup(in, len) == NULL, buf);
}

int main(void)
{
    /* Exact codes. */
    expect("042", "042", 1, 1.9, "CONSULT");
    expect("043", "043", 1, 2.8, "CONSULT");
    expect("190", "190", 4, -10.0, "ASSAULT");
    expect("193", "193", 4, -10.0, "ASSAULT");
    expect("0211", "0211", 1, 3.4, NULL);   /* dropped by PLOVER */
    expect("14", "14", 4, -6.5, NULL);      /* root: no PLOVER row */
    expect("13", "13", 3, -6.0, NULL);
    expect("01", "01", 1, 0.0, NULL);
    expect("2042", "2042", 4, -10.0, "ASSAULT");
    expect("0874", "0874", 2, 10.0, "RETREAT");
    /* plover_2021 wins over plover_manual where they differ, except 163:
       the manual's text codes sanctions as SANCTION. */
    expect("0813", "0813", 2, 5.0, "RETREAT");
    expect("163", "163", 4, -8.0, "SANCTION");  // the manual's text, not the 2021 table
    expect("191", "191", 4, -9.5, "COERCE");
    expect("200", "200", 4, -10.0, "ASSAULT");

    /* Prefix fallback. */
    expect("0431", "043", 1, 2.8, "CONSULT");
    expect("042A", "042", 1, 1.9, "CONSULT");
    expect("1415", "141", 4, -6.5, "PROTEST");
    expect("02111", "0211", 1, 3.4, NULL);
    expect("13X", "13", 3, -6.0, NULL);

    /* len is honoured; input need not be NUL-terminated. */
    {
        const dyad_cameo_info *e = dyad_cameo_lookup("0431xyz", 3);
        check(e != NULL && strcmp(e->code, "043") == 0,
              "lookup(\"0431xyz\", 3) -> 043");
        e = dyad_cameo_lookup("190", 2);
        check(e != NULL && strcmp(e->code, "19") == 0,
              "lookup(\"190\", 2) -> 19");
    }

    /* Unknown. */
    expect_null("999", 3);
    expect_null("99", 2);
    expect_null("1", 1);
    expect_null("", 0);
    expect_null(NULL, 0);
    expect_null("X42", 3);

    /* Table shape. */
    {
        char buf[96];
        size_t n = dyad_cameo_count();
        snprintf(buf, sizeof buf, "count %zu == %d", n, EXPECTED_COUNT);
        check(n == EXPECTED_COUNT, buf);
        check(dyad_cameo_at(n) == NULL, "at(count) -> NULL");

        int sorted = 1, sane = 1, self = 1;
        for (size_t i = 0; i < n; i++) {
            const dyad_cameo_info *e = dyad_cameo_at(i);
            size_t len = strlen(e->code);
            if (i > 0 && strcmp(dyad_cameo_at(i - 1)->code, e->code) >= 0)
                sorted = 0;
            if (len < 2 || len > 4 || e->quad < 1 || e->quad > 4 ||
                e->goldstein < -10.0 || e->goldstein > 10.0 ||
                e->name == NULL || strlen(e->name) == 0 ||
                strlen(e->name) > 40)
                sane = 0;
            if (dyad_cameo_lookup(e->code, len) != e)
                self = 0;
        }
        check(sorted, "table strictly sorted by code");
        check(sane, "every entry well-formed");
        check(self, "every code looks up to itself");
    }

    /* Root numbers of event codes (the roles' tests of a code's family). */
    check(dyad__cameo_root("190") == 19, "root of 190 is 19");
    check(dyad__cameo_root("0874") == 8, "root of 0874 is 8");
    check(dyad__cameo_root("042:043") == 4, "root of a paired code is its first");
    check(dyad__cameo_root("---") == 0 && dyad__cameo_root("1") == 0 && dyad__cameo_root(NULL) == 0,
          "no root without two leading digits");

    printf("%d passed, %d failed\n", passed, failed);
    return failed != 0;
}
