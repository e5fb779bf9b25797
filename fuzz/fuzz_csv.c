// fuzz_csv.c: libFuzzer target for the CSV and TSV reader. The first byte
// picks CSV or TSV, renamed fields and a small row limit; the rest is the
// input. Reads every record and checks what a record promises: NUL-free
// text of text_len bytes, a meta object or NULL, a date or 0.
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "dyad.h"

static size_t touch(const char *s) { return s ? strlen(s) : 0; }

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (!size) return 0;
    unsigned mode = data[0];
    dyad_error err;
    dyad_reader *r = dyad_reader_open_mem((const char *)data + 1, size - 1, "fuzz.csv",
                                          (mode & 1) ? DYAD_FORMAT_TSV : DYAD_FORMAT_CSV, &err);
    if (!r) return 0;
    if (mode & 2) dyad_reader_set_max_story_bytes(r, 64);
    if (mode & 4) {
        dyad_fields f = {.id = "ID", .date = "when", .title = "", .text = "body"};
        dyad_reader_set_fields(r, &f);
    }
    volatile size_t sink = 0;
    const dyad_record *rec;
    int rc, n = 0;
    while ((rc = dyad_reader_next(r, &rec, &err)) != 0) {
        if (++n > 1000000) abort();   // a reader that never ends
        if (rc < 0) {
            // a record's error has its line; a stream that cannot be read at
            // all (a corrupt compressed input) is named without one; a zip
            // member is named "fuzz.csv:member"
            if (!err.message[0] || strncmp(err.file, "fuzz.csv", 8) != 0 ||
                (err.line < 1 && err.code != DYAD_ERR_IO))
                abort();
            continue;
        }
        if (!rec->text || strlen(rec->text) != rec->text_len || !rec->is_story) abort();
        if (!rec->id || !*rec->id || rec->line < 1) abort();
        if (rec->date && (rec->date < 101 || rec->date > 99991231)) abort();
        if (rec->meta) {
            size_t m = strlen(rec->meta);
            if (m < 2 || rec->meta[0] != '{' || rec->meta[m - 1] != '}') abort();
        }
        sink += touch(rec->id) + touch(rec->title) + touch(rec->meta) + touch(rec->file);
    }
    (void)sink;
    dyad_reader_close(r);
    return 0;
}
