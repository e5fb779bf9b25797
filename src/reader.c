// reader.c: opening inputs (plain or gzip), detecting their format, reading
// lines, and handing records out. Plain text records are made here too.
#include "reader.h"

#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <zlib.h>

#include "error.h"

#define CHUNK (64 * 1024)   // bytes asked of the stream at a time

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

// The format a file name gives (".gz" aside), or AUTO.
static dyad_format by_name(const char *name)
{
    size_t n = strlen(name);
    char *s = dyad__xstrndup(name, ends_with(name, ".gz") ? n - 3 : n);
    dyad_format f = DYAD_FORMAT_AUTO;
    if (ends_with(s, ".xml")) f = DYAD_FORMAT_XML;
    else if (ends_with(s, ".jsonl") || ends_with(s, ".json")) f = DYAD_FORMAT_JSONL;
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
    size_t n = strlen(base);
    if (n >= 2 && base[0] == '<' && base[n - 1] == '>') {
        base++;
        n -= 2;
    }
    if (n > 3 && ends_with(base, ".gz")) n -= 3;
    for (size_t i = n; i-- > 1;)
        if (base[i] == '.') {
            n = i;
            break;
        }
    return n ? dyad__xstrndup(base, n) : dyad__xstrdup("input");
}

// ---------------------------------------------------------------- streams

struct reader_src {
    gzFile gz;                  // a file or stdin (zlib reads plain files too)
    z_stream zs;                // or gzip data in memory
    const unsigned char *zin;   // the memory not yet handed to zs
    size_t zin_left;
    bool zs_live, zs_end;       // zs initialized; its last member ended
    char *buf;                  // decompressed bytes [start, end) not yet used
    size_t start, scan, end, cap;   // scan: where to look for the next '\n'
    bool eof;
};

