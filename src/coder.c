// coder.c: the coder handle and coding one sentence: discards, the skip
// test, a parse (supplied or built-in), noun phrases, actors, verbs, events.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "boilerplate.h"
#include "cameo.h"
#include "check.h"
#include "error.h"
#include "roles.h"
#include "verbs.h"

dyad_coder *dyad_coder_new(const dyad_dict *dict, const dyad_options *opts)
{
    dyad_coder *c = dyad__xcalloc(1, sizeof *c);
    c->dict = dict;
    dyad_options def = DYAD_OPTIONS_INIT;
    c->opts = opts ? *opts : def;
    dyad__arena_init(&c->mem, 64 * 1024);
    c->parser = &dyad__parser_builtin;
    c->parser_state = c->parser->create(dict);
    return c;
}

void dyad_coder_free(dyad_coder *c)
{
    if (!c) return;
    dyad__arena_dispose(&c->mem);
    if (c->parser) c->parser->destroy(c->parser_state);
    free(c->events);
    free(c->tally);
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
        {"discard_share", offsetof(dyad_options, discard_share)},
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
        {"story_country", offsetof(dyad_options, story_country)},
        {"parse_all", offsetof(dyad_options, parse_all)},
        {"nominal", offsetof(dyad_options, nominal)},
        {"relatives", offsetof(dyad_options, relatives)},
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
    o->story_country = o->nominal = o->relatives = on;
    o->discard_share = on ? 20 : 0;
    o->same_country = !on;
}

void dyad_options_default(dyad_options *o)
{
    dyad_options d = DYAD_OPTIONS_INIT;
    *o = d;
    dyad_options_news(o, true);
}

