/*
 * cameo.h - static table of CAMEO event codes.
 *
 * Each entry carries the GDELT quad class (1 verbal cooperation, 2 material
 * cooperation, 3 verbal conflict, 4 material conflict), the Goldstein
 * conflict-cooperation value GDELT assigns the code (-10 .. +10), the PLOVER
 * event category it maps to (NULL when PLOVER has none) and a short
 * descriptive name written for this project.
 */
#ifndef DYAD_CAMEO_H
#define DYAD_CAMEO_H

#include <stdbool.h>
#include <stddef.h>

#include "util.h"

typedef struct dyad_cameo_info {
    const char *code;      /* "01" .. "2042" */
    int quad;              /* 1..4 */
    double goldstein;      /* -10.0 .. 10.0 */
    const char *plover;    /* e.g. "CONSULT"; NULL if unmapped */
    const char *name;      /* short lowercase name */
} dyad_cameo_info;

/* Look up a code like "042", "0211", "13" (len bytes, need not be
 * NUL-terminated). Returns NULL when unknown. Codes with a letter suffix or
 * extra digits not in the table fall back to the longest known prefix of
 * length >= 2 (e.g. "0431" unknown -> "043"). */
const dyad_cameo_info *dyad_cameo_lookup(const char *code, size_t len);

// Is the first part of an actor code ("USAGOV", "IGOUNO") a state: three
// capital letters that are not an organisation (IGO, NGO, IMG, MNC), the
// unidentified state actor (UIS) or a region (EUR, MEA, ...)?
bool dyad__cameo_is_state(const char *actor_code);
// A code of `state`'s first three letters and then `rest` ("SYR" + "CVL",
// "USA" + the sectors of "GEOJUD"), in `mem`.
char *dyad__cameo_with_state(arena *mem, const char *state, const char *rest);
// The root of an event code as a number ("190" -> 19, "0874" -> 8), 0 when
// the code has no two leading digits.
int dyad__cameo_root(const char *code);

/* Number of entries in the table. */
size_t dyad_cameo_count(void);

/* Entry i (0 <= i < dyad_cameo_count()), in strcmp order of code;
 * NULL when i is out of range. */
const dyad_cameo_info *dyad_cameo_at(size_t i);

#endif /* DYAD_CAMEO_H */
