#!/bin/sh
# bench/cluster.sh: dyad past one machine (docs/scale.md), part 5 of
# `make bench` (bench/run.sh calls it; it can run alone from the checkout):
#  1. dyad.dask.code_files over the whole corpus on a LocalCluster of 1 and
#     of 2 worker processes (one thread each): stories/s, sentences/s and
#     the speed-up (target >= 1.7x on 2 cores), against one `dyad code`.
#  2. `dyad ingest` of the corpus's events into PostgreSQL (schema 2, a new
#     store each time, so every month's partition is made on the way) by 1,
#     2 and 4 writers at once, each a disjoint quarter or half of the
#     stories: events/s; then the bytes per event of the store, without the
#     story texts (ingest) and with them (dyad code --db).
# Needs build/dyad and build/libdyad.so (make all shared), Debian's
# python3-dask/python3-distributed, and a server at $DYAD_TEST_PG
# (postgresql:///dyad_test; a schema of its own, dropped at the end);
# a missing part is said and skipped.
cd "$(dirname "$0")/.." || exit 0
CORPUS=${CORPUS_DIR:-../shared/corpus}
PG=${DYAD_TEST_PG:-postgresql:///dyad_test}
PYTHON=${PYTHON:-/usr/bin/python3}
set -- "$CORPUS"/*.jsonl.gz
[ -f "$1" ] || { echo "bench: no $CORPUS/*.jsonl.gz; skipping the cluster part"; exit 0; }
make -s shared >/dev/null 2>&1 || { echo "bench: make shared failed; skipping the cluster part"; exit 0; }
D=$(mktemp -d)
export DASK_TEMPORARY_DIRECTORY="$D"
trap 'rm -rf "$D"' EXIT
now() { date +%s.%N; }

echo
echo "Past one machine (docs/scale.md): Dask, and concurrent writers into PostgreSQL:"
echo
s0=$(now)
build/dyad code --quiet --stats "$@" >"$D/all.jsonl" 2>"$D/stats"
s1=$(now)
sentences=$(sed -n 's/.*sentences \([0-9]*\),.*/\1/p' "$D/stats")
stories=$(sed -n 's/^stories \([0-9]*\),.*/\1/p' "$D/stats")
events=$(wc -l <"$D/all.jsonl")
echo "$s0 $s1 $stories $sentences $events" | awk '{ t = $2 - $1
    printf "one dyad code (1 core): %d stories, %d sentences, %d events in %.2f s: %.0f stories/s, %.0f sentences/s\n", $3, $4, $5, t, $3 / t, $4 / t }'

if "$PYTHON" -c 'import dask.bag, distributed' 2>/dev/null; then
    cat >"$D/run_dask.py" <<'PY'
import sys, time
from dask.distributed import Client, LocalCluster
import dyad.dask
if __name__ == "__main__":
    n, files = int(sys.argv[1]), sys.argv[2:]
    with LocalCluster(n_workers=n, threads_per_worker=1, processes=True,
                      dashboard_address=None) as cluster, Client(cluster) as client:
        client.run(lambda: dyad.code("Kim Jong-un visited Beijing."))  # load the dictionaries
        cpu = lambda: sum(w["cpu_seconds"] for w in client.run(dyad.dask.worker_info).values())
        c, t = cpu(), time.time()
        bag = dyad.dask.code_files(files, client=client, stories_per_partition=500)
        count = bag.count().compute()
        print("%.3f %d %.3f" % (time.time() - t, count, cpu() - c))
PY
    r1=$(DYAD_LIBRARY=$PWD/build/libdyad.so PYTHONPATH=$PWD/python "$PYTHON" "$D/run_dask.py" 1 "$@" 2>"$D/dask1.err")
    r2=$(DYAD_LIBRARY=$PWD/build/libdyad.so PYTHONPATH=$PWD/python "$PYTHON" "$D/run_dask.py" 2 "$@" 2>"$D/dask2.err")
    echo "$r1 $r2 $stories $sentences $events" | awk 'NF == 9 { x = $4 > 0 ? $1 / $4 : 0
        printf "dyad.dask, 1 worker:  %.2f s (workers CPU %.2f s), %d events (%s), %.0f stories/s, %.0f sentences/s\n", $1, $3, $2, ($2 == $9 ? "= one run" : "NOT one run"), $7 / $1, $8 / $1
        printf "dyad.dask, 2 workers: %.2f s (workers CPU %.2f s), %d events (%s), %.0f stories/s, %.0f sentences/s\n", $4, $6, $5, ($5 == $9 ? "= one run" : "NOT one run"), $7 / $4, $8 / $4
        printf "2 workers against 1: %.2fx (target >= 1.7x) %s; per core of worker CPU: %.0f sentences/s\n", x, (x >= 1.7 ? "ok" : "short"), $8 / $6 }
        NF != 9 { print "dyad.dask: a run failed" }'
    [ -n "$r1" ] && [ -n "$r2" ] || tail -n 5 "$D"/dask*.err
