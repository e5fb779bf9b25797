// dateline.c: the wire dateline that opens a story: place, date and agency
// (see dateline.h).
#include "dateline.h"

#include <string.h>

#include "cues.h"
#include "decode.h"
#include "lexicon.h"

static int month_of(const char *w, int32_t n) { return dyad__lexicon_month(w, (size_t)n); }

// Digits at s[*p]: their value (at most `maxd` digits) or -1.
static int32_t read_num(const char *s, int32_t *p, int32_t b, int maxd)
{
    int32_t i = *p, v = 0;
    while (i < b && ascii_digit(s[i]) && i - *p < maxd + 1) v = v * 10 + (s[i++] - '0');
    if (i == *p || i - *p > maxd || (i < b && ascii_digit(s[i]))) return -1;
    *p = i;
    return v;
}

// A date at s[*p]: "Sept. 2, 2025", "March 3", "2 March 2025". On success
// *p moves past it and the date is YYYYMMDD (year 0 when absent).
static bool read_date(const char *s, int32_t *p, int32_t b, int32_t *ymd)
{
    int32_t i = *p, m = 0, d = -1, y = 0;
    if (i < b && ascii_digit(s[i])) {          // day month [year]
        d = read_num(s, &i, b, 2);
        if (d < 1 || i >= b || s[i] != ' ') return false;
        i++;
        int32_t w = i;
        while (i < b && ascii_alpha(s[i])) i++;
        m = month_of(s + w, i - w);
        if (!m) return false;
        if (i < b && s[i] == '.') i++;
    } else {                                   // month [.] day
        int32_t w = i;
        while (i < b && ascii_alpha(s[i])) i++;
        m = month_of(s + w, i - w);
        if (!m) return false;
        if (i < b && s[i] == '.') i++;
        if (i >= b || s[i] != ' ') return false;
        i++;
        d = read_num(s, &i, b, 2);
        if (d < 1 || d > 31) return false;
    }
    // optional year: ", 2025" or " 2025"
    int32_t k = i;
    if (k < b && s[k] == ',') k++;
    if (k < b && s[k] == ' ') {
        k++;
        int32_t yy = read_num(s, &k, b, 4);
        if (yy >= 1900 && yy <= 2099 && k - i >= 5) {
            y = yy;
            i = k;
        }
    }
    if (d > 31) return false;
    *p = i;
    *ymd = y ? y * 10000 + m * 100 + d : 0;
    return true;
}

// A dash separating a dateline from the story at s[*p]: -, --, —, –, ―,
// their entities, or AP's "_". *p moves past it and the blanks after it.
static bool read_dash(const char *s, int32_t *p, int32_t b, bool underscore)
{
    int32_t i = *p, n = 0;
    for (;;) {
        if (i >= b) break;
        int len;
        uint32_t c = dec(s, i, b, &len);
        if (c == '-' || (c >= 0x2012 && c <= 0x2015) || (underscore && c == '_' && n == 0)) {
            i += len;
            n++;
        } else {
            break;
        }
    }
    if (!n || n > 3) return false;
    int32_t j = dyad__skip_blanks(s, i, b);
    if (j == i || j >= b) return false;
    *p = j;
    return true;
}

// Is s[a, e) an agency's name as it stands alone after a place: a first
// word in capitals ("CNN", "AP", "CNN Business") or an agency's own name
// ("Reuters")?
static bool agency_name(const char *s, int32_t a, int32_t e)
{
    static const char *const names[] = {"Reuters", "Reuter", "Bloomberg", "Xinhua", "Interfax",
                                        "Kyodo", "Yonhap", "Sputnik", "Anadolu", "Bernama", "Tass", NULL};
    // its first word in capitals: "CNN", "AP", "CNN Business"
    int32_t w = a;
    while (w < e && s[w] != ' ') w++;
    bool caps = w - a >= 2;
    for (int32_t k = a; k < w && caps; k++) caps = (s[k] >= 'A' && s[k] <= 'Z') || s[k] == '.';
    if (caps) return true;
    for (const char *const *n = names; *n; n++)
        if ((int32_t)strlen(*n) == e - a && memcmp(s + a, *n, (size_t)(e - a)) == 0) return true;
    return false;
}

// "(Reuters)", "(AP)", "(CNN)": a short bracketed agency name; *named when
// it is one by its form or name (agency_name).
static bool read_agency(const char *s, int32_t *p, int32_t b, bool *named)
{
    int32_t i = *p;
    if (i >= b || s[i] != '(') return false;
    i++;
    if (i >= b || !(s[i] >= 'A' && s[i] <= 'Z')) return false;
    int32_t a0 = i;
    while (i < b && i - a0 <= 30 && s[i] != ')' &&
           (ascii_alpha(s[i]) || s[i] == ' ' || s[i] == '.' || s[i] == '&' || s[i] == '-' ||
            s[i] == '/'))
        i++;
    if (i >= b || s[i] != ')') return false;
    *named = agency_name(s, a0, i);
    *p = i + 1;
    return true;
}

