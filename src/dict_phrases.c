// dict_phrases.c: discard and issue dictionaries: plain phrases matched
// against the words of the text.
//
// Discards: "PHRASE" (sentence) or "+PHRASE" (whole story). A phrase ending
//           in '_' must end at a word boundary; otherwise its last word is a
//           stem.
// Issues:   "PHRASE [CODE]" with expansions n:WORD (noun and plural),
//           v:WORD (verb forms), A+B (A B, A-B and AB), and "~PHRASE" lines
//           that cancel issue coding.
#include <stdlib.h>
#include <string.h>

#include "dict.h"

#define MAX_WORDS 32

static size_t split_text_words(const char *s, size_t n, slice *out, size_t max)
{
    size_t k = 0, i = 0;
    while (i < n) {
        while (i < n && (dyad__is_space((unsigned char)s[i]) || s[i] == '_')) i++;
        size_t start = i;
        while (i < n && !dyad__is_space((unsigned char)s[i]) && s[i] != '_') i++;
        if (i > start && k < max) out[k++] = (slice){s + start, i - start};
    }
    return k;
}

static int32_t add_phrase(dict_reader *r, trie *t, const char *text, size_t n,
                          phrase_entry e, bool stem_last)
{
    dyad_dict *d = r->dict;
    slice w[MAX_WORDS];
    size_t k = split_text_words(text, n, w, MAX_WORDS);
    if (!k || k == MAX_WORDS) {
        dyad__dict_error(r, "bad phrase '%.*s'", (int)n, text);
        return -1;
    }
    uint32_t ids[MAX_WORDS];
    for (size_t i = 0; i < k; i++) ids[i] = dyad__intern(d->words, w[i].p, w[i].n);
    const char *stem = NULL;
    size_t exact = k;
    if (stem_last) {
        char *up = dyad__arena_strndup(&d->mem, w[k - 1].p, w[k - 1].n);
        for (char *c = up; *c; c++) *c = dyad__ascii_upper(*c);
        stem = up;
        exact = k - 1;
    }
    int32_t node = dyad__trie_insert(t, d->words, ids, exact, stem);
    e.file = r->file;
    e.line = r->line;
    VEC_RESERVE(d->phrases, d->cap_phrases, d->n_phrases + 1);
    d->phrases[d->n_phrases] = e;
    t->nodes[node].value = (int32_t)d->n_phrases++;
    return node;
}

int dyad__dict_load_discards(dict_reader *r, char *text, size_t len)
{
    dyad_dict *d = r->dict;
    char *cur = text, *end = text + len;
    const char *line;
    size_t n;
    bool in_comment = false;
    while (dyad__next_line(&cur, end, &line, &n)) {
        r->line++;
        slice s = dyad__dict_clean_line(line, n, &in_comment);
        if (!s.n) continue;
        phrase_entry e = {0};
        if (s.p[0] == '+') {
            e.story = true;
            s.p++, s.n--;
        }
        bool exact = s.n && s.p[s.n - 1] == '_';
        if (exact) s.n--;
        e.text = dyad__dict_strdup(d, s.p, s.n);
        if (add_phrase(r, &d->discards, s.p, s.n, e, !exact) >= 0) d->n_discards++;
    }
    return r->errors;
}

// ---------------------------------------------------------------- issues

typedef struct variants {
    strbuf *v;
    size_t n, cap;
} variants;

static void variants_push(variants *vs, const char *s, size_t n)
{
    VEC_RESERVE(vs->v, vs->cap, vs->n + 1);
    vs->v[vs->n] = (strbuf)STRBUF_INIT;
    dyad__sb_put(&vs->v[vs->n], s, n);
    vs->n++;
}

static void variants_dispose(variants *vs)
{
    for (size_t i = 0; i < vs->n; i++) dyad__sb_dispose(&vs->v[i]);
    free(vs->v);
}

// Forms one issue word expands to.
static size_t word_forms(const char *w, size_t n, strbuf out[4])
{
    for (int i = 0; i < 4; i++) dyad__sb_clear(&out[i]);
    if (n > 2 && (w[0] == 'n' || w[0] == 'N') && w[1] == ':') {
        dyad__sb_put(&out[0], w + 2, n - 2);
        char up[128];
        size_t k = n - 2 < sizeof up ? n - 2 : sizeof up - 1;
        for (size_t i = 0; i < k; i++) up[i] = dyad__ascii_upper(w[2 + i]);
        dyad__dict_regular_plurals(up, k, &out[1]);
        return 2;
    }
    if (n > 2 && (w[0] == 'v' || w[0] == 'V') && w[1] == ':') {
        const char *b = w + 2;
        size_t k = n - 2;
        bool e = dyad__ascii_upper(b[k - 1]) == 'E';
        dyad__sb_put(&out[0], b, k);
        dyad__sb_put(&out[1], b, k), dyad__sb_putc(&out[1], 'S');
        dyad__sb_put(&out[2], b, k), dyad__sb_puts(&out[2], e ? "D" : "ED");
        dyad__sb_put(&out[3], b, e ? k - 1 : k), dyad__sb_puts(&out[3], "ING");
        return 4;
    }
    const char *plus = memchr(w, '+', n);
    if (plus && plus > w && plus < w + n - 1) {
        size_t a = (size_t)(plus - w);
        dyad__sb_put(&out[0], w, a), dyad__sb_putc(&out[0], ' '), dyad__sb_put(&out[0], plus + 1, n - a - 1);
        dyad__sb_put(&out[1], w, a), dyad__sb_putc(&out[1], '-'), dyad__sb_put(&out[1], plus + 1, n - a - 1);
        dyad__sb_put(&out[2], w, a), dyad__sb_put(&out[2], plus + 1, n - a - 1);
        return 3;
    }
    dyad__sb_put(&out[0], w, n);
    return 1;
}

