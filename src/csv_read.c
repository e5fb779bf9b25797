// csv_read.c: stories from CSV or TSV with a header row (RFC 4180 quoting:
// a field that opens with '"' may hold the delimiter, newlines and doubled
// quotes ""; a quote inside an unquoted field is an ordinary character).
// The header names the columns; those of the id, date, title and text
// (dyad_reader_set_fields; matched in any ASCII case) make the story, and
// every other column goes to the record's "meta" as a string. A header
// without the text column ends the input with an error. A row with another
// number of fields than the header, or a bad date, is an error naming its
// line, and reading goes on with the next row. Blank lines are skipped; a
// '\r' ending a line is dropped. Lines come from dyad__reader_getline
// (streamed from files), so a row is limited to max_story bytes.
#include "reader.h"

#include <stdlib.h>
#include <string.h>

#include "error.h"

struct csv_table {
    bool have_header;
    size_t n_cols;
    char **names;          // the header's names (reader lifetime)
    int col[N_FIELDS];     // the column of each field, or -1
    strbuf row;            // the current row, its lines joined by '\n'
    slice *fields;         // the current row split (into r->mem)
    size_t cap_fields;
};

void dyad__csv_free(dyad_reader *r)
{
    csv_table *t = r->csv;
    if (!t) return;
    dyad__sb_dispose(&t->row);
    free(t->names);
    free(t->fields);
    free(t);
    r->csv = NULL;
}

static char delimiter(const dyad_reader *r)
{
    return r->format == DYAD_FORMAT_TSV ? '\t' : ',';
}

// Quote state carried from one line of a row to the next.
typedef struct scan_state {
    bool quoted, at_start;
} scan_state;

static void scan(scan_state *st, const char *p, size_t n, char delim)
{
    for (size_t i = 0; i < n; i++) {
        char c = p[i];
        if (st->quoted) {
            if (c == '"' && i + 1 < n && p[i + 1] == '"') i++;
            else if (c == '"') st->quoted = false;
        } else if (c == '"' && st->at_start) {
            st->quoted = true;
        }
        st->at_start = !st->quoted && c == delim;
    }
}

// The next row into t->row: 1 with *line its first line, 0 at the end, or
// an error (a row longer than max_story, a quote not closed, a read error).
static int read_row(dyad_reader *r, int *line, dyad_error *err)
{
    csv_table *t = r->csv;
    char delim = delimiter(r);
    for (;;) {
        const char *p;
        size_t n;
        int at, rc = dyad__reader_getline(r, &p, &n, &at, err);
        if (rc <= 0) return rc;
        if (n && p[n - 1] == '\r') n--;
        if (!n) continue;   // a blank line between rows
        *line = at;
        dyad__sb_clear(&t->row);
        scan_state st = {false, true};
        bool too_long = false;
        for (;;) {
            scan(&st, p, n, delim);
            if (!too_long) dyad__sb_put(&t->row, p, n);
            if (t->row.n > r->max_story) too_long = true;
            if (!st.quoted) break;
            if (!too_long) dyad__sb_putc(&t->row, '\n');
            rc = dyad__reader_getline(r, &p, &n, &at, err);
            if (rc == 0) {
                dyad_error_set(err, DYAD_ERR_SYNTAX, r->name, *line, 0,
                               "a quoted field is not closed by the end of the input");
                return DYAD_ERR_SYNTAX;
            }
            if (rc < 0) return rc;
            if (n && p[n - 1] == '\r') n--;
            st.at_start = false;
        }
        if (too_long) {
            dyad_error_set(err, DYAD_ERR_LIMIT, r->name, *line, 0,
                           "a row of more than --max-story-bytes (%zu) bytes; skipped",
                           r->max_story);
            return DYAD_ERR_LIMIT;
        }
        return 1;
    }
}

