// verbs.h: verb pattern matching (verbs.c).
#ifndef DYAD_VERBS_H
#define DYAD_VERBS_H

#include "sentence.h"

typedef struct verb_match {
    const verb_form *form;        // the dictionary verb
    const verb_pattern *pattern;  // the pattern that matched, or NULL
    const char *code;             // event code, NULL when the verb codes nothing
    int32_t verb_item;            // item of the verb word
    int32_t first, last;          // first and last item of a multi-word verb
    int32_t vp_close;             // end of its verb phrase
    int32_t src, tgt;             // NE set by the pattern, or -1
    bool passive;
    const char *agentless;        // news: the code of a null-coded passive with no
                                  // "by" ("were arrested"), from the block's bare
                                  // pattern; else NULL
    const struct verb_pattern *agentless_pattern;  // that bare pattern
} verb_match;

// Try the verb phrase opening at item `vp_open`. Returns false when its verb
// is not in the dictionary.
bool dyad__verb_try(const sentence *s, int32_t vp_open, verb_match *m);
// Any form of "be" (was, is, been, were, are, be, being); PETRARCH's passive
// test (LEX_PASSIVE_AUX) knows only was/is/been.
bool dyad__be_word(slice w);
// A form of "have" (have, has, had): the perfect's auxiliary.
bool dyad__have_word(slice w);
int32_t dyad__verb_default_source(const sentence *s, int32_t first_item, bool clause_roles);
int32_t dyad__reduced_relative(const sentence *s, int32_t vp_open);
// a reduced relative that is a passive with "by" (news mode)
bool dyad__reduced_passive(const sentence *s, int32_t vp_open);
// "asked Trump whether he would", "was asked by a reporter about", "asked
// the CEO questions": a question put, no appeal (m's verb is a form of ask).
bool dyad__asked_question(const sentence *s, const verb_match *m);
int32_t dyad__verb_default_target(const sentence *s, const verb_match *m, int32_t src,
                            bool clause_roles);
// Does the verb phrase name a co-actor ("negotiating alongside the U.S.",
// "together with France")? Then a compound subject does not act on itself.
bool dyad__co_actor_after(const sentence *s, const verb_match *m);

// The outermost verb phrase of the coordination that verb phrase vp_open is
// a member of ("condemned Y, summoned Z and expelled W"), or vp_open itself.
int32_t dyad__coordination_start(const sentence *s, int32_t vp_open);

// "expelled two diplomats, accusing Poland": the first word of the verb
// phrase a comma-set participle at first_item hangs on, or -1.
int32_t dyad__participle_host(const sentence *s, int32_t first_item);

#endif
