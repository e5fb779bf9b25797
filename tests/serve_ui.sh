#!/bin/sh
# tests/serve_ui.sh: the web page of dyad serve driven like a user, in
# headless Chromium through Debian's chromedriver (W3C WebDriver over HTTP,
# scripted with curl and jq). The store is a fixed part of the corpus: the
# first 1,000 stories of allsides-politics-001.jsonl.gz (all dated; about
# 3,200 events over 11 months), coded with `dyad code --db`. Checked against
# the API's own answers: the timeline's bars per period, the network's nodes
# and edges, the table's rows; then a filter typed and chosen in the form
# and applied with the Apply button (the URL carries it, and the timeline,
# network and table become the API's for that filter); then a click on a
# table row opens its sentence with the source, verb and target marked from
# the spans. Screenshots: build/serve-page.png, build/serve-filtered.png,
# build/serve-sentence.png. chromedriver, Chromium and dyad serve are
# stopped on any exit. Without chromium, chromedriver, jq or curl (or the
# corpus) the test is skipped, except in CI (CI=true), where that fails.
NAME=serve_ui
. tests/lib.sh

SHARED=${SHARED:-../shared}
PART=$SHARED/corpus/allsides-politics-001.jsonl.gz
STORIES=1000
spid=
cdpid=
session=
wdbase=
cleanup() {
    if [ -n "$session" ]; then
        curl -s -m 10 -X DELETE "$wdbase/session/$session" >/dev/null 2>&1
    fi
    # chromedriver runs in a process group of its own (setsid), with the
    # browser it started: the whole group goes
    if [ -n "$cdpid" ]; then
        kill -- "-$cdpid" 2>/dev/null || kill "$cdpid" 2>/dev/null
        wait "$cdpid" 2>/dev/null
    fi
    if [ -n "$spid" ]; then kill "$spid" 2>/dev/null; wait "$spid" 2>/dev/null; fi
    rm -rf "$t"
}
trap cleanup EXIT
trap 'exit 1' INT TERM HUP

for tool in curl jq chromium chromedriver setsid; do
    need $tool "the web page driven in a browser" || finish
done
if [ ! -f "$PART" ]; then
    if [ "${CI:-}" = true ]; then fail "$PART not found"; else echo "skip  $PART not found"; fi
    finish
fi

# ---- the store and the server
gzip -dc "$PART" | head -n $STORIES >"$t/part.jsonl"
"$DYAD" code --quiet --db "$t/ui.db" "$t/part.jsonl" 2>"$t/err"
check "dyad code --db: the first $STORIES stories of $(basename "$PART")" [ -s "$t/ui.db" ]

"$DYAD" serve --db "$t/ui.db" --listen 127.0.0.1:0 >"$t/serve.log" 2>&1 &
spid=$!
port=$(serve_port "$t/serve.log" "$spid")
[ -n "$port" ] || { fail "dyad serve starts" "$t/serve.log"; finish; }
base=http://127.0.0.1:$port

# api PATH: the API's answer (stdout)
api() { curl -s -m 30 "$base$1"; }

# ---- chromedriver and a session
setsid chromedriver --port=0 >"$t/chromedriver.log" 2>&1 &
cdpid=$!
wdport=
i=0
while [ $i -lt 100 ] && [ -z "$wdport" ]; do
    sleep 0.1
    wdport=$(sed -n 's/.*started successfully on port \([0-9][0-9]*\).*/\1/p' "$t/chromedriver.log")
    kill -0 "$cdpid" 2>/dev/null || break
    i=$((i + 1))
done
[ -n "$wdport" ] || { fail "chromedriver starts" "$t/chromedriver.log"; finish; }
wdbase=http://127.0.0.1:$wdport

# wd METHOD PATH [JSON]: a WebDriver command of the session; its "value" on
# stdout (JSON), status 1 when the answer is a WebDriver error
wd() {
    if [ -n "${3:-}" ]; then
        curl -s -m 60 -X "$1" -H 'Content-Type: application/json' --data-binary "$3" \
            "$wdbase/session/$session$2" >"$t/wd"
    else
        curl -s -m 60 -X "$1" "$wdbase/session/$session$2" >"$t/wd"
    fi
    jq -e '.value | (type != "object") or (has("error") | not)' "$t/wd" >/dev/null || {
        echo "      webdriver $1 $2: $(head -c 300 "$t/wd")"
        return 1
    }
    jq -c '.value' "$t/wd"
}
# js SCRIPT: run SCRIPT (a function body) in the page; its return value as JSON
js() { wd POST /execute/sync "$(jq -nc --arg s "$1" '{script: $s, args: []}')"; }
# wait_for EXPR: poll until EXPR is true in the page (20 s)
wait_for() {
    n=0
    while [ $n -lt 200 ]; do
        [ "$(js "return !!($1);")" = true ] && return 0
        sleep 0.1
        n=$((n + 1))
    done
    return 1
}
# element CSS: the WebDriver id of the first element matching CSS
element() {
    wd POST /element "$(jq -nc --arg s "$1" '{using: "css selector", value: $s}')" |
        jq -r '.[]'
}
click() { e=$(element "$1") && [ -n "$e" ] && wd POST "/element/$e/click" '{}' >/dev/null; }
# screenshot FILE: the window as PNG
screenshot() {
    wd GET /screenshot | jq -r . | base64 -d >"$1" 2>/dev/null &&
        [ "$(head -c 8 "$1" | od -An -tx1 | tr -d ' \n')" = 89504e470d0a1a0a ]
}

