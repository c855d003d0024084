#!/usr/bin/env bash
# Times `yesan import` of generated 열린재정 out_YYYY files against DuckDB's own read_csv of the
# same files, RUNS times each, alternating so that machine load hits both alike.
# Usage: bench/generated.sh [ROWS [RUNS]]   (defaults 10000000 and 3). Needs GNU time.
# The data (12 files, one per fiscal year 2007-2018, ~1.5 GB for 10M rows) goes to
# bench-out/generated-ROWS/ and is reused by later runs; it is never committed.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
rows=${1:-10000000}
runs=${2:-3}
require_gnu_time
freeze_build
generated_files "$rows"
bytes=$(cat "${files[@]}" | wc -c)

result="$out/generated-$rows.tsv"
printf 'run\tload\tyesan_wall_s\tyesan_rss_mb\tfacts\tyesan_import_s\tyesan_rows_per_s\tyesan_facts_per_s\tduckdb_wall_s\tduckdb_rss_mb\tduckdb_load_s\tduckdb_rows_per_s\tratio_wall\n' >"$result"
for i in $(seq 1 "$runs"); do
  load=$(cut -d' ' -f1 /proc/loadavg)
  db="$out/generated.duckdb"; rm -f "$db" "$db.wal"
  yesan_command --db "$db" import "${files[@]}"
  timed "generated-yesan-$i" "${yesan_cli[@]}" --db "$db" import "${files[@]}"
  y_wall=$wall_s; y_rss=$rss_mb
  read -r facts y_import < <(sed -n 's/^imported \([0-9,]*\) facts in \([0-9.]*\) s$/\1 \2/p' "$out/generated-yesan-$i.out" | tr -d ,)
  rm -f "$db" "$db.wal"
  timed "generated-duckdb-$i" "${yesan_java[@]}" org.yesan.bench.NativeCsvLoad "$out/native.duckdb" "${files[@]}"
  d_rows=$(sed -n 's/^rows=\([0-9]*\) .*/\1/p' "$out/generated-duckdb-$i.out")
  d_ms=$(sed -n 's/.*millis=\([0-9]*\)$/\1/p' "$out/generated-duckdb-$i.out" | head -1)
  [ "$d_rows" -eq "$rows" ] || { echo "bench: DuckDB loaded $d_rows rows, expected $rows" >&2; exit 1; }
  rm -f "$out/native.duckdb" "$out/native.duckdb.wal"
  printf '%d\t%s\t%s\t%s\t%s\t%s\t%.0f\t%.0f\t%s\t%s\t%.1f\t%.0f\t%.2f\n' "$i" "$load" "$y_wall" "$y_rss" "$facts" "$y_import" \
    "$(echo "$rows / $y_wall" | bc -l)" "$(echo "$facts / $y_wall" | bc -l)" \
    "$wall_s" "$rss_mb" "$(echo "$d_ms / 1000" | bc -l)" "$(echo "$rows / $wall_s" | bc -l)" \
    "$(echo "$y_wall / $wall_s" | bc -l)" >>"$result"
done

describe_machine
echo "files: ${#files[@]}, rows: $rows, bytes: $bytes"
echo "yesan:  ${yesan_cli[*]} --db bench-out/generated.duckdb import bench-out/generated-$rows/out_*.csv"
echo "duckdb: ${yesan_java[*]} org.yesan.bench.NativeCsvLoad bench-out/native.duckdb bench-out/generated-$rows/out_*.csv"
column -t "$result"
for c in yesan_wall_s yesan_rss_mb yesan_import_s yesan_rows_per_s yesan_facts_per_s duckdb_wall_s duckdb_rss_mb duckdb_load_s duckdb_rows_per_s ratio_wall; do
  echo "$c median/min/max: $(stats "$result" $c)"
done
