// dict_review.c: dyad_dict_review: what keeps the people dictionaries current.
//
//  - an office (a dated code of sector GOV, MIL, LEG, JUD, OPP, REB, COP or
//    SPY) with no end date whose latest evidence is older than `years`: its
//    start date, or a "current YYYY-MM[-DD]" note on its line saying when it
//    was last confirmed;
//  - a person whose dated codes overlap (the people files write one code per
//    period), or a code whose range ends before it starts;
//  - a state of the United Nations (members, observers, Kosovo and Taiwan)
//    with no head of state or government at the review date: no dated GOV
//    code of that state covering the date whose note names a head's office
//    (president, prime minister, king, emir, chancellor, ...).
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>

#include "dict.h"
#include "error.h"

// The 193 member states, the two observers, Kosovo and Taiwan, by the
// three-letter codes the dictionaries use.
static const char UN_STATES[] =
    "AFG ALB DZA AND AGO ATG ARG ARM AUS AUT AZE BHS BHR BGD BRB BLR BEL BLZ BEN BTN "
    "BOL BIH BWA BRA BRN BGR BFA BDI CPV KHM CMR CAN CAF TCD CHL CHN COL COM COG COD "
    "CRI CIV HRV CUB CYP CZE DNK DJI DMA DOM ECU EGY SLV GNQ ERI EST SWZ ETH FJI FIN "
    "FRA GAB GMB GEO DEU GHA GRC GRD GTM GIN GNB GUY HTI HND HUN ISL IND IDN IRN IRQ "
    "IRL ISR ITA JAM JPN JOR KAZ KEN KIR PRK KOR KWT KGZ LAO LVA LBN LSO LBR LBY LIE "
    "LTU LUX MDG MWI MYS MDV MLI MLT MHL MRT MUS MEX FSM MDA MCO MNG MNE MAR MOZ MMR "
    "NAM NRU NPL NLD NZL NIC NER NGA MKD NOR OMN PAK PLW PAN PNG PRY PER PHL POL PRT "
    "QAT ROU RUS RWA KNA LCA VCT WSM SMR STP SAU SEN SRB SYC SLE SGP SVK SVN SLB SOM "
    "ZAF SSD ESP LKA SDN SUR SWE CHE SYR TJK TZA THA TLS TGO TON TTO TUN TUR TKM TUV "
    "UGA UKR ARE GBR USA URY UZB VUT VEN VNM YEM ZMB ZWE "
    "VAT PSE KSV TWN";

_Static_assert(sizeof UN_STATES == 197 * 4, "193 members, 2 observers, Kosovo, Taiwan");

static const char *const OFFICES[] = {"GOV", "MIL", "LEG", "JUD", "OPP", "REB", "COP", "SPY", NULL};

// Words of a note that name a head of state or government ("; president",
// "; prime minister (caretaker)", "; junta leader, head of state").
static const char *const HEAD_WORDS[] = {
    "president", "prime minister", "premier", "chancellor", "king", "queen", "emir",
    "amir", "sultan", "monarch", "head of state", "head of government", "supreme leader",
    "pope", "captain regent", "captains regent", "co-prince", "taoiseach", "chief adviser",
    "state counsellor", "junta leader", "grand duke", "prince", "chairman of the",
    "chair of the", NULL};
// ... unless the note says the office is someone else's.
static const char *const NOT_HEAD[] = {"vice", "deputy", "former", "bank", "first lady",
                                       "crown prince", "senate", "assembly", "parliament",
                                       "court", "party", "commission", NULL};

typedef struct reviewer {
    dyad_diag_fn fn;
    void *ctx;
    int found;
} reviewer;

static void report(reviewer *k, const char *file, int line, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));

static void report(reviewer *k, const char *file, int line, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    dyad__warn_to(k->fn, k->ctx, file, line, fmt, ap);
    va_end(ap);
    k->found++;
}

static bool has_word(const char *note, const char *word)
{
    size_t n = strlen(word);
    for (const char *p = note; *p; p++) {
        if (strncasecmp(p, word, n)) continue;
        bool start = p == note || !((p[-1] | 32) >= 'a' && (p[-1] | 32) <= 'z');
        char after = p[n];
        bool end = !((after | 32) >= 'a' && (after | 32) <= 'z');
        if (start && (end || word[n - 1] == ' ')) return true;
    }
    return false;
}

static bool any_word(const char *note, const char *const *words)
{
    for (const char *const *w = words; *w; w++)
        if (has_word(note, *w)) return true;
    return false;
}

