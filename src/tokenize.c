// tokenize.c: a sentence's text -> Penn-style tokens (dyad__text_tokenize in
// text.h).
//
// Blank-separated chunks are split into words and punctuation, Penn style;
// a token's normalised text is a new string only when it differs from the
// story.
#include "text.h"

#include <stdlib.h>
#include <string.h>

#include "cues.h"
#include "decode.h"
#include "lexicon.h"
#include "unicode.h"
#include "utf8.h"

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
    uint32_t prev;       // the last character before the cursor (' ' for a blank)
    int prevk;           // its class
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
            t->v = dyad__xrealloc(t->v, (size_t)cap * sizeof *t->v);
        } else {
            text_token *h = dyad__xmalloc((size_t)cap * sizeof *h);
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

// What the characters of a token show.
typedef struct tok_shape {
    int nupper, nlower, ncaseless, ndigit;
    int first;          // class of the first letter, -1 when none
    int nchars;
    uint32_t lastcp;
    bool alpha_ok;      // only letters and inner ' - . &
    bool bad;           // an invalid byte
    bool same;          // the normalised text is the story's text
} tok_shape;

static void shape_of(const tokenizer *t, int32_t a, int32_t nend, tok_shape *sh)
{
    const char *s = t->s;
    *sh = (tok_shape){0, 0, 0, 0, -1, 0, 0, true, false, true};
    for (int32_t i = a; i < nend;) {
        unsigned char b0 = (unsigned char)s[i];
        uint32_t cp;
        int len, k;
        if (b0 < 0x80 && b0 != '&') {   // fast path: plain ASCII
            cp = b0;
            len = 1;
            k = akind(b0);
        } else {
            cp = dec(s, i, t->end, &len);
            k = kind_of(cp);
            if (len > 1 && b0 == '&') sh->same = false;   // an entity
            else if (norm_cp(cp) != cp) sh->same = false;
            else if (len == 2 && b0 == 0xC2 && (unsigned char)s[i + 1] < 0xA0)
                sh->same = false;   // a C1 control read as Windows-1252
            if (k == K_LETTER && cp >= 0x300 && dyad__is_mark(cp)) {
                // a combining mark (NFD "S\u0326"): part of its letter, no case of its own
                sh->nchars++;
                sh->lastcp = cp;
                i += len;
                continue;
            }
        }
        if (k == K_LOWER) {
            if (sh->first < 0) sh->first = k;
            sh->nlower++;
        } else if (k == K_UPPER || k == K_LETTER) {
            if (sh->first < 0) sh->first = k;
            if (k == K_UPPER) sh->nupper++;
            else sh->ncaseless++;
        } else if (k == K_DIGIT) {
            sh->ndigit++;
            sh->alpha_ok = false;
        } else {
            if (k == K_BAD) sh->bad = true;
            if (!(cp == '\'' || cp == 0x2019 || cp == '-' || cp == 0x2010 || cp == 0x2011 ||
                  cp == '.' || cp == '&'))
                sh->alpha_ok = false;
        }
        sh->nchars++;
        sh->lastcp = cp;
        i += len;
    }
}

// TOK_* flags of a token of this shape whose first byte is `c0`.
static uint8_t shape_flags(const tok_shape *sh, char c0)
{
    uint8_t f = 0;
    int nletters = sh->nupper + sh->nlower + sh->ncaseless;
    if (sh->first == K_UPPER) f |= TOK_CAP;
    if (sh->nupper >= 2 && !sh->nlower && !sh->ncaseless) f |= TOK_UPPER;
    if (ascii_digit(c0)) f |= TOK_NUM;
    if (!nletters && !sh->ndigit && !sh->bad) f |= TOK_PUNCT;
    if (nletters && sh->alpha_ok && !sh->bad) f |= TOK_ALPHA;
    if (sh->bad) f |= TOK_BADUTF8;
    return f;
}

// s[a, nend) normalised character by character into the arena.
static slice norm_copy(tokenizer *t, int32_t a, int32_t nend)
{
    // at most 3 output bytes per input byte (an invalid byte -> U+FFFD)
    char *o = dyad__arena_alloc(t->mem, (size_t)(nend - a) * 3 + 1);
    size_t k = 0;
    for (int32_t i = a; i < nend;) {
        int len;
        uint32_t cp = norm_cp(dec(t->s, i, t->end, &len));
        k += dyad__utf8_put(o + k, cp);
        i += len;
    }
    o[k] = 0;
    return (slice){o, k};
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
    tok_shape sh;
    shape_of(t, a, nend, &sh);
    text_token tok;
    tok.start = a;
    tok.end = b;
    tok.flags = shape_flags(&sh, t->s[a]);
    if (lit) {
        tok.norm = (slice){lit, strlen(lit)};
    } else if (sh.same) {
        tok.norm = (slice){t->s + a, (size_t)(nend - a)};
    } else if (sh.nchars == 1 && norm_cp(sh.lastcp) < 0x80) {   // "&amp;", "&#39;"
        uint32_t c = norm_cp(sh.lastcp);
        tok.norm = (slice){ascii_chars + c, 1};
    } else {
        tok.norm = norm_copy(t, a, nend);
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

// Emit a clitic token ('s, n't) for s[a, b); `apos_ascii` says whether its
// apostrophe is a plain ASCII one (then the story text is the norm).
static void emit_clitic(tokenizer *t, int32_t a, int32_t b, int32_t after, bool nt, bool apos_ascii)
{
    if (apos_ascii) {
        emit_tok(t, a, b, NULL, b);
        return;
    }
    // the clitics of LEXT_CLITIC, in its order, with their apostrophe
    static const char *const lower[] = {"'s", "'re", "'ve", "'ll", "'d", "'m"};
    static const char *const upper[] = {"'S", "'RE", "'VE", "'LL", "'D", "'M"};
    const char *s = t->s;
    if (nt) {
        bool up = s[a] == 'N';
        emit_tok(t, a, b, up ? "N'T" : "n't", b);
        return;
    }
    int32_t m = b - after;
    const char *const *clitics = dyad__lexicon_words(LEXT_CLITIC);
    for (int k = 0; clitics[k]; k++) {
        if ((int32_t)strlen(clitics[k]) != m) continue;
        bool lo = true, up = true;
        for (int32_t i = 0; i < m; i++) {
            lo = lo && s[after + i] == clitics[k][i];
            up = up && s[after + i] == dyad__ascii_upper(clitics[k][i]);
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
            for (const char *const *k = dyad__lexicon_words(LEXT_CLITIC); *k; k++)
                if (dyad__word_is((slice){s + after, (size_t)m}, *k)) cl = true;
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

// Does a character after `prev` (of class prevk) stand at an opening: after
// a blank, the sentence start, an opening bracket or quote, a dash or a
// slash?
static bool opening_context(uint32_t prev, int prevk)
{
    return prevk == K_SPACE || prev == '(' || prev == '[' || prev == '{' || prev == 0x2018 ||
           prev == 0x201C || prev == '`' || prev == 0xAB || is_dash_cp(prev) || prev == '/';
}

// The sentence's final period in s[start, end): before trailing blanks and
// closing quotes and brackets (at most 8 of them), not part of "..";
// -1 when none.
static int32_t final_period(const char *s, int32_t start, int32_t end)
{
    int32_t e = dyad__trim_back(s, start, end), steps = 0;
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
    if (e > start && s[e - 1] == '.' && (e - 2 < start || s[e - 2] != '.')) return e - 1;
    return -1;
}

// A word at i, or from its second character at `from` ("@user", "-5"):
// the word itself, or an abbreviation with its period. Returns its end.
static int32_t word_token(tokenizer *t, int32_t i, int32_t from)
{
    const char *s = t->s;
    int32_t end = t->end, ap;
    int apl = 0;
    int32_t j = scan_word(t, from, &ap, &apl);
    // a period after the word: part of an abbreviation, or its own token
    if (j < end && s[j] == '.' && !(j + 1 < end && s[j + 1] == '.')) {
        int ab = dyad__abbrev_kind(s + i, j - i);
        if (ab == AB_NUM) {   // "No. 1" but "said no."
            int32_t d = dyad__skip_blanks(s, j + 1, end);
            if (d >= end || !ascii_digit(s[d])) ab = AB_NONE;
        }
        if (ab != AB_NONE) {
            if (j == t->final_dot) {
                emit_tok(t, i, j, NULL, j + 1);   // "U.S." ending the sentence
                emit_tok(t, j, j + 1, NULL, j + 1);
            } else {
                emit_tok(t, i, j + 1, NULL, j + 1);
            }
            t->prev = '.';
            t->prevk = K_PUNCT;
            return j + 1;
        }
    }
    emit_word(t, i, j, ap, apl);
    t->prev = 'a';   // any word character
    t->prevk = K_LETTER;
    return j;
}

// The end of a run of periods and ellipses from j; *dots counts them.
static int32_t dot_run(tokenizer *t, int32_t j, int *dots)
{
    for (;;) {
        int l3, k3;
        uint32_t c3 = peek(t, j, &l3, &k3);
        if (!l3 || (c3 != '.' && c3 != 0x2026)) return j;
        *dots += c3 == '.' ? 1 : 3;
        j += l3;
    }
}

// The end of a run of dashes from j; *dashes counts them.
static int32_t dash_run(tokenizer *t, int32_t j, int *dashes)
{
    for (;;) {
        int l3, k3;
        uint32_t c3 = peek(t, j, &l3, &k3);
        if (!l3 || !is_dash_cp(c3)) return j;
        (*dashes)++;
        j += l3;
    }
}

// The end of a run of ! and ? from j (not written as entities).
static int32_t bang_run(tokenizer *t, int32_t j)
{
    for (;;) {
        int l3, k3;
        uint32_t c3 = peek(t, j, &l3, &k3);
        if (!l3 || (c3 != '!' && c3 != '?') || (unsigned char)t->s[j] == '&') return j;
        j += l3;
    }
}

// The Penn text of a quote c at i (its next character c2 of class k2 and
// length len2), or NULL when c is no quote; *j moves past a doubled quote.
static const char *quote_lit(tokenizer *t, int32_t i, uint32_t c, int len, uint32_t c2,
                             int k2, int len2, int32_t *j)
{
    bool open = opening_context(t->prev, t->prevk);
    if (c == '"' || c == 0x2033) {
        bool is_open;
        if (open && (k2 == K_SPACE && i + len < t->end)) is_open = !t->dq_open;   // lone "
        else is_open = open;
        t->dq_open = is_open;
        return is_open ? "``" : "''";
    }
    if (c == '`') {
        if (c2 != '`') return "`";
        *j += len2;
        return "``";
    }
    if (is_apos(c) || c == 0x2032) {
        if (c2 == c) {
            *j += len2;
            return open ? "``" : "''";
        }
        return open && (is_wordk(k2) || c2 == '"') ? "`" : "'";
    }
    if (c == 0x2018 || c == 0x201A || c == 0x2039) return "`";
    if (c == 0x201C || c == 0x201E || c == 0xAB || c == 0x201F) return "``";
    if (c == 0x201D || c == 0xBB) return "''";
    if (c == 0x203A) return "'";
    return NULL;
}

// The Penn text of the punctuation c at i (NULL: the story's text, as
// normalised), and in *j where the token ends.
static const char *punct_lit(tokenizer *t, int32_t i, uint32_t c, int len, int32_t *j)
{
    int len2, k2;
    uint32_t c2 = peek(t, i + len, &len2, &k2);
    *j = i + len;
    const char *lit = quote_lit(t, i, c, len, c2, k2, len2, j);
    if (lit) return lit;
    if (c == '(' || c == '[' || c == '{') return "-LRB-";
    if (c == ')' || c == ']' || c == '}') return "-RRB-";
    if (c == '.' || c == 0x2026) {
        int dots = c == '.' ? 1 : 3;
        *j = dot_run(t, *j, &dots);
        return dots > 1 ? "..." : NULL;
    }
    if (is_dash_cp(c)) {
        int dashes = 1;
        bool real = c != '-' && c != 0x2010 && c != 0x2011 && c != 0x2212;
        *j = dash_run(t, *j, &dashes);
        if (real || dashes > 1 || t->prevk == K_SPACE) return "--";   // " - ", " -word"
        return c != '-' ? "-" : NULL;
    }
    if (c == '!' || c == '?') *j = bang_run(t, *j);
    return NULL;
}

// A punctuation token at i (character c, len bytes). Returns its end.
static int32_t punct_token(tokenizer *t, int32_t i, uint32_t c, int len)
{
    int32_t j;
    const char *lit = punct_lit(t, i, c, len, &j);
    emit_tok(t, i, j, lit, j);
    // the last character of the token decides the next quote's side
    t->prev = lit && lit[0] == '`' ? 0x201C : (lit && lit[0] == '-' && lit[1] == 'L') ? '(' : c;
    if (c == '.' || c == 0x2026) t->prev = '.';
    t->prevk = K_PUNCT;
    return j;
}

static bool norm_among(slice w, const char *const *words)
{
    for (; *words; words++)
        if (dyad__word_is(w, *words)) return true;
    return false;
}

// "Iraq and Cuba, as well as Greece": the three words are one conjunction
// token (normalised "as well as", a CC in the lexicon). Not a comparison
// ("did as well as expected", "not as well as he hoped") and not at the start
// ("As well as the talks, ...": a preposition).
static int32_t fuse_as_well_as(text_token *v, int32_t n)
{
    static const char *const before[] = {"just", "not", "quite", "equally", "nearly", "almost",
                                         "do", "does", "did", "done", "doing", "fare", "fared",
                                         "performed", "perform", "worked", "work", "go", "went",
                                         "gone", "know", "knew", "known", NULL};
    static const char *const after[] = {"he", "she", "they", "we", "i", "you", "it",
                                         "expected", "possible", "could", "can", "anyone",
                                         "anybody", "ever", "before", "usual", "any", "most",
                                         "predicted", "hoped", NULL};
    int32_t o = 0;
    for (int32_t i = 0; i < n; i++) {
        // (after a word or a comma: not at the start, nor after an opening
        // quote or bracket)
        if (i > 0 && i + 3 < n && dyad__word_is(v[i].norm, "as") &&
            dyad__word_is(v[i + 1].norm, "well") && dyad__word_is(v[i + 2].norm, "as") &&
            (!(v[i - 1].flags & TOK_PUNCT) || dyad__word_is(v[i - 1].norm, ",")) &&
            !norm_among(v[i - 1].norm, before) && !norm_among(v[i + 3].norm, after)) {
            v[o] = v[i];
            v[o].norm = (slice){"as well as", 10};
            v[o].end = v[i + 2].end;
            v[o].flags = (uint8_t)((v[i].flags & TOK_CAP) | TOK_ALPHA);
            o++;
            i += 2;
            continue;
        }
        v[o++] = v[i];
    }
    return o;
}

int32_t dyad__text_tokenize(arena *mem, const char *s, int32_t start, int32_t end,
                      text_token **out, int32_t max, bool *truncated)
{
    *out = NULL;
    if (truncated) *truncated = false;
    if (!s || start < 0 || end <= start) return 0;
    text_token local[256];
    tokenizer t = {.mem = mem, .s = s, .start = start, .end = end, .v = local, .cap = 256,
                   .max = max < 0 ? 0 : max, .final_dot = final_period(s, start, end),
                   .prev = ' ', .prevk = K_SPACE};
    int32_t i = start;
    while (i < end && !t.full) {
        int len, k;
        uint32_t c = peek(&t, i, &len, &k);
        if (k == K_SPACE) {
            i += len;
            t.prev = ' ';
            t.prevk = K_SPACE;
            continue;
        }
        int len2, k2;
        peek(&t, i + len, &len2, &k2);
        if (is_wordk(k) || ((c == '@' || c == '#') && is_letterk(k2)) ||
            (c == '-' && k2 == K_DIGIT && opening_context(t.prev, t.prevk)))
            i = word_token(&t, i, i + (is_wordk(k) ? 0 : len));
        else
            i = punct_token(&t, i, c, len);
    }
    if (truncated) *truncated = t.full;
    t.nv = fuse_as_well_as(t.v, t.nv);
    if (t.nv) {
        *out = dyad__arena_alloc(mem, (size_t)t.nv * sizeof **out);
        memcpy(*out, t.v, (size_t)t.nv * sizeof **out);
    }
    if (t.heap) free(t.v);
    return t.nv;
}
