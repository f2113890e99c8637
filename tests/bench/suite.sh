#!/usr/bin/env bash
# The performance suite of issue 7, in one command: builds Release with the benchmarks,
# generates seeded BOMs (gen_bom.py) once into a scratch directory, then on one core
# (taskset -c 0) times `chainrisk scan` to JSON and to a table, `awk -F,` splitting the same
# file (the floor), the pandas and DuckDB peers, start-up on a one-line BOM, and on two cores
# `--jobs 2` when chainrisk has it; runs the Google Benchmark binary; and prints one table
# with the ratios and the targets, each marked pass or miss. A peer that is not installed, or
# a run that fails, shows as n/a or fail and never stops the suite.
#
# Usage: tests/bench/suite.sh [--full] [--runs N] [--build DIR] [--scratch DIR]
#                             [--no-install] [--no-gbench] [--sizes "N N ..."]
#   --full        add the 5,000,000-line input (about 470 MB; about 15 minutes more)
#   --runs N      repetitions per measurement, the best wall time is kept (default 3; a case
#                 stops repeating once it has used 120 s)
#   --build DIR   build directory (default build-bench)
#   --scratch DIR where inputs and outputs go (default ${TMPDIR:-/tmp}/chainrisk-bench)
#   --no-install  do not run install_peers.sh (apt-get python3-pandas time; npm DuckDB)
#   --no-gbench   skip the Google Benchmark binary
# Peak memory is ru_maxrss as GNU time's %M reports it (see measure.py).
set -uo pipefail
cd "$(dirname "$0")/../.."
bench=tests/bench

sizes="10000 100000 1000000"
runs=3
build=build-bench
scratch=${TMPDIR:-/tmp}/chainrisk-bench
install=1
gbench=1
seed=42
while [ $# -gt 0 ]; do
  case "$1" in
    --full) sizes="10000 100000 1000000 5000000" ;;
    --runs) runs=$2; shift ;;
    --build) build=$2; shift ;;
    --scratch) scratch=$2; shift ;;
    --no-install) install=0 ;;
    --no-gbench) gbench=0 ;;
    --sizes) sizes=$2; shift ;;
    -h|--help) sed -n '2,/^set /p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
    *) echo "suite: unknown option '$1' (see --help)" >&2; exit 2 ;;
  esac
  shift
done
mkdir -p "$scratch"
log() { echo "suite: $*" >&2; }

# --- Tools ---------------------------------------------------------------------------------
[ "$install" = 1 ] && bash "$bench/install_peers.sh"
log "building Release in $build"
if ! cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=Release -DCHAINRISK_BUILD_TESTS=OFF \
       -DCHAINRISK_BUILD_BENCH=ON >"$scratch/cmake.log" 2>&1; then
  log "configure with benchmarks failed (libbenchmark-dev missing?); building without them"
  gbench=0
  cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=Release -DCHAINRISK_BUILD_TESTS=OFF \
    -DCHAINRISK_BUILD_BENCH=OFF >>"$scratch/cmake.log" 2>&1 || { cat "$scratch/cmake.log" >&2; exit 1; }
fi
cmake --build "$build" -j2 >>"$scratch/cmake.log" 2>&1 || { tail -30 "$scratch/cmake.log" >&2; exit 1; }
chainrisk=$build/chainrisk
commit=$(git rev-parse --short HEAD 2>/dev/null || echo unknown)
# The tool's own code: the commit that last changed it (the suite's own commits do not).
source_commit=$(git log -1 --format=%h -- src include data cmake CMakeLists.txt 2>/dev/null || echo unknown)
if [ -n "$(git status --porcelain -- src include data CMakeLists.txt cmake 2>/dev/null)" ]; then
  commit="$commit+dirty"; source_commit="$source_commit+dirty"
fi

pandas_py=
for py in python3 /usr/bin/python3; do
  if "$py" -c 'import pandas' 2>/dev/null; then pandas_py=$py; break; fi
done
[ -n "$pandas_py" ] || log "pandas not found (apt-get install python3-pandas): pandas peer n/a"
duckdb_ok=0
if command -v node >/dev/null && [ -f "${PEER_DIR:-$bench/.peer}/node_modules/@duckdb/node-api/package.json" ]; then
  duckdb_ok=1
else
  log "DuckDB peer not installed (tests/bench/install_peers.sh): n/a"
fi
jobs_ok=0
"$chainrisk" scan --help 2>/dev/null | grep -q -- '--jobs' && jobs_ok=1

# --- Inputs, generated once per (size, seed, generator) -------------------------------------
stamp=$(cat "$bench/gen_bom.py" data/commodities.json data/countries.json | cksum | cut -d' ' -f1)
input() {  # input N -> path of the N-line BOM
  local f="$scratch/bom-$1-s$seed-$stamp.csv"
  if [ ! -s "$f" ]; then
    log "generating $1 lines"
    python3 "$bench/gen_bom.py" "$1" --seed "$seed" >"$f.tmp" && mv "$f.tmp" "$f"
  fi
  echo "$f"
}

