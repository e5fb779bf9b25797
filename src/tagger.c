// tagger.c: the built-in parser's part-of-speech tagger (see tagger.h).
#include "tagger.h"

#include <stdlib.h>
#include <string.h>

// ---------------------------------------------------------------- lexicon

static uint32_t lex_hash(const char *s, size_t n)
{
    uint32_t h = 2166136261u;
    for (size_t i = 0; i < n; i++) h = (h ^ (uint8_t)s[i]) * 16777619u;
    return h;
}

static void lex_build(tagger *tg)
{
    memset(tg->lex, 0, sizeof tg->lex);
    size_t n;
    const lex_entry *table = dyad__lexicon_pos_table(&n);
    tg->table = table;
    for (size_t i = 0; i < n; i++) {
        const char *w = table[i].w;
        uint32_t h = lex_hash(w, strlen(w)) & (LEX_SLOTS - 1);
        while (tg->lex[h]) {
            if (!strcmp(table[tg->lex[h] - 1].w, w)) break;  // first one wins
            h = (h + 1) & (LEX_SLOTS - 1);
        }
        if (!tg->lex[h]) tg->lex[h] = (int16_t)(i + 1);
    }
}

static const lex_entry *lex_find(const tagger *tg, const char *lower, size_t n)
{
    uint32_t h = lex_hash(lower, n) & (LEX_SLOTS - 1);
    while (tg->lex[h]) {
        const lex_entry *e = &tg->table[tg->lex[h] - 1];
        if (strlen(e->w) == n && !memcmp(e->w, lower, n)) return e;
        h = (h + 1) & (LEX_SLOTS - 1);
    }
    return NULL;
}

// ---------------------------------------------------------------- tagging

enum { M_BASE, M_S, M_ED, M_ING };

static bool ends(const char *w, size_t n, const char *suf)
{
    size_t k = strlen(suf);
    return n > k + 1 && !memcmp(w + n - k, suf, k);
}

static int morph(const char *lw, size_t n)
{
    if (ends(lw, n, "ing")) return M_ING;
    if (ends(lw, n, "ed")) return M_ED;
    if (n > 3 && lw[n - 1] == 's' && lw[n - 2] != 's' && lw[n - 2] != 'u' && lw[n - 2] != 'i')
        return M_S;
    return M_BASE;
}

// Does lw end in one of the suffixes of list (k = 0 nouns, 1 adjectives),
// with a letter or more before it? (Their lengths are kept by the tagger.)
static bool ends_any(const tagger *tg, const char *lw, size_t n, int k)
{
    const char *const *suf = dyad__lexicon_words(k ? LEXT_ADJ_SUFFIX : LEXT_NOUN_SUFFIX);
    for (int i = 0; suf[i] && i < SUFFIX_MAX; i++) {
        size_t m = tg->suffix_len[k][i];
        if (n > m + 1 && lw[n - 1] == suf[i][m - 1] && !memcmp(lw + n - m, suf[i], m)) return true;
    }
    return false;
}

static bool noun_suffix(const tagger *tg, const char *lw, size_t n) { return ends_any(tg, lw, n, 0); }
static bool adj_suffix(const tagger *tg, const char *lw, size_t n) { return ends_any(tg, lw, n, 1); }

static bool tok_is(const tagger *tg, int32_t i, const char *w)
{
    return token_is(tg->toks, tg->n, i, w);
}

static bool cap_inside(const tagger *tg, int32_t i)
{
    if (!(tg->toks[i].flags & TOK_CAP)) return false;
    if (i == 0) return false;
    uint8_t p = tg->tag[i - 1];
    const slice pw = tg->toks[i - 1].norm;
    // after an opening quote, a colon or a dash a new sentence may begin
    if (p == P_LQ || p == P_COLON || p == P_LRB) return false;
    if (pw.n == 2 && pw.p[0] == '-' && pw.p[1] == '-') return false;
    return true;
}

// What token i may be, from the lexicon and the dictionaries alone.
enum { C_NOUN = 1, C_VERB = 2, C_ADJ = 4, C_ADV = 8 };

typedef struct lexinfo {
    int cand;
    int m;               // morph
    bool lexverb;        // known verb (dictionary or lexicon)
    bool nominal;        // an actor or agent word
} lexinfo;

// "seems", "seemed", "seeming" of a lexicon verb "seem".
// Stems of 40 bytes and more are not looked up: no lexicon word is that
// long.
static bool lex_verb_stem(const tagger *tg, const char *lw, size_t n, int m)
{
    char b[40];
    size_t cut[2] = {0, 0};
    if (m == M_S) cut[0] = 1, cut[1] = 2;           // seems, pushes
    else if (m == M_ED) cut[0] = 2, cut[1] = 1;     // seemed, hoped
    else if (m == M_ING) cut[0] = 3, cut[1] = 3;    // seeming, hoping (+e)
    for (int k = 0; k < 2; k++) {
        if (!cut[k] || n <= cut[k] + 1 || n - cut[k] + 1 >= sizeof b) continue;
        size_t len = n - cut[k];
        memcpy(b, lw, len);
        if (m == M_ING && k == 1) b[len++] = 'e';
        const lex_entry *e = lex_find(tg, b, len);
        if (e && (e->flags & L_VERB)) return true;
    }
    return false;
}

static lexinfo classify_open(const tagger *tg, int32_t i, const char *lw, size_t n)
{
    lexinfo li = {0, M_BASE, false, false};
    uint8_t wc = dict_word_class(tg->dict, tg->id[i]);
    li.nominal = (wc & (WC_ACTOR | WC_AGENT)) != 0;
    li.lexverb = dyad__verb_first_form(tg->dict, tg->id[i]) >= 0 ||
                 (tg->lexe[i] && (tg->lexe[i]->flags & L_VERB));
    li.m = morph(lw, n);
    if (!li.lexverb && li.m != M_BASE) li.lexverb = lex_verb_stem(tg, lw, n, li.m);
    if (memchr(lw, '-', n) && (li.m == M_ING || li.m == M_ED) && !li.lexverb) {
        li.cand = C_ADJ;  // "high-ranking", "war-torn", "U.S.-backed"
        return li;
    }
    if (li.lexverb) li.cand |= C_VERB;
    if (!li.lexverb && (li.m == M_ED || li.m == M_ING)) li.cand |= C_VERB;
    if (ends(lw, n, "ly") && !li.nominal) li.cand |= C_ADV;
    // (an agent's or actor's first word in lower case may still be the
    // adjective: "political" of POLITICAL_PARTY, "financial" of the
    // Financial Times: "military and financial support")
    // ("statement", "settlement": -ment is a noun's, not -ent's adjective)
    else if (adj_suffix(tg, lw, n) && !(ends(lw, n, "ment") && !ends(lw, n, "vehement") && !ends(lw, n, "inclement")) &&
             !li.lexverb && !(wc & WC_NOUN) &&
             (!li.nominal || (!(wc & WC_AGENT_HEAD) && !(tg->toks[i].flags & (TOK_CAP | TOK_UPPER)))))
        li.cand |= C_ADJ;  // a noun of the noun dictionary: "withdrawal"
    if (!(li.cand & (C_ADV | C_ADJ))) li.cand |= C_NOUN;
    if (li.nominal) li.cand |= C_NOUN;
    if (noun_suffix(tg, lw, n)) li.cand |= C_NOUN;
    return li;
}

