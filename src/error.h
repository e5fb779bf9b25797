// error.h: filling a dyad_error (private to the library).
#ifndef DYAD_ERROR_H
#define DYAD_ERROR_H

#include <stdarg.h>

#include "dyad.h"

// Fill `err` (which may be NULL) with a code, a position and a printf-style
// message. `file` may be NULL; line and col are 0 when unknown. Long
// messages and file names are truncated.
void dyad_error_set(dyad_error *err, int code, const char *file, int line, int col,
                    const char *fmt, ...) __attribute__((format(printf, 6, 7)));

// Send a DYAD_WARNING "file:line: message" to `fn` (may be NULL).
void dyad__warn_to(dyad_diag_fn fn, void *ctx, const char *file, int line, const char *fmt,
                   va_list ap);

#endif
