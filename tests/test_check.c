// test_check.c: dyad__sentence_check accepts a well-formed item list and
// catches each kind of broken one, with a message, without aborting.
#include <string.h>

#include "check.h"
#include "harness.h"

// "(S (NE France) attacked)": S[ NE[ France ]NE attacked ]S
static void build(sentence *s, item *items, leaf *leaves, ne_phrase *ne)
{
    static const item good[] = {
        {.kind = IT_OPEN, .phrase = PH_S, .mate = 5, .ne = -1, .leaf = -1},
        {.kind = IT_OPEN, .phrase = PH_NE, .mate = 3, .ne = 0, .leaf = -1},
        {.kind = IT_WORD, .phrase = PH_OTHER, .mate = -1, .ne = -1, .leaf = 0},
        {.kind = IT_CLOSE, .phrase = PH_NE, .mate = 1, .ne = 0, .leaf = -1},
        {.kind = IT_WORD, .phrase = PH_OTHER, .mate = -1, .ne = -1, .leaf = 1},
        {.kind = IT_CLOSE, .phrase = PH_S, .mate = 0, .ne = -1, .leaf = -1},
    };
    memcpy(items, good, sizeof good);
    leaves[0] = (leaf){.text = {"France", 6}, .offset = 100, .end = 106};
    leaves[1] = (leaf){.text = {"attacked", 8}, .offset = 107, .end = 115};
    *ne = (ne_phrase){.open = 1, .close = 3, .nec = -1, .code = "FRA", .first_leaf = 0,
                      .last_leaf = 0};
    memset(s, 0, sizeof *s);
    s->items = items;
    s->n_items = s->cap_items = 6;
    s->leaves = leaves;
    s->n_leaves = 2;
    s->nes = ne;
    s->n_nes = s->cap_nes = 1;
}

// Build the good sentence, break it with `how`, and check it.
static int broken(int how, char *why, size_t n)
{
    sentence s;
    item items[6];
    leaf leaves[2];
    ne_phrase ne;
    build(&s, items, leaves, &ne);
    switch (how) {
    case 1: items[3].mate = 0; break;                      // a close naming the wrong open
    case 2: items[5].kind = IT_WORD; items[5].leaf = 1; break;  // an open never closed
    case 3: items[1].mate = 5; items[5].mate = 1;               // marks that cross
            items[3].mate = 0; items[0].mate = 3; break;
    case 4: items[2].leaf = 7; break;                      // a word of no leaf
    case 5: leaves[1].end = 130; break;                    // a span past the text
    case 6: ne.close = 4; break;                           // NE bounds not its marks
    case 7: ne.open = 9; break;                            // NE outside the list
    case 8: ne.nec = 0; break;                             // an NEC that is no NEC
    default: break;
    }
    return dyad__sentence_check(&s, 100, 120, why, n);
}

int main(void)
{
    char why[256] = "";
    CHECK(broken(0, why, sizeof why) == 0);
    for (int how = 1; how <= 8; how++) {
        why[0] = 0;
        int rc = broken(how, why, sizeof why);
        CHECK(rc == DYAD__SENTENCE_BROKEN);
        CHECK(why[0] != 0);
        if (rc != DYAD__SENTENCE_BROKEN) fprintf(stderr, "case %d not caught\n", how);
    }
    return harness_done();
}
