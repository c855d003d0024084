#!/usr/bin/env bash
# Requests/s, latency distribution and errors under wrk (32 connections, 2 threads, DURATION s)
# against one typical aggregate endpoint and the cheapest JSON endpoint (GET /api/v1/datasets) of
# the same server in the same run, on 127.0.0.1 only.
# Usage: bench/api-throughput.sh [DURATION [CONNECTIONS]]   (defaults 60 and 32).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/api-lib.sh"
duration=${1:-60}
connections=${2:-32}
port=18080
command -v wrk >/dev/null || apt-get install -y wrk >&2
api_build
api_store
describe_api_machine | tee "$out/throughput-machine.txt"
"${api_java[@]}" org.yesan.bench.api.BenchServer "$out/store.duckdb" "$port" >"$out/server.out" 2>"$out/server.err" &
server=$!
trap 'kill "$server" 2>/dev/null; wait "$server" 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do grep -q '^listening' "$out/server.out" 2>/dev/null && break; sleep 0.5; done
grep -q '^listening' "$out/server.out" || { echo "bench: server did not start; see $out/server.err" >&2; exit 1; }
base="http://127.0.0.1:$port"
aggregate=$(sed -n 's/^aggregate //p' "$out/server.out")
trivial=$(sed -n 's/^trivial //p' "$out/server.out")
# A long client timeout: a slow answer is measured as latency, not counted as a socket error.
run_wrk() { wrk -t2 -c"$connections" -d"$2" --timeout 120s --latency "$base$1"; }
for target in "$aggregate" "$trivial"; do
  run_wrk "$target" 5s >/dev/null   # warm-up, not recorded
done
run_wrk "$aggregate" "${duration}s" | tee "$out/wrk-aggregate.txt"
run_wrk "$trivial" "${duration}s" | tee "$out/wrk-datasets.txt"
summary() {
  awk -v name="$1" '
    /Requests\/sec/ {rps=$2}
    /^ +50%/ {p50=$2} /^ +75%/ {p75=$2} /^ +90%/ {p90=$2} /^ +99%/ {p99=$2}
    /requests in/ {n=$1}
    /Socket errors/ {sock=$0; sub(/.*Socket errors: /, "", sock)}
    /Non-2xx/ {non2xx=$NF}
    END {printf "| %s | %s | %s | %s | %s | %s | %s | %s | %s |\n", name, n, rps, p50, p75, p90, p99,
         (non2xx == "" ? 0 : non2xx), (sock == "" ? "none" : sock)}' "$2"
}
echo
echo "| endpoint | requests | requests/s | p50 | p75 | p90 | p99 | non-2xx | socket errors |"
echo "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |"
summary "aggregate (Q2)" "$out/wrk-aggregate.txt"
summary "GET /api/v1/datasets" "$out/wrk-datasets.txt"
echo "aggregate target: $aggregate"
