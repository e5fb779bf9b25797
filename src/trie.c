// trie.c: word tries keyed by (node, word id) in one hash table, and the
// walks that match a text's words against them.
#include "trie.h"

#include <stdlib.h>
#include <string.h>

void dyad__trie_init(trie *t)
{
    memset(t, 0, sizeof *t);
    t->n_slots = 256;
    t->keys = dyad__xcalloc(t->n_slots, sizeof *t->keys);
    t->vals = dyad__xcalloc(t->n_slots, sizeof *t->vals);
    VEC_RESERVE(t->nodes, t->cap_nodes, 1);
    t->nodes[0] = (trie_node){.value = -1};
    t->n_nodes = 1;
}

void dyad__trie_dispose(trie *t)
{
    free(t->nodes);
    free(t->keys);
    free(t->vals);
    free(t->stem_pairs);
    free(t->first_pairs);
    memset(t, 0, sizeof *t);
}

static uint64_t trie_key(int32_t node, uint32_t word)
{
    return ((uint64_t)(uint32_t)node << 32 | word) + 1;  // never 0
}

static size_t trie_slot(uint64_t key, size_t n_slots)
{
    uint64_t h = key * 0x9E3779B97F4A7C15ULL;
    return (size_t)(h >> 17) & (n_slots - 1);
}

int32_t dyad__trie_child(const trie *t, int32_t node, uint32_t word)
{
    if (!t->keys) return -1;
    uint64_t key = trie_key(node, word);
    size_t mask = t->n_slots - 1;
    for (size_t i = trie_slot(key, t->n_slots);; i = (i + 1) & mask) {
        if (t->keys[i] == key) return t->vals[i];
        if (!t->keys[i]) return -1;
    }
}

static void trie_put(trie *t, uint64_t key, int32_t val)
{
    size_t mask = t->n_slots - 1;
    size_t i = trie_slot(key, t->n_slots);
    while (t->keys[i]) i = (i + 1) & mask;
    t->keys[i] = key;
    t->vals[i] = val;
}

static void trie_grow(trie *t)
{
    uint64_t *keys = t->keys;
    int32_t *vals = t->vals;
    size_t n = t->n_slots;
    t->n_slots *= 2;
    t->keys = dyad__xcalloc(t->n_slots, sizeof *t->keys);
    t->vals = dyad__xcalloc(t->n_slots, sizeof *t->vals);
    for (size_t i = 0; i < n; i++)
        if (keys[i]) trie_put(t, keys[i], vals[i]);
    free(keys);
    free(vals);
}

static int32_t trie_new_node(trie *t)
{
    VEC_RESERVE(t->nodes, t->cap_nodes, t->n_nodes + 1);
    t->nodes[t->n_nodes] = (trie_node){.value = -1};
    return (int32_t)t->n_nodes++;
}

static int32_t trie_step(trie *t, int32_t node, uint32_t word)
{
    int32_t c = dyad__trie_child(t, node, word);
    if (c >= 0) return c;
    c = trie_new_node(t);
    if ((t->n_used + 1) * 2 > t->n_slots) trie_grow(t);
    trie_put(t, trie_key(node, word), c);
    t->n_used++;
    return c;
}

#define STEM_BIT 0x80000000u

// The pair of a key's first two bytes, as a bit index.
static unsigned key_pair(const char *key)
{
    return (unsigned)(unsigned char)key[0] << 8 | (unsigned char)key[1];
}

static void set_pair(uint64_t **bits, bool *short_key, const char *key)
{
    if (!key[0] || !key[1]) {
        *short_key = true;
        return;
    }
    if (!*bits) *bits = dyad__xcalloc(1024, sizeof **bits);
    unsigned pair = key_pair(key);
    (*bits)[pair >> 6] |= 1ULL << (pair & 63);
}

// Can a key in `bits` begin as `word` does? (An ASCII word's key is its bytes
// upper-cased; a word of one byte or beginning otherwise is not ruled out.)
static bool pair_may(const uint64_t *bits, bool short_key, slice word)
{
    if (short_key || word.n < 2) return true;
    if (!bits) return false;
    unsigned char a = (unsigned char)word.p[0], b = (unsigned char)word.p[1];
    // (a combining mark after the second letter changes the key's second
    // byte: "Me\u0301decins" has the key "MÉDECINS")
    if (a >= 0x80 || b >= 0x80 || (word.n > 2 && (unsigned char)word.p[2] >= 0x80)) return true;
    unsigned pair = (unsigned)(unsigned char)dyad__ascii_upper((char)a) << 8 |
                    (unsigned char)dyad__ascii_upper((char)b);
    return bits[pair >> 6] >> (pair & 63) & 1;
}

bool dyad__trie_may_start(const trie *t, slice word)
{
    return pair_may(t->first_pairs, t->short_first, word) ||
           (t->nodes[0].has_stems && pair_may(t->stem_pairs, t->short_stem, word));
}

