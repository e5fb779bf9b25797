// parse.c: the built-in clause/phrase parser.
//
// The tagger (tagger.c) tags the sentence's tokens first. Then recursive
// descent over the tags builds what the coder reads from a Penn tree:
// clauses (S, SBAR), verb phrases that hold their objects and attachments,
// noun phrases with possessives, "of" phrases, coordination and apposition,
// and prepositional phrases. Every token becomes exactly one leaf, in order,
// so leaf i is token i.
#include "parse.h"

#include <stdlib.h>
#include <string.h>

#include "cues.h"
#include "dict.h"
#include "tagger.h"

// ---------------------------------------------------------------- tags

static const char *const TAG_NAME[P_COUNT] = {
    "NN", "NNS", "NNP", "NNPS", "JJ", "JJR", "JJS", "RB", "VB", "VBD", "VBG", "VBN",
    "VBP", "VBZ", "MD", "DT", "PDT", "PRP", "PRP$", "IN", "TO", "CC", "CD", "POS",
    "WDT", "WP", "WRB", "EX", "RP", ",", ".", ":", "``", "''", "-LRB-",
    "-RRB-", "$", "SYM", "HYPH",
};

// ---------------------------------------------------------------- state

typedef struct pstate {
    tagger tg;
    // the tagged sentence (tg's tokens and arrays, after tagging)
    const text_token *toks;
    int32_t n;
    const uint8_t *tag;       // ptag per token
    const uint8_t *lflags;    // lexicon flags per token
    ptree *t;
    int32_t *last_child;      // per node: its last child while building
    size_t cap_last;
    int32_t pos;              // the parser's cursor
    int depth;
    bool subject_relative;    // in the relative clause of a clause's subject
                              // whose verb is not one of saying or thinking
    bool reported;            // in the clause a verb of saying reports
} pstate;

static bool tok_is(const pstate *ps, int32_t i, const char *w)
{
    return token_is(ps->toks, ps->n, i, w);
}

// ---------------------------------------------------------------- tree building

static const char *LABEL_ROOT = "ROOT", *LABEL_S = "S", *LABEL_SBAR = "SBAR", *LABEL_NP = "NP",
                  *LABEL_VP = "VP", *LABEL_PP = "PP", *LABEL_ADVP = "ADVP", *LABEL_ADJP = "ADJP", *LABEL_PRT = "PRT",
                  *LABEL_WHNP = "WHNP", *LABEL_PRN = "PRN";

static uint8_t class_of(const char *label)
{
    if (label == LABEL_ROOT) return TAG_ROOT;
    if (label == LABEL_S) return TAG_S;
    if (label == LABEL_SBAR) return TAG_SBAR;
    if (label == LABEL_NP || label == LABEL_WHNP) return TAG_NP;
    if (label == LABEL_VP) return TAG_VP;
    if (label == LABEL_PP) return TAG_PP;
    return TAG_OTHER;
}

static uint8_t leaf_class(uint8_t t, bool *vbn)
{
    *vbn = t == P_VBN;
    if (is_noun(t)) return TAG_NOUN;
    if (is_verb(t)) return TAG_VERB;
    switch (t) {
    case P_PRP: case P_PRPS: return TAG_PRP;
    case P_CC: return TAG_CC;
    case P_POS: return TAG_POS;
    case P_IN: case P_TO: return TAG_IN;
    case P_DT: return TAG_DT;
    case P_COMMA: return TAG_COMMA;
    case P_COLON: return TAG_COLON;
    case P_JJ: case P_JJR: case P_JJS: return TAG_JJ;
    case P_PERIOD: case P_LQ: case P_RQ: case P_LRB: case P_RRB: return TAG_PUNCT;
    default: return TAG_OTHER;
    }
}

static int32_t node_new(pstate *ps)
{
    ptree *t = ps->t;
    VEC_RESERVE(t->nodes, t->cap, t->n + 1);
    if ((size_t)t->n + 1 > ps->cap_last) {
        ps->cap_last = ps->cap_last ? ps->cap_last * 2 : 256;
        ps->last_child = dyad__xrealloc(ps->last_child, ps->cap_last * sizeof *ps->last_child);
    }
    tnode *n = &t->nodes[t->n];
    memset(n, 0, sizeof *n);
    n->parent = n->first = n->next = -1;
    n->leaf_index = -1;
    ps->last_child[t->n] = -1;
    return t->n++;
}

static int32_t mk(pstate *ps, const char *label)
{
    int32_t id = node_new(ps);
    tnode *n = &ps->t->nodes[id];
    n->label = (slice){label, strlen(label)};
    n->tag = class_of(label);
    return id;
}

static void add(pstate *ps, int32_t parent, int32_t child)
{
    if (child < 0) return;
    tnode *nodes = ps->t->nodes;
    nodes[child].parent = parent;
    nodes[child].next = -1;
    int32_t last = ps->last_child[parent];
    if (last < 0) nodes[parent].first = child;
    else nodes[last].next = child;
    ps->last_child[parent] = child;
}

// A leaf for the token at the cursor; advances.
static int32_t leaf(pstate *ps)
{
    int32_t i = ps->pos++;
    int32_t id = node_new(ps);
    tnode *n = &ps->t->nodes[id];
    const char *name = TAG_NAME[ps->tag[i]];
    n->label = (slice){name, strlen(name)};
    n->word = ps->toks[i].norm;
    if (!n->word.p) n->word = (slice){"", 0};
    bool vbn;
    n->tag = leaf_class(ps->tag[i], &vbn);
    n->is_vbn = vbn;
    n->leaf_index = i;
    n->pos = ps->toks[i].start;
    return id;
}

static int32_t wrap1(pstate *ps, const char *label, int32_t child)
{
    int32_t p = mk(ps, label);
    add(ps, p, child);
    return p;
}

static uint8_t cur(const pstate *ps) { return ps->pos < ps->n ? ps->tag[ps->pos] : P_PERIOD; }
static uint8_t at(const pstate *ps, int32_t i) { return i < ps->n ? ps->tag[i] : P_PERIOD; }
static bool at_end(const pstate *ps) { return ps->pos >= ps->n; }

