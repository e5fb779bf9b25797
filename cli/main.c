// main.c: dyad's command line: subcommand dispatch and dictionary loading.
#define _XOPEN_SOURCE 700  // realpath
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cli.h"

void cli_diag(void *ctx, const dyad_error *e)
{
    (void)ctx;
    dyad_error_print(e, stderr);
}

static char *join(const char *dir, const char *name)
{
    if (!dir || name[0] == '/') return strdup(name);
    size_t n = strlen(dir) + strlen(name) + 2;
    char *p = malloc(n);
    if (!p) abort();
    snprintf(p, n, "%s/%s", dir, name);
    return p;
}

int cli_load(dyad_dict *dict, dyad_dict_kind kind, const char *dir, const char *name,
             int *errors)
{
    char *path = join(dir, name);
    dyad_error err = {0};
    int n = dyad_dict_load(dict, kind, path, cli_diag, NULL, &err);
    free(path);
    if (n < 0) {
        dyad_error_print(&err, stderr);
        return n;
    }
    *errors += n;
    return 0;
}

static bool exists(const char *path)
{
    struct stat st;
    return stat(path, &st) == 0;
}

static int load_dir(dyad_dict *dict, cli_dicts *d, const char *dir);

// dyad's own dictionaries when none are named: $DYAD_DICTIONARIES, then
// dictionaries/ beside the program's folder (build/dyad -> dictionaries/,
// bin/dyad -> share/dyad/dictionaries), then ./dictionaries.
static char *default_dir(void)
{
    const char *env = getenv("DYAD_DICTIONARIES");
    if (env && *env) return strdup(env);
    char exe[4096];
    ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 64);
    if (n > 0) {
        exe[n] = 0;
        char *slash = strrchr(exe, '/');
        if (slash) {
            static const char *const rel[] = {"/../dictionaries", "/../share/dyad/dictionaries"};
            for (size_t i = 0; i < 2; i++) {
                *slash = 0;
                char path[4200], ini[4300];
                snprintf(path, sizeof path, "%s%s", exe, rel[i]);
                snprintf(ini, sizeof ini, "%s/PETR_config.ini", path);
                if (exists(ini)) return realpath(path, NULL);
            }
        }
    }
    return NULL;
}

int cli_load_default(dyad_dict *dict, cli_dicts *d)
{
    dyad_error err = {0};
    const char *what = d->config ? d->config : d->dir;
    char *found = what ? NULL : default_dir();
    if (!what) what = found ? found : "dictionaries";
    char *abs = realpath(what, NULL);
    snprintf(d->used, sizeof d->used, "%s", abs ? abs : what);
    free(abs);
    if (d->config) {
        free(found);
        int n = dyad_dict_load_config(dict, d->config, d->dir, cli_diag, NULL, &err);
        if (n < 0) {
            dyad_error_print(&err, stderr);
            return n;
        }
        d->errors += n;
        return 0;
    }
    int rc = load_dir(dict, d, what);
    free(found);
    return rc;
}

static int load_dir(dyad_dict *dict, cli_dicts *d, const char *dir)
{
    dyad_error err = {0};
    int n = dyad_dict_load_dir(dict, dir, cli_diag, NULL, &err);
    if (n < 0) {
        dyad_error_print(&err, stderr);
        return n;
    }
    d->errors += n;
    return 0;
}

int32_t cli_date_value(const char *v)
{
    static const int mdays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    int32_t date = dyad_parse_date(v, strlen(v));
    int y = date / 10000, m = date / 100 % 100, d = date % 100;
    bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    bool ok = date && y >= 1 && m >= 1 && m <= 12 && d >= 1 && d <= mdays[m - 1] &&
              !(m == 2 && d == 29 && !leap);
    return ok ? date : 0;
}

int cli_parse_date_opt(const char *prog, const char *opt, const char *v, int32_t *out)
{
    int32_t date = cli_date_value(v);
    if (!date) {
        fprintf(stderr,
                "%s: %s needs a calendar date YYYY-MM-DD, not '%s' (YYYYMMDD and ISO 8601 "
                "dates and times such as 2025-01-06T10:00:00Z are taken too)\n",
                prog, opt, v);
        return 2;
    }
    *out = date;
    return 0;
}

int cli_parse_date(const char *prog, const char *v, int32_t *out)
{
    return cli_parse_date_opt(prog, "--date", v, out);
}

