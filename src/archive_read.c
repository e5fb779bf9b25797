// archive_read.c: compressed inputs other than gzip (bzip2, xz, zstd, lz4,
// compress) and zip archives, read through libarchive. The stream's bytes
// already read (to tell what the input is) are handed to libarchive first,
// then the rest of the file or memory. A single compressed stream is one
// input; a zip archive's members are inputs of their own (reader.c).
#include "reader.h"

#include <archive.h>
#include <archive_entry.h>
#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include "error.h"

#define READ_CHUNK (64 * 1024)

bool dyad__archive_magic(const char *data, size_t len)
{
    static const struct {
        const char *magic;
        size_t len;
    } magics[] = {
        {"BZh", 3},                  // bzip2
        {"\xFD" "7zXZ\0", 6},        // xz
        {"\x28\xB5\x2F\xFD", 4},     // zstd
        {"\x04\x22\x4D\x18", 4},     // lz4
        {"\x1F\x9D", 2},             // compress (.Z)
        {"PK\x03\x04", 4},           // zip
        {"PK\x05\x06", 4},           // an empty zip
    };
    for (size_t i = 0; i < sizeof magics / sizeof magics[0]; i++)
        if (len >= magics[i].len && memcmp(data, magics[i].magic, magics[i].len) == 0) {
            if (i > 0) return true;
            // bzip2: "BZh", a block size digit, then a block or the end
            const unsigned char *p = (const unsigned char *)data;
            if (len < 4 || p[3] < '1' || p[3] > '9') return false;
            return len < 10 || memcmp(p + 4, "1AY&SY", 6) == 0 ||
                   memcmp(p + 4, "\x17\x72\x45\x38\x50\x90", 6) == 0;
        }
    return false;
}

// libarchive's read callback: the bytes read before, then the rest.
static la_ssize_t feed(struct archive *a, void *ctx, const void **out)
{
    reader_src *s = ctx;
    if (s->pre_len) {
        *out = s->pre;
        la_ssize_t n = (la_ssize_t)s->pre_len;
        s->pre_len = 0;
        return n;
    }
    if (!s->rbuf) s->rbuf = dyad__xmalloc(READ_CHUNK);
    *out = s->rbuf;
    if (s->gz) {
        int n = gzread(s->gz, s->rbuf, READ_CHUNK);
        if (n < 0) {
            int zerr = Z_OK;
            const char *m = gzerror(s->gz, &zerr);
            archive_set_error(a, EIO, "%s", zerr == Z_ERRNO ? strerror(errno) : m);
            return -1;
        }
        return n;
    }
    if (s->zs_live) {
        const char *why = NULL;
        long n = dyad__inflate_mem(s, s->rbuf, READ_CHUNK, &why);
        if (n < 0) {
            archive_set_error(a, EIO, "%s", why);
            return -1;
        }
        return n;
    }
    return 0;
}

// The next member that is a file (directories are passed over), or NULL.
static const char *next_file(reader_src *s, const char **why)
{
    struct archive_entry *e;
    for (;;) {
        int rc = archive_read_next_header(s->ar, &e);
        if (rc == ARCHIVE_EOF) {
            s->ar_done = true;
            return NULL;
        }
        if (rc < ARCHIVE_WARN) {
            s->ar_done = true;
            *why = archive_error_string(s->ar);
            if (!*why) *why = "corrupt archive";
            return NULL;
        }
        if (archive_entry_filetype(e) == AE_IFDIR) continue;
        const char *name = archive_entry_pathname(e);
        return name && *name ? name : "?";
    }
}

int dyad__archive_open(reader_src *s, const char *name, const char **member, dyad_error *err)
{
    if (!s->pre) {   // the bytes buffered so far go to libarchive first
        s->pre_own = dyad__xmalloc(s->end ? s->end : 1);
        memcpy(s->pre_own, s->buf, s->end);
        s->pre = s->pre_own;
        s->pre_len = s->end;
    }
    s->start = s->scan = s->end = 0;
    s->eof = false;
    s->ar = archive_read_new();
    if (!s->ar) {
        dyad_error_set(err, DYAD_ERR_IO, name, 0, 0, "cannot start libarchive: out of memory");
        return DYAD_ERR_IO;
    }
    archive_read_support_filter_all(s->ar);
    archive_read_support_format_zip(s->ar);
    archive_read_support_format_raw(s->ar);
    const char *why = NULL;
    *member = NULL;
    if (archive_read_open(s->ar, s, NULL, feed, NULL) == ARCHIVE_OK) *member = next_file(s, &why);
    else why = archive_error_string(s->ar);
    s->multi = archive_format(s->ar) != ARCHIVE_FORMAT_RAW;
    if (*member || (s->multi && !why)) return 0;
    dyad_error_set(err, DYAD_ERR_IO, name, 0, 0, "cannot read: %s",
                   why ? why : "not a compressed file dyad reads");
    return DYAD_ERR_IO;
}

long dyad__archive_read(reader_src *s, char *out, size_t cap, const char **why)
{
    if (s->ar_done) return 0;
    la_ssize_t n = archive_read_data(s->ar, out, cap < INT_MAX ? cap : INT_MAX);
    if (n >= 0) return (long)n;
    *why = archive_error_string(s->ar);
    if (!*why) *why = "corrupt compressed data";
    s->ar_done = true;
    return -1;
}

const char *dyad__archive_next(reader_src *s, const char **why)
{
    if (s->ar_done) return NULL;
    return next_file(s, why);
}

void dyad__archive_close(reader_src *s)
{
    if (s->ar) archive_read_free(s->ar);
    s->ar = NULL;
    free(s->pre_own);
    free(s->rbuf);
    s->pre_own = s->rbuf = NULL;
}
