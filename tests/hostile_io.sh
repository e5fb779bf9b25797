#!/bin/sh
# tests/hostile_io.sh: dyad under hostile output conditions: a full disk
# (/dev/full), SIGTERM and SIGINT in the middle of a run, four processes
# appending to one file, bad --date values and missing inputs. Every case
# checks the exit status and the message. Inputs are generated here, in a
# temporary folder. Closing line: "N passed, N failed".
BUILD=${BUILD:-build}
DYAD=$BUILD/dyad
DICT=tests/spec/dict
passed=0
failed=0

if [ ! -x "$DYAD" ]; then
    echo "hostile_io: $DYAD not found (run make)"
    echo "0 passed, 1 failed"
    exit 1
fi

t=$(mktemp -d)
bg=
cleanup() {
    [ -n "$bg" ] && kill "$bg" 2>/dev/null
    rm -rf "$t"
}
trap cleanup EXIT

ok() { echo "ok    $1"; passed=$((passed + 1)); }
fail() {
    echo "FAIL  $1"
    shift
    for f in "$@"; do [ -f "$f" ] && sed -n '1,20p' "$f" | sed 's/^/      | /'; done
    failed=$((failed + 1))
}

# expect NAME STATUS PATTERN COMMAND...: the command exits with STATUS and
# its stderr holds PATTERN (a grep -E pattern; "-": stderr is empty).
expect() {
    name=$1 want=$2 pat=$3
    shift 3
    "$@" >"$t/out" 2>"$t/err"
    got=$?
    if [ "$got" -ne "$want" ]; then
        echo "      exit $got, expected $want" >"$t/why"
        fail "$name" "$t/why" "$t/err"
    elif [ "$pat" = - ] && [ -s "$t/err" ]; then
        echo "      stderr is not empty" >"$t/why"
        fail "$name" "$t/why" "$t/err"
    elif [ "$pat" != - ] && ! grep -Eq -e "$pat" "$t/err"; then
        echo "      stderr lacks /$pat/" >"$t/why"
        fail "$name" "$t/why" "$t/err"
    else ok "$name"; fi
}

# Every line of FILE is a JSON object: python3's json when there is one,
# else a shape check with awk (starts with {"story_id":, ends with }, an
# even number of unescaped quotes).
json_lines() {
    if command -v python3 >/dev/null 2>&1; then
        python3 -c '
import json, sys
for n, line in enumerate(open(sys.argv[1], encoding="utf-8"), 1):
    try:
        assert isinstance(json.loads(line), dict) and line.endswith("\n")
    except Exception:
        print("line %d is not a JSON object: %r" % (n, line[:80]))
        sys.exit(1)
' "$1"
    else
        awk '{ s = $0; gsub(/\\\\/, "", s); gsub(/\\"/, "", s); q = gsub(/"/, "", s)
               if ($0 !~ /^\{"story_id":/ || $0 !~ /\}$/ || q % 2) { print "line " NR " is broken"; bad = 1; exit }
             } END { exit bad }' "$1"
    fi
}

# ---------------------------------------------------------------- stories
# n stories with events, ids s<k>, one JSON line each
stories() {
    awk -v n="$1" -v from="${2:-1}" 'BEGIN {
        split("Russia attacked Ukraine on Monday, officials said.|Germany criticized France over the budget.|China accused Japan of provocations near the islands.|Police in Egypt arrested protesters in Cairo.", s, "|")
        for (i = from; i < from + n; i++)
            printf "{\"id\":\"s%d\",\"date\":\"2025-01-%02d\",\"text\":\"%s %s %s\"}\n", i, i % 28 + 1, s[i % 4 + 1], s[(i + 1) % 4 + 1], s[(i + 2) % 4 + 1]
    }'
}
stories 40 >"$t/small.jsonl"
printf 'Russia attacked Ukraine on Monday.\nGermany criticized France.\n' >"$t/sents.txt"