caps=$(jq -nc --arg bin "$(command -v chromium)" --arg dir "$t/chrome" '{capabilities: {alwaysMatch: {
    browserName: "chrome", "goog:chromeOptions": {binary: $bin, args: ["--headless=new",
    "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1280,1800",
    "--user-data-dir=\($dir)"]}}}}')
session=$(curl -s -m 60 -H 'Content-Type: application/json' --data-binary "$caps" \
    "$wdbase/session" | tee "$t/wd" | jq -r '.value.sessionId // empty')
[ -n "$session" ] || { fail "a WebDriver session in headless Chromium" "$t/wd" "$t/chromedriver.log"; finish; }
ok "chromedriver: a session in headless Chromium"

# ---- what the page drew, read from its DOM (the tests compare it with the API)
TIMELINE='return [...document.querySelectorAll("#timeline g.period")].map((g) => {
  const q = [0, 0, 0, 0];
  for (const r of g.querySelectorAll("rect")) q[+r.dataset.quad - 1] += +r.dataset.n;
  return [g.dataset.period, +g.dataset.events].concat(q); });'
# bar heights in proportion to the counts: height / events the same for every period
HEIGHTS='const k = [...document.querySelectorAll("#timeline g.period")].map((g) =>
  [...g.querySelectorAll("rect")].reduce((a, r) => a + +r.getAttribute("height"), 0) /
  [...g.querySelectorAll("rect")].reduce((a, r) => a + +r.dataset.n, 0));
return k.length > 0 && k.every((x) => Math.abs(x - k[0]) < 1e-6 * k[0]);'
EDGES='return [...document.querySelectorAll("#network line[data-source]")].map((l) =>
  [l.dataset.source, l.dataset.target, +l.dataset.events]).sort();'
NODES='return [...document.querySelectorAll("#network g.node")].map((g) => g.dataset.actor).sort();'
ROWS='return [...document.querySelectorAll("#events tbody tr")].map((tr) =>
  [tr.dataset.event].concat([...tr.cells].slice(0, 4).map((c) => c.textContent)));'

# same NAME A B: ok when the two JSON values are equal
same() {
    if [ -n "$2" ] && [ "$(echo "$2" | jq -cS .)" = "$(echo "$3" | jq -cS .)" ]; then
        ok "$1"
    else
        echo "      page: $(echo "$2" | head -c 300)"
        echo "      api:  $(echo "$3" | head -c 300)"
        fail "$1"
    fi
}

# check_view FILTER PER NAME: the timeline, network and table against the API
check_view() {
    f=$1
    tl_api=$(api "/api/timeline?${f}per=$2" | jq -c '[.periods[] | [.period, .events] + .quad]')
    [ "$(echo "$tl_api" | jq length)" -gt 1 ] || fail "$3: the API gives more than one period"
    same "$3: the timeline's bars per $2 are /api/timeline's ($(echo "$tl_api" | jq length) periods)" \
        "$(js "$TIMELINE")" "$tl_api"
    [ "$(js "$HEIGHTS")" = true ] && ok "$3: bar heights in proportion to the counts" ||
        fail "$3: bar heights"
    api "/api/dyads?${f}top=40" >"$t/dyads"
    same "$3: the network's edges are /api/dyads's ($(jq '.edges | length' "$t/dyads") pairs)" \
        "$(js "$EDGES")" "$(jq -c '[.edges[] | [.source, .target, .events]] | sort' "$t/dyads")"
    same "$3: the network's nodes are the actors of those pairs" "$(js "$NODES")" \
        "$(jq -c '[.edges[] | .source, .target] | unique' "$t/dyads")"
    api "/api/events?${f}limit=50&offset=0" >"$t/events"
    same "$3: the table's rows are /api/events's, in order ($(jq '.events | length' "$t/events") of $(jq .total "$t/events"))" \
        "$(js "$ROWS")" \
        "$(jq -c '[.events[] | [.event_id, .date // "", .source, .target, .code]]' "$t/events")"
    total=$(jq .total "$t/events")
    note=$(js 'return document.getElementById("ev-note").textContent;')
    case "$note" in
    *" of $total\"") ok "$3: the table says 'of $total'" ;;
    *) echo "      note $note"; fail "$3: the table's count" ;;
    esac
}