// Expand every word of the phrase into the cross product of its forms.
static void expand_issue(slice phrase, variants *out)
{
    variants cur = {0};
    variants_push(&cur, "", 0);
    slice w[MAX_WORDS];
    size_t k = split_text_words(phrase.p, phrase.n, w, MAX_WORDS);
    strbuf forms[4] = {STRBUF_INIT, STRBUF_INIT, STRBUF_INIT, STRBUF_INIT};
    for (size_t i = 0; i < k; i++) {
        size_t nf = word_forms(w[i].p, w[i].n, forms);
        variants next = {0};
        for (size_t a = 0; a < cur.n && next.n < 64; a++)
            for (size_t f = 0; f < nf; f++) {
                strbuf b = STRBUF_INIT;
                dyad__sb_put(&b, cur.v[a].p, cur.v[a].n);
                if (b.n) dyad__sb_putc(&b, ' ');
                dyad__sb_put(&b, forms[f].p, forms[f].n);
                variants_push(&next, b.p, b.n);
                dyad__sb_dispose(&b);
            }
        variants_dispose(&cur);
        cur = next;
    }
    for (int i = 0; i < 4; i++) dyad__sb_dispose(&forms[i]);
    *out = cur;
}

static void issue_line(dict_reader *r, slice s, const char *category)
{
    dyad_dict *d = r->dict;
    phrase_entry e = {0};
    if (s.p[0] == '~') {
        e.ignore = true;
        while (s.n && s.p[0] == '~') s.p++, s.n--;
    } else {
        const char *open = memchr(s.p, '[', s.n);
        const char *close = open ? memchr(open, ']', (size_t)(s.p + s.n - open)) : NULL;
        if (!open && category) {  // the enclosing <ISSUE CATEGORY="..."> is the code
            e.code = category;
        } else if (!open || !close || close == open + 1) {
            dyad__dict_error(r, "issue phrase without a [CODE] outside an <ISSUE CATEGORY>");
            return;
        } else {
            e.code = dyad__dict_strdup(d, open + 1, (size_t)(close - open - 1));
            s.n = (size_t)(open - s.p);
        }
        while (s.n && dyad__is_space((unsigned char)s.p[s.n - 1])) s.n--;
    }
    if (!s.n) {
        dyad__dict_error(r, "empty issue phrase");
        return;
    }
    e.text = dyad__dict_strdup(d, s.p, s.n);
    variants vs;
    expand_issue(s, &vs);
    for (size_t i = 0; i < vs.n; i++) add_phrase(r, &d->issues, vs.v[i].p, vs.v[i].n, e, false);
    variants_dispose(&vs);
    d->n_issues++;
}

// The CATEGORY of an <ISSUE ...> tag, or NULL (also for </ISSUE>).
static const char *issue_category(dyad_dict *d, slice s)
{
    const char *key = "CATEGORY=\"";
    size_t kn = strlen(key);
    for (size_t i = 0; i + kn < s.n; i++) {
        if (memcmp(s.p + i, key, kn) != 0) continue;
        const char *v = s.p + i + kn;
        const char *q = memchr(v, '"', (size_t)(s.p + s.n - v));
        return q ? dyad__dict_strdup(d, v, (size_t)(q - v)) : NULL;
    }
    return NULL;
}

int dyad__dict_load_issues(dict_reader *r, char *text, size_t len)
{
    char *cur = text, *end = text + len;
    const char *line;
    size_t n;
    bool in_comment = false;
    const char *category = NULL;
    while (dyad__next_line(&cur, end, &line, &n)) {
        r->line++;
        slice s = dyad__dict_clean_line(line, n, &in_comment);
        if (!s.n) continue;
        if (s.p[0] == '<') {  // <ISSUE CATEGORY="X" ...> and </ISSUE>
            category = issue_category(r->dict, s);
            continue;
        }
        issue_line(r, s, category);
    }
    return r->errors;
}
