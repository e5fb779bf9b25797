#!/bin/sh
# tests/scale.sh: dyad past one machine (docs/scale.md) without Dask:
# contrib/parallel/dyad-parallel (GNU parallel) over six corpus shards,
# then dyad ingest, gives one run's events; resuming codes only what is
# missing; contrib/slurm's array job (run by a stand-in sbatch that runs
# each task here) gives the same; and the PostgreSQL store of schema 2:
# the same events, a version-1 store migrated in place, four writers
# ingesting at once into new month partitions, --one-transaction.
# Shards: the first 200 stories of each corpus file (1,200 stories).
# Needs GNU parallel (Debian: parallel) and, for the PostgreSQL part, a
# server at $DYAD_TEST_PG (postgresql:///dyad_test; the test works in a
# schema of its own, dropped at the end): skipped without them, a failure
# when CI=true. Closing line: "N passed, N failed".
NAME=scale
. tests/lib.sh
SHARED=${SHARED:-../shared}
PG=${DYAD_TEST_PG:-postgresql:///dyad_test}
DYAD_ABS=$PWD/$DYAD

ids() { sed -n 's/.*"event_id":"\([^"]*\)".*/\1/p' "$@" | LC_ALL=C sort; }

set -- "$SHARED"/corpus/*.jsonl.gz
if [ ! -f "$1" ]; then
    missing "scale: no corpus in $SHARED/corpus"
    finish
fi
mkdir "$t/shards"
for f in "$@"; do
    gzip -dc "$f" | head -n 200 | gzip -n >"$t/shards/$(basename "$f")"
done
set -- "$t"/shards/*.jsonl.gz
"$DYAD" code --quiet "$@" >"$t/single.jsonl"
ids "$t/single.jsonl" >"$t/single.ids"
LC_ALL=C sort "$t/single.jsonl" >"$t/single.sorted"
echo "      one dyad code run over $# shards: $(wc -l <"$t/single.ids") events"

# ---- GNU parallel
if ! command -v parallel >/dev/null; then
    missing "scale: GNU parallel is not installed (Debian: parallel)"
else
    DYAD=$DYAD_ABS contrib/parallel/dyad-parallel -o "$t/par" -j 2 --db "$t/par.db" "$@" \
        >"$t/out" 2>"$t/err"
    check "dyad-parallel -j 2 over 6 shards, then dyad ingest: exit 0" test $? -eq 0
    cat "$t/par"/*.events.jsonl | grep -v '^{"header"' | LC_ALL=C sort >"$t/par.sorted"
    check "... the shards' event lines are one run's, byte for byte" cmp -s "$t/par.sorted" "$t/single.sorted"
    check "... each shard's file starts with its --header line (dictionaries' hashes)" \
        test "$(head -qn 1 "$t/par"/*.events.jsonl | grep -c '^{"header"')" = 6
    if command -v sqlite3 >/dev/null; then
        sqlite3 "$t/par.db" 'SELECT event_id FROM events' | LC_ALL=C sort >"$t/db.ids"
        check "... and the store holds one run's event ids" cmp -s "$t/db.ids" "$t/single.ids"
    fi
    # resume: a lost shard is coded again, alone
    victim=$t/par/$(basename "$3").events.jsonl
    cp "$victim" "$t/victim"
    rm "$victim"
    DYAD=$DYAD_ABS contrib/parallel/dyad-parallel -o "$t/par" -j 2 --db "$t/par.db" "$@" \
        >"$t/out" 2>"$t/err"
    check "resume: 5 shards done, 1 coded again; the same file; the ingest skips every story" sh -c "
        grep -q '6 shards, 5 already coded, 1 to code' '$t/err' &&
        cmp -s '$victim' '$t/victim' && grep -q 'stored 0 stories (0 events)' '$t/err'"
fi

# ---- Slurm: the array job and the ingest, run here by a stand-in sbatch
mkdir "$t/bin"
cat >"$t/bin/sbatch" <<'SH'
#!/bin/sh
# a stand-in for Slurm's sbatch: runs the job now (array tasks one by one)
array=
while [ $# -gt 0 ]; do
    case $1 in
    --array=*) array=${1#--array=}; array=${array%%%*} ;;
    --parsable | --dependency=* | --output=*) ;;
    *) break ;;
    esac
    shift
done
script=$1
shift
id=$$
if [ -n "$array" ]; then
    i=${array%-*}
    while [ "$i" -le "${array#*-}" ]; do
        SLURM_ARRAY_JOB_ID=$id SLURM_ARRAY_TASK_ID=$i sh "$script" "$@" >>"$SBATCH_LOG" 2>&1 ||
            echo "task $i failed" >>"$SBATCH_LOG"
        i=$((i + 1))
    done
else
    sh "$script" "$@" >>"$SBATCH_LOG" 2>&1 || echo "job failed" >>"$SBATCH_LOG"
fi
echo "$id"
SH
chmod +x "$t/bin/sbatch"
export SBATCH_LOG="$t/sbatch.log"
PATH="$t/bin:$PATH" DYAD=$DYAD_ABS contrib/slurm/dyad-slurm "$t/slurm" "$t/slurm.db" "$@" \
    >"$t/out" 2>"$t/err"
check "dyad-slurm: an array of 6 tasks and the ingest, every task ok" \
    sh -c "grep -q '(6 tasks)' '$t/out' && ! grep -q failed '$SBATCH_LOG' && [ \$(ls '$t/slurm'/*.events.jsonl | wc -l) = 6 ]"
cat "$t/slurm"/*.events.jsonl | grep -v '^{"header"' | LC_ALL=C sort >"$t/slurm.sorted"
check "... the tasks' event lines are one run's" cmp -s "$t/slurm.sorted" "$t/single.sorted"
if command -v sqlite3 >/dev/null; then
    sqlite3 "$t/slurm.db" 'SELECT event_id FROM events' | LC_ALL=C sort >"$t/db.ids"
    check "... and the ingest job stored one run's event ids" cmp -s "$t/db.ids" "$t/single.ids"
fi
: >"$SBATCH_LOG"
PATH="$t/bin:$PATH" DYAD=$DYAD_ABS contrib/slurm/dyad-slurm "$t/slurm" "$t/slurm.db" "$@" \
    >"$t/out" 2>"$t/err"
check "dyad-slurm again: every task done earlier, nothing stored" \
    sh -c "[ \$(grep -c 'done earlier' '$SBATCH_LOG') = 6 ] && grep -q 'stored 0 stories' '$SBATCH_LOG'"

# ---- PostgreSQL, schema 2
pg_schema scale
fresh() { sql "DROP TABLE IF EXISTS events, stories, dyad_meta" >/dev/null; }

# four writers at once, each a shard's events, into an empty store: the
# schema and every month's partition made while the others write
ev=$t/slurm
fresh
pids=
for f in "$ev"/*.events.jsonl; do
    "$DYAD" ingest "$f" --db "$DB" >/dev/null 2>>"$t/writers.err" &
    pids="$pids $!"
    [ "$(echo $pids | wc -w)" = 4 ] && break
done
bad=0
for p in $pids; do wait $p || bad=$((bad + 1)); done
for f in "$ev"/*.events.jsonl; do
    "$DYAD" ingest "$f" --db "$DB" >/dev/null 2>>"$t/writers.err" || bad=$((bad + 1))
done
sql "SELECT event_id FROM events" | LC_ALL=C sort >"$t/pg.ids"
check "PostgreSQL: 4 dyad ingest at once into a new store: every one ok, no deadlock" \
    sh -c "[ $bad = 0 ] && ! grep -qi 'deadlock\|error' '$t/writers.err'"
check "... then the other shards: the store holds one run's event ids" cmp -s "$t/pg.ids" "$t/single.ids"
v=$(sql "SELECT (SELECT value FROM dyad_meta WHERE key = 'schema_version'), (SELECT count(*) FROM pg_inherits WHERE inhparent = 'events'::regclass), (SELECT count(DISTINCT month) FROM events)")
check "... schema version 2, each month a partition (version|partitions|months: $v)" \
    sh -c "echo '$v' | awk -F'|' '\$1 == 2 && \$2 == \$3 && \$2 > 5 { ok = 1 } END { exit !ok }'"
check "... each event in its story's month" test "$(sql "SELECT count(*) FROM events e JOIN stories s USING (story_id) WHERE e.month <> CASE WHEN s.date IS NULL THEN 0 ELSE CAST(substr(s.date, 1, 4) || substr(s.date, 6, 2) AS INTEGER) END")" = 0

# a story coded again replaces its events, within their partition
one=$(ls "$ev"/reuters*.events.jsonl)
sid=$(sed -n '2s/.*"story_id":"\([^"]*\)".*/\1/p' "$one")
grep "\"story_id\":\"$sid\"" "$one" | head -n 1 | sed 's/"code":"[0-9]*"/"code":"190"/' >"$t/changed.jsonl"
"$DYAD" ingest --stats "$t/changed.jsonl" --db "$DB" >"$t/out" 2>"$t/err"
check "PostgreSQL: a changed story replaces its events (1 left, code 190)" test \
    "$(sql "SELECT count(*), min(code) FROM events WHERE story_id = '$sid'")" = "1|190"

# --one-transaction: a run stopped by SIGTERM stores nothing
fresh
mkfifo "$t/fifo"
"$DYAD" ingest --one-transaction --stats - --db "$DB" <"$t/fifo" >"$t/out" 2>"$t/err" &
pid=$!
exec 3>"$t/fifo"
grep -v '^{"header"' "$ev"/*.events.jsonl | cut -d: -f2- | head -n 1000 >&3
sleep 2
kill -TERM $pid  # it waits in read(): the stop is seen at the end of its input
sleep 0.3
exec 3>&-
wait $pid
rc=$?
check "ingest --one-transaction stopped by SIGTERM: exit 143, nothing stored" \
    sh -c "[ $rc = 143 ] && [ \"\$(psql -qAt '$DB' -c 'SELECT count(*) FROM stories')\" = 0 ]"
rm "$t/fifo"
mkfifo "$t/fifo"
"$DYAD" ingest --stats - --db "$DB" <"$t/fifo" >"$t/out" 2>"$t/err" &
pid=$!
exec 3>"$t/fifo"
grep -v '^{"header"' "$ev"/*.events.jsonl | cut -d: -f2- | head -n 1000 >&3
sleep 2
kill -TERM $pid
sleep 0.3
exec 3>&-
wait $pid
check "... without it, the same run keeps the stories read ($(sql 'SELECT count(*) FROM stories'))" \
    test "$(sql 'SELECT count(*) > 100 FROM stories')" = t

# a store of schema version 1 (one events table) is migrated in place
fresh
psql -qAt "$DB" >"$t/out" 2>"$t/err" <<'SQL'
CREATE TABLE dyad_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
INSERT INTO dyad_meta VALUES ('schema_version', '1');
CREATE TABLE stories (story_id TEXT PRIMARY KEY, date TEXT, title TEXT, meta TEXT, text TEXT,
    text_hash TEXT NOT NULL, coder_version TEXT NOT NULL, dictionaries TEXT, ingested_at TEXT NOT NULL);
CREATE TABLE events (event_id TEXT PRIMARY KEY, story_id TEXT NOT NULL REFERENCES stories(story_id)
    ON DELETE CASCADE, sentence_id TEXT NOT NULL, date TEXT, source TEXT NOT NULL, target TEXT NOT NULL,
    code TEXT NOT NULL, root TEXT NOT NULL, quad INTEGER NOT NULL, goldstein REAL NOT NULL, plover TEXT,
    cameo_label TEXT, pair_id TEXT, sentence TEXT, sentence_start INTEGER, sentence_end INTEGER,
    source_text TEXT, target_text TEXT, event_text TEXT, source_start INTEGER, source_end INTEGER,
    target_start INTEGER, target_end INTEGER, verb_start INTEGER, verb_end INTEGER, json TEXT NOT NULL);
CREATE INDEX events_date ON events(date);
CREATE INDEX events_source ON events(source);
CREATE INDEX events_target ON events(target);
CREATE INDEX events_code ON events(code);
CREATE INDEX events_root ON events(root);
CREATE INDEX events_quad ON events(quad);
CREATE INDEX events_story ON events(story_id);
INSERT INTO stories VALUES ('a', '2025-01-06', NULL, NULL, NULL, 'h', '0.1.0', NULL, 'now'),
    ('b', NULL, NULL, NULL, NULL, 'h', '0.1.0', NULL, 'now');
INSERT INTO events VALUES
    ('a-1-1', 'a', 'a-1', '2025-01-06', 'DEU', 'FRA', '042', '04', 1, 1.9, NULL, NULL, NULL, NULL,
     NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '{"event_id":"a-1-1"}'),
    ('a-2-1', 'a', 'a-2', '2025-01-06', 'DEUGOV', 'FRA', '111', '11', 3, -2, NULL, NULL, NULL, NULL,
     NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '{"event_id":"a-2-1"}'),
    ('b-1-1', 'b', 'b-1', NULL, 'RUS', 'UKR', '190', '19', 4, -10, NULL, NULL, NULL, NULL,
     NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '{"event_id":"b-1-1"}');
SQL
"$DYAD" query --db "$DB" --source deu >"$t/out" 2>"$t/err"
check "schema 1 -> 2: dyad query migrates the store and answers (2 DEU events)" \
    sh -c "[ \$(wc -l <'$t/out') = 2 ] && grep -q a-2-1 '$t/out'"
check "... version 2, the events in events_p202501 and events_undated" test \
    "$(sql "SELECT (SELECT value FROM dyad_meta WHERE key = 'schema_version') || ':' || string_agg(tableoid::regclass::text || '=' || event_id, ',' ORDER BY event_id) FROM events")" = \
    "2:events_p202501=a-1-1,events_p202501=a-2-1,events_undated=b-1-1"
sql "UPDATE dyad_meta SET value = '3' WHERE key = 'schema_version'" >/dev/null
"$DYAD" query --db "$DB" >"$t/out" 2>"$t/err"
check "a store of schema version 3: refused, exit 1, named" \
    sh -c "[ $? = 1 ] && grep -q 'schema version 3, this dyad knows versions 1 and 2' '$t/err'"
finish
