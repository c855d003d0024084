#!/usr/bin/env bash
# Times `yesan import` of the 48 Korean 열린재정 files (2007-2018) into a fresh store, RUNS times.
# Usage: bench/import.sh [RUNS]    (default 5). Needs GNU time (Debian package 'time').
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
runs=${1:-5}
data=${YESAN_SHARED:-$root/../shared}/data/kr-openfiscal-2007-2018
require_gnu_time
freeze_build
files=("$data"/*.csv)
[ ${#files[@]} -eq 48 ] || { echo "bench: expected 48 files in $data, found ${#files[@]}" >&2; exit 1; }

# Data rows counted independently of Yesan: CSV records after the header, blank lines skipped.
rows=$(python3 - "${files[@]}" <<'PY'
import csv, sys
n = 0
for f in sys.argv[1:]:
    with open(f, encoding="cp949", newline="") as h:
        n += sum(1 for r in csv.reader(h) if r) - 1
print(n)
PY
)

result="$out/import-48.tsv"
printf 'run\twall_s\trss_mb\tfacts\timport_s\trows_per_s\tfacts_per_s\n' >"$result"
for i in $(seq 1 "$runs"); do
  db="$out/import-48.duckdb"; rm -f "$db" "$db.wal"
  yesan_command --db "$db" import "${files[@]}"
  timed "import-48-$i" "${yesan_cli[@]}" --db "$db" import "${files[@]}"
  # "imported 192,426 facts in 4.4 s": the store's own timing, without JVM start and the summary.
  read -r facts import_s < <(sed -n 's/^imported \([0-9,]*\) facts in \([0-9.]*\) s$/\1 \2/p' "$out/import-48-$i.out" | tr -d ,)
  printf '%d\t%s\t%s\t%s\t%s\t%.0f\t%.0f\n' "$i" "$wall_s" "$rss_mb" "$facts" "$import_s" \
    "$(echo "$rows / $wall_s" | bc -l)" "$(echo "$facts / $wall_s" | bc -l)" >>"$result"
done

describe_machine
echo "files: 48, data rows: $rows"
echo "command: ${yesan_cli[*]} --db bench-out/import-48.duckdb import $data/*.csv"
column -t "$result"
for c in wall_s rss_mb import_s rows_per_s facts_per_s; do echo "$c median/min/max: $(stats "$result" $c)"; done
