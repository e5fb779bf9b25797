// cues.c: abbreviations, sentence starters and sentence-opening characters
// (see cues.h).
#include "cues.h"

#include <string.h>

#include "decode.h"
#include "lexicon.h"

bool dyad__word_in(const char *w, int32_t n, const char *const *list)
{
    if (n <= 0) return false;
    for (; *list; list++) {
        const char *p = *list;
        if (p[0] != w[0]) continue;
        int32_t k = 0;
        while (k < n && p[k] && p[k] == w[k]) k++;   // w may hold NULs
        if (k == n && p[k] == 0) return true;
    }
    return false;
}

// "R-Ariz", "D-N.Y", "I-Vt": a US party and state after a lawmaker's name
// ("Sen. John McCain, R-Ariz., said").
bool dyad__party_state(const char *w, int32_t n)
{
    if (n < 4 || n > 9 || (w[0] != 'R' && w[0] != 'D' && w[0] != 'I') || w[1] != '-' || w[2] < 'A' ||
        w[2] > 'Z')
        return false;
    for (int32_t i = 3; i < n; i++)
        if (!((w[i] >= 'a' && w[i] <= 'z') || (w[i] >= 'A' && w[i] <= 'Z') || w[i] == '.')) return false;
    // (not "D-Day")
    return !(n >= 5 && (w[2] == 'D' || w[2] == 'd') && (w[3] == 'a' || w[3] == 'A') &&
             (w[4] == 'y' || w[4] == 'Y'));
}

int dyad__abbrev_kind(const char *w, int32_t n)
{
    if (n <= 0 || n > 12) return AB_NONE;
    if (dyad__party_state(w, n)) return AB_SOFT;
    if (n == 1) {
        char c = w[0];
        if (c == 'v') return AB_NEVER;
        if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')) return AB_SOFT;  // initial
        return AB_NONE;
    }
    // dotted: U.S, a.m, J.R.R, Ph.D, e.g, i.e
    bool dotted = false, ok = true;
    int32_t seg = 0;
    for (int32_t i = 0; i < n && ok; i++) {
        char c = w[i];
        if (c == '.') {
            if (seg == 0) ok = false;
            dotted = true;
            seg = 0;
        } else if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')) {
            if (++seg > 2) ok = false;
        } else {
            ok = false;
        }
    }
    if (dotted) {
        if (!ok || seg == 0) return AB_NONE;
        if ((n == 3 && (memcmp(w, "e.g", 3) == 0 || memcmp(w, "i.e", 3) == 0)) ||
            (n == 3 && (memcmp(w, "E.g", 3) == 0 || memcmp(w, "I.e", 3) == 0)))
            return AB_NEVER;
        return AB_SOFT;
    }
    if (n > 6) return AB_NONE;   // "Messrs", "approx" are the longest
    if (dyad__word_in(w, n, dyad__lexicon_words(LEXT_ABBR_NEVER))) return AB_NEVER;
    if (dyad__word_in(w, n, dyad__lexicon_words(LEXT_ABBR_NUM))) return AB_NUM;
    if (dyad__word_in(w, n, dyad__lexicon_words(LEXT_ABBR_SOFT))) return AB_SOFT;
    return AB_NONE;
}

bool dyad__starter_at(const char *s, int32_t j, int32_t lim)
{
    int32_t k = j;
    while (k < lim && k - j < 12 && ascii_alpha(s[k])) k++;
    if (k == j || k - j >= 12) return false;
    if (k < lim && (s[k] == '.' || ascii_alpha(s[k]) || ascii_digit(s[k]) || s[k] == '-' ||
                    (unsigned char)s[k] >= 0x80))
        return false;
    return dyad__word_in(s + j, k - j, dyad__lexicon_words(LEXT_STARTER));
}

// Characters that may open a sentence after a period and a blank.
static bool opens_sentence(uint32_t c, int k)
{
    if (k == K_LOWER || k == K_SPACE) return false;
    if (k == K_UPPER || k == K_DIGIT || k == K_LETTER || k == K_BAD) return true;
    switch (c) {
    case '"': case '\'': case '(': case '[': case '`': case '$': case '#': case '*':
    case '<': case 0x2018: case 0x201C: case 0x201E: case 0xAB: case 0x2022: case 0xA3:
    case 0x20AC: case 0x2039:
        return true;
    default:
        return false;
    }
}

bool dyad__starts_here(const char *s, int32_t j, int32_t n, bool *quote)
{
    int len;
    uint32_t c = dec(s, j, n, &len);
    int k = kind_of(c);
    *quote = !(k == K_UPPER || k == K_DIGIT || k == K_LETTER || k == K_BAD);
    return opens_sentence(c, k);
}
