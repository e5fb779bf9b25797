// actors.c: give each noun phrase (NE) an actor code.
//
// The leftmost actor phrase of the NE gives the base code (dated codes are
// resolved against the sentence date); every agent phrase found in the NE
// then adds its sector code: "~GOV" after the actor code, "NGO~" before.
// An agent with no actor gives "---GOV" and the like.
#include <string.h>

#include "cameo.h"
#include "roles.h"

uint32_t dyad__word_id(const dyad_dict *d, slice w)
{
    return dyad__intern_find(d->words, w.p, w.n);
}

typedef struct longest {
    int32_t start, best, len;
} longest;

static void on_longer(void *ctx, int32_t value, int32_t last)
{
    longest *l = ctx;
    l->best = value;
    l->len = last - l->start + 1;
}

// Longest phrase of trie `t` starting at words[i]; returns its payload
// index and sets *len, or -1.
static int32_t longest_match(const dyad_dict *d, const trie *t, const uint32_t *words,
                             const slice *texts, int32_t n, int32_t i, int32_t *len)
{
    longest l = {i, -1, 0};
    dyad__trie_walk(t, d->words, words, texts, n, i, on_longer, &l);
    if (l.best >= 0) *len = l.len;
    return l.best;
}

// The code of an entry on `date`. With no date (0) and no default code, the
// code of the latest dated period: a person with no undated code is most
// often named, in undated text, for what they are now (PETRARCH gives
// nothing here; `undated_latest` false keeps that).
// After a person's last period, the news coder (`undated_latest`) keeps a
// leader or elite as an elite of that state for good ("Reagan met
// Gorbachev" in a 2018 story: USAELI, RUSELI), and anyone else's state for
// two years ("Soleimani was killed" after his command ended with his death
// is IRN, not uncoded).
static const char *resolve_code(const actor_entry *e, int32_t date, bool undated_latest)
{
    if (date)
        for (size_t i = 0; i < e->n_codes; i++)
            if (date >= e->codes[i].from && date <= e->codes[i].to) return e->codes[i].code;
    if (e->default_code) return e->default_code;
    if (date && undated_latest && e->n_codes) {
        const actor_code *last = &e->codes[0];
        for (size_t i = 1; i < e->n_codes; i++)
            if (e->codes[i].to > last->to) last = &e->codes[i];
        if (date > last->to && last->former) return last->former;  // Nixon, Reagan: elites
        if (last->country && date > last->to && date - last->to <= 20000) return last->country;
    }
    if (!date && undated_latest && e->n_codes) {
        const actor_code *best = &e->codes[0];
        for (size_t i = 1; i < e->n_codes; i++)
            if (e->codes[i].to > best->to || (e->codes[i].to == best->to && e->codes[i].from > best->from))
                best = &e->codes[i];
        return best->code;
    }
    return "---";
}

// Does `code` already hold `agent` at a multiple of three?
static bool holds_at_triplet(const char *code, const char *agent)
{
    size_t n = strlen(code), k = strlen(agent);
    for (size_t i = 0; i + k <= n; i += 3)
        if (memcmp(code + i, agent, k) == 0) return true;
    return false;
}

static const char *compose(arena *mem, const char *actor, const agent_entry *const *agents,
                           int32_t n_agents)
{
    strbuf b = STRBUF_INIT;
    dyad__sb_puts(&b, actor ? actor : "---");
    for (int32_t i = 0; i < n_agents; i++) {
        const agent_entry *a = agents[i];
        if (holds_at_triplet(b.p, a->code)) break;
        if (a->prefix) {
            strbuf c = STRBUF_INIT;
            dyad__sb_puts(&c, a->code);
            dyad__sb_put(&c, b.p, b.n);
            dyad__sb_dispose(&b);
            b = c;
        } else {
            dyad__sb_puts(&b, a->code);
        }
    }
    const char *out = dyad__arena_strndup(mem, b.p, b.n);
    dyad__sb_dispose(&b);
    return out;
}

// The words of the NE, with their tags and leaves.
static void ne_collect(const sentence *s, const ne_phrase *e, ne_words *w)
{
    w->n = 0;
    for (int32_t k = e->open + 1; k < e->close && w->n < NE_MAX_WORDS; k++) {
        const item *it = &s->items[k];
        if (it->kind != IT_WORD) continue;
        w->words[w->n] = it->word;
        w->tags[w->n] = it->tag;
        w->covered[w->n] = false;
        w->leaves[w->n] = it->leaf;
        w->texts[w->n++] = s->leaves[it->leaf].text;
    }
}

// What the NE's words hold: its actor (the leftmost actor phrase) and its
// agents (every other agent phrase, in order).
typedef struct ne_found {
    const actor_entry *actor;
    int32_t first, last;      // the actor phrase's words, -1 without one
    const agent_entry *agents[16];
    int32_t n_agents;
} ne_found;

