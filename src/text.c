// text.c: raw story text -> sentences -> Penn-style tokens.
//
// Everything here reads the story in place. One decoder (`dec`) turns the
// bytes at a position into a code point and a length: UTF-8, HTML entities
// ("&amp;" is one '&' five bytes long) and invalid bytes (one unknown
// character each, never read past the limit). The splitter works line by
// line: blank and boilerplate lines end sentences, a wire dateline is cut off
// the story's first sentence, and . ! ? end a sentence unless the period
// belongs to an abbreviation, an initial or a number. The tokenizer splits
// blank-separated chunks into words and punctuation, Penn style, and only
// builds a new string when the normalised text differs from the story.
#include "text.h"

#include <stdlib.h>
#include <string.h>

#define BADCP 0x110000u   // an invalid byte: one unknown character

// ---------------------------------------------------------------- decoding

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

// The character at s[i] (i < lim): code point (BADCP for an invalid byte)
// and its length in bytes. C1 controls read as Windows-1252.
static inline uint32_t dec(const char *s, int32_t i, int32_t lim, int *len)
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

enum { K_SPACE, K_LOWER, K_UPPER, K_LETTER, K_DIGIT, K_PUNCT, K_BAD };

// ASCII classes: controls (NUL included) are blanks.
#define S K_SPACE
#define L K_LOWER
#define U K_UPPER
#define D K_DIGIT
#define P K_PUNCT
static const uint8_t ascii_kind[128] = {
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

static inline int akind(unsigned c) { return ascii_kind[c & 0x7F]; }

static int kind_slow(uint32_t cp)
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
    return K_LETTER;
}

static inline int kind_of(uint32_t cp) { return cp < 0x80 ? akind(cp) : kind_slow(cp); }

static inline bool is_wordk(int k)
{
    return k == K_LOWER || k == K_UPPER || k == K_LETTER || k == K_DIGIT || k == K_BAD;
}

static inline bool is_letterk(int k) { return k == K_LOWER || k == K_UPPER || k == K_LETTER; }

static inline bool is_blank_at(const char *s, int32_t i, int32_t lim, int *len)
{
    unsigned char c = (unsigned char)s[i];
    if (c < 0x80 && c != '&') {
        *len = 1;
        return akind(c) == K_SPACE;
    }
    return kind_of(dec(s, i, lim, len)) == K_SPACE;
}

// First non-blank position in [i, lim) (lim when none).
static int32_t skip_blanks(const char *s, int32_t i, int32_t lim)
{
    int len;
    while (i < lim && is_blank_at(s, i, lim, &len)) i += len;
    return i;
}

// End of [a, e) without its trailing blanks: ASCII blanks and controls,
// UTF-8 spaces and the entity "&nbsp;".
static int32_t trim_back(const char *s, int32_t a, int32_t e)
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

// ---------------------------------------------------------------- words

static bool word_in(const char *w, int32_t n, const char *const *list)
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

// Abbreviations whose period never ends a sentence: titles before a name.
static const char *const abbr_never[] = {
    "Mr", "Mrs", "Ms", "Mmes", "Messrs", "Dr", "Drs", "Prof", "Gen", "Gens", "Lt",
    "Col", "Sen", "Sens", "Rep", "Reps", "Gov", "Govs", "Capt", "Adm", "Maj", "Sgt",
    "Cpl", "Pvt", "Cmdr", "Cdr", "Rev", "Hon", "Supt", "Insp", "Det", "Fr", "Msgr",
    "Brig", "Amb", "Atty", "Pres", "Mt", "Ft", "vs", "v", "cf", "viz", "approx",
    "Ph", "eg", "ie", "MR", "MRS", "DR", "GEN", "SEN", "REP", "GOV", "VS", NULL};

// Abbreviations that end a sentence only before a digit-less sentence
// start ("No. 2", "Art. 5").
static const char *const abbr_num[] = {"No", "Nos", "no", "Art", "Vol", "pp", "Fig",
                                       "NO", NULL};

// Abbreviations that may end a sentence: only when a common sentence
// starter follows ("... Apple Inc. The company ...").
static const char *const abbr_soft[] = {
    "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov",
    "Dec", "JAN", "FEB", "MAR", "APR", "JUN", "JUL", "AUG", "SEP", "SEPT", "OCT",
    "NOV", "DEC", "Inc", "Corp", "Ltd", "Co", "Cos", "Bros", "Plc", "Jr", "Sr", "St",
    "Ste", "Ave", "Blvd", "Rd", "Dept", "Univ", "Assn", "Est", "etc", "al", "INC",
    "CORP", "LTD", "CO", "Calif", "Fla", "Ill", "Mass", "Conn", "Tex", "Okla", "Ariz",
    "Ala", "Tenn", "Ky", "Va", "Wis", "Mich", "Minn", "Md", "Pa", "Colo", "Ore", "Ga",
    "La", "Miss", "Mo", "Neb", "Nev", "Kan", "Kans", "Del", "Ind", "Vt", "Wyo",
    "Mont", "Wash", "Ark", "Ont", "Que", "Alta", "Penn", NULL};

// Words that start sentences and are hardly ever names.
static const char *const starters[] = {
    "The", "A", "An", "He", "She", "It", "They", "We", "I", "You", "His", "Her",
    "Its", "Their", "Our", "My", "This", "That", "These", "Those", "There", "Here",
    "But", "And", "Or", "Nor", "So", "Yet", "If", "When", "While", "After", "Before",
    "As", "In", "On", "At", "For", "From", "With", "By", "To", "Since", "Although",
    "Though", "However", "Meanwhile", "Moreover", "Also", "Still", "Now", "Then",
    "Today", "Yesterday", "Last", "Earlier", "Later", "Some", "Many", "Most",
    "Several", "Both", "Each", "Every", "Other", "Others", "All", "Such", "What",
    "Why", "How", "Who", "Where", "Which", "According", "Asked", "Under", "Despite",
    "During", "Among", "One", "Not", "Instead", "Even", "Only", "Officials", "Mr",
    "Mrs", "Ms", "THE", "HE", "IT", "BUT", "IN", NULL};

enum { AB_NONE, AB_NEVER, AB_NUM, AB_SOFT };

