// dict.h: the in-memory dictionaries (private to the library).
//
// Every dictionary word is interned upper-case; phrases are sequences of
// word ids stored in one trie per dictionary kind, so matching a sentence
// is a walk over token ids with no string compares except for stems.
#ifndef DYAD_DICT_H
#define DYAD_DICT_H

#include "dyad.h"
#include "lexicon.h"
#include "trie.h"
#include "util.h"

// ---------------------------------------------------------------- actors

typedef struct actor_code {
    const char *code;
    int32_t from, to;     // inclusive YYYYMMDD range; 0 / 99999999 open
    int line;             // where it is written
    const char *note;     // the line's "; comment", or NULL (for dyad dict review)
    const char *country;  // the code's state ("IRN" of "IRNMIL"), or NULL
    const char *former;   // a leader's or elite's code after it ("USAELI" of
                          // "USAGOV" and of "USAELI"), or NULL
} actor_code;

typedef struct actor_entry {
    const char *name;     // the primary phrase, as written
    const char *file;
    int line;
    const char *default_code;  // may be NULL
    actor_code *codes;
    size_t n_codes;
    bool place;           // from a file of countries or places ("countries.actors.txt")
} actor_entry;

typedef struct agent_entry {
    const char *name;
    const char *file;
    int line;
    const char *code;     // without the ~
    bool prefix;          // "NGO~": put before the actor code
} agent_entry;

// ---------------------------------------------------------------- verbs

typedef enum pat_kind {
    PAT_WORD,      // a literal word
    PAT_SYNSET,    // &NAME: any of its phrases
    PAT_SOURCE,    // $
    PAT_TARGET,    // +
    PAT_COMPOUND,  // %: source and target together
    PAT_SKIP,      // ^: skip one noun phrase
} pat_kind;

typedef struct pat_elem {
    uint8_t kind;
    bool joined;   // joined to the next element by '_' (must be adjacent)
    uint32_t id;   // word id, or synset index
} pat_elem;

typedef struct verb_pattern {
    pat_elem *upper;   // before the verb, stored nearest-first
    size_t n_upper;
    pat_elem *lower;   // after the verb, in reading order
    size_t n_lower;
    const char *code;  // e.g. "042", "042:043", "---"
    const char *text;  // the pattern line as written
    const char *file;
    int line;
    int specificity;   // number of literal words; longer tried first
    uint64_t need_upper, need_lower;  // dyad__word_bit of each literal word per side
    uint64_t any_upper[3], any_lower[3];  // per synset: the bits of its members' first words
    uint8_t n_any_upper, n_any_lower;
} verb_pattern;

// One bit of 64 for a word id: a pattern whose literal words' bits are not
// all among a sentence side's bits cannot match there (a cheap pre-test).
static inline uint64_t dyad__word_bit(uint32_t id)
{
    return 1ULL << ((id * 0x9E3779B1u) >> 26);
}

typedef struct verb_block {
    const char *name;
    const char *code;      // the block's default code
    verb_pattern *patterns;
    size_t n_patterns, cap_patterns;
    const char *file;
    int line;
} verb_block;

// One verb form ("RESTORED", or "BROKE" of "BREAK_DOWN").
typedef struct verb_form {
    uint32_t block;        // index into blocks
    const char *base;      // the verb as written in the block
    const char *code;      // its own code, else the block's
    uint32_t *before;      // words of a multi-word verb before the verb word
    size_t n_before;
    uint32_t *after;       // ... and after it
    size_t n_after;
    int line;
    int32_t next;          // next form with the same verb word, or -1
} verb_form;

typedef struct synset {
    const char *name;
    uint32_t **phrases;
    size_t *lens;
    size_t n, cap;
    uint64_t first_bits, last_bits;  // dyad__word_bit of its members' first and last words
} synset;

// ---------------------------------------------------------------- nouns

// One noun form of the noun dictionary (dict_nouns.c): its head word, the
// words that must stand right before it ("DRONE" of DRONE_STRIKES), and its
// entry.
#define NOUN_MAX_BEFORE 3
typedef struct noun_form {
    uint32_t before[NOUN_MAX_BEFORE];
    uint8_t n_before;
    uint32_t entry;        // index into noun_entries
    int32_t next;          // next form with the same head word, or -1
} noun_form;

// Prepositions of a noun entry, as bits (NOUN_P_*).
enum {
    NOUN_P_ON = 1, NOUN_P_AGAINST = 2, NOUN_P_WITH = 4, NOUN_P_TO = 8, NOUN_P_OF = 16,
    NOUN_P_INTO = 32, NOUN_P_FROM = 64, NOUN_P_AT = 128, NOUN_P_OVER = 256, NOUN_P_BY = 512,
    NOUN_P_FOR = 1024, NOUN_P_IN = 2048, NOUN_P_BETWEEN = 4096,
};

typedef struct noun_entry {
    const char *text;      // the line as written
    const char *code;      // "195", "042:043"
    uint32_t target;       // prepositions whose object is the target
    uint32_t source;       // ... the source ("by" always is)
    const char *file;
    int line;
} noun_entry;

// ---------------------------------------------------------------- phrases

