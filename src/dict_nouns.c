// dict_nouns.c: dyad's noun dictionary, nouns that name events ("strikes on
// Kyiv", "talks with Beijing", "the arrest of X by police").
//
// One entry a line:
//     FORM [FORM ...] [CODE] TARGET-PREPOSITIONS [; SOURCE-PREPOSITIONS]
// FORMs are the noun's forms, singular and plural written out; a form of
// several words joins them with '_' and its last word is the head
// (DRONE_STRIKES: "drone" must stand right before "strikes"); the longest
// form wins. CODE is a CAMEO code or a pair A:B (A source->target, B back,
// as for verbs: 042:043 for visits). The prepositions after the code give
// the target ("strikes on X"); those after ';' give the source besides
// "by", which always does ("the visit of X to Y": VISIT [042:043] to ; of).
// Prepositions: on against with to of into from at over by for in between.
// '#' starts a comment.
#include <string.h>

#include "cameo.h"
#include "dict.h"

static const struct {
    const char *word;
    uint32_t bit;
} preps[] = {
    {"ON", NOUN_P_ON},           {"AGAINST", NOUN_P_AGAINST}, {"WITH", NOUN_P_WITH},
    {"TO", NOUN_P_TO},           {"OF", NOUN_P_OF},           {"INTO", NOUN_P_INTO},
    {"FROM", NOUN_P_FROM},       {"AT", NOUN_P_AT},           {"OVER", NOUN_P_OVER},
    {"BY", NOUN_P_BY},           {"FOR", NOUN_P_FOR},         {"IN", NOUN_P_IN},
    {"BETWEEN", NOUN_P_BETWEEN},
};

uint32_t dyad__noun_prep_bit(const dyad_dict *d, uint32_t word)
{
    if (!word) return 0;
    for (size_t i = 0; i < sizeof preps / sizeof preps[0]; i++)
        if (d->noun_preps[i] == word) return preps[i].bit;
    return 0;
}

int32_t dyad__noun_first_form(const dyad_dict *d, uint32_t word)
{
    if (word >= d->noun_by_word_cap) return -1;
    return d->noun_by_word[word];
}

static bool code_ok(const char *code, size_t n)
{
    const char *colon = memchr(code, ':', n);
    if (!colon) return dyad_cameo_lookup(code, n) != NULL;
    size_t a = (size_t)(colon - code);
    return dyad_cameo_lookup(code, a) && dyad_cameo_lookup(colon + 1, n - a - 1);
}

// The prepositions of [p, end) as bits; false on a word that is none.
static bool read_preps(dict_reader *r, const char *p, const char *end, uint32_t *bits)
{
    *bits = 0;
    while (p < end) {
        while (p < end && dyad__is_space((unsigned char)*p)) p++;
        const char *w = p;
        while (p < end && !dyad__is_space((unsigned char)*p)) p++;
        if (p == w) break;
        uint32_t bit = 0;
        for (size_t i = 0; i < sizeof preps / sizeof preps[0] && !bit; i++)
            if ((size_t)(p - w) == strlen(preps[i].word) &&
                dyad__same_ci(w, preps[i].word, (size_t)(p - w)))
                bit = preps[i].bit;
        if (!bit) {
            dyad__dict_error(r, "'%.*s' is not a preposition of the noun dictionary", (int)(p - w),
                             w);
            return false;
        }
        *bits |= bit;
    }
    return true;
}

static void grow_by_word(dyad_dict *d, uint32_t w)
{
    if (w < d->noun_by_word_cap) return;
    size_t cap = d->noun_by_word_cap ? d->noun_by_word_cap : 1024;
    while (cap <= w) cap *= 2;
    d->noun_by_word = dyad__xrealloc(d->noun_by_word, cap * sizeof *d->noun_by_word);
    for (size_t i = d->noun_by_word_cap; i < cap; i++) d->noun_by_word[i] = -1;
    d->noun_by_word_cap = cap;
}

// The tagger reads the head as a noun (not WC_FIRST: it starts no mention).
static void mark_noun(dyad_dict *d, uint32_t w)
{
    if (w >= d->wclass_cap) {
        size_t cap = d->wclass_cap ? d->wclass_cap : 1024;
        while (cap <= w) cap *= 2;
        d->wclass = dyad__xrealloc(d->wclass, cap);
        memset(d->wclass + d->wclass_cap, 0, cap - d->wclass_cap);
        d->wclass_cap = cap;
    }
    d->wclass[w] |= WC_NOUN;
}

