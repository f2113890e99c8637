#!/usr/bin/env bash
# `scan --jobs N`: the report, the problems on stderr and the exit code are the same for any
# N, in every format, on a generated BOM with assemblies, unknown values and entity
# near-misses, with a waiver, with rows in error, and from stdin.
# Usage: jobs.sh CHAINRISK GEN_BOM_PY
set -u
bin=$1
gen=$2
command -v python3 >/dev/null || { echo "SKIP: no python3"; exit 77; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work" || exit 1
fail() { echo "FAIL: $*"; exit 1; }

python3 "$gen" 3000 --seed 7 >bom.csv || fail "generating the BOM"
# Rows in error among good ones: a ragged row and an unterminated quote at the end.
{ cat bom.csv; echo 'X1,,"ragged'; } >errors.csv
printf '[{"commodity": "cotton", "reason": "audited mill"}]\n' >waivers.json

for fmt in table json ndjson csv markdown sarif junit html; do
  for input in bom.csv errors.csv; do
    for jobs in 1 2 4; do
      "$bin" scan "$input" --format "$fmt" --jobs "$jobs" --ignore waivers.json --fail-on high \
        >"out.$jobs" 2>"err.$jobs"
      echo $? >"code.$jobs"
    done
    for jobs in 2 4; do
      cmp -s out.1 "out.$jobs" || fail "$fmt $input: --jobs $jobs report differs from --jobs 1"
      cmp -s err.1 "err.$jobs" || fail "$fmt $input: --jobs $jobs stderr differs from --jobs 1"
      cmp -s code.1 "code.$jobs" || fail "$fmt $input: --jobs $jobs exit $(cat "code.$jobs"), not $(cat code.1)"
    done
  done
done
[ "$(cat code.1)" = 2 ] || fail "a BOM with a broken row exits $(cat code.1), expected 2"
[ -s out.1 ] || fail "empty report"

# From stdin (spooled), and with several files in one scan.
"$bin" scan - --format json --jobs 1 <bom.csv >stdin.1 2>/dev/null
"$bin" scan - --format json --jobs 2 <bom.csv >stdin.2 2>/dev/null
cmp -s stdin.1 stdin.2 || fail "stdin: --jobs 2 differs"
"$bin" scan bom.csv errors.csv bom.csv --format ndjson --jobs 1 >many.1 2>/dev/null
"$bin" scan bom.csv errors.csv bom.csv --format ndjson --jobs 2 >many.2 2>/dev/null
cmp -s many.1 many.2 || fail "three files: --jobs 2 differs"
[ "$(grep -c '"type":"line"' many.1)" -gt 8000 ] || fail "three files: too few lines"

# A usage error, not a crash, for a nonsense value.
"$bin" scan bom.csv --jobs 0 >/dev/null 2>err; code=$?
[ "$code" = 2 ] || fail "--jobs 0 exits $code, expected 2"
echo "PASS"
