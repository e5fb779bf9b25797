// text.h: raw story text -> sentences -> Penn-style tokens.
//
// Nothing here copies or rewrites the story: sentences are byte ranges of
// the original text and every token keeps the byte range it came from.
// Normalisation (curly quotes, dashes, HTML entities) shows only in a
// token's `norm` text, which is what the tagger and dictionaries see; the
// dictionaries see it through its key (unicode.h: NFC and upper case), so
// Unicode normalisation never moves an offset.
//
// The stages, in order: decode.c reads characters, split.c cuts sentences
// (with boilerplate.c, dateline.c and the cues of cues.c), tokenize.c cuts
// tokens.
#ifndef DYAD_TEXT_H
#define DYAD_TEXT_H

#include "utf8.h"
#include "util.h"

// ---------------------------------------------------------------- sentences

typedef struct text_span {
    int32_t start, end;   // byte offsets [start, end) in the story text
} text_span;

typedef struct text_split_info {
    int32_t date;          // YYYYMMDD from a wire dateline with a full date, else 0
    int32_t boilerplate;   // lines dropped as web boilerplate
} text_split_info;

// Split story text into sentences (arena-allocated array in *out; returns
// the count). Lines that are web boilerplate ("Media playback is
// unsupported on your device", "Advertisement", "Share this article",
// "Image copyright ...") are dropped. A wire dateline opening the story
// ("SEOUL, Sept 2 (Reuters) -", "WASHINGTON (AP) --") is not part of the
// first sentence. Sentences end at . ! ? (with closing quotes/brackets
// after them) unless the period belongs to an abbreviation (U.S., Gen.,
// Sept., No., Mr.), an initial (John F. Kennedy), a number (3.5) or an
// ellipsis inside a sentence; a blank line always ends a sentence; a single
// line break ends one only when the line looks like a heading (no final
// punctuation and the next line starts a new sentence). Each span is
// trimmed of surrounding blanks; empty sentences are not returned.
int32_t dyad__text_split(arena *mem, const char *s, size_t n, text_span **out,
                   text_split_info *info);

// ---------------------------------------------------------------- tokens

enum {
    TOK_CAP = 1,       // first letter upper-case ("Gondor", "U.S.")
    TOK_UPPER = 2,     // every letter upper-case, at least two letters ("NATO")
    TOK_NUM = 4,       // starts with a digit ("3.5", "1,000", "2025")
    TOK_PUNCT = 8,     // punctuation only (, . `` '' -- -LRB- ...)
    TOK_ALPHA = 16,    // letters (and inner ' - . &) only
    TOK_BADUTF8 = 32,  // contained invalid UTF-8
};

typedef struct text_token {
    slice norm;        // normalised Penn text: `` '' -- ... -LRB- -RRB- n't 's &
                       // (points into the story when unchanged, else into
                       // the arena or a static string)
    int32_t start, end;  // byte range in the story text
    uint8_t flags;
} text_token;

// Tokenise s[start, end) Penn Treebank style: punctuation split off
// (but "U.S." "p.m." "3.5" "1,000" "Jong-un" "al-Assad" "AT&T" stay whole),
// clitics split ("don't" -> "do" "n't", "Korea's" -> "Korea" "'s",
// "Ministers'" -> "Ministers" "'"), quotes as `` and '' , brackets as
// -LRB- -RRB-, dashes (– — --) as "--", "&amp;" and other HTML entities
// decoded. A sentence-final period is its own token. Returns the count and
// the arena array in *out; at most `max` tokens (the rest are dropped and
// *truncated is set when not NULL).
int32_t dyad__text_tokenize(arena *mem, const char *s, int32_t start, int32_t end,
                      text_token **out, int32_t max, bool *truncated);

#endif