static bool np_word(uint8_t t)
{
    return is_noun(t) || is_adj(t) || t == P_CD || t == P_DT || t == P_PDT || t == P_PRPS ||
           t == P_DOLLAR;
}

static bool np_begins(const pstate *ps, int32_t i)
{
    uint8_t t = at(ps, i);
    if (i >= ps->n) return false;
    if (np_word(t) || t == P_PRP) return true;
    if (t == P_VBG || t == P_VBN) return is_noun(at(ps, i + 1)) && i + 1 < ps->n;
    if (t == P_RB && at(ps, i + 1) == P_CD) return true;   // "almost five years"
    return false;
}

static bool verb_begins(const pstate *ps, int32_t i)
{
    uint8_t t = at(ps, i);
    if (i >= ps->n) return false;
    if (is_verb(t) || t == P_MD) return true;
    if (t == P_RB) {  // "recently allowed", "did not"
        int32_t j = i;
        while (j < ps->n && ps->tag[j] == P_RB) j++;
        return j < ps->n && (is_finite(ps->tag[j]) || ps->tag[j] == P_MD);
    }
    return false;
}

static bool finite_begins(const pstate *ps, int32_t i)
{
    int32_t j = i;
    while (j < ps->n && ps->tag[j] == P_RB) j++;
    return j < ps->n && is_finite(ps->tag[j]);
}

// "imposed X, closed Y and expelled Z": a past verb after a comma, with a
// later "and" + past-tense verb before the sentence ends, continues a list
// of verb phrases (the tagger may have read the middle ones as participles).
static bool vp_list_at(const pstate *ps, int32_t j)
{
    uint8_t t = at(ps, j);
    if (j >= ps->n || (t != P_VBD && t != P_VBN)) return false;
    if (j + 1 < ps->n && tok_is(ps, j + 1, "by")) return false;  // "expelled by Syria": a participle
    for (int32_t k = j + 1; k + 1 < ps->n; k++) {
        uint8_t u = ps->tag[k];
        if (u == P_PERIOD || u == P_COLON) return false;
        if (u == P_CC) return ps->tag[k + 1] == P_VBD || (t == P_VBN && ps->tag[k + 1] == P_VBN);
    }
    return false;
}

static int32_t parse_np(pstate *ps, bool subject);
static int32_t parse_vp(pstate *ps);
static int32_t parse_relative_vp(pstate *ps, bool subject);
static int32_t parse_clause(pstate *ps);

// A word of quantity at token i: "several", "many", "multiple", ...
static bool quantity_at(const pstate *ps, int32_t i)
{
    static const char *const w[] = {"several", "many", "multiple", "numerous", "countless", "few", NULL};
    for (const char *const *q = w; *q; q++)
        if (tok_is(ps, i, *q)) return true;
    return false;
}

// "a statement condemning Britain", "the Court of Justice accusing Israel":
// an -ing word between a noun and a name is a participle that takes the
// name as its object, not a modifier inside one noun phrase ("the fighting
// forces" has it first).
static bool participle_after_noun(const pstate *ps, int32_t i)
{
    uint8_t prev = i > 0 ? ps->tag[i - 1] : 0, next = at(ps, i + 1);
    // (a verb of the dictionary: not "establishment darling Jeb Bush")
    return ps->tag[i] == P_VBG && (prev == P_NN || prev == P_NNS || prev == P_NNP) && (next == P_NNP || next == P_NNPS) &&
           ps->tg.id[i] && dyad__verb_first_form(ps->tg.dict, ps->tg.id[i]) >= 0;
}

// Index just past the noun phrase that starts at i (a cheap look-ahead that
// mirrors parse_base_np), or i when none starts there.
static int32_t skim_np(const pstate *ps, int32_t i)
{
    int32_t j = i;
    if (at(ps, j) == P_PRP && j < ps->n) return j + 1;
    if (at(ps, j) == P_RB && at(ps, j + 1) == P_CD) j++;
    while (j < ps->n) {
        uint8_t t = ps->tag[j];
        if (t == P_CD && j > i && ps->tag[j - 1] == P_NNS) break;  // (as parse_base_np)
        if (j > i && (ps->tag[j - 1] == P_NN || ps->tag[j - 1] == P_NNS) && quantity_at(ps, j)) break;
        if (np_word(t) || t == P_POS ||
            ((t == P_VBG || t == P_VBN) && is_noun(at(ps, j + 1)) && !(j > i && participle_after_noun(ps, j))) ||
            (t == P_HYPH && j > i && is_noun(at(ps, j + 1))))
            j++;
        else if (t == P_CC && j > i && is_adj(at(ps, j - 1)) && is_adj(at(ps, j + 1))) j++;
        else break;
    }
    return j;
}

// (NP ...) of determiners, adjectives and nouns; "X 's Y" nests.
static int32_t parse_base_np(pstate *ps)
{
    if (cur(ps) == P_PRP) return wrap1(ps, LABEL_NP, leaf(ps));
    int32_t np = mk(ps, LABEL_NP);
    if (cur(ps) == P_RB && at(ps, ps->pos + 1) == P_CD) add(ps, np, leaf(ps));
    int32_t k = 0;
    while (!at_end(ps)) {
        uint8_t t = cur(ps);
        bool adj_part = (t == P_VBG || t == P_VBN) && is_noun(at(ps, ps->pos + 1)) && k > 0 &&
                        !participle_after_noun(ps, ps->pos);
        if (t == P_HYPH && k > 0 && is_noun(at(ps, ps->pos + 1)) && ps->pos + 1 < ps->n) {
            add(ps, np, leaf(ps));  // the joint of "Dol_Amroth"
            continue;
        }
        if (t == P_POS && k > 0) {
            add(ps, np, leaf(ps));
            int32_t outer = mk(ps, LABEL_NP);
            add(ps, outer, np);
            np = outer;
            continue;
        }
        if (is_adj(t) && at(ps, ps->pos + 1) == P_CC && is_adj(at(ps, ps->pos + 2)) &&
            np_word(at(ps, ps->pos + 3)) && ps->pos + 3 < ps->n) {
            int32_t adjp = mk(ps, LABEL_ADJP);  // "awful and evil minister"
            add(ps, adjp, leaf(ps));
            add(ps, adjp, leaf(ps));
            add(ps, adjp, leaf(ps));
            add(ps, np, adjp);
            k++;
            continue;
        }
        if (!np_word(t) && !adj_part) break;
        // "fired on pro-regime forces three times": a number after a plural
        // noun starts another phrase ("Resolution 1441" stays one)
        if (t == P_CD && k > 0 && at(ps, ps->pos - 1) == P_NNS) break;
        // "against the opposition multiple times": so does a word of
        // quantity after a common noun
        if (k > 0 && (at(ps, ps->pos - 1) == P_NN || at(ps, ps->pos - 1) == P_NNS) && quantity_at(ps, ps->pos))
            break;
        if ((t == P_DT || t == P_PDT) && k > 0 && at(ps, ps->pos - 1) != P_PDT) break;
        if (t == P_PRPS && k > 0 && at(ps, ps->pos - 1) != P_PDT) break;
        add(ps, np, leaf(ps));
        k++;
    }
    if (ps->t->nodes[np].first < 0) add(ps, np, leaf(ps));  // never empty
    return np;
}

