// writers.c: events as JSON Lines or TSV, each record formatted whole
// (into a caller's buffer or written with one fwrite).
#include <stdlib.h>
#include <string.h>

#include "cameo.h"
#include "dyad.h"
#include "util.h"
#include "writers.h"

// ,"key": (no printf: every event writes a score of these)
static void put_name(strbuf *b, const char *key)
{
    dyad__sb_puts(b, ",\"");
    dyad__sb_puts(b, key);
    dyad__sb_puts(b, "\":");
}

static void put_key(strbuf *b, const char *key, const char *val)
{
    put_name(b, key);
    if (val) dyad__sb_json_string(b, val, strlen(val));
    else dyad__sb_puts(b, "null");
}

// Characters (code points) of UTF-8 text before byte offset `to`.
static int32_t chars_before(const char *text, int32_t to)
{
    int32_t n = 0;
    for (int32_t i = 0; i < to; i++) n += ((unsigned char)text[i] & 0xC0) != 0x80;
    return n;
}

bool dyad__char_span(const dyad_record *rec, dyad_span sp, int32_t *start, int32_t *end)
{
    if (sp.start < 0 || !rec->text) return false;
    // count from the sentence's start, whose offset in characters the story
    // pass gives, so a span costs the sentence's length, not the story's
    const char *story = rec->text - rec->text_offset;
    int32_t a = sp.start >= rec->text_offset
                    ? rec->text_char_offset + chars_before(rec->text, sp.start - rec->text_offset)
                    : chars_before(story, sp.start);
    *start = a;
    *end = a + chars_before(story + sp.start, sp.end - sp.start);
    return true;
}

// "key":[start,end] in characters of the story text, and "key_bytes" in
// UTF-8 bytes; null when unknown.
static void put_span(strbuf *b, const dyad_record *rec, const char *key, dyad_span sp)
{
    int32_t a, z;
    if (!dyad__char_span(rec, sp, &a, &z)) {
        dyad__sb_printf(b, ",\"%s\":null,\"%s_bytes\":null", key, key);
        return;
    }
    put_name(b, key);
    dyad__sb_putc(b, '[');
    dyad__sb_int(b, a);
    dyad__sb_putc(b, ',');
    dyad__sb_int(b, z);
    dyad__sb_puts(b, "],\"");
    dyad__sb_puts(b, key);
    dyad__sb_puts(b, "_bytes\":[");
    dyad__sb_int(b, sp.start);
    dyad__sb_putc(b, ',');
    dyad__sb_int(b, sp.end);
    dyad__sb_putc(b, ']');
}

void dyad__format_date(int32_t d, bool compact, char out[16])
{
    if (!d) {
        out[0] = 0;
        return;
    }
    snprintf(out, 16, compact ? "%04d%02d%02d" : "%04d-%02d-%02d", (int)(d / 10000 % 10000),
             (int)(d / 100 % 100), (int)(d % 100));
}

static void format_date(int32_t d, char out[16])
{
    dyad__format_date(d, false, out);
}

void dyad__span_text(const dyad_record *rec, dyad_span sp, const char *fallback, const char **p,
                     size_t *n)
{
    if (rec->text && sp.start >= 0 && sp.end >= sp.start &&
        (size_t)sp.end <= (size_t)rec->text_offset + rec->text_len) {
        *p = rec->text - rec->text_offset + sp.start;
        *n = (size_t)(sp.end - sp.start);
        return;
    }
    *p = fallback ? fallback : "";
    *n = strlen(*p);
}

void dyad__event_id(strbuf *b, const dyad_record *rec, const dyad_event *ev)
{
    dyad__sb_puts(b, rec->id ? rec->id : "");
    dyad__sb_putc(b, '-');
    dyad__sb_int(b, ev->index);
}

bool dyad__pair_id(strbuf *b, const dyad_record *rec, const dyad_event *ev)
{
    if (ev->pair <= 0) return false;
    dyad__sb_printf(b, "%s-p%d", rec->id ? rec->id : "", (int)ev->pair);
    return true;
}

