// nominal.c: events stated as nouns ("Russia's strikes on Kyiv", "held talks
// with Beijing", "the arrest of X by police"), the `nominal` option.
//
// A noun of the noun dictionary (dict_nouns.c) that heads its noun phrase
// is a trigger. Its source is the possessor ("Russia's"), an actor word
// before it ("Russian drone strikes", "U.S. sanctions"), a "by" phrase or a
// preposition the entry names for the source ("the visit of X"), else the
// subject of a light verb that codes nothing itself ("China held talks");
// its target the object of a preposition the entry names ("on", "with").
// Only an asserted act: not "a possible strike", "no talks", "did not hold
// talks", "called for talks", nor under a hypothetical verb or inside a
// phrase a dictionary verb codes ("accused Y of strikes on Z", "condemned
// the strikes": the verb says what happened).
#include <string.h>

#include "cameo.h"
#include "roles.h"
#include "unicode.h"

#define SIDE_MAX 8

// The actors of one role: codes, entries and leaves.
typedef struct side {
    const char *code[SIDE_MAX];
    const char *entry[SIDE_MAX];
    int32_t first[SIDE_MAX], last[SIDE_MAX];
    bool inferred[SIDE_MAX];  // its country only the story gave
    int n;
} side;

static const tnode *nd(const sentence *s, int32_t i) { return &s->tree.nodes[i]; }

static int32_t first_leaf(const sentence *s, int32_t n)
{
    while (n >= 0 && !tnode_is_leaf(nd(s, n))) n = nd(s, n)->first;
    return n >= 0 ? nd(s, n)->leaf_index : -1;
}

static int32_t last_leaf(const sentence *s, int32_t n)
{
    while (n >= 0 && !tnode_is_leaf(nd(s, n))) {
        int32_t c = nd(s, n)->first;
        while (c >= 0 && nd(s, c)->next >= 0) c = nd(s, c)->next;
        n = c;
    }
    return n >= 0 ? nd(s, n)->leaf_index : -1;
}

static bool leaf_in(const sentence *s, int32_t l, uint64_t lists)
{
    return l >= 0 && l < s->n_leaves && dyad__lexicon_has(&s->dict->lex, lists, s->leaves[l].id);
}

// The entry of the noun at leaf l: the longest form whose words before the
// head stand right before it.
static const noun_entry *match_noun(const sentence *s, int32_t l)
{
    const dyad_dict *d = s->dict;
    for (int32_t f = dyad__noun_first_form(d, s->leaves[l].id); f >= 0; f = d->noun_forms[f].next) {
        const noun_form *nf = &d->noun_forms[f];
        bool ok = nf->n_before <= l;
        for (int k = 0; ok && k < nf->n_before; k++)
            ok = s->leaves[l - nf->n_before + k].id == nf->before[k];
        if (ok) return &d->noun_entries[nf->entry];
    }
    return NULL;
}

// The country the story has named most (story_country), or NULL.
static const char *story_state(const dyad_coder *c)
{
    if (!c->in_story || !c->opts.story_country) return NULL;
    const country_tally *best = NULL;
    for (size_t i = 0; i < c->n_tally; i++)
        if (!best || c->tally[i].n > best->n) best = &c->tally[i];
    return best ? best->code : NULL;
}

static void side_add(side *sd, const char *code, const char *entry, int32_t a, int32_t b,
                     bool inferred)
{
    if (sd->n >= SIDE_MAX || !code || !strncmp(code, "---", 3)) return;  // no country: none
    for (int i = 0; i < sd->n; i++)
        if (!strcmp(sd->code[i], code)) return;
    sd->code[sd->n] = code;
    sd->entry[sd->n] = entry ? entry : "";
    sd->first[sd->n] = a;
    sd->inferred[sd->n] = inferred;
    sd->last[sd->n++] = b;
}

// The actor of leaves [a, b]: the noun phrase the actor coder made of
// exactly them, else the words coded here; an agent with no country takes
// the story's state.
static void code_span(dyad_coder *c, int32_t a, int32_t b, bool heads, side *out)
{
    sentence *s = &c->sent;
    if (a < 0 || b < a) return;
    for (int32_t i = 0; i < s->n_nes; i++) {
        const ne_phrase *e = &s->nes[i];
        if (e->compound || e->open < 0 || e->first_leaf != a || e->last_leaf != b) continue;
        // a target may be a thing named after its actor ("rulings against
        // Fox News broadcasts" are against Fox News); a source may not
        if (!e->thing || !heads) side_add(out, e->code, e->entry, a, b, e->inferred);
        return;
    }
    const char *entry;
    const char *code = dyad__code_leaves(s, a, b, heads, &entry);
    const char *home = story_state(c);
    bool inferred = false;
    if (home && !strncmp(code, "---", 3) && code[3]) {
        code = dyad__cameo_with_state(&c->mem, home, code + 3);
        inferred = true;
    }
    side_add(out, code, entry, a, b, inferred);
}

// Is leaf l one of the words (any case)?
static bool leaf_among(const sentence *s, int32_t l, const char *const *words)
{
    for (const char *const *w = words; l >= 0 && *w; w++)
        if (dyad__word_is(s->leaves[l].text, *w)) return true;
    return false;
}

