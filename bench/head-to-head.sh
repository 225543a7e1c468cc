#!/usr/bin/env bash
# Issue 15's head-to-head, as run for bench/RESULTS.md ("Request cost"): this gateway before and
# after a change, GraphQL Mesh, and the floor (bench/floor-server.ts), back to back on the shared
# harness (a copy of ../shared/peer with `npm ci` done there and in its mesh/). Then one connection
# at 20 ms upstream latency (added latency). Results: $PEER/results/$TAG-*, tables in $TAG-report*.md.
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
pass floor single-customer "$ours_env node --max-semi-space-size=32 --import file://$root/node_modules/tsx/dist/loader.mjs $root/bench/floor-server.ts"
c1=(CONNECTIONS=1 LATENCIES=20 DURATION=5 WARMUP=2 RUNS=3)
log ours-after-c1
env "${common[@]}" "${c1[@]}" DIRECT=1 "${ours[@]}" QUERIES="$Q" RUN_ID="$tag-ours-after-c1" GATEWAY_NAME=ours-after GATEWAY_START="$ours_env $after" bash run-all.sh >/dev/null 2>&1
log mesh-c1
env "${common[@]}" "${c1[@]}" GATEWAY_PORT=4720 QUERIES="$Q" RUN_ID="$tag-mesh-c1" bash run-all.sh >/dev/null 2>&1
log done
r=results/$tag
node report.mjs $r-ours-before/bench.jsonl $r-ours-after/bench.jsonl $r-ours-after-noflag/bench.jsonl $r-ours-tracing/bench.jsonl $r-floor/bench.jsonl $r-mesh/bench.jsonl >"$r-report.md" 2>&1
node report.mjs $r-ours-after-c1/bench.jsonl $r-mesh-c1/bench.jsonl >"$r-report-c1.md" 2>&1
echo "tables: $r-report.md $r-report-c1.md" >&2
