// verbs.c: find dictionary verbs in verb phrases and match their patterns.
//
// For a verb, the "upper" sequence is what precedes it back to the start of
// the sentence or the nearest comma (read outward from the verb), and the
// "lower" sequence is the rest of its verb phrase. A pattern matches when
// its part before '*' matches the upper sequence and its part after '*' the
// lower one; words may intervene unless joined by '_'. $ and + mark the
// noun phrase that is the source or target, % a compound that is both, and
// ^ skips a noun phrase. Patterns are tried in dictionary order.
#include <string.h>

#include "cameo.h"
#include "roles.h"
#include "verbs.h"

static bool is_mark(const item *it) { return it->kind != IT_WORD; }

// Items usable in a sequence: words and NE/NEC marks.
static bool keep(const item *it)
{
    return it->kind == IT_WORD || it->phrase == PH_NE || it->phrase == PH_NEC;
}

// Build the upper sequence (nearest first) ending before `from`.
// With `clause`, the sequence also ends at the clause (S, SBAR) that holds
// the verb once a noun phrase was passed, so "X drew attention as Kim
// traveled" looks for the source of "traveled" in "as Kim" only.
// Walking back from item i: when a relative clause ends there (", which
// invaded Ukraine," or its closing comma), the item before it (and before
// the comma that opens it); else i.
// (news: also a clause opened by "who", "which" or "that" after a noun:
// "a paramilitary group that has been fighting Sudan's army")
static bool relative_sbar(const sentence *s, const item *it)
{
    if (!s->be_forms || it->kind != IT_CLOSE || it->phrase != PH_SBAR) return false;
    int32_t k = it->mate + 1;
    while (k < s->n_items && s->items[k].kind == IT_OPEN && s->items[k].phrase == PH_OTHER) k++;
    if (k >= s->n_items || s->items[k].kind != IT_WORD || s->items[k].leaf < 0) return false;
    slice w = s->leaves[s->items[k].leaf].text;
    if (!dyad__word_is(w, "who") && !dyad__word_is(w, "which") && !dyad__word_is(w, "that") &&
        !dyad__word_is(w, "whose") && !dyad__word_is(w, "whom"))
        return false;
    int32_t before = it->mate - 1;  // a noun right before it
    while (before >= 0 && s->items[before].kind == IT_CLOSE) before--;
    return before >= 0 && s->items[before].kind == IT_WORD && s->items[before].tag == TAG_NOUN;
}

static int32_t skip_relative(const sentence *s, int32_t i)
{
    const item *it = &s->items[i];
    if (it->kind == IT_WORD && it->tag == TAG_COMMA && i > 0 && s->items[i - 1].kind == IT_CLOSE &&
        (s->items[i - 1].phrase == PH_REL || relative_sbar(s, &s->items[i - 1])))
        it = &s->items[--i];
    if (relative_sbar(s, it)) {
        i = it->mate - 1;
        return i;
    }
    if (it->kind != IT_CLOSE || it->phrase != PH_REL) return i;
    i = it->mate - 1;
    if (i >= 0 && s->items[i].kind == IT_WORD && s->items[i].tag == TAG_COMMA) i--;
    return i;
}

static int32_t build_upper_in(const sentence *s, int32_t from, int32_t *out, int32_t max,
                              bool clause)
{
    int32_t n = 0;
    bool seen_ne = false;
    for (int32_t i = from - 1; i >= 0 && n < max; i--) {
        i = skip_relative(s, i);
        if (i < 0) break;
        const item *it = &s->items[i];
        if (it->kind == IT_WORD && it->tag == TAG_COMMA) break;
        if (clause && it->kind == IT_OPEN) {
            if ((it->phrase == PH_S || it->phrase == PH_SBAR) && it->mate > from && seen_ne) break;
            if (it->phrase == PH_NE) seen_ne = true;
        }
        if (keep(it)) out[n++] = i;
    }
    return n;
}

static int32_t build_upper(const sentence *s, int32_t from, int32_t *out, int32_t max)
{
    return build_upper_in(s, from, out, max, false);
}

static int32_t build_lower(const sentence *s, int32_t from, int32_t to, int32_t *out,
                           int32_t max)
{
    int32_t n = 0;
    for (int32_t i = from + 1; i < to && n < max; i++)
        if (keep(&s->items[i])) out[n++] = i;
    return n;
}

// Length in sequence positions of a synset member starting at seq[q], or 0.
static int32_t synset_match(const sentence *s, const synset *set, const int32_t *seq,
                            int32_t ns, int32_t q, bool reverse)
{
    // the first word here must begin (or, read backwards, end) a member
    int32_t f = q;
    while (f < ns && is_mark(&s->items[seq[f]])) f++;
    if (f >= ns) return 0;
    uint32_t word = s->items[seq[f]].word;
    if (!word || !((reverse ? set->last_bits : set->first_bits) & dyad__word_bit(word))) return 0;
    for (size_t m = 0; m < set->n; m++) {
        const uint32_t *w = set->phrases[m];
        size_t len = set->lens[m], k = 0;
        int32_t j = q;
        while (k < len && j < ns) {
            const item *it = &s->items[seq[j]];
            if (is_mark(it)) {
                j++;
                continue;
            }
            uint32_t want = reverse ? w[len - 1 - k] : w[k];
            if (it->word != want) break;
            k++;
            j++;
        }
        if (k == len) return j - q;
    }
    return 0;
}

// Position in seq of the exit mark of phrase `ne` (searching from q).
static int32_t skip_to_exit(const sentence *s, const int32_t *seq, int32_t ns, int32_t q,
                            int32_t ne, bool reverse)
{
    for (int32_t j = q; j < ns; j++) {
        const item *it = &s->items[seq[j]];
        bool exit = it->kind == (reverse ? IT_OPEN : IT_CLOSE);
        if (is_mark(it) && exit && it->ne == ne) return j;
    }
    return ns;
}

typedef struct side_state {
    int32_t in_ne, in_nec;
    int32_t *src, *tgt;
} side_state;

// Update NE/NEC state for a mark; returns true if it was a mark.
static void enter_or_exit(const item *it, bool reverse, side_state *st)
{
    bool entering = (it->kind == IT_OPEN) != reverse;
    if (it->phrase == PH_NE) st->in_ne = entering ? it->ne : -1;
    else if (it->phrase == PH_NEC) st->in_nec = entering ? it->ne : -1;
}

// News: a month's name ("March 7", "in May"), capitalised inside the
// sentence, is no pattern word ("march", "may"). (PETRARCH's patterns name
// days: "MAY_DAY".)
static bool month_name(const sentence *s, const item *it)
{
    if (!s->be_forms || it->leaf <= 0) return false;
    slice w = s->leaves[it->leaf].text;
    return w.n && w.p[0] >= 'A' && w.p[0] <= 'Z' &&
           dyad__lexicon_has(&s->dict->lex, LEX(LEX_MONTH), s->leaves[it->leaf].id);
}

static bool digits(slice w)
{
    if (!w.n) return false;
    for (size_t i = 0; i < w.n; i++)
        if (w.p[i] < '0' || w.p[i] > '9') return false;
    return true;
}

// News: is NE ne a date: a day or month alone ("on Monday", "in March") or
// with its numbers ("since January 20", "on 3 March, 2020")? It takes no
// role of a pattern ("began shelling Kharkiv on Monday" aims at Kharkiv).
static bool date_ne(const sentence *s, int32_t ne)
{
    const ne_phrase *e = &s->nes[ne];
    if (!s->be_forms || e->compound || e->first_leaf < 0 || e->last_leaf - e->first_leaf > 4) return false;
    bool named = false;
    for (int32_t l = e->first_leaf; l <= e->last_leaf; l++) {
        if (dyad__lexicon_has(&s->dict->lex, LEX(LEX_WEEKDAY) | LEX(LEX_MONTH), s->leaves[l].id)) named = true;
        else if (!digits(s->leaves[l].text) && s->leaves[l].tag != TAG_COMMA) return false;
    }
    return named;
}

// An adverb of manner ("work closely with", "met separately with"): an
// -ly word tagged neither noun, verb nor adjective, which joined pattern
// words may stand apart by (not "only", "nearly", "hardly": they change
// what is said).
static bool manner_adverb(const sentence *s, const item *it)
{
    static const char *const not_manner[] = {"only", "nearly", "hardly", "barely", "scarcely", "early",
                                             "likely", "unlikely", "allegedly", "reportedly",
                                             "supposedly", "ostensibly", "falsely", NULL};
    if (!s->be_forms || it->kind != IT_WORD || it->tag != TAG_OTHER || it->leaf < 0) return false;
    slice w = s->leaves[it->leaf].text;
    if (w.n < 5 || (w.p[w.n - 2] | 32) != 'l' || (w.p[w.n - 1] | 32) != 'y') return false;
    for (const char *const *x = not_manner; *x; x++)
        if (dyad__word_is(w, *x)) return false;
    return true;
}