// "a group of armed bandits", "some of the Democrats": a noun phrase of a
// collective or a part before "of", which names no one by itself.
static bool collective_of(const sentence *s, int32_t np)
{
    static const char *const heads[] = {"group", "groups", "band", "bands", "crowd", "crowds",
                                        "team", "teams", "number", "handful", "couple", "members",
                                        "member", "some", "many", "most", "all", "several",
                                        "majority", "unit", "units", "squad", "gang", "convoy",
                                        NULL};
    int32_t pp = nd(s, np)->next, l = last_leaf(s, np);
    if (pp < 0 || nd(s, pp)->first < 0 || !tnode_is_leaf(nd(s, nd(s, pp)->first))) return false;
    if (!dyad__word_is(s->leaves[nd(s, nd(s, pp)->first)->leaf_index].text, "of")) return false;
    // (lower case: "the Group of Seven" is a name)
    return leaf_among(s, l, heads) && s->leaves[l].text.p[0] >= 'a' &&
           s->leaves[l].text.p[0] <= 'z';
}

// The actors a noun phrase names: each member of a coordination, else the
// phrase without its attachments ("a camp" of "a camp in Gaza").
static void code_node(dyad_coder *c, int32_t n, bool heads, side *out)
{
    const sentence *s = &c->sent;
    if (s->nec_mark[n]) {
        for (int32_t ch = nd(s, n)->first; ch >= 0; ch = nd(s, ch)->next)
            if (nd(s, ch)->tag == TAG_NP || nd(s, ch)->tag == TAG_NOUN)
                code_span(c, first_leaf(s, ch), last_leaf(s, ch), heads, out);
        return;
    }
    int32_t a = first_leaf(s, n), b = last_leaf(s, n);
    // a coordination that opens the phrase, with a clause after it ("John
    // McCain, R-Ariz., and Charles Schumer, D-N.Y., who helped"): each member
    for (int32_t i = 0; i < s->n_nes; i++) {
        const ne_phrase *e = &s->nes[i];
        if (e->compound || e->open < 0 || e->nec < 0 || e->first_leaf != a || e->last_leaf > b) continue;
        bool inside = true;
        for (int32_t k = 0; k < s->n_nes && inside; k++)
            if (s->nes[k].nec == e->nec && s->nes[k].open >= 0 && s->nes[k].last_leaf > b) inside = false;
        if (!inside) break;
        for (int32_t k = 0; k < s->n_nes; k++) {
            const ne_phrase *m = &s->nes[k];
            if (m->nec == e->nec && !m->compound && m->open >= 0)
                code_span(c, m->first_leaf, m->last_leaf, heads, out);
        }
        return;
    }
    // "Secretary of State John Kerry", parsed as "Secretary" + "of ...": a
    // person the actor coder named across the attachment is that person
    for (int32_t i = 0; i < s->n_nes; i++) {
        const ne_phrase *e = &s->nes[i];
        if (!e->compound && e->open >= 0 && e->person && !e->inferred && e->first_leaf == a &&
            e->last_leaf <= b) {
            code_span(c, a, e->last_leaf, heads, out);
            return;
        }
    }
    for (int32_t f = nd(s, n)->first; f >= 0 && nd(s, f)->tag == TAG_NP && nd(s, f)->next >= 0 &&
                                      nd(s, nd(s, f)->next)->tag == TAG_PP && !collective_of(s, f);
         f = nd(s, n)->first)
        n = f;
    code_span(c, first_leaf(s, n), last_leaf(s, n), heads, out);
}

// The noun phrase's possessor ("Russia's" of "Russia's strikes"), or -1.
static int32_t possessor(const sentence *s, int32_t np, int32_t noun)
{
    for (int32_t ch = nd(s, np)->first; ch >= 0 && ch != noun; ch = nd(s, ch)->next) {
        if (nd(s, ch)->tag != TAG_NP) continue;
        int32_t l = last_leaf(s, ch);
        if (l >= 0 && s->leaves[l].tag == TAG_POS) return ch;
    }
    return -1;
}

static bool has_possessor(const sentence *s, int32_t np, int32_t noun)
{
    return possessor(s, np, noun) >= 0;
}

// The possessor of the noun's phrase, else the actor words before the noun.
static void source_before(dyad_coder *c, int32_t np, int32_t noun, side *src)
{
    const sentence *s = &c->sent;
    int32_t from = first_leaf(s, np), owner = possessor(s, np, noun);
    if (owner >= 0) {
        code_node(c, owner, true, src);
        return;
    }
    int32_t to = nd(s, noun)->leaf_index - 1;
    while (from <= to && (s->leaves[from].tag == TAG_DT || s->leaves[from].tag == TAG_PRP)) from++;
    if (from <= to) code_span(c, from, to, false, src);
}

// One prepositional phrase after the noun: its object is the source ("by")
// or the target, by the entry's prepositions.
static void take_pp(dyad_coder *c, const noun_entry *e, int32_t pp, side *src, side *tgt)
{
    const sentence *s = &c->sent;
    int32_t in = nd(s, pp)->first;
    if (in < 0 || !tnode_is_leaf(nd(s, in))) return;
    int32_t obj = nd(s, in)->next;
    if (obj < 0 || nd(s, obj)->tag != TAG_NP) return;
    uint32_t bit = dyad__noun_prep_bit(s->dict, s->leaves[nd(s, in)->leaf_index].id);
    if (!bit) return;
    if (bit == NOUN_P_BETWEEN && (e->target & bit) && !src->n && !tgt->n) {
        code_node(c, obj, true, src);  // "talks between X and Y": each with the other
        code_node(c, obj, true, tgt);
        return;
    }
    // a target may be a thing named after its actor: "the bombing of a US
    // Marine barracks" is done to the US military
    if ((e->source & bit) && !src->n)
        code_node(c, obj, true, src);
    else if ((e->target & bit) && !tgt->n)
        code_node(c, obj, false, tgt);
    // a phrase the parser hung on the object: "the arrest of X by police"
    for (int32_t ch = nd(s, obj)->first; ch >= 0; ch = nd(s, ch)->next)
        if (nd(s, ch)->tag == TAG_PP && ch != nd(s, obj)->first) take_pp(c, e, ch, src, tgt);
}

