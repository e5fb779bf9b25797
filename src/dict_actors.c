// dict_actors.c: actor and agent dictionaries (PETRARCH / TABARI format).
//
// Actors:   PRIMARY_PHRASE [CODE]      a new entry (code optional)
//           +SYNONYM_PHRASE            another phrase of the same entry
//           <tab>[CODE <date | >date | date-date]   dated codes
// Agents:   PHRASE {PLURAL} [~CODE] or [CODE~], and !MARKER! = A, B, C
#include <string.h>

#include "cameo.h"
#include "dict.h"

#define MAX_WORDS 64

static slice strip_semicolon(slice s)
{
    const char *semi = memchr(s.p, ';', s.n);
    if (semi) s.n = (size_t)(semi - s.p);
    while (s.n && dyad__is_space((unsigned char)s.p[s.n - 1])) s.n--;
    return s;
}

static const char *skip_ws(const char *p, const char *end)
{
    while (p < end && dyad__is_space((unsigned char)*p)) p++;
    return p;
}

// Parse a date bound. Old files have typos with 7, 9 or 10 digits: the
// first 8 (or 6) digits are used when they form a date, with a warning.
static int32_t bound(dict_reader *r, const char *s, size_t n, bool *ok)
{
    int32_t d = dyad__parse_date(s, n);
    bool digits = n > 6;
    for (size_t i = 0; i < n && digits; i++) digits = s[i] >= '0' && s[i] <= '9';
    if (!d && digits) {
        char buf[8] = {0};
        if (n == 7) {  // YYYYMMD: a one-digit day
            memcpy(buf, s, 6);
            buf[6] = '0';
            buf[7] = s[6];
            d = dyad__parse_date(buf, 8);
        }
        if (!d && n > 8) d = dyad__parse_date(s, 8);
        if (!d) d = dyad__parse_date(s, 6);
        if (d) dyad__dict_warn(r, "date '%.*s' has %zu digits; read as %08d", (int)n, s, n, (int)d);
    }
    if (!d) {
        dyad__dict_error(r, "bad date '%.*s' in code restriction", (int)n, s);
        *ok = false;
    }
    return d;
}

// "[CODE]", "[CODE <date]", "[CODE >date]", "[CODE date-date]"
// The "; comment" of a raw line, trimmed, or NULL.
static const char *line_note(dict_reader *r, const char *line, size_t n)
{
    const char *semi = memchr(line, ';', n);
    if (!semi) return NULL;
    const char *a = skip_ws(semi + 1, line + n), *b = line + n;
    while (b > a && dyad__is_space((unsigned char)b[-1])) b--;
    return b > a ? dyad__dict_strdup(r->dict, a, (size_t)(b - a)) : NULL;
}

static bool parse_dated_code(dict_reader *r, slice s, actor_code *out)
{
    const char *p = s.p + 1, *end = s.p + s.n;
    const char *close = memchr(p, ']', (size_t)(end - p));
    if (!close) {
        dyad__dict_error(r, "code restriction without a closing ']'");
        return false;
    }
    p = skip_ws(p, close);
    const char *c0 = p;
    while (p < close && !dyad__is_space((unsigned char)*p) && *p != '<' && *p != '>') p++;
    if (p == c0) {
        dyad__dict_error(r, "empty code in '%.*s'", (int)s.n, s.p);
        return false;
    }
    out->code = dyad__dict_upper_dup(r->dict, c0, (size_t)(p - c0));
    out->country = strlen(out->code) > 3 && dyad__cameo_is_state(out->code)
                       ? dyad__dict_upper_dup(r->dict, out->code, 3)
                       : NULL;
    out->former = NULL;
    if (out->country && strlen(out->code) == 6 &&
        (!strcmp(out->code + 3, "GOV") || !strcmp(out->code + 3, "ELI"))) {
        char f[7];
        memcpy(f, out->code, 3);
        memcpy(f + 3, "ELI", 4);
        out->former = dyad__dict_upper_dup(r->dict, f, 6);
    }
    out->line = r->line;
    out->note = NULL;
    out->from = 0;
    out->to = 99999999;
    p = skip_ws(p, close);
    if (p == close) return true;
    bool ok = true;
    if (*p == '<' || *p == '>') {
        char op = *p;
        p = skip_ws(p + 1, close);
        const char *e = close;
        while (e > p && dyad__is_space((unsigned char)e[-1])) e--;
        int32_t d = bound(r, p, (size_t)(e - p), &ok);
        if (op == '<') out->to = d;
        else out->from = d;
        return ok;
    }
    const char *dash = memchr(p, '-', (size_t)(close - p));
    if (!dash) {  // "[CODE date]": from that date on
        const char *e = close;
        while (e > p && dyad__is_space((unsigned char)e[-1])) e--;
        out->from = bound(r, p, (size_t)(e - p), &ok);
        return ok;
    }
    const char *a_end = dash;
    while (a_end > p && dyad__is_space((unsigned char)a_end[-1])) a_end--;
    const char *b = skip_ws(dash + 1, close), *b_end = close;
    while (b_end > b && dyad__is_space((unsigned char)b_end[-1])) b_end--;
    out->from = bound(r, p, (size_t)(a_end - p), &ok);
    if (ok) out->to = bound(r, b, (size_t)(b_end - b), &ok);
    return ok;
}

