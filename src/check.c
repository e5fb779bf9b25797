// check.c: the invariants of a flattened sentence (sentence.h), checked on
// every sentence in builds with -DDYAD_CHECK (make asan).
#include "check.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>

static int fail(char *why, size_t n, const char *fmt, ...) __attribute__((format(printf, 3, 4)));

static int fail(char *why, size_t n, const char *fmt, ...)
{
    if (why && n) {
        va_list ap;
        va_start(ap, fmt);
        vsnprintf(why, n, fmt, ap);
        va_end(ap);
    }
    return DYAD__SENTENCE_BROKEN;
}

// Marks: each word is a leaf of the sentence; each open has a close after it that names it back, of the same
// phrase and NE, and marks nest.
static int check_marks(const sentence *s, char *why, size_t n)
{
    int32_t depth = 0, *stack = dyad__xmalloc(((size_t)s->n_items + 1) * sizeof *stack);
    int rc = 0;
    for (int32_t i = 0; i < s->n_items && !rc; i++) {
        const item *it = &s->items[i];
        if (it->kind == IT_WORD) {
            if (it->leaf < 0 || it->leaf >= s->n_leaves)
                rc = fail(why, n, "item %d: leaf %d outside 0..%d", i, it->leaf, s->n_leaves - 1);
        } else if (it->kind == IT_OPEN) {
            const item *m = it->mate > i && it->mate < s->n_items ? &s->items[it->mate] : NULL;
            if (!m || m->kind != IT_CLOSE || m->mate != i || m->phrase != it->phrase ||
                m->ne != it->ne)
                rc = fail(why, n, "item %d: open mark without its close (mate %d)", i, it->mate);
            stack[depth++] = i;
        } else if (it->kind == IT_CLOSE) {
            if (!depth || stack[depth - 1] != it->mate)
                rc = fail(why, n, "item %d: close mark of %d does not close the innermost open", i,
                          it->mate);
            else depth--;
        } else {
            rc = fail(why, n, "item %d: kind %d", i, it->kind);
        }
    }
    if (!rc && depth) rc = fail(why, n, "open mark %d never closed", stack[depth - 1]);
    free(stack);
    return rc;
}

// Every leaf's span lies inside [lo, hi]. (A leaf may be two words: the
// shared words of a coordination are copied into each member.)
static int check_spans(const sentence *s, int32_t lo, int32_t hi, char *why, size_t n)
{
    for (int32_t k = 0; k < s->n_leaves; k++) {
        const leaf *l = &s->leaves[k];
        if (l->offset < 0) continue;
        if (l->offset < lo || l->end < l->offset || l->end > hi)
            return fail(why, n, "leaf %d: span %d..%d outside the text %d..%d", k, l->offset,
                        l->end, lo, hi);
    }
    return 0;
}

// NE phrases: their marks are theirs, inside the sentence, and an NE of an
// NEC lies inside it.
static int check_nes(const sentence *s, char *why, size_t n)
{
    for (int32_t k = 0; k < s->n_nes; k++) {
        const ne_phrase *e = &s->nes[k];
        if (e->open < 0) continue;  // dropped with its marks
        if (e->open >= s->n_items || e->close <= e->open || e->close >= s->n_items)
            return fail(why, n, "NE %d: bounds %d..%d outside 0..%d", k, e->open, e->close,
                        s->n_items - 1);
        const item *o = &s->items[e->open];
        uint8_t want = e->compound ? PH_NEC : PH_NE;
        if (o->kind != IT_OPEN || o->phrase != want || o->ne != k || o->mate != e->close)
            return fail(why, n, "NE %d: item %d is not its open mark", k, e->open);
        if (e->nec >= 0) {
            const ne_phrase *c = e->nec < s->n_nes ? &s->nes[e->nec] : NULL;
            if (!c || !c->compound || e->open < c->open || e->close > c->close)
                return fail(why, n, "NE %d: not inside its NEC %d", k, e->nec);
        }
        if (e->first_leaf > e->last_leaf || e->last_leaf >= s->n_leaves)
            return fail(why, n, "NE %d: leaves %d..%d", k, e->first_leaf, e->last_leaf);
    }
    return 0;
}

int dyad__sentence_check(const sentence *s, int32_t lo, int32_t hi, char *why, size_t n)
{
    if (s->n_items < 0 || (s->n_items && !s->items) || s->n_leaves < 0)
        return fail(why, n, "bad item or leaf count");
    int rc = check_marks(s, why, n);
    if (!rc) rc = check_spans(s, lo, hi, why, n);
    if (!rc) rc = check_nes(s, why, n);
    return rc;
}

void dyad__sentence_assert(const sentence *s, int32_t lo, int32_t hi, const char *where)
{
    char why[256];
    if (dyad__sentence_check(s, lo, hi, why, sizeof why) == 0) return;
    fprintf(stderr, "dyad: sentence check failed %s: %s\n", where, why);
    abort();
}