static int32_t parse_pp(pstate *ps, bool subject)
{
    int32_t pp = mk(ps, LABEL_PP);
    add(ps, pp, leaf(ps));
    if (cur(ps) == P_TO || (cur(ps) == P_IN && !(ps->lflags[ps->pos] & L_SUB)))
        add(ps, pp, parse_pp(ps, subject));  // "according to", "out of"
    else if (cur(ps) == P_VBG) add(ps, pp, wrap1(ps, LABEL_S, parse_vp(ps)));
    else if (np_begins(ps, ps->pos)) add(ps, pp, parse_np(ps, subject));
    return pp;
}

// "In a statement, | Senator Lindsey Graham, R-S.C., criticized": at i a
// noun phrase, a comma, another noun phrase (its apposition), a comma and a
// verb: the next clause's subject, no apposition to the phrase before nor
// object of the verb before.
static bool subject_apposition_at(const pstate *ps, int32_t i)
{
    if (!np_begins(ps, i)) return false;
    int32_t j = skim_np(ps, i);
    if (j == i || at(ps, j) != P_COMMA || !np_begins(ps, j + 1)) return false;
    int32_t k = skim_np(ps, j + 1);
    return k > j + 1 && at(ps, k) == P_COMMA && verb_begins(ps, k + 1);
}

// Appositive or list after a comma: ", NP ," or ", NP ." and not a clause.
static bool apposition_at(const pstate *ps, int32_t i)
{
    // (", visiting Afghanistan,": a participle clause)
    if (at(ps, i) != P_COMMA || !np_begins(ps, i + 1) || at(ps, i + 1) == P_VBG) return false;
    int32_t j = skim_np(ps, i + 1);
    if (j == i + 1) return false;
    uint8_t t = at(ps, j);
    if (t == P_COMMA && subject_apposition_at(ps, i + 1)) return false;
    return j >= ps->n || t == P_COMMA || t == P_PERIOD || t == P_COLON;
}

// ", R-Ariz.,": at comma i a lawmaker's party and state, set off by commas.
static bool designation_at(const pstate *ps, int32_t i)
{
    if (at(ps, i) != P_COMMA || at(ps, i + 2) != P_COMMA || i + 2 >= ps->n) return false;
    slice w = ps->toks[i + 1].norm;
    return dyad__party_state(w.p, (int32_t)w.n);
}

// After a first member: ", B , C and D" or "and D" -> true when a CC with a
// noun phrase after it ends the list.
static bool list_follows(const pstate *ps, int32_t i, bool subject)
{
    int32_t j = i;
    while (j < ps->n) {
        // ("John McCain, R-Ariz., and Charles Schumer, D-N.Y.,": a member's
        // designation is no member)
        if (designation_at(ps, j)) {
            j += 2;
            if (at(ps, j + 1) == P_CC) j++;
            continue;
        }
        if (ps->tag[j] == P_CC) {
            if (!np_begins(ps, j + 1)) return false;
            if (subject) return true;
            int32_t e = skim_np(ps, j + 1);
            // ("Ukraine, Poland, as well as Hungary, criticized": a member
            // set off by commas before a verb is a subject's)
            if (j > 0 && ps->tag[j - 1] == P_COMMA && at(ps, e) == P_COMMA && tok_is(ps, j, "as well as"))
                e++;
            return !finite_begins(ps, e);   // "and officials said": a clause
        }
        // ("Poland, as well as Hungary, criticized": the comma before it)
        if (ps->tag[j] == P_COMMA && at(ps, j + 1) == P_CC && tok_is(ps, j + 1, "as well as")) {
            j++;
            continue;
        }
        // (", visiting Afghanistan, Iraq and Japan": an -ing word after a
        // comma opens a participle clause, no member)
        if (ps->tag[j] != P_COMMA || !np_begins(ps, j + 1) || at(ps, j + 1) == P_VBG) return false;
        int32_t e = skim_np(ps, j + 1);
        if (e == j + 1) return false;
        if (designation_at(ps, e)) e += 2;
        if (at(ps, e) == P_COMMA && at(ps, e + 1) == P_CC) e++;  // Oxford comma
        j = e;
    }
    return false;
}

// A list member with its designation: (NP (NP John McCain) (, ,) (NP R-Ariz.) (, ,)).
static int32_t with_designation(pstate *ps, int32_t np)
{
    if (!designation_at(ps, ps->pos)) return np;
    int32_t outer = mk(ps, LABEL_NP);
    add(ps, outer, np);
    add(ps, outer, leaf(ps));
    add(ps, outer, wrap1(ps, LABEL_NP, leaf(ps)));
    // (the comma before a relative clause is the clause's: ", D-N.Y., who")
    if (at(ps, ps->pos + 1) != P_WP && at(ps, ps->pos + 1) != P_WDT) add(ps, outer, leaf(ps));
    return outer;
}

