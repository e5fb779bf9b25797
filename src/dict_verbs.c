// dict_verbs.c: the verb dictionary: synsets, verb blocks, verb forms and
// patterns, in both the PETRARCH-1 (TABARI-like) and PETRARCH-2 layouts.
//
//   &SYNSET            then "+PHRASE" lines
//   --- NAME [CODE] ---            a verb block
//   VERB [CODE] {IRREGULAR FORMS}  a verb of the block ("+" marks the verb
//                                  word of a multi-word verb: WIRE_+TAP)
//   - UPPER WORDS * LOWER WORDS [CODE]   a pattern ($ + % ^ &SYN allowed)
//   ~ ...                          a transformation (counted, not used)
#include <string.h>

#include "dict.h"

#define MAX_TOK 64
#define SYNSET_MAX 2048   // phrases of one synset, plurals included

static slice trim_slice(slice s)
{
    while (s.n && dyad__is_space((unsigned char)*s.p)) s.p++, s.n--;
    while (s.n && dyad__is_space((unsigned char)s.p[s.n - 1])) s.n--;
    return s;
}

// The code inside the first "[...]" of s, upper-cased; NULL if none.
static const char *bracket_code(dict_reader *r, slice s, const char **open_at)
{
    const char *open = memchr(s.p, '[', s.n);
    if (open_at) *open_at = open;
    if (!open) return NULL;
    const char *close = memchr(open, ']', (size_t)(s.p + s.n - open));
    if (!close) {
        dyad__dict_error(r, "'[' without a closing ']'");
        return NULL;
    }
    slice c = trim_slice((slice){open + 1, (size_t)(close - open - 1)});
    if (!c.n) {
        dyad__dict_error(r, "empty code '[]'");
        return NULL;
    }
    return dyad__dict_upper_dup(r->dict, c.p, c.n);
}

// ---------------------------------------------------------------- synsets

static int32_t find_synset(const dyad_dict *d, const char *name, size_t n)
{
    for (size_t i = 0; i < d->n_synsets; i++)
        if (strlen(d->synsets[i].name) == n && memcmp(d->synsets[i].name, name, n) == 0)
            return (int32_t)i;
    return -1;
}

static void synset_add(synset *s, uint32_t *words, size_t n)
{
    if (s->n == s->cap) {
        s->cap = s->cap ? s->cap * 2 : 8;
        s->phrases = dyad__xrealloc(s->phrases, s->cap * sizeof *s->phrases);
        s->lens = dyad__xrealloc(s->lens, s->cap * sizeof *s->lens);
    }
    s->phrases[s->n] = words;
    s->lens[s->n++] = n;
}

static void synset_phrase(dict_reader *r, int32_t si, slice ph, bool plurals)
{
    dyad_dict *d = r->dict;
    if (ph.n && ph.p[0] == '&') {  // an embedded synset: copy its phrases
        slice name = ph;
        while (name.n && name.p[name.n - 1] == '_') name.n--;
        int32_t other = find_synset(d, dyad__dict_upper_dup(d, name.p, name.n), name.n);
        if (other < 0) {
            dyad__dict_error(r, "synset %.*s used before it is defined", (int)ph.n, ph.p);
            return;
        }
        if (other == si) {
            dyad__dict_error(r, "synset %.*s includes itself", (int)ph.n, ph.p);
            return;
        }
        synset *o = &d->synsets[other], *s = &d->synsets[si];
        if (s->n + o->n > SYNSET_MAX) {  // "+&A +&A" chains grow exponentially
            dyad__dict_error(r, "synset with more than %d phrases", SYNSET_MAX);
            return;
        }
        for (size_t i = 0; i < o->n; i++) synset_add(s, o->phrases[i], o->lens[i]);
        return;
    }
    if (d->synsets[si].n + 2 > SYNSET_MAX) {
        dyad__dict_error(r, "synset with more than %d phrases", SYNSET_MAX);
        return;
    }
    bool no_plural = !plurals || (ph.n && ph.p[ph.n - 1] == '_');
    uint32_t tmp[MAX_TOK];
    size_t n = dyad__dict_words(d, ph.p, ph.n, tmp, MAX_TOK);
    if (!n) {
        dyad__dict_error(r, "empty synset phrase");
        return;
    }
    uint32_t *w = dyad__arena_alloc(&d->mem, n * sizeof *w);
    memcpy(w, tmp, n * sizeof *w);
    synset_add(&d->synsets[si], w, n);
    if (no_plural) return;
    const char *last = dyad__intern_str(d->words, w[n - 1]);
    strbuf b = STRBUF_INIT;
    dyad__dict_regular_plurals(last, strlen(last), &b);
    uint32_t *pw = dyad__arena_alloc(&d->mem, n * sizeof *pw);
    memcpy(pw, w, n * sizeof *pw);
    pw[n - 1] = dyad__intern(d->words, b.p, b.n);
    synset_add(&d->synsets[si], pw, n);
    dyad__sb_dispose(&b);
}

