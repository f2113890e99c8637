#!/usr/bin/env bash
# completion.zsh: what the zsh completion offers at the places users press Tab, in a real
# interactive zsh (complete_zsh.zsh). Skipped (77) without zsh.
# Usage: completion_zsh.sh SOURCE_DIR
set -uo pipefail
src=$1
command -v zsh >/dev/null || { echo "SKIP: zsh not installed"; exit 77; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$src" || exit 2

# LINE<TAB>exactly the words offered, sorted (options offered where no value is due are
# zsh's behaviour, so the value cases below are all cases where a value is due).
cat >"$work/expected" <<'CASES'
chainrisk sc	scan
chainrisk c	commodity country
chainrisk scan --format 	csv html json junit markdown ndjson sarif table
chainrisk scan --format=	csv html json junit markdown ndjson sarif table
chainrisk scan --format s	sarif
chainrisk scan --fail-on 	critical high low medium none
chainrisk scan --min-level m	medium
chainrisk scan --fo	--format
chainrisk commodity --format 	json markdown table
chainrisk explain --format 	json table
chainrisk --color 	always auto never
chainrisk --log-level e	error
chainrisk data 	import info validate
chainrisk data i	import info
chainrisk data info --format 	json table
chainrisk --color never scan --format j	json junit
chainrisk -q sc	scan
CASES
cut -f1 "$work/expected" | zsh tests/package/complete_zsh.zsh "$src/src/cli/completions" "$work" >"$work/got"
if ! diff -u "$work/expected" "$work/got"; then
  echo "FAIL: the zsh completion offers other words (+) than expected (-)"
  exit 1
fi
echo "$(wc -l <"$work/expected") completions as expected"
