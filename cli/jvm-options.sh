# Sourced by ./yesan and bench/lib.sh, so that the benchmarks time what users run. Not run.

# yesan_jit_options ARGS...: the JIT options for a yesan command line, printed one per line.
#
# The JVM's optimising compiler (C2) pays only in long runs. In a run of a few seconds on two
# cores it competes with the work for the cores: the 48 열린재정 files imported in 1.79-2.45 s
# with the quick compiler alone against 2.15-2.82 s with both (four alternating rounds), while
# the 10M generated rows took 22.9 s with it alone against 18.5-18.8 s with both. So the quick
# compiler alone, except for the server and for imports and restores of 64 MiB or more. Such
# short runs also get the serial collector, which the JVM itself picks on smaller machines: the
# 48 files took 1.47-1.84 s (median 1.68) with it against 1.50-1.89 s (1.79) with G1, eight
# alternating rounds.
yesan_jit_options() {
  local command="" arg
  local -a rest=()
  while [ $# -gt 0 ]; do
    arg=$1; shift
    if [ -z "$command" ]; then
      case "$arg" in
        --db) shift ;;
        -*) ;;
        *) command=$arg ;;
      esac
    else
      rest+=("$arg")
    fi
  done
  case "$command" in
    serve|backup) return 0 ;;
    import|restore)
      local bytes=0 size
      for arg in ${rest[@]+"${rest[@]}"}; do
        if [ -f "$arg" ]; then
          size=$(stat -c %s -- "$arg" 2>/dev/null || echo 0)
          bytes=$((bytes + size))
        fi
      done
      [ "$bytes" -ge $((64 << 20)) ] && return 0 ;;
  esac
  echo "-XX:TieredStopAtLevel=1"
  echo "-XX:+UseSerialGC"
}
