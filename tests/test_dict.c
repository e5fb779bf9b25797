// test_dict.c: the dictionary readers. Small dictionaries are written to a
// temporary folder, loaded with dyad_dict_load and checked through the stats
// and the private structures of dict.h; a table of malformed lines checks
// that each gives one diagnostic at the right place and loading goes on; the
// shared PETRARCH dictionaries must load with no errors.
#include <dirent.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "coder.h"
#include "dict.h"
#include "harness.h"

static char tmpdir[64];

// ---------------------------------------------------------------- helpers

typedef struct diags {
    dyad_error e[32];
    int n, errors, warnings;
} diags;

static void collect(void *ctx, const dyad_error *e)
{
    diags *d = ctx;
    if (d->n < 32) d->e[d->n] = *e;
    d->n++;
    if (e->code == DYAD_WARNING) d->warnings++;
    else d->errors++;
}

static void write_file(const char *path, const char *text)
{
    FILE *f = fopen(path, "wb");
    CHECK(f != NULL);
    if (!f) return;
    fputs(text, f);
    fclose(f);
}

// Write `text` to tmpdir/name and load it into `d`; returns the load result.
static int load_text(dyad_dict *d, dyad_dict_kind kind, const char *name, const char *text,
                     diags *dg, char *path, size_t path_size)
{
    snprintf(path, path_size, "%s/%s", tmpdir, name);
    write_file(path, text);
    memset(dg, 0, sizeof *dg);
    dyad_error err;
    int rc = dyad_dict_load(d, kind, path, collect, dg, &err);
    unlink(path);
    return rc;
}

static uint32_t wid(const dyad_dict *d, const char *w)
{
    return dyad__intern_find(d->words, w, strlen(w));
}

// The value at the end of the word path of `phrase` ("A B C") in `t`, or -1.
static int32_t trie_lookup(const dyad_dict *d, const trie *t, const char *phrase)
{
    int32_t node = 0;
    const char *p = phrase;
    while (*p) {
        while (*p == ' ') p++;
        const char *w = p;
        while (*p && *p != ' ') p++;
        if (p == w) break;
        uint32_t id = dyad__intern_find(d->words, w, (size_t)(p - w));
        if (!id) return -1;
        node = dyad__trie_child(t, node, id);
        if (node < 0) return -1;
    }
    return t->nodes[node].value;
}

// The form of verb word `word` in block `block` with the given first
// before/after words (NULL: none), or NULL.
static const verb_form *find_form(const dyad_dict *d, const char *word, const char *block,
                                  const char *before, const char *after)
{
    uint32_t id = wid(d, word);
    if (!id) return NULL;
    for (int32_t f = dyad__verb_first_form(d, id); f >= 0; f = d->forms[f].next) {
        const verb_form *vf = &d->forms[f];
        if (strcmp(d->blocks[vf->block].name, block) != 0) continue;
        if (before ? !(vf->n_before == 1 && vf->before[0] == wid(d, before)) : vf->n_before)
            continue;
        if (after ? !(vf->n_after == 1 && vf->after[0] == wid(d, after)) : vf->n_after)
            continue;
        return vf;
    }
    return NULL;
}

static const synset *find_synset(const dyad_dict *d, const char *name)
{
    for (size_t i = 0; i < d->n_synsets; i++)
        if (strcmp(d->synsets[i].name, name) == 0) return &d->synsets[i];
    return NULL;
}

// Does synset `s` hold the phrase "A B"?
static bool synset_has(const dyad_dict *d, const synset *s, const char *phrase)
{
    uint32_t ids[8];
    size_t n = 0;
    char buf[128];
    snprintf(buf, sizeof buf, "%s", phrase);
    for (char *w = strtok(buf, " "); w && n < 8; w = strtok(NULL, " ")) ids[n++] = wid(d, w);
    for (size_t i = 0; i < s->n; i++)
        if (s->lens[i] == n && memcmp(s->phrases[i], ids, n * sizeof *ids) == 0) return true;
    return false;
}

static const verb_pattern *find_pattern(const dyad_dict *d, const char *text_part)
{
    for (size_t b = 0; b < d->n_blocks; b++)
        for (size_t i = 0; i < d->blocks[b].n_patterns; i++)
            if (strstr(d->blocks[b].patterns[i].text, text_part))
                return &d->blocks[b].patterns[i];
    return NULL;
}

static bool elem_is(const dyad_dict *d, const pat_elem *e, int kind, const char *word,
                    bool joined)
{
    if (e->kind != kind || e->joined != joined) return false;
    if (kind == PAT_WORD) return e->id == wid(d, word);
    if (kind == PAT_SYNSET) return strcmp(d->synsets[e->id].name, word) == 0;
    return true;
}

// ---------------------------------------------------------------- verbs

static const char *verbs_text =
    "<!-- a small verbs dictionary -->\n"
    "&ANIMAL\n"
    "+DOG\n"
    "+PONY\n"
    "+BIG_CAT_\n"
    "&TOOLS_\n"
    "+HAMMER\n"
    "+SAW\n"
    "\n"
    "--- CRITICIZE [111] ---\n"
    "CRITICIZE\n"
    "BREAK {BROKE BROKEN BREAKING BREAKS}   # irregular\n"
    "WIRE_+TAP [091]\n"
    "+CORDON_OFF\n"
    "CARRY\n"
    "TIE\n"
    "PUSH\n"
    "- $ * + ABOUT_&ANIMAL [112]\n"
    "- % SAID_TO * ^ &LATER [042:043]   # a synset defined further down\n"
    "- * + [---]\n"
    "~ $ * + = a transformation\n"
    "--- VISIT [042] ---\n"
    "VISIT [043]\n"
    "- $ * + (IN) &TOOLS [042:043]\n"
    "&LATER\n"
    "+FRIEND\n";

