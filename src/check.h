// check.h: the item-list invariants of a flattened sentence (check.c).
#ifndef DYAD_CHECK_H
#define DYAD_CHECK_H

#include "sentence.h"

// What dyad__sentence_check returns for a broken sentence.
enum { DYAD__SENTENCE_BROKEN = -10 };

// 0 when `s` holds: every open mark has its close after it and marks nest;
// words are leaves of the sentence; each leaf's span lies
// inside [lo, hi] (the text's offsets in its story); each NE's bounds are
// its own marks, inside the item list, an NEC member's inside its NEC.
// Else DYAD__SENTENCE_BROKEN and the first violation in why[0, n).
int dyad__sentence_check(const sentence *s, int32_t lo, int32_t hi, char *why, size_t n);

// The check for -DDYAD_CHECK builds: aborts with the violation and `where`.
void dyad__sentence_assert(const sentence *s, int32_t lo, int32_t hi, const char *where);

#endif
