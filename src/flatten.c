// flatten.c: parse tree -> item list with NE / NEC / VP marks.
//
// Noun phrases are kept whole when they can name one actor: a plain NP, an
// NP with a possessive ("Gondor's army"), or an NP with one simple
// prepositional attachment ("the ambassador of Arnor"). Other NPs are
// opened up so that their inner NPs are found. A coordinated NP ("Gondor
// and Arnor") becomes an NEC holding one NE per member.
#include <string.h>

#include "sentence.h"

static const tnode *node(const sentence *s, int32_t i) { return &s->tree.nodes[i]; }

static bool subject_relative(const sentence *s, int32_t n);

// Does node n hold a node of `tag` (outside its relative clauses)?
static bool has_desc(const sentence *s, int32_t n, uint8_t tag)
{
    for (int32_t c = node(s, n)->first; c >= 0; c = node(s, c)->next) {
        if (subject_relative(s, c)) continue;
        if (node(s, c)->tag == tag || has_desc(s, c, tag)) return true;
    }
    return false;
}

static bool has_nec_desc(const sentence *s, int32_t n)
{
    for (int32_t c = node(s, n)->first; c >= 0; c = node(s, c)->next)
        if (s->nec_mark[c] || has_nec_desc(s, c)) return true;
    return false;
}

static int count_tag(const sentence *s, int32_t n, uint8_t tag)
{
    int k = node(s, n)->tag == tag;
    for (int32_t c = node(s, n)->first; c >= 0; c = node(s, c)->next) k += count_tag(s, c, tag);
    return k;
}

static int count_nominal(const sentence *s, int32_t n)
{
    const tnode *t = node(s, n);
    int k = t->label.n && t->label.p[0] == 'N';
    for (int32_t c = t->first; c >= 0; c = node(s, c)->next) k += count_nominal(s, c);
    return k;
}

// A CC whose smallest phrase is an NP of nouns (no clause inside, only one
// CC) marks that NP as coordinated.
static void mark_compounds(sentence *s)
{
    for (int32_t i = 0; i < s->tree.n; i++) {
        if (node(s, i)->tag != TAG_CC) continue;
        int32_t p = node(s, i)->parent;
        if (p < 0 || node(s, p)->tag != TAG_NP) continue;
        if (has_desc(s, p, TAG_VP) || has_desc(s, p, TAG_S)) continue;
        if (count_tag(s, p, TAG_CC) > 1) continue;
        if (count_nominal(s, p) >= 3) s->nec_mark[p] = 1;
    }
}

// ---------------------------------------------------------------- emitting

static int32_t push(sentence *s, item it)
{
    VEC_RESERVE(s->items, s->cap_items, s->n_items + 1);
    s->items[s->n_items] = it;
    return s->n_items++;
}

static int32_t open_phrase(sentence *s, uint8_t kind, int32_t ne)
{
    return push(s, (item){.kind = IT_OPEN, .phrase = kind, .mate = -1, .ne = ne, .leaf = -1});
}

static void close_phrase(sentence *s, int32_t open)
{
    item *o = &s->items[open];
    int32_t c = push(s, (item){.kind = IT_CLOSE, .phrase = o->phrase, .mate = open, .ne = o->ne, .leaf = -1});
    s->items[open].mate = c;
}

static void push_leaf(sentence *s, int32_t n)
{
    const tnode *t = node(s, n);
    if (t->tag == TAG_POS) return;  // "Gondor 's army" -> GONDOR ARMY
    if (t->word.n == 1 && t->word.p[0] == '_') return;  // "Dol_Amroth" -> DOL AMROTH
    const leaf *l = &s->leaves[t->leaf_index];
    // a comma inside a noun phrase is a word of the phrase, not a clause mark
    uint8_t tag = t->tag == TAG_COMMA && s->ne_depth ? TAG_PUNCT : t->tag;
    push(s, (item){.kind = IT_WORD, .phrase = PH_OTHER, .tag = tag, .vbn = t->is_vbn, .mate = -1,
                   .ne = -1, .word = l->id, .leaf = t->leaf_index});
}

static void push_leaves(sentence *s, int32_t n)
{
    if (tnode_is_leaf(node(s, n))) {
        push_leaf(s, n);
        return;
    }
    for (int32_t c = node(s, n)->first; c >= 0; c = node(s, c)->next) push_leaves(s, c);
}

// (SBAR (WHNP which|who|that) (S (VP ...))): a relative clause whose
// subject is the noun phrase it follows ("Russia, which invaded Ukraine").
static bool subject_relative(const sentence *s, int32_t n)
{
    if (!s->relatives || node(s, n)->tag != TAG_SBAR) return false;
    int32_t wh = node(s, n)->first;
    if (wh < 0 || !dyad__word_is(node(s, wh)->label, "WHNP")) return false;
    int32_t cl = node(s, wh)->next;
    if (cl < 0 || node(s, cl)->tag != TAG_S || node(s, cl)->next >= 0) return false;
    int32_t vp = node(s, cl)->first;
    return vp >= 0 && node(s, vp)->tag == TAG_VP;
}