static bool match_side(const sentence *s, const pat_elem *pe, size_t np, const int32_t *seq,
                       int32_t ns, bool reverse, side_state *st)
{
    const dyad_dict *d = s->dict;
    size_t p = 0;
    int32_t q = 0;
    st->in_ne = st->in_nec = -1;
    while (p < np) {
        if (q >= ns) return false;
        const item *it = &s->items[seq[q]];
        const pat_elem *e = &pe[p];
        if (is_mark(it)) {
            bool entering = (it->kind == IT_OPEN) != reverse;
            if (it->phrase == PH_NEC && entering && e->kind == PAT_COMPOUND) {
                *st->src = *st->tgt = it->ne;
                p++;
                q = skip_to_exit(s, seq, ns, q + 1, it->ne, reverse) + 1;
                st->in_ne = st->in_nec = -1;
                continue;
            }
            enter_or_exit(it, reverse, st);
            q++;
            continue;
        }
        int32_t used = 0;
        switch (e->kind) {
        case PAT_WORD:
            if (it->word && it->word == e->id && !month_name(s, it)) used = 1;
            break;
        case PAT_SYNSET:
            if (!month_name(s, it)) used = synset_match(s, &d->synsets[e->id], seq, ns, q, reverse);
            break;
        case PAT_SOURCE:
        case PAT_TARGET:
            if (st->in_ne >= 0 && !date_ne(s, st->in_ne)) {
                *(e->kind == PAT_SOURCE ? st->src : st->tgt) = st->in_ne;
                used = 1;
            }
            break;
        case PAT_SKIP:
            if (st->in_ne >= 0) {
                used = skip_to_exit(s, seq, ns, q, st->in_ne, reverse) - q;
                if (used <= 0) used = 1;
            }
            break;
        case PAT_COMPOUND:
            if (st->in_nec >= 0) {
                *st->src = *st->tgt = st->in_nec;
                used = skip_to_exit(s, seq, ns, q, st->in_nec, reverse) - q;
                if (used <= 0) used = 1;
            }
            break;
        }
        if (used) {
            p++;
            q += used;
        } else if (e->joined && !manner_adverb(s, it)) {
            return false;
        } else {
            q++;
        }
    }
    return true;
}

// The words of a multi-word verb must stand right after / before it.
static bool words_follow(const sentence *s, int32_t from, int32_t to, const uint32_t *w,
                         size_t n, int32_t *end)
{
    size_t k = 0;
    int32_t i = from + 1;
    for (; i < to && k < n; i++) {
        const item *it = &s->items[i];
        if (is_mark(it)) continue;
        if (it->word != w[k]) return false;
        k++;
    }
    *end = i - 1;
    return k == n;
}

static bool words_precede(const sentence *s, int32_t from, const uint32_t *w, size_t n,
                          int32_t *start)
{
    size_t k = 0;
    int32_t i = from - 1;
    for (; i >= 0 && k < n; i--) {
        const item *it = &s->items[i];
        if (is_mark(it)) continue;
        if (it->word != w[n - 1 - k]) return false;
        k++;
    }
    *start = i + 1;
    return k == n;
}

// Choose the verb form: a multi-word verb whose other words are in place
// beats the plain verb.
static const verb_form *pick_form(const sentence *s, int32_t verb, int32_t vp_close,
                                  int32_t *first, int32_t *last)
{
    const dyad_dict *d = s->dict;
    const verb_form *plain = NULL;
    for (int32_t f = dyad__verb_first_form(d, s->items[verb].word); f >= 0; f = d->forms[f].next) {
        const verb_form *vf = &d->forms[f];
        if (!vf->n_before && !vf->n_after) {
            if (!plain) plain = vf;
            continue;
        }
        int32_t a = verb, b = verb;
        if (vf->n_after && !words_follow(s, verb, vp_close, vf->after, vf->n_after, &b)) continue;
        if (vf->n_before && !words_precede(s, verb, vf->before, vf->n_before, &a)) continue;
        *first = a;
        *last = b;
        return vf;
    }
    *first = *last = verb;
    return plain;
}

static bool word_is(const sentence *s, const item *it, const char *w)
{
    return dyad__word_is(s->leaves[it->leaf].text, w);
}

// "citizens abducted by North Korea": a clause of a verb phrase alone,
// opening with a past participle, right after a noun phrase. Returns that
// noun phrase (the NE whose close precedes the clause) or -1.
int32_t dyad__reduced_relative(const sentence *s, int32_t vp_open)
{
    if (vp_open < 2 || vp_open + 1 >= s->n_items) return -1;
    const item *v = &s->items[vp_open + 1], *open = &s->items[vp_open - 1];
    if (v->kind != IT_WORD || v->tag != TAG_VERB || !v->vbn) return -1;
    if (open->kind != IT_OPEN || open->phrase != PH_S || open->mate != s->items[vp_open].mate + 1)
        return -1;
    // the noun phrase's own closing marks ("families (of (citizens))") first
    int32_t k = vp_open - 2;
    while (k > 0 && s->items[k].kind == IT_CLOSE && s->items[k].phrase == PH_OTHER) k--;
    const item *before = &s->items[k];
    if (before->kind != IT_CLOSE || (before->phrase != PH_NE && before->phrase != PH_NEC)) return -1;
    // a pronoun takes no such clause: "said he spoke by phone" is misparsed
    return dyad__ne_pronoun(s, &s->nes[before->ne]) ? -1 : before->ne;
}

bool dyad__be_word(slice w)
{
    static const char *const be[] = {"was", "is", "been", "were", "are", "be", "being", NULL};
    for (const char *const *b = be; *b; b++)
        if (dyad__word_is(w, *b)) return true;
    return false;
}

bool dyad__have_word(slice w)
{
    return dyad__word_is(w, "have") || dyad__word_is(w, "has") || dyad__word_is(w, "had");
}

// News: "were killed, injured and arrested in an offensive": a later
// participle of a list whose first member follows a form of "be" shares
// that auxiliary. Returns the auxiliary's item or -1.
static int32_t passive_conjunct(const sentence *s, int32_t vp_open)
{
    if (vp_open + 1 >= s->n_items || s->items[vp_open + 1].kind != IT_WORD ||
        !s->items[vp_open + 1].vbn)
        return -1;
    for (int hops = 0; hops < 8; hops++) {
        int32_t k = vp_open - 1;
        while (k >= 0 && s->items[k].kind == IT_WORD &&
               (s->items[k].tag == TAG_CC || s->items[k].tag == TAG_COMMA))
            k--;
        if (k == vp_open - 1 || k < 0 || s->items[k].kind != IT_CLOSE ||
            s->items[k].phrase != PH_VP)
            return -1;
        int32_t prev = s->items[k].mate, aux = -1;
        for (int32_t i = prev + 1; i < k; i++) {
            const item *it = &s->items[i];
            if (it->kind != IT_WORD || it->tag != TAG_VERB) continue;  // (adverbs)
            slice w = s->leaves[it->leaf].text;
            if (dyad__be_word(w)) {
                aux = i;
                continue;
            }
            if (aux < 0 && dyad__have_word(w)) continue;  // "have been killed"
            if (!it->vbn) return -1;
            if (aux >= 0) return aux;  // "were killed"
            break;                     // a participle of the list: go on back
        }
        if (aux >= 0) return -1;
        vp_open = prev;
    }
    return -1;
}

// Is the word "by" among a verb's lower words?
static bool own_by(const sentence *s, const int32_t *lo, int32_t nl)
{
    for (int32_t j = 0; j < nl; j++) {
        const item *it = &s->items[lo[j]];
        if (it->kind == IT_WORD && it->leaf >= 0 && word_is(s, it, "BY")) return true;
    }
    return false;
}

// News: "were detained, beaten and interrogated by Russian police": the
// doer after the list's last participle is every participle's. The item of
// "by" in a later member of the list that closes at vp_close, or -1; *end
// is that member's close.
static int32_t list_by(const sentence *s, int32_t vp_close, int32_t *end)
{
    int32_t k = vp_close + 1;
    for (int hops = 0; hops < 8; hops++) {
        int32_t j = k;
        while (j < s->n_items && s->items[j].kind == IT_WORD &&
               (s->items[j].tag == TAG_CC || s->items[j].tag == TAG_COMMA))
            j++;
        if (j == k || j + 1 >= s->n_items || s->items[j].kind != IT_OPEN ||
            s->items[j].phrase != PH_VP ||
            s->items[j + 1].kind != IT_WORD || !s->items[j + 1].vbn)
            return -1;
        int32_t close = s->items[j].mate;
        for (int32_t i = j + 2; i < close; i++) {
            const item *it = &s->items[i];
            if (it->kind == IT_OPEN && it->phrase != PH_NE && it->phrase != PH_NEC &&
                it->phrase != PH_OTHER)
                break;  // a clause or a verb phrase of its own
            if (it->kind == IT_WORD && it->leaf >= 0 && word_is(s, it, "BY")) {
                *end = close;
                return i;
            }
        }
        k = close + 1;
    }
    return -1;
}

// A passive participle of a list takes the doer after the list's last
// ("were detained, beaten and interrogated by Russian police"): its words
// from "by" on join the lower words lo[0, nl) when they have no "by".
// Returns the new length.
static int32_t add_list_by(const sentence *s, int32_t vp_close, int32_t *lo, int32_t nl,
                           int32_t max)
{
    int32_t end, by = list_by(s, vp_close, &end);
    if (by < 0 || own_by(s, lo, nl)) return nl;
    for (int32_t i = by; i < end && nl < max; i++)
        if (keep(&s->items[i])) lo[nl++] = i;
    return nl;
}

