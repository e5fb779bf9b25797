// test_tree.c: the Penn Treebank reader: good trees with any layout, and bad
// trees reported as DYAD_ERR_SYNTAX with the right line and column.
#include <stdlib.h>
#include <string.h>

#include "harness.h"
#include "tree.h"

static bool slice_is(slice s, const char *lit)
{
    size_t n = strlen(lit);
    return s.n == n && (n == 0 || memcmp(s.p, lit, n) == 0);
}

// One node as expected, in creation (pre-)order.
typedef struct want_node {
    const char *label;
    const char *word;   // NULL: not a preterminal
    int tag;
    int parent;
} want_node;

typedef struct good_case {
    const char *name;
    const char *text;
    int n_leaves;
    want_node nodes[16];
    int n_nodes;
} good_case;

static const good_case good[] = {
    {"one line",
     "(ROOT (S (NP (NNP France)) (VP (VBD criticized) (NP (NNP Germany))) (. .)))",
     4,
     {{"ROOT", NULL, TAG_ROOT, -1},
      {"S", NULL, TAG_S, 0},
      {"NP", NULL, TAG_NP, 1},
      {"NNP", "France", TAG_NOUN, 2},
      {"VP", NULL, TAG_VP, 1},
      {"VBD", "criticized", TAG_VERB, 4},
      {"NP", NULL, TAG_NP, 4},
      {"NNP", "Germany", TAG_NOUN, 6},
      {".", ".", TAG_PUNCT, 1}},
     9},
    {"tabs, newlines, empty root label, -LRB-, quotes",
     "( (S\n\t(NP (DT The)\t(NNS talks))\r\n"
     "\t(VP (VBN held) (-LRB- -LRB-) (`` ``) (NN x) ('' '') (-RRB- -RRB-))\n"
     "  ) )\n",
     8,
     {{"", NULL, TAG_OTHER, -1},
      {"S", NULL, TAG_S, 0},
      {"NP", NULL, TAG_NP, 1},
      {"DT", "The", TAG_DT, 2},
      {"NNS", "talks", TAG_NOUN, 2},
      {"VP", NULL, TAG_VP, 1},
      {"VBN", "held", TAG_VERB, 5},
      {"-LRB-", "-LRB-", TAG_PUNCT, 5},
      {"``", "``", TAG_PUNCT, 5},
      {"NN", "x", TAG_NOUN, 5},
      {"''", "''", TAG_PUNCT, 5},
      {"-RRB-", "-RRB-", TAG_PUNCT, 5}},
     12},
    {"tag classes",
     "(TOP (SBAR (IN if) (SINV (PRP he) (CC and) (POS 's) (JJR more) (TO to) "
     "(, ,) (: --) (PP (NML (NNPS Xs))) (PRP$ his) (WHNP (FW y)))))",
     11,
     {{"TOP", NULL, TAG_ROOT, -1},
      {"SBAR", NULL, TAG_SBAR, 0},
      {"IN", "if", TAG_IN, 1},
      {"SINV", NULL, TAG_S, 1},
      {"PRP", "he", TAG_PRP, 3},
      {"CC", "and", TAG_CC, 3},
      {"POS", "'s", TAG_POS, 3},
      {"JJR", "more", TAG_JJ, 3},
      {"TO", "to", TAG_IN, 3},
      {",", ",", TAG_COMMA, 3},
      {":", "--", TAG_COLON, 3},
      {"PP", NULL, TAG_PP, 3},
      {"NML", NULL, TAG_NP, 11},
      {"NNPS", "Xs", TAG_NOUN, 12},
      {"PRP$", "his", TAG_PRP, 3},
      {"WHNP", NULL, TAG_NP, 3}},
     16},
};

