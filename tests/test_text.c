// test_text.c: UTF-8 checking, sentence splitting (abbreviations, initials,
// numbers, quotes, datelines, boilerplate, line breaks) and Penn-style
// tokens with their byte offsets, normalised text and flags.
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "harness.h"
#include "text.h"
#include "util.h"

static bool slice_is(slice s, const char *lit)
{
    size_t n = strlen(lit);
    return s.n == n && (n == 0 || memcmp(s.p, lit, n) == 0);
}

// ---------------------------------------------------------------- UTF-8

typedef struct utf8_case {
    const char *name;
    const char *text;
    size_t n;        // 0: strlen
    int64_t want;    // first bad byte or -1
} utf8_case;

static const utf8_case utf8_cases[] = {
    {"empty", "", 0, -1},
    {"ascii", "Hello, world.", 0, -1},
    {"NUL is valid", "a\0b", 3, -1},
    {"two, three and four bytes", "caf\xC3\xA9 \xE2\x80\x94 \xF0\x9F\x98\x80", 0, -1},
    {"stray byte after 8-byte block", "abcdefghijklmnopq\xFFr", 0, 17},
    {"Latin-1 e-acute", "caf\xE9", 0, 3},
    {"lone continuation", "\x80", 0, 0},
    {"overlong slash", "\xC0\xAF", 0, 0},
    {"overlong 3-byte", "ab\xE0\x80\xAF", 0, 2},
    {"surrogate", "\xED\xA0\x80", 0, 0},
    {"above U+10FFFF", "x\xF4\x90\x80\x80", 0, 1},
    {"F5 lead", "\xF5\x80\x80\x80", 0, 0},
    {"truncated at the end", "ok \xE2\x80", 0, 3},
    {"bad continuation", "\xE2\x28\xA1", 0, 0},
    {"max code point", "\xF4\x8F\xBF\xBF", 0, -1},
};

static void check_utf8(void)
{
    for (size_t i = 0; i < sizeof utf8_cases / sizeof utf8_cases[0]; i++) {
        const utf8_case *c = &utf8_cases[i];
        size_t n = c->n ? c->n : strlen(c->text);
        int64_t got = dyad__text_utf8_check(c->text, n);
        if (got != c->want)
            fprintf(stderr, "utf8 %s: got %lld want %lld\n", c->name, (long long)got,
                    (long long)c->want);
        CHECK(got == c->want);
    }
    // never reads past n: the bad byte just past the limit is not seen
    CHECK(dyad__text_utf8_check("abc\xFF", 3) == -1);
    CHECK(dyad__text_utf8_check("\xE2\x80\x94", 2) == 0);
}

// ---------------------------------------------------------------- sentences

typedef struct split_case {
    const char *name;
    const char *text;
    size_t n;                 // 0: strlen
    const char *want[12];     // the sentences, NULL-terminated
    int32_t date;
    int32_t boilerplate;
} split_case;

#define MEDIA "Media playback is unsupported on your device Media caption 'The head of US " \
              "intelligence has to be non-partisan', warns former CIA operative."

