// code_db.c: `dyad code --db`: each coded story goes to the event store
// (store.c) with its text, instead of its event lines to the output.
// Sentence records (XML, JSON Lines with parses) of one story, read one
// after the other, are stored together as that story, with no text.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "store.h"

struct code_db {
    store *s;
    char dicts[65];
    // sentence records of the story being gathered
    char *story_id, *date, *where;
    dyad_buf events;
    bool open;
};

static void date_of(int32_t d, char out[16])
{
    if (d) snprintf(out, 16, "%04d-%02d-%02d", (int)(d / 10000), (int)(d / 100 % 100),
                    (int)(d % 100));
    else out[0] = 0;
}

code_db *code_db_open(const char *target, const dyad_dict *dict)
{
    store *s = store_open("dyad code", target);
    if (!s) return NULL;
    code_db *db = calloc(1, sizeof *db);
    if (!db) cli_out_of_memory(NULL, sizeof *db, "out of memory opening the event store");
    db->s = s;
    const dyad_dict_file *files;
    size_t n = dyad_dict_files(dict, &files);
    const char **names = calloc(n + 1, sizeof *names), **sums = calloc(n + 1, sizeof *sums);
    if (!names || !sums) cli_out_of_memory(NULL, n, "out of memory opening the event store");
    for (size_t i = 0; i < n; i++) names[i] = files[i].name, sums[i] = files[i].sha256;
    store_dictionaries_hash(names, sums, n, db->dicts);
    free(names);
    free(sums);
    return db;
}

static char *sdup(const char *s)
{
    char *p = strdup(s ? s : "");
    if (!p) cli_out_of_memory(NULL, 0, "out of memory in the event store");
    return p;
}

// Store the sentence records gathered; the store_put status.
static int flush(code_db *db)
{
    if (!db->open) return 1;
    db->open = false;
    char hash[65];
    dyad_sha256_hex(db->events.p ? db->events.p : "", db->events.n, hash);
    store_story st = {.story_id = db->story_id, .date = db->date[0] ? db->date : NULL,
                      .text_hash = hash, .coder_version = DYAD_VERSION,
                      .dictionaries = db->dicts, .events = db->events.p,
                      .events_len = db->events.n, .where = db->where,
                      .own_lines = true};
    int rc = store_put(db->s, &st);
    free(db->story_id);
    free(db->date);
    free(db->where);
    db->events.n = 0;
    return rc;
}

static void gather(code_db *db, const char *sid, const dyad_record *rec, const char *where)
{
    char date[16];
    date_of(rec->date, date);
    db->story_id = sdup(sid);
    db->date = sdup(date);
    db->where = sdup(where);
    db->open = true;
}

int code_db_record(code_db *db, const dyad_record *rec, char *events, size_t n,
                   const char *where)
{
    const char *sid = rec->story_id && *rec->story_id ? rec->story_id : rec->id;
    if (!rec->is_story) {
        int rc = 1;
        if (db->open && strcmp(db->story_id, sid ? sid : "")) rc = flush(db);
        if (rc == -2) return rc;
        if (!db->open) gather(db, sid, rec, where);
        size_t need = db->events.n + n + 1;
        if (need > db->events.cap) {
            size_t cap = db->events.cap ? db->events.cap : 4096;
            while (cap < need) cap *= 2;
            char *p = realloc(db->events.p, cap);
            if (!p) cli_out_of_memory(NULL, cap, "out of memory in the event store");
            db->events.p = p;
            db->events.cap = cap;
        }
        memcpy(db->events.p + db->events.n, events, n);
        db->events.n += n;
        return rc;
    }
    int rc = flush(db);
    if (rc == -2) return rc;
    char date[16];
    date_of(rec->date, date);
    store_story st = {.story_id = sid ? sid : "", .date = date[0] ? date : NULL,
                      .title = rec->title, .meta = rec->meta, .text = rec->text,
                      .text_len = rec->text_len, .coder_version = DYAD_VERSION,
                      .dictionaries = db->dicts, .events = events, .events_len = n,
                      .where = where, .own_lines = true};
    int put = store_put(db->s, &st);
    return put < rc ? put : rc;
}

int code_db_close(code_db *db, bool stats)
{
    if (!db) return 0;
    int rc = flush(db) == -2 ? -1 : 0;
    long written, skipped, events;
    store_counts(db->s, &written, &skipped, &events);
    if (store_close(db->s) < 0) rc = -1;
    if (stats)
        fprintf(stderr, "stored %ld stories (%ld events), %ld unchanged and skipped\n", written,
                events, skipped);
    free(db->events.p);
    free(db);
    return rc;
}