typedef struct form_case {
    const char *word, *block, *before, *after, *base, *code;
} form_case;

static const form_case forms[] = {
    {"CRITICIZE", "CRITICIZE", NULL, NULL, "CRITICIZE", NULL},
    {"CRITICIZES", "CRITICIZE", NULL, NULL, "CRITICIZE", NULL},
    {"CRITICIZED", "CRITICIZE", NULL, NULL, "CRITICIZE", NULL},
    {"CRITICIZING", "CRITICIZE", NULL, NULL, "CRITICIZE", NULL},
    {"BREAK", "CRITICIZE", NULL, NULL, "BREAK", NULL},
    {"BROKE", "CRITICIZE", NULL, NULL, "BREAK", NULL},
    {"BROKEN", "CRITICIZE", NULL, NULL, "BREAK", NULL},
    {"BREAKING", "CRITICIZE", NULL, NULL, "BREAK", NULL},
    {"BREAKS", "CRITICIZE", NULL, NULL, "BREAK", NULL},
    {"TAP", "CRITICIZE", "WIRE", NULL, "WIRE_+TAP", "091"},
    {"TAPS", "CRITICIZE", "WIRE", NULL, "WIRE_+TAP", "091"},
    {"TAPPING", NULL, NULL, NULL, NULL, NULL},  // not a regular form here
    {"CORDON", "CRITICIZE", NULL, "OFF", "+CORDON_OFF", NULL},
    {"CORDONED", "CRITICIZE", NULL, "OFF", "+CORDON_OFF", NULL},
    {"CORDONING", "CRITICIZE", NULL, "OFF", "+CORDON_OFF", NULL},
    {"CORDONS", "CRITICIZE", NULL, "OFF", "+CORDON_OFF", NULL},
    {"CARRIES", "CRITICIZE", NULL, NULL, "CARRY", NULL},
    {"CARRIED", "CRITICIZE", NULL, NULL, "CARRY", NULL},
    {"CARRYING", "CRITICIZE", NULL, NULL, "CARRY", NULL},
    {"TIES", "CRITICIZE", NULL, NULL, "TIE", NULL},
    {"TIED", "CRITICIZE", NULL, NULL, "TIE", NULL},
    {"TYING", "CRITICIZE", NULL, NULL, "TIE", NULL},
    {"PUSHES", "CRITICIZE", NULL, NULL, "PUSH", NULL},
    {"PUSHED", "CRITICIZE", NULL, NULL, "PUSH", NULL},
    {"PUSHING", "CRITICIZE", NULL, NULL, "PUSH", NULL},
    {"VISITED", "VISIT", NULL, NULL, "VISIT", "043"},
    {"BREAKED", NULL, NULL, NULL, NULL, NULL},  // irregular list replaces -ED
    {"CRITICIZEING", NULL, NULL, NULL, NULL, NULL},
};

// Every form of the `forms` table: present with its base and code, or absent.
static void check_forms(const dyad_dict *d)
{
    for (size_t i = 0; i < sizeof forms / sizeof forms[0]; i++) {
        const form_case *fc = &forms[i];
        if (!fc->block) {
            uint32_t id = wid(d, fc->word);
            if (id && dyad__verb_first_form(d, id) >= 0)
                fprintf(stderr, "unexpected verb form %s\n", fc->word);
            CHECK(!id || dyad__verb_first_form(d, id) < 0);
            continue;
        }
        const verb_form *f = find_form(d, fc->word, fc->block, fc->before, fc->after);
        if (!f) fprintf(stderr, "missing verb form %s\n", fc->word);
        CHECK(f != NULL);
        if (!f) continue;
        CHECK_STR(f->base, fc->base);
        if (fc->code) CHECK_STR(f->code, fc->code);
        else CHECK(f->code == NULL);
    }
    const verb_form *tap = find_form(d, "TAP", "CRITICIZE", "WIRE", NULL);
    CHECK(tap && tap->line == 13);
}

// synsets: plurals, '_' with no plural, a '_' synset name
static void check_synsets(const dyad_dict *d)
{
    const synset *animal = find_synset(d, "&ANIMAL");
    const synset *tools = find_synset(d, "&TOOLS");
    const synset *later = find_synset(d, "&LATER");
    CHECK(animal && tools && later);
    if (animal && tools && later) {
        CHECK(animal->n == 5);
        CHECK(synset_has(d, animal, "DOG") && synset_has(d, animal, "DOGS"));
        CHECK(synset_has(d, animal, "PONY") && synset_has(d, animal, "PONIES"));
        CHECK(synset_has(d, animal, "BIG CAT"));
        CHECK(!synset_has(d, animal, "BIG CATS"));
        CHECK(tools->n == 2);
        CHECK(synset_has(d, tools, "HAMMER") && synset_has(d, tools, "SAW"));
        CHECK(!synset_has(d, tools, "SAWS"));
        CHECK(later->n == 2 && synset_has(d, later, "FRIENDS"));
    }
}

