#!/bin/sh
# Build and run dyad's benchmark (called by `make bench` from the repo root).
# Part 1 (bench/bench.c) needs the PETRARCH data in ../shared/petrarch; part 2
# (bench/scale.c, the scaling lines) needs the corpus in ../shared/corpus.
# build/libdyad.a and build/dyad must exist. BENCH_PARTS (default "1 2 3 4")
# picks parts: `BENCH_PARTS=4 make bench` runs only the event store and API.
cd "$(dirname "$0")/.." || exit 0
PARTS=${BENCH_PARTS:-1 2 3 4}
part() { case " $PARTS " in *" $1 "*) return 0 ;; esac; return 1; }
PETR=${PETRARCH_DIR:-../shared/petrarch}
CORPUS=${CORPUS_DIR:-../shared/corpus}
LONG_BYTES=${LONG_BYTES:-50000000}
CC=${CC:-cc}
mkdir -p build
if ! part 1; then
    :
elif [ ! -d "$PETR/dictionaries" ] || [ ! -f "$PETR/text/PETR.UnitTest.records.xml" ]; then
    echo "bench: $PETR (PETRARCH dictionaries and unit-test records) is missing; skipping part 1"
elif $CC -O2 -std=c11 -D_POSIX_C_SOURCE=200809L -Iinclude bench/bench.c build/libdyad.a \
    -ljansson -larchive -lutf8proc -lz -lm -o build/bench; then
    build/bench "$PETR" || echo "bench: build/bench exited with status $?"
else
    echo "bench: build/bench failed to build"
fi

