#!/bin/sh
# tests/serve.sh: dyad serve end to end. A small store (tests/fixtures/store.sql,
# the schema of docs/store.md) is loaded with the sqlite3 CLI, dyad serve is
# started on a free port (--listen 127.0.0.1:0, the port read from its first
# line), every endpoint is checked with curl (status, JSON shape, filters,
# paging, 400 naming the parameter, 413, 404, the store left unchanged), then
# headless Chromium loads the page with a filter in the URL and the DOM its
# scripts made is checked; last, on a store of 50,000 more events, the
# query time limit (503) and the connection limit. The server is stopped on
# any exit. Without sqlite3, curl or chromium the cases that need them are
# skipped, except in CI (CI=true), where that is a failure. Closing line:
# "N passed, N failed".
NAME=serve
. tests/lib.sh
pid=
cleanup() {
    if [ -n "$pid" ]; then kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null; fi
    rm -rf "$t"
}
trap cleanup EXIT
trap 'exit 1' INT TERM HUP

fail() {
    echo "FAIL  $1"
    for f in "$t/body" "$t/log"; do [ -s "$f" ] && sed 's/^/      | /' "$f" | head -8; done
    failed=$((failed + 1))
}
need sqlite3 "the fixture store" || finish
need curl "the HTTP API" || finish

db=$t/store.db
sqlite3 "$db" <tests/fixtures/store.sql || { fail "fixture loads"; finish; }
sum0=$(cksum <"$db")

# Refusals before any server: no --db, a missing store, a PostgreSQL URL,
# a bad --listen.
"$DYAD" serve >/dev/null 2>"$t/err"
[ $? -eq 2 ] && grep -q -- '--db' "$t/err" && ok "serve without --db: usage, status 2" || fail "serve without --db"
"$DYAD" serve --db "$t/none.db" --listen 127.0.0.1:0 >/dev/null 2>"$t/err"
[ $? -eq 1 ] && grep -q "none.db" "$t/err" && [ ! -e "$t/none.db" ] && ok "a missing store is an error and is not created" || fail "missing store"
"$DYAD" serve --db postgresql://localhost/dyad >/dev/null 2>"$t/err"
[ $? -eq 2 ] && grep -q "SQLite" "$t/err" && ok "a PostgreSQL URL is refused: serve reads SQLite" || fail "postgresql url"
"$DYAD" serve --db "$db" --listen nowhere >/dev/null 2>"$t/err"
[ $? -eq 2 ] && grep -q -- '--listen' "$t/err" && ok "a bad --listen is named" || fail "bad --listen"

: >"$t/log"
"$DYAD" serve --db "$db" --listen 127.0.0.1:0 --max-body 4000 >"$t/log" 2>&1 &
pid=$!
port=$(serve_port "$t/log" "$pid")
if [ -z "$port" ]; then
    fail "dyad serve starts and names its port"
    finish
fi
ok "dyad serve listens on 127.0.0.1:$port"
base=http://127.0.0.1:$port

# get PATH [curl options]: the body in $t/body, the status in $status
get() {
    p=$1
    shift
    status=$(curl -s -o "$t/body" -w '%{http_code}' "$@" "$base$p")
}
has() { grep -q -- "$1" "$t/body"; }
count() { grep -o -- "$1" "$t/body" | wc -l | tr -d ' '; }
expect() {  # NAME STATUS PATTERN...
    name=$1
    want=$2
    shift 2
    good=true
    [ "$status" = "$want" ] || good=false
    for p in "$@"; do has "$p" || good=false; done
    if $good; then ok "$name"; else echo "      status $status, want $want"; fail "$name"; fi
}

get /api/events
expect "events: all of them, with total" 200 '"total":10' '"events":\['
[ "$(count '"event_id"')" = 10 ] && ok "events: 10 events listed" || fail "events: 10 listed"
has '"source_span":\[0,17\]' && has '"sentence":"The United States accused China of cyber attacks."' &&
    ok "events: spans and sentence" || fail "events: spans and sentence"
