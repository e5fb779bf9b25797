// test_reader.c: the record readers: PETRARCH XML, JSON Lines (sentences and
// stories), plain text, from memory, files and gzip.
#include "dyad.h"
#include "harness.h"

#include <stdlib.h>
#include <unistd.h>
#include <zlib.h>

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

    // a sentence (it has "parse") without an id keeps an empty id
    r = mem_reader("{\"text\": \"A\", \"category\": null, \"parse\": null}", DYAD_FORMAT_JSONL);
    CHECK(dyad_reader_next(r, &rec, &err) == 1);
    CHECK_STR(rec->id, "");
    CHECK_STR(rec->category, "");
    CHECK(rec->parse == NULL && rec->date == 0 && rec->parse_line == 0);
    CHECK(!rec->is_story && rec->title == NULL);
    CHECK(dyad_reader_next(r, &rec, &err) == 0);
    dyad_reader_close(r);
}

// ---------------------------------------------------------------- dates

static void test_dates(void)
{
    static const struct {
        const char *s;
        int32_t want;
    } cases[] = {
        {"2025-01-06", 20250106},
        {"20250106", 20250106},
        {"250106", 20250106},
        {"2025-01-06T10:00:00Z", 20250106},
        {"2025-01-06T10:00:00+02:00", 20250106},
        {"2025-01-06T23:30:00-0500", 20250106},
        {"2025-01-06T10:00:00.123456+02", 20250106},
        {"2025-01-06 10:00:00", 20250106},
        {"2025-01-06t10:00", 20250106},
        {"20250106T100000Z", 20250106},
        {" 2025-01-06T10:00:00Z ", 20250106},
        {"2025-01-06T", 0},
        {"2025-01-06T10", 0},
        {"2025-01-06T10:", 0},
        {"2025-01-06T25:00:00", 0},
        {"2025-01-06T10:61", 0},
        {"2025-01-06T10:00:00Zjunk", 0},
        {"2025-01-06X10:00:00", 0},
        {"2025-01-06T10:00:00+2:00", 0},
        {"2025-01-06T10:00:00.", 0},
        {"2025-13-06T10:00:00Z", 0},
        {"yesterday", 0},
        {"", 0},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        int32_t d = dyad_parse_date(cases[i].s, strlen(cases[i].s));
        if (d != cases[i].want)
            fprintf(stderr, "date \"%s\": got %d, want %d\n", cases[i].s, (int)d,
                    (int)cases[i].want);
        CHECK(d == cases[i].want);
    }
    CHECK(dyad_parse_date(NULL, 3) == 0);

    // a JSON Lines story or an XML record with a datetime is read and dated;
    // garbage is the field error, and the records around it are still read
    const char *jl = "{\"id\": \"a\", \"date\": \"2025-01-06T10:00:00Z\", \"text\": \"A.\"}\n"
                     "{\"id\": \"b\", \"date\": \"2025-01-06T10:00:00junk\", \"text\": \"B.\"}\n"
                     "{\"id\": \"c\", \"date\": \"2025-01-07 08:00:00\", \"text\": \"C.\"}\n";
    dyad_reader *r = mem_reader(jl, DYAD_FORMAT_JSONL);
    const dyad_record *rec;
    dyad_error err;
    CHECK(r && dyad_reader_next(r, &rec, &err) == 1 && rec->date == 20250106);
    CHECK(r && dyad_reader_next(r, &rec, &err) == DYAD_ERR_SYNTAX && err.line == 2 &&
          strstr(err.message, "\"date\" is not a date") != NULL);
    CHECK(r && dyad_reader_next(r, &rec, &err) == 1 && rec->date == 20250107);
    dyad_reader_close(r);
    r = mem_reader("<Sentences><Sentence date='2025-01-06T10:00:00+02:00' id='x-1'>"
                   "<Text>a</Text></Sentence></Sentences>", DYAD_FORMAT_XML);
    CHECK(r && dyad_reader_next(r, &rec, &err) == 1 && rec->date == 20250106);
    dyad_reader_close(r);
}

// ---------------------------------------------------------------- stories

static void test_stories(void)
{
    const char *jl =
        "{\"id\": \"r-1\", \"date\": \"1987-04-03\", \"title\": \"HEAD\", \"text\": \"Body.\", "
        "\"source\": \"Reuters\", \"extra\": [1, {\"a\": 2}]}\n"                        // 1
        "{\"id\": \"r-2\", \"date\": null, \"title\": null, \"text\": \"Two.\"}\n"      // 2
        "{\"date\": \"1987-04-04\", \"text\": \"No id, no title.\"}\n"                  // 3
        "{\"id\": \"s-1\", \"title\": \"T\", \"text\": \"Sent.\", \"parse\": \"(ROOT)\"}\n" // 4
        "{\"id\": \"s-2\", \"text\": \"Null parse.\", \"parse\": null}\n"               // 5
        "{\"id\": \"r-6\", \"title\": 5, \"text\": \"x\"}\n"                            // 6
        "{\"id\": \"\", \"text\": \"Empty id.\"}\n";                                    // 7
    dyad_error err;
    dyad_reader *r = dyad_reader_open_mem(jl, strlen(jl), "/data/part.jsonl.gz",
                                          DYAD_FORMAT_AUTO, &err);
    CHECK(r != NULL);
    if (!r) return;
    const dyad_record *rec;
    CHECK(dyad_reader_next(r, &rec, &err) == 1);
    CHECK(rec->is_story && rec->line == 1 && rec->date == 19870403);
    CHECK_STR(rec->id, "r-1");
    CHECK_STR(rec->story_id, "r-1");
    CHECK_STR(rec->title, "HEAD");
    CHECK_STR(rec->text, "Body.");
    CHECK(rec->parse == NULL && rec->text_len == 5);

    CHECK(dyad_reader_next(r, &rec, &err) == 1);   // title null
    CHECK(rec->is_story && rec->title == NULL && rec->date == 0 && rec->line == 2);
    CHECK_STR(rec->id, "r-2");

    CHECK(dyad_reader_next(r, &rec, &err) == 1);   // no id, no title
    CHECK(rec->is_story && rec->title == NULL && rec->line == 3);
    CHECK_STR(rec->id, "part-3");
    CHECK_STR(rec->story_id, "part-3");

    CHECK(dyad_reader_next(r, &rec, &err) == 1);   // a sentence: its title is ignored
    CHECK(!rec->is_story && rec->title == NULL && rec->line == 4);
    CHECK_STR(rec->parse, "(ROOT)");
    CHECK_STR(rec->id, "s-1");

    CHECK(dyad_reader_next(r, &rec, &err) == 1);   // "parse": null is still a sentence
    CHECK(!rec->is_story && rec->parse == NULL && rec->line == 5);
    CHECK_STR(rec->id, "s-2");

    CHECK(dyad_reader_next(r, &rec, &err) == DYAD_ERR_SYNTAX);
    CHECK(err.line == 6 && err.column == 15);
    CHECK(strstr(err.message, "\"title\" must be a string") != NULL);

    CHECK(dyad_reader_next(r, &rec, &err) == 1);   // an empty id is a missing one
    CHECK_STR(rec->id, "part-7");
    CHECK(dyad_reader_next(r, &rec, &err) == 0);
    dyad_reader_close(r);
}

