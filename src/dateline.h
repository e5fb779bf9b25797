// dateline.h: the wire dateline that opens a story.
#ifndef DYAD_DATELINE_H
#define DYAD_DATELINE_H

#include <stdint.h>

// A wire dateline at the start of the trimmed line s[a, b): "SEOUL, Sept 2
// (Reuters) -", "WASHINGTON (AP) --", "LONDON, March 3 -", "BEIJING, Sept.
// 2, 2025 (Xinhua) --", "(CNN) --". Returns where the story starts, or -1;
// *ymd is the dateline's date as YYYYMMDD when it has a full date, else 0.
int32_t dyad__dateline(const char *s, int32_t a, int32_t b, int32_t *ymd);

#endif