// May the right edge of `n` climb to its parent: a PP or NP, or a clause
// the parser made of `n` alone?
static bool edge_up(const sentence *s, int32_t n)
{
    const tnode *p = nd(s, nd(s, n)->parent);
    return p->tag == TAG_PP || p->tag == TAG_NP || (p->tag == TAG_S && p->first == n);
}

// The prepositional phrases after the noun, in its phrase and in the
// phrases it opens; returns the largest noun phrase the noun heads.
static int32_t after_noun(dyad_coder *c, const noun_entry *e, int32_t noun, side *src, side *tgt)
{
    const sentence *s = &c->sent;
    int32_t cur = noun;
    for (;;) {
        for (int32_t sib = nd(s, cur)->next; sib >= 0; sib = nd(s, sib)->next) {
            if (nd(s, sib)->tag != TAG_PP) break;
            take_pp(c, e, sib, src, tgt);
        }
        int32_t p = nd(s, cur)->parent;
        if (p < 0 || nd(s, p)->tag != TAG_NP) break;
        if (cur != noun && nd(s, p)->first != cur) break;
        cur = p;
    }
    // "after a visit (to China)", "as part of joint exercises (with the
    // US)": the parser hangs the noun's phrase higher up, right after the
    // phrases that end with the noun's
    int32_t edge = cur;
    while (nd(s, edge)->next < 0 && nd(s, edge)->parent >= 0 && edge_up(s, edge))
        edge = nd(s, edge)->parent;
    if (edge != cur)
        for (int32_t sib = nd(s, edge)->next; sib >= 0 && nd(s, sib)->tag == TAG_PP;
             sib = nd(s, sib)->next)
            take_pp(c, e, sib, src, tgt);
    return cur;
}

// The VP item whose verb word is leaf l, or -1.
static int32_t vp_item(const sentence *s, int32_t l)
{
    for (int32_t i = 0; i + 1 < s->n_items; i++) {
        const item *it = &s->items[i];
        if (it->kind == IT_OPEN && it->phrase == PH_VP && s->items[i + 1].kind == IT_WORD &&
            s->items[i + 1].leaf == l)
            return i;
    }
    return -1;
}

// Clause node n's subject of its own (an NP before its VP), or -1.
static int32_t subject_np(const sentence *s, int32_t n)
{
    for (int32_t ch = nd(s, n)->first; ch >= 0; ch = nd(s, ch)->next) {
        if (nd(s, ch)->tag == TAG_NP) return ch;
        if (nd(s, ch)->tag == TAG_VP) return -1;
    }
    return -1;
}

static bool own_subject(const sentence *s, int32_t n) { return subject_np(s, n) >= 0; }

// The words before the noun phrase (`top`, from leaf f) deny the act:
// "no talks", "did not hold talks", "called for talks", "the prospect of
// sanctions", "a possible strike".
// "Trump's attacks on the press", "his strikes on Kyiv": an act with its
// doer's possessive before the noun is taken as done, whatever the mood of
// the verb that takes it ("we can't shrug off Trump's attacks"); not the
// object of a light verb, which says whether it is done ("might launch its
// attacks").
static bool presupposed(const sentence *s, int32_t f, int32_t noun_leaf)
{
    static const char *const owners[] = {"his", "her", "its", "their", "our", NULL};
    for (int32_t l = f - 1; l >= 0 && (s->leaves[l].tag == TAG_VERB || s->leaves[l].tag == TAG_OTHER); l--)
        if (leaf_in(s, l, LEX(LEX_LIGHT_VERB))) return false;  // (and "carry out")
    for (int32_t l = f; l >= 0 && l < noun_leaf; l++)
        if (s->leaves[l].tag == TAG_POS || leaf_among(s, l, owners)) return true;
    return false;
}

static bool denied_before(const sentence *s, int32_t f, int32_t noun_leaf, bool given)
{
    for (int32_t l = f; l < noun_leaf; l++)
        if (leaf_in(s, l, LEX(LEX_UNASSERTED))) return true;
    int32_t b = f - 1;
    if (leaf_in(s, b, LEX(LEX_UNASSERTED) | LEX(LEX_NOT_DONE))) return true;
    // ("talks after a summit": a time or a reason tells a fact)
    static const char *const told[] = {"after", "since", "following", "despite", "amid", "during", NULL};
    if (b >= 0 && (s->leaves[b].tag == TAG_IN) && !leaf_among(s, b, told) &&
        leaf_in(s, b - 1, LEX(LEX_NOT_DONE)))
        return true;
    if (given) return false;
    for (int32_t l = b; l >= 0; l--) {  // the verb group before it
        uint8_t t = s->leaves[l].tag;
        if (t != TAG_VERB && t != TAG_OTHER) break;
        if (leaf_in(s, l, LEX(LEX_UNASSERTED) | LEX(LEX_MODAL))) return true;
    }
    return false;
}

