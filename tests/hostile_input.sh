#!/bin/sh
# tests/hostile_input.sh: inputs a hostile but fair reviewer tries (issue 10):
# formats dyad does not read, binary bytes, records over --max-story-bytes,
# "\u0000" in JSON, broken dictionaries. Each case checks the exit code, the
# message (the file, where, what it is) and that the events of the good
# inputs around the bad one are all there. Every input is made here, in a
# temporary folder. Closing line: "N passed, N failed".
BUILD=${BUILD:-build}
DYAD=$BUILD/dyad
DICT=dictionaries
passed=0
failed=0

if [ ! -x "$DYAD" ]; then
    echo "hostile_input: $DYAD not found (run make)"
    echo "0 passed, 1 failed"
    exit 1
fi

t=$(mktemp -d)
trap 'rm -rf "$t"' EXIT

ok() { echo "ok    $1"; passed=$((passed + 1)); }
fail() {
    echo "FAIL  $1: $2"
    for f in "$t/out" "$t/err"; do [ -f "$f" ] && head -c 2000 "$f" | sed 's/^/      | /'; done
    failed=$((failed + 1))
}

# The two good stories and the events they give with dyad's dictionaries.
good1='{"id": "good-1", "date": "2025-03-01", "text": "Russia attacked Ukraine on Monday."}'
good2='{"id": "good-2", "date": "2025-03-02", "text": "China criticized Japan on Tuesday."}'
echo "$good1" > "$t/good1.jsonl"
echo "$good2" > "$t/good2.jsonl"
ev1='"story_id":"good-1",.*"source":"RUS","target":"UKR","code":"190"'
ev2='"story_id":"good-2",.*"source":"CHN","target":"JPN","code":"111"'

# expect NAME STATUS PATTERN...: the last run ended with STATUS, and every
# PATTERN is in its stderr (fixed strings), in order of the arguments.
expect() {
    name=$1 want=$2
    shift 2
    if [ "$status" != "$want" ]; then
        fail "$name" "exit $status, not $want"
        return
    fi
    for p in "$@"; do
        if ! grep -qF -- "$p" "$t/err"; then
            fail "$name" "no '$p' in the messages"
            return
        fi
    done
    ok "$name"
}
# events NAME PATTERN...: every PATTERN (a regular expression) matches an event.
events() {
    name=$1
    shift
    for p in "$@"; do
        if ! grep -q -- "$p" "$t/out"; then
            fail "$name" "event /$p/ lost"
            return
        fi
    done
    ok "$name"
}
# code FILE... [-- OPTIONS]: dyad code the good stories around the files.
code() {
    "$DYAD" code --quiet --dictionaries "$DICT" "$@" >"$t/out" 2>"$t/err"
    status=$?
}

# ---------------------------------------------------------------- not text

# refused NAME FILE WHAT: FILE between the good stories is refused, by name,
# with WHAT it looks like; exit 1; both good stories coded.
refused() {
    code "$t/good1.jsonl" "$2" "$t/good2.jsonl"
    expect "$1: refused" 1 "$2: not read: it looks like $3"
    events "$1: neighbours coded" "$ev1" "$ev2"
}

# readable NAME FILE STEM: FILE (compressed) between the good stories is read,
# its story (id STEM) coded with both neighbours; exit 0
readable() {
    code "$t/good1.jsonl" "$2" "$t/good2.jsonl"
    expect "$1: read" 0
    events "$1: its story and the neighbours coded" "$ev1" "$ev2" \
        "\"story_id\":\"$3\",.*\"source\":\"RUS\",\"target\":\"UKR\""
}

