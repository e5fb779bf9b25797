// coder.h: the coder handle and what its files share (private to the library).
//
// coder.c codes one sentence; phrases.c finds discard and issue phrases;
// events.c turns a matched verb into events; roles.c holds the news role
// rules; gaps.c reports uncoded names; story.c splits and codes stories;
// inspect.c serves the one-off lookups (parse a sentence, code a name).
#ifndef DYAD_CODER_H
#define DYAD_CODER_H

#include "parse.h"
#include "text.h"
#include "verbs.h"

// The discard phrases of one sentence, found once by story.c.
typedef struct discard_pair {
    const phrase_entry *story, *sentence;
} discard_pair;

// story_country: how often a story has named a state, and where first.
typedef struct country_tally {
    char code[4];
    int32_t n, first;
    int32_t sentences;     // how many sentences named it
    int32_t last;          // the last of them (story_sentence)
    int32_t places;        // how often as a place ("in Syria")
} country_tally;

struct dyad_coder {
    const dyad_dict *dict;
    dyad_options opts;
    arena mem;          // per record
    dyad_event *events;
    size_t n_events, cap_events;
    int32_t pair_mark;  // while a paired code (042:043) is emitted: -(2g) for
                        // its first code, -(2g+1) for the second, g the
                        // sentence's paired-code count (pair_groups); else 0
    int32_t pair_groups;
    dyad_result result;
    const dyad_record *rec;
    sentence sent;
    const parser_ops *parser;
    void *parser_state;
    dyad_coder_stats stats;
    double started;     // when the current sentence began (seconds)
    bool in_story;      // coding the sentences of dyad_code_story
    const discard_pair *discards;  // the next sentence's discard phrases, when known
    dyad_gap_fn gap_fn; // dyad_coder_on_gap
    void *gap_ctx;
    dyad_diag_fn diag_fn; // dyad_coder_on_diag
    void *diag_ctx;
    char topic[64];     // the story's last subject person (code), or ""
    char topic_entry[512];
    char thing[64];     // the story's last subject state or organisation, or ""
    char thing_entry[512];
    bool topic_newer;   // the last subject noted was a person (topic), not a thing
    const char *implied_target;  // while an event's target is no noun phrase: why
    const char *implied_source;  // while an event's source is no noun phrase: why
    char act_owner[64]; // the source of the story's last act that is no reaction
    char act_owner_entry[512];
    char verb_owner[64];  // this sentence: the source of its first act that gave no
    char verb_owner_entry[512];  // event (no target), for act_owner when none did
    story_name names[32];  // pronouns option: people the story named in full
    int32_t n_names;
    story_refs refs;       // pronouns option: states, people, organisations named
    country_tally *tally;  // story_country: the states the story has named
    size_t n_tally, cap_tally;
    int32_t story_sentence;  // story_country: sentences of the story seen
};

// coder.c: send `e` (code, message, perhaps a position) to the diagnostics
// callback, about record `rec`: a sentence (`in_sentence`) or a whole
// story. An empty position becomes the record's file and line.
void dyad__coder_diag(dyad_coder *c, dyad_error *e, const dyad_record *rec, bool in_sentence,
                      int32_t offset);
// coder.c: the events of a paired code emitted between dyad__pair_begin(c,
// false) and (c, true) for its second code, and dyad__pair_end; finish()
// then gives each A->B of the first code and the B->A of the second one
// pair number.
void dyad__pair_begin(dyad_coder *c, bool second);
void dyad__pair_end(dyad_coder *c);
// coder.c: a leaf's dictionary word ("US" in capitals is "U.S.").
uint32_t dyad__leaf_word_id(const dyad_dict *d, slice w);

// phrases.c: the discard and issue phrases in the words of a text (split at
// blanks, punctuation trimmed), in time linear in its length and fixed memory.
// The first story and the first sentence discard phrase (NULL when none).
void dyad__find_discards(const dyad_dict *d, const char *text, size_t len,
                         const phrase_entry **story, const phrase_entry **sent);
// "CODE n, CODE n" of the issue phrases in the text, or "".
const char *dyad__issues_of(arena *mem, const dyad_dict *d, const char *text, size_t len);

// events.c: the events of one matched verb; returns how many were added.
size_t dyad__code_verb(dyad_coder *c, const verb_match *m);
// events.c: has the record already an event with this code, source and target?
bool dyad__event_known(const dyad_coder *c, const char *code, const char *src, const char *tgt);
// events.c: "X said Y was responsible (guilty, behind ...)": X accuses Y (112),
// for a verb of saying that codes nothing itself.
size_t dyad__code_accusation(dyad_coder *c, const verb_match *m);
// "Britain and France agreed to stabilize rates": mutual intent (030)
size_t dyad__code_agreed(dyad_coder *c, const verb_match *m);
dyad_span dyad__leaf_span(const sentence *s, int32_t first, int32_t last);

// nominal.c: events stated as nouns (the `nominal` option).
void dyad__code_nouns(dyad_coder *c);

// gaps.c: an uncoded noun phrase's capitalised words go to the gap callback.
void dyad__report_gap(dyad_coder *c, int32_t ne);

#endif
