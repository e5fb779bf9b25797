#!/bin/sh
# tests/inputs.sh: end-to-end tests of dyad code's inputs: dates, field
# names, CSV and TSV, compressed files and archives, extra fields passed
# through as "meta", unknown formats. Uses the spec dictionaries in
# tests/spec/dict. Closing line: "N passed, N failed".
NAME=inputs
. tests/lib.sh
# code FILE [OPTION...]: events in $t/out, messages in $t/err, status in $rc
code() {
    f=$1
    shift
    "$DYAD" code --quiet --dictionaries "$DICT" "$@" "$f" >"$t/out" 2>"$t/err"
    rc=$?
}
# n PATTERN: lines of $t/out holding PATTERN
n() { grep -c -- "$1" "$t/out"; }
S1='Germany criticized France.'
S2='Russia attacked Ukraine.'

# ---------------------------------------------------------------- dates
cat >"$t/d.jsonl" <<EOF
{"id": "d1", "date": "2025-01-06T10:00:00Z", "text": "$S1"}
{"id": "d2", "date": "2025-01-06T10:00:00+02:00", "text": "$S1"}
{"id": "d3", "date": "2025-01-06 10:00:00", "text": "$S1"}
{"id": "d4", "date": "20250106", "text": "$S1"}
{"id": "d5", "text": "$S1"}
{"id": "d6", "date": "2025-01-06T10:00:00 and junk", "text": "$S1"}
EOF
code "$t/d.jsonl"
check "dates: ISO datetimes are read (4 dated events, 1 undated)" \
    test "$(n '"date":"2025-01-06"')" -eq 4 -a "$(n '"date":null')" -eq 1
check "dates: garbage is a field error naming file and line, exit 1" \
    sh -c "[ $rc -eq 1 ] && grep -q 'd.jsonl:6:[0-9]*: \"date\" is not a date' '$t/err'"
code "$t/d.jsonl" --date 2024-12-31
check "--date: dates only the undated story" \
    test "$(n '"date":"2025-01-06"')" -eq 4 -a "$(n '"date":"2024-12-31"')" -eq 1
code "$t/d.jsonl" --force-date 2024-12-31T08:00:00Z
check "--force-date: dates every story" test "$(n '"date":"2024-12-31"')" -eq 5
code "$t/d.jsonl" --date 20241231
check "--date YYYYMMDD is taken" test "$(n '"date":"2024-12-31"')" -eq 1
code "$t/d.jsonl" --force-date 2024-02-30
check "--force-date: not a calendar date is bad usage (2)" \
    sh -c "[ $rc -eq 2 ] && grep -q 'force-date needs a calendar date' '$t/err'"
printf '<Sentences>\n<Sentence date="2025-01-06T10:00:00Z" id="x-1" sentence="true">\n<Text>\n%s\n</Text>\n</Sentence>\n</Sentences>\n' "$S1" >"$t/d.xml"
code "$t/d.xml" --ignore-parse
check "dates: an XML date attribute may be an ISO datetime" grep -q '"date":"2025-01-06"' "$t/out"

# ---------------------------------------------------------------- field names, meta
cat >"$t/f.jsonl" <<EOF
{"story": "f1", "when": "2025-01-06T10:00:00Z", "headline": "H", "body": "$S1", "source": "Wire", "n": 3, "tags": ["a", "b"]}
EOF
code "$t/f.jsonl" --id-field story --date-field when --title-field headline --text-field body
check "--id-field etc.: the story is read from the named keys" \
    grep -q '^{"story_id":"f1","sentence_id":"f1-1","date":"2025-01-06"' "$t/out"
check "meta: the other keys are passed through as JSON values" \
    grep -q ',"meta":{"source":"Wire","n":3,"tags":\["a","b"\]},"sentence_span":' "$t/out"
code "$t/f.jsonl"
check "no text key: an error naming file and line, exit 1" \
    sh -c "[ $rc -eq 1 ] && grep -q 'f.jsonl:1:1: the object has no \"text\"' '$t/err'"
code "$t/d.jsonl"
check "meta: no other keys, no meta" sh -c "! grep -q meta '$t/out'"

# ---------------------------------------------------------------- CSV, TSV
printf 'id,date,title,text,source\r\nc1,2025-01-06T10:00:00Z,Head,"%s And ""then"",\r\n%s",Wire\r\nc2,2025-01-07,%s\r\nc3,2025-01-08,,%s,X\r\n' \
    "$S1" "$S2" "$S1" "$S2" >"$t/a.csv"
code "$t/a.csv"
check "csv: quoted fields with commas, quotes, newlines are one story (2 events)" \
    test "$(n '"story_id":"c1"')" -eq 2
check "csv: the row with the wrong number of fields is an error naming file and line" \
    grep -q 'a.csv:4: a row of 3 fields, the header has 5; skipped' "$t/err"
