#!/bin/sh
# tests/cli.sh: end-to-end tests of the dyad command line. Uses the spec
# dictionaries in tests/spec/dict. Closing line: "N passed, N failed".
NAME=cli
. tests/lib.sh
lines() { grep -c . "$1" 2>/dev/null || true; }

# one <Sentence> record: id, sentence, parse
record() {
    cat <<EOF
<Sentence date="20250902" id="$1" sentence="true">
<Text>
$2
</Text>
<Parse>
$3
</Parse>
</Sentence>
EOF
}
P1='(ROOT (S (NP (NNP Germany)) (VP (VBD criticized) (NP (NNP France))) (. .)))'
P2='(ROOT (S (NP (NNP Russia)) (VP (VBD attacked) (NP (NNP Ukraine))) (. .)))'
PBAD='(ROOT (S (NP (NNP Poland)) (VP (VBD criticized) (NP (NNP China)) (. .)))'

# ---------------------------------------------------------------- (a) XML with a bad record
# a1: a bad <Parse> (unbalanced brackets) between two good records
{
    echo "<Sentences>"
    record a-1 "Germany criticized France." "$P1"
    record a-2 "Poland criticized China." "$PBAD"
    record a-3 "Russia attacked Ukraine." "$P2"
    echo "</Sentences>"
} >"$t/a1.xml"
bad_line=$(grep -n 'id="a-2"' "$t/a1.xml" | cut -d: -f1)
parse_line=$(grep -n 'NNP Poland' "$t/a1.xml" | cut -d: -f1)
"$DYAD" code --dictionaries "$DICT" "$t/a1.xml" >"$t/out" 2>"$t/err"
check "xml bad parse: both good records are coded (2 events)" \
    test "$(lines "$t/out")" -eq 2
check "xml bad parse: the events are DEU FRA 111 and RUS UKR 190" \
    sh -c "grep -q '\"source\": *\"DEU\".*\"target\": *\"FRA\"' '$t/out' && grep -q '\"source\": *\"RUS\".*\"target\": *\"UKR\"' '$t/out'"
check "xml bad parse: stderr names the record (a1.xml:$bad_line) or its parse (a1.xml:$parse_line)" \
    grep -qE "a1.xml:($bad_line|$parse_line)(:[0-9]+)?:" "$t/err"

# a2: an unterminated <Sentence> between two good records
{
    echo "<Sentences>"
    record a-1 "Germany criticized France." "$P1"
    printf '<Sentence date="20250902" id="a-2" sentence="true">\n<Text>\nPoland criticized China.\n</Text>\n<Parse>\n%s\n\n' "$P1"
    record a-3 "Russia attacked Ukraine." "$P2"
    echo "</Sentences>"
} >"$t/a2.xml"
bad_line=$(grep -n 'id="a-2"' "$t/a2.xml" | cut -d: -f1)
"$DYAD" code --dictionaries "$DICT" "$t/a2.xml" >"$t/out" 2>"$t/err"
check "xml unterminated record: both good records are coded (2 events)" \
    test "$(lines "$t/out")" -eq 2
check "xml unterminated record: stderr names $t/a2.xml:$bad_line" \
    grep -qE "a2.xml:$bad_line(:[0-9]+)?:" "$t/err"