// ", the United States, Britain and Japan agreed": after the comma at i a
// list of noun phrases ends in "and NP" and a finite verb: the subject of
// the next clause, no apposition to the phrase before ("Under the Paris
// accords, the United States, ... agreed").
static bool subject_list_at(const pstate *ps, int32_t i)
{
    if (at(ps, i) != P_COMMA) return false;
    int32_t j = i, members = 0;
    while (j < ps->n) {
        if (ps->tag[j] == P_CC) {
            if (!np_begins(ps, j + 1) || members < 2) return false;
            return finite_begins(ps, skim_np(ps, j + 1));
        }
        if (ps->tag[j] != P_COMMA || !np_begins(ps, j + 1)) return false;
        int32_t e = skim_np(ps, j + 1);
        if (e == j + 1) return false;
        members++;
        if (at(ps, e) == P_COMMA && at(ps, e + 1) == P_CC) e++;  // Oxford comma
        j = e;
    }
    return false;
}

// "naval forces in Singapore", "officials from Georgia": after a noun
// phrase ending in an agent word, "in"/"from" and a name say whose it is.
static bool agent_in_place(const pstate *ps)
{
    int32_t i = ps->pos;
    if (i < 1 || i + 1 >= ps->n || !is_noun(ps->tag[i - 1])) return false;
    // "from": mostly where forces leave, but where people of a state come
    // from ("migrants from Honduras", "officials from 30 countries")
    static const char *const people[] = {"migrants", "refugees", "officials", "ministers", "delegates",
                                         "delegation", "representatives", "envoys", "negotiators",
                                         "lawmakers", "leaders", "activists", "students", "workers", NULL};
    bool from = false;
    for (const char *const *w = people; *w && !from; w++) from = tok_is(ps, i - 1, *w);
    if (!tok_is(ps, i, "in") && !(from && tok_is(ps, i, "from"))) return false;
    uint32_t id = ps->tg.id[i - 1];
    if (!id || !(dict_word_class(ps->tg.dict, id) & WC_AGENT)) return false;
    // "told reporters in Brussels": the press is where it reports from
    if (tok_is(ps, i - 1, "reporters") || tok_is(ps, i - 1, "journalists") ||
        tok_is(ps, i - 1, "correspondents"))
        return false;
    int32_t j = i + 1;
    if (ps->tag[j] == P_DT) j++;
    if (j < ps->n && dyad__lexicon_has(&ps->tg.dict->lex, LEX(LEX_MONTH) | LEX(LEX_WEEKDAY),
                                       ps->tg.id[j]))
        return false;  // "took office in March": when, not whose
    return j < ps->n && (ps->tag[j] == P_NNP || ps->tag[j] == P_NNPS);
}

// "to" + a base verb at i after a common noun, and a finite verb later
// before any comma, colon or period.
static bool infinitive_modifier_at(const pstate *ps, int32_t i)
{
    if (at(ps, i) != P_TO || at(ps, i + 1) != P_VB || i < 1 ||
        (ps->tag[i - 1] != P_NN && ps->tag[i - 1] != P_NNS))
        return false;
    for (int32_t j = i + 2; j < ps->n; j++) {
        uint8_t t = ps->tag[j];
        if (t == P_COMMA || t == P_COLON || t == P_PERIOD || t == P_CC) return false;
        if (is_finite(t)) return true;
    }
    return false;
}

// Does a form of "be" or "remain" stand before token i, adverbs aside
// ("has been sharply critical")?
static bool after_be(const pstate *ps, int32_t i)
{
    int32_t k = i - 1;
    while (k >= 0 && ps->tag[k] == P_RB) k--;
    return k >= 0 && ((ps->lflags[k] & L_BE) || tok_is(ps, k, "remain") || tok_is(ps, k, "remains") ||
                      tok_is(ps, k, "remained"));
}

static int32_t parse_np_member(pstate *ps, bool subject)
{
    int32_t start = ps->pos;
    int32_t np = parse_base_np(ps);
    // a lone adjective after the verb is a predicate, its "of" phrase the
    // adjective's ("has been critical of Beijing"), not a noun's
    bool predicate = !subject && ps->pos == start + 1 && ps->tag[start] == P_JJ && after_be(ps, start) &&
                     at(ps, start + 2) != P_VBG;  // (not "capable of striking")
    // "of" phrases always belong to the noun; in subject position (before
    // the verb) so do other prepositional phrases
    while (!at_end(ps) && cur(ps) == P_IN && !(ps->lflags[ps->pos] & L_SUB && !tok_is(ps, ps->pos, "of"))) {
        bool of = tok_is(ps, ps->pos, "of");
        if (predicate || (!of && !subject && !agent_in_place(ps))) break;
        if (!of && tok_is(ps, ps->pos, "than")) break;
        if (!np_begins(ps, ps->pos + 1)) break;
        int32_t outer = mk(ps, LABEL_NP);
        add(ps, outer, np);
        add(ps, outer, parse_pp(ps, subject));
        np = outer;
    }
    // "President Trump's decision to end DACA is a shameful act": in subject
    // position an infinitive after a common noun, with a finite verb ahead
    // in the same stretch, is the noun's; its verb phrase takes no clause of
    // its own ("end DACA is" is no "said Gondor attacked")
    if (subject && infinitive_modifier_at(ps, ps->pos)) {
        int32_t outer = mk(ps, LABEL_NP);
        add(ps, outer, np);
        bool was = ps->subject_relative;
        ps->subject_relative = true;
        add(ps, outer, wrap1(ps, LABEL_S, parse_vp(ps)));
        ps->subject_relative = was;
        np = outer;
    }
    return np;
}

