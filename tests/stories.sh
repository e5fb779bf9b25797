#!/bin/sh
# tests/stories.sh: code whole stories from raw text and compare the events
# with tests/stories/*.story, sentence by sentence.
#
# A .story file has a header (text: FILE, date: YYYY-MM-DD or none, dictionaries:
# phoenix | default, actors: extra actor files beside the .story) and then one
# line per sentence: "N SRC TGT CODE  # reason" for each expected event, or
# "N -  # reason" for a sentence that must give none. Sentences not listed
# must give none too. "@N CODE words  # reason" says that sentence N names an
# actor with those words and that code (`dyad code --mentions`).
# $SHARED in the text path is ../shared (or $SHARED).
# Closing line: "N passed, N failed". POSIX sh + awk.
BUILD=${BUILD:-build}
SHARED=${SHARED:-../shared}
DYAD=$BUILD/dyad
pass=0
fail=0
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

for story in tests/stories/*.story; do
    [ -f "$story" ] || continue
    dir=$(dirname "$story")
    text=$(sed -n 's/^text:[ ]*//p' "$story" | sed "s|\$SHARED|$SHARED|")
    date=$(sed -n 's/^date:[ ]*//p' "$story")
    dicts=$(sed -n 's/^dictionaries:[ ]*//p' "$story")
    extra=$(sed -n 's/^actors:[ ]*//p' "$story")
    if [ ! -f "$text" ]; then
        echo "not ok - $story: text $text not found"
        fail=$((fail + 1))
        continue
    fi
    actors=""
    for a in $extra; do actors="$actors, $(pwd)/$dir/$a"; done
    case "$dicts" in
    phoenix)
        P=$(cd "$SHARED/petrarch/dictionaries" && pwd)
        cat >"$tmp/config.ini" <<INI
[Dictionaries]
verbfile_name    = $P/CAMEO.2.0.txt
actorfile_list   = $P/Phoenix.Countries.actors.txt, $P/Phoenix.International.actors.txt, $P/Phoenix.MilNonState.actors.txt$actors
agentfile_name   = $P/Phoenix.agents.txt
discardfile_name = $P/Phoenix.discards.txt
issuefile_name   = $P/Phoenix.IssueCoding.txt
INI
        set -- --config "$tmp/config.ini" ;;
    *)
        set -- ;;
    esac
    # (a story with no "date:" line is coded undated)
    [ -n "$date" ] && set -- "$@" --date "$date"
    "$DYAD" code "$@" --quiet "$text" >"$tmp/out.jsonl" 2>"$tmp/err"
    # "N SRC TGT CODE" per event
    sed -n 's/.*"sentence_id":"[^"]*-\([0-9]*\)".*"source":"\([^"]*\)","target":"\([^"]*\)","code":"\([^"]*\)".*/\1 \2 \3 \4/p' \
        "$tmp/out.jsonl" | sort >"$tmp/got"
    sed -e 's/#.*//' "$story" | awk 'NF == 4 && $1 ~ /^[0-9]+$/ { print $1, $2, $3, $4 }' | sort >"$tmp/want"
    n=$(sed -e 's/#.*//' "$story" | awk '$1 ~ /^[0-9]+$/ { if ($1 > m) m = $1 } END { print m + 0 }')
    g=$(awk '{ if ($1 > m) m = $1 } END { print m + 0 }' "$tmp/got")
    [ "$g" -gt "$n" ] && n=$g
    # mentions: "@N CODE words"
    "$DYAD" code "$@" --quiet --mentions "$text" 2>/dev/null |
        sed -n 's/.*"sentence_id":"[^"]*-\([0-9]*\)","text":"\([^"]*\)","code":"\([^"]*\)".*/\1 \3 \2/p' >"$tmp/mentions"
    grep '^@' "$story" | sed -e 's/#.*//' -e 's/^@//' -e 's/[ ]*$//' | while read -r num code words; do
        if grep -qxF "$num $code $words" "$tmp/mentions"; then
            echo "ok - $(basename "$story") sentence $num names $code: $words"
        else
            echo "not ok - $(basename "$story") sentence $num: no mention $code \"$words\" (got: $(awk -v i="$num" '$1 == i { $1 = ""; printf "%s;", $0 }' "$tmp/mentions"))"
        fi
    done >"$tmp/mres"
    cat "$tmp/mres"
    pass=$((pass + $(grep -c '^ok' "$tmp/mres")))
    fail=$((fail + $(grep -c '^not ok' "$tmp/mres")))
    i=1
    while [ "$i" -le "$n" ]; do
        w=$(awk -v i="$i" '$1 == i { $1 = ""; print }' "$tmp/want" | tr '\n' ';')
        r=$(awk -v i="$i" '$1 == i { $1 = ""; print }' "$tmp/got" | tr '\n' ';')
        why=$(awk -v i="$i" '$1 == i { sub(/^[^#]*#[ ]*/, ""); print; exit }' "$story")
        if [ "$w" = "$r" ]; then
            echo "ok - $(basename "$story") sentence $i:${w:- none} ($why)"
            pass=$((pass + 1))
        else
            echo "not ok - $(basename "$story") sentence $i: expected${w:- none}, got${r:- none} ($why)"
            fail=$((fail + 1))
        fi
        i=$((i + 1))
    done
done
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