// What the place and date segments before the agency showed.
typedef struct dl_head {
    int segs;          // comma-separated segments read
    bool has_date;
    int32_t date;      // YYYYMMDD (year 0 when absent)
    bool caps;         // the first segment has no lower-case letter
    int letters;       // letters in the first segment
    bool lower_word;   // a word starts with a lower-case ASCII letter
} dl_head;

// One word of a place at s[*p]: letters . ' - (and non-ASCII letters:
// "MÉXICO", "Zürich"). False when there is none.
static bool read_place_word(const char *s, int32_t *p, int32_t b, dl_head *h)
{
    int32_t i = *p, w = i;
    bool upper0 = i < b && s[i] >= 'A' && s[i] <= 'Z';
    while (i < b) {
        unsigned char c = (unsigned char)s[i];
        int len;
        int ck = c < 0x80 ? akind(c) : kind_of(dec(s, i, b, &len));
        if (c >= 0x80) {
            if (!is_letterk(ck)) break;
            if (h->segs == 0 && ck == K_LOWER) h->caps = false;
            i += len;
            continue;
        }
        if (!(is_letterk(ck) || c == '.' || c == '\'' || c == '-')) break;
        if (h->segs == 0 && ck == K_LOWER) h->caps = false;
        if (h->segs == 0 && is_letterk(ck)) h->letters++;
        i++;
    }
    if (i == w) return false;
    if (!upper0 && (unsigned char)s[w] < 0x80) h->lower_word = true;
    *p = i;
    return true;
}

// A place at s[*p]: up to 6 words, at most 60 bytes. False when there is
// none.
static bool read_place(const char *s, int32_t *p, int32_t b, dl_head *h)
{
    int32_t i = *p, s0 = i;
    int words = 0, len;
    for (;;) {
        if (!read_place_word(s, &i, b, h)) return false;
        words++;
        if (words > 6 || i - s0 > 60) return false;
        if (i + 1 < b && s[i] == ' ' &&
            (ascii_alpha(s[i + 1]) ||
             ((unsigned char)s[i + 1] >= 0x80 && is_letterk(kind_of(dec(s, i + 1, b, &len)))))) {
            i++;
            continue;
        }
        break;
    }
    *p = i;
    return true;
}

// The place, regions and a date, comma separated, at s[*p]: "SEOUL, Sept
// 2", "BEIJING, Sept. 2, 2025". False when it is no dateline.
static bool read_head(const char *s, int32_t *p, int32_t b, dl_head *h)
{
    int32_t i = *p;
    for (;;) {
        int32_t d = 0, k = i;
        if (!h->has_date && read_date(s, &k, b, &d)) {
            h->has_date = true;
            h->date = d;
            i = k;
        } else if (!read_place(s, &i, b, h)) {
            return false;
        }
        h->segs++;
        if (h->segs > 4) return false;
        if (i + 1 < b && s[i] == ',' && s[i + 1] == ' ') {
            i += 2;
            continue;
        }
        break;
    }
    if (i < b && s[i] == ' ') i++;
    *p = i;
    return true;
}

int32_t dyad__dateline(const char *s, int32_t a, int32_t b, int32_t *ymd)
{
    if (b - a > 400) b = a + 400;
    int32_t i = a;
    dl_head h = {0, false, 0, true, 0, false};
    bool agency = false, named = false;
    *ymd = 0;
    if (b - a >= 5 && memcmp(s + a, "FILE ", 5) == 0) return -1;   // an AP photo caption
    if (s[i] != '(' && !read_head(s, &i, b, &h)) return -1;
    if (i < b && s[i] == '(') {
        if (!read_agency(s, &i, b, &named)) return -1;
        agency = true;
        if (i < b && s[i] == ' ') i++;
    }
    if (h.segs == 0 && !agency) return -1;
    if (!agency && !h.has_date && (!h.caps || h.letters < 3)) return -1;
    if (h.lower_word && !agency) return -1;
    if (!read_dash(s, &i, b, agency)) {
        // "Baltimore (CNN) The streets ...", not "Mitch McConnell (Mitch) Mitchell"
        if (!agency || !named || i >= b) return -1;
        i = dyad__skip_blanks(s, i, b);
    }
    bool quote;
    if (!dyad__starts_here(s, i, b, &quote) && s[i] != '<') return -1;
    *ymd = h.date;
    return i;
}
