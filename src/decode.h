// decode.h: the text stage's character reader, shared by cues.c,
// boilerplate.c, dateline.c, split.c and tokenize.c.
//
// Everything reads the story in place. `dec` turns the bytes at a position
// into a code point and a length: UTF-8, HTML entities ("&amp;" is one '&'
// five bytes long), C1 controls read as Windows-1252, and invalid bytes (one
// unknown character each, BADCP, never read past the limit). `kind_of` puts
// a code point in a class (K_*). The ASCII cases are inline; the rest lives
// in decode.c.
#ifndef DYAD_DECODE_H
#define DYAD_DECODE_H

#include <stdbool.h>
#include <stdint.h>

#define BADCP 0x110000u   // an invalid byte: one unknown character

enum { K_SPACE, K_LOWER, K_UPPER, K_LETTER, K_DIGIT, K_PUNCT, K_BAD };

// Class of each ASCII character: controls (NUL included) are blanks.
extern const uint8_t dyad__ascii_kind[128];

// The character at s[i] (i < lim): code point and length, as `dec`.
uint32_t dyad__decode_char(const char *s, int32_t i, int32_t lim, int *len);

// Class of a code point of U+0080 or above (or BADCP).
int dyad__kind_slow(uint32_t cp);

// First non-blank position in [i, lim) (lim when none).
int32_t dyad__skip_blanks(const char *s, int32_t i, int32_t lim);

// End of [a, e) without its trailing blanks: ASCII blanks and controls,
// UTF-8 spaces and the entity "&nbsp;".
int32_t dyad__trim_back(const char *s, int32_t a, int32_t e);

// The character at s[i] (i < lim): code point (BADCP for an invalid byte)
// and its length in bytes.
static inline uint32_t dec(const char *s, int32_t i, int32_t lim, int *len)
{
    unsigned char c = (unsigned char)s[i];
    if (c < 0x80 && c != '&') {
        *len = 1;
        return c;
    }
    return dyad__decode_char(s, i, lim, len);
}

static inline int akind(unsigned c) { return dyad__ascii_kind[c & 0x7F]; }

static inline int kind_of(uint32_t cp) { return cp < 0x80 ? akind(cp) : dyad__kind_slow(cp); }

static inline bool is_wordk(int k)
{
    return k == K_LOWER || k == K_UPPER || k == K_LETTER || k == K_DIGIT || k == K_BAD;
}

static inline bool is_letterk(int k) { return k == K_LOWER || k == K_UPPER || k == K_LETTER; }

static inline bool is_blank_at(const char *s, int32_t i, int32_t lim, int *len)
{
    unsigned char c = (unsigned char)s[i];
    if (c < 0x80 && c != '&') {
        *len = 1;
        return akind(c) == K_SPACE;
    }
    return kind_of(dec(s, i, lim, len)) == K_SPACE;
}

static inline bool ascii_alpha(char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'); }
static inline bool ascii_digit(char c) { return c >= '0' && c <= '9'; }

#endif
