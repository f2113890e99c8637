#!/usr/bin/env bash
# Runs one end-to-end case: the real chainrisk binary with the case's arguments, comparing
# stdout, stderr and the exit code with the expected files (exactly, after redacting the
# tool version). CHAINRISK_UPDATE_GOLDEN=1 rewrites the expectations instead; review the diff.
#
# Usage: run_case.sh BINARY CHECKER CASE_DIR [FORMAT]
#   CASE_DIR/args      shell words after `chainrisk` (paths relative to CASE_DIR)
#   CASE_DIR/stdin     optional, fed to stdin
#   CASE_DIR/expected_stdout | expected.FORMAT, expected_stderr, expected_exit
# With FORMAT (golden cases), `--format FORMAT` is appended and stdout is compared with
# CASE_DIR/expected.FORMAT; JSON reports are also checked for the report invariants.
set -uo pipefail
bin=$1 checker=$2 dir=$3 format=${4:-}
cd "$dir" || exit 2
eval "set -- $(cat args)"
[ -n "$format" ] && set -- "$@" --format "$format"
out=$(mktemp) err=$(mktemp)
trap 'rm -f "$out" "$err"' EXIT
if [ -f stdin ]; then
  NO_COLOR= COLUMNS= "$bin" "$@" <stdin >"$out" 2>"$err"
else
  NO_COLOR= COLUMNS= "$bin" "$@" </dev/null >"$out" 2>"$err"
fi
code=$?
version=$("$bin" --version | head -n1 | cut -d' ' -f2)
redact() { sed -e "s/\"version\": \"$version\"/\"version\": \"<version>\"/; s/chainrisk $version/chainrisk <version>/" "$1"; }

expected_out=expected_stdout
[ -n "$format" ] && expected_out=expected.$format
expected_err=expected_stderr
[ -n "$format" ] && expected_err=expected_stderr.$format

if [ "${CHAINRISK_UPDATE_GOLDEN:-}" = 1 ]; then
  redact "$out" >"$expected_out"
  redact "$err" >"$expected_err"
  echo "$code" >expected_exit
  echo "updated $dir"
  exit 0
fi

status=0
if ! diff -u "$expected_out" <(redact "$out"); then echo "FAIL: stdout differs ($dir/$expected_out)"; status=1; fi
if ! diff -u "$expected_err" <(redact "$err"); then echo "FAIL: stderr differs ($dir/$expected_err)"; status=1; fi
want=$(cat expected_exit)
if [ "$code" != "$want" ]; then echo "FAIL: exit code $code, expected $want"; status=1; fi
if [ "$format" = json ] && [ "$code" -le 1 ]; then
  "$checker" "$out" || { echo "FAIL: report invariants ($dir)"; status=1; }
fi
exit $status
