#!/bin/sh
# tests/outputs.sh: end-to-end tests of dyad code's outputs: event ids, pair
# ids, provenance, issues and exact texts; the run header; the formats
# (jsonl, tsv, csv, plover, phoenix); --dedup and dyad dedup; -o FILE;
# --jobs. Uses the spec dictionaries in tests/spec/dict and, when present,
# a corpus file in $SHARED/corpus. Closing line: "N passed, N failed".
SHARED=${SHARED:-../shared}
NAME=outputs
. tests/lib.sh
code() {
    "$DYAD" code --quiet --dictionaries "$DICT" --date 2025-01-06 "$@" >"$t/out" 2>"$t/err"
    rc=$?
}
has() { grep -q -- "$1" "$t/out"; }
py() { command -v python3 >/dev/null 2>&1; }

# ---------------------------------------------------------------- event keys
printf "Germany visited France. Germany's minister criticized France.\n" >"$t/s.txt"
code "$t/s.txt"
check "event_id: <sentence id>-<k>" sh -c "grep -q '\"event_id\":\"s-1-1\"' '$t/out' && grep -q '\"event_id\":\"s-1-2\"' '$t/out'"
check "pair_id: 042 and 043 of one paired code share it" \
    sh -c "grep '\"code\":\"042\"' '$t/out' | grep -q '\"pair_id\":\"s-1-p1\"' && grep '\"code\":\"043\"' '$t/out' | grep -q '\"pair_id\":\"s-1-p1\"'"
check "pair_id: null for an unpaired code" sh -c "grep '\"code\":\"111\"' '$t/out' | grep -q '\"pair_id\":null'"
version=$("$DYAD" --version | head -n 1 | sed 's/^dyad //')
check "coder_version is dyad --version ($version)" has "\"coder_version\":\"$version\""
check "cameo_label from the CAMEO table" has '"code":"042".*"cameo_label":"make a visit"'
check "source_provenance: file, line, entry" \
    has '"source_provenance":\[{"file":"actors.txt","line":2,"entry":"GERMANY"}'
check "source_entry kept as the readable string" has '"source_entry":"actors.txt:2 GERMANY'
check "source_text is the story's exact words (Germany's minister)" has "\"source_text\":\"Germany's minister\""
if py; then
    check "every *_text is text[span] of the story" python3 -c '
import json, sys
story = open(sys.argv[1]).read()
for l in open(sys.argv[2]):
    e = json.loads(l)
    for k in ("source", "target"):
        a, z = e[k + "_span"]
        assert e[k + "_text"] == story[a:z], (e[k + "_text"], story[a:z])
    a, z = e["verb_span"]
    assert e["event_text"] == story[a:z]' "$t/s.txt" "$t/out"
    check "sentence_span: the sentence's characters in the story, last key" python3 -c '
import json, sys
story = open(sys.argv[1]).read()
want = {"s-1": "Germany visited France.", "s-2": "Germany\x27s minister criticized France."}
for l in open(sys.argv[2]):
    e = json.loads(l)
    assert list(e)[-2:] == ["sentence_span", "sentence_span_bytes"], list(e)
    a, z = e["sentence_span"]
    assert story[a:z] == want[e["sentence_id"]], (story[a:z], e["sentence_id"])
    a, z = e["sentence_span_bytes"]
    assert story.encode()[a:z].decode() == want[e["sentence_id"]]' "$t/s.txt" "$t/out"
fi
"$DYAD" code --quiet --date 2025-01-06 - >"$t/out" 2>"$t/err" <<EOF2
Germany imposed sanctions on France.
EOF2
check "issues as a list of {issue, count}" has '"issues":\[{"issue":"SANCTIONS","count":1}\]'

# ---------------------------------------------------------------- header
code --header "$t/s.txt"
sum=$(sha256sum "$DICT/verbs.txt" | cut -d' ' -f1)
check "--header: the first line names each dictionary with its SHA-256" \
    sh -c "head -n 1 '$t/out' | grep -q '^{\"header\":{\"coder\":\"dyad\",\"coder_version\":\"$version\",\"dictionaries\":\[{\"file\":\"verbs.txt\",\"sha256\":\"$sum\"}'"