// Split t->row into t->fields (unquoted copies in r->mem); the field count.
static size_t split_row(dyad_reader *r)
{
    csv_table *t = r->csv;
    char delim = delimiter(r);
    const char *p = t->row.p ? t->row.p : "";
    size_t n = t->row.n, nf = 0, i = 0;
    char *out = dyad__arena_alloc(&r->mem, n + 1);
    size_t o = 0;
    for (;;) {
        if (nf == t->cap_fields) {
            t->cap_fields = t->cap_fields ? 2 * t->cap_fields : 16;
            t->fields = dyad__xrealloc(t->fields, t->cap_fields * sizeof *t->fields);
        }
        size_t from = o;
        bool quoted = i < n && p[i] == '"';
        if (quoted) i++;
        for (; i < n; i++) {
            char c = p[i];
            if (quoted && c == '"') {
                if (i + 1 < n && p[i + 1] == '"') i++;
                else {
                    quoted = false;
                    continue;
                }
            } else if (!quoted && c == delim) {
                break;
            }
            out[o++] = c ? c : ' ';   // a NUL is read as a space
        }
        t->fields[nf++] = (slice){out + from, o - from};
        out[o++] = '\0';
        if (i >= n) return nf;
        i++;   // the delimiter
    }
}

static slice trim(slice s)
{
    while (s.n && dyad__is_space((unsigned char)*s.p)) s.p++, s.n--;
    while (s.n && dyad__is_space((unsigned char)s.p[s.n - 1])) s.n--;
    return s;
}

// The header row: the names and the columns of the fields.
static int read_header(dyad_reader *r, int line, dyad_error *err)
{
    csv_table *t = r->csv;
    size_t nf = split_row(r);
    t->n_cols = nf;
    t->names = dyad__xcalloc(nf, sizeof *t->names);
    for (size_t i = 0; i < nf; i++) {
        slice s = trim(t->fields[i]);
        t->names[i] = dyad__arena_strndup(&r->env_mem, s.p, s.n);
    }
    for (int k = 0; k < N_FIELDS; k++) {
        const char *want = dyad__reader_field(r, k);
        size_t wn = strlen(want);
        t->col[k] = -1;
        for (size_t i = 0; i < nf && t->col[k] < 0; i++)
            if (strlen(t->names[i]) == wn && dyad__same_ci(t->names[i], want, wn))
                t->col[k] = (int)i;
    }
    t->have_header = true;
    if (t->col[FIELD_TEXT] >= 0) return 0;
    r->done = true;
    dyad_error_set(err, DYAD_ERR_SYNTAX, r->name, line, 0,
                   "the header has no \"%s\" column (it has %zu: \"%s\"%s); nothing read",
                   dyad__reader_field(r, FIELD_TEXT), nf, t->names[0], nf > 1 ? ", ..." : "");
    return DYAD_ERR_SYNTAX;
}

// Field k of the current row, or NULL when the header has no such column.
static const slice *field(const csv_table *t, int k)
{
    return t->col[k] >= 0 ? &t->fields[t->col[k]] : NULL;
}

// The columns that make no field, as a JSON object of strings, or NULL.
static const char *row_meta(dyad_reader *r)
{
    csv_table *t = r->csv;
    strbuf b = STRBUF_INIT;
    for (size_t i = 0; i < t->n_cols; i++) {
        bool known = false;
        for (int k = 0; k < N_FIELDS; k++) known |= t->col[k] == (int)i;
        if (known) continue;
        dyad__sb_putc(&b, b.n ? ',' : '{');
        dyad__sb_json_string(&b, t->names[i], strlen(t->names[i]));
        dyad__sb_putc(&b, ':');
        dyad__sb_json_string(&b, t->fields[i].p, t->fields[i].n);
    }
    if (!b.n) return NULL;
    dyad__sb_putc(&b, '}');
    const char *meta = dyad__arena_strndup(&r->mem, b.p, b.n);
    dyad__sb_dispose(&b);
    return meta;
}

static int make_record(dyad_reader *r, int line, const dyad_record **out, dyad_error *err)
{
    csv_table *t = r->csv;
    dyad_record *rec = &r->rec;
    memset(rec, 0, sizeof *rec);
    rec->file = r->name;
    rec->line = line;
    rec->category = "";
    rec->is_story = rec->is_sentence = true;
    const slice *id = field(t, FIELD_ID), *date = field(t, FIELD_DATE);
    const slice *title = field(t, FIELD_TITLE), *text = field(t, FIELD_TEXT);
    slice ids = id ? trim(*id) : (slice){"", 0};
    if (ids.n) {
        rec->id = dyad__arena_strndup(&r->mem, ids.p, ids.n);
    } else {
        size_t k = strlen(r->stem) + 16;
        char *s = dyad__arena_alloc(&r->mem, k);
        snprintf(s, k, "%s-%d", r->stem, line);
        rec->id = s;
    }
    rec->story_id = rec->id;
    dyad__oom_story(rec->id);
    slice ds = date ? trim(*date) : (slice){"", 0};
    if (ds.n && !(rec->date = dyad__parse_datetime(ds.p, ds.n))) {
        dyad_error_set(err, DYAD_ERR_SYNTAX, r->name, line, 0,
                       "column \"%s\": \"%.40s\" is not a date (expected YYYY-MM-DD, "
                       "YYYYMMDD or an ISO 8601 date and time)",
                       t->names[t->col[FIELD_DATE]], date->p);
        return DYAD_ERR_SYNTAX;
    }
    rec->title = title && title->n ? title->p : NULL;
    rec->text = text->p;
    rec->text_len = text->n;
    rec->meta = row_meta(r);
    *out = rec;
    return 1;
}