get '/api/events?source=USA'
expect "events: source is a code prefix (USA matches USAGOV)" 200 '"total":4' '"source":"USAGOV"'
has '"source":"CHN"' && fail "events: source=USA lists CHN" || ok "events: source=USA lists no other source"
get '/api/events?target=RUS&quad=4'
expect "events: target and quad together" 200 '"total":1' '"code":"163"'
get '/api/events?from=2025-02-01&to=2025-03-10'
expect "events: from and to (inclusive)" 200 '"total":4'
get '/api/events?code=043'
expect "events: code" 200 '"total":1' '"source":"CHNGOV"'
get '/api/events?root=11'
expect "events: root" 200 '"total":2'
get '/api/events?plover=CONSULT'
expect "events: plover" 200 '"total":3'
get '/api/events?text=Erdo%C4%9Fan'
expect "events: text is a substring of the sentence (UTF-8)" 200 '"total":1' '"source":"TURGOV"'
get '/api/events?text=100%25'
expect "events: text with % matches literally" 200 '"total":0'
get '/api/events?limit=3&offset=8'
expect "events: paging (limit 3 from 8 gives the last 2, total 10)" 200 '"total":10'
[ "$(count '"event_id"')" = 2 ] && ok "events: offset 8 returns 2" || fail "events: offset 8"
get '/api/events?limit=3'
[ "$(count '"event_id"')" = 3 ] && has '"us-china-1-1-1"' && ok "events: limit 3, oldest first" || fail "events: limit 3"

get '/api/events?from=2025-13-01'
expect "400 names the parameter (from)" 400 '"parameter":"from"' '"error":'
get '/api/events?limit=100000'
expect "400: limit above the page size" 400 '"parameter":"limit"'
get '/api/events?quad=5'
expect "400: quad out of 1-4" 400 '"parameter":"quad"'
get '/api/events?source=US%25'
expect "400: source with a wildcard" 400 '"parameter":"source"'
get '/api/events?sorce=USA'
expect "400: an unknown parameter is named" 400 '"parameter":"sorce"'
get "/api/events?text=%27%3B%20DROP%20TABLE%20events%3B%20--"
expect "events: SQL in text is only text" 200 '"total":0'

get '/api/timeline?per=month'
expect "timeline: per month" 200 '"per":"month"' '"period":"2025-01"' '"period":"2025-03"' '"quad":\[' '"goldstein":'
[ "$(count '"period"')" = 3 ] && ok "timeline: three months" || fail "timeline: three months"
get '/api/timeline?per=year&source=USA'
expect "timeline: per year, filtered" 200 '"period":"2025","events":4'
get '/api/timeline?per=week&from=2025-01-06&to=2025-01-06'
expect "timeline: weeks start on Monday" 200 '"period":"2025-01-06"'
get '/api/timeline?per=day&root=19'
expect "timeline: per day, quad counts" 200 '"period":"2025-02-03","events":1,"quad":\[0,0,0,1\],"goldstein":-10'
get '/api/timeline?per=fortnight'
expect "400: per" 400 '"parameter":"per"'

get '/api/dyads'
expect "dyads: edges with counts and mean Goldstein" 200 '"edges":\[' '"source":"USA","target":"CHN","events":1' '"total":10'
get '/api/dyads?top=2&target=RUS'
expect "dyads: top N with a filter" 200 '"total":3'
[ "$(count '"source"')" = 2 ] && ok "dyads: top=2 gives 2 edges" || fail "dyads: top=2"
get '/api/dyads?top=0'
expect "400: top" 400 '"parameter":"top"'

get '/api/actors?q=US'
expect "actors: codes starting with q, with counts" 200 '"code":"USA","events":4' '"code":"USAGOV"'
has '"code":"RUS"' && fail "actors: q=US lists RUS" || ok "actors: only the prefix"
get '/api/actors?q=U%27'
expect "400: q" 400 '"parameter":"q"'

get /api/stories/usa-rus
expect "stories: text and every event with spans" 200 '"story_id":"usa-rus"' '"text":"The United States imposed' '"verb_span":\[' '"title":"Sanctions on Russia"'
[ "$(count '"event_id"')" = 2 ] && ok "stories: its 2 events" || fail "stories: 2 events"
get /api/stories/no-such-story
expect "stories: 404 for an unknown story" 404 '"error":'

