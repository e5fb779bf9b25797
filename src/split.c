// split.c: story text -> sentences (dyad__text_split in text.h).
//
// The splitter works line by line: blank and boilerplate lines end
// sentences, a wire dateline is cut off the story's first sentence, a
// heading line ends one, and . ! ? end a sentence unless the period belongs
// to an abbreviation, an initial or a number.
#include "text.h"

#include <stdlib.h>
#include <string.h>

#include "boilerplate.h"
#include "cues.h"
#include "dateline.h"
#include "decode.h"
#include "lexicon.h"

enum { L_CONTENT, L_BLANK, L_BOILER, L_EOF };

typedef struct line {
    int32_t a, b;      // trimmed content
    int32_t next;      // start of the next line
    int kind;
} line;

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
    l.a = dyad__skip_blanks(s, pos, e);
    l.b = l.a < e ? dyad__trim_back(s, l.a, e) : l.a;
    if (l.a >= l.b) l.kind = L_BLANK;
    else if (dyad__is_boilerplate(s, l.a, l.b)) l.kind = L_BOILER;
    else l.kind = L_CONTENT;
    return l;
}

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
    e = dyad__trim_back(sp->s, a, e);
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


// Decide a candidate end of sentence: the terminal run s[t, tend) ('.',
// '!', '?', '…') was followed by closers and a blank; the next text starts
// at `nx`; the open sentence starts at `lo`. True when the sentence ends.
static bool is_boundary(const char *s, int32_t n, int32_t lo, int32_t t, int32_t tend,
                        int32_t nx)
{
    if (nx >= n) return true;
    bool quote;
    if (!dyad__starts_here(s, nx, n, &quote)) return false;
    bool single_dot = s[t] == '.' && tend == t + 1;
    bool ellipsis = !single_dot && (s[t] == '.' || (unsigned char)s[t] == 0xE2);
    if (ellipsis) {
        // "word... Next" ends; " ... " inside a quotation ends only after a
        // period ("war. ... The") or before a sentence starter
        if (t <= lo) return false;
        int bl;
        if (!is_blank_at(s, t - 1, n, &bl)) return true;
        int32_t p = dyad__trim_back(s, lo, t);
        if (p > lo && (s[p - 1] == '.' || s[p - 1] == '?' || s[p - 1] == '!')) return true;
        return dyad__starter_at(s, nx, n);
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
    switch (dyad__abbrev_kind(s + w, t - w)) {
    case AB_NEVER:
        return false;
    case AB_NUM:
        return !ascii_digit(s[nx]);
    case AB_SOFT: {
        if (dyad__starter_at(s, nx, n)) return true;
        if (t - w == 1 || !quote) return false;   // an initial: "Howard P. \"Buck\""
        int len;
        uint32_t c = dec(s, nx, n, &len);
        return c == '"' || c == '\'' || c == 0x201C || c == 0x2018 || c == 0xAB;
    }
    default:
        return true;
    }
}

// A photo gallery's caption header at i, "Hide Caption 3 of 22 Photos:
// Photos: The rise and fall of John Edwards The rise and fall of John
// Edwards – ": the index where its caption begins (after the dash, or after
// "Photos:" when no dash follows soon), else -1. Its title, repeated before
// every caption, is no sentence.
static int32_t caption_start(const char *s, int32_t i, int32_t b, bool *dash);

// The gallery's title repeated at the start of two captions (whole words,
// at least three): its length in bytes, else 0.
static int32_t repeated_title(const char *s, int32_t a, int32_t c, int32_t b)
{
    int32_t n = 0, words = 0, last = 0;
    while (c + n < b && a + n < c && s[a + n] == s[c + n]) {
        if (s[a + n] == ' ') words++, last = n + 1;
        n++;
    }
    return words >= 3 ? last : 0;
}

static int32_t caption_header(const char *s, int32_t i, int32_t b)
{
    bool dash;
    int32_t after = caption_start(s, i, b, &dash);
    if (after < 0 || dash) return after;
    // no dash: the gallery's title runs into the caption; the next caption
    // repeats it ("Photos: Reactions to Paris terror attack A Romanian ...")
    for (int32_t j = after; j + 13 <= b && j < after + 2000; j++) {
        if (memcmp(s + j, "Hide Caption ", 13)) continue;
        bool d2;
        int32_t next = caption_start(s, j, b, &d2);
        if (next >= 0 && !d2) return after + repeated_title(s, after, next, b);
        return after;
    }
    // (the last caption: the one before it, when the line has one)
    for (int32_t j = i - 1; j >= 0 && j > i - 2000; j--) {
        if (j + 13 > b || memcmp(s + j, "Hide Caption ", 13)) continue;
        bool d2;
        int32_t prev = caption_start(s, j, b, &d2);
        if (prev >= 0 && !d2 && prev < after) return after + repeated_title(s, prev, after, b);
        return after;
    }
    return after;
}

static int32_t caption_start(const char *s, int32_t i, int32_t b, bool *dash)
{
    static const char head[] = "Hide Caption ";
    *dash = false;
    int32_t k = i + (int32_t)(sizeof head - 1);
    if (k >= b || memcmp(s + i, head, sizeof head - 1)) return -1;
    int32_t d = k;
    while (d < b && ascii_digit(s[d])) d++;
    if (d == k || d + 4 > b || memcmp(s + d, " of ", 4)) return -1;
    k = d + 4;
    d = k;
    while (d < b && ascii_digit(s[d])) d++;
    if (d == k) return -1;
    int32_t after = d;
    for (int32_t j = d; j + 2 < b && j < d + 400; j++) {
        if ((unsigned char)s[j] == 0xE2 && (unsigned char)s[j + 1] == 0x80 &&
            ((unsigned char)s[j + 2] == 0x93 || (unsigned char)s[j + 2] == 0x94)) {
            *dash = true;
            return j + 3;
        }
        if (j > d && j + 13 <= b && !memcmp(s + j, "Hide Caption ", 13)) break;
        if (s[j] == '.' && s[j + 1] == ' ') break;  // (the dash of a caption's own sentence)
    }
    for (;;) {  // no dash: the caption after "Photos: Photos:"
        if (after < b && s[after] == ' ') after++;
        else if (after + 7 <= b && !memcmp(s + after, "Photos:", 7)) after += 7;
        else break;
    }
    return after;
}

// Scan the content s[a, b) of one line for sentence ends.
static void split_segment(splitter *sp, int32_t a, int32_t b)
{
    const char *s = sp->s;
    int32_t n = sp->n;
    if (sp->start < 0) {
        a = dyad__skip_blanks(s, a, b);
        if (a >= b) return;
        sp->start = a;
    }
    int32_t i = a;
    while (i < b) {
        unsigned char c = (unsigned char)s[i];
        int32_t cap = c == 'H' ? caption_header(s, i, b) : -1;
        if (cap >= 0) {  // a caption starts a sentence of its own
            if (sp->start >= 0 && sp->start < i) emit_span(sp, sp->start, i);
            sp->start = -1;
            int32_t st = dyad__skip_blanks(s, cap, b);
            if (st < b) sp->start = st;
            i = cap > i ? cap : i + 1;
            continue;
        }
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
        int32_t nx = dyad__skip_blanks(s, j, n);
        if (is_boundary(s, n, sp->start, t, tend, nx)) {
            emit_span(sp, sp->start, j);
            sp->start = -1;
            int32_t st = dyad__skip_blanks(s, j, b);
            if (st < b) sp->start = st;
        }
        i = j;
    }
    if (sp->start >= 0) sp->last = b;
}

// Does line l look like a heading, so that its line break ends a sentence?
static bool is_heading(const char *s, const line *l, bool para_first, const line *nx)
{
    if (!para_first || nx->kind != L_CONTENT) return false;
    int32_t len = l->b - l->a;
    if (len > 160) return false;
    char last = s[l->b - 1];
    if (!(ascii_alpha(last) || ascii_digit(last) || last == '>' || last == ')')) return false;
    bool quote;
    if (!dyad__starts_here(s, nx->a, nx->b, &quote) && s[nx->a] != '<') return false;
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
    return !dyad__word_in(s + w, l->b - w, dyad__lexicon_words(LEXT_FUNCTION_WORD));
}

// "- The government ...": a bullet opening a line.
static bool is_bullet(const char *s, int32_t a, int32_t b)
{
    int len;
    uint32_t c = dec(s, a, b, &len);
    if (c != '-' && c != '*' && c != 0x2022 && c != 0xB7 && c != 0x2013 && c != 0x2014) return false;
    int32_t j = a + len;
    if (j >= b || s[j] != ' ') return false;
    j = dyad__skip_blanks(s, j, b);
    return j < b && kind_of(dec(s, j, b, &len)) == K_UPPER;
}

int32_t dyad__text_split(arena *mem, const char *s, size_t n_in, text_span **out,
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
            int32_t ymd, d = dyad__dateline(s, cur.a, cur.b, &ymd);
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
        *out = dyad__arena_alloc(mem, (size_t)sp.nv * sizeof **out);
        memcpy(*out, sp.v, (size_t)sp.nv * sizeof **out);
    }
    free(sp.v);
    return sp.nv;
}
