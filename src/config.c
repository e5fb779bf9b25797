// config.c: PETRARCH's PETR_config.ini, [Dictionaries] section.
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "dict.h"
#include "error.h"

static slice trim(const char *s, size_t n)
{
    while (n && dyad__is_space((unsigned char)*s)) s++, n--;
    while (n && dyad__is_space((unsigned char)s[n - 1])) n--;
    return (slice){s, n};
}

static int load_one(dyad_dict *d, dyad_dict_kind kind, const char *dir, slice name,
                    dyad_diag_fn diag, void *ctx, dyad_error *err)
{
    strbuf path = STRBUF_INIT;
    if (name.n && name.p[0] != '/' && dir && *dir) dyad__sb_printf(&path, "%s/", dir);
    dyad__sb_put(&path, name.p, name.n);
    int n = dyad_dict_load(d, kind, dyad__sb_cstr(&path), diag, ctx, err);
    dyad__sb_dispose(&path);
    return n;
}

static int load_list(dyad_dict *d, dyad_dict_kind kind, const char *dir, slice list,
                     dyad_diag_fn diag, void *ctx, dyad_error *err)
{
    int total = 0;
    const char *p = list.p, *end = list.p + list.n;
    while (p < end) {
        const char *comma = memchr(p, ',', (size_t)(end - p));
        const char *stop = comma ? comma : end;
        slice one = trim(p, (size_t)(stop - p));
        if (one.n) {
            int n = load_one(d, kind, dir, one, diag, ctx, err);
            if (n < 0) return n;
            total += n;
        }
        p = stop + 1;
    }
    return total;
}

static bool key_is(slice k, const char *name)
{
    return k.n == strlen(name) && memcmp(k.p, name, k.n) == 0;
}

int dyad_dict_load_config(dyad_dict *d, const char *ini_path, const char *dir,
                          dyad_diag_fn diag, void *ctx, dyad_error *err)
{
    static const struct {
        const char *key;
        dyad_dict_kind kind;
    } keys[] = {
        {"verbfile_name", DYAD_DICT_VERBS},   {"actorfile_list", DYAD_DICT_ACTORS},
        {"agentfile_name", DYAD_DICT_AGENTS}, {"discardfile_name", DYAD_DICT_DISCARDS},
        {"issuefile_name", DYAD_DICT_ISSUES}, {"nounfile_name", DYAD_DICT_NOUNS},
    };
    size_t len;
    char *text = dyad__read_file(ini_path, &len);
    if (!text) {
        dyad_error_set(err, DYAD_ERR_IO, ini_path, 0, 0, "cannot read config: %s", strerror(errno));
        return DYAD_ERR_IO;
    }
    strbuf own_dir = STRBUF_INIT;
    if (!dir) {
        const char *slash = strrchr(ini_path, '/');
        dyad__sb_put(&own_dir, ini_path, slash ? (size_t)(slash - ini_path) : 1);
        if (!slash) dyad__sb_clear(&own_dir), dyad__sb_puts(&own_dir, ".");
        dir = dyad__sb_cstr(&own_dir);
    }
    char *cur = text, *end = text + len;
    const char *line;
    size_t n;
    bool in_dicts = false;
    int total = 0, lineno = 0, found = 0;
    while (dyad__next_line(&cur, end, &line, &n)) {
        lineno++;
        slice s = trim(line, n);
        if (!s.n || s.p[0] == '#' || s.p[0] == ';') continue;
        if (s.p[0] == '[') {
            in_dicts = s.n >= 14 && memcmp(s.p, "[Dictionaries]", 14) == 0;
            continue;
        }
        const char *eq = memchr(s.p, '=', s.n);
        if (!in_dicts || !eq) continue;
        slice key = trim(s.p, (size_t)(eq - s.p));
        slice val = trim(eq + 1, (size_t)(s.p + s.n - eq - 1));
        for (size_t i = 0; i < sizeof keys / sizeof keys[0]; i++) {
            if (!key_is(key, keys[i].key)) continue;
            found++;
            int k = load_list(d, keys[i].kind, dir, val, diag, ctx, err);
            if (k < 0) {
                free(text);
                dyad__sb_dispose(&own_dir);
                return k;
            }
            total += k;
        }
    }
    free(text);
    dyad__sb_dispose(&own_dir);
    if (!found) {
        dyad_error_set(err, DYAD_ERR_SYNTAX, ini_path, lineno, 0,
                       "no [Dictionaries] entries (verbfile_name, actorfile_list, ...)");
        return DYAD_ERR_SYNTAX;
    }
    return total;
}

int dyad_dict_load_dir(dyad_dict *d, const char *dir, dyad_diag_fn diag, void *ctx,
                       dyad_error *err)
{
    strbuf ini = STRBUF_INIT;
    dyad__sb_printf(&ini, "%s/PETR_config.ini", dir);
    FILE *f = fopen(dyad__sb_cstr(&ini), "r");
    if (f) {
        fclose(f);
        int n = dyad_dict_load_config(d, dyad__sb_cstr(&ini), dir, diag, ctx, err);
        dyad__sb_dispose(&ini);
        return n;
    }
    dyad__sb_dispose(&ini);
    static const struct {
        dyad_dict_kind kind;
        const char *name;
    } phoenix[] = {
        {DYAD_DICT_VERBS, "CAMEO.2.0.txt"},
        {DYAD_DICT_ACTORS, "Phoenix.Countries.actors.txt"},
        {DYAD_DICT_ACTORS, "Phoenix.International.actors.txt"},
        {DYAD_DICT_ACTORS, "Phoenix.MilNonState.actors.txt"},
        {DYAD_DICT_AGENTS, "Phoenix.agents.txt"},
        {DYAD_DICT_DISCARDS, "Phoenix.discards.txt"},
        {DYAD_DICT_ISSUES, "Phoenix.IssueCoding.txt"},
    };
    int total = 0;
    for (size_t i = 0; i < sizeof phoenix / sizeof phoenix[0]; i++) {
        slice name = {phoenix[i].name, strlen(phoenix[i].name)};
        int n = load_one(d, phoenix[i].kind, dir, name, diag, ctx, err);
        if (n < 0) return n;
        total += n;
    }
    return total;
}