// Are words [i, i + len) of w all in lower case ("labour", "congress")?
static bool lower_words(const ne_words *w, int32_t i, int32_t len)
{
    for (int32_t j = i; j < i + len && j < w->n; j++)
        for (size_t k = 0; k < w->texts[j].n; k++) {
            char ch = w->texts[j].p[k];
            if ((ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9') || (unsigned char)ch >= 0x80)
                return false;
        }
    return true;
}

// Is one of words [from, to) a preposition outside the agent phrases there
// ("critic of", not "Secretary of State")?
static bool has_in_outside_agents(const dyad_dict *d, const ne_words *w, int32_t from, int32_t to)
{
    for (int32_t j = from; j < to; j++) {
        int32_t alen = 0;
        if (longest_match(d, &d->agents, w->words, w->texts, w->n, j, &alen) >= 0 && alen > 1) {
            j += alen - 1;
            continue;
        }
        if (w->tags[j] == TAG_IN) return true;
    }
    return false;
}

static void find_actor(const dyad_dict *d, ne_words *w, bool heads, ne_found *f)
{
    f->actor = NULL;
    f->first = f->last = -1;
    int32_t n = w->n;
    // the leftmost actor phrase, unless a person is named after it ("White
    // House adviser Kellyanne Conway", "Iranian President Hassan Rouhani")
    for (int32_t i = 0; i < n && (!f->actor || !f->actor->n_codes); i++) {
        int32_t len = 0, v = longest_match(d, &d->actors, w->words, w->texts, n, i, &len);
        dyad__trie_gap_walk(&d->actors, w->words, n, i, &v, &len);
        if (v < 0) continue;
        // news: a word in lower case that begins a longer agent phrase is
        // that agent's ("labour unions" are no Labour Party)
        if (heads && lower_words(w, i, len)) {
            int32_t alen = 0;
            if (longest_match(d, &d->agents, w->words, w->texts, n, i, &alen) >= 0 && alen > len) continue;
        }
        // not across a preposition: "a Russian critic of Vladimir Putin" is
        // Russian (one inside a title is no border: "US Secretary of State
        // Mike Pompeo")
        if (f->actor && has_in_outside_agents(d, w, f->last + 1, i)) break;
        const actor_entry *a = &d->actor_entries[v];
        for (int32_t j = i; j < i + len && j < n; j++) w->covered[j] = true;
        if (heads && !a->default_code && !a->n_codes) {
            // a code-less guard ("GEORGIA_SEN." for the US state) hides
            // its words; a name after it may still code the phrase
            i += len - 1;
            continue;
        }
        if (f->actor && !a->n_codes) {  // only a person replaces the first actor
            i += len - 1;
            continue;
        }
        f->actor = a;
        f->first = i;
        f->last = i + len - 1 < n ? i + len - 1 : n - 1;
        i = f->last;  // a later name starts after this phrase, not inside it
    }
}

// Is the agent a person's role in a body ("spokesman", "official",
// "leader"), which speaks for the body it is "of" or "for"?
static bool role_agent(const agent_entry *a)
{
    static const char *const roles[] = {"OFFICIAL", "LEADER", "LEADERSHIP", "SPOKES!PERSON!", NULL};
    for (const char *const *r = roles; *r; r++)
        if (!strcmp(a->name, *r)) return true;
    return false;
}

static void find_agents(const dyad_dict *d, ne_words *w, ne_found *f)
{
    f->n_agents = 0;
    for (int32_t i = 0; i < w->n && f->n_agents < 16; i++) {
        if (w->covered[i]) continue;  // words of the actor's own name are not agents
        int32_t len, v = longest_match(d, &d->agents, w->words, w->texts, w->n, i, &len);
        if (v < 0) continue;
        if (d->agent_entries[v].code[0]) f->agents[f->n_agents++] = &d->agent_entries[v];
        for (int32_t j = i; j < i + len && j < w->n; j++) w->covered[j] = true;
        i += len - 1;  // the words of one agent do not start another
    }
}

// "a spokesman for the Indian army", "the leader of Hamas", "a Taliban
// spokesman", "business leaders": a role speaks for its body and adds no
// sector of its own to one that has one, an agent's or the actor's code
// `base` ("a spokesman for Russia" stays RUSGOV).
static void drop_roles(ne_found *f, const char *base)
{
    int32_t k = 0;
    for (int32_t i = 0; i < f->n_agents; i++)
        if (!role_agent(f->agents[i])) f->agents[k++] = f->agents[i];
    if (k == f->n_agents) return;
    if (k || (strlen(base) > 3 && strncmp(base, "---", 3))) f->n_agents = k;
}

// "file:line name" of the actor entry (and the first agent entry).
// "file:line NAME" of an entry, written at *p (no printf: this runs for
// every coded noun phrase).
static char *put_entry(char *p, const char *file, int line, const char *name)
{
    size_t n = strlen(file);
    memcpy(p, file, n);
    p += n;
    *p++ = ':';
    char digits[12];
    int k = 0;
    unsigned v = line > 0 ? (unsigned)line : 0;
    do digits[k++] = (char)('0' + v % 10); while ((v /= 10) && k < 11);
    while (k) *p++ = digits[--k];
    *p++ = ' ';
    n = strlen(name);
    memcpy(p, name, n);
    return p + n;
}

static const char *entry_of(arena *mem, const ne_found *f)
{
    const char *file1, *name1, *file2 = NULL, *name2 = NULL;
    int line1, line2 = 0;
    if (f->actor) {
        file1 = f->actor->file, line1 = f->actor->line, name1 = f->actor->name;
        if (f->n_agents) file2 = f->agents[0]->file, line2 = f->agents[0]->line, name2 = f->agents[0]->name;
    } else {
        file1 = f->agents[0]->file, line1 = f->agents[0]->line, name1 = f->agents[0]->name;
    }
    size_t cap = strlen(file1) + strlen(name1) + 16 + (file2 ? strlen(file2) + strlen(name2) + 18 : 0);
    char *out = dyad__arena_alloc(mem, cap), *p = put_entry(out, file1, line1, name1);
    if (file2) {
        *p++ = ';';
        *p++ = ' ';
        p = put_entry(p, file2, line2, name2);
    }
    *p = 0;
    return out;
}

// Make room for `n` items before item `at`: the later items move up, and
// every mark and NE bound pointing at them follows.
static void insert_items(sentence *s, int32_t at, int32_t n)
{
    VEC_RESERVE(s->items, s->cap_items, (size_t)(s->n_items + n));
    memmove(s->items + at + n, s->items + at, (size_t)(s->n_items - at) * sizeof *s->items);
    s->n_items += n;
    for (int32_t i = 0; i < s->n_items; i++)
        if (s->items[i].mate >= at) s->items[i].mate += n;
    for (int32_t k = 0; k < s->n_nes; k++) {
        if (s->nes[k].open >= at) s->nes[k].open += n;
        if (s->nes[k].close >= at) s->nes[k].close += n;
    }
}

// A new member NE of NEC `nec` between items open and close (already made).
static void add_member(sentence *s, int32_t nec, int32_t open, int32_t close, const char *code,
                       const char *entry, bool person)
{
    VEC_RESERVE(s->nes, s->cap_nes, (size_t)s->n_nes + 1);
    int32_t k = s->n_nes++;
    const ne_phrase *c = &s->nes[nec];
    s->nes[k] = (ne_phrase){.open = open, .close = close, .nec = nec, .code = code,
                            .entry = entry, .person = person, .named = true, .inferred = true,
                            .described = true, .first_leaf = c->first_leaf,
                            .last_leaf = c->last_leaf};
    s->items[open] = (item){.kind = IT_OPEN, .phrase = PH_NE, .mate = close, .ne = k, .leaf = -1};
    s->items[close] = (item){.kind = IT_CLOSE, .phrase = PH_NE, .mate = open, .ne = k, .leaf = -1};
}

// "the two countries": NE i becomes a compound (NEC) of the n actors it
// describes, so every rule for compounds holds for it ("the two sides met"
// gives both directions). The first member holds the words, the others none:
// [NEC [NE the two countries] [NE]].
static void describe_group(sentence *s, int32_t i, const char *const *code, const char *const *entry, int n,
                           bool people)
{
    insert_items(s, s->nes[i].open + 1, 1);
    insert_items(s, s->nes[i].close, 1 + 2 * (n - 1));
    int32_t open = s->nes[i].open, close = s->nes[i].close;
    s->items[open].phrase = s->items[close].phrase = PH_NEC;
    ne_phrase *e = &s->nes[i];
    e->compound = e->described = true;
    e->code = "---";
    e->entry = NULL;
    add_member(s, i, open + 1, close - 1 - 2 * (n - 1), code[0], entry[0], people);
    for (int k = 1; k < n; k++) {
        int32_t at = close - 2 * (n - k);
        add_member(s, i, at, at + 1, code[k], entry[k], people);
    }
}

// pronouns: code NE i as the actors the story named before that its words
// describe ("the two countries", "the alliance"); false when they are none.
// "Xi Jinping hosted Lula da Silva in Beijing, where the two leaders
// signed agreements": "the two leaders" (men, presidents ...) after two
// people the same sentence names are those two, not the story's last pair.
static bool pair_in_sentence(sentence *s, int32_t i, const ne_words *w)
{
    if (w->n != 3 || !dyad__word_is(w->texts[0], "the") || !dyad__word_is(w->texts[1], "two") ||
        !dyad__lexicon_has_text(&s->dict->lex, s->dict->words, LEX(LEX_PAIR_PEOPLE), w->texts[2]))
        return false;
    int32_t a = -1, b = -1;
    for (int32_t j = 0; j < i; j++) {
        const ne_phrase *p = &s->nes[j];
        if (p->open < 0 || p->compound || !p->person || !p->code || !strcmp(p->code, "---") ||
            p->first_leaf >= s->nes[i].first_leaf)
            continue;
        if (b >= 0 && !strcmp(s->nes[b].entry ? s->nes[b].entry : "", p->entry ? p->entry : "")) continue;
        a = b;
        b = j;
    }
    if (a < 0) return false;
    const char *code[2] = {s->nes[a].code, s->nes[b].code};
    const char *entry[2] = {s->nes[a].entry ? s->nes[a].entry : "", s->nes[b].entry ? s->nes[b].entry : ""};
    describe_group(s, i, code, entry, 2, true);
    return true;
}

static bool code_description(sentence *s, int32_t i, const ne_words *w, const ne_found *f)
{
    described d;
    if (!f->actor && pair_in_sentence(s, i, w)) return true;
    if (f->actor || !dyad__describe(s, w, f->n_agents > 0, &d)) return false;
    // "All urged Trump to stay": "all" alone only as the subject that opens
    // the sentence, before an active verb (not "Medicare for all", "All were
    // later phoned")
    if (w->n == 1 && dyad__word_is(w->texts[0], "all")) {
        int32_t l = s->nes[i].first_leaf;
        bool opens = l == 0 || (l == 1 && s->leaves[0].tag != TAG_NOUN && s->leaves[0].tag != TAG_VERB);
        bool active = l + 1 < s->n_leaves && s->leaves[l + 1].tag == TAG_VERB &&
                      !dyad__be_word(s->leaves[l + 1].text) && !dyad__word_is(s->leaves[l + 1].text, "have");
        if (!opens || !active) return false;
    }
    // a member of a coordination may be one actor named before ("South
    // Korea and the North held talks"), never a pair of them
    if (s->nes[i].nec >= 0 && d.n != 1) return false;
    const char *code[DESCRIBED_MAX], *entry[DESCRIBED_MAX];
    for (int k = 0; k < d.n; k++) {
        const char *c = d.whole || !f->n_agents ? d.code[k]
                                                 : compose(s->mem, d.code[k], f->agents, f->n_agents);
        code[k] = dyad__arena_strndup(s->mem, c, strlen(c));
        entry[k] = dyad__arena_strndup(s->mem, d.entry[k], strlen(d.entry[k]));
    }
    if (d.n >= 2) {
        describe_group(s, i, code, entry, d.n, d.people);
        return true;
    }
    ne_phrase *e = &s->nes[i];
    e->code = code[0];
    e->entry = entry[0];
    e->named = e->inferred = e->described = true;
    return true;
}

// Is the phrase's head (its last noun before a preposition) a noun of the
// noun dictionary ("strikes", "offensive", "sanctions")?
static bool event_head(const dyad_dict *d, const ne_words *w)
{
    int32_t h = dyad__ne_head_word(w);
    return h >= 0 && w->words[h] && dyad__noun_first_form(d, w->words[h]) >= 0;
}

// "Hamas rockets hit Beer Sheva", "Russian missiles struck Kyiv": is the
// phrase's head a weapon that is fired (its owner fires it)?
static bool weapon_head(const ne_words *w)
{
    static const char *const weapons[] = {"rocket", "rockets", "missile", "missiles", "shell",
                                          "shells", "mortar", "mortars", "bomb", "bombs",
                                          "projectile", "projectiles", "artillery", "shelling",
                                          NULL};
    int32_t h = dyad__ne_head_word(w);
    if (h < 0) return false;
    for (const char *const *x = weapons; *x; x++)
        if (dyad__word_is(w->texts[h], *x)) return true;
    return false;
}

// Is word t a count: digits ("30"), a number word ("forty-four", "five")
// or a round quantity ("hundreds", "dozens")?
static bool count_word(slice t)
{
    static const char *const words[] = {
        "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
        "twelve", "fifteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy",
        "eighty", "ninety", "hundred", "dozen", "dozens", "scores", "hundreds", "thousands",
        "tens", "millions", "several", NULL};
    if (!t.n) return false;
    if (t.p[0] >= '0' && t.p[0] <= '9') return true;
    const char *dash = memchr(t.p, '-', t.n);  // "forty-four"
    slice first = dash ? (slice){t.p, (size_t)(dash - t.p)} : t;
    for (const char *const *w = words; *w; w++)
        if (dyad__word_is(first, *w)) return true;
    return false;
}

// A word of a counted quantity's frame: "some 200", "more than 300", "at
// least 20", "tens of thousands of".
static bool count_frame(slice t)
{
    static const char *const words[] = {"of", "some", "about", "around", "nearly", "almost", "more",
                                        "than", "at", "least", "over", "up", "to", NULL};
    for (const char *const *w = words; *w; w++)
        if (dyad__word_is(t, *w)) return true;
    return false;
}

// "Syrians", "Italians" alone, with no determiner, or counted ("hundreds
// of Georgians", "some 200 Afghans"): the country's people, not its state
// ("the Russians sent warships" stays the state). A plural that is the
// country's own name ("Philippines") is the state.
// Is the plural t ("Venezuelans") a demonym of entry `actor`: its singular
// ("Venezuelan") a phrase of the same entry? ("Caracas", "Athens" and
// "Lagos" end in s too.)
static bool plural_demonym(const dyad_dict *d, const actor_entry *actor, slice t)
{
    char key[64];
    // ("Cuban-Americans": the last part)
    for (size_t k = t.n; k > 1; k--)
        if (t.p[k - 1] == '-') {
            t = (slice){t.p + k, t.n - k};
            break;
        }
    if (t.n < 4 || t.n > sizeof key) return false;
    for (size_t k = 0; k + 1 < t.n; k++) key[k] = (char)((t.p[k] >= 'a' && t.p[k] <= 'z') ? t.p[k] - 32 : t.p[k]);
    slice one = {key, t.n - 1};
    uint32_t id = dyad__word_id(d, one);
    if (!id) return false;
    int32_t len = 0, v = longest_match(d, &d->actors, &id, &one, 1, 0, &len);
    return v >= 0 && &d->actor_entries[v] == actor;
}

static bool demonym_people(const dyad_dict *d, const ne_words *w, const ne_found *f, const char *base)
{
    if (w->n < 1 || !f->actor || f->first != w->n - 1 || f->last != w->n - 1 || strlen(base) != 3 ||
        !strcmp(base, "---"))
        return false;
    bool counted = false;
    for (int32_t j = 0; j + 1 < w->n; j++) {
        if (count_word(w->texts[j])) counted = true;
        else if (!count_frame(w->texts[j])) return false;
    }
    if (w->n > 1 && !counted) return false;
    slice t = w->texts[w->n - 1];
    if (t.n < 4 || t.p[0] < 'A' || t.p[0] > 'Z' || t.p[t.n - 1] != 's') return false;
    const char *name = f->actor->name;
    if (name && strlen(name) == t.n) {
        bool same = true;
        for (size_t k = 0; k < t.n && same; k++) same = (t.p[k] & ~32) == (name[k] & ~32);
        if (same) return false;
    }
    return plural_demonym(d, f->actor, t);
}


// "30 people", "hundreds of people", "Forty-four people were arrested": a
// counted number of people is a crowd of civilians (bare "people", as in
// "people familiar with the matter", is not).
static bool counted_people(const sentence *s, const ne_phrase *e, const ne_words *w)
{
    if (w->n < 1 || w->n > 4) return false;
    slice h = w->texts[w->n - 1];
    if (!dyad__word_is(h, "people") && !dyad__word_is(h, "persons")) return false;
    for (int32_t j = 0; j + 1 < w->n; j++)
        if (count_word(w->texts[j])) return true;
    int32_t l = e->first_leaf;  // "hundreds of | people"
    return w->n == 1 && l >= 2 && dyad__word_is(s->leaves[l - 1].text, "of") &&
           count_word(s->leaves[l - 2].text);
}

// "the FBI is investigating his case": "his" or "her" and a noun of the
// person's affairs (case, campaign, home, plan) stands, as a target, for
// the story's topic person (never as a source, as "Exxon's records" for
// Exxon).
static void possessed_thing(const sentence *s, const ne_words *w, ne_phrase *e)
{
    if (w->n < 2 || w->tags[0] != TAG_PRP || !s->topic) return;
    if (!dyad__word_is(w->texts[0], "his") && !dyad__word_is(w->texts[0], "her")) return;
    for (int32_t j = 1; j < w->n; j++) {
        slice t = w->texts[j];
        if ((w->tags[j] != TAG_NOUN && w->tags[j] != TAG_JJ) || !t.n || (t.p[0] >= 'A' && t.p[0] <= 'Z'))
            return;
    }
    if (!dyad__lexicon_has_text(&s->dict->lex, s->dict->words, LEX(LEX_AFFAIR), w->texts[w->n - 1]))
        return;
    e->code = dyad__arena_strndup(s->mem, s->topic, strlen(s->topic));  // (the topic changes later)
    e->entry = s->topic_entry ? dyad__arena_strndup(s->mem, s->topic_entry, strlen(s->topic_entry)) : NULL;
    e->person = false;
    e->thing = e->located = e->inferred = true;
}

// Is word t the last word of entry name `name` ("States" of UNITED_STATES)?
static bool own_last_word(const char *name, slice t)
{
    if (!name) return false;
    const char *last = strrchr(name, '_');
    last = last ? last + 1 : name;
    return strlen(last) == t.n && dyad__same_ci(last, t.p, t.n);
}

// Are words [a, b] of w capitalised words of letters ("Roger Stone")?
static bool name_words(const ne_words *w, int32_t a, int32_t b)
{
    for (int32_t j = a; j <= b; j++) {
        slice t = w->texts[j];
        if (w->tags[j] != TAG_NOUN || t.n < 2 || t.p[0] < 'A' || t.p[0] > 'Z') return false;
        for (size_t k = 1; k < t.n; k++)
            if (!((t.p[k] >= 'a' && t.p[k] <= 'z') || t.p[k] == '-' || t.p[k] == '\''))
                return false;
    }
    return true;
}

// News: "rejected the opposition's demands", "criticized the president's
// plan": agent words that end right before a possessive mark own the thing
// the phrase names, which stands for them as a target (never a source).
static bool agent_possessor(const sentence *s, const ne_words *w, const ne_found *f)
{
    if (!f->n_agents) return false;
    int32_t last = -1;
    for (int32_t j = 0; j < w->n; j++)
        if (w->covered[j]) last = j;
    if (last < 0 || last + 1 >= w->n) return false;
    int32_t l = w->leaves[last];
    return l >= 0 && l + 1 < s->n_leaves && s->leaves[l + 1].tag == TAG_POS;
}

// News: "Judge Emmet Sullivan", "Rep. Ann Kuster": a title (an agent)
// right before a name of two or three words that no entry knows: the name
// is a person's, coded by the title, and its last name may name it again
// ("Sullivan said").
static void titled_name(ne_phrase *e, const ne_words *w)
{
    int32_t n = w->n, first = n;
    while (first > 0 && !w->covered[first - 1] && n - first < 3) first--;
    if (n - first < 2 || first < 1 || !w->covered[first - 1] || !name_words(w, first, n - 1)) return;
    if (e->code && strlen(e->code) != 6) return;  // one role: "---JUD", "USALEG"
    e->surname = w->texts[n - 1];
    e->role_named = true;
}

static void code_ne(sentence *s, int32_t i, bool heads)
{
    const dyad_dict *d = s->dict;
    ne_phrase *e = &s->nes[i];
    ne_words w;
    ne_collect(s, e, &w);
    ne_found f;
    find_actor(d, &w, heads, &f);
    // "Conway" after "Kellyanne Conway"; a word that is itself a place or
    // body ("Jordan", "Washington") stays that
    if ((!f.actor || f.actor->n_codes) && dyad__name_link(s, &w, e)) return;
    find_agents(d, &w, &f);
    if (s->refs && code_description(s, i, &w, &f)) return;  // "the two countries"
    if (heads && !f.actor && !f.n_agents && counted_people(s, e, &w)) {
        e->code = "---CVL";
        e->entry = "counted people: civilians";
        return;
    }
    if (!f.actor && !f.n_agents) {
        if (!dyad__pronoun_topic(s, &w, e) && heads) possessed_thing(s, &w, e);
        return;
    }
    if (heads) {
        ne_head h = dyad__ne_head(s, &w, f.actor != NULL, f.first, f.last, f.n_agents);
        // "Israeli airstrikes killed 20 people": an act named by an event
        // noun is done by its named owner, who may be a verb's source
        // (the owner stands before the noun: "explosions near the Iranian
        // Embassy" are not the embassy's)
        if (h == NE_HEAD_THING && f.actor && event_head(d, &w) && f.last < dyad__ne_head_word(&w))
            e->acts = true;
        if (h == NE_HEAD_THING && f.actor && weapon_head(&w) && f.last < dyad__ne_head_word(&w))
            e->fires = true;
        if (h == NE_HEAD_THING) {
            // "a U.S. drone strike", "the Mueller investigation": named after
            // an actor, not one; a named actor's thing may stand for it as a
            // target ("cooperated with the Mueller investigation"), never as
            // a source; an agent's thing ("the government's plan") is nothing
            e->thing = true;
            if (!f.actor && !(s->be_forms && agent_possessor(s, &w, &f))) return;
            e->located = true;
        }
        if (h == NE_HEAD_PLACE) e->located = true;
    }
    const char *base = f.actor ? resolve_code(f.actor, s->date, heads) : "---";
    if (s->be_forms) drop_roles(&f, base);  // (news: PETRARCH appends every agent)
    // "troops loyal to Mr. Assad": the agents before "loyal to" are of the
    // actor's state (SYRMIL), not the actor
    bool loyal = false;
    for (int32_t j = 1; heads && f.actor && f.n_agents && j + 1 < w.n && j + 1 < f.first; j++)
        if (dyad__word_is(w.texts[j], "loyal") && dyad__word_is(w.texts[j + 1], "to")) loyal = true;
    if (loyal && strlen(base) >= 3 && dyad__cameo_is_state(base)) {
        // forces loyal to a rebel, opposition or party group are armed men of it
        // ("forces loyal to the Tigray People's Liberation Front": ETHREB)
        bool rebel = dyad__loyal_armed_group(base);
        base = dyad__arena_strndup(s->mem, base, 3);
        f.actor = NULL;   // the agents' phrase, not a person
        f.n_agents = 1;   // the first, before "loyal" (not the leader's title)
        if (rebel) {
            e->code = dyad__cameo_with_state(s->mem, base, "REB");
            e->entry = entry_of(s->mem, &f);
            return;
        }
    }
    // a person's dated code already says what they are: their titles add
    // nothing ("former President Bill Clinton" is USAELI, not USAELIGOV)
    // (undated, the title tells the office held then better than the
    // person's latest code: "US Secretary of State Mike Pompeo" USAGOV)
    bool titled = heads && f.actor && f.actor->n_codes > 0 && f.first >= 0 && dyad__titles_only(&w, f.last);
    // (only a state's office named by a title alone: not "ECB President
    // Mario Draghi", whose office is the bank's)
    bool own_office = titled && strlen(base) >= 3 && dyad__cameo_is_state(base);
    for (int32_t j = 0; own_office && j < f.first; j++) {
        int32_t len = 0, v = w.covered[j] ? longest_match(d, &d->actors, w.words, w.texts, w.n, j, &len) : -1;
        if (v < 0) continue;
        const char *other = resolve_code(&d->actor_entries[v], s->date, heads);
        if (strlen(other) < 3 || strncmp(other, base, 3)) own_office = false;  // another body's office
        j += len - 1;
    }
    if (titled && (s->date || !f.n_agents || !own_office))
        f.n_agents = 0;
    else if (titled)
        base = dyad__arena_strndup(s->mem, base, 3);  // the country; the title adds the sector
    e->person = f.actor && f.actor->n_codes > 0 && (!f.n_agents || titled) && !e->thing;
    if (e->person && f.last > f.first && w.tags[f.last] == TAG_NOUN && w.texts[f.last].n &&
        w.texts[f.last].p[0] >= 'A' && w.texts[f.last].p[0] <= 'Z')
        e->surname = w.texts[f.last];
    // news: a name of two or three words of an entry with no offices and
    // of no country or place file ("Roger Stone") lends its last word too
    // (not a word that is an actor alone: "Ivanka Trump" lends no "Trump")
    int32_t alone = 0;
    if (heads && !e->person && f.actor && !f.actor->place && !f.actor->n_codes && !f.n_agents &&
        !e->thing && f.last > f.first && f.last - f.first <= 2 && name_words(&w, f.first, f.last) &&
        longest_match(d, &d->actors, &w.words[f.last], &w.texts[f.last], 1, 0, &alone) < 0)
        e->surname = w.texts[f.last];
    e->named = f.actor != NULL;
    e->place = f.actor && f.actor->place;
    e->own_name = f.actor && w.n && own_last_word(f.actor->name, w.texts[w.n - 1]);
    e->code = f.n_agents ? compose(s->mem, base, f.agents, f.n_agents) : base;
    if (heads && !f.n_agents && demonym_people(d, &w, &f, base)) {
        e->code = dyad__cameo_with_state(s->mem, base, "CVL");
    }
    e->entry = entry_of(s->mem, &f);
    // (a country's or place's title, not a person's: "Trump's lawyer Michael Cohen")
    if (heads && s->be_forms && f.n_agents && !e->person && !e->thing && (!f.actor || f.actor->place))
        titled_name(e, &w);
}

// Is NE e one word coded as a state ("Indian" of "Indian and Chinese
// troops", which the parser may read as a noun)?
static bool bare_adjective(const ne_phrase *e)
{
    return e->code && strlen(e->code) == 3 && strcmp(e->code, "---") != 0 &&
           e->first_leaf >= 0 && e->first_leaf == e->last_leaf && !e->inferred;
}

// "Indian and Chinese troops": the head the last member holds is every
// member's ("INDMIL" and "CHNMIL").
static void share_heads(sentence *s)
{
    for (int32_t c = 0; c < s->n_nes; c++) {
        if (!s->nes[c].compound || s->nes[c].open < 0) continue;
        int32_t last = -1;
        for (int32_t i = 0; i < s->n_nes; i++)
            if (s->nes[i].nec == c && s->nes[i].open >= 0 && s->nes[i].code) last = i;
        if (last < 0) continue;
        const char *lc = s->nes[last].code;
        if (strlen(lc) <= 3 || !strncmp(lc, "---", 3) || s->nes[last].person ||
            s->nes[last].last_leaf <= s->nes[last].first_leaf ||
            s->leaves[s->nes[last].first_leaf].tag == TAG_DT)  // "Russia and the Ukrainian army"
            continue;
        for (int32_t i = 0; i < s->n_nes; i++) {
            ne_phrase *e = &s->nes[i];
            if (i == last || e->nec != c || e->open < 0 || !bare_adjective(e)) continue;
            e->code = dyad__cameo_with_state(s->mem, e->code, lc + 3);
        }
    }
}

// The item after k, past the marks that close phrases (or open them).
static int32_t skip_marks(const sentence *s, int32_t k, int kind)
{
    while (k < s->n_items && s->items[k].kind == kind) k++;
    return k;
}

static bool word_at(const sentence *s, int32_t k, const char *w)
{
    return k < s->n_items && s->items[k].kind == IT_WORD && dyad__word_is(s->leaves[s->items[k].leaf].text, w);
}

// The NE that opens at item k, past opening marks of other phrases; -1 if none.
static int32_t ne_opening(const sentence *s, int32_t k)
{
    for (; k < s->n_items && s->items[k].kind == IT_OPEN; k++)
        if (s->items[k].phrase == PH_NE) return k;
    return -1;
}

// Is NE e a person's name that no entry knows: two or three capitalised
// words ("Sue Payne"), or a courtesy title and one ("Mr Lishman")?
static bool unknown_name(const sentence *s, const ne_phrase *e)
{
    if (e->compound || !e->code || strcmp(e->code, "---") || e->first_leaf < 0) return false;
    ne_words w;
    ne_collect(s, e, &w);
    int32_t a = 0;
    if (w.n == 2 && dyad__lexicon_has_text(&s->dict->lex, s->dict->words, LEX(LEX_TITLE), w.texts[0])) a = 1;
    return w.n >= 2 && w.n <= 3 && name_words(&w, a, w.n - 1);
}

// News: "Sue Payne, a conservative activist, criticized": a name no entry
// knows takes the code of a description set off by commas right after it,
// when the description names one kind of person (an agent: "---OPP",
// "USAMIL"), not a place, a thing or two kinds; the country may still come
// from the story.
static void code_appositions(sentence *s)
{
    for (int32_t i = 0; i < s->n_nes; i++) {
        ne_phrase *e = &s->nes[i];
        if (e->open < 0 || !unknown_name(s, e)) continue;
        int32_t k = skip_marks(s, e->close + 1, IT_CLOSE);
        if (k >= s->n_items || s->items[k].kind != IT_WORD || s->items[k].tag != TAG_COMMA) continue;
        int32_t open = ne_opening(s, k + 1);
        if (open < 0) continue;
        const ne_phrase *a = &s->nes[s->items[open].ne];
        // (one kind: "---OPP", "USAMIL"; not "NGOMEDJUD" of "Assange's attorney")
        if (a->compound || a->person || a->thing || a->place || !a->code || strlen(a->code) != 6 ||
            !strcmp(a->code + 3, "---"))
            continue;
        // set off: a comma, the sentence's end or a relative after it, not
        // a list ("Sue Payne, a teacher and a nurse")
        int32_t after = skip_marks(s, a->close + 1, IT_CLOSE);
        if (after < s->n_items && !(s->items[after].kind == IT_WORD &&
                                    (s->items[after].tag == TAG_COMMA || word_at(s, after, ".") ||
                                     word_at(s, after, "who"))))
            continue;
        e->code = a->code;
        // (its last name may name it again; "he" or "she" may not, a
        // description says nothing of which)
        e->role_named = true;
        e->surname = s->leaves[e->last_leaf].text;
        strbuf b = STRBUF_INIT;
        dyad__sb_printf(&b, "apposition: %s", a->entry ? a->entry : a->code);
        e->entry = dyad__arena_strndup(s->mem, b.p, b.n);
        dyad__sb_dispose(&b);
    }
}

void dyad__sentence_code_actors(sentence *s, const dyad_options *o)
{
    // a description made a compound adds its members at the end: not coded again
    for (int32_t i = 0; i < s->n_nes; i++) {
        ne_phrase *e = &s->nes[i];
        if (e->open < 0 || e->compound || e->described) continue;
        code_ne(s, i, o->actor_heads);
    }
    share_heads(s);
    if (o->actor_heads && s->be_forms) code_appositions(s);
}

// nominal: the code of the words of leaves [first, last] as one noun phrase
// ("Russian drone" RUS, "Israel" of "Israel's"), "---" when they hold no
// actor; with `heads`, a thing named after an actor is none. *entry gets the
// entries (file:line).
const char *dyad__code_leaves(sentence *s, int32_t first, int32_t last, bool heads,
                              const char **entry)
{
    ne_words w;
    w.n = 0;
    for (int32_t l = first; l <= last && w.n < NE_MAX_WORDS; l++) {
        const leaf *lf = &s->leaves[l];
        if (lf->tag == TAG_POS) continue;
        w.words[w.n] = lf->id;
        w.tags[w.n] = lf->tag;
        w.covered[w.n] = false;
        w.leaves[w.n] = l;
        w.texts[w.n++] = lf->text;
    }
    *entry = NULL;
    ne_found f;
    find_actor(s->dict, &w, true, &f);
    find_agents(s->dict, &w, &f);
    if (!f.actor && !f.n_agents) return "---";
    if (heads &&
        dyad__ne_head(s, &w, f.actor != NULL, f.first, f.last, f.n_agents) == NE_HEAD_THING)
        return "---";
    const char *base = f.actor ? resolve_code(f.actor, s->date, true) : "---";
    drop_roles(&f, base);
    if (f.actor && f.actor->n_codes > 0 && f.first >= 0 && dyad__titles_only(&w, f.last))
        f.n_agents = 0;
    *entry = entry_of(s->mem, &f);
    return f.n_agents ? compose(s->mem, base, f.agents, f.n_agents) : base;
}
