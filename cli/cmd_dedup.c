// cmd_dedup.c: "dyad dedup": keep events of a JSON Lines file once per story
// or per day, as `dyad code --dedup` does while coding.
#include <errno.h>
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

static void dedup_usage(FILE *out)
{
    fputs("usage: dyad dedup [--by story|day] [-o FILE] [FILE.jsonl]\n"
          "  Events of dyad code (JSON Lines; '-' or none: stdin) kept once, in order:\n"
          "  --by story   one event per story_id, source, target and code (default)\n"
          "  --by day     one per date, source, target and code across stories, with\n"
          "               \"event_ids\" and \"story_ids\" of the events it stands for;\n"
          "               a day's events are held until the date changes, so the\n"
          "               memory is one day's events (input sorted by date)\n"
          "  -o FILE      write FILE through FILE.tmp-PID, renamed at the end\n"
          "  A header line ({\"header\":...}) is passed on. A line that is not an event\n"
          "  is reported with its file and line and left out (exit status 1).\n",
          out);
}

static const char *str(json_t *o, const char *key)
{
    const char *s = json_string_value(json_object_get(o, key));
    return s ? s : "";
}

// One line: passed on, merged or dropped; false when it is no event.
static bool dedup_line(dedup *d, const char *line, size_t n, const char *file, long no)
{
    json_error_t je;
    json_t *o = json_loadb(line, n, 0, &je);
    if (!o || !json_is_object(o)) {
        fprintf(stderr, "%s:%ld: not a JSON object: %s\n", file, no, o ? "" : je.text);
        json_decref(o);
        return false;
    }
    if (json_object_get(o, "header")) {
        cli_printf("%.*s\n", (int)(line[n - 1] == '\n' ? n - 1 : n), line);
        json_decref(o);
        return true;
    }
    if (!json_is_string(json_object_get(o, "code")) ||
        !json_is_string(json_object_get(o, "source"))) {
        fprintf(stderr, "%s:%ld: not an event (no \"source\" or \"code\")\n", file, no);
        json_decref(o);
        return false;
    }
    char date[16] = "";
    const char *dt = str(o, "date");
    size_t k = 0;
    for (; *dt && k < sizeof date - 1; dt++)
        if (*dt != '-') date[k++] = *dt;
    date[k] = 0;
    dedup_key key = {.story_id = str(o, "story_id"),
                     .date = date,
                     .source = str(o, "source"),
                     .target = str(o, "target"),
                     .code = str(o, "code"),
                     .event_id = str(o, "event_id")};
    if (line[n - 1] == '\n')
        dedup_event(d, line, n, &key);
    else {  // the last line without its newline
        char *l = malloc(n + 1);
        if (!l) cli_out_of_memory(NULL, n + 1, "out of memory reading a line");
        memcpy(l, line, n);
        l[n] = '\n';
        dedup_event(d, l, n + 1, &key);
        free(l);
    }
    json_decref(o);
    return true;
}

int cmd_dedup(int argc, char **argv)
{
    dedup_mode mode = DEDUP_STORY;
    const char *file = NULL, *output = NULL;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        if (!strcmp(a, "--by") && i + 1 < argc) {
            if (dedup_parse_mode("dyad dedup", a, argv[++i], &mode)) return 2;
        } else if ((!strcmp(a, "-o") || !strcmp(a, "--output")) && i + 1 < argc)
            output = argv[++i];
        else if (!strcmp(a, "--help") || !strcmp(a, "-h")) {
            dedup_usage(stdout);
            return 0;
        } else if ((a[0] == '-' && a[1]) || file) {
            fprintf(stderr, "dyad dedup: unexpected '%s'\n", a);
            dedup_usage(stderr);
            return 2;
        } else
            file = a;
    }
    if (!file) file = "-";
    FILE *in = strcmp(file, "-") ? fopen(file, "r") : stdin;
    if (!in) {
        fprintf(stderr, "dyad dedup: cannot read %s: %s\n", file, strerror(errno));
        return 1;
    }
    if (output && cli_out_to_file("dyad dedup", output) < 0) {
        if (in != stdin) fclose(in);
        return 1;
    }
    dedup *d = dedup_new(mode, true);
    char *buf = NULL;
    size_t cap = 0;
    ssize_t n;
    long no = 0, bad = 0;
    while (!cli_out_failed() && (n = getline(&buf, &cap, in)) > 0) {
        no++;
        if (buf[strspn(buf, " \t\r\n")] == 0) continue;
        if (!dedup_line(d, buf, (size_t)n, file, no)) bad++;
    }
    bool read_failed = ferror(in);
    if (read_failed) fprintf(stderr, "dyad dedup: %s:%ld: %s\n", file, no + 1, strerror(errno));
    dedup_free(d);
    free(buf);
    if (in != stdin) fclose(in);
    cli_out_flush();
    int rc = bad || read_failed || cli_out_failed() ? 1 : 0;
    if (output && cli_out_file_done("dyad dedup", !read_failed && !cli_out_failed()) < 0) rc = 1;
    return rc;
}
