// cmd_serve.c: "dyad serve": the event store as a JSON API and a web page,
// over HTTP with libmicrohttpd (a thread per connection, up to
// --max-connections). The store is opened read-only for every request;
// the dictionary is loaded once and shared by the coders of POST /api/code.
#include <microhttpd.h>
#include <netdb.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

#include "serve.h"

typedef struct serve_opts {
    serve_conf conf;
    cli_dicts dicts;
    const char *listen;  // HOST:PORT
    unsigned connections;  // --max-connections
    unsigned timeout;  // --timeout seconds of an idle connection
} serve_opts;

static void serve_usage(FILE *out)
{
    fputs("usage: dyad serve --db STORE [options]\n"
          "  Serves the events of a SQLite store (docs/store.md, made by dyad code --db\n"
          "  or dyad ingest) as a JSON API under /api/ (/api/openapi.json describes it)\n"
          "  and a web page at /. The store is opened read-only.\n"
          "  --db FILE            the SQLite store (PostgreSQL is not served)\n"
          "  --listen HOST:PORT   address to listen on (127.0.0.1:8080; port 0: any\n"
          "                       free port, named on the first line written)\n"
          "  --dictionaries DIR   dictionaries for POST /api/code (dyad's own)\n"
          "  --config FILE        or a PETR_config.ini naming them\n"
          "  --max-body N         largest request body in bytes (1048576); larger: 413\n"
          "  --max-rows N         largest page of events, edges or actors (1000)\n"
          "  --max-connections N  connections served at once (64)\n"
          "  --timeout S          an idle connection is closed after S seconds (15)\n"
          "  --query-ms N         a query running longer is stopped with 503 (5000)\n"
          "  SIGINT or SIGTERM stops the server (status 0).\n",
          out);
}

static int num(const char *opt, const char *v, long lo, long hi, long *out)
{
    char *end;
    long n = strtol(v, &end, 10);
    if (end == v || *end || n < lo || n > hi) {
        fprintf(stderr, "dyad serve: %s needs a number from %ld to %ld, not '%s'\n", opt, lo, hi,
                v);
        return 2;
    }
    *out = n;
    return 0;
}

static int parse_args(int argc, char **argv, serve_opts *o)
{
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        bool has = i + 1 < argc;
        long n = 0;
        int rc = 0;
        if (!strcmp(a, "--db") && has)
            o->conf.db = argv[++i];
        else if (!strcmp(a, "--listen") && has)
            o->listen = argv[++i];
        else if (!strcmp(a, "--dictionaries") && has)
            o->dicts.dir = argv[++i];
        else if (!strcmp(a, "--config") && has)
            o->dicts.config = argv[++i];
        else if (!strcmp(a, "--max-body") && has) {
            rc = num(a, argv[++i], 1, 1L << 30, &n);
            o->conf.max_body = (size_t)n;
        } else if (!strcmp(a, "--max-rows") && has) {
            rc = num(a, argv[++i], 1, 100000, &n);
            o->conf.max_rows = (int)n;
        } else if (!strcmp(a, "--max-connections") && has) {
            rc = num(a, argv[++i], 1, 10000, &n);
            o->connections = (unsigned)n;
        } else if (!strcmp(a, "--timeout") && has) {
            rc = num(a, argv[++i], 1, 86400, &n);
            o->timeout = (unsigned)n;
        } else if (!strcmp(a, "--query-ms") && has) {
            rc = num(a, argv[++i], 1, 3600000, &n);
            o->conf.query_ms = (int)n;
        } else if (!strcmp(a, "--help") || !strcmp(a, "-h")) {
            serve_usage(stdout);
            return 1;
        } else {
            fprintf(stderr, "dyad serve: unknown option or missing value '%s'\n", a);
            serve_usage(stderr);
            return 2;
        }
        if (rc) return rc;
    }
    if (!o->conf.db) {
        fprintf(stderr, "dyad serve: --db STORE is needed\n");
        serve_usage(stderr);
        return 2;
    }
    if (strstr(o->conf.db, "://")) {
        fprintf(stderr, "dyad serve: '%s': serve reads a SQLite store (a file), not a URL\n",
                o->conf.db);
        return 2;
    }
    return 0;
}

