// phrases.c: the words of a sentence or story, and the discard and issue
// phrases found in them.
#include <string.h>

#include "coder.h"

// Split text into words at blanks, trimming punctuation at both ends.
text_words dyad__split_words(arena *mem, const dyad_dict *d, const char *t, size_t n)
{
    text_words tw;
    size_t max = n / 2 + 2;
    tw.w = dyad__arena_alloc(mem, max * sizeof *tw.w);
    tw.id = dyad__arena_alloc(mem, max * sizeof *tw.id);
    tw.n = 0;
    size_t i = 0;
    while (i < n) {
        while (i < n && dyad__is_space((unsigned char)t[i])) i++;
        size_t a = i;
        while (i < n && !dyad__is_space((unsigned char)t[i])) i++;
        size_t b = i;
        while (a < b && !((t[a] | 32) >= 'a' && (t[a] | 32) <= 'z') && !(t[a] >= '0' && t[a] <= '9') && (unsigned char)t[a] < 0x80) a++;
        while (b > a && !((t[b - 1] | 32) >= 'a' && (t[b - 1] | 32) <= 'z') && !(t[b - 1] >= '0' && t[b - 1] <= '9') && t[b - 1] != '.' && (unsigned char)t[b - 1] < 0x80) b--;
        if (b > a && (size_t)tw.n < max) {
            tw.w[tw.n] = (slice){t + a, b - a};
            tw.id[tw.n++] = dyad__intern_find(d->words, t + a, b - a);
        }
    }
    return tw;
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

static void find_phrases(const dyad_dict *d, const trie *t, const text_words *tw, phrase_fn fn,
                         void *ctx)
{
    phrase_walk pw = {d, fn, ctx};
    for (int32_t i = 0; i < tw->n; i++)
        dyad__trie_walk(t, d->words, tw->id, tw->w, tw->n, i, on_phrase, &pw);
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

void dyad__find_discards(const dyad_dict *d, const text_words *tw, const phrase_entry **story,
                         const phrase_entry **sent)
{
    discard_hit hit = {0};
    find_phrases(d, &d->discards, tw, on_discard, &hit);
    *story = hit.story;
    *sent = hit.sentence;
}

const char *dyad__issues_of(arena *mem, const dyad_dict *d, const text_words *tw)
{
    issue_tally t = {0};
    find_phrases(d, &d->issues, tw, on_issue, &t);
    if (t.ignore || !t.n) return "";
    strbuf b = STRBUF_INIT;
    for (int i = 0; i < t.n; i++) dyad__sb_printf(&b, "%s%s %d", i ? ", " : "", t.codes[i], t.counts[i]);
    const char *out = dyad__arena_strndup(mem, b.p, b.n);
    dyad__sb_dispose(&b);
    return out;
}