// ---------------------------------------------------------------- fields, meta

static void test_fields_meta(void)
{
    static const struct {
        const char *line;
        dyad_fields fields;
        int rc;
        const char *id, *title, *text, *meta;   // or the error message
        int32_t date;
    } cases[] = {
        {"{\"id\": \"a\", \"text\": \"T.\"}", {0}, 1, "a", NULL, "T.", NULL, 0},
        {"{\"id\": \"a\", \"text\": \"T.\", \"source\": \"BBC\", \"n\": 0.1, \"i\": -3, "
         "\"ok\": false, \"z\": null, \"o\": {\"a\": [1, \"\\u00e9\"], \"e\": {}}}",
         {0}, 1, "a", NULL, "T.",
         "{\"source\":\"BBC\",\"n\":0.1,\"i\":-3,\"ok\":false,\"z\":null,"
         "\"o\":{\"a\":[1,\"\xC3\xA9\"],\"e\":{}}}", 0},
        {"{\"story\": \"s1\", \"when\": \"2025-01-06T10:00:00Z\", \"head\": \"H\", "
         "\"body\": \"B.\", \"id\": \"x\", \"text\": \"not this\", \"r\": 2.0}",
         {.id = "story", .date = "when", .title = "head", .text = "body"}, 1, "s1", "H", "B.",
         "{\"id\":\"x\",\"text\":\"not this\",\"r\":2.0}", 20250106},
        {"{\"text\": \"T.\"}", {.text = "body"}, DYAD_ERR_SYNTAX, "no \"body\"", 0, 0, 0, 0},
        {"{\"body\": 3}", {.text = "body"}, DYAD_ERR_SYNTAX, "\"body\" must be a string", 0, 0,
         0, 0},
        {"{\"text\": \"T.\", \"when\": \"soon\"}", {.date = "when"}, DYAD_ERR_SYNTAX,
         "\"when\" is not a date", 0, 0, 0, 0},
        {"{\"text\": \"T.\", \"id\": \"\"}", {.id = "", .text = ""}, 1, "mem-1", NULL, "T.",
         NULL, 0},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        dyad_reader *r = mem_reader(cases[i].line, DYAD_FORMAT_JSONL);
        dyad_reader_set_fields(r, &cases[i].fields);
        const dyad_record *rec;
        dyad_error err;
        int rc = dyad_reader_next(r, &rec, &err);
        CHECK(rc == cases[i].rc);
        if (rc == 1) {
            CHECK_STR(rec->id, cases[i].id);
            CHECK(cases[i].title ? rec->title && !strcmp(rec->title, cases[i].title)
                                 : rec->title == NULL);
            CHECK_STR(rec->text, cases[i].text);
            CHECK(rec->date == cases[i].date);
            if (cases[i].meta) CHECK_STR(rec->meta, cases[i].meta);
            else CHECK(rec->meta == NULL);
        } else if (rc < 0) {
            CHECK(strstr(err.message, cases[i].id) != NULL && err.line == 1);
            if (!strstr(err.message, cases[i].id)) fprintf(stderr, "%s\n", err.message);
        }
        dyad_reader_close(r);
    }
    // the event writer adds "meta" only when there is one
    dyad_record rec = {.id = "a-1", .story_id = "a", .text = "x", .meta = "{\"k\":1}"};
    dyad_event ev = {.source = "A", .target = "B", .code = "010", .root = "01",
                     .source_span = {-1, -1}, .target_span = {-1, -1}, .verb_span = {-1, -1}};
    dyad_buf b = {0};
    dyad_format_event_json(&b, &rec, &ev);
    CHECK(b.n > 20 && strstr(b.p, ",\"meta\":{\"k\":1},\"sentence_span\":[0,0],"));
    b.n = 0;
    rec.meta = NULL;
    dyad_format_event_json(&b, &rec, &ev);
    CHECK(b.n > 2 && !strstr(b.p, "meta") && !memcmp(b.p + b.n - 2, "}\n", 2));
    free(b.p);
}

// ---------------------------------------------------------------- CSV, TSV

// Every record and error of a CSV input as "id|date|title|text|meta" and
// "!line:message" lines, to compare with a table.
static void csv_signature(dyad_reader *r, char *out, size_t size)
{
    const dyad_record *rec;
    dyad_error err;
    int rc, n = 0;
    size_t o = 0;
    out[0] = 0;
    while ((rc = dyad_reader_next(r, &rec, &err)) != 0 && n++ < 20 && o < size) {
        if (rc > 0)
            o += (size_t)snprintf(out + o, size - o, "%s|%d|%s|%s|%s\n", rec->id, (int)rec->date,
                                  rec->title ? rec->title : "-", rec->text,
                                  rec->meta ? rec->meta : "-");
        else
            o += (size_t)snprintf(out + o, size - o, "!%d:%s\n", err.line, err.message);
    }
}

