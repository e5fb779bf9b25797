// boilerplate.c: the test for lines of web furniture (see boilerplate.h).
#include "boilerplate.h"

#include <string.h>

#include "util.h"

static bool has_prefix_ci(const char *s, int32_t a, int32_t b, const char *p)
{
    int32_t n = (int32_t)strlen(p);
    return b - a >= n && dyad__same_ci(s + a, p, (size_t)n);
}

static bool has_prefix(const char *s, int32_t a, int32_t b, const char *p)
{
    int32_t n = (int32_t)strlen(p);
    return b - a >= n && memcmp(s + a, p, (size_t)n) == 0;
}

static bool is_exactly(const char *s, int32_t a, int32_t b, const char *p)
{
    if (s[a] != p[0]) return false;
    int32_t n = (int32_t)strlen(p);
    return b - a == n && memcmp(s + a, p, (size_t)n) == 0;
}

static bool contains(const char *s, int32_t a, int32_t b, const char *p)
{
    int32_t n = (int32_t)strlen(p);
    for (int32_t i = a; i + n <= b; i++)
        if (s[i] == p[0] && memcmp(s + i, p, (size_t)n) == 0) return true;
    return false;
}

static bool any_prefix_ci(const char *s, int32_t a, int32_t b, const char *const *list)
{
    for (; *list; list++)
        if (has_prefix_ci(s, a, b, *list)) return true;
    return false;
}

static bool any_exact(const char *s, int32_t a, int32_t b, const char *const *list)
{
    for (; *list; list++)
        if (is_exactly(s, a, b, *list)) return true;
    return false;
}

// Whole lines of web furniture left by the extractor.
bool dyad__is_boilerplate(const char *s, int32_t a, int32_t b)
{
    static const char *const exact[] = {
        "Advertisement", "ADVERTISEMENT", "AD", "Advertisement Continue reading the main story",
        "Continue reading the main story", "Continue Reading Below", "Story Continued Below",
        "Story continues below advertisement", "Story continues below", "Getty Images",
        "Photo", "Video", "Image", "Loading...", "CLOSE", "More On This...", "More:",
        "Related:", "RELATED:", "YouTube", "Reuter", "REUTER", "Reuters", "Hide caption",
        "toggle caption", "Share", "Share this", "Skip in Skip x Embed x Share", NULL};
    static const char *const any_len[] = {
        "Media playback is unsupported", "Media caption ", "Image copyright ",
        "Image caption ", "Image source ", "Image source, ", "Enlarge this image",
        "toggle caption ", "Hide caption ", "Facebook Twitter Pinterest", "JUST WATCHED",
        "MUST WATCH", "Sign up for ", "Sign up here", "Sign up today", "Sign up to ",
        "Sign up now", "Newsletter Sign", "Get the Monitor Stories", "Your browser does not support",
        "This article was ", "This article is more than ", "This article tagged under",
        "This article originally ", "This article first appeared", "Choose your country ",
        NULL};
    static const char *const short_prefix[] = {   // lines under 200 bytes
        "Share this", "Share on ", "Share via ", "Share:", "Read more", "Read or Share this",
        "Click here", "Click for more", "Copyright ", "(Copyright", "\xC2\xA9",
        "( Also on ", "(Also on ", "Also on POLITICO", "Slideshow (", "Contributing: ",
        "Related: ", "Watch: ", "WATCH: ", "This story has been updated",
        "This story was originally", "Follow us on ", "Follow @", NULL};
    int32_t len = b - a;
    if (len <= 0) return false;
    // the Reuters sign-off, perhaps with the end-of-text mark "&#3;"
    if (has_prefix_ci(s, a, b, "reuter")) {
        int32_t k = a + 6;
        if (k < b && (s[k] == 's' || s[k] == 'S')) k++;
        while (k < b && (s[k] == ' ' || s[k] == '\t' || (unsigned char)s[k] < 0x20)) k++;
        if (k == b || (b - k == 4 && memcmp(s + k, "&#3;", 4) == 0)) return true;
    }
    if (any_exact(s, a, b, exact)) return true;
    // a gallery's "Hide Caption 3 of 22 Photos: ... - caption": the splitter
    // keeps the captions
    if (has_prefix(s, a, b, "Hide Caption ") && a + 13 < b && s[a + 13] >= '0' && s[a + 13] <= '9') return false;
    if (any_prefix_ci(s, a, b, any_len)) return true;
    // AP photo captions: "FILE - In this Dec. 25, 2019, file photo, ..."
    if ((has_prefix(s, a, b, "FILE - ") || has_prefix(s, a, b, "FILE \xE2\x80\x94 ") ||
         has_prefix(s, a, b, "FILE \xE2\x80\x93 ") || has_prefix(s, a, b, "FILE -- ")) &&
        contains(s, a, len > 200 ? a + 200 : b, "photo"))
        return true;
    if (len >= 200) return false;
    // bylines: "By Jennifer De Pinto, Fred Backus and Anthony Salvanto"
    if (len < 100 && has_prefix(s, a, b, "By ") && s[a + 3] >= 'A' && s[a + 3] <= 'Z' &&
        !strchr(".?!\"", s[b - 1]))
        return true;
    if (any_prefix_ci(s, a, b, short_prefix)) return true;
    if (has_prefix(s, a, b, "Follow ") && len <= 150 &&
        (contains(s, a, b, "Twitter") || contains(s, a, b, "Facebook") ||
         contains(s, a, b, "Instagram") || contains(s, a, b, "@")))
        return true;
    // photo credits and captions
    if (len >= 12 && memcmp(s + b - 12, "Getty Images", 12) == 0) return true;
    if (s[b - 1] == ')' && contains(s, b - 80 > a ? b - 80 : a, b, "(AP Photo")) return true;
    if (contains(s, a, b, "All rights reserved") || contains(s, a, b, "contributed to this report"))
        return true;
    return false;
}

