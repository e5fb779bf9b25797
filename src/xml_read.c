// xml_read.c: a tolerant reader for PETRARCH XML.
//
// Not a general XML parser: it scans for the few tags PETRARCH uses
// (<Environment>, <Config>, <Sentence>, <EventCoding>, <Text>, <Parse>,
// <Stop>) and skips everything else. A broken record is reported as a
// DYAD_ERR_SYNTAX naming the line of its <Sentence> tag, and reading goes on
// at the next <Sentence>. The input need not be NUL-terminated.
//
// The parser works on r->data[0, r->len) as if it were the whole input. A
// streamed input is a window on the stream (see reader.h): a record is
// parsed, and if the parse ran into the end of the window, the window grows
// and the record is parsed again, so that nothing depends on where a window
// ends. A record larger than r->max_story is refused (DYAD_ERR_LIMIT).
#include "reader.h"

#include <stdlib.h>
#include <string.h>

#include "error.h"
#include "utf8.h"
#include "xml_text.h"

#define MAX_ATTRS 16

typedef struct xattr {
    slice name, value;
} xattr;

typedef struct xtag {
    slice name;
    xattr attrs[MAX_ATTRS];
    size_t n_attrs;
    bool self_closing;   // <Tag ... />
} xtag;

typedef enum mkind {
    MK_COMMENT,   // <!-- ... -->, also the odd <! -- ... -->
    MK_DECL,      // <!DOCTYPE ...>
    MK_PI,        // <?xml ...?>
    MK_OPEN,      // <Name ...>
    MK_CLOSE,     // </Name>
    MK_STRAY,     // a '<' that starts no markup
} mkind;

// ---------------------------------------------------------------- scanning

static size_t find_byte(const dyad_reader *r, size_t from, char c)
{
    if (from >= r->len) return r->len;
    const char *p = memchr(r->data + from, c, r->len - from);
    return p ? (size_t)(p - r->data) : r->len;
}

// Move the cursor forward to `to`, counting lines.
static void move_to(dyad_reader *r, size_t to)
{
    if (to > r->len) to = r->len;
    for (size_t i = r->pos; i < to; i++)
        if (r->data[i] == '\n') r->line++;
    if (to > r->pos) r->pos = to;
}

static bool name_char(int c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
           c == '_' || c == '-' || c == '.' || c == ':';
}

static size_t skip_spaces(const dyad_reader *r, size_t i)
{
    while (i < r->len && dyad__is_space((unsigned char)r->data[i])) i++;
    return i;
}

static slice name_at(const dyad_reader *r, size_t p)
{
    size_t e = p;
    while (e < r->len && name_char((unsigned char)r->data[e])) e++;
    return (slice){r->data + p, e - p};
}

static bool names_eq(slice a, const char *b)
{
    return dyad__word_is(a, b);
}

// What the '<' at p starts; *name gets the tag name of MK_OPEN/MK_CLOSE.
static mkind markup_kind(const dyad_reader *r, size_t p, slice *name)
{
    *name = (slice){NULL, 0};
    if (p + 1 >= r->len) return MK_STRAY;
    char c = r->data[p + 1];
    if (c == '!') {
        size_t i = skip_spaces(r, p + 2);
        bool dashes = i + 1 < r->len && r->data[i] == '-' && r->data[i + 1] == '-';
        return dashes ? MK_COMMENT : MK_DECL;
    }
    if (c == '?') return MK_PI;
    bool closing = c == '/';
    *name = name_at(r, p + (closing ? 2 : 1));
    if (!name->n) return MK_STRAY;
    return closing ? MK_CLOSE : MK_OPEN;
}

// Index just after the comment starting at p, or r->len if it never ends.
static size_t comment_end(const dyad_reader *r, size_t p)
{
    size_t open = dyad__xml_find(r->data, r->len, p, "--");
    size_t close = dyad__xml_find(r->data, r->len, open + 2, "-->");
    return close < r->len ? close + 3 : r->len;
}

// Index just after a tag starting at p: its '>', or the next '<' if a new
// tag starts first (an unterminated tag).
static size_t tag_end(const dyad_reader *r, size_t p)
{
    for (size_t i = p + 1; i < r->len; i++) {
        if (r->data[i] == '>') return i + 1;
        if (r->data[i] == '<') return i;
    }
    return r->len;
}

