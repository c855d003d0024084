#!/usr/bin/env bash
# Kills `yesan import` with SIGKILL at N random moments and checks after each that the store opens
# and holds exactly the state before the import or after it (never a mix, never a broken file).
# The store starts from the 24 gross 열린재정 files (out_*, in_*); each trial re-imports all 48
# (the same 24 again, replacing their slices, and the 24 net files, adding new ones).
# Usage: bench/crash.sh [N [SEED]]   (defaults 100 and 1). Exits 1 if any trial saw neither state.
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
echo "command: bench/crash.sh $trials $seed"
"${yesan_java[@]}" org.yesan.bench.CrashTrials "$out/crash" "$trials" "$seed" -- "${before[@]}" -- "${all[@]}" \
  | tee "$out/crash.log" | grep -E '^(full|trials=)|NEITHER'
