// lexicon.h: dyad's English. Every closed word list the stages read is
// declared once, in lexicon.c.
//
// Lists of whole words (modals, verbs of saying, pronouns, ...) are interned
// into the dictionary's interner when the dictionary handle is made, so a
// word is looked up by its id, in any case:
//
//     dyad__lexicon_has(&d->lex, LEX(LEX_MODAL), leaf->id)
//
// Lists matched on raw text before any word is interned (abbreviations,
// sentence starters, clitics, suffixes) are read as NULL-terminated arrays
// with dyad__lexicon_words(); the part-of-speech table of the built-in tagger
// is here too.
#ifndef DYAD_LEXICON_H
#define DYAD_LEXICON_H

#include <stdbool.h>
#include <stdint.h>

#include "util.h"

// Word lists looked up by id. At most 32.
typedef enum lex_list {
    LEX_MODAL,            // may, might, could, would: the act may not happen
    LEX_NEGATION,         // not, n't, never: the act did not happen
    LEX_IRREALIS,         // believe, expect, plan, threaten ...: its clause did not happen
    LEX_MIND,             // believe, aim, seek, want, plan, try ...: a state of mind
    LEX_INTENT,           // efforts, ready, likely ...: "efforts to seize"
    LEX_ANIMATE,          // officials, troops, government ...: nouns that name people
    LEX_THIRD_PERSON,     // he, him, she, her: pronouns for the story's person
    LEX_NEUTER,           // it: the pronoun for the story's state or organisation
    LEX_SUBJECT_PRONOUN,  // he, she, they, we, i: never open a noun phrase's modifiers
    LEX_SPEECH,           // said, told, announced ...: verbs of saying
    LEX_PASSIVE_AUX,      // was, is, been: before a participle, a passive
    LEX_ARTICLE,          // the, an, a
    LEX_INCLUDING,        // including, notably, especially: members of a phrase follow
    LEX_NOT_NAME,         // pronouns, determiners, quantifiers: capitalised, still no name
    LEX_WEEKDAY,          // monday ... sunday
    LEX_MONTH,            // january ... december
    LEX_DAY_ADVERB,       // today, yesterday, tomorrow, tonight: after a noun, adverbs
    LEX_TITLE,            // mr, mrs, ms, dr (with and without the period)
    LEX_COMMON,           // words a one-word actor phrase should not be
    LEX_UNASSERTED,       // possible, planned, no, not, never ...: "a possible strike"
    LEX_NOT_DONE,         // call, urge, cancel, avoid ...: "called for talks"
    LEX_LIGHT_VERB,       // launched, held, imposed ...: "held talks with Y"
    LEX_BLAME,            // responsible, guilty, behind ...: "said Y was responsible"
    LEX_DEFINITE,         // the, both: a description of someone named before
    LEX_PAIR_COUNT,       // two, both: "the two countries"
    LEX_PAIR_NOUN,        // countries, sides, governments ...: two states named before
    LEX_PAIR_SIDE,        // sides: the last two actors named before
    LEX_PAIR_PEOPLE,      // leaders, presidents, men ...: two people named before
    LEX_PAIR_ALONE,       // neighbours: a pair with no count ("the neighbours")
    LEX_BODY_NOUN,        // alliance, bloc, organisation, agency: an IGO or NGO named before
    LEX_GROUP_NOUN,       // group: an IGO or armed group named before
    LEX_PLACE_PREP,       // in, at, near: "in Moscow" names a place, not a party
    LEX_AFFAIR,           // case, campaign, home, plan: "his case" stands for him as a target
    LEX_ASSERT,           // confirmed, concluded, assessed, maintained: state a fact as known
    LEX_WRONGDOING,       // lied, misled, dismantled, rigged ...: "said X misled Congress" criticises X
    LEX_SPEAKER_ACT,      // urged, called, vowed, warned ...: "said X ... and urged Y" is the speaker's
    LEX_N_LISTS
} lex_list;

#define LEX(l) ((uint64_t)1 << (l))
_Static_assert(LEX_N_LISTS <= 64, "a word's lists are the bits of a uint64_t");

typedef struct lexicon {
    uint64_t *mask;   // word id -> LEX() bits of the lists holding it
    uint32_t n;       // ids below n may be in a list
} lexicon;

// Intern every listed word into `in` and note its lists.
void dyad__lexicon_init(lexicon *lx, interner *in);
void dyad__lexicon_dispose(lexicon *lx);

// Is word `id` in any of the lists of `lists` (LEX() bits)?
static inline bool dyad__lexicon_has(const lexicon *lx, uint64_t lists, uint32_t id)
{
    return id < lx->n && (lx->mask[id] & lists) != 0;
}

// The same for a word not yet interned: its text, any case.
bool dyad__lexicon_has_text(const lexicon *lx, const interner *in, uint64_t lists, slice w);

// Lists matched on raw text, each a NULL-terminated array.
typedef enum lex_text {
    LEXT_ABBR_NEVER,      // "Mr", "Gen": the period never ends a sentence (case as written)
    LEXT_ABBR_NUM,        // "No", "Art": no end before a number
    LEXT_ABBR_SOFT,       // "Jan", "Inc": an end only before a starter
    LEXT_STARTER,         // "The", "However": start sentences, hardly ever names
    LEXT_FUNCTION_WORD,   // "the", "of": a line holding one is no heading (lower case)
    LEXT_CLITIC,          // s, re, ve, ll, d, m: after an apostrophe (lower case)
    LEXT_NOUN_SUFFIX,     // -tion, -ment ... (lower case)
    LEXT_ADJ_SUFFIX,      // -al, -ive ... (lower case)
    LEXT_ANIMATE_SUFFIX,  // -ER, -IST, -MEN ...: nouns of people (upper case)
    LEXT_N_LISTS
} lex_text;

const char *const *dyad__lexicon_words(lex_text l);

// "january", "sept" ...: the month 1..12 of w[0, n) in any case, or 0.
int dyad__lexicon_month(const char *w, size_t n);

// "US" in capitals is the country, never the pronoun "us".
static inline bool dyad__lexicon_is_us(slice w)
{
    return w.n == 2 && w.p[0] == 'U' && w.p[1] == 'S';
}

// The built-in tagger's part-of-speech table: a word (lower case), its Penn
// tag (ptag of tagger.h) and lexicon flags (L_* of tagger.h).
typedef struct lex_entry {
    const char *w;
    uint8_t tag;
    uint8_t flags;
} lex_entry;

const lex_entry *dyad__lexicon_pos_table(size_t *n);

#endif
