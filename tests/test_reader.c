// test_reader.c: the PETRARCH XML and JSON Lines record readers.
#include "dyad.h"
#include "harness.h"

#include <stdlib.h>

#define UNIT_XML "../shared/petrarch/text/PETR.UnitTest.records.xml"

// All records of a reader, with their errors, copied out.
typedef struct got {
    int n_rec, n_err;
    char ids[16][64];
    int err_lines[16];
    char err_msgs[16][512];
    int order[32];   // 1 = a record, -1 = an error, in reading order
    int n_order;
} got;

static void read_all(dyad_reader *r, got *g)
{
    memset(g, 0, sizeof *g);
    const dyad_record *rec;
    dyad_error err;
    int rc;
    while ((rc = dyad_reader_next(r, &rec, &err)) != 0) {
        if (g->n_order < 32) g->order[g->n_order++] = rc > 0 ? 1 : -1;
        if (rc > 0 && g->n_rec < 16) snprintf(g->ids[g->n_rec], 64, "%s", rec->id);
        if (rc < 0 && g->n_err < 16) {
            g->err_lines[g->n_err] = err.line;
            snprintf(g->err_msgs[g->n_err], 512, "%s", err.message);
        }
        if (rc > 0) g->n_rec++;
        else g->n_err++;
        if (g->n_order > 1000) break;   // a reader that never ends
    }
}

static dyad_reader *mem_reader(const char *s, dyad_format f)
{
    dyad_error err;
    dyad_reader *r = dyad_reader_open_mem(s, strlen(s), "mem", f, &err);
    if (!r) dyad_error_print(&err, stderr);
    return r;
}

// ---------------------------------------------------------------- unit file

typedef struct unit_stats {
    int n, errors;
    const dyad_record *first;   // only valid while reading
    char first_id[32], first_src[16], first_tgt[16], first_code[8];
    int demo21_settings, demo22_settings, date16_settings, comma05_settings;
    char demo22_opt[32], demo22_val[8];
    char first_setting[32];
    bool demo24_none, error01_seen;
    char error02_error[32];
    char injury_src[32];
    int demo00_line, demo00_parse_line;
    bool demo00_text_ok, demo00_parse_ok, ampersand_ok;
    char afp_story[32];
} unit_stats;

static void check_record(unit_stats *s, const dyad_record *rec)
{
    const char *id = rec->id;
    if (s->n == 0) {
        snprintf(s->first_id, sizeof s->first_id, "%s", id);
        if (rec->n_expected == 1) {
            snprintf(s->first_src, 16, "%s", rec->expected[0].source);
            snprintf(s->first_tgt, 16, "%s", rec->expected[0].target);
            snprintf(s->first_code, 8, "%s", rec->expected[0].code);
        }
        if (rec->n_settings) snprintf(s->first_setting, 32, "%s", rec->settings[0].option);
        s->demo00_line = rec->line;
        s->demo00_parse_line = rec->parse_line;
        s->demo00_text_ok = strcmp(rec->text, "Arnor is about to restore full diplomatic ties "
                                              "with Gondor almost five years after crowds "
                                              "trashed its embassy.") == 0 &&
                            rec->text_len == strlen(rec->text) && rec->date == 19950101 &&
                            strcmp(rec->category, "DEMO") == 0 && rec->is_sentence &&
                            strcmp(rec->story_id, "DEMO") == 0;
        s->demo00_parse_ok = rec->parse && strncmp(rec->parse, "(ROOT (S", 8) == 0 &&
                             rec->parse[rec->parse_len - 1] == ')' &&
                             strstr(rec->parse, "\n") != NULL;
    }
    if (!strcmp(id, "DEMO-21")) s->demo21_settings = (int)rec->n_settings;
    if (!strcmp(id, "DEMO-22")) {
        s->demo22_settings = (int)rec->n_settings;
        if (rec->n_settings) {
            snprintf(s->demo22_opt, 32, "%s", rec->settings[0].option);
            snprintf(s->demo22_val, 8, "%s", rec->settings[0].value);
        }
        if (rec->n_expected == 2) snprintf(s->injury_src, 32, "%s", rec->expected[1].source);
    }
    if (!strcmp(id, "DEMO-24")) s->demo24_none = rec->expect_none && !rec->n_expected;
    if (!strcmp(id, "DATE-16")) s->date16_settings = (int)rec->n_settings;
    if (!strcmp(id, "COMMA-05")) s->comma05_settings = (int)rec->n_settings;
    if (!strcmp(id, "ERROR-01")) s->error01_seen = rec->expect_error &&
                                                   !strcmp(rec->expect_error, "dateline");
    if (!strcmp(id, "ERROR-02") && rec->expect_error)
        snprintf(s->error02_error, 32, "%s", rec->expect_error);
    if (!strcmp(id, "AFP080801M008-2")) snprintf(s->afp_story, 32, "%s", rec->story_id);
    if (strstr(rec->text, "full &TIETYPE ties")) s->ampersand_ok = true;
}

