// reader.h: the record reader's internals, shared by reader.c and the
// backends (xml_read.c, jsonl_read.c; plain text is in reader.c).
//
// Input from plain memory is read in place (`data`, `len`). A file, stdin or
// gzip data is a stream (`src`) read into a growable buffer, and memory stays
// bounded by the largest record, which max_story caps:
// - JSON Lines: dyad__reader_getline hands out one line at a time;
// - PETRARCH XML: `data`/`len` is a window on the stream's buffer holding
//   the next record; xml_read.c parses it as if it were the whole input and,
//   when the record reached the end of the window, asks dyad__reader_more for
//   a larger one and parses the record again (so the result is the same as
//   on the whole input);
// - plain text (one story per input) is read into the buffer whole.
// A record larger than max_story is refused (DYAD_ERR_LIMIT with its line)
// and reading goes on after it.
#ifndef DYAD_READER_H
#define DYAD_READER_H

#include <zlib.h>

#include "dyad.h"
#include "util.h"

// A (decompressing) input stream: a file or stdin through zlib (plain or
// gzip), gzip data in memory, or either through libarchive (archive_read.c)
// when it holds other compressed data or a zip archive.
typedef struct reader_src {
    gzFile gz;                  // a file or stdin (zlib reads plain files too)
    z_stream zs;                // or gzip data in memory
    const unsigned char *zin;   // the memory not yet handed to zs
    size_t zin_left;
    bool zs_live, zs_end;       // zs initialized; its last member ended
    char *buf;                  // decompressed bytes [start, end) not yet used
    size_t start, scan, end, cap;   // scan: where to look for the next '\n'
    bool eof;
    // libarchive: it reads `pre` first, then the rest of gz or zs
    struct archive *ar;         // NULL when not used
    const char *pre;            // bytes read before libarchive took over
    size_t pre_len;
    char *pre_own, *rbuf;       // pre when copied; the read callback's buffer
    bool multi;                 // an archive of members (zip), not one stream
    bool ar_done;               // no more members (or a fatal error)
} reader_src;
typedef struct csv_table csv_table;    // a CSV or TSV input's header and row

// The fields a story is read from, by their names in the input
// (dyad_reader_set_fields).
enum { FIELD_ID, FIELD_DATE, FIELD_TITLE, FIELD_TEXT, N_FIELDS };

// A <Config> seen but not yet handed out with a record (heap strings).
typedef struct pending_setting {
    char *option, *value;
} pending_setting;

struct dyad_reader {
    const char *data;      // the whole input (not NUL-terminated for _mem), or
                           // the window on a streamed XML input, or NULL
    size_t len;
    reader_src *src;       // the stream, or NULL for input in plain memory
    size_t max_story;      // the largest record read, in bytes
    char *name;            // file name for records and errors
    char *stem;            // name without folder and extensions, for default ids
    dyad_format format;
    size_t pos;            // cursor into data
    size_t rec_at;         // where the current XML <Sentence> tag starts
    int line;              // line of data[pos], 1-based
    bool done;             // end of input (or an XML <Stop>)
    arena mem;             // the current record and its strings
    arena env_mem;         // environment strings (reader lifetime)
    dyad_environment env;
    dyad_record rec;
    pending_setting *pending;  // XML <Config> tags since the last record
    size_t n_pending, cap_pending;
    dyad_expected *exp;        // scratch for the current record's gold events
    size_t n_exp, cap_exp;
    int begin_rc;              // an error of dyad__xml_begin not yet handed out
    dyad_error begin_err;
    char *fields[N_FIELDS];    // field names set by dyad_reader_set_fields, or NULL
    csv_table *csv;            // CSV and TSV: the header, once read
    char *path;                // the file's own name (name is "path:member"
                               // while reading an archive's member)
    dyad_format want_format;   // the format asked for (for each member)
    bool member_next;          // the member ended: go on to the next one
    int open_rc;               // the first member's refusal, handed out by the
    dyad_error open_err;       // first dyad_reader_next (0: none)
};

// The name of field k (FIELD_ID, ...): the one set, or the default.
const char *dyad__reader_field(const dyad_reader *r, int k);

// Free the pending settings (after they were copied into a record).
void dyad__reader_clear_pending(dyad_reader *r);

// XML backend. dyad__xml_begin reads what precedes the first record (the
// <Environment> and any <Config>), so the environment is known at open; it
// returns 0, DYAD_ERR_IO (the input cannot be read) or DYAD_ERR_LIMIT (too
// much before the first record: kept in begin_rc/begin_err for the first
// dyad__xml_next).
int dyad__xml_begin(dyad_reader *r, dyad_error *err);
int dyad__xml_next(dyad_reader *r, const dyad_record **rec, dyad_error *err);

// The next line of the input, without its '\n': 1 with *p, *n and *line
// (1-based) set, 0 at the end, DYAD_ERR_LIMIT for a line longer than
// max_story (err filled; the line is skipped, reading goes on), or
// DYAD_ERR_IO on a read error such as a corrupt or truncated gzip stream
// (err filled; the reader then ends). *p stays valid until the next call.
int dyad__reader_getline(dyad_reader *r, const char **p, size_t *n, int *line, dyad_error *err);

// Streamed XML: read more of the stream into the window, keeping the bytes
// from r->pos on (r->data, r->len and r->pos are updated; r->pos keeps its
// meaning). The free room grows with the bytes kept, so that parsing a
// record again after each call costs a constant factor. Returns the bytes
// added, 0 at the end of the input, or DYAD_ERR_IO (err filled).
int dyad__reader_more(dyad_reader *r, dyad_error *err);
// Whether everything after the cursor is in the window (not streamed, or
// the stream ended).
bool dyad__reader_at_eof(const dyad_reader *r);

// libarchive (archive_read.c). dyad__archive_magic: whether data starts
// like compressed data or an archive libarchive reads (bzip2, xz, zstd,
// lz4, compress, zip). dyad__archive_open makes libarchive read s (its
// buffered bytes first, then the rest) and reads the first header: 0, or
// DYAD_ERR_IO with err. dyad__archive_read: bytes, 0 at the end of the
// member, -1 with *why. dyad__archive_next: the next member's name, NULL
// at the end (or with *why on an error).
bool dyad__archive_magic(const char *data, size_t len);
int dyad__archive_open(reader_src *s, const char *name, const char **member, dyad_error *err);
long dyad__archive_read(reader_src *s, char *out, size_t cap, const char **why);
const char *dyad__archive_next(reader_src *s, const char **why);
void dyad__archive_close(reader_src *s);
// Inflate gzip data from memory (reader.c), for the archive reader.
long dyad__inflate_mem(reader_src *s, char *out, size_t cap, const char **why);

// JSON Lines backend.
int dyad__jsonl_next(dyad_reader *r, const dyad_record **rec, dyad_error *err);

// CSV and TSV backend (csv_read.c); dyad__csv_free frees r->csv.
int dyad__csv_next(dyad_reader *r, const dyad_record **rec, dyad_error *err);
void dyad__csv_free(dyad_reader *r);
// Whether p starts like a table: a header line of names separated by
// `delim`, then rows of as many fields (*n_fields).
bool dyad__csv_tabular(const char *p, size_t n, char delim, size_t *n_fields);

#endif