// Could token i open a noun phrase (for deciding verbs before it)?
static bool np_start_at(const tagger *tg, int32_t i)
{
    if (i >= tg->n) return false;
    const text_token *t = &tg->toks[i];
    if (t->flags & TOK_NUM) return true;
    const lex_entry *e = tg->lexe[i];
    if (e) {
        uint8_t g = e->tag;
        if (g == P_DT || g == P_PDT || g == P_PRPS || g == P_CD || g == P_JJ) return true;
        if (g == P_PRP)
            return !dyad__lexicon_has(&tg->dict->lex, LEX(LEX_SUBJECT_PRONOUN), tg->id[i]);
        return false;
    }
    if (t->flags & TOK_CAP) return true;
    if (t->flags & TOK_PUNCT) return t->norm.n == 2 && t->norm.p[0] == '`';
    uint8_t wc = dict_word_class(tg->dict, tg->id[i]);
    return (wc & (WC_ACTOR | WC_AGENT)) != 0;
}

static uint8_t noun_tag(int m) { return m == M_S ? P_NNS : P_NN; }

// A determiner, possessive, object pronoun, number or name at i.
static bool strong_np_at(const tagger *tg, int32_t i)
{
    if (i >= tg->n) return false;
    const text_token *t = &tg->toks[i];
    // a day tells when, it is no object: "a phone call Tuesday to Lavrov"
    if (dyad__lexicon_has(&tg->dict->lex, LEX(LEX_WEEKDAY), tg->id[i])) return false;
    if (t->flags & (TOK_NUM | TOK_CAP)) return true;
    const lex_entry *e = tg->lexe[i];
    return e && (e->tag == P_DT || e->tag == P_PDT || e->tag == P_PRPS || e->tag == P_PRP ||
                 e->tag == P_CD);
}

// Index of the token before i, skipping adverbs (-1 when none).
static int32_t prev_skip_rb(const tagger *tg, int32_t i)
{
    int32_t j = i - 1;
    while (j >= 0 && tg->tag[j] == P_RB) j--;
    return j;
}

// Does the noun run ending before i begin with a determiner or possessive
// ("the Gondor attack")?
static bool run_has_det(const tagger *tg, int32_t i)
{
    for (int32_t j = i - 1; j >= 0; j--) {
        uint8_t t = tg->tag[j];
        if (t == P_DT || t == P_PRPS || t == P_POS) return true;
        if (!is_noun(t) && !is_adj(t) && t != P_CD) return false;
    }
    return false;
}

// Does the noun run before i open with a possessive ("North Korea's
// leader")? Such a phrase is complete: an -s form after it is its verb.
static bool run_after_possessive(const tagger *tg, int32_t i)
{
    for (int32_t j = i - 1; j >= 0; j--) {
        uint8_t t = tg->tag[j];
        if (t == P_POS) return j < i - 1;
        if (!is_noun(t) && !is_adj(t) && t != P_CD) return false;
    }
    return false;
}

// Is there a likely finite verb later in this clause (before punctuation
// or a subordinator)?
static bool later_finite(const tagger *tg, int32_t i)
{
    for (int32_t j = i + 1; j < tg->n && j < i + 40; j++) {
        const text_token *t = &tg->toks[j];
        if (t->flags & TOK_PUNCT) return false;
        const lex_entry *e = tg->lexe[j];
        if (e) {
            if (e->tag == P_MD || (e->flags & (L_BE | L_HAVE | L_DO | L_PAST))) return true;
            if ((e->flags & L_SUB) || e->tag == P_WDT || e->tag == P_WP || e->tag == P_CC) return false;
            continue;
        }
        if (t->flags & TOK_CAP) continue;
        slice w = t->norm;
        if (w.n > 3 && w.p[w.n - 1] == 'd' && w.p[w.n - 2] == 'e' &&
            dyad__verb_first_form(tg->dict, tg->id[j]) >= 0)
            return true;
    }
    return false;
}

// Token i's text in ASCII lower case.
static slice lower_of(const tagger *tg, int32_t i)
{
    return (slice){tg->low + tg->low_at[i], tg->toks[i].norm.n};
}

static int morph_of(const tagger *tg, int32_t i)
{
    slice lw = lower_of(tg, i);
    return morph(lw.p, lw.n);
}

// Is the noun phrase before i a coordination ("the Philippines and the
// Central African Republic agree")? Then a base form after it is a verb.
static bool coordinated_run(const tagger *tg, int32_t i)
{
    for (int32_t j = i - 1; j >= 0; j--) {
        uint8_t t = tg->tag[j];
        if (t == P_CC) return true;
        if (!is_noun(t) && !is_adj(t) && t != P_CD && t != P_DT && t != P_POS && t != P_COMMA)
            return false;
    }
    return false;
}

// Token i's context, for telling a verb from a noun.
typedef struct verb_ctx {
    const lexinfo *li;
    int m;               // morph
    bool ed;             // an -ed form, an irregular past or a participle
    uint8_t p;           // the tag before, adverbs skipped
    int32_t pj;          // its token (-1 at the start)
    uint8_t pp;          // the tag right before
    bool next_np;        // a noun phrase may start after it
    bool next_in;        // a preposition, "to" or a particle follows
    bool finite_seen;    // a finite verb earlier in this clause
    bool any_finite;     // a finite verb earlier in the sentence
} verb_ctx;

// Is token i a past form ("-ed" or an irregular past)?
static bool ed_at(const tagger *tg, int32_t i)
{
    if (i >= tg->n) return false;
    const lex_entry *e = tg->lexe[i];
    return (e && (e->flags & (L_PAST | L_PART))) || morph_of(tg, i) == M_ED;
}

// "Lawmakers who attended the briefing explained that ...": the sentence's
// subject took a relative clause with one finite verb, and token i (not
// followed by "by") is the first verb after it: the main verb.
static bool main_after_relative(const tagger *tg, int32_t i)
{
    if (i + 1 < tg->n && dyad__word_is(tg->toks[i + 1].norm, "by")) return false;
    int32_t wh = -1, finite = 0;
    for (int32_t k = 0; k < i; k++) {
        uint8_t t = tg->tag[k];
        bool fin = t == P_VBD || t == P_VBZ || t == P_VBP || t == P_MD;
        if (wh < 0) {
            if (fin || t == P_COMMA || t == P_CC || t == P_IN) return false;
            if ((t == P_WDT || t == P_WP) && k > 0 && is_noun(tg->tag[k - 1])) wh = k;
        } else if (fin) {
            finite++;
        }
    }
    return wh >= 0 && finite == 1;
}

// Is token i a verb whose past is spelt as its base (cut, hit, put)?
static bool same_past(const tagger *tg, int32_t i)
{
    static const char *const w[] = {"cut", "hit", "put", "set", "let", "quit", "spread", "hurt",
                                    "cast", "shut", "split", "burst", "thrust", "upset", NULL};
    for (const char *const *p = w; *p; p++)
        if (dyad__word_is(tg->toks[i].norm, *p)) return true;
    return false;
}

// After a noun, a pronoun, "there" or a closing bracket or quote: the
// subject's verb, or a noun of the same phrase?
// Does a noun phrase right after "that" end at token i ("demanded that
// the government | lift restrictions")?
static bool after_that_subject(const tagger *tg, int32_t i)
{
    int32_t j = i - 1, n = 0;
    while (j >= 0 && n < 6 &&
           (is_noun(tg->tag[j]) || is_adj(tg->tag[j]) || tg->tag[j] == P_DT ||
            tg->tag[j] == P_POS || tg->tag[j] == P_PRPS || tg->tag[j] == P_CD))
        j--, n++;
    return n > 0 && j >= 0 && tok_is(tg, j, "that") && tg->tag[j] != P_DT;
}