static void test_unit_file(void)
{
    dyad_error err;
    dyad_reader *r = dyad_reader_open(UNIT_XML, DYAD_FORMAT_AUTO, &err);
    CHECK(r != NULL);
    if (!r) {
        dyad_error_print(&err, stderr);
        return;
    }
    const dyad_environment *env = dyad_reader_environment(r);
    CHECK_STR(env->verbfile, "PETR.Validate.verbs.txt");
    CHECK_STR(env->agentfile, "PETR.Validate.agents.txt");
    CHECK_STR(env->discardfile, "PETR.Validate.discards.txt");
    CHECK(env->n_actorfiles == 1);
    CHECK_STR(env->actorfiles[0], "PETR.Validate.actors.txt");
    CHECK_STR(env->include, "valid DEMO ACTOR VERB AGENT COMPOUND PARSING PATTERN DATE "
                            "MODIFY SYNSET ERROR");
    CHECK(env->exclude == NULL && env->issuefile == NULL);

    unit_stats s = {0};
    const dyad_record *rec;
    int rc;
    while ((rc = dyad_reader_next(r, &rec, &err)) != 0) {
        if (rc < 0) {
            dyad_error_print(&err, stderr);
            s.errors++;
            continue;
        }
        check_record(&s, rec);
        s.n++;
    }
    dyad_reader_close(r);
    CHECK(s.n == 284);
    CHECK(s.errors == 0);
    CHECK_STR(s.first_id, "DEMO-00");
    CHECK_STR(s.first_src, "ARN");
    CHECK_STR(s.first_tgt, "GON");
    CHECK_STR(s.first_code, "064");
    CHECK_STR(s.first_setting, "stop_on_error");   // the <Environment>'s <Config>
    CHECK(s.demo00_line == 61);
    CHECK(s.demo00_parse_line == 71);
    CHECK(s.demo00_text_ok);
    CHECK(s.demo00_parse_ok);
    CHECK(s.demo21_settings == 0);
    CHECK(s.demo22_settings == 1);
    CHECK_STR(s.demo22_opt, "new_actor_length");
    CHECK_STR(s.demo22_val, "4");
    CHECK_STR(s.injury_src, "\"INJURY TOLL\"");
    CHECK(s.date16_settings == 2);
    CHECK(s.comma05_settings == 7);
    CHECK(s.demo24_none);
    CHECK(s.error01_seen);
    CHECK_STR(s.error02_error, "bad_input_parse");
    CHECK_STR(s.afp_story, "AFP080801M008");
    CHECK(s.ampersand_ok);
}

// ---------------------------------------------------------------- broken XML

static const char broken_xml[] =
    "<Sentences>\n"                                             // 1
    "<Sentence date=\"20080801\" id=\"A-1\" sentence=\"true\">\n" // 2
    "<Text>First.</Text>\n"                                     // 3
    "</Sentence>\n"                                             // 4
    "<Sentence date=\"20080801\" id=\"B-1\">\n"                 // 5
    "<Text>Broken, no end tags.\n"                              // 6
    "<Config option=\"require_dyad\" value=\"false\"></Config>\n" // 7
    "<Sentence date='20080802' id='C-1'>\n"                     // 8
    "<Text>Third.</Text>\n"                                     // 9
    "<Parse>(ROOT (S (NP (NNP Third)) (. .)))</Parse>\n"        // 10
    "</Sentence>\n"                                             // 11
    "</Sentences>\n";

static void test_broken_record(void)
{
    dyad_reader *r = mem_reader(broken_xml, DYAD_FORMAT_AUTO);
    CHECK(r != NULL);
    if (!r) return;
    got g;
    read_all(r, &g);
    dyad_reader_close(r);
    CHECK(g.n_rec == 2 && g.n_err == 1);
    CHECK_STR(g.ids[0], "A-1");
    CHECK_STR(g.ids[1], "C-1");
    CHECK(g.order[0] == 1 && g.order[1] == -1 && g.order[2] == 1);
    CHECK(g.err_lines[0] == 5);
    CHECK(strstr(g.err_msgs[0], "B-1") != NULL);
}

