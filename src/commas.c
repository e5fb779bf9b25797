// commas.c: delete short comma-delimited clauses (PETRARCH's comma rules).
//
// A clause between two commas, or from the last comma to the end of the
// sentence, or from the start to the first comma, is removed when its word
// count is within the configured limits. Only phrases that lie wholly
// inside the clause are removed, so the structure stays balanced.
#include <string.h>

#include "roles.h"
#include "sentence.h"

static bool counts_as_word(const sentence *s, const item *it)
{
    if (it->kind != IT_WORD) return false;
    const slice w = s->leaves[it->leaf].text;
    return w.n && ((w.p[0] | 32) >= 'a' && (w.p[0] | 32) <= 'z');
}

static int words_between(const sentence *s, int32_t a, int32_t b)
{
    int k = 0;
    for (int32_t i = a + 1; i < b; i++) k += counts_as_word(s, &s->items[i]);
    return k;
}

static void mark_range(const sentence *s, uint8_t *del, int32_t a, int32_t b)
{
    for (int32_t i = a + 1; i < b; i++) {
        const item *it = &s->items[i];
        if (it->kind == IT_OPEN && it->mate < b) {
            memset(del + i, 1, (size_t)(it->mate - i + 1));
            i = it->mate;
        }
    }
}

// Were all the words between a and b deleted? Then the closing comma goes
// and opening commas go too: "X, including Y and Z, greeted him" reads
// "X greeted him".
static bool clause_gone(const sentence *s, const uint8_t *del, int32_t a, int32_t b)
{
    for (int32_t i = a + 1; i < b; i++)
        if (s->items[i].kind == IT_WORD && !del[i]) return false;
    return true;
}

// Does the range hold a verb phrase with no noun phrase before it: a
// predicate whose subject lies outside ("X, including Y, greeted Z.")?
// Such a clause is the sentence's own and is kept (with clause_roles).
static bool bare_predicate(const sentence *s, int32_t a, int32_t b)
{
    bool seen_ne = false;
    for (int32_t i = a + 1; i < b; i++) {
        const item *it = &s->items[i];
        if (it->kind != IT_OPEN) continue;
        if (it->phrase == PH_NE || it->phrase == PH_NEC) seen_ne = true;
        if (it->phrase == PH_VP && !seen_ne) return true;
    }
    return false;
}

// A range that opens with a whole clause whose verb is not one of saying
// ("Meanwhile, Israeli troops attacked a camp, and ..."): the sentence's
// own report, kept with clause_roles. ", officials said," still goes.
static bool main_clause(const sentence *s, int32_t a, int32_t b)
{
    if (a + 1 >= b) return false;
    const item *first = &s->items[a + 1];
    if (first->kind != IT_OPEN || first->phrase != PH_S) return false;
    for (int32_t i = a + 1; i < b; i++) {
        const item *it = &s->items[i];
        if (it->kind != IT_OPEN || it->phrase != PH_VP) continue;
        const item *v = &s->items[i + 1];
        if (v->kind != IT_WORD) return true;
        return !dyad__lexicon_has(&s->dict->lex, LEX(LEX_SPEECH), s->leaves[v->leaf].id);
    }
    return false;
}

// News mode (clause_roles): a range that holds a verb phrase whose verb is
// not one of saying is a clause of its own ("On Monday, Hungary praised
// Serbia", "X, who was elected in 2019, ...") and is kept; appositions and
// ", officials said," still go.
static bool own_clause(const sentence *s, int32_t a, int32_t b)
{
    for (int32_t i = a + 1; i < b; i++) {
        const item *it = &s->items[i];
        if (it->kind != IT_OPEN || it->phrase != PH_VP) continue;
        const item *v = &s->items[i + 1];
        if (v->kind != IT_WORD) return true;
        if (!dyad__lexicon_has(&s->dict->lex, LEX(LEX_SPEECH), s->leaves[v->leaf].id)) return true;
    }
    return false;
}

// News mode: is the comma at item `c` inside a coordinated noun phrase
// ("Singapore, Vietnam and the Philippines"), so the range is a list's tail?
static bool in_list(const sentence *s, int32_t c)
{
    if (c < 0 || c >= s->n_items) return false;
    for (int32_t i = c - 1; i >= 0; i--) {
        const item *it = &s->items[i];
        if (it->kind == IT_OPEN && it->mate > c) return it->phrase == PH_NEC;
    }
    return false;
}

// News mode: does the range open with "including" ("several countries,
// including Poland and Lithuania"): members of the phrase before it?
static bool opens_members(const sentence *s, int32_t a, int32_t b)
{
    for (int32_t i = a + 1; i < b; i++) {
        const item *it = &s->items[i];
        if (it->kind != IT_WORD) continue;
        return dyad__lexicon_has(&s->dict->lex, LEX(LEX_INCLUDING), s->leaves[it->leaf].id);
    }
    return false;
}

// Does the noun phrase closing right before comma a name no single actor:
// no code ("several countries"), or a bloc of states ("Western powers",
// WST)? Then members set off after it say who it is.
static bool vague_before(const sentence *s, int32_t a)
{
    if (a < 1 || s->items[a - 1].kind != IT_CLOSE) return false;
    const item *c = &s->items[a - 1];
    if (c->phrase != PH_NE) return false;
    return dyad__ne_bloc(&s->nes[c->ne]);
}

