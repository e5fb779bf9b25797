// utf8.h: UTF-8 sequences, read and written.
//
// Shared by the text stage (decode.c, tokenize.c) and the XML reader.
#ifndef DYAD_UTF8_H
#define DYAD_UTF8_H

#include <stddef.h>
#include <stdint.h>

// Length of the valid UTF-8 sequence at p (at most `avail` bytes, avail >=
// 1), 0 when it is invalid; the code point in *cp. Overlong forms,
// surrogates and code points > U+10FFFF are invalid.
int dyad__utf8_seq(const unsigned char *p, size_t avail, uint32_t *cp);

// Write code point cp (<= U+10FFFF) as UTF-8 at o (room for 4 bytes);
// returns the bytes written.
size_t dyad__utf8_put(char *o, uint32_t cp);

// Byte offset of the first invalid UTF-8 sequence in s[0,n), or -1 when the
// text is valid. Invalid bytes elsewhere in the text stage are read as one
// unknown character each (never a crash, never an overread).
int64_t dyad__text_utf8_check(const char *s, size_t n);

#endif