static bool same_word(slice a, const char *p, size_t n) { return a.n == n && memcmp(a.p, p, n) == 0; }

// Is token t a name glued to a headline ("McConnellGOP", "TrumpFederal",
// "CornynMcConnell": a lower-case letter, then an upper-case one) whose name
// part stands alone among out[w - 8, w - 2] (its long form between)? The
// index of that word, else -1; each place of the glue is tried, from the
// right.
static int32_t glued_name_before(const text_token *t, const text_token *out, int32_t w)
{
    slice s = t->norm;
    for (size_t k = s.n > 1 ? s.n - 1 : 0; k >= 2; k--) {
        if (!(s.p[k - 1] >= 'a' && s.p[k - 1] <= 'z' && s.p[k] >= 'A' && s.p[k] <= 'Z')) continue;
        for (int32_t j = w - 2; j >= 0 && j >= w - 8; j--)
            if (same_word(out[j].norm, s.p, k)) return j;
    }
    return -1;
}

int32_t dyad__drop_link_blocks(text_token *toks, int32_t n)
{
    // (nearly every sentence has no "MORE": one look, and it is left alone)
    int32_t last_more = -1;
    for (int32_t i = n - 1; i >= 2 && last_more < 0; i--)
        if (same_word(toks[i].norm, "MORE", 4)) last_more = i;
    if (last_more < 0) return n;
    int32_t w = 0;  // tokens kept so far, compacted in place (one pass)
    for (int32_t i = 0; i < n; i++) {
        text_token t = toks[i];
        if ((t.flags & TOK_ALPHA) && (t.flags & TOK_CAP) && w >= 2 && i < last_more) {
            int32_t more = -1;  // "MORE" within the next 120 tokens
            for (int32_t j = i + 1; j <= last_more && j <= i + 120 && more < 0; j++)
                if (same_word(toks[j].norm, "MORE", 4)) more = j;
            // the name as written before its long form ("Mitch McConnell
            // Addison (Mitch) Mitchell McConnellGOP"): kept, the rest
            // dropped ("McConnell" alone, or "What WhatsApp", is no glue)
            int32_t name = more < 0 ? -1 : glued_name_before(&t, toks, w);
            if (name >= 0) {
                w = name + 1;
                i = more;
                continue;
            }
        }
        toks[w++] = t;
    }
    return w;
}
