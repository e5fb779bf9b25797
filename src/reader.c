// reader.c: opening inputs (plain or gzip), refusing what is not text,
// detecting the format, reading lines and XML windows from a stream within
// the record size limit, and handing records out. Plain text records are
// made here too.
#include "reader.h"

#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <zlib.h>

#include "error.h"

#define CHUNK (64 * 1024)   // bytes asked of the stream at a time
#define SNIFF (64 * 1024)   // bytes looked at to tell text from other data

static bool ends_with(const char *s, const char *suffix)
{
    size_t n = strlen(s), m = strlen(suffix);
    if (n < m) return false;
    return dyad__same_ci(s + n - m, suffix, m);
}

// Offset of the first byte after a UTF-8 byte-order mark, if any.
static size_t skip_bom(const char *data, size_t len)
{
    return len >= 3 && memcmp(data, "\xEF\xBB\xBF", 3) == 0 ? 3 : 0;
}

static int first_graphic(const char *data, size_t len)
{
    for (size_t i = skip_bom(data, len); i < len; i++)
        if (!dyad__is_space((unsigned char)data[i])) return (unsigned char)data[i];
    return -1;
}

// The length of a name without its compression suffix (.gz, .bz2, .xz, .zst).
static size_t uncompressed_len(const char *name)
{
    static const char *const sfx[] = {".gz", ".bz2", ".xz", ".zst"};
    size_t n = strlen(name);
    for (size_t i = 0; i < sizeof sfx / sizeof sfx[0]; i++)
        if (n > strlen(sfx[i]) && ends_with(name, sfx[i])) return n - strlen(sfx[i]);
    return n;
}

// The format a file name gives (a compression suffix aside), or AUTO.
static dyad_format by_name(const char *name)
{
    char *s = dyad__xstrndup(name, uncompressed_len(name));
    dyad_format f = DYAD_FORMAT_AUTO;
    if (ends_with(s, ".xml")) f = DYAD_FORMAT_XML;
    else if (ends_with(s, ".jsonl") || ends_with(s, ".json")) f = DYAD_FORMAT_JSONL;
    else if (ends_with(s, ".csv")) f = DYAD_FORMAT_CSV;
    else if (ends_with(s, ".tsv") || ends_with(s, ".tab")) f = DYAD_FORMAT_TSV;
    free(s);
    return f;
}

// The format the first graphic byte gives: anything but XML or JSON is text.
static dyad_format by_content(const char *data, size_t len)
{
    int c = first_graphic(data, len);
    if (c == '<' || c == -1) return DYAD_FORMAT_XML;  // empty input: no records
    if (c == '{') return DYAD_FORMAT_JSONL;
    return DYAD_FORMAT_TEXT;
}

static bool is_gzip(const char *data, size_t len)
{
    return len >= 2 && (unsigned char)data[0] == 0x1f && (unsigned char)data[1] == 0x8b;
}

// "kim-beijing-2025" for "/x/kim-beijing-2025.txt", "x" for "x.jsonl.gz",
// "stdin" for "<stdin>": the default id of plain text and of stories.
static char *name_stem(const char *name)
{
    const char *base = strrchr(name, '/');
    base = base ? base + 1 : name;
    size_t n = uncompressed_len(base);
    if (n >= 2 && base[0] == '<' && base[n - 1] == '>') {
        base++;
        n -= 2;
    }
    for (size_t i = n; i-- > 1;)
        if (base[i] == '.') {
            n = i;
            break;
        }
    return n ? dyad__xstrndup(base, n) : dyad__xstrdup("input");
}

// ---------------------------------------------------------------- streams

static void src_free(reader_src *s)
{
    if (!s) return;
    dyad__archive_close(s);
    if (s->gz) gzclose(s->gz);
    if (s->zs_live) inflateEnd(&s->zs);
    free(s->buf);
    free(s);
}

// The part of a zlib message after the file name it may start with.
static const char *zmsg(const char *msg)
{
    if (!msg || !*msg) return "read error";
    const char *p = msg, *q;
    while ((q = strstr(p, ": ")) != NULL) p = q + 2;
    return p;
}