const char *dyad_version(void)
{
    return DYAD_VERSION;
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

// The source of the sentence's first act that is no reaction to another
// (not a statement, appeal, verbal support (05 but recognition 054 and
// agreements 057), demand, criticism or rejection): whose
// "decision" or "move" a later sentence reacts to.
// A root of reactions to another's act (see note_act_owner).
static bool reaction_root(const char *code)
{
    int r = dyad__cameo_root(code);
    bool verbal05 = r == 5 && strncmp(code, "054", 3) && strncmp(code, "057", 3);
    return r == 1 || r == 2 || verbal05 || r == 10 || r == 11 || r == 12;
}

static void note_act_owner(dyad_coder *c)
{
    for (size_t i = 0; i < c->n_events; i++) {
        const dyad_event *e = &c->events[i];
        if (!e->root || reaction_root(e->code) || !strncmp(e->source, "---", 3)) continue;
        snprintf(c->act_owner, sizeof c->act_owner, "%s", e->source);
        snprintf(c->act_owner_entry, sizeof c->act_owner_entry, "source of \"%s\" (%s)",
                 e->event_text ? e->event_text : "", e->source_entry ? e->source_entry : e->source);
        return;
    }
    // "Donilon issued a firm warning to the country" (no target coded):
    // still the act a later "the move" reacts to
    if (c->verb_owner[0]) {
        memcpy(c->act_owner, c->verb_owner, sizeof c->act_owner);
        memcpy(c->act_owner_entry, c->verb_owner_entry, sizeof c->act_owner_entry);
    }
}

// News: is the sentence a question ("How has Trump insulted Mexico?",
// "\u201cIs he done attacking the Speaker?\u201d"): its first word (after an
// opening quote) asks, and it ends with a question mark? What it asks
// about is not asserted. (A statement that ends by quoting a question,
// "He urged voters to ..., saying: 'What do you have to lose?'", is none.)
static bool question(const sentence *s)
{
    static const char *const ask[] = {"how", "what", "why", "who", "whom", "which", "when", "where",
                                      "did", "do", "does", "is", "are", "was", "were", "would",
                                      "will", "should", "could", "can", "has", "have", "had",
                                      "shall", "may", "might", "must", NULL};
    int32_t n = s->n_leaves, first = 0, last = n - 1;
    while (first < n && s->leaves[first].tag == TAG_PUNCT) first++;  // opening quotes
    if (first >= n) return false;
    // "Should Britain and France agree to ..., Iran would protest", "Were
    // Iran to attack, ...", "Had Russia attacked, ...": a condition by
    // inversion, question mark or not
    if (first + 1 < n && s->leaves[first + 1].tag != TAG_PUNCT &&
        (dyad__word_is(s->leaves[first].text, "should") || dyad__word_is(s->leaves[first].text, "were") ||
         dyad__word_is(s->leaves[first].text, "had")) &&
        s->leaves[first].text.p[0] >= 'A' && s->leaves[first].text.p[0] <= 'Z')
        return true;
    while (last >= 0 && s->leaves[last].tag == TAG_PUNCT && !memchr(s->leaves[last].text.p, '?', s->leaves[last].text.n))
        last--;  // closing quotes
    if (last < 0 || s->leaves[last].text.n != 1 || s->leaves[last].text.p[0] != '?') return false;
    for (const char *const *a = ask; *a; a++)
        if (dyad__word_is(s->leaves[first].text, *a)) return true;
    return false;
}

// Each verb phrase whose verb is in the dictionary, in reading order.
// The source of an act that gave no event, when the source is coded.
static void note_verb_owner(dyad_coder *c, const verb_match *m)
{
    const sentence *s = &c->sent;
    int32_t src = m->src >= 0 ? m->src : dyad__verb_default_source(s, m->first, c->opts.clause_roles);
    if (src < 0 || s->nes[src].compound || !s->nes[src].code || !strncmp(s->nes[src].code, "---", 3)) return;
    const ne_phrase *e = &s->nes[src];
    snprintf(c->verb_owner, sizeof c->verb_owner, "%s", e->code);
    snprintf(c->verb_owner_entry, sizeof c->verb_owner_entry, "source of an act with no target (%s)",
             e->entry ? e->entry : e->code);
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
        if (!dyad__verb_try(s, i, &m)) continue;
#ifdef DYAD_TRACE
        {
            slice vw = s->leaves[s->items[m.verb_item].leaf].text;
            fprintf(stderr, "trace: verb %.*s code %s pattern %s:%d %s src %d tgt %d\n", (int)vw.n, vw.p,
                    m.code ? m.code : "-", m.pattern ? m.pattern->file : "", m.pattern ? m.pattern->line : 0,
                    m.pattern ? m.pattern->text : "", m.src, m.tgt);
        }
#endif
        // news: "two journalists were arrested": the arrest is coded with
        // its implied doer (events.c)
        if (!m.code && m.agentless && c->opts.clause_roles && !strcmp(m.agentless, "173")) {
            m.code = m.agentless;
            m.passive = true;
            m.pattern = m.agentless_pattern;  // the evidence: the verb's own pattern
        }
        if (!m.code) {  // "X said Y was responsible": an accusation of Y
            if (c->opts.clause_roles && dyad__lexicon_has(&c->dict->lex, LEX(LEX_SPEECH) | LEX(LEX_ASSERT),
                                                          s->leaves[s->items[m.verb_item].leaf].id) &&
                !(c->opts.hypothetical && dyad__hypothetical(s, i)))
                dyad__code_accusation(c, &m);
            else if (c->opts.clause_roles && !(c->opts.hypothetical && dyad__hypothetical(s, i)))
                dyad__code_agreed(c, &m);
            continue;
        }
        // "shelled Kharkiv, killing 20 civilians": a participle of material
        // conflict after the host verb's act is that act's outcome, not an
        // act of its own (verbal acts are: "expelled them, accusing them")
        int32_t host = c->opts.clause_roles ? dyad__participle_host(s, m.first) : -1;
        verb_match hm;
        bool host_act = host >= 1 && dyad__verb_try(s, host - 1, &hm) && hm.code;
        if (host_act && dyad__cameo_root(m.code) >= 15) continue;
        // "marched in Minsk, demanding the resignation of X": what a protest
        // demands is its topic, not an act of its own
        if (host_act && dyad__cameo_root(hm.code) == 14) continue;
        // "Russia said it would (will) send troops": the act is not done,
        // the speaker states an intent or a threat
        if (c->opts.hypothetical && c->opts.clause_roles && dyad__unsaid(s, i)) continue;
        if (c->opts.clause_roles && dyad__cameo_root(m.code) == 2 && dyad__asked_question(s, &m)) continue;
        int32_t speaker = -1;
        bool demand = false, self = false;
        const char *intent = c->opts.hypothetical
                                 ? dyad__stated_intent(s, i, m.code, &speaker, &demand, &self)
                                 : NULL;
        if (intent && self) {  // "India is ready to work with Bangladesh"
            m.code = intent;
        } else if (intent) {
            int32_t subject = m.src >= 0 ? m.src : dyad__verb_default_source(s, m.first, true);
            bool own = dyad__own_subject(s, subject, speaker);
            // a demand is made of someone else ("said Iran must release ..."):
            // the speaker asks it of the clause's subject
            if (demand ? own || subject < 0 : !own) continue;
            m.code = intent;
            if (demand) m.tgt = subject;
            m.src = speaker;
        } else if (c->opts.hypothetical && dyad__hypothetical(s, i)) {
            continue;
        }
        size_t added = dyad__code_verb(c, &m);
        if (!added && !c->verb_owner[0] && !reaction_root(m.code)) note_verb_owner(c, &m);
        i = dyad__next_vp(s, &m, added, c->opts.clause_roles);
    }
}