static int32_t new_synset(dict_reader *r, slice name)
{
    dyad_dict *d = r->dict;
    bool no_plural = name.n && name.p[name.n - 1] == '_';
    if (no_plural) name.n--;
    VEC_RESERVE(d->synsets, d->cap_synsets, d->n_synsets + 1);
    synset *s = &d->synsets[d->n_synsets];
    memset(s, 0, sizeof *s);
    s->name = dyad__dict_upper_dup(d, name.p, name.n);
    (void)no_plural;
    return (int32_t)d->n_synsets++;
}

// ---------------------------------------------------------------- blocks

static int32_t new_block(dict_reader *r, slice s)
{
    dyad_dict *d = r->dict;
    // "--- NAME [CODE] ---"
    slice body = s;
    while (body.n && body.p[0] == '-') body.p++, body.n--;
    while (body.n && body.p[body.n - 1] == '-') body.n--;
    body = trim_slice(body);
    const char *open;
    const char *code = bracket_code(r, body, &open);
    slice name = trim_slice((slice){body.p, open ? (size_t)(open - body.p) : body.n});
    VEC_RESERVE(d->blocks, d->cap_blocks, d->n_blocks + 1);
    verb_block *b = &d->blocks[d->n_blocks];
    memset(b, 0, sizeof *b);
    b->name = dyad__dict_upper_dup(d, name.p, name.n);
    b->code = code ? code : "---";
    b->file = r->file;
    b->line = r->line;
    return (int32_t)d->n_blocks++;
}

// ---------------------------------------------------------------- verb forms

static void register_form(dyad_dict *d, uint32_t word, verb_form f)
{
    if (word >= d->form_by_word_cap) {
        size_t old = d->form_by_word_cap, cap = old ? old : 1024;
        while (cap <= word) cap *= 2;
        d->form_by_word = dyad__xrealloc(d->form_by_word, cap * sizeof *d->form_by_word);
        for (size_t i = old; i < cap; i++) d->form_by_word[i] = -1;
        d->form_by_word_cap = cap;
    }
    // A later entry for the same verb shape replaces the earlier one (a
    // dictionary keyed by verb, as in PETRARCH); other shapes are chained.
    VEC_RESERVE(d->forms, d->cap_forms, d->n_forms + 1);
    int32_t *link = &d->form_by_word[word];
    while (*link >= 0) {
        verb_form *o = &d->forms[*link];
        if (o->n_before == f.n_before && o->n_after == f.n_after &&
            (!f.n_before || !memcmp(o->before, f.before, f.n_before * sizeof(uint32_t))) &&
            (!f.n_after || !memcmp(o->after, f.after, f.n_after * sizeof(uint32_t)))) {
            const char *oc = o->code ? o->code : d->blocks[o->block].code;
            const char *nc = f.code ? f.code : d->blocks[f.block].code;
            if (o->block != f.block && strcmp(oc, nc))
                dyad__dict_note_dup(d, "verb", f.base, d->blocks[f.block].file, f.line,
                              d->blocks[o->block].file, o->line);
            f.next = o->next;
            *o = f;
            return;
        }
        link = &o->next;
    }
    f.next = -1;
    int32_t idx = (int32_t)d->n_forms;
    d->forms[d->n_forms++] = f;
    *link = idx;
}

static bool is_vowel(char c) { return c && strchr("AEIOU", c) != NULL; }

