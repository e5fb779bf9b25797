// decode.c: the story's characters: the decoder behind `dec` (UTF-8, HTML
// entities, Windows-1252), character classes, and blanks skipped or trimmed.
#include "decode.h"

#include <string.h>

#include "unicode.h"
#include "utf8.h"

// Windows-1252 meanings of U+0080..U+009F: text that went through a
// Latin-1 decoder keeps its curly quotes and dashes; 0 = undefined.
static const uint16_t cp1252[32] = {
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0,      0x017D, 0,
    0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178,
};

typedef struct entity_def {
    const char *name;
    uint32_t cp;
} entity_def;

static const entity_def entities[] = {
    {"amp", '&'},        {"lt", '<'},          {"gt", '>'},         {"quot", '"'},
    {"apos", '\''},      {"nbsp", 0xA0},       {"ndash", 0x2013},   {"mdash", 0x2014},
    {"horbar", 0x2015},  {"hellip", 0x2026},   {"lsquo", 0x2018},   {"rsquo", 0x2019},
    {"sbquo", 0x201A},   {"ldquo", 0x201C},    {"rdquo", 0x201D},   {"bdquo", 0x201E},
    {"laquo", 0xAB},     {"raquo", 0xBB},      {"lsaquo", 0x2039},  {"rsaquo", 0x203A},
    {"prime", 0x2032},   {"Prime", 0x2033},    {"copy", 0xA9},      {"reg", 0xAE},
    {"trade", 0x2122},   {"euro", 0x20AC},     {"pound", 0xA3},     {"cent", 0xA2},
    {"yen", 0xA5},       {"sect", 0xA7},       {"deg", 0xB0},       {"middot", 0xB7},
    {"bull", 0x2022},    {"times", 0xD7},      {"divide", 0xF7},    {"minus", 0x2212},
    {"shy", 0xAD},       {"ensp", 0x2002},     {"emsp", 0x2003},    {"thinsp", 0x2009},
    {"dagger", 0x2020},  {"frac12", 0xBD},     {"frac14", 0xBC},    {"frac34", 0xBE},
    {"aacute", 0xE1},    {"Aacute", 0xC1},     {"agrave", 0xE0},    {"acirc", 0xE2},
    {"auml", 0xE4},      {"Auml", 0xC4},       {"aring", 0xE5},     {"atilde", 0xE3},
    {"ccedil", 0xE7},    {"Ccedil", 0xC7},     {"eacute", 0xE9},    {"Eacute", 0xC9},
    {"egrave", 0xE8},    {"ecirc", 0xEA},      {"euml", 0xEB},      {"iacute", 0xED},
    {"Iacute", 0xCD},    {"iuml", 0xEF},       {"icirc", 0xEE},     {"ntilde", 0xF1},
    {"Ntilde", 0xD1},    {"oacute", 0xF3},     {"Oacute", 0xD3},    {"ocirc", 0xF4},
    {"ouml", 0xF6},      {"Ouml", 0xD6},       {"oslash", 0xF8},    {"uacute", 0xFA},
    {"Uacute", 0xDA},    {"ugrave", 0xF9},     {"uuml", 0xFC},      {"Uuml", 0xDC},
    {"szlig", 0xDF},     {"yacute", 0xFD},
};

// The HTML entity at s[i] ('&'), limit `lim`: its code point and length, or
// 0 when there is none (then '&' is just '&').
static uint32_t entity(const char *s, int32_t i, int32_t lim, int *len)
{
    int32_t j = i + 1;
    if (j >= lim) return 0;
    uint32_t v = 0;
    if (s[j] == '#') {
        j++;
        bool hex = j < lim && (s[j] == 'x' || s[j] == 'X');
        if (hex) j++;
        int32_t d0 = j;
        while (j < lim && j - d0 < 8) {
            char c = s[j];
            uint32_t d;
            if (c >= '0' && c <= '9') d = (uint32_t)(c - '0');
            else if (hex && c >= 'a' && c <= 'f') d = (uint32_t)(c - 'a' + 10);
            else if (hex && c >= 'A' && c <= 'F') d = (uint32_t)(c - 'A' + 10);
            else break;
            v = v * (hex ? 16 : 10) + d;
            j++;
        }
        if (j == d0 || j >= lim || s[j] != ';') return 0;
        if (v == 0 || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF)) return 0;
        *len = (int)(j + 1 - i);
        return v;
    }
    int32_t n0 = j;
    while (j < lim && j - n0 <= 8 &&
           ((s[j] >= 'a' && s[j] <= 'z') || (s[j] >= 'A' && s[j] <= 'Z') ||
            (s[j] >= '0' && s[j] <= '9')))
        j++;
    if (j == n0 || j >= lim || s[j] != ';') return 0;
    size_t nl = (size_t)(j - n0);
    for (size_t k = 0; k < sizeof entities / sizeof entities[0]; k++) {
        if (strlen(entities[k].name) == nl && memcmp(entities[k].name, s + n0, nl) == 0) {
            *len = (int)(j + 1 - i);
            return entities[k].cp;
        }
    }
    return 0;
}