// ---------------------------------------------------------------- records


// "Saudi-led", "British-flagged", "Russian-owned": a nationality joined to
// a word of leading, flying or owning names that state ("the Saudi-led
// coalition" is Saudi Arabia's; not "-backed": the backer's proxies are not
// the backer).
static slice owner_prefix(slice w)
{
    static const char *const suffixes[] = {"-led", "-flagged", "-owned", "-registered",
                                           "-controlled", "-run", "-operated", NULL};
    for (const char *const *x = suffixes; *x; x++) {
        size_t k = strlen(*x);
        if (w.n > k + 2 && dyad__same_ci(w.p + w.n - k, *x, k)) return (slice){w.p, w.n - k};
    }
    return (slice){NULL, 0};
}

// A leaf's dictionary word. "US" in capitals is the country, never the
// pronoun "us", so it is looked up as "U.S." (dictionaries cannot hold "US":
// their matching ignores case). An unknown hyphenated word is its owner
// ("Saudi-led") or its people's nationality ("Iranian-Americans").
uint32_t dyad__leaf_word_id(const dyad_dict *d, slice w)
{
    if (dyad__lexicon_is_us(w)) {
        uint32_t id = dyad__intern_find(d->words, "U.S.", 4);
        if (id) return id;
    }
    uint32_t id = dyad__word_id(d, w);
    if (!id && w.n > 4 && memchr(w.p, '-', w.n)) {
        slice owner = owner_prefix(w);
        if (owner.n && !memchr(owner.p, '-', owner.n)) {
            // a state's word only ("Saudi-led"), not an agent's
            // ("government-controlled", "rebel-held")
            uint32_t o = dyad__leaf_word_id(d, owner);
            uint8_t wc = o ? dict_word_class(d, o) : 0;
            if ((wc & WC_ACTOR) && !(wc & WC_AGENT)) return o;
        }
        // "Iranian-Americans": people named by a plural of a state's word
        // are of that state (not a pair: "U.S.-Mexico", "Israeli-Palestinian";
        // not "pro-Russia", "anti-American")
        const char *h = w.p + w.n;
        while (h > w.p && h[-1] != '-') h--;
        slice last = {h, (size_t)(w.p + w.n - h)};
        if (!owner.n && last.n > 3 && last.p[0] >= 'A' && last.p[0] <= 'Z' && w.p[0] >= 'A' &&
            w.p[0] <= 'Z' && last.p[last.n - 1] == 's') {
            uint32_t o = dyad__word_id(d, last);
            uint8_t wc = o ? dict_word_class(d, o) : 0;
            if ((wc & WC_ACTOR) && (wc & WC_FIRST) && !(wc & WC_AGENT)) return o;
        }
    }
    return id;
}