// News mode: is the range one person named by a dictionary entry and
// nothing else ("Cameron's Irish counterpart, Enda Kenny, praised ...")?
// The apposition names who acts; the description before it is vaguer.
static bool person_alone(const sentence *s, int32_t a, int32_t b)
{
    int32_t ne = -1;
    for (int32_t i = a + 1; i < b; i++) {
        const item *it = &s->items[i];
        if (it->kind == IT_WORD) return false;  // a word outside the name
        if (it->kind != IT_OPEN) continue;
        if (it->phrase == PH_NE) {
            if (ne >= 0) return false;
            ne = it->ne;
            i = it->mate;
        } else if (it->phrase != PH_S && it->phrase != PH_OTHER) {
            return false;
        }
    }
    if (ne < 0) return false;
    const ne_phrase *e = &s->nes[ne];
    return e->person && e->named && !e->inferred;
}

// News mode: is the last range the attribution of a quote that opens the
// sentence ("\u201cRussia attacked Ukraine,\u201d Zelensky said.")? It names
// who says the quote, and is kept for what the quote accuses others of.
static bool quote_attribution(const sentence *s, int32_t a, int32_t b)
{
    int32_t i = a + 1;
    bool closed = a > 0 && dyad__quote_item(s, a - 1);
    if (!closed && i < b && dyad__quote_item(s, i)) closed = true, i++;
    if (!closed) return false;
    if (dyad__opening_quote(s, a) < 0) return false;
    for (; i < b; i++) {
        const item *it = &s->items[i];
        if (it->kind != IT_OPEN || it->phrase != PH_VP) continue;
        const item *v = &s->items[i + 1];
        return v->kind == IT_WORD && dyad__lexicon_has(&s->dict->lex, LEX(LEX_SPEECH), s->leaves[v->leaf].id);
    }
    return false;
}

// News mode: does a clause open inside the range and run on past its end
// (", while the Saudis and other Gulf monarchies, including Qatar, have
// shipped")? The range holds that clause's subject.
static bool clause_runs_on(const sentence *s, int32_t a, int32_t b)
{
    for (int32_t i = a + 1; i < b; i++) {
        const item *it = &s->items[i];
        if (it->kind == IT_OPEN && (it->phrase == PH_S || it->phrase == PH_SBAR) && it->mate > b) return true;
    }
    return false;
}

// News mode: a range kept for its own verb, as a list's tail or as a person
// named in apposition; a last range also as members ("criticized several
// countries, including Poland").
static bool news_keeps(const sentence *s, int32_t a, int32_t b, bool last)
{
    return own_clause(s, a, b) || in_list(s, a) || in_list(s, b) ||
           (!last && (person_alone(s, a, b) || clause_runs_on(s, a, b))) || quote_attribution(s, a, b) ||
           (opens_members(s, a, b) && (last || vague_before(s, a)));
}

static bool is_comma(const item *it) { return it->kind == IT_WORD && it->tag == TAG_COMMA; }

static void compact(sentence *s, const uint8_t *del)
{
    int32_t *map = dyad__arena_alloc(s->mem, (size_t)s->n_items * sizeof *map);
    int32_t k = 0;
    for (int32_t i = 0; i < s->n_items; i++) {
        map[i] = del[i] ? -1 : k;
        if (!del[i]) s->items[k++] = s->items[i];
    }
    for (int32_t i = 0; i < k; i++)
        if (s->items[i].kind != IT_WORD) s->items[i].mate = map[s->items[i].mate];
    for (int32_t i = 0; i < s->n_nes; i++) {
        s->nes[i].open = map[s->nes[i].open];
        s->nes[i].close = map[s->nes[i].close];
    }
    s->n_items = k;
}

void dyad__sentence_delete_commas(sentence *s, const dyad_options *o)
{
    int32_t commas[256], n = 0;
    for (int32_t i = 0; i < s->n_items && n < 256; i++)
        if (is_comma(&s->items[i])) commas[n++] = i;
    if (!n) return;
    uint8_t *del = dyad__arena_alloc(s->mem, (size_t)s->n_items);
    int32_t end = s->n_items;  // the final punctuation, if any
    for (int32_t i = s->n_items - 1; i >= 0; i--)
        if (s->items[i].kind == IT_WORD) {
            if (s->items[i].tag == TAG_PUNCT) end = i;
            break;
        }
    if (o->comma_bmax) {
        int w = words_between(s, -1, commas[0]);
        if (w >= o->comma_bmin && w <= o->comma_bmax) mark_range(s, del, -1, commas[0]);
    }
    if (o->comma_emax) {
        int32_t last = commas[n - 1];
        int w = words_between(s, last, end);
        if (w >= o->comma_emin && w <= o->comma_emax &&
            !(o->clause_roles && news_keeps(s, last, end, true)))
            mark_range(s, del, last, end);
    }
    if (o->comma_max)
        for (int32_t i = 0; i + 1 < n; i++) {
            int w = words_between(s, commas[i], commas[i + 1]);
            if (w >= o->comma_min && w <= o->comma_max &&
                !(o->clause_roles && (bare_predicate(s, commas[i], commas[i + 1]) ||
                                      main_clause(s, commas[i], commas[i + 1]) ||
                                      news_keeps(s, commas[i], commas[i + 1], false)))) {
                mark_range(s, del, commas[i], commas[i + 1]);
                if (clause_gone(s, del, commas[i], commas[i + 1])) del[commas[i]] = del[commas[i + 1]] = 1;
            }
        }
    compact(s, del);
}
