#!/usr/bin/env bash
# Times DuckDB writing the same facts into candidate fact-table layouts (org.yesan.bench.FactLayoutProbe):
# one INSERT ... SELECT from a table staged by read_csv per layout, in turn, ROUNDS times.
# Usage: bench/fact-layout.sh [ROWS [ROUNDS [VARIANT_PREFIXES]]]   (defaults 12500000, 3, all; each
# row gives two facts, so 12,500,000 rows are 25,000,000 facts). Prints a table of milliseconds.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
rows=${1:-12500000}
rounds=${2:-3}
freeze_build
describe_machine
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
"${yesan_java[@]}" org.yesan.bench.FactLayoutProbe "$out/fact-layout" "$rows" "$rounds" ${3:+"$3"} 2>"$out/fact-layout.err"
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
