#!/usr/bin/env bash
# The five benchmark queries of bench/api-latency.sh four ways in one run: HTTP on the DuckDB
# store, HTTP on a PostgreSQL store holding the same imported facts (a throwaway cluster of the
# script's own), and the stores' own SQL directly on each database (JDBC, same timing). Stops if
# the two stores answer any query differently. Prints p50/p90 per query and path and the ratios.
# Usage: bench/store-compare.sh [REPS [WARMUP [PG_REPS]]]   (defaults 30, 3, 5).
# The 10,000,008-fact DuckDB store (bench-out/api/store.duckdb) and the PostgreSQL store (database
# yesan_compare in bench-out/api/pg-cluster) are loaded once and reused while the store code is
# unchanged.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/api-lib.sh"
source "$(dirname "${BASH_SOURCE[0]}")/pg-lib.sh"
reps=${1:-30}
warmup=${2:-3}
pg_reps=${3:-5}
api_build
api_store
pg_start
compare_db=yesan_compare
store_url="postgresql://yesan@127.0.0.1:$pg_port/$compare_db"
jdbc_url="jdbc:postgresql://127.0.0.1:$pg_port/$compare_db?user=yesan"
has_db=$(psql -h 127.0.0.1 -p "$pg_port" -U yesan -d postgres -tA \
  -c "SELECT 1 FROM pg_database WHERE datname = '$compare_db'")
if [ "$has_db" != 1 ] || [ "$(cat "$out/pg-compare.key" 2>/dev/null)" != "$(cat "$out/store.key")" ]; then
  psql -q -h 127.0.0.1 -p "$pg_port" -U yesan -d postgres \
    -c "DROP DATABASE IF EXISTS $compare_db" -c "CREATE DATABASE $compare_db"
  echo "bench: loading the same 10,000,008 generated facts into the PostgreSQL store" >&2
  "${api_java[@]}" org.yesan.bench.api.GeneratedStoreLoad "$store_url" | tee "$out/pg-compare-load.out" >&2
  cp "$out/store.key" "$out/pg-compare.key"
fi
{
  describe_api_machine | grep -v '^postgresql:\|^wrk:'
  echo "postgresql (throwaway cluster $pg_dir): $(psql -h 127.0.0.1 -p "$pg_port" -U yesan -d postgres -tA -c 'SHOW server_version')"
  echo "command: bench/store-compare.sh $reps $warmup $pg_reps; shared machine: see the load averages"
} | tee "$out/compare-machine.txt"
"${api_java[@]}" org.yesan.bench.api.StoreCompare "$out/store.duckdb" "$store_url" "$jdbc_url" \
  "$pg_dir/server.log" "$out/compare" "$reps" "$warmup" "$pg_reps" 2> >(grep --line-buffered -v "^\[" >&2)
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "raw samples: $out/compare/samples.tsv; the PostgreSQL store's statements: $out/compare/pg-store-sql.txt"
