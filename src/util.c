// util.c: allocation, arenas, buffers, interning.
#define _POSIX_C_SOURCE 200809L
#include "util.h"
#include "utf8.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "unicode.h"

void *dyad__xmalloc(size_t n)
{
    void *p = malloc(n ? n : 1);
    if (!p) dyad__out_of_memory(n);
    return p;
}

void *dyad__xcalloc(size_t count, size_t n)
{
    void *p = calloc(count ? count : 1, n ? n : 1);
    if (!p) dyad__out_of_memory(count > SIZE_MAX / (n ? n : 1) ? SIZE_MAX : count * n);
    return p;
}

void *dyad__xrealloc(void *p, size_t n)
{
    void *q = realloc(p, n ? n : 1);
    if (!q) dyad__out_of_memory(n);
    return q;
}

char *dyad__xstrndup(const char *s, size_t n)
{
    char *p = dyad__xmalloc(n + 1);
    memcpy(p, s, n);
    p[n] = '\0';
    return p;
}

char *dyad__xstrdup(const char *s) { return dyad__xstrndup(s, strlen(s)); }

// ---------------------------------------------------------------- arena

struct arena_block {
    arena_block *next;
    size_t used, cap;
    max_align_t data[];
};

void dyad__arena_init(arena *a, size_t block_size)
{
    a->head = NULL;
    a->block_size = block_size ? block_size : 64 * 1024;
}

#ifdef DYAD_ARENA_MALLOC
// Debug mode: every allocation is its own block, so ASan sees overruns.
void *dyad__arena_alloc(arena *a, size_t n)
{
    arena_block *b = dyad__xcalloc(1, sizeof *b + n);
    b->used = b->cap = n;
    b->next = a->head;
    a->head = b;
    return b->data;
}
void dyad__arena_reset(arena *a) { dyad__arena_dispose(a); }
#else
void *dyad__arena_alloc(arena *a, size_t n)
{
    n = (n + 7) & ~(size_t)7;
    arena_block *b = a->head;
    if (!b || b->cap - b->used < n) {
        size_t cap = n > a->block_size ? n : a->block_size;
        b = dyad__xmalloc(sizeof *b + cap);
        b->used = 0;
        b->cap = cap;
        b->next = a->head;
        a->head = b;
    }
    void *p = (char *)b->data + b->used;
    b->used += n;
    memset(p, 0, n);
    return p;
}

void dyad__arena_reset(arena *a)
{
    arena_block *b = a->head;
    if (!b) return;
    // keep the oldest block (the last in the list), free the rest
    while (b->next) {
        arena_block *next = b->next;
        free(b);
        b = next;
    }
    b->used = 0;
    a->head = b;
}
#endif

void dyad__arena_dispose(arena *a)
{
    arena_block *b = a->head;
    while (b) {
        arena_block *next = b->next;
        free(b);
        b = next;
    }
    a->head = NULL;
}

size_t dyad__arena_used(const arena *a)
{
    size_t n = 0;
    for (const arena_block *b = a->head; b; b = b->next) n += b->cap;
    return n;
}

char *dyad__arena_strndup(arena *a, const char *s, size_t n)
{
    char *p = dyad__arena_alloc(a, n + 1);
    memcpy(p, s, n);
    p[n] = '\0';
    return p;
}

// ---------------------------------------------------------------- strbuf

static void sb_grow(strbuf *b, size_t extra)
{
    VEC_RESERVE(b->p, b->cap, b->n + extra + 1);
}

void dyad__sb_putc(strbuf *b, char c)
{
    sb_grow(b, 1);
    b->p[b->n++] = c;
    b->p[b->n] = '\0';
}

void dyad__sb_put(strbuf *b, const char *s, size_t n)
{
    sb_grow(b, n);
    memcpy(b->p + b->n, s, n);
    b->n += n;
    b->p[b->n] = '\0';
}

void dyad__sb_puts(strbuf *b, const char *s) { dyad__sb_put(b, s, strlen(s)); }

void dyad__sb_printf(strbuf *b, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int need = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    if (need < 0) return;
    sb_grow(b, (size_t)need);
    va_start(ap, fmt);
    vsnprintf(b->p + b->n, (size_t)need + 1, fmt, ap);
    va_end(ap);
    b->n += (size_t)need;
}

void dyad__sb_int(strbuf *b, long v)
{
    char digits[24];
    int k = 0;
    unsigned long u = v < 0 ? 0UL - (unsigned long)v : (unsigned long)v;
    do digits[k++] = (char)('0' + u % 10); while ((u /= 10) && k < 22);
    if (v < 0) digits[k++] = '-';
    char out[24];
    for (int i = 0; i < k; i++) out[i] = digits[k - 1 - i];
    dyad__sb_put(b, out, (size_t)k);
}

