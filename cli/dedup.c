// dedup.c: events kept once: per story (source, target, code) or per day
// (date, source, target, code, with the ids of the events merged), for
// `dyad code --dedup` and `dyad dedup`.
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

// An event held (day) or a key seen (story).
typedef struct held {
    char *key;  // "date|story \x1f source \x1f target \x1f code"
    char *line;  // day: the first event's line
    size_t n;
    dyad_buf ids;  // day: "\"id\",\"id\"" of the events it stands for
    dyad_buf stories;  // day: the same of their stories, each once
    char *last_story;  // day: the story id added last to `stories`
} held;

struct dedup {
    dedup_mode mode;
    bool json;
    char *group;  // the story or date now held
    held *v;  // in order of first occurrence
    size_t n, cap;
    int32_t *slot;  // open addressing over v: index + 1, 0 empty
    size_t n_slot;
    char **closed;  // day: dates already written
    size_t n_closed, cap_closed;
    bool warned;
};

static void *xrealloc(void *p, size_t n)
{
    p = realloc(p, n ? n : 1);
    if (!p) {
        char msg[96];
        snprintf(msg, sizeof msg, "out of memory allocating %zu bytes for --dedup", n);
        cli_out_of_memory(NULL, n, msg);
    }
    return p;
}

static char *xstrdup(const char *s)
{
    size_t n = strlen(s) + 1;
    return memcpy(xrealloc(NULL, n), s, n);
}

static uint64_t hash(const char *s)
{
    uint64_t h = 1469598103934665603u;
    for (; *s; s++) h = (h ^ (unsigned char)*s) * 1099511628211u;
    return h;
}

int dedup_parse_mode(const char *prog, const char *opt, const char *v, dedup_mode *out)
{
    if (!strcmp(v, "story"))
        *out = DEDUP_STORY;
    else if (!strcmp(v, "day"))
        *out = DEDUP_DAY;
    else if (!strcmp(v, "none"))
        *out = DEDUP_NONE;
    else {
        fprintf(stderr, "%s: %s takes story, day or none, not '%s'\n", prog, opt, v);
        return 2;
    }
    return 0;
}

dedup *dedup_new(dedup_mode mode, bool json)
{
    dedup *d = xrealloc(NULL, sizeof *d);
    memset(d, 0, sizeof *d);
    d->mode = mode;
    d->json = json;
    return d;
}

static void append(dyad_buf *b, const char *s, size_t n)
{
    if (b->n + n + 1 > b->cap) {
        b->cap = (b->n + n + 1) * 2;
        b->p = xrealloc(b->p, b->cap);
    }
    memcpy(b->p + b->n, s, n);
    b->n += n;
    b->p[b->n] = 0;
}

static void json_item(dyad_buf *b, const char *s)
{
    if (b->n) append(b, ",", 1);
    append(b, "\"", 1);
    for (; *s; s++) {
        if (*s == '"' || *s == '\\') append(b, "\\", 1);
        if ((unsigned char)*s < 0x20) {
            char esc[8];
            snprintf(esc, sizeof esc, "\\u%04x", (unsigned)(unsigned char)*s);
            append(b, esc, strlen(esc));
        } else
            append(b, s, 1);
    }
    append(b, "\"", 1);
}

// Write the events held (day), each with its lists, and forget them all.
static void flush(dedup *d)
{
    dyad_buf *out = cli_out_buf();
    for (size_t i = 0; i < d->n; i++) {
        held *h = &d->v[i];
        if (h->line) {
            size_t n = h->n;
            // a JSON object line: the lists go before its closing brace
            bool obj = d->json && n >= 2 && h->line[n - 1] == '\n' && h->line[n - 2] == '}';
            append(out, h->line, obj ? n - 2 : n);
            if (obj) {
                append(out, ",\"event_ids\":[", 14);
                append(out, h->ids.p ? h->ids.p : "", h->ids.n);
                append(out, "],\"story_ids\":[", 15);
                append(out, h->stories.p ? h->stories.p : "", h->stories.n);
                append(out, "]}\n", 3);
            }
            cli_out_commit();
        }
        free(h->key);
        free(h->line);
        free(h->ids.p);
        free(h->stories.p);
        free(h->last_story);
    }
    d->n = 0;
    if (d->slot) memset(d->slot, 0, d->n_slot * sizeof *d->slot);
}

