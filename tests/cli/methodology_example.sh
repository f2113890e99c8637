#!/usr/bin/env bash
# Keeps the worked example of docs/methodology.md true: every line of its example block
# must appear, exactly, in a real scan of the example it names.
# Usage: methodology_example.sh BINARY SOURCE_DIR
set -euo pipefail
bin=$1
cd "$2"
expected=$(awk '/<!-- worked-example:begin -->/{on=1; next} /<!-- worked-example:end -->/{on=0} on && !/^```/' docs/methodology.md)
actual=$(env -u NO_COLOR -u COLUMNS "$bin" scan docs/examples/copper-cable.csv 2>/dev/null)
[ -n "$expected" ] || { echo "no worked example found in docs/methodology.md"; exit 1; }
status=0
while IFS= read -r line; do
  if ! grep -qxF -- "$line" <<<"$actual"; then
    echo "docs/methodology.md example line not in the scan output:"
    echo "  $line"
    status=1
  fi
done <<<"$expected"
exit $status
