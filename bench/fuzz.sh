#!/usr/bin/env bash
# Runs the import fuzz test (store/duckdb ImportFuzzTest: mutations of real 열린재정 files, each
# refused at its place with the store unchanged, or accepted with every slice total equal to an
# independent recomputation) with N cases instead of the suite's 520.
# Usage: bench/fuzz.sh [N]   (default 10000). Prints the outcome counts per mutation.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
n=${1:-10000}
cd "$root"
echo "date: $(date -u +%Y-%m-%dT%H:%MZ) commit: $(git rev-parse --short HEAD) cases: $n"
mvn -B -q -pl store/duckdb -am verify -Dspotless.check.skip=true \
  -Dtest=ImportFuzzTest -Dsurefire.failIfNoSpecifiedTests=false \
  -Djqwik.tries.default="$n" 2>&1 | grep -E 'import fuzz outcomes|FAIL|ERROR|Tests run' || true
grep -h -o 'tries = [0-9]*' store/duckdb/target/surefire-reports/*ImportFuzzTest*.txt 2>/dev/null || true
test -z "$(grep -l -E '(Failures|Errors): [1-9]' store/duckdb/target/surefire-reports/*ImportFuzzTest*.txt)"
