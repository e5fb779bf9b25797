// writers.h: what writers.c (JSON Lines, TSV) and formats.c (CSV, PLOVER,
// Phoenix) share (private to the library).
#ifndef DYAD_WRITERS_H
#define DYAD_WRITERS_H

#include "dyad.h"
#include "util.h"

// "YYYY-MM-DD" ("" for 0), or with `compact` "YYYYMMDD".
void dyad__format_date(int32_t d, bool compact, char out[16]);
// The words of a span exactly as the story has them (text[start:end]), or
// `fallback` when the span is unknown.
void dyad__span_text(const dyad_record *rec, dyad_span sp, const char *fallback, const char **p,
                     size_t *n);
// "<sentence id>-<index>" and "<sentence id>-p<pair>" (nothing when no pair)
void dyad__event_id(strbuf *b, const dyad_record *rec, const dyad_event *ev);
bool dyad__pair_id(strbuf *b, const dyad_record *rec, const dyad_event *ev);
// Each "file:line NAME" of an entry string: fn(ctx, file, file_len, line,
// name, name_len).
typedef void (*dyad__cite_fn)(void *ctx, const char *file, size_t nf, int line, const char *name,
                              size_t nn);
void dyad__entry_cites(const char *entry, dyad__cite_fn fn, void *ctx);
// Each "CODE n" of an issues string ("SANCTIONS 1, NUCLEAR 2").
typedef void (*dyad__issue_fn)(void *ctx, const char *code, size_t n, int count);
void dyad__issue_list(const char *issues, dyad__issue_fn fn, void *ctx);
// A span in characters of the story; false when unknown.
bool dyad__char_span(const dyad_record *rec, dyad_span sp, int32_t *start, int32_t *end);
// The event as a JSON object line (writers.c).
void dyad__event_json(strbuf *b, const dyad_record *rec, const dyad_event *ev);
void dyad__event_tsv(strbuf *b, const dyad_record *rec, const dyad_event *ev);
void dyad__mention_json(strbuf *b, const dyad_record *rec, const dyad_mention *m);
extern const char dyad__tsv_header[];
// The CAMEO name of a code, or NULL.
const char *dyad__cameo_label(const char *code);

#endif
