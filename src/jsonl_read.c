// jsonl_read.c: records as JSON Lines, one object per line:
//   {"id": "..", "date": "YYYY-MM-DD" | "YYYYMMDD" | null, "text": "..",
//    "parse": "..", "title": "..", "category": "..", "sentence": true}
// Only "text" is required. The keys of id, date, title and text may be
// renamed (dyad_reader_set_fields); every other key (e.g. "source") is kept
// in the record's "meta" object, compact, in input order. An object
// with a "parse" key (even null) is a sentence; one without is a story
// (is_story), whose "title" (string or null) is kept and whose missing or
// empty "id" becomes "<file stem>-<line>". A sentence's "title" is ignored
// and its missing id is "". A bad line is reported as DYAD_ERR_SYNTAX with
// file:line:column, and reading goes on with the next line. Blank lines are
// skipped. A NUL character ("\u0000") in a string is read as a space. Lines
// come from dyad__reader_getline (streamed from files).
#include "reader.h"

#include <jansson.h>
#include <stdlib.h>
#include <string.h>

#include "error.h"

// One line being turned into a record.
typedef struct jctx {
    dyad_reader *r;
    dyad_error *err;
    const char *p;   // the line, without its newline
    size_t n;
    int line;
    json_t *obj;
    dyad_record *rec;
} jctx;

// 1-based column of `"key"` in the line, or 1 if it is not there.
static int key_column(const jctx *c, const char *key)
{
    size_t k = strlen(key);
    for (size_t i = 0; i + k + 2 <= c->n; i++)
        if (c->p[i] == '"' && memcmp(c->p + i + 1, key, k) == 0 && c->p[i + 1 + k] == '"')
            return (int)i + 1;
    return 1;
}

static int field_error(jctx *c, const char *key, const char *what)
{
    dyad_error_set(c->err, DYAD_ERR_SYNTAX, c->r->name, c->line, key_column(c, key),
                   "\"%s\" %s", key, what);
    return DYAD_ERR_SYNTAX;
}

// A string value in the arena; a NUL ("\u0000") in it is read as a space.
static const char *copy_str(jctx *c, json_t *v)
{
    size_t n = json_string_length(v);
    char *s = dyad__arena_strndup(&c->r->mem, json_string_value(v), n);
    for (char *z = memchr(s, '\0', n); z; z = memchr(z, '\0', n - (size_t)(z - s))) *z = ' ';
    return s;
}

// An optional string field: *out is NULL when absent or null.
static int opt_string(jctx *c, const char *key, const char **out, size_t *len)
{
    json_t *v = json_object_get(c->obj, key);
    *out = NULL;
    *len = 0;
    if (!v || json_is_null(v)) return 0;
    if (!json_is_string(v)) return field_error(c, key, "must be a string");
    *out = copy_str(c, v);
    *len = json_string_length(v);
    return 0;
}

// A string or integer field as text (ids and dates may be numbers).
static int str_or_int(jctx *c, const char *key, const char **out, size_t *len)
{
    json_t *v = json_object_get(c->obj, key);
    if (!json_is_integer(v)) return opt_string(c, key, out, len);
    char buf[32];
    int n = snprintf(buf, sizeof buf, "%" JSON_INTEGER_FORMAT, json_integer_value(v));
    *len = (size_t)n;
    *out = dyad__arena_strndup(&c->r->mem, buf, *len);
    return 0;
}

static int get_text(jctx *c)
{
    const char *key = dyad__reader_field(c->r, FIELD_TEXT);
    json_t *v = json_object_get(c->obj, key);
    if (!v) {
        dyad_error_set(c->err, DYAD_ERR_SYNTAX, c->r->name, c->line, 1,
                       "the object has no \"%s\"", key);
        return DYAD_ERR_SYNTAX;
    }
    if (!json_is_string(v)) return field_error(c, key, "must be a string");
    c->rec->text = copy_str(c, v);
    c->rec->text_len = json_string_length(v);
    return 0;
}

static int get_date(jctx *c)
{
    const char *s;
    size_t n;
    const char *key = dyad__reader_field(c->r, FIELD_DATE);
    int rc = str_or_int(c, key, &s, &n);
    if (rc < 0 || !s || !n) return rc;
    c->rec->date = dyad__parse_datetime(s, n);
    if (!c->rec->date)
        return field_error(c, key, "is not a date (expected YYYY-MM-DD, YYYYMMDD or an "
                                      "ISO 8601 date and time)");
    return 0;
}

// An optional text field that reads as "" when absent.
static int text_field(jctx *c, const char *key, const char **dst)
{
    const char *s;
    size_t n;
    int rc = str_or_int(c, key, &s, &n);
    *dst = s ? s : "";
    return rc;
}

// Whether `key` is read into the record (the rest goes to "meta").
static bool known_key(const dyad_reader *r, const char *key)
{
    static const char *const own[] = {"parse", "category", "sentence"};
    for (int k = 0; k < N_FIELDS; k++)
        if (!strcmp(key, dyad__reader_field(r, k))) return true;
    for (size_t i = 0; i < sizeof own / sizeof own[0]; i++)
        if (!strcmp(key, own[i])) return true;
    return false;
}

