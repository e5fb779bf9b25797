// cmd_code.c: "dyad code": stories or sentences in, events out (JSON Lines,
// TSV, CSV, PLOVER or Phoenix), on one thread or several (--jobs), kept
// once per story or day (--dedup), to stdout or a file renamed when done.
#include <pthread.h>
#include <signal.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "cli.h"

typedef struct code_opts {
    cli_dicts dicts;
    bool stats, progress, quiet, mentions, header;
    dyad_output format;     // --format
    dedup_mode dedup;       // --dedup
    const char *output;     // -o / --output FILE
    const char *db;         // --db PATH_OR_URL: the event store
    int jobs;               // --jobs N
    dyad_options coder;
    int32_t date;           // --date, YYYYMMDD: for records without one; 0 = none
    int32_t force_date;     // --force-date: for every record; 0 = none
    int max_story;          // --max-story-bytes; 0 = the reader's default
    dyad_format in_format;  // --input-format; AUTO = by name and content
    dyad_fields fields;     // --id-field, --date-field, --title-field, --text-field
    const char **files;
    int n_files;
} code_opts;

static void code_usage(FILE *out)
{
    fputs("usage: dyad code [options] [FILE...]\n"
          "  FILE is plain text (one story), JSON Lines ({\"id\",\"date\",\"title\",\"text\"}\n"
          "  stories, or sentences with \"parse\"), CSV or TSV stories with a header row\n"
          "  (columns id, date, title, text), or PETRARCH XML, told by the file name\n"
          "  (.jsonl .json .csv .tsv .xml .txt) or else the first bytes. .gz .bz2 .xz\n"
          "  .zst are read directly, and each file in a .zip (named zip:member). Other\n"
          "  JSON or CSV fields of a story go to its events as \"meta\". None or '-'\n"
          "  reads stdin.\n"
          "  --input-format F     auto, jsonl, xml, text, csv or tsv (default auto)\n"
          "  --id-field NAME      the JSON key or CSV column of story ids (id); also\n"
          "  --date-field NAME    dates (date), --title-field (title), --text-field (text)\n"
          "  --dictionaries DIR   dictionary folder\n"
          "  --config FILE        a PETR_config.ini whose [Dictionaries] names the files\n"
          "  --date YYYY-MM-DD    the date of stories and records that have none (plain\n"
          "                       text; JSON Lines, CSV or XML without a date); also\n"
          "                       YYYYMMDD or an ISO 8601 date and time\n"
          "  --force-date DATE    the date of every story and record, over its own\n"
          "                       date\n"
          "  --ignore-parse       parse every sentence with the built-in parser\n"
          "  --max-tokens N       longer sentences are reported and not coded (300)\n"
          "  --max-ms N           a sentence taking longer is abandoned (2000)\n"
          "  --max-story-bytes N  a larger story or record is refused with its line\n"
          "                       and the others are coded (16777216)\n"
          "  --format F           jsonl (default), tsv, csv (RFC 4180, with a header\n"
          "                       row), plover (PLOVER/POLECAT JSON) or phoenix\n"
          "                       (PETRARCH2's tab-separated event lines)\n"
          "  --header             first a JSON line naming the coder version and each\n"
          "                       dictionary file with its SHA-256 (jsonl, plover)\n"
          "  --dedup story|day    one event per story and source, target, code; or\n"
          "                       per date and source, target, code across stories,\n"
          "                       with \"event_ids\" and \"story_ids\" of those merged\n"
          "  -o, --output FILE    write FILE (through FILE.tmp-PID, renamed at the end:\n"
          "                       a failed or killed run leaves FILE as it was)\n"
          "  --jobs N             code on N threads; the output is the same as with 1\n"
          "  --db PATH_OR_URL     store stories and events in an SQLite file or a\n"
          "                       postgresql:// database instead of writing them\n"
          "                       (docs/store.md); unchanged stories are skipped\n"
          "  --mentions           write every coded actor mention (sentence_id, text,\n"
          "                       code, entry, span) instead of events (jsonl, tsv, csv)\n"
          "  --stats              print counts and speed to stderr\n"
          "  --progress           show progress on stderr (default when it is a terminal)\n"
          "  --petrarch-roles     find a verb's source and target as PETRARCH does\n"
          "                       (across clauses, own country as a target, any\n"
          "                       noun phrase holding an actor word is that actor,\n"
          "                       no pronouns, hypothetical verbs coded)\n"
          "  --quiet              no per-sentence warnings\n"
          "  Output goes out in whole lines, so runs may append to one file. SIGINT or\n"
          "  SIGTERM ends the run after the record being coded, with its events written,\n"
          "  and says where it stopped. Out of memory ends the run at once, naming the\n"
          "  file, line and story, after the whole lines already made. Exit status:\n"
          "  0 all coded; 1 an input, record or story could not be read or coded,\n"
          "  memory ran out, or the output could not be written; 2 bad usage;\n"
          "  130 SIGINT; 143 SIGTERM.\n",
          out);
}

