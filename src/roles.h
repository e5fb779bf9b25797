// roles.h: dyad's role rules for news (roles.c), each behind a dyad_options
// field: which sentences are worth parsing, which verbs report no act, where
// a coded verb's reach ends, which events an actor's own place or the press
// rules out, what a noun phrase's head makes it, and the story's topic
// person for later pronouns.
#ifndef DYAD_ROLES_H
#define DYAD_ROLES_H

#include "coder.h"

// Can these tokens give an event at all? (the skip test)
bool dyad__worth_parsing(const dyad_coder *c, const text_token *toks, const uint32_t *ids,
                         int32_t n);
// intent: a verb phrase under "would"/"will" in what a verb of saying
// reports ("Russia said it would send troops") states an intent or threat,
// one under "should"/"must" ("said Iran must release the sailors") a demand
// (*demand): its 03x/13x or 10x code for the act's code (and the speaker's
// NE), or NULL. "would continue to X" is "would X"; "(said it) was ready
// to X" states an intent too, the clause subject's own (*self) when no verb
// of saying reports it.
const char *dyad__stated_intent(const sentence *s, int32_t vp_open, const char *code,
                                int32_t *speaker, bool *demand, bool *self);
// The clause's subject NE is the speaker's own: a pronoun or the same code.
bool dyad__own_subject(const sentence *s, int32_t subject, int32_t speaker);
// hypothetical: the verb phrase opening at vp_open reports no act.
bool dyad__hypothetical(const sentence *s, int32_t vp_open);
// "did not say he would defend Israel", "never said Russia attacked": the
// phrase at vp_open lies in what a negated verb of saying reports.
bool dyad__unsaid(const sentence *s, int32_t vp_open);
// the SBAR opening at item k is an adverbial clause with a subject of its
// own ("while the Saudis shipped ...", "after Israel struck ...")
bool dyad__adverbial_clause(const sentence *s, int32_t k);
// the VP lies in a "that" clause of a noun of report ("claims that ..."),
// whose "that" is leaf l of dyad__report_that
bool dyad__under_report_noun(const sentence *s, int32_t vp_open);
bool dyad__report_that(const sentence *s, int32_t l);
// The item after which verb phrases are looked for again, once `m` gave
// `added` events (clause_roles: a reported clause of a verb that gave
// nothing is still coded).
int32_t dyad__next_vp(const sentence *s, const verb_match *m, size_t added, bool clause_roles);
// Is the sector after an actor code's country one of public life, not of
// arms (government, lawmakers, parties, courts, the press, business ...)?
bool dyad__civic_sector(const char *code);
// An attack without a weapon between public life and its own country's
// public life, police or spies ("Pelosi attacked Barr"): made in words.
bool dyad__home_quarrel(const char *src, const char *tgt);
// A state named as a place: "in London", "at the border with Syria".
bool dyad__ne_place_state(const sentence *s, const ne_phrase *e);
// An NE that names no single actor: no code ("several countries") or a
// bloc of states with no body of its own ("Western powers", WST).
bool dyad__ne_bloc(const ne_phrase *e);
// same_country, places and the press: an event these rules drop.
bool dyad__event_ruled_out(const sentence *s, const dyad_options *o, const char *code,
                           const char *src, int32_t src_ne, const char *tgt, int32_t tgt_ne);
// pronouns: the subject person of the sentence's first verb becomes the topic.
void dyad__update_topic(dyad_coder *c);
// pronouns: a later "he"/"she" in the sentence is its one-person subject.
void dyad__pronoun_subject(sentence *s);
// "X said it was ready": a later "it" is the subject state or body X.
void dyad__it_subject(sentence *s);
// "The Palestinians ... they": a later "they" is the plural one-actor subject.
void dyad__they_subject(sentence *s);
// "he (Saddam)": a pronoun followed by a bracketed name is that name.
void dyad__pronoun_bracket(sentence *s);
// Is w a quotation mark standing alone (straight, curly or Penn's `` '')?
bool dyad__quote_mark(slice w);
// Is item i such a mark (not a possessive's apostrophe)?
bool dyad__quote_item(const sentence *s, int32_t i);
// The sentence's first word when it is a quotation mark before item
// `before`, else -1.
int32_t dyad__opening_quote(const sentence *s, int32_t before);
// Does a code name a group whose loyal forces are its armed men (rebels,
// insurgents, opposition, a party: "forces loyal to the TPLF")?
bool dyad__loyal_armed_group(const char *code);
// pronouns: in a quoted sentence, "we"/"I" are its one speaker.
void dyad__pronoun_quote(sentence *s);
// pronouns: "met Xi but spoke with him": "him"/"her" is the one other person
void dyad__object_pronoun(sentence *s);
// story names: remember the people of this sentence named in full.
void dyad__update_names(dyad_coder *c);
// pronouns: note the states, people and organisations this sentence names,
// for later descriptions ("the two countries", "the alliance").
void dyad__update_refs(dyad_coder *c);
// story_country: count the states this sentence names, then give each agent
// with no country ("---COP") the state the story has named most.
void dyad__story_country(dyad_coder *c);
// The state where the sentence's act happens: the place it names ("in
// Peshawar"), else the story's place, else the story's state; NULL when none.
const char *dyad__attack_place(const dyad_coder *c);

// The words of one noun phrase, as actors.c codes it.
#define NE_MAX_WORDS 256
typedef struct ne_words {
    uint32_t words[NE_MAX_WORDS];
    slice texts[NE_MAX_WORDS];
    uint8_t tags[NE_MAX_WORDS];
    bool covered[NE_MAX_WORDS];   // part of an actor or agent phrase
    int32_t leaves[NE_MAX_WORDS];
    int32_t n;
} ne_words;

// actor_heads: what a noun phrase holding an actor or agent phrase is.
typedef enum ne_head {
    NE_HEAD_ACTOR,   // an actor
    NE_HEAD_PLACE,   // a thing in an actor's place: a target, never a source
    NE_HEAD_THING,   // a thing named after an actor: not an actor
} ne_head;
// The index of the phrase's head word: its last noun before a preposition,
// or -1.
int32_t dyad__ne_head_word(const ne_words *w);
ne_head dyad__ne_head(const sentence *s, const ne_words *w, bool has_actor,
                      int32_t actor_first, int32_t actor_last, int32_t n_agents);
// actor_heads: a person's words after the name are titles only (no agent
// noun of their own), so the person's dated code stands alone.
bool dyad__titles_only(const ne_words *w, int32_t actor_last);
// pronouns: a lone he/him/she/her takes the story's topic person; true when
// it did.
bool dyad__pronoun_topic(const sentence *s, const ne_words *w, ne_phrase *e);
// A bare last name (after titles) of a person the story named in full.
bool dyad__name_link(const sentence *s, const ne_words *w, ne_phrase *e);

// The actors a description refers to: one organisation, or the two states,
// people or actors named last; `whole` when agents add nothing to them,
// `people` when they are people.
#define DESCRIBED_MAX STORY_GROUP_MAX
typedef struct described {
    const char *code[DESCRIBED_MAX];
    const char *entry[DESCRIBED_MAX];
    int n;
    bool whole, people;
} described;
// pronouns: a description of actors the story named before ("the two
// countries", "both leaders", "the neighbours", "the alliance", "the group",
// "all", "the three leaders")
// into d; `has_agents` when agent words ("governments") lie in it.
bool dyad__describe(const sentence *s, const ne_words *w, bool has_agents, described *d);

#endif
