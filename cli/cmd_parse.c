// cmd_parse.c: "dyad parse": show the built-in parser's tree for each line
// of text (one sentence per line), for inspecting what the coder sees.
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

int cmd_parse(int argc, char **argv)
{
    cli_dicts dicts = {0};
    const char *file = "-";
    for (int i = 1; i < argc; i++) {
        if (!strcmp(argv[i], "--dictionaries") && i + 1 < argc) dicts.dir = argv[++i];
        else if (!strcmp(argv[i], "--config") && i + 1 < argc) dicts.config = argv[++i];
        else if (!strcmp(argv[i], "--help") || !strcmp(argv[i], "-h")) {
            puts("usage: dyad parse [--dictionaries DIR | --config INI] [FILE]\n"
                 "  prints the Penn tree of each line of FILE (default stdin)");
            return 0;
        } else if (argv[i][0] != '-' || !argv[i][1]) file = argv[i];
        else {
            fprintf(stderr, "dyad parse: unknown option '%s'\n", argv[i]);
            return 2;
        }
    }
    FILE *in = strcmp(file, "-") ? fopen(file, "r") : stdin;
    if (!in) {
        fprintf(stderr, "dyad parse: cannot open %s: %s\n", file, strerror(errno));
        return 1;
    }
    dyad_dict *dict = dyad_dict_new();
    if (cli_load_default(dict, &dicts) < 0) {
        dyad_dict_free(dict);
        if (in != stdin) fclose(in);
        return 1;
    }
    dyad_coder *coder = dyad_coder_new(dict, NULL);
    char *line = NULL;
    size_t cap = 0;
    ssize_t n;
    int status = 0;
    while (!cli_out_failed() && (n = getline(&line, &cap, in)) > 0) {
        while (n > 0 && (line[n - 1] == '\n' || line[n - 1] == '\r')) n--;
        if (!n) continue;
        char *tree = NULL;
        dyad_error err = {0};
        if (dyad_parse_sentence(coder, line, (size_t)n, &tree, &err) < 0) {
            dyad_error_print(&err, stderr);
            status = 1;
            continue;
        }
        cli_puts(tree);
        free(tree);
    }
    if (ferror(in)) {
        fprintf(stderr, "dyad parse: cannot read %s: %s\n", strcmp(file, "-") ? file : "stdin",
                strerror(errno));
        status = 1;
    }
    free(line);
    if (in != stdin) fclose(in);
    dyad_coder_free(coder);
    dyad_dict_free(dict);
    return status;
}