# ---- the page as it opens
wd POST /url "$(jq -nc --arg u "$base/" '{url: $u}')" >/dev/null
if wait_for 'document.body.dataset.ready === "yes"'; then
    ok "page: loaded, scripts ran"
else
    fail "page: loaded" "$t/wd"
    finish
fi
check_view "" month "page"
mkdir -p "$BUILD"
screenshot "$BUILD/serve-page.png" && ok "page: screenshot $BUILD/serve-page.png" || fail "page: screenshot"

# ---- a filter through the form: type a source, choose a quad class and
# years, press Apply
loads=$(js 'return +document.body.dataset.loads;')
e=$(element '#f-source')
wd POST "/element/$e/clear" '{}' >/dev/null
wd POST "/element/$e/value" '{"text": "USA"}' >/dev/null
click '#f-quad option[value="3"]'
click '#f-per option[value="year"]'
click '#apply' && ok "form: USA typed, quad 3 and year chosen, Apply clicked" || fail "form: the clicks"
wait_for "+document.body.dataset.loads > $loads && document.body.dataset.ready === 'yes'" &&
    ok "form: the page loaded again" || fail "form: the page loaded again"
url=$(wd GET /url | jq -r .)
case "$url" in
*\?*source=USA*) case "$url" in *quad=3*per=year* | *per=year*quad=3*) good=true ;; *) good=false ;; esac ;;
*) good=false ;;
esac
$good && ok "form: the URL carries the filter ($url)" || { echo "      $url"; fail "form: the URL"; }
check_view "source=USA&quad=3&" year "filtered"
before=$(api "/api/events?limit=1" | jq .total)
[ "$total" -lt "$before" ] && ok "filtered: fewer events than without the filter ($total < $before)" ||
    fail "filtered: fewer events"
screenshot "$BUILD/serve-filtered.png" && ok "filtered: screenshot $BUILD/serve-filtered.png" ||
    fail "filtered: screenshot"

# ---- a click on a row opens its sentence: the first event of the table with
# the three spans and its sentence
ev=$(jq -c '[.events[] | select(.source_span and .verb_span and .target_span and .sentence and .sentence_span)][0]' "$t/events")
id=$(echo "$ev" | jq -r '.event_id // empty')
[ -n "$id" ] || { fail "filtered: an event with its spans in the table"; finish; }
click "#events tr[data-event=\"$id\"]" && ok "table: row $id clicked" || fail "table: row clicked"
wait_for "document.getElementById('story').dataset.event === '$id' && document.querySelector('#story p.sentence mark')" &&
    ok "sentence: opened" || fail "sentence: opened"
story=$(echo "$ev" | jq -r .story_id)
api "/api/stories/$(jq -rn --arg s "$story" '$s | @uri')" >"$t/story"
want=$(jq -c --arg id "$id" '(.events[] | select(.event_id == $id)) as $e |
    ($e.sentence_span[0]) as $b | [$e.sentence,
    ($e.source_span, $e.verb_span, $e.target_span | . as $s | $e.sentence[($s[0] - $b):($s[1] - $b)])]' "$t/story")
got=$(js 'const p = document.querySelector("#story p.sentence");
  const m = (c) => [...p.querySelectorAll("mark." + c)].map((x) => x.textContent).join("");
  return [p.textContent, m("src"), m("verb"), m("tgt")];')
same "sentence: the sentence, with source, verb and target marked from the spans" "$got" "$want"
echo "$want" | jq -e '.[1] != "" and .[2] != "" and .[3] != ""' >/dev/null &&
    ok "sentence: the three marks are not empty" || fail "sentence: empty marks"
title=$(jq -r '.story.title // .story.story_id' "$t/story")
[ "$(js 'return document.querySelector("#story h3").textContent;' | jq -r .)" = "$title" ] &&
    ok "sentence: the story's title" || fail "sentence: title"
[ "$(js "return document.querySelector('#events tr.open').dataset.event;" | jq -r .)" = "$id" ] &&
    ok "sentence: its row is marked open" || fail "sentence: row open"
url=$(wd GET /url | jq -r .)
case "$url" in
*event=*) [ "$(jq -rn --arg u "$url" '$u | capture("event=(?<e>[^&]*)").e')" = "$(jq -rn --arg s "$id" '$s | @uri')" ] ;;
*) false ;;
esac && ok "sentence: the URL carries event=$id" || { echo "      $url"; fail "sentence: URL"; }
js 'document.getElementById("story-panel").scrollIntoView(); return true;' >/dev/null
screenshot "$BUILD/serve-sentence.png" && ok "sentence: screenshot $BUILD/serve-sentence.png" ||
    fail "sentence: screenshot"

wd DELETE "" >/dev/null && session= && ok "session closed"
finish