// Does a noun phrase right after a verb of saying or asserting end at token
// i ("said | Iran | poses a threat", "insisted the government | wants")?
static bool after_speech_subject(const tagger *tg, int32_t i)
{
    int32_t j = i - 1, n = 0;
    if (j >= 0 && tg->tag[j] == P_LQ) j--;  // "said Syria's weapons \u201cpose a threat"
    while (j >= 0 && n < 6 &&
           (is_noun(tg->tag[j]) || is_adj(tg->tag[j]) || tg->tag[j] == P_DT || tg->tag[j] == P_PRP ||
            tg->tag[j] == P_POS || tg->tag[j] == P_PRPS || tg->tag[j] == P_CD))
        j--, n++;
    if (!n || j < 0 || (tg->tag[j] != P_VBD && tg->tag[j] != P_VBZ && tg->tag[j] != P_VBP)) return false;
    return dyad__lexicon_has(&tg->dict->lex, LEX(LEX_SPEECH) | LEX(LEX_ASSERT), tg->id[j]);
}

// A singular noun that takes a plural verb ("police attack", "staff
// protest")?
static bool collective_at(const tagger *tg, int32_t i)
{
    static const char *const w[] = {"police", "people", "staff", "military", "youth", "personnel",
                                    "clergy", "public", "majority", "government", "army", NULL};
    for (const char *const *p = w; *p; p++)
        if (tok_is(tg, i, *p)) return true;
    return false;
}

static bool noun_compound_head(const tagger *tg, int32_t i)
{
    if (i < 2 || tg->tag[i - 1] != P_NN || (tg->toks[i - 1].flags & TOK_CAP)) return false;
    if (!(dict_word_class(tg->dict, tg->id[i]) & WC_NOUN)) return false;
    uint8_t d = tg->tag[i - 2];
    if (d != P_DT && d != P_PRPS && d != P_CD && !is_adj(d)) return false;
    return i + 1 >= tg->n || !np_start_at(tg, i + 1);
}

static uint8_t after_noun(const tagger *tg, int32_t i, const verb_ctx *c)
{
    const lexinfo *li = c->li;
    int m = c->m;
    bool ed = c->ed, next_np = c->next_np, next_in = c->next_in;
    bool finite_seen = c->finite_seen, any_finite = c->any_finite;
    uint8_t pp = c->pp;
    bool pronoun = c->p == P_PRP;
    // "in a suicide bombing at", "after a cabinet meeting on": an -ing noun
    // of the noun dictionary after a determined common noun, with no object
    // of its own, is that compound's head
    if (m == M_ING && noun_compound_head(tg, i)) return P_NN;
    // "blocking EU military aid to Kyiv", "economic support": a base form
    // after a lower-case word of a kind of aid is its noun
    if (m == M_BASE && !ed && i > 0 && !(tg->toks[i - 1].flags & TOK_CAP) &&
        (tok_is(tg, i - 1, "military") || tok_is(tg, i - 1, "economic") ||
         tok_is(tg, i - 1, "humanitarian") || tok_is(tg, i - 1, "financial") ||
         tok_is(tg, i - 1, "development") || tok_is(tg, i - 1, "security")))
        return P_NN;
    if (finite_seen) {
        // "confirmed the group kidnapped and imprisoned women": a past
        // joined to another past is a clause's verb, not a participle
        bool joined = (tok_is(tg, i + 1, "and") || tok_is(tg, i + 1, "or")) && ed_at(tg, i + 2);
        // ("charged she used it": a subject pronoun takes a finite verb)
        bool subject = pronoun && c->pj >= 0 &&
                       dyad__lexicon_has(&tg->dict->lex, LEX(LEX_SUBJECT_PRONOUN), tg->id[c->pj]);
        // ("said the strikes showed that": a past right after the subject of
        // a reported clause is its verb)
        bool reported = (next_np || tok_is(tg, i + 1, "that")) && after_speech_subject(tg, i);
        if (ed) return next_np || main_after_relative(tg, i) || joined || subject || reported ? P_VBD : P_VBN;
        if (m == M_ING) return is_noun(pp) && ed_at(tg, i + 1) ? P_NN : P_VBG;
        // "said Iran poses a threat": the present tense of a reported
        // clause with no "that", before its object
        if (li->lexverb && (next_np || next_in || tok_is(tg, i + 1, "to")) && after_speech_subject(tg, i) &&
            (m == M_S ? pp != P_NNS && pp != P_NNPS : pp == P_NNS || pp == P_NNPS || pronoun))
            return m == M_S ? P_VBZ : P_VBP;
        // "demanded that the authorities respect the right": a base form
        // after the subject of a "that" clause, before an object (a
        // subjunctive: any subject)
        const lex_entry *nx = i + 1 < tg->n ? tg->lexe[i + 1] : NULL;
        bool det_next = nx && (nx->tag == P_DT || nx->tag == P_PRPS);
        if (m == M_BASE && (li->lexverb || det_next) && next_np && after_that_subject(tg, i)) return P_VBP;
        return noun_tag(m);
    }
    if (ed) return P_VBD;
    if (m == M_ING) return P_VBG;
    // "Saudi Arabia cut ties", "Russia hit back": a verb whose past is its
    // base, after a name, a plural or a pronoun and before an object
    if (same_past(tg, i) && (pp == P_NNP || pp == P_NNPS || pp == P_NNS || pronoun) &&
        (next_np || next_in || tok_is(tg, i + 1, "back") ||
         (i + 1 < tg->n && (tg->toks[i + 1].flags & TOK_ALPHA))))
        return P_VBD;
    // "Kim's motives extend beyond": a base form after a plural agrees;
    // "Protesters chant slogans": also before a plural common noun (a
    // plural modifies no noun)
    bool plural_after = i + 1 < tg->n && (tg->toks[i + 1].flags & TOK_ALPHA) &&
                        !(tg->toks[i + 1].flags & TOK_CAP) && !tg->lexe[i + 1] &&
                        morph_of(tg, i + 1) == M_S;
    if (m == M_BASE && li->lexverb && pp == P_NNS && (next_in || next_np || plural_after)) return P_VBP;
    // "North Korea's leader wants to": an -s form after a possessive phrase
    if (m == M_S && li->lexverb && (pp == P_NN || pp == P_NNP) && (next_in || next_np) &&
        run_after_possessive(tg, i))
        return P_VBZ;
    // "Sudanese protest leaders demanded": the first word of an agent phrase
    // before its head, and a past after them, is part of the subject; so
    // before its head and a name or a comma ("White House press secretary
    // Josh Earnest, ...")
    if (m == M_BASE && i + 2 < tg->n) {
        uint8_t wc = dict_word_class(tg->dict, tg->id[i]);
        uint8_t wn = dict_word_class(tg->dict, tg->id[i + 1]);
        bool named = (tg->toks[i + 2].flags & TOK_CAP) || tok_is(tg, i + 2, ",");
        if ((wc & WC_AGENT) && (wc & WC_FIRST) && (wn & WC_AGENT_HEAD) && !(tg->toks[i + 1].flags & TOK_CAP) &&
            (morph_of(tg, i + 2) == M_ED || named))
            return P_NN;
    }
    // "demanded that the government lift restrictions": a base form after
    // the subject of a "that" clause, before an object, is its verb
    bool plural_next = i + 1 < tg->n && (tg->toks[i + 1].flags & TOK_ALPHA) &&
                       !(tg->toks[i + 1].flags & TOK_CAP) && !tg->lexe[i + 1] &&
                       morph_of(tg, i + 1) == M_S;
    const lex_entry *after = i + 1 < tg->n ? tg->lexe[i + 1] : NULL;
    // (a particle counts: "that the opposition call off its protests")
    bool det_next = after && (after->tag == P_DT || after->tag == P_PRPS || (after->flags & L_PRT));
    if (m == M_BASE && li->lexverb && (det_next || plural_next) && after_that_subject(tg, i))
        return P_VBP;
    // "The United States assesses that ...": a verb of saying before "that"
    if (m == M_S && li->lexverb && tok_is(tg, i + 1, "that") &&
        dyad__lexicon_has(&tg->dict->lex, LEX(LEX_SPEECH) | LEX(LEX_ASSERT), tg->id[i]))
        return P_VBZ;
    bool coord = coordinated_run(tg, i);
    bool det = run_has_det(tg, i) && !coord;
    // "the UN and EU sanctions" after a verb: a coordinated noun phrase
    bool listed = coord && any_finite;
    const lex_entry *nx = i + 1 < tg->n ? tg->lexe[i + 1] : NULL;
    bool next_vbg = i + 1 < tg->n && !nx && !(tg->toks[i + 1].flags & TOK_CAP) &&
                    morph_of(tg, i + 1) == M_ING;
    // after "the X", only a determiner, pronoun, name or number makes it a
    // verb ("the Congress wants a vote"; not "a US ship staff member")
    bool strong = next_np && (!det || strong_np_at(tg, i + 1));
    bool verb = pronoun ||
                (li->lexverb && (strong || (!det && (next_in || next_vbg ||
                                                       (m == M_S && !listed && !later_finite(tg, i))))));
    // "a massive drone and missile attack on Ukraine": a base form after a
    // singular common noun does not agree with it ("missile attacks" would):
    // the head of a compound noun, unless before a noun phrase of its own
    if (verb && m == M_BASE && pp == P_NN && !pronoun && !strong && !collective_at(tg, i - 1)) verb = false;
    if (m == M_S) return verb ? P_VBZ : P_NNS;
    return verb ? P_VBP : P_NN;
}

