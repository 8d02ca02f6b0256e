#!/usr/bin/env bash
# Every benchmark, one command (docs/performance.md). Figures go to target/benchmarks/:
#   startup.txt     cold start through ./kiosk, two series of 10 (process launch -> first frame, RSS, heap)
#   navigation.txt  tap -> next screen rendered, memory after start and after navigations,
#                   under Monocle headless and under the real GTK glass on Xvfb
#   commit.txt      submission commit latency (1000 commits, file H2) and a payment's kiosk-side time
#   receipt.txt     receipt render and render-to-file (PNG + PDF)
# The machine's load matters (2 cores): the files record the load average; run it on a quiet machine.
set -euo pipefail
home=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
mkdir -p "$home/target/benchmarks"
rm -f "$home/target/benchmarks/startup.txt" "$home/target/benchmarks/navigation.txt" \
  "$home/target/benchmarks/commit.txt" "$home/target/benchmarks/receipt.txt"
"$home/kiosk" --version >/dev/null            # builds when needed, so no measured run pays for Maven
BENCH_LABEL="series 1" "$home/bench/startup.sh" "${STARTUP_RUNS:-10}"
BENCH_LABEL="series 2" "$home/bench/startup.sh" "${STARTUP_RUNS:-10}"
"$home/bench/navigation.sh"
"$home/bench/navigation.sh" --xvfb
(cd "$home" && mvn -B -o -q test -Dsurefire.excludedGroups=soak -Dsurefire.groups=benchmark \
  -Dtest='CommitBenchmark,ReceiptBenchmark' -Dsurefire.failIfNoSpecifiedTests=false)
echo "figures: $home/target/benchmarks/{startup,navigation,commit,receipt}.txt"
