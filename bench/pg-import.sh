#!/usr/bin/env bash
# Times `yesan import` of generated 열린재정 out_YYYY files into a PostgreSQL store (a throwaway
# cluster of the script's own), then prints EXPLAIN ANALYZE of the validation's statements.
# Usage: bench/pg-import.sh [ROWS]   (default 3000000). Needs GNU time and PostgreSQL 15+.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
source "$(dirname "${BASH_SOURCE[0]}")/pg-lib.sh"
rows=${1:-3000000}
require_gnu_time
freeze_build
generated_files "$rows"
# Every statement over 2 s goes to the server log with its plan, so that the slow ones are named.
PG_EXTRA_OPTS="-c log_min_duration_statement=2000 -c shared_preload_libraries=auto_explain -c auto_explain.log_min_duration=2s -c auto_explain.log_analyze=on -c auto_explain.log_nested_statements=on"
pg_start
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
timed "pg-import-$rows" "${yesan_java[@]}" -Dorg.slf4j.simpleLogger.defaultLogLevel=warn \
  org.yesan.cli.YesanCli --db "$pg_db_url" import "${files[@]}"
load_after=$(cut -d' ' -f1-3 /proc/loadavg)
describe_machine
echo "command: yesan --db $pg_db_url import bench-out/generated-$rows/out_*.csv"
echo "rows: $rows; wall: $wall_s s; peak RSS: $rss_mb MB; load before: $load_before; after: $load_after"
cat "$out/pg-import-$rows.out"
pg_sql -tA -c "SELECT 'facts_' || id || ': ' || (SELECT count(*) FROM slices s WHERE s.dataset_id = d.id) || ' slices' FROM datasets d"
echo "statements over 2 s, with their plans: $pg_dir/server.log"
grep -c "duration:" "$pg_dir/server.log" || true