static void skip_markup(dyad_reader *r, mkind k)
{
    size_t p = r->pos, to;
    switch (k) {
    case MK_COMMENT: to = comment_end(r, p); break;
    case MK_PI: {
        size_t q = dyad__xml_find(r->data, r->len, p + 2, "?>");
        to = q < r->len ? q + 2 : r->len;
        break;
    }
    case MK_STRAY: to = p + 1; break;
    default: to = tag_end(r, p); break;
    }
    move_to(r, to);
}

// ---------------------------------------------------------------- tags

// Read an attribute value at i; *end gets the index after it. False for a
// quoted value broken by '<' or the end of input.
static bool attr_value(const dyad_reader *r, size_t i, slice *v, size_t *end)
{
    char q = r->data[i];
    if (q == '"' || q == '\'') {
        size_t k = i + 1;
        while (k < r->len && r->data[k] != q && r->data[k] != '<') k++;
        if (k >= r->len || r->data[k] != q) {
            *end = k;
            return false;
        }
        *v = (slice){r->data + i + 1, k - i - 1};
        *end = k + 1;
        return true;
    }
    size_t k = i;
    while (k < r->len && !dyad__is_space((unsigned char)r->data[k]) && r->data[k] != '>' &&
           r->data[k] != '<')
        k++;
    *v = (slice){r->data + i, k - i};
    *end = k;
    return true;
}

// Read one `name = value` at i (a name character). Returns the index after
// it, or 0 on a broken value (*bad_at gets where).
static size_t read_attr(const dyad_reader *r, size_t i, xtag *t, size_t *bad_at)
{
    slice name = name_at(r, i);
    slice value = {r->data + i, 0};
    i = skip_spaces(r, i + name.n);
    if (i < r->len && r->data[i] == '=') {
        i = skip_spaces(r, i + 1);
        if (i >= r->len) {
            *bad_at = i;
            return 0;
        }
        if (!attr_value(r, i, &value, &i)) {
            *bad_at = i;
            return 0;
        }
    }
    if (t->n_attrs < MAX_ATTRS) t->attrs[t->n_attrs++] = (xattr){name, value};
    return i;
}

// Parse the start tag at r->pos and move past it. False (the cursor left
// where the tag broke off) when it does not end with '>'.
static bool parse_tag(dyad_reader *r, xtag *t)
{
    memset(t, 0, sizeof *t);
    t->name = name_at(r, r->pos + 1);
    size_t i = r->pos + 1 + t->name.n, bad = r->len;
    for (;;) {
        i = skip_spaces(r, i);
        if (i >= r->len || r->data[i] == '<') break;
        char c = r->data[i];
        if (c == '>') {
            move_to(r, i + 1);
            return true;
        }
        t->self_closing = c == '/';
        if (!name_char((unsigned char)c)) {
            i++;
            continue;
        }
        size_t next = read_attr(r, i, t, &bad);
        if (!next) {
            i = bad;
            break;
        }
        i = next;
    }
    move_to(r, i);
    return false;
}

static const xattr *find_attr(const xtag *t, const char *name)
{
    for (size_t i = 0; i < t->n_attrs; i++)
        if (names_eq(t->attrs[i].name, name)) return &t->attrs[i];
    return NULL;
}


// A decoded attribute value in arena `a`, or NULL when the tag lacks it.
static char *attr_str(arena *a, const xtag *t, const char *name)
{
    const xattr *at = find_attr(t, name);
    return at ? dyad__xml_decode_in(a, at->value, false, NULL) : NULL;
}

static char *attr_dup(const xtag *t, const char *name)
{
    const xattr *at = find_attr(t, name);
    if (!at) return NULL;
    char *out = dyad__xmalloc(at->value.n + 1);
    dyad__xml_decode(at->value.p, at->value.n, out, false);
    return out;
}

// ---------------------------------------------------------------- elements

// Find the content of <name> (the cursor just after its start tag) up to
// </name>; move past the end tag. False, with the cursor at the offending
// tag (or the end of input), when a <Sentence> or </Sentence> or the end of
// input comes first.
static bool read_content(dyad_reader *r, const char *name, slice *content)
{
    size_t start = r->pos, i = start;
    for (;;) {
        size_t lt = find_byte(r, i, '<');
        if (lt >= r->len) {
            move_to(r, lt);   // so that nothing scans this stretch again
            return false;
        }
        slice nm;
        mkind k = markup_kind(r, lt, &nm);
        if (k == MK_CLOSE && names_eq(nm, name)) {
            *content = (slice){r->data + start, lt - start};
            move_to(r, lt);
            skip_markup(r, k);
            return true;
        }
        if ((k == MK_OPEN || k == MK_CLOSE) && names_eq(nm, "Sentence")) {
            move_to(r, lt);
            return false;
        }
        i = k == MK_COMMENT ? comment_end(r, lt) : lt + 1;
    }
}