// "was opposed by": an auxiliary (was/is/been, as PETRARCH; in news every
// form of "be"), then a VBN, then BY, all in
// this verb phrase. Returns the VBN's item or -1.
static int32_t passive_verb(const sentence *s, int32_t vp_open, int32_t vp_close)
{
    // news: a participle clause after a noun phrase is a passive with its
    // auxiliary left out ("citizens abducted by North Korea")
    bool aux = s->be_forms &&
               (dyad__reduced_relative(s, vp_open) >= 0 || passive_conjunct(s, vp_open) >= 0);
    int32_t vbn = -1;
    for (int32_t i = vp_open + 1; i < vp_close; i++) {
        const item *it = &s->items[i];
        // news: a clause inside the verb phrase ("is meeting X, who will
        // host Y ... abducted by Z") has its own verbs and its own "by"
        if (s->be_forms && it->kind == IT_OPEN &&
            (it->phrase == PH_S || it->phrase == PH_SBAR || it->phrase == PH_REL))
            return -1;
        if (it->kind != IT_WORD) continue;
        if (vbn < 0 && it->tag == TAG_VERB) {
            if (dyad__lexicon_has(&s->dict->lex, LEX(LEX_PASSIVE_AUX), s->leaves[it->leaf].id) ||
                (s->be_forms && dyad__be_word(s->leaves[it->leaf].text)))
                aux = true;
            else if (aux && it->vbn) vbn = i;
            else if (s->be_forms) aux = false;  // "is meeting": an active verb group
        } else if (vbn >= 0 && word_is(s, it, "BY")) {
            return vbn;
        }
    }
    int32_t end;
    if (vbn >= 0 && s->be_forms && list_by(s, vp_close, &end) >= 0) return vbn;
    return -1;
}

// The word bits of a side's words (see dyad__word_bit).
static uint64_t side_bits(const sentence *s, const int32_t *seq, int32_t n)
{
    uint64_t bits = 0;
    for (int32_t q = 0; q < n; q++) {
        const item *it = &s->items[seq[q]];
        if (!is_mark(it) && it->word) bits |= dyad__word_bit(it->word);
    }
    return bits;
}

// False when a side lacks a word the pattern needs (see dict_verbs.c).
static bool may_match(const verb_pattern *p, uint64_t up, uint64_t lo)
{
    if ((p->need_upper & ~up) || (p->need_lower & ~lo)) return false;
    for (int k = 0; k < p->n_any_upper; k++)
        if (!(p->any_upper[k] & up)) return false;
    for (int k = 0; k < p->n_any_lower; k++)
        if (!(p->any_lower[k] & lo)) return false;
    return true;
}

// News: "Russian forces were attacking Kharkiv" is the progressive, not a
// passive: the form of "be" right before an -ing verb (an adverb may stand
// between: "were still attacking") leaves the upper sequence up[0, n), so
// no pattern of agentless passives ("was/were" + verb) matches it. Returns
// the new length.
static int32_t drop_progressive(const sentence *s, int32_t verb, int32_t *up, int32_t n)
{
    const item *v = &s->items[verb];
    if (v->kind != IT_WORD || v->leaf < 0) return n;
    slice w = s->leaves[v->leaf].text;
    if (!dyad__ing_form(w)) return n;
    for (int32_t j = 0; j < n && j < 3; j++) {
        const item *it = &s->items[up[j]];
        if (it->kind != IT_WORD) return n;
        slice u = s->leaves[it->leaf].text;
        if (dyad__be_word(u) || dyad__word_is(u, "get") || dyad__word_is(u, "got")) {
            memmove(up + j, up + j + 1, (size_t)(n - j - 1) * sizeof *up);
            return n - 1;
        }
        if (!manner_adverb(s, it) && !dyad__word_is(u, "still") && !dyad__word_is(u, "also")) return n;
    }
    return n;
}

// News: the end of a verb's lower side: its phrase's end, or an adverbial
// clause with a subject of its own inside it ("provides support to Assad,
// while the Saudis have shipped weapons to the rebels": the rebels are the
// Saudis' target, not Iran's).
static int32_t lower_end(const sentence *s, int32_t last, int32_t vp_close)
{
    if (!s->be_forms) return vp_close;
    for (int32_t i = last + 1; i < vp_close; i++)
        if (s->items[i].kind == IT_OPEN && s->items[i].phrase == PH_SBAR && dyad__adverbial_clause(s, i)) return i;
    return vp_close;
}

// Does a phrase of adverbs alone close at item i ("(ADVP (RB also))")?
static bool adverb_phrase(const sentence *s, int32_t i)
{
    const item *it = &s->items[i];
    if (it->kind != IT_CLOSE || it->phrase != PH_OTHER) return false;
    bool any = false;
    for (int32_t k = it->mate + 1; k < i; k++) {
        const item *w = &s->items[k];
        if (w->kind == IT_OPEN || w->kind == IT_CLOSE) return false;
        if (w->tag != TAG_OTHER) return false;
        any = true;
    }
    return any;
}

// Does pattern p's lower side name a word or synset ("- * &SANCTIONS ON_$";
// not the bare verb "- * [051]", which any passive would match)?
static bool has_word(const verb_pattern *p)
{
    for (size_t i = 0; i < p->n_lower; i++)
        if (p->lower[i].kind == PAT_WORD || p->lower[i].kind == PAT_SYNSET) return true;
    return false;
}

// News: "New sanctions were imposed on Iran by the EU", "A truce was
// signed by Ethiopia and Eritrea": a passive whose subject names no actor
// is matched as its active ("the EU imposed new sanctions on Iran"): the
// subject's words, then the words after the verb without the "by" phrase.
// A coded pattern found so takes the "by" phrase as its source; else m
// stays as it was.
static void passive_as_active(const sentence *s, int32_t vp_open, const verb_block *b, verb_match *m)
{
    int32_t close = vp_open - 1;
    while (close >= 0 && adverb_phrase(s, close)) close = s->items[close].mate - 1;  // "Iran also was"
    if (close < 0 || s->items[close].kind != IT_CLOSE) return;
    if (s->items[close].phrase == PH_NE || s->items[close].phrase == PH_NEC) {
        const ne_phrase *e = &s->nes[s->items[close].ne];
        if (e->compound || !e->code || strcmp(e->code, "---")) return;  // an actor: a true passive
    } else if (s->items[close].phrase != PH_OTHER) {
        return;
    }
    int32_t open = s->items[close].mate, by = -1, by_end = -1;
    for (int32_t i = open + 1; i < close; i++)
        if (s->items[i].kind == IT_OPEN && s->items[i].phrase == PH_NE && s->nes[s->items[i].ne].code &&
            strcmp(s->nes[s->items[i].ne].code, "---"))
            return;  // an actor inside the subject ("the EU's sanctions"): not a bare thing
    for (int32_t i = m->last + 1; i + 1 < m->vp_close && by < 0; i++) {
        if (s->items[i].kind != IT_WORD || !word_is(s, &s->items[i], "BY")) continue;
        int32_t k = i + 1;
        while (k < m->vp_close && s->items[k].kind == IT_OPEN && s->items[k].phrase == PH_OTHER) k++;
        if (k >= m->vp_close || s->items[k].kind != IT_OPEN ||
            (s->items[k].phrase != PH_NE && s->items[k].phrase != PH_NEC))
            return;
        by = s->items[k].ne;
        by_end = s->items[k].mate;
        int32_t nec = s->nes[by].nec;
        if (nec >= 0) {  // "by Ethiopia and Eritrea": the compound
            by = nec;
            by_end = s->nes[nec].close;
        }
        by_end = by_end > i ? by_end : i;
        // the lower side: the subject, then what follows the verb but the "by" phrase
        int32_t lo[512], nl = 0;
        for (int32_t j = open + 1; j < close && nl < 512; j++)
            if (keep(&s->items[j])) lo[nl++] = j;
        for (int32_t j = m->last + 1; j < m->vp_close && nl < 512; j++) {
            if (j == i) j = by_end + 1;
            if (j >= m->vp_close) break;
            if (keep(&s->items[j])) lo[nl++] = j;
        }
        uint64_t have_lo = side_bits(s, lo, nl);
        for (size_t q = 0; q < b->n_patterns; q++) {
            const verb_pattern *p = &b->patterns[q];
            if (p->n_upper || !may_match(p, 0, have_lo) || !strcmp(p->code, "---") || !has_word(p)) continue;
            int32_t src = -1, tgt = -1;
            side_state st = {-1, -1, &src, &tgt};
            if (!match_side(s, p->lower, p->n_lower, lo, nl, false, &st)) continue;
            m->pattern = p;
            m->code = p->code;
            m->src = by;
            m->tgt = tgt;
            m->passive = false;
            return;
        }
    }
}