static bool same_form(const noun_form *f, const uint32_t *before, size_t n)
{
    return f->n_before == n && !memcmp(f->before, before, n * sizeof *before);
}

// One form ("DRONE_STRIKES") of entry `entry`.
static void add_form(dict_reader *r, const char *w, size_t n, uint32_t entry)
{
    dyad_dict *d = r->dict;
    uint32_t ids[NOUN_MAX_BEFORE + 2];
    size_t k = dyad__dict_words(d, w, n, ids, NOUN_MAX_BEFORE + 2);
    if (!k || k > NOUN_MAX_BEFORE + 1) {
        dyad__dict_error(r, "bad noun form '%.*s'", (int)n, w);
        return;
    }
    uint32_t head = ids[k - 1];
    grow_by_word(d, head);
    for (int32_t f = d->noun_by_word[head]; f >= 0; f = d->noun_forms[f].next)
        if (same_form(&d->noun_forms[f], ids, k - 1)) {
            const noun_entry *first = &d->noun_entries[d->noun_forms[f].entry];
            dyad__dict_note_dup(d, "noun", dyad__dict_strdup(d, w, n), r->file, r->line,
                                first->file, first->line);
            return;
        }
    VEC_RESERVE(d->noun_forms, d->cap_noun_forms, d->n_noun_forms + 1);
    noun_form *f = &d->noun_forms[d->n_noun_forms];
    memset(f, 0, sizeof *f);
    memcpy(f->before, ids, (k - 1) * sizeof *ids);
    f->n_before = (uint8_t)(k - 1);
    f->entry = entry;
    // longer forms first in the chain, so the first that fits is the longest
    int32_t *link = &d->noun_by_word[head];
    while (*link >= 0 && d->noun_forms[*link].n_before >= f->n_before)
        link = &d->noun_forms[*link].next;
    f->next = *link;
    *link = (int32_t)d->n_noun_forms++;
    mark_noun(d, head);
}

static void read_entry(dict_reader *r, slice s)
{
    dyad_dict *d = r->dict;
    const char *open = memchr(s.p, '[', s.n), *end = s.p + s.n;
    const char *close = open ? memchr(open, ']', (size_t)(end - open)) : NULL;
    if (!open || !close || open == s.p) {
        dyad__dict_error(r, "a noun entry is FORMS [CODE] PREPOSITIONS: '%.*s'", (int)s.n, s.p);
        return;
    }
    size_t cn = (size_t)(close - open - 1);
    if (!cn || !code_ok(open + 1, cn)) {
        dyad__dict_error(r, "'%.*s' is not a CAMEO event code", (int)cn, open + 1);
        return;
    }
    const char *semi = memchr(close, ';', (size_t)(end - close));
    noun_entry e = {.file = r->file, .line = r->line};
    if (!read_preps(r, close + 1, semi ? semi : end, &e.target)) return;
    if (semi && !read_preps(r, semi + 1, end, &e.source)) return;
    e.source |= NOUN_P_BY;
    e.code = dyad__dict_strdup(d, open + 1, cn);
    e.text = dyad__dict_strdup(d, s.p, s.n);
    uint32_t idx = (uint32_t)d->n_noun_entries;
    VEC_RESERVE(d->noun_entries, d->cap_noun_entries, d->n_noun_entries + 1);
    d->noun_entries[d->n_noun_entries++] = e;
    for (const char *p = s.p; p < open;) {
        while (p < open && dyad__is_space((unsigned char)*p)) p++;
        const char *w = p;
        while (p < open && !dyad__is_space((unsigned char)*p)) p++;
        if (p > w) add_form(r, w, (size_t)(p - w), idx);
    }
}

int dyad__dict_load_nouns(dict_reader *r, char *text, size_t len)
{
    // the prepositions are words of the dictionary, so the sentence's
    // leaves have their ids
    for (size_t i = 0; i < sizeof preps / sizeof preps[0]; i++)
        r->dict->noun_preps[i] = dyad__intern(r->dict->words, preps[i].word, strlen(preps[i].word));
    char *cur = text, *end = text + len;
    const char *line;
    size_t n;
    bool in_comment = false;
    while (dyad__next_line(&cur, end, &line, &n)) {
        r->line++;
        slice s = dyad__dict_clean_line(line, n, &in_comment);
        if (s.n) read_entry(r, s);
    }
    return r->errors;
}
