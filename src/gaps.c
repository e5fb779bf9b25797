// gaps.c: names the dictionaries miss. For every dictionary verb whose
// subject or object noun phrase got no code, the longest run of capitalised
// words in it goes to the coder's gap callback (dyad dict gaps).
#include <string.h>

#include "coder.h"

// An uncoded noun phrase with capitalised words: its longest run of them,
// without a leading article or a possessive, goes to the gap callback.
void dyad__report_gap(dyad_coder *c, int32_t ne)
{
    const sentence *s = &c->sent;
    if (ne < 0 || s->nes[ne].compound || s->nes[ne].thing || strcmp(s->nes[ne].code, "---") != 0)
        return;
    const lexicon *lx = &c->dict->lex;
    const uint64_t no_name = LEX(LEX_NOT_NAME) | LEX(LEX_WEEKDAY) | LEX(LEX_MONTH) | LEX(LEX_TITLE);
    int32_t best_a = -1, best_n = 0, a = -1, n = 0;
    for (int32_t k = s->nes[ne].open + 1; k <= s->nes[ne].close; k++) {
        const item *it = &s->items[k];
        bool cap = false;
        if (it->kind == IT_WORD) {
            slice w = s->leaves[it->leaf].text;
            uint32_t id = s->leaves[it->leaf].id;
            cap = w.n && ((w.p[0] >= 'A' && w.p[0] <= 'Z') || (unsigned char)w.p[0] >= 0xC0) &&
                  !(n == 0 && dyad__lexicon_has(lx, LEX(LEX_ARTICLE), id)) &&
                  !dyad__lexicon_has(lx, no_name, id);
        }
        if (cap) {
            if (!n) a = k;
            n++;
        } else if (it->kind == IT_WORD || k == s->nes[ne].close) {
            if (n > best_n) best_a = a, best_n = n;
            n = 0;
        }
    }
    if (best_n <= 0) return;
    strbuf b = STRBUF_INIT;
    for (int32_t k = best_a, got = 0; got < best_n; k++) {
        if (s->items[k].kind != IT_WORD) continue;
        slice w = s->leaves[s->items[k].leaf].text;
        if (b.n) dyad__sb_putc(&b, ' ');
        dyad__sb_put(&b, w.p, w.n);
        got++;
    }
    c->gap_fn(c->gap_ctx, dyad__sb_cstr(&b), c->rec);
    dyad__sb_dispose(&b);
}

void dyad_coder_on_gap(dyad_coder *c, dyad_gap_fn fn, void *ctx)
{
    c->gap_fn = fn;
    c->gap_ctx = ctx;
}
