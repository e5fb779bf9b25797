// boilerplate.h: lines of web furniture that are never news.
#ifndef DYAD_BOILERPLATE_H
#define DYAD_BOILERPLATE_H

#include <stdbool.h>
#include <stdint.h>

#include "text.h"

// Is the trimmed line s[a, b) web boilerplate ("Media playback is
// unsupported on your device", "Advertisement", "Share this article",
// "Image copyright ...", bylines, photo credits, the Reuters sign-off)?
// Only the start of a line (and for short lines a few phrases anywhere) are
// looked at, so a news paragraph is never dropped.
bool dyad__is_boilerplate(const char *s, int32_t a, int32_t b);

// Inline link blocks of scraped pages: a name, its long form glued to the
// first of some headlines, and "MORE" ("Mitch McConnell Addison (Mitch)
// Mitchell McConnellGOP senators balk at ... MORE (R-Ky.) said"). Drops
// their tokens from toks[0, n), keeping the name once; returns the new count.
int32_t dyad__drop_link_blocks(text_token *toks, int32_t n);

#endif