// ", including Britain and France," set off after a subject, with a finite
// verb (or a modal) after its closing comma: the index of that comma, or -1.
static int32_t members_end(const pstate *ps, int32_t i)
{
    if (at(ps, i) != P_COMMA || i + 2 >= ps->n ||
        !dyad__lexicon_has(&ps->tg.dict->lex, LEX(LEX_INCLUDING), ps->tg.id[i + 1]) || !np_begins(ps, i + 2))
        return -1;
    int32_t j = i + 2;
    while (j < ps->n && ps->tag[j] != P_COMMA && ps->tag[j] != P_PERIOD && ps->tag[j] != P_COLON &&
           !is_verb(ps->tag[j]) && ps->tag[j] != P_MD)
        j++;
    // (the Oxford comma of a list: "the U.S., U.K. and France,")
    while (j + 1 < ps->n && ps->tag[j] == P_COMMA && np_begins(ps, j + 1) && !finite_begins(ps, j + 1)) {
        j++;
        while (j < ps->n && ps->tag[j] != P_COMMA && ps->tag[j] != P_PERIOD && ps->tag[j] != P_COLON &&
               !is_verb(ps->tag[j]) && ps->tag[j] != P_MD)
            j++;
    }
    if (j + 1 < ps->n && ps->tag[j] == P_COMMA && (finite_begins(ps, j + 1) || at(ps, j + 1) == P_MD))
        return j;
    return -1;
}

static bool adjective_complement_at(const pstate *ps, int32_t j);

static int32_t parse_np(pstate *ps, bool subject)
{
    if (++ps->depth > 60) {
        ps->depth--;
        return parse_base_np(ps);
    }
    int32_t np = parse_np_member(ps, subject);
    // an adjective after the noun takes its complement: "troops loyal to
    // Mr. Assad", "militias close to Iran"
    if (!at_end(ps) && adjective_complement_at(ps, ps->pos)) {
        int32_t outer = mk(ps, LABEL_NP);
        add(ps, outer, np);
        add(ps, outer, parse_pp(ps, subject));
        np = outer;
    }
    if (!at_end(ps) && (cur(ps) == P_CC || cur(ps) == P_COMMA) && list_follows(ps, ps->pos, subject)) {
        int32_t coord = mk(ps, LABEL_NP);
        add(ps, coord, with_designation(ps, np));
        while (!at_end(ps)) {
            if (cur(ps) == P_CC) {
                add(ps, coord, leaf(ps));
                add(ps, coord, with_designation(ps, parse_np_member(ps, subject)));
                break;
            }
            if (cur(ps) == P_COMMA) add(ps, coord, leaf(ps));  // (a designation took its comma)
            if (cur(ps) == P_CC) continue;
            add(ps, coord, with_designation(ps, parse_np_member(ps, subject)));
        }
        np = coord;
    }
    if (!subject && apposition_at(ps, ps->pos) && !list_follows(ps, ps->pos, subject) &&
        !subject_list_at(ps, ps->pos)) {
        int32_t outer = mk(ps, LABEL_NP);
        add(ps, outer, np);
        add(ps, outer, leaf(ps));  // comma
        add(ps, outer, parse_np_member(ps, false));
        if (cur(ps) == P_COMMA && !at_end(ps)) add(ps, outer, leaf(ps));
        np = outer;
    }
    // "Several countries, including Britain and France, criticized": the
    // members set off by commas before the verb belong to the subject
    if (subject && !at_end(ps) && members_end(ps, ps->pos) >= 0) {
        int32_t outer = mk(ps, LABEL_NP);
        add(ps, outer, np);
        add(ps, outer, leaf(ps));  // comma
        int32_t pp = mk(ps, LABEL_PP);
        add(ps, pp, leaf(ps));     // including
        add(ps, pp, parse_np(ps, false));
        add(ps, outer, pp);
        if (!at_end(ps) && cur(ps) == P_COMMA) add(ps, outer, leaf(ps));
        np = outer;
    }
    // a bracketed insertion belongs to the noun phrase before it: "he
    // (Saddam) had used", "Sen. Lamar Smith (R-Texas) issued"
    if (!at_end(ps) && cur(ps) == P_LRB) {
        int32_t j = ps->pos + 1;
        while (j < ps->n && j < ps->pos + 12 && ps->tag[j] != P_RRB && ps->tag[j] != P_LRB &&
               ps->tag[j] != P_PERIOD)
            j++;
        // a name or noun phrase only: not "(not pictured)", not a clause
        bool name = j < ps->n && ps->tag[j] == P_RRB && np_begins(ps, ps->pos + 1);
        for (int32_t k = ps->pos + 1; name && k < j; k++)
            if (is_verb(ps->tag[k]) || ps->tag[k] == P_MD || ps->tag[k] == P_CC) name = false;
        if (name) {
            int32_t outer = mk(ps, LABEL_NP);
            add(ps, outer, np);
            int32_t prn = mk(ps, LABEL_PRN);
            add(ps, prn, leaf(ps));  // (
            while (ps->pos < j) {
                int32_t before = ps->pos;
                add(ps, prn, np_begins(ps, ps->pos) ? parse_base_np(ps) : leaf(ps));
                if (ps->pos == before) add(ps, prn, leaf(ps));
            }
            if (ps->pos == j) add(ps, prn, leaf(ps));  // )
            add(ps, outer, prn);
            np = outer;
        }
    }
    // a relative clause set off by commas: "Russia, which invaded Ukraine, ..."
    if (!at_end(ps) && cur(ps) == P_COMMA && ps->pos + 2 < ps->n &&
        (at(ps, ps->pos + 1) == P_WDT || at(ps, ps->pos + 1) == P_WP) &&
        verb_begins(ps, ps->pos + 2)) {
        int32_t outer = mk(ps, LABEL_NP);
        add(ps, outer, np);
        add(ps, outer, leaf(ps));  // comma
        int32_t sbar = mk(ps, LABEL_SBAR);
        add(ps, sbar, wrap1(ps, LABEL_WHNP, leaf(ps)));
        add(ps, sbar, wrap1(ps, LABEL_S, parse_relative_vp(ps, subject)));
        add(ps, outer, sbar);
        if (!at_end(ps) && cur(ps) == P_COMMA) add(ps, outer, leaf(ps));
        np = outer;
    }
    // relative clause
    if (!at_end(ps) && (cur(ps) == P_WDT || cur(ps) == P_WP) && verb_begins(ps, ps->pos + 1)) {
        int32_t outer = mk(ps, LABEL_NP);
        add(ps, outer, np);
        int32_t sbar = mk(ps, LABEL_SBAR);
        add(ps, sbar, wrap1(ps, LABEL_WHNP, leaf(ps)));
        add(ps, sbar, wrap1(ps, LABEL_S, parse_relative_vp(ps, subject)));
        add(ps, outer, sbar);
        np = outer;
    }
    ps->depth--;
    return np;
}

