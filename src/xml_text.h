// xml_text.h: decoding the text of PETRARCH XML (xml_text.c).
#ifndef DYAD_XML_TEXT_H
#define DYAD_XML_TEXT_H

#include <stdbool.h>
#include <stddef.h>

#include "util.h"

// The first needle in s[from, n), or n when there is none.
size_t dyad__xml_find(const char *s, size_t n, size_t from, const char *needle);
// Decode s[0, n) into out (at least n + 1 bytes): references and entities
// replaced, comments dropped when asked; returns the length written.
size_t dyad__xml_decode(const char *s, size_t n, char *out, bool drop_comments);
// White space runs squeezed to one space, ends trimmed, in place; new length.
size_t dyad__xml_squeeze(char *s, size_t n);
// dyad__xml_decode of a slice into a new string in arena a (length in *len).
char *dyad__xml_decode_in(arena *a, slice s, bool drop_comments, size_t *len);

#endif