static bool name_char(char ch)
{
    return ch && ch != ' ' && ch != ';' && ch != ',' && ch != ':';
}

void dyad__entry_cites(const char *entry, dyad__cite_fn fn, void *ctx)
{
    if (!entry) return;
    for (const char *p = entry; *p; p++) {
        if (*p != ':' || p[1] < '0' || p[1] > '9') continue;
        const char *f = p;
        while (f > entry && name_char(f[-1])) f--;
        if (f == p) continue;
        const char *q = p + 1;
        int line = 0;
        while (*q >= '0' && *q <= '9' && line < 100000000) line = line * 10 + (*q++ - '0');
        const char *name = q;
        if (*name == ' ') name++;
        const char *z = name;
        while (*z && *z != ' ' && *z != ';' && *z != ',') z++;
        fn(ctx, f, (size_t)(p - f), line, name, (size_t)(z - name));
        p = q - 1;
    }
}

void dyad__issue_list(const char *issues, dyad__issue_fn fn, void *ctx)
{
    const char *p = issues ? issues : "";
    while (*p) {
        while (*p == ' ' || *p == ',') p++;
        const char *end = strchr(p, ',');
        if (!end) end = p + strlen(p);
        const char *sp = end;
        while (sp > p && sp[-1] != ' ') sp--;
        size_t n = sp > p ? (size_t)(sp - 1 - p) : (size_t)(end - p);
        int count = sp > p ? atoi(sp) : 1;
        if (n) fn(ctx, p, n, count);
        p = end;
    }
}

const char *dyad__cameo_label(const char *code)
{
    const dyad_cameo_info *ci = code ? dyad_cameo_lookup(code, strlen(code)) : NULL;
    return ci ? ci->name : NULL;
}


void dyad_buf_free(dyad_buf *b)
{
    if (!b) return;
    free(b->p);
    b->p = NULL;
    b->n = b->cap = 0;
}

// One line with one fwrite; 0, or -1 with errno set.
static int put_line(FILE *out, strbuf *s)
{
    size_t n = s->n;
    size_t w = n ? fwrite(s->p, 1, n, out) : 0;
    dyad__sb_dispose(s);
    return w == n && !ferror(out) ? 0 : -1;
}

static void put_text(strbuf *b, const dyad_record *rec, const char *key, dyad_span sp,
                     const char *fallback)
{
    const char *p;
    size_t n;
    dyad__span_text(rec, sp, fallback, &p, &n);
    put_name(b, key);
    dyad__sb_json_string(b, p, n);
}

static void cite_json(void *ctx, const char *file, size_t nf, int line, const char *name,
                      size_t nn)
{
    strbuf *b = ctx;
    if (b->p[b->n - 1] != '[') dyad__sb_putc(b, ',');
    dyad__sb_puts(b, "{\"file\":");
    dyad__sb_json_string(b, file, nf);
    dyad__sb_puts(b, ",\"line\":");
    dyad__sb_int(b, line);
    dyad__sb_puts(b, ",\"entry\":");
    dyad__sb_json_string(b, name, nn);
    dyad__sb_putc(b, '}');
}

static void issue_json(void *ctx, const char *code, size_t n, int count)
{
    strbuf *b = ctx;
    if (b->p[b->n - 1] != '[') dyad__sb_putc(b, ',');
    dyad__sb_puts(b, "{\"issue\":");
    dyad__sb_json_string(b, code, n);
    dyad__sb_printf(b, ",\"count\":%d}", count);
}