// Is the first word of verb phrase node vp a verb of saying ("said",
// "told")?
static bool says_vp(const pstate *ps, int32_t vp)
{
    int32_t n = ps->t->nodes[vp].first;
    while (n >= 0 && ps->t->nodes[n].leaf_index < 0) n = ps->t->nodes[n].first;
    if (n < 0) return false;
    int32_t i = ps->t->nodes[n].leaf_index;
    return i >= 0 && i < ps->n && dyad__lexicon_has(&ps->tg.dict->lex, LEX(LEX_SPEECH), ps->tg.id[i]);
}

// A clause that a verb of saying reports, or one inside it: "and urged
// allies" after it is the speaker's, not the reported clause's.
static int32_t parse_reported_clause(pstate *ps, int32_t vp)
{
    bool was = ps->reported;
    ps->reported = was || says_vp(ps, vp);
    int32_t s = parse_clause(ps);
    ps->reported = was;
    return s;
}

// A subordinate clause: "that Gondor attacked", "after crowds trashed it".
static int32_t parse_sbar(pstate *ps)
{
    int32_t sbar = mk(ps, LABEL_SBAR);
    add(ps, sbar, leaf(ps));
    add(ps, sbar, parse_clause(ps));
    return sbar;
}

// The subordinate clause that verb phrase vp takes ("said that ...").
static int32_t parse_sbar_of(pstate *ps, int32_t vp)
{
    int32_t sbar = mk(ps, LABEL_SBAR);
    add(ps, sbar, leaf(ps));
    add(ps, sbar, parse_reported_clause(ps, vp));
    return sbar;
}

// Adjectives that follow a noun with a complement: "troops loyal to X",
// "militias close to Iran", "groups linked to al Qaeda".
static bool postnominal_adjective(const pstate *ps, int32_t i)
{
    static const char *const words[] = {"loyal", "close", "allied", "linked", "tied", "affiliated",
                                         "aligned", "opposed", "hostile", "friendly", "sympathetic",
                                         NULL};
    if (i < 0 || i >= ps->n || ps->tag[i] != P_JJ) return false;
    for (const char *const *w = words; *w; w++)
        if (tok_is(ps, i, *w)) return true;
    return false;
}

// Does a post-nominal adjective's complement start at j ("troops loyal |
// to Mr. Assad")?
static bool adjective_complement_at(const pstate *ps, int32_t j)
{
    return j > 1 && postnominal_adjective(ps, j - 1) && is_noun(at(ps, j - 2)) &&
           (at(ps, j) == P_TO || (at(ps, j) == P_IN && !(ps->lflags[j] & L_SUB))) &&
           np_begins(ps, j + 1);
}

// Does a clause (subject + finite verb) start at i?

// "X and Y said", "X, Y and Z said": past the rest of a list of noun
// phrases from j, the first one's end; commas only in a list that ends with
// a conjunction ("its embassy, a senior official said" is two clauses).
static int32_t skim_list(const pstate *ps, int32_t j)
{
    int32_t before_list = j;
    bool comma = false, cc = false;
    while (j < ps->n && (ps->tag[j] == P_CC || ps->tag[j] == P_COMMA) && np_begins(ps, j + 1)) {
        int32_t k = skim_np(ps, j + 1);
        if (k == j + 1) break;
        if (ps->tag[j] == P_CC) cc = true;
        else comma = true;
        j = k;
    }
    return comma && !cc ? before_list : j;
}

static bool clause_at(const pstate *ps, int32_t i)
{
    if (at(ps, i) == P_EX) return finite_begins(ps, i + 1);  // "whether there was"
    if (!np_begins(ps, i)) return false;
    int32_t j = skim_np(ps, i);
    // "said troops loyal to Mr. Assad used": the adjective's complement
    if (j > i + 1 && adjective_complement_at(ps, j)) j = skim_np(ps, j + 1);
    j = skim_list(ps, j);
    // ("the prime ministers of Bulgaria, Albania and Macedonia have")
    int32_t of = j;
    while (j < ps->n && ps->tag[j] == P_IN && tok_is(ps, j, "of") && np_begins(ps, j + 1))
        j = skim_np(ps, j + 1);
    if (j != of && (at(ps, of + 1) == P_NNP || at(ps, of + 1) == P_NNPS)) j = skim_list(ps, j);
    if (at(ps, j) == P_LQ && j + 1 < ps->n) j++;  // "said the weapons \u201cpose a threat"
    if (members_end(ps, j) >= 0) return true;      // "X, including Y and Z, have shipped"
    return finite_begins(ps, j);
}

static void parse_complements(pstate *ps, int32_t vp);

// The verb group and what follows: (VP (MD will) (VP (VB visit) (NP ...))).
static int32_t parse_vp(pstate *ps)
{
    if (++ps->depth > 60) {
        ps->depth--;
        int32_t vp = mk(ps, LABEL_VP);
        add(ps, vp, leaf(ps));
        return vp;
    }
    int32_t vp = mk(ps, LABEL_VP);
    bool to = cur(ps) == P_TO;
    add(ps, vp, leaf(ps));  // the first verb (or modal, or "to")
    // adverbs, then a further verb: the first word was an auxiliary
    while (!at_end(ps) && cur(ps) == P_RB && verb_begins(ps, ps->pos + 1))
        add(ps, vp, leaf(ps));
    while (!at_end(ps) && cur(ps) == P_RB && (at(ps, ps->pos + 1) == P_RB || is_verb(at(ps, ps->pos + 1))))
        add(ps, vp, leaf(ps));
    if (!at_end(ps) && is_verb(cur(ps))) {
        add(ps, vp, parse_vp(ps));
        // "to target Kim and to destroy his statues": (VP (VP to ..) (CC
        // and) (VP to ..))
        if (to && !at_end(ps) && cur(ps) == P_CC && at(ps, ps->pos + 1) == P_TO && at(ps, ps->pos + 2) == P_VB) {
            int32_t both = mk(ps, LABEL_VP);
            add(ps, both, vp);
            add(ps, both, leaf(ps));
            add(ps, both, parse_vp(ps));
            ps->depth--;
            return both;
        }
        ps->depth--;
        return vp;
    }
    if (!at_end(ps) && tok_is(ps, ps->pos, "about") && at(ps, ps->pos + 1) == P_TO &&
        is_verb(at(ps, ps->pos + 2))) {  // "is about to restore"
        add(ps, vp, leaf(ps));
        add(ps, vp, wrap1(ps, LABEL_S, parse_vp(ps)));
        ps->depth--;
        return vp;
    }
    parse_complements(ps, vp);
    ps->depth--;
    return vp;
}

