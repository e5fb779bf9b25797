#!/bin/sh
# tests/spec.sh: run the human-readable coding cases in tests/spec/*.spec.
#
# Each .spec case is turned into one <Sentence> of a PETRARCH <Validation>
# file whose <Environment> names the dictionaries in tests/spec/dict; the file
# is checked with "dyad validate --json" and every case is reported by name.
# Cases listed in tests/spec/KNOWN_FAILURES ("name: reason" lines) count as
# passed only while they still fail; a known failure that passes is reported.
# The spec dictionaries must load without malformed lines (one more check).
# Closing line: "N passed, N failed". POSIX sh + awk only.
#
# A case without "parse:" is a raw-text case (see tests/spec/raw.spec): it
# goes into a second validation file with no <Parse>, checked with
# "dyad validate --ignore-parse", so dyad's own tokenizer, tagger and parser
# build the tree that the coder reads. Its ids are R001, R002, ...
#
# Case format (see tests/spec/basic.spec):
#   ### name of case: one-line reason
#   date: 20250902
#   sentence: Germany criticized France on Monday.
#   parse:
#   (ROOT (S (NP (NNP Germany)) (VP (VBD criticized) ...)) (. .)))
#   expect:
#   DEU FRA 111
# "parse:" and its tree may be left out (a raw-text case).
# SPEC_DIR picks another folder of cases (with its own dict/), SPEC_FLAGS adds
# options to dyad validate (tests/spec_news.sh: --news-roles).
# "expect:" is followed by zero or more "SRC TGT CODE" lines (none: the
# sentence must code nothing), or is written "expect: error=sentencediscard".
BUILD=${BUILD:-build}
SPEC=${SPEC_DIR:-tests/spec}
DYAD=$BUILD/dyad

if [ ! -x "$DYAD" ]; then
    echo "spec: $DYAD not found (run make)"
    echo "0 passed, 1 failed"
    exit 1