// Regular forms of an upper-case verb: -S, -ED, -ING.
static void regular_forms(const char *w, size_t n, strbuf out[3])
{
    for (int i = 0; i < 3; i++) dyad__sb_clear(&out[i]);
    char last = n ? w[n - 1] : 0, prev = n > 1 ? w[n - 2] : 0;
    // third person
    if (last == 'Y' && !is_vowel(prev)) dyad__sb_put(&out[0], w, n - 1), dyad__sb_puts(&out[0], "IES");
    else if (last == 'S' || last == 'X' || last == 'Z' || last == 'O' ||
             (last == 'H' && (prev == 'C' || prev == 'S')))
        dyad__sb_put(&out[0], w, n), dyad__sb_puts(&out[0], "ES");
    else dyad__sb_put(&out[0], w, n), dyad__sb_putc(&out[0], 'S');
    // past
    if (last == 'E') dyad__sb_put(&out[1], w, n), dyad__sb_putc(&out[1], 'D');
    else if (last == 'Y' && !is_vowel(prev)) dyad__sb_put(&out[1], w, n - 1), dyad__sb_puts(&out[1], "IED");
    else dyad__sb_put(&out[1], w, n), dyad__sb_puts(&out[1], "ED");
    // gerund
    if (last == 'E' && prev == 'I') dyad__sb_put(&out[2], w, n - 2), dyad__sb_puts(&out[2], "YING");
    else if (last == 'E' && prev != 'E' && n > 2) dyad__sb_put(&out[2], w, n - 1), dyad__sb_puts(&out[2], "ING");
    else dyad__sb_put(&out[2], w, n), dyad__sb_puts(&out[2], "ING");
}

typedef struct verb_words {
    uint32_t before[MAX_TOK], after[MAX_TOK];
    size_t n_before, n_after;
    slice verb;   // the verb word as written
} verb_words;

// Split "WIRE_+TAP" / "+BREAK_DOWN" / "LASH OUT" into its parts.
static bool split_verb(dict_reader *r, slice s, verb_words *vw)
{
    dyad_dict *d = r->dict;
    memset(vw, 0, sizeof *vw);
    const char *plus = memchr(s.p, '+', s.n);
    const char *vstart = plus ? plus + 1 : s.p;
    const char *vend = vstart;
    while (vend < s.p + s.n && *vend != '_' && !dyad__is_space((unsigned char)*vend)) vend++;
    if (vend == vstart) {
        dyad__dict_error(r, "verb line without a verb word");
        return false;
    }
    vw->verb = (slice){vstart, (size_t)(vend - vstart)};
    const char *bstart = s.p, *bend = plus ? plus : s.p;
    vw->n_before = dyad__dict_words(d, bstart, (size_t)(bend - bstart), vw->before, MAX_TOK);
    vw->n_after = dyad__dict_words(d, vend, (size_t)(s.p + s.n - vend), vw->after, MAX_TOK);
    return true;
}

static void add_form(dict_reader *r, int32_t block, const char *base, const char *code,
                     const verb_words *vw, const char *word, size_t n)
{
    dyad_dict *d = r->dict;
    verb_form f = {0};
    f.block = (uint32_t)block;
    f.base = base;
    f.code = code;
    f.line = r->line;
    if (vw->n_before) {
        f.before = dyad__arena_alloc(&d->mem, vw->n_before * sizeof(uint32_t));
        memcpy(f.before, vw->before, vw->n_before * sizeof(uint32_t));
        f.n_before = vw->n_before;
    }
    if (vw->n_after) {
        f.after = dyad__arena_alloc(&d->mem, vw->n_after * sizeof(uint32_t));
        memcpy(f.after, vw->after, vw->n_after * sizeof(uint32_t));
        f.n_after = vw->n_after;
    }
    register_form(d, dyad__intern(d->words, word, n), f);
}

static void verb_line(dict_reader *r, int32_t block, slice s)
{
    dyad_dict *d = r->dict;
    const char *open;
    const char *code = bracket_code(r, s, &open);
    const char *brace = memchr(s.p, '{', s.n);
    const char *stop = s.p + s.n;
    if (open && open < stop) stop = open;
    if (brace && brace < stop) stop = brace;
    slice head = trim_slice((slice){s.p, (size_t)(stop - s.p)});
    verb_words vw;
    if (!split_verb(r, head, &vw)) return;
    const char *base = dyad__dict_upper_dup(d, head.p, head.n);
    char up[128];
    size_t n = vw.verb.n < sizeof up ? vw.verb.n : sizeof up - 1;
    for (size_t i = 0; i < n; i++) up[i] = dyad__ascii_upper(vw.verb.p[i]);
    add_form(r, block, base, code, &vw, up, n);
    if (!brace) {  // regular forms only when no irregular ones are listed
        strbuf forms[3] = {STRBUF_INIT, STRBUF_INIT, STRBUF_INIT};
        regular_forms(up, n, forms);
        for (int i = 0; i < 3; i++) add_form(r, block, base, code, &vw, forms[i].p, forms[i].n);
        for (int i = 0; i < 3; i++) dyad__sb_dispose(&forms[i]);
        return;
    }
    const char *close = memchr(brace, '}', (size_t)(s.p + s.n - brace));
    if (!close) {
        dyad__dict_error(r, "'{' without a closing '}'");
        return;
    }
    const char *p = brace + 1;
    while (p < close) {
        while (p < close && dyad__is_space((unsigned char)*p)) p++;
        const char *w = p;
        while (p < close && !dyad__is_space((unsigned char)*p)) p++;
        if (p == w) break;
        verb_words iw;
        if (split_verb(r, (slice){w, (size_t)(p - w)}, &iw)) {
            for (size_t i = 0; i < iw.verb.n && i < sizeof up; i++)
                up[i] = dyad__ascii_upper(iw.verb.p[i]);
            add_form(r, block, base, code, &iw, up,
                     iw.verb.n < sizeof up ? iw.verb.n : sizeof up);
        }
    }
}

