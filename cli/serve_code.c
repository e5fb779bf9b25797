// serve_code.c: POST /api/code: {"text": "...", "date": "YYYY-MM-DD"} coded
// as a story by a coder made for the request (sharing the dictionary, which
// coding only reads); the events as dyad code writes them, not stored.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "serve.h"

typedef struct coded {
    dyad_buf lines;  // the events as JSON Lines
    int sentences;
} coded;

static int on_sentence(void *ctx, const dyad_record *rec, const dyad_result *res)
{
    coded *c = ctx;
    c->sentences++;
    for (size_t i = 0; i < res->n_events; i++)
        dyad_format_event_json(&c->lines, rec, &res->events[i]);
    return 0;
}

// The JSON lines of `c` as an array.
static json_t *events_array(const coded *c)
{
    json_t *a = json_array();
    const char *p = c->lines.p, *end = p + c->lines.n;
    while (p && p < end) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        size_t n = nl ? (size_t)(nl - p) : (size_t)(end - p);
        json_t *ev = json_loadb(p, n, 0, NULL);
        if (ev) json_array_append_new(a, ev);
        p += n + 1;
    }
    return a;
}

// The request's text and date, checked; NULL text with a 400 in *r.
static const char *request(json_t *body, int32_t *date, serve_reply *r)
{
    const char *key;
    json_t *v;
    json_object_foreach(body, key, v)
    {
        if (strcmp(key, "text") && strcmp(key, "date")) {
            *r = serve_error(400, "unknown key: the body takes text and date", key);
            return NULL;
        }
    }
    const char *text = json_string_value(json_object_get(body, "text"));
    if (!text || !*text) {
        *r = serve_error(400, "needs the story text as a non-empty string", "text");
        return NULL;
    }
    v = json_object_get(body, "date");
    *date = 0;
    if (v && !json_is_null(v)) {
        const char *d = json_string_value(v);
        if (!d || !(*date = cli_date_value(d))) {
            *r = serve_error(400, "needs a calendar date YYYY-MM-DD", "date");
            return NULL;
        }
    }
    return text;
}

serve_reply serve_code(const serve_conf *conf, const char *body, size_t len)
{
    json_error_t jerr;
    json_t *req = json_loadb(body, len, JSON_REJECT_DUPLICATES, &jerr);
    if (!json_is_object(req)) {
        json_decref(req);
        return serve_error(400, "needs a JSON object {\"text\": ..., \"date\": ...}", "body");
    }
    serve_reply r;
    int32_t date;
    const char *text = request(req, &date, &r);
    if (!text) {
        json_decref(req);
        return r;
    }
    dyad_record rec = {
        .id = "request",
        .story_id = "request",
        .category = "",
        .date = date,
        .text = text,
        .text_len = strlen(text),
        .is_story = true,
        .file = "request",
        .line = 1,
    };
    dyad_coder *coder = dyad_coder_new(conf->dict, &conf->coder);
    coded c = {.sentences = 0};
    dyad_error err = {0};
    int rc = dyad_code_story(coder, &rec, on_sentence, &c, &err);
    dyad_coder_free(coder);
    json_decref(req);
    if (rc < 0)
        r = serve_error(400, err.message, "text");
    else
        r = (serve_reply){
            200, json_pack("{sosi}", "events", events_array(&c), "sentences", c.sentences)};
    free(c.lines.p);
    return r;
}