static int parse_int(const char *opt, const char *v, int *out)
{
    char *end;
    long n = strtol(v, &end, 10);
    if (end == v || *end || n < 0 || n > 1073741824) {
        fprintf(stderr, "dyad code: %s needs a number from 0 to 1073741824, not '%s'\n", opt, v);
        return 2;
    }
    *out = (int)n;
    return 0;
}

static int parse_input_format(const char *v, code_opts *o)
{
    static const struct {
        const char *name;
        dyad_format f;
    } names[] = {{"auto", DYAD_FORMAT_AUTO}, {"jsonl", DYAD_FORMAT_JSONL},
                 {"xml", DYAD_FORMAT_XML},   {"text", DYAD_FORMAT_TEXT},
                 {"csv", DYAD_FORMAT_CSV},   {"tsv", DYAD_FORMAT_TSV}};
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
        if (!strcmp(v, names[i].name)) {
            o->in_format = names[i].f;
            return 0;
        }
    fprintf(stderr, "dyad code: unknown input format '%s' (auto, jsonl, xml, text, csv or tsv)\n",
            v);
    return 2;
}

static int parse_output(const char *f, code_opts *o)
{
    if (dyad_output_named(f, &o->format)) return 0;
    fprintf(stderr, "dyad code: unknown format '%s' (jsonl, tsv, csv, plover or phoenix)\n", f);
    return 2;
}

static int parse_jobs(const char *v, code_opts *o)
{
    int rc = parse_int("--jobs", v, &o->jobs);
    if (!rc && (o->jobs < 1 || o->jobs > 256)) {
        fprintf(stderr, "dyad code: --jobs needs a number from 1 to 256, not '%s'\n", v);
        rc = 2;
    }
    return rc;
}