static void check_good(const good_case *g)
{
    ptree t;
    memset(&t, 0, sizeof t);
    arena mem;
    dyad__arena_init(&mem, 4096);
    dyad_error err;
    memset(&err, 0, sizeof err);
    int rc = dyad__tree_parse(&t, &mem, g->text, strlen(g->text), "good.tree", 1, &err);
    if (rc != DYAD_OK) fprintf(stderr, "%s: %s\n", g->name, err.message);
    CHECK(rc == DYAD_OK);
    if (rc == DYAD_OK) {
        CHECK(t.root == 0);
        CHECK(t.n_leaves == g->n_leaves);
        // the last case's last node (WHNP) has a child (FW y), so count >=
        CHECK(t.n >= g->n_nodes);
        int leaf = 0;
        for (int i = 0; i < g->n_nodes && i < t.n; i++) {
            const tnode *nd = &t.nodes[i];
            const want_node *w = &g->nodes[i];
            if (!slice_is(nd->label, w->label))
                fprintf(stderr, "%s: node %d label '%.*s', want '%s'\n", g->name, i,
                        (int)nd->label.n, nd->label.p ? nd->label.p : "", w->label);
            CHECK(slice_is(nd->label, w->label));
            CHECK(nd->tag == w->tag);
            CHECK(nd->parent == w->parent);
            CHECK(g->text[nd->pos] == '(');
            if (w->word) {
                CHECK(tnode_is_leaf(nd));
                CHECK(slice_is(nd->word, w->word));
                CHECK(nd->leaf_index == leaf);
                leaf++;
            } else {
                CHECK(!tnode_is_leaf(nd));
                CHECK(nd->leaf_index == -1);
            }
        }
        // sibling links: the children of every node, in order, are exactly the
        // nodes that name it as their parent
        for (int32_t p = 0; p < t.n; p++) {
            int32_t c = t.nodes[p].first, expect = 0;
            for (int32_t i = 0; i < t.n; i++) {
                if (t.nodes[i].parent != p) continue;
                CHECK(c == i);
                if (c != i) break;
                c = t.nodes[c].next;
                expect++;
            }
            CHECK(c == -1);
            (void)expect;
        }
    }
    free(t.nodes);
    dyad__arena_dispose(&mem);
}

typedef struct bad_case {
    const char *name;
    const char *text;
    int first_line;
    int line, column;
    const char *what;   // part of the message
} bad_case;

static const bad_case bad[] = {
    {"extra ')'", "(ROOT (NN a)))", 1, 1, 14, "unbalanced ')'"},
    {"extra ')' later line", "(ROOT\n  (NN a))\n )", 10, 12, 2, "unbalanced ')'"},
    {"missing ')'", "(ROOT (NN a)", 1, 1, 13, "missing ')'"},
    {"missing ')' multi-line", "(ROOT\n  (S (NN a)\n\t)", 5, 7, 3, "missing ')'"},
    {"text before", "junk (ROOT (NN a))", 1, 1, 1, "outside brackets"},
    {"text after", "(ROOT (NN a))\n  junk", 40, 41, 3, "outside brackets"},
    {"word then a bracket", "(ROOT word (NP x))", 1, 1, 12, "word followed"},
    {"two words", "(ROOT (NN a b))", 3, 3, 13, "word followed"},
    {"two trees", "(A (B c))\n(D (E f))", 1, 2, 1, "after the tree"},
    {"empty", "", 7, 7, 1, "empty"},
    {"blank", "  \n\t", 7, 8, 2, "empty"},
};

static void check_bad(const bad_case *b)
{
    ptree t;
    memset(&t, 0, sizeof t);
    arena mem;
    dyad__arena_init(&mem, 4096);
    dyad_error err;
    memset(&err, 0, sizeof err);
    int rc = dyad__tree_parse(&t, &mem, b->text, strlen(b->text), "bad.tree", b->first_line, &err);
    CHECK(rc == DYAD_ERR_SYNTAX);
    CHECK(err.code == DYAD_ERR_SYNTAX);
    CHECK_STR(err.file, "bad.tree");
    if (err.line != b->line || err.column != b->column)
        fprintf(stderr, "%s: at %d:%d, want %d:%d (%s)\n", b->name, err.line, err.column,
                b->line, b->column, err.message);
    CHECK(err.line == b->line);
    CHECK(err.column == b->column);
    if (!strstr(err.message, b->what))
        fprintf(stderr, "%s: message '%s' lacks '%s'\n", b->name, err.message, b->what);
    CHECK(strstr(err.message, b->what) != NULL);
    free(t.nodes);
    dyad__arena_dispose(&mem);
}