static bool is_office(const char *code)
{
    size_t n = strlen(code);
    if (n < 6) return false;
    for (const char *const *o = OFFICES; *o; o++)
        if (!memcmp(code + n - 3, *o, 3)) return true;
    return false;
}

// "current 2025-10" or "current 2025-10-31" in a note: the date, else 0.
static int32_t confirmed(const char *note)
{
    if (!note) return 0;
    for (const char *p = note; (p = strstr(p, "current ")); p++) {
        const char *d = p + 8;
        size_t n = 0;
        while ((d[n] >= '0' && d[n] <= '9') || d[n] == '-') n++;
        if (n == 7) {
            char buf[11];
            memcpy(buf, d, 7);
            memcpy(buf + 7, "-01", 4);
            int32_t v = dyad__parse_date(buf, 10);
            if (v) return v;
        } else if (n == 10) {
            int32_t v = dyad__parse_date(d, 10);
            if (v) return v;
        }
    }
    return 0;
}

static void review_stale(reviewer *k, const actor_entry *e, int32_t before)
{
    for (size_t j = 0; j < e->n_codes; j++) {
        const actor_code *c = &e->codes[j];
        if (c->to != 99999999 || !c->from || !is_office(c->code)) continue;
        int32_t seen = confirmed(c->note);
        if (seen < c->from) seen = c->from;
        if (seen >= before) continue;
        report(k, e->file, c->line,
               "%s: %s since %08d has no end date and was last confirmed %08d; check it and "
               "add an end date or a \"; current YYYY-MM\" note",
               e->name, c->code, (int)c->from, (int)seen);
    }
}

static void review_overlaps(reviewer *k, const actor_entry *e)
{
    for (size_t j = 0; j < e->n_codes; j++) {
        const actor_code *a = &e->codes[j];
        if (a->from > a->to) {
            report(k, e->file, a->line, "%s: %s ends (%08d) before it starts (%08d)", e->name,
                   a->code, (int)a->to, (int)a->from);
            continue;
        }
        for (size_t i = 0; i < j; i++) {
            const actor_code *b = &e->codes[i];
            if (b->from > b->to || a->from > b->to || b->from > a->to) continue;
            report(k, e->file, a->line, "%s: %s (%08d-%08d) overlaps %s (%08d-%08d) of line %d",
                   e->name, a->code, (int)a->from, (int)a->to, b->code, (int)b->from,
                   (int)b->to, b->line);
        }
    }
}

static bool is_head(const actor_code *c, const char *state, int32_t date)
{
    return c->from <= date && date <= c->to && strlen(c->code) == 6 &&
           !memcmp(c->code, state, 3) && !memcmp(c->code + 3, "GOV", 3) && c->note &&
           any_word(c->note, HEAD_WORDS) && !any_word(c->note, NOT_HEAD);
}

static void review_heads(reviewer *k, const dyad_dict *d, int32_t date)
{
    for (const char *s = UN_STATES; s < UN_STATES + sizeof UN_STATES - 1; s += 4) {
        bool found = false;
        for (size_t i = 0; i < d->n_actor_entries && !found; i++) {
            const actor_entry *e = &d->actor_entries[i];
            for (size_t j = 0; j < e->n_codes && !found; j++) found = is_head(&e->codes[j], s, date);
        }
        if (!found)
            report(k, NULL, 0,
                   "%.3s has no head of state or government on %08d (no dated %.3sGOV code "
                   "covering the date with a note naming the office)",
                   s, (int)date, s);
    }
}

static int32_t today(void)
{
    time_t t = time(NULL);
    struct tm tm;
    if (!gmtime_r(&t, &tm)) return 20000101;
    return (tm.tm_year + 1900) * 10000 + (tm.tm_mon + 1) * 100 + tm.tm_mday;
}

int dyad_dict_review(const dyad_dict *dict, const dyad_review_options *opts, dyad_diag_fn diag,
                     void *ctx)
{
    dyad_review_options o = DYAD_REVIEW_OPTIONS_INIT;
    if (opts) o = *opts;
    if (!o.date) o.date = today();
    if (o.years < 0) o.years = 0;
    int32_t before = o.date - o.years * 10000;
    reviewer k = {diag, ctx, 0};
    for (size_t i = 0; i < dict->n_actor_entries; i++) {
        const actor_entry *e = &dict->actor_entries[i];
        review_stale(&k, e, before);
        review_overlaps(&k, e);
    }
    if (o.heads) review_heads(&k, dict, o.date);
    return k.found;
}
