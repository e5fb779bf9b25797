// dict.c: the dictionary handle, what the coder asks of it, and the helpers
// every reader shares (the word tries are in trie.c).
#include "dict.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "error.h"
#include "unicode.h"
#include "utf8.h"

// ---------------------------------------------------------------- helpers

static void report(dict_reader *r, int code, const char *fmt, va_list ap)
{
    dyad_error e = {.code = code, .line = r->line, .offset = -1};
    snprintf(e.file, sizeof e.file, "%s", r->path);
    vsnprintf(e.message, sizeof e.message, fmt, ap);
    if (r->diag) r->diag(r->ctx, &e);
}

void dyad__dict_error(dict_reader *r, const char *fmt, ...)
{
    r->errors++;
    va_list ap;
    va_start(ap, fmt);
    report(r, DYAD_ERR_SYNTAX, fmt, ap);
    va_end(ap);
}

void dyad__dict_warn(dict_reader *r, const char *fmt, ...)
{
    r->warnings++;
    r->dict->n_warnings++;
    va_list ap;
    va_start(ap, fmt);
    report(r, DYAD_WARNING, fmt, ap);
    va_end(ap);
}

bool dyad__next_line(char **cursor, char *end, const char **line, size_t *n)
{
    char *p = *cursor;
    if (p >= end) return false;
    char *nl = memchr(p, '\n', (size_t)(end - p));
    char *stop = nl ? nl : end;
    *line = p;
    *n = (size_t)(stop - p);
    if (*n && p[*n - 1] == '\r') (*n)--;
    *cursor = nl ? nl + 1 : end;
    return true;
}

static slice trim(const char *s, size_t n)
{
    while (n && dyad__is_space((unsigned char)*s)) s++, n--;
    while (n && dyad__is_space((unsigned char)s[n - 1])) n--;
    return (slice){s, n};
}

static const char *find_comment_end(const char *s, size_t n)
{
    for (size_t i = 0; i + 3 <= n; i++)
        if (s[i] == '-' && s[i + 1] == '-' && s[i + 2] == '>') return s + i + 3;
    return NULL;
}

slice dyad__dict_clean_line(const char *line, size_t n, bool *in_comment)
{
    slice t = trim(line, n);
    // XML-style comments <!-- ... --> (also "<! --"), possibly multi-line
    if (*in_comment || (t.n >= 2 && t.p[0] == '<' && t.p[1] == '!')) {
        const char *close = find_comment_end(t.p, t.n);
        *in_comment = close == NULL;
        if (!close) return (slice){t.p, 0};
        t = trim(close, (size_t)(t.p + t.n - close));
    }
    // '#' starts a comment, except inside [...] where "[###]" is a code
    int depth = 0;
    for (size_t i = 0; i < t.n; i++) {
        if (t.p[i] == '[') depth++;
        else if (t.p[i] == ']' && depth) depth--;
        else if (t.p[i] == '#' && !depth) {
            t.n = i;
            break;
        }
    }
    return trim(t.p, t.n);
}

const char *dyad__dict_strdup(dyad_dict *d, const char *s, size_t n)
{
    return dyad__arena_strndup(&d->mem, s, n);
}

const char *dyad__dict_upper_dup(dyad_dict *d, const char *s, size_t n)
{
    if (!dyad__is_ascii(s, n)) {   // the word's key: NFC, upper case (unicode.h)
        size_t k = dyad__fold(s, n, NULL, 0);
        char *p = dyad__arena_alloc(&d->mem, k + 1);
        dyad__fold(s, n, p, k);
        return p;
    }
    char *p = dyad__arena_strndup(&d->mem, s, n);
    for (size_t i = 0; i < n; i++) p[i] = dyad__ascii_upper(p[i]);
    return p;
}

size_t dyad__dict_words(dyad_dict *d, const char *s, size_t n, uint32_t *out, size_t max)
{
    return dyad__dict_words_gaps(d, s, n, out, NULL, max);
}

size_t dyad__dict_words_gaps(dyad_dict *d, const char *s, size_t n, uint32_t *out, bool *gaps,
                       size_t max)
{
    size_t k = 0, i = 0;
    while (i < n) {
        bool blank = false;
        while (i < n && (s[i] == '_' || dyad__is_space((unsigned char)s[i]))) blank |= s[i++] != '_';
        if (gaps && k < max) gaps[k] = blank;
        size_t start = i;
        while (i < n && s[i] != '_' && !dyad__is_space((unsigned char)s[i])) i++;
        if (i > start && k < max) out[k++] = dyad__intern(d->words, s + start, i - start);
    }
    return k;
}