// Does "and" or "or" followed by a past-tense word come later in the
// sentence (before a colon)?
static bool past_list_ahead(const tagger *tg, int32_t i)
{
    for (int32_t k = i + 1; k + 1 < tg->n; k++) {
        slice w = tg->toks[k].norm;
        if (w.n == 1 && (w.p[0] == ':' || w.p[0] == ';')) return false;
        if (!dyad__word_is(w, "and") && !dyad__word_is(w, "or")) continue;
        const lex_entry *e = tg->lexe[k + 1];
        return (e && (e->flags & L_PAST)) || morph_of(tg, k + 1) == M_ED;
    }
    return false;
}

// Is there a finite verb before token i outside the relative clauses set
// off by commas (", which invaded Ukraine in 2022,")?
static bool main_finite_before(const tagger *tg, int32_t i)
{
    bool rel = false;
    for (int32_t k = 0; k < i; k++) {
        uint8_t t = tg->tag[k];
        if (t == P_COMMA) {
            rel = k + 1 < i && (tg->tag[k + 1] == P_WDT || tg->tag[k + 1] == P_WP);
            continue;
        }
        // (", a former UN official who took up the post last year,": a
        // relative clause inside an apposition runs to its comma too)
        if (t == P_WP) rel = true;
        if (!rel && (t == P_VBD || t == P_VBZ || t == P_VBP || t == P_MD)) return true;
    }
    return false;
}

// "after Rep. Devin Nunes, California Republican, threatened to": does a
// subordinate clause ("after", "when", "because" ...) with a noun subject
// and no finite verb yet run up to token i, across one apposition?
static bool subordinate_subject_before(const tagger *tg, int32_t i)
{
    int32_t commas = 0;
    for (int32_t k = i - 1; k >= 0 && k > i - 30; k--) {
        uint8_t t = tg->tag[k];
        if (t == P_VBD || t == P_VBZ || t == P_VBP || t == P_MD || t == P_WDT || t == P_WP)
            return false;
        if (t == P_COMMA && ++commas > 2) return false;
        if ((t == P_WRB || (t == P_IN && (tg->lflags[k] & L_SUB))) && !tok_is(tg, k, "that"))
            return k + 1 < i && (tg->tag[k + 1] == P_NNP || tg->tag[k + 1] == P_DT ||
                                 tg->tag[k + 1] == P_NNS);
    }
    return false;
}

// Is token i followed by "and", "or" or a comma (a list goes on)?
static bool list_next(const tagger *tg, int32_t i)
{
    return tok_is(tg, i + 1, "and") || tok_is(tg, i + 1, "or") || tok_is(tg, i + 1, ",");
}

// Does the noun phrase end after token i (a preposition, a punctuation
// mark or the sentence's end follows)?
static bool list_end(const tagger *tg, int32_t i)
{
    if (i + 1 >= tg->n) return true;
    if (tg->toks[i + 1].flags & TOK_PUNCT) return true;
    const lex_entry *e = tg->lexe[i + 1];
    return e && (e->tag == P_IN || e->tag == P_TO);
}

// "training and funding to Hamas": does the run of -ing words from token i,
// joined by commas, "and" or "or", end where a noun phrase ends? ("killing
// and wounding dozens" goes on to an object: verbs)
static bool ing_list_ends(const tagger *tg, int32_t i)
{
    if (!list_next(tg, i)) return false;
    int32_t j = i;
    while (list_next(tg, j) && j + 2 < tg->n && morph_of(tg, j + 2) == M_ING) j += 2;
    return j > i && list_end(tg, j);
}

// Does the conjunction at token c end a list of nouns ("weapons, training
// and")? The token before it is a noun after a comma after a noun.
static bool list_before(const tagger *tg, int32_t c)
{
    return c >= 3 && is_noun(tg->tag[c - 1]) && tg->tag[c - 2] == P_COMMA && is_noun(tg->tag[c - 3]) &&
           tg->tag[c - 1] != P_NNP && tg->tag[c - 3] != P_NNP;
}

// A bare common noun at i that may open an object ("voiced optimism",
// "expressed concern"): a lowercase word unknown to the lexicon or listed
// as a noun or a base verb.
static bool object_word_at(const tagger *tg, int32_t i)
{
    if (i >= tg->n) return false;
    const text_token *t = &tg->toks[i];
    if (!(t->flags & TOK_ALPHA) || (t->flags & TOK_CAP)) return false;
    const lex_entry *e = tg->lexe[i];
    return !e || is_noun(e->tag) || e->tag == P_VB || e->tag == P_VBP;
}