typedef struct phrase_entry {
    const char *text;
    const char *code;      // issue code; NULL for discards
    const char *file;
    int line;
    bool story;            // discard: the whole story
    bool ignore;           // issue: ~ phrase cancels issue coding
} phrase_entry;

struct dyad_dict {
    interner *words;
    lexicon lex;             // English word lists, interned first
    arena mem;

    trie actors;
    actor_entry *actor_entries;
    size_t n_actor_entries, cap_actor_entries;
    size_t n_actor_phrases;

    trie agents;
    agent_entry *agent_entries;
    size_t n_agent_entries, cap_agent_entries;

    verb_block *blocks;
    size_t n_blocks, cap_blocks;
    verb_form *forms;
    size_t n_forms, cap_forms;
    int32_t *form_by_word;   // word id -> first form, -1
    size_t form_by_word_cap;
    uint8_t *wclass;         // word id -> WC_* bits (what the parser may know)
    size_t wclass_cap;
    synset *synsets;
    size_t n_synsets, cap_synsets;
    size_t n_patterns, n_transforms;

    noun_entry *noun_entries;
    size_t n_noun_entries, cap_noun_entries;
    noun_form *noun_forms;
    size_t n_noun_forms, cap_noun_forms;
    int32_t *noun_by_word;   // head word id -> first noun form, -1
    size_t noun_by_word_cap;
    uint32_t noun_preps[16]; // word ids of the prepositions, in NOUN_P_* bit order

    dyad_dict_file *files;   // the files loaded, in load order
    size_t n_files, cap_files;

    trie discards;
    trie issues;
    phrase_entry *phrases;
    size_t n_phrases, cap_phrases;
    size_t n_discards, n_issues;
    size_t n_warnings;

    // found while loading, reported by dyad_dict_check: the same phrase
    // given twice (a later entry wins, as in PETRARCH)
    struct dict_dup {
        const char *what;          // "actor", "agent", "verb"
        const char *phrase;
        const char *file, *first_file;
        int line, first_line;
    } *dups;
    size_t n_dups, cap_dups;
};

void dyad__dict_note_dup(dyad_dict *d, const char *what, const char *phrase, const char *file,
                   int line, const char *first_file, int first_line);

// shared reading helpers (dict.c)
typedef struct dict_reader {
    dyad_dict *dict;
    const char *path;
    const char *file;     // arena copy of path
    int line;
    int errors;
    int warnings;
    dyad_diag_fn diag;
    void *ctx;
} dict_reader;

void dyad__dict_error(dict_reader *r, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
void dyad__dict_warn(dict_reader *r, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
// Strip '#' comments and <!-- --> lines; returns trimmed slice of the line.
slice dyad__dict_clean_line(const char *line, size_t n, bool *in_xml_comment);
// Split "A_B C" into word ids (upper-case); '_' and ' ' both separate.
// With `gaps`, gaps[i] tells whether a blank (not only '_') precedes word i.
size_t dyad__dict_words(dyad_dict *d, const char *s, size_t n, uint32_t *out, size_t max);
size_t dyad__dict_words_gaps(dyad_dict *d, const char *s, size_t n, uint32_t *out, bool *gaps,
                       size_t max);
const char *dyad__dict_strdup(dyad_dict *d, const char *s, size_t n);
const char *dyad__dict_upper_dup(dyad_dict *d, const char *s, size_t n);  // its key (unicode.h)
int32_t dyad__verb_first_form(const dyad_dict *d, uint32_t word);
// Does `word` begin with the stem of an actor phrase's first word
// ("ISRAELI" of ISRAEL*)? For the coder's skip test.
bool dyad__dict_actor_stem(const dyad_dict *d, slice word);

// Word classes the tagger reads: a word seen in an actor or agent phrase is
// a noun-phrase word; the first word of one starts a mention.
// A noun of the noun dictionary is a noun to the tagger ("withdrawal").
enum { WC_ACTOR = 1, WC_AGENT = 2, WC_FIRST = 4, WC_AGENT_HEAD = 8, WC_NOUN = 16 };
void dyad__dict_mark_words(dyad_dict *d, const uint32_t *words, size_t n, uint8_t bits);
static inline uint8_t dict_word_class(const dyad_dict *d, uint32_t word)
{
    return word < d->wclass_cap ? d->wclass[word] : 0;
}
void dyad__dict_regular_plurals(const char *w, size_t n, strbuf *out1);

int dyad__dict_load_verbs(dict_reader *r, char *text, size_t len);
int dyad__dict_load_actors(dict_reader *r, char *text, size_t len);
int dyad__dict_load_agents(dict_reader *r, char *text, size_t len);
int dyad__dict_load_discards(dict_reader *r, char *text, size_t len);
int dyad__dict_load_issues(dict_reader *r, char *text, size_t len);
int dyad__dict_load_nouns(dict_reader *r, char *text, size_t len);
// The first noun form with head word `word`, or -1.
int32_t dyad__noun_first_form(const dyad_dict *d, uint32_t word);
// The bit (NOUN_P_*) of a preposition's word id, 0 if it has none.
uint32_t dyad__noun_prep_bit(const dyad_dict *d, uint32_t word);

// Iterate the lines of `text`: sets *line/*n, returns false at the end.
bool dyad__next_line(char **cursor, char *end, const char **line, size_t *n);

#endif
