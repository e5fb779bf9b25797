// replay.c: run a fuzz target's LLVMFuzzerTestOneInput on each file named on
// the command line, without libFuzzer. Prints "ok FILE" per file; a crash
// or abort in the target ends the program with a failing status.
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static unsigned char *slurp(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f) return NULL;
    size_t cap = 4096, n = 0;
    unsigned char *buf = malloc(cap);
    size_t got;
    while (buf && (got = fread(buf + n, 1, cap - n, f)) > 0) {
        n += got;
        if (n == cap) {
            unsigned char *nb = realloc(buf, cap *= 2);
            if (!nb) free(buf);
            buf = nb;
        }
    }
    int bad = ferror(f);
    fclose(f);
    if (bad) {
        free(buf);
        return NULL;
    }
    *len = n;
    return buf;
}

int main(int argc, char **argv)
{
    int failed = 0;
    for (int i = 1; i < argc; i++) {
        size_t n = 0;
        unsigned char *data = slurp(argv[i], &n);
        if (!data) {
            fprintf(stderr, "cannot read %s\n", argv[i]);
            failed++;
            continue;
        }
        LLVMFuzzerTestOneInput(data, n);
        free(data);
        printf("ok %s\n", argv[i]);
    }
    return failed ? 1 : 0;
}
