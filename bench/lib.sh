# Shared by bench/*.sh: build once, freeze the class path, time commands with GNU time.
# Sourced, not run.

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/.." && pwd)
out="$root/bench-out"   # git-ignored: stores, generated data, raw timings
mkdir -p "$out"

# GNU time gives peak RSS; bash's `time` keyword does not. Debian package: time.
require_gnu_time() {
  if [ ! -x /usr/bin/time ]; then
    echo "bench: /usr/bin/time missing; installing the Debian 'time' package" >&2
    apt-get install -y time >&2 || { echo "bench: run 'apt-get install time' first" >&2; exit 1; }
  fi
}

# Builds through ./yesan (which rebuilds when sources changed), then copies every jar into
# bench-out/lib so that a rebuild by someone else during a long run cannot change what is timed.
freeze_build() {
  if ! "$root/yesan" --version >/dev/null; then
    # Another module may be mid-edit; the last complete build of cli/ is still a valid subject.
    echo "bench: ./yesan could not rebuild; timing the jars of the last successful build" >&2
    build_note="(./yesan rebuild failed; last successful build timed)"
  fi
  if [ ! -f "$root/bench/target/yesan-bench-0.1.0-SNAPSHOT.jar" ] \
      || [ -n "$(find "$root/bench/src" -newer "$root/bench/target/yesan-bench-0.1.0-SNAPSHOT.jar" -print -quit)" ]; then
    # -am: on a fresh clone the sibling modules are in no local repository yet.
    mvn -B -q -f "$root/pom.xml" -pl bench -am package -DskipTests -Dspotless.check.skip=true >&2
  fi
  rm -rf "$out/lib" && mkdir -p "$out/lib"
  cp "$root/cli/target/yesan-cli-0.1.0-SNAPSHOT.jar" "$root/bench/target/yesan-bench-0.1.0-SNAPSHOT.jar" "$out/lib/"
  tr ':' '\n' <"$root/cli/target/yesan.classpath" | while read -r jar || [ -n "$jar" ]; do cp "$jar" "$out/lib/"; done
  # DuckDB's classes and native library as ./yesan loads them, when the build unpacked them.
  local duckdb_cp="" jar unpacked
  for jar in "$out"/lib/duckdb_jdbc-*.jar; do
    unpacked="$root/cli/target/$(basename "$jar" .jar | sed 's/^duckdb_jdbc-/duckdb-/')"
    if [ -d "$unpacked/classes/org/duckdb" ] && compgen -G "$unpacked/libduckdb_java.so_*" >/dev/null; then
      rm -rf "$out/duckdb" && cp -r "$unpacked" "$out/duckdb" && rm "$jar"
      basename "$jar" .jar | sed 's/^duckdb_jdbc-//' >"$out/duckdb/version"
      duckdb_cp=":$out/duckdb/classes"
    fi
  done
  # The same heap bound as ./yesan, so that memory figures are what a user gets.
  yesan_java=(java -Xmx1536m -Dfile.encoding=UTF-8 -cp "$out/lib/*$duckdb_cp")
}

# shellcheck source=../cli/jvm-options.sh
source "$root/cli/jvm-options.sh"

# yesan_command ARGS...: sets yesan_cli to the java command line ./yesan would run for ARGS (the
# same JIT options), without ARGS.
yesan_command() {
  local -a jit
  mapfile -t jit < <(yesan_jit_options "$@")
  yesan_cli=("${yesan_java[@]}" ${jit[@]+"${jit[@]}"} org.yesan.cli.YesanCli)
}

# timed LABEL CMD... : runs CMD under GNU time; stdout to $out/LABEL.out, time report to
# $out/LABEL.time; sets wall_s and rss_mb.
timed() {
  local label=$1; shift
  /usr/bin/time -v -o "$out/$label.time" "$@" >"$out/$label.out" 2>"$out/$label.err" || {
    echo "bench: $label failed; see $out/$label.err" >&2; tail -5 "$out/$label.err" >&2; exit 1; }
  wall_s=$(awk -F': ' '/Elapsed \(wall clock\)/ {n=split($2,t,":"); s=0; for(i=1;i<=n;i++) s=s*60+t[i]; print s}' "$out/$label.time")
  rss_mb=$(awk -F': ' '/Maximum resident set size/ {printf "%.0f", $2/1024}' "$out/$label.time")
}

# stats FILE COLUMN: median, min and max of a numeric column of a tab-separated file with header.
stats() {
  python3 - "$1" "$2" <<'PY'
import csv, statistics, sys
rows = list(csv.DictReader(open(sys.argv[1]), delimiter="\t"))
v = sorted(float(r[sys.argv[2]]) for r in rows)
print(f"{statistics.median(v):g}\t{v[0]:g}\t{v[-1]:g}")
PY
}

describe_machine() {
  echo "date: $(date -u +%Y-%m-%dT%H:%MZ)"
  echo "cpu: $(nproc) cores, $(awk '/model name/ {sub(/.*: /,""); print; exit}' /proc/cpuinfo)"
  echo "memory: $(awk '/MemTotal/ {printf "%.1f GB", $2/1024/1024}' /proc/meminfo)"
  echo "jdk: $(java -version 2>&1 | head -2 | tail -1)"
  echo "duckdb_jdbc: $(ls "$out/lib" | sed -n 's/^duckdb_jdbc-\(.*\)\.jar$/\1/p')$(cat "$out/duckdb/version" 2>/dev/null | sed 's/.*/& (unpacked)/')"
  echo "build: ${build_note:-fresh ./yesan build}"
  echo "commit: $(git -C "$root" rev-parse --short HEAD)$(git -C "$root" diff --quiet -- store ingest core cli || echo ' (+ uncommitted changes in store/ingest/core/cli)')"
}

# generated_files ROWS: the generated 열린재정 out_YYYY files of ROWS rows (12 years from 2007),
# made once into $out/generated-ROWS/ and reused; sets data and files. Needs freeze_build first.
generated_files() {
  data="$out/generated-$1"
  if [ ! -f "$data/done" ]; then
    rm -rf "$data"
    "${yesan_java[@]}" org.yesan.bench.LineItemGenerator "$data" "$1" 2007 12 20070101
    touch "$data/done"
  fi
  files=("$data"/out_*.csv)
}
