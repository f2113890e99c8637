#!/usr/bin/env bash
# Speed-up of `chainrisk batch` from 1 to 2 jobs (issue 9: near-linear) on generated BOMs:
# N BOMs of L lines each (default 1000 × 1000), from gen_bom.py's generator, seeded (seed S
# for the supplier pools, S+i for BOM i), so every run screens the same bytes.
# Usage: tests/bench/batch_bench.sh BINARY [N] [L] [SEED] [RUNS]
# Prints wall and CPU seconds and peak memory of each run, RUNS (default 3) rounds of
# --jobs 1 then --jobs 2, and the speed-up of the best wall times. On a shared machine the wall
# time depends on the load: the load average is printed beside each run, and user CPU time
# (the work done, whatever the contention) should stay about equal between the two runs.
set -euo pipefail
bin=$(realpath "$1") n=${2:-1000} lines=${3:-1000} seed=${4:-42} runs=${5:-3}
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

# "wall user sys peak_KiB" of one run; the peak (ru_maxrss) needs GNU time, else "n/a".
TIMEFORMAT='%R %U %S n/a'
run() {  # JOBS → writes the figures to $work/time-JOBS; the batch must exit 0
  local cmd=("$bin" -q batch "$work/boms" --out "$work/out-$1" --jobs "$1" --format json)
  if [ -x /usr/bin/time ]; then
    /usr/bin/time -f '%e %U %S %M' -o "$work/time-$1" "${cmd[@]}" >/dev/null 2>"$work/stderr-$1"
  else
    { time "${cmd[@]}" >/dev/null 2>"$work/stderr-$1"; } 2>"$work/time-$1"
  fi || { echo "batch --jobs $1 failed:" >&2; head "$work/stderr-$1" >&2; exit 1; }
}
printf '%-5s %9s %9s %9s %10s %12s  %s\n' jobs wall_s user_s sys_s peak_MiB lines/s "load average before"
declare -A wall=([1]=inf [2]=inf)
for ((r = 1; r <= runs; r++)); do
  for jobs in 1 2; do
    load=$(cut -d' ' -f1-3 /proc/loadavg)
    run "$jobs"
    read -r w u s m <"$work/time-$jobs"
    wall[$jobs]=$(awk -v a="${wall[$jobs]}" -v b="$w" 'BEGIN { print (a == "inf" || b < a) ? b : a }')
    awk -v j="$jobs" -v w="$w" -v u="$u" -v s="$s" -v m="$m" -v l="$load" -v n=$((n * lines)) \
      'BEGIN { printf "%-5s %9.2f %9.2f %9.2f %10s %12.0f  %s\n", j, w, u, s, m == "n/a" ? m : sprintf("%.0f", m / 1024), n / w, l }'
  done
done
cmp -s "$work/out-1/index.json" "$work/out-2/index.json" || { echo "the two indexes differ"; exit 1; }
python3 -c 'import json, sys; t = json.load(open(sys.argv[1]))["totals"]
print("index: %d of %d BOMs screened, %d lines, level %s" % (t["screened"], t["files"], t["lines"], t["level"]))' \
  "$work/out-1/index.json"
awk -v a="${wall[1]}" -v b="${wall[2]}" \
  'BEGIN { printf "best wall: %.2f s on 1 job, %.2f s on 2; speed-up %.2f× (%.0f%% of linear)\n", a, b, a / b, 50 * a / b }'
