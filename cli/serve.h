// serve.h: dyad serve's parts: the query endpoints (serve_query.c), the
// coder endpoint (serve_code.c) and the page and description embedded from
// web/ at build time (build/gen/web.c, tools/embed-web).
#ifndef DYAD_SERVE_H
#define DYAD_SERVE_H

#include <jansson.h>
#include <stddef.h>

#include "cli.h"

#define SERVE_MAX_ARGS 32

typedef struct serve_conf {
    const char *db;  // the SQLite store, opened read-only per request
    dyad_dict *dict;  // loaded once; read-only while serving
    dyad_options coder;  // dyad code's news defaults
    size_t max_body;  // --max-body bytes of a request body
    int max_rows;  // --max-rows: the largest page (limit, top)
    int query_ms;  // --query-ms: a query running longer is stopped
} serve_conf;

// The query string of a request: names and values as received (decoded).
typedef struct serve_args {
    int n;
    const char *name[SERVE_MAX_ARGS];
    const char *value[SERVE_MAX_ARGS];
} serve_args;

// An API answer: the HTTP status and the JSON body (owned by the caller).
typedef struct serve_reply {
    unsigned status;
    json_t *body;
} serve_reply;

// {"error": msg, "parameter": param} (no parameter when NULL) with `status`.
serve_reply serve_error(unsigned status, const char *msg, const char *param);

// GET /api/events, /api/timeline, /api/dyads, /api/actors and
// /api/stories/{id}: `path` after "/api/". Unknown paths give 404.
serve_reply serve_query(const serve_conf *conf, const char *path, const serve_args *args);

// POST /api/code: the JSON body {"text": "...", "date": "YYYY-MM-DD"}.
serve_reply serve_code(const serve_conf *conf, const char *body, size_t len);

// The files of web/, embedded.
typedef struct serve_file {
    const char *name;  // "index.html"
    const unsigned char *data;
    size_t len;
} serve_file;
extern const serve_file serve_files[];
extern const size_t serve_n_files;

#endif