// News: "two journalists were arrested", "has since been charged": the
// verb (a participle) right after a form of "be" or "get" (a time adverb may
// stand between), with no "by" in its phrase. Then the code the block's bare
// pattern ("- * [173]") gives the verb, which a pattern of agentless passives
// null-codes; else NULL.
static const char *agentless_code(const sentence *s, int32_t verb, const int32_t *up, int32_t nu,
                                  int32_t vp_close, const verb_block *b, const verb_pattern **bare)
{
    static const char *const time_adv[] = {"also", "later", "subsequently", "since", "then",
                                           "already", "recently", "previously", NULL};
    if (!s->items[verb].vbn) return NULL;
    bool aux = false;
    for (int32_t j = 0; j < nu && j < 3 && !aux; j++) {
        const item *it = &s->items[up[j]];
        if (it->kind != IT_WORD || it->leaf < 0) return NULL;
        slice u = s->leaves[it->leaf].text;
        // (not "be": "can be arrested", "were to be indicted" are not done)
        if (dyad__word_is(u, "be")) return NULL;
        aux = dyad__be_word(u) || dyad__word_is(u, "get") || dyad__word_is(u, "got") ||
              dyad__word_is(u, "gotten");
        bool adv = false;
        for (const char *const *x = time_adv; *x && !adv; x++) adv = dyad__word_is(u, *x);
        if (!aux && !adv) return NULL;
    }
    if (!aux) return NULL;
    for (int32_t i = verb + 1; i < vp_close; i++)
        if (s->items[i].kind == IT_WORD && word_is(s, &s->items[i], "BY")) return NULL;
    for (size_t i = b->n_patterns; i-- > 0;) {
        const verb_pattern *p = &b->patterns[i];
        if (!p->n_upper && !p->n_lower) {
            *bare = p;
            return strcmp(p->code, "---") ? p->code : NULL;
        }
    }
    return NULL;
}

bool dyad__verb_try(const sentence *s, int32_t vp_open, verb_match *m)
{
    const dyad_dict *d = s->dict;
    memset(m, 0, sizeof *m);
    m->src = m->tgt = -1;
    int32_t vp_close = s->items[vp_open].mate;
    int32_t verb = vp_open + 1;
    int32_t pv = passive_verb(s, vp_open, vp_close);
    if (pv >= 0 && dyad__verb_first_form(d, s->items[pv].word) >= 0) {
        verb = pv;
        m->passive = true;
    }
    int32_t first, last;
    const verb_form *form = pick_form(s, verb, vp_close, &first, &last);
    if (!form) return false;
    m->form = form;
    m->verb_item = verb;
    m->first = first;
    m->last = last;
    m->vp_close = vp_close;
    int32_t up[512], lo[512];
    int32_t nu = build_upper(s, first, up, 511);
    if (s->be_forms) nu = drop_progressive(s, verb, up, nu);
    // the list's auxiliary stands before each participle of it
    int32_t shared_aux = s->be_forms && verb == vp_open + 1 ? passive_conjunct(s, vp_open) : -1;
    if (shared_aux >= 0) {
        memmove(up + 1, up, (size_t)nu * sizeof *up);
        up[0] = shared_aux;
        nu++;
    }
    int32_t nl = build_lower(s, last, lower_end(s, last, vp_close), lo, 512);
    if (m->passive || shared_aux >= 0) nl = add_list_by(s, vp_close, lo, nl, 512);
    uint64_t have_up = side_bits(s, up, nu), have_lo = side_bits(s, lo, nl);
    const verb_block *b = &d->blocks[form->block];
    for (size_t i = 0; i < b->n_patterns; i++) {
        const verb_pattern *p = &b->patterns[i];
        if (!may_match(p, have_up, have_lo)) continue;
        int32_t src = -1, tgt = -1;
        side_state st = {-1, -1, &src, &tgt};
        if (!match_side(s, p->upper, p->n_upper, up, nu, true, &st)) continue;
        if (!match_side(s, p->lower, p->n_lower, lo, nl, false, &st)) continue;
        m->pattern = p;
        m->src = src;
        m->tgt = tgt;
        break;
    }
    if (m->pattern && strcmp(m->pattern->code, "---") != 0) m->code = m->pattern->code;
    else m->code = form->code ? form->code : b->code;
    if (strcmp(m->code, "---") == 0) m->code = NULL;
    if (!m->code && m->pattern && s->be_forms)
        m->agentless = agentless_code(s, verb, up, nu, vp_close, b, &m->agentless_pattern);
    if (m->passive && s->be_forms) passive_as_active(s, vp_open, b, m);
    return true;
}

// Are all the coded members of a compound places ("visibility alongside
// China and Russia")? Then it cannot be a default source.
static bool compound_located(const sentence *s, int32_t nec)
{
    bool any = false;
    for (int32_t i = 0; i < s->n_nes; i++) {
        const ne_phrase *m = &s->nes[i];
        if (m->nec != nec || m->open < 0 || !strcmp(m->code, "---")) continue;
        if (!m->located) return false;
        any = true;
    }
    return any;
}

// Default source: from the start of the upper sequence toward the verb, the
// first compound or coded NE, else the first NE at all.
static int32_t source_before(const sentence *s, int32_t first_item, bool clause_roles);

// Does the verb phrase opening at vp begin with a participle ("missing",
// "backed") right after a comma (past the clause marks before it)?
static bool participle_apposition(const sentence *s, int32_t vp)
{
    const item *v = vp + 1 < s->n_items ? &s->items[vp + 1] : NULL;
    if (!v || v->kind != IT_WORD || v->tag != TAG_VERB || v->leaf < 0) return false;
    slice w = s->leaves[v->leaf].text;
    if (!v->vbn && !dyad__ing_form(w)) return false;
    int32_t k = vp - 1;
    while (k >= 0 && s->items[k].kind == IT_OPEN && (s->items[k].phrase == PH_S || s->items[k].phrase == PH_VP)) k--;
    return k >= 0 && s->items[k].kind == IT_WORD && s->items[k].tag == TAG_COMMA;
}

// The comma before a participle_apposition's verb phrase at vp.
static int32_t participle_comma(const sentence *s, int32_t vp)
{
    int32_t k = vp - 1;
    while (k >= 0 && s->items[k].kind == IT_OPEN) k--;
    return k;
}

// The item first_item opens a verb phrase after a participle's phrase set
// off by commas ("Israeli police, acting on a tip, arrested"): the comma
// before that phrase, where the subject's search goes on; else -1.
static int32_t participle_before(const sentence *s, int32_t first_item)
{
    int32_t k = first_item - 1;  // (past the auxiliaries: "had been kidnapped")
    while (k >= 0 && (s->items[k].kind == IT_OPEN ||
                      (s->items[k].kind == IT_WORD && (s->items[k].tag == TAG_VERB || s->items[k].tag == TAG_OTHER))))
        k--;
    if (k < 1 || s->items[k].kind != IT_WORD || s->items[k].tag != TAG_COMMA) return -1;
    k--;
    while (k >= 0 && s->items[k].kind == IT_CLOSE) {
        int32_t open = s->items[k].mate;
        if (s->items[k].phrase == PH_VP && participle_apposition(s, open)) {
            int32_t c = participle_comma(s, open);
            // the comma has a noun phrase before it: an apposition, not a
            // sentence opening with the participle
            int32_t b = c - 1;
            while (b >= 0 && s->items[b].kind == IT_CLOSE) b--;
            return b >= 0 && s->items[b + 1].kind == IT_CLOSE && s->items[b + 1].phrase != PH_VP ? c : -1;
        }
        k--;
    }
    return -1;
}

// The comma the upper sequence of `from` stopped at, when the words between
// it and `from` hold no verb phrase (an apposition: "Senate Democrats, her
// party's senior member on the committee, called on Trump"); else -1.
static int32_t apposition_comma(const sentence *s, int32_t from)
{
    for (int32_t i = from - 1; i >= 0; i--) {
        i = skip_relative(s, i);
        if (i < 0) break;
        const item *it = &s->items[i];
        if (it->kind == IT_WORD && it->tag == TAG_COMMA) return i;
        if (it->kind == IT_OPEN && it->phrase == PH_VP && it->mate < from) {
            // a participle's phrase set off by commas describes the subject
            // ("Terry Waite, missing in Beirut since January 20, had been
            // kidnapped"); a finite verb's is a clause of its own
            if (!participle_apposition(s, i)) return -1;
            i = participle_comma(s, i);
        }
    }
    return -1;
}

int32_t dyad__coordination_start(const sentence *s, int32_t vp_open)
{
    for (int guard = 0; guard < 64; guard++) {
        int32_t p = -1;
        for (int32_t k = vp_open - 1; k >= 0; k--) {
            const item *it = &s->items[k];
            if (it->kind == IT_OPEN && it->mate > s->items[vp_open].mate) {
                p = k;
                break;
            }
        }
        // a verb phrase made of verb phrases is a coordination; one that opens
        // with a word is a verb group ("were (arrested)")
        if (p < 0 || s->items[p].phrase != PH_VP || s->items[p + 1].kind != IT_OPEN ||
            s->items[p + 1].phrase != PH_VP)
            return vp_open;
        vp_open = p;
    }
    return vp_open;
}

// Default source: the nearest coded NE before the verb (in its own clause
// with clause_roles); with clause_roles, when none lies before the nearest
// comma, the search goes on past up to two commas of appositions.
// The noun phrase a relative clause holding the verb at first_item follows
// ("Saudi Arabia, which has accused Iran"), when the verb opens the
// clause; -2 when the verb is not in one.
static int32_t relative_antecedent(const sentence *s, int32_t first_item)
{
    for (int32_t i = first_item - 1; i >= 0; i--) {
        const item *it = &s->items[i];
        if (it->kind == IT_OPEN && it->phrase == PH_REL) {
            int32_t k = i - 1;
            if (k >= 0 && s->items[k].kind == IT_WORD && s->items[k].tag == TAG_COMMA) k--;
            if (k >= 0 && s->items[k].kind == IT_CLOSE &&
                (s->items[k].phrase == PH_NE || s->items[k].phrase == PH_NEC))
                return s->items[k].ne;
            return -1;
        }
        if (it->kind == IT_CLOSE || (it->kind == IT_OPEN && it->phrase != PH_VP && it->phrase != PH_S))
            return -2;
        if (it->kind == IT_WORD && it->tag != TAG_VERB && it->tag != TAG_OTHER) return -2;
    }
    return -2;
}