// "In a statement, Senator Lindsey Graham, R-S.C., criticized": the
// sentence opens with a preposition's phrase and a comma, and a noun
// phrase (the subject) follows that comma.
// (Found once per sentence: the first comma's place, cached in
// tg->opening, so a long sentence costs no more than a short one.)
static bool opening_phrase_subject(const tagger *tg)
{
    if (tg->tag[0] != P_IN) return false;
    tagger *t = (tagger *)tg;
    if (!t->opening) {
        t->opening = -1;
        for (int32_t k = 1; k + 1 < tg->n; k++) {
            if (tg->tag[k] == P_COMMA) {
                t->opening = np_start_at(tg, k + 1) ? 1 : -1;
                break;
            }
            if (is_finite(tg->tag[k]) || tg->tag[k] == P_MD) break;  // "After Russia invaded, ..."
        }
    }
    return t->opening > 0;
}

// "have been killed, injured and arrested", "were detained and
// questioned": is the word at i a later member of a list of participles
// whose first follows a form of "be" (a passive the auxiliary begins)?
static bool passive_list_before(const tagger *tg, int32_t i)
{
    int32_t k = i - 1;
    for (int members = 0; members < 8; members++) {
        int32_t gap = k;
        while (k >= 0 && (tg->tag[k] == P_COMMA || tg->tag[k] == P_CC)) k--;
        if (k == gap || k < 0 || tg->tag[k] != P_VBN) return false;
        int32_t b = prev_skip_rb(tg, k);
        if (b >= 0 && (tg->lflags[b] & L_BE)) return true;
        if (b < 0 || (tg->tag[b] != P_COMMA && tg->tag[b] != P_CC)) return false;
        k = b;
    }
    return false;
}

// ", as well as Hungary, |": does a member set off by a comma and "as well
// as" end at the comma before token i?
static bool set_off_member_before(const tagger *tg, int32_t i)
{
    int32_t k = i - 2;
    while (k >= 0 && (is_noun(tg->tag[k]) || is_adj(tg->tag[k]) || tg->tag[k] == P_DT ||
                      tg->tag[k] == P_POS || tg->tag[k] == P_CD || tg->tag[k] == P_PRPS))
        k--;
    return k >= 1 && k < i - 2 && tg->tag[k] == P_CC && tok_is(tg, k, "as well as") &&
           tg->tag[k - 1] == P_COMMA;
}

static uint8_t decide_verbish(const tagger *tg, int32_t i, const lexinfo *li, bool finite_seen,
                              bool any_finite)
{
    int m = li->m;
    const lex_entry *e = tg->lexe[i];
    bool past = e && (e->flags & L_PAST), part = e && (e->flags & L_PART);
    bool ed = m == M_ED || past || part;
    int32_t pj = prev_skip_rb(tg, i);
    uint8_t p = pj >= 0 ? tg->tag[pj] : P_PERIOD;
    uint8_t pp = i > 0 ? tg->tag[i - 1] : P_PERIOD;
    uint8_t pf = pj >= 0 ? tg->lflags[pj] : 0;
    bool next_np = np_start_at(tg, i + 1);
    const lex_entry *ne = i + 1 < tg->n ? tg->lexe[i + 1] : NULL;
    bool next_in = ne && (ne->tag == P_IN || ne->tag == P_TO || ne->tag == P_RP);
    // "the Syrian armed forces", "U.S. armed forces": an adjective of a
    // fixed phrase, no verb
    if (tok_is(tg, i, "armed") && (tok_is(tg, i + 1, "forces") || tok_is(tg, i + 1, "services") ||
                                   tok_is(tg, i + 1, "conflict") || tok_is(tg, i + 1, "wing")))
        return P_JJ;
    // "said Syria's weapons \u201cpose a threat": a quote opens a reported
    // clause's predicate
    if (p == P_LQ && finite_seen && !ed && m != M_ING && li->lexverb && (next_np || next_in) &&
        after_speech_subject(tg, i))
        return m == M_S ? P_VBZ : P_VBP;
    // "granted asylum to ousted President Assad", "detained ousted
    // President Morsi": a regular past form between "to" or a full verb and
    // a noun phrase describes the noun
    if (m == M_ED && next_np && i + 1 < tg->n && (tg->toks[i + 1].flags & TOK_CAP) &&
        (p == P_TO || ((p == P_VBD || p == P_VBZ || p == P_VBP) && pj == i - 1 &&
                       !(pf & (L_BE | L_HAVE | L_DO)))))
        return P_JJ;
    if (p == P_MD || (p == P_TO && pj == i - 1) || (pf & L_DO))
        return m == M_ING ? P_VBG : P_VB;
    if (p == P_TO) return m == M_ING ? P_VBG : P_VB;
    // "helped write the bill": "help" takes a bare infinitive
    if (m == M_BASE && li->lexverb && pj == i - 1 && (next_np || next_in) &&
        (tok_is(tg, i - 1, "help") || tok_is(tg, i - 1, "helps") || tok_is(tg, i - 1, "helped") ||
         tok_is(tg, i - 1, "helping")))
        return P_VB;
    if (pf & L_BE) {
        if (m == M_ING) return P_VBG;
        if (ed) return P_VBN;
        return noun_tag(m);
    }
    if (pf & L_HAVE) {
        if (ed) return P_VBN;
        if (m == M_S || !next_np) return noun_tag(m);
        return P_VBN;
    }
    // "Kurdish forces, which control the city, said they ...", "Police,
    // citing witnesses, said they": a past verb of saying after a comma,
    // before a clause's subject, is the verb of the sentence's subject
    if (ed && pp == P_COMMA && i + 1 < tg->n &&
        dyad__lexicon_has(&tg->dict->lex, LEX(LEX_SPEECH), tg->id[i]) &&
        (dyad__lexicon_has(&tg->dict->lex, LEX(LEX_SUBJECT_PRONOUN), tg->id[i + 1]) ||
         tok_is(tg, i + 1, "that") || tok_is(tg, i + 1, "it")))
        return P_VBD;
    // "all either declined to comment or ...": after "either"/"neither",
    // an -ed word before "to" is the first of two coordinated verbs
    if (ed && i >= 1 && (tok_is(tg, i - 1, "either") || tok_is(tg, i - 1, "neither")) &&
        tok_is(tg, i + 1, "to"))
        return P_VBD;
    // "All urged Trump to stay", "Both accused the government": a
    // predeterminer standing alone at the start of a clause is the subject
    if (pp == P_PDT && ed && (i == 1 || (tg->toks[i - 2].flags & TOK_PUNCT)) &&
        strong_np_at(tg, i + 1))
        return P_VBD;
    // "The three cemented their close relationship": an -ed word before a
    // determiner or a possessive is no adjective but the verb
    const lex_entry *nx1 = i + 1 < tg->n ? tg->lexe[i + 1] : NULL;
    if (ed && (pp == P_CD || pp == P_NNS) && nx1 && (nx1->tag == P_DT || nx1->tag == P_PRPS) &&
        !tok_is(tg, i + 1, "that"))
        return any_finite && finite_seen && main_finite_before(tg, i) ? P_VBN : P_VBD;
    // "The three warned Israel": also before a name, after "the" or "all"
    // and a number that opens the sentence
    if (ed && pp == P_CD && i == 2 && (tok_is(tg, 0, "the") || tok_is(tg, 0, "all")) && i + 1 < tg->n &&
        (tg->toks[i + 1].flags & TOK_CAP))
        return P_VBD;
    if (pp == P_DT || pp == P_PRPS || pp == P_POS || is_adj(pp) || pp == P_CD ||
        pp == P_PDT) {
        if ((m == M_ED || m == M_ING) && i + 1 < tg->n && !next_in &&
            (np_start_at(tg, i + 1) || (tg->toks[i + 1].flags & TOK_ALPHA)))
            return P_JJ;
        return noun_tag(m);
    }
    if (pp == P_IN || pp == P_RP) return m == M_ING ? P_VBG : noun_tag(m);
    if (p == P_WDT || p == P_WP) {
        if (ed) return P_VBD;
        return m == M_S ? P_VBZ : m == M_ING ? P_VBG : P_VBP;
    }
    // "provided weapons, training and funding": an -ing word in a list of
    // nouns (after "noun ," and before "and"/","; or after "and" that ends
    // such a list) is a noun
    if (m == M_ING && i >= 2 && (pp == P_COMMA || pp == P_CC) && is_noun(tg->tag[i - 2]) &&
        tg->tag[i - 2] != P_NNP && tg->tag[i - 2] != P_NNPS &&
        (pp == P_CC ? list_before(tg, i - 1) && list_end(tg, i) : ing_list_ends(tg, i)))
        return P_NN;
    // a passive's auxiliary holds for every participle of its list; one
    // with an object of its own is a verb of its own ("were attacked and
    // returned fire")
    if (ed && (pp == P_COMMA || pp == P_CC) && passive_list_before(tg, i) &&
        (i + 1 >= tg->n || next_in || (tg->toks[i + 1].flags & TOK_PUNCT) ||
         tok_is(tg, i + 1, "and") || tok_is(tg, i + 1, "or")))
        return P_VBN;
    if (p == P_CC) {
        if (m == M_ING) return P_VBG;
        if (ed && (any_finite || next_np || next_in)) return P_VBD;
        if (next_np && li->lexverb) return m == M_S ? P_VBZ : P_VBP;
        return noun_tag(m);
    }
    if (is_noun(p) || p == P_PRP || p == P_EX || p == P_RRB || p == P_RQ) {
        verb_ctx c = {li, m, ed, p, pj, pp, next_np, next_in, finite_seen, any_finite};
        return after_noun(tg, i, &c);
    }
    // "Poland, as well as Hungary, criticized Moscow": the verb after a
    // member set off by ", as well as ... ," is the subject's
    if (ed && pp == P_COMMA && (next_np || next_in || object_word_at(tg, i + 1)) &&
        set_off_member_before(tg, i))
        return P_VBD;
    // after a comma: the verb of a subject that began the sentence
    // ("Chinese officials, including X, greeted him"; "Russia, which
    // invaded Ukraine, accused France")
    if ((pp == P_COMMA || (p == P_COMMA && pj == i - 2)) && (!any_finite || !main_finite_before(tg, i)) &&
        tg->n > 0 &&
        (is_noun(tg->tag[0]) || tg->tag[0] == P_DT || tg->tag[0] == P_PRP || tg->tag[0] == P_JJ ||
         opening_phrase_subject(tg))) {
        if (ed && (next_np || next_in || object_word_at(tg, i + 1))) return P_VBD;
        if (m == M_S && li->lexverb && next_np) return P_VBZ;
    }
    // "after Rep. Devin Nunes, California Republican, threatened to impeach"
    if (pp == P_COMMA && ed && !finite_seen &&
        (next_np || tok_is(tg, i + 1, "to") ||
         (i + 1 < tg->n && (tg->toks[i + 1].flags & TOK_ALPHA) && !tg->lexe[i + 1])) &&
        subordinate_subject_before(tg, i))
        return P_VBD;
    // "condemned Iran, froze its assets and expelled two diplomats": a list
    // of verb phrases, each member in the tense of the last
    if (pp == P_COMMA && ed && (next_np || next_in) && any_finite &&
        !(i + 1 < tg->n && dyad__word_is(tg->toks[i + 1].norm, "by")) && past_list_ahead(tg, i))
        return P_VBD;
    // sentence start, after a comma, colon or quote
    if (m == M_ING) return P_VBG;
    if (ed && (next_np || next_in)) return P_VBN;
    return noun_tag(m);
}

