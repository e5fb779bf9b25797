// unicode.c: a word's lookup key (NFC, then upper case) and letter classes,
// through utf8proc.
#include "unicode.h"

#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#include "utf8.h"

bool dyad__is_ascii(const char *s, size_t n)
{
    size_t i = 0;
    for (; i + 8 <= n; i += 8) {
        uint64_t w;
        memcpy(&w, s + i, 8);
        if (w & 0x8080808080808080ULL) return false;
    }
    for (; i < n; i++)
        if ((unsigned char)s[i] >= 0x80) return false;
    return true;
}

// Only a code point from U+0300 (lead byte 0xCC and above) can change under
// NFC: below it there are no combining marks and every letter is composed.
static bool may_compose(const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if ((unsigned char)s[i] >= 0xCC) return true;
    return false;
}

size_t dyad__fold(const char *s, size_t n, char *out, size_t cap)
{
    utf8proc_uint8_t *nfc = NULL;
    if (may_compose(s, n)) {
        utf8proc_ssize_t r = utf8proc_map((const utf8proc_uint8_t *)s, (utf8proc_ssize_t)n, &nfc,
                                          UTF8PROC_STABLE | UTF8PROC_COMPOSE);
        if (r >= 0) {  // else invalid UTF-8 (or no memory): not normalised
            s = (const char *)nfc;
            n = (size_t)r;
        } else {
            nfc = NULL;
        }
    }
    size_t k = 0;
    for (size_t i = 0; i < n;) {
        unsigned char c = (unsigned char)s[i];
        char u[4];
        size_t m = 1;
        if (c < 0x80) {
            u[0] = (c >= 'a' && c <= 'z') ? (char)(c - 32) : (char)c;
            i++;
        } else {
            uint32_t cp;
            int len = dyad__utf8_seq((const unsigned char *)s + i, n - i, &cp);
            if (!len) {  // a bad byte, as it is
                u[0] = (char)c;
                i++;
            } else {
                m = dyad__utf8_put(u, (uint32_t)utf8proc_toupper((utf8proc_int32_t)cp));
                i += (size_t)len;
            }
        }
        if (k + m <= cap) memcpy(out + k, u, m);
        k += m;
    }
    free(nfc);
    return k;
}

int dyad__letter_case(uint32_t cp)
{
    if (cp > 0x10FFFF) return 0;
    switch (utf8proc_category((utf8proc_int32_t)cp)) {
    case UTF8PROC_CATEGORY_LU:
    case UTF8PROC_CATEGORY_LT: return 1;
    case UTF8PROC_CATEGORY_LL: return -1;
    default: return 0;
    }
}

bool dyad__is_capitalised(const char *s, size_t n)
{
    unsigned char c = (unsigned char)s[0];
    if (c < 0x80) return c >= 'A' && c <= 'Z';
    uint32_t cp;
    return dyad__utf8_seq((const unsigned char *)s, n, &cp) && dyad__letter_case(cp) > 0;
}

bool dyad__is_mark(uint32_t cp)
{
    if (cp > 0x10FFFF) return false;
    utf8proc_category_t c = utf8proc_category((utf8proc_int32_t)cp);
    return c == UTF8PROC_CATEGORY_MN || c == UTF8PROC_CATEGORY_MC || c == UTF8PROC_CATEGORY_ME;
}