fi

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# 1. .spec files -> a validation XML of the parsed cases, one of the raw-text
#    cases, and a table "id<TAB>name<TAB>file:line"
nouns=0
[ -f "$SPEC/dict/nouns.txt" ] && nouns=1  # a noun dictionary: named as <Nounfile>
awk -v nouns="$nouns" -v pxml="$tmp/spec.xml" -v rxml="$tmp/raw.xml" -v map="$tmp/map" '
function esc(s) {
    gsub(/&/, "\\&amp;", s); gsub(/</, "\\&lt;", s); gsub(/>/, "\\&gt;", s)
    gsub(/"/, "\\&quot;", s)
    return s
}
function trim(s) { sub(/^[ \t\r]+/, "", s); sub(/[ \t\r]+$/, "", s); return s }
function problem(msg) {
    printf "%s:%d: %s\n", FILENAME, FNR, msg > "/dev/stderr"
    bad++
}
function flush(   i, n, f, cat) {
    if (name == "") return
    if (text == "") problem("case \"" name "\" has no sentence:")
    if (!seen_expect) problem("case \"" name "\" has no expect:")
    if (parse == "") { nraw++; id = sprintf("R%03d", nraw); xml = rxml }
    else { ncase++; id = sprintf("S%03d", ncase); xml = pxml }
    cat = cfile; sub(/.*\//, "", cat); sub(/\.spec$/, "", cat)
    printf "%s\t%s\t%s:%d\n", id, name, cfile, line0 > map
    printf "<Sentence date=\"%s\" id=\"%s\" category=\"%s\" sentence=\"true\">\n", \
        esc(date), id, esc(cat) > xml
    if (error != "")
        printf "<EventCoding error=\"%s\"></EventCoding>\n", esc(error) > xml
    else if (nexp == 0)
        printf "<EventCoding noevents=\"True\"></EventCoding>\n" > xml
    for (i = 1; i <= nexp; i++) {
        n = split(ex[i], f, /[ \t]+/)
        if (n != 3) { problem("case \"" name "\": expected \"SRC TGT CODE\", got \"" ex[i] "\""); continue }
        printf "<EventCoding sourcecode=\"%s\" targetcode=\"%s\" eventcode=\"%s\"></EventCoding>\n", \
            esc(f[1]), esc(f[2]), esc(f[3]) > xml
    }
    printf "<Text>\n%s\n</Text>\n", esc(text) > xml
    if (parse != "") printf "<Parse>\n%s</Parse>\n", esc(parse) > xml
    printf "</Sentence>\n\n" > xml
    name = ""
}
function head(x) {
    print "<Validation>" > x
    print "<Environment>" > x
    print "    <Verbfile>verbs.txt</Verbfile>" > x
    print "    <Actorfile>actors.txt</Actorfile>" > x
    print "    <Agentfile>agents.txt</Agentfile>" > x
    print "    <Discardfile>discards.txt</Discardfile>" > x
    if (nouns) print "    <Nounfile>nouns.txt</Nounfile>" > x
    print "</Environment>" > x
    print "<Sentences>" > x
}
BEGIN { head(pxml); head(rxml) }
FNR == 1 { flush(); mode = "" }
/^### / {
    flush()
    s = substr($0, 5)
    i = index(s, ": ")
    if (i == 0) { problem("case heading without \": reason\""); name = trim(s) }
    else name = trim(substr(s, 1, i - 1))
    if (name in names) problem("duplicate case name \"" name "\"")
    names[name] = 1
    cfile = FILENAME; line0 = FNR; date = ""; text = ""; parse = ""; error = ""; nexp = 0
    seen_expect = 0; mode = ""
    next
}
name == "" { next }    # prose between cases
/^date:/     { date = trim(substr($0, 6)); mode = ""; next }
/^sentence:/ { text = trim(substr($0, 10)); mode = ""; next }
/^parse:/    { parse = trim(substr($0, 7)); if (parse != "") parse = parse "\n"; mode = "parse"; next }
/^expect:/ {
    seen_expect = 1; mode = "expect"
    rest = trim(substr($0, 8))
    if (rest ~ /^error=/) { error = substr(rest, 7); mode = "" }
    else if (rest != "") ex[++nexp] = rest
    next
}
mode == "parse" { if (trim($0) != "") parse = parse $0 "\n"; next }
mode == "expect" {
    t = trim($0)
    if (t == "") { mode = ""; next }
    ex[++nexp] = t
    next
}
trim($0) != "" && $0 !~ /^#/ { problem("line outside any field: " $0) }
END {
    flush()
    print "</Sentences>" > pxml
    print "</Validation>" > pxml
    print "</Sentences>" > rxml
    print "</Validation>" > rxml
    if (bad) exit 1
}
' "$SPEC"/*.spec
spec_status=$?

# 2. run dyad: readable output, then the per-record JSON; the raw-text cases
#    (when there are any) with --ignore-parse, their JSON appended
"$DYAD" validate $SPEC_FLAGS --dictionaries "$SPEC/dict" "$tmp/spec.xml" >"$tmp/out" 2>"$tmp/err"
"$DYAD" validate $SPEC_FLAGS --json --dictionaries "$SPEC/dict" "$tmp/spec.xml" >"$tmp/json" 2>/dev/null
sed 's/^/dyad: /' "$tmp/out" "$tmp/err"
if grep -q '^<Sentence ' "$tmp/raw.xml"; then
    "$DYAD" validate $SPEC_FLAGS --ignore-parse --dictionaries "$SPEC/dict" "$tmp/raw.xml" >"$tmp/out" 2>"$tmp/rerr"
    "$DYAD" validate $SPEC_FLAGS --json --ignore-parse --dictionaries "$SPEC/dict" "$tmp/raw.xml" >>"$tmp/json" 2>/dev/null
    sed 's/^/dyad (raw text): /' "$tmp/out" "$tmp/rerr"
    cat "$tmp/rerr" >>"$tmp/err"
fi

known=$SPEC/KNOWN_FAILURES
[ -f "$known" ] || known=/dev/null

# 3. judge each case
awk -F '\t' -v spec_status="$spec_status" -v errfile="$tmp/err" '
FILENAME == ARGV[1] {    # KNOWN_FAILURES: "name: reason"
    if ($0 ~ /^[ \t]*(#|$)/) next
    i = index($0, ": ")
    n = i ? substr($0, 1, i - 1) : $0
    sub(/[ \t]+$/, "", n)
    known[n] = i ? substr($0, i + 2) : ""
    next
}
FILENAME == ARGV[2] {    # map: id, name, file:line
    ids[++n_ids] = $1; name[$1] = $2; where[$1] = $3
    next
}
{                        # dyad validate --json: one record object per line
    if (!match($0, /"id":"[^"]*"/)) next
    id = substr($0, RSTART + 6, RLENGTH - 7)
    passed[id] = ($0 ~ /"passed":true/)
    want[id] = field($0, "expected"); got[id] = field($0, "got")
    why[id] = field($0, "why")
    seen[id] = 1
}
function field(s, k,   r) {
    if (!match(s, "\"" k "\":\"([^\"\\\\]|\\\\.)*\"")) return ""
    r = substr(s, RSTART + length(k) + 4, RLENGTH - length(k) - 5)
    return r
}
END {
    for (i = 1; i <= n_ids; i++) {
        id = ids[i]; nm = name[id]
        if (!(id in seen)) {
            printf "FAIL  %s (%s): dyad did not report this record\n", nm, where[id]
            fail++; continue
        }
        if (nm in known) {
            if (passed[id]) {
                printf "FAIL  %s (%s): listed in KNOWN_FAILURES but passes now; remove it\n", nm, where[id]
                fail++
            } else {
                printf "known %s (%s): %s\n", nm, where[id], known[nm]
                pass++
            }
            used[nm] = 1
            continue
        }
        if (passed[id]) { printf "ok    %s\n", nm; pass++; continue }
        printf "FAIL  %s (%s)\n      expected: %s\n      got:      %s\n", nm, where[id], want[id], got[id]
        if (why[id] != "") printf "      why:      %s\n", why[id]
        fail++
    }
    for (nm in known)
        if (!(nm in used)) printf "note  KNOWN_FAILURES names \"%s\", which is no spec case\n", nm
    # the spec dictionaries themselves must load cleanly
    e = 0
    while ((getline l < errfile) > 0) if (l ~ /malformed|:[0-9]+:/) e++
    if (e) { printf "FAIL  spec dictionaries: %d diagnostics (see dyad: lines above)\n", e; fail++ }
    else { print "ok    spec dictionaries load without diagnostics"; pass++ }
    if (spec_status != 0) { print "FAIL  spec files have format errors (see above)"; fail++ }
    printf "%d passed, %d failed\n", pass, fail
    exit fail ? 1 : 0
}
' "$known" "$tmp/map" "$tmp/json"