printf 'Russia attacked Ukraine on Monday.\n' > "$t/story.txt"
if command -v bzip2 >/dev/null; then bzip2 -c "$t/story.txt" > "$t/story.txt.bz2"
else printf 'BZh91AY&SY\001\002\003\004' > "$t/story.txt.bz2"; fi
readable "bzip2" "$t/story.txt.bz2" story
cp "$t/story.txt.bz2" "$t/renamed.txt"   # by its bytes, not its name
readable "bzip2 named .txt" "$t/renamed.txt" renamed
if command -v xz >/dev/null; then xz -c "$t/story.txt" > "$t/story.xz"
else printf '\3757zXZ\000\000\004' > "$t/story.xz"; fi
readable "xz" "$t/story.xz" story
if command -v zstd >/dev/null; then zstd -q -c "$t/story.txt" > "$t/story.zst"
else printf '\050\265\057\375\044\005' > "$t/story.zst"; fi
readable "zstd" "$t/story.zst" story
printf 'PK\003\004\024\000\000\000\010\000' > "$t/stories.jsonl"
code "$t/good1.jsonl" "$t/stories.jsonl" "$t/good2.jsonl"
expect "zip magic, truncated: an error naming the file" 1 "$t/stories.jsonl: cannot read: "
events "zip magic, truncated: neighbours coded" "$ev1" "$ev2"
if command -v zip >/dev/null; then
    (cd "$t" && zip -q story.zip story.txt)
    code "$t/good1.jsonl" "$t/story.zip" "$t/good2.jsonl"
    expect "zip: read" 0
    events "zip: its member story.txt coded" "$ev1" "$ev2" '"story_id":"story",.*"source":"RUS"' 
fi
# a table is read as CSV when named .csv (tests/inputs.sh), refused as text
printf 'id,date,text\n1,2025-03-01,"Russia attacked Ukraine, officials said."\n2,2025-03-02,China criticized Japan.\n' > "$t/stories.txt"
refused "CSV named .txt" "$t/stories.txt" "CSV (a header line and rows of 3 fields)"
# (two control bytes first: random bytes may begin like JSON, "[" or "{")
{ printf '\001\002'; head -c 200000 /dev/urandom; } > "$t/random.bin"
refused "200 KB of random bytes" "$t/random.bin" "binary data"
gzip -c "$t/random.bin" > "$t/random.jsonl.gz"
refused "random bytes in gzip" "$t/random.jsonl.gz" "binary data"

# ---------------------------------------------------------------- JSON NUL

printf '%s\n' '{"id": "nul", "text": "Russia attacked\u0000Ukraine on Monday."}' > "$t/nul.jsonl"
code "$t/nul.jsonl" "$t/good2.jsonl"
expect "\\u0000 in a story: no error" 0
events "\\u0000 read as a space" '"story_id":"nul",.*"source":"RUS","target":"UKR"' "$ev2"

# ---------------------------------------------------------------- too large

words() {   # words N: N copies of a harmless word and a space
    head -c "$1" /dev/zero | tr '\0' 'x' | sed 's/xxxxxx/lorem /g'
}
{ echo "$good1"; printf '{"id": "big", "text": "%s"}\n' "$(words 5000)"; echo "$good2"; } > "$t/big.jsonl"
code "$t/big.jsonl" --max-story-bytes 2000
expect "JSONL: a story over --max-story-bytes" 1 "$t/big.jsonl:2: a line of" "more than --max-story-bytes (2000)"
events "JSONL: the stories around it" "$ev1" "$ev2"

{ echo "$good1"; printf '{"id": "big", "text": "'; words 400000; printf '"}\n'; echo "$good2"; } | gzip > "$t/big.jsonl.gz"
code "$t/big.jsonl.gz" --max-story-bytes 100000
expect "JSONL gzip: a line larger than the buffer" 1 "$t/big.jsonl.gz:2: a line of 4000" "skipped"
events "JSONL gzip: the stories around it" "$ev1" "$ev2"

# the default limit (16 MiB) on a 20 MB line that gzip makes small
{ echo "$good1"; printf '{"id": "huge", "text": "'; head -c 20000000 /dev/zero | tr '\0' A; printf '"}\n'; echo "$good2"; } | gzip > "$t/huge.jsonl.gz"
code "$t/huge.jsonl.gz"
expect "JSONL gzip: 20 MB line, default limit" 1 "$t/huge.jsonl.gz:2: a line of 20000" "--max-story-bytes (16777216)"
events "JSONL gzip: the stories around the 20 MB line" "$ev1" "$ev2"

xml_record() {   # xml_record ID DATE TEXT
    printf '<Sentence id="%s" date="%s" sentence="true">\n<Text>\n%s\n</Text>\n</Sentence>\n' "$1" "$2" "$3"
}
{
    echo '<Sentences>'
    xml_record good-1 20250301 'Russia attacked Ukraine on Monday.'
    xml_record huge 20250301 "$(words 200000)"
    xml_record good-2 20250302 'China criticized Japan on Tuesday.'
    echo '</Sentences>'
} > "$t/huge.xml"
code "$t/huge.xml" --max-story-bytes 10000
expect "XML: a huge record" 1 "$t/huge.xml:7: record huge: more than --max-story-bytes (10000"
events "XML: the records around it" '"sentence_id":"good-1".*"RUS","target":"UKR"' '"sentence_id":"good-2".*"CHN","target":"JPN"'
gzip -c "$t/huge.xml" > "$t/huge.xml.gz"
code "$t/huge.xml.gz" --max-story-bytes 10000
expect "XML gzip: a huge record" 1 "$t/huge.xml.gz:7: record huge"
events "XML gzip: the records around it" '"sentence_id":"good-1"' '"sentence_id":"good-2"'

