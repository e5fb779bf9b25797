// tagger.h: the built-in parser's part-of-speech tagger, which knows the
// dictionaries.
//
// Closed-class words come from a small lexicon, numbers and punctuation go
// by shape, actor and agent words are nouns, capitalised words inside the
// sentence are proper nouns; the rest go by suffix, with noun/verb
// ambiguity settled by the words around (a determiner makes a noun, a modal
// a verb, a subject with no verb yet a finite verb). parse.c reads the tags.
#ifndef DYAD_TAGGER_H
#define DYAD_TAGGER_H

#include "lexicon.h"
#include "parse.h"

// Penn tags.
typedef enum ptag {
    P_NN, P_NNS, P_NNP, P_NNPS, P_JJ, P_JJR, P_JJS, P_RB, P_VB, P_VBD, P_VBG, P_VBN,
    P_VBP, P_VBZ, P_MD, P_DT, P_PDT, P_PRP, P_PRPS, P_IN, P_TO, P_CC, P_CD, P_POS,
    P_WDT, P_WP, P_WRB, P_EX, P_RP, P_COMMA, P_PERIOD, P_COLON, P_LQ, P_RQ, P_LRB,
    P_RRB, P_DOLLAR, P_SYM, P_HYPH, P_COUNT
} ptag;

static inline bool is_noun(uint8_t t) { return t <= P_NNPS; }
static inline bool is_verb(uint8_t t) { return t >= P_VB && t <= P_VBZ; }
static inline bool is_finite(uint8_t t)
{
    return t == P_VBD || t == P_VBZ || t == P_VBP || t == P_MD;
}
static inline bool is_adj(uint8_t t) { return t == P_JJ || t == P_JJR || t == P_JJS; }

// Lexicon flags of a word.
enum {
    L_BE = 1, L_HAVE = 2, L_DO = 4,   // auxiliaries
    L_SUB = 8,                         // subordinator: may open a clause
    L_PRT = 16,                        // may be a verb particle
    L_VERB = 32,                       // an open-class verb form we know
    L_PAST = 64, L_PART = 128,         // irregular past / participle
};

#define LEX_SLOTS 2048  // power of two, > 2 * lexicon entries

#define SUFFIX_MAX 32  // suffixes of a kind the tagger knows

typedef struct tagger {
    const dyad_dict *dict;
    const lex_entry *table;          // the lexicon's part-of-speech table
    int16_t lex[LEX_SLOTS];          // open addressing: lexicon index + 1
    uint8_t suffix_len[2][SUFFIX_MAX];  // bytes of each noun and adjective suffix
    // per sentence
    const text_token *toks;
    int32_t n;
    int8_t opening;                  // an opening phrase before the subject: 0 not yet known, 1 yes, -1 no
    uint8_t *tag;                    // ptag per token
    uint8_t *lflags;                 // lexicon flags per token
    const struct lex_entry **lexe;   // lexicon entry per token, or NULL
    uint32_t *id;                    // dictionary word id per token
    size_t *low_at;                  // where each token's lower-case text starts in low
    size_t cap;                      // room in the per-token arrays
    char *low;                       // the tokens' lower-case texts, one after another
    size_t low_cap;
} tagger;

void dyad__tagger_init(tagger *tg, const dyad_dict *dict);
void dyad__tagger_free(tagger *tg);

// Tag the tokens of `in`: fills tg->tag and tg->lflags for tokens [0, n).
void dyad__tagger_run(tagger *tg, const parse_input *in);

// Is token i of toks[0, n) the word w (lower-case ASCII), in any case?
static inline bool token_is(const text_token *toks, int32_t n, int32_t i, const char *w)
{
    return i >= 0 && i < n && dyad__word_is(toks[i].norm, w);
}

#endif
