// actors.c: give each noun phrase (NE) an actor code.
//
// The leftmost actor phrase of the NE gives the base code (dated codes are
// resolved against the sentence date); every agent phrase found in the NE
// then adds its sector code: "~GOV" after the actor code, "NGO~" before.
// An agent with no actor gives "---GOV" and the like.
#include <string.h>

#include "sentence.h"

uint32_t word_id(const dyad_dict *d, slice w)
{
    return intern_find(d->words, w.p, w.n);
}

// Longest phrase of trie `t` starting at words[i]; returns its payload
// index and sets *len, or -1.
static int32_t longest_match(const dyad_dict *d, const trie *t, const uint32_t *words,
                             const slice *texts, int32_t n, int32_t i, int32_t *len)
{
    int32_t nodei = 0, best = -1;
    for (int32_t j = i; j < n; j++) {
        int32_t stems[8];  // a stem may end the phrase here
        int ns = trie_stem_children(t, d->words, nodei, texts[j], stems, 8);
        for (int k = 0; k < ns; k++)
            if (t->nodes[stems[k]].value >= 0) {
                best = t->nodes[stems[k]].value;
                *len = j - i + 1;
            }
        if (!words[j]) break;
        nodei = trie_child(t, nodei, words[j]);
        if (nodei < 0) break;
        if (t->nodes[nodei].value >= 0) {
            best = t->nodes[nodei].value;
            *len = j - i + 1;
        }
    }
    return best;
}

// Phrases written with blanks ("CARAS GALADHON") may have other words
// between their words: a depth-first walk over the NE's words.
// `budget` bounds the walk, so repeated words cannot make it explode.
static void gap_walk(const trie *t, const uint32_t *words, int32_t n, int32_t node, int32_t j,
                     int32_t start, int32_t *best, int32_t *best_len, int *budget)
{
    for (int32_t k = j; k < n && --*budget > 0; k++) {
        if (k > j && !t->nodes[node].gap_kids) break;
        if (!words[k]) continue;
        int32_t c = trie_child(t, node, words[k]);
        if (c < 0 || (k > j && !t->nodes[c].gap)) continue;
        if (t->nodes[c].value >= 0 && k - start + 1 > *best_len) {
            *best = t->nodes[c].value;
            *best_len = k - start + 1;
        }
        gap_walk(t, words, n, c, k + 1, start, best, best_len, budget);
    }
}

