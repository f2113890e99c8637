#!/usr/bin/env bash
# completion.bash: what the bash completion offers at the places users press Tab.
# Usage: completion_bash.sh SOURCE_DIR
set -uo pipefail
src=$1
cd "$src" || exit 2
source src/cli/completions/chainrisk.bash
source tests/package/complete_bash.sh

status=0
# expect LINE WORD...: completing LINE offers exactly WORD... (in any order).
expect() {
  local line=$1; shift
  local got want
  got=$(complete_bash "$line" | sort | tr '\n' ' ')
  want=$( (($#)) && printf '%s\n' "$@" | sort | tr '\n' ' ')
  if [ "$got" != "$want" ]; then
    echo "FAIL: '$line' offers [${got% }], expected [${want% }]"
    status=1
  fi
}

[ "$(complete -p chainrisk)" = "complete -F _chainrisk chainrisk" ] || { echo "FAIL: not registered"; status=1; }
expect "chainrisk sc" scan
expect "chainrisk " scan validate explain commodity country entity data batch
expect "chainrisk c" commodity country
expect "chainrisk scan --format " table json ndjson csv sarif junit markdown html
expect "chainrisk scan --format s" sarif
expect "chainrisk scan --format=" table json ndjson csv sarif junit markdown html
expect "chainrisk scan --format=ju" junit
expect "chainrisk scan --fail-on " none low medium high critical
expect "chainrisk scan --min-level m" medium
expect "chainrisk scan --fo" --format
expect "chainrisk scan --f" --format --fail-on
expect "chainrisk commodity --format " table json markdown
expect "chainrisk explain --format " table json
expect "chainrisk --color " auto always never
expect "chainrisk --log-level e" error
expect "chainrisk data " info validate import
expect "chainrisk data import " dol tip-tiers uflpa findings
expect "chainrisk data info --format " table json
# Global options before the command, and their values, are skipped when finding it.
expect "chainrisk --color never --data docs scan --format j" json junit
expect "chainrisk -q sc" scan
# Files: the BOM arguments, -o and --ignore complete paths; --data and --out directories.
expect "chainrisk scan docs/examples/copper-" docs/examples/copper-cable.csv
expect "chainrisk scan -o docs/examples/ev" docs/examples/ev-battery-pack.csv
expect "chainrisk validate --strict docs/examples/car" docs/examples/car-door.cdx.json
expect "chainrisk --data doc" docs
expect "chainrisk commodity " # a commodity name, not a file
exit $status
