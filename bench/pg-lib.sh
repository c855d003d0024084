# Shared by bench/pg-*.sh and bench/store-compare.sh: a throwaway PostgreSQL cluster of the
# script's own in bench-out/pg-cluster, on a free port of 127.0.0.1, run as an unprivileged user
# when the script runs as root. Sourced after lib.sh, not run.

pg_bin() {
  local d
  for d in "${YESAN_PG_BIN:-}" $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r) /usr/local/bin; do
    if [ -n "$d" ] && [ -x "$d/initdb" ] && [ -x "$d/pg_ctl" ]; then echo "$d"; return; fi
  done
  echo "bench: PostgreSQL's initdb and pg_ctl not found; apt-get install postgresql" >&2
  exit 1
}

pg_as() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

# pg_start: initdb (once) and start the cluster; sets pg_port and pg_db_url (postgresql://...).
pg_start() {
  pg_dir="$out/pg-cluster"
  local bin; bin=$(pg_bin)
  pg_ctl_cmd=("$bin/pg_ctl" -D "$pg_dir/data" -l "$pg_dir/server.log")
  if [ ! -f "$pg_dir/data/PG_VERSION" ]; then
    rm -rf "$pg_dir"; mkdir -p "$pg_dir"
    [ "$(id -u)" = 0 ] && chown postgres "$pg_dir"
    pg_as "$bin/initdb" -D "$pg_dir/data" -U yesan -A trust -E UTF8 --no-locale >/dev/null
  fi
  pg_port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
  pg_as "${pg_ctl_cmd[@]}" -w -t 60 -o "-p $pg_port -k $pg_dir -c listen_addresses=127.0.0.1 \
    -c shared_buffers=2GB -c work_mem=64MB -c maintenance_work_mem=1GB -c max_wal_size=8GB ${PG_EXTRA_OPTS:-}" start >/dev/null
  pg_db_url="postgresql://yesan@127.0.0.1:$pg_port/yesan"
  psql -q -h 127.0.0.1 -p "$pg_port" -U yesan -d postgres -c 'DROP DATABASE IF EXISTS yesan' -c 'CREATE DATABASE yesan'
  trap pg_stop EXIT
}

pg_stop() {
  pg_as "${pg_ctl_cmd[@]}" -m fast -w stop >/dev/null 2>&1 || true
}

pg_restart() {
  pg_as "${pg_ctl_cmd[@]}" -m "${1:-fast}" -w stop >/dev/null
  sleep "${2:-5}"
  pg_as "${pg_ctl_cmd[@]}" -w -t 60 -o "-p $pg_port -k $pg_dir -c listen_addresses=127.0.0.1" start >/dev/null
}

pg_sql() {
  psql -h 127.0.0.1 -p "$pg_port" -U yesan -d yesan -v ON_ERROR_STOP=1 "$@"
}