void dyad__dict_mark_words(dyad_dict *d, const uint32_t *words, size_t n, uint8_t bits)
{
    for (size_t i = 0; i < n; i++) {
        uint32_t w = words[i];
        if (w >= d->wclass_cap) {
            size_t cap = d->wclass_cap ? d->wclass_cap : 1024;
            while (cap <= w) cap *= 2;
            d->wclass = dyad__xrealloc(d->wclass, cap);
            memset(d->wclass + d->wclass_cap, 0, cap - d->wclass_cap);
            d->wclass_cap = cap;
        }
        uint8_t b = (uint8_t)(bits | (i == 0 ? WC_FIRST : 0));
        if ((bits & WC_AGENT) && i + 1 == n) b |= WC_AGENT_HEAD;  // "police", "forces"
        d->wclass[w] |= b;
    }
}

bool dyad__dict_actor_stem(const dyad_dict *d, slice word)
{
    int32_t tmp[2];
    return dyad__trie_stem_children(&d->actors, d->words, 0, word, tmp, 2) > 0;
}

int32_t dyad__verb_first_form(const dyad_dict *d, uint32_t word)
{
    if (word >= d->form_by_word_cap) return -1;
    return d->form_by_word[word];
}

// Regular noun plural of upper-case `w`: +S, Y->IES, SS->SSES (and other
// sibilants +ES).
void dyad__dict_regular_plurals(const char *w, size_t n, strbuf *out)
{
    dyad__sb_clear(out);
    if (n >= 2 && w[n - 1] == 'Y' && !strchr("AEIOU", w[n - 2])) {
        dyad__sb_put(out, w, n - 1);
        dyad__sb_puts(out, "IES");
    } else if ((n >= 2 && w[n - 1] == 'S' && w[n - 2] == 'S') || (n && w[n - 1] == 'X') ||
               (n >= 2 && w[n - 1] == 'H' && (w[n - 2] == 'C' || w[n - 2] == 'S'))) {
        dyad__sb_put(out, w, n);
        dyad__sb_puts(out, "ES");
    } else {
        dyad__sb_put(out, w, n);
        dyad__sb_putc(out, 'S');
    }
}

// ---------------------------------------------------------------- handle

dyad_dict *dyad_dict_new(void)
{
    dyad_dict *d = dyad__xcalloc(1, sizeof *d);
    d->words = dyad__interner_new();
    dyad__lexicon_init(&d->lex, d->words);
    dyad__arena_init(&d->mem, 256 * 1024);
    dyad__trie_init(&d->actors);
    dyad__trie_init(&d->agents);
    dyad__trie_init(&d->discards);
    dyad__trie_init(&d->issues);
    return d;
}

void dyad_dict_free(dyad_dict *d)
{
    if (!d) return;
    for (size_t i = 0; i < d->n_actor_entries; i++) free(d->actor_entries[i].codes);
    free(d->actor_entries);
    free(d->agent_entries);
    for (size_t i = 0; i < d->n_blocks; i++) free(d->blocks[i].patterns);
    free(d->blocks);
    free(d->forms);
    free(d->form_by_word);
    free(d->dups);
    free(d->wclass);
    for (size_t i = 0; i < d->n_synsets; i++) {
        free(d->synsets[i].phrases);
        free(d->synsets[i].lens);
    }
    free(d->synsets);
    free(d->phrases);
    free(d->files);
    free(d->noun_entries);
    free(d->noun_forms);
    free(d->noun_by_word);
    dyad__trie_dispose(&d->actors);
    dyad__trie_dispose(&d->agents);
    dyad__trie_dispose(&d->discards);
    dyad__trie_dispose(&d->issues);
    dyad__lexicon_dispose(&d->lex);
    dyad__interner_free(d->words);
    dyad__arena_dispose(&d->mem);
    free(d);
}

typedef int (*load_fn)(dict_reader *r, char *text, size_t len);

// Report each line that is not valid UTF-8 and blank it, so that the loader
// skips it (and line numbers stay right).
static void blank_invalid_utf8(dict_reader *r, char *text, size_t len)
{
    char *cur = text, *end = text + len;
    const char *line;
    size_t n;
    int saved = r->line;
    r->line = 0;
    while (dyad__next_line(&cur, end, &line, &n)) {
        r->line++;
        int64_t bad = dyad__text_utf8_check(line, n);
        if (bad < 0) continue;
        dyad__dict_error(r, "invalid UTF-8 (byte 0x%02X at column %d); line skipped",
                         (unsigned char)line[bad], (int)bad + 1);
        memset((char *)line, ' ', n);
    }
    r->line = saved;
}