# ---- part 2: the corpus as one PETRARCH XML file next to JSON Lines, and
# one long story against the same sentences as separate stories. Inputs are
# generated here, into build/bench-data (about 280 MB; removed at the end).
set -- "$CORPUS"/*.jsonl.gz
if [ ! -f "$1" ]; then
    echo "bench: no $CORPUS/*.jsonl.gz; skipping part 2"
    exit 0
fi
$CC -O2 -std=c11 -D_POSIX_C_SOURCE=200809L -Iinclude bench/scale.c build/libdyad.a \
    -ljansson -larchive -lutf8proc -lz -lm -o build/bench-scale || { echo "bench: build/bench-scale failed to build"; exit 0; }
D=build/bench-data
mkdir -p "$D"
DICTS=dictionaries

# "SECONDS KIB EXIT LINES" of one `dyad code` run (stdout counted, stderr dropped)
run() { build/bench-scale time build/dyad code --quiet --dictionaries "$DICTS" "$@"; }

if part 2; then
build/bench-scale xml "$DICTS" "$D/corpus.xml" "$@" || { echo "bench: cannot write $D/corpus.xml"; exit 0; }
build/bench-scale long "$DICTS" "$D/one.jsonl" "$D/split.jsonl" "$LONG_BYTES" "$@" 2>"$D/long.txt" ||
    { echo "bench: cannot write $D/one.jsonl"; exit 0; }

echo
echo "Scaling (dyad's own dictionaries, \`dyad code --quiet\`, wall time and peak RSS of the process):"
echo
jl=$(run "$@")
xm=$(run "$D/corpus.xml")
one=$(run --max-story-bytes 104857600 "$D/one.jsonl")
spl=$(run "$D/split.jsonl")
xml_mb=$(wc -c < "$D/corpus.xml")
echo "$jl $xm $one $spl $xml_mb $(cat "$D/long.txt")" | awk '{
    printf "| %-44s | %8s | %10s | %7s | %s |\n", "input", "time", "peak RSS", "events", "exit"
    printf "|%s|%s|%s|%s|%s|\n", "----------------------------------------------", "---------:", "-----------:", "--------:", "-----"
    printf "| %-44s | %6.2f s | %6.1f MiB | %7d | %s |\n", "corpus, JSON Lines (*.jsonl.gz)", $1, $2 / 1024, $4, $3
    printf "| %-44s | %6.2f s | %6.1f MiB | %7d | %s |\n", sprintf("corpus, one PETRARCH XML file (%.0f MB)", $17 / 1e6), $5, $6 / 1024, $8, $7
    printf "| %-44s | %6.2f s | %6.1f MiB | %7d | %s |\n", sprintf("one %.1f MB story on one line (%d sentences)", $20 / 1e6, $18), $9, $10 / 1024, $12, $11
    printf "| %-44s | %6.2f s | %6.1f MiB | %7d | %s |\n", "the same sentences, one story each", $13, $14 / 1024, $16, $15
    printf "\n"
    xt = $1 > 0 ? $5 / $1 : 0
    lt = $13 > 0 ? $9 / $13 : 0
    printf "XML against JSON Lines: time %.2fx (target <= 1.10x) %s, peak %.1f MiB (target <= 50 MiB) %s\n", xt, xt <= 1.10 ? "ok" : "short", $6 / 1024, $6 / 1024 <= 50 ? "ok" : "short"
    printf "one long story against separate stories: time %.2fx (target <= 2x) %s\n", lt, lt <= 2 ? "ok" : "short"
}'

fi

# ---- part 3: threads and parallel processes on the corpus files.
if part 3; then
echo
echo "Threads and processes (dyad's own dictionaries, the corpus files):"
t1=$(run --jobs 1 "$@")
t2=$(run --jobs 2 "$@")
mkdir -p "$D/par"
start=$(date +%s.%N)
printf '%s\n' "$@" | xargs -P4 -I{} sh -c 'build/dyad code --quiet -o "$1/$(basename "$2").jsonl" "$2"' _ "$D/par" {}
end=$(date +%s.%N)
lines=$(cat "$D/par"/*.jsonl | wc -l)
broken=$(cat "$D/par"/*.jsonl | python3 -c 'import sys,json
n=0
for l in sys.stdin:
    try: json.loads(l)
    except Exception: n+=1
print(n)' 2>/dev/null || echo "?")
echo "$t1 $t2 $start $end $lines $broken" | awk '{
    r = $5 > 0 ? $1 / $5 : 0
    printf "--jobs 1: %.2f s, %d events; --jobs 2: %.2f s, %d events; speed-up %.2fx (target >= 1.8x) %s\n", $1, $4, $5, $8, r, (r >= 1.8 ? "ok" : "short")
    printf "xargs -P4, -o per file: %.2f s, %d lines, %s broken (same events as one run: %s)\n", $10 - $9, $11, $12, ($11 == $4 ? "yes" : "no")
}'

fi

# ---- part 4: the event store and the API on the corpus.
if part 4; then
echo
echo "Event store and API (the corpus in SQLite; dyad serve on it):"
[ -n "${jl:-}" ] || jl=$(run "$@")
rm -f "$D/corpus.db" "$D/corpus.db-wal" "$D/corpus.db-shm"
db=$(run --db "$D/corpus.db" "$@")
echo "$jl $db" | awk '{ r = $5 > 0 ? $1 / $5 : 0
    printf "dyad code --db (SQLite): %.2f s against %.2f s to a file: %.2fx the speed (target >= 0.80x) %s\n", $5, $1, r, (r >= 0.8 ? "ok" : "short") }'
if command -v curl >/dev/null 2>&1; then
    build/dyad serve --db "$D/corpus.db" --listen 127.0.0.1:0 >"$D/serve.out" 2>"$D/serve.err" &
    spid=$!
    i=0
    while [ $i -lt 50 ] && ! grep -q "http://" "$D/serve.err" 2>/dev/null; do sleep 0.1; i=$((i + 1)); done
    port=$(grep -o "127.0.0.1:[0-9]*" "$D/serve.err" | head -n 1 | cut -d: -f2)
    echo "$(sqlite3 "$D/corpus.db" 'SELECT count(*) FROM events' 2>/dev/null || echo '?') events, $(($(wc -c <"$D/corpus.db") / 1048576)) MiB"
    for path in "/api/timeline?per=month" "/api/timeline?per=day&source=USA" "/api/events?limit=50" \
        "/api/events?source=USA&limit=100" "/api/events?root=19&offset=500&limit=50" \
        "/api/events?text=minister&limit=50" "/api/dyads?top=40"; do
        for k in $(seq 1 40); do
            curl -s -o /dev/null -w '%{time_total} %{http_code}\n' "http://127.0.0.1:$port$path"
        done | sort -n | awk -v p="$path" '{ v[NR] = $1; if ($2 != 200) bad++ } END {
            printf "%-36s p50 %.1f ms, p95 %.1f ms (40 requests, %d not 200; target p95 <= 100 ms) %s\n", p,
                1000 * v[int(NR * 0.5)], 1000 * v[int(NR * 0.95)], bad, (v[int(NR * 0.95)] <= 0.1 && !bad ? "ok" : "short") }'
    done
    kill $spid 2>/dev/null
    wait $spid 2>/dev/null
else
    echo "no curl: API latency not measured"
fi
fi
rm -rf "$D"

# ---- part 5: Dask workers and concurrent PostgreSQL writers (docs/scale.md)
sh bench/cluster.sh
exit 0