// dec's slow path: entities, UTF-8 sequences and invalid bytes. C1
// controls read as Windows-1252.
uint32_t dyad__decode_char(const char *s, int32_t i, int32_t lim, int *len)
{
    unsigned char c = (unsigned char)s[i];
    if (c < 0x80) {
        *len = 1;
        if (c == '&') {
            int el;
            uint32_t v = entity(s, i, lim, &el);
            if (v) {
                *len = el;
                if (v >= 0x80 && v <= 0x9F && cp1252[v - 0x80]) v = cp1252[v - 0x80];
                return v;
            }
        }
        return c;
    }
    uint32_t cp;
    int l = dyad__utf8_seq((const unsigned char *)s + i, (size_t)(lim - i), &cp);
    if (!l) {
        *len = 1;
        return BADCP;
    }
    *len = l;
    if (cp <= 0x9F && cp1252[cp - 0x80]) cp = cp1252[cp - 0x80];
    return cp;
}

// ---------------------------------------------------------------- classes

#define S K_SPACE
#define L K_LOWER
#define U K_UPPER
#define D K_DIGIT
#define P K_PUNCT
const uint8_t dyad__ascii_kind[128] = {
    S, S, S, S, S, S, S, S, S, S, S, S, S, S, S, S,
    S, S, S, S, S, S, S, S, S, S, S, S, S, S, S, S,
    S, P, P, P, P, P, P, P, P, P, P, P, P, P, P, P,
    D, D, D, D, D, D, D, D, D, D, P, P, P, P, P, P,
    P, U, U, U, U, U, U, U, U, U, U, U, U, U, U, U,
    U, U, U, U, U, U, U, U, U, U, U, P, P, P, P, P,
    P, L, L, L, L, L, L, L, L, L, L, L, L, L, L, L,
    L, L, L, L, L, L, L, L, L, L, L, P, P, P, P, S,
};
#undef S
#undef L
#undef U
#undef D
#undef P

int dyad__kind_slow(uint32_t cp)
{
    if (cp == BADCP) return K_BAD;
    if (cp < 0xC0) {
        if (cp <= 0xA0) return K_SPACE;   // C1 controls left undefined, NBSP
        if (cp == 0xAA || cp == 0xBA || cp == 0xB5) return K_LOWER;
        if (cp == 0xAD) return K_LETTER;  // soft hyphen: part of the word
        return K_PUNCT;
    }
    if (cp < 0x100) {
        if (cp == 0xD7 || cp == 0xF7) return K_PUNCT;
        return cp <= 0xDE ? K_UPPER : K_LOWER;
    }
    if (cp < 0x180) {   // Latin Extended-A: mostly upper/lower pairs
        if (cp == 0x130 || cp == 0x178) return K_UPPER;
        if (cp == 0x131 || cp == 0x138 || cp == 0x149 || cp == 0x17F) return K_LOWER;
        bool even_upper = cp < 0x139 || (cp >= 0x14A && cp < 0x178);
        return ((cp & 1) == 0) == even_upper ? K_UPPER : K_LOWER;
    }
    if (cp >= 0x391 && cp <= 0x3A9) return K_UPPER;
    if (cp >= 0x3AC && cp <= 0x3CE) return K_LOWER;
    if (cp >= 0x400 && cp <= 0x42F) return K_UPPER;
    if (cp >= 0x430 && cp <= 0x45F) return K_LOWER;
    if (cp == 0x1680 || (cp >= 0x2000 && cp <= 0x200B) || cp == 0x2028 || cp == 0x2029 ||
        cp == 0x202F || cp == 0x205F || cp == 0x2060 || cp == 0x3000 || cp == 0xFEFF)
        return K_SPACE;
    if (cp >= 0x2010 && cp <= 0x2BFF) return K_PUNCT;   // punctuation, symbols, arrows
    if (cp >= 0x3001 && cp <= 0x303F) return K_PUNCT;
    if (cp >= 0xFE10 && cp <= 0xFE6F) return K_PUNCT;
    if ((cp >= 0xFF01 && cp <= 0xFF0F) || (cp >= 0xFF1A && cp <= 0xFF20)) return K_PUNCT;
    if (cp >= 0x1F000 && cp <= 0x1FAFF) return K_PUNCT;  // emoji, pictographs
    // any other script: its letters' case from Unicode (Ș ț, Ґ ґ, Ά έ, Ắ ặ);
    // caseless letters, marks and the rest stay word characters
    int c = dyad__letter_case(cp);
    return c > 0 ? K_UPPER : c < 0 ? K_LOWER : K_LETTER;
}

int32_t dyad__skip_blanks(const char *s, int32_t i, int32_t lim)
{
    int len;
    while (i < lim && is_blank_at(s, i, lim, &len)) i += len;
    return i;
}

int32_t dyad__trim_back(const char *s, int32_t a, int32_t e)
{
    const unsigned char *p = (const unsigned char *)s;
    while (e > a) {
        unsigned char c = p[e - 1];
        if (c < 0x80) {
            if (akind(c) == K_SPACE) {
                e--;
                continue;
            }
            if (c == ';' && e - a >= 6 && memcmp(s + e - 6, "&nbsp;", 6) == 0) {
                e -= 6;
                continue;
            }
            break;
        }
        // find the lead byte of the last character (at most 4 back)
        int32_t k = e - 1;
        while (k > a && k > e - 4 && (p[k] & 0xC0) == 0x80) k--;
        int len;
        uint32_t cp = dec(s, k, e, &len);
        if (k + len != e || kind_of(cp) != K_SPACE) break;
        e = k;
    }
    return e;
}
