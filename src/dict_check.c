// dict_check.c: dyad_dict_check: what a dictionary maintainer should fix.
//
//  - a phrase given twice (the later entry wins, silently, when coding);
//  - a phrase that is both an actor and an agent (unless the actor entry has
//    no code: a guard that keeps a longer name from being read as an
//    agent), and one-word actor
//    phrases that are common English words ("US", "MAY");
//  - codes that are not CAMEO: actor codes whose first part is not a country
//    or region code of the dictionaries (a 3-letter code some entry has) or
//    IGO/NGO/IMG/MNC, or whose further parts are not sector codes; agent
//    codes that are not sectors; event codes that are not in the CAMEO table.
#include <stdlib.h>
#include <string.h>

#include "cameo.h"
#include "dict.h"
#include "error.h"

typedef struct checker {
    const dyad_dict *d;
    dyad_diag_fn fn;
    void *ctx;
    int problems;
    // 3-letter codes that stand alone in the actor dictionaries
    char (*countries)[4];
    size_t n_countries, cap_countries;
} checker;

static void report(checker *k, const char *file, int line, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));

static void report(checker *k, const char *file, int line, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    dyad__warn_to(k->fn, k->ctx, file, line, fmt, ap);
    va_end(ap);
    k->problems++;
}

// ---------------------------------------------------------------- codes

static const char *const SECTORS[] = {
    "GOV", "MIL", "COP", "JUD", "LEG", "OPP", "PTY", "REB", "INS", "SEP", "UAF", "SPY", "ELI",
    "CVL", "MED", "BUS", "EDU", "REL", "LAB", "REF", "HLH", "HRI", "AGR", "ENV", "CRM", "NGO",
    "IGO", "PKO", "RAD", "MOD", "MNC", "DEV", "ATH", "JEW", "MUS", "CHR", "HIN", "BUD", "SHI",
    "SUN", "CTH", "ORT", "PRO", "ALE", "DRZ", "NGM", "IMG", "FRM", "UNR", "ACT", "SOC", "TOP",
    "MID", "LOW", "WAR", "CON", "INT", NULL};

static bool is_sector(const char *p)
{
    for (const char *const *s = SECTORS; *s; s++)
        if (!memcmp(p, *s, 3)) return true;
    return false;
}

static bool upper3(const char *p)
{
    for (int i = 0; i < 3; i++)
        if (p[i] < 'A' || p[i] > 'Z') return false;
    return true;
}

static void add_country(checker *k, const char *code)
{
    if (!code || strlen(code) != 3 || !upper3(code)) return;
    for (size_t i = 0; i < k->n_countries; i++)
        if (!memcmp(k->countries[i], code, 3)) return;
    VEC_RESERVE(k->countries, k->cap_countries, k->n_countries + 1);
    memcpy(k->countries[k->n_countries++], code, 4);
}

static bool is_country(const checker *k, const char *p)
{
    for (size_t i = 0; i < k->n_countries; i++)
        if (!memcmp(k->countries[i], p, 3)) return true;
    return false;
}

// An actor code: COUNTRY + sectors, or IGO/NGO/IMG/MNC + anything.
static const char *bad_actor_code(const checker *k, const char *code)
{
    size_t n = strlen(code);
    if (!strcmp(code, "---") || (n >= 2 && code[0] == '"')) return NULL;
    if (n < 3) return "shorter than three letters";
    if (!memcmp(code, "IGO", 3) || !memcmp(code, "NGO", 3) || !memcmp(code, "IMG", 3) ||
        !memcmp(code, "MNC", 3))
        return NULL;
    if (n % 3) return "not made of three-letter parts";
    const char *p = code;
    if (!memcmp(p, "---", 3)) p += 3;
    else if (!is_country(k, p)) return "its first part is no country or region code of the dictionaries";
    else p += 3;
    for (; *p; p += 3)
        if (!upper3(p) || !is_sector(p)) return "a part after the country is not a sector code";
    return NULL;
}

static bool good_event_code(const char *code)
{
    if (!strcmp(code, "---")) return true;
    const char *colon = strchr(code, ':');
    if (colon) {
        char a[16];
        size_t n = (size_t)(colon - code);
        if (n >= sizeof a) return false;
        memcpy(a, code, n);
        a[n] = 0;
        return good_event_code(a) && good_event_code(colon + 1);
    }
    return dyad_cameo_lookup(code, strlen(code)) != NULL && strlen(code) >= 2 &&
           code[0] >= '0' && code[0] <= '2';
}