// A reaction to an act takes the act as given: "condemned the arrest of X
// by Y" is a criticism and an arrest ("accused Y of strikes" is not).
static bool reaction(const char *code)
{
    return !strncmp(code, "111", 3) || !strncmp(code, "051", 3) || !strncmp(code, "018", 3) ||
           !strncmp(code, "14", 2);
}

// Did the verb of the VP at item vi (leaf l) give an event? Without
// offsets to tell, does it have a code?
static bool verb_coded(const dyad_coder *c, int32_t vi, int32_t l)
{
    const sentence *s = &c->sent;
    if (s->leaves[l].offset < 0) {
        verb_match m;
        return dyad__verb_try(s, vi, &m) && m.code && !reaction(m.code);
    }
    for (size_t i = 0; i < c->n_events; i++)
        if (c->events[i].verb_span.start == s->leaves[l].offset && !reaction(c->events[i].code))
            return true;
    return false;
}

// "the visit was cancelled", "talks have been postponed": an act called
// off before it was done. (Not "the complaint was rejected": it was made.)
static bool called_off(const sentence *s, int32_t l)
{
    static const char *const off[] = {"cancelled", "canceled", "postponed", "delayed", "scrapped",
                                      "shelved", "vetoed", "averted", "prevented", "blocked", NULL};
    static const char *const be[] = {"was", "were", "is", "are", "been", "be", NULL};
    return l >= 1 && leaf_among(s, l, off) && leaf_among(s, l - 1, be);
}

// "U.S. airstrikes would expand", "a strike might convince": the noun
// phrase is the subject of a verb group that reports no act.
static bool predicate_denies(const dyad_coder *c, int32_t top)
{
    const sentence *s = &c->sent;
    for (int32_t cur = top; cur >= 0; cur = nd(s, cur)->parent) {
        for (int32_t vp = nd(s, cur)->next; vp >= 0; vp = nd(s, vp)->next) {
            // a clause with no subject of its own is the predicate too
            if (nd(s, vp)->tag == TAG_S && !own_subject(s, vp) && nd(s, vp)->first >= 0 &&
                nd(s, nd(s, vp)->first)->tag == TAG_VP)
                vp = nd(s, vp)->first;
            if (nd(s, vp)->tag != TAG_VP) continue;
            int32_t f = first_leaf(s, vp);
            for (int32_t l = f; l >= 0 && l < s->n_leaves; l++) {
                uint8_t t = s->leaves[l].tag;
                if (t != TAG_VERB && t != TAG_OTHER) break;
                if (leaf_in(s, l, LEX(LEX_UNASSERTED) | LEX(LEX_MODAL) | LEX(LEX_IRREALIS)) ||
                    called_off(s, l))
                    return true;
            }
            int32_t vi = vp_item(s, f);
            return c->opts.hypothetical && vi >= 0 && dyad__hypothetical(s, vi);
        }
        int32_t p = nd(s, cur)->parent;
        if (p < 0 || (nd(s, p)->tag != TAG_NP && nd(s, p)->tag != TAG_PP)) break;
    }
    return false;
}

typedef struct governor {
    int32_t vp;  // item of the nearest verb phrase holding the noun phrase, or -1
    bool object;  // the noun phrase is that verb's object
} governor;

// "a number of rulings", "the latest round of talks": is NP node n a
// quantity whose "of" phrase holds the noun phrase `inner`, so that a verb
// taking n takes the act itself?
static bool partitive(const sentence *s, int32_t n, int32_t inner)
{
    static const char *const words[] = {"number", "series", "round", "rounds", "wave", "waves",
                                        "string", "spate", "flurry", "couple", "dozens",
                                        "hundreds", "lot", "host", "set", "batch", "raft",
                                        "barrage", "volley", "campaign", "campaigns", "act", "acts",
                                        "days", "weeks", "months", NULL};
    int32_t head = nd(s, n)->first;
    if (head < 0 || nd(s, head)->tag != TAG_NP || nd(s, head)->next < 0) return false;
    int32_t pp = nd(s, head)->next;
    if (nd(s, pp)->tag != TAG_PP || nd(s, pp)->first < 0) return false;
    int32_t in = nd(s, pp)->first;
    if (!tnode_is_leaf(nd(s, in)) || !dyad__word_is(nd(s, in)->word, "of") || nd(s, in)->next != inner)
        return false;
    return leaf_among(s, last_leaf(s, head), words);
}

// Is the noun phrase `top` asserted? Sets the verb that governs it. (A
// meeting, visit or talks (04x) is often still to come even with its doer's
// possessive: "Pompeo's visit to Moscow next week".)
static bool asserted(dyad_coder *c, int32_t top, int32_t noun_leaf, const char *code, governor *g)
{
    const sentence *s = &c->sent;
    g->vp = -1;
    g->object = false;
    bool given = strncmp(code, "04", 2) && presupposed(s, first_leaf(s, top), noun_leaf);
    if (denied_before(s, first_leaf(s, top), noun_leaf, given)) return false;
    if (predicate_denies(c, top)) return false;
    int32_t prev = top, object = top;
    int32_t up = nd(s, top)->parent;
    // "made a number of rulings against X": the light verb's object is the act
    if (up >= 0 && nd(s, up)->tag == TAG_PP && nd(s, up)->parent >= 0 &&
        partitive(s, nd(s, up)->parent, top))
        object = nd(s, up)->parent;
    for (int32_t p = nd(s, top)->parent; p >= 0; prev = p, p = nd(s, p)->parent) {
        uint8_t t = nd(s, p)->tag;
        if (t == TAG_SBAR || (t == TAG_S && own_subject(s, p))) break;
        if (t == TAG_PP) {
            int32_t in = nd(s, p)->first;
            uint32_t bit = in >= 0 && tnode_is_leaf(nd(s, in))
                               ? dyad__noun_prep_bit(s->dict, s->leaves[nd(s, in)->leaf_index].id)
                               : 0;
            if (bit != NOUN_P_OF && bit != NOUN_P_FOR) break;  // "after the strikes"
            continue;
        }
        if (t != TAG_VP) continue;
        int32_t l = first_leaf(s, p), vi = vp_item(s, l);
        if (leaf_in(s, l, LEX(LEX_NOT_DONE) | LEX(LEX_IRREALIS))) return false;
        if (vi < 0) continue;
        if (c->opts.hypothetical && dyad__hypothetical(s, vi) && !given) return false;
        if (verb_coded(c, vi, l)) return false;  // the verb says what happened
        if (g->vp < 0) {
            g->vp = vi;
            g->object = (prev == top || prev == object) && leaf_in(s, l, LEX(LEX_LIGHT_VERB));
        }
    }
    return true;
}

