// cmd_actor.c: "dyad actor NAME [--date YYYY-MM-DD]": the code the
// dictionaries give a name on a date, and the entry that gave it.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

int cmd_actor(int argc, char **argv)
{
    cli_dicts dicts = {0};
    int32_t date = 0;
    const char *names[64];
    int n = 0;
    for (int i = 1; i < argc; i++) {
        if (!strcmp(argv[i], "--dictionaries") && i + 1 < argc) dicts.dir = argv[++i];
        else if (!strcmp(argv[i], "--config") && i + 1 < argc) dicts.config = argv[++i];
        else if (!strcmp(argv[i], "--date") && i + 1 < argc) {
            if (cli_parse_date("dyad actor", argv[++i], &date)) return 2;
        } else if (!strcmp(argv[i], "--help") || !strcmp(argv[i], "-h")) {
            puts("usage: dyad actor NAME... [--date YYYY-MM-DD] [--dictionaries DIR | --config INI]\n"
                 "  prints, for each NAME, the code it gets on that date (default: the\n"
                 "  entries' undated codes) and the dictionary entries (file:line) that gave it");
            return 0;
        } else if (argv[i][0] == '-') {
            fprintf(stderr, "dyad actor: unknown option '%s'\n", argv[i]);
            return 2;
        } else if (n < 64) names[n++] = argv[i];
    }
    if (!n) {
        fprintf(stderr, "usage: dyad actor NAME... [--date YYYY-MM-DD]\n");
        return 2;
    }
    dyad_dict *dict = dyad_dict_new();
    if (cli_load_default(dict, &dicts) < 0) {
        dyad_dict_free(dict);
        return 1;
    }
    dyad_options o = DYAD_OPTIONS_INIT;  // as `dyad code` codes names
    dyad_options_news(&o, true);
    dyad_coder *coder = dyad_coder_new(dict, &o);
    int missing = 0;
    for (int i = 0; i < n; i++) {
        const char *code, *entry;
        int ok = dyad_lookup_actor(coder, names[i], strlen(names[i]), date, &code, &entry);
        if (ok) cli_printf("%s\t%s\t%s\n", names[i], code, entry);
        else if (*entry) cli_printf("%s\t---\t%s (no code on that date)\n", names[i], entry);
        else cli_printf("%s\t---\t(no dictionary entry)\n", names[i]);
        missing += !ok;
    }
    dyad_coder_free(coder);
    dyad_dict_free(dict);
    if (missing) fprintf(stderr, "dyad actor: %d of %d name%s not coded\n", missing, n, n == 1 ? "" : "s");
    return missing ? 1 : 0;
}