// The code of an entry on `date`. With no date (0) and no default code, the
// code of the latest dated period: a person with no undated code is most
// often named, in undated text, for what they are now (PETRARCH gives
// nothing here; `undated_latest` false keeps that).
static const char *resolve_code(const actor_entry *e, int32_t date, bool undated_latest)
{
    if (date)
        for (size_t i = 0; i < e->n_codes; i++)
            if (date >= e->codes[i].from && date <= e->codes[i].to) return e->codes[i].code;
    if (e->default_code) return e->default_code;
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

static const char *compose(arena *mem, const char *actor, const agent_entry **agents,
                           int32_t n_agents)
{
    strbuf b = STRBUF_INIT;
    sb_puts(&b, actor ? actor : "---");
    for (int32_t i = 0; i < n_agents; i++) {
        const agent_entry *a = agents[i];
        if (holds_at_triplet(b.p, a->code)) break;
        if (a->prefix) {
            strbuf c = STRBUF_INIT;
            sb_puts(&c, a->code);
            sb_put(&c, b.p, b.n);
            sb_dispose(&b);
            b = c;
        } else {
            sb_puts(&b, a->code);
        }
    }
    const char *out = arena_strndup(mem, b.p, b.n);
    sb_dispose(&b);
    return out;
}

// Nouns that name people or bodies of people: a phrase headed by one of
// them is an actor even when no agent entry covers the head ("Chinese
// officials" with a dictionary that has no OFFICIAL agent).
static bool animate_head(slice w)
{
    static const char *const suf[] = {"ER", "ERS", "OR", "ORS", "IST", "ISTS", "IAN", "IANS",
                                      "ANT", "ANTS", "EE", "EES", "MAN", "MEN"};
    static const char *const words[] = {
        "OFFICIAL", "OFFICIALS", "PEOPLE", "FORCES", "TROOPS", "AUTHORITIES", "AUTHORITY",
        "LEADERSHIP", "DELEGATION", "DELEGATIONS", "SIDE", "SIDES", "TEAM", "REGIME",
        "ADMINISTRATION", "GOVERNMENT", "GOVERNMENTS", "MINISTRY", "EMBASSY", "PARTY",
        "GROUP", "GROUPS", "ARMY", "NAVY", "POLICE", "MEDIA", "PUBLIC", "NATION", "NATIONS",
        "COUNTRY", "COUNTRIES", "STATE", "STATES", "COUNTERPART", "COUNTERPARTS", "CHIEF",
        "CHIEFS", "HEAD", "ENVOY", "ENVOYS", "DIPLOMAT", "DIPLOMATS", "CHILDREN", "YOUTHS",
        "RESIDENTS", "CITIZENS", "NATIONALS", "CIVILIANS", "ELITE", "ELITES", "PUBLIC",
        "COALITION", "ALLIANCE", "ALLIES", "ALLY", "UNION", "COUNCIL", "CABINET", "CONGRESS",
        "PARLIAMENT", "COURT", "AGENCY", "COMPANY", "FIRM", "FIRMS", "MILITARY", "MILITIA",
        "MILITIAS", "REBELS", "STUDENTS", "CLERGY", "DEPUTY", "DEPUTIES", "ENEMY", "ENEMIES",
        "FOE", "FOES", "RIVAL", "RIVALS", "PARTNER", "PARTNERS", "NEIGHBOR", "NEIGHBORS",
        "NEIGHBOUR", "NEIGHBOURS", "SOURCES", "SOURCE", "CAMP", "BLOC", "JUNTA", "KING",
        "QUEEN", "PRINCE", "EMIR", "SHEIKH", "PRESIDENCY", "CROWDS", "CROWD", "FAMILY", "GUARD",
    };
    char up[24];
    if (w.n >= sizeof up) return false;
    for (size_t i = 0; i < w.n; i++) up[i] = ascii_upper(w.p[i]);
    up[w.n] = 0;
    for (size_t i = 0; i < sizeof words / sizeof words[0]; i++)
        if (!strcmp(up, words[i])) return true;
    for (size_t i = 0; i < sizeof suf / sizeof suf[0]; i++) {
        size_t k = strlen(suf[i]);
        if (w.n > k + 2 && !strcmp(up + w.n - k, suf[i])) return true;
    }
    return false;
}

static void code_ne(sentence *s, ne_phrase *e, bool heads)
{
    const dyad_dict *d = s->dict;
    uint32_t words[256];
    slice texts[256];
    uint8_t tags[256];
    bool covered[256];
    int32_t leaves[256];
    int32_t n = 0;
    for (int32_t k = e->open + 1; k < e->close && n < 256; k++) {
        const item *it = &s->items[k];
        if (it->kind != IT_WORD) continue;
        words[n] = it->word;
        tags[n] = it->tag;
        covered[n] = false;
        leaves[n] = it->leaf;
        texts[n++] = s->leaves[it->leaf].text;
    }
    const actor_entry *actor = NULL;
    int32_t actor_first = -1, actor_last = -1;
    for (int32_t i = 0; i < n && !actor; i++) {
        int32_t len = 0, v = longest_match(d, &d->actors, words, texts, n, i, &len);
        int32_t node = words[i] ? trie_child(&d->actors, 0, words[i]) : -1;
        int budget = 4096;
        if (node >= 0 && d->actors.nodes[node].gap_kids)
            gap_walk(&d->actors, words, n, node, i + 1, i, &v, &len, &budget);
        if (v >= 0) {
            const actor_entry *a = &d->actor_entries[v];
            for (int32_t j = i; j < i + len && j < n; j++) covered[j] = true;
            if (heads && !a->default_code && !a->n_codes) {
                // a code-less guard ("GEORGIA_SEN." for the US state) hides
                // its words; a name after it may still code the phrase
                i += len - 1;
                continue;
            }
            actor = a;
            actor_first = i;
            actor_last = i + len - 1 < n ? i + len - 1 : n - 1;
        }
    }
    const agent_entry *agents[16];
    int32_t n_agents = 0;
    for (int32_t i = 0; i < n && n_agents < 16; i++) {
        if (covered[i]) continue;  // words of the actor's own name are not agents
        int32_t len, v = longest_match(d, &d->agents, words, texts, n, i, &len);
        if (v < 0) continue;
        if (d->agent_entries[v].code[0]) agents[n_agents++] = &d->agent_entries[v];
        for (int32_t j = i; j < i + len && j < n; j++) covered[j] = true;
        i += len - 1;  // the words of one agent do not start another
    }
    if (!actor && !n_agents) {
        // a lone pronoun: the person the story was last about
        if (n == 1 && s->topic && tags[0] == TAG_PRP) {
            static const char *const pron[] = {"HE", "HIM", "SHE", "HER"};
            for (size_t k = 0; k < 4; k++)
                if (texts[0].n == strlen(pron[k]) && ascii_upper(texts[0].p[0]) == pron[k][0] &&
                    ascii_upper(texts[0].p[texts[0].n - 1]) == pron[k][strlen(pron[k]) - 1]) {
                    e->code = s->topic;
                    e->entry = s->topic_entry;
                    e->person = true;
                }
        }
        return;
    }
    if (heads) {
        // the head (last noun) of a thing named after an actor: not an actor
        // the head is the last noun before a preposition ("greater
        // visibility alongside China" is about visibility)
        int32_t end = n;
        for (int32_t j = 1; j < n; j++)
            if (tags[j] == TAG_IN) {
                end = j;
                break;
            }
        int32_t h = end - 1;
        while (h >= 0 && tags[h] != TAG_NOUN) h--;
        if (h >= 0 && !covered[h] && texts[h].n && !(texts[h].p[0] >= 'A' && texts[h].p[0] <= 'Z') &&
            !animate_head(texts[h])) {
            // "China's support": the owner acts; the code stays
            int32_t after = actor_last >= 0 ? leaves[actor_last] + 1 : -1;
            bool possessive = after > 0 && after < s->n_leaves && s->leaves[after].tag == TAG_POS;
            if (actor && actor_first > h && !n_agents) {
                // "a refugee camp in Gaza": a place, a target but never a source
                e->located = true;
            } else if (!possessive) {
                e->thing = true;  // "a U.S. drone strike": named after an actor, not one
                return;
            }
        }
    }
    const char *base = actor ? resolve_code(actor, s->date, heads) : "---";
    // a person's dated code already says what they are: their titles add
    // nothing ("former President Bill Clinton" is USAELI, not USAELIGOV)
    if (heads && actor && actor->n_codes > 0 && actor_first >= 0) {
        bool titles_only = true;
        for (int32_t j = actor_last + 1; j < n; j++)
            if (covered[j] && tags[j] == TAG_NOUN) titles_only = false;  // "Trump's lawyers"
        if (titles_only) n_agents = 0;
    }
    e->person = actor && actor->n_codes > 0 && !n_agents;
    e->code = n_agents ? compose(s->mem, base, agents, n_agents) : base;
    if (actor) {
        strbuf b = STRBUF_INIT;
        sb_printf(&b, "%s:%d %s", actor->file, actor->line, actor->name);
        if (n_agents) sb_printf(&b, "; %s:%d %s", agents[0]->file, agents[0]->line, agents[0]->name);
        e->entry = arena_strndup(s->mem, b.p, b.n);
        sb_dispose(&b);
    } else {
        strbuf b = STRBUF_INIT;
        sb_printf(&b, "%s:%d %s", agents[0]->file, agents[0]->line, agents[0]->name);
        e->entry = arena_strndup(s->mem, b.p, b.n);
        sb_dispose(&b);
    }
}

void sentence_code_actors(sentence *s, const dyad_options *o)
{
    for (int32_t i = 0; i < s->n_nes; i++) {
        ne_phrase *e = &s->nes[i];
        if (e->open < 0 || e->compound) continue;
        code_ne(s, e, o->actor_heads);
    }
}