int dyad__csv_next(dyad_reader *r, const dyad_record **out, dyad_error *err)
{
    if (r->done) return 0;
    if (!r->csv) r->csv = dyad__xcalloc(1, sizeof *r->csv);
    csv_table *t = r->csv;
    int line, rc;
    while ((rc = read_row(r, &line, err)) != 0) {
        if (rc < 0) return rc;
        dyad__oom_line(line);
        if (!t->have_header) {
            rc = read_header(r, line, err);
            if (rc < 0) return rc;
            continue;
        }
        size_t nf = split_row(r);
        if (nf != t->n_cols) {
            dyad_error_set(err, DYAD_ERR_SYNTAX, r->name, line, 0,
                           "a row of %zu field%s, the header has %zu; skipped", nf,
                           nf == 1 ? "" : "s", t->n_cols);
            return DYAD_ERR_SYNTAX;
        }
        return make_record(r, line, out, err);
    }
    return 0;
}

// ---------------------------------------------------------------- tables as text

// The number of fields of the CSV record at p[*i], moving *i past it (and
// its newline); 0 when the record does not end within n bytes. Quoted fields
// may hold the delimiter, newlines and doubled quotes.
static size_t csv_record(const char *p, size_t n, size_t *i, char delim)
{
    size_t fields = 1, k = *i;
    bool quoted = false;
    for (; k < n; k++) {
        char c = p[k];
        if (quoted) {
            if (c == '"' && k + 1 < n && p[k + 1] == '"') k++;
            else if (c == '"') quoted = false;
        } else if (c == '"') {
            quoted = true;
        } else if (c == delim) {
            fields++;
        } else if (c == '\n') {
            *i = k + 1;
            return fields;
        }
    }
    *i = k;
    return k == n && !quoted && k > 0 && p[k - 1] != '\n' ? fields : 0;
}

// A header field: a name such as id, date, story_text or "Published At".
static bool header_field(const char *p, size_t n)
{
    while (n && (*p == ' ' || *p == '"')) p++, n--;
    while (n && (p[n - 1] == ' ' || p[n - 1] == '"' || p[n - 1] == '\r')) n--;
    if (!n || n > 64) return false;
    int spaces = 0;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)p[i];
        if (c == ' ') spaces++;
        else if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                   c == '_' || c == '-' || c == '.' || c == '/' || c == '#'))
            return false;
    }
    return spaces <= 2;
}

// (reader.c refuses tables met as plain text.) Whether the input starts like a table: a header line of names separated
// by `delim`, then (with no blank line) up to 8 records that all have as
// many fields. A story's first lines ("Hello, world") seldom do all that.
bool dyad__csv_tabular(const char *p, size_t n, char delim, size_t *n_fields)
{
    const char *nl = memchr(p, '\n', n);
    if (!nl || nl - p > 4096) return false;
    size_t head = (size_t)(nl - p), fields = 0, from = 0;
    for (size_t k = 0; k <= head; k++) {
        if (k < head && p[k] != delim) continue;
        if (!header_field(p + from, k - from)) return false;
        fields++;
        from = k + 1;
    }
    if (fields < 2) return false;
    size_t i = head + 1, rows = 0;
    while (rows < 8 && i < n) {
        if (p[i] == '\n' || (p[i] == '\r' && i + 1 < n && p[i + 1] == '\n')) return false;
        size_t f = csv_record(p, n, &i, delim);
        if (!f) break;   // cut off by the end of what was looked at
        if (f != fields) return false;
        rows++;
    }
    *n_fields = fields;
    return rows > 0;
}
