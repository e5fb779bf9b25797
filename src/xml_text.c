// xml_text.c: the text of PETRARCH XML: character and entity references
// decoded, comments dropped, white space squeezed (used by xml_read.c).
#include "xml_text.h"

#include <stdlib.h>
#include <string.h>

#include "utf8.h"

// The first needle in s[from, n), or n.
size_t dyad__xml_find(const char *s, size_t n, size_t from, const char *needle)
{
    size_t m = strlen(needle);
    while (from < n) {
        const char *p = memchr(s + from, needle[0], n - from);
        if (!p) break;
        size_t at = (size_t)(p - s);
        if (n - at >= m && memcmp(s + at, needle, m) == 0) return at;
        from = at + 1;
    }
    return n;
}


static int digit_value(char c, int base)
{
    int d = c >= '0' && c <= '9' ? c - '0'
            : c >= 'a' && c <= 'f' ? c - 'a' + 10
            : c >= 'A' && c <= 'F' ? c - 'A' + 10
                                   : 99;
    return d < base ? d : -1;
}

// The code point of a character reference body "#65" or "#x41", or -1.
static long char_ref(const char *s, size_t n)
{
    bool hex = n > 1 && (s[1] == 'x' || s[1] == 'X');
    int base = hex ? 16 : 10;
    size_t i = hex ? 2 : 1;
    if (i >= n) return -1;
    long v = 0;
    for (; i < n; i++) {
        int d = digit_value(s[i], base);
        if (d < 0) return -1;
        v = v * base + d;
        if (v > 0x10FFFF) return -1;
    }
    if (v == 0 || (v >= 0xD800 && v <= 0xDFFF)) return -1;
    return v;
}

// Decode the entity at s (s[0] == '&', n bytes available) into out. Returns
// the input bytes used, or 0 when it is not a known entity. The output is
// never longer than the input.
static size_t entity(const char *s, size_t n, char *out, size_t *wrote)
{
    static const struct {
        const char *name;
        char c;
    } named[] = {{"amp", '&'}, {"lt", '<'}, {"gt", '>'}, {"quot", '"'}, {"apos", '\''}};
    size_t end = 1;
    while (end < n && end < 12 && s[end] != ';') end++;
    if (end >= n || s[end] != ';') return 0;
    const char *name = s + 1;
    size_t len = end - 1;
    for (size_t i = 0; i < sizeof named / sizeof named[0]; i++) {
        if (strlen(named[i].name) == len && memcmp(named[i].name, name, len) == 0) {
            out[0] = named[i].c;
            *wrote = 1;
            return end + 1;
        }
    }
    long cp = len > 1 && name[0] == '#' ? char_ref(name, len) : -1;
    if (cp < 0) return 0;
    *wrote = dyad__utf8_put(out, (uint32_t)cp);
    return end + 1;
}

// Decode entities of s[0..n) into out (n + 1 bytes), dropping XML comments
// if asked. Returns the output length; out is NUL-terminated.
size_t dyad__xml_decode(const char *s, size_t n, char *out, bool drop_comments)
{
    size_t o = 0;
    for (size_t i = 0; i < n;) {
        if (drop_comments && s[i] == '<' && n - i >= 4 && memcmp(s + i, "<!--", 4) == 0) {
            size_t e = dyad__xml_find(s, n, i + 4, "-->");
            i = e < n ? e + 3 : n;
            continue;
        }
        size_t w = 0, used = s[i] == '&' ? entity(s + i, n - i, out + o, &w) : 0;
        if (used) {
            i += used;
            o += w;
        } else {
            out[o++] = s[i++];
        }
    }
    out[o] = '\0';
    return o;
}

// Trim and collapse every run of white space to one space, in place.
size_t dyad__xml_squeeze(char *s, size_t n)
{
    size_t o = 0;
    bool gap = false;
    for (size_t i = 0; i < n; i++) {
        if (dyad__is_space((unsigned char)s[i])) {
            gap = o > 0;
            continue;
        }
        if (gap) s[o++] = ' ';
        gap = false;
        s[o++] = s[i];
    }
    s[o] = '\0';
    return o;
}

char *dyad__xml_decode_in(arena *a, slice s, bool drop_comments, size_t *len)
{
    char *out = dyad__arena_alloc(a, s.n + 1);
    size_t n = dyad__xml_decode(s.p, s.n, out, drop_comments);
    if (len) *len = n;
    return out;
}