static uint8_t punct_tag(slice w)
{
    if (w.n == 1) switch (w.p[0]) {
        case ',': return P_COMMA;
        case '.': case '!': case '?': return P_PERIOD;
        case ':': case ';': return P_COLON;
        case '$': return P_DOLLAR;
        case '"': return P_LQ;
        default: break;
        }
    if (w.n == 2 && w.p[0] == '`') return P_LQ;
    if (w.n == 2 && w.p[0] == '\'') return P_RQ;
    if (w.n == 1 && (w.p[0] == '`')) return P_LQ;
    if (w.n == 1 && (w.p[0] == '\'')) return P_RQ;
    if (w.n == 2 && w.p[0] == '-' && w.p[1] == '-') return P_COLON;
    if (w.n == 3 && !memcmp(w.p, "...", 3)) return P_COLON;
    if (w.n == 5 && !memcmp(w.p, "-LRB-", 5)) return P_LRB;
    if (w.n == 5 && !memcmp(w.p, "-RRB-", 5)) return P_RRB;
    if (w.n == 1 && w.p[0] == '_') return P_HYPH;  // "Dol_Amroth"
    return P_SYM;
}

// Each token's lower-case text, lexicon entry and flags; every tag starts
// as NN.
static void look_up_words(tagger *tg)
{
    size_t total = 0;
    for (int32_t i = 0; i < tg->n; i++) total += tg->toks[i].norm.n;
    if (total >= tg->low_cap) {   // never NULL, even for no text
        tg->low_cap = total * 2 + 16;
        tg->low = dyad__xrealloc(tg->low, tg->low_cap);
    }
    size_t at = 0;
    for (int32_t i = 0; i < tg->n; i++) {
        slice w = tg->toks[i].norm;
        tg->low_at[i] = at;
        for (size_t k = 0; k < w.n; k++) {
            char c = w.p[k];
            tg->low[at++] = (c >= 'A' && c <= 'Z') ? (char)(c | 32) : c;
        }
        slice lw = lower_of(tg, i);
        tg->lexe[i] = lex_find(tg, lw.p, lw.n);
        tg->lflags[i] = tg->lexe[i] ? tg->lexe[i]->flags : 0;
        tg->tag[i] = P_NN;
    }
}

// A punctuation token's tag.
static uint8_t tag_punct(const tagger *tg, int32_t i)
{
    const text_token *t = &tg->toks[i];
    // "Workers' Party": an apostrophe after a plural before a word
    if (t->norm.n == 1 && t->norm.p[0] == '\'' && i > 0 && i + 1 < tg->n &&
        (tg->toks[i - 1].norm.p[tg->toks[i - 1].norm.n - 1] | 32) == 's' &&
        tg->toks[i - 1].end == t->start && (tg->toks[i + 1].flags & TOK_ALPHA))
        return P_POS;
    return punct_tag(t->norm);
}

static bool time_noun(const tagger *tg, int32_t i);