static void build_leaves(dyad_coder *c, const dyad_record *rec)
{
    sentence *s = &c->sent;
    s->n_leaves = s->tree.n_leaves;
    s->leaves = dyad__arena_alloc(&c->mem, ((size_t)s->n_leaves + 1) * sizeof *s->leaves);
    size_t from = 0;
    for (int32_t i = 0; i < s->tree.n; i++) {
        const tnode *t = &s->tree.nodes[i];
        if (!tnode_is_leaf(t)) continue;
        leaf *l = &s->leaves[t->leaf_index];
        l->text = t->word;
        l->tag = t->tag;
        l->id = dyad__leaf_word_id(c->dict, t->word);
        l->offset = -1;
        // find the word in the text, moving forward, for offsets
        if (rec->text && t->word.n && t->word.n <= rec->text_len) {
            for (size_t p = from; p + t->word.n <= rec->text_len && p < from + 256; p++)
                if (dyad__same_ci(rec->text + p, t->word.p, t->word.n)) {
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
    dyad_mention *m = dyad__arena_alloc(&c->mem, n * sizeof *m);
    size_t k = 0;
    for (int32_t i = 0; i < s->n_nes; i++) {
        const ne_phrase *e = &s->nes[i];
        if (e->compound || e->first_leaf < 0 || !strcmp(e->code, "---")) continue;
        strbuf b = STRBUF_INIT;  // its words, from the leaves (commas may have cut it out)
        for (int32_t l = e->first_leaf; l <= e->last_leaf; l++) {
            if (s->leaves[l].tag == TAG_POS) continue;
            if (b.n) dyad__sb_putc(&b, ' ');
            dyad__sb_put(&b, s->leaves[l].text.p, s->leaves[l].text.n);
        }
        m[k].text = dyad__arena_strndup(&c->mem, b.p ? b.p : "", b.n);
        dyad__sb_dispose(&b);
        m[k].code = e->code;
        m[k].entry = e->entry ? e->entry : "";
        m[k].span = dyad__leaf_span(s, e->first_leaf, e->last_leaf);
        k++;
    }
    c->result.mentions = m;
    c->result.n_mentions = k;
}

void dyad__pair_begin(dyad_coder *c, bool second)
{
    if (!second) c->pair_groups++;
    c->pair_mark = -(2 * c->pair_groups + (second ? 1 : 0));
}

void dyad__pair_end(dyad_coder *c)
{
    c->pair_mark = 0;
}

// Number the events (index) and join each event of a paired code's first
// code to the reverse event of its second code (pair); the marks of events
// left alone are cleared.
static void number_events(dyad_coder *c)
{
    int32_t pairs = 0;
    for (size_t i = 0; i < c->n_events; i++) {
        dyad_event *e = &c->events[i];
        e->index = (int32_t)i + 1;
        if (e->pair >= 0 || -e->pair % 2) continue;  // not a first code's event
        for (size_t j = 0; j < c->n_events; j++) {
            dyad_event *f = &c->events[j];
            if (f->pair == e->pair - 1 && !strcmp(f->source, e->target) &&
                !strcmp(f->target, e->source)) {
                e->pair = f->pair = ++pairs;
                break;
            }
        }
    }
    for (size_t i = 0; i < c->n_events; i++)
        if (c->events[i].pair < 0) c->events[i].pair = 0;
}

static int finish(dyad_coder *c, const dyad_result **res, dyad_outcome o, const char *why)
{
    number_events(c);
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
    return c->opts.max_ms > 0 && (dyad__now_seconds() - c->started) * 1000.0 > c->opts.max_ms;
}


// Leaves from the built-in parser: offsets come from the tokens.
static void build_leaves_raw(dyad_coder *c, const dyad_record *rec, const text_token *toks,
                             const uint32_t *ids)
{
    sentence *s = &c->sent;
    s->n_leaves = s->tree.n_leaves;
    s->leaves = dyad__arena_alloc(&c->mem, ((size_t)s->n_leaves + 1) * sizeof *s->leaves);
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

void dyad_coder_on_diag(dyad_coder *c, dyad_diag_fn fn, void *ctx)
{
    c->diag_fn = fn;
    c->diag_ctx = ctx;
}

void dyad__coder_diag(dyad_coder *c, dyad_error *e, const dyad_record *rec, bool in_sentence,
                      int32_t offset)
{
    if (!c->diag_fn) return;
    if (!e->file[0] && rec->file) snprintf(e->file, sizeof e->file, "%s", rec->file);
    if (!e->line) e->line = rec->line > 0 ? rec->line : 0;
    const char *story = in_sentence ? rec->story_id : rec->id;
    snprintf(e->story_id, sizeof e->story_id, "%s", story ? story : "");
    snprintf(e->sentence_id, sizeof e->sentence_id, "%s", in_sentence && rec->id ? rec->id : "");
    e->offset = offset;
    c->diag_fn(c->diag_ctx, e);
}

// A sentence left uncoded by a limit: its outcome, and a warning.
static int not_coded(dyad_coder *c, const dyad_result **res, dyad_outcome o, const char *why)
{
    const dyad_record *rec = c->rec;
    dyad_error e;
    dyad_error_set(&e, DYAD_WARNING, NULL, 0, 0, "sentence %s not coded: %s",
                   rec->id ? rec->id : "", why);
    dyad__coder_diag(c, &e, rec, true, rec->text_offset);
    return finish(c, res, o, why);
}

// A parse that could not be read (supplied) or built (raw text): the same
// outcome either way, and an error with the parse's position.
static int bad_parse(dyad_coder *c, const dyad_result **res, dyad_error *e)
{
    if (e->code >= 0) e->code = DYAD_ERR_SYNTAX;
    if (!e->message[0]) snprintf(e->message, sizeof e->message, "the parser failed");
    const char *why = dyad__arena_strndup(&c->mem, e->message, strlen(e->message));
    dyad__coder_diag(c, e, c->rec, true, c->rec->text_offset);
    return finish(c, res, DYAD_BAD_PARSE, why);
}

// Built with -DDYAD_CHECK (make asan): abort on a sentence whose item list
// breaks an invariant of check.h.
static void check_items(const dyad_coder *c, const char *stage)
{
#ifdef DYAD_CHECK
    char where[300];
    snprintf(where, sizeof where, "in sentence \"%s\" %s", c->rec->id ? c->rec->id : "", stage);
    int32_t lo = c->rec->text_offset, hi = lo + (int32_t)c->rec->text_len;
    dyad__sentence_assert(&c->sent, lo, hi, where);
#else
    (void)c, (void)stage;
#endif
}

// The issues of a sentence that has events, on the sentence and each of
// its events (looked for only then: a sentence without events needs none).
static void attach_issues(dyad_coder *c)
{
    if (!c->opts.code_issues || !c->n_events) return;
    const dyad_record *rec = c->rec;
    const char *issues = dyad__issues_of(&c->mem, c->dict, rec->text ? rec->text : "",
                                         rec->text ? rec->text_len : 0);
    c->result.issues = issues;
    for (size_t i = 0; i < c->n_events; i++) c->events[i].issues = issues;
}

static int code_tree(dyad_coder *c, const dyad_result **res)
{
    sentence *s = &c->sent;
    s->topic = c->in_story && c->opts.pronouns && c->topic[0] ? c->topic : NULL;
    s->topic_entry = c->topic_entry;
    s->thing = c->in_story && c->opts.pronouns && c->thing[0] ? c->thing : NULL;
    bool owner = c->in_story && c->opts.pronouns && c->act_owner[0];
    s->act_owner = owner ? c->act_owner : c->topic_newer ? s->topic : s->thing;
    s->act_owner_entry = owner ? c->act_owner_entry : c->topic_newer ? c->topic_entry : c->thing_entry;
    s->thing_entry = c->thing_entry;
    s->names = c->names;
    s->n_names = c->in_story && c->opts.pronouns ? c->n_names : 0;
    s->refs = c->in_story && c->opts.pronouns ? &c->refs : NULL;
    s->relatives = c->opts.relatives;
    s->be_forms = c->opts.clause_roles;
    dyad__sentence_flatten(s);
    check_items(c, "after flattening");
    if (dyad__sentence_is_dateline(s)) return finish(c, res, DYAD_DATELINE, "the sentence is a dateline");
    dyad__sentence_code_actors(s, &c->opts);  // before deletion, so mentions keep every name
    if (c->in_story && c->opts.story_country) dyad__story_country(c);
    if (c->opts.pronouns) dyad__pronoun_subject(s);
    if (c->opts.pronouns) dyad__it_subject(s);
    if (c->opts.pronouns) dyad__they_subject(s);
    if (c->opts.pronouns) dyad__pronoun_quote(s);
    if (c->opts.pronouns) dyad__object_pronoun(s);
    if (c->opts.pronouns) dyad__pronoun_bracket(s);
    dyad__sentence_delete_commas(s, &c->opts);
    check_items(c, "after comma deletion");
    if (over_time(c)) {
        c->n_events = 0;
        return not_coded(c, res, DYAD_TIMEOUT, "the sentence took longer than max_ms");
    }
    if (!(c->opts.hypothetical && question(s))) {
        code_verbs(c);
        if (c->opts.nominal) dyad__code_nouns(c);
    }
    attach_issues(c);
    collect_mentions(c);
    if (c->in_story && c->opts.pronouns) {
        note_act_owner(c);
        dyad__update_topic(c);
        dyad__update_names(c);
        dyad__update_refs(c);
    }
    return finish(c, res, DYAD_CODED, "");
}

static int code_raw(dyad_coder *c, const dyad_record *rec, const dyad_result **res)
{
    text_token *toks;
    bool truncated = false;
    int32_t max = c->opts.max_tokens > 0 ? c->opts.max_tokens : 100000;
    int32_t n = dyad__text_tokenize(&c->mem, rec->text ? rec->text : "", 0, (int32_t)rec->text_len,
                              &toks, max, &truncated);
    if (truncated) {
        strbuf b = STRBUF_INIT;
        dyad__sb_printf(&b, "the sentence has more than %d tokens (option max_tokens)", (int)max);
        const char *why = dyad__arena_strndup(&c->mem, b.p, b.n);
        dyad__sb_dispose(&b);
        return not_coded(c, res, DYAD_TOO_LONG, why);
    }
    n = dyad__drop_link_blocks(toks, n);
    // each token's dictionary word, looked up once for the skip test, the
    // tagger and the leaves
    uint32_t *ids = dyad__arena_alloc(&c->mem, ((size_t)n + 1) * sizeof *ids);
    for (int32_t i = 0; i < n; i++) ids[i] = dyad__leaf_word_id(c->dict, toks[i].norm);
    if (!dyad__worth_parsing(c, toks, ids, n))
        return finish(c, res, DYAD_SKIPPED, "no dictionary verb, or fewer than two actor words");
    sentence *s = &c->sent;
    parse_input in = {toks, n, c->dict, ids};
    dyad_error e = {0};
    if (c->parser->parse(c->parser_state, &in, &s->tree, &e) < 0) return bad_parse(c, res, &e);
    c->stats.parsed++;
    build_leaves_raw(c, rec, toks, ids);
    return code_tree(c, res);
}

static int code_record(dyad_coder *c, const dyad_record *rec, const dyad_result **res)
{
    dyad__arena_reset(&c->mem);
    c->n_events = 0;
    c->verb_owner[0] = 0;
    c->pair_mark = c->pair_groups = 0;
    c->started = dyad__now_seconds();
    memset(&c->result, 0, sizeof c->result);
    c->result.issues = "";
    c->rec = rec;
    if (!c->in_story) c->stats.bytes += rec->text_len;
#ifdef DYAD_TRACE
    fprintf(stderr, "trace: sentence %s %d\n", rec->id ? rec->id : "", (int)rec->text_char_offset);
#endif
    const char *text = rec->text ? rec->text : "";
    size_t len = rec->text ? rec->text_len : 0;
    const phrase_entry *story_hit, *sentence_hit;
    if (c->discards) {  // found by story.c
        story_hit = c->discards->story;
        sentence_hit = c->discards->sentence;
        c->discards = NULL;
    } else {
        dyad__find_discards(c->dict, text, len, &story_hit, &sentence_hit);
    }
    // discard_share: in a story that was kept, a sentence naming a sport is coded
    if (story_hit && !(c->in_story && c->opts.discard_share > 0))
        return finish(c, res, DYAD_DISCARD_STORY, story_hit->text);
    if (sentence_hit) return finish(c, res, DYAD_DISCARD_SENTENCE, sentence_hit->text);
    sentence *s = &c->sent;
    s->mem = &c->mem;
    s->dict = c->dict;
    s->date = rec->date;
    if (!rec->parse || c->opts.ignore_parse) return code_raw(c, rec, res);
    dyad_error e = {0};
    if (dyad__tree_parse(&s->tree, &c->mem, rec->parse, rec->parse_len, rec->file,
                   rec->parse_line ? rec->parse_line : rec->line, &e) < 0)
        return bad_parse(c, res, &e);
    build_leaves(c, rec);
    return code_tree(c, res);
}

int dyad_code_record(dyad_coder *c, const dyad_record *rec, const dyad_result **res,
                     dyad_error *err)
{
    if (!c || !rec) {
        dyad_error_set(err, DYAD_ERR_ARG, NULL, 0, 0, "bad arguments to dyad_code_record");
        return DYAD_ERR_ARG;
    }
    if (c->in_story) {   // dyad_code_story named the story
        dyad__oom_sentence(rec->id);
        return code_record(c, rec, res);
    }
    dyad__oom_at("coding", rec->file, rec->line);
    dyad__oom_story(rec->story_id && *rec->story_id ? rec->story_id : rec->id);
    int rc = code_record(c, rec, res);
    dyad__oom_clear();
    return rc;
}

void dyad_coder_get_stats(const dyad_coder *c, dyad_coder_stats *out)
{
    *out = c->stats;
}
