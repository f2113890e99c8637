#!/usr/bin/env bash
# Speed-up of `chainrisk batch` from 1 to 2 jobs (issue 9: near-linear) on generated BOMs:
# N BOMs of L lines each (default 1000 × 1000), from gen_bom.py's generator, seeded (seed S
# for the supplier pools, S+i for BOM i), so every run screens the same bytes.
# Usage: tests/bench/batch_bench.sh BINARY [N] [L] [SEED]
# Prints wall and CPU seconds per job count and the speed-up. On a shared machine the wall
# time depends on the load: the load average is printed beside each run, and user CPU time
# (the work done, whatever the contention) should stay about equal between the two runs.
set -euo pipefail
bin=$(realpath "$1") n=${2:-1000} lines=${3:-1000} seed=${4:-42}
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

python3 - "$here" "$work/boms" "$n" "$lines" "$seed" <<'PY'
import os, random, sys
here, out_dir, n, lines, seed = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4]), int(sys.argv[5])
sys.path.insert(0, here)
import gen_bom
os.makedirs(out_dir)
pools = gen_bom.Pools(os.path.join(here, "..", "..", "data"), random.Random(seed))
for i in range(n):
    rng = random.Random(seed + 1 + i)
    gen = gen_bom.Generator(pools, rng)
    with open(os.path.join(out_dir, f"bom-{i:04d}.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write(gen_bom.HEADER + "\n")
        f.write("\n".join(gen.items(lines)) + "\n")
PY
echo "generated $n BOMs of $lines lines ($(du -sh "$work/boms" | cut -f1)) in $work/boms; $(nproc) cores"

TIMEFORMAT='%R %U %S'
run() {  # JOBS → prints "wall user sys"
  { time "$bin" -q batch "$work/boms" --out "$work/out-$1" --jobs "$1" --format json >/dev/null 2>"$work/stderr-$1" ||
      [ $? = 2 ]; } 2>"$work/time-$1"
  cat "$work/time-$1"
}
printf '%-5s %9s %9s %9s %12s  %s\n' jobs wall_s user_s sys_s lines/s "load average before"
declare -A wall
for jobs in 1 2; do
  load=$(cut -d' ' -f1-3 /proc/loadavg)
  read -r w u s < <(run "$jobs")
  wall[$jobs]=$w
  awk -v j="$jobs" -v w="$w" -v u="$u" -v s="$s" -v l="$load" -v n=$((n * lines)) \
    'BEGIN { printf "%-5s %9.2f %9.2f %9.2f %12.0f  %s\n", j, w, u, s, n / w, l }'
done
cmp -s "$work/out-1/index.json" "$work/out-2/index.json" || { echo "the two indexes differ"; exit 1; }
awk -v a="${wall[1]}" -v b="${wall[2]}" 'BEGIN { printf "speed-up 1 → 2 jobs: %.2f× (%.0f%% of linear)\n", a / b, 50 * a / b }'