// patterns: upper nearest-first, lower in order, '_' joins, codes
static void check_patterns(const dyad_dict *d)
{
    const verb_pattern *p = find_pattern(d, "ABOUT_&ANIMAL");
    CHECK(p != NULL);
    if (p) {
        CHECK_STR(p->code, "112");
        CHECK(p->n_upper == 1 && p->n_lower == 3);
        CHECK(p->line == 18);
        CHECK(p->file && strstr(p->file, "test.verbs.txt") != NULL);
        if (p->n_upper == 1 && p->n_lower == 3) {
            CHECK(elem_is(d, &p->upper[0], PAT_SOURCE, NULL, false));
            CHECK(elem_is(d, &p->lower[0], PAT_TARGET, NULL, false));
            CHECK(elem_is(d, &p->lower[1], PAT_WORD, "ABOUT", false));
            CHECK(elem_is(d, &p->lower[2], PAT_SYNSET, "&ANIMAL", true));
        }
    }
    p = find_pattern(d, "SAID_TO");
    CHECK(p != NULL);
    if (p) {
        CHECK_STR(p->code, "042:043");
        CHECK(p->n_upper == 3 && p->n_lower == 2);
        if (p->n_upper == 3 && p->n_lower == 2) {
            CHECK(elem_is(d, &p->upper[0], PAT_WORD, "TO", false));
            CHECK(elem_is(d, &p->upper[1], PAT_WORD, "SAID", true));
            CHECK(elem_is(d, &p->upper[2], PAT_COMPOUND, NULL, false));
            CHECK(elem_is(d, &p->lower[0], PAT_SKIP, NULL, false));
            CHECK(elem_is(d, &p->lower[1], PAT_SYNSET, "&LATER", false));
        }
    }
    p = find_pattern(d, "- * + [---]");
    CHECK(p && p->n_upper == 0 && p->n_lower == 1);
    if (p) CHECK_STR(p->code, "---");
    p = find_pattern(d, "(IN) &TOOLS");
    CHECK(p != NULL);
    if (p) {
        CHECK_STR(p->code, "042:043");
        CHECK(p->n_upper == 1 && p->n_lower == 3);
        if (p->n_lower == 3) CHECK(elem_is(d, &p->lower[2], PAT_SYNSET, "&TOOLS", false));
    }
    CHECK(d->blocks[1].n_patterns == 1);
}

static void test_verbs(void)
{
    dyad_dict *d = dyad_dict_new();
    diags dg;
    char path[512];
    int rc = load_text(d, DYAD_DICT_VERBS, "test.verbs.txt", verbs_text, &dg, path, sizeof path);
    CHECK(rc == 0);
    CHECK(dg.n == 0);
    for (int i = 0; i < dg.n && i < 32; i++) dyad_error_print(&dg.e[i], stderr);

    dyad_dict_stats st;
    dyad_dict_get_stats(d, &st);
    // 4 regular forms each for CRITICIZE TAP CORDON CARRY TIE PUSH VISIT,
    // BREAK and its 4 listed forms
    CHECK(st.verbs == 7 * 4 + 5);
    CHECK(st.patterns == 4);
    CHECK(st.synsets == 3);
    CHECK(d->n_blocks == 2);
    CHECK(d->n_transforms == 1);
    CHECK_STR(d->blocks[0].name, "CRITICIZE");
    CHECK_STR(d->blocks[0].code, "111");
    CHECK_STR(d->blocks[1].code, "042");
    CHECK(d->blocks[0].line == 10);
    check_forms(d);
    check_synsets(d);
    check_patterns(d);
    dyad_dict_free(d);
}

// ---------------------------------------------------------------- actors

static const char *actors_text =
    "# actors\n"
    "UNITED_STATES [USA]\n"
    "+AMERICA\n"
    "+UNITED_STATES_OF_AMERICA\n"
    "FRANCE\n"
    "\t[FRAGOV <19990101]\n"
    "\t[FRAELI >990101]\n"
    "\t[FRAMIL 20000101-20051231]\n"
    "\t[FRAREB 650101 - 700101]\n"
    "\t[FRA]\n"
    "JACQUES_CHIRAC [FRAGOV 19950517-20070516] ; a comment\n"
    "+CHIRAC\n"
    "NOBODY_IN_PARTICULAR\n";

typedef struct dated_case {
    const char *code;
    int32_t from, to;
} dated_case;

