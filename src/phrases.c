// phrases.c: the discard and issue phrases found in the words of a sentence
// or story.
#include <stdlib.h>
#include <string.h>

#include "coder.h"

// Does the punctuation trimmed after a word end a phrase ("in dramatic
// fashion, weeks after" holds no FASHION_WEEK)?
static bool ends_phrase(const char *p, const char *end)
{
    for (; p < end; p++)
        if (*p == ',' || *p == ';' || *p == ':' || *p == '!' || *p == '?') return true;
    return false;
}

// The next word of t[*i..n): words are split at blanks, with punctuation
// trimmed at both ends; a word of punctuation only is no word. *stop: the
// punctuation after it ends a phrase.
static bool next_word(const char *t, size_t n, size_t *at, slice *w, bool *stop)
{
    size_t i = *at;
    while (i < n) {
        while (i < n && dyad__is_space((unsigned char)t[i])) i++;
        size_t a = i;
        while (i < n && !dyad__is_space((unsigned char)t[i])) i++;
        size_t b = i;
        while (a < b && !((t[a] | 32) >= 'a' && (t[a] | 32) <= 'z') && !(t[a] >= '0' && t[a] <= '9') && (unsigned char)t[a] < 0x80) a++;
        while (b > a && !((t[b - 1] | 32) >= 'a' && (t[b - 1] | 32) <= 'z') && !(t[b - 1] >= '0' && t[b - 1] <= '9') && t[b - 1] != '.' && (unsigned char)t[b - 1] < 0x80) b--;
        if (b > a) {
            *w = (slice){t + a, b - a};
            *stop = ends_phrase(t + b, t + i);
            *at = i;
            return true;
        }
    }
    *at = i;
    return false;
}

// Every phrase of trie t found in the words: calls fn for each.
typedef void (*phrase_fn)(void *ctx, const phrase_entry *e);

typedef struct phrase_walk {
    const dyad_dict *d;
    phrase_fn fn;
    void *ctx;
} phrase_walk;

static void on_phrase(void *ctx, int32_t value, int32_t last)
{
    phrase_walk *pw = ctx;
    pw->fn(pw->ctx, &pw->d->phrases[value]);
}

// The words are read through a window of WINDOW + depth words, depth being
// the longest phrase's length in words: a walk from a start in the first
// WINDOW words cannot read past the window, so the phrases found, and their
// order (by start, then shortest first), are those of the whole text, while
// memory stays fixed and time linear however long the text is.
#define WINDOW 4096
#define SMALL 512
#define UNKNOWN_ID UINT32_MAX  // a word not yet looked up

static void find_phrases(const dyad_dict *d, const trie *t, const char *text, size_t len,
                         phrase_fn fn, void *ctx)
{
    int32_t depth = (int32_t)t->max_depth;
    if (depth <= 0 || !len) return;  // no phrases
    int32_t cap = WINDOW + depth;
    // a text has at most len / 2 + 1 words and len + 1 words and phrase
    // ends: a sentence's fit on the stack
    slice w_small[SMALL];
    uint32_t id_small[SMALL];
    if (len + 2 < (size_t)cap) cap = (int32_t)(len + 2);
    bool small = cap <= SMALL;
    slice *w = small ? w_small : dyad__xmalloc((size_t)cap * sizeof *w);
    uint32_t *id = small ? id_small : dyad__xmalloc((size_t)cap * sizeof *id);
    phrase_walk pw = {d, fn, ctx};
    int32_t n = 0;
    size_t at = 0;
    bool stop = false;
    for (;;) {
        bool more;
        if (stop) {  // a word no phrase holds, where punctuation ends one
            more = true;
            w[n] = (slice){",", 1};
            stop = false;
        } else {
            more = next_word(text, len, &at, &w[n], &stop);
        }
        if (more) id[n++] = UNKNOWN_ID;
        if (more && n < cap) continue;
        int32_t starts = more ? cap - depth : n;
        // a word is looked up only when a phrase may start at it or at one
        // of the depth - 1 words before it (a walk reads no further)
        for (int32_t i = 0, known = 0; i < starts; i++) {
            if (!dyad__trie_may_start(t, w[i])) continue;
            if (known < i) known = i;
            for (; known < n && known < i + depth; known++)
                if (id[known] == UNKNOWN_ID) id[known] = dyad__intern_find(d->words, w[known].p, w[known].n);
            dyad__trie_walk(t, d->words, id, w, n, i, on_phrase, &pw);
        }
        if (!more) break;
        memmove(w, w + starts, (size_t)depth * sizeof *w);
        memmove(id, id + starts, (size_t)depth * sizeof *id);
        n = depth;
    }
    if (!small) {
        free(w);
        free(id);
    }
}

typedef struct discard_hit {
    const phrase_entry *story, *sentence;
} discard_hit;

static void on_discard(void *ctx, const phrase_entry *e)
{
    discard_hit *h = ctx;
    if (e->story && !h->story) h->story = e;
    if (!e->story && !h->sentence) h->sentence = e;
}

typedef struct issue_tally {
    const char *codes[32];
    int counts[32];
    int n;
    bool ignore;
} issue_tally;

static void on_issue(void *ctx, const phrase_entry *e)
{
    issue_tally *t = ctx;
    if (e->ignore) {
        t->ignore = true;
        return;
    }
    for (int i = 0; i < t->n; i++)
        if (!strcmp(t->codes[i], e->code)) {
            t->counts[i]++;
            return;
        }
    if (t->n < 32) {
        t->codes[t->n] = e->code;
        t->counts[t->n++] = 1;
    }
}

void dyad__find_discards(const dyad_dict *d, const char *text, size_t len,
                         const phrase_entry **story, const phrase_entry **sent)
{
    discard_hit hit = {0};
    find_phrases(d, &d->discards, text, len, on_discard, &hit);
    *story = hit.story;
    *sent = hit.sentence;
}

const char *dyad__issues_of(arena *mem, const dyad_dict *d, const char *text, size_t len)
{
    issue_tally t = {0};
    find_phrases(d, &d->issues, text, len, on_issue, &t);
    if (t.ignore || !t.n) return "";
    strbuf b = STRBUF_INIT;
    for (int i = 0; i < t.n; i++) dyad__sb_printf(&b, "%s%s %d", i ? ", " : "", t.codes[i], t.counts[i]);
    const char *out = dyad__arena_strndup(mem, b.p, b.n);
    dyad__sb_dispose(&b);
    return out;
}