// "(X (X ... (X w) ...))" nested `depth` deep.
static char *nested(int depth)
{
    char *s = malloc((size_t)depth * 4 + 8);
    size_t n = 0;
    for (int i = 0; i < depth; i++) s[n++] = '(', s[n++] = 'X', s[n++] = ' ';
    s[n++] = 'w';
    for (int i = 0; i < depth; i++) s[n++] = ')';
    s[n] = 0;
    return s;
}

static int parse_str(const char *s, dyad_error *err, ptree *t)
{
    arena mem;
    dyad__arena_init(&mem, 4096);
    memset(t, 0, sizeof *t);
    memset(err, 0, sizeof *err);
    int rc = dyad__tree_parse(t, &mem, s, strlen(s), "deep.tree", 1, err);
    free(t->nodes);
    dyad__arena_dispose(&mem);
    return rc;
}

static void check_limits(void)
{
    dyad_error err;
    ptree t;
    char *s = nested(TREE_MAX_DEPTH);
    CHECK(parse_str(s, &err, &t) == DYAD_OK);
    CHECK(t.n == TREE_MAX_DEPTH && t.n_leaves == 1);
    free(s);

    s = nested(TREE_MAX_DEPTH + 1);
    CHECK(parse_str(s, &err, &t) == DYAD_ERR_SYNTAX);
    CHECK(err.line == 1 && err.column == 3 * TREE_MAX_DEPTH + 1);
    CHECK(strstr(err.message, "deep") != NULL);
    free(s);

    s = nested(600);
    CHECK(parse_str(s, &err, &t) == DYAD_ERR_SYNTAX);
    CHECK(strstr(err.message, "deep") != NULL);
    free(s);

    // 600 unclosed '(' with nothing else
    char open[601];
    memset(open, '(', 600);
    open[600] = 0;
    CHECK(parse_str(open, &err, &t) == DYAD_ERR_SYNTAX);
    CHECK(err.line == 1 && err.column == TREE_MAX_DEPTH + 1);

    // too many nodes: a flat tree with TREE_MAX_NODES preterminals
    size_t cap = (size_t)TREE_MAX_NODES * 6 + 16, n = 0;
    char *flat = malloc(cap);
    n += (size_t)sprintf(flat, "(R ");
    for (int i = 0; i < TREE_MAX_NODES; i++) n += (size_t)sprintf(flat + n, "(X y)");
    sprintf(flat + n, ")");
    CHECK(parse_str(flat, &err, &t) == DYAD_ERR_SYNTAX);
    CHECK(strstr(err.message, "too many") != NULL);
    free(flat);
}

// dyad__tree_parse resets a tree that is reused
static void check_reuse(void)
{
    ptree t;
    memset(&t, 0, sizeof t);
    arena mem;
    dyad__arena_init(&mem, 4096);
    dyad_error err;
    const char *a = "(ROOT (S (NN a) (NN b) (NN c)))", *b = "(ROOT (NN z))";
    CHECK(dyad__tree_parse(&t, &mem, a, strlen(a), "r", 1, &err) == DYAD_OK);
    CHECK(t.n == 5 && t.n_leaves == 3);
    CHECK(dyad__tree_parse(&t, &mem, "((", 2, "r", 1, &err) == DYAD_ERR_SYNTAX);
    CHECK(dyad__tree_parse(&t, &mem, b, strlen(b), "r", 1, &err) == DYAD_OK);
    CHECK(t.n == 2 && t.n_leaves == 1 && t.root == 0);
    CHECK(slice_is(t.nodes[1].word, "z"));
    // not NUL-terminated: only n bytes are read
    CHECK(dyad__tree_parse(&t, &mem, "(ROOT (NN q))garbage", 13, "r", 1, &err) == DYAD_OK);
    CHECK(t.n == 2);
    free(t.nodes);
    dyad__arena_dispose(&mem);
}

int main(void)
{
    for (size_t i = 0; i < sizeof good / sizeof good[0]; i++) check_good(&good[i]);
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) check_bad(&bad[i]);
    check_limits();
    check_reuse();
    return harness_done();
}
