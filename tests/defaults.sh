#!/bin/sh
# tests/defaults.sh: dyad's own default dictionaries (dictionaries/): they
# load clean, `dyad dict check` finds nothing, and names get the code of the
# office they held on the date asked: the same name codes differently before
# and after a change of office. Table-driven; "N passed, N failed" at the end.
BUILD=${BUILD:-build}
DYAD=$BUILD/dyad
pass=0
fail=0
ok() { echo "ok - $1"; pass=$((pass + 1)); }
bad() { echo "not ok - $1"; fail=$((fail + 1)); }

out=$("$DYAD" dict check 2>&1)
if [ $? -eq 0 ]; then ok "dict check is clean: $(echo "$out" | tail -n 1)"; else bad "dict check: $out"; fi

# Every CAMEO event code dyad knows (src/cameo.c, three or four digits) has a
# pattern or a noun in the default verb and noun dictionaries.
missing=""
for code in $(sed -n 's/^ *{ "\([0-9][0-9][0-9][0-9]*\)".*/\1/p' src/cameo.c); do
    grep -qE "\[($code(:[0-9]+)?|[0-9]+:$code)\]" dictionaries/verbs.txt dictionaries/nouns.txt ||
        missing="$missing $code"
done
ncodes=$(sed -n 's/^ *{ "\([0-9][0-9][0-9][0-9]*\)".*/\1/p' src/cameo.c | wc -l)
if [ "$ncodes" -gt 280 ] && [ -z "$missing" ]; then ok "every one of the $ncodes CAMEO codes has a pattern or noun"
else bad "CAMEO codes ($ncodes) without a pattern or noun:$missing"; fi

# The people files are current to about late 2025 (their headers say so):
# on 2026-06-01 every office is confirmed within 10 years and every state has
# a head; later dates list what nobody has checked yet (Colombia's president
# from 2026-08-07).
out=$("$DYAD" dict review --date 2026-06-01 --years 10 2>&1)
if [ $? -eq 0 ]; then ok "dict review on 2026-06-01 is clean: $(echo "$out" | tail -n 1)"; else bad "dict review: $out"; fi

# name | date | code
while IFS='|' read -r name date want; do
    [ -n "$name" ] || continue
    got=$("$DYAD" actor "$name" --date "$date" | cut -f2)
    if [ "$got" = "$want" ]; then ok "actor $name on $date is $want"
    else bad "actor $name on $date: expected $want, got $got"; fi
done <<'TABLE'
Kim Jong-un|2025-09-02|PRKGOV
Pakistani Taliban|2024-01-01|PAKREB
Kim|2025-09-02|PRKGOV
Wang Yi|2025-09-02|CHNGOV
Cai Qi|2025-09-02|CHNGOV
Xi Jinping|2025-09-02|CHNGOV
Vladimir Putin|2025-09-02|RUSGOV
officials in Seoul|2025-09-02|KORGOV
Pyongyang|2025-09-02|PRK
the Kremlin|2025-09-02|RUSGOV
North Korean|2025-09-02|PRK
Chinese police|2025-09-02|CHNCOP
NATO|2025-09-02|IGONAT
Donald Trump|2018-06-01|USAGOV
Donald Trump|2022-06-01|USAELI
Donald Trump|2025-06-01|USAGOV
Keir Starmer|2022-06-01|GBROPP
Keir Starmer|2025-06-01|GBRGOV
Boris Johnson|2018-06-01|GBRGOV
Boris Johnson|2025-06-01|GBRELI
Lee Jae-myung|2025-06-01|KOROPP
Lee Jae-myung|2025-06-10|KORGOV
Yoon Suk Yeol|2022-06-01|KORGOV
Yoon Suk Yeol|2025-06-01|KORELI
Erdoğan|2025-06-01|TURGOV
ERDOĞAN|2025-06-01|TURGOV
PEDRO SÁNCHEZ|2025-06-01|ESPGOV
Georgian troops|2020-01-01|GEOMIL
Georgia Sen. David Perdue|2020-01-01|---
TABLE

# sentence | date | expected "SRC TGT CODE" (one event)
while IFS='|' read -r text date want; do
    [ -n "$text" ] || continue
    got=$(printf '%s\n' "$text" | "$DYAD" code --quiet --date "$date" - |
        sed -n 's/.*"source":"\([^"]*\)","target":"\([^"]*\)","code":"\([^"]*\)".*/\1 \2 \3/p' | head -n 1)
    [ "$want" = "-" ] && want=""   # "-": no event
    if [ "$got" = "$want" ]; then ok "\"$text\" on $date: ${want:-no event}"
    else bad "\"$text\" on $date: expected $want, got ${got:-nothing}"; fi
done <<'TABLE'
Keir Starmer criticized Russia.|2023-01-10|GBROPP RUS 111
Keir Starmer criticized Russia.|2025-01-10|GBRGOV RUS 111
Donald Trump praised Kim Jong-un.|2019-06-30|USAGOV PRKGOV 051
Donald Trump praised Kim Jong-un.|2022-06-30|USAELI PRKGOV 051
Russian forces attacked Ukraine.|2024-02-24|RUSMIL UKR 190
Kim Jong-un traveled to Beijing.|2025-09-02|PRKGOV CHN 042
Putin told Macron that the talks were over.|2025-01-10|RUSGOV FRAGOV 010
Putin told reporters that the talks were over.|2025-01-10|-
Trump told Fox News that China was wrong.|2025-01-10|-
Germany said Russia attacked Ukraine.|2025-01-10|DEU RUS 112
Russia denied attacking Ukraine.|2025-01-10|RUS UKR 016
Russia may attack Ukraine.|2025-01-10|-
Georgia Sen. David Perdue criticized China.|2020-01-10|-
TABLE

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