static const split_case split_cases[] = {
    {"empty", "", 0, {NULL}, 0, 0},
    {"only blanks", " \t\r\n\n  \n\xC2\xA0 ", 0, {NULL}, 0, 0},
    {"only punctuation", "***\n\n. . .\n\n--", 0, {NULL}, 0, 0},
    {"two sentences", "  The talks failed. Both sides left!  ", 0,
     {"The talks failed.", "Both sides left!"}, 0, 0},
    {"question, lower-case after ?", "\"Why?\" he asked. \"Because.\" Nobody knew.", 0,
     {"\"Why?\" he asked.", "\"Because.\"", "Nobody knew."}, 0, 0},
    {"titles", "Gen. Smith met Lt. Col. Jones, Sen. Rep. Gov. Brown and Mr. and Mrs. Lee. "
               "Ms. Ng, Dr. Ali and Prof. Roy went to St. Louis. They left.", 0,
     {"Gen. Smith met Lt. Col. Jones, Sen. Rep. Gov. Brown and Mr. and Mrs. Lee.",
      "Ms. Ng, Dr. Ali and Prof. Roy went to St. Louis.", "They left."}, 0, 0},
    {"months", "Talks began Jan. 5 and Feb. 9, ended Sept. 2, Sep. 3, Oct. 4, Nov. 5 or "
               "Dec. 6. Then came Jan. The end.", 0,
     {"Talks began Jan. 5 and Feb. 9, ended Sept. 2, Sep. 3, Oct. 4, Nov. 5 or Dec. 6.",
      "Then came Jan.", "The end."}, 0, 0},
    {"No. and Inc.", "No. 10 said Apple Inc. sold Acme Corp. to Foo Ltd. and Bar Co. "
                     "on Monday. He sued Apple Inc. The case is open.", 0,
     {"No. 10 said Apple Inc. sold Acme Corp. to Foo Ltd. and Bar Co. on Monday.",
      "He sued Apple Inc.", "The case is open."}, 0, 0},
    {"vs. etc. e.g. i.e.", "It was Smith vs. Jones, i.e. Court No. 2, e.g. Paris. "
                           "They took pens, paper, etc. The rest stayed.", 0,
     {"It was Smith vs. Jones, i.e. Court No. 2, e.g. Paris.",
      "They took pens, paper, etc.", "The rest stayed."}, 0, 0},
    {"initials", "John F. Kennedy was shot. J.R.R. Tolkien wrote. Rep. Howard P. "
                 "\xE2\x80\x9C" "Buck\xE2\x80\x9D McKeon spoke.", 0,
     {"John F. Kennedy was shot.", "J.R.R. Tolkien wrote.",
      "Rep. Howard P. \xE2\x80\x9C" "Buck\xE2\x80\x9D McKeon spoke."}, 0, 0},
    {"numbers", "Growth was 3.5 percent in 2019. It cost $1.2 billion. Shares rose 1.5.", 0,
     {"Growth was 3.5 percent in 2019.", "It cost $1.2 billion.", "Shares rose 1.5."}, 0, 0},
    {"quote after the period", "He said \"stop.\" Then he left. She said \xE2\x80\x9Cgo.\xE2\x80\x9D "
                               "He went.", 0,
     {"He said \"stop.\"", "Then he left.", "She said \xE2\x80\x9Cgo.\xE2\x80\x9D", "He went."},
     0, 0},
    {"U.S. before a sentence starter", "Troops are in the U.S. The talks ended. "
                                       "The U.S. President spoke to U.S. officials.", 0,
     {"Troops are in the U.S.", "The talks ended.",
      "The U.S. President spoke to U.S. officials."}, 0, 0},
    {"U.S. before brackets and tickers", "He lives in the U.S. (and Canada) near Boeing Co. "
                                         "<BA> jets. U.N. staff left.", 0,
     {"He lives in the U.S. (and Canada) near Boeing Co. <BA> jets.", "U.N. staff left."},
     0, 0},
    {"a.m. and p.m.", "It began at 6 a.m. Sunday and ended at 5 p.m. The next day was calm.", 0,
     {"It began at 6 a.m. Sunday and ended at 5 p.m.", "The next day was calm."}, 0, 0},
    {"ellipsis", "He paused... Then he spoke. We will fight ... and win ... Paris said. "
                 "It was over\xE2\x80\xA6 And so.", 0,
     {"He paused...", "Then he spoke.", "We will fight ... and win ... Paris said.",
      "It was over\xE2\x80\xA6", "And so."}, 0, 0},
    {"list number", "1. The first point is clear. 2. The second is not.", 0,
     {"1. The first point is clear.", "2. The second is not."}, 0, 0},
    {"paragraphs without final punctuation", "A heading without a period\n\nThe body. More",
     0, {"A heading without a period", "The body.", "More"}, 0, 0},
    {"party and state after a lawmaker", "Sen. John McCain, R-Ariz., and Rep. Nancy Pelosi, D-N.Y., met. "
     "Then they left.", 0,
     {"Sen. John McCain, R-Ariz., and Rep. Nancy Pelosi, D-N.Y., met.", "Then they left."}, 0, 0},
    {"abbreviation before a blank line", "He met Gen.\n\nSmith spoke.", 0,
     {"He met Gen.", "Smith spoke."}, 0, 0},
    {"line break inside a sentence", "The minister said\nthe talks failed on\nMonday.", 0,
     {"The minister said\nthe talks failed on\nMonday."}, 0, 0},
    {"short heading line", "Owen set for skipper role\nWales number eight Michael Owen says "
                           "he is ready.", 0,
     {"Owen set for skipper role", "Wales number eight Michael Owen says he is ready."}, 0, 0},
    {"bullets", "The report said:\n - The government should act.\n - Measures to improve "
                "efficiency\n - Possible help for pensioners", 0,
     {"The report said:", "- The government should act.", "- Measures to improve efficiency",
      "- Possible help for pensioners"}, 0, 0},
    // datelines
    {"dateline Reuters", "SEOUL, Sept 2 (Reuters) - North Korea fired a missile. It fell.", 0,
     {"North Korea fired a missile.", "It fell."}, 0, 0},
    {"dateline AP", "WASHINGTON (AP) -- The Senate voted.", 0, {"The Senate voted."}, 0, 0},
    {"dateline date only", "LONDON, March 3 - Prices rose.", 0, {"Prices rose."}, 0, 0},
    {"dateline with year", "BEIJING, Sept. 2, 2025 (Xinhua) -- China said talks went well.", 0,
     {"China said talks went well."}, 20250902, 0},
    {"dateline region, em dash", "HENDERSONVILLE, Tenn. \xE2\x80\x94 Voters lined up.", 0,
     {"Voters lined up."}, 0, 0},
    {"dateline mixed case with agency", "Washington (CNN) -- Congress left.", 0,
     {"Congress left."}, 0, 0},
    {"dateline day month year", "Kabul, 4 July 2019 - Gunmen attacked a hotel.", 0,
     {"Gunmen attacked a hotel."}, 20190704, 0},
    {"dateline after a capitals headline",
     "CHRYSLER LATE MARCH U.S. CAR SALES UP\n  DETROIT, April 3 - Chrysler Corp said car "
     "sales for the\nMarch 21-31 period rose 20.2 pct to 40,454 from 33,669 a\nyear earlier.\n"
     "Chrysler said U.S. truck sales in late March jumped 65.2 pct.\n Reuter\n",
     0,
     {"CHRYSLER LATE MARCH U.S. CAR SALES UP",
      "Chrysler Corp said car sales for the\nMarch 21-31 period rose 20.2 pct to 40,454 from "
      "33,669 a\nyear earlier.",
      "Chrysler said U.S. truck sales in late March jumped 65.2 pct."},
     0, 1},
    {"dateline agency without a dash", "Baltimore (CNN) The streets are calm.", 0,
     {"The streets are calm."}, 0, 0},
    {"dateline agency of two words without a dash", "Washington (CNN Business) Officials met.", 0,
     {"Officials met."}, 0, 0},
    {"no dateline: a name's bracketed nickname, no agency",
     "Leader Mitch McConnell Addison (Mitch) Mitchell McConnell praised Germany.", 0,
     {"Leader Mitch McConnell Addison (Mitch) Mitchell McConnell praised Germany."}, 0, 0},
    {"no dateline: lower case after the dash", "NATO - the alliance - met.", 0,
     {"NATO - the alliance - met."}, 0, 0},
    {"no dateline: a sentence with a dash", "The company said - at a meeting - it would sell.",
     0, {"The company said - at a meeting - it would sell."}, 0, 0},
    // photo galleries: the "Hide Caption N of M Photos: title title -" header
    {"gallery captions", "Photos: Protests. Hide Caption 1 of 2 Photos: Photos: The film The film "
                         "\xE2\x80\x93 Police detain a man in Lahore. Hide Caption 2 of 2 Photos: "
                         "Photos: The film The film \xE2\x80\x93 Protesters clash with police.",
     0, {"Photos: Protests.", "Police detain a man in Lahore.", "Protesters clash with police."}, 0, 0},
    {"gallery caption without a dash", "Hide Caption 3 of 9 Photos: Troops march",
     0, {"Troops march"}, 0, 0},
    {"gallery caption: a dash of the caption's own sentence", "Hide Caption 3 of 9 Photos: Troops attacked "
                                                               "Gaza. The strip \xE2\x80\x93 home to "
                                                               "millions \xE2\x80\x93 was calm.",
     0, {"Troops attacked Gaza.", "The strip \xE2\x80\x93 home to millions \xE2\x80\x93 was calm."}, 0, 0},
    {"gallery captions without a dash: the title repeated before each is dropped",
     "Hide Caption 1 of 3 Photos: Reactions to the attack Troops march. Hide Caption 2 of 3 Photos: "
     "Reactions to the attack Leaders meet. Hide Caption 3 of 3 Photos: Reactions to the attack People pray.",
     0, {"Troops march.", "Leaders meet.", "People pray."}, 0, 0},
    {"no gallery: Hide Caption in a sentence", "He said Hide Caption is a button.", 0,
     {"He said Hide Caption is a button."}, 0, 0},
    // boilerplate
    {"BBC media lines", MEDIA "\n\nThe US director, Dan Coats, has quit.\n\nImage copyright "
                              "Reuters Image caption Dan Coats clashed with Donald Trump\n\n"
                              "He said so.",
     0, {"The US director, Dan Coats, has quit.", "He said so."}, 0, 2},
    {"web furniture", "Advertisement\n\nTroops moved.\nShare this with Facebook\nFollow us on "
                      "Twitter @bbc\nSign up for our daily newsletter\nRead more: Why it "
                      "matters\nClick here to subscribe\nGetty Images\nThis article was "
                      "originally published by Foo.\n\xC2\xA9 2019 Newsmax. All rights "
                      "reserved.\nADVERTISEMENT\nJUST WATCHED Obama speaks Replay More Videos",
     0, {"Troops moved."}, 0, 11},
    {"bylines and photo captions", "By Jennifer De Pinto and Fred Backus\nFILE - In this "
                                   "Dec. 25, 2019, file photo, troops march.\nTroops moved.\n"
                                   "By Monday the troops had left.",
     0, {"Troops moved.", "By Monday the troops had left."}, 0, 2},
    {"conservative: news lines stay", "Advertisement revenue rose 5 percent.\nFollow-up talks "
                                      "are planned.\nSign language interpreters came.\nMedia "
                                      "reports said the army moved.\nImage problems plague "
                                      "the party.\nReuters reported the deal.",
     0, {"Advertisement revenue rose 5 percent.", "Follow-up talks are planned.",
         "Sign language interpreters came.", "Media reports said the army moved.",
         "Image problems plague the party.", "Reuters reported the deal."},
     0, 0},
    // bytes
    {"NUL inside", "Hello\0world. Next one.", 22, {"Hello\0world.", "Next one."}, 0, 0},
    {"invalid UTF-8", "Caf\xE9 opened. It \xFF\xFE closed. \x80", 0,
     {"Caf\xE9 opened.", "It \xFF\xFE closed."}, 0, 0},   // "\x80" alone has no letter
    {"Unicode and entity blanks", "He left.\xC2\xA0The end.&nbsp;It rained.\xE2\x80\x83", 0,
     {"He left.", "The end.", "It rained."}, 0, 0},
    {"entity quote after the period", "He said &quot;stop.&quot; Then he left.", 0,
     {"He said &quot;stop.&quot;", "Then he left."}, 0, 0},
    {"CRLF lines", "First line.\r\n\r\nSecond line.\r\n", 0, {"First line.", "Second line."},
     0, 0},
};