get /api/nothing
expect "404 for an unknown API path, as JSON" 404 '"error":'
get /nothing.html
expect "404 for an unknown page" 404
get /api/events -X DELETE
expect "405 for a method the path does not take" 405 '"error":'

post() {
    status=$(curl -s -o "$t/body" -w '%{http_code}' -H 'Content-Type: application/json' \
        --data-binary "$1" "$base/api/code")
}
post '{"text":"The United States accused China of cyber attacks.","date":"2025-01-06"}'
expect "POST /api/code: the event, not stored" 200 '"source":"USA","target":"CHN","code":"1125"' '"date":"2025-01-06"'
get '/api/events'
expect "POST /api/code stored nothing" 200 '"total":10'
post '{"text":"North Korean leader Kim Jong-un visited Beijing.","date":"2025-09-02"}'
expect "POST /api/code: dated codes, numbers as dyad code writes them" 200 '"source":"PRKGOV","target":"CHN","code":"042"' '"goldstein":1.9,'
post '{"text":"The United States accused China of cyber attacks.","date":"2025-02-30"}'
expect "POST /api/code: 400 names date" 400 '"parameter":"date"'
post '{"date":"2025-01-06"}'
expect "POST /api/code: 400 names text" 400 '"parameter":"text"'
post '{"text": 3'
expect "POST /api/code: 400 on bad JSON" 400 '"parameter":"body"'
head -c 6000 /dev/zero | tr '\0' a >"$t/big"
status=$(curl -s -o "$t/body" -w '%{http_code}' -H 'Content-Type: application/json' \
    --data-binary @"$t/big" "$base/api/code")
expect "POST /api/code: 413 on a body over --max-body" 413 '"error":'
status=$(curl -s -o "$t/body" -w '%{http_code}' -H 'Content-Type: application/json' \
    -H 'Transfer-Encoding: chunked' --data-binary @"$t/big" "$base/api/code")
expect "POST /api/code: 413 on a chunked body over --max-body" 413 '"error":'
get /api/code
expect "GET /api/code: 405" 405

get /api/openapi.json
expect "openapi.json" 200 '"openapi": *"3' '"/api/events"' '"/api/timeline"' '"/api/dyads"' '"/api/actors"' '"/api/stories/{id}"' '"/api/code"'
get /
expect "the page" 200 '<svg id="timeline"' '<svg id="network"' 'app.js'
get /app.js
expect "the page's script" 200 'api/events'

[ "$(cksum <"$db")" = "$sum0" ] && ok "the store is unchanged" || fail "the store is unchanged"
grep -q "readonly\|read-only" "$t/log" && ok "serve says the store is opened read-only" || fail "read-only log"