# ---------------------------------------------------------------- (b) malformed dictionary line
mkdir "$t/dict"
cp "$DICT"/* "$t/dict/"
# a pattern without a [CODE] inside the CRITICIZE block, after its verb line
awk '{ print } /^CRITICIZE / { print "- * WITHOUT A CODE" }' "$DICT/verbs.txt" >"$t/dict/verbs.txt"
bad_line=$(grep -n '^- \* WITHOUT A CODE' "$t/dict/verbs.txt" | cut -d: -f1)
{
    echo "<Sentences>"
    record b-1 "Germany criticized France." "$P1"
    echo "</Sentences>"
} >"$t/b.xml"
"$DYAD" code --dictionaries "$t/dict" "$t/b.xml" >"$t/out" 2>"$t/err"
check "malformed dictionary line: stderr has verbs.txt:$bad_line:" \
    grep -q "verbs.txt:$bad_line:" "$t/err"
check "malformed dictionary line: coding still works (1 event)" \
    sh -c "test \"\$(grep -c . '$t/out')\" -eq 1 && grep -q '\"code\": *\"111\"' '$t/out'"

# ---------------------------------------------------------------- (c) JSONL with a bad line
{
    printf '{"id": "c-1", "date": "20250902", "text": "Germany criticized France.", "parse": "%s"}\n' "$P1"
    printf '{"id": "c-2", "date": "20250902", "text": "broken, "parse": }\n'
    printf '{"id": "c-3", "date": "2025-09-02", "text": "Russia attacked Ukraine.", "parse": "%s"}\n' "$P2"
} >"$t/c.jsonl"
"$DYAD" code --dictionaries "$DICT" "$t/c.jsonl" >"$t/out" 2>"$t/err"
check "jsonl bad line: both good lines are coded (2 events)" \
    test "$(lines "$t/out")" -eq 2
check "jsonl bad line: stderr names c.jsonl:2" \
    grep -qE "c.jsonl:2(:[0-9]+)?:" "$t/err"
"$DYAD" code --dictionaries "$DICT" <"$t/c.jsonl" >"$t/out" 2>"$t/err"
check "jsonl from stdin: 2 events" test "$(lines "$t/out")" -eq 2

# ---------------------------------------------------------------- (d) TSV output
"$DYAD" code --dictionaries "$DICT" --format tsv "$t/a1.xml" >"$t/out" 2>"$t/err"
check "tsv: header line first" \
    sh -c "head -n 1 '$t/out' | grep -q '^date	sentence_id	source	target	code	'"
check "tsv: 2 event lines after the header" test "$(lines "$t/out")" -eq 3
check "tsv: every line has the header's number of tab columns" \
    awk -F '\t' 'NR == 1 { n = NF; if (n < 5) exit 1; next } NF != n { exit 1 }' "$t/out"
check "tsv: columns source target code are DEU FRA 111 on the first event" \
    awk -F '\t' 'NR == 1 { for (i = 1; i <= NF; i++) c[$i] = i; next }
        NR == 2 { exit !($c["source"] == "DEU" && $c["target"] == "FRA" && $c["code"] == "111") }' "$t/out"

# ---------------------------------------------------------------- (e) JSON keys
"$DYAD" code --dictionaries "$DICT" "$t/a1.xml" >"$t/out" 2>"$t/err"
missing=""
for k in story_id sentence_id date source target code root quad goldstein plover \
    source_text target_text event_text pattern issues; do
    grep -q "\"$k\": *" "$t/out" || missing="$missing $k"
done
check "json output has every documented key${missing:+ (missing:$missing)}" test -z "$missing"
if command -v python3 >/dev/null 2>&1; then
    check "json output: every line is valid JSON" \
        python3 -c 'import json,sys
for l in open(sys.argv[1]): json.loads(l)' "$t/out"
fi

# ---------------------------------------------------------------- (f) validate --json
{
    echo "<Validation>"
    echo "<Environment><Verbfile>verbs.txt</Verbfile><Actorfile>actors.txt</Actorfile>"
    echo "<Agentfile>agents.txt</Agentfile><Discardfile>discards.txt</Discardfile></Environment>"
    echo "<Sentences>"
    printf '<Sentence date="20250902" id="f-1" category="CLI" sentence="true">\n'
    printf '<EventCoding sourcecode="DEU" targetcode="FRA" eventcode="111"></EventCoding>\n'
    printf '<Text>\nGermany "criticized" France.\n</Text>\n<Parse>\n%s\n</Parse>\n</Sentence>\n' "$P1"
    printf '<Sentence date="20250902" id="f-2" category="CLI" sentence="true">\n'
    printf '<EventCoding noevents="True"></EventCoding>\n'
    printf '<Text>\nRussia attacked Ukraine.\n</Text>\n<Parse>\n%s\n</Parse>\n</Sentence>\n' "$P2"
    echo "</Sentences></Validation>"
} >"$t/f.xml"
"$DYAD" validate --json --dictionaries "$DICT" "$t/f.xml" >"$t/out" 2>"$t/err"
status=$?
check "validate --json: exit status 1 (one record fails)" test "$status" -eq 1
check "validate --json: reports passed 1, failed 1" \
    sh -c "grep -q '\"passed\": *1' '$t/out' && grep -q '\"failed\": *1' '$t/out'"
if command -v python3 >/dev/null 2>&1; then
    check "validate --json: output is valid JSON" \
        sh -c "python3 -m json.tool '$t/out' >/dev/null"
else
    echo "skip  validate --json: python3 not found, JSON not checked"
fi

# ---------------------------------------------------------------- (g) bad options
"$DYAD" code --no-such-option >"$t/out" 2>"$t/err"
check "code: unknown option exits 2" test $? -eq 2
"$DYAD" validate --no-such-option "$t/f.xml" >"$t/out" 2>"$t/err"
check "validate: unknown option exits 2" test $? -eq 2
"$DYAD" code --format xml "$t/a1.xml" >"$t/out" 2>"$t/err"
check "code: unknown --format value exits 2" test $? -eq 2
"$DYAD" no-such-command >"$t/out" 2>"$t/err"
check "unknown command exits 2" test $? -eq 2
"$DYAD" code --dictionaries "$t/no-such-dir" "$t/a1.xml" >"$t/out" 2>"$t/err"
check "missing dictionaries: non-zero exit and a message" \
    sh -c "test $? -ne 0 && test -s '$t/err'"

# ---------------------------------------------------------------- (h) raw text
# a plain-text story: sentence ids, dated by --date, events from the text
printf 'Russia attacked Ukraine on Monday. Germany criticized France.\n' >"$t/story.txt"
"$DYAD" code --dictionaries "$DICT" --date 2025-09-02 "$t/story.txt" >"$t/out" 2>"$t/err"
check "plain text: two events" test "$(lines "$t/out")" -eq 2
check "plain text: ids story-1 and story-2, dated" \
    sh -c "grep -q '\"sentence_id\":\"story-1\",\"date\":\"2025-09-02\",\"source\":\"RUS\"' '$t/out' &&
           grep -q '\"sentence_id\":\"story-2\".*\"source\":\"DEU\"' '$t/out'"
# invalid UTF-8 is reported with the story, and the story is still coded
printf 'Russia attacked Ukraine \377\376 today. Germany criticized France.\n' >"$t/bad.txt"
"$DYAD" code --dictionaries "$DICT" --date 2025-09-02 "$t/bad.txt" >"$t/out" 2>"$t/err"
check "invalid UTF-8: exit 0, still coded" sh -c "test $? -eq 0 && test \$(grep -c . '$t/out') -eq 2"
check "invalid UTF-8: a warning naming the story and byte" grep -q "bad.*invalid UTF-8 at byte 24" "$t/err"
# a sentence over the token limit is reported, not coded, not silent
"$DYAD" code --dictionaries "$DICT" --max-tokens 5 --date 2025-09-02 "$t/story.txt" >"$t/out" 2>"$t/err"
check "too long: reported with file, line and sentence id" \
    grep -q "story.txt:1: warning: sentence story-1 not coded: the sentence has more than 5 tokens" "$t/err"
# JSON Lines stories, gzipped, on stdin
printf '{"id":"s1","date":"2025-09-02","title":"T","text":"Russia attacked Ukraine."}\n' | gzip -c >"$t/s.jsonl.gz"
"$DYAD" code --dictionaries "$DICT" --stats "$t/s.jsonl.gz" >"$t/out" 2>"$t/err"
check "gzip JSON Lines story: one event s1-1" grep -q '"sentence_id":"s1-1".*"code":"190"' "$t/out"
check "--stats names stories, sentences, parsed, skipped, events, MB/s" \
    sh -c "grep -q '^stories 1, sentences 1, parsed 1, skipped 0' '$t/err' && grep -q 'sentences/s, .* MB/s' '$t/err'"
gzip -dc "$t/s.jsonl.gz" | "$DYAD" code --dictionaries "$DICT" - >"$t/out" 2>"$t/err"
check "JSON Lines story on stdin" grep -q '"sentence_id":"s1-1"' "$t/out"
# spans are characters of the story
printf '\303\211lys\303\251e: France criticized Germany.\n' >"$t/u.txt"
"$DYAD" code --dictionaries "$DICT" --date 2025-09-02 "$t/u.txt" >"$t/out" 2>"$t/err"
check "spans in characters and bytes" \
    grep -q '"source_span":\[8,14\],"source_span_bytes":\[10,16\]' "$t/out"
# the parser's trees, and mentions
echo "Arnor attacked Gondor." | "$DYAD" parse --dictionaries "$DICT" >"$t/out" 2>"$t/err"
check "parse prints a Penn tree" grep -q '^(ROOT (S (S (NP (NNP Arnor)) (VP (VBD attacked)' "$t/out"
"$DYAD" code --dictionaries "$DICT" --mentions --date 2025-09-02 "$t/story.txt" >"$t/out" 2>"$t/err"
check "--mentions lists the four actors" test "$(lines "$t/out")" -eq 4

# codes taken from the story are marked: the story's country, a pronoun
"$DYAD" code --date 2025-03-03 tests/stories/story-country.txt >"$t/out" 2>"$t/err"
check "an agent given the story's country is marked source_inferred" \
    grep -q '"source":"SRBCOP".*"source_inferred":true,"target_inferred":true' "$t/out"
check "an actor coded from its own words has no inferred mark" \
    sh -c "grep '\"source\":\"HUNGOV\"' '$t/out' | grep -vq inferred"

# entries name dictionary files, not where the checkout lies
"$DYAD" code examples/example.jsonl > "$t/where" 2>/dev/null
check "events name their dictionary files without a folder (no absolute path)" \
    sh -c "grep -q '\"source_entry\":\"[a-z-]*\.actors\.txt:' '$t/where' && ! grep -q '\"/' '$t/where'"

# ---------------------------------------------------------------- dict review
mkdir -p "$t/rdict" && cp "$DICT"/* "$t/rdict/"
sed -i '/^---STOP---/i\
OLD_MINISTER\
	[FRAGOV >20050101]  ; foreign minister\
CONFIRMED_MINISTER\
	[FRAGOV >20050101]  ; foreign minister ; current 2025-10\
NEW_MINISTER\
	[FRAGOV >20200101]  ; defence minister\
TWO_JOBS\
	[USAGOV 20100101-20151231]  ; ambassador\
	[RUSGOV 20150101-20201231]\
BACKWARDS\
	[DEUGOV 20200101-20190101]' "$t/rdict/actors.txt"
"$DYAD" dict review --dictionaries "$t/rdict" --date 2026-01-01 --years 10 >"$t/out" 2>"$t/err"
st=$?
check "review: exit 1 when there is something to review" test "$st" = 1
check "review: an open office begun 20 years ago" grep -q "actors.txt:[0-9]*: OLD_MINISTER: FRAGOV since 20050101 has no end date" "$t/out"
check "review: a \"current\" note confirms it" sh -c "! grep -q CONFIRMED_MINISTER '$t/out'"
check "review: a recent open office is fine" sh -c "! grep -q NEW_MINISTER '$t/out'"
check "review: overlapping codes of one person" grep -q "TWO_JOBS: RUSGOV (20150101-20201231) overlaps USAGOV (20100101-20151231) of line" "$t/out"
check "review: a code that ends before it starts" grep -q "BACKWARDS: DEUGOV ends (20190101) before it starts (20200101)" "$t/out"
check "review: a state with no head at the date" grep -q "^USA has no head of state or government on 20260101" "$t/out"
"$DYAD" dict review --dictionaries "$t/rdict" --date 2026-01-01 --years 30 >"$t/out" 2>"$t/err"
check "review: --years 30 keeps the 2005 office" sh -c "! grep -q OLD_MINISTER '$t/out'"
sed -i '/^---STOP---/i\
A_PRESIDENT\
	[USAGOV 20250120-20290120]  ; president\
A_VICE_PREMIER\
	[CHNGOV 20230101-20280101]  ; vice premier' "$t/rdict/actors.txt"
"$DYAD" dict review --dictionaries "$t/rdict" --date 2026-01-01 >"$t/out" 2>"$t/err"
check "review: a dated GOV code noted as president is a head" sh -c "! grep -q '^USA has no head' '$t/out'"
check "review: a vice premier is not" sh -c "grep -q '^CHN has no head' '$t/out'"
"$DYAD" dict review --years x >"$t/out" 2>"$t/err"
st=$?
check "review: a bad --years is a usage error" sh -c "test $st = 2 && grep -q 'not .x.' '$t/err'"

# ---------------------------------------------------------------- (i) --opt=value, --help, exits
# --opt=value is --opt value, for every command (split once in cli/main.c)
"$DYAD" code --dictionaries "$DICT" --date 2025-09-02 --format tsv "$t/story.txt" >"$t/spaced" 2>&1
"$DYAD" code --dictionaries="$DICT" --date=2025-09-02 --format=tsv "$t/story.txt" >"$t/out" 2>"$t/err"
check "code --opt=value: the same output as --opt value" cmp -s "$t/spaced" "$t/out"
"$DYAD" code --dictionaries="$DICT" --date=2025-13-01 "$t/story.txt" >"$t/out" 2>"$t/err"
check "code --date=BAD: usage error naming the value" \
    sh -c "test $? -eq 2 && grep -q \"not '2025-13-01'\" '$t/err'"
"$DYAD" validate --json --dictionaries="$DICT" "$t/f.xml" >"$t/out" 2>"$t/err"
check "validate --dictionaries=DIR" grep -q '"passed": *1' "$t/out"
"$DYAD" dict review --dictionaries="$t/rdict" --date=2026-01-01 --years=30 >"$t/out" 2>"$t/err"
check "dict review --years=30 --date=D" \
    sh -c "! grep -q OLD_MINISTER '$t/out' && grep -q '^CHN has no head' '$t/out'"
"$DYAD" actor --dictionaries="$DICT" --date=2025-09-02 Germany >"$t/out" 2>"$t/err"
check "actor --dictionaries=DIR --date=D" grep -q '^Germany	DEU	' "$t/out"
: >"$t/none.jsonl"
"$DYAD" eval --split=all tests/eval/gold.jsonl "$t/none.jsonl" >"$t/out2" 2>"$t/err"
"$DYAD" eval --split all tests/eval/gold.jsonl "$t/none.jsonl" >"$t/spaced" 2>&1
check "eval --split=all" sh -c "grep -q '^eval: F1' '$t/out2' && cmp -s '$t/spaced' '$t/out2'"
echo "Arnor attacked Gondor." | "$DYAD" parse --dictionaries="$DICT" - >"$t/out" 2>"$t/err"
check "parse --dictionaries=DIR" grep -q '^(ROOT ' "$t/out"

# every command's --help (and -h) prints its usage on stdout and exits 0
for c in code validate parse actor dict "dict check" "dict review" "dict gaps" eval; do
    for h in --help -h; do
        # shellcheck disable=SC2086
        "$DYAD" $c $h >"$t/out" 2>"$t/err"
        check "dyad $c $h: usage, exit 0" sh -c "test $? -eq 0 && grep -q '^usage: dyad' '$t/out'"
    done
done
"$DYAD" dict gaps "$t/story.txt" --dictionaries "$DICT" --help >"$t/out" 2>"$t/err"
check "dict gaps FILE --help: usage, exit 0, nothing coded" \
    sh -c "test $? -eq 0 && grep -q '^usage: dyad' '$t/out' && ! grep -q sentences '$t/out'"

# validate: failures make the exit status 1, a clean run 0 (not only --json)
"$DYAD" validate --dictionaries "$DICT" "$t/f.xml" >"$t/out" 2>"$t/err"
check "validate: a failing record makes exit status 1" \
    sh -c "test $? -eq 1 && grep -q '^1 passed, 1 failed' '$t/out'"
"$DYAD" validate --dictionaries "$DICT" --only f-1 "$t/f.xml" >"$t/out" 2>"$t/err"
check "validate: no failure, exit status 0" \
    sh -c "test $? -eq 0 && grep -q '^1 passed, 0 failed' '$t/out'"

# validate --min-passed N: the status says whether N records passed
"$DYAD" validate --dictionaries "$DICT" --min-passed 1 "$t/f.xml" >"$t/out" 2>"$t/err"
check "validate --min-passed 1 with 1 passed, 1 failed: exit 0" test $? -eq 0
"$DYAD" validate --dictionaries "$DICT" --min-passed=2 "$t/f.xml" >"$t/out" 2>"$t/err"
check "validate --min-passed=2 with 1 passed: exit 1, the counts printed" \
    sh -c "test $? -eq 1 && grep -q '^1 passed, 1 failed' '$t/out'"
"$DYAD" validate --dictionaries "$DICT" --min-passed x "$t/f.xml" >"$t/out" 2>"$t/err"
check "validate --min-passed x: usage error" sh -c "test $? -eq 2 && grep -q \"not 'x'\" '$t/err'"

# dict gaps on a missing file: non-zero, the file named
"$DYAD" dict gaps --dictionaries "$DICT" "$t/no-such.txt" >"$t/out" 2>"$t/err"
check "dict gaps MISSING: exit 1, the file named on stderr" \
    sh -c "test $? -eq 1 && grep -q 'no-such.txt' '$t/err'"

# a supplied parse with an empty noun phrase inside a reported clause: coded
# without reading before the leaves (default dictionaries, news mode)
"$DYAD" code --quiet tests/fixtures/empty-np-parse.jsonl >"$t/out" 2>"$t/err"
check "code: an empty NP in a supplied parse is coded, exit 0" test $? -eq 0

# a supplied parse with an empty clause before a predicate-only clause (the
# subject-and-apposition shape of the nominal coder): no read before the
# tree's nodes; the next record's talks are still Merkel's
"$DYAD" code --quiet tests/fixtures/empty-clause-parse.jsonl >"$t/out" 2>"$t/err"
check "code: an empty clause in a supplied parse is coded, exit 0" test $? -eq 0
check "code: after an empty clause, the next record's talks are coded" grep -q '"source":"DEUGOV","target":"RUSGOV","code":"046"' "$t/out"

# the man page names every command and every option of every command's --help
man=$(sed 's/\\-/-/g' docs/dyad.1)
missing=""
for c in code validate parse actor dict eval dedup version ingest query; do
    echo "$man" | grep -q "^\.SS *\"*$c" || missing="$missing $c"
    for o in $("$DYAD" $c --help | grep -oE -- '--[a-z][a-z0-9-]*' | sort -u); do
        echo "$man" | grep -qE -- "$o([^a-z0-9-]|$)" || missing="$missing $c:$o"
    done
done
for c in check review gaps version; do echo "$man" | grep -q "^\.SS.*$c" || missing="$missing $c"; done
check "docs/dyad.1 has every command and option of the --help texts${missing:+ (missing:$missing)}" \
    test -z "$missing"

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