// Inflate gzip data from memory into out: bytes made, or -1 with *why set.
// Several gzip members may follow one another; bytes after the last are
// ignored (as gzread does) unless they start like a gzip header.
long dyad__inflate_mem(reader_src *s, char *out, size_t cap, const char **why)
{
    if (cap > UINT_MAX) cap = UINT_MAX;
    s->zs.next_out = (unsigned char *)out;
    s->zs.avail_out = (unsigned)cap;
    while (s->zs.avail_out > 0 && !s->zs_end) {
        if (s->zs.avail_in == 0) {
            if (!s->zin_left) break;
            size_t take = s->zin_left < UINT_MAX ? s->zin_left : UINT_MAX;
            s->zs.next_in = (unsigned char *)s->zin;
            s->zs.avail_in = (unsigned)take;
            s->zin += take;
            s->zin_left -= take;
        }
        int rc = inflate(&s->zs, Z_NO_FLUSH);
        if (rc == Z_STREAM_END) {   // another member follows?
            int next = s->zs.avail_in ? s->zs.next_in[0] : s->zin_left ? s->zin[0] : -1;
            if (next == 0x1f) inflateReset(&s->zs);
            else s->zs_end = true;
        } else if (rc == Z_BUF_ERROR) {
            break;   // no progress possible
        } else if (rc != Z_OK) {
            *why = s->zs.msg ? s->zs.msg : "corrupt gzip data";
            return -1;
        }
    }
    size_t got = cap - s->zs.avail_out;
    if (!got && !s->zs_end) {
        *why = "unexpected end of file";
        return -1;
    }
    return (long)got;
}

// Read more of the stream after buf[end], first moving the unused bytes
// down or growing buf so that at least `room` (and CHUNK) bytes are free.
// Returns the bytes read (0 at the end, where s->eof is set) or -1 with err
// filled: a read error, or no memory for the buffer (named with the file and
// line rather than aborting the run).
static long src_fill(dyad_reader *r, size_t room_wanted, dyad_error *err)
{
    reader_src *s = r->src;
    if (s->eof) return 0;
    if (s->start > 0 && s->start == s->end) s->start = s->scan = s->end = 0;
    size_t want = room_wanted > CHUNK ? room_wanted : CHUNK;
    if (s->cap - s->end < want && s->start > 0) {   // move the rest down
        memmove(s->buf, s->buf + s->start, s->end - s->start);
        s->end -= s->start;
        s->scan -= s->start;
        s->start = 0;
    }
    if (s->cap - s->end < want) {
        size_t cap = s->cap ? s->cap : 2 * CHUNK;
        while (cap - s->end < want && cap <= SIZE_MAX / 2) cap *= 2;
        char *buf = cap - s->end >= want ? realloc(s->buf, cap) : NULL;
        if (!buf) {
            dyad_error_set(err, DYAD_ERR_IO, r->name, r->line, 0,
                           "cannot read: out of memory for a buffer of %zu bytes", cap);
            s->eof = true;
            return -1;
        }
        s->buf = buf;
        s->cap = cap;
    }
    size_t room = s->cap - s->end - 1;   // one byte for a final NUL
    const char *why = NULL;
    long got;
    if (s->ar) {
        got = dyad__archive_read(s, s->buf + s->end, room, &why);
    } else if (s->gz) {
        int n = gzread(s->gz, s->buf + s->end, (unsigned)(room < INT_MAX ? room : INT_MAX));
        int zerr = Z_OK;
        const char *m = gzerror(s->gz, &zerr);
        if (n < 0 || (n == 0 && zerr != Z_OK)) {
            why = zerr == Z_ERRNO ? strerror(errno) : zmsg(m);
            n = -1;
        }
        got = n;
    } else {
        got = dyad__inflate_mem(s, s->buf + s->end, room, &why);
    }
    if (got < 0) {
        dyad_error_set(err, DYAD_ERR_IO, r->name, r->line, 0, "cannot read: %s", why);
        s->eof = true;
        return -1;
    }
    if (got == 0) s->eof = true;
    s->end += (size_t)got;
    return got;
}

// Fill until at least `want` bytes are buffered or the stream ends.
static int src_want(dyad_reader *r, size_t want, dyad_error *err)
{
    while (r->src->end - r->src->start < want && !r->src->eof)
        if (src_fill(r, 0, err) < 0) return -1;
    return 0;
}

// Fill until the first non-space byte (after a BOM) is buffered.
static int src_peek(dyad_reader *r, dyad_error *err)
{
    reader_src *s = r->src;
    for (;;) {
        if (first_graphic(s->buf ? s->buf + s->start : "", s->end - s->start) >= 0) return 0;
        long got = src_fill(r, 0, err);
        if (got < 0) return -1;
        if (got == 0) return 0;
    }
}

