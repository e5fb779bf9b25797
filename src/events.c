// events.c: the events of one matched verb: the codes of its source and
// target noun phrases (compounds give one code per member, "A/B" codes one
// per part), each source x target pair, paired codes in both directions, and
// every event's words, spans, entries and pattern.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cameo.h"
#include "coder.h"
#include "roles.h"

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
        if (b.n) dyad__sb_putc(&b, ' ');
        dyad__sb_put(&b, s->leaves[it->leaf].text.p, s->leaves[it->leaf].text.n);
    }
    const char *out = dyad__arena_strndup(&c->mem, b.p ? b.p : "", b.n);
    dyad__sb_dispose(&b);
    return out;
}

static int32_t ne_word_count(const sentence *s, int32_t ne)
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
    if (ne_word_count(&c->sent, ne) > c->opts.new_actor_length) return "---";
    const char *t = ne_text(c, ne);
    strbuf b = STRBUF_INIT;
    dyad__sb_putc(&b, '"');
    for (const char *p = t; *p; p++) dyad__sb_putc(&b, dyad__ascii_upper(*p));
    dyad__sb_putc(&b, '"');
    const char *out = dyad__arena_strndup(&c->mem, b.p, b.n);
    dyad__sb_dispose(&b);
    return out;
}

static void push_code(codes *cs, const char *code, int32_t ne)
{
    // "FRO/BIL/SAM" is three actors
    const char *p = code;
    while (cs->n < 64) {
        const char *slash = code[0] == '"' ? NULL : strchr(p, '/');
        size_t n = slash ? (size_t)(slash - p) : strlen(p);
        char *one = dyad__xstrndup(p, n);  // freed with the coder's record arena below
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

dyad_span dyad__leaf_span(const sentence *s, int32_t first, int32_t last)
{
    dyad_span sp = {-1, -1};
    if (first < 0 || last < 0) return sp;
    const leaf *a = &s->leaves[first], *b = &s->leaves[last];
    if (a->offset < 0 || b->offset < 0) return sp;
    sp.start = a->offset;
    sp.end = b->end;
    return sp;
}

// The pattern that coded an event: the verb pattern, or the verb itself
// ("ATTACK [190]") when no pattern matched.
static void set_pattern(dyad_coder *c, dyad_event *e, const verb_match *m)
{
    const verb_block *b = &c->dict->blocks[m->form->block];
    if (m->pattern) {
        e->pattern = m->pattern->text;
        e->pattern_file = m->pattern->file;
        e->pattern_line = m->pattern->line;
        return;
    }
    strbuf pb = STRBUF_INIT;
    dyad__sb_printf(&pb, "%s [%s]", m->form->base, m->form->code ? m->form->code : b->code);
    e->pattern = dyad__arena_strndup(&c->mem, pb.p, pb.n);
    dyad__sb_dispose(&pb);
    e->pattern_file = b->file;
    e->pattern_line = m->form->line;
}

static dyad_span ne_span(const sentence *s, int32_t ne)
{
    if (ne < 0) return (dyad_span){-1, -1};
    return dyad__leaf_span(s, s->nes[ne].first_leaf, s->nes[ne].last_leaf);
}

bool dyad__event_known(const dyad_coder *c, const char *code, const char *src, const char *tgt)
{
    for (size_t i = 0; i < c->n_events; i++) {  // identical triples collapse
        const dyad_event *e = &c->events[i];
        if (!strcmp(e->source, src) && !strcmp(e->target, tgt) && !strcmp(e->code, code)) return true;
    }
    return false;
}


// Is the target named right after "attack(s) on/against" ("renewed his
// attacks on CNN", "launched a fierce personal attack on Mueller")? Not a
// bare "attacks" right after its verb ("launched attacks on Hamas leader
// Ismail Haniyeh") nor one a word of force qualifies ("drone attacks").
static bool attack_on(const sentence *s, int32_t tgt_ne)
{
    static const char *const force[] = {"air", "missile", "drone", "rocket", "military", "armed",
                                        "terrorist", "terror", "suicide", "deadly", "bomb",
                                        "chemical", "ground", "artillery", "knife", "gun", NULL};
    if (tgt_ne < 0 || s->nes[tgt_ne].compound) return false;
    int32_t l = s->nes[tgt_ne].first_leaf;
    if (l < 3) return false;
    slice in = s->leaves[l - 1].text, noun = s->leaves[l - 2].text;
    if (!(dyad__word_is(in, "on") || dyad__word_is(in, "against")) ||
        !(dyad__word_is(noun, "attack") || dyad__word_is(noun, "attacks")))
        return false;
    if (s->leaves[l - 3].tag == TAG_VERB) return false;  // bare: "launched attacks on"
    for (int32_t k = l - 3; k >= 0 && k >= l - 5 && s->leaves[k].tag != TAG_VERB; k--)
        for (const char *const *f = force; *f; f++)
            if (dyad__word_is(s->leaves[k].text, *f)) return false;
    return true;
}

// News: "Trump attacked Schiff", "Pelosi attacked Barr", "CNN attacking
// Trump", "renewed his attacks on CNN": an attack with no weapon (the bare
// 190) by a body or person of public life on a person, or on a body of its
// own country's public life (its police and spies too), is made in words
// (111).
static bool verbal_attack(const dyad_coder *c, const verb_match *m, const char *code, const char *src,
                          int32_t src_ne, const char *tgt, int32_t tgt_ne)
{
    const sentence *s = &c->sent;
    slice verb = s->leaves[s->items[m->verb_item].leaf].text;
    if (strcmp(code, "190")) return false;
    if (!(verb.n >= 6 && dyad__same_ci(verb.p, "attack", 6)) && !attack_on(s, tgt_ne)) return false;
    bool person = tgt_ne >= 0 && s->nes[tgt_ne].person && strlen(tgt) >= 6;
    if (person) return dyad__civic_sector(src) && strncmp(src, "---", 3);
    // a person of public life attacking an organisation ("Trump attacked
    // NATO members", "attacked the World Health Organization") does so in
    // words
    if (src_ne >= 0 && s->nes[src_ne].person && dyad__civic_sector(src) && tgt_ne >= 0 &&
        !s->nes[tgt_ne].thing && (!strncmp(tgt, "IGO", 3) || !strncmp(tgt, "NGO", 3)))
        return true;  // (not "a UN aid convoy": a thing)
    return dyad__home_quarrel(src, tgt);
}

static void add_event(dyad_coder *c, const verb_match *m, const char *code, const char *src,
                      int32_t src_ne, const char *tgt, int32_t tgt_ne)
{
    if (!code || !*code) return;
    if (c->opts.clause_roles && verbal_attack(c, m, code, src, src_ne, tgt, tgt_ne)) code = "111";
    // news: a boycott by a state or its government is a sanction (163),
    // not a protest (143): "the Palestinians have boycotted the Trump
    // administration"
    // (the verb "boycott" only: a state's "strike" is mostly an air strike)
    slice verb = c->sent.leaves[c->sent.items[m->verb_item].leaf].text;
    if (c->opts.clause_roles && !strncmp(code, "143", 3) && dyad__cameo_is_state(src) &&
        (strlen(src) == 3 || !strcmp(src + 3, "GOV")) && verb.n >= 7 && dyad__same_ci(verb.p, "boycott", 7))
        code = "163";
    if (!strcmp(src, tgt)) return;
    if (dyad__event_ruled_out(&c->sent, &c->opts, code, src, src_ne, tgt, tgt_ne)) return;
    if (dyad__event_known(c, code, src, tgt)) return;
    VEC_RESERVE(c->events, c->cap_events, c->n_events + 1);
    dyad_event *e = &c->events[c->n_events++];
    memset(e, 0, sizeof *e);
    const sentence *s = &c->sent;
    arena *mem = &c->mem;
    e->source = dyad__arena_strndup(mem, src, strlen(src));
    e->target = dyad__arena_strndup(mem, tgt, strlen(tgt));
    e->code = dyad__arena_strndup(mem, code, strlen(code));
    char root[3] = {code[0], code[1] ? code[1] : 0, 0};
    e->root = dyad__arena_strndup(mem, root, strlen(root));
    const dyad_cameo_info *ci = dyad_cameo_lookup(code, strlen(code));
    if (ci) {
        e->quad = ci->quad;
        e->goldstein = ci->goldstein;
        e->plover = ci->plover;
    }
    e->source_text = src_ne >= 0 ? ne_text(c, src_ne) : "";
    e->target_text = tgt_ne >= 0 ? ne_text(c, tgt_ne) : "";
    e->source_entry = src_ne >= 0 && s->nes[src_ne].entry ? s->nes[src_ne].entry
                      : src_ne < 0 && c->implied_source                 ? c->implied_source
                                                                        : "";
    e->target_entry = tgt_ne >= 0 && s->nes[tgt_ne].entry ? s->nes[tgt_ne].entry
                      : tgt_ne < 0 && c->implied_target                 ? c->implied_target
                                                                        : "";
    const leaf *v = &s->leaves[s->items[m->verb_item].leaf];
    e->event_text = dyad__arena_strndup(mem, v->text.p, v->text.n);
    set_pattern(c, e, m);
    e->issues = c->result.issues ? c->result.issues : "";
    e->source_span = ne_span(s, src_ne);
    e->target_span = ne_span(s, tgt_ne);
    int32_t vl = s->items[m->verb_item].leaf;
    e->verb_span = dyad__leaf_span(s, vl, vl);
    e->source_inferred = (src_ne >= 0 && s->nes[src_ne].inferred) || (src_ne < 0 && c->implied_source);
    e->target_inferred = tgt_ne >= 0 && s->nes[tgt_ne].inferred;
    e->pair = c->pair_mark;
}

// "its own people", "their own citizens": a noun phrase whose possessive
// pronoun is followed by "own" belongs to the other side's country.
static bool reflexive(const sentence *s, int32_t ne)
{
    if (ne < 0) return false;
    const ne_phrase *e = &s->nes[ne];
    for (int32_t l = e->first_leaf + 1; l >= 1 && l <= e->last_leaf; l++)
        if (dyad__word_is(s->leaves[l].text, "own") && s->leaves[l - 1].tag == TAG_PRP) return true;
    return false;
}

// The code of a reflexive target: the source's country, the target's sector
// ("SYRGOV" on "---CVL" or "USACVL" -> "SYRCVL"); NULL when it is not one.
static char *own_code(const sentence *s, const char *src, const char *tgt, int32_t tgt_ne)
{
    if (!reflexive(s, tgt_ne) || strlen(src) < 3 || !strncmp(src, "---", 3) || strlen(tgt) < 3)
        return NULL;
    size_t n = strlen(tgt);
    char *own = malloc(n + 1);
    if (!own) return NULL;
    memcpy(own, src, 3);
    memcpy(own + 3, tgt + 3, n - 2);
    return own;
}

static void emit_pairs(dyad_coder *c, const verb_match *m, const char *code, const codes *a,
                       const codes *b, bool swap)
{
    for (int i = 0; i < a->n; i++)
        for (int j = 0; j < b->n; j++) {
            const codes *src = swap ? b : a, *tgt = swap ? a : b;
            int si = swap ? j : i, ti = swap ? i : j;
            char *own = own_code(&c->sent, src->code[si], tgt->code[ti], tgt->ne[ti]);
            if (own) {
                add_event(c, m, code, src->code[si], src->ne[si], own, tgt->ne[ti]);
                free(own);
                continue;
            }
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
        // news: an agent whose country could not be known is no side
        // ("---GOV"): the event is left out, as a coder would
        if (c->opts.clause_roles && (!strncmp(e->source, "---", 3) || !strncmp(e->target, "---", 3)))
            continue;
        c->events[k++] = *e;
    }
    c->n_events = k;
}

// Does the VP opening at item vp judge its subject's act wrong: a form of
// Is the next word after item k (before item end) a noun?
static bool next_noun(const sentence *s, int32_t k, int32_t end)
{
    for (int32_t j = k + 1; j < end; j++)
        if (s->items[j].kind == IT_WORD) return s->items[j].tag == TAG_NOUN;
    return false;
}

// "be" (or "pose" a threat) right before a word of condemnation ("was illegal", "is
// unacceptable", "was a provocation"), no negation, modal or belief word?
static bool condemns(const sentence *s, int32_t vp)
{
    static const char *const adj[] = {"illegal", "unlawful", "unacceptable", "wrong", "shameful",
                                      "disgraceful", "reckless", "irresponsible", "provocative",
                                      "outrageous", "unjustified", "destabilizing", "destabilising",
                                      "dangerous", "hostile", "absurd", "illegitimate", "selfish",
                                      "deplorable", "despicable", "reprehensible", "barbaric",
                                      "cowardly", "unjust", "inhumane", "appalling", "abhorrent",
                                      "heinous", "unconscionable", "hypocritical", "aggressive",
                                      "irrational", "lawless", "criminal", "fraudulent",
                                      "corrupt", "incompetent", "dishonest", "racist", "bigoted",
                                      "hateful", "shameless", "pathetic", "disastrous",
                                      "unconstitutional", "undemocratic", "authoritarian",
                                      "unfit", "unhinged", "erratic", "weak", "clueless", "crazy",
                                      "insane", "ridiculous", "disgusting", "vile", "unfair",
                                      "partisan", "biased", "extreme", "radical", "divisive",
                                      "toxic", "misguided", "wrongheaded", "foolish", "stupid",
                                      "naive", "cynical", "callous", "heartless", "cruel", "brutal",
                                      "tyrannical", "dictatorial", "treasonous", "unpatriotic",
                                      "sleazy", "crooked", "rotten", "unqualified",
                                      "unprofessional", "inappropriate", "improper", "unethical",
                                      "immoral", "offensive", "disrespectful", "nasty", "egregious",
                                      "complicit", "deceitful", "duplicitous", "treacherous",
                                      "arrogant", "delusional", "vindictive", "malicious", "evil",
                                      "wicked", "murderous", "genocidal", NULL};
    static const char *const noun[] = {"mistake", "violation", "provocation", "disgrace",
                                       "outrage", "crime", "betrayal", "threat", "dictator",
                                       "tyrant", "liar", "aggressor", "failure", "farce", "sham",
                                       "travesty", "disaster", "scam", "hoax", "fraud", "crook",
                                       "racist", "bigot", "hypocrite", "coward", "bully",
                                       "embarrassment", "con", "traitor", "criminal", "thug",
                                       "puppet", "stooge", "clown", "joke", "idiot", "moron",
                                       "fool", "demagogue", "despot", "autocrat", "fascist",
                                       "extremist", "menace", "danger", "charlatan", "murderer",
                                       "killer", NULL};
    // ("a deeply shameful act": an intensifier before the word)
    static const char *const intensifier[] = {"deeply", "truly", "clearly", "completely", "totally",
                                              "utterly", "simply", "very", "so", "absolutely",
                                              "entirely", "grossly", "highly", "most", "significant",
                                              "serious", "grave", "real", "major", "direct",
                                              "growing", "clear", "extremely", "incredibly",
                                              "profoundly", NULL};
    const lexicon *lx = &s->dict->lex;
    int32_t end = s->items[vp].mate;
    bool be = false, art = false;
    for (int32_t k = vp + 1; k < end; k++) {
        const item *it = &s->items[k];
        if (it->kind != IT_WORD) continue;
        uint32_t id = s->leaves[it->leaf].id;
        slice w = s->leaves[it->leaf].text;
        if (dyad__lexicon_has(lx, LEX(LEX_NEGATION) | LEX(LEX_MODAL) | LEX(LEX_IRREALIS), id))
            return false;
        if (!be) {  // "is a threat", "poses a serious threat"
            if (!dyad__be_word(w) && !dyad__word_is(w, "pose") && !dyad__word_is(w, "poses") &&
                !dyad__word_is(w, "posed") && !dyad__word_is(w, "posing"))
                return false;
            be = true;
            continue;
        }
        if (!art && (dyad__word_is(w, "a") || dyad__word_is(w, "an"))) {
            art = true;
            continue;
        }
        bool skip = false;
        for (const char *const *a = intensifier; *a && !skip; a++) skip = dyad__word_is(w, *a);
        if (skip) continue;
        for (const char *const *a = adj; *a; a++)
            if (dyad__word_is(w, *a)) return true;
        // (the head, not a modifier: "a disaster zone", "a crime scene")
        for (const char *const *a = noun; art && *a; a++)
            if (dyad__word_is(w, *a)) return !next_noun(s, k, end);
        // "selfish and irresponsible": the next of coordinated adjectives
        if (it->tag == TAG_JJ && k + 1 < end && s->items[k + 1].kind == IT_CLOSE) {
            int32_t j = k + 1;
            while (j < end && s->items[j].kind != IT_WORD) j++;
            if (j < end && (s->items[j].tag == TAG_CC || s->items[j].tag == TAG_COMMA)) {
                k = j;
                continue;
            }
        }
        if (it->tag == TAG_JJ && k + 1 < end && s->items[k + 1].kind == IT_WORD &&
            (s->items[k + 1].tag == TAG_CC || s->items[k + 1].tag == TAG_COMMA)) {
            k++;
            continue;
        }
        return false;
    }
    return false;
}

// Does the VP opening at item vp say its subject did wrong: a verb of
// wrongdoing among its first words, through auxiliaries and adverbs ("has
// steadily dismantled the enforcement", "is trying to silence Mueller",
// "lied to Congress"), no negation or modal before it?
static bool wrongdoing(const sentence *s, int32_t vp)
{
    const lexicon *lx = &s->dict->lex;
    int32_t end = s->items[vp].mate, words = 0;
    bool be = false;  // the word before was a form of "be" or "get"
    for (int32_t k = vp + 1; k < end && words < 6; k++) {
        const item *it = &s->items[k];
        if (it->kind == IT_OPEN && (it->phrase == PH_SBAR || it->phrase == PH_NE || it->phrase == PH_NEC))
            return false;
        if (it->kind != IT_WORD) continue;
        words++;
        uint32_t id = s->leaves[it->leaf].id;
        // (an attempt is wrong too: "is trying to silence Mueller")
        if (dyad__lexicon_has(lx, LEX(LEX_NEGATION) | LEX(LEX_MODAL), id)) return false;
        slice w = s->leaves[it->leaf].text;
        // a verb, in the active ("had been exploited" is done to the
        // subject; "is fighting cheating" names a noun)
        // ("was charged with conspiring": a passive is done to the subject)
        if (be && it->vbn) return false;
        // (past an adverb: "was allegedly bribed")
        be = dyad__be_word(w) || dyad__word_is(w, "get") || dyad__word_is(w, "got") ||
             (be && it->tag == TAG_OTHER);
        if (it->tag != TAG_VERB) continue;
        if (dyad__lexicon_has(lx, LEX(LEX_WRONGDOING), id)) return true;
        // past the predicate's main verb (auxiliaries and "trying to" go on):
        // "is fighting cheating" names a thing fought
        if (!be && !dyad__word_is(w, "has") && !dyad__word_is(w, "have") && !dyad__word_is(w, "had") &&
            !dyad__lexicon_has(lx, LEX(LEX_MIND), id))
            return false;
    }
    return false;
}

// Does the VP opening at item vp say its subject is to blame: a form of "be"
// right before a blame word ("was responsible for the attack", "is behind
// the bombing"), no negation, modal or belief word, and for "responsible"
// and "behind" an act named after them ("responsible for security" is
// none)?
static bool blames(const sentence *s, int32_t vp)
{
    const lexicon *lx = &s->dict->lex;
    int32_t end = s->items[vp].mate;
    bool after_be = false;
    for (int32_t k = vp + 1; k < end; k++) {
        const item *it = &s->items[k];
        if (it->kind != IT_WORD) continue;
        uint32_t id = s->leaves[it->leaf].id;
        if (dyad__lexicon_has(lx, LEX(LEX_NEGATION) | LEX(LEX_MODAL) | LEX(LEX_IRREALIS), id))
            return false;
        if (dyad__lexicon_has(lx, LEX(LEX_BLAME), id) && after_be) {
            slice w = s->leaves[it->leaf].text;
            if (!dyad__word_is(w, "responsible") && !dyad__word_is(w, "behind")) return true;
            for (int32_t j = k + 1; j < end; j++) {
                const item *a = &s->items[j];
                uint32_t aid = a->kind == IT_WORD ? s->leaves[a->leaf].id : 0;
                if (aid && (dyad__verb_first_form(s->dict, aid) >= 0 ||
                            dyad__noun_first_form(s->dict, aid) >= 0))
                    return true;
            }
            return false;
        }
        after_be = dyad__be_word(s->leaves[it->leaf].text);
    }
    return false;
}

// A perfect auxiliary ("have attacked", "had shelled"); not "be", whose
// participle is a passive.
static bool auxiliary(slice w)
{
    return dyad__have_word(w) || dyad__word_is(w, "having");
}

// The accusation a report of the VP at item vp makes of its subject: of war
// crimes for mass violence (20x, 1124), else for coercion, assault or
// fighting (17x-19x, 112); NULL for any other act.
static const char *reported_violence(const sentence *s, int32_t vp)
{
    verb_match v;
    for (;;) {
        // "kidnapped and imprisoned": the first of coordinated verb phrases
        while (vp + 1 < s->n_items && s->items[vp + 1].kind == IT_OPEN && s->items[vp + 1].phrase == PH_VP) vp++;
        // "have violated", "had attacked": the verb after its auxiliary
        const item *w = &s->items[vp + 1];
        if (vp + 2 < s->n_items && w->kind == IT_WORD && w->leaf >= 0 && auxiliary(s->leaves[w->leaf].text) &&
            s->items[vp + 2].kind == IT_OPEN && s->items[vp + 2].phrase == PH_VP) {
            vp += 2;
            continue;
        }
        break;
    }
    if (!dyad__verb_try(s, vp, &v) || !v.code || v.passive) return NULL;
    int root = dyad__cameo_root(v.code);
    return root == 20 ? "1124" : root >= 17 && root <= 19 ? "112" : NULL;
}

// "It is wrong to separate children": "it" stands for the clause after the
// judgement (an infinitive or "that"), no party.
static bool expletive_it(const sentence *s, int32_t y, int32_t k)
{
    const ne_phrase *e = &s->nes[y];
    if (e->first_leaf < 0 || e->first_leaf != e->last_leaf ||
        !dyad__word_is(s->leaves[e->first_leaf].text, "it"))
        return false;
    for (int32_t i = k + 1; i < s->items[k].mate; i++) {
        const item *it = &s->items[i];
        if (it->kind != IT_WORD) continue;
        slice w = s->leaves[it->leaf].text;
        if (dyad__word_is(w, "that")) return true;
        if (dyad__word_is(w, "to") && it->leaf + 1 < s->n_leaves && s->leaves[it->leaf + 1].tag == TAG_VERB)
            return true;
    }
    return false;
}

// Does a state, its government, forces or media (src) speak of its own
// state, government or forces (y)? Compatriots in opposition or in another
// branch ("USALEG" of "USAGOV") may accuse; these report.
static bool own_report(const char *src, const char *y)
{
    static const char *const state_side[] = {"", "GOV", "MIL", "COP", "SPY", "MED", NULL};
    if (strlen(src) < 3 || strlen(y) < 3 || strncmp(src, y, 3) || !strncmp(src, "---", 3)) return false;
    bool a = false, b = false;
    for (const char *const *x = state_side; *x; x++) {
        a = a || !strcmp(src + 3, *x);
        b = b || (strcmp(*x, "MED") && !strcmp(y + 3, *x));
    }
    return a && b;
}

// The accusation code a speaker makes of NE y by what the VP at item k says
// y is or did, or NULL (not of a claim's content: "the notion that X is a
// threat is ludicrous").
static const char *judgement(const sentence *s, int32_t src, int32_t y, int32_t k)
{
    if (dyad__under_report_noun(s, k) || expletive_it(s, y, k)) return NULL;
    // "Our troops attacked Iraq," Obama said: a speaker reports its own side
    const ne_phrase *ye = &s->nes[y];
    if (ye->first_leaf >= 0 && (dyad__word_is(s->leaves[ye->first_leaf].text, "our") ||
                                dyad__word_is(s->leaves[ye->first_leaf].text, "we")))
        return NULL;
    const char *code = !s->nes[y].thing && !s->nes[y].located && blames(s, k) ? "112"
                       : condemns(s, k) ? "111"
                       : !s->nes[y].thing && !s->nes[y].located && s->be_forms && wrongdoing(s, k) &&
                                 !dyad__hypothetical(s, k)
                             ? "111"
                                                                                                  : NULL;
    // "the U.S. said the militant group kidnapped Yazidi women": a
    // speaker who reports another's violence (17x-20x) accuses it
    // (by a speaker named so, not "officials" of the story's state)
    if (!code && !s->nes[y].thing && !s->nes[y].located && !s->nes[src].inferred &&
        !dyad__hypothetical(s, k))
        code = reported_violence(s, k);
    // (not the speaker itself: "Russia said it attacked"; nor a state of
    // its own forces: "Iraq said its troops had killed thousands")
    if (!code || !strcmp(s->nes[y].code, "---") || !strcmp(s->nes[src].code, s->nes[y].code) ||
        own_report(s->nes[src].code, s->nes[y].code))
        return NULL;
    return code;
}

static size_t emit_judgement(dyad_coder *c, const verb_match *m, const char *code, int32_t src, int32_t y)
{
    size_t before = c->n_events;
    codes a, b;
    codes_of(c, src, &a);
    codes_of(c, y, &b);
    emit_pairs(c, m, code, &a, &b, false);
    free_codes(&a);
    free_codes(&b);
    if (c->opts.require_dyad) drop_undyadic(c);
    return c->n_events > before ? c->n_events - before : 0;
}

// The accusation speaker src makes by what it says in items (from, to): of
// the first name there, by the verb phrase after it.
// Is the verb at m one of accusing ("charged", "alleged", "accused")?
static bool accusing(const sentence *s, const verb_match *m)
{
    slice v = s->leaves[s->items[m->verb_item].leaf].text;
    return (v.n >= 6 && dyad__same_ci(v.p, "charge", 6)) || (v.n >= 6 && dyad__same_ci(v.p, "allege", 6)) ||
           (v.n >= 6 && dyad__same_ci(v.p, "accuse", 6));
}

// The doer of a passive verb phrase at item k ("is unfairly subsidized by
// Britain, France and West Germany"): the noun phrase after its "by", or -1.
static int32_t passive_doer(const sentence *s, int32_t k)
{
    bool passive = false;
    for (int32_t i = k + 1; i < s->items[k].mate; i++) {
        const item *it = &s->items[i];
        if (it->kind == IT_WORD && it->leaf >= 0) {
            if (it->vbn) passive = true;
            else if (passive && dyad__word_is(s->leaves[it->leaf].text, "by")) {
                int32_t j = i + 1;
                while (j < s->items[k].mate && s->items[j].kind == IT_OPEN && s->items[j].phrase != PH_NE &&
                       s->items[j].phrase != PH_NEC)
                    j++;
                if (j < s->items[k].mate && s->items[j].kind == IT_OPEN) return s->items[j].ne;
                return -1;
            }
        }
        if (it->kind == IT_OPEN && (it->phrase == PH_SBAR || it->phrase == PH_S)) return -1;
    }
    return -1;
}

// Is the VP at item k a finding ("assesses", "concluded", "confirmed") made
// by the speaker's own side (y of the speaker's country, or "we")?
static bool own_finding(const sentence *s, int32_t src, int32_t y, int32_t k)
{
    int32_t v = k + 1;
    // (past auxiliaries and adverbs: "has now concluded")
    while (v < s->items[k].mate &&
           (s->items[v].kind != IT_WORD ||
            (s->items[v].leaf >= 0 &&
             (auxiliary(s->leaves[s->items[v].leaf].text) || s->items[v].tag == TAG_OTHER))))
        v++;
    if (v >= s->items[k].mate || s->items[v].leaf < 0 ||
        !dyad__lexicon_has(&s->dict->lex, LEX(LEX_ASSERT), s->leaves[s->items[v].leaf].id))
        return false;
    const ne_phrase *e = &s->nes[y], *sp = &s->nes[src];
    if (e->compound || !e->code || !sp->code || strlen(sp->code) < 3 ||
        !strncmp(sp->code, "---", 3))
        return false;
    if (e->first_leaf >= 0 && e->first_leaf == e->last_leaf &&
        dyad__word_is(s->leaves[e->first_leaf].text, "we"))
        return true;
    return strlen(e->code) >= 3 && !strncmp(e->code, sp->code, 3);
}

static size_t accuse_in(dyad_coder *c, const verb_match *m, int32_t src, int32_t from, int32_t to)
{
    const sentence *s = &c->sent;
    int32_t y = -1;
    for (int32_t k = from; k < to; k++) {
        const item *it = &s->items[k];
        if (it->kind == IT_WORD && dyad__report_that(s, it->leaf)) return 0;  // "the notion that"
        if (y < 0) {
            if (it->kind == IT_OPEN && (it->phrase == PH_NE || it->phrase == PH_NEC)) {
                const ne_phrase *e = &s->nes[it->ne];
                if (e->nec >= 0) return 0;
                y = it->ne;
                k = e->close;
            } else if (it->kind == IT_OPEN && it->phrase == PH_VP) {
                return 0;  // a clause with no subject of its own
            }
            continue;
        }
        // "told the AP that militants attacked": the addressee is no
        // subject of the clause after it
        if (it->kind == IT_OPEN && (it->phrase == PH_SBAR || it->phrase == PH_S)) {
            y = -1;
            continue;
        }
        if (it->kind == IT_OPEN && it->phrase == PH_VP) {
            // a person or body to blame; an act of theirs (a thing named
            // after them: "the US sanctions") condemned
            const char *code = judgement(s, src, y, k);
            // "charged that Britain subsidized Airbus", "alleged that X is
            // paid by Y": a verb of accusation accuses the doer it reports
            if (!code && accusing(s, m) && !dyad__hypothetical(s, k)) {
                int32_t by = passive_doer(s, k);
                int32_t who = by >= 0 ? by : y;
                const ne_phrase *w = &s->nes[who];
                bool actor = w->compound ? by >= 0
                                         : w->code && strcmp(w->code, "---") && !w->thing && !w->located &&
                                               strcmp(s->nes[src].code, w->code) &&
                                               !own_report(s->nes[src].code, w->code);
                if (actor) return emit_judgement(c, m, "112", src, who);
            }
            // (a verb of accusing makes it an accusation: "charged that the
            // U.S. has abandoned the pact")
            if (code && !strcmp(code, "111") && accusing(s, m)) code = "112";
            if (code) return emit_judgement(c, m, code, src, y);
            // "our intelligence community assesses that the Assad regime has
            // used chemical weapons": the speaker's own side concluding
            // something says it in the speaker's voice; its clause is read on
            if (!own_finding(s, src, y, k)) return 0;
            int32_t clause = k + 1;
            while (clause < s->items[k].mate &&
                   !(s->items[clause].kind == IT_OPEN &&
                     (s->items[clause].phrase == PH_SBAR || s->items[clause].phrase == PH_S)))
                clause++;
            if (clause >= s->items[k].mate) return 0;
            k = clause;
            y = -1;
        }
    }
    return 0;
}

// "\u201cRussia attacked Ukraine,\u201d Zelensky said on Monday." / "...,
// said Pelosi": the verb of saying at m closes a sentence that opens with a
// quote and says nothing else (no clause of its own after it). Sets the
// quote's marks (*open, *close) and returns the speaker: the subject before
// the verb or the name right after it; -1 when the verb is no such
// attribution.
static int32_t quote_attribution(const sentence *s, const verb_match *m, int32_t *open, int32_t *close)
{
    int32_t speaker = -1, i = m->first - 1;
    while (i >= 0 && s->items[i].kind == IT_OPEN) i--;
    if (i >= 0 && s->items[i].kind == IT_CLOSE && s->items[i].phrase == PH_NE) {
        speaker = s->items[i].ne;
        for (i = s->nes[speaker].open - 1; i >= 0 && s->items[i].kind == IT_OPEN; i--) {}
    }
    *close = -1;
    for (int marks = 0; i >= 0 && marks < 2 && s->items[i].kind == IT_WORD; i--, marks++) {
        if (dyad__quote_item(s, i)) *close = i;
        else if (s->items[i].tag != TAG_COMMA) return -1;
    }
    if (*close < 0) return -1;
    int32_t first = dyad__opening_quote(s, *close);
    if (first < 0) return -1;
    for (int32_t j = first + 1; j < *close; j++)
        if (dyad__quote_item(s, j)) return -1;  // two quotes
    *open = first;
    for (int32_t k = m->last + 1; k < m->vp_close; k++) {
        const item *it = &s->items[k];
        if (it->kind != IT_OPEN) continue;
        if (it->phrase == PH_S || it->phrase == PH_SBAR) return -1;  // "said that ..."
        if (speaker < 0 && it->phrase == PH_NE) speaker = it->ne;    // "said Nancy Pelosi"
    }
    return speaker;
}

size_t dyad__code_accusation(dyad_coder *c, const verb_match *m)
{
    const sentence *s = &c->sent;
    int32_t src = dyad__verb_default_source(s, m->first, true);
    int32_t open, close, speaker = c->opts.clause_roles ? quote_attribution(s, m, &open, &close) : -1;
    if (speaker >= 0) return accuse_in(c, m, speaker, open + 1, close);
    if (src < 0) return 0;
    size_t n = accuse_in(c, m, src, m->last + 1, m->vp_close);
    if (n || !c->opts.clause_roles) return n;
    // "Schumer tweeted, in part: “Now he's trying to silence Mueller.”":
    // what follows the colon after the verb's phrase is what was said
    int32_t k = m->vp_close + 1;
    while (k < s->n_items && s->items[k].kind == IT_CLOSE) k++;
    if (k >= s->n_items || s->items[k].kind != IT_WORD || s->items[k].tag != TAG_COLON) return 0;
    return accuse_in(c, m, src, k + 1, s->n_items);
}

// News: "Britain and France agreed to stabilize exchange rates": a compound
// subject that agrees to do something that names no other actor states an
// intent to cooperate to each other (030). (The pattern leaves the verb
// uncoded, so that "agreed to expel Russia" is coded by its inner verb.)
size_t dyad__code_agreed(dyad_coder *c, const verb_match *m)
{
    const sentence *s = &c->sent;
    slice v = s->leaves[s->items[m->verb_item].leaf].text;
    if (v.n < 5 || !dyad__same_ci(v.p, "agree", 5)) return 0;
    int32_t k = m->last + 1;
    while (k < m->vp_close && s->items[k].kind != IT_WORD) k++;
    if (k >= m->vp_close || !dyad__word_is(s->leaves[s->items[k].leaf].text, "to")) return 0;
    // (an act of the dictionary is done to others: "agreed to assist with
    // the airdrops" is an intent toward those helped, not toward each other)
    // (a verb phrase right after "to": not "agreed to the terms", "agreed to")
    int32_t vp = k + 1;
    while (vp < m->vp_close && s->items[vp].kind == IT_CLOSE) vp++;
    if (vp >= m->vp_close || s->items[vp].kind != IT_OPEN || s->items[vp].phrase != PH_VP) return 0;
    verb_match im;
    if (dyad__verb_try(s, vp, &im) && im.code) return 0;
    for (int32_t i = k; i < m->vp_close; i++) {
        const item *it = &s->items[i];
        if (it->kind != IT_OPEN || (it->phrase != PH_NE && it->phrase != PH_NEC)) continue;
        const ne_phrase *e = &s->nes[it->ne];
        if (!e->compound && e->code && strcmp(e->code, "---") && !e->thing && !e->located) return 0;
    }
    int32_t src = dyad__verb_default_source(s, m->first, true);
    if (src < 0 || !s->nes[src].compound) return 0;
    codes a;
    codes_of(c, src, &a);
    size_t before = c->n_events;
    if (a.n >= 2) emit_pairs(c, m, "030", &a, &a, false);
    free_codes(&a);
    if (c->opts.require_dyad) drop_undyadic(c);
    return c->n_events > before ? c->n_events - before : 0;
}

// Does NE i stand after a preposition of place ("in Paris", "at the
// border")?
static bool place_after_prep(const sentence *s, int32_t i)
{
    const ne_phrase *e = &s->nes[i];
    return !e->compound && e->first_leaf > 0 &&
           dyad__lexicon_has(&s->dict->lex, LEX(LEX_PLACE_PREP), s->leaves[e->first_leaf - 1].id);
}

// Codes of acts two parties can only do with each other: meet, negotiate,
// sign, agree a ceasefire, break relations. Not fighting or trade: "A and B
// attacked" or "imported" is mostly done together, against or from others.
static bool mutual_code(const char *code)
{
    static const char *const mutual[] = {"040", "046", "057", "0871", "161"};
    if (strchr(code, ':')) return false;
    for (size_t i = 0; i < sizeof mutual / sizeof mutual[0]; i++)
        if (!strncmp(code, mutual[i], strlen(mutual[i]))) return true;
    return false;
}

// "Kenya and Ethiopia agreed to share intelligence": an intent (03x) the
// parties agree on is one they state to each other.
static bool agreed_intent(const sentence *s, const verb_match *m)
{
    slice v = s->leaves[s->items[m->verb_item].leaf].text;
    return dyad__cameo_root(m->code) == 3 && !strchr(m->code, ':') && v.n >= 5 && dyad__same_ci(v.p, "agree", 5);
}

// Does NE i follow "on", "about" or "over", the topic of an act ("agreed to
// share intelligence on al-Shabaab", "clashed over Libya")?
static bool topic_after(const sentence *s, int32_t i)
{
    if (s->nes[i].compound || s->nes[i].first_leaf == 0) return false;
    slice p = s->leaves[s->nes[i].first_leaf - 1].text;
    return dyad__word_is(p, "on") || dyad__word_is(p, "about") || dyad__word_is(p, "over");
}

// News: a compound subject of a mutual act with no coded target ("Havana and
// Washington severed diplomatic ties"): each member toward each other.
static size_t reciprocal(dyad_coder *c, const verb_match *m, int32_t src, int32_t tgt)
{
    const sentence *s = &c->sent;
    if (!c->opts.clause_roles || m->passive || src < 0 || !s->nes[src].compound ||
        !(mutual_code(m->code) || agreed_intent(s, m)) || dyad__co_actor_after(s, m))
        return 0;
    codes a, b;
    codes_of(c, src, &a);
    codes_of(c, tgt, &b);
    bool none = true;
    for (int j = 0; j < b.n; j++) none = none && !strcmp(b.code[j], "---");
    // (a target among the compound's own members is none: "was signed by
    // Ethiopia and Eritrea"; so is a place: "agreed to meet in Paris")
    if (tgt >= 0 && (tgt == src || s->nes[tgt].nec == src || place_after_prep(s, tgt))) none = true;
    // (and the topic of an agreed intent: "agreed to share intelligence on
    // al-Shabaab")
    if (tgt >= 0 && agreed_intent(s, m) && topic_after(s, tgt)) none = true;
    size_t before = c->n_events;
    if (none && a.n >= 2) emit_pairs(c, m, m->code, &a, &a, false);
    free_codes(&a);
    free_codes(&b);
    return c->n_events - before;
}

// "several countries, including Qatar and Kuwait": an uncoded noun phrase
// (or a bloc, "Western powers") whose members follow it stands for them;
// else ne itself.
static int32_t members_of(const sentence *s, int32_t ne)
{
    if (ne < 0 || !dyad__ne_bloc(&s->nes[ne])) return ne;
    int32_t k = s->nes[ne].close + 1;
    bool comma = false, including = false;
    for (; k < s->n_items; k++) {
        const item *it = &s->items[k];
        if (it->kind == IT_CLOSE || (it->kind == IT_OPEN && it->phrase == PH_OTHER)) continue;
        if (it->kind == IT_WORD && it->tag == TAG_COMMA && !comma && !including) {
            comma = true;
            continue;
        }
        if (it->kind == IT_WORD && !including && it->leaf >= 0 &&
            dyad__lexicon_has(&s->dict->lex, LEX(LEX_INCLUDING), s->leaves[it->leaf].id)) {
            including = true;
            continue;
        }
        break;
    }
    if (including && k < s->n_items && s->items[k].kind == IT_OPEN &&
        (s->items[k].phrase == PH_NE || s->items[k].phrase == PH_NEC))
        return s->items[k].ne;
    return ne;
}

// "praised the move", "called the decision a humanitarian moment",
// "halted the amnesty": a reaction (praise 05, demand 10, criticism 11,
// rejection 12) to an act the sentence names by a bare noun is aimed at who
// did it, the story's last subject.
static void reaction_target(dyad_coder *c, const verb_match *m, int32_t src, int32_t tgt)
{
    static const char *const acts[] = {
        "decision", "move", "plan", "proposal", "policy", "announcement", "order", "offer",
        "measure", "measures", "ruling", "action", "actions", "step", "steps", "program",
        "programme", "initiative", "approach", "strategy", "amnesty", "ban", "report", NULL};
    sentence *s = &c->sent;
    ne_phrase *t = &s->nes[tgt];
    // "a judge halted it": a lone "it" after the verb is the act too
    bool it = dyad__ne_pronoun(s, t) && dyad__word_is(s->leaves[t->first_leaf].text, "it");
    if (t->compound || (strcmp(t->code, "---") && !it) || !s->act_owner || s->nes[src].compound) return;
    int root = dyad__cameo_root(m->code);
    if (root != 5 && root != 10 && root != 11 && root != 12) return;
    if (t->open < m->last || t->first_leaf < 0) return;  // the verb's own object
    // "the move", "the decision": a determiner and the noun alone
    bool act = it;
    if (!it && (t->last_leaf != t->first_leaf + 1 || s->leaves[t->first_leaf].tag != TAG_DT)) return;
    for (const char *const *a = acts; *a && !act; a++) act = dyad__word_is(s->leaves[t->last_leaf].text, *a);
    if (!act || !strcmp(s->nes[src].code, s->act_owner)) return;
    t->neuter = false;
    t->code = dyad__arena_strndup(s->mem, s->act_owner, strlen(s->act_owner));
    t->inferred = true;
    strbuf b = STRBUF_INIT;
    dyad__sb_printf(&b, "the act of the story's last subject, %s", s->act_owner_entry);
    t->entry = dyad__arena_strndup(s->mem, b.p, b.n);
    dyad__sb_dispose(&b);
}

// "troops loyal to Mr. Assad used chemical weapons against civilians": the
// civilians of mass violence (20x) whose country only the story gave are
// the perpetrator's own (the story's state is often the reporting one).
static void own_civilians(dyad_coder *c, const verb_match *m, int32_t src, int32_t tgt)
{
    sentence *s = &c->sent;
    ne_phrase *t = &s->nes[tgt];
    const ne_phrase *f = &s->nes[src];
    if (dyad__cameo_root(m->code) != 20 || t->compound || f->compound ||
        !t->inferred || !t->code || !f->code || strlen(t->code) != 6 ||
        strcmp(t->code + 3, "CVL") || !dyad__cameo_is_state(f->code) || !strncmp(f->code, t->code, 3))
        return;
    t->code = dyad__cameo_with_state(s->mem, f->code, "CVL");
    t->entry = "civilians of mass violence: the perpetrator's own";
}

// "Italy has mobilized law enforcement", "Russia deployed troops": the
// forces a state puts on alert or deploys (15x), of no country but the
// story's, are its own.
static void own_forces(dyad_coder *c, const verb_match *m, int32_t src, int32_t tgt)
{
    sentence *s = &c->sent;
    ne_phrase *t = &s->nes[tgt];
    const ne_phrase *f = &s->nes[src];
    if (dyad__cameo_root(m->code) != 15 || t->compound || f->compound || !t->inferred || !t->code ||
        !f->code || strlen(t->code) != 6 || !dyad__cameo_is_state(f->code) || !strncmp(f->code, t->code, 3))
        return;
    static const char *const forces[] = {"MIL", "COP", "SPY", NULL};
    bool force = false;
    for (const char *const *x = forces; *x && !force; x++) force = !strcmp(t->code + 3, *x);
    if (!force) return;
    t->code = dyad__cameo_with_state(s->mem, f->code, t->code + 3);
    t->entry = "forces a state mobilizes or deploys: its own";
}

// "militants bombed a crowded market in Peshawar", "attacked a village":
// the object of an assault, fight or mass violence (18x-20x) that names no
// actor but a place (a village, a market, a mosque) stands for the
// civilians of the state where the act happens.
static bool place_noun(slice w)
{
    static const char *const places[] = {
        "village", "town", "city", "market", "marketplace", "bazaar", "mosque", "church",
        "temple", "synagogue", "shrine", "school", "hospital", "clinic", "hotel", "building",
        "neighbourhood", "neighborhood", "district", "camp", "settlement", "house", "home",
        "restaurant", "cafe", "mall", "square", "station", "bus", "train", "wedding", "funeral",
        "rally", "crowd", "port", "airport", "area", "region", "province", "suburb",
        NULL};
    size_t n = w.n;
    if (n > 3 && (w.p[n - 1] == 's' || w.p[n - 1] == 'S')) n--;  // "villages"
    for (const char *const *p = places; *p; p++)
        if ((strlen(*p) == n && dyad__same_ci(w.p, *p, n)) || dyad__word_is(w, *p)) return true;
    return false;
}

// The head noun of NE e (its last noun before a preposition) names a place.
static bool place_head(const sentence *s, const ne_phrase *e)
{
    int32_t head = -1;
    for (int32_t l = e->first_leaf; l >= 0 && l <= e->last_leaf; l++) {
        if (l > e->first_leaf && s->leaves[l].tag == TAG_IN) break;
        if (s->leaves[l].tag == TAG_NOUN) head = l;
    }
    // lower case: "the House" is Congress
    return head >= 0 && s->leaves[head].text.n && !(s->leaves[head].text.p[0] >= 'A' &&
                                                     s->leaves[head].text.p[0] <= 'Z') &&
           place_noun(s->leaves[head].text);
}

// "did not advance on Kharkiv, but they shelled the city's northern
// districts": "the city", "the town", "the capital" or "the village" is the
// place the sentence named before it (a state's name, a code of three
// letters), or NULL.
static const char *the_place_named(const sentence *s, const ne_phrase *t)
{
    if (t->first_leaf < 0 || t->first_leaf + 1 > t->last_leaf ||
        !dyad__word_is(s->leaves[t->first_leaf].text, "the"))
        return NULL;
    slice w = s->leaves[t->first_leaf + 1].text;
    if (!dyad__word_is(w, "city") && !dyad__word_is(w, "town") && !dyad__word_is(w, "capital") &&
        !dyad__word_is(w, "village"))
        return NULL;
    const char *place = NULL;
    for (int32_t i = 0; i < s->n_nes; i++) {
        const ne_phrase *e = &s->nes[i];
        if (e->open < 0 || e->compound || e->open >= t->open || !e->code || strlen(e->code) != 3 ||
            !dyad__cameo_is_state(e->code) || e->inferred)
            continue;
        place = e->code;
    }
    return place;
}

static void attacked_place(dyad_coder *c, const verb_match *m, int32_t src, int32_t tgt)
{
    sentence *s = &c->sent;
    ne_phrase *t = &s->nes[tgt];
    if (t->compound) return;
    // "Mozambican insurgents stormed the Mozambican town of Palma": a place
    // of the source's own state stands for its civilians
    bool own = strlen(t->code) == 3 && dyad__cameo_is_state(t->code) && !s->nes[src].compound &&
               !strncmp(s->nes[src].code, t->code, 3);
    if (strcmp(t->code, "---") && !own) return;
    int root = dyad__cameo_root(m->code);
    if (root < 18 || root > 20 || t->open < m->last) return;  // the verb's own object
    // not a blockade or a seizure of ground: whom those are against is who
    // holds the place, not its people
    if (!strncmp(m->code, "191", 3) || !strncmp(m->code, "192", 3)) return;
    if (dyad__ne_pronoun(s, t) || !place_head(s, t)) return;
    const char *place = own ? t->code : the_place_named(s, t);
    if (!place) place = dyad__attack_place(c);
    if (!place || s->nes[src].compound) return;
    t->code = dyad__cameo_with_state(s->mem, place, "CVL");  // the people of the place
    t->inferred = true;
    t->entry = "an attacked place: the civilians of the state where it lies";
}

// "expelled two Polish diplomats, accusing them of spying": a pronoun object
// of a comma-set participle is the nearest actor before the comma other than
// the subject (the host verb's object).
static int32_t participle_object(const sentence *s, const verb_match *m, int32_t src, int32_t tgt)
{
    if (dyad__participle_host(s, m->first) < 0) return tgt;
    int32_t obj = -1;  // the participle's first noun phrase
    for (int32_t i = m->last + 1; i < m->vp_close && obj < 0; i++)
        if (s->items[i].kind == IT_OPEN && s->items[i].phrase == PH_NE) obj = s->items[i].ne;
    // a pronoun, alone or with what it is accused of ("it of genocide")
    if (obj < 0 || s->nes[obj].first_leaf < 0 || s->leaves[s->nes[obj].first_leaf].tag != TAG_PRP)
        return tgt;
    int32_t k = m->first - 1;
    while (k >= 0 && s->items[k].kind != IT_WORD) k--;  // the comma
    for (k--; k >= 0; k--) {
        const item *it = &s->items[k];
        if (it->kind != IT_OPEN || (it->phrase != PH_NE && it->phrase != PH_NEC)) continue;
        const ne_phrase *e = &s->nes[it->ne];
        if (it->ne == src || e->nec >= 0 || dyad__ne_pronoun(s, e)) continue;  // members: their NEC
        if (!e->compound && (!e->code || !strncmp(e->code, "---", 3))) continue;
        return it->ne;
    }
    return tgt;
}

// "students blocked roads in Dhaka to protest against a quota system",
// "workers went on strike": a protest (14x) whose words name no actor as
// its target is aimed at the government of the protesters' own state, when
// they are its people (civilians, opposition, labour, students, clergy,
// press, activists, farmers, health workers), not one of its organs nor
// business. The code, or NULL.
static const char *protest_target(dyad_coder *c, const verb_match *m, int32_t src, int32_t tgt)
{
    // (not business: "GM staged an explosive rally on Wall Street")
    static const char *const people[] = {"CVL", "OPP", "LAB", "EDU", "REL", "MED",
                                         "ENV", "HRI", "AGR", "HLH", NULL};
    const sentence *s = &c->sent;
    if (dyad__cameo_root(m->code) != 14 || strchr(m->code, ':') || m->passive) return NULL;
    if (src < 0 || s->nes[src].compound || !s->nes[src].code || s->nes[src].thing) return NULL;
    const char *code = s->nes[src].code;
    // (the protesters' own state named as a whole is its government:
    // "protest Argentina's plans")
    if (tgt >= 0 && (s->nes[tgt].compound || !s->nes[tgt].code ||
                     (strcmp(s->nes[tgt].code, "---") && !dyad__ne_place_state(s, &s->nes[tgt]) &&
                      !(strlen(s->nes[tgt].code) == 3 && !strncmp(s->nes[tgt].code, code, 3)))))
        return NULL;
    if (strlen(code) != 6 || !dyad__cameo_is_state(code)) return NULL;
    bool person = false;
    for (const char *const *p = people; *p && !person; p++) person = !memcmp(code + 3, *p, 3);
    if (!person) return NULL;
    return dyad__cameo_with_state(&c->mem, code, "GOV");
}

// "Forty-four people were arrested", "Manafort has been charged with fraud":
// an arrest or charge in the passive with no "by" is the act of the police
// (the courts, for a charge or a conviction) of the place the sentence or
// the story is in, else of the arrested's state; NULL when it is not one.
static const char *implied_arrester(dyad_coder *c, const verb_match *m, int32_t src, int32_t tgt)
{
    static const char *const court[] = {"charg", "indict", "convict", "sentenc", "prosecut", NULL};
    const sentence *s = &c->sent;
    if (m->code != m->agentless || tgt >= 0 || src < 0) return NULL;
    const ne_phrase *e = &s->nes[src];
    for (int32_t i = 0; e->compound && i < s->n_nes; i++)  // its first coded member
        if (s->nes[i].nec == src && s->nes[i].open >= 0 && s->nes[i].code &&
            strncmp(s->nes[i].code, "---", 3))
            e = &s->nes[i];
    const char *who = e->code;
    if (e->thing || e->located || !who || !strncmp(who, "---", 3)) return NULL;
    const char *state = dyad__attack_place(c);
    if (!state && dyad__cameo_is_state(who)) state = who;
    if (!state) return NULL;
    slice v = s->leaves[s->items[m->verb_item].leaf].text;
    const char *sector = "COP";
    for (const char *const *w = court; *w; w++)
        if (v.n >= strlen(*w) && dyad__same_ci(v.p, *w, strlen(*w))) sector = "JUD";
    return dyad__cameo_with_state(&c->mem, state, sector);
}

// An arrest in the passive with no "by" (see implied_arrester): its
// subject is the arrested, the police or courts of its place the arresting
// side. Returns the events added.
static size_t code_agentless(dyad_coder *c, const verb_match *m)
{
    size_t before = c->n_events;
    const sentence *s = &c->sent;
    int32_t open = s->items[m->vp_close].mate;
    int32_t head = dyad__coordination_start(s, open);
    int32_t src = members_of(s, dyad__verb_default_source(s, head, true));
    const char *doer = implied_arrester(c, m, src, -1);
    if (!doer) return 0;
    codes a, b;
    codes_of(c, src, &a);
    memset(&b, 0, sizeof b);
    push_code(&b, doer, -1);
    c->implied_source = "an arrest with no doer named: the police or the courts of its place";
    emit_pairs(c, m, m->code, &a, &b, true);
    c->implied_source = NULL;
    free_codes(&a);
    free_codes(&b);
    if (c->opts.require_dyad) drop_undyadic(c);
    return c->n_events > before ? c->n_events - before : 0;
}

// "a Syrian refugee whom the police arrested in Berlin", "the Americans
// whom it had detained": the verb of a relative clause with a subject of its
// own and no object after it is done to the noun phrase the clause follows;
// -1 when it is not one.
static int32_t object_antecedent(const sentence *s, const verb_match *m, int32_t src)
{
    const ne_phrase *sub = &s->nes[src];
    if (sub->compound || sub->first_leaf < 2 || sub->last_leaf >= s->items[m->verb_item].leaf)
        return -1;  // a subject of one phrase before the verb
    slice rel = s->leaves[sub->first_leaf - 1].text;
    // ("that" is too often the complementizer: "told the AP that he ...")
    if (!dyad__word_is(rel, "whom") && !dyad__word_is(rel, "which")) return -1;
    // no object: the verb's phrase holds no noun phrase right after the verb
    int32_t k = m->last + 1;
    while (k < m->vp_close && s->items[k].kind == IT_OPEN && s->items[k].phrase != PH_NE &&
           s->items[k].phrase != PH_NEC && s->items[k].phrase != PH_OTHER)
        k++;
    if (k < m->vp_close && s->items[k].kind == IT_OPEN &&
        (s->items[k].phrase == PH_NE || s->items[k].phrase == PH_NEC))
        return -1;
    int32_t before = sub->first_leaf - 2;  // the antecedent's last word
    for (int32_t i = 0; i < s->n_nes; i++) {
        const ne_phrase *e = &s->nes[i];
        if (e->open < 0 || e->last_leaf != before || i == src || e->nec >= 0) continue;
        if (!e->code || !strncmp(e->code, "---", 3) || e->located) return -1;
        return i;
    }
    return -1;
}

// "intercepted an Iranian jet and shot it down": a lone "it" or "them"
// object of a later member of a coordination of verb phrases is the
// object of the member before it, when that one's verb is an act of the
// dictionary; else tgt.
static int32_t earlier_target(const sentence *s, const verb_match *m, int32_t src);

static int32_t coordinated_it(const sentence *s, const verb_match *m, int32_t src, int32_t tgt)
{
    if (tgt < 0 || !s->nes[tgt].code || !strcmp(s->nes[tgt].code, "---")) {
        // "implored the Kremlin to de-escalate and warned of more sanctions":
        // a later member with no actor after its verb acts on the earlier
        // one's (not a statement: "visited Japan and said ..."; not when its
        // object is a name no dictionary knows: "derided Browder")
        if (dyad__cameo_root(m->code) == 1) return tgt;
        if (tgt >= 0 && s->nes[tgt].last_leaf >= 0) {
            slice h = s->leaves[s->nes[tgt].last_leaf].text;
            if (h.n && h.p[0] >= 'A' && h.p[0] <= 'Z') return tgt;
        }
        int32_t t = earlier_target(s, m, src);
        return t >= 0 && !s->nes[t].located && !s->nes[t].thing ? t : tgt;
    }
    if (!dyad__ne_pronoun(s, &s->nes[tgt])) return tgt;
    slice w = s->leaves[s->nes[tgt].first_leaf].text;
    if (!dyad__word_is(w, "it") && !dyad__word_is(w, "them")) return tgt;
    int32_t t = earlier_target(s, m, src);
    return t >= 0 ? t : tgt;
}

// The target of the member before the verb phrase of m in a coordination
// of verb phrases, when that one's verb is an act of the dictionary and its
// target an actor that is neither the source nor a pronoun; else -1.
static int32_t earlier_target(const sentence *s, const verb_match *m, int32_t src)
{
    int32_t open = s->items[m->vp_close].mate;
    if (dyad__coordination_start(s, open) == open) return -1;
    int32_t k = open - 1;  // back over "and", "or" and commas to the member before
    while (k >= 0 && s->items[k].kind == IT_WORD) k--;
    if (k < 0 || s->items[k].kind != IT_CLOSE || s->items[k].phrase != PH_VP) return -1;
    verb_match pm;
    if (!dyad__verb_try(s, s->items[k].mate, &pm) || !pm.code) return -1;
    // (members of a passive list share their subject, already the target:
    // "how many people were shot and killed by police")
    if (m->passive || pm.passive) return -1;
    int32_t t = pm.tgt >= 0 ? pm.tgt : dyad__verb_default_target(s, &pm, src, true);
    if (t < 0 || t == src || !s->nes[t].code || !strcmp(s->nes[t].code, "---") || dyad__ne_pronoun(s, &s->nes[t]))
        return -1;
    return t;
}

// News: an attack (180, 183, 190) done by bombers is a bombing: "attacked
// by al Qaeda suicide bombers" 1831, "a car bomber" 1832, "roadside
// bombers" 1833, other bombers 183. Else code.
static const char *bomber_code(const sentence *s, int32_t doer, const char *code)
{
    if (doer < 0 || s->nes[doer].compound || s->nes[doer].first_leaf < 0 ||
        (strcmp(code, "180") && strcmp(code, "183") && strcmp(code, "190")))
        return code;
    const ne_phrase *e = &s->nes[doer];
    bool bomber = false, suicide = false, car = false, roadside = false;
    for (int32_t l = e->first_leaf; l <= e->last_leaf; l++) {
        slice w = s->leaves[l].text;
        bomber = bomber || dyad__word_is(w, "bomber") || dyad__word_is(w, "bombers");
        suicide = suicide || dyad__word_is(w, "suicide");
        car = car || dyad__word_is(w, "car");
        roadside = roadside || dyad__word_is(w, "roadside");
    }
    if (!bomber) return code;
    return suicide ? "1831" : car ? "1832" : roadside ? "1833" : "183";
}

// A passive swaps the roles, unless the pattern placed them itself
// ("- + &PASSAUXB_* BY $": in news every form of "be" makes a passive).
static bool swap_roles(const sentence *s, const verb_match *m)
{
    return m->passive && !(s->be_forms && (m->src >= 0 || m->tgt >= 0));
}

size_t dyad__code_verb(dyad_coder *c, const verb_match *m)
{
    size_t before = c->n_events;
    const sentence *s = &c->sent;
    int32_t src = m->src, tgt = m->tgt;
    if (m->agentless && m->code == m->agentless) return code_agentless(c, m);
    // news: a pattern's $ or + on one member of a coordination stands for
    // all of them ("exercises with Singapore, Vietnam and the Philippines")
    if (c->opts.clause_roles && src >= 0 && s->nes[src].nec >= 0) src = s->nes[src].nec;
    if (c->opts.clause_roles && tgt >= 0 && s->nes[tgt].nec >= 0) tgt = s->nes[tgt].nec;
    if (src < 0) {
        // news: every member of a coordination of verb phrases has its subject
        int32_t from = m->first;
        if (c->opts.clause_roles) {
            int32_t open = s->items[m->vp_close].mate;
            int32_t head = dyad__coordination_start(s, open);
            if (head != open) from = head;
        }
        src = dyad__verb_default_source(s, from, c->opts.clause_roles);
    }
    if (tgt < 0 && c->opts.clause_roles && src >= 0) tgt = object_antecedent(s, m, src);
    if (tgt < 0) tgt = dyad__verb_default_target(s, m, src, c->opts.clause_roles);
    // news: a member of the source's own compound is no target ("was called
    // for by the industry and its union")
    if (c->opts.clause_roles && tgt >= 0 && src >= 0 && s->nes[src].compound && s->nes[tgt].nec == src)
        tgt = -1;
    if (c->opts.clause_roles && src >= 0) tgt = participle_object(s, m, src, tgt);
    if (c->opts.clause_roles) tgt = coordinated_it(s, m, src, tgt);
    if (c->opts.clause_roles) {
        src = members_of(s, src);
        tgt = members_of(s, tgt);
    }
    if (c->gap_fn) {
        dyad__report_gap(c, src);
        dyad__report_gap(c, tgt);
    }
    // (a compound subject with a co-actor does not act on itself:
    // "Russia, China and France are negotiating alongside the U.S.")
    if (c->opts.clause_roles && src >= 0 && src == tgt && dyad__co_actor_after(s, m)) tgt = -1;
    size_t mutual = reciprocal(c, m, src, tgt);
    if (mutual) return mutual;
    if (c->opts.clause_roles && src >= 0 && tgt >= 0) {  // news: targets the words leave open
        attacked_place(c, m, src, tgt);
        if (c->opts.pronouns) reaction_target(c, m, src, tgt);
        own_civilians(c, m, src, tgt);
        own_forces(c, m, src, tgt);
    }
    const char *implied = c->opts.clause_roles ? protest_target(c, m, src, tgt) : NULL;
    if (implied) tgt = -1;
#ifdef DYAD_TRACE
    fprintf(stderr, "trace:   roles src %s [%s] tgt %s [%s]\n", src >= 0 ? s->nes[src].code ? s->nes[src].code : "(cmp)" : "-",
            src >= 0 ? ne_text(c, src) : "", tgt >= 0 ? s->nes[tgt].code ? s->nes[tgt].code : "(cmp)" : "-",
            tgt >= 0 ? ne_text(c, tgt) : "");
#endif
    if (src < 0 || (tgt < 0 && !implied)) return 0;  // no noun phrase to take the role
    // "it" after the verb is mostly a thing ("struck it", "imposed it"): only
    // a subject "it" stands for the story's state or organisation
    if (tgt >= 0 && s->nes[tgt].neuter) return 0;
    codes a, b;
    codes_of(c, src, &a);
    codes_of(c, tgt, &b);
    if (implied) {
        free_codes(&b);
        push_code(&b, implied, -1);
        c->implied_target = "a protest with no target but the protesters' state: its government";
    }
    bool swap = swap_roles(s, m);
    const char *colon = strchr(m->code, ':');
    if (!colon) {
        const char *code = c->opts.clause_roles ? bomber_code(s, swap ? tgt : src, m->code) : m->code;
        emit_pairs(c, m, code, &a, &b, swap);
    } else {
        char fwd[16] = "", back[16] = "";
        size_t fn = (size_t)(colon - m->code);
        if (fn < sizeof fwd) memcpy(fwd, m->code, fn), fwd[fn] = 0;
        snprintf(back, sizeof back, "%s", colon + 1);
        const codes *x = &a, *y = &b;
        // (a missing side is taken from the other: "A and B clashed"; news:
        // only for a code the same both ways, an act done to each other
        // (111:111, 190:190, 0841:0841), never a visit, "He toured Asia,
        // visiting China and Japan")
        bool mirror = !c->opts.clause_roles || !strcmp(fwd, back);
        if (mirror && !strcmp(a.code[0], "---")) x = &b;
        if (mirror && !strcmp(b.code[0], "---")) y = &a;
        // (news: what a compound subject clashed over is the topic, "A and
        // B clashed over Libya")
        if (c->opts.clause_roles && mirror && s->nes[src].compound && tgt >= 0 && topic_after(s, tgt)) y = &a;
        dyad__pair_begin(c, false);
        emit_pairs(c, m, fwd, x, y, swap);
        dyad__pair_begin(c, true);
        emit_pairs(c, m, back, y, x, swap);
        dyad__pair_end(c);
    }
    free_codes(&a);
    free_codes(&b);
    c->implied_target = NULL;
    if (c->opts.require_dyad) drop_undyadic(c);
    return c->n_events > before ? c->n_events - before : 0;
}
