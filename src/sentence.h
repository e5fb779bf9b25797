// sentence.h: a sentence on its way through the coder.
//
// The parse tree is flattened into a list of items: words, and the open and
// close marks of phrases. Noun phrases that can name an actor become NE
// phrases; coordinated noun phrases become NEC phrases holding one NE per
// member. Verb phrases keep their marks so a verb's reach is known.
#ifndef DYAD_SENTENCE_H
#define DYAD_SENTENCE_H

#include "dict.h"
#include "tree.h"

typedef enum item_kind { IT_WORD, IT_OPEN, IT_CLOSE } item_kind;
typedef enum phrase_kind {
    PH_OTHER, PH_NE, PH_NEC, PH_VP, PH_S, PH_SBAR,
    PH_REL,   // a relative clause whose subject is the noun phrase before it
} phrase_kind;

typedef struct item {
    uint8_t kind;      // item_kind
    uint8_t phrase;    // phrase_kind, for OPEN/CLOSE
    uint8_t tag;       // tag_class of a word
    bool vbn;
    int32_t mate;      // OPEN <-> CLOSE
    int32_t ne;        // NE/NEC index for their marks, else -1
    uint32_t word;     // interned upper-case id (0 = not in any dictionary)
    int32_t leaf;      // word: leaf index in the tree
} item;

typedef struct ne_phrase {
    int32_t open, close;   // item indices
    bool compound;         // NEC
    int32_t nec;           // NE inside an NEC: the NEC's index, else -1
    // coding
    const char *code;      // "---" when nothing matched (may hold '/')
    const char *entry;     // "file:line" of the actor entry, or NULL
    bool person;           // coded by an actor entry with dated codes (a person)
    bool thing;            // holds an actor word but its head is a thing
    bool neuter;           // "it" taken for the story's state or body
    bool named;            // coded from an actor entry (not agents alone)
    bool place;            // coded from an entry of a country or place
    bool own_name;         // its last word is its actor entry's own ("the United
                           // States"), not a demonym ("the Palestinians")
    bool inferred;         // its code came from the story (country or pronoun)
    bool acts;             // a thing that is an act of a named actor ("Israeli
                           // airstrikes"): may be a verb's default source
    bool fires;            // a weapon of a named actor ("Hamas rockets"): may be
                           // the source of an act of force (17x-20x)
    bool located;          // a thing in an actor's place ("a camp in Gaza"):
                           // coded, but never a default source
    bool described;        // a description of actors named before ("the two
                           // countries", "the alliance"), or a member of one
    bool role_named;       // a name no entry knows, coded by the role named with
                           // it ("Sue Payne, a conservative activist,", "Judge
                           // Emmet Sullivan"): its last name may name it again
    slice surname;         // a person's last name word, when named in full
    int32_t first_leaf, last_leaf;
} ne_phrase;

// story names: a person named in full earlier in the story, by last name
// ("Kellyanne Conway" ... "Conway said").
typedef struct story_name {
    char surname[48];
    char code[64];
    char entry[512];
} story_name;

// story references: the actors the story has named, newest last, for the
// descriptions that refer back to them ("the two countries", "the alliance").
typedef struct story_ref {
    char code[64];
    char entry[512];
    int32_t seq;           // when it was last named (0: never)
} story_ref;

// The kinds of organisation a description can refer to.
typedef enum ref_body { REF_IGO, REF_NGO, REF_ARMED, REF_N_BODIES } ref_body;

#define STORY_GROUP_MAX 6  // the most members "all" or "the six" stands for

typedef struct story_refs {
    story_ref state[2];    // the last two distinct states (3-letter codes)
    story_ref person[2];   // the last two distinct people
    story_ref actor[2];    // the last two distinct actors of any kind
    story_ref body[REF_N_BODIES];  // the last organisation of each kind
    story_ref they[2];     // the last subject that joined two actors, for
                           // "they"; cleared by a later subject of one actor
    story_ref group[STORY_GROUP_MAX];  // the members of the last subject that
    int n_group;           // joined two to six actors, for "all", "the
                           // three"; cleared like they
    story_ref north, south;  // the last state of a divided country named
                           // ("North Korea"; "South Korea", "South Sudan"),
                           // for "the North" and "the South"
    int32_t seq;           // mentions counted so far
    struct {
        char code[8];      // a state and a sector ("CHNBUS" of "four Chinese
        int32_t sentence;  // companies"), the last of its sector, for "the
    } kind[8];             // companies" in the next sentences
} story_refs;

typedef struct leaf {
    slice text;            // the word as in the input
    uint32_t id;           // interned upper-case id, 0 if unknown
    uint8_t tag;
    int32_t offset;        // byte offset in the story text, -1 unknown
    int32_t end;           // end of the word there
} leaf;

typedef struct sentence {
    arena *mem;
    const dyad_dict *dict;
    ptree tree;
    leaf *leaves;
    int32_t n_leaves;
    item *items;
    int32_t n_items, cap_items;
    ne_phrase *nes;
    int32_t n_nes, cap_nes;
    int32_t date;
    uint8_t *nec_mark;     // per tree node: coordinated NP
    int ne_depth;          // while flattening: inside an NE
    bool relatives;        // flatten: relative clauses as phrases (PH_REL)
    bool be_forms;         // passives: after any form of "be" (news), not only
                           // PETRARCH's was/is/been
    const char *topic;     // code of the story's last subject person, or NULL
    const char *topic_entry;
    const char *thing;     // code of the story's last subject state or body, or NULL
    const char *thing_entry;
    const char *act_owner;     // whose "move" a reaction is aimed at: the source of the
    const char *act_owner_entry;  // story's last act that is no reaction, else its last subject
    const story_name *names;  // the story's people by last name, newest last
    int32_t n_names;
    const story_refs *refs;  // actors named before, for descriptions, or NULL
} sentence;

// Is NE e one pronoun alone ("he", "it", "we")?
static inline bool dyad__ne_pronoun(const sentence *s, const ne_phrase *e)
{
    return e->first_leaf >= 0 && e->first_leaf == e->last_leaf && s->leaves[e->first_leaf].tag == TAG_PRP;
}

// flatten.c
void dyad__sentence_flatten(sentence *s);
bool dyad__sentence_is_dateline(const sentence *s);
void dyad__sentence_delete_commas(sentence *s, const dyad_options *o);

// actors.c
void dyad__sentence_code_actors(sentence *s, const dyad_options *o);
const char *dyad__code_leaves(sentence *s, int32_t first, int32_t last, bool heads,
                              const char **entry);

// Upper-case word id of a leaf text in `dict`, 0 if the dictionary never
// saw the word.
uint32_t dyad__word_id(const dyad_dict *d, slice w);

#endif
