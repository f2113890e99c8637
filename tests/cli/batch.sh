#!/usr/bin/env bash
# End-to-end cases of `chainrisk batch` (docs/batch.md): the real binary on the examples and
# on small generated trees, checking the files written, the index and the exit code.
# Usage: batch.sh BINARY CHECKER SOURCE_DIR CASE   (exit 0 pass, 1 fail)
set -uo pipefail
bin=$1 checker=$2 src=$3 case=$4
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work" || exit 1
fail() { echo "FAIL: $case: $*"; [ -f stderr ] && head -n 20 stderr; exit 1; }
header="id,description,material,supplier,supplier_country,origin"
# Query index.json with a Python expression over `j` (the parsed index); prints the result.
idx() { python3 -c "import json,sys; j=json.load(open(sys.argv[1])); print($2)" "$1"; }
expect_exit() { [ "$code" = "$1" ] || fail "exit $code, expected $1"; }
files_in() { (cd "$1" && ls -A | tr '\n' ' '); }

case $case in
examples)
  # One report per example, each byte for byte what `scan --format json` writes for it.
  cp -R "$src/docs/examples" examples
  "$bin" batch examples --out r 2>stderr; code=$?
  expect_exit 0
  want="apparel-suppliers.json.json car-door.cdx.json.json copper-cable.csv.json ev-battery-pack.csv.json index.html index.json "
  [ "$(files_in r)" = "$want" ] || fail "files: $(files_in r)"
  for f in examples/*; do
    name=$(basename "$f").json
    "$checker" "r/$name" || fail "$name breaks the report invariants"
    "$bin" scan "$f" --format json >scan.json 2>/dev/null
    cmp -s scan.json "r/$name" || fail "$name differs from scan --format json"
  done
  [ "$(idx r/index.json 'j["schema"]')" = chainrisk.batch-index/v1 ] || fail "schema"
  [ "$(idx r/index.json 'len(j["boms"])')" = 4 ] || fail "4 BOMs"
  [ "$(idx r/index.json 'sum(b["lines"] for b in j["boms"]) == j["totals"]["lines"]')" = True ] || fail "line total"
  # Ranked: level, then score, highest first.
  order='[(["none","low","medium","high","critical"].index(b["level"]), b["score"]) for b in j["boms"]]'
  [ "$(idx r/index.json "$order == sorted($order, reverse=True)")" = True ] || fail "ranking"
  [ "$(idx r/index.json '[b["rank"] for b in j["boms"]]')" = "[1, 2, 3, 4]" ] || fail "ranks"
  for b in apparel-suppliers.json car-door.cdx.json copper-cable.csv ev-battery-pack.csv; do
    grep -q "<a href=\"$b.json\">examples/$b</a>" r/index.html || fail "index.html misses $b"
  done
  ;;
broken)
  # A file that cannot be parsed is listed with its error; the others are still screened.
  mkdir in
  printf '%s\n1,Copper wire,copper,Acme Metals,CL,CL\n' "$header" >in/good.csv
  printf '{"components": [' >in/broken.json
  "$bin" batch in 'in/*.xlsx' --out r 2>stderr; code=$?
  expect_exit 2
  [ "$(files_in r)" = "good.csv.json index.html index.json " ] || fail "files: $(files_in r)"
  [ "$(idx r/index.json '[b["status"] for b in j["boms"]]')" = "['ok', 'failed', 'failed']" ] || fail "statuses"
  [ "$(idx r/index.json 'j["boms"][1]["input"]')" = "in/*.xlsx" ] || fail "glob entry"
  [ "$(idx r/index.json 'j["boms"][1]["error"]')" = "in/*.xlsx: error: no file matches the pattern" ] || fail "glob error"
  err=$(idx r/index.json 'j["boms"][2]["error"]')
  [[ $err == in/broken.json:1:* ]] || fail "broken.json error: $err"
  [ "$(idx r/index.json 'j["totals"]["failed"]')" = 2 ] || fail "failed total"
  grep -qxF "$err" stderr || fail "the error is not on stderr as a line of its own"
  grep -q 'in/broken.json' r/index.html || fail "index.html misses the failed input"
  ;;
fail-on)
  mkdir in
  printf '%s\n1,Copper wire,copper,Acme Metals,CL,CL\n' "$header" >in/low.csv
  printf '%s\n1,Cobalt hydroxide,cobalt,Example Mining SARL,CD,CD\n' "$header" >in/high.csv
  level() { idx r/index.json "[b['level'] for b in j['boms'] if b['input'] == 'in/$1'][0]"; }
  "$bin" batch in --out r --fail-on critical 2>stderr; code=$?
  expect_exit 0
  "$bin" batch in --out r --fail-on "$(level high.csv)" 2>stderr; code=$?
  expect_exit 1
  [ "$(idx r/index.json 'j["totals"]["failing"]')" = 1 ] || fail "failing total"
  [ "$(idx r/index.json '[b["fails"] for b in j["boms"]]')" = "[True, False]" ] || fail "fails flags"
  "$bin" batch in/low.csv --out r2 --fail-on "$(level high.csv)" 2>stderr; code=$?
  expect_exit 0
  "$bin" batch in --out r --fail-on severe 2>stderr; code=$?
  expect_exit 2
  grep -q 'error: --fail-on "severe": expected none, low, medium, high or critical' stderr || fail "message"
  ;;
same-basename)
  mkdir -p q1/eu q1/us
  printf '%s\n1,Copper wire,copper,Acme Metals,CL,CL\n' "$header" >q1/eu/bom.csv
  printf '%s\n1,Cobalt,cobalt,Example Mining SARL,CD,CD\n2,Tin,tin,Acme,ID,ID\n' "$header" >q1/us/bom.csv
  "$bin" batch q1/eu/bom.csv q1/us/bom.csv --out r 2>stderr; code=$?
  expect_exit 0
  [ "$(files_in r)" = "eu_bom.csv.json index.html index.json " ] && fail "one report overwrote the other"
  [ "$(files_in r)" = "eu_bom.csv.json index.html index.json us_bom.csv.json " ] || fail "files: $(files_in r)"
  grep -q '"file": "q1/eu/bom.csv"' r/eu_bom.csv.json || fail "eu report"
  grep -q '"file": "q1/us/bom.csv"' r/us_bom.csv.json || fail "us report"
  ;;
symlink)
  # A link planted in DIR under a report's name is refused, never written through.
  mkdir in r
  printf '%s\n1,Copper wire,copper,Acme Metals,CL,CL\n' "$header" >in/a.csv
  printf '%s\n1,Copper wire,copper,Acme Metals,CL,CL\n' "$header" >in/b.csv
  echo "precious" >outside.txt
  ln -s "$work/outside.txt" r/a.csv.json
  "$bin" batch in --out r 2>stderr; code=$?
  expect_exit 2
  [ "$(cat outside.txt)" = precious ] || fail "wrote through the symlink"
  [ -L r/a.csv.json ] || fail "the symlink was replaced"
  [ -f r/b.csv.json ] || fail "b.csv was not reported"
  [ "$(idx r/index.json 'j["boms"][-1]["error"]')" = "in/a.csv: error: r/a.csv.json: is a symbolic link; refusing to write through it" ] ||
    fail "index error: $(idx r/index.json 'j["boms"][-1]["error"]')"
  # The index files themselves are never written through a link either.
  rm r/a.csv.json r/index.html && ln -s "$work/outside.txt" r/index.html
  "$bin" batch in --out r 2>stderr; code=$?
  expect_exit 2
  [ "$(cat outside.txt)" = precious ] || fail "wrote index.html through the symlink"
  grep -q 'r/index.html: is a symbolic link; refusing to write through it' stderr || fail "index message"
  ;;
rerun)
  # A second run over the same DIR replaces the reports and drops those of inputs now gone;
  # files it did not write stay.
  mkdir in
  printf '%s\n1,Copper wire,copper,Acme Metals,CL,CL\n' "$header" >in/a.csv
  printf '%s\n1,Copper wire,copper,Acme Metals,CL,CL\n' "$header" >in/b.csv
  "$bin" batch in --out r --format json --format table 2>stderr; code=$?
  expect_exit 0
  echo "mine" >r/notes.txt
  rm in/b.csv
  printf '%s\n1,Cobalt,cobalt,Example Mining SARL,CD,CD\n' "$header" >in/a.csv
  "$bin" batch in --out r 2>stderr; code=$?
  expect_exit 0
  [ "$(files_in r)" = "a.csv.json index.html index.json notes.txt " ] || fail "files: $(files_in r)"
  grep -q '"commodity":"cobalt"' r/a.csv.json || fail "a.csv.json was not replaced"
  [ "$(idx r/index.json '[b["input"] for b in j["boms"]]')" = "['in/a.csv']" ] || fail "index lists old inputs"
  ;;
formats)
  mkdir in
  printf '%s\n1,Copper wire,copper,Acme Metals,CL,CL\n' "$header" >in/a.csv
  "$bin" batch in --out r --format table --format json --format table 2>stderr; code=$?
  expect_exit 0
  [ "$(files_in r)" = "a.csv.json a.csv.txt index.html index.json " ] || fail "files: $(files_in r)"
  [ "$(idx r/index.json 'j["boms"][0]["reports"]')" = "{'table': 'a.csv.txt', 'json': 'a.csv.json'}" ] || fail "reports"
  # Every format at once: one scan streams into all the writers, and each report is what
  # scan writes in its format.
  all="table json ndjson csv sarif junit markdown html"
  "$bin" batch in --out r3 $(printf -- '--format %s ' $all) 2>stderr; code=$?
  expect_exit 0
  [ "$(files_in r3)" = "a.csv.csv a.csv.html a.csv.json a.csv.junit.xml a.csv.md a.csv.ndjson a.csv.sarif a.csv.txt index.html index.json " ] ||
    fail "files: $(files_in r3)"
  for f in $all; do
    report=$(idx r3/index.json "j['boms'][0]['reports']['$f']")
    "$bin" scan in/a.csv --format "$f" >scan.out 2>/dev/null
    cmp -s scan.out "r3/$report" || fail "$f report differs from scan"
  done
  "$bin" batch in --out r2 --format pdf 2>stderr; code=$?
  expect_exit 2
  grep -q '^chainrisk: error: unsupported output format "pdf", supported formats are: ' stderr || fail "message"
  [ -e r2 ] && fail "created the out dir for a usage error"
  ;;
progress)
  # Not a terminal: one log line per BOM and a summary; -q keeps stderr quiet.
  cp -R "$src/docs/examples" examples
  "$bin" batch examples --out r --jobs 2 2>stderr; code=$?
  expect_exit 0
  [ "$(grep -c '^chainrisk: info: \[[1-4]/4\] examples/' stderr)" = 4 ] || fail "one line per BOM"
  grep -q '^chainrisk: info: screened 4 of 4 BOMs (.* lines) in .* s on 2 jobs' stderr || fail "summary"
  grep -q $'\r' stderr && fail "a progress bar on a non-terminal"
  "$bin" -q batch examples --out r 2>stderr; code=$?
  expect_exit 0
  [ -s stderr ] && fail "-q printed: $(cat stderr)"
  # --jobs defaults to every core (never more jobs than BOMs).
  "$bin" batch examples --out r 2>stderr; code=$?
  expect_exit 0
  jobs=$(( $(nproc) < 4 ? $(nproc) : 4 ))
  grep -q "^chainrisk: info: screened 4 of 4 BOMs .* on $jobs jobs" stderr || fail "default jobs: $(tail -2 stderr)"
  ;;
tty)
  # On a terminal (a pty from script(1)): a bar redrawn in place, no line per BOM.
  # Skipped (77) where no pseudo-terminal can be made (a minimal root without /dev/pts).
  command -v script >/dev/null && script -qec true /dev/null >/dev/null 2>&1 ||
    { echo "SKIP: no pseudo-terminal (script(1))"; exit 77; }
  cp -R "$src/docs/examples" examples
  script -qec "'$bin' batch examples --out r --jobs 1" /dev/null >typescript; code=$?
  expect_exit 0
  grep -q $'\r\[#*\.*\] 2/4 files  [0-9]* lines/s  [0-9]*:[0-9][0-9] left' typescript || fail "no bar: $(cat -v typescript)"
  grep -q '\[4/4\]' typescript && fail "log lines on a terminal"
  [ "$(files_in r)" = "apparel-suppliers.json.json car-door.cdx.json.json copper-cable.csv.json ev-battery-pack.csv.json index.html index.json " ] ||
    fail "files: $(files_in r)"
  ;;
killed)
  # A run stopped midway (SIGTERM) leaves complete files only: the previous index, reports
  # whole or absent, no temporary files.
  mkdir in
  for i in $(seq -w 1 150); do printf '%s\n1,Cobalt,cobalt,Example Mining SARL,CD,CD\n' "$header" >"in/b$i.csv"; done
  "$bin" batch in/b001.csv --out r 2>stderr; code=$?
  expect_exit 0
  cp r/index.json first-index.json
  "$bin" batch in --out r --jobs 1 2>stderr & pid=$!
  for _ in $(seq 1 600); do [ "$(grep -c '^chainrisk: info: \[' stderr)" -ge 5 ] && break; sleep 0.05; done
  kill -TERM "$pid"; wait "$pid"; code=$?
  [ "$code" -ne 0 ] || fail "the run ended before it was stopped; no test"
  cmp -s first-index.json r/index.json || fail "index.json changed by a stopped run"
  [ "$(ls -A r | grep -c '\.tmp\.')" = 0 ] || fail "temporary files left: $(ls -A r)"
  for f in r/*.json; do python3 -c 'import json, sys; json.load(open(sys.argv[1]))' "$f" || fail "$f is not whole"; done
  [ "$(ls r | wc -l)" -gt 3 ] || fail "no report written before the stop: $(ls r)"
  ;;
escape)
  # Inputs named with .., an absolute path and a dot-name: every report lands inside --out.
  mkdir -p sub deep/er
  printf '%s\n1,Copper wire,copper,Acme Metals,CL,CL\n' "$header" >x.csv
  cp x.csv deep/er/x.csv && cp x.csv ..csv
  touch marker && sleep 1
  (cd sub && "$bin" batch ../x.csv "$work/deep/er/x.csv" ../..csv --out r 2>../stderr); code=$?
  expect_exit 0
  [ "$(files_in sub/r)" = "__csv.json deep_er_x.csv.json index.html index.json x.csv.json " ] ||
    fail "files: $(files_in sub/r)"
  [ "$(find . -newer marker -type f ! -path './sub/r/*' ! -name stderr)" = "" ] ||
    fail "wrote outside --out: $(find . -newer marker -type f ! -path './sub/r/*')"
  grep -q '"file": "../x.csv"' sub/r/x.csv.json || fail "x.csv report"
  ;;
waivers)
  # --ignore, the default .chainrisk-ignore.json and --no-config, as for scan.
  mkdir in
  printf '%s\n1,Copper wire,copper,Acme Metals,CL,CL\n' "$header" >in/low.csv
  printf '%s\n1,Cobalt hydroxide,cobalt,Example Mining SARL,CD,CD\n' "$header" >in/high.csv
  printf '[\n  {"commodity": "cobalt", "reason": "refiner audit on file"},\n  {"id": "GONE", "reason": "old part"}\n]\n' >waivers.json
  "$bin" batch in --out r --fail-on high 2>stderr; code=$?
  expect_exit 1
  "$bin" batch in --out r --fail-on high --ignore waivers.json 2>stderr; code=$?
  expect_exit 0
  for f in low.csv high.csv; do
    "$bin" scan "in/$f" --format json --ignore waivers.json >scan.json 2>/dev/null
    cmp -s scan.json "r/$f.json" || fail "$f report differs from scan --ignore"
  done
  grep -q '"suppressed_reason":"refiner audit on file"' r/high.csv.json || fail "no suppressed line"
  [ "$(idx r/index.json 'j["waivers"]')" = waivers.json ] || fail "index waivers"
  [ "$(idx r/index.json 'j["totals"]["suppressed"]')" = 1 ] || fail "suppressed total"
  [ "$(idx r/index.json 'j["totals"]["failing"]')" = 0 ] || fail "failing total"
  # A rule unused by every BOM is reported once; one used by any BOM is not.
  [ "$(grep -c '^waivers.json:3:3: warning: waiver matched no line' stderr)" = 1 ] || fail "unused-rule warning"
  grep -q '^waivers.json:2:' stderr && fail "a used rule was reported unused"
  grep -q '<code>waivers.json</code>; suppressed lines: 1 ' r/index.html || fail "index.html waivers"
  cp waivers.json .chainrisk-ignore.json
  "$bin" batch in --out r2 --fail-on high 2>stderr; code=$?
  expect_exit 0
  [ "$(idx r2/index.json 'j["totals"]["suppressed"]')" = 1 ] || fail "default waivers file not applied"
  "$bin" --no-config batch in --out r3 --fail-on high 2>stderr; code=$?
  expect_exit 1
  [ "$(idx r3/index.json 'j["waivers"]')" = None ] || fail "--no-config index waivers"
  # A broken waivers file stops the run before anything is written.
  printf '[{"commodity": "cobalt"}]\n' >bad.json
  "$bin" batch in --out r4 --ignore bad.json 2>stderr; code=$?
  expect_exit 2
  grep -q '^bad.json:1:2: error: ' stderr || fail "message: $(cat stderr)"
  [ -e r4 ] && fail "created the out dir for a bad waivers file"
  ;;
config)
  # The project config's fail_on, format and min_level are batch's defaults; flags win.
  mkdir in
  printf '%s\n1,Copper wire,copper,Acme Metals,CL,CL\n' "$header" >in/low.csv
  printf '%s\n1,Cobalt hydroxide,cobalt,Example Mining SARL,CD,CD\n' "$header" >in/high.csv
  printf '{"fail_on": "high", "format": "table", "min_level": "low"}\n' >.chainrisk.json
  "$bin" batch in --out r 2>stderr; code=$?
  expect_exit 1
  [ "$(files_in r)" = "high.csv.txt index.html index.json low.csv.txt " ] || fail "files: $(files_in r)"
  [ "$(idx r/index.json 'j["fail_on"]')" = high ] || fail "fail_on"
  "$bin" scan in/low.csv --format table --min-level low >scan.txt 2>/dev/null
  cmp -s scan.txt r/low.csv.txt || fail "--min-level from the config not applied"
  "$bin" batch in --out r --format json --fail-on critical 2>stderr; code=$?
  expect_exit 0
  [ "$(files_in r)" = "high.csv.json index.html index.json low.csv.json " ] || fail "files: $(files_in r)"
  ;;
out-not-dir)
  echo x >file
  "$bin" batch "$src/docs/examples" --out file 2>stderr; code=$?
  expect_exit 2
  [ "$(cat stderr)" = "chainrisk: error: file: exists and is not a directory; --out needs a directory" ] ||
    fail "message: $(cat stderr)"
  ;;
*)
  echo "unknown case $case"; exit 1 ;;
esac
echo "ok: $case"