static void test_actors(void)
{
    dyad_dict *d = dyad_dict_new();
    diags dg;
    char path[512];
    int rc = load_text(d, DYAD_DICT_ACTORS, "test.actors.txt", actors_text, &dg, path, sizeof path);
    CHECK(rc == 0);
    CHECK(dg.n == 0);
    dyad_dict_stats st;
    dyad_dict_get_stats(d, &st);
    CHECK(st.actors == 4);
    CHECK(st.actor_phrases == 7);
    CHECK(d->n_actor_entries == 4);
    if (d->n_actor_entries != 4) {
        dyad_dict_free(d);
        return;
    }
    const actor_entry *usa = &d->actor_entries[0], *fra = &d->actor_entries[1],
                      *chirac = &d->actor_entries[2], *nobody = &d->actor_entries[3];
    CHECK_STR(usa->name, "UNITED_STATES");
    CHECK_STR(usa->default_code, "USA");
    CHECK(usa->n_codes == 0 && usa->line == 2);
    CHECK(trie_lookup(d, &d->actors, "UNITED STATES") == 0);
    CHECK(trie_lookup(d, &d->actors, "AMERICA") == 0);
    CHECK(trie_lookup(d, &d->actors, "UNITED STATES OF AMERICA") == 0);
    CHECK(trie_lookup(d, &d->actors, "UNITED STATES OF") == -1);

    CHECK_STR(fra->default_code, "FRA");
    static const dated_case want[] = {
        {"FRAGOV", 0, 19990101},
        {"FRAELI", 19990101, 99999999},
        {"FRAMIL", 20000101, 20051231},
        {"FRAREB", 19650101, 19700101},
    };
    CHECK(fra->n_codes == 4);
    for (size_t i = 0; i < 4 && i < fra->n_codes; i++) {
        CHECK_STR(fra->codes[i].code, want[i].code);
        CHECK(fra->codes[i].from == want[i].from);
        CHECK(fra->codes[i].to == want[i].to);
    }
    CHECK(trie_lookup(d, &d->actors, "FRANCE") == 1);

    CHECK(chirac->default_code == NULL);
    CHECK(chirac->n_codes == 1);
    if (chirac->n_codes == 1) {
        CHECK_STR(chirac->codes[0].code, "FRAGOV");
        CHECK(chirac->codes[0].from == 19950517 && chirac->codes[0].to == 20070516);
    }
    CHECK(trie_lookup(d, &d->actors, "CHIRAC") == 2);
    CHECK(trie_lookup(d, &d->actors, "JACQUES CHIRAC") == 2);
    CHECK(nobody->default_code == NULL && nobody->n_codes == 0);
    CHECK(trie_lookup(d, &d->actors, "NOBODY IN PARTICULAR") == 3);
    dyad_dict_free(d);
}

// ---------------------------------------------------------------- agents

static const char *agents_text =
    "!PERSON! = MAN, MEN, WOMAN\n"
    "POLICE {} [~COP]\n"
    "REBEL [~REB]\n"
    "PARLIAMENT {PARLIAMENTS PARLIAMENTARIANS} [~LEG]\n"
    "HUMANITARIAN_AGENCY [NGO~]\n"
    "BUSINESS!PERSON! [~BUS]\n"
    "CHURCH [~REL]\n";

typedef struct phrase_case {
    const char *phrase;
    int entry;   // -1: absent
} phrase_case;

static void test_agents(void)
{
    dyad_dict *d = dyad_dict_new();
    diags dg;
    char path[512];
    int rc = load_text(d, DYAD_DICT_AGENTS, "test.agents.txt", agents_text, &dg, path, sizeof path);
    CHECK(rc == 0);
    CHECK(dg.n == 0);
    dyad_dict_stats st;
    dyad_dict_get_stats(d, &st);
    CHECK(st.agents == 6);
    if (d->n_agent_entries != 6) {
        dyad_dict_free(d);
        return;
    }
    CHECK_STR(d->agent_entries[0].code, "COP");
    CHECK(!d->agent_entries[0].prefix);
    CHECK_STR(d->agent_entries[3].code, "NGO");
    CHECK(d->agent_entries[3].prefix);
    CHECK_STR(d->agent_entries[4].code, "BUS");
    CHECK(d->agent_entries[4].line == 6);
    static const phrase_case want[] = {
        {"POLICE", 0},
        {"POLICES", -1},  // {}: no plural
        {"REBEL", 1},
        {"REBELS", 1},
        {"PARLIAMENT", 2},
        {"PARLIAMENTS", 2},
        {"PARLIAMENTARIANS", 2},
        {"HUMANITARIAN AGENCY", 3},
        {"HUMANITARIAN AGENCIES", 3},
        {"BUSINESSMAN", 4},
        {"BUSINESSMEN", 4},
        {"BUSINESSWOMAN", 4},
        {"BUSINESS!PERSON!", -1},
        {"CHURCH", 5},
        {"CHURCHES", 5},
    };
    for (size_t i = 0; i < sizeof want / sizeof want[0]; i++) {
        int32_t got = trie_lookup(d, &d->agents, want[i].phrase);
        if (got != want[i].entry)
            fprintf(stderr, "agent '%s': entry %d, want %d\n", want[i].phrase, (int)got,
                    want[i].entry);
        CHECK(got == want[i].entry);
    }
    dyad_dict_free(d);
}

// ---------------------------------------------------------------- discards, issues

static void test_discards(void)
{
    dyad_dict *d = dyad_dict_new();
    diags dg;
    char path[512];
    int rc = load_text(d, DYAD_DICT_DISCARDS, "test.discards.txt",
                       "SPORTS_SCORES_\n+WORLD CUP\n+FOOTBAL   # a stem\n\nBASEBALL_\n", &dg,
                       path, sizeof path);
    CHECK(rc == 0 && dg.n == 0);
    dyad_dict_stats st;
    dyad_dict_get_stats(d, &st);
    CHECK(st.discards == 4);
    CHECK(d->n_phrases == 4);
    if (d->n_phrases == 4) {
        CHECK_STR(d->phrases[0].text, "SPORTS_SCORES");
        CHECK(!d->phrases[0].story && d->phrases[0].code == NULL);
        CHECK_STR(d->phrases[1].text, "WORLD CUP");
        CHECK(d->phrases[1].story && d->phrases[1].line == 2);
        CHECK(d->phrases[2].story);
        CHECK(!d->phrases[3].story);
    }
    CHECK(trie_lookup(d, &d->discards, "SPORTS SCORES") == 0);
    CHECK(trie_lookup(d, &d->discards, "BASEBALL") == 3);
    dyad_dict_free(d);
}