// The leaves of noun phrase n but those of its relative clauses, which go
// into rel (up to max; more are left out of the phrase and not coded).
static void push_ne_leaves(sentence *s, int32_t n, int32_t *rel, int *n_rel, int max)
{
    if (tnode_is_leaf(node(s, n))) {
        push_leaf(s, n);
        return;
    }
    for (int32_t c = node(s, n)->first; c >= 0; c = node(s, c)->next) {
        if (subject_relative(s, c)) {
            if (*n_rel < max) rel[(*n_rel)++] = c;
            continue;
        }
        push_ne_leaves(s, c, rel, n_rel, max);
    }
}

static void emit(sentence *s, int32_t n);

// A relative clause as a phrase of its own: "which" as a word, then its
// clause, coded with the noun phrase before it as the subject.
static void emit_rel(sentence *s, int32_t sbar)
{
    int32_t open = open_phrase(s, PH_REL, -1);
    int32_t wh = node(s, sbar)->first;
    push_leaves(s, wh);
    emit(s, node(s, wh)->next);
    close_phrase(s, open);
}

static int32_t new_ne(sentence *s, bool compound, int32_t nec)
{
    VEC_RESERVE(s->nes, s->cap_nes, s->n_nes + 1);
    ne_phrase *e = &s->nes[s->n_nes];
    memset(e, 0, sizeof *e);
    e->compound = compound;
    e->nec = nec;
    e->code = "---";
    return s->n_nes++;
}

static void begin_ne(sentence *s, bool compound, int32_t nec, int32_t *ne, int32_t *open)
{
    *ne = new_ne(s, compound, nec);
    *open = open_phrase(s, compound ? PH_NEC : PH_NE, *ne);
    s->nes[*ne].open = *open;
    s->ne_depth++;
}

static void end_ne(sentence *s, int32_t ne, int32_t open)
{
    close_phrase(s, open);
    s->nes[ne].close = s->items[open].mate;
    s->ne_depth--;
}

// Leaves of node n, in order, into out (returns count).
static int32_t collect(const sentence *s, int32_t n, int32_t *out, int32_t k, int32_t max)
{
    const tnode *t = node(s, n);
    if (tnode_is_leaf(t)) {
        if (k < max) out[k++] = n;
        return k;
    }
    for (int32_t c = t->first; c >= 0; c = node(s, c)->next) k = collect(s, c, out, k, max);
    return k;
}

// Members of a coordinated NP: each inner NP, and each bare noun (which
// takes the adjectives that precede the first noun).
static void emit_members(sentence *s, int32_t nec_node, int32_t nec, const int32_t *pre,
                         int32_t n_pre, const int32_t *post, int32_t n_post)
{
    int32_t adj[16], n_adj = 0;
    bool seen_noun = false;
    for (int32_t c = node(s, nec_node)->first; c >= 0; c = node(s, c)->next) {
        const tnode *t = node(s, c);
        if (t->tag == TAG_JJ && !seen_noun && n_adj < 16) adj[n_adj++] = c;
        if (t->tag != TAG_NP && t->tag != TAG_NOUN) continue;
        seen_noun = true;
        int32_t ne, open;
        begin_ne(s, false, nec, &ne, &open);
        for (int32_t i = 0; i < n_pre; i++) push_leaf(s, pre[i]);
        if (t->tag == TAG_NOUN)
            for (int32_t i = 0; i < n_adj; i++) push_leaf(s, adj[i]);
        push_leaves(s, c);
        for (int32_t i = 0; i < n_post; i++) push_leaf(s, post[i]);
        end_ne(s, ne, open);
    }
}

static int32_t find_nec(const sentence *s, int32_t n)
{
    if (s->nec_mark[n]) return n;
    for (int32_t c = node(s, n)->first; c >= 0; c = node(s, c)->next) {
        int32_t f = find_nec(s, c);
        if (f >= 0) return f;
    }
    return -1;
}

static bool inside(const sentence *s, int32_t n, int32_t anc)
{
    for (; n >= 0; n = node(s, n)->parent)
        if (n == anc) return true;
    return false;
}

static void emit_nec(sentence *s, int32_t n, const int32_t *pre, int32_t n_pre,
                     const int32_t *post, int32_t n_post)
{
    int32_t nec, open;
    begin_ne(s, true, -1, &nec, &open);
    emit_members(s, n, nec, pre, n_pre, post, n_post);
    end_ne(s, nec, open);
}

