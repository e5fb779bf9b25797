// coder.c: code one record: discards, parse, noun phrases, verbs, events.
#include <stdlib.h>
#include <string.h>

#include "cameo.h"
#include "error.h"
#include "parse.h"
#include "text.h"
#include "verbs.h"

struct dyad_coder {
    const dyad_dict *dict;
    dyad_options opts;
    arena mem;          // per record
    dyad_event *events;
    size_t n_events, cap_events;
    dyad_result result;
    const dyad_record *rec;
    sentence sent;
    const parser_ops *parser;
    void *parser_state;
    dyad_coder_stats stats;
    double started;     // when the current sentence began (seconds)
    bool in_story;      // coding the sentences of dyad_code_story
    dyad_gap_fn gap_fn; // dyad_coder_on_gap
    void *gap_ctx;
    char topic[64];     // the story's last subject person (code), or ""
    char topic_entry[512];
};

dyad_coder *dyad_coder_new(const dyad_dict *dict, const dyad_options *opts)
{
    dyad_coder *c = xcalloc(1, sizeof *c);
    c->dict = dict;
    dyad_options def = DYAD_OPTIONS_INIT;
    c->opts = opts ? *opts : def;
    arena_init(&c->mem, 64 * 1024);
    c->parser = &parser_builtin;
    c->parser_state = c->parser->create(dict);
    return c;
}

void dyad_coder_free(dyad_coder *c)
{
    if (!c) return;
    arena_dispose(&c->mem);
    if (c->parser) c->parser->destroy(c->parser_state);
    free(c->events);
    free(c->sent.items);
    free(c->sent.nes);
    free(c->sent.tree.nodes);
    free(c);
}

static bool parse_bool(const char *v) { return !(v[0] == 'f' || v[0] == 'F' || v[0] == '0'); }

int dyad_coder_set_option(dyad_coder *c, const char *option, const char *value,
                          dyad_error *err)
{
    static const struct {
        const char *name;
        size_t off;
    } ints[] = {
        {"new_actor_length", offsetof(dyad_options, new_actor_length)},
        {"comma_min", offsetof(dyad_options, comma_min)},
        {"comma_max", offsetof(dyad_options, comma_max)},
        {"comma_bmin", offsetof(dyad_options, comma_bmin)},
        {"comma_bmax", offsetof(dyad_options, comma_bmax)},
        {"comma_emin", offsetof(dyad_options, comma_emin)},
        {"comma_emax", offsetof(dyad_options, comma_emax)},
        {"max_tokens", offsetof(dyad_options, max_tokens)},
        {"max_ms", offsetof(dyad_options, max_ms)},
    };
    static const struct {
        const char *name;
        size_t off;
    } bools[] = {
        {"require_dyad", offsetof(dyad_options, require_dyad)},
        {"code_issues", offsetof(dyad_options, code_issues)},
        {"ignore_parse", offsetof(dyad_options, ignore_parse)},
        {"clause_roles", offsetof(dyad_options, clause_roles)},
        {"same_country", offsetof(dyad_options, same_country)},
        {"actor_heads", offsetof(dyad_options, actor_heads)},
        {"pronouns", offsetof(dyad_options, pronouns)},
        {"hypothetical", offsetof(dyad_options, hypothetical)},
        {"parse_all", offsetof(dyad_options, parse_all)},
    };
    for (size_t i = 0; i < sizeof bools / sizeof bools[0]; i++)
        if (!strcmp(option, bools[i].name)) {
            *(bool *)((char *)&c->opts + bools[i].off) = parse_bool(value);
            return 0;
        }
    for (size_t i = 0; i < sizeof ints / sizeof ints[0]; i++) {
        if (strcmp(option, ints[i].name)) continue;
        char *end;
        long v = strtol(value, &end, 10);
        long max = ints[i].off == offsetof(dyad_options, max_ms) ? 3600000 : 100000;
        if (end == value || *end || v < 0 || v > max) {
            dyad_error_set(err, DYAD_ERR_ARG, NULL, 0, 0, "option %s needs a number from 0 to %ld, not '%s'", option, max, value);
            return DYAD_ERR_ARG;
        }
        *(int *)((char *)&c->opts + ints[i].off) = (int)v;
        return 0;
    }
    if (!strcmp(option, "stop_on_error") || !strcmp(option, "write_actor_root") ||
        !strcmp(option, "write_actor_text"))
        return 0;  // accepted for compatibility; they change nothing here
    dyad_error_set(err, DYAD_ERR_ARG, NULL, 0, 0, "unknown option '%s'", option);
    return DYAD_ERR_ARG;
}

void dyad_options_news(dyad_options *o, bool on)
{
    o->clause_roles = o->actor_heads = o->pronouns = o->hypothetical = on;
    o->same_country = !on;
}

const char *dyad_outcome_name(dyad_outcome o)
{
    switch (o) {
    case DYAD_CODED: return "coded";
    case DYAD_DISCARD_SENTENCE: return "sentencediscard";
    case DYAD_DISCARD_STORY: return "storydiscard";
    case DYAD_BAD_PARSE: return "bad_input_parse";
    case DYAD_DATELINE: return "dateline";
    case DYAD_NO_PARSE: return "no_parse";
    case DYAD_SKIPPED: return "skipped";
    case DYAD_TOO_LONG: return "too_long";
    case DYAD_TIMEOUT: return "timeout";
    }
    return "unknown";
}

// ---------------------------------------------------------------- text words

typedef struct text_words {
    slice *w;
    uint32_t *id;
    int32_t n;
} text_words;

