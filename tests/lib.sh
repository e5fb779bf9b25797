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
# missing WHAT: a needed package or server is absent: skipped, or a failure
# when CI=true
missing() {
    if [ "${CI:-}" = true ]; then fail "$1 (CI=true: required)"; else echo "skip  $1"; fi
}
# finish: the closing line, and the exit status
finish() {
    echo "$passed passed, $failed failed"
    [ "$failed" -eq 0 ]
    exit
}
# pg_schema NAME: a PostgreSQL schema of this run's own at $PG (finish when
# no server answers), dropped on any exit; sets S and DB (the URL that
# searches it) and sql SQL (run in it)
pg_schema() {
    if ! command -v psql >/dev/null || ! psql -qAt "$PG" -c 'SELECT 1' >/dev/null 2>&1; then
        missing "$1: no PostgreSQL server answers at $PG (set DYAD_TEST_PG)"
        finish
    fi
    S=dyad_$1_$$
    psql -qAt "$PG" -c "CREATE SCHEMA $S" >/dev/null 2>&1
    case "$PG" in *\?*) DB="$PG&options=-csearch_path%3D$S" ;; *) DB="$PG?options=-csearch_path%3D$S" ;; esac
    trap 'psql -qAt "$PG" -c "DROP SCHEMA IF EXISTS $S CASCADE" >/dev/null 2>&1; rm -rf "$t"' EXIT
    trap 'exit 143' TERM  # the EXIT trap drops the schema
    trap 'exit 130' INT
}
sql() { psql -qAt "$DB" -c "$1" 2>&1; }
# need TOOL WHAT: true when TOOL is installed; else WHAT is skipped, or a
# failure when CI=true
need() {
    command -v "$1" >/dev/null 2>&1 && return 0
    if [ "${CI:-}" = true ]; then
        echo "FAIL  $1 not installed (needed in CI: $2)"
        failed=$((failed + 1))
    else
        echo "skip  $1 not installed: $2 not tested"
    fi
    return 1
}
# serve_port LOG PID: the port `dyad serve --listen 127.0.0.1:0` (process
# PID) names in the first line of LOG, waiting up to 10 s; empty if none
serve_port() {
    _i=0
    while [ $_i -lt 100 ]; do
        _p=$(sed -n 's|.*http://127\.0\.0\.1:\([0-9][0-9]*\)/.*|\1|p' "$1" | head -n 1)
        [ -n "$_p" ] && break
        kill -0 "$2" 2>/dev/null || break
        sleep 0.1
        _i=$((_i + 1))
    done
    echo "$_p"
}