// ---- responses

static enum MHD_Result respond(struct MHD_Connection *c, unsigned status, const char *type,
                               const void *data, size_t len, bool copy)
{
    struct MHD_Response *r = MHD_create_response_from_buffer(
        len, (void *)data, copy ? MHD_RESPMEM_MUST_COPY : MHD_RESPMEM_PERSISTENT);
    if (!r) return MHD_NO;
    MHD_add_response_header(r, "Content-Type", type);
    MHD_add_response_header(r, "X-Content-Type-Options", "nosniff");
    MHD_add_response_header(r, "Cache-Control", "no-store");
    if (!strncmp(type, "text/html", 9))
        MHD_add_response_header(r, "Content-Security-Policy",
                                "default-src 'self'; img-src 'self' data:; "
                                "frame-ancestors 'none'");
    if (status == 405) MHD_add_response_header(r, "Allow", "GET, HEAD");
    enum MHD_Result ok = MHD_queue_response(c, status, r);
    MHD_destroy_response(r);
    return ok;
}

static enum MHD_Result send_json(struct MHD_Connection *c, serve_reply rep)
{
    // 12 digits: 1.9, not 1.8999999999999999 (as dyad code writes it)
    size_t flags = JSON_COMPACT | JSON_PRESERVE_ORDER | JSON_REAL_PRECISION(12);
    char *s = rep.body ? json_dumps(rep.body, flags) : NULL;
    json_decref(rep.body);
    if (!s) return respond(c, 500, "application/json", "{\"error\":\"no memory\"}", 21, false);
    enum MHD_Result ok =
        respond(c, rep.status, "application/json; charset=utf-8", s, strlen(s), true);
    json_free_t jfree;
    json_get_alloc_funcs(NULL, &jfree);
    jfree(s);
    return ok;
}

static const char *type_of(const char *name)
{
    const char *dot = strrchr(name, '.');
    if (!dot) return "application/octet-stream";
    if (!strcmp(dot, ".html")) return "text/html; charset=utf-8";
    if (!strcmp(dot, ".js")) return "text/javascript; charset=utf-8";
    if (!strcmp(dot, ".css")) return "text/css; charset=utf-8";
    if (!strcmp(dot, ".json")) return "application/json; charset=utf-8";
    if (!strcmp(dot, ".svg")) return "image/svg+xml";
    return "application/octet-stream";
}

// A file of web/ ("/" is index.html; /api/openapi.json is openapi.json).
static enum MHD_Result send_file(struct MHD_Connection *c, const char *url)
{
    const char *name = !strcmp(url, "/")                   ? "index.html"
                       : !strcmp(url, "/api/openapi.json") ? "openapi.json"
                                                           : url + 1;
    for (size_t i = 0; i < serve_n_files; i++)
        if (!strcmp(serve_files[i].name, name))
            return respond(c, 200, type_of(name), serve_files[i].data, serve_files[i].len, false);
    static const char nf[] = "<!doctype html><title>404</title><p>Not found. The page is at "
                             "<a href=\"/\">/</a>, the API under /api/.\n";
    return respond(c, 404, "text/html; charset=utf-8", nf, sizeof nf - 1, false);
}

// ---- requests

typedef struct request {
    dyad_buf body;
    bool too_big;
} request;

static enum MHD_Result add_arg(void *cls, enum MHD_ValueKind kind, const char *key,
                               const char *value)
{
    serve_args *a = cls;
    (void)kind;
    if (a->n == SERVE_MAX_ARGS) return MHD_NO;
    a->name[a->n] = key;
    a->value[a->n++] = value ? value : "";
    return MHD_YES;
}

static enum MHD_Result get(const serve_conf *conf, struct MHD_Connection *c, const char *url)
{
    if (strncmp(url, "/api/", 5) || !strcmp(url, "/api/openapi.json")) return send_file(c, url);
    serve_args args = {.n = 0};
    if (MHD_get_connection_values(c, MHD_GET_ARGUMENT_KIND, add_arg, &args) > SERVE_MAX_ARGS)
        return send_json(c, serve_error(400, "too many parameters", NULL));
    return send_json(c, serve_query(conf, url + 5, &args));
}

