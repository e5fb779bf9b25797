// trie.h: word tries (trie.c, private to the library).
//
// A phrase is a sequence of interned word ids; a trie holds the phrases of
// one dictionary kind. Children are found through one hash table keyed by
// (node, word id); a stem ("ISRAEL*") is an edge keyed by its interned id
// with the top bit set. A node's value is the index of the dictionary entry
// whose phrase ends there.
#ifndef DYAD_TRIE_H
#define DYAD_TRIE_H

#include "util.h"

typedef struct trie_node {
    int32_t value;        // payload index, -1 when no phrase ends here
    bool has_stems;       // some child is a stem edge (see dyad__trie_stem_children)
    bool gap;             // other words may stand before this node's word
    bool gap_kids;        // some child has `gap`
} trie_node;

// A word trie: children are found through one hash table keyed by
// (node, word id).
typedef struct trie {
    trie_node *nodes;
    size_t n_nodes, cap_nodes;
    uint64_t *keys;       // (node << 32 | word), 0 = empty
    int32_t *vals;
    size_t n_slots, n_used;
    size_t max_stem;      // bytes of the longest stem, bounding stem look-ups
    size_t max_depth;     // edges of the longest phrase (words, and its stem)
    uint64_t *stem_pairs; // 65536 bits: the first two key bytes of some stem
    bool short_stem;      // a stem of one byte: stem_pairs cannot rule out
    uint64_t *first_pairs; // 65536 bits: the first two key bytes of a phrase's first word
    bool short_first;     // a first word of one byte: first_pairs cannot rule out
} trie;

void dyad__trie_init(trie *t);
void dyad__trie_dispose(trie *t);
int32_t dyad__trie_child(const trie *t, int32_t node, uint32_t word);
// Children of `node` reached through a stem that `word` begins with (a stem
// is stored as an edge keyed by its interned id with the top bit set).
int dyad__trie_stem_children(const trie *t, const interner *in, int32_t node, slice word,
                       int32_t *out, int max);
// Insert a phrase; `stem_last` makes the last word a prefix match.
// Returns the end node; its value is set by the caller.
int32_t dyad__trie_insert(trie *t, interner *in, const uint32_t *words, size_t n,
                    const char *last_stem);

// Mark the path of an inserted phrase: word i may follow a gap.
void dyad__trie_mark_gaps(trie *t, const uint32_t *words, const bool *gaps, size_t n);

// The one stem-aware walk: the phrases of `t` that start at word i of a text
// (ids[j]: the interned id of word j, 0 if unknown; texts[j]: its text, for
// stems). At each word, first the stems its text begins with, then the word
// itself; `fn` gets the value of every phrase that ends on the way, and the
// index of its last word, shortest first.
typedef void (*trie_hit_fn)(void *ctx, int32_t value, int32_t last);
void dyad__trie_walk(const trie *t, const interner *in, const uint32_t *ids, const slice *texts,
                     int32_t n, int32_t i, trie_hit_fn fn, void *ctx);

// May a phrase of `t` start with this word of a text (its first word or a
// stem at the root)? False only when the word's first two bytes begin no
// such key: then the walk from it finds nothing, and the word need not be
// looked up unless a phrase that starts before it reaches it.
bool dyad__trie_may_start(const trie *t, slice word);

// Phrases written with blanks ("CARAS GALADHON") may have other words between
// their words: the longest such phrase starting at word i, if longer than
// *best_len, sets *best (its value) and *best_len (words from i to its last).
void dyad__trie_gap_walk(const trie *t, const uint32_t *words, int32_t n, int32_t i,
                         int32_t *best, int32_t *best_len);

#endif