// Split text into words at blanks, trimming punctuation at both ends.
static text_words split_words(arena *mem, const dyad_dict *d, const char *t, size_t n)
{
    text_words tw;
    size_t max = n / 2 + 2;
    tw.w = arena_alloc(mem, max * sizeof *tw.w);
    tw.id = arena_alloc(mem, max * sizeof *tw.id);
    tw.n = 0;
    size_t i = 0;
    while (i < n) {
        while (i < n && is_space((unsigned char)t[i])) i++;
        size_t a = i;
        while (i < n && !is_space((unsigned char)t[i])) i++;
        size_t b = i;
        while (a < b && !((t[a] | 32) >= 'a' && (t[a] | 32) <= 'z') && !(t[a] >= '0' && t[a] <= '9') && (unsigned char)t[a] < 0x80) a++;
        while (b > a && !((t[b - 1] | 32) >= 'a' && (t[b - 1] | 32) <= 'z') && !(t[b - 1] >= '0' && t[b - 1] <= '9') && t[b - 1] != '.' && (unsigned char)t[b - 1] < 0x80) b--;
        if (b > a && (size_t)tw.n < max) {
            tw.w[tw.n] = (slice){t + a, b - a};
            tw.id[tw.n++] = intern_find(d->words, t + a, b - a);
        }
    }
    return tw;
}

// Every phrase of trie t found in the words: calls fn for each.
typedef void (*phrase_fn)(void *ctx, const phrase_entry *e);

static void find_phrases(const dyad_dict *d, const trie *t, const text_words *tw, phrase_fn fn,
                         void *ctx)
{
    for (int32_t i = 0; i < tw->n; i++) {
        int32_t node = 0;
        for (int32_t j = i; j < tw->n && node >= 0; j++) {
            int32_t stems[8];
            int ns = trie_stem_children(t, d->words, node, tw->w[j], stems, 8);
            for (int k = 0; k < ns; k++)
                if (t->nodes[stems[k]].value >= 0) fn(ctx, &d->phrases[t->nodes[stems[k]].value]);
            if (!tw->id[j]) break;
            node = trie_child(t, node, tw->id[j]);
            if (node >= 0 && t->nodes[node].value >= 0) fn(ctx, &d->phrases[t->nodes[node].value]);
        }
    }
}

typedef struct discard_hit {
    const phrase_entry *story, *sentence;
} discard_hit;

static void on_discard(void *ctx, const phrase_entry *e)
{
    discard_hit *h = ctx;
    if (e->story && !h->story) h->story = e;
    if (!e->story && !h->sentence) h->sentence = e;
}

typedef struct issue_tally {
    const char *codes[32];
    int counts[32];
    int n;
    bool ignore;
} issue_tally;

static void on_issue(void *ctx, const phrase_entry *e)
{
    issue_tally *t = ctx;
    if (e->ignore) {
        t->ignore = true;
        return;
    }
    for (int i = 0; i < t->n; i++)
        if (!strcmp(t->codes[i], e->code)) {
            t->counts[i]++;
            return;
        }
    if (t->n < 32) {
        t->codes[t->n] = e->code;
        t->counts[t->n++] = 1;
    }
}

static const char *issues_of(dyad_coder *c, const text_words *tw)
{
    issue_tally t = {0};
    find_phrases(c->dict, &c->dict->issues, tw, on_issue, &t);
    if (t.ignore || !t.n) return "";
    strbuf b = STRBUF_INIT;
    for (int i = 0; i < t.n; i++) sb_printf(&b, "%s%s %d", i ? ", " : "", t.codes[i], t.counts[i]);
    const char *out = arena_strndup(&c->mem, b.p, b.n);
    sb_dispose(&b);
    return out;
}

// ---------------------------------------------------------------- events

typedef struct codes {
    const char *code[64];
    int32_t ne[64];
    int n;
} codes;

static const char *ne_text(dyad_coder *c, int32_t ne)
{
    const sentence *s = &c->sent;
    const ne_phrase *e = &s->nes[ne];
    strbuf b = STRBUF_INIT;
    for (int32_t k = e->open + 1; k < e->close; k++) {
        const item *it = &s->items[k];
        if (it->kind != IT_WORD) continue;
        if (b.n) sb_putc(&b, ' ');
        sb_put(&b, s->leaves[it->leaf].text.p, s->leaves[it->leaf].text.n);
    }
    const char *out = arena_strndup(&c->mem, b.p ? b.p : "", b.n);
    sb_dispose(&b);
    return out;
}

static int32_t ne_words(const sentence *s, int32_t ne)
{
    int32_t n = 0;
    for (int32_t k = s->nes[ne].open + 1; k < s->nes[ne].close; k++) n += s->items[k].kind == IT_WORD;
    return n;
}

// The code of one NE, or its quoted text as a new actor.
static const char *single_code(dyad_coder *c, int32_t ne)
{
    const ne_phrase *e = &c->sent.nes[ne];
    if (strcmp(e->code, "---") != 0 || !c->opts.new_actor_length) return e->code;
    if (ne_words(&c->sent, ne) > c->opts.new_actor_length) return "---";
    const char *t = ne_text(c, ne);
    strbuf b = STRBUF_INIT;
    sb_putc(&b, '"');
    for (const char *p = t; *p; p++) sb_putc(&b, ascii_upper(*p));
    sb_putc(&b, '"');
    const char *out = arena_strndup(&c->mem, b.p, b.n);
    sb_dispose(&b);
    return out;
}

static void push_code(codes *cs, const char *code, int32_t ne)
{
    // "FRO/BIL/SAM" is three actors
    const char *p = code;
    while (cs->n < 64) {
        const char *slash = code[0] == '"' ? NULL : strchr(p, '/');
        size_t n = slash ? (size_t)(slash - p) : strlen(p);
        char *one = xstrndup(p, n);  // freed with the coder's record arena below
        cs->code[cs->n] = one;
        cs->ne[cs->n++] = ne;
        if (!slash) break;
        p = slash + 1;
    }
}

