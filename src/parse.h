// parse.h: sentences of raw text -> Penn-style trees for the coder.
//
// A parser is a pair of functions behind parser_ops, so another parser can
// be plugged in; the coder only ever sees the ptree it fills. The built-in
// one (parse.c) is a tagger and clause/phrase parser that knows the
// dictionaries: words of actor and agent phrases are nouns, verb-dictionary
// words are verbs when their context allows, closed-class words come from a
// small lexicon and unknown capitalised words are proper nouns.
#ifndef DYAD_PARSE_H
#define DYAD_PARSE_H

#include "dict.h"
#include "text.h"
#include "tree.h"

typedef struct parse_input {
    const text_token *toks;
    int32_t n;
    const dyad_dict *dict;
    const uint32_t *ids;   // dictionary word id per token, or NULL (looked up)
} parse_input;

typedef struct parser_ops {
    const char *name;
    void *(*create)(const dyad_dict *dict);
    void (*destroy)(void *state);
    // Fill `out` (nodes allocated with VEC_RESERVE, words pointing at the
    // tokens' norm text, leaf_index = token index). Returns 0 or < 0.
    int (*parse)(void *state, const parse_input *in, ptree *out, dyad_error *err);
} parser_ops;

extern const parser_ops dyad__parser_builtin;

#endif