# ---------------------------------------------------------------- /dev/full
if [ -w /dev/full ]; then
    full='cannot write stdout: .*(space|full)'
    expect "code > /dev/full: exit 1 and the error" 1 "$full" \
        sh -c "'$DYAD' code --quiet '$t/small.jsonl' >/dev/full"
    expect "code > /dev/full: says where it stopped" 1 "output is incomplete: stopped at .*small.jsonl:[0-9]+" \
        sh -c "'$DYAD' code --quiet '$t/small.jsonl' >/dev/full"
    expect "code --format tsv > /dev/full" 1 "$full" \
        sh -c "'$DYAD' code --quiet --format tsv '$t/small.jsonl' >/dev/full"
    expect "code --mentions > /dev/full" 1 "$full" \
        sh -c "'$DYAD' code --quiet --mentions '$t/small.jsonl' >/dev/full"
    expect "code, one small story > /dev/full (the last flush)" 1 "$full" \
        sh -c "echo 'Russia attacked Ukraine.' | '$DYAD' code --quiet --date 2025-01-01 >/dev/full"
    expect "parse > /dev/full" 1 "dyad parse: $full" \
        sh -c "'$DYAD' parse '$t/sents.txt' >/dev/full"
    expect "actor > /dev/full" 1 "dyad actor: $full" \
        sh -c "'$DYAD' actor Russia >/dev/full"
    expect "dict check > /dev/full" 1 "dyad dict: $full" \
        sh -c "'$DYAD' dict check --dictionaries '$DICT' >/dev/full"
    expect "version > /dev/full" 1 "$full" sh -c "'$DYAD' version >/dev/full"
    expect "code --help > /dev/full" 1 "$full" sh -c "'$DYAD' code --help >/dev/full"
else
    echo "skip  /dev/full cases: no writable /dev/full"
fi

# ---------------------------------------------------------------- signals
# A stream of stories on stdin (minutes of work); the signal comes once
# events have reached the file, so dyad is in the middle of coding.
signal_case() {
    sig=$1 want=$2 word=$3
    out=$t/sig-$sig.jsonl err=$t/sig-$sig.err
    : >"$out"
    awk 'BEGIN { for (i = 1; i <= 5000000; i++) printf "{\"id\":\"s%d\",\"date\":\"2025-01-02\",\"text\":\"Russia attacked Ukraine on Monday. Germany criticized France.\"}\n", i }' |
        "$DYAD" code --quiet --dictionaries "$DICT" >"$out" 2>"$err" &
    bg=$!
    n=0
    while [ ! -s "$out" ] && [ $n -lt 300 ]; do
        sleep 0.1 2>/dev/null || sleep 1
        n=$((n + 1))
    done
    kill -"$sig" "$bg"
    # a dyad that goes on after the signal is killed after 10 s (exit 137)
    rm -f "$t/reaped"
    (
        n=0
        while [ ! -e "$t/reaped" ] && [ $n -lt 100 ]; do
            sleep 0.1 2>/dev/null || sleep 1
            n=$((n + 1))
        done
        [ -e "$t/reaped" ] || kill -KILL "$bg"
    ) >/dev/null 2>&1 &
    dog=$!
    wait "$bg"
    got=$?
    touch "$t/reaped"
    wait "$dog"
    bg=
    name="SIG$sig mid-run"
    if [ "$got" -ne "$want" ]; then
        echo "      exit $got, expected $want" >"$t/why"
        fail "$name: exit $want" "$t/why" "$err"
    else ok "$name: exit $want"; fi
    if grep -Eq "$word \\(SIG$sig\\): [0-9]+ records coded and written .* stopped after -:[0-9]+" "$err"; then
        ok "$name: message with the count and the line"
    else fail "$name: message with the count and the line" "$err"; fi
    if json_lines "$out" >"$t/why"; then ok "$name: every output line is whole JSON"
    else fail "$name: every output line is whole JSON" "$t/why"; fi
    # each story has 2 events: the output holds exactly those of the
    # records reported, the last being the line where it stopped
    done_n=$(sed -n 's/.*: \([0-9]*\) records coded and written.*/\1/p' "$err")
    at=$(sed -n 's/.*stopped after -:\([0-9]*\).*/\1/p' "$err")
    lines=$(wc -l <"$out" | tr -d ' ')
    last=$(tail -n 1 "$out" | sed -n 's/^{"story_id":"s\([0-9]*\)".*/\1/p')
    if [ -n "$done_n" ] && [ "$lines" -eq $((2 * done_n)) ] && [ "$at" = "$done_n" ] &&
        [ "$last" = "$at" ]; then
        ok "$name: the stories reported are all written, no more ($lines lines)"
    else
        echo "      $lines lines, $done_n records reported, stopped at $at, last story s$last" >"$t/why"
        fail "$name: the stories reported are all written, no more" "$t/why" "$err"
    fi
}
signal_case TERM 143 terminated
signal_case INT 130 interrupted

