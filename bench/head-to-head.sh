#!/usr/bin/env bash
# Issue 15's head-to-head, as run for bench/RESULTS.md ("Request cost"): this gateway before and
# after a change, GraphQL Mesh, and two floors (bench/floor-server.ts: GraphQL over our resolvers
# without yoga; bench/rest-floor.ts: the same upstream calls with no GraphQL at all), back to back on
# the shared harness (a copy of ../shared/peer with `npm ci` done there and in its mesh/). Then one
# connection at 20 ms upstream latency (added latency), with autocannon and with
# bench/sequential-latency.ts (to 0.01 ms). Results: $PEER/results/$TAG-*, tables in $TAG-report*.md
# and $TAG-sequential-c1.txt.
#
#   PEER=/path/to/peer-copy BEFORE=/path/to/before-checkout-with-dist bash bench/head-to-head.sh TAG
#
# Env: RUNS DURATION WARMUP (3, 8, 4). Every pass starts its own processes and stops them (run-all.sh).
set -uo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
: "${PEER:?PEER: a copy of the shared peer harness, npm ci done}" "${BEFORE:?BEFORE: a checkout with dist/ built}"
tag=${1:-h2h}
cd "$PEER"
spec=${SPEC:-$(cd "$root/../.." 2>/dev/null && pwd)/shared/docs/metronome-openapi.json}
[[ -f "$spec" ]] || spec=/work/shared/docs/metronome-openapi.json
common=(UPSTREAM=static UPSTREAM_SPEC="$spec" UPSTREAM_PORT=4710 PROXY_PORT=4711 DIRECT=0 RUNS="${RUNS:-3}" DURATION="${DURATION:-8}" WARMUP="${WARMUP:-4}")
ours_env="env AUTH_MODE=passthrough RATE_LIMIT_PER_MINUTE=0 LOG_LEVEL=warn METRONOME_BASE_URL=http://127.0.0.1:4711 METRONOME_BEARER_TOKEN=unused NODE_ENV=production"
ours=(QUERY_DIR=queries/ours GATEWAY_PORT=4730 GATEWAY_PREPARE=)
after="node --max-semi-space-size=32 $root/dist/main.js"   # as npm run start:prod and the Dockerfile run it
# An OTLP sink for the tracing pass: accepts and drops spans.
node -e "require('http').createServer((q,r)=>{q.resume();q.on('end',()=>{r.writeHead(200,{'content-type':'application/json'});r.end('{}')})}).listen(4719,'127.0.0.1')" &
sink=$!
trap 'kill $sink 2>/dev/null' EXIT
mkdir -p results
log() { echo "== $(date -u +%T) load $(cut -d' ' -f1-3 /proc/loadavg) $*" | tee -a "results/$tag-times.txt"; }
pass() { # pass NAME QUERIES START [extra env...]
  local name=$1 queries=$2 start=$3; shift 3
  log "$name"
  env "${common[@]}" "${ours[@]}" "$@" QUERIES="$queries" LATENCIES=0 RUN_ID="$tag-$name" GATEWAY_NAME="$name" GATEWAY_START="$start" bash run-all.sh >/dev/null 2>&1
}
Q="single-customer dashboard"
pass ours-before "$Q" "$ours_env node $BEFORE/dist/main.js"
pass ours-after "$Q" "$ours_env $after"
log mesh
env "${common[@]}" GATEWAY_PORT=4720 QUERIES="$Q" LATENCIES=0 RUN_ID="$tag-mesh" bash run-all.sh >/dev/null 2>&1
pass ours-after-noflag "$Q" "$ours_env node $root/dist/main.js"
pass ours-tracing single-customer "$ours_env OTEL_EXPORTER_OTLP_ENDPOINT=http://127.0.0.1:4719 $after"
tsx="--import file://$root/node_modules/tsx/dist/loader.mjs"
pass floor "$Q" "$ours_env node --max-semi-space-size=32 $tsx $root/bench/floor-server.ts"
pass rest-floor "$Q" "$ours_env node --max-semi-space-size=32 $tsx $root/bench/rest-floor.ts"
c1=(CONNECTIONS=1 LATENCIES=20 DURATION=5 WARMUP=2 RUNS=3)
log ours-after-c1
env "${common[@]}" "${c1[@]}" DIRECT=1 "${ours[@]}" QUERIES="$Q" RUN_ID="$tag-ours-after-c1" GATEWAY_NAME=ours-after GATEWAY_START="$ours_env $after" bash run-all.sh >/dev/null 2>&1
log mesh-c1
env "${common[@]}" "${c1[@]}" GATEWAY_PORT=4720 QUERIES="$Q" RUN_ID="$tag-mesh-c1" bash run-all.sh >/dev/null 2>&1
# The same at a tenth of a millisecond (bench/sequential-latency.ts): direct REST, ours, Mesh, one at a time.
log sequential-c1
seq="node $tsx $root/bench/sequential-latency.ts --n ${SEQ_N:-300}"
started=()
bg() { "$@" >/dev/null 2>&1 & started+=($!); }
wait_for() { for _ in $(seq 100); do curl -s -o /dev/null -XPOST -H 'content-type: application/json' -d '{"query":"{__typename}"}' "$1" && return; sleep 0.3; done; }
bg env PORT=4710 SPEC="$spec" CUSTOMERS=20 node upstream-static.mjs
bg env PORT=4711 UPSTREAM_URL=http://127.0.0.1:4710 LATENCY_MS=20 node counting-proxy.mjs
sleep 1.5
{
  $seq --url http://127.0.0.1:4711/v1/customers/d7abd0cd-4ae9-4db7-8676-e986a4ebd8dc --label "direct REST"
  env PORT=4730 $ours_env $after >/dev/null 2>&1 & ours_pid=$!
  wait_for http://127.0.0.1:4730/graphql
  for q in single-customer dashboard; do $seq --url http://127.0.0.1:4730/graphql --query queries/ours/$q.graphql --pid $ours_pid --label "ours $q"; done
  kill $ours_pid; wait $ours_pid 2>/dev/null
  UPSTREAM_URL=http://127.0.0.1:4711 bash mesh/compose.sh >/dev/null 2>&1
  PORT=4720 setsid bash mesh/serve.sh >/dev/null 2>&1 & mesh_pid=$!   # its own process group: serve forks a worker
  wait_for http://127.0.0.1:4720/graphql
  for q in single-customer dashboard; do $seq --url http://127.0.0.1:4720/graphql --query queries/mesh/$q.graphql --label "mesh $q"; done
  kill -- -$mesh_pid 2>/dev/null
  $seq --url http://127.0.0.1:4711/v1/customers/d7abd0cd-4ae9-4db7-8676-e986a4ebd8dc --label "direct REST, again"
} | tee "results/$tag-sequential-c1.txt"
kill "${started[@]}" 2>/dev/null
log done
r=results/$tag
node report.mjs $r-ours-before/bench.jsonl $r-ours-after/bench.jsonl $r-ours-after-noflag/bench.jsonl $r-ours-tracing/bench.jsonl $r-floor/bench.jsonl $r-rest-floor/bench.jsonl $r-mesh/bench.jsonl >"$r-report.md" 2>&1
node report.mjs $r-ours-after-c1/bench.jsonl $r-mesh-c1/bench.jsonl >"$r-report-c1.md" 2>&1
echo "tables: $r-report.md $r-report-c1.md" >&2