// Is `file` one of countries or places, by its name ("countries.actors.txt",
// "Phoenix.Countries.actors.txt", "places.actors.txt")?
static bool place_file(const char *file)
{
    if (!file) return false;
    const char *base = strrchr(file, '/');
    base = base ? base + 1 : file;
    for (const char *p = base; *p; p++)
        if (dyad__same_ci(p, "countr", 6) || dyad__same_ci(p, "place", 5)) return true;
    return false;
}

static actor_entry *new_actor(dict_reader *r, slice name)
{
    dyad_dict *d = r->dict;
    VEC_RESERVE(d->actor_entries, d->cap_actor_entries, d->n_actor_entries + 1);
    actor_entry *e = &d->actor_entries[d->n_actor_entries++];
    memset(e, 0, sizeof *e);
    e->name = dyad__dict_strdup(d, name.p, name.n);
    e->file = r->file;
    e->line = r->line;
    e->place = place_file(r->file);
    return e;
}

static void add_actor_phrase(dict_reader *r, slice phrase, int32_t entry)
{
    dyad_dict *d = r->dict;
    uint32_t words[MAX_WORDS];
    bool gaps[MAX_WORDS];
    size_t n = dyad__dict_words_gaps(d, phrase.p, phrase.n, words, gaps, MAX_WORDS);
    if (n == 0) {
        dyad__dict_error(r, "empty actor phrase");
        return;
    }
    if (n == MAX_WORDS) {
        dyad__dict_error(r, "actor phrase longer than %d words", MAX_WORDS);
        return;
    }
    int32_t node = dyad__trie_insert(&d->actors, d->words, words, n, NULL);
    int32_t old = d->actors.nodes[node].value;
    if (old >= 0 && old != entry) {
        const actor_entry *o = &d->actor_entries[old];
        dyad__dict_note_dup(d, "actor", dyad__dict_upper_dup(d, phrase.p, phrase.n), r->file, r->line, o->file,
                      o->line);
    }
    dyad__trie_mark_gaps(&d->actors, words, gaps, n);
    dyad__dict_mark_words(d, words, n, WC_ACTOR);
    d->actors.nodes[node].value = entry;  // a later entry wins, as in PETRARCH
    d->n_actor_phrases++;
}

static void push_code(actor_entry *e, actor_code c)
{
    e->codes = dyad__xrealloc(e->codes, (e->n_codes + 1) * sizeof *e->codes);
    e->codes[e->n_codes++] = c;
}