static void codes_of(dyad_coder *c, int32_t ne, codes *cs)
{
    cs->n = 0;
    if (ne < 0) {
        push_code(cs, "---", -1);
        return;
    }
    const sentence *s = &c->sent;
    if (!s->nes[ne].compound) {
        push_code(cs, single_code(c, ne), ne);
        return;
    }
    for (int32_t i = 0; i < s->n_nes; i++) {
        if (s->nes[i].nec != ne || s->nes[i].open < 0) continue;
        const char *code = single_code(c, i);
        if (strcmp(code, "---") != 0) push_code(cs, code, i);
    }
    if (!cs->n) push_code(cs, "---", ne);
}

static void free_codes(codes *cs)
{
    for (int i = 0; i < cs->n; i++) free((char *)cs->code[i]);
    cs->n = 0;
}

static dyad_span leaf_span(const sentence *s, int32_t first, int32_t last)
{
    dyad_span sp = {-1, -1};
    if (first < 0 || last < 0) return sp;
    const leaf *a = &s->leaves[first], *b = &s->leaves[last];
    if (a->offset < 0 || b->offset < 0) return sp;
    sp.start = a->offset;
    sp.end = b->end;
    return sp;
}

// Does an actor code hold a sector ("USAMED", "---GOVMED") at a three-letter
// boundary after its first part?
static bool holds_sector(const char *code, const char *sector)
{
    size_t n = strlen(code);
    for (size_t i = 3; i + 3 <= n; i += 3)
        if (!memcmp(code + i, sector, 3)) return true;
    return false;
}

static void add_event(dyad_coder *c, const verb_match *m, const char *code, const char *src,
                      int32_t src_ne, const char *tgt, int32_t tgt_ne)
{
    if (!code || !*code) return;
    if (!strcmp(src, tgt)) return;
    // "Kim left Pyongyang": an actor and its own country are one side
    if (!c->opts.same_country && strlen(tgt) == 3 && !strncmp(src, tgt, 3)) return;
    // a place ("the cease-fire in Gaza") does nothing, even in the other
    // half of a paired code
    if (src_ne >= 0 && c->sent.nes[src_ne].located) return;
    // "Trump told Fox News": a statement made through the press is not one
    // addressed to it (news mode)
    if (c->opts.clause_roles && !strcmp(code, "010") && holds_sector(tgt, "MED")) return;
    for (size_t i = 0; i < c->n_events; i++) {  // identical triples collapse
        const dyad_event *e = &c->events[i];
        if (!strcmp(e->source, src) && !strcmp(e->target, tgt) && !strcmp(e->code, code)) return;
    }
    VEC_RESERVE(c->events, c->cap_events, c->n_events + 1);
    dyad_event *e = &c->events[c->n_events++];
    memset(e, 0, sizeof *e);
    const sentence *s = &c->sent;
    arena *mem = &c->mem;
    e->source = arena_strndup(mem, src, strlen(src));
    e->target = arena_strndup(mem, tgt, strlen(tgt));
    e->code = arena_strndup(mem, code, strlen(code));
    char root[3] = {code[0], code[1] ? code[1] : 0, 0};
    e->root = arena_strndup(mem, root, strlen(root));
    const dyad_cameo_info *ci = dyad_cameo_lookup(code, strlen(code));
    if (ci) {
        e->quad = ci->quad;
        e->goldstein = ci->goldstein;
        e->plover = ci->plover;
    }
    e->source_text = src_ne >= 0 ? ne_text(c, src_ne) : "";
    e->target_text = tgt_ne >= 0 ? ne_text(c, tgt_ne) : "";
    e->source_entry = src_ne >= 0 && s->nes[src_ne].entry ? s->nes[src_ne].entry : "";
    e->target_entry = tgt_ne >= 0 && s->nes[tgt_ne].entry ? s->nes[tgt_ne].entry : "";
    const leaf *v = &s->leaves[s->items[m->verb_item].leaf];
    e->event_text = arena_strndup(mem, v->text.p, v->text.n);
    const verb_block *b = &c->dict->blocks[m->form->block];
    if (m->pattern) {
        e->pattern = m->pattern->text;
        e->pattern_file = m->pattern->file;
        e->pattern_line = m->pattern->line;
    } else {
        strbuf pb = STRBUF_INIT;
        sb_printf(&pb, "%s [%s]", m->form->base, m->form->code ? m->form->code : b->code);
        e->pattern = arena_strndup(mem, pb.p, pb.n);
        sb_dispose(&pb);
        e->pattern_file = b->file;
        e->pattern_line = m->form->line;
    }
    e->issues = c->result.issues ? c->result.issues : "";
    e->source_span = src_ne >= 0 ? leaf_span(s, s->nes[src_ne].first_leaf, s->nes[src_ne].last_leaf)
                                 : (dyad_span){-1, -1};
    e->target_span = tgt_ne >= 0 ? leaf_span(s, s->nes[tgt_ne].first_leaf, s->nes[tgt_ne].last_leaf)
                                 : (dyad_span){-1, -1};
    int32_t vl = s->items[m->verb_item].leaf;
    e->verb_span = leaf_span(s, vl, vl);
}

static void emit_pairs(dyad_coder *c, const verb_match *m, const char *code, const codes *a,
                       const codes *b, bool swap)
{
    for (int i = 0; i < a->n; i++)
        for (int j = 0; j < b->n; j++) {
            if (!strcmp(a->code[i], b->code[j])) continue;
            if (swap) add_event(c, m, code, b->code[j], b->ne[j], a->code[i], a->ne[i]);
            else add_event(c, m, code, a->code[i], a->ne[i], b->code[j], b->ne[j]);
        }
}