// Each case: an input, how many records and errors, the first error's line.
typedef struct xml_case {
    const char *name, *xml;
    int n_rec, n_err, err_line;
} xml_case;

static const xml_case xml_cases[] = {
    {"plain", "<Sentences><Sentence date='20010203' id='x'><Text>a</Text></Sentence></Sentences>",
     1, 0, 0},
    {"eof in record", "<Sentences>\n<Sentence date='20010203' id='x'>\n<Text>a</Text>\n", 0, 1, 2},
    {"eof in text", "<Sentence date='20010203' id='x'><Text>a", 0, 1, 1},
    {"eof in tag", "\n\n<Sentence date='20010203' id='x", 0, 1, 3},
    {"no date", "<Sentence id='x'><Text>a</Text></Sentence>\n"
                "<Sentence date='19990101' id='y'><Text>b</Text></Sentence>", 1, 1, 1},
    {"bad date", "\n<Sentence date='1999' id='x'><Text>a</Text></Sentence>", 0, 1, 2},
    {"quote breaks", "<Sentence date='20010203 id='x'><Text>a</Text></Sentence>\n"
                     "<Sentence date='19990101' id='y'><Text>b</Text></Sentence>", 1, 1, 1},
    {"comments", "<!-- <Sentence date='20010203'> --><! -- x --><!--Stop></Stop-->"
                 "<Sentence date='20010203' id='x'><!-- </Sentence> -->"
                 "<Text>a<!-- b --> c</Text></Sentence>", 1, 0, 0},
    {"stop", "<Sentence date='20010203' id='x'><Text>a</Text></Sentence><Stop></Stop>"
             "<Sentence date='20010203' id='y'><Text>a</Text></Sentence>", 1, 0, 0},
    {"empty", "", 0, 0, 0},
    {"junk", "<<<>>><//><?x?><!DOCTYPE x>&amp;<", 0, 0, 0},
};

static void test_xml_cases(void)
{
    for (size_t i = 0; i < sizeof xml_cases / sizeof xml_cases[0]; i++) {
        const xml_case *c = &xml_cases[i];
        dyad_reader *r = mem_reader(c->xml, DYAD_FORMAT_XML);
        CHECK(r != NULL);
        if (!r) continue;
        got g;
        read_all(r, &g);
        dyad_reader_close(r);
        bool ok = g.n_rec == c->n_rec && g.n_err == c->n_err &&
                  (!c->n_err || g.err_lines[0] == c->err_line);
        if (!ok)
            fprintf(stderr, "case %s: %d records, %d errors (line %d: %s)\n", c->name,
                    g.n_rec, g.n_err, g.err_lines[0], g.err_msgs[0]);
        CHECK(ok);
    }
}

// ---------------------------------------------------------------- entities

static void test_entities(void)
{
    const char *xml =
        "<Sentences>\n"
        "<Config option = \"new_actor_length\" value = '3'></Config>\n"
        "<Sentence date = \"2008-08-01\" id =\"AT&amp;T_12\" category=\"A&lt;B\">\n"
        "<EventCoding sourcecode='\"FOO &quot;BAR&quot;\"' targetcode=\"G&#79;N\" "
        "eventcode=\"&#x30;42\"></EventCoding>\n"
        "<Text>\n  Fish &amp; chips &lt;cost&gt;\n   &#163;3 &apos;each&apos; &bogus; &#0; & x\n"
        "</Text>\n"
        "<Parse>\n  (ROOT (S (NP (NNP Fish)) (CC &amp;)))  \n</Parse>\n"
        "</Sentence>\n"
        "</Sentences>\n";
    dyad_reader *r = mem_reader(xml, DYAD_FORMAT_AUTO);
    CHECK(r != NULL);
    if (!r) return;
    const dyad_record *rec = NULL;
    dyad_error err;
    CHECK(dyad_reader_next(r, &rec, &err) == 1);
    if (rec) {
        CHECK_STR(rec->id, "AT&T_12");
        CHECK_STR(rec->story_id, "AT&T");
        CHECK_STR(rec->category, "A<B");
        CHECK(rec->date == 20080801);
        CHECK(rec->n_expected == 1);
        if (rec->n_expected) {
            CHECK_STR(rec->expected[0].source, "\"FOO \"BAR\"\"");
            CHECK_STR(rec->expected[0].target, "GON");
            CHECK_STR(rec->expected[0].code, "042");
        }
        CHECK_STR(rec->text, "Fish & chips <cost> \xC2\xA3" "3 'each' &bogus; &#0; & x");
        CHECK_STR(rec->parse, "(ROOT (S (NP (NNP Fish)) (CC &)))");
        CHECK(rec->parse_line == 10);
        CHECK(rec->line == 3);
        CHECK(rec->n_settings == 1);
        if (rec->n_settings) CHECK_STR(rec->settings[0].value, "3");
        CHECK(rec->expect_error == NULL && !rec->expect_none);
    }
    CHECK(dyad_reader_next(r, &rec, &err) == 0);
    dyad_reader_close(r);
}

