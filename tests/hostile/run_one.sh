#!/usr/bin/env bash
# Runs chainrisk on one file of the hostile corpus and checks what expect.tsv says of it,
# plus what holds for every input: it ends within the time limit, leaves no sanitizer
# report, and writes a report (even for a file it refuses) whose accounting holds.
# Usage: run_one.sh BINARY CHECKER CORPUS_DIR NAME [FORMAT]
# FORMAT (default json) lets later writers (csv, html, sarif...) reuse the corpus: the
# accounting checks then apply to a json report written alongside.
set -uo pipefail
bin=$1 checker=$2 corpus=$3 name=$4 format=${5:-json}
here=$(cd "$(dirname "$0")" && pwd)
line=$(awk -F'\t' -v n="$name" '$1 == n' "$here/expect.tsv")
[ -n "$line" ] || { echo "FAIL: $name is not in expect.tsv"; exit 1; }
IFS=$'\t' read -r _ want_exit want_rows want_stderr <<<"$line"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$corpus" || exit 1

fail() { echo "FAIL: $name: $*"; echo "--- stderr (first lines):"; head -n 20 "$work/stderr"; exit 1; }

timeout 120 "$bin" scan "$name" --format "$format" -o "$work/report.$format" 2>"$work/stderr" </dev/null
code=$?
[ "$code" = 124 ] && fail "still running after 120 s (a hang?)"
grep -qE 'Sanitizer|runtime error:|LeakSanitizer' "$work/stderr" && fail "sanitizer report"
[ "$code" = "$want_exit" ] || fail "exit $code, expected $want_exit"
if [ "$want_stderr" != "-" ]; then
  grep -qE -- "$want_stderr" "$work/stderr" || fail "no stderr line matches: $want_stderr"
elif grep -q ': error: ' "$work/stderr"; then
  fail "unexpected errors on stderr"
fi

# Accounting, from a JSON report of the same input.
json="$work/report.json"
if [ "$format" != json ]; then
  timeout 120 "$bin" scan "$name" --format json -o "$json" 2>/dev/null </dev/null
fi
[ -s "$json" ] || fail "no report written"
"$checker" "$json" || fail "report invariants"
if [ "$want_rows" = unread ]; then
  grep -q '"error": null' "$json" && fail "the file was expected to be refused, with its error in files[]"
else
  rows=$(grep -m1 -o '"lines": [0-9]*' "$json" | grep -o '[0-9]*$')
  [ "$rows" = "$want_rows" ] || fail "report accounts for $rows rows, expected $want_rows"
fi
# A SARIF or JUnit report must be well-formed and say what the JSON report says.
if [ "$format" = sarif ] || [ "$format" = junit ]; then
  [ -s "$work/report.$format" ] || fail "no $format report written"
  python3 "$here/../tools/check_$format.py" "$work/report.$format" "$json" high || fail "$format report structure"
fi
echo "ok: $name (exit $code)"
