#!/usr/bin/env bash
# Kills `yesan serve` with SIGKILL at N random moments while it imports files uploaded to
# POST /api/v1/imports, restarts it on the same store, and checks after each that the store holds
# exactly the state before the import or after it (never a mix), the same check as bench/crash.sh.
# The store starts from the gross 열린재정 files of YEARS (out_YYYY, in_YYYY) and an editor with a
# token; each trial uploads the same files again (replacing their slices) and the net files of
# those years (out_net_bud_YYYY, in_net_bud_YYYY, adding new ones). Both expected states come from
# `yesan import` on the command line, not over HTTP.
# Usage: bench/server-crash.sh [N [SEED [YEARS [duckdb|postgresql]]]]   (defaults 100, 1,
# "2017 2018" and duckdb; all twelve years, "2007 ... 2018", upload all 48 files, about 30 s an
# import on a shared machine). With postgresql the stores are databases of a throwaway cluster
# (bench/pg-lib.sh), each trial's a fresh copy of the state before (CREATE DATABASE … TEMPLATE).
# Exits 1 if any trial saw neither state or the restarted server did not answer.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
source "$(dirname "${BASH_SOURCE[0]}")/pg-lib.sh"
trials=${1:-100}
seed=${2:-1}
data=${YESAN_SHARED:-$root/../shared}/data/kr-openfiscal-2007-2018
freeze_build
years=${3:-2017 2018}
store=${4:-duckdb}
case $store in
  duckdb) store_args=() ;;
  postgresql) pg_start; store_args=(--postgres "${pg_db_url%/yesan}") ;;
  *) echo "bench: store must be duckdb or postgresql, found $store" >&2; exit 2 ;;
esac
before=() net=()
for y in $years; do
  before+=("$data/out_$y.csv" "$data/in_$y.csv")
  net+=("$data/out_net_bud_$y.csv" "$data/in_net_bud_$y.csv")
done
all=("${before[@]}" "${net[@]}")
for f in "${all[@]}"; do [ -f "$f" ] || { echo "bench: missing $f" >&2; exit 1; }; done
describe_machine
echo "load: $(cut -d' ' -f1-3 /proc/loadavg) (start)"
echo "command: bench/server-crash.sh $trials $seed \"$years\" $store"
rm -rf "$out/server-crash" && mkdir -p "$out/server-crash"
status=0
"${yesan_java[@]}" org.yesan.bench.ServerCrashTrials "$out/server-crash" "$trials" "$seed" ${store_args[@]+"${store_args[@]}"} -- "${before[@]}" -- "${all[@]}" \
  | tee "$out/server-crash.log" | grep -E '^(upload|full|trials=)|NEITHER|NOT READY' || status=$?
echo "load: $(cut -d' ' -f1-3 /proc/loadavg) (end)"
awk '/^trial / {print $NF}' "$out/server-crash.log" | sort | uniq -c | awk 'BEGIN {print "| verdict | trials |\n|---|---|"} {print "| " $2 " | " $1 " |"}'
exit $status
