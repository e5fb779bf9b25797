// test_writers.c: the event writers through the public API: event ids and
// paired codes' pair ids, exact span texts, structured provenance and
// issues, CAMEO labels, CSV quoting, PLOVER and Phoenix lines, mentions as
// tables, and the run header's dictionary hashes. Uses the spec
// dictionaries (tests/spec/dict).
#include <stdlib.h>
#include <string.h>

#include "dyad.h"
#include "harness.h"

// A hand-made event in the story "Germany's minister criticized France."
static const char story[] = "Germany's minister criticized France.";

static dyad_record rec_of(void)
{
    dyad_record r;
    memset(&r, 0, sizeof r);
    r.id = "s-1";
    r.story_id = "s";
    r.date = 20250106;
    r.text = story;
    r.text_len = strlen(story);
    return r;
}

static dyad_event event_of(void)
{
    dyad_event e;
    memset(&e, 0, sizeof e);
    e.source = "DEUGOV";
    e.target = "FRA";
    e.code = "042";
    e.root = "04";
    e.quad = 1;
    e.goldstein = 1.9;
    e.plover = "CONSULT";
    e.source_text = "Germany minister";  // the coder's words: no "'s"
    e.target_text = "France";
    e.event_text = "criticized";
    e.source_entry = "pronoun for countries.actors.txt:362 GERMANY; agents.txt:12 MINISTER";
    e.target_entry = "countries.actors.txt:400 FRANCE, \"Paris\"";
    e.pattern = "- * [042:043]";
    e.pattern_file = "verbs.txt";
    e.pattern_line = 7;
    e.issues = "SANCTIONS 1, NUCLEAR 2";
    e.source_span = (dyad_span){0, 18};
    e.target_span = (dyad_span){30, 36};
    e.verb_span = (dyad_span){19, 29};
    e.index = 3;
    e.pair = 2;
    return e;
}

static char *line(dyad_output f)
{
    dyad_record r = rec_of();
    dyad_event e = event_of();
    dyad_buf b = {0};
    dyad_format_event(&b, f, &r, &e);
    char *s = malloc(b.n + 1);
    memcpy(s, b.p, b.n);
    s[b.n] = 0;
    free(b.p);
    return s;
}