// Point the XML window at the stream's buffer.
static void window(dyad_reader *r)
{
    reader_src *s = r->src;
    r->data = s->buf ? s->buf : "";
    r->len = s->end;
    r->pos = s->start;
}

int dyad__reader_more(dyad_reader *r, dyad_error *err)
{
    reader_src *s = r->src;
    if (!s) return 0;
    s->start = s->scan = r->pos;
    // as much room as is held, but no more than it takes to pass the limit
    size_t held = r->len - r->pos, limit = r->max_story + 64;
    size_t room = held >= limit ? CHUNK : limit - held < held ? limit - held : held;
    long got = src_fill(r, room, err);
    window(r);
    if (got < 0) {
        r->done = true;
        return DYAD_ERR_IO;
    }
    return got > 0;
}

bool dyad__reader_at_eof(const dyad_reader *r)
{
    return !r->src || r->src->eof;
}

// Skip the rest of a line longer than max_story, of which `seen` bytes were
// buffered, without holding it: the stream is read on to the next '\n'.
static int skip_long_line(dyad_reader *r, size_t seen, dyad_error *err)
{
    reader_src *s = r->src;
    int line = r->line++;
    s->start = s->scan = s->end;
    for (;;) {
        long got = src_fill(r, 0, err);
        if (got < 0) {
            r->done = true;
            return DYAD_ERR_IO;
        }
        const char *at = s->buf + s->start;
        const char *nl = memchr(at, '\n', s->end - s->start);
        size_t used = nl ? (size_t)(nl - at) : s->end - s->start;
        seen += used;
        s->start = s->scan = s->start + used + (nl != NULL);
        if (nl || got == 0) break;
    }
    dyad_error_set(err, DYAD_ERR_LIMIT, r->name, line, 0,
                   "a line of %zu bytes, more than --max-story-bytes (%zu); skipped", seen,
                   r->max_story);
    return DYAD_ERR_LIMIT;
}

static int long_line(dyad_reader *r, int line, size_t n, dyad_error *err)
{
    dyad_error_set(err, DYAD_ERR_LIMIT, r->name, line, 0,
                   "a line of %zu bytes, more than --max-story-bytes (%zu); skipped", n,
                   r->max_story);
    return DYAD_ERR_LIMIT;
}

int dyad__reader_getline(dyad_reader *r, const char **p, size_t *n, int *line, dyad_error *err)
{
    if (r->done) return 0;
    reader_src *s = r->src;
    if (!s) {   // the whole input is in memory
        if (r->pos >= r->len) return 0;
        const char *at = r->data + r->pos;
        const char *nl = memchr(at, '\n', r->len - r->pos);
        *p = at;
        *n = nl ? (size_t)(nl - at) : r->len - r->pos;
        r->pos += nl ? *n + 1 : *n;
        *line = r->line++;
        return *n > r->max_story ? long_line(r, *line, *n, err) : 1;
    }
    for (;;) {
        const char *nl = memchr(s->buf + s->scan, '\n', s->end - s->scan);
        if (nl || (s->eof && s->start < s->end)) {
            size_t stop = nl ? (size_t)(nl - s->buf) : s->end;
            *p = s->buf + s->start;
            *n = stop - s->start;
            s->start = s->scan = nl ? stop + 1 : stop;
            *line = r->line++;
            return *n > r->max_story ? long_line(r, *line, *n, err) : 1;
        }
        if (s->end - s->start > r->max_story) return skip_long_line(r, s->end - s->start, err);
        s->scan = s->end;
        if (s->eof) return 0;
        if (src_fill(r, 0, err) < 0) {
            r->done = true;
            return DYAD_ERR_IO;
        }
    }
}

// ---------------------------------------------------------------- plain text

static bool blank(const char *p, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (!dyad__is_space((unsigned char)p[i])) return false;
    return true;
}

static int too_big_story(dyad_reader *r, size_t n, dyad_error *err)
{
    dyad_error_set(err, DYAD_ERR_LIMIT, r->name, 1, 0,
                   "the story has more than --max-story-bytes (%zu) bytes (%s%zu read); "
                   "skipped", r->max_story, r->src ? "at least " : "", n);
    return DYAD_ERR_LIMIT;
}