// ---------------------------------------------------------------- story ids

static void test_story_ids(void)
{
    static const struct {
        const char *id, *story;
    } cases[] = {
        {"DEMO-00", "DEMO"},         {"AFP0808-01-M008-02", "AFP0808-01-M008"},
        {"ABCDEFGHIJKLM_1", "ABCDEFGHIJKLM"}, {"AFP0808020593-1a", "AFP0808020593-1a"},
        {"FINAL-RECORD", "FINAL-RECORD"},     {"12", "12"},
        {"-5", "-5"},                {"X-", "X-"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        char xml[256];
        snprintf(xml, sizeof xml, "<Sentence date='20000101' id='%s'><Text>x</Text></Sentence>",
                 cases[i].id);
        dyad_reader *r = mem_reader(xml, DYAD_FORMAT_XML);
        const dyad_record *rec = NULL;
        dyad_error err;
        CHECK(r && dyad_reader_next(r, &rec, &err) == 1);
        if (rec) CHECK_STR(rec->story_id, cases[i].story);
        dyad_reader_close(r);
    }
}

// ---------------------------------------------------------------- JSONL

static void test_jsonl(void)
{
    const char *jl =
        "{\"id\": \"s1\", \"date\": \"2015-06-01\", \"text\": \"One.\", \"parse\": \"(ROOT)\"}\n"
        "\n"
        "{\"id\": \"s2\", \"date\": \"20150601\", \"text\": \"Two.\" \n"
        "{\"id\": \"s3\", \"date\": null, \"text\": \"Three.\", \"category\": \"c\", "
        "\"title\": \"T\"}\r\n"
        "[1, 2]\n"
        "{\"id\": \"s5\", \"text\": 5}\n"
        "{\"id\": \"s6\"}\n"
        "{\"id\": 7, \"date\": \"2015-13-01\", \"text\": \"x\"}\n"
        "{\"id\": 8, \"date\": 20150102, \"text\": \"Eight.\"}";
    dyad_reader *r = mem_reader(jl, DYAD_FORMAT_AUTO);
    CHECK(r != NULL);
    if (!r) return;
    const dyad_record *rec;
    dyad_error err;
    CHECK(dyad_reader_next(r, &rec, &err) == 1);
    CHECK_STR(rec->id, "s1");
    CHECK_STR(rec->story_id, "s1");
    CHECK(rec->date == 20150601 && rec->line == 1);
    CHECK_STR(rec->parse, "(ROOT)");
    CHECK_STR(rec->file, "mem");
    CHECK(rec->parse_len == 6 && rec->text_len == 4);

    static const struct {
        int rc, line;
        const char *id_or_msg;
    } want[] = {
        {DYAD_ERR_SYNTAX, 3, "invalid JSON"},
        {1, 4, "s3"},
        {DYAD_ERR_SYNTAX, 5, "expected a JSON object"},
        {DYAD_ERR_SYNTAX, 6, "\"text\" must be a string"},
        {DYAD_ERR_SYNTAX, 7, "no \"text\""},
        {DYAD_ERR_SYNTAX, 8, "\"date\" is not a date"},
        {1, 9, "8"},
        {0, 0, NULL},
    };
    for (size_t i = 0; i < sizeof want / sizeof want[0]; i++) {
        int rc = dyad_reader_next(r, &rec, &err);
        CHECK(rc == want[i].rc);
        if (rc == 1) {
            CHECK(rec->line == want[i].line);
            CHECK_STR(rec->id, want[i].id_or_msg);
        } else if (rc < 0) {
            CHECK(err.line == want[i].line && err.column > 0);
            CHECK_STR(err.file, "mem");
            if (!strstr(err.message, want[i].id_or_msg))
                fprintf(stderr, "line %d: unexpected message: %s\n", err.line, err.message);
            CHECK(strstr(err.message, want[i].id_or_msg) != NULL);
        }
    }
    dyad_reader_close(r);
}

static void test_jsonl_details(void)
{
    dyad_reader *r = mem_reader("{\"text\": \"x\", \"date\": \"bad\"}\n", DYAD_FORMAT_JSONL);
    const dyad_record *rec;
    dyad_error err;
    CHECK(dyad_reader_next(r, &rec, &err) == DYAD_ERR_SYNTAX);
    CHECK(err.column == 15);   // where "date" is
    dyad_reader_close(r);

    r = mem_reader("{\"text\": \"A\", \"category\": null}", DYAD_FORMAT_JSONL);
    CHECK(dyad_reader_next(r, &rec, &err) == 1);
    CHECK_STR(rec->id, "");
    CHECK_STR(rec->category, "");
    CHECK(rec->parse == NULL && rec->date == 0 && rec->parse_line == 0);
    CHECK(dyad_reader_next(r, &rec, &err) == 0);
    dyad_reader_close(r);
}

// ---------------------------------------------------------------- opening

static void test_open(void)
{
    dyad_error err;
    CHECK(dyad_reader_open("stories.jsonl.gz", DYAD_FORMAT_AUTO, &err) == NULL);
    CHECK(err.code == DYAD_ERR_IO && strstr(err.message, "zcat") != NULL);
    CHECK(dyad_reader_open("/nonexistent/x.xml", DYAD_FORMAT_AUTO, &err) == NULL);
    CHECK(err.code == DYAD_ERR_IO);
    CHECK_STR(err.file, "/nonexistent/x.xml");
    CHECK(dyad_reader_open_mem("hello", 5, "x.txt", DYAD_FORMAT_AUTO, &err) == NULL);
    CHECK(err.code == DYAD_ERR_ARG);
    CHECK(dyad_reader_open_mem("\x1f\x8b\x08", 3, "x", DYAD_FORMAT_AUTO, &err) == NULL);
    CHECK(err.code == DYAD_ERR_IO);

    // by name, then by the first byte (after a BOM and space)
    const char *bom = "\xEF\xBB\xBF \n{\"text\":\"t\"}";
    dyad_reader *r = dyad_reader_open_mem(bom, strlen(bom), NULL, DYAD_FORMAT_AUTO, &err);
    const dyad_record *rec = NULL;
    CHECK(r && dyad_reader_next(r, &rec, &err) == 1);
    if (rec) CHECK_STR(rec->file, "<memory>");
    dyad_reader_close(r);
    r = dyad_reader_open_mem("{\"text\":\"t\"}", 12, "a.xml", DYAD_FORMAT_AUTO, &err);
    CHECK(r && dyad_reader_next(r, &rec, &err) == 0);   // read as XML: no records
    dyad_reader_close(r);
    dyad_reader_close(NULL);
    CHECK(dyad_reader_environment(NULL)->verbfile == NULL);

    // not NUL-terminated: only `len` bytes are read
    const char buf[] = "<Sentence date='20000101' id='a'><Text>x</Text></Sentence>XXXX";
    r = dyad_reader_open_mem(buf, sizeof buf - 5, "m", DYAD_FORMAT_AUTO, &err);
    CHECK(r && dyad_reader_next(r, &rec, &err) == 1);
    dyad_reader_close(r);
}

static void test_error_print(void)
{
    char buf[256] = {0};
    FILE *f = tmpfile();
    if (!f) return;
    dyad_error e = {DYAD_ERR_SYNTAX, "bad thing", "in.xml", 12, 3};
    dyad_error_print(&e, f);
    dyad_error e2 = {DYAD_ERR_IO, "just this", "", 0, 0};
    dyad_error_print(&e2, f);
    rewind(f);
    size_t n = fread(buf, 1, sizeof buf - 1, f);
    buf[n] = '\0';
    fclose(f);
    CHECK_STR(buf, "in.xml:12:3: bad thing\njust this\n");
}

int main(void)
{
    test_unit_file();
    test_broken_record();
    test_xml_cases();
    test_entities();
    test_story_ids();
    test_jsonl();
    test_jsonl_details();
    test_open();
    test_error_print();
    return harness_done();
}
