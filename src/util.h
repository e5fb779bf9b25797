// util.h: memory, strings and interning shared by every stage.
#ifndef DYAD_UTIL_H
#define DYAD_UTIL_H

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "dyad.h"

// ---- allocation: never return NULL; out of memory calls the program's
// handler (dyad_on_out_of_memory), then aborts ----
void *dyad__xmalloc(size_t n);
void *dyad__xcalloc(size_t count, size_t n);
void *dyad__xrealloc(void *p, size_t n);
char *dyad__xstrndup(const char *s, size_t n);
char *dyad__xstrdup(const char *s);

// ---- out of memory (oom.c) ----
// The message "out of memory allocating N bytes while DOING FILE:LINE
// (story S, sentence T)" goes to the handler, or to stderr; then abort().
_Noreturn void dyad__out_of_memory(size_t n);
// What this thread is doing, for that message (the strings are copied):
// dyad__oom_at starts an input ("reading", "coding", "loading"; line 0 when
// unknown) and forgets the ids; the others refine it; clear when done.
void dyad__oom_at(const char *doing, const char *file, int line);
void dyad__oom_line(int line);
void dyad__oom_story(const char *id);
void dyad__oom_sentence(const char *id);
void dyad__oom_clear(void);

// Grow a dynamic array `p` of `cap` elements so that it can hold `need`.
#define VEC_RESERVE(p, cap, need)                                              \
    do {                                                                       \
        if ((size_t)(need) > (size_t)(cap)) {                                  \
            size_t nc_ = (cap) ? (size_t)(cap) * 2 : 8;                        \
            while (nc_ < (size_t)(need)) nc_ *= 2;                             \
            (p) = dyad__xrealloc((p), nc_ * sizeof *(p));                            \
            (cap) = nc_;                                                       \
        }                                                                      \
    } while (0)
#define VEC_PUSH(p, n, cap, v)                                                 \
    do {                                                                       \
        VEC_RESERVE(p, cap, (n) + 1);                                          \
        (p)[(n)++] = (v);                                                      \
    } while (0)

// ---- arena: one lifetime per unit of work (a dictionary, a document) ----
// Build with -DDYAD_ARENA_MALLOC to turn each allocation into a real malloc
// so that ASan sees every object.
typedef struct arena_block arena_block;
typedef struct arena {
    arena_block *head;
    size_t block_size;
} arena;

void dyad__arena_init(arena *a, size_t block_size);
void *dyad__arena_alloc(arena *a, size_t n);   // zeroed, 8-byte aligned
char *dyad__arena_strndup(arena *a, const char *s, size_t n);
void dyad__arena_reset(arena *a);              // keeps the first block
void dyad__arena_dispose(arena *a);
size_t dyad__arena_used(const arena *a);

// ---- slices and buffers ----
typedef struct slice {
    const char *p;
    size_t n;
} slice;

typedef struct strbuf {
    char *p;
    size_t n, cap;
} strbuf;

#define STRBUF_INIT {NULL, 0, 0}
// The public dyad_buf and the internal strbuf have the same fields; these
// move one into the other (writers.c, formats.c).
static inline strbuf dyad__sb_of(dyad_buf *b)
{
    strbuf s = {b->p, b->n, b->cap};
    return s;
}
static inline void dyad__sb_back(dyad_buf *b, const strbuf *s)
{
    b->p = s->p;
    b->n = s->n;
    b->cap = s->cap;
}
void dyad__sb_putc(strbuf *b, char c);
void dyad__sb_put(strbuf *b, const char *s, size_t n);
void dyad__sb_puts(strbuf *b, const char *s);
void dyad__sb_int(strbuf *b, long v);  // decimal, as %ld (no printf)
void dyad__sb_printf(strbuf *b, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
void dyad__sb_clear(strbuf *b);
const char *dyad__sb_cstr(strbuf *b);          // always NUL-terminated
void dyad__sb_dispose(strbuf *b);
void dyad__sb_json_string(strbuf *b, const char *s, size_t n);  // quoted, escaped

// ---- string interning: equal words get equal ids; compare by id ----
// Words are stored as their keys (unicode.h: ASCII upper-cased; else NFC,
// upper-cased through utf8proc), and found by any spelling with that key.
// Id 0 means "not interned".
typedef struct interner interner;
interner *dyad__interner_new(void);
void dyad__interner_free(interner *in);
uint32_t dyad__intern(interner *in, const char *s, size_t n);          // adds
uint32_t dyad__intern_find(const interner *in, const char *s, size_t n); // 0 if absent
// The ids of the first 1..max bytes of s's key (ids[k-1] for k bytes; 0 if
// absent or inside a character), in one pass; returns how many were filled.
size_t dyad__intern_find_prefixes(const interner *in, const char *s, size_t n, uint32_t *ids,
                                  size_t max);
const char *dyad__intern_str(const interner *in, uint32_t id);
size_t dyad__intern_count(const interner *in);

// ---- small helpers ----
uint64_t dyad__hash_bytes(const char *s, size_t n);
static inline bool dyad__is_space(int c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}
static inline char dyad__ascii_upper(char c) { return (c >= 'a' && c <= 'z') ? (char)(c - 32) : c; }
// The ASCII case-insensitive compare (closed English words, markers, file
// names): ASCII letters in any case, every other byte as it is. Words of the
// text meet the dictionaries through the interner's keys instead.
bool dyad__same_ci(const char *a, const char *b, size_t n);
// Are a and b one word: the same key (unicode.h), so any case, NFC or NFD?
bool dyad__same_word(slice a, slice b);
// Is w the word `lit`, in any case? (Inline: most calls fail on the first
// letter, with no call and no strlen.)
static inline bool dyad__word_is(slice w, const char *lit)
{
    if (!w.n || !lit[0]) return !w.n && !lit[0];
    if (dyad__ascii_upper(w.p[0]) != dyad__ascii_upper(lit[0])) return false;
    for (size_t i = 1; i < w.n; i++)
        if (!lit[i] || dyad__ascii_upper(w.p[i]) != dyad__ascii_upper(lit[i])) return false;
    return lit[w.n] == 0;
}
// Is w an -ing form ("visiting"): five bytes or more ending in "ing" (any
// case; not "king", "ring")?
static inline bool dyad__ing_form(slice w)
{
    return w.n >= 5 && (w.p[w.n - 3] | 32) == 'i' && (w.p[w.n - 2] | 32) == 'n' && (w.p[w.n - 1] | 32) == 'g';
}
// Parse a date "YYYYMMDD", "YYMMDD" or "YYYY-MM-DD" into YYYYMMDD; 0 on error.
int32_t dyad__parse_date(const char *s, size_t n);
// The same, or one of them followed by an ISO 8601 time: "2025-01-06T10:00:00Z",
// "2025-01-06 10:00:00", "20250106T100000+0200" (the date as written; the
// time and zone are checked and dropped). Spaces around are ignored.
int32_t dyad__parse_datetime(const char *s, size_t n);
// Read a whole file; NULL with errno set on failure.
char *dyad__read_file(const char *path, size_t *len);
// sha256.c: the SHA-256 of n bytes as 64 lower-case hex digits and a NUL.
void dyad__sha256_hex(const void *data, size_t n, char out[65]);
double dyad__now_seconds(void);

#endif