static serve_reply too_big(const serve_conf *conf)
{
    char msg[96];
    snprintf(msg, sizeof msg, "the request body is larger than %zu bytes", conf->max_body);
    return serve_error(413, msg, NULL);
}

// POST /api/code, called as the body arrives: collected up to --max-body.
// A larger body is answered 413: at once when Content-Length says so, else
// (chunked) once it has been read, the rest of it dropped unread.
static enum MHD_Result post(const serve_conf *conf, struct MHD_Connection *c, request *req,
                            const char *data, size_t *size)
{
    if (*size && (req->too_big || req->body.n + *size > conf->max_body)) {
        req->too_big = true;  // read on and dropped: MHD answers only after the body
        *size = 0;
        return MHD_YES;
    }
    if (req->too_big) return send_json(c, too_big(conf));
    if (*size) {
        if (req->body.n + *size + 1 > req->body.cap) {
            size_t cap = (req->body.n + *size + 1) * 2;
            char *p = realloc(req->body.p, cap < conf->max_body + 1 ? cap : conf->max_body + 1);
            if (!p) return MHD_NO;
            req->body.p = p;
            req->body.cap = cap < conf->max_body + 1 ? cap : conf->max_body + 1;
        }
        memcpy(req->body.p + req->body.n, data, *size);
        req->body.n += *size;
        *size = 0;
        return MHD_YES;
    }
    return send_json(c, serve_code(conf, req->body.p ? req->body.p : "", req->body.n));
}

static enum MHD_Result handle(void *cls, struct MHD_Connection *c, const char *url,
                              const char *method, const char *version, const char *data,
                              size_t *size, void **state)
{
    const serve_conf *conf = cls;
    (void)version;
    bool is_code = !strcmp(url, "/api/code");
    if (!*state) {  // the headers: decide at once what needs no body
        request *req = calloc(1, sizeof *req);
        if (!req) return MHD_NO;
        *state = req;
        if (is_code && !strcmp(method, "POST")) {
            const char *cl =
                MHD_lookup_connection_value(c, MHD_HEADER_KIND, MHD_HTTP_HEADER_CONTENT_LENGTH);
            if (cl && strtoull(cl, NULL, 10) > conf->max_body) return send_json(c, too_big(conf));
            return MHD_YES;
        }
    }
    if (is_code && !strcmp(method, "POST")) return post(conf, c, *state, data, size);
    if (*size) {  // a body where none is read
        *size = 0;
        return MHD_YES;
    }
    if (is_code) {
        serve_reply r = serve_error(405, "POST a JSON body {\"text\": ..., \"date\": ...}", NULL);
        return send_json(c, r);
    }
    if (strcmp(method, "GET") && strcmp(method, "HEAD")) {
        if (strncmp(url, "/api/", 5)) return respond(c, 405, "text/plain", "GET only\n", 9, false);
        return send_json(c, serve_error(405, "this path takes GET", NULL));
    }
    return get(conf, c, url);
}

static void completed(void *cls, struct MHD_Connection *c, void **state,
                      enum MHD_RequestTerminationCode why)
{
    (void)cls, (void)c, (void)why;
    request *req = *state;
    if (req) free(req->body.p);
    free(req);
    *state = NULL;
}

// ---- the server

// The store must open read-only and hold schema version 1.
static int check_store(const char *path)
{
    sqlite3 *h = NULL;
    sqlite3_stmt *st = NULL;
    int rc = sqlite3_open_v2(path, &h, SQLITE_OPEN_READONLY, NULL);
    if (rc == SQLITE_OK)
        rc = sqlite3_prepare_v2(h, "SELECT value FROM dyad_meta WHERE key = 'schema_version'", -1,
                                &st, NULL);
    const char *v = NULL;
    if (rc == SQLITE_OK && sqlite3_step(st) == SQLITE_ROW)
        v = (const char *)sqlite3_column_text(st, 0);
    bool ok = v && !strcmp(v, "1");
    if (!ok)
        fprintf(stderr, "dyad serve: %s: %s\n", path,
                rc != SQLITE_OK ? sqlite3_errmsg(h)
                                : "not a dyad store of schema version 1 (docs/store.md)");
    sqlite3_finalize(st);
    sqlite3_close(h);
    return ok ? 0 : 1;
}

