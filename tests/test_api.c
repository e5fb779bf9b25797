// test_api.c: the functions that exist for bindings (ctypes cannot use
// macros or free a dyad_buf itself): dyad_options_default, dyad_version,
// dyad_buf_free.
#include <stdlib.h>
#include <string.h>

#include "dyad.h"
#include "harness.h"

static void test_options_default(void)
{
    dyad_options want = DYAD_OPTIONS_INIT;
    dyad_options_news(&want, true);
    dyad_options got;
    memset(&got, 0xff, sizeof got);
    dyad_options_default(&got);
    CHECK(got.new_actor_length == want.new_actor_length);
    CHECK(got.require_dyad == want.require_dyad);
    CHECK(got.comma_min == want.comma_min && got.comma_max == want.comma_max);
    CHECK(got.comma_bmin == want.comma_bmin && got.comma_bmax == want.comma_bmax);
    CHECK(got.comma_emin == want.comma_emin && got.comma_emax == want.comma_emax);
    CHECK(got.code_issues == want.code_issues && got.ignore_parse == want.ignore_parse);
    CHECK(got.max_tokens == want.max_tokens && got.max_ms == want.max_ms);
    CHECK(got.clause_roles && got.actor_heads && got.pronouns && got.hypothetical);
    CHECK(got.story_country && got.nominal && got.relatives);
    CHECK(!got.same_country && got.discard_share == 20);
    CHECK(got.parse_all == want.parse_all);
}

static void test_version(void)
{
    CHECK_STR(dyad_version(), DYAD_VERSION);
}

static void test_buf_free(void)
{
    dyad_buf b = {0};
    dyad_format_tsv_header(&b);
    CHECK(b.n > 0 && b.p);
    dyad_buf_free(&b);
    CHECK(b.p == NULL && b.n == 0 && b.cap == 0);
    dyad_buf_free(&b);  // twice is harmless
    dyad_buf_free(NULL);
    CHECK(1);
}

int main(void)
{
    test_options_default();
    test_version();
    test_buf_free();
    return harness_done();
}