int32_t dyad__participle_host(const sentence *s, int32_t first_item)
{
    const item *v = &s->items[first_item];
    if (v->kind != IT_WORD || v->tag != TAG_VERB || v->leaf < 0) return -1;
    slice w = s->leaves[v->leaf].text;
    if (!dyad__ing_form(w)) return -1;
    int32_t k = first_item - 1;
    while (k >= 0 && s->items[k].kind == IT_OPEN &&
           (s->items[k].phrase == PH_VP || s->items[k].phrase == PH_S))
        k--;
    if (k < 0 || s->items[k].kind != IT_WORD || s->items[k].tag != TAG_COMMA) return -1;
    // the verb phrase that holds the comma and the participle
    for (int32_t i = k - 1; i >= 0; i--) {
        const item *it = &s->items[i];
        if (it->kind == IT_OPEN && it->phrase == PH_VP && it->mate > first_item)
            return i + 1 < s->n_items && s->items[i + 1].kind == IT_WORD ? i + 1 : -1;
        if (it->kind == IT_OPEN && it->mate > first_item) return -1;  // a clause or phrase
    }
    return -1;
}

// "Congo's foreign minister, Therese Wagner, a former UN official who took
// up the post last year, accused Rwanda": an indefinite noun phrase set off
// by a comma describes the subject named before it.
static bool description_apposition(const sentence *s, int32_t ne)
{
    const ne_phrase *e = &s->nes[ne];
    if (e->compound || e->first_leaf < 1) return false;
    slice w = s->leaves[e->first_leaf].text;
    if (!dyad__word_is(w, "a") && !dyad__word_is(w, "an")) return false;
    return s->leaves[e->first_leaf - 1].tag == TAG_COMMA;
}

// An NE that no entry codes set off by commas on both sides (", R-S.C.,",
// ", 62,")?
static bool uncoded_ne(const sentence *s, int32_t ne)
{
    if (ne < 0 || s->nes[ne].compound || (s->nes[ne].code && strcmp(s->nes[ne].code, "---"))) return false;
    int32_t a = s->nes[ne].open - 1, b = s->nes[ne].close + 1;
    while (a >= 0 && s->items[a].kind == IT_OPEN) a--;
    while (b < s->n_items && s->items[b].kind == IT_CLOSE) b++;
    return a >= 0 && b < s->n_items && s->items[a].kind == IT_WORD && s->items[a].tag == TAG_COMMA &&
           s->items[b].kind == IT_WORD && s->items[b].tag == TAG_COMMA;
}

// Does the verb phrase at item vp tell of the past: a perfect ("have
// overcome") or a regular past ("signed")?
static bool past_clause(const sentence *s, int32_t vp)
{
    const item *v = &s->items[vp + 1];
    if (v->kind != IT_WORD || v->leaf < 0 || v->tag != TAG_VERB) return false;
    slice w = s->leaves[v->leaf].text;
    if (dyad__have_word(w)) return true;
    // (not "need", "succeed", "proceed": present tenses in -eed)
    return !v->vbn && w.n > 3 && (w.p[w.n - 2] == 'e' || w.p[w.n - 2] == 'E') &&
           (w.p[w.n - 1] == 'd' || w.p[w.n - 1] == 'D') && w.p[w.n - 3] != 'e' &&
           w.p[w.n - 3] != 'E';
}

// "Unveiling the budget to parliament, Mr Manuel said", "After questioning
// Obama's toughness, Romney ...": a participle opening the sentence (after
// at most a preposition or adverb) has the subject of the clause after its
// phrase's comma. Returns that subject's NE, or -1.
static int32_t preposed_subject(const sentence *s, int32_t first_item)
{
    const item *v = &s->items[first_item];
    if (v->kind != IT_WORD || v->tag != TAG_VERB || v->leaf < 0) return -1;
    slice w = s->leaves[v->leaf].text;
    if (!dyad__ing_form(w)) return -1;
    int words = 0, vp = -1;
    bool by = false;
    for (int32_t k = first_item - 1; k >= 0; k--) {
        const item *it = &s->items[k];
        if (it->kind == IT_WORD) {
            if (it->tag != TAG_IN && it->tag != TAG_OTHER && it->tag != TAG_PUNCT) return -1;
            if (it->tag != TAG_PUNCT && ++words > 2) return -1;
            if (dyad__word_is(s->leaves[it->leaf].text, "by")) by = true;
        } else if (it->kind == IT_OPEN && vp < 0 && it->phrase == PH_VP && it->mate > first_item) {
            vp = k;
        }
    }
    if (vp < 0) return -1;
    int32_t k = s->items[vp].mate + 1;
    while (k < s->n_items && s->items[k].kind == IT_CLOSE) k++;
    if (k >= s->n_items || s->items[k].kind != IT_WORD || s->items[k].tag != TAG_COMMA) return -1;
    k++;
    while (k < s->n_items && s->items[k].kind == IT_OPEN && s->items[k].phrase != PH_NE && s->items[k].phrase != PH_NEC)
        k++;
    if (k >= s->n_items || s->items[k].kind != IT_OPEN) return -1;
    int32_t ne = s->items[k].ne;
    // the subject of a verb phrase ("..., Mr Manuel said")
    int32_t after = s->nes[ne].close + 1;
    while (after < s->n_items && s->items[after].kind == IT_CLOSE) after++;
    while (after < s->n_items && s->items[after].kind == IT_OPEN && s->items[after].phrase != PH_VP) after++;
    if (after >= s->n_items || s->items[after].kind != IT_OPEN || s->items[after].phrase != PH_VP)
        return -1;
    // "By standing with China, Pyongyang demonstrates unity": a means is
    // argued with, not done before the clause; but told in the past it was
    // done ("By signing the agreement, the prime ministers have overcome")
    return !by || past_clause(s, after) ? ne : -1;
}

// Does a noun phrase follow the verb that opens the phrase at vp_open (an
// adverb aside)? A participle with an object is active: "before protesters
// stormed the embassy" (tagged VBN) has a doer.
static bool object_follows(const sentence *s, int32_t vp_open)
{
    int32_t k = vp_open + 2;
    while (k < s->n_items && s->items[k].kind == IT_OPEN && s->items[k].phrase == PH_OTHER &&
           k + 1 < s->n_items && s->items[k + 1].kind == IT_WORD && s->items[k + 1].tag == TAG_OTHER)
        k = s->items[k].mate + 1;  // (ADVP (RB ...))
    while (k < s->n_items && s->items[k].kind == IT_WORD && s->items[k].tag == TAG_OTHER) k++;
    return k < s->n_items && s->items[k].kind == IT_OPEN &&
           (s->items[k].phrase == PH_NE || s->items[k].phrase == PH_NEC);
}

// Is the verb opening the phrase at vp_open a participle that news uses of
// those an act is done to ("soldiers killed in Afghanistan", "troops
// stationed in Syria")? Intransitive verbs ("arrived in Uganda", "met
// with") the tagger also marks VBN after a noun are not.
static bool done_to(const sentence *s, int32_t vp_open)
{
    static const char *const done[] = {
        "killed", "wounded", "injured", "hurt", "captured", "detained", "arrested", "held",
        "stationed", "deployed", "based", "kidnapped", "abducted", "jailed", "imprisoned",
        "accused", "charged", "convicted", "sentenced", "seized", "taken",
        "shot", "targeted", "attacked", "freed", "released", "expelled", "deported", "invited",
        "sent", "hired", "trained", "funded", "backed", "sanctioned", "banned", "blamed",
        "elected", "appointed", "named", "nominated", "ousted", "executed", "murdered",
        "tortured", "beaten", "displaced", "evacuated", "rescued", "hanged", "posted", NULL};
    const item *v = &s->items[vp_open + 1];
    if (v->kind != IT_WORD || v->leaf < 0) return false;
    for (const char *const *d = done; *d; d++)
        if (dyad__word_is(s->leaves[v->leaf].text, *d)) return true;
    return false;
}

// Does NE ne stand after a preposition or a form of "be", where no clause
// begins ("for Americans stationed in Iraq", "was an Al Qaeda member killed
// in a drone strike")? Not after "after", "that", "said": "after Iran's
// ambassador apologised" is a clause (its verb often tagged VBN).
static bool object_position(const sentence *s, int32_t ne)
{
    static const char *const opens[] = {"after", "before", "since", "as", "while", "because", "although",
                                        "though", "until", "unless", "if", "whether", "that", "than",
                                        "once", "like", NULL};
    int32_t l = s->nes[ne].first_leaf;
    if (l < 1) return false;
    const leaf *p = &s->leaves[l - 1];
    if (p->tag == TAG_IN) {
        for (const char *const *o = opens; *o; o++)
            if (dyad__word_is(p->text, *o)) return false;
        return true;
    }
    return p->tag == TAG_VERB && dyad__be_word(p->text);
}