// ---------------------------------------------------------------- patterns

typedef struct ptok {
    pat_elem e;
    bool star;
    bool joined_next;   // "_" between this token and the next
} ptok;

static bool pattern_token(dict_reader *r, slice t, ptok *out)
{
    dyad_dict *d = r->dict;
    memset(out, 0, sizeof *out);
    if (t.n == 1) {
        switch (t.p[0]) {
        case '*': out->star = true; return true;
        case '$': out->e.kind = PAT_SOURCE; return true;
        case '+': out->e.kind = PAT_TARGET; return true;
        case '%': out->e.kind = PAT_COMPOUND; return true;
        case '^': out->e.kind = PAT_SKIP; return true;
        }
    }
    if (t.p[0] == '&') {
        int32_t si = find_synset(d, dyad__dict_upper_dup(d, t.p, t.n), t.n);
        if (si < 0) {
            dyad__dict_warn(r, "pattern ignored: synset %.*s is not defined", (int)t.n, t.p);
            return false;
        }
        out->e.kind = PAT_SYNSET;
        out->e.id = (uint32_t)si;
        return true;
    }
    out->e.kind = PAT_WORD;
    out->e.id = dyad__intern(d->words, t.p, t.n);
    return true;
}

// Tokenise the pattern body: words split on blanks and '_', with the
// PETRARCH-2 grouping marks ( ) { } treated as blanks.
static size_t pattern_tokens(dict_reader *r, slice body, ptok *toks, bool *ok)
{
    size_t n = 0, i = 0;
    *ok = true;
    while (i < body.n) {
        char c = body.p[i];
        if (c == '_' && n) {
            toks[n - 1].joined_next = true;
            i++;
            continue;
        }
        if (dyad__is_space((unsigned char)c) || c == '(' || c == ')' || c == '{' || c == '}' || c == '_') {
            i++;
            continue;
        }
        size_t start = i;
        if (c == '*' || c == '$' || c == '+' || c == '%' || c == '^') i++;
        else
            while (i < body.n && !dyad__is_space((unsigned char)body.p[i]) && body.p[i] != '_' &&
                   !strchr("(){}*", body.p[i]))
                i++;
        if (n == MAX_TOK) {
            dyad__dict_error(r, "pattern longer than %d tokens", MAX_TOK);
            *ok = false;
            return 0;
        }
        if (!pattern_token(r, (slice){body.p + start, i - start}, &toks[n])) {
            *ok = false;
            return 0;
        }
        n++;
    }
    return n;
}

static void pattern_line(dict_reader *r, int32_t block, slice s)
{
    dyad_dict *d = r->dict;
    if (block < 0) {
        dyad__dict_error(r, "pattern before any verb block");
        return;
    }
    const char *open;
    const char *code = bracket_code(r, s, &open);
    if (!code) {
        if (!open) dyad__dict_error(r, "pattern without a [CODE]");
        return;
    }
    slice body = trim_slice((slice){s.p + 1, (size_t)(open - s.p - 1)});
    ptok toks[MAX_TOK];
    bool ok;
    size_t n = pattern_tokens(r, body, toks, &ok);
    if (!ok) return;
    size_t star = n;
    for (size_t i = 0; i < n; i++)
        if (toks[i].star) {
            if (star != n) {
                dyad__dict_error(r, "pattern with more than one '*'");
                return;
            }
            star = i;
        }
    if (star == n) {
        dyad__dict_error(r, "pattern without the verb marker '*'");
        return;
    }
    verb_pattern p = {0};
    p.code = code;
    p.text = dyad__dict_strdup(d, s.p, s.n);
    p.file = r->file;
    p.line = r->line;
    p.n_upper = star;
    p.n_lower = n - star - 1;
    p.upper = dyad__arena_alloc(&d->mem, (p.n_upper + 1) * sizeof(pat_elem));
    p.lower = dyad__arena_alloc(&d->mem, (p.n_lower + 1) * sizeof(pat_elem));
    // upper, nearest the verb first: element k is joined to the one before it
    // (nearer the verb) when an '_' separates them in the text
    for (size_t k = 0; k < p.n_upper; k++) {
        size_t i = star - 1 - k;
        p.upper[k] = toks[i].e;
        p.upper[k].joined = toks[i].joined_next;
    }
    for (size_t k = 0; k < p.n_lower; k++) {
        size_t i = star + 1 + k;
        p.lower[k] = toks[i].e;
        p.lower[k].joined = toks[i - 1].joined_next;
    }
    p.specificity = (int)(p.n_upper + p.n_lower);
    verb_block *b = &d->blocks[block];
    VEC_PUSH(b->patterns, b->n_patterns, b->cap_patterns, p);
    d->n_patterns++;
}