static void test_csv(void)
{
    static const struct {
        const char *name, *data;
        dyad_format format;
        const char *text_field;
        const char *want;
    } cases[] = {
        {"a.csv", "id,date,title,text\n1,2025-01-06,T,One.\n", DYAD_FORMAT_AUTO, NULL,
         "1|20250106|T|One.|-\n"},
        {"quotes.csv",
         "id,text,source\r\n\"q1\",\"Kim, and \"\"Xi\"\"\nmet.\",\"Wire\"\r\nq2,plain \"mid\" quote,\r\n",
         DYAD_FORMAT_AUTO, NULL,
         "q1|0|-|Kim, and \"Xi\"\nmet.|{\"source\":\"Wire\"}\nq2|0|-|plain \"mid\" quote|{\"source\":\"\"}\n"},
        {"b.tsv", "ID\tDate\tText\n1\t2025-01-06T10:00:00+02:00\tOne, two.\n\n2\t\t\"x\ty\"\n",
         DYAD_FORMAT_AUTO, NULL, "1|20250106|-|One, two.|-\n2|0|-|x\ty|-\n"},
        {"c.csv.gz", "id,text\n1,a\n2,b,c\n3\n4,d\n", DYAD_FORMAT_AUTO, NULL,
         "1|0|-|a|-\n!3:a row of 3 fields, the header has 2; skipped\n"
         "!4:a row of 1 field, the header has 2; skipped\n4|0|-|d|-\n"},
        {"d.csv", "id,date,text\n1,soon,a\n2,2025-01-06,b\n", DYAD_FORMAT_AUTO, NULL,
         "!2:column \"date\": \"soon\" is not a date (expected YYYY-MM-DD, YYYYMMDD or an "
         "ISO 8601 date and time)\n2|20250106|-|b|-\n"},
        {"e.csv", "id,body\n1,a\n", DYAD_FORMAT_AUTO, NULL,
         "!1:the header has no \"text\" column (it has 2: \"id\", ...); nothing read\n"},
        {"e2.csv", "id,body\n1,a\n", DYAD_FORMAT_AUTO, "BODY", "1|0|-|a|-\n"},
        {"f.csv", "text\n\"never closed\n,\n", DYAD_FORMAT_AUTO, NULL,
         "!2:a quoted field is not closed by the end of the input\n"},
        {"in", "text,id\nOne.,\n", DYAD_FORMAT_CSV, NULL, "in-2|0|-|One.|-\n"},
        {"g.csv", "", DYAD_FORMAT_AUTO, NULL, ""},
        {"h.csv", "\xEF\xBB\xBFtext\nOne.", DYAD_FORMAT_AUTO, NULL, "h-2|0|-|One.|-\n"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        dyad_error err;
        dyad_reader *r = dyad_reader_open_mem(cases[i].data, strlen(cases[i].data),
                                              cases[i].name, cases[i].format, &err);
        CHECK(r != NULL);
        if (!r) continue;
        dyad_fields f = {.text = cases[i].text_field};
        dyad_reader_set_fields(r, &f);
        char sig[1024];
        csv_signature(r, sig, sizeof sig);
        if (strcmp(sig, cases[i].want)) fprintf(stderr, "case %s:\n", cases[i].name);
        CHECK_STR(sig, cases[i].want);
        dyad_reader_close(r);
    }
}

// ---------------------------------------------------------------- plain text

static void test_plain_text(void)
{
    dyad_error err;
    const dyad_record *rec = NULL;
    dyad_reader *r = dyad_reader_open_mem("hello", 5, "x.txt", DYAD_FORMAT_AUTO, &err);
    CHECK(r && dyad_reader_next(r, &rec, &err) == 1);
    if (rec) {
        CHECK_STR(rec->id, "x");
        CHECK_STR(rec->story_id, "x");
        CHECK_STR(rec->text, "hello");
        CHECK_STR(rec->category, "");
        CHECK_STR(rec->file, "x.txt");
        CHECK(rec->is_story && rec->title == NULL && rec->parse == NULL);
        CHECK(rec->text_len == 5 && rec->line == 1 && rec->date == 0);
    }
    CHECK(r && dyad_reader_next(r, &rec, &err) == 0);
    CHECK(r && dyad_reader_next(r, &rec, &err) == 0);
    dyad_reader_close(r);

    // the name's folder and last extension go; a BOM goes, leading space stays
    static const struct {
        const char *name, *data;
        dyad_format format;
        const char *id, *text;   // id NULL: no record
    } cases[] = {
        {"/x/kim-beijing-2025.txt", "\xEF\xBB\xBF  BEIJING (AP) - Kim met Xi.\n",
         DYAD_FORMAT_AUTO, "kim-beijing-2025", "  BEIJING (AP) - Kim met Xi.\n"},
        {"<stdin>", "Plain words.", DYAD_FORMAT_AUTO, "stdin", "Plain words."},
        {"a/b.c/story.v2.txt.gz", "z", DYAD_FORMAT_AUTO, "story.v2", "z"},
        {"README", "# Title", DYAD_FORMAT_AUTO, "README", "# Title"},
        {".hidden", "h", DYAD_FORMAT_AUTO, ".hidden", "h"},
        {"obj.txt", " {\"text\": \"t\"}", DYAD_FORMAT_TEXT, "obj", " {\"text\": \"t\"}"},
        {"tag.txt", "<b>bold</b>", DYAD_FORMAT_TEXT, "tag", "<b>bold</b>"},
        {"empty.txt", "", DYAD_FORMAT_TEXT, NULL, NULL},
        {"blank.txt", " \n\t\r\n", DYAD_FORMAT_TEXT, NULL, NULL},
        {"bom.txt", "\xEF\xBB\xBF", DYAD_FORMAT_TEXT, NULL, NULL},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        r = dyad_reader_open_mem(cases[i].data, strlen(cases[i].data), cases[i].name,
                                 cases[i].format, &err);
        CHECK(r != NULL);
        if (!r) continue;
        rec = NULL;
        int rc = dyad_reader_next(r, &rec, &err);
        if (!cases[i].id) {
            CHECK(rc == 0);
        } else {
            CHECK(rc == 1 && rec && rec->is_story);
            if (rec) {
                CHECK_STR(rec->id, cases[i].id);
                CHECK_STR(rec->text, cases[i].text);
                CHECK(rec->text_len == strlen(cases[i].text));
            }
            CHECK(dyad_reader_next(r, &rec, &err) == 0);
        }
        dyad_reader_close(r);
    }

    // invalid UTF-8 is text (the coder reads it as U+FFFD); NUL bytes are not
    const char latin1[] = "Caf\xe9 cr\xe8me, \xa9 1999.\n";
    r = dyad_reader_open_mem(latin1, sizeof latin1 - 1, "latin1.txt", DYAD_FORMAT_AUTO, &err);
    rec = NULL;
    CHECK(r && dyad_reader_next(r, &rec, &err) == 1);
    CHECK(rec && rec->text_len == sizeof latin1 - 1 && rec->text[rec->text_len] == 0);
    dyad_reader_close(r);
    const char junk[] = "\x01\x00\xff\xfe\n\x00z";
    CHECK(dyad_reader_open_mem(junk, sizeof junk - 1, "junk.bin", DYAD_FORMAT_AUTO, &err) == NULL);
    CHECK(err.code == DYAD_ERR_SYNTAX && strstr(err.message, "binary data") != NULL);
    CHECK_STR(err.file, "junk.bin");
}

// ---------------------------------------------------------------- files, gzip

static char tmp_dir[64];

// Write `data` to tmp_dir/name, gzip-compressed when gz; the path in `path`.
static bool put_file(const char *name, const char *data, size_t len, bool gz, char *path)
{
    snprintf(path, 256, "%s/%s", tmp_dir, name);
    if (gz) {
        gzFile f = gzopen(path, "wb");
        if (!f) return false;
        bool ok = len == 0 || gzwrite(f, data, (unsigned)len) == (int)len;
        return gzclose(f) == Z_OK && ok;
    }
    FILE *f = fopen(path, "wb");
    if (!f) return false;
    bool ok = fwrite(data, 1, len, f) == len;
    return fclose(f) == 0 && ok;
}

// Gzip `data` into a malloc'd buffer (*out_len bytes).
static char *gzip_mem(const char *data, size_t len, size_t *out_len)
{
    z_stream zs;
    memset(&zs, 0, sizeof zs);
    if (deflateInit2(&zs, 6, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) != Z_OK) return NULL;
    size_t cap = deflateBound(&zs, (uLong)len) + 64;
    char *out = malloc(cap);
    zs.next_in = (unsigned char *)data;
    zs.avail_in = (unsigned)len;
    zs.next_out = (unsigned char *)out;
    zs.avail_out = (unsigned)cap;
    int rc = deflate(&zs, Z_FINISH);
    *out_len = cap - zs.avail_out;
    deflateEnd(&zs);
    if (rc != Z_STREAM_END) {
        free(out);
        return NULL;
    }
    return out;
}

static const char story_lines[] =
    "\xEF\xBB\xBF{\"id\": \"a\", \"date\": \"2001-02-03\", \"title\": \"A\", \"text\": \"One.\"}\r\n"
    "\n"
    "{\"id\": \"b\", \"text\": \"Two.\", \"parse\": \"(ROOT)\"}\n"
    "{\"id\": \"c\", \"text\": \"broken\"\n"
    "{\"text\": \"Four.\"}";   // no final newline

// The records of story_lines, however they were stored.
static void check_story_lines(dyad_reader *r, const char *stem)
{
    CHECK(r != NULL);
    if (!r) return;
    const dyad_record *rec = NULL;
    dyad_error err;
    CHECK(dyad_reader_next(r, &rec, &err) == 1);
    if (rec) {
        CHECK_STR(rec->id, "a");
        CHECK_STR(rec->title, "A");
        CHECK_STR(rec->text, "One.");
        CHECK(rec->line == 1 && rec->is_story && rec->date == 20010203);
    }
    rec = NULL;
    CHECK(dyad_reader_next(r, &rec, &err) == 1);
    if (rec) {
        CHECK_STR(rec->id, "b");
        CHECK(rec->line == 3 && !rec->is_story && rec->parse_line == 3);
    }
    CHECK(dyad_reader_next(r, &rec, &err) == DYAD_ERR_SYNTAX);
    CHECK(err.line == 4 && err.column > 1 && strstr(err.message, "invalid JSON") != NULL);
    rec = NULL;
    CHECK(dyad_reader_next(r, &rec, &err) == 1);   // reading went on
    if (rec) {
        char want[64];
        snprintf(want, sizeof want, "%s-5", stem);
        CHECK_STR(rec->id, want);
        CHECK_STR(rec->text, "Four.");
        CHECK(rec->line == 5);
    }
    CHECK(dyad_reader_next(r, &rec, &err) == 0);
    CHECK(dyad_reader_next(r, &rec, &err) == 0);
    dyad_reader_close(r);
}

static void check_two_members(const char *z, size_t zn);
static void check_whole_files(void);

static void test_files(void)
{
    char path[256];
    dyad_error err;
    const size_t n = sizeof story_lines - 1;

    // JSON Lines, streamed: plain, gzip, gzip by content alone, gzip in memory
    CHECK(put_file("s.jsonl", story_lines, n, false, path));
    check_story_lines(dyad_reader_open(path, DYAD_FORMAT_AUTO, &err), "s");
    CHECK(put_file("s.jsonl.gz", story_lines, n, true, path));
    check_story_lines(dyad_reader_open(path, DYAD_FORMAT_AUTO, &err), "s");
    CHECK(put_file("noname", story_lines, n, true, path));
    check_story_lines(dyad_reader_open(path, DYAD_FORMAT_AUTO, &err), "noname");
    size_t zn = 0;
    char *z = gzip_mem(story_lines, n, &zn);
    CHECK(z != NULL);
    if (z) {
        check_story_lines(dyad_reader_open_mem(z, zn, "m.jsonl.gz", DYAD_FORMAT_AUTO, &err), "m");
        check_story_lines(dyad_reader_open_mem(z, zn, "m", DYAD_FORMAT_JSONL, &err), "m");
    }

    if (z) check_two_members(z, zn);
    free(z);
    check_whole_files();
}

// Two gzip members one after the other (as `cat a.gz b.gz`).
static void check_two_members(const char *z, size_t zn)
{
    char path[256];
    dyad_error err;
    char *two = malloc(2 * zn);
    memcpy(two, z, zn);
    memcpy(two + zn, z, zn);
    dyad_reader *r = dyad_reader_open_mem(two, 2 * zn, "two.jsonl.gz", DYAD_FORMAT_AUTO, &err);
    got g;
    if (r) read_all(r, &g);
    dyad_reader_close(r);
    // "Four." has no newline, so it runs into the BOM and line 1 of the
    // second copy (line 5, bad); its lines 2..5 are lines 6..9
    CHECK(r && g.n_rec == 4 && g.n_err == 3);
    CHECK_STR(g.ids[2], "b");
    CHECK_STR(g.ids[3], "two-9");
    CHECK(g.err_lines[0] == 4 && g.err_lines[1] == 5 && g.err_lines[2] == 8);
    CHECK(put_file("two.jsonl", two, 2 * zn, false, path));   // same, via zlib's gzread
    r = dyad_reader_open(path, DYAD_FORMAT_AUTO, &err);
    if (r) read_all(r, &g);
    dyad_reader_close(r);
    CHECK(r && g.n_rec == 4 && g.n_err == 3 && g.err_lines[2] == 8);
    CHECK_STR(g.ids[3], "two-9");
    free(two);
}

// XML and plain text are read whole, gzip or not; empty files give nothing.
static void check_whole_files(void)
{
    char path[256];
    dyad_error err;
    FILE *f = fopen(UNIT_XML, "rb");
    CHECK(f != NULL);
    if (f) {
        static char xml[1 << 21];
        size_t xn = fread(xml, 1, sizeof xml, f);
        fclose(f);
        CHECK(put_file("unit.gz", xml, xn, true, path));   // XML by its content
        dyad_reader *r = dyad_reader_open(path, DYAD_FORMAT_AUTO, &err);
        CHECK(r != NULL);
        CHECK_STR(dyad_reader_environment(r)->verbfile, "PETR.Validate.verbs.txt");
        int recs = 0, rc;
        const dyad_record *rec;
        while ((rc = dyad_reader_next(r, &rec, &err)) != 0) recs += rc > 0;
        dyad_reader_close(r);
        CHECK(recs == 284);
    }
    const char text[] = "\xEF\xBB\xBF" "SEOUL, June 1 - Kim met Moon.\n\nThey talked.\n";
    CHECK(put_file("kim-seoul.txt.gz", text, sizeof text - 1, true, path));
    dyad_reader *r = dyad_reader_open(path, DYAD_FORMAT_AUTO, &err);
    const dyad_record *rec = NULL;
    CHECK(r && dyad_reader_next(r, &rec, &err) == 1);
    if (rec) {
        CHECK_STR(rec->id, "kim-seoul");
        CHECK_STR(rec->text, text + 3);
        CHECK(rec->is_story && rec->line == 1 && rec->text_len == sizeof text - 4);
    }
    CHECK(r && dyad_reader_next(r, &rec, &err) == 0);
    dyad_reader_close(r);

    // empty files: no records, whatever the format
    CHECK(put_file("empty.jsonl.gz", "", 0, true, path));
    r = dyad_reader_open(path, DYAD_FORMAT_AUTO, &err);
    CHECK(r && dyad_reader_next(r, &rec, &err) == 0);
    dyad_reader_close(r);
    CHECK(put_file("empty", "", 0, false, path));
    r = dyad_reader_open(path, DYAD_FORMAT_AUTO, &err);
    CHECK(r && dyad_reader_next(r, &rec, &err) == 0);
    dyad_reader_close(r);
    r = dyad_reader_open(path, DYAD_FORMAT_TEXT, &err);
    CHECK(r && dyad_reader_next(r, &rec, &err) == 0);
    dyad_reader_close(r);
}

// Lines longer than the read buffer, between short ones: the long text comes
// back whole and the line numbers after it are right.
static void test_long_lines(void)
{
    const size_t big = 3 * 1024 * 1024 + 17;
    char *text = malloc(big + 1);
    for (size_t i = 0; i < big; i++) text[i] = (char)('a' + i % 26);
    text[big] = '\0';
    size_t cap = 2 * big + 4096, n = 0;
    char *data = malloc(cap);
    n += (size_t)snprintf(data + n, cap - n, "{\"id\": \"s1\", \"text\": \"short\"}\n");
    n += (size_t)snprintf(data + n, cap - n, "{\"id\": \"long\", \"text\": \"%s\"}\n", text);
    n += (size_t)snprintf(data + n, cap - n, "\n{\"id\": \"s3\", \"text\": \"short\"}\n");
    n += (size_t)snprintf(data + n, cap - n, "{\"id\": \"bad\", \"text\": \"%s\", }\n", text);
    n += (size_t)snprintf(data + n, cap - n, "{\"id\": \"s5\", \"text\": \"end\"}");

    char path[256];
    dyad_error err;
    for (int mode = 0; mode < 3; mode++) {
        dyad_reader *r = NULL;
        if (mode == 0) r = dyad_reader_open_mem(data, n, "long.jsonl", DYAD_FORMAT_AUTO, &err);
        else if (put_file(mode == 1 ? "long.jsonl" : "long.jsonl.gz", data, n, mode == 2, path))
            r = dyad_reader_open(path, DYAD_FORMAT_AUTO, &err);
        CHECK(r != NULL);
        if (!r) continue;
        const dyad_record *rec;
        CHECK(dyad_reader_next(r, &rec, &err) == 1 && rec->line == 1);
        CHECK(dyad_reader_next(r, &rec, &err) == 1);
        CHECK(rec->line == 2 && rec->text_len == big && strcmp(rec->text, text) == 0);
        CHECK(dyad_reader_next(r, &rec, &err) == 1);
        CHECK(rec->line == 4);
        CHECK_STR(rec->id, "s3");
        CHECK(dyad_reader_next(r, &rec, &err) == DYAD_ERR_SYNTAX);
        CHECK(err.line == 5 && err.column == (int)big + 27);   // at the '}' after ", "
        CHECK(dyad_reader_next(r, &rec, &err) == 1);
        CHECK(rec->line == 6);
        CHECK_STR(rec->text, "end");
        CHECK(dyad_reader_next(r, &rec, &err) == 0);
        dyad_reader_close(r);
    }
    free(data);
    free(text);
}

// Damaged gzip: the records before the damage, then one DYAD_ERR_IO as the
// last thing read, then the end. A cut file ends early; a corrupted one may
// first give garbage lines (deflate finds some damage only at the checksum).
static void test_bad_gzip(void)
{
    // enough lines that the damage lies beyond the first read
    size_t cap = 4 << 20, n = 0;
    char *data = malloc(cap);
    for (int i = 1; i <= 20000; i++)
        n += (size_t)snprintf(data + n, cap - n, "{\"id\": \"%d\", \"text\": \"Story %d.\"}\n",
                              i, i * 7919 % 10007);
    size_t zn = 0;
    char *z = gzip_mem(data, n, &zn);
    CHECK(z != NULL && zn > 100000);
    if (!z) {
        free(data);
        return;
    }
    char path[256];
    for (int mode = 0; mode < 4; mode++) {
        bool truncated = mode < 2, mem = mode % 2 == 1;
        char *bad = malloc(zn);
        memcpy(bad, z, zn);
        size_t bn = truncated ? zn * 2 / 3 : zn;
        if (!truncated) memset(bad + zn / 2, 0x55, 64);   // corrupt the middle
        dyad_error err = {0};
        dyad_reader *r = NULL;
        if (mem) r = dyad_reader_open_mem(bad, bn, "bad.jsonl.gz", DYAD_FORMAT_AUTO, &err);
        else if (put_file("bad.jsonl.gz", bad, bn, false, path))
            r = dyad_reader_open(path, DYAD_FORMAT_AUTO, &err);
        CHECK(r != NULL);
        int good = 0, recs = 0, io = 0, other = 0, rc, io_line = 0;
        bool io_last = true;
        const dyad_record *rec;
        char msg[512] = "";
        while (r && (rc = dyad_reader_next(r, &rec, &err)) != 0) {
            if (io) io_last = false;
            if (rc == 1) {
                recs++;
                if (!other && atoi(rec->id) == recs && rec->line == recs) good = recs;
            } else if (rc == DYAD_ERR_IO) {
                io++;
                io_line = err.line;
                snprintf(msg, sizeof msg, "%s", err.message);
            } else {
                other++;
            }
            if (recs + io + other > 30000) break;
        }
        dyad_reader_close(r);
        if (io != 1 || !io_last || good < 1000 || good >= 20000)
            fprintf(stderr, "bad gzip mode %d: %d good, %d records, %d io (%s), %d other\n",
                    mode, good, recs, io, msg, other);
        CHECK(io == 1 && io_last && good >= 1000 && good < 20000);
        CHECK(strstr(msg, truncated ? "unexpected end of file" : "cannot read: ") != NULL);
        if (truncated) {
            CHECK(recs == good && other <= 1);   // at most a cut line read as bad JSON
            CHECK(io_line >= recs + 1 && io_line <= recs + 2);
        }
        free(bad);
    }
    free(z);
    free(data);
}

// ---------------------------------------------------------------- opening

static void test_open(void)
{
    dyad_error err;
    CHECK(dyad_reader_open("/nonexistent/stories.jsonl.gz", DYAD_FORMAT_AUTO, &err) == NULL);
    CHECK(err.code == DYAD_ERR_IO && strstr(err.message, "No such file") != NULL);
    CHECK(dyad_reader_open("/nonexistent/x.xml", DYAD_FORMAT_AUTO, &err) == NULL);
    CHECK(err.code == DYAD_ERR_IO);
    CHECK_STR(err.file, "/nonexistent/x.xml");
    CHECK(dyad_reader_open("/", DYAD_FORMAT_AUTO, &err) == NULL);   // a folder
    CHECK(err.code == DYAD_ERR_IO && strstr(err.message, "directory") != NULL);
    CHECK(dyad_reader_open_mem("hello", 5, "x", (dyad_format)99, &err) == NULL);
    CHECK(err.code == DYAD_ERR_ARG);
    // a gzip header and nothing more: truncated
    CHECK(dyad_reader_open_mem("\x1f\x8b\x08", 3, "x", DYAD_FORMAT_AUTO, &err) == NULL);
    CHECK(err.code == DYAD_ERR_IO && strstr(err.message, "unexpected end of file") != NULL);

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

// ---------------------------------------------------------------- not text, limits

static void test_not_text(void)
{
    static const struct {
        const char *name, *data;
        size_t len;
        const char *what;   // NULL: read as text
    } cases[] = {
        {"a.txt.bz2", "BZh91AY&SY\x01\x02\x03", 13, "bzip2-compressed"},
        {"b", "BZh9\x17\x72\x45\x38\x50\x90\0\0\0\0", 14, "cannot read"},
        {"c.xz", "\xFD" "7zXZ\0\0\x04\xE6", 9, "cannot read"},
        {"d.zst", "\x28\xB5\x2F\xFD\x24\x05\x29\0\0", 9, "cannot read"},
        {"e.zip", "PK\x03\x04\x14\0\0\0", 8, "cannot read"},
        {"f.json", "\xFF\xFE{\0\"\0", 6, "UTF-16"},
        {"g.txt", "id,date,text\n1,2020-01-02,\"Kim met Xi, and left.\"\n2,2020-01-03,Moon\n",
         0, "CSV (a header line and rows of 3 fields)"},
        {"h", "\"story id\",\"text\"\r\n\"a\",\"multi\nline, text\"\r\nb,c\r\n", 0, "CSV"},
        {"i.txt", "id\tdate\ttext\n1\t2020\tone\n2\t2021\ttwo\n", 0, "TSV"},
        {"j.txt", "Hello, world\n\nThis is a story, he said.\n", 0, NULL},
        {"k.txt", "SEOUL, June 1 (Reuters)\nKim met Moon, who smiled, on Monday.\n", 0, NULL},
        {"l.txt", "BZh is a word\n", 0, NULL},
        {"m.txt", "id,text\n1,one\n", 0, "CSV"},       // one row, then the end
        {"n.txt", "Paris, France\nIt rained, again.\nNo, not today.\n", 0, "CSV"},
        {"o.xml", "<Sentences>\x01\x02\x03\x04\x05\x06\x07\x08\x0e\x0f</Sentences>", 0, "control"},
    };
    dyad_error err;
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        size_t len = cases[i].len ? cases[i].len : strlen(cases[i].data);
        memset(&err, 0, sizeof err);
        dyad_reader *r = dyad_reader_open_mem(cases[i].data, len, cases[i].name,
                                              DYAD_FORMAT_AUTO, &err);
        if (!cases[i].what) {
            CHECK(r != NULL);
        } else {
            CHECK(r == NULL && strstr(err.message, cases[i].what) != NULL);
            CHECK_STR(err.file, cases[i].name);
            if (r || !strstr(err.message, cases[i].what))
                fprintf(stderr, "case %s: %s\n", cases[i].name, err.message);
        }
        dyad_reader_close(r);
    }
    // 200 KB of (pseudo-)random bytes, from a file, and gzip-compressed
    size_t n = 200000;
    char *junk = malloc(n);
    uint32_t x = 12345;
    for (size_t i = 0; i < n; i++) {
        x = x * 1103515245u + 12345u;
        junk[i] = (char)(x >> 16);
    }
    char path[256];
    for (int gz = 0; gz < 2; gz++) {
        CHECK(put_file(gz ? "random.gz" : "random.txt", junk, n, gz, path));
        CHECK(dyad_reader_open(path, DYAD_FORMAT_AUTO, &err) == NULL);
        CHECK(strstr(err.message, "binary data") != NULL);
        CHECK(dyad_reader_open(path, DYAD_FORMAT_JSONL, &err) == NULL);
    }
    free(junk);
}

// Every record and error of a reader as one string, to compare readers.
static char *signature(dyad_reader *r)
{
    size_t cap = 1 << 16, n = 0;
    char *out = malloc(cap);
    out[0] = '\0';
    const dyad_record *rec;
    dyad_error err;
    int rc;
    while (r && (rc = dyad_reader_next(r, &rec, &err)) != 0) {
        if (cap - n < 2048) out = realloc(out, cap *= 2);
        unsigned long h = 5381;
        if (rc > 0) {
            for (size_t i = 0; i < rec->text_len; i++) h = h * 33 + (unsigned char)rec->text[i];
            for (size_t i = 0; i < rec->parse_len; i++) h = h * 33 + (unsigned char)rec->parse[i];
            n += (size_t)snprintf(out + n, cap - n, "R %s|%s|%s|%d|%d|%d|%zu|%zu|%lx|%zu|%zu|%d\n",
                                  rec->id, rec->story_id, rec->category, (int)rec->date, rec->line,
                                  rec->parse_line, rec->text_len, rec->parse_len, h,
                                  rec->n_expected, rec->n_settings, rec->is_sentence);
        } else {
            n += (size_t)snprintf(out + n, cap - n, "E %d %d %s\n", rc, err.line, err.message);
        }
    }
    dyad_reader_close(r);
    return out;
}

static bool same_signature(dyad_reader *a, dyad_reader *b, const char *what)
{
    char *sa = signature(a), *sb = signature(b);
    bool same = strcmp(sa, sb) == 0;
    if (getenv("DYAD_TEST_VERBOSE")) {
        size_t lines = 0;
        for (const char *p = sa; *p; p++) lines += *p == '\n';
        fprintf(stderr, "%s: %zu records and errors\n", what, lines);
    }
    if (!same) {
        size_t i = 0;
        while (sa[i] && sa[i] == sb[i]) i++;
        while (i > 0 && sa[i - 1] != '\n') i--;
        fprintf(stderr, "%s: streamed and whole differ at\n  %.200s\nvs\n  %.200s\n", what,
                sb + i, sa + i);
    }
    free(sa);
    free(sb);
    return same;
}

// XML read from a stream in windows gives what the whole input gives: the
// unit-test records, and records of all sizes with the cases a tolerant
// reader meets (comments holding tags, broken records, <Config>) placed
// across the windows' ends.
static void test_xml_stream(void)
{
    dyad_error err;
    char path[256];
    FILE *f = fopen(UNIT_XML, "rb");
    CHECK(f != NULL);
    if (f) {
        static char xml[1 << 21];
        size_t xn = fread(xml, 1, sizeof xml, f);
        fclose(f);
        for (int gz = 0; gz < 2; gz++) {
            CHECK(put_file("unit.xml", xml, xn, gz, path));
            CHECK(same_signature(dyad_reader_open_mem(xml, xn, path, DYAD_FORMAT_AUTO, &err),
                                 dyad_reader_open(path, DYAD_FORMAT_AUTO, &err), "unit"));
        }
    }
    size_t cap = 8 << 20, n = 0;
    char *data = malloc(cap);
    n += (size_t)snprintf(data, cap, "<Sentences>\n<Environment><Verbfile>v.txt</Verbfile>"
                                     "</Environment>\n");
    uint32_t x = 7;
    for (int i = 0; i < 600; i++) {
        x = x * 1103515245u + 12345u;
        size_t len = (x >> 8) % 7 == 0 ? (x >> 4) % 150000 : (x >> 4) % 3000;
        if (i % 37 == 5) n += (size_t)snprintf(data + n, cap - n, "<Config option='o%d' value='%d'/>\n", i, i);
        n += (size_t)snprintf(data + n, cap - n, "<Sentence id='s-%d' date='2001020%d' %s>\n",
                              i, 1 + i % 9, i % 53 == 7 ? "" : "sentence='true'");
        if (i % 41 == 3) n += (size_t)snprintf(data + n, cap - n, "<!-- </Sentence> <Sentence> -->");
        if (i % 43 == 4) n += (size_t)snprintf(data + n, cap - n, "<EventCoding sourcecode='A' "
                                                                  "targetcode='B' eventcode='042'/>");
        n += (size_t)snprintf(data + n, cap - n, "<Text>\n");
        for (size_t k = 0; k < len; k++) data[n++] = k % 80 == 79 ? '\n' : (char)('a' + (k + i) % 26);
        n += (size_t)snprintf(data + n, cap - n, "&amp;</Text>\n");
        if (i % 59 == 9) continue;   // no </Sentence>
        if (i % 61 == 10) n += (size_t)snprintf(data + n, cap - n, "<Parse>(S (NP x)");   // no </Parse>
        n += (size_t)snprintf(data + n, cap - n, "</Sentence>\n");
    }
    n += (size_t)snprintf(data + n, cap - n, "</Sentences>\n<Stop>\n<Sentence id='after'>");
    CHECK(n < cap);
    for (int gz = 0; gz < 2; gz++) {
        CHECK(put_file("many.xml", data, n, gz, path));
        CHECK(same_signature(dyad_reader_open_mem(data, n, path, DYAD_FORMAT_AUTO, &err),
                             dyad_reader_open(path, DYAD_FORMAT_AUTO, &err), "many"));
    }
    free(data);
}

// Random XML-like bytes (tags cut anywhere, stray '<', comments that never
// end, unterminated attributes, long names) over several windows: streamed
// and whole readings agree.
static void test_xml_stream_random(void)
{
    static const char *pieces[] = {
        "<Sentence id='r' date='20010101'>", "<Sentence", "</Sentence>", "</Sentence",
        "<Text>", "</Text>", "<Parse>(S (NP x))", "</Parse>", "<EventCoding eventcode='042'/>",
        "<!-- ", " -->", "<! --", "<?xml ?>", "<Config option='a' value='b'/>",
        "<Environment>", "</Environment>", "<Verbfile>", "</Verbfile>", "<", ">", "&amp;", "&#x41;",
        "id='", "\"", "\n", " ", "word ", "<Sentenceaaaaaaaaaaaaaaaaaaaa>", "<SentencE date=\"20020202\">",
        "<Sentence id=\"q\" date=\"20030303\" sentence=\"false\">", "<StopX>", "<!DOCTYPE x>",
    };
    size_t n_pieces = sizeof pieces / sizeof pieces[0];
    dyad_error err;
    char path[256];
    size_t cap = 3 << 20;
    char *data = malloc(cap + 64);
    uint32_t x = 99;
    for (int round = 0; round < 6; round++) {
        size_t n = 0;
        while (n < cap) {
            x = x * 1103515245u + 12345u;
            uint32_t k = (x >> 8) % (n_pieces + 4);
            if (k >= n_pieces) {   // a run of text, sometimes long
                size_t len = (x >> 4) % (k == n_pieces ? 30000 : 300);
                for (size_t i = 0; i < len && n < cap; i++) data[n++] = i % 61 == 60 ? '\n' : 'a';
                continue;
            }
            size_t len = strlen(pieces[k]);
            if (round % 2 && (x >> 20) % 11 == 0) len = (x >> 4) % (len + 1);   // cut a piece
            memcpy(data + n, pieces[k], len);
            n += len;
        }
        for (int gz = 0; gz < 2; gz++) {
            CHECK(put_file("random.xml", data, n, gz, path));
            char what[32];
            snprintf(what, sizeof what, "random round %d%s", round, gz ? " gz" : "");
            CHECK(same_signature(dyad_reader_open_mem(data, n, path, DYAD_FORMAT_XML, &err),
                                 dyad_reader_open(path, DYAD_FORMAT_XML, &err), what));
        }
    }
    free(data);
}

// Records larger than the limit are refused with their line, and the ones
// around them are read: JSON lines, XML records, plain text; in memory, from
// files and gzip.
static void test_max_story(void)
{
    size_t big = 300000, cap = 2 * big + 4096, n = 0;
    char *data = malloc(cap), *text = malloc(big + 1);
    for (size_t k = 0; k < big; k++) text[k] = (char)('a' + k % 26);
    text[big] = '\0';
    n += (size_t)snprintf(data + n, cap - n, "{\"id\": \"a\", \"text\": \"one\"}\n");
    n += (size_t)snprintf(data + n, cap - n, "{\"id\": \"big\", \"text\": \"%s\"}\n", text);
    n += (size_t)snprintf(data + n, cap - n, "{\"id\": \"b\", \"text\": \"%.4000s\"}\n", text);
    n += (size_t)snprintf(data + n, cap - n, "{\"id\": \"c\", \"text\": \"Kim\\u0000met Xi.\"}\n");
    dyad_error err;
    char path[256];
    const dyad_record *rec;
    for (int mode = 0; mode < 3; mode++) {
        dyad_reader *r = NULL;
        if (mode == 0) r = dyad_reader_open_mem(data, n, "big.jsonl", DYAD_FORMAT_AUTO, &err);
        else if (put_file("big.jsonl", data, n, mode == 2, path))
            r = dyad_reader_open(path, DYAD_FORMAT_AUTO, &err);
        CHECK(r != NULL);
        if (!r) continue;
        dyad_reader_set_max_story_bytes(r, 1000);
        CHECK(dyad_reader_next(r, &rec, &err) == 1 && rec->line == 1);
        CHECK(dyad_reader_next(r, &rec, &err) == DYAD_ERR_LIMIT && err.line == 2);
        CHECK(strstr(err.message, "--max-story-bytes (1000)") != NULL);
        CHECK(dyad_reader_next(r, &rec, &err) == DYAD_ERR_LIMIT && err.line == 3);
        CHECK(dyad_reader_next(r, &rec, &err) == 1 && rec->line == 4);
        CHECK(rec->text_len == 11 && strcmp(rec->text, "Kim met Xi.") == 0);
        CHECK(dyad_reader_next(r, &rec, &err) == 0);
        dyad_reader_close(r);
    }
    n = 0;
    n += (size_t)snprintf(data + n, cap - n, "<Sentences>\n<Sentence id='a' date='20010101'>"
                                             "<Text>one</Text></Sentence>\n");
    n += (size_t)snprintf(data + n, cap - n, "<Config option='x' value='1'/>\n<Sentence "
                                             "id='big' date='20010101'>\n<Text>%s</Text>\n"
                                             "</Sentence>\n", text);
    n += (size_t)snprintf(data + n, cap - n, "<Sentence id='mid' date='20010101'><Text>%.3000s"
                                             "</Text></Sentence>\n", text);
    n += (size_t)snprintf(data + n, cap - n, "<Sentence id='b' date='20010101'><Text>two</Text>"
                                             "</Sentence>\n</Sentences>\n");
    for (int mode = 0; mode < 3; mode++) {
        dyad_reader *r = NULL;
        if (mode == 0) r = dyad_reader_open_mem(data, n, "big.xml", DYAD_FORMAT_AUTO, &err);
        else if (put_file("big.xml", data, n, mode == 2, path))
            r = dyad_reader_open(path, DYAD_FORMAT_AUTO, &err);
        CHECK(r != NULL);
        if (!r) continue;
        dyad_reader_set_max_story_bytes(r, 2000);
        CHECK(dyad_reader_next(r, &rec, &err) == 1 && rec->line == 2);
        CHECK(dyad_reader_next(r, &rec, &err) == DYAD_ERR_LIMIT && err.line == 4);
        CHECK(strstr(err.message, "record big: more than --max-story-bytes (2000") != NULL);
        CHECK(dyad_reader_next(r, &rec, &err) == DYAD_ERR_LIMIT && err.line == 7);
        CHECK(strstr(err.message, "record mid") != NULL);
        CHECK(dyad_reader_next(r, &rec, &err) == 1 && rec->line == 8);
        CHECK_STR(rec->id, "b");
        CHECK(rec->n_settings == 1);   // the <Config> before the refused record
        CHECK(dyad_reader_next(r, &rec, &err) == 0);
        dyad_reader_close(r);
    }
    for (int mode = 0; mode < 3; mode++) {
        dyad_reader *r = NULL;
        if (mode == 0) r = dyad_reader_open_mem(text, big, "big.txt", DYAD_FORMAT_AUTO, &err);
        else if (put_file("big.txt", text, big, mode == 2, path))
            r = dyad_reader_open(path, DYAD_FORMAT_AUTO, &err);
        CHECK(r != NULL);
        if (!r) continue;
        dyad_reader_set_max_story_bytes(r, 1000);
        CHECK(dyad_reader_next(r, &rec, &err) == DYAD_ERR_LIMIT && err.line == 1);
        CHECK(dyad_reader_next(r, &rec, &err) == 0);
        dyad_reader_set_max_story_bytes(r, 0);   // back to the default
        dyad_reader_close(r);
    }
    free(data);
    free(text);
}

static void test_error_print(void)
{
    char buf[256] = {0};
    FILE *f = tmpfile();
    if (!f) return;
    dyad_error e = {.code = DYAD_ERR_SYNTAX, .message = "bad thing", .file = "in.xml", .line = 12, .column = 3};
    dyad_error_print(&e, f);
    dyad_error e2 = {.code = DYAD_ERR_IO, .message = "just this"};
    dyad_error_print(&e2, f);
    rewind(f);
    size_t n = fread(buf, 1, sizeof buf - 1, f);
    buf[n] = '\0';
    fclose(f);
    CHECK_STR(buf, "in.xml:12:3: bad thing\njust this\n");
}

int main(void)
{
    snprintf(tmp_dir, sizeof tmp_dir, "/tmp/dyad-test-reader-XXXXXX");
    if (!mkdtemp(tmp_dir)) {
        perror("mkdtemp");
        return 1;
    }
    test_unit_file();
    test_broken_record();
    test_xml_cases();
    test_entities();
    test_story_ids();
    test_jsonl();
    test_jsonl_details();
    test_dates();
    test_fields_meta();
    test_csv();
    test_open();
    test_error_print();
    test_stories();
    test_plain_text();
    test_files();
    test_long_lines();
    test_bad_gzip();
    test_not_text();
    test_xml_stream();
    test_xml_stream_random();
    test_max_story();
    char cmd[128];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", tmp_dir);
    if (system(cmd) != 0) fprintf(stderr, "could not remove %s\n", tmp_dir);
    return harness_done();
}
