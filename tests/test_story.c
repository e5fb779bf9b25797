// test_story.c: stories from raw text through the public API: sentence ids,
// offsets into the story, event spans (bytes and, in JSON, characters),
// skipping, limits, undated stories, pronouns, actor lookup by date, the
// built-in parser's trees. Uses the spec dictionaries (tests/spec/dict).
#include <stdlib.h>
#include <string.h>

#include "dyad.h"
#include "harness.h"

static dyad_dict *load(void)
{
    dyad_dict *d = dyad_dict_new();
    dyad_error err = {0};
    int rc = dyad_dict_load_config(d, "tests/spec/dict/PETR_config.ini", NULL, NULL, NULL, &err);
    CHECK(rc == 0);
    return d;
}

typedef struct got {
    char ids[16][32];
    int n_sent;
    char events[32][64];   // "id SRC TGT CODE"
    char spans[32][3][64]; // source, target, verb words by byte span
    int n_ev;
    int outcomes[16];
    const char *story;
} got;

static int collect(void *ctx, const dyad_record *s, const dyad_result *r)
{
    got *g = ctx;
    if (g->n_sent < 16) {
        snprintf(g->ids[g->n_sent], 32, "%s", s->id);
        g->outcomes[g->n_sent] = r->outcome;
        g->n_sent++;
    }
    CHECK(s->text == g->story + s->text_offset);
    for (size_t i = 0; i < r->n_events && g->n_ev < 32; i++) {
        const dyad_event *e = &r->events[i];
        snprintf(g->events[g->n_ev], 64, "%s %s %s %s", s->id, e->source, e->target, e->code);
        dyad_span sp[3] = {e->source_span, e->target_span, e->verb_span};
        for (int k = 0; k < 3; k++) {
            if (sp[k].start < 0) snprintf(g->spans[g->n_ev][k], 64, "?");
            else snprintf(g->spans[g->n_ev][k], 64, "%.*s", (int)(sp[k].end - sp[k].start),
                          g->story + sp[k].start);
        }
        g->n_ev++;
    }
    return 0;
}

static void code(dyad_coder *c, const char *text, int32_t date, got *g)
{
    memset(g, 0, sizeof *g);
    g->story = text;
    dyad_record story;
    memset(&story, 0, sizeof story);
    story.id = "s";
    story.file = "test";
    story.line = 1;
    story.text = text;
    story.text_len = strlen(text);
    story.is_story = true;
    story.date = date;
    dyad_error err = {0};
    int n = dyad_code_story(c, &story, collect, g, &err);
    CHECK(n == g->n_sent);
}

static dyad_coder *news_coder(const dyad_dict *d)
{
    dyad_options o = DYAD_OPTIONS_INIT;
    dyad_options_news(&o, true);
    return dyad_coder_new(d, &o);
}

static void test_ids_and_spans(const dyad_dict *d)
{
    dyad_coder *c = news_coder(d);
    got g;
    code(c, "Russia attacked Ukraine on Monday.\n\nThen France criticized Germany.", 20250902, &g);
    CHECK(g.n_sent == 2);
    CHECK_STR(g.ids[0], "s-1");
    CHECK_STR(g.ids[1], "s-2");
    CHECK(g.n_ev == 2);
    CHECK_STR(g.events[0], "s-1 RUS UKR 190");
    CHECK_STR(g.spans[0][0], "Russia");
    CHECK_STR(g.spans[0][1], "Ukraine");
    CHECK_STR(g.spans[0][2], "attacked");
    CHECK_STR(g.events[1], "s-2 FRA DEU 111");
    CHECK_STR(g.spans[1][0], "France");
    CHECK_STR(g.spans[1][1], "Germany");
    CHECK_STR(g.spans[1][2], "criticized");
    dyad_coder_free(c);
}