void dyad__event_json(strbuf *b, const dyad_record *rec, const dyad_event *ev)
{
    char date[16];
    format_date(rec->date, date);
    dyad__sb_puts(b, "{\"story_id\":");
    dyad__sb_json_string(b, rec->story_id ? rec->story_id : "", rec->story_id ? strlen(rec->story_id) : 0);
    put_key(b, "sentence_id", rec->id ? rec->id : "");
    put_key(b, "date", date[0] ? date : NULL);
    put_key(b, "source", ev->source);
    put_key(b, "target", ev->target);
    put_key(b, "code", ev->code);
    put_key(b, "root", ev->root);
    if (ev->quad) dyad__sb_printf(b, ",\"quad\":%d,\"goldstein\":%.1f", ev->quad, ev->goldstein);
    else dyad__sb_puts(b, ",\"quad\":null,\"goldstein\":null");
    put_key(b, "plover", ev->plover);
    put_text(b, rec, "source_text", ev->source_span, ev->source_text);
    put_text(b, rec, "target_text", ev->target_span, ev->target_text);
    put_text(b, rec, "event_text", ev->verb_span, ev->event_text);
    put_key(b, "source_entry", ev->source_entry);
    put_key(b, "target_entry", ev->target_entry);
    put_key(b, "pattern", ev->pattern);
    strbuf where = STRBUF_INIT;
    dyad__sb_puts(&where, ev->pattern_file ? ev->pattern_file : "");
    dyad__sb_putc(&where, ':');
    dyad__sb_int(&where, ev->pattern_line);
    put_key(b, "pattern_at", where.p);
    dyad__sb_dispose(&where);
    dyad__sb_puts(b, ",\"issues\":[");
    dyad__issue_list(ev->issues, issue_json, b);
    dyad__sb_putc(b, ']');
    put_span(b, rec, "source_span", ev->source_span);
    put_span(b, rec, "target_span", ev->target_span);
    put_span(b, rec, "verb_span", ev->verb_span);
    // only when true, so that events coded from their own words read as before
    if (ev->source_inferred) dyad__sb_puts(b, ",\"source_inferred\":true");
    if (ev->target_inferred) dyad__sb_puts(b, ",\"target_inferred\":true");
    strbuf id = STRBUF_INIT;
    dyad__event_id(&id, rec, ev);
    put_key(b, "event_id", id.p);
    id.n = 0;
    put_key(b, "pair_id", dyad__pair_id(&id, rec, ev) ? id.p : NULL);
    dyad__sb_dispose(&id);
    put_key(b, "cameo_label", dyad__cameo_label(ev->code));
    dyad__sb_puts(b, ",\"source_provenance\":[");
    dyad__entry_cites(ev->source_entry, cite_json, b);
    dyad__sb_puts(b, "],\"target_provenance\":[");
    dyad__entry_cites(ev->target_entry, cite_json, b);
    dyad__sb_putc(b, ']');
    put_key(b, "coder_version", DYAD_VERSION);
    // the story's other input fields, only when it has some
    if (rec->meta) {
        dyad__sb_puts(b, ",\"meta\":");
        dyad__sb_puts(b, rec->meta);
    }
    // the sentence's own place in the story (the whole record when it was
    // not cut from a story), for stores that keep sentences
    dyad_span sentence = {rec->text_offset, rec->text_offset + (int32_t)rec->text_len};
    put_span(b, rec, "sentence_span", sentence);
    dyad__sb_puts(b, "}\n");
}

void dyad_format_event_json(dyad_buf *buf, const dyad_record *rec, const dyad_event *ev)
{
    strbuf b = dyad__sb_of(buf);
    dyad__event_json(&b, rec, ev);
    dyad__sb_back(buf, &b);
}

int dyad_write_event_json(FILE *out, const dyad_record *rec, const dyad_event *ev)
{
    strbuf b = STRBUF_INIT;
    dyad__event_json(&b, rec, ev);
    return put_line(out, &b);
}

const char dyad__tsv_header[] =
    "date\tsentence_id\tsource\ttarget\tcode\troot\tquad\tgoldstein\tplover\t"
    "source_text\ttarget_text\tevent_text\tpattern_at\tissues\n";

void dyad_format_tsv_header(dyad_buf *buf)
{
    strbuf b = dyad__sb_of(buf);
    dyad__sb_puts(&b, dyad__tsv_header);
    dyad__sb_back(buf, &b);
}

int dyad_write_tsv_header(FILE *out)
{
    strbuf b = STRBUF_INIT;
    dyad__sb_puts(&b, dyad__tsv_header);
    return put_line(out, &b);
}

