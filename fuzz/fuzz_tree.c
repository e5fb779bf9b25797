// fuzz_tree.c: libFuzzer target for the Penn Treebank reader. Parses the
// input, then walks the tree checking its links.
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "tree.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // exactly `size` bytes, no terminator, so over-reads are caught
    char *s = malloc(size ? size : 1);
    if (!s) abort();
    if (size) memcpy(s, data, size);
    ptree t;
    memset(&t, 0, sizeof t);
    arena mem;
    dyad__arena_init(&mem, 4096);
    dyad_error err;
    int rc = dyad__tree_parse(&t, &mem, s, size, "fuzz.tree", 1, &err);
    if (rc == DYAD_OK) {
        if (t.root < 0 || t.root >= t.n || t.n > TREE_MAX_NODES) abort();
        int32_t leaves = 0;
        volatile size_t sink = 0;
        for (int32_t i = 0; i < t.n; i++) {
            const tnode *nd = &t.nodes[i];
            if (nd->parent >= t.n || nd->first >= t.n || nd->next >= t.n) abort();
            if (nd->pos < 0 || (size_t)nd->pos >= size || s[nd->pos] != '(') abort();
            for (size_t k = 0; k < nd->label.n; k++) sink += (unsigned char)nd->label.p[k];
            if (tnode_is_leaf(nd)) {
                for (size_t k = 0; k < nd->word.n; k++) sink += (unsigned char)nd->word.p[k];
                if (nd->leaf_index != leaves++) abort();
            }
        }
        if (leaves != t.n_leaves) abort();
        (void)sink;
    } else if (rc != DYAD_ERR_SYNTAX || err.line < 1 || err.column < 1) {
        abort();
    }
    free(t.nodes);
    dyad__arena_dispose(&mem);
    free(s);
    return 0;
}
