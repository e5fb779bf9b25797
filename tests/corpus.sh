#!/bin/sh
# tests/corpus.sh: code every story of ../shared/corpus (about 32,000 real
# news stories, 680,000 sentences) end to end from raw text with the Phoenix
# dictionaries: no crash, no hang, no sanitizer report (under `make asan`
# every sanitizer error aborts the run), every story read; then with dyad's
# own dictionaries, whose event rate must be within 30 % of Phoenix's.
BUILD=${BUILD:-build}
SHARED=${SHARED:-../shared}
C=$SHARED/corpus
P=$SHARED/petrarch/dictionaries
if ! ls "$C"/*.jsonl.gz >/dev/null 2>&1 || [ ! -d "$P" ]; then
    echo "corpus: $C or $P missing"
    echo "0 passed, 1 failed"
    exit 1
fi
err=$(mktemp)
trap 'rm -f "$err"' EXIT
pass=0
fail=0
# one hour at most: a hang fails the test instead of stalling CI
timeout 3600 "$BUILD/dyad" code --dictionaries "$P" --quiet --stats "$C"/*.jsonl.gz >/dev/null 2>"$err"
rc=$?
check() {
    if [ "$1" = 0 ]; then echo "ok - $2"; pass=$((pass + 1)); else echo "not ok - $2"; fail=$((fail + 1)); fi
}
check "$rc" "dyad code on the whole corpus exits 0 (exit $rc)"
grep -q "Sanitizer\|runtime error" "$err"; check "$(( $? == 0 ))" "no sanitizer report"
stories=$(sed -n 's/^stories \([0-9]*\),.*/\1/p' "$err")
expected=$(for f in "$C"/*.jsonl.gz; do gzip -dc "$f"; done | grep -c .)
[ "${stories:-0}" -eq "$expected" ]; check $? "every story coded ($stories of $expected)"
grep -q "bad 0" "$err"; check $? "no unreadable record"
grep -E "^stories|^load" "$err"

# dyad's own dictionaries on the same corpus: events per 1,000 sentences
# within 30 % of the Phoenix set's (issue #4)
phoenix_events=$(sed -n 's/.*, events \([0-9]*\),.*/\1/p' "$err")
timeout 3600 "$BUILD/dyad" code --quiet --stats "$C"/*.jsonl.gz >/dev/null 2>"$err"
check $? "dyad code with its own dictionaries on the whole corpus exits 0"
own_events=$(sed -n 's/.*, events \([0-9]*\),.*/\1/p' "$err")
grep -q "Sanitizer\|runtime error" "$err"; check "$(( $? == 0 ))" "no sanitizer report (own dictionaries)"
ratio=$(( ${own_events:-0} * 100 / ${phoenix_events:-1} ))
[ "$ratio" -ge 70 ] && [ "$ratio" -le 130 ]
check $? "own dictionaries give $own_events events, Phoenix $phoenix_events: $ratio % (70-130 % wanted)"
grep -E "^stories|^load" "$err"
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