// "that": a relative pronoun, a determiner or a complementizer.
static uint8_t tag_that(const tagger *tg, int32_t i)
{
    uint8_t p = i ? tg->tag[i - 1] : P_PERIOD;
    // "That same year", "that week": a time phrase's determiner (not "said
    // that May criticized", "that Sunday's attack": a name of a month or day)
    if (i + 1 < tg->n && !(tg->toks[i + 1].flags & TOK_CAP) &&
        (time_noun(tg, i + 1) || (tok_is(tg, i + 1, "same") && i + 2 < tg->n &&
                                  !(tg->toks[i + 2].flags & TOK_CAP) && time_noun(tg, i + 2))))
        return P_DT;
    bool next_noun = i + 1 < tg->n && !tg->lexe[i + 1] &&
                     !(tg->toks[i + 1].flags & (TOK_CAP | TOK_PUNCT));
    // "agree that disputes should ...": a clause follows
    const lex_entry *e2 = i + 2 < tg->n ? tg->lexe[i + 2] : NULL;
    bool clause_next = e2 && (e2->tag == P_MD || (e2->flags & (L_BE | L_HAVE | L_DO)));
    // "demanded on Monday that the authorities ...": after a verb and a
    // time phrase, "that" opens the verb's clause, as right after the verb
    const lex_entry *e1 = i + 1 < tg->n ? tg->lexe[i + 1] : NULL;
    bool verb_next = e1 && (e1->tag == P_MD || (e1->flags & (L_BE | L_HAVE | L_DO | L_VERB)));
    if (i >= 3 && !verb_next &&
        dyad__lexicon_has(&tg->dict->lex, LEX(LEX_DAY_ADVERB) | LEX(LEX_WEEKDAY), tg->id[i - 1]) &&
        tg->tag[i - 2] == P_IN && is_verb(tg->tag[i - 3]))
        return P_IN;
    if (is_noun(p) && !next_noun) return P_WDT;
    if ((p == P_IN || p == P_PERIOD || is_verb(p)) && next_noun && !clause_next) return P_DT;
    return P_IN;
}

// A closed-class word's tag: its lexicon entry e (not an open-class verb)
// in context.
static uint8_t tag_closed(const tagger *tg, int32_t i, const lex_entry *e)
{
    if (tok_is(tg, i, "'s")) {
        uint8_t p = i ? tg->tag[i - 1] : P_PERIOD;
        return (p == P_PRP || p == P_EX || p == P_WP || tok_is(tg, i - 1, "that")) ? P_VBZ : P_POS;
    }
    if (tok_is(tg, i, "that")) return tag_that(tg, i);
    if (tok_is(tg, i, "her"))
        return np_start_at(tg, i + 1) || (i + 1 < tg->n && !tg->lexe[i + 1] &&
                                          !(tg->toks[i + 1].flags & TOK_PUNCT))
                   ? P_PRPS
                   : P_PRP;
    if (tok_is(tg, i, "there"))
        return i + 1 < tg->n && tg->lexe[i + 1] && (tg->lexe[i + 1]->flags & L_BE) ? P_EX : P_RB;
    if (tok_is(tg, i, "about") && tok_is(tg, i + 1, "to")) return P_IN;
    // "about 150 demonstrators", "around 30 people": before a number, an
    // adverb of the count
    if ((tok_is(tg, i, "about") || tok_is(tg, i, "around")) && i + 1 < tg->n &&
        (tg->toks[i + 1].flags & TOK_NUM))
        return P_RB;
    if ((e->flags & L_PRT) && i > 0 && is_verb(tg->tag[i - 1]) &&
        !(tg->lflags[i - 1] & (L_BE | L_HAVE | L_DO)) &&
        (np_start_at(tg, i + 1) || i + 1 >= tg->n || (tg->toks[i + 1].flags & TOK_PUNCT)))
        return P_RP;
    if (e->tag == P_RP) return P_RB;
    // "in May", "on May 5", "since May,": the month, not the modal
    if (e->tag == P_MD && tok_is(tg, i, "may") && (tg->toks[i].flags & TOK_CAP) &&
        ((i > 0 && tg->tag[i - 1] == P_IN) || (i + 1 < tg->n && (tg->toks[i + 1].flags & TOK_NUM)) ||
         i + 1 >= tg->n || (tg->toks[i + 1].flags & TOK_PUNCT)))
        return P_NNP;
    // "Pakistan today accused India": after a noun, "today" tells when
    if (i > 0 && is_noun(tg->tag[i - 1]) && !tok_is(tg, i + 1, "'s") &&
        dyad__lexicon_has(&tg->dict->lex, LEX(LEX_DAY_ADVERB), tg->id[i]))
        return P_RB;
    // "would free the hostages", "to close the embassy": an adjective that
    // is also a verb is the verb after a modal, "to" or "do" when a noun
    // phrase follows
    // ("to back Jakarta": an adverb that is a dictionary verb, too)
    if (((e->tag == P_JJ && (tok_is(tg, i, "free") || tok_is(tg, i, "close") ||
                             tok_is(tg, i, "open") || tok_is(tg, i, "clear") ||
                             tok_is(tg, i, "secure"))) ||
         ((e->tag == P_JJ || e->tag == P_RB) && dyad__verb_first_form(tg->dict, tg->id[i]) >= 0)) &&
        np_start_at(tg, i + 1)) {
        int32_t pj = prev_skip_rb(tg, i);
        uint8_t p = pj >= 0 ? tg->tag[pj] : P_PERIOD;
        if (p == P_MD || p == P_TO || (pj >= 0 && (tg->lflags[pj] & L_DO))) return P_VB;
    }
    if (e->flags & (L_BE | L_HAVE | L_DO)) {
        // "have" after a modal or "to" is a base form
        uint8_t p = i ? tg->tag[prev_skip_rb(tg, i) >= 0 ? prev_skip_rb(tg, i) : 0] : P_PERIOD;
        if ((p == P_MD || p == P_TO || (tg->lflags[i ? i - 1 : 0] & L_DO)) && e->tag != P_VBN &&
            e->tag != P_VBG)
            return P_VB;
    }
    return e->tag;
}

