// unicode.h: a word's lookup key (NFC, upper case) and letter classes beyond
// the tables of decode.c, through utf8proc.
//
// The key is what the interner stores and compares: dictionary words and the
// text's tokens meet only through it, so "Șoșoacă", "ȘOȘOACĂ" and the NFD
// "S\u0326os\u0326oaca\u0306" are one word. The story text itself is never
// rewritten: tokens keep their byte ranges, only their keys are normalised.
#ifndef DYAD_UNICODE_H
#define DYAD_UNICODE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

// Is s[0,n) ASCII only? Then its key is its bytes upper-cased (the fast path).
bool dyad__is_ascii(const char *s, size_t n);

// The key of s[0,n): its NFC form (utf8proc), each code point upper-cased
// by Unicode's simple mapping (utf8proc_toupper: "ş" "Ş", "ı" "I", "ς" "Σ",
// and "ß" "ẞ", so "Straße" is "STRAẞE" but not "STRASSE"). Invalid UTF-8
// is not normalised and its bad bytes are kept as they are. Writes at most cap bytes to out and
// returns the key's length; when that is more than cap, call again with room for it.
size_t dyad__fold(const char *s, size_t n, char *out, size_t cap);

// Class of a letter outside decode.c's tables: 1 upper or title case,
// -1 lower case, 0 caseless (or not a letter).
int dyad__letter_case(uint32_t cp);

// Does s[0,n) (n >= 1) start with a capital letter: A-Z, or upper or title
// case in Unicode ("Conway", "Émile", "Șoșoacă", "Łukaszenka")?
bool dyad__is_capitalised(const char *s, size_t n);

// Is cp a combining mark (Mn, Mc, Me)?
bool dyad__is_mark(uint32_t cp);

#endif