// What is wrong with the phrase of a synonym line, or NULL: no word in it,
// or bytes no name has (control bytes, {}<>|\=@$%^*~`).
static const char *bad_synonym(slice phrase)
{
    if (phrase.n <= 1) return NULL;   // "+" alone: an empty actor phrase
    bool word = false;
    for (size_t i = 1; i < phrase.n; i++) {
        unsigned char c = (unsigned char)phrase.p[i];
        if (c < 0x20 && c != '\t') return "has a control byte";
        if (c == 0x7F || strchr("{}<>|\\=@$%^*~`", c)) return "has characters no name has";
        word |= (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
                c >= 0x80;
    }
    return word ? NULL : "has no word";
}

// A primary or synonym line: "PHRASE [CODE] ..." (the code is optional). A
// malformed synonym line is reported and skipped.
static void actor_phrase_line(dict_reader *r, slice s, actor_entry **cur)
{
    const char *br = memchr(s.p, '[', s.n);
    slice phrase = {s.p, br ? (size_t)(br - s.p) : s.n};
    while (phrase.n && dyad__is_space((unsigned char)phrase.p[phrase.n - 1])) phrase.n--;
    bool synonym = phrase.n && phrase.p[0] == '+';
    if (synonym) {
        const char *why = !*cur ? "comes before any actor entry" : bad_synonym(phrase);
        if (why) {
            dyad__dict_error(r, "synonym line '%.*s' %s; skipped", (int)(s.n < 60 ? s.n : 60),
                             s.p, why);
            return;
        }
        phrase.p++, phrase.n--;
    }
    if (!synonym) *cur = new_actor(r, phrase);
    actor_entry *e = *cur;
    add_actor_phrase(r, phrase, (int32_t)(e - r->dict->actor_entries));
    if (br) {
        actor_code c;
        if (parse_dated_code(r, (slice){br, (size_t)(s.p + s.n - br)}, &c)) {
            if (c.from == 0 && c.to == 99999999) e->default_code = c.code;
            else push_code(e, c);
        }
    }
}

int dyad__dict_load_actors(dict_reader *r, char *text, size_t len)
{
    char *cur = text, *end = text + len;
    const char *line;
    size_t n;
    bool in_comment = false;
    actor_entry *entry = NULL;
    while (dyad__next_line(&cur, end, &line, &n)) {
        r->line++;
        slice s = strip_semicolon(dyad__dict_clean_line(line, n, &in_comment));
        if (!s.n) continue;
        if (s.p[0] == '[') {
            actor_code c;
            if (!entry) dyad__dict_error(r, "code restriction before any actor");
            else if (parse_dated_code(r, s, &c)) {
                c.note = line_note(r, line, n);
                if (c.from == 0 && c.to == 99999999) entry->default_code = c.code;
                else push_code(entry, c);
            }
            continue;
        }
        // "+PHRASE" adds a synonym; any other line starts a new entry
        actor_phrase_line(r, s, &entry);
    }
    return r->errors;
}

// ---------------------------------------------------------------- agents

typedef struct marker {
    const char *name;  // "!PERSON!"
    size_t name_len;
    const char *items[32];
    size_t n;
} marker;

static bool parse_marker(dict_reader *r, slice s, marker *m)
{
    const char *eq = memchr(s.p, '=', s.n);
    if (!eq) return false;
    slice name = {s.p, (size_t)(eq - s.p)};
    while (name.n && dyad__is_space((unsigned char)name.p[name.n - 1])) name.n--;
    m->name = dyad__dict_upper_dup(r->dict, name.p, name.n);
    m->name_len = name.n;
    m->n = 0;
    const char *p = eq + 1, *end = s.p + s.n;
    while (p < end) {
        const char *comma = memchr(p, ',', (size_t)(end - p));
        const char *stop = comma ? comma : end;
        const char *a = skip_ws(p, stop), *b = stop;
        while (b > a && dyad__is_space((unsigned char)b[-1])) b--;
        if (b > a && m->n < 32) m->items[m->n++] = dyad__dict_upper_dup(r->dict, a, (size_t)(b - a));
        p = stop + 1;
    }
    if (!m->n) dyad__dict_error(r, "substitution marker %s has no items", m->name);
    return true;
}

static void add_agent_phrase(dict_reader *r, const char *phrase, size_t n, int32_t entry)
{
    dyad_dict *d = r->dict;
    uint32_t words[MAX_WORDS];
    size_t k = dyad__dict_words(d, phrase, n, words, MAX_WORDS);
    if (!k || k == MAX_WORDS) {
        dyad__dict_error(r, "bad agent phrase '%.*s'", (int)n, phrase);
        return;
    }
    int32_t node = dyad__trie_insert(&d->agents, d->words, words, k, NULL);
    int32_t old = d->agents.nodes[node].value;
    if (old >= 0 && old != entry && strcmp(d->agent_entries[old].code, d->agent_entries[entry].code))
        dyad__dict_note_dup(d, "agent", dyad__dict_upper_dup(d, phrase, n), r->file, r->line,
                      d->agent_entries[old].file, d->agent_entries[old].line);
    dyad__dict_mark_words(d, words, k, WC_AGENT);
    d->agents.nodes[node].value = entry;
}

// Add the phrase and its plural(s): explicit {PLURALS}, none for "{}", or
// the regular plural of the last word.
static void add_agent_forms(dict_reader *r, slice phrase, slice plural, bool has_plural,
                            int32_t entry)
{
    add_agent_phrase(r, phrase.p, phrase.n, entry);
    if (has_plural) {
        const char *p = plural.p, *end = plural.p + plural.n;
        while (p < end) {
            p = skip_ws(p, end);
            const char *w = p;
            while (p < end && !dyad__is_space((unsigned char)*p)) p++;
            if (p > w) add_agent_phrase(r, w, (size_t)(p - w), entry);
        }
        return;
    }
    strbuf b = STRBUF_INIT;
    size_t last = phrase.n;
    while (last && phrase.p[last - 1] != '_' && !dyad__is_space((unsigned char)phrase.p[last - 1]))
        last--;
    char up[256];
    size_t wn = phrase.n - last < sizeof up ? phrase.n - last : sizeof up - 1;
    for (size_t i = 0; i < wn; i++) up[i] = dyad__ascii_upper(phrase.p[last + i]);
    dyad__dict_regular_plurals(up, wn, &b);
    strbuf full = STRBUF_INIT;
    dyad__sb_put(&full, phrase.p, last);
    dyad__sb_put(&full, b.p, b.n);
    add_agent_phrase(r, full.p, full.n, entry);
    dyad__sb_dispose(&b);
    dyad__sb_dispose(&full);
}

static bool parse_agent_code(dict_reader *r, slice s, agent_entry *e)
{
    const char *open = memchr(s.p, '[', s.n);
    if (!open) {  // a known phrase that adds no code, like a code-less actor
        dyad__dict_warn(r, "agent without a [~CODE]: it matches but adds no code");
        e->code = "";
        return true;
    }
    const char *end = s.p + s.n, *p = skip_ws(open + 1, end);
    const char *q = p;
    while (q < end && *q != ']' && *q != '}' && !dyad__is_space((unsigned char)*q)) q++;
    slice code = {p, (size_t)(q - p)};
    if (code.n >= 2 && code.p[0] == '~') {
        e->prefix = false;
        code.p++, code.n--;
    } else if (code.n >= 2 && code.p[code.n - 1] == '~') {
        e->prefix = true;
        code.n--;
    } else {
        dyad__dict_error(r, "agent code '%.*s' needs a '~' before or after it", (int)code.n, code.p);
        return false;
    }
    e->code = dyad__dict_upper_dup(r->dict, code.p, code.n);
    return true;
}

static void agent_line(dict_reader *r, slice s, marker *markers, size_t n_markers)
{
    dyad_dict *d = r->dict;
    agent_entry e = {0};
    if (!parse_agent_code(r, s, &e)) return;
    const char *stop = memchr(s.p, '[', s.n);
    if (!stop) stop = s.p + s.n;
    const char *brace = memchr(s.p, '{', (size_t)(stop - s.p));
    slice phrase = {s.p, (size_t)((brace ? brace : stop) - s.p)};
    while (phrase.n && dyad__is_space((unsigned char)phrase.p[phrase.n - 1])) phrase.n--;
    slice plural = {0};
    if (brace) {
        const char *close = memchr(brace, '}', (size_t)(stop - brace));
        if (!close) {
            dyad__dict_error(r, "plural '{' without a closing '}'");
            return;
        }
        plural = (slice){brace + 1, (size_t)(close - brace - 1)};
    }
    if (!phrase.n) {
        dyad__dict_error(r, "agent without a phrase");
        return;
    }
    e.name = dyad__dict_strdup(d, phrase.p, phrase.n);
    e.file = r->file;
    e.line = r->line;
    VEC_RESERVE(d->agent_entries, d->cap_agent_entries, d->n_agent_entries + 1);
    int32_t idx = (int32_t)d->n_agent_entries;
    d->agent_entries[d->n_agent_entries++] = e;

    const char *bang = memchr(phrase.p, '!', phrase.n);
    if (!bang) {
        add_agent_forms(r, phrase, plural, brace != NULL, idx);
        return;
    }
    for (size_t m = 0; m < n_markers; m++) {
        size_t off = (size_t)(bang - phrase.p);
        if (phrase.n - off < markers[m].name_len) continue;
        if (!dyad__same_ci(bang, markers[m].name, markers[m].name_len)) continue;
        for (size_t k = 0; k < markers[m].n; k++) {
            strbuf b = STRBUF_INIT;
            dyad__sb_put(&b, phrase.p, off);
            dyad__sb_puts(&b, markers[m].items[k]);
            dyad__sb_put(&b, bang + markers[m].name_len, phrase.n - off - markers[m].name_len);
            add_agent_phrase(r, b.p, b.n, idx);
            dyad__sb_dispose(&b);
        }
        return;
    }
    dyad__dict_error(r, "unknown substitution marker in '%.*s'", (int)phrase.n, phrase.p);
}

int dyad__dict_load_agents(dict_reader *r, char *text, size_t len)
{
    char *cur = text, *end = text + len;
    const char *line;
    size_t n;
    bool in_comment = false;
    marker markers[16];
    size_t n_markers = 0;
    while (dyad__next_line(&cur, end, &line, &n)) {
        r->line++;
        slice s = dyad__dict_clean_line(line, n, &in_comment);
        if (!s.n) continue;
        if (s.p[0] == '!' && memchr(s.p, '=', s.n)) {
            if (n_markers < 16 && parse_marker(r, s, &markers[n_markers])) n_markers++;
            continue;
        }
        agent_line(r, s, markers, n_markers);
    }
    return r->errors;
}
