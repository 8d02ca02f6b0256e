#!/usr/bin/env bash
# Cold-start benchmark, measured from outside the process (docs/performance.md).
#
#   bench/startup.sh [runs]          default 10 runs; figures to stdout and target/benchmarks/startup.txt
#
# Each run: note the epoch ms, launch the kiosk (ANXIN_REPORT_FIRST_FRAME=1) on a private Xvfb
# (1920x1080x24), wait for "FIRST_FRAME <epoch ms>" on its stdout, take the difference, read the
# process's CPU time at that moment, wait SETTLE_SECONDS, read VmRSS from /proc/<pid>/status and the
# Java heap used after a full GC (jcmd), kill it, repeat.
#
# Environment:
#   BENCH_LAUNCH=kiosk   (default) launch through ./kiosk, exactly what a technician runs (its JVM
#                        options and AppCDS archive); the script execs java, so the pid is the JVM
#   BENCH_LAUNCH=plain   launch "java -jar target/anxin-kiosk.jar" with no options at all
#   BENCH_DATA=fresh     (default) a new empty XDG_DATA_HOME per run: database created and migrated
#                        (in the background), voice cache empty
#   BENCH_DATA=prepared  one data folder, prepared by a first run that is not counted: a kiosk
#                        restarting over its existing database and voice cache
#   BENCH_LABEL=text     a label written with the figures (e.g. "before", "after")
#   SETTLE_SECONDS=4     wait after the first frame before reading memory
#   KIOSK_JAVA_OPTS      passed through to ./kiosk (overrides its JVM options)
set -euo pipefail
home=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
runs=${1:-10}
launch=${BENCH_LAUNCH:-kiosk}
data=${BENCH_DATA:-fresh}
label=${BENCH_LABEL:-}
settle=${SETTLE_SECONDS:-4}
out_dir="$home/target/benchmarks"
mkdir -p "$out_dir"
work=$(mktemp -d "${TMPDIR:-/tmp}/anxin-startup.XXXXXX")
xvfb_pid=""
kiosk_pid=""

cleanup() {
  [[ -n "$kiosk_pid" ]] && kill "$kiosk_pid" 2>/dev/null && wait "$kiosk_pid" 2>/dev/null || true
  [[ -n "$xvfb_pid" ]] && kill "$xvfb_pid" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

command -v Xvfb >/dev/null || { echo "startup.sh: Xvfb is needed (apt-get install xvfb)" >&2; exit 2; }

# Build first (./kiosk builds when needed), so no run pays for Maven.
if [[ ! -f "$home/target/anxin-kiosk.jar" ]]; then
  (cd "$home" && mvn -q -B -DskipTests package) >&2
fi

# A private X display: the first free :N from 90 up.
display=90
while [[ -e "/tmp/.X11-unix/X$display" || -e "/tmp/.X$display-lock" ]]; do display=$((display + 1)); done
Xvfb ":$display" -screen 0 1920x1080x24 -nolisten tcp >/dev/null 2>&1 &
xvfb_pid=$!
for _ in $(seq 50); do [[ -e "/tmp/.X11-unix/X$display" ]] && break; sleep 0.1; done
export DISPLAY=":$display"
unset WAYLAND_DISPLAY

clk_tck=$(getconf CLK_TCK)

# CPU time (user+system, ms) the process has used so far.
cpu_ms() {
  awk -v t="$clk_tck" '{ sub(/^.*\) /, ""); print int(($12 + $13) * 1000 / t) }' "/proc/$1/stat"
}

launch_kiosk() { # $1 = data home, $2 = stdout file
  if [[ "$launch" == plain ]]; then
    XDG_DATA_HOME="$1" java -Danxin.home="$home" -jar "$home/target/anxin-kiosk.jar" --report-first-frame >"$2" 2>>"$work/stderr" &
  else
    # plain ./kiosk, exactly what a resident's kiosk runs (no arguments: the picocli-free start);
    # ANXIN_REPORT_FIRST_FRAME=1 asks for the FIRST_FRAME line instead of --report-first-frame
    ANXIN_REPORT_FIRST_FRAME=1 XDG_DATA_HOME="$1" "$home/kiosk" >"$2" 2>>"$work/stderr" &
  fi
  kiosk_pid=$!
}

# One run; prints "first_frame_ms cpu_ms rss_kb heap_kb".
one_run() { # $1 = data home
  local t0 first cpu rss heap
  t0=$(date +%s%3N)
  launch_kiosk "$1" "$work/stdout"
  for _ in $(seq 1500); do
    grep -q '^FIRST_FRAME ' "$work/stdout" 2>/dev/null && break
    kill -0 "$kiosk_pid" 2>/dev/null || break
    sleep 0.01
  done
  first=$(awk '/^FIRST_FRAME /{ print $2; exit }' "$work/stdout")
  if [[ -z "$first" ]]; then
    echo "startup.sh: no FIRST_FRAME within 15 s; stderr:" >&2
    tail -20 "$work/stderr" >&2
    return 1
  fi
  cpu=$(cpu_ms "$kiosk_pid")
  sleep "$settle"
  rss=$(awk '/^VmRSS:/{ print $2 }' "/proc/$kiosk_pid/status")
  heap=$(jcmd "$kiosk_pid" GC.run >/dev/null 2>&1 && jcmd "$kiosk_pid" GC.heap_info 2>/dev/null \
    | awk '/generation|heap/ && / used /{ for (i = 1; i <= NF; i++) if ($i == "used") { v = $(i + 1); sub(/K,?$/, "", v); s += v } } END { print s + 0 }')
  kill "$kiosk_pid" 2>/dev/null || true
  wait "$kiosk_pid" 2>/dev/null || true
  kiosk_pid=""
  : >"$work/stdout"
  echo "$((first - t0)) $cpu $rss ${heap:-0}"
}

# Median and p95 (nearest rank) of the numbers on stdin.
stats() {
  sort -n | awk '{ v[NR] = $1 } END {
    p95 = int(0.95 * NR + 0.999); if (p95 < 1) p95 = 1
    med = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2
    printf "median %d  p95 %d  min %d  max %d  (n=%d)", med, v[p95], v[1], v[NR], NR }'
}

