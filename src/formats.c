// formats.c: events as CSV (RFC 4180), PLOVER JSON and Phoenix (PETRARCH2)
// lines, actor mentions as TSV and CSV, the run's header record, and the
// one entry point dyad_format_event over every format.
#include <string.h>

#include "dict.h"
#include "dyad.h"
#include "util.h"
#include "writers.h"

bool dyad_output_named(const char *name, dyad_output *out)
{
    static const struct {
        const char *name;
        dyad_output f;
    } names[] = {{"jsonl", DYAD_OUT_JSONL},
                 {"tsv", DYAD_OUT_TSV},
                 {"csv", DYAD_OUT_CSV},
                 {"plover", DYAD_OUT_PLOVER},
                 {"phoenix", DYAD_OUT_PHOENIX}};
    for (size_t i = 0; name && i < sizeof names / sizeof names[0]; i++)
        if (!strcmp(name, names[i].name)) {
            *out = names[i].f;
            return true;
        }
    return false;
}

// ---------------------------------------------------------------- CSV

// One RFC 4180 field: quoted when it holds a comma, quote, CR or LF (or
// always, with `quote`, so that codes stay text: "042").
static void csv_field(strbuf *b, const char *p, size_t n, bool quote, bool first)
{
    if (!first) dyad__sb_putc(b, ',');
    for (size_t i = 0; i < n && !quote; i++)
        quote = p[i] == ',' || p[i] == '"' || p[i] == '\r' || p[i] == '\n';
    if (!quote) {
        dyad__sb_put(b, p, n);
        return;
    }
    dyad__sb_putc(b, '"');
    for (size_t i = 0; i < n; i++) {
        if (p[i] == '"') dyad__sb_putc(b, '"');
        dyad__sb_putc(b, p[i]);
    }
    dyad__sb_putc(b, '"');
}

static void csv_str(strbuf *b, const char *s, bool quote)
{
    csv_field(b, s ? s : "", s ? strlen(s) : 0, quote, false);
}

static void csv_span(strbuf *b, const dyad_record *rec, dyad_span sp, const char *fallback)
{
    const char *p;
    size_t n;
    dyad__span_text(rec, sp, fallback, &p, &n);
    csv_field(b, p, n, false, false);
}

static const char csv_header[] =
    "event_id,story_id,sentence_id,date,source,target,code,root,quad,goldstein,plover,"
    "cameo_label,source_text,target_text,event_text,source_entry,target_entry,pattern,"
    "pattern_at,issues,pair_id,coder_version\r\n";

static void event_csv(strbuf *b, const dyad_record *rec, const dyad_event *ev)
{
    strbuf t = STRBUF_INIT;
    dyad__event_id(&t, rec, ev);
    csv_field(b, t.p, t.n, false, true);
    csv_str(b, rec->story_id, false);
    csv_str(b, rec->id, false);
    char date[16];
    dyad__format_date(rec->date, false, date);
    csv_str(b, date, false);
    csv_str(b, ev->source, false);
    csv_str(b, ev->target, false);
    csv_str(b, ev->code, true);
    csv_str(b, ev->root, true);
    t.n = 0;
    if (ev->quad)
        dyad__sb_printf(&t, "%d,%.1f", ev->quad, ev->goldstein);
    else
        dyad__sb_putc(&t, ',');
    dyad__sb_putc(b, ',');
    dyad__sb_put(b, t.p, t.n);
    csv_str(b, ev->plover, false);
    csv_str(b, dyad__cameo_label(ev->code), false);
    csv_span(b, rec, ev->source_span, ev->source_text);
    csv_span(b, rec, ev->target_span, ev->target_text);
    csv_span(b, rec, ev->verb_span, ev->event_text);
    csv_str(b, ev->source_entry, false);
    csv_str(b, ev->target_entry, false);
    csv_str(b, ev->pattern, false);
    t.n = 0;
    dyad__sb_printf(&t, "%s:%d", ev->pattern_file ? ev->pattern_file : "", ev->pattern_line);
    csv_field(b, t.p, t.n, false, false);
    csv_str(b, ev->issues, false);
    t.n = 0;
    if (dyad__pair_id(&t, rec, ev))
        csv_field(b, t.p, t.n, false, false);
    else
        dyad__sb_putc(b, ',');
    csv_str(b, DYAD_VERSION, false);
    dyad__sb_puts(b, "\r\n");
    dyad__sb_dispose(&t);
}

// ---------------------------------------------------------------- PLOVER

