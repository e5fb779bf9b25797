// error.c: dyad_error helpers.
#include "error.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

void dyad_error_set(dyad_error *err, int code, const char *file, int line, int col,
                    const char *fmt, ...)
{
    if (!err) return;
    err->code = code;
    err->line = line > 0 ? line : 0;
    err->column = col > 0 ? col : 0;
    snprintf(err->file, sizeof err->file, "%s", file ? file : "");
    err->story_id[0] = err->sentence_id[0] = 0;
    err->offset = -1;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(err->message, sizeof err->message, fmt, ap);
    va_end(ap);
}

void dyad_error_print(const dyad_error *err, FILE *out)
{
    if (!err || !out) return;
    if (err->file[0]) {
        fputs(err->file, out);
        if (err->line > 0) {
            fprintf(out, ":%d", err->line);
            if (err->column > 0) fprintf(out, ":%d", err->column);
        }
        fputs(": ", out);
    }
    if (err->code == DYAD_WARNING) fputs("warning: ", out);
    fputs(err->message, out);
    fputc('\n', out);
}

void dyad__warn_to(dyad_diag_fn fn, void *ctx, const char *file, int line, const char *fmt,
                   va_list ap)
{
    dyad_error e = {0};
    e.code = DYAD_WARNING;
    snprintf(e.file, sizeof e.file, "%s", file ? file : "");
    e.line = line;
    vsnprintf(e.message, sizeof e.message, fmt, ap);
    if (fn) fn(ctx, &e);
}