static void drop_undyadic(dyad_coder *c)
{
    size_t k = 0;
    for (size_t i = 0; i < c->n_events; i++) {
        const dyad_event *e = &c->events[i];
        if (!strcmp(e->source, "---") || !strcmp(e->target, "---")) continue;
        c->events[k++] = *e;
    }
    c->n_events = k;
}

static bool same_ci(const char *a, const char *b, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (ascii_upper(a[i]) != ascii_upper(b[i])) return false;
    return true;
}

// An uncoded noun phrase with capitalised words: its longest run of them,
// without a leading article or a possessive, goes to the gap callback.
static void report_gap(dyad_coder *c, int32_t ne)
{
    const sentence *s = &c->sent;
    if (ne < 0 || s->nes[ne].compound || s->nes[ne].thing || strcmp(s->nes[ne].code, "---") != 0)
        return;
    static const char *const skip[] = {
        "I", "HE", "SHE", "IT", "WE", "THEY", "YOU", "HIS", "HER", "ITS", "THEIR", "OUR", "MY",
        "THIS", "THAT", "THESE", "THOSE", "SOME", "MANY", "ONE", "NO", "ANOTHER", "BOTH",
        "ALL", "OTHER", "OTHERS", "MORE", "MOST", "PEOPLE", "EACH", "ANY", "SUCH", "MONDAY",
        "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY", "JANUARY",
        "FEBRUARY", "MARCH", "APRIL", "MAY", "JUNE", "JULY", "AUGUST", "SEPTEMBER", "OCTOBER",
        "NOVEMBER", "DECEMBER", "MR", "MR.", "MRS", "MRS.", "MS", "MS.", "DR", "DR.", NULL};
    int32_t best_a = -1, best_n = 0, a = -1, n = 0;
    for (int32_t k = s->nes[ne].open + 1; k <= s->nes[ne].close; k++) {
        const item *it = &s->items[k];
        bool cap = false;
        if (it->kind == IT_WORD) {
            slice w = s->leaves[it->leaf].text;
            cap = w.n && ((w.p[0] >= 'A' && w.p[0] <= 'Z') || (unsigned char)w.p[0] >= 0xC0) &&
                  !(w.n <= 3 && (same_ci(w.p, "THE", w.n) || same_ci(w.p, "AN", w.n) ||
                                 same_ci(w.p, "A", w.n)) && n == 0);
            for (const char *const *sk = skip; cap && *sk; sk++)
                if (strlen(*sk) == w.n && same_ci(w.p, *sk, w.n)) cap = false;
        }
        if (cap) {
            if (!n) a = k;
            n++;
        } else if (it->kind == IT_WORD || k == s->nes[ne].close) {
            if (n > best_n) best_a = a, best_n = n;
            n = 0;
        }
    }
    if (best_n <= 0) return;
    strbuf b = STRBUF_INIT;
    for (int32_t k = best_a, got = 0; got < best_n; k++) {
        if (s->items[k].kind != IT_WORD) continue;
        slice w = s->leaves[s->items[k].leaf].text;
        if (b.n) sb_putc(&b, ' ');
        sb_put(&b, w.p, w.n);
        got++;
    }
    c->gap_fn(c->gap_ctx, sb_cstr(&b), c->rec);
    sb_dispose(&b);
}

void dyad_coder_on_gap(dyad_coder *c, dyad_gap_fn fn, void *ctx)
{
    c->gap_fn = fn;
    c->gap_ctx = ctx;
}

static size_t code_verb(dyad_coder *c, const verb_match *m)
{
    size_t before = c->n_events;
    const sentence *s = &c->sent;
    int32_t src = m->src, tgt = m->tgt;
    if (src < 0) src = verb_default_source(s, m->first, c->opts.clause_roles);
    if (tgt < 0) tgt = verb_default_target(s, m, src, c->opts.clause_roles);
    if (c->gap_fn) {
        report_gap(c, src);
        report_gap(c, tgt);
    }
    if (src < 0 || tgt < 0) return 0;  // no noun phrase to take the role
    codes a, b;
    codes_of(c, src, &a);
    codes_of(c, tgt, &b);
    const char *colon = strchr(m->code, ':');
    if (!colon) {
        emit_pairs(c, m, m->code, &a, &b, m->passive);
    } else {
        char fwd[16] = "", back[16] = "";
        size_t fn = (size_t)(colon - m->code);
        if (fn < sizeof fwd) memcpy(fwd, m->code, fn), fwd[fn] = 0;
        snprintf(back, sizeof back, "%s", colon + 1);
        const codes *x = &a, *y = &b;
        if (!strcmp(a.code[0], "---")) x = &b;
        if (!strcmp(b.code[0], "---")) y = &a;
        emit_pairs(c, m, fwd, x, y, m->passive);
        emit_pairs(c, m, back, y, x, m->passive);
    }
    free_codes(&a);
    free_codes(&b);
    if (c->opts.require_dyad) drop_undyadic(c);
    return c->n_events > before ? c->n_events - before : 0;
}

static bool leaf_in(const sentence *s, const item *it, const char *const *list)
{
    const slice w = s->leaves[it->leaf].text;
    for (; *list; list++) {
        size_t n = strlen(*list);
        if (w.n != n) continue;
        size_t k = 0;
        while (k < n && (w.p[k] | 32) == (*list)[k]) k++;
        if (k == n) return true;
    }
    return false;
}

