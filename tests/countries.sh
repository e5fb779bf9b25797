#!/bin/sh
# tests/countries.sh: checks of the generated dictionary of countries,
# dictionaries/countries.actors.txt (made by tools/gen-countries from
# Debian's iso-codes and tools/countries-extra.tsv). One "ok - ..." or
# "not ok - ..." line per check; closing line "N passed, N failed".
BUILD=${BUILD:-build}
DYAD=$BUILD/dyad
DICT=${COUNTRIES:-dictionaries/countries.actors.txt}
ISO_JSON=${ISO_JSON:-/usr/share/iso-codes/json/iso_3166-1.json}
SPEC=tests/spec/dict
LC_ALL=C
export LC_ALL
passed=0
failed=0

t=$(mktemp -d)
trap 'rm -rf "$t"' EXIT

ok() { echo "ok - $1"; passed=$((passed + 1)); }
skip() { echo "ok - $1 # SKIP $2"; passed=$((passed + 1)); }
fail() {
    echo "not ok - $1"
    shift
    for f in "$@"; do [ -f "$f" ] && sed -n '1,30s/^/      | /p' "$f"; done
    failed=$((failed + 1))
}
finish() {
    echo "$passed passed, $failed failed"
    [ "$failed" -eq 0 ]
    exit
}

if [ -f "$DICT" ] && grep -q '^# GENERATED FILE' "$DICT"; then
    ok "$DICT exists and says it is generated"
else
    fail "$DICT exists and says it is generated"
    finish
fi