int dyad__trie_stem_children(const trie *t, const interner *in, int32_t node, slice word,
                       int32_t *out, int max)
{
    if (!t->nodes[node].has_stems) return 0;
    // most words begin with two bytes no stem begins with: no look-ups
    if (!pair_may(t->stem_pairs, t->short_stem, word)) return 0;
    // no stem is longer than max_stem bytes, so a long token costs no more
    // than a short one here
    uint32_t ids[64];
    size_t top = dyad__intern_find_prefixes(in, word.p, word.n, ids,
                                            t->max_stem < 64 ? t->max_stem : 64);
    int k = 0;
    for (size_t len = 1; len <= top && k < max; len++) {
        if (!ids[len - 1]) continue;
        int32_t c = dyad__trie_child(t, node, ids[len - 1] | STEM_BIT);
        if (c >= 0) out[k++] = c;
    }
    for (size_t len = 65; len <= t->max_stem && len <= word.n && k < max; len++) {
        uint32_t id = dyad__intern_find(in, word.p, len);  // stems over 64 bytes: rare
        int32_t c = id ? dyad__trie_child(t, node, id | STEM_BIT) : -1;
        if (c >= 0) out[k++] = c;
    }
    return k;
}

int32_t dyad__trie_insert(trie *t, interner *in, const uint32_t *words, size_t n,
                    const char *last_stem)
{
    int32_t node = 0;
    for (size_t i = 0; i < n; i++) node = trie_step(t, node, words[i]);
    if (n) set_pair(&t->first_pairs, &t->short_first, dyad__intern_str(in, words[0]));
    size_t depth = n + (last_stem != NULL);
    if (depth > t->max_depth) t->max_depth = depth;
    if (last_stem) {
        t->nodes[node].has_stems = true;
        uint32_t id = dyad__intern(in, last_stem, strlen(last_stem));
        const char *key = dyad__intern_str(in, id);
        size_t n_stem = strlen(key);   // its key's length
        if (n_stem > t->max_stem) t->max_stem = n_stem;
        set_pair(&t->stem_pairs, &t->short_stem, key);
        node = trie_step(t, node, id | STEM_BIT);
    }
    return node;
}

void dyad__trie_mark_gaps(trie *t, const uint32_t *words, const bool *gaps, size_t n)
{
    int32_t node = 0;
    for (size_t i = 0; i < n && node >= 0; i++) {
        int32_t child = dyad__trie_child(t, node, words[i]);
        if (child < 0) return;
        if (i > 0 && gaps[i]) {
            t->nodes[child].gap = true;
            t->nodes[node].gap_kids = true;
        }
        node = child;
    }
}

// ---------------------------------------------------------------- walks

void dyad__trie_walk(const trie *t, const interner *in, const uint32_t *ids, const slice *texts,
                     int32_t n, int32_t i, trie_hit_fn fn, void *ctx)
{
    int32_t node = 0;
    for (int32_t j = i; j < n; j++) {
        int32_t stems[8];  // a stem may end the phrase here
        int ns = dyad__trie_stem_children(t, in, node, texts[j], stems, 8);
        for (int k = 0; k < ns; k++)
            if (t->nodes[stems[k]].value >= 0) fn(ctx, t->nodes[stems[k]].value, j);
        if (!ids[j]) return;
        node = dyad__trie_child(t, node, ids[j]);
        if (node < 0) return;
        if (t->nodes[node].value >= 0) fn(ctx, t->nodes[node].value, j);
    }
}

// Phrases written with blanks ("CARAS GALADHON") may have other words
// between their words: a depth-first walk over the NE's words.
// `budget` bounds the walk, so repeated words cannot make it explode.
static void gap_walk(const trie *t, const uint32_t *words, int32_t n, int32_t node, int32_t j,
                     int32_t start, int32_t *best, int32_t *best_len, int *budget)
{
    for (int32_t k = j; k < n && --*budget > 0; k++) {
        if (k > j && !t->nodes[node].gap_kids) break;
        if (!words[k]) continue;
        int32_t c = dyad__trie_child(t, node, words[k]);
        if (c < 0 || (k > j && !t->nodes[c].gap)) continue;
        if (t->nodes[c].value >= 0 && k - start + 1 > *best_len) {
            *best = t->nodes[c].value;
            *best_len = k - start + 1;
        }
        gap_walk(t, words, n, c, k + 1, start, best, best_len, budget);
    }
}

void dyad__trie_gap_walk(const trie *t, const uint32_t *words, int32_t n, int32_t i,
                         int32_t *best, int32_t *best_len)
{
    int32_t node = words[i] ? dyad__trie_child(t, 0, words[i]) : -1;
    int budget = 4096;
    if (node >= 0 && t->nodes[node].gap_kids)
        gap_walk(t, words, n, node, i + 1, i, best, best_len, &budget);
}
