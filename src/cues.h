// cues.h: what tells a sentence end from a period inside a sentence:
// abbreviations, sentence-starter words and the characters that may open a
// sentence. Used by split.c, dateline.c and tokenize.c.
#ifndef DYAD_CUES_H
#define DYAD_CUES_H

#include <stdbool.h>
#include <stdint.h>

// What a period after a word means.
enum {
    AB_NONE,    // not an abbreviation: the period may end the sentence
    AB_NEVER,   // a title ("Gen.", "Mr."): never a sentence end
    AB_NUM,     // "No.", "Art.": not a sentence end before a number
    AB_SOFT,    // a month, "Inc.", an initial, "U.S.": an end only before a starter
};

// Is w[0,n) (which may hold NULs) one of the NULL-terminated `list`?
bool dyad__word_in(const char *w, int32_t n, const char *const *list);

// What the period after w[0,n) means (AB_*).
int dyad__abbrev_kind(const char *w, int32_t n);

// "R-Ariz.", "D-N.Y.", "I-Vt.": a US party and state after a lawmaker's name.
bool dyad__party_state(const char *w, int32_t n);

// Does s[j, lim) start with a word that commonly starts a sentence ("The",
// "However") and is hardly ever a name?
bool dyad__starter_at(const char *s, int32_t j, int32_t lim);

// Does the text at j (first non-blank after a sentence end candidate) begin
// a sentence? *quote is set when its first character is neither a letter nor
// a digit (a quote, a bracket, a bullet).
bool dyad__starts_here(const char *s, int32_t j, int32_t n, bool *quote);

#endif