// Does span sp of `text` read `want` (whose length is given for NULs)?
static bool span_is(const char *text, text_span sp, const char *want, size_t wn)
{
    return (size_t)(sp.end - sp.start) == wn && memcmp(text + sp.start, want, wn) == 0;
}

static void check_split_case(const split_case *c)
{
    arena mem;
    dyad__arena_init(&mem, 4096);
    size_t n = c->n ? c->n : strlen(c->text);
    text_span *sp = NULL;
    text_split_info info = {-1, -1};
    int32_t k = dyad__text_split(&mem, c->text, n, &sp, &info);
    int32_t want_n = 0;
    while (c->want[want_n]) want_n++;
    if (k != want_n) {
        fprintf(stderr, "split %s: %d sentences, want %d\n", c->name, k, want_n);
        for (int32_t i = 0; i < k; i++)
            fprintf(stderr, "  [%.*s]\n", sp[i].end - sp[i].start, c->text + sp[i].start);
    }
    CHECK(k == want_n);
    for (int32_t i = 0; i < k && i < want_n; i++) {
        const char *w = c->want[i];
        // "Hello\0world." holds a NUL: its length comes from the span text
        size_t wn = strlen(w);
        if (c->n && memchr(c->text + sp[i].start, 0, (size_t)(sp[i].end - sp[i].start)))
            wn = strlen(w) + 1 + strlen(w + strlen(w) + 1);
        bool ok = span_is(c->text, sp[i], w, wn);
        if (!ok)
            fprintf(stderr, "split %s: sentence %d [%.*s], want [%s]\n", c->name, i,
                    sp[i].end - sp[i].start, c->text + sp[i].start, w);
        CHECK(ok);
    }
    if (info.date != c->date)
        fprintf(stderr, "split %s: date %d, want %d\n", c->name, info.date, c->date);
    CHECK(info.date == c->date);
    if (info.boilerplate != c->boilerplate)
        fprintf(stderr, "split %s: %d boilerplate lines, want %d\n", c->name, info.boilerplate,
                c->boilerplate);
    CHECK(info.boilerplate == c->boilerplate);
    dyad__arena_dispose(&mem);
}

