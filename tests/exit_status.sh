#!/bin/sh
# tests/exit_status.sh: every command's exit status, from one table: 0 ok,
# 1 an input, record or check failed, 2 bad usage (with a message on
# stderr, nothing on stdout). Also `dyad --version`: the coder's version
# and each default dictionary file with a short SHA-256.
# Closing line: "N passed, N failed".
BUILD=${BUILD:-build}
DYAD=$PWD/$BUILD/dyad
passed=0
failed=0
t=$(mktemp -d)
trap 'rm -rf "$t"' EXIT
export DYAD_DICTIONARIES="$PWD/dictionaries"

ok() { echo "ok    $1"; passed=$((passed + 1)); }
fail() {
    echo "FAIL  $1"
    shift
    for f in "$@"; do [ -f "$f" ] && sed 's/^/      | /' "$f" | head -n 20; done
    failed=$((failed + 1))
}

# fixtures: a good story, a JSON Lines file with a broken record, events
echo "Kim Jong-un visited Beijing." >"$t/kim.txt"
printf '%s\n' '{"id":"a","date":"2025-09-02","text":"Kim Jong-un visited Beijing."}' '{"id":' >"$t/bad.jsonl"
"$DYAD" code --date 2025-09-02 "$t/kim.txt" >"$t/events.jsonl" 2>/dev/null
printf '{"story_id":\n' >"$t/bad-events.jsonl"
printf '<Sentences>\n<Sentence id="x" date="20250902" sentence="true"><Text>Kim Jong-un visited Beijing.</Text>\n' >"$t/bad.xml"
M=$t/missing

# STATUS | COMMAND (run by sh in $t, $DYAD and $M set)
while IFS='|' read -r want cmd; do
    case "$want" in '' | '#'*) continue ;; esac
    want=$(echo "$want" | tr -d ' ')
    (cd "$t" && DYAD="$DYAD" M="$M" sh -c "$cmd" >"$t/out" 2>"$t/err" </dev/null)
    got=$?
    name="$(echo "$cmd" | sed 's/^ *//; s/\$DYAD/dyad/g; s|\$M|missing|g') -> $want"
    if [ "$got" -ne "$want" ]; then
        echo "(exit $got)" >>"$t/err"
        fail "$name" "$t/err"
    elif [ "$want" -eq 2 ] && { [ ! -s "$t/err" ] || [ -s "$t/out" ]; }; then
        fail "$name: usage errors go to stderr, not stdout" "$t/out"
    elif [ "$want" -eq 1 ] && [ ! -s "$t/err" ]; then
        fail "$name: a failure says why on stderr"
    else
        ok "$name"
    fi
done <<'TABLE'
# the program
2 | $DYAD
2 | $DYAD nosuch
0 | $DYAD --help
0 | $DYAD help
# code
0 | $DYAD code --date 2025-09-02 kim.txt
0 | $DYAD code --help
2 | $DYAD code --nosuch kim.txt
2 | $DYAD code --format nosuch kim.txt
2 | $DYAD code --input-format nosuch kim.txt
2 | $DYAD code --date 2025-13-45 kim.txt
2 | $DYAD code --jobs 0 kim.txt
2 | $DYAD code --max-tokens x kim.txt
2 | $DYAD code --dedup nosuch kim.txt
2 | $DYAD code --mentions --format plover kim.txt
1 | $DYAD code $M.txt
1 | $DYAD code bad.jsonl
1 | $DYAD code --dictionaries $M kim.txt
# validate
0 | $DYAD validate --help
2 | $DYAD validate
2 | $DYAD validate --nosuch bad.xml
1 | $DYAD validate $M.xml
# parse
0 | $DYAD parse --help
2 | $DYAD parse --nosuch
1 | $DYAD parse $M.txt
# actor
0 | $DYAD actor "Kim Jong-un"
0 | $DYAD actor --help
2 | $DYAD actor
2 | $DYAD actor --nosuch "Kim Jong-un"
2 | $DYAD actor "Kim Jong-un" --date nosuch
1 | $DYAD actor "Zzyzx Qwerty"
1 | $DYAD actor "Kim Jong-un" --dictionaries $M
# dict
0 | $DYAD dict --help
2 | $DYAD dict
2 | $DYAD dict nosuch
2 | $DYAD dict check --nosuch
2 | $DYAD dict gaps
2 | $DYAD dict review --years x
2 | $DYAD dict review --date nosuch
1 | $DYAD dict check --dictionaries $M
1 | $DYAD dict gaps $M.txt
# eval
0 | $DYAD eval --help
2 | $DYAD eval
2 | $DYAD eval events.jsonl
2 | $DYAD eval --nosuch events.jsonl events.jsonl
1 | $DYAD eval $M events.jsonl
# dedup
0 | $DYAD dedup events.jsonl
0 | $DYAD dedup --help
2 | $DYAD dedup --by nosuch events.jsonl
2 | $DYAD dedup --nosuch events.jsonl
2 | $DYAD dedup events.jsonl events.jsonl
1 | $DYAD dedup $M.jsonl
1 | $DYAD dedup bad-events.jsonl
# version
0 | $DYAD version
0 | $DYAD --version
0 | $DYAD version --help
2 | $DYAD version --nosuch
1 | $DYAD version --dictionaries $M
TABLE

# dyad --version: the coder's version, then the dictionaries' folder and
# each file with the first 12 hex digits of its SHA-256, in load order
"$DYAD" --version >"$t/v" 2>"$t/verr"
version=$(sed -n 's/^#define DYAD_VERSION "\(.*\)"/\1/p' include/dyad.h)
if head -n 1 "$t/v" | grep -qx "dyad $version"; then ok "--version: first line 'dyad $version'"
else fail "--version: first line 'dyad $version'" "$t/v" "$t/verr"; fi
if sed -n 2p "$t/v" | grep -qx "dictionaries default"; then ok "--version: the default dictionaries, no path of this machine"
else fail "--version: line 2 'dictionaries default'" "$t/v"; fi
sum=$(sha256sum dictionaries/verbs.txt | cut -c1-12)
if grep -qx "  verbs.txt $sum" "$t/v"; then ok "--version: verbs.txt with its SHA-256 ($sum)"
else fail "--version: '  verbs.txt $sum'" "$t/v"; fi
"$DYAD" code --header --date 2025-09-02 "$t/kim.txt" 2>/dev/null | head -n 1 |
    grep -o '"file":"[^"]*","sha256":"[0-9a-f]\{12\}' | sed 's/"file":"\([^"]*\)","sha256":"/  \1 /' >"$t/hdr"
sed -n '3,$p' "$t/v" >"$t/files"
if [ -s "$t/hdr" ] && diff "$t/hdr" "$t/files" >"$t/d"; then
    ok "--version: the same files and hashes as --header ($(grep -c . "$t/files") files)"
else fail "--version: the same files and hashes as --header" "$t/d" "$t/v"; fi
"$DYAD" --version --dictionaries tests/spec/dict >"$t/v" 2>&1
if sed -n 2p "$t/v" | grep -q "^dictionaries .*tests/spec/dict$"; then ok "--version --dictionaries DIR names DIR"
else fail "--version --dictionaries DIR names DIR" "$t/v"; fi

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
