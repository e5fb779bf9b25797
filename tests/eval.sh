#!/bin/sh
# tests/eval.sh: dyad eval on the fixture tests/eval/gold.jsonl with known
# scores: a perfect output, an empty one, and one with a wrong code, a wrong
# root, a wrong role, a spurious event and an event outside the gold sentences.
BUILD=${BUILD:-build}
DYAD=$BUILD/dyad
G=tests/eval/gold.jsonl
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
passed=0
failed=0

# has NAME FILE PATTERN: the output FILE holds a line matching PATTERN
has() {
    if grep -Eq -- "$3" "$2"; then passed=$((passed + 1)); else
        failed=$((failed + 1)); echo "FAIL $1: no line matching '$3' in:"; cat "$2"; fi
}

ev() { # story start code source target
    printf '{"story_id":"%s","verb_span":[%s,%s],"code":"%s","source":"%s","target":"%s"}\n' \
        "$1" "$2" "$(($2 + 3))" "$3" "$4" "$5"
}

# 1. perfect: every level 1.0, class accuracy 1.0
{ ev fx-a 5 163 USAGOV RUS; ev fx-a 10 111 RUS USA; ev fx-b 3 043 CHN PRK
  ev fx-b 3 042 PRK CHN; ev fx-b 45 195 RUSMIL UKR; } > "$tmp/perfect.jsonl"
"$DYAD" eval $G "$tmp/perfect.jsonl" > "$tmp/out" 2>&1
has perfect-exact "$tmp/out" 'exact code, exact actors +5 +5 +5 +1\.000 1\.000 1\.000'
has perfect-quad "$tmp/out" 'quad class, 3-letter actors +5 +5 +5 +1\.000 1\.000 1\.000'
has perfect-class "$tmp/out" 'accuracy 1\.000, Cohen.s kappa 1\.000'
has perfect-empty "$tmp/out" 'must-be-empty sentences: 1, with events: 0 \(0 events\)'
has perfect-last "$tmp/out" '^eval: F1 1\.000, P 1\.000, R 1\.000'

# 2. empty output: recall 0
: > "$tmp/empty.jsonl"
"$DYAD" eval $G "$tmp/empty.jsonl" > "$tmp/out" 2>&1
has empty-recall "$tmp/out" 'root code, 3-letter actors +5 +0 +0 +0\.000 0\.000 0\.000'
has empty-class "$tmp/out" 'accuracy 0\.250'

# 3. mistakes, each counted where it belongs
{ ev fx-a 5 163 USAGOV RUS        # right
  ev fx-a 10 112 RUS USA          # wrong code, right root
  ev fx-a 60 111 USA RUS          # spurious, on the must-be-empty sentence
  ev fx-a 200 111 USA RUS         # outside every gold sentence: ignored
  ev fx-b 3 040 CHN PRK           # the gold alternative
  ev fx-b 3 057 PRK CHN           # wrong root, same quad class
  ev fx-b 45 195 RUSGOV UKR; } > "$tmp/wrong.jsonl"   # wrong role
"$DYAD" eval $G "$tmp/wrong.jsonl" --details 10 > "$tmp/out" 2>&1
has wrong-exact "$tmp/out" 'exact code, exact actors +5 +6 +2 +0\.333 0\.400'
has wrong-root "$tmp/out" 'root code, exact actors +5 +6 +3 +0\.500 0\.600'
has wrong-root3 "$tmp/out" 'root code, 3-letter actors +5 +6 +4 +0\.667 0\.800'
has wrong-quad "$tmp/out" 'quad class, 3-letter actors +5 +6 +5 +0\.833 1\.000'
has wrong-empty "$tmp/out" 'must-be-empty sentences: 1, with events: 1 \(1 events\)'
has wrong-outside "$tmp/out" 'outside the gold sentences \(ignored\): 1'
has wrong-root04 "$tmp/out" '^  04 +2 +1 +1 '
has wrong-root05 "$tmp/out" '^  05 +0 +1 +0 '
has wrong-details "$tmp/out" '^    - PRK -> CHN 042'
has wrong-details2 "$tmp/out" '^    \+ PRK -> CHN 057'
has wrong-actors "$tmp/out" '^actor errors .*: 1 at exact actors, 0 at 3-letter actors'

# 4. splits and agreement between two gold files
"$DYAD" eval $G "$tmp/perfect.jsonl" --split test > "$tmp/out" 2>&1
has split-test "$tmp/out" 'split test: 2 sentences'
"$DYAD" eval $G $G > "$tmp/out" 2>&1
has agreement "$tmp/out" '^eval: F1 1\.000'

# 5. a gold alternative in another root: the coded event's root gets the
# precision (P never above 1), the gold event's root the recall
ev fx-b 45 183 RUSMIL UKR > "$tmp/alt.jsonl"
"$DYAD" eval $G "$tmp/alt.jsonl" > "$tmp/out" 2>&1
has alt-root18 "$tmp/out" '^  18 +0 +1 +0 +1\.000 0\.000'
has alt-root19 "$tmp/out" '^  19 +1 +0 +1 +0\.000 1\.000'

# 5b. actor errors: the root found, another target state
ev fx-a 5 163 USAGOV CHN > "$tmp/actor.jsonl"
"$DYAD" eval $G "$tmp/actor.jsonl" > "$tmp/out" 2>&1
has actor-errors "$tmp/out" '^actor errors .*: 1 at exact actors, 1 at 3-letter actors'

# 6. errors: a bad line is named with file and line, non-zero exit
printf '{"story_id":"fx-a","verb_span":[1,2],"code":"999","source":"A","target":"B"}\n' > "$tmp/bad.jsonl"
if "$DYAD" eval $G "$tmp/bad.jsonl" > "$tmp/out" 2>&1; then echo "0" > "$tmp/rc"; else echo "1" > "$tmp/rc"; fi
has bad-exit "$tmp/rc" '^1$'
has bad-line "$tmp/out" 'bad\.jsonl:1: event with an unknown CAMEO code'
"$DYAD" eval $G "$tmp/missing.jsonl" > "$tmp/out" 2>&1 && failed=$((failed + 1)) || passed=$((passed + 1))

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