// One NE for the whole NP; an embedded coordination multiplies it into an
// NEC whose members share the words around the coordination.
static void emit_ne(sentence *s, int32_t n)
{
    int32_t inner = find_nec(s, n);
    if (inner >= 0) {
        int32_t leaves[512], pre[256], post[256];
        int32_t k = collect(s, n, leaves, 0, 512), n_pre = 0, n_post = 0;
        bool after = false;
        for (int32_t i = 0; i < k; i++) {
            if (inside(s, leaves[i], inner)) {
                after = true;
                continue;
            }
            if (!after && n_pre < 256) pre[n_pre++] = leaves[i];
            else if (after && n_post < 256) post[n_post++] = leaves[i];
        }
        emit_nec(s, inner, pre, n_pre, post, n_post);
        return;
    }
    int32_t ne, open, rel[8];
    int n_rel = 0;
    begin_ne(s, false, -1, &ne, &open);
    push_ne_leaves(s, n, rel, &n_rel, 8);
    end_ne(s, ne, open);
    for (int i = 0; i < n_rel; i++) emit_rel(s, rel[i]);
}

// (NP (NP ...) (PP (IN x) (NP ...)) [SBAR]) with no further PP in the object.
static bool simple_pp(const sentence *s, int32_t n)
{
    int32_t c = node(s, n)->first;
    if (c < 0 || node(s, c)->tag != TAG_NP) return false;
    c = node(s, c)->next;
    if (c < 0 || node(s, c)->tag != TAG_PP) return false;
    int32_t in = node(s, c)->first;
    if (in < 0 || node(s, in)->tag != TAG_IN) return false;
    int32_t obj = node(s, in)->next;
    if (obj < 0 || node(s, obj)->tag != TAG_NP || node(s, obj)->next >= 0) return false;
    if (has_desc(s, obj, TAG_PP)) return false;
    int32_t rest = node(s, c)->next;
    return rest < 0 || (node(s, rest)->tag == TAG_SBAR && node(s, rest)->next < 0);
}

static void emit_children(sentence *s, int32_t n, bool flatten_sbar)
{
    for (int32_t c = node(s, n)->first; c >= 0; c = node(s, c)->next) {
        if (subject_relative(s, c)) emit_rel(s, c);
        else if (flatten_sbar && node(s, c)->tag == TAG_SBAR) push_leaves(s, c);
        else emit(s, c);
    }
}

static void emit_np(sentence *s, int32_t n)
{
    if (s->nec_mark[n]) {
        emit_nec(s, n, NULL, 0, NULL, 0);
    } else if (has_desc(s, n, TAG_POS)) {
        emit_ne(s, n);
    } else if (has_desc(s, n, TAG_PP)) {
        if (simple_pp(s, n)) emit_ne(s, n);
        else {
            int32_t open = open_phrase(s, PH_OTHER, -1);
            emit_children(s, n, true);
            close_phrase(s, open);
        }
    } else if (!has_desc(s, n, TAG_NP) && !has_nec_desc(s, n)) {
        emit_ne(s, n);
    } else {
        int32_t open = open_phrase(s, PH_OTHER, -1);
        emit_children(s, n, true);
        close_phrase(s, open);
    }
}

static void emit(sentence *s, int32_t n)
{
    const tnode *t = node(s, n);
    if (tnode_is_leaf(t)) {
        push_leaf(s, n);
        return;
    }
    if (t->tag == TAG_NP) {
        emit_np(s, n);
        return;
    }
    uint8_t kind = t->tag == TAG_VP ? PH_VP : t->tag == TAG_S ? PH_S : t->tag == TAG_SBAR ? PH_SBAR : PH_OTHER;
    int32_t open = open_phrase(s, kind, -1);
    emit_children(s, n, false);
    close_phrase(s, open);
}

void dyad__sentence_flatten(sentence *s)
{
    s->n_items = 0;
    s->n_nes = 0;
    s->ne_depth = 0;
    s->nec_mark = dyad__arena_alloc(s->mem, (size_t)s->tree.n + 1);
    mark_compounds(s);
    emit(s, s->tree.root);
    for (int32_t i = 0; i < s->n_nes; i++) {
        ne_phrase *e = &s->nes[i];
        e->first_leaf = e->last_leaf = -1;
        for (int32_t k = e->open + 1; k < e->close; k++)
            if (s->items[k].kind == IT_WORD) {
                if (e->first_leaf < 0) e->first_leaf = s->items[k].leaf;
                e->last_leaf = s->items[k].leaf;
            }
    }
}

// A sentence that is only a noun phrase led by a place and a colon/dash
// ("CEBU CITY: -- ...") is a dateline, not a report.
bool dyad__sentence_is_dateline(const sentence *s)
{
    int32_t r = s->tree.root;
    int32_t top = node(s, r)->tag == TAG_ROOT || !node(s, r)->label.n ? node(s, r)->first : r;
    if (top < 0 || node(s, top)->tag != TAG_NP) return false;
    int32_t first = node(s, top)->first;
    if (first < 0 || node(s, first)->tag != TAG_NP) return false;
    int32_t second = node(s, first)->next;
    return second >= 0 && node(s, second)->tag == TAG_COLON;
}
