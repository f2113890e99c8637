#!/usr/bin/env bash
# Runs one end-to-end case: the real chainrisk binary with the case's arguments, in a scratch
# copy of the case directory, comparing stdout, stderr and the exit code with the expected
# files exactly (after redacting the tool version). CHAINRISK_UPDATE_GOLDEN=1 rewrites the
# expectations instead: review that diff like code.
#
# Usage: run_case.sh BINARY CHECKER CASE_DIR [FORMAT]
#   args             shell words after `chainrisk` (paths relative to the case directory)
#   stdin            optional, fed to stdin
#   after            optional bash run after chainrisk (with $CHAINRISK the binary); its
#                    stdout is appended to the output
#                    (to show files the command wrote)
#   expected_stdout, expected_stderr, expected_exit
# With FORMAT (golden cases), `--format FORMAT` is appended and the expectations are
# expected.FORMAT and expected_stderr.FORMAT; JSON reports are checked for the invariants,
# SARIF and JUnit reports for their structure and against the case's expected.json.
set -uo pipefail
bin=$1 checker=$2 case_dir=$3 format=${4:-}
tools=$(cd "$(dirname "$0")/../tools" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp -RL "$case_dir/." "$work/"
cd "$work" || exit 2
eval "set -- $(cat args)"
[ -n "$format" ] && set -- "$@" --format "$format"
input=/dev/null
[ -f stdin ] && input=stdin
env -u NO_COLOR -u COLUMNS "$bin" "$@" <"$input" >"$work/.stdout" 2>"$work/.stderr"
code=$?
[ -f after ] && CHAINRISK="$bin" bash after >>"$work/.stdout" 2>&1
version=$("$bin" --version | head -n1 | cut -d' ' -f2)
# In an XML attribute (JUnit) the redaction is escaped, so the expected file stays XML.
redact() {
  sed -e "s/\"version\": \"$version\"/\"version\": \"<version>\"/; s/=\"chainrisk $version\"/=\"chainrisk \&lt;version\&gt;\"/" \
      -e "s/chainrisk $version/chainrisk <version>/" "$1"
}

expected_out=expected_stdout expected_err=expected_stderr
if [ -n "$format" ]; then expected_out=expected.$format expected_err=expected_stderr.$format; fi

if [ "${CHAINRISK_UPDATE_GOLDEN:-}" = 1 ]; then
  redact .stdout >"$case_dir/$expected_out"
  redact .stderr >"$case_dir/$expected_err"
  echo "$code" >"$case_dir/expected_exit"
  echo "updated $case_dir ($expected_out, exit $code)"
  exit 0
fi

status=0
if ! diff -u "$case_dir/$expected_out" <(redact .stdout); then echo "FAIL: stdout differs from $expected_out"; status=1; fi
if ! diff -u "$case_dir/$expected_err" <(redact .stderr); then echo "FAIL: stderr differs from $expected_err"; status=1; fi
want=$(cat "$case_dir/expected_exit")
if [ "$code" != "$want" ]; then echo "FAIL: exit code $code, expected $want"; status=1; fi
if [ "$format" = json ] && [ -s .stdout ]; then
  "$checker" .stdout || { echo "FAIL: report invariants"; status=1; }
fi
if [ "$format" = ndjson ] && [ -s .stdout ]; then
  "$checker" --ndjson .stdout || { echo "FAIL: report invariants (ndjson)"; status=1; }
fi
if { [ "$format" = sarif ] || [ "$format" = junit ]; } && [ -s .stdout ]; then
  fail_on=$(grep -oE -- '--fail-on[ =][a-z]+' args | head -n1 | sed -E 's/--fail-on[ =]//')
  python3 "$tools/check_$format.py" .stdout "$case_dir/expected.json" "${fail_on:-high}" ||
    { echo "FAIL: $format structure"; status=1; }
fi
exit $status
