// reader.h: the record reader's internals, shared by reader.c and the two
// backends (xml_read.c, jsonl_read.c).
#ifndef DYAD_READER_H
#define DYAD_READER_H

#include "dyad.h"
#include "util.h"

// A <Config> seen but not yet handed out with a record (heap strings).
typedef struct pending_setting {
    char *option, *value;
} pending_setting;

struct dyad_reader {
    const char *data;      // the whole input (not NUL-terminated for _mem)
    size_t len;
    char *owned;           // data when the reader read it itself, else NULL
    char *name;            // file name for records and errors
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
void reader_clear_pending(dyad_reader *r);

// XML backend. xml_begin reads what precedes the first record (the
// <Environment> and any <Config>), so the environment is known at open.
void xml_begin(dyad_reader *r);
int xml_next(dyad_reader *r, const dyad_record **rec, dyad_error *err);

// JSON Lines backend.
int jsonl_next(dyad_reader *r, const dyad_record **rec, dyad_error *err);

#endif