check "--header: once, then the events" test "$(grep -c '"header"' "$t/out")" -eq 1
cp "$t/out" "$t/withheader.jsonl"
"$DYAD" eval tests/eval/gold.jsonl "$t/withheader.jsonl" >"$t/out" 2>"$t/err"
check "dyad eval reads events after a header line" test $? -eq 0
code --header --format csv "$t/s.txt"
check "--header with csv is a usage error" sh -c "[ $rc -eq 2 ] && grep -q 'header' '$t/err'"

# ---------------------------------------------------------------- formats
code --format csv "$t/s.txt"
check "csv: a header row" sh -c "head -n 1 '$t/out' | grep -q '^event_id,story_id,sentence_id,date,source,target,code,'"
check "csv: codes quoted as text (\"042\")" has ',"042","04",'
if py; then
    check "csv: RFC 4180, every row as wide as the header, code 042 read as text" python3 -c '
import csv, sys
rows = list(csv.reader(open(sys.argv[1], newline="")))
assert len(rows) == 4, rows
assert all(len(r) == len(rows[0]) for r in rows)
h = rows[0]
assert rows[1][h.index("code")] == "042"
assert rows[2][h.index("source_text")] == "France"
assert rows[3][h.index("source_text")] == "Germany'"'"'s minister"' "$t/out"
fi
code --format tsv "$t/s.txt"
check "tsv: header and three events" test "$(grep -c . "$t/out")" -eq 4
code --format plover "$t/s.txt"
if py; then
    check "plover: id, date, actor, recipient, event, mode, context, quad_code, text" python3 -c '
import json, sys
for l in open(sys.argv[1]):
    e = json.loads(l)
    for k in ("id", "date", "actor", "recipient", "event", "mode", "context", "quad_code", "text"):
        assert k in e, k
    assert e["date"] == "2025-01-06"
e = [json.loads(l) for l in open(sys.argv[1])]
assert e[0]["actor"][0]["code"] == "DEU" and e[0]["event"] == ["CONSULT"], e[0]
assert e[0]["link"] == e[1]["link"] == "s-1-p1"
assert e[2]["text"] == "Germany'"'"'s minister criticized France."' "$t/out"
fi
code --format phoenix "$t/s.txt"
check "phoenix: date source target code issues ids texts, no header" \
    awk -F '\t' 'NR == 1 { exit !(NF == 9 && $1 == "20250106" && $2 == "DEU" && $3 == "FRA" && $4 == "042" && $6 == "s-1" && $7 == "Germany") }' "$t/out"
code --mentions --format csv "$t/s.txt"
check "--mentions --format csv: a header row and one row per mention" \
    sh -c "head -n 1 '$t/out' | grep -q '^sentence_id,text,code,entry,span_start,span_end' && test \$(grep -c . '$t/out') -eq 5"
code --mentions --format phoenix "$t/s.txt"
check "--mentions --format phoenix is a usage error" test "$rc" -eq 2
code --format xml "$t/s.txt"
check "unknown --format is a usage error" test "$rc" -eq 2

# ---------------------------------------------------------------- dedup
cat >"$t/d.jsonl" <<EOF2
{"id": "a", "date": "2025-01-06", "text": "Russia attacked Ukraine. Russia attacked Ukraine again. Germany criticized France."}
{"id": "b", "date": "2025-01-06", "text": "Russia attacked Ukraine."}
{"id": "c", "date": "2025-01-07", "text": "Russia attacked Ukraine."}
EOF2
code "$t/d.jsonl"
check "without --dedup: five events" test "$(grep -c . "$t/out")" -eq 5
code --dedup story "$t/d.jsonl"
check "--dedup story: one RUS UKR 190 per story (4 events)" \
    sh -c "test \$(grep -c . '$t/out') -eq 4 && test \$(grep -c '\"sentence_id\":\"a-2\"' '$t/out') -eq 0"
cp "$t/out" "$t/story.jsonl"
code --dedup day "$t/d.jsonl"
check "--dedup day: one per date (3 events)" test "$(grep -c . "$t/out")" -eq 3
check "--dedup day: the kept event lists the merged ones" \
    has '"event_id":"a-1-1".*"event_ids":\["a-1-1","a-2-1","b-1-1"\],"story_ids":\["a","b"\]}$'