// A clause with no noun phrase of its own, a participle's inside a phrase
// ("after (emerging from a meeting)")?
static bool subjectless(const sentence *s, int32_t n)
{
    int32_t up = nd(s, n)->parent;
    if (up < 0 || (nd(s, up)->tag != TAG_PP && nd(s, up)->tag != TAG_VP)) return false;
    if (nd(s, up)->tag == TAG_PP) {  // done: "after emerging", not "before proceeding"
        static const char *const done[] = {"after", "upon", "on", "while", "following", "since", "when", NULL};
        int32_t in = nd(s, up)->first;
        if (in < 0 || !tnode_is_leaf(nd(s, in)) || !leaf_among(s, nd(s, in)->leaf_index, done)) return false;
    }
    int32_t ch = nd(s, n)->first;
    if (ch < 0 || nd(s, ch)->tag != TAG_VP) return false;
    int32_t v = nd(s, ch)->first;
    return v >= 0 && tnode_is_leaf(nd(s, v)) && nd(s, v)->label.n == 3 &&
           !memcmp(nd(s, v)->label.p, "VBG", 3);
}

// "Fabius said on a visit to Ramallah", "during talks with X": the subject
// of the clause whose adjunct holds the noun takes part.
static void clause_subject(dyad_coder *c, int32_t top, side *src)
{
    const sentence *s = &c->sent;
    bool adjunct = false;
    for (int32_t p = nd(s, top)->parent; p >= 0; p = nd(s, p)->parent) {
        uint8_t t = nd(s, p)->tag;
        if (t == TAG_PP) adjunct = true;
        if (t == TAG_SBAR) return;
        if (t != TAG_S) continue;
        if (!adjunct) return;
        // "voiced optimism after emerging from a meeting with Obama": a
        // clause of a participle alone, inside a phrase, shares the subject
        // of the clause it hangs on
        if (subjectless(s, p)) continue;
        for (int32_t ch = nd(s, p)->first; ch >= 0; ch = nd(s, ch)->next)
            if (nd(s, ch)->tag == TAG_NP) {
                code_node(c, ch, true, src);
                return;
            }
        // "during a trip to Israel, Bolton said": the next clause's subject
        int32_t after = top;
        while (nd(s, after)->parent != p) after = nd(s, after)->parent;
        for (int32_t ch = nd(s, after)->next; ch >= 0; ch = nd(s, ch)->next)
            if (nd(s, ch)->tag == TAG_S && own_subject(s, ch)) {
                code_node(c, subject_np(s, ch), true, src);
                return;
            }
        // "Merkel, a conservative, flew home after talks with Li": a clause
        // with only its predicate, after the subject and its apposition that
        // the parser made clauses of their own: the first such subject
        int32_t up = nd(s, p)->parent;
        if (after == nd(s, p)->first && up >= 0 && nd(s, up)->tag == TAG_S) {
            int32_t first = nd(s, up)->first, f0 = nd(s, first)->first;
            if (first != p && nd(s, first)->tag == TAG_S && f0 >= 0 && nd(s, f0)->tag == TAG_NP &&
                nd(s, f0)->next < 0)
                code_node(c, f0, true, src);
        }
        return;
    }
}

// Does the noun's phrase open with "his", "her", "its" or "their"?
static bool pronoun_owner(const sentence *s, int32_t np, int32_t noun)
{
    static const char *const own[] = {"his", "her", "its", "their", NULL};
    int32_t l = first_leaf(s, np);
    return l >= 0 && l < nd(s, noun)->leaf_index && s->leaves[l].tag == TAG_PRP && leaf_among(s, l, own);
}

// May the pronoun at leaf l stand for the subject noun phrase np? "his" and
// "her" not for a state itself ("Iran said his meetings"), "its" not for a
// person.
static bool pronoun_fits(const sentence *s, int32_t l, int32_t np)
{
    static const char *const persons[] = {"his", "her", NULL}, *const things[] = {"its", NULL};
    bool personal = leaf_among(s, l, persons), neuter = leaf_among(s, l, things);
    int32_t f = first_leaf(s, np);
    for (int32_t i = 0; i < s->n_nes; i++) {
        const ne_phrase *e = &s->nes[i];
        if (e->compound || e->first_leaf != f) continue;
        if (personal && !e->person && e->code && strlen(e->code) == 3) return false;  // a state
        if (neuter && e->person) return false;
    }
    return true;
}