static int parse_args(int argc, char **argv, code_opts *o)
{
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        bool has_val = i + 1 < argc;
        int rc = 0;
        if (!strcmp(a, "--dictionaries") && has_val) o->dicts.dir = argv[++i];
        else if (!strcmp(a, "--config") && has_val) o->dicts.config = argv[++i];
        else if (!strcmp(a, "--date") && has_val) rc = cli_parse_date("dyad code", argv[++i], &o->date);
        else if (!strcmp(a, "--force-date") && has_val)
            rc = cli_parse_date_opt("dyad code", a, argv[++i], &o->force_date);
        else if (!strcmp(a, "--max-tokens") && has_val) rc = parse_int(a, argv[++i], &o->coder.max_tokens);
        else if (!strcmp(a, "--max-ms") && has_val) rc = parse_int(a, argv[++i], &o->coder.max_ms);
        else if (!strcmp(a, "--max-story-bytes") && has_val) rc = parse_int(a, argv[++i], &o->max_story);
        else if (!strcmp(a, "--ignore-parse")) o->coder.ignore_parse = true;
        else if (!strcmp(a, "--id-field") && has_val) o->fields.id = argv[++i];
        else if (!strcmp(a, "--date-field") && has_val) o->fields.date = argv[++i];
        else if (!strcmp(a, "--title-field") && has_val) o->fields.title = argv[++i];
        else if (!strcmp(a, "--text-field") && has_val) o->fields.text = argv[++i];
        else if (!strcmp(a, "--input-format") && has_val) rc = parse_input_format(argv[++i], o);
        else if (!strcmp(a, "--format") && has_val) rc = parse_output(argv[++i], o);
        else if (!strcmp(a, "--dedup") && has_val)
            rc = dedup_parse_mode("dyad code", a, argv[++i], &o->dedup);
        else if ((!strcmp(a, "-o") || !strcmp(a, "--output")) && has_val) o->output = argv[++i];
        else if (!strcmp(a, "--jobs") && has_val) rc = parse_jobs(argv[++i], o);
        else if (!strcmp(a, "--db") && has_val) o->db = argv[++i];
        else if (!strcmp(a, "--header")) o->header = true;
        else if (!strcmp(a, "--stats")) o->stats = true;
        else if (!strcmp(a, "--mentions")) o->mentions = o->coder.parse_all = true;
        else if (!strcmp(a, "--progress")) o->progress = true;
        else if (!strcmp(a, "--quiet")) o->quiet = true;
        else if (!strcmp(a, "--petrarch-roles")) dyad_options_news(&o->coder, false);
        else if (!strcmp(a, "--help") || !strcmp(a, "-h")) {
            code_usage(stdout);
            return 1;
        } else if (a[0] == '-' && a[1]) {
            fprintf(stderr, "dyad code: unknown option '%s'\n", a);
            code_usage(stderr);
            return 2;
        } else o->files[o->n_files++] = a;
        if (rc) return rc;
    }
    return 0;
}

// One input record, copied so that the reader can go on, and what coding it
// made: its output lines, for --dedup the keys of its event lines, and its
// messages for stderr, all given out in input order.
typedef struct job {
    dyad_record rec;     // its strings live in `mem`
    char *mem;
    bool refused;        // the reader refused it: only `diag`
    const char *file;    // where it was read, for the stop message
    int line;
    long number;         // in its file, 1-based
    dyad_buf out;
    dyad_buf keys;       // --dedup: per event line "start end\x1fstory\x1fdate\x1f
                         // source\x1ftarget\x1fcode\x1fevent id\x1e"
    dyad_buf diag;
    long bad;
} job;

typedef struct code_run code_run;

// Records read, coded together: on one thread at once as each is read, or on
// N threads while the main thread reads the next batch.
typedef struct batch {
    job *v;
    size_t n, cap, bytes;
    atomic_size_t next;  // the next job to code
    int started;         // threads coding it
} batch;

// A thread's coder and the job it is coding.
typedef struct worker {
    code_run *run;
    dyad_coder *coder;
    batch *batch;
    job *cur;
    pthread_t thread;
} worker;

struct code_run {
    const code_opts *o;
    worker *workers;
    int n_workers;
    dedup *dedup;
    code_db *db;            // --db
    bool db_failed;         // the database failed: stop
    batch batches[2];       // the one being read, the one being coded
    int reading;            // batches[reading] is filled by the reader
    bool coding;            // batches[!reading] is being coded
    long bad;
    bool input_failed;      // an input could not be opened or read on
    double t0, last_progress;
    long done;              // input records coded completely
    const char *at_file;    // the record being coded or the last one: its
    int at_line;            // file, line (0: unknown)
    long at_record;         // and number in that file (1-based; 0: none yet)
};

// A batch is coded when it holds this many records per thread or bytes.
enum { BATCH_PER_JOB = 64, BATCH_BYTES = 8 << 20 };

static double seconds(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + ts.tv_nsec * 1e-9;
}