static void test_formats(void)
{
    static const struct {
        dyad_output f;
        const char *has;  // a piece the line must hold
    } cases[] = {
        {DYAD_OUT_JSONL, "\"source_text\":\"Germany's minister\""},
        {DYAD_OUT_JSONL, "\"target_text\":\"France\",\"event_text\":\"criticized\""},
        {DYAD_OUT_JSONL, "\"issues\":[{\"issue\":\"SANCTIONS\",\"count\":1},"
                         "{\"issue\":\"NUCLEAR\",\"count\":2}]"},
        {DYAD_OUT_JSONL, "\"event_id\":\"s-1-3\",\"pair_id\":\"s-1-p2\""},
        {DYAD_OUT_JSONL, "\"cameo_label\":\"make a visit\""},
        {DYAD_OUT_JSONL, "\"source_provenance\":[{\"file\":\"countries.actors.txt\",\"line\":362,"
                         "\"entry\":\"GERMANY\"},{\"file\":\"agents.txt\",\"line\":12,"
                         "\"entry\":\"MINISTER\"}]"},
        {DYAD_OUT_JSONL, "\"target_provenance\":[{\"file\":\"countries.actors.txt\",\"line\":400,"
                         "\"entry\":\"FRANCE\"}]"},
        {DYAD_OUT_JSONL, "\"source_entry\":\"pronoun for countries.actors.txt:362 GERMANY;"},
        {DYAD_OUT_JSONL, "\"coder_version\":\"" DYAD_VERSION "\","
                         "\"sentence_span\":[0,37],\"sentence_span_bytes\":[0,37]}\n"},
        {DYAD_OUT_TSV, "\tGermany's minister\tFrance\tcriticized\t"},
        {DYAD_OUT_CSV, "s-1-3,s,s-1,2025-01-06,DEUGOV,FRA,\"042\",\"04\",1,1.9,CONSULT,"
                       "make a visit,Germany's minister,France,criticized,"},
        {DYAD_OUT_CSV, ",\"countries.actors.txt:400 FRANCE, \"\"Paris\"\"\","},
        {DYAD_OUT_CSV, ",\"SANCTIONS 1, NUCLEAR 2\",s-1-p2," DYAD_VERSION "\r\n"},
        {DYAD_OUT_PLOVER, "{\"id\":\"s-1-3\",\"date\":\"2025-01-06\",\"actor\":[{\"code\":\"DEU\","
                          "\"sector\":\"GOV\",\"entity_text\":\"Germany's minister\"}],"
                          "\"recipient\":[{\"code\":\"FRA\",\"entity_text\":"
                          "\"France\"}],\"event\":[\"CONSULT\"],\"event_text\":[\"criticized\"],"
                          "\"quad_code\":1,\"mode\":[],\"context\":[],\"link\":\"s-1-p2\","
                          "\"text\":\"Germany's minister criticized France.\""},
        {DYAD_OUT_PHOENIX, "20250106\tDEUGOV\tFRA\t042\tSANCTIONS 1, NUCLEAR 2\ts-1\t"
                           "Germany's minister\tFrance\tcriticized\n"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        char *s = line(cases[i].f);
        if (strstr(s, cases[i].has))
            harness_passed++;
        else {
            harness_failed++;
            fprintf(stderr, "case %zu: no %s\n  in %s\n", i, cases[i].has, s);
        }
        free(s);
    }
}

// No pair, no issues, no span; headers; mentions; format names.
static void test_edges(void)
{
    // no pair: null in JSON, an empty CSV field
    dyad_record r = rec_of();
    dyad_event e = event_of();
    e.pair = 0;
    e.issues = "";
    e.source_span = (dyad_span){-1, -1};
    dyad_buf b = {0};
    dyad_format_event(&b, DYAD_OUT_JSONL, &r, &e);
    CHECK(b.n && strstr(b.p, "\"pair_id\":null"));
    CHECK(b.n && strstr(b.p, "\"issues\":[]"));
    CHECK(b.n && strstr(b.p, "\"source_text\":\"Germany minister\""));  // no span: the words
    b.n = 0;
    dyad_format_columns(&b, DYAD_OUT_CSV, false);
    CHECK(b.n > 9 && !strncmp(b.p, "event_id,story_id,sentence_id,date,", 35));
    b.n = 0;
    dyad_format_columns(&b, DYAD_OUT_JSONL, false);
    CHECK(b.n == 0);
    dyad_mention m = {
        .text = "Germany, minister", .code = "DEUGOV", .entry = "x.txt:1 G", .span = {0, 18}};
    b.n = 0;
    CHECK(dyad_format_mention(&b, DYAD_OUT_CSV, &r, &m));
    CHECK(b.n && !strncmp(b.p, "s-1,\"Germany, minister\",DEUGOV,x.txt:1 G,0,18\r\n", b.n));
    b.n = 0;
    CHECK(!dyad_format_mention(&b, DYAD_OUT_PLOVER, &r, &m) && b.n == 0);
    free(b.p);
    dyad_output o;
    CHECK(dyad_output_named("phoenix", &o) && o == DYAD_OUT_PHOENIX);
    CHECK(!dyad_output_named("xml", &o));
}

// The coder numbers events and pairs a paired code's two directions.
typedef struct seen {
    char ids[8][48];
    int n;
} seen;

static int on_sentence(void *ctx, const dyad_record *s, const dyad_result *r)
{
    seen *g = ctx;
    for (size_t i = 0; i < r->n_events && g->n < 8; i++) {
        const dyad_event *e = &r->events[i];
        snprintf(g->ids[g->n++], 48, "%s %s %s %d %d", e->source, e->target, e->code, (int)e->index,
                 (int)e->pair);
    }
    return 0;
}

static void test_pairs(void)
{
    dyad_dict *d = dyad_dict_new();
    dyad_error err = {0};
    CHECK(dyad_dict_load_config(d, "tests/spec/dict/PETR_config.ini", NULL, NULL, NULL, &err) == 0);
    dyad_options o = DYAD_OPTIONS_INIT;
    dyad_options_news(&o, true);
    dyad_coder *c = dyad_coder_new(d, &o);
    static const char text[] = "Germany visited France. Russia attacked Ukraine.";
    dyad_record st;
    memset(&st, 0, sizeof st);
    st.id = st.story_id = "p";
    st.file = "test";
    st.text = text;
    st.text_len = strlen(text);
    st.is_story = true;
    st.date = 20250106;
    seen g = {.n = 0};
    CHECK(dyad_code_story(c, &st, on_sentence, &g, &err) == 2);
    CHECK(g.n == 3);
    CHECK_STR(g.ids[0], "DEU FRA 042 1 1");
    CHECK_STR(g.ids[1], "FRA DEU 043 2 1");
    CHECK_STR(g.ids[2], "RUS UKR 190 1 0");
    // the header names every file with its SHA-256
    const dyad_dict_file *files;
    size_t n = dyad_dict_files(d, &files);
    CHECK(n == 5);
    CHECK(n && !strcmp(files[0].name, "verbs.txt") && strlen(files[0].sha256) == 64);
    dyad_buf b = {0};
    dyad_format_run_header(&b, d);
    CHECK(b.n && !strncmp(b.p,
                          "{\"header\":{\"coder\":\"dyad\",\"coder_version\":\"" DYAD_VERSION
                          "\",\"dictionaries\":[{\"file\":\"verbs.txt\",\"sha256\":\"",
                          87));
    free(b.p);
    dyad_coder_free(c);
    dyad_dict_free(d);
}

// SHA-256 against FIPS 180-2's examples, through a one-file dictionary.
static void test_sha256(void)
{
    static const struct {
        const char *text, *sha;
    } cases[] = {
        {"abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"},
        {"abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
         "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        char path[] = "/tmp/dyad-test-sha-XXXXXX";
        int fd = mkstemp(path);
        CHECK(fd >= 0);
        FILE *f = fdopen(fd, "w");
        fputs(cases[i].text, f);
        fclose(f);
        dyad_dict *d = dyad_dict_new();
        dyad_error err = {0};
        dyad_dict_load(d, DYAD_DICT_ISSUES, path, NULL, NULL, &err);
        const dyad_dict_file *files;
        CHECK(dyad_dict_files(d, &files) == 1);
        CHECK_STR(files[0].sha256, cases[i].sha);
        dyad_dict_free(d);
        remove(path);
        char hex[65];
        dyad_sha256_hex(cases[i].text, strlen(cases[i].text), hex);
        CHECK_STR(hex, cases[i].sha);
    }
}

int main(void)
{
    test_formats();
    test_edges();
    test_pairs();
    test_sha256();
    return harness_done();
}
