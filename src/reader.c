// reader.c: opening inputs, detecting their format and handing records out.
#include "reader.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "error.h"

static bool ends_with(const char *s, const char *suffix)
{
    size_t n = strlen(s), m = strlen(suffix);
    if (n < m) return false;
    for (size_t i = 0; i < m; i++)
        if (ascii_upper(s[n - m + i]) != ascii_upper(suffix[i])) return false;
    return true;
}

// Offset of the first byte after a UTF-8 byte-order mark, if any.
static size_t skip_bom(const char *data, size_t len)
{
    return len >= 3 && memcmp(data, "\xEF\xBB\xBF", 3) == 0 ? 3 : 0;
}

static int first_graphic(const char *data, size_t len)
{
    for (size_t i = skip_bom(data, len); i < len; i++)
        if (!is_space((unsigned char)data[i])) return (unsigned char)data[i];
    return -1;
}

static dyad_format detect(const char *name, const char *data, size_t len)
{
    if (ends_with(name, ".xml")) return DYAD_FORMAT_XML;
    if (ends_with(name, ".jsonl") || ends_with(name, ".json")) return DYAD_FORMAT_JSONL;
    int c = first_graphic(data, len);
    if (c == '<' || c == -1) return DYAD_FORMAT_XML;  // empty input: no records
    if (c == '{') return DYAD_FORMAT_JSONL;
    return DYAD_FORMAT_AUTO;
}

static bool is_gzip(const char *data, size_t len)
{
    return len >= 2 && (unsigned char)data[0] == 0x1f && (unsigned char)data[1] == 0x8b;
}

static dyad_reader *reader_new(const char *data, size_t len, const char *name,
                               dyad_format format)
{
    dyad_reader *r = xcalloc(1, sizeof *r);
    r->data = data;
    r->len = len;
    r->name = xstrdup(name);
    r->format = format;
    r->pos = skip_bom(data, len);
    r->line = 1;
    arena_init(&r->mem, 16 * 1024);
    arena_init(&r->env_mem, 1024);
    if (format == DYAD_FORMAT_XML) xml_begin(r);
    return r;
}

static dyad_reader *start(const char *data, size_t len, const char *name,
                          dyad_format format, dyad_error *err)
{
    if (is_gzip(data, len)) {
        dyad_error_set(err, DYAD_ERR_IO, name, 0, 0,
                       "input is gzip-compressed; decompress it first, "
                       "e.g. zcat FILE | dyad ... -");
        return NULL;
    }
    if (format != DYAD_FORMAT_XML && format != DYAD_FORMAT_JSONL) {
        if (format != DYAD_FORMAT_AUTO) {
            dyad_error_set(err, DYAD_ERR_ARG, name, 0, 0, "unknown input format %d",
                           (int)format);
            return NULL;
        }
        format = detect(name, data, len);
    }
    if (format == DYAD_FORMAT_AUTO) {
        dyad_error_set(err, DYAD_ERR_ARG, name, 0, 0,
                       "cannot tell the input format: expected PETRARCH XML "
                       "(starting with '<') or JSON Lines (starting with '{')");
        return NULL;
    }
    return reader_new(data, len, name, format);
}

// Read all of stdin; NULL with errno set on a read error.
static char *read_stdin(size_t *len)
{
    strbuf b = STRBUF_INIT;
    char tmp[65536];
    size_t got;
    while ((got = fread(tmp, 1, sizeof tmp, stdin)) > 0) sb_put(&b, tmp, got);
    if (ferror(stdin)) {
        sb_dispose(&b);
        errno = EIO;
        return NULL;
    }
    sb_cstr(&b);
    *len = b.n;
    return b.p;
}

dyad_reader *dyad_reader_open(const char *path, dyad_format format, dyad_error *err)
{
    if (!path || !*path) {
        dyad_error_set(err, DYAD_ERR_ARG, NULL, 0, 0, "no input file given");
        return NULL;
    }
    if (ends_with(path, ".gz")) {
        dyad_error_set(err, DYAD_ERR_IO, path, 0, 0,
                       "gzip input is not supported; pipe it through zcat: "
                       "zcat %s | dyad ... -", path);
        return NULL;
    }
    bool std = strcmp(path, "-") == 0;
    size_t len = 0;
    char *data = std ? read_stdin(&len) : read_file(path, &len);
    const char *name = std ? "<stdin>" : path;
    if (!data) {
        dyad_error_set(err, DYAD_ERR_IO, name, 0, 0, "cannot read: %s", strerror(errno));
        return NULL;
    }
    dyad_reader *r = start(data, len, name, format, err);
    if (!r) {
        free(data);
        return NULL;
    }
    r->owned = data;
    return r;
}

dyad_reader *dyad_reader_open_mem(const char *data, size_t len, const char *name,
                                  dyad_format format, dyad_error *err)
{
    if (!data && len) {
        dyad_error_set(err, DYAD_ERR_ARG, name, 0, 0, "no input data");
        return NULL;
    }
    return start(data ? data : "", len, name ? name : "<memory>", format, err);
}

void reader_clear_pending(dyad_reader *r)
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
    reader_clear_pending(r);
    free(r->pending);
    free(r->exp);
    arena_dispose(&r->mem);
    arena_dispose(&r->env_mem);
    free(r->owned);
    free(r->name);
    free(r);
}

int dyad_reader_next(dyad_reader *r, const dyad_record **rec, dyad_error *err)
{
    if (!r || !rec) {
        dyad_error_set(err, DYAD_ERR_ARG, NULL, 0, 0, "dyad_reader_next: null argument");
        return DYAD_ERR_ARG;
    }
    *rec = NULL;
    arena_reset(&r->mem);
    if (r->format == DYAD_FORMAT_XML) return xml_next(r, rec, err);
    return jsonl_next(r, rec, err);
}

const dyad_environment *dyad_reader_environment(const dyad_reader *r)
{
    static const dyad_environment none;
    return r ? &r->env : &none;
}