void dyad__sb_clear(strbuf *b)
{
    b->n = 0;
    if (b->p) b->p[0] = '\0';
}

const char *dyad__sb_cstr(strbuf *b)
{
    if (!b->p) sb_grow(b, 0), b->p[0] = '\0';
    return b->p;
}

void dyad__sb_dispose(strbuf *b)
{
    free(b->p);
    b->p = NULL;
    b->n = b->cap = 0;
}

void dyad__sb_json_string(strbuf *b, const char *s, size_t n)
{
    static const char hex[] = "0123456789abcdef";
    dyad__sb_putc(b, '"');
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        switch (c) {
        case '"': dyad__sb_put(b, "\\\"", 2); break;
        case '\\': dyad__sb_put(b, "\\\\", 2); break;
        case '\n': dyad__sb_put(b, "\\n", 2); break;
        case '\r': dyad__sb_put(b, "\\r", 2); break;
        case '\t': dyad__sb_put(b, "\\t", 2); break;
        default:
            if (c < 0x20) {
                char u[6] = {'\\', 'u', '0', '0', hex[c >> 4], hex[c & 15]};
                dyad__sb_put(b, u, 6);
            } else if (c < 0x80) {
                dyad__sb_putc(b, (char)c);
            } else {
                // JSON is UTF-8: a byte that starts no valid sequence is
                // written as U+FFFD (the input's own text may hold any byte)
                uint32_t cp;
                int k = dyad__utf8_seq((const unsigned char *)s + i, n - i, &cp);
                if (k > 0) {
                    dyad__sb_put(b, s + i, (size_t)k);
                    i += (size_t)k - 1;
                } else {
                    dyad__sb_put(b, "\xEF\xBF\xBD", 3);
                }
            }
        }
    }
    dyad__sb_putc(b, '"');
}

// ---------------------------------------------------------------- interning

struct interner {
    uint32_t *slots;  // open addressing: 0 = empty, else id
    size_t nslots;
    char **strs;      // id -> string (index 0 unused)
    uint32_t *lens;
    uint64_t *hashes;
    size_t n, cap;
    arena mem;
};

uint64_t dyad__hash_bytes(const char *s, size_t n)
{
    uint64_t h = 1469598103934665603ULL;  // FNV-1a
    for (size_t i = 0; i < n; i++) {
        h ^= (unsigned char)s[i];
        h *= 1099511628211ULL;
    }
    return h;
}

bool dyad__same_ci(const char *a, const char *b, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (dyad__ascii_upper(a[i]) != dyad__ascii_upper(b[i])) return false;
    return true;
}


#define HASH_SEED 1469598103934665603ULL

// Words meet through their keys (unicode.h): an ASCII word's key is its bytes
// upper-cased on the fly, with no copy; any other word's key is built once
// (NFC, upper case) and then treated the same way (upper-casing ASCII bytes
// changes nothing in a key).
typedef struct word_key {
    const char *p;
    size_t n;
    char *heap;
    char buf[256];
} word_key;

static void key_of(word_key *k, const char *s, size_t n)
{
    k->heap = NULL;
    if (dyad__is_ascii(s, n)) {
        k->p = s;
        k->n = n;
        return;
    }
    k->n = dyad__fold(s, n, k->buf, sizeof k->buf);
    k->p = k->buf;
    if (k->n > sizeof k->buf) {
        k->heap = dyad__xmalloc(k->n);
        dyad__fold(s, n, k->heap, k->n);
        k->p = k->heap;
    }
}

// Hash of the upper-cased bytes, so lookups need no temporary copy.
static uint64_t hash_upper(const char *s, size_t n)
{
    uint64_t h = HASH_SEED;
    for (size_t i = 0; i < n; i++) {
        h ^= (unsigned char)dyad__ascii_upper(s[i]);
        h *= 1099511628211ULL;
    }
    return h;
}

static bool eq_upper(const char *stored, const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (stored[i] != dyad__ascii_upper(s[i])) return false;
    return true;
}

interner *dyad__interner_new(void)
{
    interner *in = dyad__xcalloc(1, sizeof *in);
    in->nslots = 1024;
    in->slots = dyad__xcalloc(in->nslots, sizeof *in->slots);
    dyad__arena_init(&in->mem, 64 * 1024);
    in->n = 1;
    VEC_RESERVE(in->strs, in->cap, 16);
    in->lens = dyad__xcalloc(in->cap, sizeof *in->lens);
    in->hashes = dyad__xcalloc(in->cap, sizeof *in->hashes);
    in->strs[0] = "";
    return in;
}

