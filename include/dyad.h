// dyad.h: the public interface of dyad, an event-data coder.
//
// Pipeline: records (sentences with or without parses) are read by a
// dyad_reader, coded by a dyad_coder against a dyad_dict, and the resulting
// events are written as JSON Lines or TSV.
//
// Conventions:
// - Handles are opaque; every *_new/_open has a matching *_free/_close, and
//   freeing NULL is a no-op.
// - Functions that can fail return an int (0 or a positive count on success,
//   a negative dyad_status on failure) and fill an optional dyad_error.
// - Pointers returned inside results (records, events) belong to the handle
//   that produced them and stay valid until its next call or its free.
#ifndef DYAD_H
#define DYAD_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#ifdef __cplusplus
extern "C" {
#endif

#define DYAD_VERSION "0.1.0"

// DYAD_VERSION of the library linked (for bindings, which cannot read macros).
const char *dyad_version(void);

typedef enum dyad_status {
    DYAD_WARNING = 1,      // a diagnostic only: the input was read, with the
                           // interpretation the message states
    DYAD_OK = 0,
    DYAD_ERR_IO = -1,      // a file could not be opened or read
    DYAD_ERR_SYNTAX = -2,  // malformed input; the error says where
    DYAD_ERR_LIMIT = -3,   // an input exceeded a documented limit
    DYAD_ERR_ARG = -4,     // a bad argument or option value
} dyad_status;

// An error or diagnostic with its position: "file:line:column: message".
typedef struct dyad_error {
    int code;           // a dyad_status
    char message[512];
    char file[256];     // empty when not tied to a file
    int line;           // 1-based; 0 when unknown
    int column;         // 1-based; 0 when unknown
    // set by the coder's diagnostics (dyad_coder_on_diag), else empty:
    char story_id[128];     // the story (or record) the problem is in
    char sentence_id[128];  // the sentence ("<story id>-<n>"); "" when it is
                            // about the whole story
    int32_t offset;         // byte offset in the story text: where the
                            // sentence starts, or the bad byte; -1 unknown
} dyad_error;

// Receives non-fatal diagnostics (malformed dictionary lines, bad records,
// sentences the coder could not code).
typedef void (*dyad_diag_fn)(void *ctx, const dyad_error *diag);

// Print "file:line: message" (or just the message) to `out`.
void dyad_error_print(const dyad_error *err, FILE *out);

// ---------------------------------------------------------------- out of memory

// When malloc fails, dyad cannot go on with the call. It builds the message
// "out of memory allocating N bytes while reading big.jsonl.gz:2 (story
// big)": what the thread was doing (reading, coding or loading), the file
// and line of the record, and the story (and sentence) id once they are
// known. Without a handler it prints "dyad: <message>" to stderr and calls
// abort(). With one, `fn` gets the message first and should end the
// process (a longjmp out of it leaves the handles it was called in
// unusable: close them and no more). If it returns, dyad prints and aborts
// as without one. It must not call dyad or jansson. `dyad code` and the
// other commands set one that writes the whole output lines made so far,
// prints "dyad: <message>" and exits with status 1.
//
// dyad reads JSON with jansson, which (2.14) can crash after a failed
// malloc. While a handler is set and jansson still uses malloc and free,
// dyad gives jansson (process-wide, json_set_alloc_funcs) a malloc that
// calls the handler on failure; NULL gives jansson malloc and free back.
// Set it before threads start; the input named is per thread.
typedef void (*dyad_oom_fn)(void *ctx, size_t bytes, const char *message);
void dyad_on_out_of_memory(dyad_oom_fn fn, void *ctx);

// ---------------------------------------------------------------- dictionaries

typedef struct dyad_dict dyad_dict;

typedef enum dyad_dict_kind {
    DYAD_DICT_VERBS,     // verb synsets, blocks and patterns (PETRARCH 1 or 2)
    DYAD_DICT_ACTORS,    // actors with synonyms and dated codes
    DYAD_DICT_AGENTS,    // agents (~GOV, NGO~) with plurals and !MARKERS!
    DYAD_DICT_DISCARDS,  // sentence and (+) story discard phrases
    DYAD_DICT_ISSUES,    // issue phrases
    DYAD_DICT_NOUNS,     // nouns that name events ("strikes on", "talks with")
} dyad_dict_kind;

dyad_dict *dyad_dict_new(void);
void dyad_dict_free(dyad_dict *dict);

// Load one dictionary file. Malformed lines are reported through `diag` as
// "file:line: what is wrong" and skipped; loading goes on. Returns the number
// of malformed lines (>= 0), or a negative dyad_status if the file cannot be
// read at all (err says why).
int dyad_dict_load(dyad_dict *dict, dyad_dict_kind kind, const char *path,
                   dyad_diag_fn diag, void *ctx, dyad_error *err);

// Load the files named in the [Dictionaries] section of a PETR_config.ini
// (verbfile_name, actorfile_list, agentfile_name, discardfile_name,
// issuefile_name, and dyad's optional nounfile_name). Relative names are
// looked up in `dir` (NULL: the ini's own folder). Returns the number of malformed lines, or < 0.
int dyad_dict_load_config(dyad_dict *dict, const char *ini_path, const char *dir,
                          dyad_diag_fn diag, void *ctx, dyad_error *err);

// What a dictionary maintainer should fix, one diagnostic (DYAD_WARNING,
// with the entry's file:line) each: phrases given twice, phrases that are
// both actors and agents or one-word actors that are common English words,
// and codes that are not CAMEO (actor codes not made of a country or region
// code of the dictionaries plus sector codes, agent codes that are not
// sectors, event codes not in the CAMEO table). Returns the number found.
int dyad_dict_check(const dyad_dict *dict, dyad_diag_fn diag, void *ctx);

// What keeps the people dictionaries current, one diagnostic (DYAD_WARNING,
// with the entry's file:line) each: offices (dated GOV, MIL, LEG, JUD, OPP,
// REB, COP, SPY codes) with no end date whose start, or whose "; current
// YYYY-MM" note, is more than `years` before `date`; a person's dated codes
// that overlap or end before they start; and (when `heads`) every UN member
// or observer state, Kosovo and Taiwan with no head of state or government
// at `date` (a dated CCCGOV code covering it whose note names the office:
// president, prime minister, king, ...). Returns the number found.
typedef struct dyad_review_options {
    int32_t date;   // YYYYMMDD; 0: today
    int years;      // open offices older than this are listed
    bool heads;     // list states with no head at `date`
} dyad_review_options;
#define DYAD_REVIEW_OPTIONS_INIT {0, 10, true}
int dyad_dict_review(const dyad_dict *dict, const dyad_review_options *opts, dyad_diag_fn diag,
                     void *ctx);

// Load a dictionary folder: its PETR_config.ini when there is one, else the
// files of PETRARCH2's Phoenix set by their usual names (CAMEO.2.0.txt,
// Phoenix.Countries.actors.txt, ...). Returns malformed lines, or < 0.
int dyad_dict_load_dir(dyad_dict *dict, const char *dir, dyad_diag_fn diag, void *ctx,
                       dyad_error *err);

// The files a dictionary was loaded from, in load order: `name` as events
// cite it (the file name without its folder) and the SHA-256 of its bytes
// (64 hex digits). Returns the count; *files stays valid while the
// dictionary lives and loads nothing more.
typedef struct dyad_dict_file {
    const char *name;
    char sha256[65];
} dyad_dict_file;
size_t dyad_dict_files(const dyad_dict *dict, const dyad_dict_file **files);

// Entry counts, for reports: verb forms, patterns, actor phrases, ...
typedef struct dyad_dict_stats {
    size_t verbs, patterns, synsets, actors, actor_phrases, agents,
        discards, issues;
    size_t warnings;       // lines read with a stated interpretation
} dyad_dict_stats;
void dyad_dict_get_stats(const dyad_dict *dict, dyad_dict_stats *out);

// ---------------------------------------------------------------- records

// A date as the readers take it ("date" of JSON Lines and CSV, XML's date
// attribute, `dyad code --date`): "2025-01-06", "20250106", or either
// followed by an ISO 8601 time ("2025-01-06T10:00:00Z",
// "2025-01-06T10:00:00+02:00", "2025-01-06 10:00:00", "20250106T1000");
// the date is the one written, the time and zone are checked and dropped.
// Returns YYYYMMDD, or 0 when `s` is not such a date.
int32_t dyad_parse_date(const char *s, size_t len);

typedef enum dyad_format {
    DYAD_FORMAT_AUTO,   // by file name (.xml .jsonl .json .csv .tsv, also
                        // compressed) and else the first bytes
    DYAD_FORMAT_XML,    // PETRARCH XML (<Sentences>, <Validation>)
    DYAD_FORMAT_JSONL,  // {"id","date","text","parse"} per line
    DYAD_FORMAT_TEXT,   // plain text: the whole input is one story
    DYAD_FORMAT_CSV,    // comma-separated stories with a header row (RFC 4180)
    DYAD_FORMAT_TSV,    // the same, tab-separated
} dyad_format;

// A gold event of a validation record (<EventCoding>).
typedef struct dyad_expected {
    const char *source;  // actor code, or a quoted new-actor text
    const char *target;
    const char *code;
} dyad_expected;

// A <Config option=".." value=".."> seen before a record.
typedef struct dyad_setting {
    const char *option;
    const char *value;
} dyad_setting;

typedef struct dyad_record {
    const char *id;         // sentence id
    const char *story_id;   // id without its sentence suffix
    const char *category;   // validation category, or ""
    int32_t date;           // YYYYMMDD, 0 when unknown
    const char *text;       // the sentence or story text
    size_t text_len;
    const char *title;      // a story's headline, or NULL
    bool is_story;          // text is a whole story, to be split into
                            // sentences (JSON Lines without "parse", plain text)
    int32_t text_offset;    // byte offset of text in its story (sentences
                            // cut from a story by dyad_code_story), else 0
    int32_t text_char_offset;  // the same offset in characters (code points),
                               // set with text_offset; spans are written in
                               // characters from it without recounting the story
    const char *parse;      // Penn Treebank parse, or NULL
    size_t parse_len;
    const char *file;       // where the record was read
    int line;               // line of its opening tag / JSON line
    int parse_line;         // line where the parse starts
    bool is_sentence;       // sentence="true"
    // validation only
    size_t n_expected;
    const dyad_expected *expected;
    bool expect_none;          // <EventCoding noevents="True">
    const char *expect_error;  // <EventCoding error="...">, or NULL
    size_t n_settings;         // <Config> tags met since the previous record
    const dyad_setting *settings;
    // the record's other fields (JSON Lines keys, CSV columns) that dyad
    // does not read, as the text of one compact JSON object in input order
    // ({"source":"BBC","n":3}; CSV values are strings), or NULL when there
    // are none; the JSON event writer passes it on as "meta"
    const char *meta;
} dyad_record;

// What a validation file's <Environment> names.
typedef struct dyad_environment {
    const char *verbfile, *agentfile, *discardfile, *issuefile;
    const char *nounfile;  // dyad's <Nounfile>, or NULL
    const char *actorfiles[16];
    size_t n_actorfiles;
    const char *include;   // space-separated categories, or NULL for all
    const char *exclude;
} dyad_environment;

typedef struct dyad_reader dyad_reader;

// Open `path` ("-" for stdin). Returns NULL and fills err on failure.
dyad_reader *dyad_reader_open(const char *path, dyad_format format, dyad_error *err);
// Read from memory (not copied: `data` must outlive the reader).
dyad_reader *dyad_reader_open_mem(const char *data, size_t len, const char *name,
                                  dyad_format format, dyad_error *err);
void dyad_reader_close(dyad_reader *r);

// gzip, bzip2, xz, zstd, lz4 and compress (.Z) data are decompressed; a zip
// archive's files are read one after the other, each as an input of its
// own (format by its name, records named "archive.zip:member"). Opening
// refuses (DYAD_ERR_SYNTAX, NULL) an input whose first bytes are not text
// (binary data, other archives, tables met as plain text: read them as
// DYAD_FORMAT_CSV or _TSV), a file named as a document or image (.pdf,
// .docx, .png, ...) unless a format is given, and JSON that is not JSON
// Lines (an array, a pretty-printed object); DYAD_ERR_IO when compressed
// data cannot be read. A zip member refused is an error of
// dyad_reader_next, and the next member is read after it.

// Next record: returns 1 with *rec set, 0 at the end, DYAD_ERR_SYNTAX for a
// bad record or DYAD_ERR_LIMIT for one larger than the reader's limit (err
// has its file and line; reading goes on after it), or DYAD_ERR_IO when the
// input cannot be read on (the reader then ends).
int dyad_reader_next(dyad_reader *r, const dyad_record **rec, dyad_error *err);

// The largest record a reader takes, in bytes: a JSON line, an XML
// <Sentence> element, a plain-text story. A larger one is refused with
// DYAD_ERR_LIMIT and its line, without being held in memory, and reading
// goes on after it. The default is DYAD_MAX_STORY_BYTES; 0 restores it. It
// applies to the records read after the call (an XML <Environment> is read
// at open, under the default).
#define DYAD_MAX_STORY_BYTES ((size_t)16 << 20)
void dyad_reader_set_max_story_bytes(dyad_reader *r, size_t max);
// The names of the fields (JSON Lines keys, CSV and TSV header columns)
// that hold a story's id, date, title and text; NULL or "" keeps the
// default ("id", "date", "title", "text"). The names are copied. Set them
// before the first dyad_reader_next. CSV header names match in any ASCII
// case, JSON keys exactly.
typedef struct dyad_fields {
    const char *id, *date, *title, *text;
} dyad_fields;
void dyad_reader_set_fields(dyad_reader *r, const dyad_fields *fields);
// The <Environment> of a validation file (empty fields otherwise).
const dyad_environment *dyad_reader_environment(const dyad_reader *r);

// ---------------------------------------------------------------- coding

typedef struct dyad_options {
    int new_actor_length;   // >0: uncoded noun phrases up to this many words
                            // become actors (quoted text); 0 disables
    bool require_dyad;      // events need both source and target
    int comma_min, comma_max;   // comma-clause deletion limits (PETRARCH)
    int comma_bmin, comma_bmax, comma_emin, comma_emax;
    bool code_issues;       // attach issue codes to events
    bool ignore_parse;      // parse the text with the built-in parser even
                            // when the record carries a parse
    int max_tokens;         // longer sentences are not coded (DYAD_TOO_LONG)
    int max_ms;             // a sentence taking longer is abandoned (DYAD_TIMEOUT)
    bool clause_roles;      // a verb's default source is looked for in its own
                            // clause, and its default target not inside a
                            // reported clause ("said that X ..."); PETRARCH
                            // looks across both (false, as its tests expect)
    bool same_country;      // keep events from an actor to its own bare
                            // country code ("Kim left Pyongyang": PRKGOV->PRK);
                            // true as in PETRARCH
    bool actor_heads;       // a noun phrase is an actor only if its head noun
                            // is part of an actor or agent phrase or a name:
                            // "the North Korea diplomatic strategy" is not
                            // PRK (false in PETRARCH)
    bool pronouns;          // in a story, "he"/"him"/"she"/"her" standing alone
                            // take the code of the person who was the subject
                            // of an earlier sentence (false in PETRARCH)
    bool hypothetical;      // skip verbs that report no act: under may/might/
                            // could/would, or in what someone believes,
                            // expects or predicts (false in PETRARCH)
    bool story_country;     // in a story, an agent with no country of its own
                            // ("police", "the ministry": ---COP) takes the
                            // country the story has named most so far
                            // (false in PETRARCH)
    int discard_share;      // >0: story discard phrases discard a story only
                            // when at least this percent of its sentences
                            // hold one; the others are coded (0: any one
                            // discards the story, as in PETRARCH)
    bool parse_all;         // parse every sentence, even one that cannot give
                            // an event (for mentions; slower)
    bool nominal;           // code events stated as nouns with the noun
                            // dictionary ("Russia's strikes on Kyiv",
                            // "the arrest of X by police"; false in PETRARCH)
    bool relatives;         // code a relative clause with the noun phrase it
                            // follows as its subject ("Russia, which invaded
                            // Ukraine, accused France": both); PETRARCH reads
                            // it as words of the noun phrase (false)
} dyad_options;

#define DYAD_OPTIONS_INIT                                                          \
    {                                                                              \
        .new_actor_length = 0, .require_dyad = true, .comma_min = 2, .comma_max = 8,  \
        .comma_bmin = 0, .comma_bmax = 0, .comma_emin = 2, .comma_emax = 8,          \
        .code_issues = true, .ignore_parse = false, .max_tokens = 300, .max_ms = 2000, \
        .clause_roles = false, .same_country = true, .actor_heads = false,          \
        .pronouns = false, .hypothetical = false, .story_country = false,          \
        .discard_share = 0,                                                        \
        .parse_all = false, .nominal = false, .relatives = false,                  \
    }

// Set dyad's roles for news (clause_roles, actor_heads, pronouns,
// hypothetical, story_country, nominal, relatives on, discard_share 20; same_country
// off), as `dyad code` uses them, or with
// `on` false PETRARCH's (as DYAD_OPTIONS_INIT and `dyad validate`).
void dyad_options_news(dyad_options *o, bool on);
// `dyad code`'s options: DYAD_OPTIONS_INIT with dyad_options_news(o, true).
// A function for bindings (ctypes cannot use the macro).
void dyad_options_default(dyad_options *o);

typedef struct dyad_coder dyad_coder;

// The coder keeps a pointer to `dict`, which must outlive it.
dyad_coder *dyad_coder_new(const dyad_dict *dict, const dyad_options *opts);
void dyad_coder_free(dyad_coder *c);
// Set an option by its PETRARCH name (new_actor_length, require_dyad, ...).
int dyad_coder_set_option(dyad_coder *c, const char *option, const char *value,
                          dyad_error *err);

typedef struct dyad_span {
    int32_t start, end;   // byte offsets in the record text; -1 when unknown
} dyad_span;

typedef struct dyad_event {
    const char *source, *target;     // actor codes ("---" when absent)
    const char *code;                // CAMEO code, e.g. "042"
    const char *root;                // two-digit root
    int quad;                        // GDELT quad class 1..4, 0 if unknown
    double goldstein;
    const char *plover;              // PLOVER category, or NULL
    const char *source_text, *target_text, *event_text;  // matched words
    const char *source_entry, *target_entry;  // dictionary entries (file:line)
    const char *pattern;             // the verb pattern (or verb) that coded it
    const char *pattern_file;
    int pattern_line;
    const char *issues;              // "CODE n, CODE n" or ""
    dyad_span source_span, target_span, verb_span;
    bool source_inferred, target_inferred;  // the code came from the story: its
                                            // country, or the actor a pronoun
                                            // stands for (see the entry)
    int32_t index;   // 1-based place among its sentence's events: the event id
                     // is "<sentence id>-<index>"
    int32_t pair;    // >0: the two events of one paired code (042:043, A->B
                     // and B->A) share it within their sentence; 0 for others
} dyad_event;

typedef enum dyad_outcome {
    DYAD_CODED,              // coded (perhaps with no events)
    DYAD_DISCARD_SENTENCE,   // a sentence discard phrase matched
    DYAD_DISCARD_STORY,      // a story discard phrase matched
    DYAD_BAD_PARSE,          // the parse could not be read
    DYAD_DATELINE,           // the sentence is only a dateline
    DYAD_NO_PARSE,           // nothing to code from
    DYAD_SKIPPED,            // raw text with no dictionary verb or too few
                             // actor words to give an event: not parsed
    DYAD_TOO_LONG,           // more than max_tokens tokens: not coded
    DYAD_TIMEOUT,            // abandoned after max_ms milliseconds
} dyad_outcome;

// An actor named in a coded sentence, whether or not it is in an event.
typedef struct dyad_mention {
    const char *text;         // the noun phrase
    const char *code;         // its actor code
    const char *entry;        // the dictionary entries (file:line) that gave it
    dyad_span span;           // bytes in the story text
} dyad_mention;

typedef struct dyad_result {
    dyad_outcome outcome;
    const char *why;          // human explanation of the outcome, or ""
    size_t n_events;
    const dyad_event *events;
    const char *issues;       // issues of the sentence ("" when it has no events)
    size_t n_mentions;        // coded noun phrases of the sentence
    const dyad_mention *mentions;
} dyad_result;

// Code one record. Returns 0 with *res filled (valid until the next call),
// or a negative dyad_status when the call itself fails (bad arguments; err
// says why). A sentence that cannot be coded is not a failure: its outcome
// says what happened (DYAD_TOO_LONG, DYAD_TIMEOUT, DYAD_BAD_PARSE, whether
// the parse was supplied or built) and the diagnostics callback
// (dyad_coder_on_diag) gets the details.
int dyad_code_record(dyad_coder *c, const dyad_record *rec, const dyad_result **res,
                     dyad_error *err);

// Name of an outcome, e.g. "sentencediscard", as PETRARCH's error attribute.
const char *dyad_outcome_name(dyad_outcome o);

// Code a story (rec->is_story, or any record whose text should be split):
// its text is split into sentences, each coded as a record with id
// "<story id>-<n>" (n from 1) whose text_offset places it in the story, so
// event spans are offsets in the story text. `fn` is called for every
// sentence, with its result (valid during the call); a non-zero return stops
// the story. Returns the number of sentences, or < 0 when the story cannot
// be coded at all (err says why; err is untouched on success). Invalid
// UTF-8 is reported through the diagnostics callback as a DYAD_WARNING and
// the story is still coded; so are the sentences' own problems.
typedef int (*dyad_sentence_fn)(void *ctx, const dyad_record *sentence,
                                const dyad_result *res);
int dyad_code_story(dyad_coder *c, const dyad_record *story, dyad_sentence_fn fn,
                    void *ctx, dyad_error *err);

// Parse one sentence with the built-in parser and return its tree in Penn
// Treebank notation with the tagger's tags (malloc'd; the caller frees it).
// For inspecting what the coder sees. Returns 0 or < 0.
int dyad_parse_sentence(dyad_coder *c, const char *text, size_t len, char **penn,
                        dyad_error *err);

// The actor code dictionaries give `name` (a phrase as it would stand in a
// sentence, e.g. "Kim Jong-un", "Chinese police") on `date` (YYYYMMDD, 0 for
// the entry's default): *code ("---" when nothing matches) and *entry, the
// dictionary file:line of the actor and agent entries that gave it (both
// valid until the coder's next call). Returns 1 when coded, 0 when not.
int dyad_lookup_actor(dyad_coder *c, const char *name, size_t len, int32_t date,
                      const char **code, const char **entry);

// Report names the dictionaries miss: while coding, for every dictionary
// verb whose subject or object noun phrase has no code but capitalised words,
// `fn` gets those words ("Ahmed al-Sharaa") and the sentence. NULL stops it.
typedef void (*dyad_gap_fn)(void *ctx, const char *phrase, const dyad_record *sentence);
void dyad_coder_on_gap(dyad_coder *c, dyad_gap_fn fn, void *ctx);

// Diagnostics while coding: `fn` gets every problem met in a sentence or
// story that did not stop the call, with the record's file and line (or the
// supplied parse's file:line:column), story_id, sentence_id and offset set:
//   DYAD_WARNING     a sentence not coded: too long (max_tokens) or timed out
//                    (max_ms), message "sentence <id> not coded: <why>";
//                    invalid UTF-8 in a story (sentence_id "", offset the
//                    first bad byte), read as unknown characters
//   DYAD_ERR_SYNTAX  a parse that could not be read or built (outcome
//                    DYAD_BAD_PARSE)
// The error is valid during the call only. NULL stops the reports.
void dyad_coder_on_diag(dyad_coder *c, dyad_diag_fn fn, void *ctx);

// Running totals of a coder, for --stats.
typedef struct dyad_coder_stats {
    size_t stories, sentences;   // sentences coded or looked at
    size_t parsed;               // parsed by the built-in parser
    size_t skipped;              // DYAD_SKIPPED
    size_t too_long, timeouts;   // DYAD_TOO_LONG, DYAD_TIMEOUT
    size_t discarded;            // sentence or story discards
    size_t events;
    size_t bytes;                // text bytes read
    size_t undated;              // stories with no date (none given, no
                                 // dateline with a year)
} dyad_coder_stats;
void dyad_coder_get_stats(const dyad_coder *c, dyad_coder_stats *out);

// ---------------------------------------------------------------- writers

// A growing output buffer for the dyad_format_* functions: start from
// {0} (or reuse one, setting n to 0), free(p) when done. Each call appends
// one whole line ending in '\n', so a caller can hand complete lines to
// write(2) and several processes may append to one file without a broken line.
typedef struct dyad_buf {
    char *p;
    size_t n, cap;
} dyad_buf;
// free(b->p) and zero *b (for bindings that cannot call the C library's
// free); NULL is a no-op.
void dyad_buf_free(dyad_buf *b);
void dyad_format_event_json(dyad_buf *b, const dyad_record *rec, const dyad_event *ev);
void dyad_format_event_tsv(dyad_buf *b, const dyad_record *rec, const dyad_event *ev);
void dyad_format_tsv_header(dyad_buf *b);
void dyad_format_mention_json(dyad_buf *b, const dyad_record *rec, const dyad_mention *m);

// Every output format by name: JSON Lines (dyad's own events), TSV and CSV
// (a header row of column names first: dyad_format_columns), PLOVER
// (POLECAT-style JSON, one event per line) and Phoenix (PETRARCH2's
// tab-separated event lines, no header). The columns and keys are in the
// README.
typedef enum dyad_output {
    DYAD_OUT_JSONL,
    DYAD_OUT_TSV,
    DYAD_OUT_CSV,
    DYAD_OUT_PLOVER,
    DYAD_OUT_PHOENIX,
} dyad_output;
// The format of a name ("jsonl", "tsv", "csv", "plover", "phoenix");
// false when there is none.
bool dyad_output_named(const char *name, dyad_output *out);
// One event or one actor mention as a line of format `f` (PLOVER: no line
// for an event whose CAMEO code has no PLOVER category, such as 01 and 02,
// which the PLOVER manual drops). Mentions exist as
// JSON Lines, TSV and CSV: for the others nothing is written and false is
// returned.
void dyad_format_event(dyad_buf *b, dyad_output f, const dyad_record *rec, const dyad_event *ev);
bool dyad_format_mention(dyad_buf *b, dyad_output f, const dyad_record *rec,
                         const dyad_mention *m);
// The header row of TSV and CSV (of events, or of `mentions`); nothing for
// the other formats.
void dyad_format_columns(dyad_buf *b, dyad_output f, bool mentions);
// A JSON line naming the run: {"header":{"coder_version":..,
// "dictionaries":[{"file":..,"sha256":..},...]}}.
void dyad_format_run_header(dyad_buf *b, const dyad_dict *dict);

// The same lines written to a stdio stream, each with one fwrite. Return 0,
// or -1 (errno set) when the stream reports a write error.
// One JSON object per line.
int dyad_write_event_json(FILE *out, const dyad_record *rec, const dyad_event *ev);
// Tab-separated; the columns are in the README.
int dyad_write_event_tsv(FILE *out, const dyad_record *rec, const dyad_event *ev);
int dyad_write_tsv_header(FILE *out);
// One JSON object per line for an actor mention: sentence_id, text, code,
// entry, span (characters of the story text) and span_bytes.
int dyad_write_mention_json(FILE *out, const dyad_record *rec, const dyad_mention *m);

// CAMEO facts for a code: quad class, Goldstein value, PLOVER, name.
// Returns false for unknown codes.
bool dyad_cameo_describe(const char *code, int *quad, double *goldstein,
                         const char **plover, const char **name);

// The SHA-256 of n bytes as 64 lower-case hex digits and a NUL (the hash
// of the run header's dictionaries; the event store's text hashes).
void dyad_sha256_hex(const void *data, size_t n, char out[65]);

#ifdef __cplusplus
}
#endif
#endif
