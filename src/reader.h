// reader.h: the record reader's internals, shared by reader.c and the
// backends (xml_read.c, jsonl_read.c; plain text is in reader.c).
//
// Inputs are read in one of two ways. XML and plain text are read whole into
// `data` (from memory, a file, stdin, or gzip-decompressed). JSON Lines from a
// file or gzip is streamed: `src` hands out one line at a time from a
// growable buffer, so memory stays bounded by the longest line. JSON Lines
// from plain memory is read in place. Either way the backends ask
// dyad__reader_getline for lines.
#ifndef DYAD_READER_H
#define DYAD_READER_H

#include "dyad.h"
#include "util.h"

typedef struct reader_src reader_src;  // a (decompressing) input stream

// A <Config> seen but not yet handed out with a record (heap strings).
typedef struct pending_setting {
    char *option, *value;
} pending_setting;

struct dyad_reader {
    const char *data;      // the whole input (not NUL-terminated for _mem);
                           // NULL while streaming
    size_t len;
    char *owned;           // data when the reader read it itself, else NULL
    reader_src *src;       // the stream when JSON Lines are streamed, else NULL
    char *name;            // file name for records and errors
    char *stem;            // name without folder and extensions, for default ids
    dyad_format format;
    size_t pos;            // cursor into data
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
};

// Free the pending settings (after they were copied into a record).
void dyad__reader_clear_pending(dyad_reader *r);

// XML backend. dyad__xml_begin reads what precedes the first record (the
// <Environment> and any <Config>), so the environment is known at open.
void dyad__xml_begin(dyad_reader *r);
int dyad__xml_next(dyad_reader *r, const dyad_record **rec, dyad_error *err);

// The next line of the input, without its '\n': 1 with *p, *n and *line
// (1-based) set, 0 at the end, or DYAD_ERR_IO on a read error such as a
// corrupt or truncated gzip stream (err filled; the reader then ends). *p
// stays valid until the next call.
int dyad__reader_getline(dyad_reader *r, const char **p, size_t *n, int *line, dyad_error *err);

// JSON Lines backend.
int dyad__jsonl_next(dyad_reader *r, const dyad_record **rec, dyad_error *err);

#endif