// The subject of the nearest clause around `top` that has one of its own,
// when the owner pronoun at leaf l fits it.
static void owner_subject(dyad_coder *c, int32_t top, int32_t l, side *src)
{
    const sentence *s = &c->sent;
    for (int32_t p = nd(s, top)->parent; p >= 0; p = nd(s, p)->parent) {
        if (nd(s, p)->tag == TAG_SBAR) return;
        int32_t np = nd(s, p)->tag == TAG_S ? subject_np(s, p) : -1;
        if (np < 0) continue;
        if (pronoun_fits(s, l, np)) code_node(c, np, true, src);
        return;
    }
}

// The subject of a light verb ("China held talks"): its default source.
static void light_source(dyad_coder *c, const governor *g, side *src)
{
    const sentence *s = &c->sent;
    if (g->vp < 0 || !g->object) return;
    int32_t ne = dyad__verb_default_source(s, g->vp + 1, c->opts.clause_roles);
    if (ne < 0) return;
    for (int32_t i = 0; i < s->n_nes; i++) {
        const ne_phrase *e = &s->nes[i];
        bool member = s->nes[ne].compound ? e->nec == ne : i == ne;
        if (!member || e->open < 0 || e->compound || e->thing || e->located) continue;
        side_add(src, e->code, e->entry, e->first_leaf, e->last_leaf, e->inferred);
    }
}

static const char *leaves_text(dyad_coder *c, int32_t a, int32_t b)
{
    const sentence *s = &c->sent;
    strbuf t = STRBUF_INIT;
    for (int32_t l = a; l >= 0 && l <= b; l++) {
        if (s->leaves[l].tag == TAG_POS) continue;
        if (t.n) dyad__sb_putc(&t, ' ');
        dyad__sb_put(&t, s->leaves[l].text.p, s->leaves[l].text.n);
    }
    const char *out = dyad__arena_strndup(&c->mem, t.p ? t.p : "", t.n);
    dyad__sb_dispose(&t);
    return out;
}

static void add_event(dyad_coder *c, const noun_entry *ne, int32_t noun_leaf, const char *code,
                      const side *a, int i, const side *b, int j)
{
    const sentence *s = &c->sent;
    const char *src = a->code[i], *tgt = b->code[j];
    // "Myanmar's ethnic cleansing of the Rohingya": the civilians of mass
    // violence whose country only the story gave are the perpetrator's own
    // (as for verbs, events.c)
    if (dyad__cameo_root(code) == 20 && b->inferred[j] && strlen(tgt) == 6 && !strcmp(tgt + 3, "CVL") &&
        dyad__cameo_is_state(src) && strncmp(src, tgt, 3)) {
        tgt = dyad__cameo_with_state(&c->mem, src, "CVL");
    }
    if (!strcmp(src, tgt) || dyad__event_known(c, code, src, tgt)) return;
    if (dyad__event_ruled_out(s, &c->opts, code, src, -1, tgt, -1)) return;
    VEC_RESERVE(c->events, c->cap_events, c->n_events + 1);
    dyad_event *e = &c->events[c->n_events++];
    memset(e, 0, sizeof *e);
    arena *mem = &c->mem;
    e->source = src;
    e->target = tgt;
    e->code = dyad__arena_strndup(mem, code, strlen(code));
    char root[3] = {code[0], code[1], 0};
    e->root = dyad__arena_strndup(mem, root, strlen(root));
    const dyad_cameo_info *ci = dyad_cameo_lookup(code, strlen(code));
    if (ci) {
        e->quad = ci->quad;
        e->goldstein = ci->goldstein;
        e->plover = ci->plover;
    }
    e->source_text = leaves_text(c, a->first[i], a->last[i]);
    e->target_text = leaves_text(c, b->first[j], b->last[j]);
    e->source_entry = a->entry[i];
    e->target_entry = b->entry[j];
    e->event_text = leaves_text(c, noun_leaf, noun_leaf);
    e->pattern = ne->text;
    e->pattern_file = ne->file;
    e->pattern_line = ne->line;
    e->issues = c->result.issues ? c->result.issues : "";
    e->source_span = dyad__leaf_span(s, a->first[i], a->last[i]);
    e->target_span = dyad__leaf_span(s, b->first[j], b->last[j]);
    e->verb_span = dyad__leaf_span(s, noun_leaf, noun_leaf);
    e->pair = c->pair_mark;
}

// Every source x target pair; a paired code A:B gives A one way, B back.
static void emit(dyad_coder *c, const noun_entry *ne, int32_t noun_leaf, const side *src,
                 const side *tgt)
{
    char fwd[16], back[16] = "";
    snprintf(fwd, sizeof fwd, "%s", ne->code);
    char *colon = strchr(fwd, ':');
    if (colon) {
        snprintf(back, sizeof back, "%s", colon + 1);
        *colon = 0;
    }
    for (int i = 0; i < src->n; i++)
        for (int j = 0; j < tgt->n; j++) {
            if (back[0]) dyad__pair_begin(c, false);
            add_event(c, ne, noun_leaf, fwd, src, i, tgt, j);
            if (back[0]) {
                dyad__pair_begin(c, true);
                add_event(c, ne, noun_leaf, back, tgt, j, src, i);
                dyad__pair_end(c);
            }
        }
}

// Meetings, talks, joint exercises, cooperation, agreements: a compound
// subject with no other party does them with each other ("the United States
// and South Korea conducted military drills": both directions).
static bool mutual(const char *code)
{
    return !strncmp(code, "04", 2) || !strncmp(code, "06", 2) || !strncmp(code, "057", 3);
}

