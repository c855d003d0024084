#!/usr/bin/env bash
# PostgreSQL restarted under load: a Yesan server on a throwaway cluster answers WORKERS parallel
# clients (an aggregate, a listing and /readyz in turn) while the cluster is stopped for DOWN
# seconds and started again. Expected: 200s before, 503 problem JSON while it is down, 200s again
# after without restarting Yesan, the same answers as before, and the store unchanged (a backup
# before and after hold the same rows).
# Usage: bench/pg-restart.sh [WORKERS [DOWN_SECONDS]]   (defaults 8 and 10)
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
source "$(dirname "${BASH_SOURCE[0]}")/pg-lib.sh"
workers=${1:-8}
down=${2:-10}
freeze_build
pg_start
shared=$(cd "$root/../shared" && pwd)
"${yesan_java[@]}" org.yesan.cli.YesanCli --db "$pg_db_url" import --quiet \
  "$shared/data/kr-openfiscal-2007-2018/out_2017.csv" "$shared/data/kr-openfiscal-2007-2018/out_2018.csv"
rm -f "$out/restart-before.zip" "$out/restart-after.zip"
"${yesan_java[@]}" org.yesan.cli.YesanCli --db "$pg_db_url" backup "$out/restart-before.zip"
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
"${yesan_java[@]}" org.yesan.cli.YesanCli --db "$pg_db_url" serve --port "$port" \
  --request-log "$out/restart-requests.jsonl" >"$out/restart-serve.out" 2>&1 &
serve_pid=$!
trap 'kill $serve_pid 2>/dev/null || true; pg_stop' EXIT
for _ in $(seq 1 100); do curl -sf "http://127.0.0.1:$port/healthz" >/dev/null && break; sleep 0.2; done

python3 - "$port" "$workers" "$down" "$out/restart-timeline.tsv" <<'PY' &
import json, sys, threading, time, urllib.request, urllib.error
port, workers, down, timeline = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
base = f"http://127.0.0.1:{port}"
paths = ["/api/v1/datasets/kr-openfiscal/aggregate?drilldown=ministry&cut=stage%3Aenacted%7Cfiscal_year%3A2018",
         "/api/v1/datasets", "/readyz"]
duration = 20 + down + 20
rows, lock, stop = [], threading.Lock(), time.time() + duration
def work(w):
    i = w
    while time.time() < stop:
        p = paths[i % len(paths)]; i += 1
        t0 = time.time()
        try:
            with urllib.request.urlopen(base + p, timeout=30) as r:
                status, body, ctype = r.status, r.read(), r.headers.get("Content-Type", "")
        except urllib.error.HTTPError as e:
            status, body, ctype = e.code, e.read(), e.headers.get("Content-Type", "")
        except Exception as e:
            status, body, ctype = 0, str(e).encode(), ""
        with lock:
            rows.append((t0, time.time() - t0, p, status, ctype, body))
threads = [threading.Thread(target=work, args=(w,)) for w in range(workers)]
[t.start() for t in threads]; [t.join() for t in threads]
with open(timeline, "w") as f:
    f.write("start\tseconds\tpath\tstatus\tcontent_type\n")
    for t0, d, p, s, c, b in sorted(rows):
        f.write(f"{t0:.3f}\t{d:.3f}\t{p}\t{s}\t{c}\n")
json.dump([[t0, p, s, b.decode("utf-8", "replace")] for t0, d, p, s, c, b in rows],
          open(timeline + ".json", "w"))
PY
load_pid=$!
sleep 20
load_stop=$(cut -d' ' -f1-3 /proc/loadavg)
t_stop=$(date +%s.%N)
pg_as "${pg_ctl_cmd[@]}" -m fast -w stop >/dev/null
sleep "$down"
t_start=$(date +%s.%N)
pg_as "${pg_ctl_cmd[@]}" -w -t 60 -o "-p $pg_port -k $pg_dir -c listen_addresses=127.0.0.1" start >/dev/null
t_up=$(date +%s.%N)
wait $load_pid
load_end=$(cut -d' ' -f1-3 /proc/loadavg)
"${yesan_java[@]}" org.yesan.cli.YesanCli --db "$pg_db_url" backup "$out/restart-after.zip"

python3 - "$out/restart-timeline.tsv" "$t_stop" "$t_start" "$t_up" "$out/restart-before.zip" "$out/restart-after.zip" <<'PY'
import csv, json, sys, zipfile
tl, t_stop, t_start, t_up = sys.argv[1], float(sys.argv[2]), float(sys.argv[3]), float(sys.argv[4])
rows = json.load(open(tl + ".json"))
meta = list(csv.DictReader(open(tl), delimiter="\t"))
def phase(t):
    return "before" if t < t_stop else ("down" if t < t_up else "after")
stats = {}
for r in meta:
    key = (phase(float(r["start"])), r["status"])
    stats[key] = stats.get(key, 0) + 1
for k in sorted(stats): print(f"{k[0]:7s} status {k[1]}: {stats[k]}")
bad_down = [r for r in meta if phase(float(r["start"])) == "down" and r["status"] not in ("200", "503")]
non_problem = [r for r in meta if r["status"] == "503" and not r["content_type"].startswith("application/problem+json")]
first_ok = min((float(r["start"]) for r in meta if float(r["start"]) >= t_up and r["status"] == "200"), default=None)
after_fail = [r for r in meta if first_ok and float(r["start"]) > first_ok + 1 and r["status"] != "200"]
agg = {p: b for t, p, s, b in rows if s == 200 and t < t_stop}
changed = [p for t, p, s, b in rows if s == 200 and t > t_up and p in agg and "readyz" not in p and b != agg[p]]
print(f"outage: {t_up - t_stop:.1f} s (stopped {t_start - t_stop:.1f} s, start took {t_up - t_start:.1f} s)")
print(f"first 200 after the restart: {first_ok - t_up:.2f} s after the cluster was up" if first_ok else "no 200 after the restart")
print(f"answers other than 200/503 during the outage: {len(bad_down)}; 503 without problem JSON: {len(non_problem)}")
print(f"failures more than 1 s after the first 200: {len(after_fail)}; answers that differ from before: {len(changed)}")
def tables(f):
    z = zipfile.ZipFile(f)
    return {n: sorted(z.read(n).split(b"\r\n")) for n in z.namelist() if n.startswith("tables/")}
same = tables(sys.argv[5]) == tables(sys.argv[6])
print(f"store unchanged (every row of every table, backups before and after): {same}")
ok = not bad_down and not non_problem and first_ok and not after_fail and not changed and same
print("RESULT: " + ("PASS" if ok else "FAIL"))
sys.exit(0 if ok else 1)
PY
describe_machine
echo "workers: $workers; down: $down s; load (1/5/15 min) at the stop: $load_stop; at the end: $load_end"
echo "command: bench/pg-restart.sh $workers $down"