static void check_split(void)
{
    for (size_t i = 0; i < sizeof split_cases / sizeof split_cases[0]; i++)
        check_split_case(&split_cases[i]);
    // a NULL info is allowed; an empty text gives no array
    arena mem;
    dyad__arena_init(&mem, 4096);
    text_span dummy, *sp = &dummy;
    CHECK(dyad__text_split(&mem, "One. Two.", 9, &sp, NULL) == 2);
    CHECK(sp[1].start == 5 && sp[1].end == 9);
    CHECK(dyad__text_split(&mem, "", 0, &sp, NULL) == 0);
    CHECK(sp == NULL);
    dyad__arena_dispose(&mem);
}

// ---------------------------------------------------------------- tokens

enum { C = TOK_CAP, U = TOK_UPPER, N = TOK_NUM, P = TOK_PUNCT, A = TOK_ALPHA, B = TOK_BADUTF8 };

typedef struct want_tok {
    const char *norm;
    const char *orig;   // the story bytes the token covers
    int flags;
} want_tok;

typedef struct tok_case {
    const char *name;
    const char *text;
    size_t n;          // 0: strlen
    want_tok toks[32];
} tok_case;

static const tok_case tok_cases[] = {
    {"names beyond Latin-1: their case from Unicode", "\xC8\x98o\xC8\x99oac\xC4\x83 "
     "\xC8\x98O\xC8\x98OAC\xC4\x82 \xD2\x90\xD0\xB0\xD0\xBB\xD0\xB0\xD1\x85 "
     "\xCE\x86\xCE\xB8\xCE\xB1 \xC8\x99" "a",
     0,
     {{"\xC8\x98o\xC8\x99oac\xC4\x83", "\xC8\x98o\xC8\x99oac\xC4\x83", C | A},
      {"\xC8\x98O\xC8\x98OAC\xC4\x82", "\xC8\x98O\xC8\x98OAC\xC4\x82", C | U | A},
      {"\xD2\x90\xD0\xB0\xD0\xBB\xD0\xB0\xD1\x85", "\xD2\x90\xD0\xB0\xD0\xBB\xD0\xB0\xD1\x85",
       C | A},
      {"\xCE\x86\xCE\xB8\xCE\xB1", "\xCE\x86\xCE\xB8\xCE\xB1", C | A},
      {"\xC8\x99" "a", "\xC8\x99" "a", A}}},
    {"NFD names: one token each, the story's bytes, marks without case",
     "S\xCC\xA6OS\xCC\xA6OACA\xCC\x86 Zelens\xCC\x81kyy\xE2\x80\x99s", 0,
     {{"S\xCC\xA6OS\xCC\xA6OACA\xCC\x86", "S\xCC\xA6OS\xCC\xA6OACA\xCC\x86", C | U | A},
      {"Zelens\xCC\x81kyy", "Zelens\xCC\x81kyy", C | A},
      {"'s", "\xE2\x80\x99s", A}}},
    {"clitics and the final period", "Korea's leader didn't go.", 0,
     {{"Korea", "Korea", C | A}, {"'s", "'s", A}, {"leader", "leader", A},
      {"did", "did", A}, {"n't", "n't", A}, {"go", "go", A}, {".", ".", P}}},
    {"more clitics", "I'm we're they've you'll he'd can't won't DON'T", 0,
     {{"I", "I", C | A}, {"'m", "'m", A}, {"we", "we", A}, {"'re", "'re", A},
      {"they", "they", A}, {"'ve", "'ve", A}, {"you", "you", A}, {"'ll", "'ll", A},
      {"he", "he", A}, {"'d", "'d", A}, {"ca", "ca", A}, {"n't", "n't", A},
      {"wo", "wo", A}, {"n't", "n't", A}, {"DO", "DO", C | U | A}, {"N'T", "N'T", C | U | A}}},
    {"curly clitics, names with apostrophes", "Trump\xE2\x80\x99s don\xE2\x80\x99t O'Brien "
                                              "O\xE2\x80\x99Neill Ministers' talks",
     0,
     {{"Trump", "Trump", C | A}, {"'s", "\xE2\x80\x99s", A}, {"do", "do", A},
      {"n't", "n\xE2\x80\x99t", A}, {"O'Brien", "O'Brien", C | A},
      {"O'Neill", "O\xE2\x80\x99Neill", C | A}, {"Ministers", "Ministers", C | A},
      {"'", "'", P}, {"talks", "talks", A}}},
    {"straight quotes", "He said \"stop,\" then 'go'. 'The head', warns", 0,
     {{"He", "He", C | A}, {"said", "said", A}, {"``", "\"", P}, {"stop", "stop", A},
      {",", ",", P}, {"''", "\"", P}, {"then", "then", A}, {"`", "'", P}, {"go", "go", A},
      {"'", "'", P}, {".", ".", P}, {"`", "'", P}, {"The", "The", C | A},
      {"head", "head", A}, {"'", "'", P}, {",", ",", P}, {"warns", "warns", A}}},
    {"curly quotes", "\xE2\x80\x9CHi,\xE2\x80\x9D she said. \xE2\x80\x98No\xE2\x80\x99 "
                     "\xE2\x80\x9E" "a\xE2\x80\x9C \xE2\x80\x9A" "b\xE2\x80\x98 \xC2\xAB" "c\xC2\xBB "
                     "\xE2\x80\xB2" "d\xE2\x80\xB2 \xE2\x80\xB3" "e\xE2\x80\xB3",
     0,
     {{"``", "\xE2\x80\x9C", P}, {"Hi", "Hi", C | A}, {",", ",", P}, {"''", "\xE2\x80\x9D", P},
      {"she", "she", A}, {"said", "said", A}, {".", ".", P}, {"`", "\xE2\x80\x98", P},
      {"No", "No", C | A}, {"'", "\xE2\x80\x99", P}, {"``", "\xE2\x80\x9E", P},
      {"a", "a", A}, {"``", "\xE2\x80\x9C", P}, {"`", "\xE2\x80\x9A", P}, {"b", "b", A},
      {"`", "\xE2\x80\x98", P}, {"``", "\xC2\xAB", P}, {"c", "c", A},
      {"''", "\xC2\xBB", P}, {"`", "\xE2\x80\xB2", P}, {"d", "d", A},
      {"'", "\xE2\x80\xB2", P}, {"``", "\xE2\x80\xB3", P}, {"e", "e", A},
      {"''", "\xE2\x80\xB3", P}}},
    {"doubled straight quotes", "``Yes'' he said", 0,
     {{"``", "``", P}, {"Yes", "Yes", C | A}, {"''", "''", P}, {"he", "he", A},
      {"said", "said", A}}},
    {"brackets", "(Reuters) [x] {y}", 0,
     {{"-LRB-", "(", P}, {"Reuters", "Reuters", C | A}, {"-RRB-", ")", P},
      {"-LRB-", "[", P}, {"x", "x", A}, {"-RRB-", "]", P}, {"-LRB-", "{", P},
      {"y", "y", A}, {"-RRB-", "}", P}}},
    {"dashes", "a \xE2\x80\x93 b \xE2\x80\x94 c \xE2\x80\x95 d -- e - f--g h-i", 0,
     {{"a", "a", A}, {"--", "\xE2\x80\x93", P}, {"b", "b", A}, {"--", "\xE2\x80\x94", P},
      {"c", "c", A}, {"--", "\xE2\x80\x95", P}, {"d", "d", A}, {"--", "--", P},
      {"e", "e", A}, {"--", "-", P}, {"f", "f", A}, {"--", "--", P}, {"g", "g", A},
      {"h-i", "h-i", A}}},
    {"ellipses", "Wait\xE2\x80\xA6 what... no . . .", 0,
     {{"Wait", "Wait", C | A}, {"...", "\xE2\x80\xA6", P}, {"what", "what", A},
      {"...", "...", P}, {"no", "no", A}, {".", ".", P}, {".", ".", P}, {".", ".", P}}},
    {"entities", "AT&amp;T &amp; Verizon&#39;s &quot;deal&quot; &lt;VZ&gt; a&nbsp;q &mdash; "
                 "x&hellip; caf&eacute; &#8220;y&#x201D; &bogus; R&D",
     0,
     {{"AT&T", "AT&amp;T", C | U | A}, {"&", "&amp;", P}, {"Verizon", "Verizon", C | A},
      {"'s", "&#39;s", A}, {"``", "&quot;", P}, {"deal", "deal", A}, {"''", "&quot;", P},
      {"<", "&lt;", P}, {"VZ", "VZ", C | U | A}, {">", "&gt;", P}, {"a", "a", A},
      {"q", "q", A}, {"--", "&mdash;", P}, {"x", "x", A}, {"...", "&hellip;", P},
      {"caf\xC3\xA9", "caf&eacute;", A}, {"``", "&#8220;", P}, {"y", "y", A},
      {"''", "&#x201D;", P}, {"&", "&", P}, {"bogus", "bogus", A}, {";", ";", P},
      {"R&D", "R&D", C | U | A}}},
    {"numbers", "3.5 1,000 $1.2 billion 20% 10:30 1-3/8 2019-20 -5 A320-200", 0,
     {{"3.5", "3.5", N}, {"1,000", "1,000", N}, {"$", "$", P}, {"1.2", "1.2", N},
      {"billion", "billion", A}, {"20", "20", N}, {"%", "%", P}, {"10:30", "10:30", N},
      {"1-3/8", "1-3/8", N}, {"2019-20", "2019-20", N}, {"-5", "-5", 0},
      {"A320-200", "A320-200", C}}},
    {"abbreviations keep their period", "Mr. Smith of the U.S. met Gen. Lee at 5 p.m. in "
                                        "St. Louis, No. 2 said no.",
     0,
     {{"Mr.", "Mr.", C | A}, {"Smith", "Smith", C | A}, {"of", "of", A}, {"the", "the", A},
      {"U.S.", "U.S.", C | U | A}, {"met", "met", A}, {"Gen.", "Gen.", C | A},
      {"Lee", "Lee", C | A}, {"at", "at", A}, {"5", "5", N}, {"p.m.", "p.m.", A},
      {"in", "in", A}, {"St.", "St.", C | A}, {"Louis", "Louis", C | A}, {",", ",", P},
      {"No.", "No.", C | A}, {"2", "2", N}, {"said", "said", A}, {"no", "no", A},
      {".", ".", P}}},
    {"U.S. ending the sentence", "He lives in the U.S.\"", 0,
     {{"He", "He", C | A}, {"lives", "lives", A}, {"in", "in", A}, {"the", "the", A},
      {"U.S.", "U.S", C | U | A}, {".", ".", P}, {"''", "\"", P}}},
    {"hyphens, names, slashes, URLs", "Kim Jong-un met al-Assad and/or U.S.-led forces; "
                                      "see https://t.co/abc. @bbc #MeToo",
     0,
     {{"Kim", "Kim", C | A}, {"Jong-un", "Jong-un", C | A}, {"met", "met", A},
      {"al-Assad", "al-Assad", A}, {"and/or", "and/or", 0}, {"U.S.-led", "U.S.-led", C | A},
      {"forces", "forces", A}, {";", ";", P}, {"see", "see", A},
      {"https://t.co/abc", "https://t.co/abc", 0}, {".", ".", P}, {"@bbc", "@bbc", 0},
      {"#MeToo", "#MeToo", C}}},
    {"Unicode hyphens and spaces", "Jong\xE2\x80\x91un a\xE2\x80\x89" "b\xE3\x80\x80" "c"
                                   "\xC2\xA0" "d\xEF\xBB\xBF" "e",
     0,
     {{"Jong-un", "Jong\xE2\x80\x91un", C | A}, {"a", "a", A}, {"b", "b", A}, {"c", "c", A},
      {"d", "d", A}, {"e", "e", A}}},
    {"flags", "NATO nato Gondor 2025 iPhone \xC3\x89tat \xC3\xA9t\xC3\xA9 3M !?", 0,
     {{"NATO", "NATO", C | U | A}, {"nato", "nato", A}, {"Gondor", "Gondor", C | A},
      {"2025", "2025", N}, {"iPhone", "iPhone", A}, {"\xC3\x89tat", "\xC3\x89tat", C | A},
      {"\xC3\xA9t\xC3\xA9", "\xC3\xA9t\xC3\xA9", A}, {"3M", "3M", N | C}, {"!?", "!?", P}}},
    {"invalid UTF-8 and NUL", "caf\xE9 \xFF x\0y", 10,
     {{"caf\xEF\xBF\xBD", "caf\xE9", B}, {"\xEF\xBF\xBD", "\xFF", B}, {"x", "x", A},
      {"y", "y", A}}},
    {"Windows-1252 controls", "\xC2\x93quoted\xC2\x94 it\xC2\x92s", 0,
     {{"``", "\xC2\x93", P}, {"quoted", "quoted", A}, {"''", "\xC2\x94", P},
      {"it", "it", A}, {"'s", "\xC2\x92s", A}}},
    {"symbols", "\xE2\x82\xAC" "5 \xC2\xA3" "3 a+b=c \xE2\x80\xA2 x", 0,
     {{"\xE2\x82\xAC", "\xE2\x82\xAC", P}, {"5", "5", N}, {"\xC2\xA3", "\xC2\xA3", P},
      {"3", "3", N}, {"a", "a", A}, {"+", "+", P}, {"b", "b", A}, {"=", "=", P},
      {"c", "c", A}, {"\xE2\x80\xA2", "\xE2\x80\xA2", P}, {"x", "x", A}}},
};

