#!/usr/bin/env bash
# Fuzzes targets for a bounded time (docs/reliability.md). Build them first:
#   CXX=clang++ cmake -S . -B build-fuzz -DCHAINRISK_FUZZ=ON && cmake --build build-fuzz --target fuzz_targets
# Usage: tests/fuzz/run.sh BUILD_DIR SECONDS [TARGET...]   (default: every target)
# Each target starts from its seeds and regression inputs (copied to a scratch corpus, so
# the tree is not written to); a crash leaves its input under BUILD_DIR/fuzz-crashes/ and
# fails the run. Add the input to tests/fuzz/regressions/<target>/ with the fix.
set -uo pipefail
build=${1:?build dir} seconds=${2:?seconds}
shift 2
dir="$build/tests/fuzz"
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
  for seeds in "$dir"/fuzz_*.seeds; do targets+=("$(basename "$seeds" .seeds | sed 's/^fuzz_//')"); done
fi
crashes="$build/fuzz-crashes"
mkdir -p "$crashes"
status=0
for t in "${targets[@]}"; do
  bin="$dir/fuzz_$t"
  [ -x "$bin" ] || { echo "fuzz: $bin not built (configure with -DCHAINRISK_FUZZ=ON)"; exit 2; }
  corpus=$(mktemp -d)
  while read -r seed_dir; do
    if [ -d "$seed_dir" ]; then find "$seed_dir" -type f -size -1M -exec cp -t "$corpus" {} + 2>/dev/null; fi
  done <"$dir/fuzz_$t.seeds"
  log="$build/fuzz-$t.log"
  # -rss_limit_mb: memory bounded by the documented limits; -timeout: no input may take 10 s.
  if "$bin" -max_total_time="$seconds" -rss_limit_mb=2048 -timeout=10 -max_len=65536 \
       -artifact_prefix="$crashes/$t-" -print_final_stats=1 "$corpus" >"$log" 2>&1; then
    execs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$')
    cov=$(grep -o 'cov: [0-9]*' "$log" | tail -n1 | grep -o '[0-9]*')
    echo "fuzz: $t ok: ${execs:-?} inputs in ${seconds} s, coverage ${cov:-?} edges"
  else
    echo "fuzz: $t FAILED; its log ($log) ends:"
    tail -n 40 "$log"
    status=1
  fi
  rm -rf "$corpus"
done
exit $status