// A verb phrase that reports no act: its verb group has may/might/could/
// would, or it lies inside the verb phrase of believing, expecting,
// predicting, or of aiming, planning, threatening or promising: "Analysts
// believe he seeks to strengthen ties", "X threatened to attack Y" (the
// threat is coded by the verb's own patterns; the attack did not happen).
static bool hypothetical(const sentence *s, int32_t vp_open)
{
    static const char *const modals[] = {"may", "might", "could", "would", NULL};
    static const char *const irrealis[] = {
        "believe", "believes", "believed", "believing", "think", "thinks", "thought",
        "expect", "expects", "expected", "expecting", "suggest", "suggests", "suggested",
        "speculate", "speculates", "speculated", "predict", "predicts", "predicted", "fear",
        "fears", "feared", "hope", "hopes", "hoped", "doubt", "doubts", "doubted", "suppose",
        "supposed", "assume", "assumes", "assumed", "imagine", "imagined", "wonder",
        "wondered", "anticipate", "anticipates", "anticipated", "project", "projected",
        "projects", "forecast", "forecasts", "forecasted", "aim", "aims", "aimed", "aiming",
        "seek", "seeks", "sought", "seeking", "want", "wants", "wanted", "plan", "plans",
        "planned", "planning", "intend", "intends", "intended", "try", "tries", "tried",
        "trying", "attempt", "attempts", "attempted", "threaten", "threatens", "threatened",
        "vow", "vows", "vowed", "pledge", "pledges", "pledged", "promise", "promises",
        "promised", NULL};
    for (int32_t i = vp_open - 1; i >= 0; i--) {
        const item *it = &s->items[i];
        if (it->kind == IT_WORD) {
            if (it->tag == TAG_VERB || it->tag == TAG_OTHER) {
                if (leaf_in(s, it, modals)) return true;
                continue;  // auxiliaries and adverbs of the group
            }
            break;
        }
        if (it->kind == IT_OPEN && it->phrase != PH_VP && it->phrase != PH_OTHER) break;
    }
    for (int32_t i = vp_open - 1; i >= 0; i--) {
        const item *it = &s->items[i];
        if (it->kind != IT_OPEN || it->phrase != PH_VP || it->mate < vp_open) continue;
        const item *v = &s->items[i + 1];
        if (v->kind == IT_WORD && leaf_in(s, v, irrealis)) return true;
    }
    // "efforts to seize", "ready to attack": an infinitive after a noun or
    // adjective of intent or readiness
    static const char *const intent[] = {
        "effort", "efforts", "attempt", "attempts", "plan", "plans", "bid", "bids", "threat",
        "threats", "push", "campaign", "desire", "intention", "intentions", "decision",
        "ability", "willingness", "readiness", "right", "power", "authority", "move",
        "able", "unable", "ready", "likely", "unlikely", "willing", "unwilling", "poised",
        "set", "determined", "eager", "prepared", "expected", "due", "about", NULL};
    int32_t i = vp_open - 1;
    while (i >= 0 && s->items[i].kind != IT_WORD) i--;
    if (i >= 0 && s->items[i].tag == TAG_IN) {
        const slice w = s->leaves[s->items[i].leaf].text;
        if (w.n == 2 && (w.p[0] | 32) == 't' && (w.p[1] | 32) == 'o') {
            int32_t j = i - 1;
            while (j >= 0 && s->items[j].kind != IT_WORD) j--;
            if (j >= 0 && leaf_in(s, &s->items[j], intent)) return true;
        }
    }
    return false;
}

static void code_verbs(dyad_coder *c)
{
    sentence *s = &c->sent;
    for (int32_t i = 0; i + 1 < s->n_items; i++) {
        const item *it = &s->items[i];
        if (it->kind != IT_OPEN || it->phrase != PH_VP) continue;
        const item *v = &s->items[i + 1];
        if (v->kind != IT_WORD || v->tag != TAG_VERB) continue;
        verb_match m;
        if (!verb_try(s, i, &m) || !m.code) continue;
        if (c->opts.hypothetical && hypothetical(s, i)) continue;
        size_t added = code_verb(c, &m);
        // verbs inside a coded verb phrase are not coded again, even when it
        // gave no event: "Russia denied attacking Ukraine" is no attack. With
        // clause_roles, a reported clause is the exception when the verb gave
        // nothing: "Germany said Russia attacked Ukraine" is an attack.
        int32_t next = m.vp_close;
        if (!added && c->opts.clause_roles)
            for (int32_t k = m.last + 1; k < m.vp_close; k++)
                if (s->items[k].kind == IT_OPEN && s->items[k].phrase == PH_SBAR) {
                    next = k - 1;
                    break;
                }
        i = next;
    }
}

// ---------------------------------------------------------------- records


// A leaf's dictionary word. "US" in capitals is the country, never the
// pronoun "us", so it is looked up as "U.S." (dictionaries cannot hold "US":
// their matching ignores case).
static uint32_t leaf_word_id(const dyad_dict *d, slice w)
{
    if (w.n == 2 && w.p[0] == 'U' && w.p[1] == 'S') {
        uint32_t id = intern_find(d->words, "U.S.", 4);
        if (id) return id;
    }
    return word_id(d, w);
}

static void build_leaves(dyad_coder *c, const dyad_record *rec)
{
    sentence *s = &c->sent;
    s->n_leaves = s->tree.n_leaves;
    s->leaves = arena_alloc(&c->mem, ((size_t)s->n_leaves + 1) * sizeof *s->leaves);
    size_t from = 0;
    for (int32_t i = 0; i < s->tree.n; i++) {
        const tnode *t = &s->tree.nodes[i];
        if (!tnode_is_leaf(t)) continue;
        leaf *l = &s->leaves[t->leaf_index];
        l->text = t->word;
        l->tag = t->tag;
        l->id = leaf_word_id(c->dict, t->word);
        l->offset = -1;
        // find the word in the text, moving forward, for offsets
        if (rec->text && t->word.n && t->word.n <= rec->text_len) {
            for (size_t p = from; p + t->word.n <= rec->text_len && p < from + 256; p++)
                if (same_ci(rec->text + p, t->word.p, t->word.n)) {
                    l->offset = (int32_t)p + rec->text_offset;
                    l->end = l->offset + (int32_t)t->word.n;
                    from = p + t->word.n;
                    break;
                }
        }
    }
}

