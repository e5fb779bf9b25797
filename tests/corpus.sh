#!/bin/sh
# tests/corpus.sh: code every story of ../shared/corpus (about 32,000 real
# news stories, 680,000 sentences) end to end from raw text with the Phoenix
# dictionaries: no crash, no hang, no sanitizer report (under `make asan`
# every sanitizer error aborts the run), every story read.
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
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
