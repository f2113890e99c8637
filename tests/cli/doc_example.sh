#!/usr/bin/env bash
# Keeps the example output in a document true: every line between its
# <!-- worked-example:begin --> and <!-- worked-example:end --> markers must appear,
# exactly, in a real `chainrisk scan docs/examples/copper-cable.csv`.
# Usage: doc_example.sh BINARY SOURCE_DIR DOCUMENT
set -euo pipefail
bin=$1 doc=$3
cd "$2"
expected=$(awk '/<!-- worked-example:begin -->/{on=1; next} /<!-- worked-example:end -->/{on=0} on && !/^```/' "$doc")
actual=$(env -u NO_COLOR -u COLUMNS "$bin" scan docs/examples/copper-cable.csv 2>/dev/null)
[ -n "$expected" ] || { echo "no worked example found in $doc"; exit 1; }
status=0
while IFS= read -r line; do
  if ! grep -qxF -- "$line" <<<"$actual"; then
    echo "$doc: example line not in the scan output:"
    echo "  $line"
    status=1
  fi
done <<<"$expected"
exit $status
