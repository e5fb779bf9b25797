// cmd_code.c: "dyad code": stories or sentences in, events out (JSON Lines
// or TSV).
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "cli.h"

typedef struct code_opts {
    cli_dicts dicts;
    bool tsv, stats, progress, quiet, mentions;
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
          "  --format jsonl|tsv   output format (default jsonl)\n"
          "  --mentions           write every coded actor mention (sentence_id, text,\n"
          "                       code, entry, span) instead of events\n"
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
        else if (!strcmp(a, "--format") && has_val) {
            const char *f = argv[++i];
            if (!strcmp(f, "tsv")) o->tsv = true;
            else if (strcmp(f, "jsonl")) {
                fprintf(stderr, "dyad code: unknown format '%s' (jsonl or tsv)\n", f);
                return 2;
            }
        } else if (!strcmp(a, "--stats")) o->stats = true;
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

typedef struct code_run {
    const code_opts *o;
    dyad_coder *coder;
    long bad;
    double t0, last_progress;
    long done;              // input records coded completely
    const char *at_file;    // the record being coded or the last one: its
    int at_line;            // file, line (0: unknown)
    long at_record;         // and number in that file (1-based; 0: none yet)
} code_run;

static double seconds(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + ts.tv_nsec * 1e-9;
}

static void progress(code_run *run, bool final)
{
    double t = seconds();
    if (!final && t - run->last_progress < 0.5) return;
    run->last_progress = t;
    dyad_coder_stats st;
    dyad_coder_get_stats(run->coder, &st);
    double el = t - run->t0 + 1e-9;
    fprintf(stderr, "\r%zu stories, %zu sentences, %zu events, %.0f sentences/s, %.2f MB/s   %s",
            st.stories, st.sentences, st.events, st.sentences / el, st.bytes / 1e6 / el,
            final ? "\n" : "");
}

static int on_sentence(void *ctx, const dyad_record *rec, const dyad_result *res)
{
    code_run *run = ctx;
    const code_opts *o = run->o;
    dyad_buf *out = cli_out_buf();
    if (o->mentions) {
        for (size_t i = 0; i < res->n_mentions; i++)
            dyad_format_mention_json(out, rec, &res->mentions[i]);
    } else {
        for (size_t i = 0; i < res->n_events; i++) {
            if (o->tsv) dyad_format_event_tsv(out, rec, &res->events[i]);
            else dyad_format_event_json(out, rec, &res->events[i]);
        }
    }
    if (o->progress) progress(run, false);
    return cli_out_commit() < 0;  // a failed write stops the story
}

// The coder's diagnostics: a sentence not coded (a warning, unless --quiet),
// invalid UTF-8 in a story (a warning), a parse that cannot be read (an
// error, counted as a bad record).
static void on_diag(void *ctx, const dyad_error *e)
{
    code_run *run = ctx;
    if (e->code < 0) run->bad++;
    else if (run->o->quiet && e->sentence_id[0]) return;
    dyad_error_print(e, stderr);
}

static void code_story(code_run *run, const dyad_record *rec)
{
    const code_opts *o = run->o;
    dyad_record story = *rec;
    if (o->force_date) story.date = o->force_date;
    else if (o->date && !story.date) story.date = o->date;
    dyad_error err = {0};
    if (dyad_code_story(run->coder, &story, on_sentence, run, &err) < 0) {
        dyad_error_print(&err, stderr);
        run->bad++;
    }
}

static void code_file(code_run *run, const char *path)
{
    const code_opts *o = run->o;
    dyad_error err = {0};
    dyad_reader *r = dyad_reader_open(path, o->in_format, &err);
    if (!r) {
        dyad_error_print(&err, stderr);
        run->bad++;
        return;
    }
    dyad_reader_set_max_story_bytes(r, (size_t)o->max_story);
    dyad_reader_set_fields(r, &o->fields);
    const dyad_record *rec;
    int rc;
    long n = 0;
    while (!cli_stop_signal() && !cli_out_failed() &&
           (rc = dyad_reader_next(r, &rec, &err)) != 0) {
        n++;
        run->at_file = path;
        run->at_line = rc > 0 ? rec->line : err.line;
        run->at_record = n;
        if (rc < 0) {
            dyad_error_print(&err, stderr);
            run->bad++;
            continue;
        }
        for (size_t i = 0; i < rec->n_settings; i++)
            if (dyad_coder_set_option(run->coder, rec->settings[i].option, rec->settings[i].value, &err) < 0)
                dyad_error_print(&err, stderr);
        if (rec->is_story) code_story(run, rec);
        else {
            dyad_record sent = *rec;
            if (o->force_date) sent.date = o->force_date;
            else if (o->date && !sent.date) sent.date = o->date;
            const dyad_result *res;
            if (dyad_code_record(run->coder, &sent, &res, &err) < 0) {
                dyad_error_print(&err, stderr);
                run->bad++;
                continue;
            }
            on_sentence(run, &sent, res);
        }
        if (cli_out_failed()) break;  // this record's output is lost
        run->done++;
    }
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
    dyad_coder_get_stats(run->coder, &st);
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

int cmd_code(int argc, char **argv)
{
    code_opts o = {0};
    dyad_options def = DYAD_OPTIONS_INIT;
    o.coder = def;
    dyad_options_news(&o.coder, true);  // dyad's own defaults for news
    o.progress = isatty(2);
    o.files = calloc((size_t)argc + 1, sizeof *o.files);
    int rc = parse_args(argc, argv, &o);
    if (rc) {
        free(o.files);
        return rc == 1 ? 0 : rc;
    }
    if (!o.n_files) o.files[o.n_files++] = "-";
    cli_catch_signals();  // from here on a signal ends the run cleanly
    double t0 = seconds();
    dyad_dict *dict = dyad_dict_new();
    if (cli_load_default(dict, &o.dicts) < 0) {
        dyad_dict_free(dict);
        free(o.files);
        return 1;
    }
    if (o.dicts.errors) fprintf(stderr, "dyad: %d malformed dictionary lines skipped\n", o.dicts.errors);
    double t1 = seconds();
    code_run run = {.o = &o, .coder = dyad_coder_new(dict, &o.coder), .t0 = t1};
    dyad_coder_on_diag(run.coder, on_diag, &run);
    if (o.tsv) {
        dyad_format_tsv_header(cli_out_buf());
        cli_out_commit();
    }
    for (int i = 0; i < o.n_files && !cli_stop_signal() && !cli_out_failed(); i++)
        code_file(&run, o.files[i]);
    cli_out_flush();
    double t2 = seconds();
    if (o.progress) progress(&run, true);
    int stop = stopped(&run);
    if (stop) {
        dyad_coder_free(run.coder);
        dyad_dict_free(dict);
        free(o.files);
        return stop;
    }
    dyad_coder_stats us;
    dyad_coder_get_stats(run.coder, &us);
    if (us.undated && !o.quiet)
        fprintf(stderr, "dyad: %zu stor%s had no date (no \"date\", no --date, no wire dateline "
                        "with a year): dated actor codes took their undated or latest code\n",
                us.undated, us.undated == 1 ? "y" : "ies");
    if (o.stats) {
        dyad_coder_stats st;
        dyad_coder_get_stats(run.coder, &st);
        double el = t2 - t1 + 1e-9;
        fprintf(stderr,
                "stories %zu, sentences %zu, parsed %zu, skipped %zu, too long %zu, "
                "timeouts %zu, discarded %zu, events %zu, bad %ld\n"
                "load %.3f s, coding %.3f s, %.0f sentences/s, %.2f MB/s\n",
                st.stories, st.sentences, st.parsed, st.skipped, st.too_long, st.timeouts,
                st.discarded, st.events, run.bad, t1 - t0, el, st.sentences / el,
                st.bytes / 1e6 / el);
    }
    dyad_coder_free(run.coder);
    dyad_dict_free(dict);
    free(o.files);
    return run.bad ? 1 : 0;
}