// What the period after w[0,n) means.
static int abbrev_kind(const char *w, int32_t n)
{
    if (n <= 0 || n > 12) return AB_NONE;
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
    if (word_in(w, n, abbr_never)) return AB_NEVER;
    if (word_in(w, n, abbr_num)) return AB_NUM;
    if (word_in(w, n, abbr_soft)) return AB_SOFT;
    return AB_NONE;
}

static inline bool ascii_alpha(char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'); }
static inline bool ascii_digit(char c) { return c >= '0' && c <= '9'; }

// Does s[j, lim) start with a sentence-starter word?
static bool starter_at(const char *s, int32_t j, int32_t lim)
{
    int32_t k = j;
    while (k < lim && k - j < 12 && ascii_alpha(s[k])) k++;
    if (k == j || k - j >= 12) return false;
    if (k < lim && (s[k] == '.' || ascii_alpha(s[k]) || ascii_digit(s[k]) || s[k] == '-' ||
                    (unsigned char)s[k] >= 0x80))
        return false;
    return word_in(s + j, k - j, starters);
}

// ---------------------------------------------------------------- lines

enum { L_CONTENT, L_BLANK, L_BOILER, L_EOF };

typedef struct line {
    int32_t a, b;      // trimmed content
    int32_t next;      // start of the next line
    int kind;
} line;

static inline char lower(char c) { return c >= 'A' && c <= 'Z' ? (char)(c + 32) : c; }

static bool has_prefix_ci(const char *s, int32_t a, int32_t b, const char *p)
{
    int32_t i = 0;
    for (; p[i]; i++)
        if (a + i >= b || lower(s[a + i]) != lower(p[i])) return false;
    return true;
}

static bool has_prefix(const char *s, int32_t a, int32_t b, const char *p)
{
    int32_t n = (int32_t)strlen(p);
    return b - a >= n && memcmp(s + a, p, (size_t)n) == 0;
}

static bool is_exactly(const char *s, int32_t a, int32_t b, const char *p)
{
    if (s[a] != p[0]) return false;
    int32_t n = (int32_t)strlen(p);
    return b - a == n && memcmp(s + a, p, (size_t)n) == 0;
}

static bool contains(const char *s, int32_t a, int32_t b, const char *p)
{
    int32_t n = (int32_t)strlen(p);
    for (int32_t i = a; i + n <= b; i++)
        if (s[i] == p[0] && memcmp(s + i, p, (size_t)n) == 0) return true;
    return false;
}

static bool any_prefix_ci(const char *s, int32_t a, int32_t b, const char *const *list)
{
    for (; *list; list++)
        if (has_prefix_ci(s, a, b, *list)) return true;
    return false;
}

static bool any_exact(const char *s, int32_t a, int32_t b, const char *const *list)
{
    for (; *list; list++)
        if (is_exactly(s, a, b, *list)) return true;
    return false;
}

// Lines that are never news: whole lines of web furniture left by the
// extractor. Only the start of a line (and for short lines a few phrases
// anywhere) are looked at, so a news paragraph is never dropped.
static bool is_boilerplate(const char *s, int32_t a, int32_t b)
{
    static const char *const exact[] = {
        "Advertisement", "ADVERTISEMENT", "AD", "Advertisement Continue reading the main story",
        "Continue reading the main story", "Continue Reading Below", "Story Continued Below",
        "Story continues below advertisement", "Story continues below", "Getty Images",
        "Photo", "Video", "Image", "Loading...", "CLOSE", "More On This...", "More:",
        "Related:", "RELATED:", "YouTube", "Reuter", "REUTER", "Reuters", "Hide caption",
        "toggle caption", "Share", "Share this", "Skip in Skip x Embed x Share", NULL};
    static const char *const any_len[] = {
        "Media playback is unsupported", "Media caption ", "Image copyright ",
        "Image caption ", "Image source ", "Image source, ", "Enlarge this image",
        "toggle caption ", "Hide caption ", "Facebook Twitter Pinterest", "JUST WATCHED",
        "MUST WATCH", "Sign up for ", "Sign up here", "Sign up today", "Sign up to ",
        "Sign up now", "Newsletter Sign", "Get the Monitor Stories", "Your browser does not support",
        "This article was ", "This article is more than ", "This article tagged under",
        "This article originally ", "This article first appeared", "Choose your country ",
        NULL};
    static const char *const short_prefix[] = {   // lines under 200 bytes
        "Share this", "Share on ", "Share via ", "Share:", "Read more", "Read or Share this",
        "Click here", "Click for more", "Copyright ", "(Copyright", "\xC2\xA9",
        "( Also on ", "(Also on ", "Also on POLITICO", "Slideshow (", "Contributing: ",
        "Related: ", "Watch: ", "WATCH: ", "This story has been updated",
        "This story was originally", "Follow us on ", "Follow @", NULL};
    int32_t len = b - a;
    if (len <= 0) return false;
    // the Reuters sign-off, perhaps with the end-of-text mark "&#3;"
    if (has_prefix_ci(s, a, b, "reuter")) {
        int32_t k = a + 6;
        if (k < b && (s[k] == 's' || s[k] == 'S')) k++;
        while (k < b && (s[k] == ' ' || s[k] == '\t' || (unsigned char)s[k] < 0x20)) k++;
        if (k == b || (b - k == 4 && memcmp(s + k, "&#3;", 4) == 0)) return true;
    }
    if (any_exact(s, a, b, exact)) return true;
    if (any_prefix_ci(s, a, b, any_len)) return true;
    // AP photo captions: "FILE - In this Dec. 25, 2019, file photo, ..."
    if ((has_prefix(s, a, b, "FILE - ") || has_prefix(s, a, b, "FILE \xE2\x80\x94 ") ||
         has_prefix(s, a, b, "FILE \xE2\x80\x93 ") || has_prefix(s, a, b, "FILE -- ")) &&
        contains(s, a, len > 200 ? a + 200 : b, "photo"))
        return true;
    if (len >= 200) return false;
    // bylines: "By Jennifer De Pinto, Fred Backus and Anthony Salvanto"
    if (len < 100 && has_prefix(s, a, b, "By ") && s[a + 3] >= 'A' && s[a + 3] <= 'Z' &&
        !strchr(".?!\"", s[b - 1]))
        return true;
    if (any_prefix_ci(s, a, b, short_prefix)) return true;
    if (has_prefix(s, a, b, "Follow ") && len <= 150 &&
        (contains(s, a, b, "Twitter") || contains(s, a, b, "Facebook") ||
         contains(s, a, b, "Instagram") || contains(s, a, b, "@")))
        return true;
    // photo credits and captions
    if (len >= 12 && memcmp(s + b - 12, "Getty Images", 12) == 0) return true;
    if (s[b - 1] == ')' && contains(s, b - 80 > a ? b - 80 : a, b, "(AP Photo")) return true;
    if (contains(s, a, b, "All rights reserved") || contains(s, a, b, "contributed to this report"))
        return true;
    return false;
}

// The line starting at pos: trimmed bounds and kind.
static line read_line(const char *s, int32_t pos, int32_t n)
{
    line l;
    if (pos >= n) {
        l.a = l.b = l.next = n;
        l.kind = L_EOF;
        return l;
    }
    const char *nl = memchr(s + pos, '\n', (size_t)(n - pos));
    int32_t e = nl ? (int32_t)(nl - s) : n;
    l.next = nl ? e + 1 : n;
    l.a = skip_blanks(s, pos, e);
    l.b = l.a < e ? trim_back(s, l.a, e) : l.a;
    if (l.a >= l.b) l.kind = L_BLANK;
    else if (is_boilerplate(s, l.a, l.b)) l.kind = L_BOILER;
    else l.kind = L_CONTENT;
    return l;
}

// ---------------------------------------------------------------- datelines

static bool starts_here(const char *s, int32_t j, int32_t n, bool *quote);

static const struct month_def {
    const char *name;
    int m;
} months[] = {
    {"january", 1}, {"jan", 1},  {"february", 2}, {"feb", 2},       {"march", 3},
    {"mar", 3},     {"april", 4}, {"apr", 4},     {"may", 5},       {"june", 6},
    {"jun", 6},     {"july", 7},  {"jul", 7},     {"august", 8},    {"aug", 8},
    {"september", 9}, {"sept", 9}, {"sep", 9},    {"october", 10},  {"oct", 10},
    {"november", 11}, {"nov", 11}, {"december", 12}, {"dec", 12},
};

static int month_of(const char *w, int32_t n)
{
    for (size_t k = 0; k < sizeof months / sizeof months[0]; k++) {
        const char *m = months[k].name;
        if ((int32_t)strlen(m) != n) continue;
        int32_t i = 0;
        while (i < n && (w[i] | 0x20) == m[i]) i++;
        if (i == n) return months[k].m;
    }
    return 0;
}

// Digits at s[*p]: their value (at most `maxd` digits) or -1.
static int32_t read_num(const char *s, int32_t *p, int32_t b, int maxd)
{
    int32_t i = *p, v = 0;
    while (i < b && ascii_digit(s[i]) && i - *p < maxd + 1) v = v * 10 + (s[i++] - '0');
    if (i == *p || i - *p > maxd || (i < b && ascii_digit(s[i]))) return -1;
    *p = i;
    return v;
}

// A date at s[*p]: "Sept. 2, 2025", "March 3", "2 March 2025". On success
// *p moves past it and the date is YYYYMMDD (year 0 when absent).
static bool read_date(const char *s, int32_t *p, int32_t b, int32_t *ymd)
{
    int32_t i = *p, m = 0, d = -1, y = 0;
    if (i < b && ascii_digit(s[i])) {          // day month [year]
        d = read_num(s, &i, b, 2);
        if (d < 1 || i >= b || s[i] != ' ') return false;
        i++;
        int32_t w = i;
        while (i < b && ascii_alpha(s[i])) i++;
        m = month_of(s + w, i - w);
        if (!m) return false;
        if (i < b && s[i] == '.') i++;
    } else {                                   // month [.] day
        int32_t w = i;
        while (i < b && ascii_alpha(s[i])) i++;
        m = month_of(s + w, i - w);
        if (!m) return false;
        if (i < b && s[i] == '.') i++;
        if (i >= b || s[i] != ' ') return false;
        i++;
        d = read_num(s, &i, b, 2);
        if (d < 1 || d > 31) return false;
    }
    // optional year: ", 2025" or " 2025"
    int32_t k = i;
    if (k < b && s[k] == ',') k++;
    if (k < b && s[k] == ' ') {
        k++;
        int32_t yy = read_num(s, &k, b, 4);
        if (yy >= 1900 && yy <= 2099 && k - i >= 5) {
            y = yy;
            i = k;
        }
    }
    if (d > 31) return false;
    *p = i;
    *ymd = y ? y * 10000 + m * 100 + d : 0;
    return true;
}

// A dash separating a dateline from the story at s[*p]: -, --, —, –, ―,
// their entities, or AP's "_". *p moves past it and the blanks after it.
static bool read_dash(const char *s, int32_t *p, int32_t b, bool underscore)
{
    int32_t i = *p, n = 0;
    for (;;) {
        if (i >= b) break;
        int len;
        uint32_t c = dec(s, i, b, &len);
        if (c == '-' || (c >= 0x2012 && c <= 0x2015) || (underscore && c == '_' && n == 0)) {
            i += len;
            n++;
        } else {
            break;
        }
    }
    if (!n || n > 3) return false;
    int32_t j = skip_blanks(s, i, b);
    if (j == i || j >= b) return false;
    *p = j;
    return true;
}

// "(Reuters)", "(AP)", "(CNN)": a short bracketed agency name.
static bool read_agency(const char *s, int32_t *p, int32_t b)
{
    int32_t i = *p;
    if (i >= b || s[i] != '(') return false;
    i++;
    if (i >= b || !(s[i] >= 'A' && s[i] <= 'Z')) return false;
    int32_t a0 = i;
    while (i < b && i - a0 <= 30 && s[i] != ')' &&
           (ascii_alpha(s[i]) || s[i] == ' ' || s[i] == '.' || s[i] == '&' || s[i] == '-' ||
            s[i] == '/'))
        i++;
    if (i >= b || s[i] != ')') return false;
    *p = i + 1;
    return true;
}

// A wire dateline at the start of s[a, b): "SEOUL, Sept 2 (Reuters) -",
// "WASHINGTON (AP) --", "LONDON, March 3 -", "BEIJING, Sept. 2, 2025
// (Xinhua) --", "(CNN) --". Returns where the story starts, or -1.
static int32_t dateline(const char *s, int32_t a, int32_t b, int32_t *ymd)
{
    if (b - a > 400) b = a + 400;
    int32_t i = a, date = 0;
    bool has_date = false, agency = false, caps = true, lower_word = false;
    int letters = 0, segs = 0;
    *ymd = 0;
    if (has_prefix(s, a, b, "FILE ")) return -1;
    if (s[i] != '(') {
        // place, regions and a date, comma separated
        for (;;) {
            int32_t d = 0, k = i;
            if (!has_date && read_date(s, &k, b, &d)) {
                has_date = true;
                date = d;
                i = k;
                goto seg_done;
            }
            // a place: up to 6 words of letters . ' -
            {
                int words = 0;
                int32_t s0 = i;
                for (;;) {
                    int32_t w = i;
                    bool upper0 = i < b && s[i] >= 'A' && s[i] <= 'Z';
                    int len;
                    while (i < b) {
                        unsigned char c = (unsigned char)s[i];
                        int ck = c < 0x80 ? akind(c) : kind_of(dec(s, i, b, &len));
                        if (c >= 0x80) {   // "MÉXICO", "Zürich"
                            if (!is_letterk(ck)) break;
                            if (segs == 0 && ck == K_LOWER) caps = false;
                            i += len;
                            continue;
                        }
                        if (!(is_letterk(ck) || c == '.' || c == '\'' || c == '-')) break;
                        if (segs == 0 && ck == K_LOWER) caps = false;
                        if (segs == 0 && is_letterk(ck)) letters++;
                        i++;
                    }
                    if (i == w) return -1;
                    if (!upper0 && (unsigned char)s[w] < 0x80) lower_word = true;
                    words++;
                    if (words > 6 || i - s0 > 60) return -1;
                    if (i + 1 < b && s[i] == ' ' &&
                        (ascii_alpha(s[i + 1]) ||
                         ((unsigned char)s[i + 1] >= 0x80 && is_letterk(kind_of(dec(s, i + 1, b, &len)))))) {
                        i++;
                        continue;
                    }
                    break;
                }
            }
        seg_done:
            segs++;
            if (segs > 4) return -1;
            if (i + 1 < b && s[i] == ',' && s[i + 1] == ' ') {
                i += 2;
                continue;
            }
            break;
        }
        if (i < b && s[i] == ' ') i++;
    }
    if (i < b && s[i] == '(') {
        if (!read_agency(s, &i, b)) return -1;
        agency = true;
        if (i < b && s[i] == ' ') i++;
    }
    if (segs == 0 && !agency) return -1;
    if (!agency && !has_date && (!caps || letters < 3)) return -1;
    if (lower_word && !agency) return -1;
    if (!read_dash(s, &i, b, agency)) {
        if (!agency || i >= b) return -1;   // "Baltimore (CNN) The streets ..."
        i = skip_blanks(s, i, b);
    }
    bool quote;
    if (!starts_here(s, i, b, &quote) && s[i] != '<') return -1;
    *ymd = date;
    return i;
}

// ---------------------------------------------------------------- splitting

typedef struct splitter {
    const char *s;
    int32_t n;
    text_span *v;
    int32_t nv, cap;
    int32_t start;     // open sentence's first byte, -1 when none
    int32_t last;      // end of the open sentence's content so far
} splitter;

// Any letter or digit in s[a, b)?
static bool has_alnum(const char *s, int32_t a, int32_t b)
{
    for (int32_t i = a; i < b;) {
        unsigned char c = (unsigned char)s[i];
        if (c < 0x80) {
            if (ascii_alpha((char)c) || ascii_digit((char)c)) return true;
            i++;
            continue;
        }
        int len;
        int k = kind_of(dec(s, i, b, &len));
        if (is_letterk(k)) return true;
        i += len;
    }
    return false;
}

static void emit_span(splitter *sp, int32_t a, int32_t e)
{
    e = trim_back(sp->s, a, e);
    if (e <= a || !has_alnum(sp->s, a, e)) return;
    VEC_PUSH(sp->v, sp->nv, sp->cap, ((text_span){a, e}));
}

static void close_open(splitter *sp)
{
    if (sp->start >= 0) emit_span(sp, sp->start, sp->last);
    sp->start = -1;
}

// Closing quotes and brackets that may follow a sentence's last . ! ?
static bool is_closer(uint32_t c)
{
    return c == '"' || c == '\'' || c == ')' || c == ']' || c == '}' || c == 0x2019 ||
           c == 0x201D || c == 0xBB || c == 0x2033 || c == 0x2032 || c == 0x203A;
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

// Does the text at j (first non-blank after a sentence end candidate) begin
// a sentence?
static bool starts_here(const char *s, int32_t j, int32_t n, bool *quote)
{
    int len;
    uint32_t c = dec(s, j, n, &len);
    int k = kind_of(c);
    *quote = !(k == K_UPPER || k == K_DIGIT || k == K_LETTER || k == K_BAD);
    return opens_sentence(c, k);
}

// Decide a candidate end of sentence: the terminal run s[t, tend) ('.',
// '!', '?', '…') was followed by closers and a blank; the next text starts
// at `nx`; the open sentence starts at `lo`. True when the sentence ends.
static bool is_boundary(const char *s, int32_t n, int32_t lo, int32_t t, int32_t tend,
                        int32_t nx)
{
    if (nx >= n) return true;
    bool quote;
    if (!starts_here(s, nx, n, &quote)) return false;
    bool single_dot = s[t] == '.' && tend == t + 1;
    bool ellipsis = !single_dot && (s[t] == '.' || (unsigned char)s[t] == 0xE2);
    if (ellipsis) {
        // "word... Next" ends; " ... " inside a quotation ends only after a
        // period ("war. ... The") or before a sentence starter
        if (t <= lo) return false;
        int bl;
        if (!is_blank_at(s, t - 1, n, &bl)) return true;
        int32_t p = trim_back(s, lo, t);
        if (p > lo && (s[p - 1] == '.' || s[p - 1] == '?' || s[p - 1] == '!')) return true;
        return starter_at(s, nx, n);
    }
    if (!single_dot) return true;   // ! ? and mixtures
    // the word before the period
    int32_t w = t;
    while (w > lo && t - w <= 24) {
        unsigned char c = (unsigned char)s[w - 1];
        if (ascii_alpha((char)c) || ascii_digit((char)c) || c == '.' || c == '-' || c == '\'' ||
            c == '&')
            w--;
        else
            break;
    }
    if (t - w > 24 || w == t) return true;
    // "1. The Affordable Care Act ...": a list number opening the sentence
    if (w == lo && t - w <= 2 && ascii_digit(s[w]) && ascii_digit(s[t - 1])) return false;
    switch (abbrev_kind(s + w, t - w)) {
    case AB_NEVER:
        return false;
    case AB_NUM:
        return !ascii_digit(s[nx]);
    case AB_SOFT: {
        if (starter_at(s, nx, n)) return true;
        if (t - w == 1 || !quote) return false;   // an initial: "Howard P. \"Buck\""
        int len;
        uint32_t c = dec(s, nx, n, &len);
        return c == '"' || c == '\'' || c == 0x201C || c == 0x2018 || c == 0xAB;
    }
    default:
        return true;
    }
}

// Scan the content s[a, b) of one line for sentence ends.
static void split_segment(splitter *sp, int32_t a, int32_t b)
{
    const char *s = sp->s;
    int32_t n = sp->n;
    if (sp->start < 0) {
        a = skip_blanks(s, a, b);
        if (a >= b) return;
        sp->start = a;
    }
    int32_t i = a;
    while (i < b) {
        unsigned char c = (unsigned char)s[i];
        if (c != '.' && c != '!' && c != '?' &&
            !(c == 0xE2 && i + 2 < b && (unsigned char)s[i + 1] == 0x80 &&
              (unsigned char)s[i + 2] == 0xA6)) {
            i++;
            continue;
        }
        // the terminal run
        int32_t t = i, j = i;
        for (;;) {
            if (j < b && (s[j] == '.' || s[j] == '!' || s[j] == '?')) j++;
            else if (j + 2 < b && (unsigned char)s[j] == 0xE2 && (unsigned char)s[j + 1] == 0x80 &&
                     (unsigned char)s[j + 2] == 0xA6)
                j += 3;
            else break;
        }
        int32_t tend = j;
        // closing quotes and brackets
        while (j < b) {
            int len;
            uint32_t cp = dec(s, j, b, &len);
            if (!is_closer(cp)) break;
            j += len;
        }
        int len;
        if (j < b && !is_blank_at(s, j, b, &len)) {
            i = j > tend ? j : tend;
            continue;
        }
        int32_t nx = skip_blanks(s, j, n);
        if (is_boundary(s, n, sp->start, t, tend, nx)) {
            emit_span(sp, sp->start, j);
            sp->start = -1;
            int32_t st = skip_blanks(s, j, b);
            if (st < b) sp->start = st;
        }
        i = j;
    }
    if (sp->start >= 0) sp->last = b;
}

static const char *const function_words[] = {
    "the", "a", "an", "of", "to", "in", "for", "and", "or", "with", "on", "at", "by",
    "from", "that", "said", "says", "is", "was", "be", "as", "its", "his", "her",
    "their", "but", "than", "which", "who", NULL};

// Does line l look like a heading, so that its line break ends a sentence?
static bool is_heading(const char *s, const line *l, bool para_first, const line *nx)
{
    if (!para_first || nx->kind != L_CONTENT) return false;
    int32_t len = l->b - l->a;
    if (len > 160) return false;
    char last = s[l->b - 1];
    if (!(ascii_alpha(last) || ascii_digit(last) || last == '>' || last == ')')) return false;
    bool quote;
    if (!starts_here(s, nx->a, nx->b, &quote) && s[nx->a] != '<') return false;
    int upper = 0, lower = 0, words = 1;
    for (int32_t i = l->a; i < l->b; i++) {
        char c = s[i];
        if (c >= 'A' && c <= 'Z') upper++;
        else if (c >= 'a' && c <= 'z') lower++;
        else if (c == ' ') words++;
    }
    if (!lower && upper >= 2) {   // an all-capitals headline over mixed-case text
        for (int32_t i = nx->a; i < nx->b && i < nx->a + 200; i++)
            if (s[i] >= 'a' && s[i] <= 'z') return true;
        return false;
    }
    if (words > 8 || len > 60) return false;
    int32_t w = l->b;
    while (w > l->a && s[w - 1] != ' ') w--;
    return !word_in(s + w, l->b - w, function_words);
}

// "- The government ...": a bullet opening a line.
static bool is_bullet(const char *s, int32_t a, int32_t b)
{
    int len;
    uint32_t c = dec(s, a, b, &len);
    if (c != '-' && c != '*' && c != 0x2022 && c != 0xB7 && c != 0x2013 && c != 0x2014) return false;
    int32_t j = a + len;
    if (j >= b || s[j] != ' ') return false;
    j = skip_blanks(s, j, b);
    return j < b && kind_of(dec(s, j, b, &len)) == K_UPPER;
}

int32_t text_split(arena *mem, const char *s, size_t n_in, text_span **out,
                   text_split_info *info)
{
    int32_t n = n_in > (size_t)INT32_MAX ? INT32_MAX : (int32_t)n_in;
    text_split_info dummy;
    if (!info) info = &dummy;
    info->date = 0;
    info->boilerplate = 0;
    *out = NULL;
    if (!s || n <= 0) return 0;
    splitter sp = {s, n, NULL, 0, 0, -1, 0};
    bool para_first = true, dateline_done = false;
    int content = 0;
    line cur = read_line(s, 0, n);
    while (cur.kind != L_EOF) {
        line nx = read_line(s, cur.next, n);
        if (cur.kind != L_CONTENT) {
            close_open(&sp);
            if (cur.kind == L_BOILER) info->boilerplate++;
            para_first = true;
            cur = nx;
            continue;
        }
        int32_t a = cur.a;
        content++;
        if (!dateline_done) {
            int32_t ymd, d = dateline(s, cur.a, cur.b, &ymd);
            if (d >= 0) {
                close_open(&sp);
                a = d;
                info->date = ymd;
                dateline_done = true;
            } else if (content >= 2) {
                dateline_done = true;
            }
        }
        if (a == cur.a && is_bullet(s, cur.a, cur.b)) close_open(&sp);
        split_segment(&sp, a, cur.b);
        bool heading = sp.start >= 0 && is_heading(s, &cur, para_first, &nx);
        if (heading) close_open(&sp);
        para_first = heading;
        cur = nx;
    }
    close_open(&sp);
    if (sp.nv) {
        *out = arena_alloc(mem, (size_t)sp.nv * sizeof **out);
        memcpy(*out, sp.v, (size_t)sp.nv * sizeof **out);
    }
    free(sp.v);
    return sp.nv;
}

// ---------------------------------------------------------------- tokens

typedef struct tokenizer {
    arena *mem;
    const char *s;
    int32_t start, end;
    text_token *v;
    int32_t nv, cap, max;
    bool full;
    bool heap;           // v was allocated (else it is the caller's local array)
    int32_t final_dot;   // the sentence's last period, -1 when none
    bool dq_open;        // an ASCII double quote is open
} tokenizer;

static void push_tok(tokenizer *t, text_token tok)
{
    if (t->nv >= t->max) {
        t->full = true;
        return;
    }
    if (t->nv == t->cap) {
        int32_t cap = t->cap * 2;
        if (t->heap) {
            t->v = xrealloc(t->v, (size_t)cap * sizeof *t->v);
        } else {
            text_token *h = xmalloc((size_t)cap * sizeof *h);
            memcpy(h, t->v, (size_t)t->nv * sizeof *h);
            t->v = h;
            t->heap = true;
        }
        t->cap = cap;
    }
    t->v[t->nv++] = tok;
}

// ascii_chars[c] == c: one-character norms without an allocation (slices
// carry their length, so no terminator is needed).
static const char ascii_chars[128] = {
    0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15,
    16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31,
    32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47,
    48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59, 60, 61, 62, 63,
    64, 65, 66, 67, 68, 69, 70, 71, 72, 73, 74, 75, 76, 77, 78, 79,
    80, 81, 82, 83, 84, 85, 86, 87, 88, 89, 90, 91, 92, 93, 94, 95,
    96, 97, 98, 99, 100, 101, 102, 103, 104, 105, 106, 107, 108, 109, 110, 111,
    112, 113, 114, 115, 116, 117, 118, 119, 120, 121, 122, 123, 124, 125, 126, 127,
};

// Normalised form of one character inside a word or a plain symbol.
static uint32_t norm_cp(uint32_t cp)
{
    switch (cp) {
    case 0x2019: case 0x2018: case 0x2032: case 0x02BC: return '\'';
    case 0x2010: case 0x2011: case 0x2212: return '-';
    case BADCP: return 0xFFFD;
    default: return cp;
    }
}

// Add the token s[a, b) with normalised text `lit` (static), or else the
// story's s[a, nend) normalised character by character. Flags come from
// the characters of s[a, nend).
static void emit_tok(tokenizer *t, int32_t a, int32_t b, const char *lit, int32_t nend)
{
    if (t->full || b <= a) return;
    if (t->nv >= t->max) {
        t->full = true;
        return;
    }
    const char *s = t->s;
    int nupper = 0, nlower = 0, ncaseless = 0, ndigit = 0, first = -1, nchars = 0;
    uint32_t lastcp = 0;
    bool alpha_ok = true, bad = false, same = true;
    for (int32_t i = a; i < nend;) {
        unsigned char b0 = (unsigned char)s[i];
        uint32_t cp;
        int len, k;
        if (b0 < 0x80 && b0 != '&') {   // fast path: plain ASCII
            cp = b0;
            len = 1;
            k = ascii_kind[b0];
        } else {
            cp = dec(s, i, t->end, &len);
            k = kind_of(cp);
            if (len > 1 && b0 == '&') same = false;   // an entity
            else if (norm_cp(cp) != cp) same = false;
            else if (len == 2 && b0 == 0xC2 && (unsigned char)s[i + 1] < 0xA0)
                same = false;   // a C1 control read as Windows-1252
        }
        if (k == K_LOWER) {
            if (first < 0) first = k;
            nlower++;
        } else if (k == K_UPPER || k == K_LETTER) {
            if (first < 0) first = k;
            if (k == K_UPPER) nupper++;
            else ncaseless++;
        } else if (k == K_DIGIT) {
            ndigit++;
            alpha_ok = false;
        } else {
            if (k == K_BAD) bad = true;
            if (!(cp == '\'' || cp == 0x2019 || cp == '-' || cp == 0x2010 || cp == 0x2011 ||
                  cp == '.' || cp == '&'))
                alpha_ok = false;
        }
        nchars++;
        lastcp = cp;
        i += len;
    }
    text_token tok;
    tok.start = a;
    tok.end = b;
    uint8_t f = 0;
    int nletters = nupper + nlower + ncaseless;
    if (first == K_UPPER) f |= TOK_CAP;
    if (nupper >= 2 && !nlower && !ncaseless) f |= TOK_UPPER;
    if (ascii_digit(s[a])) f |= TOK_NUM;
    if (!nletters && !ndigit && !bad) f |= TOK_PUNCT;
    if (nletters && alpha_ok && !bad) f |= TOK_ALPHA;
    if (bad) f |= TOK_BADUTF8;
    tok.flags = f;
    if (lit) {
        tok.norm = (slice){lit, strlen(lit)};
    } else if (same) {
        tok.norm = (slice){s + a, (size_t)(nend - a)};
    } else if (nchars == 1 && norm_cp(lastcp) < 0x80) {   // "&amp;", "&#39;"
        uint32_t c = norm_cp(lastcp);
        tok.norm = (slice){ascii_chars + c, 1};
    } else {
        // at most 3 output bytes per input byte (an invalid byte -> U+FFFD)
        char *o = arena_alloc(t->mem, (size_t)(nend - a) * 3 + 1);
        size_t k = 0;
        for (int32_t i = a; i < nend;) {
            int len;
            uint32_t cp = norm_cp(dec(s, i, t->end, &len));
            k += dyad__utf8_put(o + k, cp);
            i += len;
        }
        o[k] = 0;
        tok.norm = (slice){o, k};
    }
    push_tok(t, tok);
}

static bool is_apos(uint32_t c) { return c == '\'' || c == 0x2019 || c == 0x02BC; }

static bool is_dash_cp(uint32_t c)
{
    return c == '-' || (c >= 0x2010 && c <= 0x2015) || c == 0x2212 || c == 0x2E3A || c == 0x2E3B ||
           c == 0xFE58 || c == 0xFE63 || c == 0xFF0D;
}

static inline uint32_t peek(tokenizer *t, int32_t i, int *len, int *k)
{
    if (i >= t->end) {
        *len = 0;
        *k = K_SPACE;
        return ' ';
    }
    uint32_t c = dec(t->s, i, t->end, len);
    *k = kind_of(c);
    return c;
}

static const char *const clitics[] = {"s", "re", "ve", "ll", "d", "m", NULL};

// Emit a clitic token ('s, n't) for s[a, b); `apos_ascii` says whether its
// apostrophe is a plain ASCII one (then the story text is the norm).
static void emit_clitic(tokenizer *t, int32_t a, int32_t b, int32_t after, bool nt, bool apos_ascii)
{
    if (apos_ascii) {
        emit_tok(t, a, b, NULL, b);
        return;
    }
    static const char *const lower[] = {"'s", "'re", "'ve", "'ll", "'d", "'m"};
    static const char *const upper[] = {"'S", "'RE", "'VE", "'LL", "'D", "'M"};
    const char *s = t->s;
    if (nt) {
        bool up = s[a] == 'N';
        emit_tok(t, a, b, up ? "N'T" : "n't", b);
        return;
    }
    int32_t m = b - after;
    for (int k = 0; k < 6; k++) {
        if ((int32_t)strlen(clitics[k]) != m) continue;
        bool lo = true, up = true;
        for (int32_t i = 0; i < m; i++) {
            lo = lo && s[after + i] == clitics[k][i];
            up = up && s[after + i] == ascii_upper(clitics[k][i]);
        }
        if (lo || up) {
            emit_tok(t, a, b, lo ? lower[k] : upper[k], b);
            return;
        }
    }
    emit_tok(t, a, b, NULL, b);
}

// A word s[a, b) that may end in a clitic: its last apostrophe is at `ap`
// (length `apl`, -1 when none).
static void emit_word(tokenizer *t, int32_t a, int32_t b, int32_t ap, int apl)
{
    const char *s = t->s;
    if (ap > a) {
        int32_t after = ap + apl, m = b - after;
        bool ascii = apl == 1 && s[ap] == '\'';
        if (m >= 1 && m <= 2) {
            bool cl = false;
            for (int k = 0; clitics[k]; k++) {
                if ((int32_t)strlen(clitics[k]) != m) continue;
                int32_t i = 0;
                while (i < m && (s[after + i] | 0x20) == clitics[k][i]) i++;
                if (i == m) cl = true;
            }
            if (cl) {
                emit_tok(t, a, ap, NULL, ap);
                emit_clitic(t, ap, b, after, false, ascii);
                return;
            }
            if (m == 1 && (s[after] | 0x20) == 't' && ap - 1 > a && (s[ap - 1] | 0x20) == 'n') {
                emit_tok(t, a, ap - 1, NULL, ap - 1);
                emit_clitic(t, ap - 1, b, after, true, ascii);
                return;
            }
        }
    }
    emit_tok(t, a, b, NULL, b);
}

// A word starting at i: letters and digits joined by . , - & ' / : @ _
// where they sit between word characters. Returns where it ends.
static int32_t scan_word(tokenizer *t, int32_t i, int32_t *ap, int *apl)
{
    const char *s = t->s;
    int32_t q = i;
    int lastk = K_SPACE;
    *ap = -1;
    while (q < t->end) {
        unsigned char b0 = (unsigned char)s[q];
        if (b0 < 0x80 && (ascii_alpha((char)b0) || ascii_digit((char)b0))) {   // fast path
            lastk = akind(b0);
            q++;
            continue;
        }
        int len, k;
        uint32_t c = peek(t, q, &len, &k);
        if (is_wordk(k)) {
            lastk = k;
            q += len;
            continue;
        }
        int len2, k2;
        uint32_t c2 = peek(t, q + len, &len2, &k2);
        bool join = false;
        if (c == '.') {
            // "U.S.-led": a hyphen after the period also joins
            join = is_wordk(k2) || (c2 == '-' && q + len + len2 < t->end &&
                                    is_wordk(kind_of(dec(s, q + len + len2, t->end, &(int){0}))));
        } else if (c == ',' || c == ':') {
            join = lastk == K_DIGIT && k2 == K_DIGIT;
            if (c == ':' && !join && is_letterk(lastk) && c2 == '/' && q + 2 < t->end &&
                s[q + 2] == '/') {
                // a URL: everything up to the next blank, less closing punctuation
                int32_t e = q;
                int l3;
                while (e < t->end && !is_blank_at(s, e, t->end, &l3)) e += l3;
                while (e > q + 3 && strchr(".,;:!?)]}\"'", s[e - 1])) e--;
                return e;
            }
        } else if (c == '-' || c == 0x2010 || c == 0x2011) {
            join = is_wordk(k2);
        } else if (c == '&') {
            join = is_letterk(lastk) && is_letterk(k2);
        } else if (is_apos(c)) {
            join = is_letterk(lastk) && is_letterk(k2);
            if (join) {
                *ap = q;
                *apl = len;
            }
        } else if (c == '/' || c == '@') {
            join = (is_letterk(lastk) || lastk == K_DIGIT) && is_wordk(k2);
        } else if (c == '_') {
            join = false;  // "Dol_Amroth": two words for the dictionaries
        }
        if (!join) break;
        q += len;
        lastk = k;
    }
    return q;
}

// Is s[i] (an opening-context check) preceded by a blank, the sentence
// start or an opening bracket or quote?
static bool opening_context(uint32_t prev, int prevk)
{
    return prevk == K_SPACE || prev == '(' || prev == '[' || prev == '{' || prev == 0x2018 ||
           prev == 0x201C || prev == '`' || prev == 0xAB || is_dash_cp(prev) || prev == '/';
}

int32_t text_tokenize(arena *mem, const char *s, int32_t start, int32_t end,
                      text_token **out, int32_t max, bool *truncated)
{
    *out = NULL;
    if (truncated) *truncated = false;
    if (!s || start < 0 || end <= start) return 0;
    text_token local[256];
    tokenizer t = {mem, s, start, end, local, 0, 256, max < 0 ? 0 : max, false, false, -1, false};
    // the sentence's final period: before trailing blanks and closers
    {
        int32_t e = trim_back(s, start, end), steps = 0;
        while (e > start && steps++ < 8) {
            char c = s[e - 1];
            if (c == '"' || c == '\'' || c == ')' || c == ']' || c == '}') e--;
            else if (e - 3 >= start && (unsigned char)s[e - 3] == 0xE2 &&
                     (unsigned char)s[e - 2] == 0x80 &&
                     ((unsigned char)c == 0x9D || (unsigned char)c == 0x99))
                e -= 3;
            else if (e - 2 >= start && (unsigned char)s[e - 2] == 0xC2 && (unsigned char)c == 0xBB)
                e -= 2;
            else if (e - 6 >= start && memcmp(s + e - 6, "&quot;", 6) == 0)
                e -= 6;
            else break;
        }
        if (e > start && s[e - 1] == '.' && (e - 2 < start || s[e - 2] != '.')) t.final_dot = e - 1;
    }
    uint32_t prev = ' ';
    int prevk = K_SPACE;
    int32_t i = start;
    while (i < end && !t.full) {
        int len, k;
        uint32_t c = peek(&t, i, &len, &k);
        if (k == K_SPACE) {
            i += len;
            prev = ' ';
            prevk = K_SPACE;
            continue;
        }
        int len2, k2;
        uint32_t c2 = peek(&t, i + len, &len2, &k2);
        int32_t j;   // end of this token
        if (is_wordk(k) || ((c == '@' || c == '#') && is_letterk(k2)) ||
            (c == '-' && k2 == K_DIGIT && opening_context(prev, prevk))) {
            int32_t ap;
            int apl = 0;
            j = scan_word(&t, i + (is_wordk(k) ? 0 : len), &ap, &apl);
            // a period after the word: part of an abbreviation, or its own token
            if (j < end && s[j] == '.' && !(j + 1 < end && s[j + 1] == '.')) {
                int ab = abbrev_kind(s + i, j - i);
                if (ab == AB_NUM) {   // "No. 1" but "said no."
                    int32_t d = skip_blanks(s, j + 1, end);
                    if (d >= end || !ascii_digit(s[d])) ab = AB_NONE;
                }
                if (ab != AB_NONE) {
                    if (j == t.final_dot) {
                        emit_tok(&t, i, j, NULL, j + 1);   // "U.S." ending the sentence
                        emit_tok(&t, j, j + 1, NULL, j + 1);
                    } else {
                        emit_tok(&t, i, j + 1, NULL, j + 1);
                    }
                    prev = '.';
                    prevk = K_PUNCT;
                    i = j + 1;
                    continue;
                }
            }
            emit_word(&t, i, j, ap, apl);
            prev = 'a';   // any word character
            prevk = K_LETTER;
            i = j;
            continue;
        }
        // punctuation
        j = i + len;
        const char *lit = NULL;
        bool open = opening_context(prev, prevk);
        if (c == '"' || c == 0x2033) {
            bool is_open;
            if (open && (k2 == K_SPACE && i + len < end)) is_open = !t.dq_open;   // lone "
            else is_open = open;
            lit = is_open ? "``" : "''";
            t.dq_open = is_open;
        } else if (c == '`') {
            lit = "`";
            if (c2 == '`') lit = "``", j += len2;
        } else if (is_apos(c) || c == 0x2032) {
            if (c2 == c) {
                lit = open ? "``" : "''";
                j += len2;
            } else {
                lit = open && (is_wordk(k2) || c2 == '"') ? "`" : "'";
            }
        } else if (c == 0x2018 || c == 0x201A || c == 0x2039) {
            lit = "`";
        } else if (c == 0x201C || c == 0x201E || c == 0xAB || c == 0x201F) {
            lit = "``";
        } else if (c == 0x201D || c == 0xBB) {
            lit = "''";
        } else if (c == 0x203A) {
            lit = "'";
        } else if (c == '(' || c == '[' || c == '{') {
            lit = "-LRB-";
        } else if (c == ')' || c == ']' || c == '}') {
            lit = "-RRB-";
        } else if (c == '.' || c == 0x2026) {
            int dots = c == '.' ? 1 : 3;
            for (;;) {
                int l3, k3;
                uint32_t c3 = peek(&t, j, &l3, &k3);
                if (l3 && (c3 == '.' || c3 == 0x2026)) {
                    dots += c3 == '.' ? 1 : 3;
                    j += l3;
                } else {
                    break;
                }
            }
            if (dots > 1) lit = "...";
        } else if (is_dash_cp(c)) {
            int dashes = 1;
            bool real = c != '-' && c != 0x2010 && c != 0x2011 && c != 0x2212;
            for (;;) {
                int l3, k3;
                uint32_t c3 = peek(&t, j, &l3, &k3);
                if (l3 && is_dash_cp(c3)) {
                    dashes++;
                    j += l3;
                } else {
                    break;
                }
            }
            if (real || dashes > 1 || prevk == K_SPACE) lit = "--";   // " - ", " -word"
            else if (c != '-') lit = "-";
        } else if (c == '!' || c == '?') {
            for (;;) {
                int l3, k3;
                uint32_t c3 = peek(&t, j, &l3, &k3);
                if (l3 && (c3 == '!' || c3 == '?') && (unsigned char)s[j] != '&') j += l3;
                else break;
            }
        }
        emit_tok(&t, i, j, lit, j);
        // the last character of the token decides the next quote's side
        prev = lit && lit[0] == '`' ? 0x201C : (lit && lit[0] == '-' && lit[1] == 'L') ? '(' : c;
        if (c == '.' || c == 0x2026) prev = '.';
        prevk = K_PUNCT;
        i = j;
    }
    if (truncated) *truncated = t.full;
    if (t.nv) {
        *out = arena_alloc(mem, (size_t)t.nv * sizeof **out);
        memcpy(*out, t.v, (size_t)t.nv * sizeof **out);
    }
    if (t.heap) free(t.v);
    return t.nv;
}
