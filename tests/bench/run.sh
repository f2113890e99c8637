#!/usr/bin/env bash
# Whole-command timings and peak memory of `chainrisk scan` on generated BOMs, plus the
# stage benchmarks (needs GNU time: apt-get install time). Usage: tests/bench/run.sh [BUILD_DIR] (default
# build-bench, Release). The full suite, with the peers and the targets, is tests/bench/suite.sh.
set -euo pipefail
cd "$(dirname "$0")/../.."
build=${1:-build-bench}
cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=Release -DCHAINRISK_BUILD_BENCH=ON -DCHAINRISK_BUILD_TESTS=OFF >/dev/null
cmake --build "$build" -j"$(nproc)" >/dev/null
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
printf '%-10s %-7s %10s %12s\n' lines format seconds "peak MiB"
for n in 1 10000 100000; do
  tests/bench/gen_bom.sh "$n" >"$tmp/bom.csv"
  for format in json table; do
    /usr/bin/time -f '%e %M' -o "$tmp/time" "$build/chainrisk" scan "$tmp/bom.csv" --format "$format" \
      -o "$tmp/out" 2>/dev/null || true
    read -r secs kb <"$tmp/time"
    awk -v n="$n" -v f="$format" -v s="$secs" -v kb="$kb" 'BEGIN { printf "%-10s %-7s %10s %12.1f\n", n, f, s, kb / 1024 }'
  done
done
"$build/tests/bench/chainrisk_bench" --benchmark_counters_tabular=true
