// story.c: code a story: split its text into sentences, give each an id and
// its offset in the story, look for story discard phrases once, and code the
// sentences in order (the story's topic person carries from one to the next).
#include <stdlib.h>
#include <string.h>

#include "coder.h"
#include "error.h"

int dyad_code_story(dyad_coder *c, const dyad_record *story, dyad_sentence_fn fn, void *ctx,
                    dyad_error *err)
{
    const char *text = story->text ? story->text : "";
    size_t len = story->text ? story->text_len : 0;
    if (len > INT32_MAX / 2) {
        dyad_error_set(err, DYAD_ERR_LIMIT, story->file, story->line, 0,
                       "story %s is larger than 1 GB", story->id ? story->id : "");
        return DYAD_ERR_LIMIT;
    }
    c->stats.stories++;
    c->stats.bytes += len;
    int64_t bad = text_utf8_check(text, len);
    if (bad >= 0)
        dyad_error_set(err, DYAD_WARNING, story->file, story->line, 0,
                       "story %s: invalid UTF-8 at byte %lld; read as unknown characters",
                       story->id ? story->id : "", (long long)bad);
    arena split_mem;
    arena_init(&split_mem, 16 * 1024);
    text_span *spans;
    text_split_info info = {0, 0};
    int32_t n = text_split(&split_mem, text, len, &spans, &info);
    // a story discard phrase anywhere discards every sentence
    arena_reset(&c->mem);
    text_words tw = dyad__split_words(&c->mem, c->dict, text, len);
    const phrase_entry *story_hit, *sentence_hit;
    dyad__find_discards(c->dict, &tw, &story_hit, &sentence_hit);
    if (story_hit) {
        c->stats.sentences += (size_t)n;
        c->stats.discarded += (size_t)n;
        arena_dispose(&split_mem);
        return n;
    }
    c->in_story = true;
    c->topic[0] = 0;
    if (!story->date && !info.date) c->stats.undated++;
    const char *sid = story->id ? story->id : "story";
    size_t idn = strlen(sid);
    char *idbuf = xmalloc(idn + 16);
    int32_t done = 0;
    for (int32_t i = 0; i < n; i++) {
        snprintf(idbuf, idn + 16, "%s-%d", sid, (int)i + 1);
        dyad_record sub = *story;
        sub.id = idbuf;
        sub.story_id = sid;
        sub.text = text + spans[i].start;
        sub.text_len = (size_t)(spans[i].end - spans[i].start);
        sub.text_offset = spans[i].start;
        sub.is_story = false;
        sub.parse = NULL;
        sub.parse_len = 0;
        if (!sub.date && info.date) sub.date = info.date;
        const dyad_result *res;
        dyad_error e2 = {0};
        dyad_code_record(c, &sub, &res, &e2);
        done++;
        if (fn && fn(ctx, &sub, res)) break;
    }
    c->in_story = false;
    free(idbuf);
    arena_dispose(&split_mem);
    return done;
}