void dyad__interner_free(interner *in)
{
    if (!in) return;
    free(in->slots);
    free(in->strs);
    free(in->lens);
    free(in->hashes);
    dyad__arena_dispose(&in->mem);
    free(in);
}

static uint32_t probe(const interner *in, uint64_t h, const char *s, size_t n,
                      size_t *slot)
{
    size_t mask = in->nslots - 1;
    size_t i = (size_t)h & mask;
    for (;;) {
        uint32_t id = in->slots[i];
        if (!id) {
            *slot = i;
            return 0;
        }
        if (in->hashes[id] == h && in->lens[id] == n && eq_upper(in->strs[id], s, n))
            return id;
        i = (i + 1) & mask;
    }
}

static void rehash(interner *in)
{
    size_t ns = in->nslots * 2;
    uint32_t *slots = dyad__xcalloc(ns, sizeof *slots);
    for (uint32_t id = 1; id < in->n; id++) {
        size_t i = (size_t)in->hashes[id] & (ns - 1);
        while (slots[i]) i = (i + 1) & (ns - 1);
        slots[i] = id;
    }
    free(in->slots);
    in->slots = slots;
    in->nslots = ns;
}

uint32_t dyad__intern_find(const interner *in, const char *s, size_t n)
{
    word_key k;
    key_of(&k, s, n);
    size_t slot;
    uint32_t id = probe(in, hash_upper(k.p, k.n), k.p, k.n, &slot);
    free(k.heap);
    return id;
}

size_t dyad__intern_find_prefixes(const interner *in, const char *s, size_t n, uint32_t *ids,
                                  size_t max)
{
    word_key k;
    key_of(&k, s, n);
    uint64_t h = HASH_SEED;  // hash_upper, one byte at a time
    size_t top = k.n < max ? k.n : max;
    memset(ids, 0, top * sizeof *ids);
    for (size_t i = 0; i < top; i++) {
        h ^= (unsigned char)dyad__ascii_upper(k.p[i]);
        h *= 1099511628211ULL;
        if (i + 1 < k.n && ((unsigned char)k.p[i] & 0x80) &&
            ((unsigned char)k.p[i + 1] & 0xC0) == 0x80)
            continue;   // inside a character
        size_t slot;
        ids[i] = probe(in, h, k.p, i + 1, &slot);
    }
    free(k.heap);
    return top;
}

static uint32_t intern_key(interner *in, const char *s, size_t n)
{
    uint64_t h = hash_upper(s, n);
    size_t slot;
    uint32_t id = probe(in, h, s, n, &slot);
    if (id) return id;
    if ((in->n + 1) * 2 > in->nslots) {
        rehash(in);
        probe(in, h, s, n, &slot);
    }
    if (in->n >= in->cap) {
        size_t old = in->cap;
        VEC_RESERVE(in->strs, in->cap, in->n + 1);
        in->lens = dyad__xrealloc(in->lens, in->cap * sizeof *in->lens);
        in->hashes = dyad__xrealloc(in->hashes, in->cap * sizeof *in->hashes);
        (void)old;
    }
    char *copy = dyad__arena_alloc(&in->mem, n + 1);
    for (size_t i = 0; i < n; i++) copy[i] = dyad__ascii_upper(s[i]);
    id = (uint32_t)in->n++;
    in->strs[id] = copy;
    in->lens[id] = (uint32_t)n;
    in->hashes[id] = h;
    in->slots[slot] = id;
    return id;
}

uint32_t dyad__intern(interner *in, const char *s, size_t n)
{
    word_key k;
    key_of(&k, s, n);
    uint32_t id = intern_key(in, k.p, k.n);
    free(k.heap);
    return id;
}

bool dyad__same_word(slice a, slice b)
{
    if (a.n == b.n && dyad__same_ci(a.p, b.p, a.n)) return true;
    if (dyad__is_ascii(a.p, a.n) && dyad__is_ascii(b.p, b.n)) return false;
    word_key ka, kb;
    key_of(&ka, a.p, a.n);
    key_of(&kb, b.p, b.n);
    bool same = ka.n == kb.n && dyad__same_ci(ka.p, kb.p, ka.n);
    free(ka.heap);
    free(kb.heap);
    return same;
}

const char *dyad__intern_str(const interner *in, uint32_t id)
{
    return id < in->n ? in->strs[id] : "";
}