// The whole input as one story; no record for empty or blank input. A
// stream is read into its buffer, up to max_story bytes.
static int text_next(dyad_reader *r, const dyad_record **out, dyad_error *err)
{
    if (r->done) return 0;
    r->done = true;
    dyad__oom_story(r->stem);
    const char *p = r->data ? r->data + r->pos : "";
    size_t n = r->data ? r->len - r->pos : 0;
    reader_src *s = r->src;
    if (s) {
        while (!s->eof && s->end - s->start <= r->max_story)
            if (src_fill(r, 0, err) < 0) return DYAD_ERR_IO;
        if (!s->buf) return 0;
        s->buf[s->end] = '\0';   // src_fill keeps a byte for it
        p = s->buf + s->start;
        n = s->end - s->start;
    }
    if (n > r->max_story) return too_big_story(r, n, err);
    if (blank(p, n)) return 0;
    dyad_record *rec = &r->rec;
    memset(rec, 0, sizeof *rec);
    rec->id = rec->story_id = r->stem;
    rec->category = "";
    rec->text = s ? p : dyad__arena_strndup(&r->mem, p, n);   // NUL-terminated
    rec->text_len = n;
    rec->is_story = true;
    rec->is_sentence = true;
    rec->file = r->name;
    rec->line = 1;
    *out = rec;
    return 1;
}

// ---------------------------------------------------------------- not text