// The verb phrase of a relative clause (of a subject, when `subject`).
static int32_t parse_relative_vp(pstate *ps, bool subject)
{
    bool was = ps->subject_relative;
    // "officials who said the army attacked ..." keep their complement clause
    bool says = false;
    const lexicon *lx = &ps->tg.dict->lex;
    for (int32_t i = ps->pos; i < ps->n && (is_verb(ps->tag[i]) || ps->tag[i] == P_MD ||
                                            ps->tag[i] == P_RB); i++)
        says |= dyad__lexicon_has(lx, LEX(LEX_SPEECH) | LEX(LEX_MIND), ps->tg.id[i]);
    ps->subject_relative = subject && !says;
    int32_t vp = parse_vp(ps);
    ps->subject_relative = was;
    return vp;
}

// "Russia annexed Crimea and rebels began an insurgency": after a verb that
// takes no reported clause, a noun phrase and another joined to it by "and"
// before a finite verb are its object and the next clause's subject, not
// one clause's subject.
static bool object_then_clause(const pstate *ps, int32_t i)
{
    int32_t j = skim_np(ps, i);
    if (j == i || at(ps, j) != P_CC || skim_list(ps, j) == j) return false;
    // (right after the verb: not "met on the same day the U.S. and Turkey agreed")
    int32_t v = i - 1;
    while (v >= 0 && (ps->tag[v] == P_RB || ps->tag[v] == P_RP)) v--;
    if (v < 0 || !is_verb(ps->tag[v])) return false;
    const lexicon *lx = &ps->tg.dict->lex;
    return !dyad__lexicon_has(lx, LEX(LEX_SPEECH) | LEX(LEX_MIND) | LEX(LEX_ASSERT) | LEX(LEX_IRREALIS),
                              ps->tg.id[v]);
}

// complement's second half: a verb, a noun phrase, a relative clause or
// any other word at the cursor. False when the verb phrase ends there.
static bool complement_phrase(pstate *ps, int32_t vp, int *objects)
{
    uint8_t t = cur(ps);
    int32_t i = ps->pos;
    if (is_verb(t) || t == P_MD) {
        if (t == P_VBG || t == P_VBN || t == P_VB) {
            add(ps, vp, wrap1(ps, LABEL_S, parse_vp(ps)));
            return true;
        }
        return false;  // a finite verb: another clause's
    }
    if (t == P_EX && clause_at(ps, i)) {  // "said there were talks"
        int32_t sbar = mk(ps, LABEL_SBAR);
        add(ps, sbar, parse_reported_clause(ps, vp));
        add(ps, vp, sbar);
        return true;
    }
    if (np_begins(ps, i)) {
        // "Lawmakers who attended the briefing explained ...": in a subject's
        // relative clause, a clause ahead is the main verb's, not a complement
        if (ps->subject_relative && clause_at(ps, i)) {
            add(ps, vp, parse_np(ps, false));
            return false;
        }
        if (clause_at(ps, i) && !object_then_clause(ps, i)) {  // "said Gondor attacked", "believes X can cope"
            int32_t sbar = mk(ps, LABEL_SBAR);
            add(ps, sbar, parse_reported_clause(ps, vp));
            add(ps, vp, sbar);
            return true;
        }
        add(ps, vp, parse_np(ps, false));
        // an NP after two objects is most likely an adverbial ("next week")
        if (*objects < 2) (*objects)++;
        return true;
    }
    if (t == P_WDT || t == P_WP) {
        if (verb_begins(ps, i + 1)) {
            int32_t sbar = mk(ps, LABEL_SBAR);
            add(ps, sbar, wrap1(ps, LABEL_WHNP, leaf(ps)));
            add(ps, sbar, wrap1(ps, LABEL_S, parse_vp(ps)));
            add(ps, vp, sbar);
            return true;
        }
    }
    add(ps, vp, leaf(ps));
    return true;
}

// One complement of the verb phrase vp at the cursor. False when the verb
// phrase ends there; *objects counts its noun phrase objects.
static bool complement(pstate *ps, int32_t vp, int *objects)
{
    uint8_t t = cur(ps);
    int32_t i = ps->pos;
    if (t == P_PERIOD || t == P_COLON || t == P_RRB) return false;
    if (t == P_RP) {
        add(ps, vp, wrap1(ps, LABEL_PRT, leaf(ps)));
        return true;
    }
    if (t == P_CC) {
        // "threatened to target Kim and to destroy his statues": a second
        // infinitive is coordinated with the first by parse_vp
        if (at(ps, i + 1) == P_TO && at(ps, i + 2) == P_VB) return false;
        // "condemned X and promised Y": the caller coordinates
        if (verb_begins(ps, i + 1) || clause_at(ps, i + 1)) return false;
        if (np_begins(ps, i + 1)) {  // "X and Y" left over after an object
            add(ps, vp, leaf(ps));
            add(ps, vp, parse_np(ps, false));
            return true;
        }
        return false;
    }
    if (t == P_COMMA) {
        // a new clause or verb after the comma ends this verb phrase
        int32_t j = i + 1;
        if (at(ps, j) == P_CC) j++;
        if (j >= ps->n || clause_at(ps, j) || finite_begins(ps, j) || at(ps, j) == P_LQ ||
            at(ps, j) == P_RQ || vp_list_at(ps, j) || subject_apposition_at(ps, j))
            return false;
        add(ps, vp, leaf(ps));
        return true;
    }
    if (t == P_LQ || t == P_RQ) {
        add(ps, vp, leaf(ps));
        return true;
    }
    if (t == P_RB) {
        add(ps, vp, wrap1(ps, LABEL_ADVP, leaf(ps)));
        return true;
    }
    if (t == P_TO) {
        if (is_verb(at(ps, i + 1)) || (at(ps, i + 1) == P_RB && is_verb(at(ps, i + 2)))) {
            add(ps, vp, wrap1(ps, LABEL_S, parse_vp(ps)));
        } else {
            add(ps, vp, parse_pp(ps, false));
        }
        return true;
    }
    if (t == P_IN) {
        bool sub = ps->lflags[i] & L_SUB;
        if (sub && (clause_at(ps, i + 1) || tok_is(ps, i, "that"))) {
            add(ps, vp, parse_sbar_of(ps, vp));
            return true;
        }
        add(ps, vp, parse_pp(ps, false));
        return true;
    }
    if (t == P_WRB && clause_at(ps, i + 1)) {
        add(ps, vp, parse_sbar_of(ps, vp));
        return true;
    }
    return complement_phrase(ps, vp, objects);
}