# ---------------------------------------------------------------- entries and phrases
# every line: "PHRASE [CODE]" (a new entry) or "+PHRASE"; codes are a
# three-letter country or region code, optionally followed by sector codes
awk '
    /^#/ || /^[ \t]*$/ { next }
    /^\+/ { if (!code) print NR ": synonym before any entry"; next }
    {
        if (match($0, /^[^ \t\[+]+ \[[A-Z][A-Z][A-Z]([A-Z][A-Z][A-Z])*\]$/)) {
            code = $0; sub(/.*\[/, "", code); sub(/\]$/, "", code)
        } else print NR ": not PHRASE [CODE]: " $0
    }' "$DICT" >"$t/bad"
if [ ! -s "$t/bad" ]; then ok "every line is a PHRASE [CODE] entry or a +SYNONYM"; else fail "every line is a PHRASE [CODE] entry or a +SYNONYM" "$t/bad"; fi

# phrase -> code, as the loader sees it (upper case, blanks and '_' alike)
awk '
    /^#/ || /^[ \t]*$/ { next }
    {
        line = $0
        if (line !~ /^\+/) { code = line; sub(/.*\[/, "", code); sub(/\].*/, "", code); sub(/ *\[.*/, "", line) }
        else sub(/^\+/, "", line)
        gsub(/[ \t]+/, "_", line)
        print toupper(line), code
    }' "$DICT" | sort -u >"$t/phrases"
awk '{ n[$1]++; c[$1] = c[$1] " " $2 } END { for (p in n) if (n[p] > 1) print p ":" c[p] }' "$t/phrases" | sort >"$t/dups"
if [ ! -s "$t/dups" ]; then ok "no phrase under two codes ($(wc -l <"$t/phrases") phrases)"; else fail "no phrase under two codes" "$t/dups"; fi

awk '{ print $2 }' "$t/phrases" | sort -u >"$t/codes"
grep -o '^[^#+ ][^ ]* \[[A-Z]*\]' "$DICT" | sed 's/.*\[//; s/\]//' | sort | uniq -d >"$t/twice"
if [ ! -s "$t/twice" ]; then ok "one entry per code ($(wc -l <"$t/codes") codes)"; else fail "one entry per code" "$t/twice"; fi

# ---------------------------------------------------------------- every ISO 3166-1 code
if [ -f "$ISO_JSON" ]; then
    grep -o '"alpha_3": *"[A-Z]*"' "$ISO_JSON" | sed 's/.*"\([A-Z]*\)"$/\1/' | sort -u >"$t/iso"
    comm -23 "$t/iso" "$t/codes" >"$t/missing"
    n=$(wc -l <"$t/iso")
    if [ "$n" -gt 200 ] && [ ! -s "$t/missing" ]; then
        ok "every ISO 3166-1 alpha-3 code has an entry ($n codes)"
    else
        fail "every ISO 3166-1 alpha-3 code has an entry ($n codes)" "$t/missing"
    fi
else
    skip "every ISO 3166-1 alpha-3 code has an entry" "$ISO_JSON not found"
fi
for c in KSV AFR MEA WST USAMIL RUSGOV; do
    grep -qx "$c" "$t/codes" || echo "$c" >>"$t/extra"
done
if [ ! -s "$t/extra" ]; then ok "Kosovo, regions and seats of power have entries"; else fail "Kosovo, regions and seats of power have entries" "$t/extra"; fi

# ---------------------------------------------------------------- the generator reproduces the file
date=$(sed -n 's/^# Date: \([0-9-]*\)\..*/\1/p' "$DICT")
want=$(sed -n "s/^# Read: ISO 3166-1 from Debian's \(iso-codes [^ ]*\) .*/\1/p" "$DICT")
have=$(dpkg-query -W -f='iso-codes ${Version}' iso-codes 2>/dev/null)
if ! command -v python3 >/dev/null 2>&1; then
    skip "tools/gen-countries reproduces $DICT" "no python3"
elif [ "$have" != "$want" ]; then
    skip "tools/gen-countries reproduces $DICT" "file read $want, this system has ${have:-no iso-codes}"
elif python3 tools/gen-countries --date "$date" >"$t/gen" 2>"$t/gen.err" && cmp -s "$t/gen" "$DICT"; then
    ok "tools/gen-countries reproduces $DICT byte for byte"
else
    diff "$DICT" "$t/gen" >"$t/gen.diff" 2>&1
    fail "tools/gen-countries reproduces $DICT byte for byte" "$t/gen.err" "$t/gen.diff"
fi

# ---------------------------------------------------------------- loading and coding
if [ ! -x "$DYAD" ]; then
    fail "dyad loads $DICT ($DYAD not found: run make)"
    finish
fi
here=$(pwd)
case "$DICT" in /*) dict_abs=$DICT ;; *) dict_abs=$here/$DICT ;; esac
cat >"$t/x.ini" <<EOF
[Dictionaries]
verbfile_name = $here/$SPEC/verbs.txt
actorfile_list = $dict_abs
agentfile_name = $here/$SPEC/agents.txt
discardfile_name = $here/$SPEC/discards.txt
issuefile_name = $here/$SPEC/issues.txt
EOF
if "$DYAD" code --config "$t/x.ini" </dev/null >"$t/out" 2>"$t/err" && [ ! -s "$t/err" ]; then
    ok "dyad loads $DICT with no malformed lines and no warnings"
else
    fail "dyad loads $DICT with no malformed lines and no warnings" "$t/err"
fi

# code SOURCE-NP TARGET-NP: a sentence "SOURCE criticized TARGET" from parse pieces
n=0
record() {
    n=$((n + 1))
    cat <<EOF
<Sentence date="20250902" id="c-$n" sentence="true">
<Text>
$1
</Text>
<Parse>
(ROOT (S $2 (VP (VBD criticized) $3) (. .)))
</Parse>
</Sentence>
EOF
}
{
    echo "<Sentences>"
    record "North Korea's leader criticized Seoul." \
        "(NP (NP (NNP North) (NNP Korea) (POS 's)) (NN leader))" "(NP (NNP Seoul))"
    record "The People's Republic of China criticized the United States." \
        "(NP (NP (DT The) (NNP People) (POS 's)) (NNP Republic) (PP (IN of) (NP (NNP China))))" \
        "(NP (DT the) (NNP United) (NNPS States))"
    record "The Kremlin criticized the U.S. State Department." \
        "(NP (DT The) (NNP Kremlin))" "(NP (DT the) (NNP U.S.) (NNP State) (NNP Department))"
    record "Côte d'Ivoire criticized Port of Spain." \
        "(NP (NNP Côte) (NNP d'Ivoire))" "(NP (NNP Port) (IN of) (NNP Spain))"
    record "The Pentagon criticized Chinese Taipei." \
        "(NP (DT The) (NNP Pentagon))" "(NP (JJ Chinese) (NNP Taipei))"
    record "Turkish Cypriots criticized Britain." \
        "(NP (JJ Turkish) (NNPS Cypriots))" "(NP (NNP Britain))"
    echo "</Sentences>"
} >"$t/c.xml"
want="PRK KOR 111
CHN USA 111
RUSGOV USAGOV 111
CIV TTO 111
USAMIL TWN 111
CYP GBR 111"
"$DYAD" code --config "$t/x.ini" --format tsv "$t/c.xml" >"$t/c.out" 2>"$t/c.err"
got=$(awk -F '\t' '$1 != "date" { print $3, $4, $5 }' "$t/c.out")
if [ "$got" = "$want" ]; then
    ok "coded with $DICT: possessives, multi-word names, accents, seats of power"
else
    printf '%s\n' "want:" "$want" "got:" "$got" >"$t/c.diff"
    fail "coded with $DICT: possessives, multi-word names, accents, seats of power" "$t/c.diff" "$t/c.err" "$t/c.out"
fi

finish
