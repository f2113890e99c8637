#!/usr/bin/env bash
# Hostile situations that are not a file's bytes: permissions, a file growing while it is
# read, a run killed while writing its report. One case per call.
# Usage: special.sh BINARY CHECKER CASE   (exit 0 pass, 1 fail, 77 skipped)
set -uo pipefail
bin=$1 checker=$2 case=$3
work=$(mktemp -d)
trap 'kill $(jobs -p) 2>/dev/null; rm -rf "$work"' EXIT
cd "$work" || exit 1
fail() { echo "FAIL: $case: $*"; [ -f stderr ] && head -n 20 stderr; exit 1; }
header="id,description,material,supplier,supplier_country,origin"
big_bom() {  # FILE LINES
  awk -v h="$header" -v n="$2" 'BEGIN { print h; for (i = 1; i <= n; i++) print i ",Copper wire,copper,Acme Metals,CL,CL" }' >"$1"
}

case $case in
unreadable)
  # Root reads anything: as root, run chainrisk as nobody (setpriv, util-linux).
  run=("$bin")
  if [ "$(id -u)" = 0 ]; then
    chmod 755 "$work"
    run=(setpriv --reuid=nobody --regid=nogroup --clear-groups "$bin")
    "${run[@]}" --version >/dev/null 2>&1 || { echo "skipped: nobody cannot run $bin"; exit 77; }
  fi
  big_bom bom.csv 2 && chmod 000 bom.csv
  "${run[@]}" scan bom.csv 2>stderr >/dev/null
  [ $? = 2 ] || fail "expected exit 2"
  grep -q '^bom.csv: error: cannot open: Permission denied' stderr || fail "message"
  ;;
changing)
  # A writer appends while chainrisk reads: the scan must refuse the half-written file
  # rather than report on some of it. Timing decides whether the read overlaps a write,
  # so up to five tries; a run that saw no change must still have read the file whole.
  for try in 1 2 3 4 5; do
    big_bom bom.csv 400000
    (while :; do echo "x,Copper wire,copper,Acme Metals,CL,CL" >>bom.csv; done) &
    writer=$!
    "$bin" scan bom.csv --format json -o report.json 2>stderr
    code=$?
    kill "$writer"; wait "$writer" 2>/dev/null
    if [ "$code" = 2 ]; then
      grep -qE '^bom.csv: error: file changed while it was read \([0-9]+ bytes when opened, [0-9]+ (read|now)\)' stderr ||
        fail "exit 2 without the changed-file message"
      echo "ok: refused on try $try: $(cat stderr)"
      exit 0
    fi
    [ "$code" = 0 ] || fail "exit $code"
  done
  fail "five scans of a file being appended to never noticed the change"
  ;;
kill-mid-write)
  # A report that exists stays whole when a later run is killed while writing over it.
  big_bom bom.csv 300000
  echo '{"previous": "report"}' >report.json
  for sig in KILL TERM; do
    "$bin" scan bom.csv --format json -o report.json 2>/dev/null &
    pid=$!
    # Wait until the temporary file has content, then kill the run mid-write.
    for _ in $(seq 1 2000); do
      tmp=$(ls -A | grep '^\.report\.json\.tmp\.' | head -n1)
      [ -n "$tmp" ] && [ -s "$tmp" ] && break
      sleep 0.005
    done
    [ -n "$tmp" ] || fail "never saw the temporary report being written"
    kill -s "$sig" "$pid"
    wait "$pid" 2>/dev/null
    [ "$(cat report.json)" = '{"previous": "report"}' ] || fail "SIG$sig left report.json changed"
    if [ "$sig" = TERM ]; then
      ls -A | grep -q '^\.report\.json\.tmp\.' && fail "SIGTERM left the temporary file behind"
    fi
    rm -f .report.json.tmp.*
  done
  # And a run that completes replaces it whole.
  "$bin" scan bom.csv --format json -o report.json 2>/dev/null || fail "the full run failed"
  grep -q '"lines": 300000' report.json || fail "completed report incomplete"
  ls -A | grep -q '\.tmp\.' && fail "a completed run left a temporary file"
  ;;
fifo)
  # A named pipe is read as a stream, like stdin.
  mkfifo bom.pipe
  big_bom bom.csv 1000
  cat bom.csv >bom.pipe &
  "$bin" scan bom.pipe --format json -o report.json 2>stderr || fail "exit $?"
  grep -q '"lines": 1000' report.json || fail "rows lost reading a FIFO"
  ;;
accounting)
  # Generated files with every kind of row problem at random places: every row is scored
  # or reported, in CSV and JSON, and the per-file counts add up.
  for seed in 1 2 3 4 5; do
    awk -v h="$header" -v seed="$seed" 'BEGIN {
      srand(seed); print h; n = 5000
      for (i = 1; i <= n; i++) {
        r = rand()
        if (r < 0.05) print i ",Copper wire,copper,Acme,CL,CL,extra"            # too many fields
        else if (r < 0.10) print i ",Copper wire,cop\001per,Acme,CL,CL"          # control byte
        else if (r < 0.12) print i ",\"Copper \"\"wire\"\"\",copper,Acme,CL,CL"  # quoted quotes
        else if (r < 0.15) print i ",Copper wire"                                # too few fields
        else if (r < 0.20) print i ",Mystery good,unobtainium,Acme,Atlantis,ZZ"   # unresolved
        else print i ",Copper wire,copper,Acme,CL,CL"
      } }' >gen.csv
    rows=$(($(wc -l <gen.csv) - 1))
    "$bin" scan gen.csv --format json -o report.json 2>/dev/null
    got=$(grep -m1 -o '"lines": [0-9]*' report.json | grep -o '[0-9]*$')
    [ "$got" = "$rows" ] || fail "seed $seed: $rows rows in the file, $got accounted for"
    "$checker" report.json || fail "seed $seed: report invariants"
  done
  ;;
*) fail "unknown case" ;;
esac
echo "ok: $case"
