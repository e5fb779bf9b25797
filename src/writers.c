// writers.c: events as JSON Lines or TSV.
#include <string.h>

#include "cameo.h"
#include "dyad.h"
#include "util.h"

static void put_key(strbuf *b, const char *key, const char *val)
{
    dyad__sb_printf(b, ",\"%s\":", key);
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

// "key":[start,end] in characters of the story text, and "key_bytes" in
// UTF-8 bytes; null when unknown.
static void put_span(strbuf *b, const dyad_record *rec, const char *key, dyad_span sp)
{
    if (sp.start < 0 || !rec->text) {
        dyad__sb_printf(b, ",\"%s\":null,\"%s_bytes\":null", key, key);
        return;
    }
    // count from the sentence's start, whose offset in characters the story
    // pass gives, so a span costs the sentence's length, not the story's
    const char *story = rec->text - rec->text_offset;
    int32_t a = sp.start >= rec->text_offset
                    ? rec->text_char_offset + chars_before(rec->text, sp.start - rec->text_offset)
                    : chars_before(story, sp.start);
    int32_t z = a + chars_before(story + sp.start, sp.end - sp.start);
    dyad__sb_printf(b, ",\"%s\":[%d,%d],\"%s_bytes\":[%d,%d]", key, (int)a, (int)z, key,
              (int)sp.start, (int)sp.end);
}

static void format_date(int32_t d, char out[16])
{
    if (!d) {
        out[0] = 0;
        return;
    }
    snprintf(out, 16, "%04d-%02d-%02d", (int)(d / 10000 % 10000), (int)(d / 100 % 100),
             (int)(d % 100));
}

void dyad_write_event_json(FILE *out, const dyad_record *rec, const dyad_event *ev)
{
    strbuf b = STRBUF_INIT;
    char date[16];
    format_date(rec->date, date);
    dyad__sb_puts(&b, "{\"story_id\":");
    dyad__sb_json_string(&b, rec->story_id ? rec->story_id : "", rec->story_id ? strlen(rec->story_id) : 0);
    put_key(&b, "sentence_id", rec->id ? rec->id : "");
    put_key(&b, "date", date[0] ? date : NULL);
    put_key(&b, "source", ev->source);
    put_key(&b, "target", ev->target);
    put_key(&b, "code", ev->code);
    put_key(&b, "root", ev->root);
    if (ev->quad) dyad__sb_printf(&b, ",\"quad\":%d,\"goldstein\":%.1f", ev->quad, ev->goldstein);
    else dyad__sb_puts(&b, ",\"quad\":null,\"goldstein\":null");
    put_key(&b, "plover", ev->plover);
    put_key(&b, "source_text", ev->source_text);
    put_key(&b, "target_text", ev->target_text);
    put_key(&b, "event_text", ev->event_text);
    put_key(&b, "source_entry", ev->source_entry);
    put_key(&b, "target_entry", ev->target_entry);
    put_key(&b, "pattern", ev->pattern);
    strbuf where = STRBUF_INIT;
    dyad__sb_printf(&where, "%s:%d", ev->pattern_file ? ev->pattern_file : "", ev->pattern_line);
    put_key(&b, "pattern_at", where.p);
    dyad__sb_dispose(&where);
    put_key(&b, "issues", ev->issues ? ev->issues : "");
    put_span(&b, rec, "source_span", ev->source_span);
    put_span(&b, rec, "target_span", ev->target_span);
    put_span(&b, rec, "verb_span", ev->verb_span);
    dyad__sb_puts(&b, "}\n");
    fwrite(b.p, 1, b.n, out);
    dyad__sb_dispose(&b);
}

void dyad_write_tsv_header(FILE *out)
{
    fputs("date\tsentence_id\tsource\ttarget\tcode\troot\tquad\tgoldstein\tplover\t"
          "source_text\ttarget_text\tevent_text\tpattern_at\tissues\n", out);
}

static void tsv_field(FILE *out, const char *s)
{
    for (; s && *s; s++) fputc(*s == '\t' || *s == '\n' ? ' ' : *s, out);
}

void dyad_write_event_tsv(FILE *out, const dyad_record *rec, const dyad_event *ev)
{
    char date[16];
    format_date(rec->date, date);
    fprintf(out, "%s\t", date);
    tsv_field(out, rec->id);
    fprintf(out, "\t%s\t%s\t%s\t%s\t", ev->source, ev->target, ev->code, ev->root);
    if (ev->quad) fprintf(out, "%d\t%.1f\t", ev->quad, ev->goldstein);
    else fputs("\t\t", out);
    tsv_field(out, ev->plover);
    fputc('\t', out);
    tsv_field(out, ev->source_text);
    fputc('\t', out);
    tsv_field(out, ev->target_text);
    fputc('\t', out);
    tsv_field(out, ev->event_text);
    fprintf(out, "\t%s:%d\t", ev->pattern_file ? ev->pattern_file : "", ev->pattern_line);
    tsv_field(out, ev->issues);
    fputc('\n', out);
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

void dyad_write_mention_json(FILE *out, const dyad_record *rec, const dyad_mention *m)
{
    strbuf b = STRBUF_INIT;
    dyad__sb_puts(&b, "{\"sentence_id\":");
    dyad__sb_json_string(&b, rec->id ? rec->id : "", rec->id ? strlen(rec->id) : 0);
    put_key(&b, "text", m->text);
    put_key(&b, "code", m->code);
    put_key(&b, "entry", m->entry);
    put_span(&b, rec, "span", m->span);
    dyad__sb_puts(&b, "}\n");
    fwrite(b.p, 1, b.n, out);
    dyad__sb_dispose(&b);
}
