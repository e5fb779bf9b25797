# tests/lib.sh: what the end-to-end shell tests share. Source it after
# setting NAME (the test's name for messages):
#   NAME=cli; . tests/lib.sh
# It sets BUILD, DYAD, DICT (the spec dictionaries), the counters and a
# temporary folder $t (removed on exit), stops with "0 passed, 1 failed"
# when the program is not built, and gives ok, fail and check.
BUILD=${BUILD:-build}
DYAD=$BUILD/dyad
DICT=tests/spec/dict
passed=0
failed=0

if [ ! -x "$DYAD" ]; then
    echo "$NAME: $DYAD not found (run make)"
    echo "0 passed, 1 failed"
    exit 1
fi

t=$(mktemp -d)
trap 'rm -rf "$t"' EXIT

ok() { echo "ok    $1"; passed=$((passed + 1)); }
# fail NAME [FILE...]: the files shown indented (at most 20 lines each)
fail() {
    echo "FAIL  $1"
    shift
    for f in "$@"; do [ -f "$f" ] && sed 's/^/      | /' "$f" | head -20; done
    failed=$((failed + 1))
}
# check NAME COMMAND...: ok when the command succeeds
check() {
    name=$1
    shift
    if "$@"; then ok "$name"; else fail "$name" "$t/out" "$t/err"; fi
}