static void add_setting(dyad_reader *r, const xtag *t)
{
    char *option = attr_dup(t, "option");
    if (!option) return;
    char *value = attr_dup(t, "value");
    pending_setting s = {option, value ? value : dyad__xstrdup("")};
    VEC_PUSH(r->pending, r->n_pending, r->cap_pending, s);
}

static void read_config(dyad_reader *r)
{
    xtag t;
    if (parse_tag(r, &t)) add_setting(r, &t);
}

// The field of the environment that a tag fills, or NULL.
static const char **env_field(dyad_environment *env, slice name)
{
    if (names_eq(name, "Verbfile")) return &env->verbfile;
    if (names_eq(name, "Agentfile")) return &env->agentfile;
    if (names_eq(name, "Discardfile")) return &env->discardfile;
    if (names_eq(name, "Issuefile")) return &env->issuefile;
    if (names_eq(name, "Nounfile")) return &env->nounfile;  // dyad's own
    if (names_eq(name, "Include")) return &env->include;
    if (names_eq(name, "Exclude")) return &env->exclude;
    if (names_eq(name, "Actorfile") && env->n_actorfiles < 16)
        return &env->actorfiles[env->n_actorfiles++];
    return NULL;
}

// One element of <Environment> at the cursor. False to stop reading it.
static bool read_env_element(dyad_reader *r, slice name)
{
    xtag t;
    if (names_eq(name, "Config")) {
        read_config(r);
        return true;
    }
    const char **field = env_field(&r->env, name);
    if (!field) {
        skip_markup(r, MK_OPEN);
        return true;
    }
    char tag[32];
    snprintf(tag, sizeof tag, "%.*s", (int)name.n, name.p);
    slice content = {r->data + r->pos, 0};
    if (!parse_tag(r, &t) || (!t.self_closing && !read_content(r, tag, &content)))
        return false;
    size_t n;
    char *s = dyad__xml_decode_in(&r->env_mem, content, true, &n);
    *field = s;
    dyad__xml_squeeze(s, n);
    return true;
}

static void read_environment(dyad_reader *r)
{
    xtag t;
    if (!parse_tag(r, &t) || t.self_closing) return;
    for (;;) {
        size_t lt = find_byte(r, r->pos, '<');
        move_to(r, lt);
        if (lt >= r->len) return;
        slice nm;
        mkind k = markup_kind(r, lt, &nm);
        if (names_eq(nm, "Sentence") || names_eq(nm, "Sentences")) return;
        if (k == MK_CLOSE && names_eq(nm, "Environment")) {
            skip_markup(r, k);
            return;
        }
        if (k != MK_OPEN) skip_markup(r, k);
        else if (!read_env_element(r, nm)) return;
    }
}

// ---------------------------------------------------------------- records

// Skip what is left of a broken record: up to the next <Sentence> (kept) or
// past the next </Sentence>.
static void recover(dyad_reader *r)
{
    for (;;) {
        size_t lt = find_byte(r, r->pos, '<');
        move_to(r, lt);
        if (lt >= r->len) return;
        slice nm;
        mkind k = markup_kind(r, lt, &nm);
        bool sentence = names_eq(nm, "Sentence");
        if (k == MK_OPEN && sentence) return;
        if (k == MK_CLOSE && sentence) {
            skip_markup(r, k);
            return;
        }
        if (k == MK_COMMENT) skip_markup(r, k);
        else move_to(r, lt + 1);
    }
}

static const char *record_name(const dyad_record *rec)
{
    return rec->id && rec->id[0] ? rec->id : "(no id)";
}

// Report a broken record at its <Sentence> line and resynchronise.
static int broken(dyad_reader *r, dyad_error *err, const char *what)
{
    const dyad_record *rec = &r->rec;
    dyad_error_set(err, DYAD_ERR_SYNTAX, r->name, rec->line, 0, "record %s: %s",
                   record_name(rec), what);
    recover(r);
    return DYAD_ERR_SYNTAX;
}

static const char *story_of(arena *a, const char *id)
{
    size_t n = strlen(id), cut = n;
    while (cut > 0 && id[cut - 1] >= '0' && id[cut - 1] <= '9') cut--;
    if (cut == n || cut < 2 || (id[cut - 1] != '-' && id[cut - 1] != '_')) return id;
    return dyad__arena_strndup(a, id, cut - 1);
}