static void emit_mutual(dyad_coder *c, const noun_entry *ne, int32_t noun_leaf, const side *src)
{
    char code[16];
    snprintf(code, sizeof code, "%s", ne->code);
    char *colon = strchr(code, ':');
    if (colon) *colon = 0;
    for (int i = 0; i < src->n; i++)
        for (int j = 0; j < src->n; j++)
            if (i != j) add_event(c, ne, noun_leaf, code, src, i, src, j);
}

// Does the span [a, b] name someone: a definite or pronoun ("the
// president's", "they"), or a capitalised word other than a date's ("Sept.
// 11 terrorist attack" names no one) and the sentence's first ("Militant
// attacks on ...")?
static bool named_span(const sentence *s, int32_t a, int32_t b)
{
    static const char *const definite[] = {"the", "this", "that", "these", "those", NULL};
    if (a < 0 || b >= s->n_leaves) return false;
    if (s->leaves[a].tag == TAG_PRP || leaf_among(s, a, definite)) return true;
    int32_t first = 0;  // the sentence's first word, past opening quotes
    while (first < s->n_leaves && s->leaves[first].tag == TAG_PUNCT) first++;
    for (int32_t l = a; l <= b; l++) {
        slice w = s->leaves[l].text;
        size_t n = w.n && w.p[w.n - 1] == '.' ? w.n - 1 : w.n;  // "Sept."
        // (the first word counts when it is an actor's, not an agent's:
        // "Trump attacked", not "Militant attacks")
        uint8_t wc = dict_word_class(s->dict, s->leaves[l].id);
        bool first_ok = l != first || ((wc & WC_ACTOR) && !(wc & WC_AGENT));
        if (first_ok && dyad__is_capitalised(w.p, w.n) && !leaf_in(s, l, LEX(LEX_WEEKDAY)) &&
            !dyad__lexicon_month(w.p, n))
            return true;
    }
    return false;
}

// Does every actor of sd whose country only the story gave have a name
// (named_span)? "terrorist attacks", "government assistance": no.
static bool named_side(const sentence *s, const side *sd)
{
    for (int i = 0; i < sd->n; i++)
        if (sd->inferred[i] && !named_span(s, sd->first[i], sd->last[i])) return false;
    return true;
}

// The object of the "from" phrase after noun phrase `top`, in its own
// phrase or in the verb phrase that holds it, or -1.
static int32_t from_object(const sentence *s, int32_t top)
{
    for (int pass = 0; pass < 2; pass++) {
        int32_t ch = pass == 0 ? nd(s, top)->first : nd(s, top)->next;
        for (; ch >= 0; ch = nd(s, ch)->next) {
            if (nd(s, ch)->tag != TAG_PP) continue;
            int32_t in = nd(s, ch)->first;
            if (in < 0 || !tnode_is_leaf(nd(s, in)) || !dyad__word_is(nd(s, in)->word, "from")) continue;
            int32_t obj = nd(s, in)->next;
            return obj >= 0 && nd(s, obj)->tag == TAG_NP ? obj : -1;
        }
    }
    return -1;
}

// "Iran received a stern warning from the United States", "Russia faced
// sanctions from the EU", "came under criticism from": the act is the
// "from" phrase's, done to the subject of the verb of receiving. Fills src
// and tgt and returns true when noun phrase `top` is such an object.
static bool received(dyad_coder *c, int32_t np, int32_t noun, int32_t top, side *src, side *tgt)
{
    static const char *const receive[] = {
        "receive", "receives", "received", "receiving", "get", "gets", "got", "gotten", "getting",
        "face", "faces", "faced", "facing", "draw", "draws", "drew", "drawn", "drawing", NULL};
    static const char *const come[] = {"come", "comes", "came", "coming", NULL};
    const sentence *s = &c->sent;
    int32_t vp = nd(s, top)->parent;
    if (vp >= 0 && nd(s, vp)->tag == TAG_PP) {  // "came under criticism from"
        int32_t in = nd(s, vp)->first;
        if (in < 0 || !tnode_is_leaf(nd(s, in)) || !dyad__word_is(nd(s, in)->word, "under")) return false;
        vp = nd(s, vp)->parent;
        if (vp < 0 || nd(s, vp)->tag != TAG_VP || !leaf_among(s, first_leaf(s, vp), come)) return false;
    } else if (vp < 0 || nd(s, vp)->tag != TAG_VP || !leaf_among(s, first_leaf(s, vp), receive)) {
        return false;
    }
    int32_t obj = from_object(s, top);
    if (obj < 0 && nd(s, top)->parent != vp) obj = from_object(s, nd(s, top)->parent);
    side from = {.n = 0};
    if (obj >= 0) code_node(c, obj, true, &from);
    // "drew a House Judiciary subpoena", "faced U.S. sanctions": the actor
    // words before the noun
    else source_before(c, np, noun, &from);
    // (a name: "facing a terrorist threat", "receive government assistance"
    // name no one, though the story's country would give them a code)
    if (!from.n || (obj < 0 && !named_side(s, &from))) return false;
    governor g = {vp_item(s, first_leaf(s, vp)), true};
    side to = {.n = 0};
    light_source(c, &g, &to);
    if (!to.n) return false;
    *src = from;
    *tgt = to;
    return true;
}

