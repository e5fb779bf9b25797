#!/bin/sh
# tests/hostile_time.sh: a story's cost is the sum of its sentences' costs.
# Inputs are generated here, never committed. Each long story must finish
# within 2x the time of the same text split into separate stories (times
# below 0.5 s count as 0.5 s, so a loaded machine does not make it flaky)
# and give the right output: one 1 MB token (no event, no error), and one
# story of 40,000 copies of an eventful sentence (as many events as the
# split stories, spans in characters counted from the story's start). Also:
# a story discard phrase is found wherever it falls in a long story. Under
# ASan (BUILD=build-asan) the sizes are scaled down. Uses dyad's own
# dictionaries. Closing line: "N passed, N failed".
BUILD=${BUILD:-build}
DYAD=$BUILD/dyad
DICT=dictionaries
passed=0
failed=0

if [ ! -x "$DYAD" ]; then
    echo "hostile_time: $DYAD not found (run make)"
    echo "0 passed, 1 failed"
    exit 1
fi

TOKEN_KB=1024
SENTENCES=40000
case "$BUILD" in
*asan*) TOKEN_KB=128; SENTENCES=4000 ;;
esac

t=$(mktemp -d)
trap 'rm -rf "$t"' EXIT

ok() { echo "ok    $1"; passed=$((passed + 1)); }
fail() {
    echo "FAIL  $1"
    shift
    for f in "$@"; do [ -f "$f" ] && sed -n '1,10s/^/      | /p' "$f"; done
    failed=$((failed + 1))
}

# milliseconds since the epoch (whole seconds where date has no %N)
now_ms() {
    n=$(date +%s%N 2>/dev/null)
    case "$n" in
    *[!0-9]* | "") echo $(($(date +%s) * 1000)) ;;
    *) echo $((n / 1000000)) ;;
    esac
}

# code NAME FILE: runs dyad code on FILE into $t/NAME.out and $t/NAME.err;
# sets ms (wall time) and rc
code() {
    a=$(now_ms)
    "$DYAD" code --quiet $FLAGS --dictionaries "$DICT" "$2" >"$t/$1.out" 2>"$t/$1.err"
    rc=$?
    b=$(now_ms)
    ms=$((b - a))
}

# within2 NAME MS_ONE MS_SPLIT: ok when max(one, 500) <= 2 * max(split, 500)
within2() {
    one=$2
    split=$3
    [ "$one" -lt 500 ] && one=500
    [ "$split" -lt 500 ] && split=500
    if [ "$one" -le $((2 * split)) ]; then
        ok "$1: $2 ms against $3 ms split"
    else
        fail "$1: $2 ms against $3 ms split (more than 2x)"
    fi
}

# ---- one long token: one story, and the same bytes as 1 KB stories
dd if=/dev/zero bs=1024 count="$TOKEN_KB" 2>/dev/null | tr '\0' A >"$t/token"
{
    printf '{"id":"token","date":"2024-01-01","text":"'
    cat "$t/token"
    printf '"}\n'
} >"$t/token.jsonl"
fold -w 1024 "$t/token" | awk '{ printf "{\"id\":\"t%d\",\"date\":\"2024-01-01\",\"text\":\"%s\"}\n", NR, $0 }' \
    >"$t/token-split.jsonl"
code token "$t/token.jsonl"
one=$ms
if [ "$rc" -eq 0 ] && [ ! -s "$t/token.out" ] && [ ! -s "$t/token.err" ]; then
    ok "a $TOKEN_KB KB token: exit 0, no event, no message"
else
    fail "a $TOKEN_KB KB token: exit $rc" "$t/token.out" "$t/token.err"
fi
code token-split "$t/token-split.jsonl"
within2 "a $TOKEN_KB KB token in one story" "$one" "$ms"

# the same token as a plain text story
code token-txt "$t/token"
if [ "$rc" -eq 0 ] && [ ! -s "$t/token-txt.out" ]; then
    ok "a $TOKEN_KB KB token as plain text: exit 0, no event"
else
    fail "a $TOKEN_KB KB token as plain text: exit $rc" "$t/token-txt.err"
fi

# ---- many sentences: one story, and one story per sentence. "é" makes
# characters and bytes differ: each sentence is 60 characters, 61 bytes.
S='Russia attacked Ukraine on Monday, officials said in a café.'
awk -v n="$SENTENCES" -v s="$S" 'BEGIN {
    printf "{\"id\":\"many\",\"date\":\"2024-01-01\",\"text\":\""
    for (i = 1; i <= n; i++) printf "%s%s", s, i < n ? " " : ""
    printf "\"}\n"
}' >"$t/many.jsonl"
awk -v n="$SENTENCES" -v s="$S" 'BEGIN {
    for (i = 1; i <= n; i++) printf "{\"id\":\"m%d\",\"date\":\"2024-01-01\",\"text\":\"%s\"}\n", i, s
}' >"$t/many-split.jsonl"
code many "$t/many.jsonl"
one=$ms
n_one=$(grep -c '"code":"190"' "$t/many.out")
code many-split "$t/many-split.jsonl"
n_split=$(grep -c '"code":"190"' "$t/many-split.out")
within2 "a story of $SENTENCES sentences" "$one" "$ms"
if [ "$n_one" -eq "$SENTENCES" ] && [ "$n_one" -eq "$n_split" ]; then
    ok "a story of $SENTENCES sentences: $n_one events, as many as split"
else
    fail "a story of $SENTENCES sentences: $n_one events, $n_split split (want $SENTENCES)" "$t/many.err"
fi
# the last sentence's "Russia" starts at character 61 * (n - 1) (60
# characters and a blank each), byte 62 * (n - 1)
last=$(tail -n 1 "$t/many.out")
c=$((61 * (SENTENCES - 1)))
b=$((62 * (SENTENCES - 1)))
case "$last" in
*"\"source_span\":[$c,$((c + 6))],\"source_span_bytes\":[$b,$((b + 6))]"*)
    ok "the last sentence's span: characters [$c,$((c + 6))], bytes [$b,$((b + 6))]" ;;
*) echo "$last" >"$t/last"; fail "the last sentence's span (want characters $c, bytes $b)" "$t/last" ;;
esac

# ---- a story discard phrase across the discard search's window of words
# (4096 words): wherever it falls, the whole story is discarded (PETRARCH's
# rule, --petrarch-roles: dyad's news roles look sentence by sentence)
FLAGS=--petrarch-roles
for k in 4090 4094 4095 4096 4097 8190; do
    for phrase in "Tour de France" "Tour du France"; do
        awk -v k="$k" -v p="$phrase" 'BEGIN {
            printf "Russia attacked Ukraine on Monday."
            for (i = 5; i < k; i++) printf " Yes."
            printf " %s won.\n", p
        }' >"$t/window.txt"
        code window "$t/window.txt"
        n=$(grep -c . "$t/window.out")
        want=1
        [ "$phrase" = "Tour de France" ] && want=0
        if [ "$n" -eq "$want" ]; then
            ok "'$phrase' at word $k: $n events"
        else
            fail "'$phrase' at word $k: $n events, want $want" "$t/window.err"
        fi
    done
done
FLAGS=

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