// A TSV field: tabs and newlines become spaces.
static void tsv_field(strbuf *b, const char *s)
{
    if (!s) return;
    size_t n = b->n;
    dyad__sb_puts(b, s);
    for (; n < b->n; n++)
        if (b->p[n] == '\t' || b->p[n] == '\n') b->p[n] = ' ';
}

// A TSV field of the story's words of a span.
static void tsv_span(strbuf *b, const dyad_record *rec, dyad_span sp, const char *fallback)
{
    const char *p;
    size_t n;
    dyad__span_text(rec, sp, fallback, &p, &n);
    size_t at = b->n;
    dyad__sb_put(b, p, n);
    for (; at < b->n; at++)
        if (b->p[at] == '\t' || b->p[at] == '\n' || b->p[at] == '\r') b->p[at] = ' ';
}

void dyad__event_tsv(strbuf *b, const dyad_record *rec, const dyad_event *ev)
{
    char date[16];
    format_date(rec->date, date);
    dyad__sb_printf(b, "%s\t", date);
    tsv_field(b, rec->id);
    dyad__sb_printf(b, "\t%s\t%s\t%s\t%s\t", ev->source, ev->target, ev->code, ev->root);
    if (ev->quad) dyad__sb_printf(b, "%d\t%.1f\t", ev->quad, ev->goldstein);
    else dyad__sb_puts(b, "\t\t");
    tsv_field(b, ev->plover);
    dyad__sb_putc(b, '\t');
    tsv_span(b, rec, ev->source_span, ev->source_text);
    dyad__sb_putc(b, '\t');
    tsv_span(b, rec, ev->target_span, ev->target_text);
    dyad__sb_putc(b, '\t');
    tsv_span(b, rec, ev->verb_span, ev->event_text);
    dyad__sb_printf(b, "\t%s:%d\t", ev->pattern_file ? ev->pattern_file : "", ev->pattern_line);
    tsv_field(b, ev->issues);
    dyad__sb_putc(b, '\n');
}

void dyad_format_event_tsv(dyad_buf *buf, const dyad_record *rec, const dyad_event *ev)
{
    strbuf b = dyad__sb_of(buf);
    dyad__event_tsv(&b, rec, ev);
    dyad__sb_back(buf, &b);
}

int dyad_write_event_tsv(FILE *out, const dyad_record *rec, const dyad_event *ev)
{
    strbuf b = STRBUF_INIT;
    dyad__event_tsv(&b, rec, ev);
    return put_line(out, &b);
}

bool dyad_cameo_describe(const char *code, int *quad, double *goldstein, const char **plover,
                         const char **name)
{
    const dyad_cameo_info *ci = code ? dyad_cameo_lookup(code, strlen(code)) : NULL;
    if (!ci) return false;
    if (quad) *quad = ci->quad;
    if (goldstein) *goldstein = ci->goldstein;
    if (plover) *plover = ci->plover;
    if (name) *name = ci->name;
    return true;
}

void dyad__mention_json(strbuf *b, const dyad_record *rec, const dyad_mention *m)
{
    dyad__sb_puts(b, "{\"sentence_id\":");
    dyad__sb_json_string(b, rec->id ? rec->id : "", rec->id ? strlen(rec->id) : 0);
    put_key(b, "text", m->text);
    put_key(b, "code", m->code);
    put_key(b, "entry", m->entry);
    put_span(b, rec, "span", m->span);
    dyad__sb_puts(b, "}\n");
}

void dyad_format_mention_json(dyad_buf *buf, const dyad_record *rec, const dyad_mention *m)
{
    strbuf b = dyad__sb_of(buf);
    dyad__mention_json(&b, rec, m);
    dyad__sb_back(buf, &b);
}

int dyad_write_mention_json(FILE *out, const dyad_record *rec, const dyad_mention *m)
{
    strbuf b = STRBUF_INIT;
    dyad__mention_json(&b, rec, m);
    return put_line(out, &b);
}