check "csv: the row after it is coded, exit 1" \
    sh -c "[ $rc -eq 1 ] && grep -q '\"story_id\":\"c3\".*\"date\":\"2025-01-08\".*\"meta\":{\"source\":\"X\"},' '$t/out'"
printf 'key\tbody\n1\t%s\n' "$S1" >"$t/b.tsv"
code "$t/b.tsv"
check "tsv: no text column is an error naming the file, exit 1" \
    sh -c "[ $rc -eq 1 ] && grep -q 'b.tsv:1: the header has no \"text\" column' '$t/err'"
code "$t/b.tsv" --text-field body --id-field key
check "tsv: --text-field/--id-field name the columns" grep -q '"sentence_id":"1-1"' "$t/out"
cp "$t/b.tsv" "$t/b.data"
code "$t/b.data" --input-format tsv --text-field body
check "--input-format tsv reads any name as TSV" grep -q '"source":"DEU"' "$t/out"
code "$t/b.data" --input-format pdf
check "--input-format: an unknown one is bad usage (2)" test "$rc" -eq 2
gzip -c "$t/a.csv" >"$t/a.csv.gz"
code "$t/a.csv.gz"
check "csv.gz: detected under compression" test "$(n '"story_id":"c1"')" -eq 2

# ---------------------------------------------------------------- compressed, zip
printf '{"id": "z1", "text": "%s"}\n' "$S1" >"$t/z.jsonl"
for tool in bzip2 xz zstd; do
    command -v $tool >/dev/null || { echo "skip  $tool (not installed)"; continue; }
    case $tool in bzip2) ext=bz2 ;; xz) ext=xz ;; zstd) ext=zst ;; esac
    $tool -q -c "$t/z.jsonl" >"$t/z.jsonl.$ext"
    code "$t/z.jsonl.$ext"
    check "$tool: .jsonl.$ext is read" sh -c "[ $rc -eq 0 ] && grep -q '\"story_id\":\"z1\"' '$t/out'"
done
if command -v bzip2 >/dev/null; then
    bzip2 -c "$t/a.csv" | head -c 100 >"$t/cut.csv.bz2"
    code "$t/cut.csv.bz2"
    check "bzip2 cut short: an error naming the file, exit 1" \
        sh -c "[ $rc -eq 1 ] && grep -q 'cut.csv.bz2.*cannot read' '$t/err'"
    bzip2 -c "$t/z.jsonl" | "$DYAD" code --quiet --dictionaries "$DICT" >"$t/out" 2>"$t/err"
    check "bzip2 on stdin is read" grep -q '"story_id":"z1"' "$t/out"
fi
if command -v zip >/dev/null; then
    mkdir -p "$t/zz/sub"
    printf '%s\n' "$S2" >"$t/zz/story.txt"
    cp "$t/a.csv" "$t/zz/sub/"
    cp "$t/z.jsonl" "$t/zz/"
    printf '[1]\n' >"$t/zz/bad.json"
    (cd "$t/zz" && zip -q -r ../all.zip z.jsonl story.txt sub bad.json)
    code "$t/all.zip"
    check "zip: each member is read by its own name (jsonl, txt, csv)" \
        sh -c "grep -q '\"story_id\":\"z1\"' '$t/out' && grep -q '\"story_id\":\"story\"' '$t/out' && grep -q '\"story_id\":\"c3\"' '$t/out'"
    check "zip: errors name file:member:line, exit 1" \
        sh -c "[ $rc -eq 1 ] && grep -q 'all.zip:sub/a.csv:4: a row of 3 fields' '$t/err' && grep -q 'all.zip:bad.json:1: not read: it is a JSON array' '$t/err'"
fi
if command -v zip >/dev/null; then
    (cd "$t/zz" && zip -q ../first-bad.zip bad.json z.jsonl)
    code "$t/first-bad.zip"
    check "zip: a refused first member is an error, the next member is still read" \
        sh -c "[ $rc -eq 1 ] && grep -q 'first-bad.zip:bad.json:1: not read' '$t/err' && grep -q '\"story_id\":\"z1\"' '$t/out'"
fi

# ---------------------------------------------------------------- unknown formats
printf '%s\n' "$S1" >"$t/story.pdf"
printf '[{"id": "j", "text": "%s"}]\n' "$S1" >"$t/array.json"
printf '{\n  "id": "j",\n  "text": "%s"\n}\n' "$S1" >"$t/pretty.json"
head -c 4096 "$DYAD" >"$t/bin.jsonl"
for f in story.pdf array.json pretty.json bin.jsonl; do
    code "$t/$f"
    check "unknown format: $f is an error naming it, exit 1, no events" \
        sh -c "[ $rc -eq 1 ] && [ ! -s '$t/out' ] && grep -q '$f.*not read' '$t/err'"
done
code "$t/story.pdf" --input-format text
check "--input-format text reads a text file whatever its name" grep -q '"source":"DEU"' "$t/out"

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