static void usage(FILE *out)
{
    fputs("usage: dyad COMMAND [options]\n"
          "\n"
          "commands:\n"
          "  code [FILE...]       code stories (plain text, JSON Lines) or sentences\n"
          "                       (PETRARCH XML, JSON Lines with parses; stdin when none)\n"
          "                       into events, one JSON object per line\n"
          "  parse [FILE]         print the built-in parser's tree of each line\n"
          "  actor NAME [--date D]  the code a name gets on a date, and its entry\n"
          "  dict check           report duplicate phrases, overlaps and unknown codes\n"
          "  dict gaps FILE...    frequent uncoded names in subject and object position\n"
          "  validate FILE.xml    code a PETRARCH validation file and compare with its gold\n"
          "                       events; prints failures, a table and 'N passed, N failed'\n"
          "  eval GOLD EVENTS     score events against a gold set: precision, recall, F1\n"
          "  dedup [--by story|day] FILE  keep events once per story or per day\n"
          "  ingest FILE... --db DB  store dyad code's JSON Lines events in a database\n"
          "  query --db DB [filters]  events or counts from the database (--count-by)\n"
          "  serve --db STORE     the store's events as a JSON API and a web page\n"
          "  version              print the version and the dictionaries' files and hashes\n"
          "\n"
          "run 'dyad COMMAND --help' for a command's options\n",
          out);
}

static int run(int argc, char **argv)
{
    if (argc < 2) {
        usage(stderr);
        return 2;
    }
    const char *cmd = argv[1];
    if (!strcmp(cmd, "code")) return cmd_code(argc - 1, argv + 1);
    if (!strcmp(cmd, "validate")) return cmd_validate(argc - 1, argv + 1);
    if (!strcmp(cmd, "parse")) return cmd_parse(argc - 1, argv + 1);
    if (!strcmp(cmd, "actor")) return cmd_actor(argc - 1, argv + 1);
    if (!strcmp(cmd, "dict")) return cmd_dict(argc - 1, argv + 1);
    if (!strcmp(cmd, "eval")) return cmd_eval(argc - 1, argv + 1);
    if (!strcmp(cmd, "dedup")) return cmd_dedup(argc - 1, argv + 1);
    if (!strcmp(cmd, "ingest")) return cmd_ingest(argc - 1, argv + 1);
    if (!strcmp(cmd, "query")) return cmd_query(argc - 1, argv + 1);
    if (!strcmp(cmd, "serve")) return cmd_serve(argc - 1, argv + 1);
    if (!strcmp(cmd, "version") || !strcmp(cmd, "--version")) return cmd_version(argc - 1, argv + 1);
    if (!strcmp(cmd, "help") || !strcmp(cmd, "--help") || !strcmp(cmd, "-h")) {
        usage(stdout);
        return 0;
    }
    fprintf(stderr, "dyad: unknown command '%s'\n", cmd);
    usage(stderr);
    return 2;
}

// "--opt=value" becomes "--opt" "value" before any command sees it, so every
// option taking "--opt value" takes "--opt=value" too; after "--" nothing
// is split.
typedef struct cli_args {
    int argc, n_copies;
    char **argv;
    char **copies;  // the "--opt" strings made here
} cli_args;

static void split_args(int argc, char **argv, cli_args *a)
{
    a->argv = malloc(((size_t)argc * 2 + 1) * sizeof *a->argv);
    a->copies = malloc(((size_t)argc + 1) * sizeof *a->copies);
    if (!a->argv || !a->copies) abort();
    a->argc = a->n_copies = 0;
    bool split = true;
    for (int i = 0; i < argc; i++) {
        char *s = argv[i], *eq = strchr(s, '=');
        if (i > 0 && !strcmp(s, "--")) split = false;
        if (i > 0 && split && !strncmp(s, "--", 2) && eq && eq > s + 2) {
            char *name = strndup(s, (size_t)(eq - s));
            if (!name) abort();
            a->copies[a->n_copies++] = name;
            a->argv[a->argc++] = name;
            a->argv[a->argc++] = eq + 1;
        } else a->argv[a->argc++] = s;
    }
    a->argv[a->argc] = NULL;
}

// The subcommand, then stdout closed and checked: a failed write makes the
// exit status non-zero whatever the subcommand returned.
int main(int argc, char **argv)
{
    dyad_on_out_of_memory(cli_out_of_memory, NULL);
    cli_args a;
    split_args(argc, argv, &a);
    int rc = run(a.argc, a.argv);
    char prog[64];
    snprintf(prog, sizeof prog, "dyad%s%s", a.argc > 1 ? " " : "", a.argc > 1 ? a.argv[1] : "");
    for (int i = 0; i < a.n_copies; i++) free(a.copies[i]);
    free(a.copies);
    free(a.argv);
    if (cli_out_close(prog) && !rc) rc = 1;
    return rc;
}