// Is the noun at leaf l "attack" or "attacks"?
static bool word_attack(const sentence *s, int32_t l)
{
    return dyad__word_is(s->leaves[l].text, "attack") || dyad__word_is(s->leaves[l].text, "attacks");
}

// Are all the attackers of public life and all the attacked of their own
// country's public life, police or spies, or organisations ("Trump's
// attacks on the World Health Organization"): an attack made in words?
static bool words_only(const side *src, const side *tgt)
{
    for (int i = 0; i < src->n; i++)
        for (int j = 0; j < tgt->n; j++) {
            const char *a = src->code[i], *b = tgt->code[j];
            bool body = dyad__civic_sector(a) && (!strncmp(b, "IGO", 3) || !strncmp(b, "NGO", 3));
            if (!body && !dyad__home_quarrel(a, b)) return false;
        }
    return true;
}

// The noun at tree node `noun`, a form of entry `e`.
static void code_noun(dyad_coder *c, int32_t noun, const noun_entry *e)
{
    const sentence *s = &c->sent;
    int32_t np = nd(s, noun)->parent;
    if (np < 0 || nd(s, np)->tag != TAG_NP || s->nec_mark[np]) return;
    for (int32_t sib = nd(s, noun)->next; sib >= 0; sib = nd(s, sib)->next)
        if (nd(s, sib)->tag == TAG_NOUN &&  // not the head: "strike force"
            !leaf_in(s, nd(s, sib)->leaf_index, LEX(LEX_WEEKDAY)))  // (but "a call Tuesday")
            return;
    int32_t nl = nd(s, noun)->leaf_index;
    // "a great deal of his support": an amount, no agreement
    static const char *const much[] = {"great", "good", NULL}, *const deal[] = {"deal", "deals", NULL};
    if (leaf_among(s, nl, deal) && leaf_among(s, nl - 1, much) && nl + 1 < s->n_leaves &&
        dyad__word_is(s->leaves[nl + 1].text, "of"))
        return;
    side src = {.n = 0}, tgt = {.n = 0};
    int32_t top = after_noun(c, e, noun, &src, &tgt);
    governor g;
    if (received(c, np, noun, top, &src, &tgt)) {
        if (asserted(c, top, nl, e->code, &g)) emit(c, e, nl, &src, &tgt);
        return;
    }
    if (!tgt.n && !mutual(e->code)) return;
    if (!asserted(c, top, nl, e->code, &g)) return;
    if (!tgt.n) {  // only a compound subject of a light verb, with each other
        if (!src.n && !has_possessor(s, np, noun)) light_source(c, &g, &src);
        if (src.n >= 2) emit_mutual(c, e, nl, &src);
        return;
    }
    // "China agreed to impose U.N. sanctions": the light verb's subject acts
    if (!src.n && !has_possessor(s, np, noun)) light_source(c, &g, &src);
    if (!src.n) source_before(c, np, noun, &src);
    // a possessor that names no actor ("issued the panel's first
    // subpoena"): the light verb's subject
    if (!src.n) light_source(c, &g, &src);
    // meetings, visits, joint exercises, fights "with" someone: shared
    // with the clause's subject ("was killed in a firefight with bandits")
    // (not an attack "on" someone: "questions about the attack on the
    // consulate" are not the questioner's)
    bool bare_attack = word_attack(s, nl) && !strcmp(e->code, "190");  // not DRONE_ATTACK
    if (!src.n && (!strncmp(e->code, "04", 2) || !strncmp(e->code, "06", 2) || !strncmp(e->code, "19", 2)) &&
        !bare_attack)
        clause_subject(c, top, &src);
    // "Sessions will reply to questions about his meetings with Russia's
    // ambassador": a possessive pronoun is the subject of its clause
    if (!src.n && pronoun_owner(s, np, noun)) owner_subject(c, top, first_leaf(s, np), &src);
    if (!src.n) return;
    if (bare_attack) {
        // "terrorist attacks on Americans" name no attacker; "Trump's
        // attacks on the press" are made in words
        if (!named_side(s, &src)) return;
        if (words_only(&src, &tgt)) {
            noun_entry said = *e;
            said.code = "111";
            emit(c, &said, nl, &src, &tgt);
            return;
        }
    }
    emit(c, e, nl, &src, &tgt);
}

static bool capital(const sentence *s, int32_t l)
{
    return l >= 0 && l < s->n_leaves && s->leaves[l].text.n && s->leaves[l].text.p[0] >= 'A' &&
           s->leaves[l].text.p[0] <= 'Z';
}

// A capitalised noun after a capitalised word names something ("the North
// American Free Trade Agreement"), unless the whole line is capitalised.
static bool in_name(const sentence *s, int32_t l)
{
    if (!capital(s, l) || !capital(s, l - 1) || l - 1 == 0) return false;
    for (int32_t k = 0; k < s->n_leaves; k++) {
        const slice w = s->leaves[k].text;
        if (w.n > 3 && w.p[0] >= 'a' && w.p[0] <= 'z') return true;  // ordinary text
    }
    return false;
}

void dyad__code_nouns(dyad_coder *c)
{
    const sentence *s = &c->sent;
    if (!s->dict->n_noun_entries) return;
    for (int32_t i = 0; i < s->tree.n; i++) {
        const tnode *t = nd(s, i);
        if (!tnode_is_leaf(t) || t->tag != TAG_NOUN || t->leaf_index < 0) continue;
        if (in_name(s, t->leaf_index)) continue;
        const noun_entry *e = match_noun(s, t->leaf_index);
        if (e) code_noun(c, i, e);
    }
}
