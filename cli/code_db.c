// code_db.c: `dyad code --db`: each coded story goes to the event store
// (store.c) with its text, instead of its event lines to the output.
// Sentence records (XML, JSON Lines with parses) of one story, read one
// after the other, are stored together as that story, with no text.
//
// The store is written on a thread of its own: the coding thread hands each
// story over (a copy, in input order, through a bounded queue) and goes on
// coding while the writer stores the one before; the transactions are the
// same as on one thread (store.c: each story whole in its own savepoint,
// batches committed), so a killed run loses only the open batch.
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "store.h"

// A story waiting for the writer: the store_story and the bytes it points to.
typedef struct pending {
    struct pending *next;
    store_story st;
    size_t bytes;
} pending;

// The queue holds at most this many stories or bytes; the coder waits.
enum { QUEUE_STORIES = 256, QUEUE_BYTES = 16 << 20 };

struct code_db {
    store *s;
    char dicts[65];
    // sentence records of the story being gathered
    char *story_id, *date, *where;
    dyad_buf events;
    bool open;
    // the writer thread and its queue
    pthread_t writer;
    bool started;
    pthread_mutex_t mu;
    pthread_cond_t more, room;  // a story queued; room in the queue
    pending *head, *tail;
    size_t queued, queued_bytes;
    bool closing;
    bool failed;             // the database failed (store_put -2): stop
    long refused, reported;  // stories refused (store_put -1), of them reported
};

static void date_of(int32_t d, char out[16])
{
    if (d) snprintf(out, 16, "%04d-%02d-%02d", (int)(d / 10000), (int)(d / 100 % 100),
                    (int)(d % 100));
    else out[0] = 0;
}

// The writer thread: store the queued stories in order until closing.
static void *writer(void *arg)
{
    code_db *db = arg;
    pthread_mutex_lock(&db->mu);
    for (;;) {
        while (!db->head && !db->closing) pthread_cond_wait(&db->more, &db->mu);
        pending *p = db->head;
        if (!p) break;  // closing, and nothing left
        db->head = p->next;
        if (!db->head) db->tail = NULL;
        bool failed = db->failed;
        pthread_mutex_unlock(&db->mu);
        int rc = failed ? -2 : store_put(db->s, &p->st);
        pthread_mutex_lock(&db->mu);
        if (rc == -1) db->refused++;
        if (rc == -2) db->failed = true;
        db->queued--;
        db->queued_bytes -= p->bytes;
        pthread_cond_signal(&db->room);
        free(p);
    }
    pthread_mutex_unlock(&db->mu);
    return NULL;
}

static char *pack(char **at, const char *s, size_t n)
{
    if (!s) return NULL;
    char *p = *at;
    memcpy(p, s, n);
    p[n] = 0;
    *at += n + 1;
    return p;
}

// Hand a story to the writer (a copy of it); the status so far: -2 when the
// database failed, -1 for a story refused since the last call, else 1.
static int put(code_db *db, const store_story *st)
{
    if (!db->started) return store_put(db->s, st);
    const char *str[] = {st->story_id, st->date, st->title, st->meta, st->text_hash, st->where};
    size_t len[6], bytes = sizeof(pending) + st->text_len + 1 + st->events_len + 1;
    for (int i = 0; i < 6; i++) bytes += (len[i] = str[i] ? strlen(str[i]) : 0) + 1;
    pending *p = malloc(bytes);
    if (!p) cli_out_of_memory(NULL, bytes, "out of memory in the event store");
    char *at = (char *)(p + 1);
    p->next = NULL;
    p->bytes = bytes;
    p->st = *st;
    p->st.story_id = pack(&at, str[0], len[0]);
    p->st.date = pack(&at, str[1], len[1]);
    p->st.title = pack(&at, str[2], len[2]);
    p->st.meta = pack(&at, str[3], len[3]);
    p->st.text_hash = pack(&at, str[4], len[4]);
    p->st.where = pack(&at, str[5], len[5]);
    p->st.text = pack(&at, st->text, st->text_len);
    p->st.events = pack(&at, st->events ? st->events : "", st->events_len);
    pthread_mutex_lock(&db->mu);
    while (db->queued && (db->queued >= QUEUE_STORIES || db->queued_bytes + bytes > QUEUE_BYTES))
        pthread_cond_wait(&db->room, &db->mu);
    if (db->tail) db->tail->next = p;
    else db->head = p;
    db->tail = p;
    db->queued++;
    db->queued_bytes += bytes;
    pthread_cond_signal(&db->more);
    int rc = db->failed ? -2 : db->refused > db->reported ? (db->reported++, -1) : 1;
    pthread_mutex_unlock(&db->mu);
    return rc;
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
    pthread_mutex_init(&db->mu, NULL);
    pthread_cond_init(&db->more, NULL);
    pthread_cond_init(&db->room, NULL);
    db->started = pthread_create(&db->writer, NULL, writer, db) == 0;  // else stored inline
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
    int rc = put(db, &st);
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
    int stored = put(db, &st);
    return stored < rc ? stored : rc;
}

int code_db_close(code_db *db, bool stats)
{
    if (!db) return 0;
    int rc = flush(db) == -2 ? -1 : 0;
    if (db->started) {
        pthread_mutex_lock(&db->mu);
        db->closing = true;
        pthread_cond_signal(&db->more);
        pthread_mutex_unlock(&db->mu);
        pthread_join(db->writer, NULL);
        if (db->failed || db->refused > db->reported) rc = -1;
    }
    pthread_mutex_destroy(&db->mu);
    pthread_cond_destroy(&db->more);
    pthread_cond_destroy(&db->room);
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
