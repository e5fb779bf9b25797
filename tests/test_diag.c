// test_diag.c: the coder's diagnostics callback (dyad_coder_on_diag): what a
// story or a record reports, with its story id, sentence id and position,
// and that `err` stays empty when the call succeeds. Uses the spec
// dictionaries (tests/spec/dict).
#include <stdlib.h>
#include <string.h>

#include "dyad.h"
#include "harness.h"

typedef struct seen {
    int n;
    dyad_error e[8];
} seen;

static void on_diag(void *ctx, const dyad_error *e)
{
    seen *s = ctx;
    if (s->n < 8) s->e[s->n] = *e;
    s->n++;
}

static int first_outcome;

static int on_sentence(void *ctx, const dyad_record *rec, const dyad_result *res)
{
    int *n = ctx;
    if (!(*n)++) first_outcome = res->outcome;
    return 0;
}

typedef struct diag_case {
    const char *name;
    const char *text;        // a story, or a sentence when `parse` is set
    const char *parse;       // a supplied parse: coded as one record
    int max_tokens;          // 0: the default
    bool listen;             // set the callback
    int n_diags;
    int code;                // of the first diagnostic
    const char *story_id;
    const char *sentence_id;
    int32_t offset;
    int line;
    const char *message;     // part of its message
    int outcome;             // of the first sentence
} diag_case;

#define LONG_TAIL " and Ukraine and Ukraine and Ukraine and Ukraine and Ukraine and Ukraine."

static const diag_case cases[] = {
    {"clean story", "Russia attacked Ukraine. France criticized Germany.", NULL, 0, true,
     0, 0, NULL, NULL, 0, 0, NULL, DYAD_CODED},
    {"too long", "France criticized Germany. Russia attacked Ukraine" LONG_TAIL, NULL, 12,
     true, 1, DYAD_WARNING, "s", "s-2", 27, 1, "sentence s-2 not coded: the sentence has more than 12 tokens",
     DYAD_CODED},
    {"too long, first sentence", "Russia attacked Ukraine" LONG_TAIL, NULL, 12, true, 1,
     DYAD_WARNING, "s", "s-1", 0, 1, "not coded", DYAD_TOO_LONG},
    {"too long, nobody listening", "Russia attacked Ukraine" LONG_TAIL, NULL, 12, false, 0,
     0, NULL, NULL, 0, 0, NULL, DYAD_TOO_LONG},
    {"invalid UTF-8", "Russia attacked Ukraine \377\376 today.", NULL, 0, true, 1,
     DYAD_WARNING, "s", "", 24, 1, "story s: invalid UTF-8 at byte 24", DYAD_CODED},
    {"bad supplied parse", "Russia attacked Ukraine.",
     "(ROOT (S (NP (NNP Russia)) (VP (VBD attacked) (NP (NNP Ukraine)))", 0, true, 1,
     DYAD_ERR_SYNTAX, "r", "r-1", 0, 4, "", DYAD_BAD_PARSE},
    {"good supplied parse", "Russia attacked Ukraine.",
     "(ROOT (S (NP (NNP Russia)) (VP (VBD attacked) (NP (NNP Ukraine))) (. .)))", 0, true,
     0, 0, NULL, NULL, 0, 0, NULL, DYAD_CODED},
};

static void run_case(const dyad_dict *d, const diag_case *k)
{
    dyad_options o = DYAD_OPTIONS_INIT;
    if (k->max_tokens) o.max_tokens = k->max_tokens;
    dyad_coder *c = dyad_coder_new(d, &o);
    seen s = {0};
    if (k->listen) dyad_coder_on_diag(c, on_diag, &s);
    dyad_record rec;
    memset(&rec, 0, sizeof rec);
    rec.file = "mem";
    rec.text = k->text;
    rec.text_len = strlen(k->text);
    rec.date = 20250902;
    dyad_error err = {0};
    int rc;
    if (k->parse) {
        rec.id = "r-1";
        rec.story_id = "r";
        rec.line = 3;
        rec.parse_line = 4;
        rec.parse = k->parse;
        rec.parse_len = strlen(k->parse);
        const dyad_result *res = NULL;
        rc = dyad_code_record(c, &rec, &res, &err);
        CHECK(res != NULL);
        first_outcome = res ? (int)res->outcome : -1;
    } else {
        rec.id = "s";
        rec.file = "test";
        rec.line = 1;
        rec.is_story = true;
        int n = 0;
        rc = dyad_code_story(c, &rec, on_sentence, &n, &err);
        CHECK(rc == n && n > 0);
    }
    if (rc < 0) fprintf(stderr, "%s: rc %d: %s\n", k->name, rc, err.message);
    CHECK(rc >= 0);
    // err is for failures only: untouched when the call succeeds
    CHECK(err.code == 0 && err.message[0] == 0);
    if (first_outcome != k->outcome)
        fprintf(stderr, "%s: outcome %d, want %d\n", k->name, first_outcome, k->outcome);
    CHECK(first_outcome == k->outcome);
    if (s.n != k->n_diags) fprintf(stderr, "%s: %d diagnostics, want %d\n", k->name, s.n, k->n_diags);
    CHECK(s.n == k->n_diags);
    if (s.n && k->n_diags) {
        const dyad_error *e = &s.e[0];
        if (!strstr(e->message, k->message)) fprintf(stderr, "%s: message %s\n", k->name, e->message);
        CHECK(e->code == k->code);
        CHECK_STR(e->story_id, k->story_id);
        CHECK_STR(e->sentence_id, k->sentence_id);
        CHECK(e->offset == k->offset);
        CHECK_STR(e->file, rec.file);
        CHECK(e->line == k->line);
        CHECK(strstr(e->message, k->message) != NULL);
    }
    dyad_coder_free(c);
}

// A bad parse ends the same way whoever made it: outcome DYAD_BAD_PARSE,
// return 0, and a reason in the result.
static void test_bad_parse_result(const dyad_dict *d)
{
    dyad_coder *c = dyad_coder_new(d, NULL);
    dyad_record rec;
    memset(&rec, 0, sizeof rec);
    rec.id = "x";
    rec.text = "Russia attacked Ukraine.";
    rec.text_len = strlen(rec.text);
    rec.parse = "(ROOT (S (NP (NNP Russia))";
    rec.parse_len = strlen(rec.parse);
    const dyad_result *res;
    dyad_error err = {0};
    CHECK(dyad_code_record(c, &rec, &res, &err) == 0);
    CHECK(res->outcome == DYAD_BAD_PARSE && res->why[0] && res->n_events == 0);
    CHECK(err.code == 0);
    // a bad argument is a failure: err says so
    CHECK(dyad_code_record(c, NULL, &res, &err) == DYAD_ERR_ARG);
    CHECK(err.code == DYAD_ERR_ARG);
    dyad_coder_free(c);
}

int main(void)
{
    dyad_dict *d = dyad_dict_new();
    dyad_error err = {0};
    CHECK(dyad_dict_load_config(d, "tests/spec/dict/PETR_config.ini", NULL, NULL, NULL, &err) == 0);
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) run_case(d, &cases[i]);
    test_bad_parse_result(d);
    dyad_dict_free(d);
    return harness_done();
}
