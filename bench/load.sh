#!/usr/bin/env bash
# CONNECTIONS clients for SECONDS against `yesan serve` on a PostgreSQL store (a throwaway cluster
# of the script's own) or on a DuckDB file: a mix of reads (the five benchmark query shapes on the
# real 열린재정 files, the dataset list and one dataset, search, a year comparison, a CSV export)
# plus one HTTP import a minute (an editor's token, replacing one real shared file), with the
# server's RSS every 10 s and its heap after GC at the start and end. Afterwards every slice of
# every dataset must have the count and total of the same files imported into a fresh store of
# their own: no import lost or doubled.
# Usage: bench/load.sh [CONNECTIONS [SECONDS [postgresql|duckdb]]]   (defaults 32, 600, postgresql)
# SERVER_HEAP (default 1536m) is the served JVM's -Xmx: a smaller bound lets the resident set reach
# its plateau within the run, so that "memory flat" can be seen rather than inferred.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
source "$(dirname "${BASH_SOURCE[0]}")/pg-lib.sh"
connections=${1:-32}
seconds=${2:-600}
kind=${3:-postgresql}
server_heap=${SERVER_HEAP:-1536m}
freeze_build
shared=$(cd "$root/../shared/data/kr-openfiscal-2007-2018" && pwd)
files=("$shared"/*.csv)
uploads="$shared/out_2018.csv:$shared/out_net_bud_2018.csv"
run="$out/load-$kind"
rm -rf "$run" && mkdir -p "$run"
case "$kind" in
  postgresql) pg_start; db=$pg_db_url ;;
  duckdb) db="$run/store.duckdb" ;;
  *) echo "bench: store kind is postgresql or duckdb, found $kind" >&2; exit 2 ;;
esac
yesan=("${yesan_java[@]}" org.yesan.cli.YesanCli)
"${yesan[@]}" --db "$db" import --quiet "${files[@]}"
"${yesan[@]}" --db "$db" users add loader --role editor >/dev/null
token=$("${yesan[@]}" --db "$db" tokens create loader 2>/dev/null | tail -1)
# the expected figures: the same files, imported by the CLI into a store of their own
"${yesan[@]}" --db "$run/expected.duckdb" import --quiet "${files[@]}"

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
port=$(free_port)
expected_port=$(free_port)
# one address sends every request here, so the per-address rate limit would refuse most of them
"${yesan_java[@]}" "-Xmx$server_heap" org.yesan.cli.YesanCli --db "$db" serve --port "$port" \
  --rate-limit off >"$run/serve.out" 2>&1 &
serve_pid=$!
"${yesan[@]}" --db "$run/expected.duckdb" serve --port "$expected_port" --rate-limit off \
  >"$run/expected-serve.out" 2>&1 &
expected_pid=$!
trap 'kill $serve_pid $expected_pid 2>/dev/null || true; wait $serve_pid $expected_pid 2>/dev/null || true; [ "$kind" = postgresql ] && pg_stop' EXIT
for p in "$port" "$expected_port"; do
  for _ in $(seq 1 150); do curl -sf "http://127.0.0.1:$p/readyz" >/dev/null && break; sleep 0.2; done
  curl -sf "http://127.0.0.1:$p/readyz" >/dev/null || { echo "bench: server on $p did not start" >&2; exit 1; }
done
base="http://127.0.0.1:$port"

# slices PORT: every slice of every dataset as "dataset measure year stage reported_in count total"
slices() {
  python3 - "http://127.0.0.1:$1" <<'PY'
import json, sys, urllib.request
base = sys.argv[1]
for d in json.load(urllib.request.urlopen(base + "/api/v1/datasets"))["datasets"]:
    info = json.load(urllib.request.urlopen(base + "/api/v1/datasets/" + d["name"]))
    for s in info["slices"]:
        print(d["name"], s["measure"], s["fiscal_year"], s["stage"], s["reported_in"], s["count"], s["total"])
PY
}
slices "$expected_port" | sort >"$run/slices-expected.txt"
slices "$port" | sort >"$run/slices-before.txt"
cmp -s "$run/slices-expected.txt" "$run/slices-before.txt" \
  || { echo "bench: the served store differs from the expected one before the load" >&2; exit 1; }

dataset=kr-openfiscal
ministry=$(curl -sf "$base/api/v1/datasets/$dataset/aggregate?drilldown=ministry&cut=measure%3Aexpenditure%7Cfiscal_year%3A2018%7Cstage%3Aenacted&order=amount%3Adesc&pagesize=1" \
  | python3 -c 'import json,sys; print(json.load(sys.stdin)["cells"][0]["ministry"])')
python3 - "$dataset" "$ministry" >"$run/targets.tsv" <<'PY'
import sys, urllib.parse
d, ministry = sys.argv[1], sys.argv[2]
q = lambda **kv: urllib.parse.urlencode(kv)
b = f"/api/v1/datasets/{d}"
print("Q1 years\t" + b + "/aggregate?" + q(drilldown="fiscal_year", cut="measure:expenditure|stage:enacted"))
print("Q2 ministries\t" + b + "/aggregate?" + q(drilldown="ministry", cut="measure:expenditure|fiscal_year:2018|stage:enacted", order="amount:desc"))
print("Q3 sectors\t" + b + "/aggregate?" + q(drilldown="sector,subsector", cut="measure:expenditure|fiscal_year:2018|stage:enacted"))
print("Q4 top programs\t" + b + "/aggregate?" + q(drilldown="program", cut=f"measure:expenditure|ministry:{ministry}|fiscal_year:2018|stage:enacted", order="amount:desc", pagesize="50"))
print("Q5 compare stages\t" + b + "/compare?" + q(stages="proposal,enacted", drilldown="ministry", cut="measure:expenditure_net|fiscal_year:2018"))
print("datasets\t/api/v1/datasets")
print("dataset\t" + b)
print("search\t" + b + "/search?" + q(q="연구개발", cut="fiscal_year:2018"))
print("compare years\t" + b + "/compare?" + q(years="2017,2018", drilldown="ministry", cut="measure:expenditure|stage:enacted"))
print("CSV export\t" + b + "/download?" + q(format="csv", cut=f"fiscal_year:2018|ministry:{ministry}"))
PY
for t in $(cut -f2 "$run/targets.tsv"); do
  code=$(curl -s -o /dev/null -w '%{http_code}' "$base$t")
  [ "$code" = 200 ] || { echo "bench: $t answered $code before the load" >&2; curl -s "$base$t" >&2; exit 1; }
done

load_start=$(cut -d' ' -f1-3 /proc/loadavg)
set +e
"${yesan_java[@]}" org.yesan.bench.LoadTest "$base" "$run/targets.tsv" "$token" "$uploads" \
  "$connections" "$seconds" "$serve_pid" "$run" | tee "$run/report.txt"
load_rc=${PIPESTATUS[0]}
set -e
load_end=$(cut -d' ' -f1-3 /proc/loadavg)
slices "$port" | sort >"$run/slices-after.txt"
if cmp -s "$run/slices-expected.txt" "$run/slices-after.txt"; then
  totals="every slice total and count equals the expected ($(wc -l <"$run/slices-after.txt") slices)"
else
  totals="SLICES DIFFER from the expected: diff $run/slices-expected.txt $run/slices-after.txt"
  load_rc=1
fi
echo
echo "$totals"
describe_machine
echo "store: $kind; load average (1/5/15 min) at the start: $load_start; at the end: $load_end; shared machine"
echo "command: SERVER_HEAP=$server_heap bench/load.sh $connections $seconds $kind"
echo "RESULT: $([ "$load_rc" = 0 ] && echo PASS || echo FAIL)"
exit "$load_rc"
