// story.c: code a story: split its text into sentences, give each an id and
// its offset in the story, look for story discard phrases once, and code the
// sentences in order (the story's topic person carries from one to the next).
#include <stdlib.h>
#include <string.h>

#include "coder.h"
#include "error.h"

// Invalid UTF-8 is read as unknown characters; the story is still coded.
static void check_utf8(dyad_coder *c, const dyad_record *story, const char *text, size_t len)
{
    int64_t bad = dyad__text_utf8_check(text, len);
    if (bad < 0) return;
    dyad_error e;
    dyad_error_set(&e, DYAD_WARNING, story->file, story->line, 0,
                   "story %s: invalid UTF-8 at byte %lld; read as unknown characters",
                   story->id ? story->id : "", (long long)bad);
    dyad__coder_diag(c, &e, story, false, (int32_t)bad);
}

// A story discard phrase anywhere discards every sentence; with
// discard_share, only when at least that percent of the sentences hold one
// ("Rodman, a former NBA star" does not make a story about North Korea sport).
// With discard_share, each sentence's phrases go to `found` for coding.
static bool story_discarded(dyad_coder *c, const char *text, size_t len, const text_span *spans,
                            int32_t n, discard_pair *found)
{
    const phrase_entry *story_hit, *sentence_hit;
    if (c->opts.discard_share <= 0) {
        dyad__find_discards(c->dict, text, len, &story_hit, &sentence_hit);
        return story_hit != NULL;
    }
    int64_t hits = 0;
    for (int32_t i = 0; i < n; i++) {
        dyad__find_discards(c->dict, text + spans[i].start,
                            (size_t)(spans[i].end - spans[i].start), &found[i].story,
                            &found[i].sentence);
        hits += found[i].story != NULL;
    }
    return hits > 0 && hits * 100 >= (int64_t)c->opts.discard_share * n;
}

typedef struct story_run {
    const dyad_record *story;
    const text_span *spans;
    int32_t n;
    int32_t date;        // the dateline's date, or 0
    dyad_sentence_fn fn;
    void *ctx;
    const discard_pair *discards;  // per sentence, or NULL
} story_run;

// Code the sentences in order; returns how many were coded.
static int32_t code_sentences(dyad_coder *c, const story_run *run)
{
    const dyad_record *story = run->story;
    const char *sid = story->id ? story->id : "story";
    size_t idn = strlen(sid);
    char *idbuf = dyad__xmalloc(idn + 16);
    int32_t done = 0;
    int32_t at = 0, chars = 0;  // characters of the story before byte `at`
    for (int32_t i = 0; i < run->n; i++) {
        int32_t start = run->spans[i].start;
        if (start < at) at = chars = 0;  // sentences come in order; never taken
        for (; at < start; at++) chars += ((unsigned char)story->text[at] & 0xC0) != 0x80;
        snprintf(idbuf, idn + 16, "%s-%d", sid, (int)i + 1);
        dyad_record sub = *story;
        sub.id = idbuf;
        sub.story_id = sid;
        sub.text = story->text + run->spans[i].start;
        sub.text_len = (size_t)(run->spans[i].end - run->spans[i].start);
        sub.text_offset = run->spans[i].start;
        sub.text_char_offset = chars;
        sub.is_story = false;
        sub.parse = NULL;
        sub.parse_len = 0;
        if (!sub.date && run->date) sub.date = run->date;
        const dyad_result *res;
        dyad_error e = {0};
        done++;
        c->discards = run->discards ? &run->discards[i] : NULL;
        int rc = dyad_code_record(c, &sub, &res, &e);
        c->discards = NULL;
        if (rc < 0) {
            dyad__coder_diag(c, &e, &sub, true, sub.text_offset);
            continue;
        }
        if (run->fn && run->fn(run->ctx, &sub, res)) break;
    }
    free(idbuf);
    return done;
}

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
    dyad__oom_at("coding", story->file, story->line);
    dyad__oom_story(story->id);
    check_utf8(c, story, text, len);
    arena split_mem;
    dyad__arena_init(&split_mem, 16 * 1024);
    text_span *spans;
    text_split_info info = {0, 0};
    int32_t n = dyad__text_split(&split_mem, text, len, &spans, &info);
    discard_pair *found = NULL;
    if (c->opts.discard_share > 0 && n > 0)
        found = dyad__arena_alloc(&split_mem, (size_t)n * sizeof *found);
    if (story_discarded(c, text, len, spans, n, found)) {
        c->stats.sentences += (size_t)n;
        c->stats.discarded += (size_t)n;
        dyad__arena_dispose(&split_mem);
        dyad__oom_clear();
        return n;
    }
    c->in_story = true;
    c->topic[0] = 0;
    c->thing[0] = 0;
    c->topic_newer = false;
    c->act_owner[0] = 0;
    c->n_names = 0;
    memset(&c->refs, 0, sizeof c->refs);
    c->n_tally = 0;
    c->story_sentence = 0;
    if (!story->date && !info.date) c->stats.undated++;
    dyad_record whole = *story;
    whole.text = text;
    story_run run = {&whole, spans, n, info.date, fn, ctx, found};
    int32_t done = code_sentences(c, &run);
    c->in_story = false;
    dyad__arena_dispose(&split_mem);
    dyad__oom_clear();
    return done;
}