static const char *issues_text =
    "human rights [RIGHTS]\n"
    "<ISSUE CATEGORY=\"EDUCATION\" TYPE=\"ALL\">\n"
    "n:teacher [TEACHERS]\n"
    "v:teach\n"
    "pre+k [EARLY]\n"
    "~a head start\n"
    "</ISSUE>\n"
    "nuclear n:weapon [NUKES]\n";

// A phrase whose words carry accents is found in composed (NFC) and
// decomposed (NFD) text alike, however its first bytes are screened.
static void test_issues_decomposed(void)
{
    dyad_dict *d = dyad_dict_new();
    diags dg;
    char path[512];
    int rc = load_text(d, DYAD_DICT_ISSUES, "test.issues.txt",
                       "m\xc3\xa9" "decins sans fronti\xc3\xa8" "res [HUMANITARIAN]\n", &dg, path, sizeof path);
    CHECK(rc == 0 && dg.n == 0);
    arena mem;
    dyad__arena_init(&mem, 4096);
    static const char *const texts[] = {
        "Iran attacked Iraq, M\xc3\xa9" "decins Sans Fronti\xc3\xa8" "res said.",     // NFC
        "Iran attacked Iraq, Me\xcc\x81" "decins Sans Frontie\xcc\x80" "res said.",   // NFD
    };
    for (size_t i = 0; i < sizeof texts / sizeof texts[0]; i++)
        CHECK_STR(dyad__issues_of(&mem, d, texts[i], strlen(texts[i])), "HUMANITARIAN 1");
    dyad__arena_dispose(&mem);
    dyad_dict_free(d);
}

typedef struct issue_case {
    const char *phrase;
    const char *code;   // NULL: absent; "~": an ignore phrase
} issue_case;

static void test_issues(void)
{
    dyad_dict *d = dyad_dict_new();
    diags dg;
    char path[512];
    int rc = load_text(d, DYAD_DICT_ISSUES, "test.issues.txt", issues_text, &dg, path, sizeof path);
    CHECK(rc == 0 && dg.n == 0);
    dyad_dict_stats st;
    dyad_dict_get_stats(d, &st);
    CHECK(st.issues == 6);
    static const issue_case want[] = {
        {"HUMAN RIGHTS", "RIGHTS"},
        {"TEACHER", "TEACHERS"},
        {"TEACHERS", "TEACHERS"},
        {"TEACH", "EDUCATION"},
        {"TEACHING", "EDUCATION"},
        {"TEACHED", "EDUCATION"},
        {"PRE K", "EARLY"},
        {"PRE-K", "EARLY"},
        {"PREK", "EARLY"},
        {"A HEAD START", "~"},
        {"NUCLEAR WEAPON", "NUKES"},
        {"NUCLEAR WEAPONS", "NUKES"},
        {"WEAPON", NULL},
        {"N:TEACHER", NULL},
    };
    for (size_t i = 0; i < sizeof want / sizeof want[0]; i++) {
        int32_t v = trie_lookup(d, &d->issues, want[i].phrase);
        if ((v >= 0) != (want[i].code != NULL))
            fprintf(stderr, "issue '%s': value %d\n", want[i].phrase, (int)v);
        CHECK((v >= 0) == (want[i].code != NULL));
        if (v < 0 || !want[i].code || (size_t)v >= d->n_phrases) continue;
        const phrase_entry *e = &d->phrases[v];
        if (want[i].code[0] == '~') CHECK(e->ignore);
        else {
            CHECK(!e->ignore);
            CHECK_STR(e->code, want[i].code);
        }
    }
    dyad_dict_free(d);
}

// ---------------------------------------------------------------- malformed lines

typedef enum probe_kind { P_FORM, P_PATTERN, P_ACTOR, P_AGENT, P_DISCARD, P_ISSUE } probe_kind;

typedef struct bad_case {
    dyad_dict_kind kind;
    const char *text;
    int line;           // of the one diagnostic
    int code;           // DYAD_ERR_SYNTAX or DYAD_WARNING
    const char *what;   // part of its message
    probe_kind probe;   // what must still be loaded after it
    const char *good;
} bad_case;