static void check_tok_case(const tok_case *c)
{
    arena mem;
    dyad__arena_init(&mem, 4096);
    size_t n = c->n ? c->n : strlen(c->text);
    text_token *tk = NULL;
    bool trunc = true;
    int32_t k = dyad__text_tokenize(&mem, c->text, 0, (int32_t)n, &tk, 1000, &trunc);
    int32_t want_n = 0;
    while (c->toks[want_n].norm) want_n++;
    if (k != want_n) {
        fprintf(stderr, "tokens %s: %d tokens, want %d:", c->name, k, want_n);
        for (int32_t i = 0; i < k; i++) fprintf(stderr, " %.*s", (int)tk[i].norm.n, tk[i].norm.p);
        fprintf(stderr, "\n");
    }
    CHECK(k == want_n);
    CHECK(!trunc);
    int32_t from = 0;
    for (int32_t i = 0; i < k && i < want_n; i++) {
        const want_tok *w = &c->toks[i];
        // the expected range: the first place at or after the previous token
        // where the original text occurs
        size_t on = strlen(w->orig);
        int32_t at = -1;
        for (int32_t p = from; p + (int32_t)on <= (int32_t)n; p++)
            if (memcmp(c->text + p, w->orig, on) == 0) {
                at = p;
                break;
            }
        bool ok = slice_is(tk[i].norm, w->norm) && tk[i].start == at &&
                  tk[i].end == at + (int32_t)on && tk[i].flags == w->flags;
        if (!ok)
            fprintf(stderr, "tokens %s #%d: \"%.*s\" [%d,%d) flags %d, want \"%s\" [%d,%d) flags %d\n",
                    c->name, i, (int)tk[i].norm.n, tk[i].norm.p, tk[i].start, tk[i].end,
                    tk[i].flags, w->norm, at, at + (int)on, w->flags);
        CHECK(ok);
        if (at >= 0) from = at + (int32_t)on;
    }
    dyad__arena_dispose(&mem);
}