static void src_free(reader_src *s)
{
    if (!s) return;
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
static long inflate_mem(reader_src *s, char *out, size_t cap, const char **why)
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

// Read more of the stream after buf[end], growing buf to keep CHUNK bytes
// free. Returns the bytes read (0 at the end, where s->eof is set) or -1 with
// err filled.
static long src_fill(dyad_reader *r, dyad_error *err)
{
    reader_src *s = r->src;
    if (s->eof) return 0;
    if (s->start > 0 && s->start == s->end) s->start = s->scan = s->end = 0;
    if (s->cap - s->end < CHUNK && s->start > 0) {   // move the rest down
        memmove(s->buf, s->buf + s->start, s->end - s->start);
        s->end -= s->start;
        s->scan -= s->start;
        s->start = 0;
    }
    if (s->cap - s->end < CHUNK) {
        size_t cap = s->cap ? s->cap : 2 * CHUNK;
        while (cap - s->end < CHUNK) cap *= 2;
        s->buf = dyad__xrealloc(s->buf, cap);
        s->cap = cap;
    }
    size_t room = s->cap - s->end - 1;   // one byte for a final NUL
    const char *why = NULL;
    long got;
    if (s->gz) {
        int n = gzread(s->gz, s->buf + s->end, (unsigned)(room < INT_MAX ? room : INT_MAX));
        int zerr = Z_OK;
        const char *m = gzerror(s->gz, &zerr);
        if (n < 0 || (n == 0 && zerr != Z_OK)) {
            why = zerr == Z_ERRNO ? strerror(errno) : zmsg(m);
            n = -1;
        }
        got = n;
    } else {
        got = inflate_mem(s, s->buf + s->end, room, &why);
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
        if (src_fill(r, err) < 0) return -1;
    return 0;
}

// Fill until the first non-space byte (after a BOM) is buffered.
static int src_peek(dyad_reader *r, dyad_error *err)
{
    reader_src *s = r->src;
    for (;;) {
        if (first_graphic(s->buf ? s->buf + s->start : "", s->end - s->start) >= 0) return 0;
        long got = src_fill(r, err);
        if (got < 0) return -1;
        if (got == 0) return 0;
    }
}

// Read the rest of the stream into r->data (owned, NUL-terminated), and
// drop the stream.
static int src_slurp(dyad_reader *r, dyad_error *err)
{
    long got;
    while ((got = src_fill(r, err)) > 0) {}
    if (got < 0) return -1;
    reader_src *s = r->src;
    if (s->start) memmove(s->buf, s->buf + s->start, s->end - s->start);
    size_t len = s->end - s->start;
    char *data = s->buf ? s->buf : dyad__xmalloc(1);
    data[len] = '\0';
    s->buf = NULL;
    src_free(s);
    r->src = NULL;
    r->owned = data;
    r->data = data;
    r->len = len;
    return 0;
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
        return 1;
    }
    for (;;) {
        const char *nl = memchr(s->buf + s->scan, '\n', s->end - s->scan);
        if (nl || (s->eof && s->start < s->end)) {
            size_t stop = nl ? (size_t)(nl - s->buf) : s->end;
            *p = s->buf + s->start;
            *n = stop - s->start;
            s->start = s->scan = nl ? stop + 1 : stop;
            *line = r->line++;
            return 1;
        }
        s->scan = s->end;
        if (s->eof) return 0;
        if (src_fill(r, err) < 0) {
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

// The whole input as one story; no record for empty or blank input.
static int text_next(dyad_reader *r, const dyad_record **out)
{
    if (r->done) return 0;
    r->done = true;
    const char *p = r->data + r->pos;
    size_t n = r->len - r->pos;
    if (blank(p, n)) return 0;
    dyad_record *rec = &r->rec;
    memset(rec, 0, sizeof *rec);
    rec->id = rec->story_id = r->stem;
    rec->category = "";
    rec->text = r->owned ? p : dyad__arena_strndup(&r->mem, p, n);   // NUL-terminated
    rec->text_len = n;
    rec->is_story = true;
    rec->is_sentence = true;
    rec->file = r->name;
    rec->line = 1;
    *out = rec;
    return 1;
}

// ---------------------------------------------------------------- opening

// A reader on `src` (a stream, may be NULL) or on `data`. Takes `src`.
static dyad_reader *start(reader_src *src, const char *data, size_t len, const char *name,
                          dyad_format format, dyad_error *err)
{
    if (format != DYAD_FORMAT_AUTO && format != DYAD_FORMAT_XML &&
        format != DYAD_FORMAT_JSONL && format != DYAD_FORMAT_TEXT) {
        dyad_error_set(err, DYAD_ERR_ARG, name, 0, 0, "unknown input format %d", (int)format);
        src_free(src);
        return NULL;
    }
    dyad_reader *r = dyad__xcalloc(1, sizeof *r);
    r->name = dyad__xstrdup(name);
    r->stem = name_stem(name);
    r->line = 1;
    r->src = src;
    dyad__arena_init(&r->mem, 16 * 1024);
    dyad__arena_init(&r->env_mem, 1024);
    if (format == DYAD_FORMAT_AUTO) format = by_name(name);
    if (src) {
        int rc = 0;
        if (format == DYAD_FORMAT_AUTO) {
            rc = src_peek(r, err);
            if (!rc) format = by_content(src->buf ? src->buf : "", src->end);
        }
        if (!rc && format == DYAD_FORMAT_JSONL) {   // stream it, after a BOM
            rc = src_want(r, 3, err);
            if (!rc) src->start = src->scan = skip_bom(src->buf ? src->buf : "", src->end);
        } else if (!rc) {
            rc = src_slurp(r, err);
        }
        if (rc) {
            dyad_reader_close(r);
            return NULL;
        }
    } else {
        r->data = data;
        r->len = len;
        if (format == DYAD_FORMAT_AUTO) format = by_content(data, len);
    }
    r->format = format;
    if (r->data) r->pos = skip_bom(r->data, r->len);
    if (format == DYAD_FORMAT_XML) dyad__xml_begin(r);
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
    dyad__reader_clear_pending(r);
    free(r->pending);
    free(r->exp);
    dyad__arena_dispose(&r->mem);
    dyad__arena_dispose(&r->env_mem);
    src_free(r->src);
    free(r->owned);
    free(r->name);
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
    if (r->format == DYAD_FORMAT_XML) return dyad__xml_next(r, rec, err);
    if (r->format == DYAD_FORMAT_TEXT) return text_next(r, rec);
    return dyad__jsonl_next(r, rec, err);
}

const dyad_environment *dyad_reader_environment(const dyad_reader *r)
{
    static const dyad_environment none;
    return r ? &r->env : &none;
}