static void sentence_attrs(dyad_reader *r, dyad_record *rec, const xtag *t)
{
    char *id = attr_str(&r->mem, t, "id");
    char *cat = attr_str(&r->mem, t, "category");
    char *sent = attr_str(&r->mem, t, "sentence");
    rec->id = id ? id : "";
    rec->story_id = story_of(&r->mem, rec->id);
    rec->category = cat ? cat : "";
    rec->is_sentence = !sent || !dyad__word_is((slice){sent, strlen(sent)}, "false");
}

// The date check, after the record was read: PETRARCH requires a date.
static int check_date(dyad_reader *r, const xtag *t, dyad_error *err)
{
    const dyad_record *rec = &r->rec;
    char *date = attr_str(&r->mem, t, "date");
    size_t n = date ? dyad__xml_squeeze(date, strlen(date)) : 0;
    r->rec.date = date ? dyad__parse_datetime(date, n) : 0;
    if (rec->date) return 0;
    if (!date)
        dyad_error_set(err, DYAD_ERR_SYNTAX, r->name, rec->line, 0,
                       "record %s: no date attribute (PETRARCH requires one); skipped",
                       record_name(rec));
    else
        dyad_error_set(err, DYAD_ERR_SYNTAX, r->name, rec->line, 0,
                       "record %s: invalid date \"%.40s\" (expected YYYYMMDD); skipped",
                       record_name(rec), date);
    return DYAD_ERR_SYNTAX;
}

static void read_event_coding(dyad_reader *r, dyad_record *rec)
{
    xtag t;
    parse_tag(r, &t);
    char *none = attr_str(&r->mem, &t, "noevents");
    char *error = attr_str(&r->mem, &t, "error");
    if (none && !dyad__word_is((slice){none, strlen(none)}, "false")) rec->expect_none = true;
    if (error) rec->expect_error = error;
    char *code = attr_str(&r->mem, &t, "eventcode");
    if (!code) return;
    char *src = attr_str(&r->mem, &t, "sourcecode");
    char *tgt = attr_str(&r->mem, &t, "targetcode");
    dyad_expected e = {src ? src : "", tgt ? tgt : "", code};
    VEC_PUSH(r->exp, r->n_exp, r->cap_exp, e);
}

static void set_parse(dyad_reader *r, dyad_record *rec, slice raw, int line)
{
    size_t lead = 0;
    while (lead < raw.n && dyad__is_space((unsigned char)raw.p[lead]))
        if (raw.p[lead++] == '\n') line++;
    size_t n;
    char *s = dyad__xml_decode_in(&r->mem, (slice){raw.p + lead, raw.n - lead}, true, &n);
    while (n > 0 && dyad__is_space((unsigned char)s[n - 1])) s[--n] = '\0';
    rec->parse = n ? s : NULL;
    rec->parse_len = n;
    rec->parse_line = n ? line : 0;
}

// <Text> or <Parse> at the cursor. Returns 0, or a DYAD_ERR_SYNTAX.
static int read_text_or_parse(dyad_reader *r, dyad_record *rec, bool is_text,
                              dyad_error *err)
{
    const char *name = is_text ? "Text" : "Parse";
    int open_line = r->line;
    xtag t;
    if (!parse_tag(r, &t)) {
        char what[64];
        snprintf(what, sizeof what, "unterminated <%s> tag at line %d", name, open_line);
        return broken(r, err, what);
    }
    int line = r->line;
    slice content = {r->data + r->pos, 0};
    if (!t.self_closing && !read_content(r, name, &content)) {
        char what[64];
        snprintf(what, sizeof what, "<%s> at line %d has no </%s>", name, open_line, name);
        return broken(r, err, what);
    }
    if (!is_text) {
        set_parse(r, rec, content, line);
        return 0;
    }
    size_t n;
    char *s = dyad__xml_decode_in(&r->mem, content, true, &n);
    rec->text_len = dyad__xml_squeeze(s, n);
    rec->text = s;
    return 0;
}

