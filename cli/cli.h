// cli.h: the dyad command-line program (uses only the public dyad.h).
#ifndef DYAD_CLI_H
#define DYAD_CLI_H

#include "dyad.h"

typedef struct cli_dicts {
    const char *dir;       // --dictionaries DIR
    const char *config;    // --config PETR_config.ini
    int errors;            // malformed lines reported while loading
} cli_dicts;

// Print a diagnostic to stderr ("file:line: message").
void cli_diag(void *ctx, const dyad_error *e);
// Load one file of DIR (or an absolute/relative path) into dict.
int cli_load(dyad_dict *dict, dyad_dict_kind kind, const char *dir, const char *name,
             int *errors);
// Load the default dictionary set from DIR (a PETR_config.ini there, else
// the Phoenix file names).
int cli_load_default(dyad_dict *dict, cli_dicts *d);

int cmd_code(int argc, char **argv);
int cmd_validate(int argc, char **argv);
int cmd_parse(int argc, char **argv);
int cmd_actor(int argc, char **argv);
int cmd_dict(int argc, char **argv);
int cmd_eval(int argc, char **argv);

#endif