// The sentence's coded noun phrases, for dyad_result.mentions.
static void collect_mentions(dyad_coder *c)
{
    const sentence *s = &c->sent;
    size_t n = 0;
    for (int32_t i = 0; i < s->n_nes; i++)
        n += !s->nes[i].compound && s->nes[i].first_leaf >= 0 && strcmp(s->nes[i].code, "---") != 0;
    if (!n) return;
    dyad_mention *m = arena_alloc(&c->mem, n * sizeof *m);
    size_t k = 0;
    for (int32_t i = 0; i < s->n_nes; i++) {
        const ne_phrase *e = &s->nes[i];
        if (e->compound || e->first_leaf < 0 || !strcmp(e->code, "---")) continue;
        strbuf b = STRBUF_INIT;  // its words, from the leaves (commas may have cut it out)
        for (int32_t l = e->first_leaf; l <= e->last_leaf; l++) {
            if (s->leaves[l].tag == TAG_POS) continue;
            if (b.n) sb_putc(&b, ' ');
            sb_put(&b, s->leaves[l].text.p, s->leaves[l].text.n);
        }
        m[k].text = arena_strndup(&c->mem, b.p ? b.p : "", b.n);
        sb_dispose(&b);
        m[k].code = e->code;
        m[k].entry = e->entry ? e->entry : "";
        m[k].span = leaf_span(s, e->first_leaf, e->last_leaf);
        k++;
    }
    c->result.mentions = m;
    c->result.n_mentions = k;
}

static int finish(dyad_coder *c, const dyad_result **res, dyad_outcome o, const char *why)
{
    c->result.outcome = o;
    c->result.why = why;
    c->result.n_events = c->n_events;
    c->result.events = c->events;
    c->stats.sentences++;
    c->stats.events += c->n_events;
    if (o == DYAD_SKIPPED) c->stats.skipped++;
    else if (o == DYAD_TOO_LONG) c->stats.too_long++;
    else if (o == DYAD_TIMEOUT) c->stats.timeouts++;
    else if (o == DYAD_DISCARD_SENTENCE || o == DYAD_DISCARD_STORY) c->stats.discarded++;
    if (res) *res = &c->result;
    return 0;
}

static bool over_time(const dyad_coder *c)
{
    return c->opts.max_ms > 0 && (now_seconds() - c->started) * 1000.0 > c->opts.max_ms;
}

// Can these tokens give an event at all? A dictionary verb is needed, and
// with require_dyad two actor or agent words (a source and a target).
static bool worth_parsing(const dyad_coder *c, const text_token *toks, const uint32_t *ids,
                          int32_t n)
{
    const dyad_dict *d = c->dict;
    if (c->opts.new_actor_length > 0 || c->opts.parse_all) return true;
    bool verb = false;
    int mentions = 0;
    bool stems = d->actors.n_nodes && d->actors.nodes[0].has_stems;
    for (int32_t i = 0; i < n; i++) {
        // short lower-case words ("the" of THE_WHO) do not name anyone alone
        bool small = toks[i].norm.n <= 3 && !(toks[i].flags & (TOK_CAP | TOK_UPPER));
        uint32_t id = ids[i];
        if (id) {
            if (!verb && verb_first_form(d, id) >= 0) verb = true;
            uint8_t wc = dict_word_class(d, id);
            if ((wc & WC_FIRST) && (wc & (WC_ACTOR | WC_AGENT)) && !small) mentions++;
            else if (stems) {
                int32_t tmp[2];
                if (trie_stem_children(&d->actors, d->words, 0, toks[i].norm, tmp, 2)) mentions++;
            }
        } else if (stems && (toks[i].flags & TOK_ALPHA)) {
            int32_t tmp[2];
            if (trie_stem_children(&d->actors, d->words, 0, toks[i].norm, tmp, 2)) mentions++;
        }
    }
    if (verb && (!c->opts.require_dyad || mentions >= 2)) return true;
    // a sentence that opens with a name may make its person the story's
    // topic for later pronouns ("Merz arrived in Paris."): parse it too
    if (c->opts.pronouns && c->in_story && n > 0) {
        int32_t k = 0;
        if (n > 1 && toks[0].norm.n <= 3 && !(toks[0].flags & TOK_UPPER) &&
            (toks[0].norm.p[0] | 32) == 't')  // "The"
            k = 1;
        uint8_t wc = ids[k] ? dict_word_class(d, ids[k]) : 0;
        if ((wc & WC_FIRST) && (wc & WC_ACTOR) && (toks[k].flags & TOK_CAP)) return true;
    }
    return false;
}

// Leaves from the built-in parser: offsets come from the tokens.
static void build_leaves_raw(dyad_coder *c, const dyad_record *rec, const text_token *toks,
                             const uint32_t *ids)
{
    sentence *s = &c->sent;
    s->n_leaves = s->tree.n_leaves;
    s->leaves = arena_alloc(&c->mem, ((size_t)s->n_leaves + 1) * sizeof *s->leaves);
    for (int32_t i = 0; i < s->tree.n; i++) {
        const tnode *t = &s->tree.nodes[i];
        if (!tnode_is_leaf(t)) continue;
        leaf *l = &s->leaves[t->leaf_index];
        const text_token *k = &toks[t->leaf_index];
        l->text = t->word;
        l->tag = t->tag;
        l->id = ids[t->leaf_index];
        l->offset = k->start + rec->text_offset;
        l->end = k->end + rec->text_offset;
    }
}