static void parse_complements(pstate *ps, int32_t vp)
{
    int objects = 0;
    while (!at_end(ps) && complement(ps, vp, &objects)) continue;
}

// A clause: [subject] verb phrase, with coordinated verb phrases.
static int32_t parse_clause(pstate *ps)
{
    int32_t s = mk(ps, LABEL_S);
    if (++ps->depth > 60) {
        while (!at_end(ps) && cur(ps) != P_PERIOD) add(ps, s, leaf(ps));
        ps->depth--;
        return s;
    }
    if (cur(ps) == P_EX && !at_end(ps)) add(ps, s, wrap1(ps, LABEL_NP, leaf(ps)));  // "there was"
    else if (np_begins(ps, ps->pos) && !verb_begins(ps, ps->pos)) add(ps, s, parse_np(ps, true));
    // adverbials between subject and verb: "Arnor on Thursday signed"; a
    // quote opening at the verb
    while (!at_end(ps) && (cur(ps) == P_RB || (cur(ps) == P_LQ && verb_begins(ps, ps->pos + 1))))
        add(ps, s, cur(ps) == P_RB ? wrap1(ps, LABEL_ADVP, leaf(ps)) : leaf(ps));
    if (!at_end(ps) && verb_begins(ps, ps->pos)) {
        int32_t vp = parse_vp(ps), outer = -1;
        while (!at_end(ps) && (cur(ps) == P_CC ||
                               (cur(ps) == P_COMMA && (at(ps, ps->pos + 1) == P_CC ||
                                                       vp_list_at(ps, ps->pos + 1))))) {
            int32_t j = ps->pos + (cur(ps) == P_COMMA && at(ps, ps->pos + 1) == P_CC ? 2 : 1);
            if (!verb_begins(ps, j) || clause_at(ps, j)) break;
            // "said the strikes showed Moscow was not interested in peace
            // and urged allies to": the speaker goes on, not the report
            if (ps->reported && ps->tag[j] == P_VBD &&
                dyad__lexicon_has(&ps->tg.dict->lex, LEX(LEX_SPEAKER_ACT), ps->tg.id[j]))
                break;
            if (outer < 0) {  // one flat coordination: (VP (VP ..) , (VP ..) and (VP ..))
                outer = mk(ps, LABEL_VP);
                add(ps, outer, vp);
            }
            while (ps->pos < j) add(ps, outer, leaf(ps));
            add(ps, outer, parse_vp(ps));
            vp = outer;
        }
        add(ps, s, vp);
    }
    ps->depth--;
    return s;
}

// The whole sentence: clauses, with whatever lies between them.
static void parse_sentence(pstate *ps, int32_t root)
{
    int32_t top = mk(ps, LABEL_S);
    add(ps, root, top);
    while (!at_end(ps)) {
        uint8_t t = cur(ps);
        int32_t before = ps->pos;
        if (t == P_PERIOD && ps->pos == ps->n - 1) {
            add(ps, top, leaf(ps));
            break;
        }
        if (t == P_IN && (ps->lflags[ps->pos] & L_SUB) && clause_at(ps, ps->pos + 1)) {
            add(ps, top, parse_sbar(ps));
        } else if (t == P_IN || t == P_TO) {
            add(ps, top, parse_pp(ps, false));
        } else if (np_begins(ps, ps->pos) || verb_begins(ps, ps->pos) ||
                   (t == P_EX && clause_at(ps, ps->pos))) {
            int32_t c = parse_clause(ps);
            add(ps, top, c);
        } else if (t == P_RB) {
            add(ps, top, wrap1(ps, LABEL_ADVP, leaf(ps)));
        } else {
            add(ps, top, leaf(ps));
        }
        if (ps->pos == before) add(ps, top, leaf(ps));  // always move on
    }
}

static void *builtin_create(const dyad_dict *dict)
{
    pstate *ps = dyad__xcalloc(1, sizeof *ps);
    dyad__tagger_init(&ps->tg, dict);
    return ps;
}

static void builtin_destroy(void *state)
{
    pstate *ps = state;
    if (!ps) return;
    dyad__tagger_free(&ps->tg);
    free(ps->last_child);
    free(ps);
}

static int builtin_parse(void *state, const parse_input *in, ptree *out, dyad_error *err)
{
    (void)err;
    pstate *ps = state;
    dyad__tagger_run(&ps->tg, in);
    ps->toks = in->toks;
    ps->n = in->n;
    ps->tag = ps->tg.tag;
    ps->lflags = ps->tg.lflags;
    ps->pos = 0;
    ps->depth = 0;
    ps->t = out;
    out->n = 0;
    out->n_leaves = in->n;
    int32_t root = mk(ps, LABEL_ROOT);
    out->root = root;
    parse_sentence(ps, root);
    return 0;
}

const parser_ops dyad__parser_builtin = {"dyad", builtin_create, builtin_destroy, builtin_parse};