int32_t dyad__verb_default_source(const sentence *s, int32_t first_item, bool clause_roles)
{
    if (clause_roles) {
        int32_t pre = preposed_subject(s, first_item);
        if (pre >= 0) return pre;
        // "expelled two diplomats, accusing Poland of espionage": the
        // participle's doer is the subject of the verb it hangs on
        int32_t host = dyad__participle_host(s, first_item);
        if (host >= 0) return dyad__verb_default_source(s, host, clause_roles);
        int32_t ante = relative_antecedent(s, first_item);
        if (ante > -2) return ante;
        // "citizens abducted by North Korea": the noun phrase before the
        // clause is its subject (the passive makes it the target); with no
        // "by" it has no doer ("Americans stationed in Iraq")
        int32_t vp = first_item - 1;
        if (vp >= 0 && s->items[vp].kind == IT_OPEN && s->items[vp].phrase == PH_VP) {
            int32_t ne = dyad__reduced_relative(s, vp);
            if (ne >= 0 && passive_verb(s, vp, s->items[vp].mate) >= 0) return ne;
            if (ne >= 0 && !object_follows(s, vp) && object_position(s, ne) && done_to(s, vp)) return -1;
        }
    }
    int32_t from = first_item;
    if (clause_roles) {
        int32_t c = participle_before(s, from);
        if (c >= 0) from = c;
    }
    int32_t found = source_before(s, from, clause_roles);
    // (past an uncoded apposition too: "Lindsey Graham, R-S.C., criticized")
    for (int k = 0; clause_roles && (found < 0 || description_apposition(s, found) || uncoded_ne(s, found)) && k < 2;
         k++) {
        from = apposition_comma(s, from);
        if (from < 0) break;
        int32_t before = source_before(s, from, clause_roles);
        // (an apposition describes an actor: "Two days later, a Taliban
        // gunman killed" keeps the gunman, no uncoded phrase before it)
        bool coded = before >= 0 && (s->nes[before].compound || strcmp(s->nes[before].code, "---"));
        if (coded || found < 0) found = before;
    }
    return found;
}

// Does NE e hang on an uncoded noun phrase by a preposition ("two
// explosions near | the Iranian Embassy")? Then that noun phrase, not e,
// is the subject. Only prepositions of place: "leaders of France" is
// France's, "after Britain expelled" is a clause.
static bool after_thing(const sentence *s, const ne_phrase *e)
{
    if (e->compound) return false;
    int32_t k = e->open - 1;
    while (k >= 0 && s->items[k].kind != IT_WORD && !keep(&s->items[k])) k--;
    static const char *const places[] = {"near", "at", "outside", "inside", "in", "on",
                                         "around", "behind", "beside", "across", NULL};
    if (k < 1 || s->items[k].kind != IT_WORD || s->items[k].tag != TAG_IN) return false;
    bool place = false;  // not "after Britain expelled", "killed by a U.S. airstrike"
    for (const char *const *w = places; *w && !place; w++)
        place = dyad__word_is(s->leaves[s->items[k].leaf].text, *w);
    if (!place) return false;
    k--;
    while (k >= 0 && s->items[k].kind != IT_WORD && !keep(&s->items[k])) k--;
    if (k < 0) return false;
    const item *before = &s->items[k];
    if (before->kind == IT_WORD) return before->tag == TAG_NOUN;  // a noun of no NE
    if (before->kind != IT_CLOSE || before->ne < 0) return false;
    const ne_phrase *head = &s->nes[before->ne];
    return !head->compound && !strcmp(head->code, "---");
}

static int32_t source_before(const sentence *s, int32_t first_item, bool clause_roles)
{
    int32_t seq[512];
    int32_t n = build_upper_in(s, first_item, seq, 512, clause_roles);
    int32_t any = -1;
    for (int32_t j = n - 1; j >= 0; j--) {
        const item *it = &s->items[seq[j]];
        if (it->kind != IT_OPEN) continue;
        const ne_phrase *e = &s->nes[it->ne];
        if (e->located && !e->acts && !e->fires) continue;
        if (clause_roles && date_ne(s, it->ne)) continue;  // "On Monday, ..." is no subject
        // "In London, India's finance minister lashed out": a state named
        // as a place is no subject
        if (clause_roles && dyad__ne_place_state(s, e)) continue;
        if (clause_roles && after_thing(s, e)) return any >= 0 ? any : -1;
        if (e->compound && !compound_located(s, it->ne)) return it->ne;
        if (!e->compound && strcmp(e->code, "---") != 0) return it->ne;
        if (any < 0 && e->nec < 0) any = it->ne;
    }
    return any;
}

static bool ne_coded(const sentence *s, int32_t ne)
{
    const ne_phrase *e = &s->nes[ne];
    if (!e->compound) return strcmp(e->code, "---") != 0;
    for (int32_t i = 0; i < s->n_nes; i++)
        if (s->nes[i].nec == ne && s->nes[i].open >= 0 && strcmp(s->nes[i].code, "---") != 0)
            return true;
    return false;
}

static bool same_code(const sentence *s, int32_t a, int32_t b)
{
    if (a < 0 || s->nes[a].compound || s->nes[b].compound) return false;
    return strcmp(s->nes[a].code, s->nes[b].code) == 0;
}

// Does the code's event move forces, goods or envoys: aid (07), yielding
// (08: withdraw, release), force posture (15), reducing relations (16)?
// Its object on the source's own side is what is moved ("Iran sent troops
// to Syria", "recalled its ambassador"), not the target.
// A state itself or its government or forces ("TUR", "TURGOV", "RUSMIL")?
static bool state_side(const char *code)
{
    if (!code || strlen(code) < 3 || !dyad__cameo_is_state(code)) return false;
    return !code[3] || !strcmp(code + 3, "GOV") || !strcmp(code + 3, "MIL");
}

static bool moves_own(const char *code)
{
    if (!code || !code[0] || !code[1]) return false;
    int root = dyad__cameo_root(code);
    return root == 7 || root == 8 || root == 15 || root == 16;
}

// Is NE b an agent alone ("troops", "its ambassador": no name, no person)
// of the state's own forces or envoys (MIL, COP, SPY, GOV) whose code opens
// with the state of NE a? (Rebels of the same country stay targets.)
static bool own_side(const sentence *s, int32_t a, int32_t b)
{
    const ne_phrase *e = &s->nes[b];
    if (a < 0 || s->nes[a].compound || e->compound || e->person || e->named) return false;
    const char *x = s->nes[a].code, *y = s->nes[b].code;
    if (strlen(x) < 3 || strlen(y) < 6 || strncmp(x, y, 3) || !strncmp(x, "---", 3)) return false;
    static const char force[][4] = {"MIL", "COP", "SPY", "GOV"};
    for (size_t i = 0; i < sizeof force / sizeof force[0]; i++)
        if (!strncmp(y + 3, force[i], 3)) return true;
    return false;
}

// Is NE n peacekeepers alone (no name, no person: "peacekeepers")?
static bool bare_peacekeepers(const sentence *s, int32_t n)
{
    const ne_phrase *e = &s->nes[n];
    if (e->compound || e->person || e->named || !e->code) return false;
    size_t k = strlen(e->code);
    return k >= 6 && !strcmp(e->code + k - 3, "PKO");
}

// Default target: in the verb phrase, the first coded NE that is not the
// source's code, else the first uncoded NE; then the same before the verb.
// An SBAR that reports what was said or thought: it opens with "that" or
// directly with its clause.
static bool complement_clause(const sentence *s, int32_t open)
{
    const item *next = &s->items[open + 1];
    if (next->kind == IT_OPEN) return next->phrase == PH_S;
    return next->kind == IT_WORD && word_is(s, next, "THAT");
}

// Does the verb's event take its target from what it is about: an appeal
// (02), an intent (03), a demand (10), a rejection (12) or a threat (13)?
// "threatened to attack Ukraine", "demanded that Russia withdraw", "offered
// to help Iraq", "refused to meet Greek officials". Not a verb of a state of
// mind (aims, seeks, wants, plans): "Pyongyang aims to influence Washington"
// is the writer's reading, not an act.
// A protest whose purpose clause says what it protests: "rallied to demand
// the resignation of X", "staged a boycott to protest Y's decision" (the
// clause's verb itself demands, disapproves, rejects, threatens or protests).
static int32_t protest_purpose(const sentence *s, const verb_match *m)
{
    const char *code = m->code;
    if (!code || code[0] != '1' || code[1] != '4') return -1;
    for (int32_t i = m->last + 1; i < m->vp_close; i++) {
        const item *it = &s->items[i];
        if (it->kind != IT_OPEN) continue;
        if (it->phrase == PH_SBAR || it->phrase == PH_REL) return -1;
        if (it->phrase != PH_VP || i + 2 >= s->n_items) continue;
        // the VP of "to": (VP to (VP demand ...)); or a participle of its
        // own: "marched in Minsk, demanding the resignation of X"
        const item *to = &s->items[i + 1];
        int32_t vp = -1;
        if (to->kind == IT_WORD && to->leaf >= 0 && dyad__word_is(s->leaves[to->leaf].text, "to")) {
            if (s->items[i + 2].kind != IT_OPEN || s->items[i + 2].phrase != PH_VP) return -1;
            vp = i + 2;
        } else if (to->kind == IT_WORD && to->leaf >= 0 && to->tag == TAG_VERB &&
                   dyad__ing_form(s->leaves[to->leaf].text)) {
            vp = i;
        }
        if (vp < 0) continue;
        verb_match v;
        if (!dyad__verb_try(s, vp, &v) || !v.code) return -1;
        int r = dyad__cameo_root(v.code);
        return r >= 10 && r <= 14 ? i : -1;
    }
    return -1;
}

