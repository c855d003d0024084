# Shared by bench/api-*.sh: build, freeze the class path, load the generated store, start
# PostgreSQL. Sourced, not run. Everything goes to bench-out/api/ (git-ignored).

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/.." && pwd)
out="$root/bench-out/api"
mkdir -p "$out"
pg_url='jdbc:postgresql://127.0.0.1:5432/yesan_bench?user=yesan_bench&password=yesan_bench'

# Builds bench and what it depends on, then copies every jar into bench-out/api/lib so that a
# rebuild during a long run cannot change what is timed. API_BENCH_NO_BUILD=1 reuses the last lib/.
api_build() {
  if [ "${API_BENCH_NO_BUILD:-}" != 1 ]; then
    (cd "$root" && mvn -B -q -pl bench -am package -DskipTests -Dspotless.check.skip=true) >&2
    rm -rf "$out/lib" && mkdir -p "$out/lib"
    cp "$root/bench/target/yesan-bench-0.1.0-SNAPSHOT.jar" "$out/lib/"
    tr ':' '\n' <"$root/bench/target/bench.classpath" | while read -r jar || [ -n "$jar" ]; do
      cp "$jar" "$out/lib/"; done
    git -C "$root" rev-parse --short HEAD >"$out/lib/commit"
  fi
  api_java=(java -Dfile.encoding=UTF-8 -cp "$out/lib/*")
}

# The store is reused while the store code it was built by is unchanged (its git tree hash).
api_store() {
  local key; key=$(git -C "$root" rev-parse "$(cat "$out/lib/commit")":store)
  if [ "$(cat "$out/store.key" 2>/dev/null)" != "$key" ]; then
    rm -f "$out/store.duckdb" "$out/store.duckdb.wal" "$out/store.key" "$out/pg.key"
    echo "bench: loading 10,000,008 generated facts into $out/store.duckdb" >&2
    "${api_java[@]}" org.yesan.bench.api.GeneratedStoreLoad "$out/store.duckdb" | tee "$out/load.out" >&2
    echo "$key" >"$out/store.key"
  fi
}

# PostgreSQL 15 from Debian, started here as the postgres user, with memory settings for a 24 GB
# machine; then the store's tables are copied to it once per store.
api_postgres() {
  command -v pg_ctlcluster >/dev/null || apt-get install -y postgresql >&2
  local cluster; cluster=$(pg_lsclusters -h | awk 'NR==1 {print $1}')
  if ! pg_lsclusters -h | awk 'NR==1 {exit $4 == "online" ? 0 : 1}'; then
    pg_ctlcluster "$cluster" main start
  fi
  su postgres -c "psql -q -v ON_ERROR_STOP=1" >&2 <<'SQL'
ALTER SYSTEM SET shared_buffers = '4GB';
ALTER SYSTEM SET work_mem = '256MB';
ALTER SYSTEM SET maintenance_work_mem = '1GB';
ALTER SYSTEM SET effective_cache_size = '16GB';
ALTER SYSTEM SET max_wal_size = '8GB';
DO $$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'yesan_bench') THEN
    CREATE ROLE yesan_bench LOGIN PASSWORD 'yesan_bench';
  END IF;
END $$;
SQL
  if [ "$(su postgres -c "psql -tA -c 'SHOW shared_buffers'")" != 4GB ]; then
    pg_ctlcluster "$cluster" main restart
  fi
  su postgres -c "psql -tA -c \"SELECT 1 FROM pg_database WHERE datname = 'yesan_bench'\"" | grep -q 1 \
    || su postgres -c "createdb -O yesan_bench yesan_bench"
  if [ "$(cat "$out/pg.key" 2>/dev/null)" != "$(cat "$out/store.key")" ]; then
    echo "bench: copying the store's tables to PostgreSQL" >&2
    "${api_java[@]}" org.yesan.bench.api.PostgresMirror "$out/store.duckdb" "$pg_url" /tmp/yesan-bench-csv \
      | tee "$out/pg-load.out" >&2
    cp "$out/store.key" "$out/pg.key"
  fi
}

describe_api_machine() {
  echo "date: $(date -u +%Y-%m-%dT%H:%MZ)"
  echo "cpu: $(nproc) cores, $(awk '/model name/ {sub(/.*: /,""); print; exit}' /proc/cpuinfo)"
  echo "memory: $(awk '/MemTotal/ {printf "%.1f GB", $2/1024/1024}' /proc/meminfo)"
  echo "load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "jdk: $(java -version 2>&1 | head -2 | tail -1)"
  echo "duckdb_jdbc: $(ls "$out/lib" | sed -n 's/^duckdb_jdbc-\(.*\)\.jar$/\1/p')"
  echo "postgresql: $(su postgres -c "psql -tA -c 'SHOW server_version'" 2>/dev/null || echo none)"
  echo "wrk: $({ wrk -v 2>&1 || true; } | head -1)"
  echo "commit built: $(cat "$out/lib/commit" 2>/dev/null || echo unknown)"
}
