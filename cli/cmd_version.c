// cmd_version.c: "dyad version" / "dyad --version": the coder's version,
// then the dictionaries `dyad code` would load (the same search, or
// --dictionaries / --config) and each file with a short SHA-256, so a
// result can be tied to both.
#include <stdio.h>
#include <string.h>

#include "cli.h"

static void version_usage(FILE *out)
{
    fputs("usage: dyad version [--dictionaries DIR | --config INI]\n"
          "  prints 'dyad VERSION', then 'dictionaries FOLDER' and one line per\n"
          "  dictionary file loaded: its name and the first 12 hex digits of its\n"
          "  SHA-256 (dyad code --header gives them whole). Exit status 1 when the\n"
          "  dictionaries cannot be loaded (the version line is printed first).\n",
          out);
}

int cmd_version(int argc, char **argv)
{
    cli_dicts dicts = {0};
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        if (!strcmp(a, "--dictionaries") && i + 1 < argc) dicts.dir = argv[++i];
        else if (!strcmp(a, "--config") && i + 1 < argc) dicts.config = argv[++i];
        else if (!strcmp(a, "--help") || !strcmp(a, "-h")) {
            version_usage(stdout);
            return 0;
        } else {
            fprintf(stderr, "dyad version: unexpected '%s'\n", a);
            version_usage(stderr);
            return 2;
        }
    }
    cli_printf("dyad %s\n", DYAD_VERSION);
    cli_out_flush();  // before any loading message on stderr
    dyad_dict *dict = dyad_dict_new();
    if (cli_load_default(dict, &dicts) < 0) {
        dyad_dict_free(dict);
        fprintf(stderr, "dyad version: no dictionaries loaded from %s\n", dicts.used);
        return 1;
    }
    // as named, or "default": no path of this machine in the output
    const char *named = dicts.config ? dicts.config : dicts.dir;
    cli_printf("dictionaries %s\n", named ? named : "default");
    const dyad_dict_file *files;
    size_t n = dyad_dict_files(dict, &files);
    for (size_t i = 0; i < n; i++) cli_printf("  %s %.12s\n", files[i].name, files[i].sha256);
    dyad_dict_free(dict);
    return 0;
}