// Two passes: synsets first, so patterns may use a synset defined further
// down the file; then blocks, verbs and patterns.
static void verbs_pass(dict_reader *r, char *text, size_t len, bool synsets)
{
    dyad_dict *d = r->dict;
    char *cur = text, *end = text + len;
    const char *line;
    size_t n;
    bool in_comment = false;
    int32_t block = -1, syn = -1;
    bool syn_plurals = true;
    r->line = 0;
    while (dyad__next_line(&cur, end, &line, &n)) {
        r->line++;
        slice s = dyad__dict_clean_line(line, n, &in_comment);
        if (!s.n) continue;
        if (s.p[0] == '&') {
            syn = synsets ? new_synset(r, trim_slice(s)) : 0;
            syn_plurals = s.p[s.n - 1] != '_';
            continue;
        }
        if (s.p[0] == '+' && syn >= 0) {
            if (synsets) synset_phrase(r, syn, trim_slice((slice){s.p + 1, s.n - 1}), syn_plurals);
            continue;
        }
        syn = -1;
        if (synsets) continue;
        if (s.n >= 3 && s.p[0] == '-' && s.p[1] == '-' && s.p[2] == '-') {
            block = new_block(r, s);
        } else if (s.p[0] == '-') {
            pattern_line(r, block, s);
        } else if (s.p[0] == '~') {
            d->n_transforms++;
        } else if (block < 0) {
            dyad__dict_error(r, "verb '%.*s' outside a '--- BLOCK ---'", (int)s.n, s.p);
        } else {
            verb_line(r, block, s);
        }
    }
}

// The bits a side needs: every literal word's, and one of each synset's
// (its members' first or, before the verb, last words), for the pre-test in
// dyad__verb_try.
static void side_masks(const dyad_dict *d, const pat_elem *e, size_t n, bool upper,
                       uint64_t *need, uint64_t *any, uint8_t *n_any)
{
    *need = 0;
    *n_any = 0;
    for (size_t k = 0; k < n; k++) {
        if (e[k].kind == PAT_WORD) *need |= dyad__word_bit(e[k].id);
        if (e[k].kind != PAT_SYNSET || *n_any >= 3) continue;
        const synset *set = &d->synsets[e[k].id];
        uint64_t bits = 0;
        for (size_t m = 0; m < set->n; m++)
            if (set->lens[m]) bits |= dyad__word_bit(set->phrases[m][upper ? set->lens[m] - 1 : 0]);
        if (bits) any[(*n_any)++] = bits;
    }
}

static void pattern_masks(dyad_dict *d)
{
    for (size_t i = 0; i < d->n_synsets; i++) {
        synset *set = &d->synsets[i];
        set->first_bits = set->last_bits = 0;
        for (size_t m = 0; m < set->n; m++)
            if (set->lens[m]) {
                set->first_bits |= dyad__word_bit(set->phrases[m][0]);
                set->last_bits |= dyad__word_bit(set->phrases[m][set->lens[m] - 1]);
            }
    }
    for (size_t b = 0; b < d->n_blocks; b++)
        for (size_t i = 0; i < d->blocks[b].n_patterns; i++) {
            verb_pattern *p = &d->blocks[b].patterns[i];
            side_masks(d, p->upper, p->n_upper, true, &p->need_upper, p->any_upper, &p->n_any_upper);
            side_masks(d, p->lower, p->n_lower, false, &p->need_lower, p->any_lower, &p->n_any_lower);
        }
}

int dyad__dict_load_verbs(dict_reader *r, char *text, size_t len)
{
    verbs_pass(r, text, len, true);
    verbs_pass(r, text, len, false);
    pattern_masks(r->dict);
    return r->errors;
}