// The subject of the sentence's first verb, if it is a person, becomes the
// story's topic for later pronouns.
static void update_topic(dyad_coder *c)
{
    const sentence *s = &c->sent;
    int32_t vp = -1;
    for (int32_t i = 0; i < s->n_items && vp < 0; i++)
        if (s->items[i].kind == IT_OPEN && s->items[i].phrase == PH_VP) vp = i;
    if (vp < 0) return;
    int32_t best = -1;
    for (int32_t i = 0; i < s->n_nes; i++) {
        const ne_phrase *e = &s->nes[i];
        if (e->open < 0 || e->compound || e->close > vp) continue;
        if (best < 0 || e->close > s->nes[best].close) best = i;
    }
    if (best < 0 || !s->nes[best].person || !strcmp(s->nes[best].code, "---")) return;
    if (s->nes[best].entry == c->topic_entry) return;  // a pronoun: the topic stays
    snprintf(c->topic, sizeof c->topic, "%s", s->nes[best].code);
    snprintf(c->topic_entry, sizeof c->topic_entry, "pronoun for %s",
             s->nes[best].entry ? s->nes[best].entry : s->nes[best].code);
}

static int code_tree(dyad_coder *c, const dyad_result **res)
{
    sentence *s = &c->sent;
    s->topic = c->in_story && c->opts.pronouns && c->topic[0] ? c->topic : NULL;
    s->topic_entry = c->topic_entry;
    sentence_flatten(s);
    if (sentence_is_dateline(s)) return finish(c, res, DYAD_DATELINE, "the sentence is a dateline");
    sentence_code_actors(s, &c->opts);  // before deletion, so mentions keep every name
    sentence_delete_commas(s, &c->opts);
    if (over_time(c)) {
        c->n_events = 0;
        return finish(c, res, DYAD_TIMEOUT, "the sentence took longer than max_ms");
    }
    code_verbs(c);
    collect_mentions(c);
    if (c->in_story && c->opts.pronouns) update_topic(c);
    return finish(c, res, DYAD_CODED, "");
}

static int code_raw(dyad_coder *c, const dyad_record *rec, const text_words *tw,
                    const dyad_result **res, dyad_error *err)
{
    text_token *toks;
    bool truncated = false;
    int32_t max = c->opts.max_tokens > 0 ? c->opts.max_tokens : 100000;
    int32_t n = text_tokenize(&c->mem, rec->text ? rec->text : "", 0, (int32_t)rec->text_len,
                              &toks, max, &truncated);
    if (truncated) {
        strbuf b = STRBUF_INIT;
        sb_printf(&b, "the sentence has more than %d tokens (option max_tokens)", (int)max);
        const char *why = arena_strndup(&c->mem, b.p, b.n);
        sb_dispose(&b);
        return finish(c, res, DYAD_TOO_LONG, why);
    }
    // each token's dictionary word, looked up once for the skip test, the
    // tagger and the leaves
    uint32_t *ids = arena_alloc(&c->mem, ((size_t)n + 1) * sizeof *ids);
    for (int32_t i = 0; i < n; i++) ids[i] = leaf_word_id(c->dict, toks[i].norm);
    if (!worth_parsing(c, toks, ids, n))
        return finish(c, res, DYAD_SKIPPED, "no dictionary verb, or fewer than two actor words");
    sentence *s = &c->sent;
    parse_input in = {toks, n, c->dict, ids};
    int rc = c->parser->parse(c->parser_state, &in, &s->tree, err);
    if (rc < 0) return finish(c, res, DYAD_BAD_PARSE, err ? err->message : "the parser failed");
    c->stats.parsed++;
    build_leaves_raw(c, rec, toks, ids);
    if (c->opts.code_issues) c->result.issues = issues_of(c, tw);
    return code_tree(c, res);
}

int dyad_code_record(dyad_coder *c, const dyad_record *rec, const dyad_result **res,
                     dyad_error *err)
{
    arena_reset(&c->mem);
    c->n_events = 0;
    c->started = now_seconds();
    memset(&c->result, 0, sizeof c->result);
    c->result.issues = "";
    c->rec = rec;
    if (!c->in_story) c->stats.bytes += rec->text_len;
    text_words tw = split_words(&c->mem, c->dict, rec->text ? rec->text : "", rec->text ? rec->text_len : 0);
    discard_hit hit = {0};
    find_phrases(c->dict, &c->dict->discards, &tw, on_discard, &hit);
    if (hit.story) return finish(c, res, DYAD_DISCARD_STORY, hit.story->text);
    if (hit.sentence) return finish(c, res, DYAD_DISCARD_SENTENCE, hit.sentence->text);
    sentence *s = &c->sent;
    s->mem = &c->mem;
    s->dict = c->dict;
    s->date = rec->date;
    if (!rec->parse || c->opts.ignore_parse) return code_raw(c, rec, &tw, res, err);
    int rc = tree_parse(&s->tree, &c->mem, rec->parse, rec->parse_len, rec->file,
                        rec->parse_line ? rec->parse_line : rec->line, err);
    if (rc < 0) {
        finish(c, res, DYAD_BAD_PARSE, err ? err->message : "bad parse");
        return rc;
    }
    build_leaves(c, rec);
    if (c->opts.code_issues) c->result.issues = issues_of(c, &tw);
    return code_tree(c, res);
}

// ---------------------------------------------------------------- stories