// JSON spans count characters; *_bytes count bytes.
static void test_json_characters(const dyad_dict *d)
{
    dyad_coder *c = news_coder(d);
    const char *text = "Élysée — “France criticized Russia.”";
    got g;
    code(c, text, 20250902, &g);
    CHECK(g.n_ev == 1);
    CHECK_STR(g.spans[0][0], "France");
    // code again to write the event as JSON
    dyad_record story;
    memset(&story, 0, sizeof story);
    story.id = "s";
    story.text = text;
    story.text_len = strlen(text);
    story.is_story = true;
    story.date = 20250902;
    char *buf = NULL;
    size_t len = 0;
    FILE *mem = open_memstream(&buf, &len);
    struct {
        FILE *out;
    } ctx = {mem};
    dyad_error err = {0};
    int writer(void *x, const dyad_record *s, const dyad_result *r);
    dyad_code_story(c, &story, writer, &ctx, &err);
    fclose(mem);
    // "Élysée — “" is 10 characters and 16 bytes before "France"
    CHECK(buf && strstr(buf, "\"source_span\":[10,16]"));
    CHECK(buf && strstr(buf, "\"source_span_bytes\":[16,22]"));
    free(buf);
    dyad_coder_free(c);
}

int writer(void *x, const dyad_record *s, const dyad_result *r)
{
    FILE *out = *(FILE **)x;
    for (size_t i = 0; i < r->n_events; i++) dyad_write_event_json(out, s, &r->events[i]);
    return 0;
}

static void test_skip_and_limits(const dyad_dict *d)
{
    dyad_options o = DYAD_OPTIONS_INIT;
    o.max_tokens = 20;
    dyad_coder *c = dyad_coder_new(d, &o);
    char long_sentence[2048] = "Russia attacked Ukraine";
    for (int i = 0; i < 30; i++) strcat(long_sentence, " and Ukraine");
    strcat(long_sentence, ".");
    struct {
        const char *text;
        int outcome;
    } cases[] = {
        {"The weather was fine and the sun was out.", DYAD_SKIPPED},  // no verb, no actors
        {"Russia attacked.", DYAD_SKIPPED},                           // one actor only
        {"Russia attacked Ukraine.", DYAD_CODED},
        {long_sentence, DYAD_TOO_LONG},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        got g;
        code(c, cases[i].text, 20250902, &g);
        CHECK(g.n_sent == 1);
        if (g.outcomes[0] != cases[i].outcome)
            fprintf(stderr, "case %zu: outcome %d, want %d\n", i, g.outcomes[0], cases[i].outcome);
        CHECK(g.outcomes[0] == cases[i].outcome);
    }
    dyad_coder_stats st;
    dyad_coder_get_stats(c, &st);
    CHECK(st.stories == 4);
    CHECK(st.sentences == 4);
    CHECK(st.skipped == 2);
    CHECK(st.too_long == 1);
    CHECK(st.parsed == 1);
    CHECK(st.events == 1);
    dyad_coder_free(c);
}

static void test_undated_and_dateline(const dyad_dict *d)
{
    dyad_coder *c = news_coder(d);
    got g;
    code(c, "Russia attacked Ukraine.", 0, &g);
    code(c, "BERLIN, May 10, 2025 (Reuters) - Merz criticized Russia.", 0, &g);
    CHECK(g.n_ev == 1);
    CHECK_STR(g.events[0], "s-1 DEUGOV RUS 111");  // dated by the dateline: chancellor
    code(c, "BERLIN, May 10 (Reuters) - Merz criticized Russia.", 20240101, &g);
    CHECK_STR(g.events[0], "s-1 DEUOPP RUS 111");  // the story's own date: opposition
    dyad_coder_stats st;
    dyad_coder_get_stats(c, &st);
    CHECK(st.undated == 1);
    dyad_coder_free(c);
}

static void test_pronouns(const dyad_dict *d)
{
    dyad_coder *c = news_coder(d);
    got g;
    code(c, "Merz arrived in Paris. French officials criticized him.", 20250902, &g);
    CHECK(g.n_ev == 1);
    CHECK_STR(g.events[0], "s-2 FRAGOV DEUGOV 111");
    CHECK_STR(g.spans[0][1], "him");
    // PETRARCH's roles: no pronouns
    dyad_coder *p = dyad_coder_new(d, NULL);
    code(p, "Merz arrived in Paris. French officials criticized him.", 20250902, &g);
    CHECK(g.n_ev == 0);
    dyad_coder_free(p);
    dyad_coder_free(c);
}