words 50000 > "$t/long.txt"
code "$t/good1.jsonl" "$t/long.txt" "$t/good2.jsonl" --max-story-bytes 10000
expect "text: a story over the limit" 1 "$t/long.txt:1: the story has more than --max-story-bytes (10000)"
events "text: the files around it" "$ev1" "$ev2"

# memory stays bounded: 64 MB of XML records is read a record at a time
# (not measured under the sanitizers, whose quarantine keeps freed memory)
case "${CFLAGS:-}" in *-fsanitize*) measure=no ;; *) measure=yes ;; esac
if [ -x /usr/bin/time ] && [ "$measure" = yes ]; then
    xml_record r 20250301 "$(words 100000)" > "$t/r1"
    for i in 2 4 8 16 32 64 128 256 512; do cat "$t/r$((i / 2))" "$t/r$((i / 2))" > "$t/r$i"; done
    { echo '<Sentences>'; cat "$t/r512" "$t/r64" "$t/r64"; echo '</Sentences>'; } > "$t/big.xml"
    rm -f "$t"/r*
    /usr/bin/time -f '%M' -o "$t/rss" "$DYAD" code --quiet --dictionaries "$DICT" "$t/big.xml" >"$t/out" 2>"$t/err"
    kb=$(tail -n 1 "$t/rss")
    if [ "$kb" -le 51200 ] 2>/dev/null; then ok "64 MB of XML in $kb KB (<= 50 MiB)"
    else fail "64 MB of XML" "peak RSS $kb KB"; fi
    rm -f "$t/big.xml"
fi

# ---------------------------------------------------------------- out of memory

# Under a cap on the address space (ulimit -v, in KB), a record too large
# for memory ends the run with exit 1 (not a crash) and a message naming its
# file and line, after the events of the stories before it, in whole lines.
# dyad itself needs about 20 MB. Not under the sanitizers, which reserve
# terabytes of address space.
# capped KB FILE... [OPTIONS]: dyad code under the cap.
capped() {
    kb=$1
    shift
    (ulimit -v "$kb" && exec "$DYAD" code --quiet --dictionaries "$DICT" "$@") \
        >"$t/out" 2>"$t/err"
    status=$?
}
# oom NAME PATTERN: exit 1, PATTERN (grep -E) in the messages, whole lines out.
oom() {
    if [ "$status" != 1 ]; then fail "$1" "exit $status, not 1"
    elif ! grep -Eq -- "$2" "$t/err"; then fail "$1" "no /$2/ in the messages"
    elif [ -s "$t/out" ] && [ "$(tail -c 1 "$t/out" | od -An -c | tr -d ' ')" != '\n' ]; then
        fail "$1" "the output ends in a cut line"
    else ok "$1"; fi
}
mem_line() {   # mem_line BYTES: good-1, a story of BYTES letters, good-2
    echo "$good1"
    printf '{"id": "mem", "text": "'
    head -c "$1" /dev/zero | tr '\0' a
    printf '"}\n'
    echo "$good2"
}
case "${CFLAGS:-}" in *-fsanitize*) sanitized=yes ;; *) sanitized=no ;; esac
if [ "$sanitized" = yes ]; then
    echo "skip  out of memory: ulimit -v does not work under the sanitizers"
elif ! (ulimit -v 4000000) 2>/dev/null; then
    echo "skip  out of memory: ulimit -v is not permitted here"