static void check_codes(checker *k)
{
    const dyad_dict *d = k->d;
    for (size_t i = 0; i < d->n_actor_entries; i++) {
        const actor_entry *e = &d->actor_entries[i];
        add_country(k, e->default_code);
        for (size_t j = 0; j < e->n_codes; j++) add_country(k, e->codes[j].code);
    }
    for (size_t i = 0; i < d->n_actor_entries; i++) {
        const actor_entry *e = &d->actor_entries[i];
        const char *why;
        if (e->default_code && (why = bad_actor_code(k, e->default_code)))
            report(k, e->file, e->line, "unknown actor code %s for %s: %s", e->default_code,
                   e->name, why);
        for (size_t j = 0; j < e->n_codes; j++)
            if ((why = bad_actor_code(k, e->codes[j].code)))
                report(k, e->file, e->line, "unknown actor code %s for %s: %s",
                       e->codes[j].code, e->name, why);
    }
    for (size_t i = 0; i < d->n_agent_entries; i++) {
        const agent_entry *a = &d->agent_entries[i];
        size_t n = strlen(a->code);
        bool ok = n % 3 == 0;
        for (size_t j = 0; ok && j < n; j += 3) ok = upper3(a->code + j) && is_sector(a->code + j);
        if (!ok) report(k, a->file, a->line, "unknown agent code %s for %s", a->code, a->name);
    }
    for (size_t b = 0; b < d->n_blocks; b++) {
        const verb_block *bl = &d->blocks[b];
        if (bl->code && !good_event_code(bl->code))
            report(k, bl->file, bl->line, "unknown event code %s for verb block %s", bl->code,
                   bl->name ? bl->name : "");
        for (size_t p = 0; p < bl->n_patterns; p++) {
            const verb_pattern *vp = &bl->patterns[p];
            if (vp->code && !good_event_code(vp->code))
                report(k, vp->file, vp->line, "unknown event code %s in pattern %s", vp->code,
                       vp->text);
        }
    }
    for (size_t f = 0; f < d->n_forms; f++) {
        const verb_form *vf = &d->forms[f];
        if (vf->code && !good_event_code(vf->code))
            report(k, d->blocks[vf->block].file, vf->line, "unknown event code %s for verb %s",
                   vf->code, vf->base);
    }
}

// ---------------------------------------------------------------- phrases

// Every phrase of a trie, rebuilt from its edges: parent and word per node.
typedef struct edges {
    int32_t *parent;
    uint32_t *word;
} edges;

static edges trie_edges(const trie *t)
{
    edges e;
    e.parent = dyad__xmalloc((t->n_nodes + 1) * sizeof *e.parent);
    e.word = dyad__xmalloc((t->n_nodes + 1) * sizeof *e.word);
    for (size_t i = 0; i < t->n_nodes; i++) e.parent[i] = -1, e.word[i] = 0;
    for (size_t i = 0; i < t->n_slots; i++) {
        if (!t->keys[i]) continue;
        uint64_t key = t->keys[i] - 1;  // trie keys are (node << 32 | word) + 1
        int32_t child = t->vals[i];
        e.parent[child] = (int32_t)(key >> 32);
        e.word[child] = (uint32_t)key;
    }
    return e;
}

static size_t phrase_of(const edges *e, int32_t node, uint32_t *out, size_t max)
{
    size_t n = 0;
    for (int32_t x = node; x > 0 && n < max; x = e->parent[x]) out[n++] = e->word[x];
    for (size_t i = 0; i < n / 2; i++) {  // reverse into reading order
        uint32_t t = out[i];
        out[i] = out[n - 1 - i];
        out[n - 1 - i] = t;
    }
    return n;
}

static void phrase_text(const dyad_dict *d, const uint32_t *w, size_t n, strbuf *b)
{
    dyad__sb_clear(b);
    for (size_t i = 0; i < n; i++) {
        if (i) dyad__sb_putc(b, '_');
        if (w[i] & 0x80000000u) {
            dyad__sb_puts(b, dyad__intern_str(d->words, w[i] & 0x7fffffffu));
            dyad__sb_putc(b, '*');
        } else {
            dyad__sb_puts(b, dyad__intern_str(d->words, w[i]));
        }
    }
}

static void check_phrases(checker *k)
{
    const dyad_dict *d = k->d;
    edges ea = trie_edges(&d->actors);
    strbuf b = STRBUF_INIT;
    uint32_t w[64];
    for (size_t node = 1; node < d->actors.n_nodes; node++) {
        int32_t v = d->actors.nodes[node].value;
        if (v < 0) continue;
        size_t n = phrase_of(&ea, (int32_t)node, w, 64);
        const actor_entry *e = &d->actor_entries[v];
        // also an agent?
        int32_t g = 0;
        for (size_t i = 0; i < n && g >= 0; i++) g = dyad__trie_child(&d->agents, g, w[i]);
        bool blocker = !e->default_code && !e->n_codes;  // a code-less guard entry, on purpose
        if (g > 0 && d->agents.nodes[g].value >= 0 && !blocker) {
            const agent_entry *a = &d->agent_entries[d->agents.nodes[g].value];
            phrase_text(d, w, n, &b);
            report(k, e->file, e->line, "%s is both an actor (%s) and an agent (%s:%d): the actor wins",
                   dyad__sb_cstr(&b), e->name, a->file, a->line);
        }
        if (n == 1 && !(w[0] & 0x80000000u)) {
            const char *word = dyad__intern_str(d->words, w[0]);
            if (dyad__lexicon_has(&d->lex, LEX(LEX_COMMON), w[0]))
                report(k, e->file, e->line,
                       "one-word actor phrase %s (entry %s) is a common English word", word,
                       e->name);
        }
    }
    dyad__sb_dispose(&b);
    free(ea.parent);
    free(ea.word);
}

int dyad_dict_check(const dyad_dict *d, dyad_diag_fn fn, void *ctx)
{
    checker k = {d, fn, ctx, 0, NULL, 0, 0};
    for (size_t i = 0; i < d->n_dups; i++) {
        const struct dict_dup *u = &d->dups[i];
        report(&k, u->file, u->line, "%s %s is given again (first at %s:%d); the later entry wins",
               u->what, u->phrase, u->first_file, u->first_line);
    }
    check_phrases(&k);
    check_codes(&k);
    free(k.countries);
    return k.problems;
}
