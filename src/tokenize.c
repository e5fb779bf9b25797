// tokenize.c: a sentence's text -> Penn-style tokens (text_tokenize in
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
            k = akind(b0);
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
                int ab = dyad__abbrev_kind(s + i, j - i);
                if (ab == AB_NUM) {   // "No. 1" but "said no."
                    int32_t d = dyad__skip_blanks(s, j + 1, end);
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
