// tree.c: a layout-tolerant Penn Treebank reader.
//
// Accepts "(ROOT (S ...))" and "( (S ...))", any whitespace and line
// breaks, -LRB- style tokens and quote tokens. Unbalanced brackets, stray
// text and excessive size or depth are errors with a line and column.
#include "tree.h"

#include <string.h>

#include "error.h"

static bool eq(slice s, const char *lit)
{
    size_t n = strlen(lit);
    return s.n == n && memcmp(s.p, lit, n) == 0;
}

static uint8_t classify(slice l, bool *vbn)
{
    *vbn = false;
    if (!l.n) return TAG_OTHER;
    if (eq(l, "ROOT") || eq(l, "TOP")) return TAG_ROOT;
    if (eq(l, "S") || eq(l, "SINV") || eq(l, "SQ") || eq(l, "SBARQ")) return TAG_S;
    if (eq(l, "SBAR")) return TAG_SBAR;
    if (eq(l, "NP") || eq(l, "NX") || eq(l, "NML") || eq(l, "WHNP")) return TAG_NP;
    if (eq(l, "VP")) return TAG_VP;
    if (eq(l, "PP")) return TAG_PP;
    if (eq(l, "CC")) return TAG_CC;
    if (eq(l, "POS")) return TAG_POS;
    if (eq(l, "IN") || eq(l, "TO")) return TAG_IN;
    if (eq(l, "DT")) return TAG_DT;
    if (eq(l, ",")) return TAG_COMMA;
    if (eq(l, ":")) return TAG_COLON;
    if (eq(l, "PRP") || eq(l, "PRP$")) return TAG_PRP;
    if (l.p[0] == 'N' && l.n >= 2 && l.p[1] == 'N') return TAG_NOUN;
    if (l.p[0] == 'J' && l.n >= 2 && l.p[1] == 'J') return TAG_JJ;
    if (l.n >= 2 && l.p[0] == 'V' && l.p[1] == 'B') {
        *vbn = eq(l, "VBN");
        return TAG_VERB;
    }
    if (eq(l, ".") || eq(l, "``") || eq(l, "''") || eq(l, "-LRB-") || eq(l, "-RRB-"))
        return TAG_PUNCT;
    return TAG_OTHER;
}

typedef struct cursor {
    const char *s, *end, *start;
    const char *file;
    int line, line0;
    const char *line_start;
} cursor;

static void skip_ws(cursor *c)
{
    while (c->s < c->end && dyad__is_space((unsigned char)*c->s)) {
        if (*c->s == '\n') c->line++, c->line_start = c->s + 1;
        c->s++;
    }
}

static slice token(cursor *c)
{
    const char *b = c->s;
    while (c->s < c->end && *c->s != '(' && *c->s != ')' && !dyad__is_space((unsigned char)*c->s))
        c->s++;
    return (slice){b, (size_t)(c->s - b)};
}

static int fail(cursor *c, dyad_error *err, const char *what)
{
    dyad_error_set(err, DYAD_ERR_SYNTAX, c->file, c->line,
                   (int)(c->s - c->line_start) + 1, "bad parse tree: %s", what);
    return DYAD_ERR_SYNTAX;
}

static int32_t new_node(ptree *t, int32_t parent, int32_t pos)
{
    VEC_RESERVE(t->nodes, t->cap, t->n + 1);
    tnode *n = &t->nodes[t->n];
    memset(n, 0, sizeof *n);
    n->parent = parent;
    n->first = n->next = -1;
    n->pos = pos;
    n->leaf_index = -1;
    return t->n++;
}

static void link_child(ptree *t, int32_t parent, int32_t child, int32_t *last)
{
    if (parent < 0) return;
    if (last[0] < 0) t->nodes[parent].first = child;
    else t->nodes[last[0]].next = child;
    last[0] = child;
}

int dyad__tree_parse(ptree *t, arena *mem, const char *s, size_t n, const char *file,
               int first_line, dyad_error *err)
{
    (void)mem;
    t->n = 0;
    t->root = -1;
    t->n_leaves = 0;
    cursor c = {s, s + n, s, file, first_line, first_line, s};
    int32_t stack[TREE_MAX_DEPTH], last[TREE_MAX_DEPTH];
    int depth = 0;
    skip_ws(&c);
    if (c.s == c.end) return fail(&c, err, "empty parse");
    while (c.s < c.end) {
        skip_ws(&c);
        if (c.s == c.end) break;
        if (*c.s == '(') {
            if (depth == 0 && t->root >= 0) return fail(&c, err, "text after the tree");
            if (depth == TREE_MAX_DEPTH) return fail(&c, err, "nested too deeply");
            if (t->n >= TREE_MAX_NODES) return fail(&c, err, "too many nodes");
            int32_t parent = depth ? stack[depth - 1] : -1;
            int32_t id = new_node(t, parent, (int32_t)(c.s - s));
            if (depth) link_child(t, parent, id, &last[depth - 1]);
            else t->root = id;
            c.s++;
            skip_ws(&c);
            tnode *nd = &t->nodes[id];
            if (c.s < c.end && *c.s != '(' && *c.s != ')') nd->label = token(&c);
            bool vbn;
            nd->tag = classify(nd->label, &vbn);
            nd->is_vbn = vbn;
            skip_ws(&c);
            if (c.s < c.end && *c.s != '(' && *c.s != ')') {  // preterminal word
                nd->word = token(&c);
                nd->leaf_index = t->n_leaves++;
                skip_ws(&c);
                if (c.s < c.end && *c.s != ')')
                    return fail(&c, err, "a word followed by more than ')'");
            }
            stack[depth] = id;
            last[depth] = -1;
            depth++;
        } else if (*c.s == ')') {
            if (depth == 0) return fail(&c, err, "unbalanced ')'");
            depth--;
            c.s++;
        } else {
            return fail(&c, err, "text outside brackets");
        }
    }
    if (depth) return fail(&c, err, "missing ')' at the end");
    if (t->root < 0) return fail(&c, err, "no tree");
    return DYAD_OK;
}