// The totals of every thread's coder.
static void run_stats(const code_run *run, dyad_coder_stats *st)
{
    memset(st, 0, sizeof *st);
    for (int i = 0; i < run->n_workers; i++) {
        dyad_coder_stats s;
        dyad_coder_get_stats(run->workers[i].coder, &s);
        st->stories += s.stories, st->sentences += s.sentences, st->parsed += s.parsed;
        st->skipped += s.skipped, st->too_long += s.too_long, st->timeouts += s.timeouts;
        st->discarded += s.discarded, st->events += s.events, st->bytes += s.bytes;
        st->undated += s.undated;
    }
}

static void progress(code_run *run, bool final)
{
    double t = seconds();
    if (!final && t - run->last_progress < 0.5) return;
    run->last_progress = t;
    dyad_coder_stats st;
    run_stats(run, &st);
    double el = t - run->t0 + 1e-9;
    fprintf(stderr, "\r%zu stories, %zu sentences, %zu events, %.0f sentences/s, %.2f MB/s   %s",
            st.stories, st.sentences, st.events, st.sentences / el, st.bytes / 1e6 / el,
            final ? "\n" : "");
}

static void buf_add(dyad_buf *b, const char *s, size_t n)
{
    if (b->n + n + 1 > b->cap) {
        size_t cap = b->cap ? b->cap : 256;
        while (cap < b->n + n + 1) cap *= 2;
        char *p = realloc(b->p, cap);
        if (!p) {
            char msg[96];
            snprintf(msg, sizeof msg, "out of memory allocating %zu bytes for the output", cap);
            cli_out_of_memory(NULL, cap, msg);
        }
        b->p = p;
        b->cap = cap;
    }
    memcpy(b->p + b->n, s, n);
    b->n += n;
    b->p[b->n] = 0;
}

static void buf_str(dyad_buf *b, const char *s)
{
    buf_add(b, s ? s : "", s ? strlen(s) : 0);
}

// A message for stderr, kept with its record so that messages come in
// input order whatever thread coded it.
static void job_diag(job *j, const dyad_error *e)
{
    char *text = NULL;
    size_t n = 0;
    FILE *f = open_memstream(&text, &n);
    if (!f) {
        dyad_error_print(e, stderr);
        return;
    }
    dyad_error_print(e, f);
    fclose(f);
    buf_add(&j->diag, text, n);
    free(text);
}

// The key of the event line just formatted (from `start` on).
static void add_key(job *j, size_t start, const dyad_record *rec, const dyad_event *ev)
{
    char pos[48], date[16] = "", id[32];
    snprintf(pos, sizeof pos, "%zu %zu\x1f", start, j->out.n);
    buf_str(&j->keys, pos);
    buf_str(&j->keys, rec->story_id);
    buf_add(&j->keys, "\x1f", 1);
    if (rec->date) snprintf(date, sizeof date, "%08d", (int)rec->date);
    buf_str(&j->keys, date);
    const char *f[3] = {ev->source, ev->target, ev->code};
    for (int i = 0; i < 3; i++) {
        buf_add(&j->keys, "\x1f", 1);
        buf_str(&j->keys, f[i]);
    }
    buf_add(&j->keys, "\x1f", 1);
    buf_str(&j->keys, rec->id);
    snprintf(id, sizeof id, "-%d\x1e", (int)ev->index);
    buf_str(&j->keys, id);
}

static int on_sentence(void *ctx, const dyad_record *rec, const dyad_result *res)
{
    worker *w = ctx;
    const code_opts *o = w->run->o;
    job *j = w->cur;
    if (o->mentions) {
        for (size_t i = 0; i < res->n_mentions; i++)
            dyad_format_mention(&j->out, o->format, rec, &res->mentions[i]);
        return 0;
    }
    for (size_t i = 0; i < res->n_events; i++) {
        size_t start = j->out.n;
        dyad_format_event(&j->out, o->format, rec, &res->events[i]);
        // (PLOVER writes no line for an event with no PLOVER category)
        if (o->dedup != DEDUP_NONE && j->out.n > start) add_key(j, start, rec, &res->events[i]);
    }
    return 0;
}