// dyad's news roles: no event from what did not happen
static void test_hypothetical(const dyad_dict *d)
{
    dyad_coder *c = news_coder(d);
    struct {
        const char *text;
        int events;
    } cases[] = {
        {"Russia attacked Ukraine.", 1},
        {"Russia may attack Ukraine.", 0},
        // readiness states a threat (138), never the attack itself
        {"Russia is ready to attack Ukraine.", 1},
        {"Russia made efforts to attack Ukraine.", 0},
        {"Analysts believe Russia attacked Ukraine.", 0},
        {"Germany said Russia attacked Ukraine.", 1},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        got g;
        code(c, cases[i].text, 20250902, &g);
        if (g.n_ev != cases[i].events) fprintf(stderr, "\"%s\": %d events\n", cases[i].text, g.n_ev);
        CHECK(g.n_ev == cases[i].events);
        if (strstr(cases[i].text, "ready") && g.n_ev == 1) CHECK_STR(g.events[0], "s-1 RUS UKR 138");
    }
    dyad_coder_free(c);
}

static void test_lookup(const dyad_dict *d)
{
    dyad_coder *c = dyad_coder_new(d, NULL);
    struct {
        const char *name;
        int32_t date;
        const char *code;
    } cases[] = {
        {"Friedrich Merz", 20240101, "DEUOPP"}, {"Merz", 20250601, "DEUGOV"},
        {"Olaf Scholz", 20230101, "DEUGOV"},    {"Scholz", 20250601, "DEUELI"},
        {"Keir Starmer", 20240101, "GBROPP"},   {"Starmer", 20240801, "GBRGOV"},
        {"German officials", 20250101, "DEUGOV"}, {"Nobody Known", 20250101, "---"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        const char *code, *entry;
        dyad_lookup_actor(c, cases[i].name, strlen(cases[i].name), cases[i].date, &code, &entry);
        CHECK_STR(code, cases[i].code);
    }
    dyad_coder_free(c);
}

static void test_parser_trees(const dyad_dict *d)
{
    dyad_coder *c = dyad_coder_new(d, NULL);
    struct {
        const char *text, *tree;
    } cases[] = {
        {"Arnor attacked Gondor.",
         "(ROOT (S (S (NP (NNP Arnor)) (VP (VBD attacked) (NP (NNP Gondor)))) (. .)))"},
        {"Gondor will not visit Arnor.",
         "(ROOT (S (S (NP (NNP Gondor)) (VP (MD will) (RB not) (VP (VB visit) (NP (NNP Arnor))))) (. .)))"},
        {"The ambassadors of Arnor and Gondor met.",
         "(ROOT (S (S (NP (NP (DT The) (NNS ambassadors)) (PP (IN of) (NP (NP (NNP Arnor)) (CC and) (NP (NNP Gondor))))) (VP (VBD met))) (. .)))"},
        {"Gondor's army attacked.",
         "(ROOT (S (S (NP (NP (NNP Gondor) (POS 's)) (NN army)) (VP (VBD attacked))) (. .)))"},
        {"Gondor's leader visits Arnor.",
         "(ROOT (S (S (NP (NP (NNP Gondor) (POS 's)) (NN leader)) (VP (VBZ visits) (NP (NNP Arnor)))) (. .)))"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        char *tree = NULL;
        dyad_error err = {0};
        CHECK(dyad_parse_sentence(c, cases[i].text, strlen(cases[i].text), &tree, &err) == 0);
        CHECK_STR(tree, cases[i].tree);
        free(tree);
    }
    dyad_coder_free(c);
}

int main(void)
{
    dyad_dict *d = load();
    test_ids_and_spans(d);
    test_json_characters(d);
    test_skip_and_limits(d);
    test_undated_and_dateline(d);
    test_pronouns(d);
    test_hypothetical(d);
    test_lookup(d);
    test_parser_trees(d);
    dyad_dict_free(d);
    return harness_done();
}