// Formats known by their first bytes that dyad does not read.
static const struct {
    const char *magic;
    size_t len;
    const char *what;
} magics[] = {
    {"\xFD" "7zXZ\0", 6, "xz-compressed data"},
    {"\x28\xB5\x2F\xFD", 4, "zstd-compressed data"},
    {"\x04\x22\x4D\x18", 4, "lz4-compressed data"},
    {"\x1F\x9D", 2, "compress (.Z) data"},
    {"PK\x03\x04", 4, "a zip archive"},
    {"PK\x05\x06", 4, "a zip archive (empty)"},
    {"7z\xBC\xAF\x27\x1C", 6, "a 7-Zip archive"},
    {"Rar!\x1A\x07", 6, "a RAR archive"},
    {"%PDF-", 5, "a PDF document"},
    {"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8, "an MS Office (OLE2) document"},
    {"SQLite format 3\0", 16, "an SQLite database"},
    {"PAR1", 4, "a Parquet file"},
    {"\x7F" "ELF", 4, "an executable (ELF)"},
    {"\x89PNG\r\n\x1A\n", 8, "a PNG image"},
    {"\xFF\xD8\xFF", 3, "a JPEG image"},
    {"GIF8", 4, "a GIF image"},
    {"\xFF\xFE", 2, "UTF-16 text (dyad reads UTF-8)"},
    {"\xFE\xFF", 2, "UTF-16 text (dyad reads UTF-8)"},
};

// "BZh" and a block size digit, then a block or the end of the stream.
static bool is_bzip2(const unsigned char *p, size_t n)
{
    if (n < 4 || memcmp(p, "BZh", 3) != 0 || p[3] < '1' || p[3] > '9') return false;
    if (n < 10) return true;
    return memcmp(p + 4, "1AY&SY", 6) == 0 || memcmp(p + 4, "\x17\x72\x45\x38\x50\x90", 6) == 0;
}

// A control byte that has no place in text (NUL aside, which is never text).
static bool odd_control(unsigned char c)
{
    return (c < 0x20 && c != '\t' && c != '\n' && c != '\v' && c != '\f' && c != '\r' &&
            c != 0x1B) || c == 0x7F;
}

// What the first bytes of an input look like when it is not text dyad can
// read, in a few words ("bzip2-compressed data", "binary data", "CSV ..."),
// or NULL. `text` is whether the input would be read as plain text (a table
// would be); the magic numbers and binary bytes are refused in any format.
static const char *not_text(const char *data, size_t len, bool text, char *buf, size_t size)
{
    const unsigned char *p = (const unsigned char *)data;
    size_t n = len < SNIFF ? len : SNIFF;
    if (is_bzip2(p, n)) return "bzip2-compressed data";
    for (size_t i = 0; i < sizeof magics / sizeof magics[0]; i++)
        if (n >= magics[i].len && memcmp(p, magics[i].magic, magics[i].len) == 0)
            return magics[i].what;
    size_t odd = 0;
    for (size_t i = 0; i < n; i++) {
        if (!p[i]) return "binary data (it has NUL bytes)";
        odd += odd_control(p[i]);
    }
    if (odd > 8 && odd * 100 > n) return "binary data (control bytes)";
    if (!text) return NULL;
    static const struct {
        char delim;
        const char *name;
    } tables[] = {{',', "CSV"}, {'\t', "TSV (tab-separated values)"},
                  {';', "semicolon-separated values"}, {'|', "pipe-separated values"}};
    size_t bom = skip_bom(data, n), fields;
    for (size_t i = 0; i < sizeof tables / sizeof tables[0]; i++)
        if (dyad__csv_tabular(data + bom, n - bom, tables[i].delim, &fields)) {
            snprintf(buf, size, "%s (a header line and rows of %zu fields)", tables[i].name,
                     fields);
            return buf;
        }
    return NULL;
}

// ---------------------------------------------------------------- opening

// A file name whose extension says it is a document, image, program or
// archive dyad does not read: the extension, or NULL.
static const char *foreign_ext(const char *name)
{
    static const char *const exts[] = {
        ".pdf", ".doc", ".docx", ".odt", ".rtf", ".epub", ".xls", ".xlsx", ".ods", ".ppt",
        ".pptx", ".odp", ".png", ".jpg", ".jpeg", ".gif", ".exe", ".7z", ".rar", ".tar",
        ".parquet", ".sqlite", ".db"};
    char *s = dyad__xstrndup(name, uncompressed_len(name));
    const char *found = NULL;
    for (size_t i = 0; i < sizeof exts / sizeof exts[0] && !found; i++)
        if (ends_with(s, exts[i])) found = exts[i];
    free(s);
    return found;
}

// Input named or asked for as JSON Lines that is JSON of another shape: a
// few words saying which, or NULL.
static const char *not_json_lines(const char *data, size_t len)
{
    size_t i = skip_bom(data, len);
    while (i < len && dyad__is_space((unsigned char)data[i])) i++;
    if (i == len) return NULL;
    if (data[i] == '[') return "a JSON array";
    if (data[i] != '{') return NULL;
    for (i++; i < len && data[i] != '\n'; i++)
        if (!dyad__is_space((unsigned char)data[i])) return NULL;
    return i < len ? "JSON spread over several lines (pretty-printed)" : NULL;
}

// Read enough of the stream to tell what it is (src_fill reads > SNIFF).
static int sniff(dyad_reader *r, dyad_error *err)
{
    int rc = src_peek(r, err);
    if (!rc && r->src->end < SNIFF) rc = src_want(r, SNIFF, err);
    return rc;
}

// Tell the format of the input (or archive member) about to be read, refuse
// what is not text, and start it: 0, or < 0 with err.
static int begin_input(dyad_reader *r, dyad_format format, dyad_error *err)
{
    reader_src *src = r->src;
    const char *data = r->data;
    size_t len = r->len;
    const char *ext = format == DYAD_FORMAT_AUTO ? foreign_ext(r->name) : NULL;
    if (ext) {
        dyad_error_set(err, DYAD_ERR_SYNTAX, r->name, 0, 0,
                       "not read: an unknown input format (%s); dyad reads plain text, JSON "
                       "Lines, CSV, TSV and PETRARCH XML", ext);
        return DYAD_ERR_SYNTAX;
    }
    if (format == DYAD_FORMAT_AUTO) format = by_name(r->name);
    if (src) {
        if (sniff(r, err)) return DYAD_ERR_IO;
        data = src->buf ? src->buf : "";
        len = src->end;
    }
    if (format == DYAD_FORMAT_AUTO) format = by_content(data, len);
    const char *shape = format == DYAD_FORMAT_JSONL ? not_json_lines(data, len) : NULL;
    if (shape) {
        dyad_error_set(err, DYAD_ERR_SYNTAX, r->name, 1, 0,
                       "not read: it is %s, not JSON Lines (one JSON object per line)", shape);
        return DYAD_ERR_SYNTAX;
    }
    char what_buf[96];
    const char *what = not_text(data, len, format == DYAD_FORMAT_TEXT, what_buf, sizeof what_buf);
    if (what) {
        dyad_error_set(err, DYAD_ERR_SYNTAX, r->name, 0, 0,
                       "not read: it looks like %s, not text (dyad reads plain text, JSON "
                       "Lines, PETRARCH XML, and CSV or TSV named .csv or .tsv or asked for "
                       "as such; compressed or not)", what);
        return DYAD_ERR_SYNTAX;
    }
    r->format = format;
    if (src) {
        src->start = src->scan = skip_bom(data, len);
        if (format == DYAD_FORMAT_XML) window(r);
    } else {
        r->pos = skip_bom(data, len);
    }
    if (format == DYAD_FORMAT_XML) {
        int rc = dyad__xml_begin(r, err);
        if (rc == DYAD_ERR_IO) return rc;
        if (rc < 0) {
            r->begin_rc = rc;
            r->begin_err = *err;
        }
    }
    return 0;
}

// Name the reader after archive member `member`: "archive.zip:member".
static void set_member(dyad_reader *r, const char *member)
{
    size_t k = strlen(r->path) + strlen(member) + 2;
    free(r->name);
    free(r->stem);
    r->name = dyad__xmalloc(k);
    snprintf(r->name, k, "%s:%s", r->path, member);
    r->stem = name_stem(member);
}

// Go on to the archive's next member: 1, 0 when there are no more, or < 0
// with err (a member that is not text: the one after it comes next).
static int next_member(dyad_reader *r, dyad_error *err)
{
    reader_src *s = r->src;
    const char *why = NULL;
    const char *m = dyad__archive_next(s, &why);
    if (!m) {
        if (!why) return 0;
        dyad_error_set(err, DYAD_ERR_IO, r->path, 0, 0, "cannot read: %s", why);
        return DYAD_ERR_IO;
    }
    set_member(r, m);
    r->line = 1;
    r->done = false;
    r->data = NULL;
    r->len = r->pos = 0;
    r->begin_rc = 0;
    s->start = s->scan = s->end = 0;
    s->eof = false;
    dyad__csv_free(r);
    int rc = begin_input(r, r->want_format, err);
    if (rc < 0) {
        r->member_next = true;
        r->done = true;
        return rc;
    }
    return 1;
}

// A reader on `src` (a stream, may be NULL) or on `data`. Takes `src`.
static dyad_reader *start(reader_src *src, const char *data, size_t len, const char *name,
                          dyad_format format, dyad_error *err)
{
    if (format < DYAD_FORMAT_AUTO || format > DYAD_FORMAT_TSV) {
        dyad_error_set(err, DYAD_ERR_ARG, name, 0, 0, "unknown input format %d", (int)format);
        src_free(src);
        return NULL;
    }
    dyad_reader *r = dyad__xcalloc(1, sizeof *r);
    r->name = dyad__xstrdup(name);
    r->path = dyad__xstrdup(name);
    r->stem = name_stem(name);
    r->line = 1;
    r->src = src;
    r->data = src ? NULL : data;
    r->len = src ? 0 : len;
    r->want_format = format;
    r->max_story = DYAD_MAX_STORY_BYTES;
    dyad__arena_init(&r->mem, 16 * 1024);
    dyad__arena_init(&r->env_mem, 1024);
    int rc = 0;
    if (src && !src->pre) rc = sniff(r, err);
    if (!rc && src && (src->pre || dyad__archive_magic(src->buf ? src->buf : "", src->end))) {
        const char *member;
        rc = dyad__archive_open(src, name, &member, err);
        if (!rc && src->multi) {
            if (member) set_member(r, member);
            else r->done = true;   // an archive with no files: no records
        }
    }
    if (!rc && !r->done) rc = begin_input(r, format, err);
    if (rc == DYAD_ERR_SYNTAX && src && src->multi) {   // the next member comes after it
        r->open_rc = rc;
        r->open_err = *err;
        r->member_next = r->done = true;
        rc = 0;
    }
    if (rc < 0) {
        dyad_reader_close(r);
        return NULL;
    }
    return r;
}

dyad_reader *dyad_reader_open(const char *path, dyad_format format, dyad_error *err)
{
    if (!path || !*path) {
        dyad_error_set(err, DYAD_ERR_ARG, NULL, 0, 0, "no input file given");
        return NULL;
    }
    bool std = strcmp(path, "-") == 0;
    const char *name = std ? "<stdin>" : path;
    errno = 0;
    gzFile gz = NULL;
    if (std) {
        int fd = dup(STDIN_FILENO);   // gzclose closes it, not stdin
        if (fd >= 0) {
            gz = gzdopen(fd, "rb");
            if (!gz) close(fd);
        }
    } else {
        gz = gzopen(path, "rb");
    }
    if (!gz) {
        dyad_error_set(err, DYAD_ERR_IO, name, 0, 0, "cannot read: %s",
                       errno ? strerror(errno) : "out of memory");
        return NULL;
    }
    gzbuffer(gz, CHUNK);
    reader_src *src = dyad__xcalloc(1, sizeof *src);
    src->gz = gz;
    return start(src, NULL, 0, name, format, err);
}

dyad_reader *dyad_reader_open_mem(const char *data, size_t len, const char *name,
                                  dyad_format format, dyad_error *err)
{
    if (!data && len) {
        dyad_error_set(err, DYAD_ERR_ARG, name, 0, 0, "no input data");
        return NULL;
    }
    name = name ? name : "<memory>";
    if (!is_gzip(data, len) && dyad__archive_magic(data ? data : "", len)) {
        reader_src *src = dyad__xcalloc(1, sizeof *src);
        src->pre = data;
        src->pre_len = len;
        return start(src, NULL, 0, name, format, err);
    }
    if (!is_gzip(data, len)) return start(NULL, data ? data : "", len, name, format, err);
    reader_src *src = dyad__xcalloc(1, sizeof *src);
    if (inflateInit2(&src->zs, 15 + 16) != Z_OK) {   // gzip wrapper only
        free(src);
        dyad_error_set(err, DYAD_ERR_IO, name, 0, 0, "cannot start zlib: out of memory");
        return NULL;
    }
    src->zs_live = true;
    src->zin = (const unsigned char *)data;
    src->zin_left = len;
    return start(src, NULL, 0, name, format, err);
}

void dyad__reader_clear_pending(dyad_reader *r)
{
    for (size_t i = 0; i < r->n_pending; i++) {
        free(r->pending[i].option);
        free(r->pending[i].value);
    }
    r->n_pending = 0;
}

void dyad_reader_close(dyad_reader *r)
{
    if (!r) return;
    for (int k = 0; k < N_FIELDS; k++) free(r->fields[k]);
    dyad__csv_free(r);
    dyad__reader_clear_pending(r);
    free(r->pending);
    free(r->exp);
    dyad__arena_dispose(&r->mem);
    dyad__arena_dispose(&r->env_mem);
    src_free(r->src);
    free(r->name);
    free(r->path);
    free(r->stem);
    free(r);
}

int dyad_reader_next(dyad_reader *r, const dyad_record **rec, dyad_error *err)
{
    if (!r || !rec) {
        dyad_error_set(err, DYAD_ERR_ARG, NULL, 0, 0, "dyad_reader_next: null argument");
        return DYAD_ERR_ARG;
    }
    *rec = NULL;
    dyad__arena_reset(&r->mem);
    dyad__oom_at("reading", r->name, r->line);   // the backends refine it
    int rc = r->open_rc;
    r->open_rc = 0;
    if (rc < 0 && err) *err = r->open_err;
    for (; rc == 0;) {
        if (r->member_next) {   // an archive's next member
            r->member_next = false;
            rc = next_member(r, err);
            if (rc <= 0) break;
        }
        rc = r->format == DYAD_FORMAT_XML     ? dyad__xml_next(r, rec, err)
             : r->format == DYAD_FORMAT_TEXT  ? text_next(r, rec, err)
             : r->format == DYAD_FORMAT_JSONL ? dyad__jsonl_next(r, rec, err)
                                              : dyad__csv_next(r, rec, err);
        if (rc != 0 || !r->src || !r->src->multi || r->src->ar_done) break;
        r->member_next = true;
    }
    dyad__oom_clear();
    return rc;
}

void dyad_reader_set_max_story_bytes(dyad_reader *r, size_t max)
{
    if (r) r->max_story = max ? max : DYAD_MAX_STORY_BYTES;
}

void dyad_reader_set_fields(dyad_reader *r, const dyad_fields *f)
{
    if (!r || !f) return;
    const char *names[N_FIELDS] = {f->id, f->date, f->title, f->text};
    for (int k = 0; k < N_FIELDS; k++) {
        free(r->fields[k]);
        r->fields[k] = names[k] && *names[k] ? dyad__xstrdup(names[k]) : NULL;
    }
}

const char *dyad__reader_field(const dyad_reader *r, int k)
{
    static const char *const defaults[N_FIELDS] = {"id", "date", "title", "text"};
    return r->fields[k] ? r->fields[k] : defaults[k];
}

const dyad_environment *dyad_reader_environment(const dyad_reader *r)
{
    static const dyad_environment none;
    return r ? &r->env : &none;
}