// Offsets inside a longer text, truncation, and norms that point into the
// story when unchanged.
static void check_tok_ranges(void)
{
    arena mem;
    dyad__arena_init(&mem, 4096);
    const char *s = "Skip this.  Hi there. And more";
    text_token *tk;
    bool trunc = true;
    int32_t k = dyad__text_tokenize(&mem, s, 12, 21, &tk, 100, &trunc);
    CHECK(k == 3);
    CHECK(!trunc);
    CHECK(tk[0].start == 12 && tk[0].end == 14 && slice_is(tk[0].norm, "Hi"));
    CHECK(tk[0].norm.p == s + 12);   // not copied
    CHECK(tk[1].start == 15 && tk[1].end == 20 && slice_is(tk[1].norm, "there"));
    CHECK(tk[2].start == 20 && tk[2].end == 21 && slice_is(tk[2].norm, "."));

    const char *five = "a b c d e";
    k = dyad__text_tokenize(&mem, five, 0, 9, &tk, 3, &trunc);
    CHECK(k == 3 && trunc);
    CHECK(slice_is(tk[2].norm, "c") && tk[2].start == 4);
    k = dyad__text_tokenize(&mem, five, 0, 9, &tk, 5, &trunc);
    CHECK(k == 5 && !trunc);
    k = dyad__text_tokenize(&mem, five, 0, 9, &tk, 0, &trunc);
    CHECK(k == 0 && trunc);
    k = dyad__text_tokenize(&mem, five, 0, 9, &tk, 2, NULL);   // NULL truncated is allowed
    CHECK(k == 2);
    // empty and reversed ranges
    CHECK(dyad__text_tokenize(&mem, five, 4, 4, &tk, 10, &trunc) == 0 && tk == NULL && !trunc);
    CHECK(dyad__text_tokenize(&mem, five, 5, 2, &tk, 10, &trunc) == 0);
    CHECK(dyad__text_tokenize(&mem, "   \t\n", 0, 5, &tk, 10, &trunc) == 0);
    // the range ends inside an entity and a UTF-8 sequence: no over-read
    const char *ent = "x &amp; \xE2\x80\x94";
    k = dyad__text_tokenize(&mem, ent, 0, 5, &tk, 10, &trunc);   // "x &am"
    CHECK(k == 3 && slice_is(tk[1].norm, "&") && tk[1].end == 3 && slice_is(tk[2].norm, "am"));
    k = dyad__text_tokenize(&mem, ent, 8, 10, &tk, 10, &trunc);  // two of the dash's bytes
    CHECK(k == 1 && tk[0].flags == TOK_BADUTF8 && tk[0].start == 8 && tk[0].end == 10);
    CHECK(k == 1 && slice_is(tk[0].norm, "\xEF\xBF\xBD\xEF\xBF\xBD"));
    // fixed replacements are static strings, not copies
    const char *paren = "(a) &amp;";
    k = dyad__text_tokenize(&mem, paren, 0, 9, &tk, 10, &trunc);
    CHECK(k == 4 && slice_is(tk[0].norm, "-LRB-") && slice_is(tk[3].norm, "&"));
    CHECK(tk[0].norm.p < paren || tk[0].norm.p >= paren + 9);
    CHECK(tk[1].norm.p == paren + 1);
    // many tokens: more than the tokenizer's first buffer
    size_t big = 3000 * 2;
    char *many = malloc(big + 1);
    for (size_t i = 0; i < big; i += 2) many[i] = 'w', many[i + 1] = ' ';
    many[big] = 0;
    k = dyad__text_tokenize(&mem, many, 0, (int32_t)big, &tk, 1 << 20, &trunc);
    CHECK(k == 3000 && !trunc);
    CHECK(tk[2999].start == 5998 && tk[2999].end == 5999);
    free(many);
    dyad__arena_dispose(&mem);
}