int dyad_code_story(dyad_coder *c, const dyad_record *story, dyad_sentence_fn fn, void *ctx,
                    dyad_error *err)
{
    const char *text = story->text ? story->text : "";
    size_t len = story->text ? story->text_len : 0;
    if (len > INT32_MAX / 2) {
        dyad_error_set(err, DYAD_ERR_LIMIT, story->file, story->line, 0,
                       "story %s is larger than 1 GB", story->id ? story->id : "");
        return DYAD_ERR_LIMIT;
    }
    c->stats.stories++;
    c->stats.bytes += len;
    int64_t bad = text_utf8_check(text, len);
    if (bad >= 0)
        dyad_error_set(err, DYAD_WARNING, story->file, story->line, 0,
                       "story %s: invalid UTF-8 at byte %lld; read as unknown characters",
                       story->id ? story->id : "", (long long)bad);
    arena split_mem;
    arena_init(&split_mem, 16 * 1024);
    text_span *spans;
    text_split_info info = {0, 0};
    int32_t n = text_split(&split_mem, text, len, &spans, &info);
    // a story discard phrase anywhere discards every sentence
    arena_reset(&c->mem);
    text_words tw = split_words(&c->mem, c->dict, text, len);
    discard_hit hit = {0};
    find_phrases(c->dict, &c->dict->discards, &tw, on_discard, &hit);
    if (hit.story) {
        c->stats.sentences += (size_t)n;
        c->stats.discarded += (size_t)n;
        arena_dispose(&split_mem);
        return n;
    }
    c->in_story = true;
    c->topic[0] = 0;
    if (!story->date && !info.date) c->stats.undated++;
    const char *sid = story->id ? story->id : "story";
    size_t idn = strlen(sid);
    char *idbuf = xmalloc(idn + 16);
    int32_t done = 0;
    for (int32_t i = 0; i < n; i++) {
        snprintf(idbuf, idn + 16, "%s-%d", sid, (int)i + 1);
        dyad_record sub = *story;
        sub.id = idbuf;
        sub.story_id = sid;
        sub.text = text + spans[i].start;
        sub.text_len = (size_t)(spans[i].end - spans[i].start);
        sub.text_offset = spans[i].start;
        sub.is_story = false;
        sub.parse = NULL;
        sub.parse_len = 0;
        if (!sub.date && info.date) sub.date = info.date;
        const dyad_result *res;
        dyad_error e2 = {0};
        dyad_code_record(c, &sub, &res, &e2);
        done++;
        if (fn && fn(ctx, &sub, res)) break;
    }
    c->in_story = false;
    free(idbuf);
    arena_dispose(&split_mem);
    return done;
}

void dyad_coder_get_stats(const dyad_coder *c, dyad_coder_stats *out)
{
    *out = c->stats;
}

static void penn(const ptree *t, int32_t n, strbuf *b)
{
    const tnode *x = &t->nodes[n];
    sb_putc(b, '(');
    sb_put(b, x->label.p, x->label.n);
    if (tnode_is_leaf(x)) {
        sb_putc(b, ' ');
        sb_put(b, x->word.p, x->word.n);
    }
    for (int32_t k = x->first; k >= 0; k = t->nodes[k].next) {
        sb_putc(b, ' ');
        penn(t, k, b);
    }
    sb_putc(b, ')');
}

int dyad_parse_sentence(dyad_coder *c, const char *text, size_t len, char **out,
                        dyad_error *err)
{
    arena_reset(&c->mem);
    text_token *toks;
    bool truncated = false;
    int32_t max = c->opts.max_tokens > 0 ? c->opts.max_tokens : 100000;
    if (len > INT32_MAX / 2) len = INT32_MAX / 2;
    int32_t n = text_tokenize(&c->mem, text ? text : "", 0, (int32_t)len, &toks, max, &truncated);
    parse_input in = {toks, n, c->dict, NULL};
    int rc = c->parser->parse(c->parser_state, &in, &c->sent.tree, err);
    if (rc < 0) return rc;
    strbuf b = STRBUF_INIT;
    penn(&c->sent.tree, c->sent.tree.root, &b);
    *out = xstrndup(b.p ? b.p : "", b.n);
    sb_dispose(&b);
    return 0;
}

int dyad_lookup_actor(dyad_coder *c, const char *name, size_t len, int32_t date,
                      const char **code, const char **entry)
{
    arena_reset(&c->mem);
    *code = "---";
    *entry = "";
    text_token *toks;
    bool truncated;
    if (len > 4096) len = 4096;
    int32_t n = text_tokenize(&c->mem, name ? name : "", 0, (int32_t)len, &toks, 256, &truncated);
    sentence *s = &c->sent;
    s->mem = &c->mem;
    s->dict = c->dict;
    s->date = date;
    s->topic = NULL;
    s->n_items = 0;
    s->n_nes = 0;
    s->n_leaves = n;
    s->leaves = arena_alloc(&c->mem, ((size_t)n + 1) * sizeof *s->leaves);
    VEC_RESERVE(s->items, s->cap_items, (size_t)n + 2);
    VEC_RESERVE(s->nes, s->cap_nes, 1);
    s->items[s->n_items++] = (item){IT_OPEN, PH_NE, 0, false, n + 1, 0, 0, -1};
    for (int32_t i = 0; i < n; i++) {
        leaf *l = &s->leaves[i];
        l->text = toks[i].norm;
        l->id = leaf_word_id(c->dict, toks[i].norm);
        bool cap = toks[i].flags & TOK_CAP;
        l->tag = cap ? TAG_NOUN : TAG_OTHER;
        l->offset = toks[i].start;
        l->end = toks[i].end;
        s->items[s->n_items++] = (item){IT_WORD, PH_OTHER, l->tag, false, -1, -1, l->id, i};
    }
    s->items[s->n_items++] = (item){IT_CLOSE, PH_NE, 0, false, 0, 0, 0, -1};
    ne_phrase *e = &s->nes[s->n_nes++];
    memset(e, 0, sizeof *e);
    e->open = 0;
    e->close = n + 1;
    e->nec = -1;
    e->code = "---";
    sentence_code_actors(s, &c->opts);
    *code = e->code;
    *entry = e->entry ? e->entry : "";
    return strcmp(e->code, "---") != 0;
}