// An entity object: the actor code's first three letters and its sectors
// (no "sector" for a bare country code).
static void plover_entity(strbuf *b, const dyad_record *rec, const char *code, dyad_span sp,
                          const char *text)
{
    size_t n = code ? strlen(code) : 0;
    dyad__sb_puts(b, "[{\"code\":");
    dyad__sb_json_string(b, code ? code : "", n < 3 ? n : 3);
    if (n > 3) {
        dyad__sb_puts(b, ",\"sector\":");
        dyad__sb_json_string(b, code + 3, n - 3);
    }
    dyad__sb_puts(b, ",\"entity_text\":");
    const char *p;
    size_t len;
    dyad__span_text(rec, sp, text, &p, &len);
    dyad__sb_json_string(b, p, len);
    dyad__sb_puts(b, "}]");
}

// The PLOVER manual's event record (tests/plover.schema.json). An event
// whose CAMEO code has no PLOVER category (01, 02: "dropped" in the manual)
// is no PLOVER event and gives no line; optional fields dyad has no value
// for (quad_code, link) are left out.
static void event_plover(strbuf *b, const dyad_record *rec, const dyad_event *ev)
{
    if (!ev->plover || !*ev->plover) return;
    strbuf t = STRBUF_INIT;
    dyad__event_id(&t, rec, ev);
    dyad__sb_puts(b, "{\"id\":");
    dyad__sb_json_string(b, t.p, t.n);
    char date[16];
    dyad__format_date(rec->date, false, date);
    dyad__sb_puts(b, ",\"date\":");
    if (date[0])
        dyad__sb_json_string(b, date, strlen(date));
    else
        dyad__sb_puts(b, "null");
    dyad__sb_puts(b, ",\"actor\":");
    plover_entity(b, rec, ev->source, ev->source_span, ev->source_text);
    dyad__sb_puts(b, ",\"recipient\":");
    plover_entity(b, rec, ev->target, ev->target_span, ev->target_text);
    dyad__sb_puts(b, ",\"event\":[");
    if (ev->plover) dyad__sb_json_string(b, ev->plover, strlen(ev->plover));
    dyad__sb_puts(b, "],\"event_text\":[");
    const char *p;
    size_t n;
    dyad__span_text(rec, ev->verb_span, ev->event_text, &p, &n);
    dyad__sb_json_string(b, p, n);
    dyad__sb_putc(b, ']');
    if (ev->quad) dyad__sb_printf(b, ",\"quad_code\":%d", ev->quad);
    // dyad codes no PLOVER modes or contexts: the lists stay empty
    dyad__sb_puts(b, ",\"mode\":[],\"context\":[]");
    t.n = 0;
    if (dyad__pair_id(&t, rec, ev)) {
        dyad__sb_puts(b, ",\"link\":");
        dyad__sb_json_string(b, t.p, t.n);
    }
    dyad__sb_puts(b, ",\"text\":");
    dyad__sb_json_string(b, rec->text ? rec->text : "", rec->text ? rec->text_len : 0);
    dyad__sb_puts(b, ",\"coder\":\"dyad " DYAD_VERSION "\",\"story_id\":");
    dyad__sb_json_string(b, rec->story_id ? rec->story_id : "",
                         rec->story_id ? strlen(rec->story_id) : 0);
    dyad__sb_puts(b, ",\"sentence_id\":");
    dyad__sb_json_string(b, rec->id ? rec->id : "", rec->id ? strlen(rec->id) : 0);
    dyad__sb_puts(b, ",\"cameo\":");
    dyad__sb_json_string(b, ev->code, strlen(ev->code));
    if (ev->quad) dyad__sb_printf(b, ",\"goldstein\":%.1f", ev->goldstein);
    dyad__sb_puts(b, "}\n");
    dyad__sb_dispose(&t);
}

// ---------------------------------------------------------------- Phoenix

// A Phoenix field: tabs and line breaks become spaces.
static void phx_field(strbuf *b, const char *p, size_t n)
{
    dyad__sb_putc(b, '\t');
    size_t at = b->n;
    dyad__sb_put(b, p, n);
    for (; at < b->n; at++)
        if (b->p[at] == '\t' || b->p[at] == '\n' || b->p[at] == '\r') b->p[at] = ' ';
}

static void phx_span(strbuf *b, const dyad_record *rec, dyad_span sp, const char *fallback)
{
    const char *p;
    size_t n;
    dyad__span_text(rec, sp, fallback, &p, &n);
    phx_field(b, p, n);
}