// The coder's diagnostics: a sentence not coded (a warning, unless --quiet),
// invalid UTF-8 in a story (a warning), a parse that cannot be read (an
// error, counted as a bad record).
static void on_diag(void *ctx, const dyad_error *e)
{
    worker *w = ctx;
    if (e->code < 0) w->cur->bad++;
    else if (w->run->o->quiet && e->sentence_id[0]) return;
    job_diag(w->cur, e);
}

static void code_job(worker *w, job *j)
{
    if (j->refused) return;
    w->cur = j;
    dyad_error err = {0};
    if (j->rec.is_story) {
        if (dyad_code_story(w->coder, &j->rec, on_sentence, w, &err) < 0) {
            job_diag(j, &err);
            j->bad++;
        }
        return;
    }
    const dyad_result *res;
    if (dyad_code_record(w->coder, &j->rec, &res, &err) < 0) {
        job_diag(j, &err);
        j->bad++;
        return;
    }
    on_sentence(w, &j->rec, res);
}

static void *work(void *arg)
{
    worker *w = arg;
    for (;;) {
        batch *b = w->batch;
        size_t i = atomic_fetch_add(&b->next, 1);
        if (i >= b->n) break;
        code_job(w, &b->v[i]);
    }
    return NULL;
}

// --dedup: hand the job's event lines over one by one with their keys.
static void dedup_job(code_run *run, job *j)
{
    for (char *k = j->keys.p; k && *k;) {
        char *end = strchr(k, '\x1e');
        *end = 0;
        char *f[7] = {k};
        for (int i = 1; i < 7; i++) {
            f[i] = strchr(f[i - 1], '\x1f');
            *f[i]++ = 0;
        }
        size_t a = strtoul(f[0], &f[0], 10), z = strtoul(f[0], NULL, 10);
        dedup_key key = {.story_id = f[1], .date = f[2], .source = f[3], .target = f[4],
                         .code = f[5], .event_id = f[6]};
        dedup_event(run->dedup, j->out.p + a, z - a, &key);
        k = end + 1;
    }
}

// --db: the record and its event lines to the store.
static void db_job(code_run *run, job *j)
{
    char where[600];
    snprintf(where, sizeof where, "%s:%d", j->file ? j->file : "", j->line);
    int rc = code_db_record(run->db, &j->rec, j->out.p ? j->out.p : "", j->out.n, where);
    if (rc < 0) run->bad++;
    if (rc == -2) run->db_failed = true;
}

// Start coding batch `b` on every thread.
static void start_batch(code_run *run, batch *b)
{
    atomic_store(&b->next, 0);
    b->started = 0;
    for (int i = 0; i < run->n_workers && (size_t)i < b->n; i++) {
        run->workers[i].batch = b;
        if (pthread_create(&run->workers[i].thread, NULL, work, &run->workers[i]) != 0) break;
        b->started++;
    }
    if (!b->started) {  // no thread: the main one codes it
        run->workers[0].batch = b;
        work(&run->workers[0]);
    }
}

// Wait for batch `b` and give out what its records made, in input order.
static void finish_batch(code_run *run, batch *b)
{
    for (int i = 0; i < b->started; i++) pthread_join(run->workers[i].thread, NULL);
    b->started = 0;
    for (size_t i = 0; i < b->n; i++) {
        job *j = &b->v[i];
        if (!cli_out_failed()) {
            fputs(j->diag.p ? j->diag.p : "", stderr);
            run->bad += j->bad;
            run->at_file = j->file;
            run->at_line = j->line;
            run->at_record = j->number;
            if (run->db && !j->refused && !run->db_failed) db_job(run, j);
            else if (run->o->dedup != DEDUP_NONE) dedup_job(run, j);
            else if (j->out.n) {
                buf_add(cli_out_buf(), j->out.p, j->out.n);
                cli_out_commit();
            }
            if (!j->refused && !cli_out_failed()) run->done++;  // else its output is lost
        }
        free(j->mem);
        free(j->out.p);
        free(j->keys.p);
        free(j->diag.p);
    }
    b->n = b->bytes = 0;
    if (run->o->progress) progress(run, false);
}