else
    # a 45 MB JSON line: jansson runs out while the line is read (the cap
    # leaves room for the libraries mapped: libpq, sqlite3, libmicrohttpd with
    # GnuTLS; with 120000 the reader's 64 MB buffer failed first)
    mem_line 45000000 | gzip -1 > "$t/mem.jsonl.gz"
    capped 140000 "$t/mem.jsonl.gz" --max-story-bytes 100000000
    oom "out of memory reading a JSON line: named" \
        "^dyad: out of memory allocating [0-9]+ bytes while reading $t/mem.jsonl.gz:2\$"
    events "out of memory reading a JSON line: the story before it" "$ev1"
    rm -f "$t/mem.jsonl.gz"

    xml_record good-1 20250301 'Russia attacked Ukraine on Monday.' > "$t/mem.xml"
    { printf '<Sentence id="mem" date="20250301">\n<Text>\n'; head -c 45000000 /dev/zero | tr '\0' a
      printf '\n</Text>\n</Sentence>\n'; } >> "$t/mem.xml"
    xml_record good-2 20250302 'China criticized Japan on Tuesday.' >> "$t/mem.xml"
    gzip -1 "$t/mem.xml"
    capped 90000 "$t/mem.xml.gz" --max-story-bytes 100000000
    # the copy of the text fails, or (with less memory) the reader's buffer
    oom "out of memory reading an XML record: named" \
        "while reading $t/mem.xml.gz:6 \\(story mem\\)\$|^$t/mem.xml.gz:[56]: cannot read: out of mem"
    events "out of memory reading an XML record: the record before it" \
        '"sentence_id":"good-1".*"RUS","target":"UKR"'
    rm -f "$t/mem.xml.gz"

    # a 90 MB plain-text story: the reader's buffer cannot grow, so the file
    # is refused with its line and the run goes on; with more memory the
    # coder runs out in its sentence
    { printf 'Russia attacked Ukraine. '; head -c 90000000 /dev/zero | tr '\0' a; } |
        gzip -1 > "$t/mem.txt.gz"
    capped 100000 "$t/good1.jsonl" "$t/mem.txt.gz" "$t/good2.jsonl" --max-story-bytes 100000000
    oom "plain text larger than memory: refused" \
        "^$t/mem.txt.gz:1: cannot read: out of memory for a buffer of [0-9]+ bytes\$"
    events "plain text larger than memory: the files around it" "$ev1" "$ev2"
    capped 220000 "$t/good1.jsonl" "$t/mem.txt.gz" "$t/good2.jsonl" --max-story-bytes 100000000
    oom "out of memory coding a story: named with its sentence" "^dyad: out of memory \
allocating [0-9]+ bytes while coding $t/mem.txt.gz:1 \\(story mem, sentence mem-[0-9]+\\)\$"
    events "out of memory coding a story: the file before it" "$ev1"
    rm -f "$t/mem.txt.gz"

    # a line of 150 MB (gzip makes it small) under a 100 MB cap and the
    # default limit: refused while streaming, never held
    mem_line 150000000 | gzip -1 > "$t/mem.jsonl.gz"
    capped 100000 "$t/mem.jsonl.gz"
    expect "150 MB line, 100 MB of memory: refused, not held" 1 \
        "$t/mem.jsonl.gz:2: a line of 1500000" "more than --max-story-bytes (16777216)"
    events "150 MB line, 100 MB of memory: the stories around it" "$ev1" "$ev2"
    rm -f "$t/mem.jsonl.gz"
fi

# ---------------------------------------------------------------- dictionaries

cp -r "$DICT" "$t/dict"
check_dict() {   # check_dict NAME PATTERN: dict check exits 1 and prints PATTERN
    "$DYAD" dict check --dictionaries "$t/dict" >"$t/out" 2>"$t/err"
    status=$?
    expect "$1" 1 "$2"
    cp "$DICT"/* "$t/dict/"   # undo
}
: > "$t/dict/agents.txt"
check_dict "dict: empty agents file" "$t/dict/agents.txt:1: no entries: the dictionary file is empty"
n=$(($(wc -l < "$t/dict/people-world.actors.txt") + 1))
printf 'KIM_JONG\351_UN_ [PRKGOV]\n' >> "$t/dict/people-world.actors.txt"
check_dict "dict: invalid UTF-8 in a name" "$t/dict/people-world.actors.txt:$n: invalid UTF-8 (byte 0xE9 at column 9)"
printf '+@@@ ~~~ }{\n' >> "$t/dict/people-world.actors.txt"
check_dict "dict: junk on a + synonym line" "$t/dict/people-world.actors.txt:$n: synonym line '+@@@ ~~~ }{'"
"$DYAD" dict check --dictionaries "$DICT" >"$t/out" 2>"$t/err"
status=$?
expect "dict: the shipped dictionaries are clean" 0

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