else
    echo "no python3-dask/python3-distributed for $PYTHON: the Dask lines are skipped"
fi

if ! command -v psql >/dev/null || ! psql -qAt "$PG" -c 'SELECT 1' >/dev/null 2>&1; then
    echo "no PostgreSQL server at $PG: the ingest lines are skipped"
    exit 0
fi
S=dyad_bench_$$
psql -qAt "$PG" -c "CREATE SCHEMA $S" >/dev/null
trap 'psql -qAt "$PG" -c "DROP SCHEMA IF EXISTS $S CASCADE" >/dev/null 2>&1; rm -rf "$D"' EXIT
case "$PG" in *\?*) DB="$PG&options=-csearch_path%3D$S" ;; *) DB="$PG?options=-csearch_path%3D$S" ;; esac
sql() { psql -qAt "$DB" -c "$1"; }
# four quarters of the stories (a story's lines together, as dyad code wrote them)
awk -v d="$D" '{ s = $0; sub(/.*"story_id":"/, "", s); sub(/".*/, "", s)
    if (s != last) { k = (k + 1) % 4; last = s } print > (d "/q" k ".jsonl") }' "$D/all.jsonl"
for w in 1 2 4; do
    sql "DROP TABLE IF EXISTS events, stories, dyad_meta" >/dev/null 2>&1
    s0=$(now)
    case $w in
    1) build/dyad ingest "$D"/q0.jsonl "$D"/q1.jsonl "$D"/q2.jsonl "$D"/q3.jsonl --db "$DB" 2>"$D/err1" ;;
    2) build/dyad ingest "$D"/q0.jsonl "$D"/q1.jsonl --db "$DB" 2>"$D/err1" &
       build/dyad ingest "$D"/q2.jsonl "$D"/q3.jsonl --db "$DB" 2>"$D/err2"
       wait ;;
    4) for k in 0 1 2; do build/dyad ingest "$D/q$k.jsonl" --db "$DB" 2>"$D/err$k" & done
       build/dyad ingest "$D/q3.jsonl" --db "$DB" 2>"$D/err3"
       wait ;;
    esac
    s1=$(now)
    n=$(sql "SELECT count(*) FROM events")
    errs=$(cat "$D"/err* | grep -c .)
    echo "$s0 $s1 $n $w $errs $events" | awk '{ t = $2 - $1
        printf "dyad ingest into PostgreSQL, %d writer%s at once: %d events in %.2f s: %.0f events/s (%d messages; %s)\n", $4, ($4 > 1 ? "s" : " "), $3, t, $3 / t, $5, ($3 == $6 ? "every event" : "NOT every event") }'
    rm -f "$D"/err*
done
sql "VACUUM ANALYZE" >/dev/null 2>&1
b=$(sql "SELECT (SELECT sum(pg_total_relation_size(c.oid)) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p')), (SELECT count(*) FROM events), (SELECT count(*) FROM stories)")
sql "DROP TABLE IF EXISTS events, stories, dyad_meta" >/dev/null 2>&1
s0=$(now)
build/dyad code --quiet --db "$DB" "$@" 2>/dev/null
s1=$(now)
sql "VACUUM ANALYZE" >/dev/null 2>&1
c=$(sql "SELECT (SELECT sum(pg_total_relation_size(c.oid)) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p')), (SELECT count(*) FROM events), (SELECT count(*) FROM stories)")
echo "$b|$c|$s0|$s1" | awk -F'|' '{
    printf "store size, events ingested (no story text): %.1f MB for %d events, %d stories: %.0f bytes/event\n", $1 / 1e6, $2, $3, $1 / $2
    printf "store size, dyad code --db (story texts kept): %.1f MB for %d events, %d stories: %.0f bytes/event (%.2f s to code and store)\n", $4 / 1e6, $5, $6, $4 / $5, $8 - $7 }'
exit 0