prepared="$work/prepared"
if [[ "$data" == prepared ]]; then
  mkdir -p "$prepared"
  one_run "$prepared" >/dev/null # creates the database and the voice cache; not counted
  sleep 2
fi

: >"$work/results"
for i in $(seq "$runs"); do
  if [[ "$data" == prepared ]]; then
    dir="$prepared"
  else
    dir="$work/data-$i"
    mkdir -p "$dir"
  fi
  load=$(cut -d' ' -f1 /proc/loadavg)
  line=$(one_run "$dir")
  echo "$line $load" >>"$work/results"
  read -r ff cpu rss heap <<<"$line"
  printf 'run %2d: first frame %5d ms  cpu %5d ms  RSS %4d MB  heap %3d MB  (load %s)\n' \
    "$i" "$ff" "$cpu" $((rss / 1024)) $((heap / 1024)) "$load" >&2
  [[ "$data" == fresh ]] && rm -rf "$dir"
done

archive="none"
[[ -f "$home/target/kiosk-cds.jsa" ]] && archive="target/kiosk-cds.jsa"
{
  echo "# startup $(date -Iseconds) ${label:+[$label]}"
  echo "machine: $(nproc) cores, $(awk '/MemTotal/{ printf "%d MB", $2 / 1024 }' /proc/meminfo), $(java -version 2>&1 | head -1)"
  echo "launch: $launch (${KIOSK_JAVA_OPTS:-default JVM options}), data: $data, display: Xvfb 1920x1080x24, settle ${settle}s, AppCDS archive: $archive"
  echo "load average during runs: $(awk '{ print $5 }' "$work/results" | sort -n | awk '{ v[NR] = $1 } END { print v[1] " .. " v[NR] }')"
  echo "first frame (launch -> FIRST_FRAME) ms: $(awk '{ print $1 }' "$work/results" | stats)"
  echo "CPU time at first frame ms:           $(awk '{ print $2 }' "$work/results" | stats)"
  echo "RSS ${settle}s after first frame MB:        $(awk '{ print int($3 / 1024) }' "$work/results" | stats)"
  echo "heap used after full GC MB:          $(awk '{ print int($4 / 1024) }' "$work/results" | stats)"
  echo
} | tee -a "$out_dir/startup.txt"
