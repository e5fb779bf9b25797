// test_unicode.c: a word's lookup key (NFC, upper case through utf8proc)
// and the interner that meets dictionary words and tokens through it.
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "harness.h"
#include "unicode.h"
#include "util.h"

typedef struct fold_case {
    const char *name;
    const char *in;
    const char *key;
} fold_case;

static const fold_case fold_cases[] = {
    {"ASCII", "Kyiv", "KYIV"},
    {"Latin-1 as before", "Caf\xC3\xA9 d\xC3\xA9j\xC3\xA0", "CAF\xC3\x89 D\xC3\x89J\xC3\x80"},
    {"sharp s: capital sharp s (utf8proc's mapping)",
     "Stra\xC3\x9F"
     "e",
     "STRA\xE1\xBA\x9E"
     "E"},
    {"s comma below", "\xC8\x98o\xC8\x99oac\xC4\x83", "\xC8\x98O\xC8\x98OAC\xC4\x82"},
    {"t comma below",
     "\xC8\x9B"
     "ar\xC4\x83",
     "\xC8\x9A"
     "AR\xC4\x82"},
    {"Polish l stroke", "\xC5\x82ukaszenka", "\xC5\x81UKASZENKA"},
    {"Turkish dotless i",
     "K\xC4\xB1l\xC4\xB1\xC3\xA7"
     "daro\xC4\x9F"
     "lu",
     "KILI\xC3\x87"
     "DARO\xC4\x9E"
     "LU"},
    {"Turkish dotted capital I stays", "\xC4\xB0stanbul", "\xC4\xB0STANBUL"},
    {"Greek, final sigma", "\xCE\xA4\xCF\x83\xCE\xAF\xCF\x80\xCF\x81\xCE\xB1\xCF\x82",
     "\xCE\xA4\xCE\xA3\xCE\x8A\xCE\xA0\xCE\xA1\xCE\x91\xCE\xA3"},
    {"Cyrillic", "\xD0\x97\xD0\xB5\xD0\xBB\xD0\xB5\xD0\xBD\xD1\x81\xD1\x8C\xD0\xBA\xD0\xB8\xD0\xB9",
     "\xD0\x97\xD0\x95\xD0\x9B\xD0\x95\xD0\x9D\xD0\xA1\xD0\xAC\xD0\x9A\xD0\x98\xD0\x99"},
    {"NFD s + comma below", "S\xCC\xA6o\xCC\x82", "\xC8\x98\xC3\x94"},
    {"NFD acute", "Zelens\xCC\x81kyy", "ZELEN\xC5\x9AKYY"},
    {"NFD breve (Cyrillic short i)", "\xD0\xB8\xCC\x86", "\xD0\x99"},
    {"NFD Vietnamese, two marks", "Nguye\xCC\x82\xCC\x83n", "NGUY\xE1\xBB\x84N"},
    {"a lone mark stays", "\xCC\x81", "\xCC\x81"},
    {"invalid byte kept, rest upper-cased", "ab\xFF\xC5\x82", "AB\xFF\xC5\x81"},
    {"invalid with a mark: not normalised", "e\xCC\x81\xFF", "E\xCC\x81\xFF"},
    {"title case digraph", "\xC7\x85", "\xC7\x84"},
};

static void test_fold(void)
{
    for (size_t i = 0; i < sizeof fold_cases / sizeof fold_cases[0]; i++) {
        const fold_case *c = &fold_cases[i];
        char out[128];
        size_t n = dyad__fold(c->in, strlen(c->in), out, sizeof out);
        CHECK(n < sizeof out);
        out[n < sizeof out ? n : 0] = 0;
        if (strcmp(out, c->key) != 0) fprintf(stderr, "fold: %s\n", c->name);
        CHECK_STR(out, c->key);
        // too small a buffer: the length, and nothing written past cap
        char small[4] = {'x', 'x', 'x', 'x'};
        CHECK(dyad__fold(c->in, strlen(c->in), small, 2) == n);
        CHECK(small[2] == 'x' && small[3] == 'x');
    }
    CHECK(dyad__is_ascii("plain text, eight+", 18));
    CHECK(!dyad__is_ascii("plain text, eight\xC3\xA9", 19));
    CHECK(dyad__is_ascii("", 0));
}