// An open-class word's tag: lw[0, ln) is its lower-case text.
static uint8_t tag_open(const tagger *tg, int32_t i, const char *lw, size_t ln, bool finite_seen,
                        bool any_finite)
{
    const text_token *t = &tg->toks[i];
    lexinfo li = classify_open(tg, i, lw, ln);
    uint8_t wc = dict_word_class(tg->dict, tg->id[i]);
    bool start_cap = (t->flags & TOK_CAP) && !cap_inside(tg, i);
    if (start_cap && !li.lexverb && (li.m == M_ED || li.m == M_ING) && !(li.cand & C_ADJ) &&
        !(wc & WC_AGENT) && !memchr(lw, '-', ln))
        return P_NNP;  // "Ahmed al-Sharaa": a name, not an unknown verb
    if (start_cap && !(li.cand & C_VERB) && !(li.cand & C_ADV) && !(wc & WC_AGENT))
        return (li.cand & C_ADJ) && !(wc & WC_ACTOR) ? P_JJ : P_NNP;
    if (li.cand & C_VERB) {
        if ((wc & WC_AGENT_HEAD) && !(li.cand & C_ADJ)) {
            // actor and agent words are nouns unless a modal or "to" insists
            int32_t pj = prev_skip_rb(tg, i);
            uint8_t p = pj >= 0 ? tg->tag[pj] : P_PERIOD;
            if (p == P_MD || p == P_TO) return P_VB;
            return p == P_PRP ? decide_verbish(tg, i, &li, finite_seen, any_finite) : noun_tag(li.m);
        }
        return decide_verbish(tg, i, &li, finite_seen, any_finite);
    }
    if (li.cand & C_ADV) return P_RB;
    if (li.cand & C_ADJ) return P_JJ;
    // an unknown base form after "to" (or "to further") with a noun phrase
    // after it is a verb: "to isolate Putin"
    int32_t pj = prev_skip_rb(tg, i);
    bool after_to = pj >= 0 && tg->tag[pj] == P_TO && !(t->flags & TOK_CAP);
    // (not an agent's word, which no dictionary knows as a verb: "to
    // president Bashar al-Assad's government")
    if (after_to && li.m == M_BASE && !li.nominal && np_start_at(tg, i + 1)) return P_VB;
    // and after a modal or "do" ("didn't wade into", "will rein in")
    bool after_aux = pj >= 0 && (tg->tag[pj] == P_MD || (tg->lflags[pj] & L_DO)) &&
                     !(t->flags & TOK_CAP);
    if (after_aux && li.m == M_BASE) return P_VB;
    // "the rebels, who control much of the north": a word a verb may be,
    // right after "who" or "which" and before a noun phrase or preposition
    // ("which" only after a comma or a noun: "did not say which militias")
    if (pj == i - 1 &&
        (tok_is(tg, pj, "who") ||
         (tok_is(tg, pj, "which") && pj >= 1 && (tg->tag[pj - 1] == P_COMMA || is_noun(tg->tag[pj - 1])))) &&
        !(t->flags & TOK_CAP) &&
        (li.m == M_BASE || li.m == M_S) && i + 1 < tg->n &&
        (np_start_at(tg, i + 1) || (tg->lexe[i + 1] && tg->lexe[i + 1]->tag == P_IN)))
        return li.m == M_S ? P_VBZ : P_VBP;
    // "demanded that the authorities respect the right": a base form after
    // the subject of a "that" clause and before a determiner
    const lex_entry *nx = i + 1 < tg->n ? tg->lexe[i + 1] : NULL;
    if (li.m == M_BASE && !li.nominal && !(t->flags & TOK_CAP) && nx && (nx->tag == P_DT || nx->tag == P_PRPS) &&
        after_that_subject(tg, i))
        return P_VBP;
    return noun_tag(li.m);
}

// A noun of time ("week", "year", "Monday", "March")?
static bool time_noun(const tagger *tg, int32_t i)
{
    static const char *const nouns[] = {"week", "weekend", "month", "year", "night", "morning",
                                        "evening", "afternoon", "summer", "winter", "spring",
                                        "autumn", NULL};
    if (i >= tg->n) return false;
    if (dyad__lexicon_has(&tg->dict->lex, LEX(LEX_WEEKDAY) | LEX(LEX_MONTH), tg->id[i])) return true;
    for (const char *const *w = nouns; *w; w++)
        if (dyad__word_is(tg->toks[i].norm, *w)) return true;
    return false;
}

// The length of the time phrase at token i ("last week", "this month",
// "earlier this week", "later this year"), or 0.
static int time_span(const tagger *tg, int32_t i)
{
    static const char *const first[] = {"last", "next", "this", "past", "earlier", NULL};
    int32_t k = i;
    if (k < tg->n && (dyad__word_is(tg->toks[k].norm, "earlier") ||
                      dyad__word_is(tg->toks[k].norm, "later")))
        k++;
    if (k >= tg->n) return 0;
    for (const char *const *w = first; *w; w++)
        if (dyad__word_is(tg->toks[k].norm, *w))
            return time_noun(tg, k + 1) && !tok_is(tg, k + 2, "'s") ? (int)(k + 2 - i) : 0;
    return 0;
}

// "drills last week", "Obama earlier this week ordered": after a noun, a
// time phrase tells when; its words are adverbs, so the noun phrase ends
// before them.
static bool time_phrase_at(const tagger *tg, int32_t i)
{
    for (int32_t k = i; k >= 1 && k >= i - 2; k--) {
        int n = time_span(tg, k);
        if (n && k + n > i && is_noun(tg->tag[k - 1])) return true;
    }
    return false;
}

// Token i's tag, the tokens before it tagged.
static uint8_t tag_token(const tagger *tg, int32_t i, bool finite_seen, bool any_finite)
{
    const text_token *t = &tg->toks[i];
    const lex_entry *e = tg->lexe[i];
    if (time_phrase_at(tg, i)) return P_RB;
    if ((t->flags & TOK_BADUTF8) && !(t->flags & TOK_ALPHA))
        return P_SYM;  // invalid bytes on their own: no word
    if ((t->flags & TOK_PUNCT) && !e) return tag_punct(tg, i);
    if ((t->flags & TOK_NUM) || (e && e->tag == P_CD)) return P_CD;
    if (dyad__lexicon_is_us(t->norm)) return P_NNP;
    if (cap_inside(tg, i) && !(e && (e->tag == P_PRP || e->tag == P_MD)))
        return P_NNP;  // a capitalised word inside the sentence is a name
    if (e && !(e->flags & L_VERB)) return tag_closed(tg, i, e);
    slice lw = lower_of(tg, i);
    return tag_open(tg, i, lw.p, lw.n, finite_seen, any_finite);
}

static void tag_sentence(tagger *tg)
{
    bool finite_seen = false, any_finite = false;
    look_up_words(tg);
    for (int32_t i = 0; i < tg->n; i++) {
        uint8_t tag = tag_token(tg, i, finite_seen, any_finite);
        tg->tag[i] = tag;
        if (is_finite(tag)) finite_seen = any_finite = true;
        if (tag == P_COMMA || tag == P_CC || tag == P_COLON || tag == P_WDT || tag == P_WP ||
            (tag == P_WRB && i > 0) || (tag == P_IN && (tg->lflags[i] & L_SUB)))
            finite_seen = false;
    }
}

void dyad__tagger_init(tagger *tg, const dyad_dict *dict)
{
    memset(tg, 0, sizeof *tg);
    tg->dict = dict;
    lex_build(tg);
    for (int k = 0; k < 2; k++) {
        const char *const *suf = dyad__lexicon_words(k ? LEXT_ADJ_SUFFIX : LEXT_NOUN_SUFFIX);
        int i = 0;
        for (; suf[i] && i < SUFFIX_MAX; i++) tg->suffix_len[k][i] = (uint8_t)strlen(suf[i]);
        if (suf[i]) abort();  // a lexicon list longer than SUFFIX_MAX: raise it (tagger.h)
    }
}

void dyad__tagger_free(tagger *tg)
{
    free(tg->tag);
    free(tg->lflags);
    free(tg->lexe);
    free(tg->id);
    free(tg->low_at);
    free(tg->low);
}

void dyad__tagger_run(tagger *tg, const parse_input *in)
{
    tg->dict = in->dict;
    tg->toks = in->toks;
    tg->n = in->n;
    tg->opening = 0;
    if ((size_t)in->n > tg->cap) {
        tg->cap = (size_t)in->n * 2;
        tg->tag = dyad__xrealloc(tg->tag, tg->cap);
        tg->lflags = dyad__xrealloc(tg->lflags, tg->cap);
        tg->lexe = dyad__xrealloc(tg->lexe, tg->cap * sizeof *tg->lexe);
        tg->id = dyad__xrealloc(tg->id, tg->cap * sizeof *tg->id);
        tg->low_at = dyad__xrealloc(tg->low_at, tg->cap * sizeof *tg->low_at);
    }
    for (int32_t i = 0; i < in->n; i++)
        tg->id[i] = in->ids ? in->ids[i]
                            : dyad__intern_find(in->dict->words, in->toks[i].norm.p, in->toks[i].norm.n);
    tag_sentence(tg);
}