static int resolve(const char *listen, struct addrinfo **ai)
{
    char host[256];
    const char *colon = strrchr(listen, ':');
    size_t n = colon ? (size_t)(colon - listen) : 0;
    if (n && listen[0] == '[' && listen[n - 1] == ']') listen++, n -= 2;
    if (!colon || !n || n >= sizeof host || !colon[1]) goto bad;
    memcpy(host, listen, n);
    host[n] = 0;
    struct addrinfo hints = {.ai_socktype = SOCK_STREAM, .ai_flags = AI_NUMERICSERV};
    if (getaddrinfo(host, colon + 1, &hints, ai) == 0) return 0;
bad:
    fprintf(stderr,
            "dyad serve: --listen needs HOST:PORT (127.0.0.1:8080, [::1]:8080), not "
            "'%s'\n",
            listen);
    return 2;
}

static struct MHD_Daemon *start(serve_opts *o, const struct addrinfo *ai)
{
    unsigned flags = MHD_USE_AUTO | MHD_USE_INTERNAL_POLLING_THREAD |
                     MHD_USE_THREAD_PER_CONNECTION | MHD_USE_ERROR_LOG;
    if (ai->ai_family == AF_INET6) flags |= MHD_USE_IPv6;
    return MHD_start_daemon(flags, 0, NULL, NULL, handle, &o->conf, MHD_OPTION_SOCK_ADDR,
                            ai->ai_addr, MHD_OPTION_CONNECTION_LIMIT, o->connections,
                            MHD_OPTION_CONNECTION_TIMEOUT, o->timeout, MHD_OPTION_NOTIFY_COMPLETED,
                            completed, NULL, MHD_OPTION_END);
}

static int serve(serve_opts *o)
{
    struct addrinfo *ai;
    int rc = resolve(o->listen, &ai);
    if (rc) return rc;
    struct MHD_Daemon *d = start(o, ai);
    char host[256] = "?";
    getnameinfo(ai->ai_addr, ai->ai_addrlen, host, sizeof host, NULL, 0, NI_NUMERICHOST);
    bool v6 = ai->ai_family == AF_INET6;
    freeaddrinfo(ai);
    if (!d) {
        fprintf(stderr, "dyad serve: cannot listen on %s\n", o->listen);
        return 1;
    }
    const union MHD_DaemonInfo *info = MHD_get_daemon_info(d, MHD_DAEMON_INFO_BIND_PORT);
    fprintf(stderr, "dyad serve: http://%s%s%s:%u/ serving %s (read-only)\n", v6 ? "[" : "", host,
            v6 ? "]" : "", info ? info->port : 0, o->conf.db);
    if (strcmp(host, "127.0.0.1") && strcmp(host, "::1"))
        fprintf(stderr,
                "dyad serve: %s is not a loopback address: whoever reaches it can read "
                "the store and use the coder\n",
                host);
    cli_catch_signals();
    while (!cli_stop_signal()) {
        struct timespec ts = {0, 100000000};
        nanosleep(&ts, NULL);
    }
    MHD_stop_daemon(d);
    fprintf(stderr, "dyad serve: stopped\n");
    return 0;
}

int cmd_serve(int argc, char **argv)
{
    serve_opts o = {
        .conf = {.max_body = 1 << 20, .max_rows = 1000, .query_ms = 5000},
        .listen = "127.0.0.1:8080",
        .connections = 64,
        .timeout = 15,
    };
    dyad_options def = DYAD_OPTIONS_INIT;
    o.conf.coder = def;
    dyad_options_news(&o.conf.coder, true);
    int rc = parse_args(argc, argv, &o);
    if (rc) return rc == 1 ? 0 : rc;
    if (check_store(o.conf.db)) return 1;
    o.conf.dict = dyad_dict_new();
    if (cli_load_default(o.conf.dict, &o.dicts) < 0) {
        dyad_dict_free(o.conf.dict);
        return 1;
    }
    rc = serve(&o);
    dyad_dict_free(o.conf.dict);
    return rc;
}