#define BLOCK "--- B [010] ---\nSAY\n"
static const bad_case bad[] = {
    {DYAD_DICT_VERBS, BLOCK "- * FOO\n- * BAR [011]\n", 3, DYAD_ERR_SYNTAX, "without a [CODE]",
     P_PATTERN, "BAR"},
    {DYAD_DICT_VERBS, BLOCK "- FOO BAR [011]\n- * BAR [011]\n", 3, DYAD_ERR_SYNTAX, "'*'",
     P_PATTERN, "* BAR"},
    {DYAD_DICT_VERBS, BLOCK "- * FOO * [011]\n- * BAR [011]\n", 3, DYAD_ERR_SYNTAX,
     "more than one '*'", P_PATTERN, "BAR"},
    {DYAD_DICT_VERBS, BLOCK "- * FOO [011\n- * BAR [011]\n", 3, DYAD_ERR_SYNTAX, "']'",
     P_PATTERN, "BAR"},
    {DYAD_DICT_VERBS, BLOCK "- * FOO []\n- * BAR [011]\n", 3, DYAD_ERR_SYNTAX, "empty code",
     P_PATTERN, "BAR"},
    {DYAD_DICT_VERBS, "- * FOO [011]\n" BLOCK "- * BAR [012]\n", 1, DYAD_ERR_SYNTAX,
     "before any verb block", P_PATTERN, "BAR"},
    {DYAD_DICT_VERBS, BLOCK "- * &NOPE [011]\n- * BAR [011]\n", 3, DYAD_WARNING,
     "not defined", P_PATTERN, "BAR"},
    {DYAD_DICT_VERBS, "TELL\n" BLOCK "TALK\n", 1, DYAD_ERR_SYNTAX, "outside a '--- BLOCK ---'",
     P_FORM, "TALKED"},
    {DYAD_DICT_VERBS, BLOCK "BREAK {BROKE BROKEN\nTALK\n", 3, DYAD_ERR_SYNTAX, "'{'", P_FORM,
     "TALKING"},
    {DYAD_DICT_VERBS, "&A\n+&B\n&B\n+Y\n" BLOCK "- * &B [011]\n", 2, DYAD_ERR_SYNTAX,
     "before it is defined", P_PATTERN, "&B"},
    // found by fuzz/fuzz_dict.c: a synset that includes itself looped forever
    {DYAD_DICT_VERBS, "&A_\n+X\n+&A_\n+Z\n" BLOCK "- * &A [011]\n", 3, DYAD_ERR_SYNTAX,
     "includes itself", P_PATTERN, "&A"},
    {DYAD_DICT_ACTORS, "FRANCE [FRA]\n[FRAGOV 1999-]\nGERMANY [DEU]\n", 2, DYAD_ERR_SYNTAX,
     "bad date", P_ACTOR, "GERMANY"},
    {DYAD_DICT_ACTORS, "FRANCE [FRA]\n[FRAGOV 1999-\nGERMANY [DEU]\n", 2, DYAD_ERR_SYNTAX,
     "closing ']'", P_ACTOR, "GERMANY"},
    {DYAD_DICT_ACTORS, "FRANCE [FRA]\n[FRAGOV <1999]\nGERMANY [DEU]\n", 2, DYAD_ERR_SYNTAX,
     "bad date", P_ACTOR, "GERMANY"},
    {DYAD_DICT_ACTORS, "FRANCE [FRA]\n[FRAGOV 19991301-20000101]\nGERMANY [DEU]\n", 2,
     DYAD_ERR_SYNTAX, "bad date", P_ACTOR, "GERMANY"},
    {DYAD_DICT_ACTORS, "FRANCE [FRA]\n[ <19990101]\nGERMANY [DEU]\n", 2, DYAD_ERR_SYNTAX,
     "empty code", P_ACTOR, "GERMANY"},
    {DYAD_DICT_ACTORS, "[FRA]\nGERMANY [DEU]\n", 1, DYAD_ERR_SYNTAX, "before any actor",
     P_ACTOR, "GERMANY"},
    {DYAD_DICT_ACTORS, "FRANCE [FRA]\n+\nGERMANY [DEU]\n", 2, DYAD_ERR_SYNTAX,
     "empty actor phrase", P_ACTOR, "GERMANY"},
    {DYAD_DICT_ACTORS, "FRANCE [FRA]\n[FRAGOV 1999011]\nGERMANY [DEU]\n", 2, DYAD_WARNING,
     "digits", P_ACTOR, "GERMANY"},
    {DYAD_DICT_AGENTS, "POLICE [~COP]\nSOLDIER [MIL]\nREBEL [~REB]\n", 2, DYAD_ERR_SYNTAX,
     "'~'", P_AGENT, "REBELS"},
    {DYAD_DICT_AGENTS, "POLICE [~COP]\nMAN {MEN [~CVL]\nREBEL [~REB]\n", 2, DYAD_ERR_SYNTAX,
     "'{'", P_AGENT, "REBEL"},
    {DYAD_DICT_AGENTS, "!PERSON! = MAN\nBUSINESS!THING! [~BUS]\nREBEL [~REB]\n", 2,
     DYAD_ERR_SYNTAX, "unknown substitution marker", P_AGENT, "REBEL"},
    {DYAD_DICT_AGENTS, "!PERSON! =  \nREBEL [~REB]\n", 1, DYAD_ERR_SYNTAX, "no items", P_AGENT,
     "REBEL"},
    {DYAD_DICT_AGENTS, "{X} [~COP]\nREBEL [~REB]\n", 1, DYAD_ERR_SYNTAX, "without a phrase",
     P_AGENT, "REBEL"},
    {DYAD_DICT_AGENTS, "POLICE\nREBEL [~REB]\n", 1, DYAD_WARNING, "without a [~CODE]", P_AGENT,
     "REBEL"},
    {DYAD_DICT_DISCARDS, "SPORTS_\n+\nBASEBALL_\n", 2, DYAD_ERR_SYNTAX, "bad phrase", P_DISCARD,
     "BASEBALL"},
    {DYAD_DICT_ISSUES, "n:teacher [TEACHERS]\nhuman rights\nn:student [STUDENTS]\n", 2,
     DYAD_ERR_SYNTAX, "without a [CODE]", P_ISSUE, "STUDENTS"},
    {DYAD_DICT_ISSUES, "n:teacher [TEACHERS]\nhuman rights []\nn:student [STUDENTS]\n", 2,
     DYAD_ERR_SYNTAX, "without a [CODE]", P_ISSUE, "STUDENT"},
    {DYAD_DICT_ISSUES, "n:teacher [TEACHERS]\n~\nn:student [STUDENTS]\n", 2, DYAD_ERR_SYNTAX,
     "empty issue phrase", P_ISSUE, "STUDENT"},
};