// The batch being read is full: with one thread, code it now; with more,
// wait for the one being coded, and code this one while the next is read.
static void batch_full(code_run *run)
{
    batch *b = &run->batches[run->reading];
    if (!b->n) return;
    if (run->n_workers == 1) {
        atomic_store(&b->next, 0);
        run->workers[0].batch = b;
        work(&run->workers[0]);
        finish_batch(run, b);
        return;
    }
    if (run->coding) finish_batch(run, &run->batches[!run->reading]);
    start_batch(run, b);
    run->coding = true;
    run->reading = !run->reading;
}

// Code and give out every record read so far.
static void run_batch(code_run *run)
{
    batch_full(run);
    if (run->coding) finish_batch(run, &run->batches[!run->reading]);
    run->coding = false;
}

static job *new_job(code_run *run, const char *path, int line, long number)
{
    batch *b = &run->batches[run->reading];
    if (b->n == b->cap) {
        b->cap = b->cap ? 2 * b->cap : 64;
        job *v = realloc(b->v, b->cap * sizeof *v);
        if (!v) cli_out_of_memory(NULL, b->cap * sizeof *v, "out of memory for a batch");
        b->v = v;
    }
    job *j = &b->v[b->n++];
    memset(j, 0, sizeof *j);
    j->file = path;
    j->line = line;
    j->number = number;
    return j;
}

// Copy the strings of `r` into one block the job owns.
static void copy_record(job *j, const dyad_record *r)
{
    const char *s[7] = {r->id, r->story_id, r->category, r->title, r->file, r->meta, NULL};
    size_t n = r->text_len + r->parse_len + 2;
    for (int i = 0; i < 6; i++) n += s[i] ? strlen(s[i]) + 1 : 0;
    char *p = j->mem = malloc(n);
    if (!p) {
        char msg[600];
        snprintf(msg, sizeof msg, "out of memory allocating %zu bytes while copying %s:%d "
                 "(story %s) for --jobs", n, r->file ? r->file : "", r->line,
                 r->id ? r->id : "");
        cli_out_of_memory(NULL, n, msg);
    }
    j->rec = *r;
    const char **d[6] = {&j->rec.id, &j->rec.story_id, &j->rec.category, &j->rec.title,
                         &j->rec.file, &j->rec.meta};
    for (int i = 0; i < 6; i++) {
        if (!s[i]) continue;
        size_t len = strlen(s[i]) + 1;
        *d[i] = memcpy(p, s[i], len);
        p += len;
    }
    if (r->text) {
        memcpy(p, r->text, r->text_len);
        p[r->text_len] = 0;
        j->rec.text = p;
        p += r->text_len + 1;
    }
    if (r->parse) {
        memcpy(p, r->parse, r->parse_len);
        p[r->parse_len] = 0;
        j->rec.parse = p;
    }
    j->rec.n_settings = 0;
    j->rec.settings = NULL;
    j->rec.n_expected = 0;
    j->rec.expected = NULL;
    j->rec.expect_error = NULL;
}