// The body of a <Sentence> up to and past its </Sentence>.
static int read_body(dyad_reader *r, dyad_record *rec, dyad_error *err)
{
    for (;;) {
        size_t lt = find_byte(r, r->pos, '<');
        move_to(r, lt);
        if (lt >= r->len) return broken(r, err, "no </Sentence> before the end of the input");
        slice nm;
        mkind k = markup_kind(r, lt, &nm);
        bool sentence = names_eq(nm, "Sentence");
        if (k == MK_CLOSE && sentence) {
            skip_markup(r, k);
            return 0;
        }
        if (k == MK_OPEN && sentence) {
            char what[80];
            snprintf(what, sizeof what, "no </Sentence> before the next <Sentence> at line %d",
                     r->line);
            return broken(r, err, what);
        }
        int rc = 0;
        if (k == MK_OPEN && names_eq(nm, "EventCoding")) read_event_coding(r, rec);
        else if (k == MK_OPEN && names_eq(nm, "Text")) rc = read_text_or_parse(r, rec, true, err);
        else if (k == MK_OPEN && names_eq(nm, "Parse")) rc = read_text_or_parse(r, rec, false, err);
        else skip_markup(r, k);
        if (rc < 0) return rc;
    }
}

// Copy the gold events and the pending settings into the record (run()
// clears the pending settings when the record is handed out).
static void finish(dyad_reader *r, dyad_record *rec)
{
    if (r->n_exp) {
        dyad_expected *e = dyad__arena_alloc(&r->mem, r->n_exp * sizeof *e);
        memcpy(e, r->exp, r->n_exp * sizeof *e);
        rec->expected = e;
        rec->n_expected = r->n_exp;
    }
    if (r->n_pending) {
        dyad_setting *s = dyad__arena_alloc(&r->mem, r->n_pending * sizeof *s);
        for (size_t i = 0; i < r->n_pending; i++) {
            s[i].option = dyad__arena_strndup(&r->mem, r->pending[i].option,
                                        strlen(r->pending[i].option));
            s[i].value = dyad__arena_strndup(&r->mem, r->pending[i].value,
                                       strlen(r->pending[i].value));
        }
        rec->settings = s;
        rec->n_settings = r->n_pending;   // cleared once the parse is settled
    }
    if (!rec->text) rec->text = "";
}

static int too_large(dyad_reader *r, int line, const char *id, size_t seen, dyad_error *err)
{
    dyad_error_set(err, DYAD_ERR_LIMIT, r->name, line, 0,
                   "record %s: more than --max-story-bytes (%zu bytes; %s%zu read); skipped",
                   id && *id ? id : "(no id)", r->max_story, seen > r->max_story ? "" : "at least ",
                   seen);
    return DYAD_ERR_LIMIT;
}

// The <Sentence> at the cursor.
static int read_sentence(dyad_reader *r, const dyad_record **out, dyad_error *err)
{
    dyad_record *rec = &r->rec;
    memset(rec, 0, sizeof *rec);
    rec->file = r->name;
    rec->line = r->line;
    r->rec_at = r->pos;
    r->n_exp = 0;
    xtag t;
    dyad__oom_line(rec->line);
    bool ok = parse_tag(r, &t);
    sentence_attrs(r, rec, &t);
    dyad__oom_story(rec->id);
    if (!ok) return broken(r, err, "unterminated <Sentence> tag");
    if (t.self_closing) return broken(r, err, "empty <Sentence/> element");
    int rc = read_body(r, rec, err);
    if (rc == 0 && r->pos - r->rec_at > r->max_story)   // pending settings stay
        return too_large(r, rec->line, rec->id, r->pos - r->rec_at, err);
    if (rc == 0) rc = check_date(r, &t, err);
    if (rc < 0) return rc;
    finish(r, rec);
    *out = rec;
    return 1;
}

// Handle what comes before the next record. True with the cursor at a
// <Sentence> tag; false at the end of input or at a <Stop>.
static bool scan_top(dyad_reader *r)
{
    while (!r->done) {
        size_t lt = find_byte(r, r->pos, '<');
        move_to(r, lt);
        if (lt >= r->len) break;
        slice nm;
        mkind k = markup_kind(r, lt, &nm);
        if (k == MK_OPEN && names_eq(nm, "Sentence")) return true;
        if (k == MK_OPEN && names_eq(nm, "Stop")) break;
        if (k == MK_OPEN && names_eq(nm, "Environment")) read_environment(r);
        else if (k == MK_OPEN && names_eq(nm, "Config")) read_config(r);
        else skip_markup(r, k);
    }
    r->done = true;
    return false;
}

// ---------------------------------------------------------------- streaming