// Spellings that must be one word in the interner.
static const char *const same_words[][4] = {
    {"\xC8\x98o\xC8\x99oac\xC4\x83", "\xC8\x98O\xC8\x98OAC\xC4\x82",
     "S\xCC\xA6os\xCC\xA6oaca\xCC\x86", "s\xCC\xA6OS\xCC\xA6OACA\xCC\x86"},
    {"Zelens\xCC\x81kyy", "ZELEN\xC5\x9AKYY", "zelen\xC5\x9bkyy", NULL},
    {"\xC5\x81ukaszenka", "\xC5\x82UKASZENKA", NULL, NULL},
    {"Kil\xC4\xB1\xC3\xA7", "KILI\xC3\x87", "kili\xC3\xA7", NULL},
    {"Erdo\xC4\x9F"
     "an",
     "ERDO\xC4\x9E"
     "AN",
     "Erdog\xCC\x86"
     "an",
     NULL},
};

static void test_interner(void)
{
    interner *in = dyad__interner_new();
    uint32_t ascii = dyad__intern(in, "Kyiv", 4);
    CHECK(dyad__intern_find(in, "KYIV", 4) == ascii);
    CHECK_STR(dyad__intern_str(in, ascii), "KYIV");
    for (size_t i = 0; i < sizeof same_words / sizeof same_words[0]; i++) {
        uint32_t id = dyad__intern(in, same_words[i][0], strlen(same_words[i][0]));
        CHECK(id != 0);
        for (int k = 1; k < 4 && same_words[i][k]; k++) {
            const char *w = same_words[i][k];
            bool ok = dyad__intern_find(in, w, strlen(w)) == id;
            if (!ok) fprintf(stderr, "interner: %s is not %s\n", w, same_words[i][0]);
            CHECK(ok);
            CHECK(dyad__intern(in, w, strlen(w)) == id);
        }
    }
    // "Straße" and "STRAẞE" are one word (not "STRASSE")
    uint32_t street = dyad__intern(in,
                                   "Stra\xC3\x9F"
                                   "e",
                                   7);
    CHECK(dyad__intern_find(in,
                            "STRA\xE1\xBA\x9E"
                            "E",
                            8) == street);
    CHECK(dyad__intern_find(in, "STRASSE", 7) == 0);
    // diacritics stay: "Sosoaca" is another word
    CHECK(dyad__intern_find(in, "Sosoaca", 7) == 0);
    // "KILIÇ" with a dotless i is "KILIÇ" with I, not with a dotted İ
    CHECK(dyad__intern_find(in, "KIL\xC4\xB1\xC3\xA7", 7) != 0);
    CHECK(dyad__intern_find(in, "K\xC4\xB0L\xC4\xB0\xC3\x87", 8) == 0);

    // prefixes (the stem-aware walk): of the key, at character boundaries
    uint32_t stem = dyad__intern(in, "\xC8\x98O\xC8\x98", 5);  // "ȘOȘ"
    uint32_t ids[64];
    const char *nfd = "s\xCC\xA6os\xCC\xA6oaca\xCC\x86";
    size_t top = dyad__intern_find_prefixes(in, nfd, strlen(nfd), ids, 64);
    CHECK(top == strlen("\xC8\x98O\xC8\x98OAC\xC4\x82"));
    bool found = false;
    for (size_t k = 0; k < top; k++) found = found || ids[k] == stem;
    CHECK(found);
    CHECK(ids[0] == 0);  // inside "Ș"
    // a stray continuation byte after an ASCII letter ends no character
    uint32_t ab = dyad__intern(in, "AB", 2);
    top = dyad__intern_find_prefixes(in, "ab\x80\xC5\x82", 5, ids, 64);
    CHECK(top == 5 && ids[1] == ab);
    dyad__interner_free(in);
}

static slice sl(const char *s) { return (slice){s, strlen(s)}; }

static void test_same_word(void)
{
    CHECK(dyad__same_word(sl("Conway"), sl("CONWAY")));
    CHECK(!dyad__same_word(sl("Conway"), sl("Conways")));
    CHECK(
        dyad__same_word(sl("\xC8\x98o\xC8\x99oac\xC4\x83"), sl("S\xCC\xA6OS\xCC\xA6OACA\xCC\x86")));
    CHECK(dyad__same_word(sl("\xC5\x81ukaszenka"), sl("\xC5\x82UKASZENKA")));
    CHECK(!dyad__same_word(sl("\xC8\x98o\xC8\x99oac\xC4\x83"), sl("Sosoaca")));
    CHECK(dyad__is_capitalised("Conway", 6));
    CHECK(!dyad__is_capitalised("conway", 6));
    CHECK(dyad__is_capitalised("\xC8\x98o", 3));  // Ș
    CHECK(!dyad__is_capitalised("\xC8\x99o", 3));  // ș
    CHECK(dyad__is_capitalised("\xC5\x81"
                               "ukaszenka",
                               11));
    CHECK(dyad__is_capitalised("\xC3\x89mile", 6));  // É
    CHECK(!dyad__is_capitalised("\xFF", 1));
}

int main(void)
{
    test_same_word();
    test_fold();
    test_interner();
    return harness_done();
}