// Entries a dictionary of that kind added, to tell an empty file.
static size_t entries(const dyad_dict *d, dyad_dict_kind kind)
{
    switch (kind) {
    case DYAD_DICT_VERBS: return d->n_forms + d->n_patterns + d->n_synsets + d->n_blocks;
    case DYAD_DICT_ACTORS: return d->n_actor_entries;
    case DYAD_DICT_AGENTS: return d->n_agent_entries;
    case DYAD_DICT_DISCARDS: return d->n_discards;
    case DYAD_DICT_NOUNS: return d->n_noun_entries;
    default: return d->n_issues;
    }
}

int dyad_dict_load(dyad_dict *d, dyad_dict_kind kind, const char *path,
                   dyad_diag_fn diag, void *ctx, dyad_error *err)
{
    static const load_fn loaders[] = {
        [DYAD_DICT_VERBS] = dyad__dict_load_verbs,
        [DYAD_DICT_ACTORS] = dyad__dict_load_actors,
        [DYAD_DICT_AGENTS] = dyad__dict_load_agents,
        [DYAD_DICT_DISCARDS] = dyad__dict_load_discards,
        [DYAD_DICT_ISSUES] = dyad__dict_load_issues,
        [DYAD_DICT_NOUNS] = dyad__dict_load_nouns,
    };
    if (!d || !path || (unsigned)kind > DYAD_DICT_NOUNS) {
        dyad_error_set(err, DYAD_ERR_ARG, NULL, 0, 0, "bad arguments to dyad_dict_load");
        return DYAD_ERR_ARG;
    }
    size_t len;
    dyad__oom_at("loading", path, 0);
    char *text = dyad__read_file(path, &len);
    if (!text) {
        dyad__oom_clear();
        dyad_error_set(err, DYAD_ERR_IO, path, 0, 0, "cannot read dictionary: %s",
                       strerror(errno));
        return DYAD_ERR_IO;
    }
    // entries name their file without its folder, so events do not depend on
    // where the dictionaries lie; diagnostics use the whole path
    const char *name = strrchr(path, '/');
    name = name ? name + 1 : path;
    dict_reader r = {.dict = d, .path = path, .file = dyad__dict_strdup(d, name, strlen(name)),
                     .diag = diag, .ctx = ctx};
    VEC_RESERVE(d->files, d->cap_files, d->n_files + 1);
    dyad_dict_file *f = &d->files[d->n_files++];
    f->name = r.file;
    dyad__sha256_hex(text, len, f->sha256);
    blank_invalid_utf8(&r, text, len);
    size_t before = entries(d, kind);
    loaders[kind](&r, text, len);
    free(text);
    dyad__oom_clear();
    if (entries(d, kind) == before) {   // an empty file, or all comments
        r.line = 1;
        dyad__dict_error(&r, "no entries: the dictionary file is %s", len ? "only comments, "
                         "blank or malformed lines" : "empty");
    }
    return r.errors;
}

void dyad_dict_get_stats(const dyad_dict *d, dyad_dict_stats *out)
{
    memset(out, 0, sizeof *out);
    out->verbs = d->n_forms;
    out->patterns = d->n_patterns;
    out->synsets = d->n_synsets;
    out->actors = d->n_actor_entries;
    out->actor_phrases = d->n_actor_phrases;
    out->agents = d->n_agent_entries;
    out->discards = d->n_discards;
    out->issues = d->n_issues;
    out->warnings = d->n_warnings;
}

void dyad__dict_note_dup(dyad_dict *d, const char *what, const char *phrase, const char *file,
                   int line, const char *first_file, int first_line)
{
    VEC_RESERVE(d->dups, d->cap_dups, d->n_dups + 1);
    d->dups[d->n_dups++] = (struct dict_dup){
        .what = what,
        .phrase = dyad__dict_strdup(d, phrase, strlen(phrase)),
        .file = file,
        .first_file = first_file,
        .line = line,
        .first_line = first_line,
    };
}

size_t dyad_dict_files(const dyad_dict *d, const dyad_dict_file **files)
{
    if (files) *files = d ? d->files : NULL;
    return d ? d->n_files : 0;
}