static bool content_target(const sentence *s, const verb_match *m)
{
    const char *code = m->code;
    if (!code || !code[0] || !code[1]) return false;
    int root = dyad__cameo_root(code);
    if (root == 14) return protest_purpose(s, m) >= 0;
    if (root != 2 && root != 3 && root != 9 && root != 10 && root != 12 && root != 13) return false;
    const item *v = &s->items[m->verb_item];
    return !(v->kind == IT_WORD &&
             dyad__lexicon_has(&s->dict->lex, LEX(LEX_MIND), s->leaves[v->leaf].id));
}

// "kidnapped and killed two soldiers": a verb phrase with no object of its
// own, joined by and/or to the next one, shares that one's first coded noun
// phrase; -1 when there is none.
static int32_t shared_object(const sentence *s, const verb_match *m, int32_t src)
{
    int32_t k = m->vp_close + 1;
    if (k + 1 >= s->n_items || s->items[k].kind != IT_WORD || s->items[k].leaf < 0) return -1;
    slice w = s->leaves[s->items[k].leaf].text;
    if (!dyad__word_is(w, "and") && !dyad__word_is(w, "or")) return -1;
    const item *next = &s->items[k + 1];
    if (next->kind != IT_OPEN || next->phrase != PH_VP) return -1;
    for (int32_t i = k + 2; i < next->mate; i++) {
        const item *it = &s->items[i];
        if (it->kind == IT_OPEN && (it->phrase == PH_S || it->phrase == PH_SBAR || it->phrase == PH_REL))
            break;  // a clause of its own
        if (it->kind != IT_OPEN || (it->phrase != PH_NE && it->phrase != PH_NEC)) continue;
        if (it->ne == src || !ne_coded(s, it->ne) || (src >= 0 && same_code(s, src, it->ne))) continue;
        return it->ne;
    }
    return -1;
}

// The first noun phrase after the word "by" in a verb's lower words, not
// the source; -1 when there is none or it has no code (then the verb's
// other words are searched: "by a consortium of Fiat and ...").
static int32_t by_phrase(const sentence *s, const int32_t *lo, int32_t nl, int32_t src)
{
    for (int32_t j = 1; j < nl; j++) {
        const item *it = &s->items[lo[j]], *prev = &s->items[lo[j - 1]];
        if (it->kind != IT_OPEN || (it->phrase != PH_NE && it->phrase != PH_NEC)) continue;
        if (prev->kind != IT_WORD || prev->leaf < 0 || !word_is(s, prev, "BY")) continue;
        return it->ne != src && ne_coded(s, it->ne) ? it->ne : -1;
    }
    return -1;
}

bool dyad__reduced_passive(const sentence *s, int32_t vp_open)
{
    return s->be_forms && dyad__reduced_relative(s, vp_open) >= 0 &&
           passive_verb(s, vp_open, s->items[vp_open].mate) >= 0;
}

// Is a coded noun phrase of another state than the source's among
// seq[j+1, n) (opening marks)?
static bool other_after(const sentence *s, const int32_t *seq, int32_t n, int32_t j, int32_t src)
{
    for (int32_t k = j + 1; k < n; k++) {
        const item *it = &s->items[seq[k]];
        if (it->kind != IT_OPEN || (it->phrase != PH_NE && it->phrase != PH_NEC)) continue;
        const ne_phrase *e = &s->nes[it->ne];
        if (e->compound || !e->code || !strncmp(e->code, "---", 3) || e->thing) continue;
        if (strncmp(e->code, s->nes[src].code, 3)) return true;
    }
    return false;
}

// The word item before item k (past the marks that open phrases), or -1.
static int32_t word_before(const sentence *s, int32_t k)
{
    for (k--; k >= 0 && s->items[k].kind != IT_WORD; k--) {}
    return k;
}

// word_is() for an item index that may be -1 (none before)
static bool item_word_is(const sentence *s, int32_t k, const char *w)
{
    return k >= 0 && s->items[k].kind == IT_WORD && s->items[k].leaf >= 0 && word_is(s, &s->items[k], w);
}

// Is NE ne no one the verb acts on but a partner or a bystander: a
// co-actor ("marched alongside him", "together with France") or the
// subject of an absolute phrase after a comma ("welcomed the agreement,
// with Macron calling it a step forward"; not "sided with the generals
// arguing for")? ("Along with" joins patients as often as actors: "killed
// a cop, along with two citizens".)
// ("alongside X", "together with X": a co-actor)
static bool co_actor(const sentence *s, int32_t ne)
{
    int32_t w = word_before(s, s->nes[ne].open);
    return item_word_is(s, w, "alongside") ||
           (item_word_is(s, w, "with") && item_word_is(s, word_before(s, w), "together"));
}

bool dyad__co_actor_after(const sentence *s, const verb_match *m)
{
    for (int32_t i = m->last + 1; i < m->vp_close && i < s->n_items; i++)
        if (s->items[i].kind == IT_OPEN && (s->items[i].phrase == PH_NE || s->items[i].phrase == PH_NEC) &&
            co_actor(s, s->items[i].ne))
            return true;
    return false;
}

// "praised the vote on social media", "said on Twitter", "told state
// television": a platform the act is made on is its channel, not its target
// (after "on", "via" or "in").
static bool channel_ne(const sentence *s, int32_t ne)
{
    static const char *const heads[] = {"twitter", "facebook", "instagram", "youtube", "telegram",
                                        "media", "television", "tv", "radio", NULL};
    const ne_phrase *e = &s->nes[ne];
    int32_t w = word_before(s, e->open);
    if (!item_word_is(s, w, "on") && !item_word_is(s, w, "via") && !item_word_is(s, w, "in")) return false;
    // (not the "on" of "cracked/clamped down on Ukrainian state television";
    // "said on Twitter", "lashed out on Twitter at Garland" are channels)
    if (item_word_is(s, word_before(s, w), "down")) return false;
    if (e->compound || e->last_leaf < 0) return false;
    for (const char *const *h = heads; *h; h++)
        if (dyad__word_is(s->leaves[e->last_leaf].text, *h)) return e->last_leaf - e->first_leaf <= 2;
    return false;
}

static bool aside_ne(const sentence *s, int32_t ne)
{
    const ne_phrase *e = &s->nes[ne];
    if (co_actor(s, ne) || channel_ne(s, ne)) return true;
    int32_t w = word_before(s, e->open);
    if (!item_word_is(s, w, "with")) return false;
    int32_t w2 = word_before(s, w);
    if (w2 < 0 || s->items[w2].tag != TAG_COMMA) return false;
    int32_t k = e->close + 1;
    while (k < s->n_items && s->items[k].kind == IT_CLOSE) k++;
    while (k < s->n_items && s->items[k].kind == IT_OPEN) k++;
    if (k >= s->n_items || s->items[k].kind != IT_WORD || s->items[k].tag != TAG_VERB) return false;
    slice v = s->leaves[s->items[k].leaf].text;
    return v.n > 4 && !memcmp(v.p + v.n - 3, "ing", 3);
}

// "warned that Russia could use the crisis": a warning or threat whose
// "that" clause, right after the verb, has a subject other than the
// source's own side foretells, and aims at no one. ("warned that Tehran
// would respond", "warned that it would retaliate": its own side will act.)
static bool foretold(const sentence *s, const verb_match *m, int32_t src)
{
    int32_t i = m->last + 1;
    if (i >= m->vp_close || s->items[i].kind != IT_OPEN || s->items[i].phrase != PH_SBAR) return false;
    const item *v = &s->items[m->verb_item];  // ("threatened that the US would pay dearly")
    if (v->kind == IT_WORD && v->leaf >= 0) {
        slice w = s->leaves[v->leaf].text;
        bool threat = w.n > 6;
        for (size_t k = 0; threat && k < 6; k++) threat = (w.p[k] | 32) == "threat"[k];
        if (threat) return false;
    }
    // ("warned that the US will face regret if Trump scraps the deal",
    // "unless ministers backed down": a condition makes it a threat; so do
    // consequences to come: "warned that Ukraine would pay dearly")
    static const char *const consequence[] = {"pay", "face", "suffer", "regret", "bear", NULL};
    for (int32_t k = i; k < s->items[i].mate; k++) {
        if (s->items[k].kind != IT_WORD || s->items[k].leaf < 0) continue;
        int32_t l = s->items[k].leaf;
        if (dyad__word_is(s->leaves[l].text, "if") || dyad__word_is(s->leaves[l].text, "unless")) return false;
        if (l >= 1 && (dyad__word_is(s->leaves[l - 1].text, "would") || dyad__word_is(s->leaves[l - 1].text, "will")))
            for (const char *const *c = consequence; *c; c++)
                if (dyad__word_is(s->leaves[l].text, *c)) return false;
    }
    for (; i < m->vp_close; i++) {
        const item *it = &s->items[i];
        if (it->kind == IT_WORD) {
            if (it->leaf >= 0 && dyad__word_is(s->leaves[it->leaf].text, "that")) continue;
            return it->tag != TAG_PRP;  // "it", "we": the source's side
        }
        if (it->phrase == PH_VP) return true;
        if (it->phrase != PH_NE && it->phrase != PH_NEC) continue;
        const char *code = s->nes[it->ne].code;
        int32_t f = s->nes[it->ne].first_leaf;
        if (f >= 0 && s->leaves[f].tag == TAG_PRP) return false;  // "warned they would be hit"
        return !(src >= 0 && code && s->nes[src].code && strlen(code) >= 3 &&
                 strncmp(s->nes[src].code, "---", 3) && !strncmp(code, s->nes[src].code, 3));
    }
    return false;
}