# ---------------------------------------------------------------- appenders
# Four processes append to one file: no broken line, and the sorted lines
# are those of one run over the same inputs.
for k in 0 1 2 3; do stories 300 $((k * 300 + 1)) >"$t/part$k.jsonl"; done
: >"$t/append.jsonl"
for k in 0 1 2 3; do echo "$t/part$k.jsonl"; done |
    xargs -P4 -n1 "$DYAD" code --quiet >>"$t/append.jsonl"
"$DYAD" code --quiet "$t"/part0.jsonl "$t"/part1.jsonl "$t"/part2.jsonl "$t"/part3.jsonl >"$t/one.jsonl"
if json_lines "$t/append.jsonl" >"$t/why"; then ok "4 appenders: no broken line"
else fail "4 appenders: no broken line" "$t/why"; fi
sort "$t/append.jsonl" >"$t/a.sorted"
sort "$t/one.jsonl" >"$t/b.sorted"
if [ -s "$t/b.sorted" ] && cmp -s "$t/a.sorted" "$t/b.sorted"; then
    ok "4 appenders: the sorted lines equal one run's ($(wc -l <"$t/b.sorted" | tr -d ' ') lines)"
else
    echo "      $(wc -l <"$t/a.sorted") lines appended, $(wc -l <"$t/b.sorted") from one run" >"$t/why"
    fail "4 appenders: the sorted lines equal one run's" "$t/why"
fi

# ---------------------------------------------------------------- dates
bad_date='--date needs a calendar date YYYY-MM-DD'
expect "actor --date 2025-99-99" 2 "dyad actor: $bad_date, not '2025-99-99'" \
    "$DYAD" actor Russia --date 2025-99-99
expect "actor --date 2025-02-29 (not a leap year)" 2 "$bad_date" \
    "$DYAD" actor Russia --date 2025-02-29
expect "code --date 2025-04-31" 2 "dyad code: $bad_date, not '2025-04-31'" \
    "$DYAD" code --date 2025-04-31 "$t/sents.txt"
expect "code --date 2025-01-01x (not a date)" 2 "$bad_date" \
    "$DYAD" code --date 2025-01-01x "$t/sents.txt"
expect "dict gaps --date 2025-13-01" 2 "dyad dict: $bad_date" \
    "$DYAD" dict gaps --date 2025-13-01 "$t/small.jsonl"
expect "actor --date 2024-02-29 (a leap day) is accepted" 0 - \
    "$DYAD" actor Russia --date 2024-02-29

# ---------------------------------------------------------------- missing inputs
expect "dict gaps MISSING" 1 "$t/missing.jsonl: cannot read" \
    "$DYAD" dict gaps --dictionaries "$DICT" "$t/missing.jsonl"
expect "dict gaps GOOD MISSING: still fails" 1 "missing.jsonl: cannot read" \
    "$DYAD" dict gaps --dictionaries "$DICT" "$t/small.jsonl" "$t/missing.jsonl"
expect "code MISSING" 1 "$t/missing.jsonl: cannot read" \
    "$DYAD" code --dictionaries "$DICT" "$t/missing.jsonl"
expect "parse MISSING" 1 "dyad parse: cannot open $t/missing.txt" \
    "$DYAD" parse --dictionaries "$DICT" "$t/missing.txt"
expect "parse DIRECTORY" 1 "dyad parse: cannot read $t" \
    "$DYAD" parse --dictionaries "$DICT" "$t"
expect "eval MISSING" 1 "$t/missing.jsonl" \
    "$DYAD" eval "$t/missing.jsonl" "$t/small.jsonl"
expect "validate MISSING" 1 "$t/missing.xml: cannot read" \
    "$DYAD" validate "$t/missing.xml"

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