static void code_file(code_run *run, const char *path)
{
    const code_opts *o = run->o;
    dyad_error err = {0};
    dyad_reader *r = dyad_reader_open(path, o->in_format, &err);
    if (!r) {
        dyad_error_print(&err, stderr);
        run->bad++;
        run->input_failed = true;
        return;
    }
    dyad_reader_set_max_story_bytes(r, (size_t)o->max_story);
    dyad_reader_set_fields(r, &o->fields);
    const dyad_record *rec;
    int rc;
    long n = 0;
    size_t per_batch = (size_t)BATCH_PER_JOB * (size_t)run->n_workers;
    while (!cli_stop_signal() && !cli_out_failed() && !run->db_failed &&
           (rc = dyad_reader_next(r, &rec, &err)) != 0) {
        n++;
        if (rc < 0) {
            job *j = new_job(run, path, err.line, n);
            j->refused = true;
            j->bad = 1;
            job_diag(j, &err);
            if (rc == DYAD_ERR_IO) run->input_failed = true;
            if (run->n_workers == 1) batch_full(run);
            continue;
        }
        if (rec->n_settings) {  // <Config>: for the records after it, on every coder
            run_batch(run);
            for (size_t i = 0; i < rec->n_settings; i++)
                for (int w = 0; w < run->n_workers; w++)
                    if (dyad_coder_set_option(run->workers[w].coder, rec->settings[i].option,
                                              rec->settings[i].value, &err) < 0 && w == 0)
                        dyad_error_print(&err, stderr);
        }
        job *j = new_job(run, path, rec->line, n);
        // one thread codes each record as it is read, from the reader's own
        // copy; several code batches of copies
        if (run->n_workers > 1) copy_record(j, rec);
        else j->rec = *rec;
        if (o->force_date) j->rec.date = o->force_date;
        else if (o->date && !j->rec.date) j->rec.date = o->date;
        batch *b = &run->batches[run->reading];
        b->bytes += rec->text_len + rec->parse_len;
        if (run->n_workers == 1 || b->n >= per_batch || b->bytes >= BATCH_BYTES) batch_full(run);
    }
    run_batch(run);
    dyad_reader_close(r);
}

// After a signal or a failed write: say how far the run got, and return
// the exit status (128 + the signal, or 1); 0 when the run was complete.
static int stopped(code_run *run)
{
    int sig = cli_stop_signal();
    if (!sig && !cli_out_failed()) return 0;
    char where[600];
    if (!run->at_record) snprintf(where, sizeof where, "before the first record");
    else if (run->at_line)
        snprintf(where, sizeof where, "%s:%d (record %ld of that file)", run->at_file,
                 run->at_line, run->at_record);
    else snprintf(where, sizeof where, "record %ld of %s", run->at_record, run->at_file);
    dyad_coder_stats st;
    run_stats(run, &st);
    if (cli_out_failed()) {
        cli_out_report("dyad code");
        fprintf(stderr, "dyad code: the output is incomplete: stopped at %s, %zu stories "
                        "and %zu events coded, not all of them written\n",
                where, st.stories, st.events);
        return 1;
    }
    fprintf(stderr, "dyad code: %s: %ld record%s coded and written (%zu stories, %zu events); "
                    "stopped after %s\n",
            sig == SIGINT ? "interrupted (SIGINT)" : "terminated (SIGTERM)", run->done,
            run->done == 1 ? "" : "s", st.stories, st.events, where);
    return 128 + sig;
}

// Options that do not go together: 2 with a message, else 0.
static int check_opts(const code_opts *o)
{
    const char *no = NULL;
    if (o->mentions && (o->format == DYAD_OUT_PLOVER || o->format == DYAD_OUT_PHOENIX))
        no = "--mentions is written as jsonl, tsv or csv, not as PLOVER or Phoenix events";
    else if (o->mentions && o->dedup != DEDUP_NONE) no = "--dedup is for events, not --mentions";
    else if (o->header && o->format != DYAD_OUT_JSONL && o->format != DYAD_OUT_PLOVER)
        no = "--header is a JSON line: use it with --format jsonl or plover";
    else if (o->db && (o->output || o->dedup != DEDUP_NONE || o->mentions || o->header ||
                       o->format != DYAD_OUT_JSONL))
        no = "--db stores every event and writes no output: not with -o, --dedup, "
             "--mentions, --header or --format";
    if (!no) return 0;
    fprintf(stderr, "dyad code: %s\n", no);
    return 2;
}

static void print_stats(code_run *run, double t0, double t1, double t2)
{
    dyad_coder_stats st;
    run_stats(run, &st);
    double el = t2 - t1 + 1e-9;
    fprintf(stderr,
            "stories %zu, sentences %zu, parsed %zu, skipped %zu, too long %zu, "
            "timeouts %zu, discarded %zu, events %zu, bad %ld\n"
            "load %.3f s, coding %.3f s, %.0f sentences/s, %.2f MB/s\n",
            st.stories, st.sentences, st.parsed, st.skipped, st.too_long, st.timeouts,
            st.discarded, st.events, run->bad, t1 - t0, el, st.sentences / el,
            st.bytes / 1e6 / el);
}