// A JSON value written compactly; a real number in the fewest digits that
// read back as the same double (jansson's own writer uses 17).
static void put_json(strbuf *b, json_t *v)
{
    switch (json_typeof(v)) {
    case JSON_OBJECT: {
        const char *key;
        json_t *m;
        char sep = '{';
        json_object_foreach(v, key, m) {
            dyad__sb_putc(b, sep);
            dyad__sb_json_string(b, key, strlen(key));
            dyad__sb_putc(b, ':');
            put_json(b, m);
            sep = ',';
        }
        dyad__sb_puts(b, sep == '{' ? "{}" : "}");
        break;
    }
    case JSON_ARRAY:
        dyad__sb_putc(b, '[');
        for (size_t i = 0; i < json_array_size(v); i++) {
            if (i) dyad__sb_putc(b, ',');
            put_json(b, json_array_get(v, i));
        }
        dyad__sb_putc(b, ']');
        break;
    case JSON_STRING: dyad__sb_json_string(b, json_string_value(v), json_string_length(v)); break;
    case JSON_INTEGER: dyad__sb_printf(b, "%" JSON_INTEGER_FORMAT, json_integer_value(v)); break;
    case JSON_REAL: {
        double d = json_real_value(v);
        char num[40];
        for (int prec = 1; prec <= 17; prec++) {
            snprintf(num, sizeof num, "%.*g", prec, d);
            if (strtod(num, NULL) == d) break;
        }
        dyad__sb_puts(b, num);
        if (!strpbrk(num, ".eEn")) dyad__sb_puts(b, ".0");   // stays a real
        break;
    }
    case JSON_TRUE: dyad__sb_puts(b, "true"); break;
    case JSON_FALSE: dyad__sb_puts(b, "false"); break;
    default: dyad__sb_puts(b, "null"); break;
    }
}

// The keys not read, as one compact JSON object in rec->meta (none: NULL).
static int get_meta(jctx *c)
{
    const char *key;
    json_t *v;
    strbuf b = STRBUF_INIT;
    json_object_foreach(c->obj, key, v) {
        if (known_key(c->r, key)) continue;
        dyad__sb_putc(&b, b.n ? ',' : '{');
        dyad__sb_json_string(&b, key, strlen(key));
        dyad__sb_putc(&b, ':');
        put_json(&b, v);
    }
    if (!b.n) return 0;
    dyad__sb_putc(&b, '}');
    c->rec->meta = dyad__arena_strndup(&c->r->mem, b.p, b.n);
    dyad__sb_dispose(&b);
    return 0;
}

static int get_fields(jctx *c)
{
    dyad_record *rec = c->rec;
    rec->is_story = json_object_get(c->obj, "parse") == NULL;
    const char *id_key = dyad__reader_field(c->r, FIELD_ID);
    json_t *idv = json_object_get(c->obj, id_key);   // named if memory runs out
    if (json_is_string(idv)) dyad__oom_story(json_string_value(idv));
    int rc = get_text(c);
    if (!rc) rc = text_field(c, id_key, &rec->id);
    if (!rc && rec->is_story) {
        size_t n;
        rc = opt_string(c, dyad__reader_field(c->r, FIELD_TITLE), &rec->title, &n);
        if (!*rec->id) {
            size_t k = strlen(c->r->stem) + 16;
            char *id = dyad__arena_alloc(&c->r->mem, k);
            snprintf(id, k, "%s-%d", c->r->stem, c->line);
            rec->id = id;
        }
    }
    if (!rc) rc = text_field(c, "category", &rec->category);
    if (!rc) rc = get_date(c);
    if (!rc) rc = opt_string(c, "parse", &rec->parse, &rec->parse_len);
    if (rc) return rc;
    json_t *sent = json_object_get(c->obj, "sentence");
    if (sent && !json_is_boolean(sent)) return field_error(c, "sentence", "must be true or false");
    rec->is_sentence = !sent || json_is_true(sent);
    rec->story_id = rec->id;
    rec->parse_line = rec->parse ? c->line : 0;
    return get_meta(c);
}

static const char *type_name(const json_t *v)
{
    switch (json_typeof(v)) {
    case JSON_ARRAY: return "an array";
    case JSON_STRING: return "a string";
    case JSON_INTEGER:
    case JSON_REAL: return "a number";
    case JSON_TRUE:
    case JSON_FALSE: return "a boolean";
    case JSON_NULL: return "null";
    default: return "an object";
    }
}

static int parse_line(jctx *c)
{
    json_error_t je;
    c->obj = json_loadb(c->p, c->n, JSON_DECODE_ANY | JSON_ALLOW_NUL, &je);
    if (!c->obj) {
        int col = je.column > 0 ? je.column : (int)je.position + 1;
        dyad_error_set(c->err, DYAD_ERR_SYNTAX, c->r->name, c->line, col,
                       "invalid JSON: %s", je.text);
        return DYAD_ERR_SYNTAX;
    }
    int rc = 0;
    if (!json_is_object(c->obj)) {
        dyad_error_set(c->err, DYAD_ERR_SYNTAX, c->r->name, c->line, 1,
                       "expected a JSON object, got %s", type_name(c->obj));
        rc = DYAD_ERR_SYNTAX;
    } else {
        rc = get_fields(c);
    }
    json_decref(c->obj);
    return rc;
}

static bool blank(const char *p, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (!dyad__is_space((unsigned char)p[i])) return false;
    return true;
}

int dyad__jsonl_next(dyad_reader *r, const dyad_record **out, dyad_error *err)
{
    const char *p;
    size_t n;
    int line, rc;
    while ((rc = dyad__reader_getline(r, &p, &n, &line, err)) > 0) {
        if (n && p[n - 1] == '\r') n--;
        if (blank(p, n)) continue;
        dyad__oom_line(line);
        dyad_record *rec = &r->rec;
        memset(rec, 0, sizeof *rec);
        rec->file = r->name;
        rec->line = line;
        jctx c = {r, err, p, n, line, NULL, rec};
        rc = parse_line(&c);
        if (rc < 0) return rc;
        *out = rec;
        return 1;
    }
    return rc;
}