static bool probe(const dyad_dict *d, probe_kind k, const char *good)
{
    switch (k) {
    case P_FORM: {
        uint32_t id = wid(d, good);
        return id && dyad__verb_first_form(d, id) >= 0;
    }
    case P_PATTERN: return find_pattern(d, good) != NULL;
    case P_ACTOR: return trie_lookup(d, &d->actors, good) >= 0;
    case P_AGENT: return trie_lookup(d, &d->agents, good) >= 0;
    case P_DISCARD: return trie_lookup(d, &d->discards, good) >= 0;
    case P_ISSUE: return trie_lookup(d, &d->issues, good) >= 0;
    }
    return false;
}

static void test_malformed(void)
{
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        const bad_case *b = &bad[i];
        dyad_dict *d = dyad_dict_new();
        diags dg;
        char path[512], name[32];
        snprintf(name, sizeof name, "bad%zu.txt", i);
        int rc = load_text(d, b->kind, name, b->text, &dg, path, sizeof path);
        int want_rc = b->code == DYAD_WARNING ? 0 : 1;
        bool ok = rc == want_rc && dg.n == 1 && dg.e[0].code == b->code &&
                  dg.e[0].line == b->line && strcmp(dg.e[0].file, path) == 0 &&
                  strstr(dg.e[0].message, b->what) != NULL;
        if (!ok) {
            fprintf(stderr, "bad case %zu (want line %d, '%s'): rc %d, %d diagnostics\n", i,
                    b->line, b->what, rc, dg.n);
            for (int k = 0; k < dg.n && k < 32; k++) dyad_error_print(&dg.e[k], stderr);
        }
        CHECK(ok);
        bool loaded = probe(d, b->probe, b->good);
        if (!loaded) fprintf(stderr, "bad case %zu: '%s' not loaded\n", i, b->good);
        CHECK(loaded);
        dyad_dict_stats st;
        dyad_dict_get_stats(d, &st);
        CHECK(st.warnings == (size_t)dg.warnings);
        dyad_dict_free(d);
    }
}

// The fuzz-found self-including synset keeps its own phrases once.
static void test_self_synset(void)
{
    dyad_dict *d = dyad_dict_new();
    diags dg;
    char path[512];
    load_text(d, DYAD_DICT_VERBS, "self.txt", "&A\n+X\n+&A\n+&A\n+Y\n&B\n+&A\n+&A\n", &dg,
              path, sizeof path);
    CHECK(dg.errors == 2);
    const synset *a = find_synset(d, "&A"), *b = find_synset(d, "&B");
    CHECK(a && a->n == 4);   // X XS Y YS
    CHECK(b && b->n == 8);   // &A twice
    dyad_dict_free(d);

    // "+&A +&A" chains double a synset per level: capped with an error
    d = dyad_dict_new();
    strbuf t = STRBUF_INIT;
    dyad__sb_puts(&t, "&S0\n+X\n");
    for (int i = 1; i <= 40; i++) dyad__sb_printf(&t, "&S%d\n+&S%d\n+&S%d\n", i, i - 1, i - 1);
    load_text(d, DYAD_DICT_VERBS, "chain.txt", dyad__sb_cstr(&t), &dg, path, sizeof path);
    dyad__sb_dispose(&t);
    CHECK(dg.errors > 0);
    size_t biggest = 0;
    for (size_t i = 0; i < d->n_synsets; i++)
        if (d->synsets[i].n > biggest) biggest = d->synsets[i].n;
    CHECK(biggest <= 100000);
    dyad_dict_free(d);
}

// ---------------------------------------------------------------- files

static dyad_dict_kind kind_of(const char *name, bool *known)
{
    *known = true;
    if (strstr(name, "CAMEO") || strstr(name, "verbs")) return DYAD_DICT_VERBS;
    if (strstr(name, "actors")) return DYAD_DICT_ACTORS;
    if (strstr(name, "agents")) return DYAD_DICT_AGENTS;
    if (strstr(name, "discards")) return DYAD_DICT_DISCARDS;
    if (strstr(name, "Issue")) return DYAD_DICT_ISSUES;
    *known = false;
    return DYAD_DICT_VERBS;
}