// Code every file; the exit status.
static int code_all(code_opts *o, dyad_dict *dict, double t0)
{
    double t1 = seconds();
    code_run run = {.o = o, .t0 = t1, .n_workers = o->jobs};
    if (o->db && !(run.db = code_db_open(o->db, dict))) return 1;
    run.workers = calloc((size_t)o->jobs, sizeof *run.workers);
    if (!run.workers) cli_out_of_memory(NULL, 0, "out of memory starting the threads");
    for (int i = 0; i < o->jobs; i++) {
        run.workers[i] = (worker){.run = &run, .coder = dyad_coder_new(dict, &o->coder)};
        dyad_coder_on_diag(run.workers[i].coder, on_diag, &run.workers[i]);
    }
    run.dedup = dedup_new(o->dedup, o->format == DYAD_OUT_JSONL || o->format == DYAD_OUT_PLOVER);
    if (o->header) dyad_format_run_header(cli_out_buf(), dict);
    dyad_format_columns(cli_out_buf(), o->format, o->mentions);
    cli_out_commit();
    for (int i = 0; i < o->n_files && !cli_stop_signal() && !cli_out_failed() && !run.db_failed;
         i++)
        code_file(&run, o->files[i]);
    if (code_db_close(run.db, o->stats) < 0) run.bad++;
    dedup_free(run.dedup);  // --dedup day: the last date's events (coded, so written)
    cli_out_flush();
    double t2 = seconds();
    if (o->progress) progress(&run, true);
    int rc = stopped(&run);
    if (!rc) {
        dyad_coder_stats us;
        run_stats(&run, &us);
        if (us.undated && !o->quiet)
            fprintf(stderr, "dyad: %zu stor%s had no date (no \"date\", no --date, no wire "
                            "dateline with a year): dated actor codes took their undated or "
                            "latest code\n",
                    us.undated, us.undated == 1 ? "y" : "ies");
        if (o->stats) print_stats(&run, t0, t1, t2);
        rc = run.bad ? 1 : 0;
    }
    if (o->output && cli_out_file_done("dyad code", !run.input_failed && !cli_stop_signal() &&
                                                         !cli_out_failed()) < 0 && !rc)
        rc = 1;
    for (int i = 0; i < o->jobs; i++) dyad_coder_free(run.workers[i].coder);
    free(run.workers);
    free(run.batches[0].v);
    free(run.batches[1].v);
    return rc;
}

int cmd_code(int argc, char **argv)
{
    code_opts o = {.jobs = 1};
    dyad_options def = DYAD_OPTIONS_INIT;
    o.coder = def;
    dyad_options_news(&o.coder, true);  // dyad's own defaults for news
    o.progress = isatty(2);
    o.files = calloc((size_t)argc + 1, sizeof *o.files);
    int rc = parse_args(argc, argv, &o);
    if (!rc) rc = check_opts(&o);
    if (rc) {
        free(o.files);
        return rc == 1 ? 0 : rc;
    }
    if (!o.n_files) o.files[o.n_files++] = "-";
    if (o.output && cli_out_to_file("dyad code", o.output) < 0) {
        free(o.files);
        return 1;
    }
    cli_catch_signals();  // from here on a signal ends the run cleanly
    double t0 = seconds();
    dyad_dict *dict = dyad_dict_new();
    if (cli_load_default(dict, &o.dicts) < 0) {
        if (o.output) cli_out_file_done("dyad code", false);
        dyad_dict_free(dict);
        free(o.files);
        return 1;
    }
    if (o.dicts.errors) fprintf(stderr, "dyad: %d malformed dictionary lines skipped\n", o.dicts.errors);
    rc = code_all(&o, dict, t0);
    dyad_dict_free(dict);
    free(o.files);
    return rc;
}