# --- Measurements: R[key] = "seconds KiB runs" | "n/a" | "fail N" | "timeout" | "skip" ------
declare -A R
measure() {  # measure KEY RUNS CMD...
  local key=$1 n=$2
  shift 2
  # --reserve-mib: the machine is shared; a run that would leave others under 2 GiB is
  # stopped and shows as memory-guard.
  R[$key]=$(python3 "$bench/measure.py" --runs "$n" --budget 120 --timeout 900 --reserve-mib 2048 \
              --out "$scratch/stdout" -- "$@")
  log "$key: ${R[$key]}"
}
secs() { local v=${R[$1]:-n/a}; case "$v" in [0-9]*) echo "${v%% *}" ;; *) echo "" ;; esac; }
kib() { local v=${R[$1]:-n/a}; case "$v" in [0-9]*) v=${v#* }; echo "${v%% *}" ;; *) echo "" ;; esac; }
show_s() { local s; s=$(secs "$1"); [ -n "$s" ] && printf '%.3f' "$s" || echo "${R[$1]:-n/a}"; }
show_m() { local k; k=$(kib "$1"); [ -n "$k" ] && awk -v k="$k" 'BEGIN { printf "%.0f", k / 1024 }' || echo "–"; }
ratio() {  # ratio A B -> A/B with 2 decimals, or n/a
  local a b; a=$(secs "$1"); b=$(secs "$2")
  [ -n "$a" ] && [ -n "$b" ] && awk -v a="$a" -v b="$b" 'BEGIN { printf "%.2f", a / b }' || echo n/a
}
cpu_s() { local v=${R[$1]:-n/a}; case "$v" in [0-9]*) v=${v##* }; printf '%.3f' "$v" ;; *) echo "$v" ;; esac; }
load_before=$(cut -d' ' -f1-3 /proc/loadavg)

one=$(input 1)
R[startup]=$(python3 "$bench/measure.py" --runs 20 --stat median --out "$scratch/stdout" -- \
               taskset -c 0 "$chainrisk" scan "$one" --format json)
# What launching costs by itself, measured the same way (GNU time, taskset, fork, exec).
R[floor]=$(python3 "$bench/measure.py" --runs 20 --stat median -- taskset -c 0 /bin/true)
log "startup: ${R[startup]}; launch floor: ${R[floor]}"
# One core means one job: a chainrisk that counts the machine's cores rather than the ones
# taskset allows would otherwise run two threads on core 0.
one_job=()
[ "$jobs_ok" = 1 ] && one_job=(--jobs 1)
for n in $sizes; do
  f=$(input "$n")
  measure "cr_json_$n" "$runs" taskset -c 0 "$chainrisk" scan "$f" --format json "${one_job[@]}" -o "$scratch/out-cr.json"
  measure "cr_table_$n" "$runs" taskset -c 0 "$chainrisk" scan "$f" --format table "${one_job[@]}" -o "$scratch/out-cr.txt"
  if [ "$jobs_ok" = 1 ]; then
    measure "cr_jobs2_$n" "$runs" taskset -c 0,1 "$chainrisk" scan "$f" --format json --jobs 2 \
      -o "$scratch/out-cr2.json"
  else
    R[cr_jobs2_$n]="n/a"
  fi
  measure "awk_$n" "$runs" taskset -c 0 awk -F, '{n+=NF} END{print n}' "$f"
  if [ -n "$pandas_py" ]; then
    measure "pandas_$n" "$runs" taskset -c 0 "$pandas_py" "$bench/peer_pandas.py" "$f" "$scratch/out-pandas.json"
  else
    R[pandas_$n]="n/a"
  fi
  if [ "$duckdb_ok" = 1 ]; then
    measure "duckdb_$n" "$runs" taskset -c 0 node "$bench/peer_duckdb.mjs" "$f" "$scratch/out-duckdb.json" --threads 1
    measure "duckdb2_$n" "$runs" taskset -c 0,1 node "$bench/peer_duckdb.mjs" "$f" "$scratch/out-duckdb.json" --threads 2
  else
    R[duckdb_$n]="n/a"; R[duckdb2_$n]="n/a"
  fi
done

if [ "$gbench" = 1 ] && [ -x "$build/tests/bench/chainrisk_bench" ]; then
  log "Google Benchmark (one core)"
  CHAINRISK_BENCH_BOM=$(input 100000) taskset -c 0 "$build/tests/bench/chainrisk_bench" \
    --benchmark_counters_tabular=true 2>&1 | tee "$scratch/gbench.txt"
fi

# --- The table ----------------------------------------------------------------------------
echo
echo "chainrisk at $commit (source last changed at $source_commit), $(nproc) cores, $(awk '/^MemTotal:/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo),"\
     "Release; one core (taskset -c 0) unless marked; best of $runs; wall seconds and peak MiB;"\
     "load average before $load_before, after $(cut -d' ' -f1-3 /proc/loadavg)"
echo
echo "| lines | MB | chainrisk json s | MiB | chainrisk table s | MiB | awk -F, s | pandas s | MiB | duckdb s | MiB | pandas/cr | duckdb/cr | cr/awk |"
echo "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
for n in $sizes; do
  f=$(input "$n")
  mb=$(awk -v b="$(stat -c %s "$f")" 'BEGIN { printf "%.1f", b / 1e6 }')
  echo "| $n | $mb | $(show_s "cr_json_$n") | $(show_m "cr_json_$n") | $(show_s "cr_table_$n") |"\
       "$(show_m "cr_table_$n") | $(show_s "awk_$n") | $(show_s "pandas_$n") | $(show_m "pandas_$n") |"\
       "$(show_s "duckdb_$n") | $(show_m "duckdb_$n") | $(ratio "pandas_$n" "cr_json_$n") |"\
       "$(ratio "duckdb_$n" "cr_json_$n") | $(ratio "cr_json_$n" "awk_$n") |"
done
echo
echo "CPU seconds (user + system) of the same runs, less disturbed by other work on the machine:"
echo
echo "| lines | chainrisk json | chainrisk table | awk -F, | pandas | duckdb |"
echo "|---:|---:|---:|---:|---:|---:|"
for n in $sizes; do
  echo "| $n | $(cpu_s "cr_json_$n") | $(cpu_s "cr_table_$n") | $(cpu_s "awk_$n") | $(cpu_s "pandas_$n") | $(cpu_s "duckdb_$n") |"
done
echo
echo "Two cores (taskset -c 0,1):"
echo
echo "| lines | chainrisk --jobs 2 s | speed-up over 1 job | duckdb threads=2 s | MiB |"
echo "|---:|---:|---:|---:|---:|"
for n in $sizes; do
  echo "| $n | $(show_s "cr_jobs2_$n") | $(ratio "cr_json_$n" "cr_jobs2_$n") | $(show_s "duckdb2_$n") | $(show_m "duckdb2_$n") |"
done

# --- Targets (issue 7) --------------------------------------------------------------------
verdict() {  # verdict VALUE OP GOAL -> pass | miss | n/a
  [ -z "$1" ] || [ "$1" = n/a ] && { echo n/a; return; }
  awk -v v="$1" -v g="$3" -v op="$2" 'BEGIN { ok = (op == "<=") ? v <= g : (op == "<") ? v < g : v >= g
                                               print ok ? "pass" : "miss" }'
}
row() { echo "| $1 | $2 | $3 | $(verdict "$2" "$4" "$5") |"; }
m=1000000
ms() { local s; s=$(secs "$1"); [ -n "$s" ] && awk -v s="$s" 'BEGIN { printf "%.1f", s * 1000 }' || echo n/a; }
start_ms=$(ms startup)
json_1m=$(secs "cr_json_$m"); [ -n "$json_1m" ] && json_1m=$(printf '%.3f' "$json_1m") || json_1m=n/a
peak_1m=$(k=$(kib "cr_json_$m"); [ -n "$k" ] && awk -v k="$k" 'BEGIN { printf "%.0f", k / 1024 }' || echo n/a)
mem_ratio=n/a
k5=$(kib "cr_json_5000000"); k1=$(kib "cr_json_$m")
[ -n "$k5" ] && [ -n "$k1" ] && mem_ratio=$(awk -v a="$k5" -v b="$k1" 'BEGIN { printf "%.2f", a / b }')
echo
echo "Targets (1,000,000 lines unless stated):"
echo
echo "| target | measured | goal | result |"
echo "|---|---:|---:|---|"
start_cpu=$(v=${R[startup]:-}; case "$v" in [0-9]*) awk -v s="${v##* }" 'BEGIN { printf "%.1f", s * 1000 }' ;; *) echo n/a ;; esac)
row "start-up, one-line BOM, median of 20 (ms; CPU $start_cpu; launch floor $(ms floor))" "$start_ms" "≤ 20" "<=" 20
row "scan to JSON (s)" "$json_1m" "≤ 1.0 (aim 0.7)" "<=" 1.0
row "chainrisk / awk -F," "$(ratio "cr_json_$m" "awk_$m")" "≤ 4" "<=" 4
row "peak memory (MiB)" "$peak_1m" "≤ 286 (300 MB)" "<=" 286.1
row "peak 5M / peak 1M" "$mem_ratio" "< 2" "<" 2
row "--jobs 2 speed-up" "$(ratio "cr_json_$m" "cr_jobs2_$m")" "≥ 1.7" ">=" 1.7
row "pandas peer / chainrisk" "$(ratio "pandas_$m" "cr_json_$m")" "≥ 20" ">=" 20
row "duckdb peer (threads=1) / chainrisk" "$(ratio "duckdb_$m" "cr_json_$m")" "≥ 1.5" ">=" 1.5
echo
echo "Inputs and outputs: $scratch"