static void test_shared(void)
{
    const char *dir = "../shared/petrarch/dictionaries";
    DIR *dp = opendir(dir);
    if (!dp) {
        printf("note: %s not found; shared dictionaries not checked\n", dir);
        return;
    }
    int files = 0;
    struct dirent *de;
    while ((de = readdir(dp)) != NULL) {
        bool known;
        dyad_dict_kind kind = kind_of(de->d_name, &known);
        if (de->d_name[0] == '.' || !known) continue;
        char path[1024];
        snprintf(path, sizeof path, "%s/%s", dir, de->d_name);
        dyad_dict *d = dyad_dict_new();
        diags dg;
        memset(&dg, 0, sizeof dg);
        dyad_error err;
        int rc = dyad_dict_load(d, kind, path, collect, &dg, &err);
        if (rc != 0 || dg.errors) {
            fprintf(stderr, "%s: rc %d, %d errors\n", path, rc, dg.errors);
            for (int k = 0; k < dg.n && k < 32; k++)
                if (dg.e[k].code != DYAD_WARNING) dyad_error_print(&dg.e[k], stderr);
        }
        CHECK(rc == 0);
        CHECK(dg.errors == 0);
        dyad_dict_stats st;
        dyad_dict_get_stats(d, &st);
        size_t entries = st.verbs + st.actors + st.agents + st.discards + st.issues;
        CHECK(entries > 0);
        CHECK(st.warnings == (size_t)dg.warnings);
        printf("%-34s %6zu entries, %d warnings\n", de->d_name, entries, dg.warnings);
        dyad_dict_free(d);
        files++;
    }
    closedir(dp);
    CHECK(files > 0);
}

static void test_io(void)
{
    dyad_dict *d = dyad_dict_new();
    dyad_error err;
    memset(&err, 0, sizeof err);
    char path[512];
    snprintf(path, sizeof path, "%s/no-such-file.txt", tmpdir);
    CHECK(dyad_dict_load(d, DYAD_DICT_VERBS, path, NULL, NULL, &err) == DYAD_ERR_IO);
    CHECK(err.code == DYAD_ERR_IO);
    CHECK_STR(err.file, path);
    CHECK(dyad_dict_load(d, (dyad_dict_kind)99, path, NULL, NULL, &err) == DYAD_ERR_ARG);
    CHECK(dyad_dict_load(d, DYAD_DICT_ACTORS, NULL, NULL, NULL, NULL) == DYAD_ERR_ARG);
    // an empty file loads, with nothing in it, and is reported at FILE:1
    diags dg;
    CHECK(load_text(d, DYAD_DICT_ACTORS, "empty.txt", "", &dg, path, sizeof path) == 1);
    dyad_dict_stats st;
    dyad_dict_get_stats(d, &st);
    CHECK(st.actors == 0 && dg.n == 1 && dg.e[0].line == 1 && dg.e[0].code == DYAD_ERR_SYNTAX);
    CHECK(strstr(dg.e[0].message, "no entries: the dictionary file is empty") != NULL);
    CHECK_STR(dg.e[0].file, path);
    static const dyad_dict_kind kinds[] = {DYAD_DICT_VERBS, DYAD_DICT_AGENTS, DYAD_DICT_DISCARDS,
                                           DYAD_DICT_ISSUES};
    for (size_t i = 0; i < sizeof kinds / sizeof kinds[0]; i++) {
        CHECK(load_text(d, kinds[i], "comments.txt", "# nothing\n\n<!-- here -->\n", &dg, path,
                        sizeof path) == 1);
        CHECK(dg.n == 1 && strstr(dg.e[0].message, "only comments") != NULL);
    }
    dyad_dict_free(d);

    // invalid UTF-8 and malformed synonym lines: FILE:LINE each, the line skipped
    d = dyad_dict_new();
    CHECK(load_text(d, DYAD_DICT_ACTORS, "bad.txt",
                    "+ORPHAN_ [XXX]\nARNOR_ [ARN]\n+GOND\xC3R_\n+-._ (,)\n+ZZ<>{}\n+\x01A\n"
                    "+NORTH_KINGDOM_\nCAF\xE9_ [CAF]\n", &dg, path, sizeof path) == 6);
    CHECK(dg.n == 6);
    static const struct {
        int line;
        const char *what;
    } want[] = {{1, "before any actor entry"}, {3, "invalid UTF-8 (byte 0xC3 at column 6)"},
                {4, "has no word"}, {5, "characters no name has"}, {6, "control byte"},
                {8, "invalid UTF-8"}};
    for (int i = 0; i < 6; i++) {   // invalid UTF-8 is reported first
        bool found = false;
        for (int k = 0; k < dg.n && !found; k++)
            found = dg.e[k].line == want[i].line && strstr(dg.e[k].message, want[i].what);
        if (!found) fprintf(stderr, "no report of line %d: %s\n", want[i].line, want[i].what);
        CHECK(found);
    }
    dyad_dict_get_stats(d, &st);
    CHECK(st.actors == 1 && st.actor_phrases == 2);   // ARNOR_ and NORTH_KINGDOM_
    dyad_dict_free(d);
    dyad_dict_free(NULL);
}

int main(void)
{
    snprintf(tmpdir, sizeof tmpdir, "/tmp/dyad_test_dict.XXXXXX");
    if (!mkdtemp(tmpdir)) {
        perror("mkdtemp");
        return 1;
    }
    test_verbs();
    test_actors();
    test_agents();
    test_discards();
    test_issues();
    test_issues_decomposed();
    test_malformed();
    test_self_synset();
    test_shared();
    test_io();
    rmdir(tmpdir);
    return harness_done();
}
