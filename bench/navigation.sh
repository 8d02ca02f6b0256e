#!/usr/bin/env bash
# Resident-screen navigation and memory benchmark (NavigationBenchmark, docs/performance.md).
#   bench/navigation.sh           Monocle headless, software rendering: the UI tests' platform
#   bench/navigation.sh --xvfb    the real GTK glass on a private Xvfb display (closer to a kiosk)
# Appends its figures to target/benchmarks/navigation.txt. Extra -D options pass through to Maven,
# e.g. -Danxin.bench.navigations=800 -Danxin.bench.input=fire.
set -euo pipefail
home=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
xvfb_pid=""
trap '[[ -n "$xvfb_pid" ]] && kill "$xvfb_pid" 2>/dev/null || true' EXIT
platform=()
if [[ "${1:-}" == --xvfb ]]; then
  shift
  display=90
  while [[ -e "/tmp/.X11-unix/X$display" || -e "/tmp/.X$display-lock" ]]; do display=$((display + 1)); done
  Xvfb ":$display" -screen 0 1920x1080x24 -nolisten tcp >/dev/null 2>&1 &
  xvfb_pid=$!
  for _ in $(seq 50); do [[ -e "/tmp/.X11-unix/X$display" ]] && break; sleep 0.1; done
  export DISPLAY=":$display"
  platform=(-Dheadless.argLine=)   # no Monocle: the platform's own glass (GTK) and prism
fi
cd "$home"
mvn -B -o -q test -Dsurefire.excludedGroups=soak -Dsurefire.groups=benchmark -Dtest=NavigationBenchmark \
  -Dsurefire.failIfNoSpecifiedTests=false "${platform[@]}" "$@"