// A parse that stopped this many bytes or more before the end of the window
// is the same as on the whole input. Every scan either moves the cursor to
// what it found or to the end of the window; only the look at a tag name
// reaches past the cursor, and the cursor stops at a '<' only before
// "<Sentence" or "<Stop" and a byte that ends the name (10 bytes).
#define SETTLED 16
#define NO_RECORD ((size_t)-1)

// What a parse changes besides the record and the arena, to undo it.
typedef struct mark {
    size_t pos, n_pending;
    int line;
    bool done;
    dyad_environment env;
} mark;

static void save(const dyad_reader *r, mark *m)
{
    *m = (mark){r->pos, r->n_pending, r->line, r->done, r->env};
}

static void restore(dyad_reader *r, const mark *m)
{
    for (size_t i = m->n_pending; i < r->n_pending; i++) {
        free(r->pending[i].option);
        free(r->pending[i].value);
    }
    r->n_pending = m->n_pending;
    r->pos = m->pos;
    r->line = m->line;
    r->done = m->done;
    r->env = m->env;
}

static bool settled(const dyad_reader *r)
{
    return dyad__reader_at_eof(r) || r->len - r->pos >= SETTLED;
}

// Skip a record too large to hold (in_record: the cursor is at its
// <Sentence> tag) or a stretch with no record in it: on to past the next
// </Sentence> or to the next <Sentence>, reading the stream on and keeping
// only a little of it.
static int skip_on(dyad_reader *r, bool in_record, dyad_error *err)
{
    size_t from = r->pos + in_record;
    for (;;) {
        size_t lt = find_byte(r, from, '<');
        if (lt + SETTLED > r->len && !dyad__reader_at_eof(r)) {
            move_to(r, lt);   // keep from the '<' on, to read its name whole
            int got = dyad__reader_more(r, err);
            if (got < 0) return got;
            from = r->pos;
            continue;
        }
        if (lt >= r->len) {
            move_to(r, lt);
            return 0;
        }
        slice nm;
        mkind k = markup_kind(r, lt, &nm);
        if (names_eq(nm, "Sentence") && (k == MK_OPEN || k == MK_CLOSE)) {
            move_to(r, k == MK_OPEN ? lt : lt + 2 + nm.n);
            return 0;
        }
        move_to(r, lt + 1);
        from = r->pos;
    }
}

// Refuse what did not fit in max_story bytes, from the mark on: the
// <Sentence> the parse found (its line and id; the <Config> tags before it
// are kept), or else a stretch with no record.
static int refuse(dyad_reader *r, const mark *m, dyad_error *err)
{
    size_t seen = r->len - m->pos;
    if (r->rec_at != NO_RECORD) {
        char id[128];
        snprintf(id, sizeof id, "%s", r->rec.id ? r->rec.id : "");
        int line = r->rec.line;
        r->pos = r->rec_at;
        r->line = line;
        r->done = false;
        int rc = skip_on(r, true, err);
        return rc < 0 ? rc : too_large(r, line, id, seen, err);
    }
    restore(r, m);
    int rc = skip_on(r, false, err);
    if (rc < 0) return rc;
    dyad_error_set(err, DYAD_ERR_LIMIT, r->name, m->line, 0,
                   "no <Sentence> in more than --max-story-bytes (%zu bytes); skipped up to "
                   "line %d", r->max_story, r->line);
    return DYAD_ERR_LIMIT;
}

// Parse what comes before the next record and, if `record`, the record;
// on a stream, again on a larger window until the parse is settled.
static int run(dyad_reader *r, bool record, const dyad_record **rec, dyad_error *err)
{
    for (;;) {
        mark m;
        save(r, &m);
        r->rec_at = NO_RECORD;
        *rec = NULL;
        int rc = scan_top(r) && record ? read_sentence(r, rec, err) : 0;
        if (settled(r)) {
            if (rc > 0) dyad__reader_clear_pending(r);   // they went into the record
            return rc;
        }
        if (r->len - m.pos > r->max_story + SETTLED) return refuse(r, &m, err);
        restore(r, &m);
        rc = dyad__reader_more(r, err);
        if (rc < 0) return rc;
    }
}

int dyad__xml_begin(dyad_reader *r, dyad_error *err)
{
    const dyad_record *rec;
    return run(r, false, &rec, err);
}

int dyad__xml_next(dyad_reader *r, const dyad_record **rec, dyad_error *err)
{
    if (r->begin_rc) {   // what went wrong before the first record
        int rc = r->begin_rc;
        r->begin_rc = 0;
        *err = r->begin_err;
        return rc;
    }
    return run(r, true, rec, err);
}
