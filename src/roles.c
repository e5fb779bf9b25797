// roles.c: dyad's role rules for news. Each is a dyad_options field, off in
// PETRARCH's behaviour (DYAD_OPTIONS_INIT) and on for `dyad code`
// (dyad_options_news); the skip test is here too, as it decides which
// sentences the rules ever see.
#include <stdio.h>
#include <string.h>

#include "cameo.h"
#include "roles.h"
#include "unicode.h"

// ---------------------------------------------------------------- skip test

// Is w the last name of a person the story named in full?
// The index of last name w among a story's names (each is there once), or -1.
static int32_t name_index(const story_name *names, int32_t n, slice w)
{
    for (int32_t k = 0; k < n; k++)
        if (dyad__same_word(w, (slice){names[k].surname, strlen(names[k].surname)})) return k;
    return -1;
}

static bool is_story_name(const dyad_coder *c, slice w)
{
    return c->in_story && c->opts.pronouns && name_index(c->names, c->n_names, w) >= 0;
}

// Is token t (word `id`) a pronoun the story can resolve (he/she/his to its
// person, it to its state or body, they to its last plural subject)?
static bool story_pronoun(const dyad_coder *c, uint32_t id, slice t)
{
    if (!c->in_story || !c->opts.pronouns) return false;
    const lexicon *lx = &c->dict->lex;
    return (c->topic[0] && (dyad__lexicon_has(lx, LEX(LEX_THIRD_PERSON), id) || dyad__word_is(t, "his"))) ||
           (c->thing[0] && dyad__lexicon_has(lx, LEX(LEX_NEUTER), id)) ||
           (c->refs.they[0].seq && dyad__word_is(t, "they"));
}

// How many actors word `id` stands for as the head of a description of
// actors the story named before ("the two countries", "the alliance").
static int story_description(const dyad_coder *c, uint32_t id)
{
    if (!c->in_story || !c->opts.pronouns || !id) return 0;
    const lexicon *lx = &c->dict->lex;
    const story_refs *r = &c->refs;
    if (r->state[0].seq && dyad__lexicon_has(lx, LEX(LEX_PAIR_NOUN) | LEX(LEX_PAIR_ALONE), id))
        return 2;
    if (r->actor[0].seq && dyad__lexicon_has(lx, LEX(LEX_PAIR_SIDE) | LEX(LEX_PAIR_PEOPLE), id))
        return 2;
    bool body = false;
    for (int k = 0; k < REF_N_BODIES; k++) body = body || r->body[k].seq;
    return body && dyad__lexicon_has(lx, LEX(LEX_BODY_NOUN) | LEX(LEX_GROUP_NOUN), id);
}

// "were arrested", "has been charged": a participle of arrest or charge
// right after a form of "be" or "get" (its doer, the police or a court, is
// implied; see events.c).
static bool implied_doer_at(const text_token *toks, int32_t i)
{
    static const char *const arrest[] = {"arrested", "detained", "charged", "indicted", "convicted",
                                         "jailed", "imprisoned", "apprehended", NULL};
    static const char *const aux[] = {"was", "were", "been", "being", "is", "are", "got", "get", NULL};
    slice t = toks[i].norm;
    if (t.n < 7 || t.p[t.n - 1] != 'd' || t.p[t.n - 2] != 'e') return false;  // (cheap test first)
    bool a = false, b = false;
    for (const char *const *w = arrest; *w && !a; w++) a = dyad__word_is(t, *w);
    for (const char *const *w = aux; *w && a && !b; w++) b = dyad__word_is(toks[i - 1].norm, *w);
    return a && b;
}