// PETRARCH2's event line: date (YYYYMMDD), source, target, code, issues,
// the sentence ids, then the texts (source, target, verb).
static void event_phoenix(strbuf *b, const dyad_record *rec, const dyad_event *ev)
{
    char date[16];
    dyad__format_date(rec->date, true, date);
    dyad__sb_puts(b, date);
    phx_field(b, ev->source, strlen(ev->source));
    phx_field(b, ev->target, strlen(ev->target));
    phx_field(b, ev->code, strlen(ev->code));
    phx_field(b, ev->issues ? ev->issues : "", ev->issues ? strlen(ev->issues) : 0);
    phx_field(b, rec->id ? rec->id : "", rec->id ? strlen(rec->id) : 0);
    phx_span(b, rec, ev->source_span, ev->source_text);
    phx_span(b, rec, ev->target_span, ev->target_text);
    phx_span(b, rec, ev->verb_span, ev->event_text);
    dyad__sb_putc(b, '\n');
}

// ---------------------------------------------------------------- mentions

static void mention_table(strbuf *b, bool csv, const dyad_record *rec, const dyad_mention *m)
{
    int32_t a = -1, z = -1;
    if (!dyad__char_span(rec, m->span, &a, &z)) a = z = -1;
    const char *f[4] = {rec->id ? rec->id : "", m->text, m->code, m->entry};
    for (int i = 0; i < 4; i++) {
        const char *s = f[i] ? f[i] : "";
        if (csv)
            csv_field(b, s, strlen(s), false, i == 0);
        else if (i)
            phx_field(b, s, strlen(s));
        else {
            size_t at = b->n;
            dyad__sb_puts(b, s);
            for (; at < b->n; at++)
                if (b->p[at] == '\t' || b->p[at] == '\n' || b->p[at] == '\r') b->p[at] = ' ';
        }
    }
    if (a < 0)
        dyad__sb_puts(b, csv ? ",,\r\n" : "\t\t\n");
    else
        dyad__sb_printf(b, csv ? ",%d,%d\r\n" : "\t%d\t%d\n", (int)a, (int)z);
}

// ---------------------------------------------------------------- entry points


void dyad_format_event(dyad_buf *buf, dyad_output f, const dyad_record *rec, const dyad_event *ev)
{
    strbuf b = dyad__sb_of(buf);
    switch (f) {
    case DYAD_OUT_TSV: dyad__event_tsv(&b, rec, ev); break;
    case DYAD_OUT_CSV: event_csv(&b, rec, ev); break;
    case DYAD_OUT_PLOVER: event_plover(&b, rec, ev); break;
    case DYAD_OUT_PHOENIX: event_phoenix(&b, rec, ev); break;
    default: dyad__event_json(&b, rec, ev); break;
    }
    dyad__sb_back(buf, &b);
}

bool dyad_format_mention(dyad_buf *buf, dyad_output f, const dyad_record *rec,
                         const dyad_mention *m)
{
    if (f == DYAD_OUT_PLOVER || f == DYAD_OUT_PHOENIX) return false;
    strbuf b = dyad__sb_of(buf);
    if (f == DYAD_OUT_JSONL)
        dyad__mention_json(&b, rec, m);
    else
        mention_table(&b, f == DYAD_OUT_CSV, rec, m);
    dyad__sb_back(buf, &b);
    return true;
}

void dyad_format_columns(dyad_buf *buf, dyad_output f, bool mentions)
{
    if (f != DYAD_OUT_TSV && f != DYAD_OUT_CSV) return;
    strbuf b = dyad__sb_of(buf);
    if (mentions)
        dyad__sb_puts(&b, f == DYAD_OUT_CSV
                              ? "sentence_id,text,code,entry,span_start,span_end\r\n"
                              : "sentence_id\ttext\tcode\tentry\tspan_start\tspan_end\n");
    else
        dyad__sb_puts(&b, f == DYAD_OUT_CSV ? csv_header : dyad__tsv_header);
    dyad__sb_back(buf, &b);
}

void dyad_format_run_header(dyad_buf *buf, const dyad_dict *dict)
{
    strbuf b = dyad__sb_of(buf);
    dyad__sb_puts(&b, "{\"header\":{\"coder\":\"dyad\",\"coder_version\":\"" DYAD_VERSION
                      "\",\"dictionaries\":[");
    const dyad_dict_file *files;
    size_t n = dyad_dict_files(dict, &files);
    for (size_t i = 0; i < n; i++) {
        dyad__sb_puts(&b, i ? ",{\"file\":" : "{\"file\":");
        dyad__sb_json_string(&b, files[i].name, strlen(files[i].name));
        dyad__sb_printf(&b, ",\"sha256\":\"%s\"}", files[i].sha256);
    }
    dyad__sb_puts(&b, "]}}\n");
    dyad__sb_back(buf, &b);
}
