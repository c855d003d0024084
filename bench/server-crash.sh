#!/usr/bin/env bash
# Kills `yesan serve` with SIGKILL at N random moments while it imports files uploaded to
# POST /api/v1/imports, restarts it on the same store, and checks after each that the store holds
# exactly the state before the import or after it (never a mix), the same check as bench/crash.sh.
# The store starts from the 24 gross 열린재정 files (out_*, in_*) and an editor with a token; each
# trial uploads all 48 (the same 24 again, replacing their slices, and the 24 net files, adding
# new ones). Both expected states come from `yesan import` on the command line, not over HTTP.
# Usage: bench/server-crash.sh [N [SEED]]   (defaults 100 and 1). Exits 1 if any trial saw neither
# state or the restarted server did not answer.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
trials=${1:-100}
seed=${2:-1}
data=${YESAN_SHARED:-$root/../shared}/data/kr-openfiscal-2007-2018
freeze_build
before=("$data"/out_20*.csv "$data"/in_20*.csv)
all=("$data"/*.csv)
[ ${#before[@]} -eq 24 ] && [ ${#all[@]} -eq 48 ] || { echo "bench: expected 24 and 48 files in $data" >&2; exit 1; }
describe_machine
echo "load: $(cut -d' ' -f1-3 /proc/loadavg) (start)"
echo "command: bench/server-crash.sh $trials $seed"
rm -rf "$out/server-crash" && mkdir -p "$out/server-crash"
status=0
"${yesan_java[@]}" org.yesan.bench.ServerCrashTrials "$out/server-crash" "$trials" "$seed" -- "${before[@]}" -- "${all[@]}" \
  | tee "$out/server-crash.log" | grep -E '^(upload|full|trials=)|NEITHER|NOT READY' || status=$?
echo "load: $(cut -d' ' -f1-3 /proc/loadavg) (end)"
awk '/^trial / {print $NF}' "$out/server-crash.log" | sort | uniq -c | awk 'BEGIN {print "| verdict | trials |\n|---|---|"} {print "| " $2 " | " $1 " |"}'
exit $status