// Can these tokens give an event at all? A dictionary verb is needed, and
// with require_dyad two actor or agent words (a source and a target).
bool dyad__worth_parsing(const dyad_coder *c, const text_token *toks, const uint32_t *ids,
                         int32_t n)
{
    const dyad_dict *d = c->dict;
    if (c->opts.new_actor_length > 0 || c->opts.parse_all) return true;
    bool verb = false;
    int mentions = 0;
    for (int32_t i = 0; i < n; i++) {
        // short lower-case words ("the" of THE_WHO) do not name anyone alone
        bool small = toks[i].norm.n <= 3 && !(toks[i].flags & (TOK_CAP | TOK_UPPER));
        uint32_t id = ids[i];
        int before = mentions;
        if (id) {
            if (!verb && dyad__verb_first_form(d, id) >= 0) verb = true;
            if (!verb && c->opts.nominal && dyad__noun_first_form(d, id) >= 0) verb = true;
            uint8_t wc = dict_word_class(d, id);
            if ((wc & WC_FIRST) && (wc & (WC_ACTOR | WC_AGENT)) && !small) mentions++;
            else if (dyad__dict_actor_stem(d, toks[i].norm)) mentions++;
        } else if ((toks[i].flags & TOK_ALPHA) && dyad__dict_actor_stem(d, toks[i].norm)) {
            mentions++;
        }
        // news: "were arrested" names its doer by implication (the police)
        if (mentions == before && c->opts.clause_roles && i > 0 && implied_doer_at(toks, i)) mentions++;
        if (mentions == before && (toks[i].flags & TOK_CAP) && is_story_name(c, toks[i].norm))
            mentions++;  // "Conway" after "Kellyanne Conway"
        else if (mentions == before && id && story_pronoun(c, id, toks[i].norm))
            mentions++;  // "he" for the story's person, "it" for its state
        else if (mentions == before)
            mentions += story_description(c, id);  // "the two countries"
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

// ---------------------------------------------------------------- hypothetical

// Is the word of item `it` in one of the lexicon lists `lists`?
static bool leaf_in(const sentence *s, const item *it, uint64_t lists)
{
    return dyad__lexicon_has(&s->dict->lex, lists, s->leaves[it->leaf].id);
}

// The verb group before the phrase has may/might/could/would, or a
// negation (not, n't, never: "police did not shoot the man").
static bool group_has(const sentence *s, int32_t vp_open, uint64_t lists)
{
    for (int32_t i = vp_open - 1; i >= 0; i--) {
        const item *it = &s->items[i];
        if (it->kind == IT_WORD) {
            if (it->tag == TAG_VERB || it->tag == TAG_OTHER) {
                if (leaf_in(s, it, lists)) return true;
                continue;  // auxiliaries and adverbs of the group
            }
            break;
        }
        if (it->kind == IT_OPEN && it->phrase != PH_VP && it->phrase != PH_OTHER) break;
    }
    return false;
}

static bool under_modal(const sentence *s, int32_t vp_open)
{
    return group_has(s, vp_open, LEX(LEX_MODAL) | LEX(LEX_NEGATION));
}

// Does the verb group of the phrase at vp_open hold a modal (not only a
// negation: "did not brief him about his meeting" leaves the meeting held)?
static bool modal_group(const sentence *s, int32_t vp_open) { return group_has(s, vp_open, LEX(LEX_MODAL)); }

// News: the phrase lies inside a conditional clause ("if Russia attacked
// Ukraine", "unless the rebels withdraw"): what it says has not happened.
// "unclear whether Israel attacked" is asked about too, but not what a
// clause inside the question takes as given ("whether the US should strike
// after Assad used chemical weapons").
static bool under_condition(const sentence *s, int32_t vp_open)
{
    int32_t inner = -1;  // the nearest clause around the phrase
    for (int32_t i = vp_open - 1; i >= 0; i--) {
        const item *it = &s->items[i];
        if (it->kind != IT_OPEN || it->mate < vp_open) continue;
        if (it->phrase == PH_REL && inner < 0) inner = i;
        if (it->phrase != PH_SBAR) continue;
        const item *w = &s->items[i + 1];
        slice t = w->kind == IT_WORD && w->leaf >= 0 ? s->leaves[w->leaf].text : (slice){"", 0};
        if (dyad__word_is(t, "if") || dyad__word_is(t, "unless")) return true;
        if (dyad__word_is(t, "whether") && inner < 0) return true;
        if (inner < 0) inner = i;
    }
    return false;
}

// News: "has yet to agree", "have yet to meet": "yet to" before the verb
// says it has not happened.
static bool yet_to(const sentence *s, int32_t vp_open)
{
    int32_t l = -1;
    for (int32_t i = vp_open + 1; i < s->items[vp_open].mate && l < 0; i++)
        if (s->items[i].kind == IT_WORD) l = s->items[i].leaf;
    if (l < 2) return false;
    return dyad__word_is(s->leaves[l - 1].text, "to") && dyad__word_is(s->leaves[l - 2].text, "yet");
}

// The phrase lies inside the verb phrase of a word of irrealis.
// Is the phrase opening at item i a clause that opens with a participle
// and is set off by a comma ("would not comment, accusing the US of lies")?
// It tells what the subject did, outside a modal's mood. (Not outside an
// attempt's or a belief's: "sought to disrupt supply chains, cutting off
// investment" is still the attempt.)
// The item of the first word of the phrase opening at item i, or -1.
static int32_t first_word(const sentence *s, int32_t i)
{
    for (int32_t w = i + 1; w < s->items[i].mate; w++)
        if (s->items[w].kind == IT_WORD) return w;
    return -1;
}

static bool comma_participle(const sentence *s, int32_t i)
{
    const item *it = &s->items[i];
    if (it->kind != IT_OPEN || it->phrase != PH_S) return false;
    int32_t w = first_word(s, i);
    if (w < 0 || s->items[w].tag != TAG_VERB) return false;
    int32_t b = i - 1;
    while (b >= 0 && s->items[b].kind == IT_OPEN) b--;
    return b >= 0 && s->items[b].kind == IT_WORD && s->items[b].tag == TAG_COMMA;
}

static bool under_irrealis(const sentence *s, int32_t vp_open)
{
    for (int32_t i = vp_open - 1; i >= 0; i--) {
        const item *it = &s->items[i];
        if (it->kind != IT_OPEN || it->phrase != PH_VP || it->mate < vp_open) continue;
        const item *v = &s->items[i + 1];
        if (v->kind == IT_WORD && leaf_in(s, v, LEX(LEX_IRREALIS))) return true;
    }
    return false;
}

// Is leaf l the "that" of a noun of report or rumour: "a press report
// that", "claims that", "the notion that" (what the report says is not the
// writer's, nor the speaker's)? Not "Russia claims that" (a verb).
bool dyad__report_that(const sentence *s, int32_t l)
{
    static const char *const nouns[] = {
        "report", "reports", "claim", "claims", "allegation", "allegations", "rumor", "rumors",
        "rumour", "rumours", "speculation", "suggestion", "suggestions", "assertion",
        "assertions", "accusation", "accusations", "fears", "hopes", "theory", "notion", "idea",
        "belief", "impression", "perception", "premise", "contention", "charge", "charges",
        "argument", "arguments", NULL};
    // (evidence only denied: "no evidence that X colluded"; "evidence that
    // Russia is firing artillery" reports it)
    static const char *const evidence[] = {"evidence", "proof", "indication", "sign", NULL};
    if (l < 1 || !dyad__word_is(s->leaves[l].text, "that") || s->leaves[l - 1].tag != TAG_NOUN) return false;
    slice n = s->leaves[l - 1].text;
    for (const char *const *x = nouns; *x; x++)
        if (dyad__word_is(n, *x)) return true;
    for (const char *const *x = evidence; *x; x++)
        if (dyad__word_is(n, *x)) return l >= 2 && dyad__word_is(s->leaves[l - 2].text, "no");
    return false;
}

// The verb phrase lies in a "that" clause of a noun of report or rumour.
bool dyad__under_report_noun(const sentence *s, int32_t vp_open)
{
    for (int32_t i = vp_open - 1; i >= 0; i--) {
        const item *it = &s->items[i];
        if (it->kind != IT_OPEN || it->phrase != PH_SBAR || it->mate < vp_open) continue;
        int32_t k = i + 1;  // the clause's first word: "that", or the one after it
        while (k < it->mate && s->items[k].kind != IT_WORD) k++;
        int32_t l = k < it->mate ? s->items[k].leaf : -1;
        if (l < 2) continue;
        if (!dyad__word_is(s->leaves[l].text, "that")) l--;
        if (dyad__report_that(s, l)) return true;
    }
    return false;
}

static bool word_among(const sentence *s, int32_t at, const char *const *words);

// Is the verb word at item j negated ("did not stop", "won't stop")?
static bool negated_at(const sentence *s, int32_t j)
{
    for (int32_t k = j - 1, words = 0; k >= 0 && words < 3; k--) {
        const item *it = &s->items[k];
        if (it->kind != IT_WORD) continue;
        words++;
        if (leaf_in(s, it, LEX(LEX_NEGATION))) return true;
        if (it->tag != TAG_VERB && it->tag != TAG_OTHER) break;
    }
    return false;
}

// "keep a con man from taking over", "barred Russia from competing": is
// the "from" at item i that of a verb of prevention, its object between?
static bool prevented(const sentence *s, int32_t i)
{
    static const char *const prevent[] = {
        "keep", "keeps", "kept", "keeping", "stop", "stops", "stopped", "stopping", "prevent",
        "prevents", "prevented", "preventing", "bar", "bars", "barred", "barring", "block", "blocks",
        "blocked", "blocking", "ban", "bans", "banned", "banning", "deter", "deters", "deterred",
        "deterring", "discourage", "discourages", "discouraged", "discouraging", "prohibit",
        "prohibits", "prohibited", "prohibiting", "restrain", "restrains", "restrained", "restraining",
        "refrain", "refrains", "refrained", "refraining", "dissuade", "dissuades", "dissuaded",
        "dissuading", "forbid", "forbids", "forbade", "forbidden", "forbidding", NULL};
    for (int32_t j = i - 1, words = 0; j >= 0 && words < 10; j--) {
        const item *it = &s->items[j];
        if (it->kind == IT_OPEN && (it->phrase == PH_S || it->phrase == PH_SBAR || it->phrase == PH_REL) &&
            it->mate > i)
            return false;  // the clause around the "from" begins: no verb of it before
        if (it->kind != IT_WORD) continue;
        words++;
        if (it->tag == TAG_VERB) return word_among(s, j, prevent) && !negated_at(s, j);
    }
    return false;
}

// An infinitive ("to") after a word of intent or readiness opens the phrase,
// or a gerund after "for" and a noun of planning ("a strategy for
// destroying ISIL", "plans for attacking"), or after "for" or "of" and a word
// of acts not done ("argued for attacking", "capable of striking").
static bool intent_infinitive(const sentence *s, int32_t vp_open)
{
    static const char *const planning[] = {"strategy", "strategies", "plan", "plans", "proposal",
                                           "proposals", "blueprint", "options", "option", "scheme",
                                           "schemes", "idea", "ideas", "preparations", NULL};
    int32_t i = vp_open - 1;
    while (i >= 0 && s->items[i].kind != IT_WORD) i--;
    if (i >= 0 && s->items[i].tag == TAG_IN) {
        slice w = s->leaves[s->items[i].leaf].text;
        bool to = dyad__word_is(w, "to"), gerund_for = dyad__word_is(w, "for"), gerund_of = dyad__word_is(w, "of");
        if (dyad__word_is(w, "from") && prevented(s, i)) return true;
        // "his tough stance on deporting immigrants": a stance or a policy
        // on an act is no act
        if (dyad__word_is(w, "on")) {
            static const char *const stance[] = {"stance", "position", "positions", "policy", "policies",
                                                 "approach", "views", "view", "debate", "rhetoric",
                                                 "record", "focus", "emphasis", "insistence", NULL};
            int32_t j = i - 1;
            while (j >= 0 && s->items[j].kind != IT_WORD) j--;
            if (j >= 0 && s->items[j].tag == TAG_NOUN && word_among(s, j, stance)) return true;
        }
        if (to || gerund_for || gerund_of) {
            int32_t j = i - 1;
            while (j >= 0 && s->items[j].kind != IT_WORD) j--;
            if (to && j >= 0 && leaf_in(s, &s->items[j], LEX(LEX_INTENT))) return true;
            if (gerund_for && j >= 0 && s->items[j].tag == TAG_NOUN && word_among(s, j, planning)) return true;
            // a word of acts not done, as for nouns (LEX_NOT_DONE): "argued
            // for attacking North Korea", "is capable of striking", "stopped
            // short of committing", "the risk of attacking"
            if ((gerund_for || gerund_of) && j >= 0 && leaf_in(s, &s->items[j], LEX(LEX_NOT_DONE))) return true;
        }
    }
    return false;
}

// A verb phrase that reports no act: its verb group has may/might/could/
// would, or it lies inside the verb phrase of believing, expecting,
// predicting, or of aiming, planning, threatening or promising: "Analysts
// believe he seeks to strengthen ties", "X threatened to attack Y" (the
// threat is coded by the verb's own patterns; the attack did not happen).
static int32_t infinitive_head(const sentence *s, int32_t vp_open);
static bool word_among(const sentence *s, int32_t at, const char *const *words);
static int32_t vp_of_word(const sentence *s, int32_t at);

// Verbs that pass their mood to an infinitive ("would continue to attack"),
// and words of readiness ("was ready to meet").
static const char *const aspect_verbs[] = {"continue", "continues", "continued", "continuing",
                                           "keep", NULL};
static const char *const readiness[] = {"ready", "willing", "prepared", NULL};

// "is close to reopening talks", "on the verge of signing": an act only
// nearly reached.
static bool nearly(const sentence *s, int32_t vp_open)
{
    if (vp_open + 1 >= s->n_items || s->items[vp_open + 1].kind != IT_WORD) return false;
    int32_t l = s->items[vp_open + 1].leaf;
    if (l < 2) return false;
    slice p = s->leaves[l - 1].text, q = s->leaves[l - 2].text;
    if (dyad__word_is(p, "to"))
        return dyad__word_is(q, "close") || dyad__word_is(q, "closer") || dyad__word_is(q, "near") ||
               dyad__word_is(q, "nearer");
    if (dyad__word_is(p, "of"))
        return dyad__word_is(q, "verge") || dyad__word_is(q, "brink");
    return false;
}

// "is considering attacking Iran", "weighed striking", "debated whether to
// strike", "unclear whether Iran attacked": an act weighed (a gerund right
// after a verb of weighing) or asked about ("whether", "whether to" just
// before the verb group) is not done. Not "weighed in, criticizing" (a
// comma between) nor "considers Hamas, which has killed" (no gerund).
static bool weighed_act(const sentence *s, int32_t vp_open)
{
    static const char *const weighing[] = {
        "consider", "considers", "considered", "considering", "weigh", "weighs", "weighed",
        "weighing", "mull", "mulls", "mulled", "mulling", "debate", "debates", "debated",
        "debating", "contemplate", "contemplates", "contemplated", "contemplating", "ponder",
        "ponders", "pondered", "pondering", "discuss", "discusses", "discussed", "discussing", NULL};
    if (vp_open + 1 >= s->n_items || s->items[vp_open + 1].kind != IT_WORD) return false;
    int32_t l = s->items[vp_open + 1].leaf;
    if (l < 1) return false;
    slice v = s->leaves[l].text;
    int32_t p = l - 1;
    if (dyad__word_is(s->leaves[p].text, "to") && p >= 1) p--;  // "whether to strike"
    if (dyad__word_is(s->leaves[p].text, "whether")) return true;
    if (!dyad__ing_form(v) || s->leaves[l - 1].tag != TAG_VERB) return false;
    slice w = s->leaves[l - 1].text;  // (a verb: not "after the debate, questioning")
    for (const char *const *x = weighing; *x; x++)
        if (dyad__word_is(w, *x)) return true;
    // and of acts not done, as for nouns: "advocated arming the rebels",
    // "denied attacking the convoy", "avoided striking"
    return dyad__lexicon_has(&s->dict->lex, LEX(LEX_NOT_DONE), s->leaves[l - 1].id);
}

// "neither Russia nor China": is NE e (or the coordination it is a member
// of) opened by "neither"?
static bool neither_member(const sentence *s, const ne_phrase *e)
{
    if (e->nec >= 0) e = &s->nes[e->nec];
    int32_t l = e->first_leaf;
    if (l < 0) return false;
    return dyad__word_is(s->leaves[l].text, "neither") ||
           (l > 0 && dyad__word_is(s->leaves[l - 1].text, "neither"));
}

// "Neither Russia nor China criticized Japan": a subject of "neither ...
// nor" did not act. (The subject is looked for only when "neither" comes
// before the verb: this runs for every verb.)
static bool neither_subject(const sentence *s, int32_t vp_open)
{
    bool seen = false;
    for (int32_t i = 0; i < vp_open && !seen; i++)
        seen = s->items[i].kind == IT_WORD && s->items[i].leaf >= 0 &&
               dyad__word_is(s->leaves[s->items[i].leaf].text, "neither");
    if (!seen) return false;
    int32_t src = dyad__verb_default_source(s, vp_open + 1, true);
    return src >= 0 && neither_member(s, &s->nes[src]);
}

// An infinitive of intent or a modal verb phrase around the phrase, in the
// same clause: "is scheduled to visit Washington to meet Lighthizer", "would
// have to get more involved in fighting ISIS" (the inner act is as unreal as
// the outer).
// Does the phrase at item `at` lie in a clause reported by a verb of
// saying ("said the U.S. would abandon")?
// Is the verb phrase opening at item vp headed by a verb of saying or
// asserting (with `more`, also of declaring, warning, vowing, arguing)?
static bool said_by(const sentence *s, int32_t vp, bool more)
{
    static const char *const reporting[] = {"declared", "declares", "warned", "warns", "vowed", "vows",
                                            "argued", "argues", "indicated", "signaled", "signalled", NULL};
    int32_t w = first_word(s, vp);
    return w >= 0 && (leaf_in(s, &s->items[w], LEX(LEX_SPEECH) | LEX(LEX_ASSERT)) ||
                      (more && word_among(s, w, reporting)));
}

static bool inside_report(const sentence *s, int32_t at)
{
    for (int32_t i = at - 1; i >= 0; i--) {
        if (s->items[i].kind != IT_OPEN || s->items[i].phrase != PH_SBAR || s->items[i].mate < at) continue;
        for (int32_t v = i - 1; v >= 0; v--) {
            const item *it = &s->items[v];
            if (it->kind != IT_OPEN || it->mate < i) continue;
            if (it->phrase == PH_VP && said_by(s, v, true)) return true;
            break;
        }
    }
    return false;
}

static bool inside_intent_infinitive(const sentence *s, int32_t vp_open)
{
    // (a participle after a noun tells a fact: "would join the search for
    // schoolgirls kidnapped by Islamic terrorists")
    if (dyad__reduced_relative(s, vp_open) >= 0) return false;
    static const char *const reason[] = {"for", "after", "despite", "since", "following", "because", NULL};
    bool participle = false;
    for (int32_t i = vp_open - 1; i >= 0; i--) {
        const item *it = &s->items[i];
        if (it->kind != IT_OPEN || it->mate < vp_open) continue;
        if (it->phrase == PH_SBAR || it->phrase == PH_REL) return false;
        // a reason or a time told as a fact ("could face sanctions for
        // poisoning Skripal") and a participle set off by a comma ("would
        // not comment, accusing the US of lies") are not in the mood
        int32_t w = first_word(s, i);
        if (w >= 0 && it->phrase == PH_OTHER && word_among(s, w, reason)) return false;
        if (comma_participle(s, i)) {
            participle = true;
            continue;
        }
        if (it->phrase != PH_VP) continue;
        // ("would retaliate, using its artillery to strike": an affirmative
        // modal's participle is in its mood; a negated one's tells a fact)
        // (a reported clause's: "said the U.S. would abandon the treaty,
        // accusing Russia" is the speaker's accusation)
        if (participle && modal_group(s, i))
            return !group_has(s, i, LEX(LEX_NEGATION)) && !inside_report(s, i);
        if (participle && intent_infinitive(s, i)) return false;
        if (!participle && (intent_infinitive(s, i) || modal_group(s, i))) return true;
    }
    return false;
}

bool dyad__unsaid(const sentence *s, int32_t vp_open)
{
    // (not past an adverbial clause: "did not say ..., though he called
    // the Jewish state a friend")
    static const char *const adverbial[] = {"though", "although", "as", "while", "because", "but",
                                            "when", "after", "before", "since", "whereas", "even", NULL};
    for (int32_t i = vp_open - 1; i >= 0; i--) {
        const item *it = &s->items[i];
        if (it->kind != IT_OPEN || it->mate < vp_open) continue;
        if (it->phrase == PH_REL) return false;  // "the special counsel, who is investigating"
        if (it->phrase == PH_SBAR && word_among(s, first_word(s, i), adverbial)) return false;
        if (it->phrase == PH_VP && said_by(s, i, false) && group_has(s, i, LEX(LEX_NEGATION))) return true;
    }
    return false;
}

bool dyad__hypothetical(const sentence *s, int32_t vp_open)
{
    if (nearly(s, vp_open)) return true;
    if (s->be_forms && dyad__unsaid(s, vp_open)) return true;
    if (s->be_forms && neither_subject(s, vp_open)) return true;
    if (s->be_forms && weighed_act(s, vp_open)) return true;
    // "would continue to attack": the mood of "continue" is the act's
    int32_t head = infinitive_head(s, vp_open);
    if (word_among(s, head, aspect_verbs)) {
        int32_t vp = vp_of_word(s, head);
        if (vp >= 0 && vp < vp_open && under_modal(s, vp)) return true;
    }
#ifdef DYAD_TRACE
    {
        const char *why = under_modal(s, vp_open)                                ? "modal"
                          : under_irrealis(s, vp_open)                           ? "irrealis"
                          : s->be_forms && under_condition(s, vp_open)           ? "condition"
                          : s->be_forms && yet_to(s, vp_open)                    ? "yet to"
                          : intent_infinitive(s, vp_open)                        ? "intent infinitive"
                          : s->be_forms && inside_intent_infinitive(s, vp_open) ? "inside intent"
                          : dyad__under_report_noun(s, vp_open)                  ? "report noun"
                                                                                 : NULL;
        if (why) fprintf(stderr, "trace:   unreal (%s)\n", why);
    }
#endif
    return under_modal(s, vp_open) || under_irrealis(s, vp_open) ||
           (s->be_forms && (under_condition(s, vp_open) || yet_to(s, vp_open))) ||
           intent_infinitive(s, vp_open) || (s->be_forms && inside_intent_infinitive(s, vp_open)) ||
           dyad__under_report_noun(s, vp_open);
}

// ---------------------------------------------------------------- intent

// The item before which the verb group of the phrase at vp_open opens, and
// its mood: 'w' for "would"/"will", 's' for "should"/"must", 0 for none or
// another modal or a negation.
static char verb_mood(const sentence *s, int32_t vp_open, int32_t *group)
{
    char mood = 0;
    int32_t i = vp_open - 1;
    for (; i >= 0; i--) {
        const item *it = &s->items[i];
        if (it->kind == IT_WORD) {
            if (it->tag != TAG_VERB && it->tag != TAG_OTHER) break;
            slice w = s->leaves[it->leaf].text;
            if (dyad__word_is(w, "would") || dyad__word_is(w, "will") || dyad__word_is(w, "shall"))
                mood = mood ? -1 : 'w';
            else if (dyad__word_is(w, "should") || dyad__word_is(w, "must")) mood = mood ? -1 : 's';
            else if (leaf_in(s, it, LEX(LEX_MODAL) | LEX(LEX_NEGATION))) return 0;
            continue;
        }
        if (it->kind == IT_OPEN && it->phrase != PH_VP && it->phrase != PH_OTHER) break;
    }
    *group = i;
    return mood > 0 ? mood : 0;
}

// The CAMEO demand (10x) an act asked of someone else expresses, or NULL:
// meet 108, support 102, cooperate 100, aid 103, release 1053, ease
// sanctions 1054, allow involvement 1055, de-escalate 1056, withdraw 106,
// yield 100, investigate 101.
static const char *demand_of(const char *code)
{
    if (!code || !code[0] || !code[1]) return NULL;
    int root = dyad__cameo_root(code);
    switch (root) {
    case 4: return "108";
    case 5: return "102";
    case 6: return "100";
    case 7: return "103";
    case 8:
        if (!strncmp(code, "0841", 4)) return "1053";
        if (!strncmp(code, "085", 3)) return "1054";
        if (!strncmp(code, "086", 3)) return "1055";
        if (!strncmp(code, "0874", 4)) return "106";
        if (!strncmp(code, "087", 3)) return "1056";
        return "100";
    case 9: return "101";
    default: return NULL;
    }
}

// The CAMEO intent (03x) or threat (13x) an act stated with would/will
// expresses, or NULL: meet 036, cooperate 032/031, aid 033, yield 035,
// reduce relations 131, sanctions 1312, repress 137, force 138.
static const char *intent_of(const char *code)
{
    if (!code || !code[0] || !code[1]) return NULL;
    int root = dyad__cameo_root(code);
    switch (root) {
    case 4: return "036";
    case 5: return "032";
    case 6: return "031";
    case 7: return "033";
    case 8: return "035";
    case 16: return !strncmp(code, "163", 3) ? "1312" : "131";
    case 17: return "137";
    case 18: case 19: case 20: return "138";
    default: return NULL;
    }
}

// The speaker of a verb of saying after leaf `from` ("..., the ministry
// said", "..., said the ministry"), by the leaves (comma deletion may have
// taken the clause out of the items); -1 when none or two of different codes.
static int32_t trailing_speaker(const sentence *s, int32_t from)
{
    const lexicon *lx = &s->dict->lex;
    int32_t found = -1;
    for (int32_t l = from > 0 ? from : 1; l < s->n_leaves; l++) {
        if (s->leaves[l].tag != TAG_VERB || !dyad__lexicon_has(lx, LEX(LEX_SPEECH), s->leaves[l].id))
            continue;
        int32_t ne = -1;
        for (int32_t i = 0; i < s->n_nes && ne < 0; i++) {
            const ne_phrase *e = &s->nes[i];  // (comma deletion may have closed it: open < 0)
            if (e->compound || e->first_leaf < 0) continue;
            if (e->last_leaf == l - 1 || e->first_leaf == l + 1) ne = i;
        }
        if (ne < 0 || !s->nes[ne].code || !strncmp(s->nes[ne].code, "---", 3)) continue;
        if (found >= 0 && strcmp(s->nes[found].code, s->nes[ne].code)) return -1;
        found = ne;
    }
    return found;
}

// The word before the "to" that opens the infinitive at vp_open ("ready" of
// "was ready to ease", "continue" of "would continue to support"), or -1.
static int32_t infinitive_head(const sentence *s, int32_t vp_open)
{
    int32_t i = vp_open - 1;
    if (i < 1 || s->items[i].kind != IT_WORD || s->items[i].leaf < 0 ||
        !dyad__word_is(s->leaves[s->items[i].leaf].text, "to"))
        return -1;
    for (i--; i >= 0 && s->items[i].kind != IT_WORD; i--)
        if (s->items[i].kind == IT_OPEN && s->items[i].phrase != PH_VP &&
            s->items[i].phrase != PH_S && s->items[i].phrase != PH_OTHER)
            return -1;
    return i;
}

static bool word_among(const sentence *s, int32_t at, const char *const *words)
{
    if (at < 0 || s->items[at].kind != IT_WORD || s->items[at].leaf < 0) return false;
    for (const char *const *w = words; *w; w++)
        if (dyad__word_is(s->leaves[s->items[at].leaf].text, *w)) return true;
    return false;
}

// The verb phrase that opens with the word at `at`, or -1.
static int32_t vp_of_word(const sentence *s, int32_t at)
{
    int32_t i = at - 1;
    while (i >= 0 && s->items[i].kind == IT_OPEN && s->items[i].phrase != PH_VP) i--;
    return i >= 0 && s->items[i].kind == IT_OPEN && s->items[i].phrase == PH_VP ? i : -1;
}

// The enclosing verb phrase of a verb of saying, from item `from` back: its
// subject is the speaker. -2 when a verb phrase of another verb encloses
// `inner` first, -1 when none does.
static int32_t speech_vp(const sentence *s, int32_t from, int32_t inner)
{
    for (int32_t i = from; i >= 0; i--) {
        const item *it = &s->items[i];
        if (it->kind == IT_OPEN && it->phrase == PH_VP && it->mate > inner) {
            const item *v = &s->items[i + 1];
            return v->kind == IT_WORD && leaf_in(s, v, LEX(LEX_SPEECH)) ? i : -2;
        }
    }
    return -1;
}

const char *dyad__stated_intent(const sentence *s, int32_t vp_open, const char *code,
                                int32_t *speaker, bool *demand, bool *self)
{
    *self = false;
    // "would continue to support": the mood of "continue" is the act's
    int32_t head = infinitive_head(s, vp_open);
    if (word_among(s, head, aspect_verbs)) {
        int32_t vp = vp_of_word(s, head);
        if (vp >= 0) return dyad__stated_intent(s, vp, code, speaker, demand, self);
    }
    int32_t group;
    char mood = verb_mood(s, vp_open, &group);
    // "said it was ready to ease sanctions", "India is willing to work with
    // Bangladesh": readiness states an intent, the subject's own when no
    // verb of saying reports it
    if (!mood && word_among(s, head, readiness)) {
        int32_t be = head;
        while (be >= 0 && !(s->items[be].kind == IT_OPEN && s->items[be].phrase == PH_VP &&
                            s->items[be].mate > vp_open))
            be--;
        if (be < 0) return NULL;
        char m2 = verb_mood(s, be, &group);
        // "would be ready to": a condition; "never was ready to": none
        if (m2 || under_modal(s, be)) return NULL;
        for (int32_t k = be + 1; k < head; k++)  // "was not ready to"
            if (s->items[k].kind == IT_WORD && leaf_in(s, &s->items[k], LEX(LEX_MODAL) | LEX(LEX_NEGATION)))
                return NULL;
        *demand = false;
        const char *intent = intent_of(code);
        if (!intent) return NULL;
        int32_t say = speech_vp(s, be - 1, vp_open);
        if (say == -2) return NULL;
        if (say < 0) {
            *self = true;
            *speaker = -1;
            return intent;
        }
        *speaker = dyad__verb_default_source(s, say + 1, true);
        return *speaker >= 0 ? intent : NULL;
    }
    *demand = mood == 's';
    const char *intent = mood == 'w' ? intent_of(code) : mood == 's' ? demand_of(code) : NULL;
    if (!intent || group < 0) return NULL;
    // the clause is what a verb of saying reports: "Russia said it would ...",
    // or one after it: "China will meet Japan next month, the ministry said"
    int32_t say = speech_vp(s, group, vp_open);
    if (say == -1) {
        int32_t last = -1;  // the act's last word
        for (int32_t k = vp_open; k <= s->items[vp_open].mate; k++)
            if (s->items[k].kind == IT_WORD && s->items[k].leaf > last) last = s->items[k].leaf;
        *speaker = last >= 0 ? trailing_speaker(s, last + 1) : -1;
        return *speaker >= 0 ? intent : NULL;
    }
    if (say < 0) return NULL;
    *speaker = dyad__verb_default_source(s, say + 1, true);
    return *speaker >= 0 ? intent : NULL;
}

// The subject of the clause whose verb phrase opens at vp_open is the
// speaker's own: a pronoun ("said it would"), or an actor of the same code.
bool dyad__own_subject(const sentence *s, int32_t subject, int32_t speaker)
{
    if (subject < 0 || speaker < 0) return false;
    const ne_phrase *e = &s->nes[subject];
    if (dyad__ne_pronoun(s, e)) return true;
    // "his country", "its government": the speaker's own
    if (e->first_leaf >= 0 && e->last_leaf == e->first_leaf + 1 && s->leaves[e->first_leaf].tag == TAG_PRP) {
        slice h = s->leaves[e->last_leaf].text;
        slice p = s->leaves[e->first_leaf].text;  // ("their" may be a third party's)
        if (!dyad__word_is(p, "their") &&
            (dyad__word_is(h, "country") || dyad__word_is(h, "nation") || dyad__word_is(h, "government")))
            return true;
    }
    const char *a = e->code, *b = s->nes[speaker].code;
    if (!a || !b) return false;
    if (!strcmp(a, b)) return true;
    // "Abe said Japan will send aid", "Russia said Putin will": a
    // government and its state speak for each other
    size_t na = strlen(a), nb = strlen(b);
    if (na == 3 && nb == 6 && !strncmp(a, b, 3) && !strcmp(b + 3, "GOV")) return true;
    return nb == 3 && na == 6 && !strncmp(a, b, 3) && !strcmp(a + 3, "GOV");
}

// ---------------------------------------------------------------- reach

// Does the SBAR opening at item k open with a subordinator of time or
// cause (after, before, when, while, as, because, since, until) and hold a
// clause with a noun phrase of its own?
bool dyad__adverbial_clause(const sentence *s, int32_t k)
{
    static const char *const subs[] = {"after", "before", "when", "while", "because", "since",
                                       "until", "as", "where", "although", "though", "whereas", NULL};
    const item *w = &s->items[k + 1];
    if (w->kind != IT_WORD || w->leaf < 0) return false;
    bool sub = false;
    for (const char *const *p = subs; *p && !sub; p++) sub = dyad__word_is(s->leaves[w->leaf].text, *p);
    if (!sub) return false;
    for (int32_t i = k + 2; i < s->items[k].mate; i++)
        if (s->items[i].kind == IT_OPEN && (s->items[i].phrase == PH_NE || s->items[i].phrase == PH_NEC))
            return true;
    return false;
}

// "the same day the U.S. and Russia agreed": a clause (SBAR) opening with
// its own subject right after a noun that names no actor (a relative clause
// with its "that" left out), not after the verb itself or an actor ("told
// reporters Russia attacked").
static bool zero_relative(const sentence *s, int32_t k)
{
    if (k < 1 || k + 2 >= s->n_items) return false;
    const item *in = &s->items[k + 1], *first = &s->items[k + 2];
    if (in->kind != IT_OPEN || in->phrase != PH_S) return false;
    if (first->kind != IT_OPEN || (first->phrase != PH_NE && first->phrase != PH_NEC)) return false;
    int32_t j = k - 1;
    while (j > 0 && s->items[j].kind == IT_CLOSE && s->items[j].phrase == PH_OTHER) j--;
    const item *before = &s->items[j];
    if (before->kind == IT_CLOSE && before->phrase == PH_NE)  // "the same day": no actor
        return !strcmp(s->nes[before->ne].code, "---") && !s->nes[before->ne].person;
    return before->kind == IT_WORD && before->tag == TAG_NOUN;
}

// Does the verb phrase opening at item k start with an -ing verb right
// after "by" ("by expelling ...")?
static bool by_gerund(const sentence *s, int32_t k)
{
    if (k + 1 >= s->n_items || s->items[k + 1].kind != IT_WORD || s->items[k + 1].leaf < 0) return false;
    slice v = s->leaves[s->items[k + 1].leaf].text;
    if (!dyad__ing_form(v)) return false;
    int32_t j = k - 1;
    while (j >= 0 && s->items[j].kind == IT_OPEN) j--;
    return j >= 0 && s->items[j].kind == IT_WORD && s->items[j].leaf >= 0 &&
           dyad__word_is(s->leaves[s->items[j].leaf].text, "by");
}

// Verbs inside a coded verb phrase are not coded again, even when it gave no
// event: "Russia denied attacking Ukraine" is no attack. With clause_roles, a
// reported clause is the exception when the verb gave nothing: "Germany said
// Russia attacked Ukraine" is an attack, and so is the act it was done by:
// "retaliated by expelling two diplomats".
int32_t dyad__next_vp(const sentence *s, const verb_match *m, size_t added, bool clause_roles)
{
    if (!clause_roles) return m->vp_close;
    for (int32_t k = m->last + 1; k < m->vp_close; k++) {
        const item *it = &s->items[k];
        if (it->kind != IT_OPEN) continue;
        // a relative clause has a subject of its own: "criticized Saudi
        // Arabia, which has accused Iran"; so has an adverbial clause
        // ("warned Iran after Israel struck Syria") and a passive participle
        // clause ("joined the search for schoolgirls kidnapped by militants")
        if (it->phrase == PH_VP && k > m->last + 1 && dyad__reduced_passive(s, k))
            return k - 2;
        // so has a clause with its own subject after a noun that is no
        // actor ("met on the same day the U.S. and Russia agreed")
        if (it->phrase == PH_SBAR && added && zero_relative(s, k)) return k - 1;
        // and an object relative clause ("welcomed the diplomats whom
        // Kuwait had expelled")
        if (it->phrase == PH_SBAR && s->items[k - 1].kind == IT_WORD && s->items[k - 1].leaf >= 0 &&
            (dyad__word_is(s->leaves[s->items[k - 1].leaf].text, "whom") ||
             dyad__word_is(s->leaves[s->items[k - 1].leaf].text, "which")))
            return k - 1;
        // and a participle after a comma is an act of its own, done by the
        // subject ("expelled them, accusing them of meddling")
        if (it->phrase == PH_VP && k > m->last + 1 && dyad__participle_host(s, k + 1) >= 0)
            return k - 1;
        // an act that gave no event does not hide the one it was done by:
        // "Russia retaliated by expelling two British diplomats"
        if (!added && it->phrase == PH_VP && by_gerund(s, k)) return k - 1;
        if (it->phrase == PH_REL || (!added && it->phrase == PH_SBAR) ||
            (it->phrase == PH_SBAR && dyad__adverbial_clause(s, k)))
            return k - 1;
    }
    return m->vp_close;
}

// ---------------------------------------------------------------- events

// Does an actor code hold a sector ("USAMED", "---GOVMED") at a three-letter
// boundary after its first part?
static bool holds_sector(const char *code, const char *sector)
{
    size_t n = strlen(code);
    for (size_t i = 3; i + 3 <= n; i += 3)
        if (!memcmp(code + i, sector, 3)) return true;
    return false;
}

bool dyad__civic_sector(const char *code)
{
    static const char *const civic[] = {"GOV", "LEG", "ELI", "PTY", "OPP", "MED", "JUD", "BUS",
                                        "NGO", "EDU", "HRI", "LAB", NULL};
    if (strlen(code) < 6) return false;
    for (const char *const *k = civic; *k; k++)
        if (!memcmp(code + 3, *k, 3)) return true;
    return false;
}

bool dyad__home_quarrel(const char *src, const char *tgt)
{
    if (!dyad__civic_sector(src) || !strncmp(src, "---", 3)) return false;
    if (strlen(tgt) < 6 || strncmp(src, tgt, 3)) return false;
    return dyad__civic_sector(tgt) || !memcmp(tgt + 3, "COP", 3) || !memcmp(tgt + 3, "SPY", 3);
}

bool dyad__ne_place_state(const sentence *s, const ne_phrase *e)
{
    return !e->compound && e->code && strlen(e->code) == 3 && dyad__cameo_is_state(e->code) &&
           e->first_leaf > 0 &&
           dyad__lexicon_has(&s->dict->lex, LEX(LEX_PLACE_PREP), s->leaves[e->first_leaf - 1].id);
}

bool dyad__ne_bloc(const ne_phrase *e)
{
    if (e->compound || !e->code) return false;
    if (!strcmp(e->code, "---")) return true;
    return strlen(e->code) == 3 && !dyad__cameo_is_state(e->code) && strncmp(e->code, "IGO", 3) &&
           strncmp(e->code, "NGO", 3) && strncmp(e->code, "IMG", 3);
}

bool dyad__event_ruled_out(const sentence *s, const dyad_options *o, const char *code,
                           const char *src, int32_t src_ne, const char *tgt, int32_t tgt_ne)
{
    // "Kim left Pyongyang": an actor and its own country are one side (not
    // a person of that country: "the FBI is investigating Snowden")
    // (an entry of neither countries nor places may still be a city: not
    // for visits and seizures of ground, whose targets are places)
    const ne_phrase *t = tgt_ne >= 0 ? &s->nes[tgt_ne] : NULL;
    int root = dyad__cameo_root(code);
    // "criticized neither China nor Japan": no one was the target
    if (o->clause_roles && t && neither_member(s, t)) return true;
    // (an entry with no offices counts when named like a person, in two or
    // three capitalised words: a file of any name may hold cities too)
    bool person = t && !t->described &&
                  (t->person || (t->thing && t->inferred) ||
                   (t->named && !t->place && !t->thing && !t->located && t->surname.n && root != 4 &&
                    root != 19));
    // (nor is a state attacked by its own rebels, militias or criminals:
    // "Taliban militants targeted Kabul")
    // (named so, not placed by the story or the sentence; the state itself,
    // not a thing or a place in it: "attacked a police station in Maiduguri")
    // (a town seized is the state's ground: "seized the city of Wad Madani", 192)
    bool seized = !strncmp(code, "192", 3);
    bool insurgent = root >= 18 && src_ne >= 0 && !s->nes[src_ne].inferred && t &&
                     ((!t->located && !t->thing && !dyad__ne_place_state(s, t)) || seized) &&
                     (holds_sector(src, "REB") || holds_sector(src, "INS") || holds_sector(src, "UAF") ||
                      holds_sector(src, "RAD") || holds_sector(src, "CRM"));
    if (!o->same_country && strlen(tgt) == 3 && !strncmp(src, tgt, 3) &&
        !(o->clause_roles && (person || insurgent)))
        return true;
    // "police arrested protesters" in a story with no clear state: neither
    // side has a country, the event says nothing of who did what to whom
    if (o->story_country && !strncmp(src, "---", 3) && !strncmp(tgt, "---", 3))
        return true;
    // a place ("the cease-fire in Gaza") does nothing, even in the other
    // half of a paired code
    if (src_ne >= 0 && s->nes[src_ne].located && !s->nes[src_ne].acts &&
        !(s->nes[src_ne].fires && dyad__cameo_root(code) >= 17))
        return true;
    // "Trump told Fox News": a statement made through the press is not one
    // addressed to it (news mode)
    if (o->clause_roles && !strcmp(code, "010") && holds_sector(tgt, "MED")) return true;
    // "Speaking to the BBC", "NPR spoke with officials", "Fox News hosted
    // Clinton": an interview is no consultation or visit (04) (news mode)
    if (o->clause_roles && !strncmp(code, "04", 2) && (holds_sector(tgt, "MED") || holds_sector(src, "MED")))
        return true;
    return false;
}

// ---------------------------------------------------------------- topic

// Does the compound `nec` join people named in full ("Emmanuel Macron and
// Olaf Scholz", not "Gantz, a former chief and Netanyahu's rival") of
// different codes?
static bool two_people(const sentence *s, int32_t nec)
{
    const char *first = NULL;
    for (int32_t i = 0; i < s->n_nes; i++) {
        const ne_phrase *m = &s->nes[i];
        if (m->nec != nec || !m->person || !m->code || !m->surname.n || m->last_leaf < 0)
            continue;
        slice last = s->leaves[m->last_leaf].text;
        if (!dyad__same_word(last, m->surname)) continue;
        if (!first) first = m->code;
        else if (strcmp(first, m->code)) return true;
    }
    return false;
}

// Is NE e one actor named by a plural ("the Palestinians", "protesters",
// "the militants"): a code, its last word a plural in -s, not the name of a
// country or place ("the United States", "the Philippines")?
static bool plural_actor(const sentence *s, const ne_phrase *e)
{
    if (e->compound || e->nec >= 0 || !e->code || !strncmp(e->code, "---", 3) || e->person ||
        e->thing || e->located || strchr(e->code, '/') || e->last_leaf < 0 || dyad__ne_pronoun(s, e))
        return false;
    slice w = s->leaves[e->last_leaf].text;
    if (s->leaves[e->last_leaf].tag != TAG_NOUN || w.n <= 3 || (w.p[w.n - 1] | 32) != 's' ||
        (w.p[w.n - 2] | 32) == 's' || (w.p[w.n - 2] | 32) == 'u' || w.p[w.n - 2] == '\'')
        return false;
    // not the entry's own name ("the United States", "the Philippines")
    return !e->own_name;
}

// "Britain, France and Germany urged Trump to stay. All vowed to work with
// him": the distinct coded members of a subject's coordination (up to six)
// are what a later "all" or "the three" refers to; a subject of one actor
// ends it.
static void note_group(dyad_coder *c, int32_t nec)
{
    const sentence *s = &c->sent;
    story_refs *r = &c->refs;
    int n = 0;
    story_ref g[STORY_GROUP_MAX];
    for (int32_t i = 0; nec >= 0 && i < s->n_nes; i++) {
        const ne_phrase *m = &s->nes[i];
        if (m->nec != nec || !m->code || !strncmp(m->code, "---", 3) || strchr(m->code, '/')) continue;
        bool seen = false;
        for (int k = 0; k < n && !seen; k++) seen = !strcmp(g[k].code, m->code);
        if (seen) continue;
        if (n == STORY_GROUP_MAX) {
            n = 0;  // more than that: no group a count could name
            break;
        }
        snprintf(g[n].code, sizeof g[n].code, "%s", m->code);
        snprintf(g[n].entry, sizeof g[n].entry, "the subject before, %s", m->entry ? m->entry : m->code);
        g[n].seq = 1;
        n++;
    }
    r->n_group = n >= 2 ? n : 0;
    for (int k = 0; k < r->n_group; k++) r->group[k] = g[k];
}

// "Russia and China signed a pact. They also agreed ...": a subject that
// joins two actors of different codes is what a later "they" refers to, and
// so is one actor named by a plural ("the Palestinians"); a subject of one
// actor named in the singular ends it.
static void note_they(dyad_coder *c, int32_t subject)
{
    const sentence *s = &c->sent;
    story_ref *they = c->refs.they;
    int32_t nec = s->nes[subject].nec;
    int n = 0;
    for (int32_t i = 0; nec >= 0 && i < s->n_nes && n < 3; i++) {
        const ne_phrase *m = &s->nes[i];
        if (m->nec != nec || !m->code || !strncmp(m->code, "---", 3) || strchr(m->code, '/')) continue;
        if (n == 1 && !strcmp(they[0].code, m->code)) continue;
        if (n < 2) {
            snprintf(they[n].code, sizeof they[n].code, "%s", m->code);
            snprintf(they[n].entry, sizeof they[n].entry, "they: the subject before, %s",
                     m->entry ? m->entry : m->code);
            they[n].seq = 1;
        }
        n++;
    }
    if (n != 2) they[0].seq = they[1].seq = 0;
    note_group(c, nec);
    // "The Palestinians were absent. They have boycotted ...": one actor
    // named by a plural
    if (n < 2 && nec < 0 && plural_actor(s, &s->nes[subject])) {
        const ne_phrase *e = &s->nes[subject];
        snprintf(they[0].code, sizeof they[0].code, "%s", e->code);
        snprintf(they[0].entry, sizeof they[0].entry, "they: the subject before, %s",
                 e->entry ? e->entry : e->code);
        they[0].seq = 1;
        they[1].seq = 0;
    }
}

// The subject of the sentence's first verb, if it is a person, becomes the
// story's topic for later pronouns; a compound of two people leaves none.
// The subject of the sentence's first verb phrase: the NE closing last before
// it (not one of "the two countries" when skip_described); -1 when there is
// none. *vp is that verb phrase's item (or -1).
static int32_t first_subject(const sentence *s, bool skip_described, int32_t *vp)
{
    *vp = -1;
    for (int32_t i = 0; i < s->n_items && *vp < 0; i++)
        if (s->items[i].kind == IT_OPEN && s->items[i].phrase == PH_VP) *vp = i;
    if (*vp < 0) return -1;
    int32_t best = -1;
    for (int32_t i = 0; i < s->n_nes; i++) {
        const ne_phrase *e = &s->nes[i];
        if (e->open < 0 || e->compound || e->close > *vp) continue;
        if (skip_described && e->described && e->nec >= 0) continue;
        if (best < 0 || e->close > s->nes[best].close) best = i;
    }
    return best;
}

void dyad__update_topic(dyad_coder *c)
{
    const sentence *s = &c->sent;
    int32_t vp;
    int32_t best = first_subject(s, true, &vp);
    if (best < 0 || !strcmp(s->nes[best].code, "---")) return;
    note_they(c, best);
    const ne_phrase *e = &s->nes[best];
    if (e->person && e->nec >= 0 && two_people(s, e->nec)) {
        // "Putin and Macron met.": a later "he" has two candidates
        c->topic[0] = c->topic_entry[0] = 0;
        c->topic_newer = false;
        return;
    }
    if (e->nec >= 0)  // "Gantz, a former chief and Netanyahu's rival": the first one
        for (int32_t i = 0; i < best; i++)
            if (s->nes[i].nec == e->nec && s->nes[i].person && strcmp(s->nes[i].code, "---")) {
                e = &s->nes[i];
                break;
            }
    if (e->entry == c->topic_entry || e->entry == c->thing_entry) return;  // a pronoun
    if (dyad__ne_pronoun(s, e)) return;  // a pronoun resolved in its sentence ("we" of a quote)
    if (!e->person && (e->located || e->thing || !e->named)) return;
    char *code = e->person ? c->topic : c->thing;
    char *entry = e->person ? c->topic_entry : c->thing_entry;
    c->topic_newer = e->person;
    snprintf(code, sizeof c->topic, "%s", e->code);
    snprintf(entry, sizeof c->topic_entry, "pronoun for %s", e->entry ? e->entry : e->code);
}

// Pronoun NE e stands for NE to: a copy of its code (to's may be the story's
// topic, which later sentences overwrite) and an entry saying why.
static void resolve_pronoun(sentence *s, ne_phrase *e, const ne_phrase *to, const char *why)
{
    e->code = dyad__arena_strndup(s->mem, to->code, strlen(to->code));
    e->inferred = true;
    e->person = to->person;
    strbuf b = STRBUF_INIT;
    dyad__sb_printf(&b, "%s, %s", why, to->entry ? to->entry : to->code);
    e->entry = dyad__arena_strndup(s->mem, b.p, b.n);
    dyad__sb_dispose(&b);
}

// "Hamas said they retaliated", "Israeli police said they arrested two
// men": "they" right after the subject's verb of saying (or its "that") is
// that subject, when it is one coded body, not a person.
static void they_said(sentence *s, int32_t subj, int32_t vp)
{
    const ne_phrase *p = &s->nes[subj];
    if (p->person || p->compound || p->nec >= 0 || !p->code || !strncmp(p->code, "---", 3) || p->thing ||
        p->located)
        return;
    const lexicon *lx = &s->dict->lex;
    for (int32_t i = 0; i < s->n_nes; i++) {
        ne_phrase *e = &s->nes[i];
        if (e->open < 0 || e->compound || e->open < vp || !dyad__ne_pronoun(s, e) || e->first_leaf < 1 ||
            !dyad__word_is(s->leaves[e->first_leaf].text, "they"))
            continue;
        int32_t l = e->first_leaf - 1;
        if (dyad__word_is(s->leaves[l].text, "that") && l > 0) l--;
        if (dyad__lexicon_has(lx, LEX(LEX_SPEECH), s->leaves[l].id) && s->leaves[l].tag == TAG_VERB &&
            (!e->code || !strncmp(e->code, "---", 3)))
            resolve_pronoun(s, e, p, "they: the body that said it");
        return;  // only the first "they"
    }
}

// "Mr. Trump didn't wade into the race, though he praised Johnson": a lone
// "he" or "she" later in the sentence is its subject, when that subject is
// one person and no other person is named between them (before the
// story's topic, which the previous sentences set).
void dyad__pronoun_subject(sentence *s)
{
    int32_t vp;
    int32_t subj = first_subject(s, false, &vp);
    if (subj < 0) return;
    const ne_phrase *p = &s->nes[subj];
    if (!p->code) return;
    if (s->be_forms) they_said(s, subj, vp);
    // "Macron and Scholz met, and he said": two candidates from the start
    bool two = false;
    for (int32_t i = 0; p->nec >= 0 && i < s->n_nes; i++)
        if (s->nes[i].nec == p->nec && i != subj && s->nes[i].person && p->person && s->nes[i].code &&
            strcmp(s->nes[i].code, p->code))
            two = true;
    if (!two && (!p->person || p->inferred || p->nec >= 0 || !strncmp(p->code, "---", 3))) return;
    const lexicon *lx = &s->dict->lex;
    for (int32_t i = 0; i < s->n_nes; i++) {
        ne_phrase *e = &s->nes[i];
        if (e->open < 0 || e->compound || e->open < vp) continue;
        // another person, named or known by the story's name list ("Conway")
        if (e->person && (e->named || !e->inferred)) two = true;  // "Putin met Biden, and he said"
        if (!dyad__ne_pronoun(s, e)) continue;
        const leaf *l = &s->leaves[e->first_leaf];
        if (!dyad__lexicon_has(lx, LEX(LEX_SUBJECT_PRONOUN), l->id) ||
            !dyad__lexicon_has(lx, LEX(LEX_THIRD_PERSON), l->id))
            continue;
        if (two) {  // two candidates in the sentence: neither, nor the story's topic
            e->code = "---";
            e->entry = NULL;
            e->person = e->inferred = false;
            continue;
        }
        resolve_pronoun(s, e, p, "pronoun for the subject");
    }
}

// "Trump did not meet Xi but spoke with him": a lone "him" or "her" is the
// one person named before it in the sentence other than the subject (with
// two such persons, or none, it stays as the story makes it).
void dyad__object_pronoun(sentence *s)
{
    int32_t vp;
    int32_t subj = first_subject(s, false, &vp);
    for (int32_t i = 0; i < s->n_nes; i++) {
        ne_phrase *e = &s->nes[i];
        if (e->open < 0 || e->compound || !dyad__ne_pronoun(s, e)) continue;
        slice w = s->leaves[e->first_leaf].text;
        if (!dyad__word_is(w, "him") && !dyad__word_is(w, "her")) continue;
        if (e->first_leaf + 1 < s->n_leaves && s->leaves[e->first_leaf + 1].tag == TAG_NOUN) continue;  // "her government"
        // only in a later member of a coordination of verb phrases ("did not
        // meet Xi but spoke with him"), whose earlier members name the person
        int32_t vp_of = -1;
        for (int32_t k = e->open - 1; k >= 0 && vp_of < 0; k--)
            if (s->items[k].kind == IT_OPEN && s->items[k].phrase == PH_VP && s->items[k].mate > e->open) vp_of = k;
        if (vp_of < 0) continue;
        int32_t head = dyad__coordination_start(s, vp_of);
        if (head == vp_of) continue;
        int32_t one = -1, n = 0;
        for (int32_t k = 0; k < s->n_nes; k++) {
            const ne_phrase *p = &s->nes[k];
            if (k == subj || p->open < 0 || p->compound || p->open > e->open || p->open < head || !p->person ||
                p->inferred || !p->code || !strncmp(p->code, "---", 3))
                continue;
            if (subj >= 0 && !strcmp(p->code, s->nes[subj].code) && s->nes[subj].person) continue;
            if (one < 0 || strcmp(s->nes[one].code, p->code)) n++;
            one = k;
        }
        if (n == 1) resolve_pronoun(s, e, &s->nes[one], "the person named before it");
    }
}

// "he (Saddam) had used chemical weapons": a lone pronoun followed by a name
// in brackets stands for that name.
void dyad__pronoun_bracket(sentence *s)
{
    for (int32_t i = 0; i < s->n_nes; i++) {
        ne_phrase *e = &s->nes[i];
        if (e->open < 0 || e->compound || !dyad__ne_pronoun(s, e)) continue;
        int32_t l = e->last_leaf + 1;
        if (l + 2 >= s->n_leaves) continue;
        slice open = s->leaves[l].text;
        if (!dyad__word_is(open, "(") && !dyad__word_is(open, "-LRB-")) continue;
        for (int32_t k = 0; k < s->n_nes; k++) {
            const ne_phrase *n = &s->nes[k];
            if (k == i || n->open < 0 || n->compound || n->first_leaf != l + 1 || !n->code ||
                !strncmp(n->code, "---", 3) || n->last_leaf + 1 >= s->n_leaves)
                continue;
            slice close = s->leaves[n->last_leaf + 1].text;
            if (!dyad__word_is(close, ")") && !dyad__word_is(close, "-RRB-")) continue;
            resolve_pronoun(s, e, n, "pronoun named in brackets");
            break;
        }
    }
}

// "The United States said it was ready to meet Venezuela": a lone "it" later
// in the sentence is its subject, when that subject is one state or body
// (not a person, a thing or a place) and no other such actor is named
// between them; with one, "it" is neither (nor the story's).
void dyad__it_subject(sentence *s)
{
    int32_t vp;
    int32_t subj = first_subject(s, false, &vp);
    if (subj < 0) return;
    const ne_phrase *p = &s->nes[subj];
    if (!p->code || p->person || p->thing || p->located || p->inferred || p->nec >= 0 ||
        !p->named || !strncmp(p->code, "---", 3))
        return;
    if (p->first_leaf > 0 && s->leaves[p->first_leaf - 1].tag == TAG_IN)
        return;  // "Shares in UK banking group Barclays": the subject is the shares
    const lexicon *lx = &s->dict->lex;
    bool two = false;
    for (int32_t i = 0; i < s->n_nes; i++) {
        ne_phrase *e = &s->nes[i];
        if (e->open < 0 || e->compound || e->open < vp) continue;
        if (!dyad__ne_pronoun(s, e)) {
            if (e->named && !e->person && !e->thing && !e->located && e->code &&
                strncmp(e->code, "---", 3) && strncmp(e->code, p->code, 3))
                two = true;  // "Russia warned Ukraine that it ..."
            // "Iraq said its troops had killed": agents after "its" are the
            // subject's (not the story's state)
            if (!two && e->inferred && !e->named && e->code && strlen(e->code) > 3 &&
                dyad__word_is(s->leaves[e->first_leaf].text, "its") && dyad__cameo_is_state(p->code)) {
                e->code = dyad__cameo_with_state(s->mem, p->code, e->code + 3);
                e->entry = "agents after \"its\": the subject's";
            }
            continue;
        }
        if (!dyad__lexicon_has(lx, LEX(LEX_NEUTER), s->leaves[e->first_leaf].id)) continue;
        // a subject: a verb follows ("said it was ready"; not "accusing it of")
        int32_t after = e->last_leaf + 1;
        if (after >= s->n_leaves || s->leaves[after].tag != TAG_VERB) continue;
        if (two) {
            e->code = "---";
            e->entry = NULL;
            e->neuter = e->inferred = false;
            continue;
        }
        resolve_pronoun(s, e, p, "pronoun for the subject");
    }
}

// "The Palestinians were absent - they have boycotted the administration":
// a lone "they" later in the sentence is its subject, when that subject is
// one actor named by a plural and no other coded actor is named between.
void dyad__they_subject(sentence *s)
{
    int32_t vp;
    int32_t subj = first_subject(s, false, &vp);
    if (subj < 0 || !plural_actor(s, &s->nes[subj])) return;
    const ne_phrase *p = &s->nes[subj];
    for (int32_t i = 0; i < s->n_nes; i++) {
        ne_phrase *e = &s->nes[i];
        if (e->open < 0 || e->compound || e->open < vp) continue;
        if (!dyad__ne_pronoun(s, e)) {
            // another group "they" could be ("the Kurds and Turkey"); not a
            // single state or place ("did not advance on Kharkiv, but they")
            if (e->code && strncmp(e->code, "---", 3) && !e->located && !e->thing &&
                (plural_actor(s, e) || e->compound || e->nec >= 0))
                return;
            continue;
        }
        if (!dyad__word_is(s->leaves[e->first_leaf].text, "they")) continue;
        resolve_pronoun(s, e, p, "pronoun for the subject");
    }
}

// Is leaf text w a quotation mark standing alone?
bool dyad__quote_mark(slice w)
{
    static const char *const marks[] = {"\"", "``", "''", "\xe2\x80\x9c", "\xe2\x80\x9d",
                                        "\xe2\x80\x98", "\xe2\x80\x99", NULL};
    for (const char *const *m = marks; *m; m++)
        if (w.n == strlen(*m) && !memcmp(w.p, *m, w.n)) return true;
    return false;
}

bool dyad__quote_item(const sentence *s, int32_t i)
{
    const item *it = &s->items[i];
    return it->kind == IT_WORD && it->tag != TAG_POS && dyad__quote_mark(s->leaves[it->leaf].text);
}

int32_t dyad__opening_quote(const sentence *s, int32_t before)
{
    int32_t first = 0;
    while (first < before && s->items[first].kind != IT_WORD) first++;
    return first < before && dyad__quote_item(s, first) ? first : -1;
}

bool dyad__loyal_armed_group(const char *code)
{
    return holds_sector(code, "REB") || holds_sector(code, "INS") || holds_sector(code, "OPP") ||
           holds_sector(code, "PTY");
}

// The coded NE that says the sentence: the subject right before a verb of
// saying ("..., the ministry said") or the name right after it ("said
// Pelosi"); -1 when there is none or two speakers of different codes.
static int32_t quote_speaker(const sentence *s)
{
    const lexicon *lx = &s->dict->lex;
    int32_t found = -1;
    for (int32_t v = 1; v < s->n_items; v++) {
        const item *it = &s->items[v];
        if (it->kind != IT_WORD || it->tag != TAG_VERB || it->leaf < 0 ||
            !dyad__lexicon_has(lx, LEX(LEX_SPEECH), s->leaves[it->leaf].id))
            continue;
        int32_t ne = -1, k = v - 1;
        if (k > 0 && s->items[k].kind == IT_OPEN && s->items[k].phrase == PH_VP) {
            k--;  // a supplied parse may open with the verb phrase: k stays >= 0
            while (k > 0 && s->items[k].kind == IT_CLOSE && s->items[k].phrase == PH_OTHER) k--;
            if (s->items[k].kind == IT_CLOSE && s->items[k].phrase == PH_NE) ne = s->items[k].ne;
        }
        if (ne < 0 && v + 1 < s->n_items && s->items[v + 1].kind == IT_OPEN &&
            s->items[v + 1].phrase == PH_NE)
            ne = s->items[v + 1].ne;
        if (ne < 0 || !s->nes[ne].code || !strncmp(s->nes[ne].code, "---", 3)) continue;
        if (found >= 0 && strcmp(s->nes[found].code, s->nes[ne].code)) return -1;
        found = ne;
    }
    return found;
}

// "\u201cWe will not deploy missiles,\u201d the ministry said": in a quoted
// sentence, "we", "us", "I" and "me" are the one speaker.
void dyad__pronoun_quote(sentence *s)
{
    bool quoted = false;
    // (a closing single quote that is a plural's apostrophe, "protesters’", is no quote)
    for (int32_t l = 0; l < s->n_leaves && !quoted; l++)
        quoted = s->leaves[l].tag != TAG_POS && dyad__quote_mark(s->leaves[l].text);
    if (!quoted) return;
    int32_t sp = quote_speaker(s);
    if (sp < 0) return;
    for (int32_t i = 0; i < s->n_nes; i++) {
        ne_phrase *e = &s->nes[i];
        if (e->open < 0 || e->compound || !dyad__ne_pronoun(s, e)) continue;
        slice w = s->leaves[e->first_leaf].text;
        if (dyad__word_is(w, "we") || dyad__word_is(w, "us") || dyad__word_is(w, "i") ||
            dyad__word_is(w, "me"))
            resolve_pronoun(s, e, &s->nes[sp], "the quote's speaker");
    }
    // "our intelligence community", "our troops": agents of the speaker's
    // state, not of the state the story is about
    // (a state's voice: not a group's, "our forces" of Hamas are its own)
    const char *spc = s->nes[sp].code;
    static const char *const voice[] = {"GOV", "MIL", "COP", "SPY", "LEG", "JUD", "ELI", NULL};
    bool state_voice = strlen(spc) == 3;
    for (const char *const *v = voice; *v && !state_voice && strlen(spc) == 6; v++)
        state_voice = !strcmp(spc + 3, *v);
    if (strlen(spc) < 3 || !dyad__cameo_is_state(spc) || !state_voice) return;
    for (int32_t i = 0; i < s->n_nes; i++) {
        ne_phrase *e = &s->nes[i];
        if (e->open < 0 || e->compound || e->named || !e->code || strlen(e->code) <= 3 ||
            e->first_leaf < 0 || e->last_leaf <= e->first_leaf ||
            !dyad__word_is(s->leaves[e->first_leaf].text, "our") ||
            (!e->inferred && strncmp(e->code, "---", 3)))
            continue;
        e->code = dyad__cameo_with_state(s->mem, spc, e->code + 3);
        e->inferred = true;
        strbuf b = STRBUF_INIT;
        if (e->entry) dyad__sb_printf(&b, "%s; ", e->entry);
        dyad__sb_printf(&b, "the quote's speaker's state, %s",
                        s->nes[sp].entry ? s->nes[sp].entry : spc);
        e->entry = dyad__arena_strndup(s->mem, b.p, b.n);
        dyad__sb_dispose(&b);
    }
}

// A person named in full ("Kellyanne Conway", "Roger Stone": any NE given a
// surname) lends the code to a later bare last name ("Conway", "Ms.
// Conway") in the same story; the newest wins.
void dyad__update_names(dyad_coder *c)
{
    const sentence *s = &c->sent;
    for (int32_t i = 0; i < s->n_nes; i++) {
        const ne_phrase *e = &s->nes[i];
        if (e->open < 0 || e->compound || (e->inferred && !e->role_named) || e->surname.n < 3 ||
            e->surname.n >= sizeof c->names[0].surname || !e->code)
            continue;
        // the same name again leaves its place; a full list drops its oldest
        int32_t k = name_index(c->names, c->n_names, e->surname);
        if (k < 0 && c->n_names == (int32_t)(sizeof c->names / sizeof c->names[0])) k = 0;
        if (k >= 0) {
            memmove(c->names + k, c->names + k + 1, (size_t)(c->n_names - k - 1) * sizeof c->names[0]);
            c->n_names--;
        }
        story_name *nm = &c->names[c->n_names++];  // newest last
        snprintf(nm->surname, sizeof nm->surname, "%.*s", (int)e->surname.n, e->surname.p);
        snprintf(nm->code, sizeof nm->code, "%s", e->code);
        snprintf(nm->entry, sizeof nm->entry, "last name of %s", e->entry ? e->entry : e->code);
    }
}

bool dyad__name_link(const sentence *s, const ne_words *w, ne_phrase *e)
{
    if (!s->n_names) return false;
    const lexicon *lx = &s->dict->lex;
    int32_t i = 0, n = w->n;
    while (n > 0 && w->tags[n - 1] == TAG_POS) n--;
    while (i < n && dyad__lexicon_has_text(lx, s->dict->words, LEX(LEX_TITLE), w->texts[i])) i++;
    if (n - i != 1 || w->tags[i] != TAG_NOUN) return false;
    slice t = w->texts[i];
    if (t.n < 3 || !dyad__is_capitalised(t.p, t.n)) return false;
    int32_t k = name_index(s->names, s->n_names, t);
    if (k < 0) return false;
    // copies: the story's list may shift before the sentence is written
    const story_name *nm = &s->names[k];
    e->code = dyad__arena_strndup(s->mem, nm->code, strlen(nm->code));
    e->entry = dyad__arena_strndup(s->mem, nm->entry, strlen(nm->entry));
    e->person = e->named = e->inferred = true;
    return true;
}

// ---------------------------------------------------------------- story country

static void tally_add(dyad_coder *c, const char *code, bool place)
{
    for (size_t i = 0; i < c->n_tally; i++)
        if (!memcmp(c->tally[i].code, code, 3)) {
            c->tally[i].n++;
            c->tally[i].places += place;
            if (c->tally[i].last != c->story_sentence) c->tally[i].sentences++;
            c->tally[i].last = c->story_sentence;
            return;
        }
    if (c->n_tally == c->cap_tally) {
        c->cap_tally = c->cap_tally ? 2 * c->cap_tally : 16;
        c->tally = dyad__xrealloc(c->tally, c->cap_tally * sizeof *c->tally);
    }
    country_tally *t = &c->tally[c->n_tally];
    memcpy(t->code, code, 3);
    t->code[3] = 0;
    t->n = 1;
    t->places = place;
    t->sentences = 1;
    t->last = c->story_sentence;
    t->first = (int32_t)c->n_tally++;
}

// The state the story has named most; of two named as often, the first,
// unless each was named in more than one sentence (then none).
static const char *tally_best(const dyad_coder *c)
{
    const country_tally *best = NULL, *rival = NULL;
    for (size_t i = 0; i < c->n_tally; i++) {
        if (!best || c->tally[i].n > best->n) {
            rival = best;
            best = &c->tally[i];
        } else if (!rival || c->tally[i].n > rival->n) {
            rival = &c->tally[i];
        }
    }
    // two states named as often, each in more than one sentence: neither is
    // clearly the story's (a tie within the opening sentence goes to the
    // first named, mostly the dateline's: measured better)
    if (best && rival && best->n == rival->n && best->sentences >= 2 && rival->sentences >= 2)
        return NULL;
    return best ? best->code : NULL;
}

// The state the story has named most often as a place ("in Syria"), or
// NULL (none, or two as often).
static const char *place_best(const dyad_coder *c)
{
    const country_tally *best = NULL;
    bool tie = false;
    for (size_t i = 0; i < c->n_tally; i++) {
        if (!c->tally[i].places) continue;
        if (!best || c->tally[i].places > best->places) {
            best = &c->tally[i];
            tie = false;
        } else if (c->tally[i].places == best->places) {
            tie = true;
        }
    }
    return best && !tie ? best->code : NULL;
}

// The words of NE e after a leading "the", lower case and joined by spaces,
// into buf; false when e does not open with "the".
static bool definite_words(const sentence *s, const ne_phrase *e, char *buf, size_t cap)
{
    if (e->first_leaf < 0 || e->last_leaf <= e->first_leaf ||
        !dyad__word_is(s->leaves[e->first_leaf].text, "the"))
        return false;
    size_t n = 0;
    for (int32_t k = e->first_leaf + 1; k <= e->last_leaf; k++) {
        slice w = s->leaves[k].text;
        if (n + w.n + 2 > cap) return false;
        if (n) buf[n++] = ' ';
        for (size_t j = 0; j < w.n; j++) buf[n++] = (char)(w.p[j] >= 'A' && w.p[j] <= 'Z' ? w.p[j] + 32 : w.p[j]);
    }
    buf[n] = 0;
    return n > 0;
}

// agreement: a definite description with no country of its own takes the
// actor the story named last that agrees with it: "the militants" (REB)
// the armed group named last. ("The president" stays the story's state's:
// the office holder named last measured worse.) True when it did.
static bool agreeing_ref(dyad_coder *c, ne_phrase *e)
{
    sentence *s = &c->sent;
    char words[64];
    if (!definite_words(s, e, words, sizeof words)) return false;
    const story_ref *ref = NULL;
    const char *what = NULL;
    if (!strcmp(e->code, "---REB") || !strcmp(e->code, "---INS")) {
        if (strchr(words, ' ')) return false;  // "the militants", not "the militant attack"
        ref = &c->refs.body[REF_ARMED];
        what = "the armed group named last";
    }
    if (!ref || !ref->seq) return false;
    e->code = dyad__arena_strndup(s->mem, ref->code, strlen(ref->code));
    strbuf b = STRBUF_INIT;
    dyad__sb_printf(&b, "%s: %s, %s", e->entry ? e->entry : "", what, ref->entry);
    e->entry = dyad__arena_strndup(s->mem, b.p, b.n);
    dyad__sb_dispose(&b);
    e->inferred = true;
    e->described = true;
    return true;
}

// The one state this sentence names as a place ("in Quetta", "in Syria"),
// or NULL (none, or two).
// Is NE e named as a place ("in Quetta", "into Syria", "the war in
// Syria")?
static bool at_place(const sentence *s, const ne_phrase *e)
{
    for (int32_t l = e->first_leaf > 0 ? e->first_leaf - 1 : 0; l >= 0 && l < e->last_leaf; l++)
        if (dyad__lexicon_has(&s->dict->lex, LEX(LEX_PLACE_PREP), s->leaves[l].id)) return true;
    return false;
}

static const char *sentence_place(const sentence *s)
{
    const char *place = NULL;
    for (int32_t i = 0; i < s->n_nes; i++) {
        const ne_phrase *e = &s->nes[i];
        if (e->open < 0 || e->compound || !e->code || !dyad__cameo_is_state(e->code) ||
            strlen(e->code) != 3 || !at_place(s, e))
            continue;  // a place is a state or town, not a body ("outside the US Embassy")
        if (place && strncmp(place, e->code, 3)) return NULL;
        place = e->code;
    }
    return place;
}

// The state the sentence names other than the story's, the nearest to
// `near` when it names several; NULL when none.
static const char *sentence_other_state(const sentence *s, const char *story, const ne_phrase *near)
{
    const char *other = NULL;
    int32_t best = -1;
    for (int32_t i = 0; i < s->n_nes; i++) {
        const ne_phrase *e = &s->nes[i];
        if (e->open < 0 || e->compound || !e->code || !dyad__cameo_is_state(e->code)) continue;
        if (story && !strncmp(story, e->code, 3)) continue;
        // several: the nearest to the armed group ("Nigerian schoolgirls
        // kidnapped by Islamic terrorists")
        int32_t d = e->first_leaf > near->last_leaf ? e->first_leaf - near->last_leaf
                                                    : near->first_leaf - e->last_leaf;
        if (best < 0 || d < best) best = d, other = e->code;
    }
    return other;
}

// An agent code of armed groups (---REB, ---UAF, ---INS)?
static bool armed(const char *code)
{
    return !strcmp(code + 3, "REB") || !strcmp(code + 3, "UAF") || !strcmp(code + 3, "INS");
}

const char *dyad__attack_place(const dyad_coder *c)
{
    if (!c->in_story || !c->opts.story_country) return NULL;
    const char *place = sentence_place(&c->sent);
    if (!place) place = place_best(c);
    if (!place) place = tally_best(c);
    return place;
}

// "troops loyal to Mr. Assad", "forces loyal to the government in
// Tripoli": the state of the actor right after "loyal to" (within the NE or
// after it), or NULL.
static const char *loyal_to(const sentence *s, const ne_phrase *e)
{
    for (int32_t l = e->first_leaf; l >= 0 && l <= e->last_leaf + 1 && l + 1 < s->n_leaves; l++) {
        if (!dyad__word_is(s->leaves[l].text, "loyal") || !dyad__word_is(s->leaves[l + 1].text, "to"))
            continue;
        for (int32_t i = 0; i < s->n_nes; i++) {
            const ne_phrase *o = &s->nes[i];
            if (o == e || o->compound || o->first_leaf != l + 2 || !o->code ||
                !dyad__cameo_is_state(o->code))
                continue;
            return o->code;
        }
    }
    return NULL;
}

// "Georgia" in a story of the United States that has named no other
// Georgian actor ("Tbilisi", "Georgian", its leaders) is the US state: the
// NEs it coded as Georgia's become the United States'.
static void us_georgia(dyad_coder *c)
{
    sentence *s = &c->sent;
    for (size_t i = 0; i < c->n_tally; i++)
        if (!memcmp(c->tally[i].code, "GEO", 3)) return;
    const char *story = tally_best(c);
    bool usa = story && !strncmp(story, "USA", 3);
    for (int32_t i = 0; !story && i < s->n_nes; i++)
        usa = usa || (s->nes[i].open >= 0 && s->nes[i].code && !strncmp(s->nes[i].code, "USA", 3));
    if (!usa) return;
    for (int32_t i = 0; i < s->n_nes; i++) {
        ne_phrase *e = &s->nes[i];
        if (e->open < 0 || e->compound || e->person || !e->code || strncmp(e->code, "GEO", 3) ||
            e->first_leaf < 0)
            continue;  // (a Georgian leader named in full stays Georgia's)
        bool georgia = false;
        for (int32_t l = e->first_leaf; l <= e->last_leaf && !georgia; l++)
            georgia = dyad__word_is(s->leaves[l].text, "georgia");
        if (!georgia) continue;
        e->code = dyad__cameo_with_state(s->mem, "USA", e->code + 3);
        e->entry = "Georgia: the US state, in a story of the United States";
    }
}

// "the companies" after "four Chinese companies" in the sentence before or
// the one before that: the state of the last actor of the same sector named
// with its state, or NULL. Only a definite plural of the sector alone ("the
// companies", "the rebels"), never a bare plural or an office.
static const char *named_kind(const dyad_coder *c, const ne_phrase *e)
{
    const sentence *s = &c->sent;
    if (e->first_leaf < 0 || e->last_leaf != e->first_leaf + 1 ||
        !dyad__word_is(s->leaves[e->first_leaf].text, "the"))
        return NULL;
    // (a group named by a plural: "the rebels", "the soldiers"; not an office,
    // "the president" is most often the story's own)
    slice h = s->leaves[e->last_leaf].text;
    if (h.n < 4 || h.p[h.n - 1] != 's' || holds_sector(e->code, "GOV") || holds_sector(e->code, "LEG") ||
        holds_sector(e->code, "JUD") || holds_sector(e->code, "ELI") || holds_sector(e->code, "SPY"))
        return NULL;
    size_t n = sizeof c->refs.kind / sizeof c->refs.kind[0];
    for (size_t k = 0; k < n; k++) {
        const char *code = c->refs.kind[k].code;
        if (code[0] && !strcmp(code + 3, e->code + 3) && c->story_sentence - c->refs.kind[k].sentence <= 2)
            return code;
    }
    return NULL;
}

// Does NE e stand before the sentence's first verb (its subject)?
static bool before_verb(const sentence *s, const ne_phrase *e)
{
    for (int32_t l = 0; l < e->first_leaf && l < s->n_leaves; l++)
        if (s->leaves[l].tag == TAG_VERB) return false;
    return true;
}

// "In Myanmar, the military government sentenced ...": the state of a
// place that opens the sentence before a comma, or NULL. A bare agent that
// is the sentence's subject is of it (a round-up story moves from country
// to country; not the objects after a city, often where a statement was
// made: "In Washington, a spokeswoman called on the military" is Egypt's;
// after a country's own name the objects too: "In Syria, rebels seized
// Aleppo in an offensive against government forces").
static const char *opening_place(const sentence *s, bool *country)
{
    *country = false;
    if (s->n_leaves < 4 || !dyad__word_is(s->leaves[0].text, "in")) return NULL;
    for (int32_t i = 0; i < s->n_nes; i++) {
        const ne_phrase *e = &s->nes[i];
        if (e->open < 0 || e->compound || e->first_leaf != 1 || !e->code || strlen(e->code) != 3 ||
            !dyad__cameo_is_state(e->code) || !strcmp(e->code, "---"))
            continue;
        if (e->last_leaf + 1 < s->n_leaves && s->leaves[e->last_leaf + 1].tag == TAG_COMMA) {
            *country = e->own_name;
            return e->code;
        }
    }
    return NULL;
}

// The police, or a government named by no person's title ("the
// government", "the authorities", "the regime"): what a crowd faces.
static bool faced_authority(const sentence *s, const ne_phrase *e)
{
    if (holds_sector(e->code, "COP")) return true;
    if (!holds_sector(e->code, "GOV") || e->last_leaf < 0) return false;
    slice h = s->leaves[e->last_leaf].text;
    return dyad__word_is(h, "government") || dyad__word_is(h, "authorities") || dyad__word_is(h, "regime");
}

// "world leaders", "international observers", "foreign diplomats": actors
// of many states, none the story's.
static bool worldwide(const sentence *s, const ne_phrase *e)
{
    if (e->first_leaf < 0) return false;
    slice h = s->leaves[e->last_leaf].text;
    for (int32_t l = e->first_leaf; l < e->last_leaf; l++) {
        slice w = s->leaves[l].text;
        // ("the Senate Foreign Relations": a name's word; the sentence's
        // first word is capitalised anyway: "World leaders criticized")
        if (!w.n || (l > 0 && w.p[0] >= 'A' && w.p[0] <= 'Z')) continue;
        if (dyad__word_is(w, "world") || dyad__word_is(w, "global") || dyad__word_is(w, "international"))
            return true;
        if (dyad__word_is(w, "foreign") && h.n > 1 && (h.p[h.n - 1] | 32) == 's') return true;
    }
    return false;
}

void dyad__story_country(dyad_coder *c)
{
    sentence *s = &c->sent;
    c->story_sentence++;
    us_georgia(c);
    for (int32_t i = 0; i < s->n_nes; i++) {
        const ne_phrase *e = &s->nes[i];
        if (e->open < 0 || e->compound || e->described || !e->code ||
            !dyad__cameo_is_state(e->code))
            continue;
        tally_add(c, e->code, at_place(s, e));
    }
    const char *story = tally_best(c);
    const char *place = sentence_place(s);
    bool opening_country;
    const char *opening = opening_place(s, &opening_country);
    // people of a place in the sentence ("Thousands marched in Caracas
    // against the government"): the government and police they face are
    // the place's too
    bool crowd_place = false;
    for (int32_t i = 0; place && i < s->n_nes; i++) {
        const ne_phrase *e = &s->nes[i];
        if (e->open >= 0 && !e->compound && e->code && !strncmp(e->code, "---", 3) && holds_sector(e->code, "CVL"))
            crowd_place = true;
    }
    for (int32_t i = 0; i < s->n_nes; i++) {
        ne_phrase *e = &s->nes[i];
        if (e->open < 0 || e->compound || !e->code || strncmp(e->code, "---", 3) || !e->code[3])
            continue;
        // "other Gulf monarchies", "another militia": not the story's own
        if (e->first_leaf >= 0 && (dyad__word_is(s->leaves[e->first_leaf].text, "other") ||
                                   dyad__word_is(s->leaves[e->first_leaf].text, "another")))
            continue;
        if (worldwide(s, e)) continue;
        if (c->opts.pronouns && agreeing_ref(c, e)) continue;
        const char *home = story, *why = "country of the story";
        const char *loyal = loyal_to(s, e);
        const char *sector = e->code + 3;
        const char *kind = c->opts.pronouns ? named_kind(c, e) : NULL;
        if (!loyal && opening && (opening_country || before_verb(s, e))) {
            home = opening;
            why = "place opening the sentence";
        } else if (!loyal && kind) {
            home = kind;
            why = "the same kind named before with its state";
        } else if (loyal) {
            home = loyal;
            why = "loyal to";
            // (to a rebel, opposition or party group: its armed men)
            if (dyad__loyal_armed_group(loyal)) sector = "REB";
        } else if ((holds_sector(e->code, "CVL") || (crowd_place && faced_authority(s, e))) && place) {
            // civilians are where the sentence happens ("killed 30 people
            // at a funeral in Quetta"), and so are the authorities they face
            home = place;
            why = "place of the sentence";
        } else if (armed(e->code)) {
            // armed groups fight where the sentence says ("a suicide bomber
            // ... in Quetta"), else where the story's events are ("in
            // Syria" most often), else in the nearest other state the sentence
            // names ("the Syrian government used chemical weapons against
            // rebel forces"), not where the story is told from
            const char *where = place ? place : place_best(c);
            const char *other = where ? NULL : sentence_other_state(s, story, e);
            home = where ? where : other ? other : story;
            why = place ? "place of the sentence"
                  : where ? "place of the story"
                  : other ? "other state of the sentence" : why;
        }
        if (!home) continue;
        e->code = dyad__cameo_with_state(s->mem, home, sector);
        e->inferred = true;
        if (e->entry) {
            strbuf b = STRBUF_INIT;
            dyad__sb_printf(&b, "%s; %s: %s", e->entry, why, home);
            e->entry = dyad__arena_strndup(s->mem, b.p, b.n);
            dyad__sb_dispose(&b);
        }
    }
}

// ---------------------------------------------------------------- actor heads

// Nouns that name people or bodies of people: a phrase headed by one of
// them is an actor even when no agent entry covers the head ("Chinese
// officials" with a dictionary that has no OFFICIAL agent).
static bool animate_head(const sentence *s, slice w)
{
    if (w.n >= 24) return false;  // no list word or suffixed noun is that long
    if (dyad__lexicon_has_text(&s->dict->lex, s->dict->words, LEX(LEX_ANIMATE), w)) return true;
    for (const char *const *suf = dyad__lexicon_words(LEXT_ANIMATE_SUFFIX); *suf; suf++) {
        size_t k = strlen(*suf);
        if (w.n > k + 2 && dyad__same_ci(w.p + w.n - k, *suf, k)) return true;
    }
    return false;
}

// The head (last noun) of a thing named after an actor is not an actor; the
// head is the last noun before a preposition ("greater visibility alongside
// China" is about visibility).
int32_t dyad__ne_head_word(const ne_words *w)
{
    int32_t end = w->n;
    for (int32_t j = 1; j < w->n; j++)
        if (w->tags[j] == TAG_IN) {
            end = j;
            break;
        }
    int32_t h = end - 1;
    while (h >= 0 && w->tags[h] != TAG_NOUN) h--;
    return h;
}

ne_head dyad__ne_head(const sentence *s, const ne_words *w, bool has_actor,
                      int32_t actor_first, int32_t actor_last, int32_t n_agents)
{
    int32_t h = dyad__ne_head_word(w);
    if (h < 0 || w->covered[h] || !w->texts[h].n) return NE_HEAD_ACTOR;
    if ((w->texts[h].p[0] >= 'A' && w->texts[h].p[0] <= 'Z') || animate_head(s, w->texts[h]))
        return NE_HEAD_ACTOR;
    // "China's support": the owner acts; the code stays
    int32_t after = actor_last >= 0 ? w->leaves[actor_last] + 1 : -1;
    bool possessive = after > 0 && after < s->n_leaves && s->leaves[after].tag == TAG_POS;
    // "a refugee camp in Gaza": a place, a target but never a source
    if (has_actor && actor_first > h && !n_agents) return NE_HEAD_PLACE;
    return possessive ? NE_HEAD_ACTOR : NE_HEAD_THING;
}

bool dyad__titles_only(const ne_words *w, int32_t actor_last)
{
    for (int32_t j = actor_last + 1; j < w->n; j++)
        if (w->covered[j] && w->tags[j] == TAG_NOUN) return false;  // "Trump's lawyers"
    return true;
}

// ---------------------------------------------------------------- pronouns

bool dyad__pronoun_topic(const sentence *s, const ne_words *w, ne_phrase *e)
{
    if (w->n != 1 || w->tags[0] != TAG_PRP) return false;
    const lexicon *lx = &s->dict->lex;
    if (s->topic && dyad__lexicon_has_text(lx, s->dict->words, LEX(LEX_THIRD_PERSON), w->texts[0])) {
        // copies: the story's topic changes before the sentence is written
        e->code = dyad__arena_strndup(s->mem, s->topic, strlen(s->topic));
        e->entry = s->topic_entry ? dyad__arena_strndup(s->mem, s->topic_entry, strlen(s->topic_entry)) : NULL;
        e->person = true;
        e->inferred = true;
        return true;
    }
    if (s->thing && dyad__lexicon_has_text(lx, s->dict->words, LEX(LEX_NEUTER), w->texts[0])) {
        e->code = dyad__arena_strndup(s->mem, s->thing, strlen(s->thing));
        e->entry = s->thing_entry ? dyad__arena_strndup(s->mem, s->thing_entry, strlen(s->thing_entry)) : NULL;
        e->neuter = true;
        e->inferred = true;
        return true;
    }
    return false;
}

// ---------------------------------------------------------------- descriptions

// Do codes a and b[0, n) name one side: equal, or one the other's start
// ("USA" and "USAGOV")?
static bool same_side(const char *a, const char *b, size_t n)
{
    size_t k = strlen(a);
    return !strncmp(a, b, k < n ? k : n);
}

// Note `code` as named now in a pair of the last two codes of different
// sides, newest last; a code of a side already there replaces it.
static void pair_push(story_ref pair[2], const char *code, size_t n, const char *entry,
                      bool again, int32_t seq)
{
    if (pair[0].seq && same_side(pair[0].code, code, n) &&
        !(pair[1].seq && same_side(pair[1].code, code, n))) {
        story_ref t = pair[0];  // the older one named again: it becomes the newer
        pair[0] = pair[1];
        pair[1] = t;
    } else if (!(pair[1].seq && same_side(pair[1].code, code, n))) {
        pair[0] = pair[1];
    }
    story_ref *keep = &pair[1];
    // (no printf: this runs for every actor named in a story)
    if (n >= sizeof keep->code) n = sizeof keep->code - 1;
    memcpy(keep->code, code, n);
    keep->code[n] = 0;
    size_t at = 0, cap = sizeof keep->entry - 1;
    for (const char *x = again ? "" : "named before: "; *x && at < cap; x++) keep->entry[at++] = *x;
    for (const char *x = entry; *x && at < cap; x++) keep->entry[at++] = *x;
    keep->entry[at] = 0;
    keep->seq = seq;
}

// The kind of organisation an actor code names, or REF_N_BODIES for none.
static ref_body body_of(const char *code)
{
    if (!strncmp(code, "IGO", 3)) return REF_IGO;
    if (!strncmp(code, "NGO", 3)) return REF_NGO;
    if (!strncmp(code, "IMG", 3) || holds_sector(code, "REB") || holds_sector(code, "INS") ||
        holds_sector(code, "UAF"))
        return REF_ARMED;
    return REF_N_BODIES;
}

// Note one coded noun phrase as named now: its person, its state, itself
// as an actor, and the organisation it names. A description names its
// actors again; its entry already says where they were named.
// "four Chinese companies" (CHNBUS): the newest actor of its sector named
// with its state, for "the companies" in a sentence after it.
static void note_kind(story_refs *r, const ne_phrase *e, int32_t at)
{
    size_t n = sizeof r->kind / sizeof r->kind[0];
    if (e->person || strlen(e->code) != 6 || !dyad__cameo_is_state(e->code)) return;
    size_t k = 0;
    while (k < n && r->kind[k].code[0] && strcmp(r->kind[k].code + 3, e->code + 3)) k++;
    if (k == n) {  // full: the oldest goes
        k = 0;
        for (size_t j = 1; j < n; j++)
            if (r->kind[j].sentence < r->kind[k].sentence) k = j;
    }
    memcpy(r->kind[k].code, e->code, 7);
    r->kind[k].sentence = at;
}

static void refs_note(story_refs *r, const ne_phrase *e)
{
    const char *entry = e->entry ? e->entry : e->code;
    bool again = e->described;
    int32_t seq = ++r->seq;
    if (e->person) pair_push(r->person, e->code, strlen(e->code), entry, again, seq);
    if (dyad__cameo_is_state(e->code)) pair_push(r->state, e->code, 3, entry, again, seq);
    pair_push(r->actor, e->code, strlen(e->code), entry, again, seq);
    story_ref *half = !strncmp(e->code, "PRK", 3) ? &r->north
                      : !strncmp(e->code, "KOR", 3) || !strncmp(e->code, "SSD", 3) ? &r->south
                                                                                    : NULL;
    if (half) {
        snprintf(half->code, sizeof half->code, "%.3s", e->code);
        snprintf(half->entry, sizeof half->entry, "%s%s", again ? "" : "named before: ", entry);
        half->seq = seq;
    }
    ref_body k = e->named && !e->person ? body_of(e->code) : REF_N_BODIES;
    if (k == REF_N_BODIES) return;
    story_ref *b = &r->body[k];
    snprintf(b->code, sizeof b->code, "%s", e->code);
    snprintf(b->entry, sizeof b->entry, "%s%s", again ? "" : "named before: ", entry);
    b->seq = seq;
}

void dyad__update_refs(dyad_coder *c)
{
    const sentence *s = &c->sent;
    for (int32_t i = 0; i < s->n_nes; i++) {
        const ne_phrase *e = &s->nes[i];
        if (e->open < 0 || e->compound || e->thing || e->located || !e->code ||
            !strncmp(e->code, "---", 3) || strchr(e->code, '/'))
            continue;
        if (e->inferred && !e->person && !e->described) continue;  // "it", the story's country
        if (e->first_leaf > 0 &&
            dyad__lexicon_has(&s->dict->lex, LEX(LEX_PLACE_PREP), s->leaves[e->first_leaf - 1].id))
            continue;  // "signed a deal in Moscow": a place, not a party
        refs_note(&c->refs, e);
        note_kind(&c->refs, e, c->story_sentence);
    }
}

// Is word w in one of the lexicon lists `lists`?
static bool word_in(const sentence *s, slice w, uint64_t lists)
{
    return dyad__lexicon_has_text(&s->dict->lex, s->dict->words, lists, w);
}

// Both members of a pair, older first, into d; false when the story has
// not named two.
static bool take_pair(const story_ref pair[2], bool whole, bool people, described *d)
{
    if (!pair[0].seq || !pair[1].seq) return false;
    for (int k = 0; k < 2; k++) {
        d->code[k] = pair[k].code;
        d->entry[k] = pair[k].entry;
    }
    d->n = 2;
    d->whole = whole;
    d->people = people;
    return true;
}

// One actor named before, as a whole, into d; false when never named.
static bool take_one(const story_ref *x, described *d)
{
    if (!x || !x->seq) return false;
    d->code[0] = x->code;
    d->entry[0] = x->entry;
    d->n = 1;
    d->whole = true;
    d->people = false;
    return true;
}

// The newest organisation of the kinds `a` and `b` into d.
static bool take_body(const story_refs *r, ref_body a, ref_body b, described *d)
{
    return take_one(r->body[a].seq >= r->body[b].seq ? &r->body[a] : &r->body[b], d);
}

// The members of the story's last joined subject into d, when there are
// `want` of them (any number with want 0); false otherwise.
static bool take_group(const story_refs *r, int want, described *d)
{
    if (!r->n_group || (want && r->n_group != want)) return false;
    for (int k = 0; k < r->n_group; k++) {
        d->code[k] = r->group[k].code;
        d->entry[k] = r->group[k].entry;
    }
    d->n = r->n_group;
    d->whole = true;
    d->people = false;
    return true;
}

// "three" .. "six" as a number, else 0.
static int count_word(slice w)
{
    static const char *const counts[] = {"three", "four", "five", "six", NULL};
    for (int k = 0; counts[k]; k++)
        if (dyad__word_is(w, counts[k])) return k + 3;
    return 0;
}

bool dyad__describe(const sentence *s, const ne_words *w, bool has_agents, described *d)
{
    d->n = 0;
    const story_refs *r = s->refs;
    int32_t n = w->n, i = 1;
    if (r && n == 1 && w->tags[0] == TAG_PRP && dyad__word_is(w->texts[0], "they"))
        return take_pair(r->they, true, false, d) || (!r->they[1].seq && take_one(&r->they[0], d));
    // "All urged Trump to stay": "all" alone is every member of the last
    // joined subject; "the three", "all three (countries)" when it has three
    if (r && n == 1 && dyad__word_is(w->texts[0], "all")) return take_group(r, 0, d);
    if (r && n >= 2 && n <= 3 && (dyad__word_is(w->texts[0], "the") || dyad__word_is(w->texts[0], "all")) &&
        count_word(w->texts[1]) &&
        (n == 2 || word_in(s, w->texts[2], LEX(LEX_PAIR_PEOPLE) | LEX(LEX_PAIR_NOUN) | LEX(LEX_PAIR_SIDE))))
        return take_group(r, count_word(w->texts[1]), d);
    if (!r || n < 2 || !word_in(s, w->texts[0], LEX(LEX_DEFINITE))) return false;
    // "the North" in a story that named North Korea; "the South"
    if (n == 2 && dyad__word_is(w->texts[0], "the") && w->texts[1].n == 5 &&
        w->texts[1].p[0] >= 'A' && w->texts[1].p[0] <= 'Z') {
        const story_ref *half = dyad__word_is(w->texts[1], "north")   ? &r->north
                                : dyad__word_is(w->texts[1], "south") ? &r->south
                                                                      : NULL;
        if (take_one(half, d)) return true;
    }
    bool count = word_in(s, w->texts[0], LEX(LEX_PAIR_COUNT));
    if (!count && word_in(s, w->texts[i], LEX(LEX_PAIR_COUNT))) count = true, i++;
    while (i < n - 1 && w->tags[i] == TAG_JJ) i++;  // "the two neighbouring countries"
    slice h = w->texts[n - 1];
    if (i != n - 1 || w->tags[i] != TAG_NOUN || !h.n || (h.p[0] >= 'A' && h.p[0] <= 'Z'))
        return false;
    if (count && word_in(s, h, LEX(LEX_PAIR_PEOPLE)))  // "the two leaders"
        return take_pair(r->person, true, true, d) ||
               (has_agents && take_pair(r->state, false, false, d));
    if (count && word_in(s, h, LEX(LEX_PAIR_SIDE))) return take_pair(r->actor, true, false, d);
    if (count ? word_in(s, h, LEX(LEX_PAIR_NOUN)) : word_in(s, h, LEX(LEX_PAIR_ALONE)))
        return take_pair(r->state, false, false, d);
    if (count) return false;  // the first word is "the"
    if (word_in(s, h, LEX(LEX_BODY_NOUN))) return take_body(r, REF_IGO, REF_NGO, d);
    if (word_in(s, h, LEX(LEX_GROUP_NOUN))) return take_body(r, REF_IGO, REF_ARMED, d);
    return false;
}
