#!/bin/sh
# tests/parser.sh: run the sentence -> tree cases of tests/parser.spec
# through the built-in parser ("dyad parse", dyad's own dictionaries/).
#
# All sentences go to ONE "dyad parse" call, one sentence a line; line i of
# its output is the tree of case i. Trees are compared after whitespace is
# normalised (runs of blanks and newlines become one space; none after "("
# or before ")"), so an expected tree may be wrapped over several lines.
# Cases named in tests/parser.KNOWN_FAILURES ("name: reason" lines) count as
# passed only while dyad's tree still differs; one that matches is reported
# as a failure, so the list is kept honest. Every other mismatch is a
# failure, reported by name with the expected and the actual tree.
# Closing line: "N passed, N failed"; exit status 1 on any failure.
# POSIX sh + awk only. The case format is described at the top of
# tests/parser.spec.
BUILD=${BUILD:-build}
SPECFILE=${PARSER_SPEC:-tests/parser.spec}
KNOWN=${PARSER_KNOWN:-tests/parser.KNOWN_FAILURES}
DYAD=$BUILD/dyad

if [ ! -x "$DYAD" ]; then
    echo "parser: $DYAD not found (run make)"
    echo "0 passed, 1 failed"
    exit 1
fi
if [ ! -f "$SPECFILE" ]; then
    echo "parser: $SPECFILE not found"
    echo "0 passed, 1 failed"
    exit 1
fi
[ -f "$KNOWN" ] || KNOWN=/dev/null

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# 1. the spec -> sentences (one a line) and a table
#    "name<TAB>file:line<TAB>normalised tree", in the same order
awk -v sent="$tmp/sentences" -v table="$tmp/table" '
function trim(s) { sub(/^[ \t\r]+/, "", s); sub(/[ \t\r]+$/, "", s); return s }
function norm(s) {
    gsub(/[ \t\r\n]+/, " ", s)
    gsub(/\( /, "(", s); gsub(/ \)/, ")", s)
    return trim(s)
}
function problem(msg) {
    printf "%s:%d: %s\n", FILENAME, FNR, msg > "/dev/stderr"
    bad++
}
function depth_ok(s,   i, c, d) {
    d = 0
    for (i = 1; i <= length(s); i++) {
        c = substr(s, i, 1)
        if (c == "(") d++
        else if (c == ")") { d--; if (d < 0) return 0 }
    }
    return d == 0
}
function flush() {
    if (name == "") return
    if (text == "") problem("case \"" name "\" has no sentence:")
    else if (tree == "") problem("case \"" name "\" has no tree:")
    else if (!depth_ok(tree)) problem("case \"" name "\": unbalanced brackets in tree:")
    else {
        print text > sent
        printf "%s\t%s:%d\t%s\n", name, FILENAME, line0, norm(tree) > table
        ncase++
    }
    name = ""
}
/^### / {
    flush()
    s = substr($0, 5)
    i = index(s, ": ")
    if (i == 0 || trim(substr(s, i + 2)) == "") { problem("case heading without \": reason\""); name = trim(s) }
    else name = trim(substr(s, 1, i - 1))
    if (name in names) problem("duplicate case name \"" name "\"")
    names[name] = 1
    line0 = FNR; text = ""; tree = ""; mode = ""
    next
}
name == "" { next }                      # prose before the first case
/^sentence:/ { text = trim(substr($0, 10)); mode = ""; next }
/^tree:/     { tree = trim(substr($0, 6)); mode = "tree"; next }
mode == "tree" && trim($0) != "" && $0 !~ /^#/ { tree = tree " " $0; next }
trim($0) == "" { mode = ""; next }
/^#/ { next }
{ problem("line outside any field: " $0) }
END {
    flush()
    if (ncase == 0) problem("no cases")
    if (bad) exit 1
}
' "$SPECFILE"
spec_status=$?

# 2. one dyad call for every sentence
: >"$tmp/got"
if [ -s "$tmp/sentences" ]; then
    "$DYAD" parse "$tmp/sentences" >"$tmp/got" 2>"$tmp/err"
    dyad_status=$?
else
    dyad_status=0
fi
[ -s "$tmp/err" ] && sed 's/^/dyad: /' "$tmp/err"

# 3. compare, case by case
awk -F '\t' -v spec_status="$spec_status" -v dyad_status="$dyad_status" \
    -v gotfile="$tmp/got" '
function trim(s) { sub(/^[ \t\r]+/, "", s); sub(/[ \t\r]+$/, "", s); return s }
function norm(s) {
    gsub(/[ \t\r\n]+/, " ", s)
    gsub(/\( /, "(", s); gsub(/ \)/, ")", s)
    return trim(s)
}
FILENAME == ARGV[1] {    # KNOWN_FAILURES: "name: reason"
    if ($0 ~ /^[ \t]*(#|$)/) next
    i = index($0, ": ")
    n = i ? substr($0, 1, i - 1) : $0
    sub(/[ \t]+$/, "", n)
    known[n] = i ? substr($0, i + 2) : ""
    next
}
{ nm[++n] = $1; where[n] = $2; want[n] = $3; is_case[$1] = 1 }
END {
    ngot = 0
    while ((getline l < gotfile) > 0) got[++ngot] = norm(l)
    if (ngot != n) {
        printf "FAIL  dyad parse printed %d trees for %d sentences (exit %d)\n", ngot, n, dyad_status
        fail++
    } else if (dyad_status != 0) {
        printf "FAIL  dyad parse exited with status %d\n", dyad_status
        fail++
    }
    for (i = 1; i <= n; i++) {
        same = (i <= ngot && got[i] == want[i])
        if (nm[i] in known) {
            used[nm[i]] = 1
            if (same) {
                printf "FAIL  %s (%s): listed in %s but its tree is right now; remove it\n", \
                    nm[i], where[i], "parser.KNOWN_FAILURES"
                fail++
            } else {
                printf "known %s (%s): %s\n", nm[i], where[i], known[nm[i]]
                pass++
            }
            continue
        }
        if (same) { printf "ok    %s\n", nm[i]; pass++; continue }
        printf "FAIL  %s (%s)\n      expected: %s\n      got:      %s\n", nm[i], where[i], want[i], \
            (i <= ngot ? got[i] : "(no tree)")
        fail++
    }
    for (k in known)
        if (!(k in is_case)) printf "note  parser.KNOWN_FAILURES names \"%s\", which is no case\n", k
    if (spec_status != 0) { print "FAIL  the spec file has format errors (see above)"; fail++ }
    printf "%d passed, %d failed\n", pass, fail
    exit fail ? 1 : 0
}
' "$KNOWN" "$tmp/table"