cp "$t/out" "$t/day.jsonl"
code "$t/d.jsonl"
"$DYAD" dedup --by day "$t/out" >"$t/dd" 2>"$t/err"
check "dyad dedup --by day = dyad code --dedup day" cmp "$t/dd" "$t/day.jsonl"
"$DYAD" dedup "$t/out" >"$t/dd" 2>"$t/err"
check "dyad dedup (story) = dyad code --dedup story" cmp "$t/dd" "$t/story.jsonl"
printf '{"story_id":"x"\n' >>"$t/out"
"$DYAD" dedup "$t/out" >"$t/dd" 2>"$t/err"
st=$?
check "dyad dedup: a bad line is named (file:line), exit 1" \
    sh -c "[ $st -eq 1 ] && grep -q 'out:6: ' '$t/err'"
code --dedup week "$t/d.jsonl"
check "--dedup week is a usage error" test "$rc" -eq 2

# ---------------------------------------------------------------- -o FILE
code -o "$t/events.jsonl" "$t/d.jsonl"
check "-o: the file is written, stdout empty, no temporary left" \
    sh -c "test \$(grep -c . '$t/events.jsonl') -eq 5 && ! test -s '$t/out' && ! ls '$t'/events.jsonl.tmp-* 2>/dev/null"
echo "old" >"$t/keep.jsonl"
code -o "$t/keep.jsonl" "$t/d.jsonl" "$t/no-such-file.jsonl"
check "-o: a missing input leaves FILE as it was (exit 1)" \
    sh -c "[ $rc -eq 1 ] && [ \"\$(cat '$t/keep.jsonl')\" = old ] && ! ls '$t'/keep.jsonl.tmp-* 2>/dev/null"
code -o "$t/no-such-dir/x.jsonl" "$t/d.jsonl"
check "-o: an unwritable FILE is an error naming it" sh -c "[ $rc -eq 1 ] && grep -q 'no-such-dir/x.jsonl' '$t/err'"
C=$(ls "$SHARED"/corpus/*.jsonl.gz 2>/dev/null | head -n 1)
if [ -n "$C" ]; then
    "$DYAD" code --quiet -o "$t/keep.jsonl" "$C" 2>"$t/err" &
    pid=$!
    sleep 1
    kill -TERM "$pid"
    wait "$pid"
    st=$?
    check "-o: SIGTERM mid-run leaves FILE as it was (exit 143)" \
        sh -c "[ $st -eq 143 ] && [ \"\$(cat '$t/keep.jsonl')\" = old ] && ! ls '$t'/keep.jsonl.tmp-* 2>/dev/null"
fi

# ---------------------------------------------------------------- --jobs
code --jobs 2 "$t/d.jsonl"
cp "$t/out" "$t/j2"
code "$t/d.jsonl"
check "--jobs 2: the same output as one thread" cmp "$t/out" "$t/j2"
code --jobs 0 "$t/d.jsonl"
check "--jobs 0 is a usage error" test "$rc" -eq 2
if [ -n "$C" ]; then
    "$DYAD" code --quiet "$C" >"$t/c1" 2>/dev/null
    "$DYAD" code --quiet --jobs 2 "$C" >"$t/c2" 2>/dev/null
    check "--jobs 2 on $(basename "$C"): byte-identical to --jobs 1" cmp "$t/c1" "$t/c2"
    "$DYAD" code --quiet --jobs 3 --dedup day --format csv "$C" >"$t/c2" 2>/dev/null
    "$DYAD" code --quiet --dedup day --format csv "$C" >"$t/c1" 2>/dev/null
    check "--jobs 3 --dedup day --format csv: identical too" cmp "$t/c1" "$t/c2"
fi
X=$SHARED/petrarch/text/PETR.UnitTest.records.xml
if [ -f "$X" ]; then
    "$DYAD" code --quiet --petrarch-roles "$X" >"$t/x1" 2>"$t/e1"
    "$DYAD" code --quiet --petrarch-roles --jobs 3 "$X" >"$t/x3" 2>"$t/e3"
    check "--jobs 3 on XML records with <Config> settings: the same events and messages" \
        sh -c "cmp '$t/x1' '$t/x3' && cmp '$t/e1' '$t/e3'"
fi

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