bool dyad__asked_question(const sentence *s, const verb_match *m)
{
    static const char *const ask[] = {"ask", "asks", "asked", "asking", NULL};
    static const char *const question[] = {"whether", "if", "about", "why", "what", "how", "who",
                                           "when", "where", "which", "questions", "question", NULL};
    const item *v = &s->items[m->verb_item];
    if (v->kind != IT_WORD || v->leaf < 0) return false;
    bool is_ask = false;
    for (const char *const *w = ask; *w && !is_ask; w++) is_ask = dyad__word_is(s->leaves[v->leaf].text, *w);
    if (!is_ask) return false;
    // the first word after the verb's object (or its "by" phrase) that is
    // no part of a name
    int32_t depth = 0;
    for (int32_t i = m->last + 1; i < m->vp_close; i++) {
        const item *it = &s->items[i];
        if (it->kind == IT_OPEN && (it->phrase == PH_NE || it->phrase == PH_NEC)) depth++;
        else if (it->kind == IT_CLOSE && (it->phrase == PH_NE || it->phrase == PH_NEC)) depth--;
        if (it->kind != IT_WORD || it->leaf < 0) continue;
        slice w = s->leaves[it->leaf].text;
        bool q = false;
        for (const char *const *x = question; *x && !q; x++) q = dyad__word_is(w, *x);
        // ("asked about 30 trading houses to refrain": about a number)
        slice nx = it->leaf + 1 < s->n_leaves ? s->leaves[it->leaf + 1].text : (slice){"", 0};
        if (q && dyad__word_is(w, "about") && nx.n && nx.p[0] >= '0' && nx.p[0] <= '9') q = false;
        if (q) return true;  // "asked Trump whether", "asked the CEO questions"
        if (depth > 0 || dyad__word_is(w, "by") || it->tag == TAG_DT) continue;
        return false;        // "asked Congress to act", "asked Iran for help"
    }
    return false;
}

int32_t dyad__verb_default_target(const sentence *s, const verb_match *m, int32_t src,
                            bool clause_roles)
{
    if (clause_roles && dyad__cameo_root(m->code) == 13 && foretold(s, m, src)) return -1;
    int32_t lo[512], up[512];
    // a clause that is the verb's object ("said that X attacked Y") holds
    // what was said, not whom the verb is done to; but the content of an
    // appeal, intent, demand, rejection or threat names its target
    int32_t end = lower_end(s, m->last, m->vp_close);
    bool content = content_target(s, m);
    for (int32_t i = m->last + 1; clause_roles && !content && i < end; i++)
        if (s->items[i].kind == IT_OPEN &&
            ((s->items[i].phrase == PH_SBAR && complement_clause(s, i)) || s->items[i].phrase == PH_S)) {
            end = i;
            break;
        }
    int32_t nl = build_lower(s, m->last, end, lo, 512);
    if (clause_roles && m->passive) nl = add_list_by(s, m->vp_close, lo, nl, 512);
    // (news: not past a verb of saying; "Merkel said Russia is fighting"
    // aims at no one, not at the speaker)
    int32_t nu = build_upper(s, m->first, up, 512);
    for (int32_t j = 0; clause_roles && j < nu; j++) {
        const item *it = &s->items[up[j]];
        if (it->kind == IT_WORD && it->leaf >= 0 && it->tag == TAG_VERB &&
            dyad__lexicon_has(&s->dict->lex, LEX(LEX_SPEECH), s->leaves[it->leaf].id)) {
            nu = j;
            break;
        }
    }
    // (and a state's pledges, refusals and threats, mostly of moving them:
    // "threatened to recall its ambassador from Berlin", "pledged to send
    // troops to Mali", "refused to send troops to Ukraine"; not the unions'
    // "threatened a strike unless the government ...")
    int root = dyad__cameo_root(m->code);
    bool state_src = src >= 0 && state_side(s->nes[src].code);
    bool skip_own = clause_roles && (moves_own(m->code) || (root == 13 && state_src));
    bool skip_troops = clause_roles && (root == 3 || root == 12) && state_src;
    // a passive's doer is its "by" phrase, wherever it stands ("was attacked
    // in the port of Aden by al Qaeda"): never the place on the way
    if (clause_roles && m->passive) {
        int32_t by = by_phrase(s, lo, nl, src);
        if (by >= 0) return by;
    }
    // "marched through central London against Trump": whom an act is
    // against is its target before any place on the way
    for (int32_t j = 1; clause_roles && j < nl; j++) {
        const item *it = &s->items[lo[j]], *prev = &s->items[lo[j - 1]];
        if (it->kind != IT_OPEN || prev->kind != IT_WORD || prev->leaf < 0 ||
            !dyad__word_is(s->leaves[prev->leaf].text, "against"))
            continue;
        if (it->ne != src && ne_coded(s, it->ne) && !(src >= 0 && same_code(s, src, it->ne)))
            return it->ne;
    }
    // "chanted slogans in front of the British Embassy", "rallied outside
    // parliament": a protest at a body's seat is aimed at that body (a
    // state named as the place is not: "in Tehran")
    for (int32_t j = 1; clause_roles && dyad__cameo_root(m->code) == 14 && j < nl; j++) {
        const item *it = &s->items[lo[j]], *prev = &s->items[lo[j - 1]];
        if (it->kind != IT_OPEN || prev->kind != IT_WORD || prev->leaf < 0) continue;
        slice pw = s->leaves[prev->leaf].text;
        bool front = dyad__word_is(pw, "of") && prev->leaf > 0 &&
                     dyad__word_is(s->leaves[prev->leaf - 1].text, "front");
        if (!front && !dyad__word_is(pw, "outside") && !dyad__word_is(pw, "at")) continue;
        const ne_phrase *e = &s->nes[it->ne];
        if (it->ne != src && ne_coded(s, it->ne) && !e->compound && strlen(e->code) > 3 &&
            !(src >= 0 && same_code(s, src, it->ne)))
            return it->ne;
    }
    // "rallied in Cairo to demand the resignation of X": whom the purpose
    // clause demands something of, before any place on the way
    int32_t purpose = clause_roles ? protest_purpose(s, m) : -1;
    for (int32_t i = purpose; i >= 0 && i < s->items[purpose].mate; i++) {
        const item *it = &s->items[i];
        if (it->kind != IT_OPEN || (it->phrase != PH_NE && it->phrase != PH_NEC)) continue;
        if (it->ne != src && ne_coded(s, it->ne) && !(src >= 0 && same_code(s, src, it->ne)))
            return it->ne;
    }
    for (int pass = 0; pass < 4; pass++) {
        // "kidnapped and imprisoned Yazidi women": the shared object before
        // any actor before the verb
        if (pass == 2 && clause_roles) {
            int32_t shared = shared_object(s, m, src);
            if (shared >= 0) return shared;
        }
        const int32_t *seq = pass < 2 ? lo : up;
        int32_t n = pass < 2 ? nl : nu;
        bool want_coded = pass % 2 == 0;
        for (int32_t j = 0; j < n; j++) {
            const item *it = &s->items[seq[j]];
            bool entering = (it->kind == IT_OPEN) == (pass < 2);
            if (it->kind == IT_WORD || !entering) continue;
            int32_t ne = it->ne;
            if (ne == src) continue;
            if (want_coded != ne_coded(s, ne)) continue;
            if (want_coded && src >= 0 && same_code(s, src, ne)) continue;
            if (clause_roles && pass < 2 && aside_ne(s, ne)) continue;
            // "Iran's foreign minister warned that Tehran would respond to
            // any Israeli attack": a state's side acts on no bare self
            if (want_coded && clause_roles && root == 13 && state_src && !s->nes[ne].compound && s->nes[ne].code &&
                strlen(s->nes[ne].code) == 3 && !strncmp(s->nes[ne].code, s->nes[src].code, 3))
                continue;
            if (want_coded && skip_own && own_side(s, src, ne)) continue;
            // (and the troops or peacekeepers it offers: "pledged to send
            // peacekeepers to Lebanon")
            if (want_coded && skip_troops &&
                ((own_side(s, src, ne) && !strcmp(s->nes[ne].code + 3, "MIL")) || bare_peacekeepers(s, ne)))
                continue;
            // "threatened to cut off all US aid to Honduras": the source's
            // own thing is no target
            if (want_coded && clause_roles && src >= 0 && s->nes[ne].thing && !s->nes[ne].compound &&
                !s->nes[src].compound && !strncmp(s->nes[ne].code, s->nes[src].code, 3) &&
                other_after(s, seq, n, j, src))
                continue;
            return ne;
        }
    }
    return -1;  // (the shared object was tried before the words before the verb)
}