// ---------------------------------------------------------------- robustness

// The invariants the fuzzer checks, over one text.
static bool invariants(const char *s, size_t n)
{
    arena mem;
    dyad__arena_init(&mem, 4096);
    text_span *sp;
    text_split_info info;
    bool ok = true;
    int64_t bad = dyad__text_utf8_check(s, n);
    ok = ok && bad >= -1 && bad < (int64_t)n;
    int32_t k = dyad__text_split(&mem, s, n, &sp, &info);
    int32_t prev = 0;
    for (int32_t i = 0; i < k && ok; i++) {
        ok = sp[i].start >= prev && sp[i].start < sp[i].end && (size_t)sp[i].end <= n;
        prev = sp[i].end;
        text_token *tk;
        bool tr;
        int32_t m = dyad__text_tokenize(&mem, s, sp[i].start, sp[i].end, &tk, 1 << 20, &tr);
        int32_t tprev = sp[i].start;
        for (int32_t j = 0; j < m && ok; j++) {
            ok = tk[j].start >= tprev && tk[j].start < tk[j].end && tk[j].end <= sp[i].end &&
                 tk[j].norm.n > 0;
            tprev = tk[j].end;
        }
    }
    dyad__arena_dispose(&mem);
    return ok;
}

static void check_random_bytes(void)
{
    // bytes drawn from a pool that hits every special case
    static const char *const pool[] = {
        ".", "!", "?", " ", "\n", "\n\n", "\"", "'", "\xE2\x80\x9D", "\xE2\x80\xA6", "&amp;",
        "&#", "&quot;", "&", ";", "U.S.", "Mr.", "a", "The", "(", ")", "-", "--", "\xC2\xA0",
        "\xFF", "\xE2\x80", "\x80", "\0", "1", "3.5", "SEOUL, ", "Sept 2 ", "(Reuters) - ",
        "Reuter", "Advertisement", "No.", "n't", "'s", "http://", "\xF0\x9F\x98", ",", "A.",
    };
    uint32_t seed = 12345;
    char buf[512];
    bool all = true;
    for (int iter = 0; iter < 3000; iter++) {
        size_t n = 0;
        int parts = (int)(seed % 60);
        for (int p = 0; p < parts; p++) {
            seed = seed * 1103515245u + 12345u;
            const char *w = pool[(seed >> 16) % (sizeof pool / sizeof pool[0])];
            size_t wn = w[0] ? strlen(w) : 1;
            if (n + wn > sizeof buf) break;
            memcpy(buf + n, w, wn);
            n += wn;
        }
        seed = seed * 1103515245u + 12345u;
        // exactly n bytes on the heap, so an over-read would show under ASan
        char *s = malloc(n ? n : 1);
        memcpy(s, buf, n);
        if (!invariants(s, n)) {
            fprintf(stderr, "invariants broken on iteration %d\n", iter);
            all = false;
        }
        free(s);
    }
    CHECK(all);
}