if need chromium "the web page"; then
    dom=$t/dom.html
    timeout 60 chromium --headless --disable-gpu --no-sandbox --user-data-dir="$t/chrome" \
        --virtual-time-budget=10000 --dump-dom "$base/?source=USA&per=month" >"$dom" 2>"$t/chrome.log"
    cp "$dom" "$t/body"
    has 'data-ready="yes"' && ok "page: scripts ran" || fail "page: scripts ran"
    [ "$(count '<tr data-event=')" = 4 ] && ok "page: the table has the 4 USA events" || fail "page: table rows"
    has 'data-event="prk-chn' && fail "page: the URL filter was not applied" || ok "page: the URL filter source=USA applied"
    has 'id="f-source"[^>]*value="USA"' || has 'value="USA"[^>]*id="f-source"'
    [ $? -eq 0 ] && ok "page: the filter box shows USA" || fail "page: filter box"
    tr '\n' ' ' <"$dom" | sed 's/<svg id="network".*//' >"$t/tl"
    grep -q '<svg id="timeline"[^>]*>.*<rect' "$t/tl" && ok "page: the timeline SVG has bars" || fail "page: timeline bars"
    tr '\n' ' ' <"$dom" | sed -n 's/.*\(<svg id="network".*<\/svg>\).*/\1/p' >"$t/nw"
    grep -q '<circle' "$t/nw" && grep -q '<line' "$t/nw" && ok "page: the network SVG has nodes and edges" ||
        fail "page: network"
    # an event in the URL opens its sentence, source, verb and target marked
    timeout 60 chromium --headless --disable-gpu --no-sandbox --user-data-dir="$t/chrome" \
        --virtual-time-budget=10000 --dump-dom "$base/?source=USA&event=usa-rus-1-1" >"$dom" 2>"$t/chrome.log"
    cp "$dom" "$t/body"
    has '<mark class="src">The United States</mark> <mark class="verb">imposed</mark> sanctions on <mark class="tgt">Russia</mark>' &&
        ok "page: event= opens the sentence with source, verb and target marked" || fail "page: event="
    has '<tr data-event="usa-rus-1-1" class="open">' && ok "page: its row is marked" || fail "page: row marked"
    # a screenshot of the page, kept under the build folder for people to look at
    mkdir -p "${BUILD:-build}"
    timeout 60 chromium --headless --disable-gpu --no-sandbox --user-data-dir="$t/chrome" \
        --virtual-time-budget=10000 --window-size=1280,1600 \
        --screenshot="${BUILD:-build}/serve-fixture.png" "$base/?source=USA&event=usa-rus-1-1" >/dev/null 2>"$t/chrome.log"
    [ -s "${BUILD:-build}/serve-fixture.png" ] && ok "page: screenshot ${BUILD:-build}/serve-fixture.png" ||
        fail "page: screenshot" "$t/chrome.log"
fi

# 200 requests at once: every one answered (200, or 503 when over a limit),
# none left hanging or refused
if need curl "concurrent requests"; then
    seq 1 200 | xargs -P 50 -I{} curl -s -m 20 -o /dev/null -w '%{http_code}\n' \
        "$base/api/events?source=USA&limit=5&offset={}" >"$t/codes" 2>/dev/null
    n=$(grep -c . "$t/codes")
    other=$(grep -vc '^200$\|^503$' "$t/codes")
    [ "$n" = 200 ] && [ "$other" = 0 ] && ok "200 concurrent requests: all answered (200 or 503)" ||
        { echo "      $n answered, $other other codes: $(sort "$t/codes" | uniq -c | tr '\n' ' ')"; fail "200 concurrent requests"; }
fi

kill "$pid"
wait "$pid"
rc=$?
pid=
[ $rc -eq 0 ] && ok "SIGTERM stops the server, status 0" || { echo "      status $rc"; fail "SIGTERM"; }

# Limits on a bigger store: a query over --query-ms is stopped (503), and a
# connection over --max-connections is closed while another is open.
big=$t/big.db
cp "$db" "$big"
sqlite3 "$big" "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 50000)
  INSERT INTO events SELECT 'x-' || i || '-1-1', story_id, sentence_id, date, source, target, code,
  root, quad, goldstein, plover, cameo_label, pair_id, sentence, sentence_start, sentence_end,
  source_text, target_text, event_text, source_start, source_end, target_start, target_end,
  verb_start, verb_end, '{}' FROM n, events WHERE events.event_id = 'usa-rus-1-1';"
: >"$t/log"
"$DYAD" serve --db "$big" --listen 127.0.0.1:0 --query-ms 1 --max-connections 1 >"$t/log" 2>&1 &
pid=$!
port=$(serve_port "$t/log" "$pid")
base=http://127.0.0.1:$port
get '/api/events?text=no%20such%20words'
expect "a query over --query-ms: 503" 503 '"error":'
# one connection held open by a slow upload; the next one is closed
(sleep 3; echo '{}') | curl -s -o /dev/null -X POST -H 'Content-Type: application/json' -T - \
    "$base/api/code" &
held=$!
sleep 1
get /api/openapi.json
[ "$status" = 000 ] && ok "a connection over --max-connections is closed" ||
    { echo "      status $status"; fail "--max-connections"; }
wait "$held"
get /
expect "the server goes on after both" 200 '<svg id="timeline"'
kill "$pid"
wait "$pid"
pid=
finish