size_t dyad__intern_count(const interner *in) { return in->n - 1; }

// ---------------------------------------------------------------- misc

static bool all_digits(const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (s[i] < '0' || s[i] > '9') return false;
    return n > 0;
}

static int32_t num(const char *s, size_t n)
{
    int32_t v = 0;
    for (size_t i = 0; i < n; i++) v = v * 10 + (s[i] - '0');
    return v;
}

int32_t dyad__parse_date(const char *s, size_t n)
{
    int32_t y, m, d;
    if (n == 10 && s[4] == '-' && s[7] == '-' && all_digits(s, 4) &&
        all_digits(s + 5, 2) && all_digits(s + 8, 2)) {
        y = num(s, 4), m = num(s + 5, 2), d = num(s + 8, 2);
    } else if (n == 8 && all_digits(s, 8)) {
        y = num(s, 4), m = num(s + 4, 2), d = num(s + 6, 2);
    } else if (n == 6 && all_digits(s, 6)) {
        // two-digit years, as in TABARI: 00-30 are 20xx, the rest 19xx
        y = num(s, 2), m = num(s + 2, 2), d = num(s + 4, 2);
        y += y <= 30 ? 2000 : 1900;
    } else {
        return 0;
    }
    if (m < 1 || m > 12 || d < 1 || d > 31) return 0;
    return y * 10000 + m * 100 + d;
}

// Digits "hh" "mm" ["ss" [".fff"]] of an ISO 8601 time, with ':' between
// them (extended) or not (basic): the bytes it takes, or 0 if it is not one.
static size_t iso_time(const char *s, size_t n)
{
    bool ext = n >= 3 && s[2] == ':';
    size_t i = 0;
    int parts = 0;
    static const int max[3] = {24, 59, 60};
    while (parts < 3 && i + 2 <= n && all_digits(s + i, 2) && num(s + i, 2) <= max[parts]) {
        i += 2;
        parts++;
        if (!ext) continue;
        if (parts < 3 && i < n && s[i] == ':') i++;
        else break;
    }
    if (parts < 2 || (ext && s[i - 1] == ':')) return 0;
    if (parts == 3 && i < n && (s[i] == '.' || s[i] == ',')) {
        size_t k = i + 1;
        while (k < n && s[k] >= '0' && s[k] <= '9') k++;
        if (k == i + 1) return 0;
        i = k;
    }
    return i;
}

// "Z", "+hh", "+hh:mm" or "+hhmm" (or '-'): the bytes it takes, 0 if none.
static size_t iso_zone(const char *s, size_t n)
{
    if (n >= 1 && (s[0] == 'Z' || s[0] == 'z')) return 1;
    if (n < 3 || (s[0] != '+' && s[0] != '-') || !all_digits(s + 1, 2) || num(s + 1, 2) > 23)
        return 0;
    if (n >= 6 && s[3] == ':' && all_digits(s + 4, 2) && num(s + 4, 2) <= 59) return 6;
    if (n >= 5 && all_digits(s + 3, 2) && num(s + 3, 2) <= 59) return 5;
    return 3;
}

int32_t dyad__parse_datetime(const char *s, size_t n)
{
    while (n && dyad__is_space((unsigned char)*s)) s++, n--;
    while (n && dyad__is_space((unsigned char)s[n - 1])) n--;
    size_t d = n >= 10 && s[4] == '-' ? 10 : n >= 8 && all_digits(s, 8) ? 8 : n;
    int32_t date = dyad__parse_date(s, d);
    if (!date || d == n) return date;
    if (s[d] != 'T' && s[d] != 't' && s[d] != ' ') return 0;
    size_t t = iso_time(s + d + 1, n - d - 1);
    if (!t) return 0;
    size_t at = d + 1 + t;
    at += iso_zone(s + at, n - at);
    return at == n ? date : 0;
}

int32_t dyad_parse_date(const char *s, size_t len)
{
    return s ? dyad__parse_datetime(s, len) : 0;
}

char *dyad__read_file(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f) return NULL;
    strbuf b = STRBUF_INIT;
    char tmp[65536];
    size_t got;
    while ((got = fread(tmp, 1, sizeof tmp, f)) > 0) dyad__sb_put(&b, tmp, got);
    int bad = ferror(f);
    fclose(f);
    if (bad) {
        dyad__sb_dispose(&b);
        errno = EIO;
        return NULL;
    }
    dyad__sb_cstr(&b);
    if (len) *len = b.n;
    return b.p;
}

double dyad__now_seconds(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}
