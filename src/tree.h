// tree.h: Penn Treebank parse trees.
#ifndef DYAD_TREE_H
#define DYAD_TREE_H

#include "dyad.h"
#include "util.h"

typedef enum tag_class {
    TAG_OTHER,
    TAG_ROOT,
    TAG_S,       // S, SINV, SQ, SBARQ
    TAG_SBAR,
    TAG_NP,      // NP, NX, NML, WHNP
    TAG_VP,
    TAG_PP,
    TAG_NOUN,    // NN NNS NNP NNPS
    TAG_PRP,     // pronouns
    TAG_VERB,    // VB VBD VBG VBN VBP VBZ
    TAG_CC,
    TAG_POS,
    TAG_JJ,      // JJ JJR JJS
    TAG_IN,
    TAG_DT,
    TAG_COMMA,
    TAG_COLON,   // ':' and '--'
    TAG_PUNCT,   // . `` '' etc.
} tag_class;

typedef struct tnode {
    slice label;          // the tag as written ("NP", "VBD")
    slice word;           // preterminals: the word; else {NULL, 0}
    uint8_t tag;          // tag_class
    bool is_vbn;
    int32_t parent, first, next;  // -1 when none
    int32_t pos;          // byte offset of '(' in the parse text
    int32_t leaf_index;   // preterminals: index among leaves, else -1
} tnode;

typedef struct ptree {
    tnode *nodes;
    int32_t n, cap;
    int32_t root;
    int32_t n_leaves;
} ptree;

#define TREE_MAX_NODES 20000
#define TREE_MAX_DEPTH 500

// Parse `s`. On error returns DYAD_ERR_SYNTAX and fills err with the line
// (counted from `first_line`) and column of the problem.
int dyad__tree_parse(ptree *t, arena *mem, const char *s, size_t n, const char *file,
               int first_line, dyad_error *err);

// Preterminal words in order, for texts and offsets.
static inline bool tnode_is_leaf(const tnode *n) { return n->word.p != NULL; }

#endif