static void grow_slots(dedup *d)
{
    size_t n = d->n_slot ? d->n_slot * 2 : 256;
    free(d->slot);
    d->slot = xrealloc(NULL, n * sizeof *d->slot);
    memset(d->slot, 0, n * sizeof *d->slot);
    d->n_slot = n;
    for (size_t i = 0; i < d->n; i++) {
        size_t j = hash(d->v[i].key) & (n - 1);
        while (d->slot[j]) j = (j + 1) & (n - 1);
        d->slot[j] = (int32_t)i + 1;
    }
}

// The held entry of `key`, or NULL with *slot the empty slot for it.
static held *find(dedup *d, const char *key, size_t *slot)
{
    if (2 * (d->n + 1) > d->n_slot) grow_slots(d);
    size_t j = hash(key) & (d->n_slot - 1);
    for (; d->slot[j]; j = (j + 1) & (d->n_slot - 1))
        if (!strcmp(d->v[d->slot[j] - 1].key, key)) return &d->v[d->slot[j] - 1];
    *slot = j;
    return NULL;
}

// A new group (story or date): write or forget what was held.
static void new_group(dedup *d, const char *group)
{
    if (d->group && !strcmp(d->group, group)) return;
    flush(d);
    if (d->mode == DEDUP_DAY && d->group) {
        if (d->n_closed == d->cap_closed) {
            d->cap_closed = d->cap_closed ? 2 * d->cap_closed : 64;
            d->closed = xrealloc(d->closed, d->cap_closed * sizeof *d->closed);
        }
        d->closed[d->n_closed++] = d->group;
        for (size_t i = 0; i + 1 < d->n_closed && !d->warned; i++)
            if (!strcmp(d->closed[i], group)) {
                fprintf(stderr,
                        "dyad: --dedup day: the date %s comes again after other "
                        "dates; events are merged within each run of one date, so "
                        "one of that day may be kept more than once (sort the input "
                        "by date)\n",
                        group[0] ? group : "(none)");
                d->warned = true;
            }
    } else {
        free(d->group);
    }
    d->group = xstrdup(group);
}

void dedup_event(dedup *d, const char *line, size_t n, const dedup_key *k)
{
    if (d->mode == DEDUP_NONE) {
        append(cli_out_buf(), line, n);
        cli_out_commit();
        return;
    }
    const char *group = d->mode == DEDUP_STORY ? k->story_id : k->date;
    new_group(d, group ? group : "");
    dyad_buf key = {0};
    const char *parts[3] = {k->source, k->target, k->code};
    for (int i = 0; i < 3; i++) {
        append(&key, parts[i] ? parts[i] : "", parts[i] ? strlen(parts[i]) : 0);
        append(&key, "\x1f", 1);
    }
    size_t slot = 0;
    held *h = find(d, key.p, &slot);
    if (h) {
        free(key.p);
        if (d->mode == DEDUP_DAY) {
            json_item(&h->ids, k->event_id ? k->event_id : "");
            // a story's events come together: a new story differs from the last
            const char *st = k->story_id ? k->story_id : "";
            if (strcmp(h->last_story, st)) {
                json_item(&h->stories, st);
                free(h->last_story);
                h->last_story = xstrdup(st);
            }
        }
        return;
    }
    if (d->n == d->cap) {
        d->cap = d->cap ? 2 * d->cap : 64;
        d->v = xrealloc(d->v, d->cap * sizeof *d->v);
    }
    h = &d->v[d->n];
    memset(h, 0, sizeof *h);
    h->key = key.p;
    d->slot[slot] = (int32_t)++d->n;
    if (d->mode == DEDUP_STORY) {  // the first is written at once
        append(cli_out_buf(), line, n);
        cli_out_commit();
        return;
    }
    h->line = memcpy(xrealloc(NULL, n), line, n);
    h->n = n;
    json_item(&h->ids, k->event_id ? k->event_id : "");
    json_item(&h->stories, k->story_id ? k->story_id : "");
    h->last_story = xstrdup(k->story_id ? k->story_id : "");
}

void dedup_free(dedup *d)
{
    if (!d) return;
    flush(d);
    free(d->v);
    free(d->slot);
    free(d->group);
    for (size_t i = 0; i < d->n_closed; i++) free(d->closed[i]);
    free(d->closed);
    free(d);
}
