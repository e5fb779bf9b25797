// inspect.c: one-off lookups for people reading what the coder sees: a
// sentence's tree from the built-in parser, and the code of one actor name.
#include <stdlib.h>
#include <string.h>

#include "coder.h"

static void penn(const ptree *t, int32_t n, strbuf *b)
{
    const tnode *x = &t->nodes[n];
    dyad__sb_putc(b, '(');
    dyad__sb_put(b, x->label.p, x->label.n);
    if (tnode_is_leaf(x)) {
        dyad__sb_putc(b, ' ');
        dyad__sb_put(b, x->word.p, x->word.n);
    }
    for (int32_t k = x->first; k >= 0; k = t->nodes[k].next) {
        dyad__sb_putc(b, ' ');
        penn(t, k, b);
    }
    dyad__sb_putc(b, ')');
}

int dyad_parse_sentence(dyad_coder *c, const char *text, size_t len, char **out,
                        dyad_error *err)
{
    dyad__arena_reset(&c->mem);
    text_token *toks;
    bool truncated = false;
    int32_t max = c->opts.max_tokens > 0 ? c->opts.max_tokens : 100000;
    if (len > INT32_MAX / 2) len = INT32_MAX / 2;
    int32_t n = dyad__text_tokenize(&c->mem, text ? text : "", 0, (int32_t)len, &toks, max, &truncated);
    parse_input in = {toks, n, c->dict, NULL};
    int rc = c->parser->parse(c->parser_state, &in, &c->sent.tree, err);
    if (rc < 0) return rc;
    strbuf b = STRBUF_INIT;
    penn(&c->sent.tree, c->sent.tree.root, &b);
    *out = dyad__xstrndup(b.p ? b.p : "", b.n);
    dyad__sb_dispose(&b);
    return 0;
}

int dyad_lookup_actor(dyad_coder *c, const char *name, size_t len, int32_t date,
                      const char **code, const char **entry)
{
    dyad__arena_reset(&c->mem);
    *code = "---";
    *entry = "";
    text_token *toks;
    bool truncated;
    if (len > 4096) len = 4096;
    int32_t n = dyad__text_tokenize(&c->mem, name ? name : "", 0, (int32_t)len, &toks, 256, &truncated);
    sentence *s = &c->sent;
    s->mem = &c->mem;
    s->dict = c->dict;
    s->date = date;
    s->topic = NULL;
    s->relatives = s->be_forms = false;
    s->n_items = 0;
    s->n_nes = 0;
    s->n_leaves = n;
    s->leaves = dyad__arena_alloc(&c->mem, ((size_t)n + 1) * sizeof *s->leaves);
    VEC_RESERVE(s->items, s->cap_items, (size_t)n + 2);
    VEC_RESERVE(s->nes, s->cap_nes, 1);
    s->items[s->n_items++] = (item){.kind = IT_OPEN, .phrase = PH_NE, .mate = n + 1, .ne = 0, .leaf = -1};
    for (int32_t i = 0; i < n; i++) {
        leaf *l = &s->leaves[i];
        l->text = toks[i].norm;
        l->id = dyad__leaf_word_id(c->dict, toks[i].norm);
        bool cap = toks[i].flags & TOK_CAP;
        l->tag = cap ? TAG_NOUN : TAG_OTHER;
        l->offset = toks[i].start;
        l->end = toks[i].end;
        s->items[s->n_items++] = (item){.kind = IT_WORD, .phrase = PH_OTHER, .tag = l->tag, .mate = -1,
                                        .ne = -1, .word = l->id, .leaf = i};
    }
    s->items[s->n_items++] = (item){.kind = IT_CLOSE, .phrase = PH_NE, .mate = 0, .ne = 0, .leaf = -1};
    ne_phrase *e = &s->nes[s->n_nes++];
    memset(e, 0, sizeof *e);
    e->open = 0;
    e->close = n + 1;
    e->nec = -1;
    e->code = "---";
    dyad__sentence_code_actors(s, &c->opts);
    *code = e->code;
    *entry = e->entry ? e->entry : "";
    return strcmp(e->code, "---") != 0;
}
