#!/usr/bin/env bash
# Gateways side by side, taking turns under the same load: for small differences on a shared
# machine, where passes run one after another drift with the load. Starts the shared harness's
# static upstream and counting proxy, each gateway on its own port (passthrough auth, a new
# Authorization per request via the harness's bench.mjs), then ROUNDS rounds in which every gateway
# gets DURATION seconds of load in turn; prints each gateway's CPU ms per request per round and the
# median. Stops everything it started.
#
#   PEER=<copy of ../shared/peer, npm ci done> bash bench/alternate.sh QUERY CONNECTIONS ROUNDS DURATION name='command' ...
#   e.g. bash bench/alternate.sh single-customer 20 7 3 "off=node dist/main.js" \
#          "on=env OTEL_EXPORTER_OTLP_ENDPOINT=http://127.0.0.1:4719 node dist/main.js"
#
# QUERY is a base name in $PEER/queries/ours; LAT (proxy latency, ms) defaults to 0.
set -u
: "${PEER:?PEER: a copy of the shared peer harness, npm ci done}"
query=$1 connections=$2 rounds=$3 duration=$4; shift 4
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
spec=${SPEC:-$root/../shared/docs/metronome-openapi.json}
[[ -f "$spec" ]] || spec=/work/shared/docs/metronome-openapi.json
cd "$PEER"
pids=()
trap 'kill "${pids[@]}" 2>/dev/null' EXIT
PORT=4610 SPEC="$spec" CUSTOMERS=20 node upstream-static.mjs >/dev/null 2>&1 & pids+=($!)
PORT=4611 UPSTREAM_URL=http://127.0.0.1:4610 LATENCY_MS=${LAT:-0} node counting-proxy.mjs >/dev/null 2>&1 & pids+=($!)
sleep 1
names=(); gateways=(); ports=(); port=4640
for gateway in "$@"; do
  # Commands run from the repository root (dist/main.js, bench/…).
  (cd "$root" && exec env PORT=$port AUTH_MODE=passthrough RATE_LIMIT_PER_MINUTE=0 LOG_LEVEL=warn METRONOME_BASE_URL=http://127.0.0.1:4611 \
    METRONOME_BEARER_TOKEN=unused NODE_ENV=production ${gateway#*=}) >"/tmp/alternate-${gateway%%=*}.log" 2>&1 &
  pids+=($!); gateways+=($!); names+=("${gateway%%=*}"); ports+=($port); port=$((port + 1))
done
for p in "${ports[@]}"; do
  for _ in $(seq 100); do curl -s -o /dev/null -XPOST -H 'content-type: application/json' -d '{"query":"{__typename}"}' 127.0.0.1:$p/graphql && break; sleep 0.3; done
done
run() { node bench.mjs --url "http://127.0.0.1:$1/graphql" --query "queries/ours/$query.graphql" --connections "$connections" "${@:2}" 2>&1; }
for i in "${!names[@]}"; do run "${ports[$i]}" --duration 3 --runs 1 --warmup 1 --probe 1 >/dev/null; done
declare -A figures
for _ in $(seq "$rounds"); do
  for i in "${!names[@]}"; do
    figure=$(run "${ports[$i]}" --duration "$duration" --runs 1 --warmup 0 --probe 1 --pid "gw=${gateways[$i]}" | grep -o 'gw [0-9.]* cpu-ms/req' | tail -1 | awk '{print $2}')
    figures[${names[$i]}]+="$figure "
  done
done
for name in "${names[@]}"; do
  median=$(echo ${figures[$name]} | tr ' ' '\n' | sort -n | awk '{v[NR]=$1} END {print v[int((NR+1)/2)]}')
  echo "$name: ${figures[$name]}(median $median ms CPU per request)"
done
