#!/usr/bin/env bash
# p50/p99 latency of five typical queries through the HTTP API, as the store's own SQL on raw
# DuckDB (JDBC, same database, same run), and as the same SQL on PostgreSQL 15, interleaved.
# Usage: bench/api-latency.sh [REPS [WARMUP [PG_REPS]]]   (defaults 50, 5, 10).
# The 10,000,008-fact store and the PostgreSQL copy are built once and reused (bench-out/api/).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/api-lib.sh"
reps=${1:-50}
warmup=${2:-5}
pg_reps=${3:-10}
api_build
api_store
api_postgres
describe_api_machine | tee "$out/latency-machine.txt"
"${api_java[@]}" org.yesan.bench.api.ApiLatency "$out/store.duckdb" "$out/latency" "$reps" "$warmup" \
  "$pg_url" "$pg_reps" 2> >(grep -v '^\[' >&2)
echo "raw samples: $out/latency/samples.tsv; the store's SQL: $out/latency/store-sql.txt"