// 1 MB without a period is one sentence and takes linear time; so does 1 MB
// of periods, quotes or entities.
static void check_long(void)
{
    size_t n = 1 << 20;
    char *s = malloc(n);
    for (size_t i = 0; i < n; i++) s[i] = (i % 6 == 5) ? ' ' : "word"[i % 6 % 4];
    s[n - 1] = ' ';
    int32_t words = 0;
    for (size_t i = 0; i < n; i++) words += s[i] != ' ' && (i == 0 || s[i - 1] == ' ');
    arena mem;
    dyad__arena_init(&mem, 1 << 16);
    double t0 = dyad__now_seconds();
    text_span *sp;
    int32_t k = dyad__text_split(&mem, s, n, &sp, NULL);
    CHECK(k == 1);
    CHECK(k == 1 && sp[0].start == 0 && (size_t)sp[0].end == n - 1);
    text_token *tk;
    bool trunc;
    int32_t m = dyad__text_tokenize(&mem, s, sp[0].start, sp[0].end, &tk, 1 << 30, &trunc);
    CHECK(m == words && !trunc);
    CHECK(m == words && tk[m - 1].end == (int32_t)n - 1);
    m = dyad__text_tokenize(&mem, s, sp[0].start, sp[0].end, &tk, 512, &trunc);
    CHECK(m == 512 && trunc);
    double t1 = dyad__now_seconds();
    // generous limits (sanitizer builds are slow): they catch quadratic time
    if (t1 - t0 > 2.0) fprintf(stderr, "1 MB sentence took %.2f s\n", t1 - t0);
    CHECK(t1 - t0 < 2.0);

    static const char *const fills[] = {".", "U.S.", "\"", "&amp;", "&#", "a.", " ...", "\n",
                                        "'", "-", "WORD ", "\xE2\x80\xA6"};
    for (size_t f = 0; f < sizeof fills / sizeof fills[0]; f++) {
        size_t fl = strlen(fills[f]);
        for (size_t i = 0; i < n; i++) s[i] = fills[f][i % fl];
        dyad__arena_reset(&mem);
        t0 = dyad__now_seconds();
        k = dyad__text_split(&mem, s, n, &sp, NULL);
        bool ok = true;
        for (int32_t i = 0; i < k && ok; i++) {
            m = dyad__text_tokenize(&mem, s, sp[i].start, sp[i].end, &tk, 1 << 30, &trunc);
            ok = m >= 0 && !trunc;
        }
        t1 = dyad__now_seconds();
        if (t1 - t0 > 2.0) fprintf(stderr, "1 MB of '%s' took %.2f s\n", fills[f], t1 - t0);
        CHECK(ok && t1 - t0 < 2.0);
    }
    dyad__arena_dispose(&mem);
    free(s);
}

// dyad__intern_find_prefixes gives, for each prefix length, what
// dyad__intern_find gives for that prefix (case-blind, UTF-8 aware).
static void check_intern_prefixes(void)
{
    interner *in = dyad__interner_new();
    const char *words[] = {"F", "FOOT", "FOOTBALL", "ERDO\xC4\x9E", "A"};
    for (size_t i = 0; i < sizeof words / sizeof words[0]; i++)
        dyad__intern(in, words[i], strlen(words[i]));
    const char *probes[] = {"football", "Footballer", "erdo\xC4\237an", "x", "", "AAAA"};
    for (size_t i = 0; i < sizeof probes / sizeof probes[0]; i++) {
        const char *w = probes[i];
        size_t n = strlen(w);
        uint32_t ids[8];
        size_t top = dyad__intern_find_prefixes(in, w, n, ids, 8);
        CHECK(top == (n < 8 ? n : 8));
        for (size_t k = 1; k <= top; k++) {
            bool inside = k < n && ((unsigned char)w[k] & 0xC0) == 0x80;  // splits a character
            CHECK(ids[k - 1] == (inside ? 0 : dyad__intern_find(in, w, k)));
        }
    }
    uint32_t ids[8];
    dyad__intern_find_prefixes(in, "footballs", 9, ids, 8);
    CHECK(ids[0] && ids[3] && ids[7] && !ids[1]);  // F, FOOT, FOOTBALL
    dyad__interner_free(in);
}

// JSON strings are UTF-8 whatever the input: a byte that starts no valid
// sequence becomes U+FFFD, valid sequences pass (the PLOVER "text" field
// held raw input bytes: a fuzz_cli find).
static void check_json_string(void)
{
    static const struct {
        const char *in, *want;
    } cases[] = {
        {"abc", "\"abc\""},
        {"a\"b\\c\n", "\"a\\\"b\\\\c\\n\""},
        {"Erdo\xC4\x9F" "an", "\"Erdo\xC4\x9F" "an\""},
        {"she\x94" "lling", "\"she\xEF\xBF\xBD" "lling\""},
        {"\xC4", "\"\xEF\xBF\xBD\""},
        {"\xE2\x82", "\"\xEF\xBF\xBD\xEF\xBF\xBD\""},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        strbuf b = STRBUF_INIT;
        dyad__sb_json_string(&b, cases[i].in, strlen(cases[i].in));
        dyad__sb_putc(&b, 0);
        CHECK_STR(b.p, cases[i].want);
        dyad__sb_dispose(&b);
    }
}

int main(void)
{
    check_json_string();
    check_intern_prefixes();
    check_utf8();
    check_split();
    for (size_t i = 0; i < sizeof tok_cases / sizeof tok_cases[0]; i++)
        check_tok_case(&tok_cases[i]);
    check_tok_ranges();
    check_random_bytes();
    check_long();
    return harness_done();
}
