#!/usr/bin/env bash
# completion.help: the completions keep up with the binary. Every command and subcommand,
# every option, every value of a {a,b,c} set and every --format value that
# `chainrisk ... --help` lists must be offered by the bash completion and, when zsh is
# installed, by the zsh one.
# Usage: completion_help.sh SOURCE_DIR BINARY
set -uo pipefail
src=$1 bin=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$src" || exit 2

subcommands() { awk '/^Subcommands:$/ { on = 1; next } /^$/ { on = 0 } on && /^  [^ ]/ { print $1 }'; }
# The option specs of a --help text, "NAMES TYPE" (e.g. "-o,--output FILE"), --help left out.
option_specs() {
  awk '/^Options:$/ { on = 1; next } /^$/ { on = 0 }
       on && /^  [^ ]/ { line = substr($0, 3); sub(/   .*/, "", line); if (line != "-h,--help") print line }'
}

# Prints "LINE<TAB>WORD": completing LINE must offer WORD.
cases() {
  local path=$1 help name spec names value
  local prefix="chainrisk ${path:+$path }"
  help=$("$bin" $path --help) || { echo "cannot run $bin $path --help" >&2; return 1; }
  for name in $(subcommands <<<"$help"); do
    printf '%s\t%s\n' "$prefix$name" "$name"
    cases "${path:+$path }$name"
  done
  while IFS= read -r spec; do
    names=${spec%% *}
    for name in ${names//,/ }; do printf '%s\t%s\n' "$prefix-" "$name"; done
    name=${names##*,}
    if [[ $spec =~ :\{([^}]*)\} ]]; then
      for value in ${BASH_REMATCH[1]//,/ }; do printf '%s\t%s\n' "$prefix$name " "$value"; done
    fi
  done < <(option_specs <<<"$help")
  # "Output format: table, json" in the --format option's description.
  value=$(grep -E '^  --format ' <<<"$help" | sed -n 's/.*Output format: //p')
  for name in ${value//,/ }; do printf '%s\t%s\n' "${prefix}--format " "$name"; done
}

cases "" >"$work/cases" || exit 1
[ "$(wc -l <"$work/cases")" -gt 50 ] || { echo "FAIL: too few cases from --help:"; cat "$work/cases"; exit 1; }

# check SHELL OFFERS_FILE: every case's word is among the offers for its line.
status=0
check() {
  local shell=$1 offers=$2 line word got
  while IFS=$'\t' read -r line word; do
    got=$(awk -F'\t' -v l="$line" '$1 == l { print $2 }' "$offers")
    if [[ " $got " != *" $word "* ]]; then
      echo "FAIL ($shell): '$line' does not offer '$word' (offers: $got)"
      status=1
    fi
  done <"$work/cases"
}

source src/cli/completions/chainrisk.bash
source tests/package/complete_bash.sh
cut -f1 "$work/cases" | sort -u | while IFS= read -r line; do
  printf '%s\t%s\n' "$line" "$(complete_bash "$line" | paste -sd' ')"
done >"$work/bash"
check bash "$work/bash"

if command -v zsh >/dev/null; then
  cut -f1 "$work/cases" | sort -u |
    zsh tests/package/complete_zsh.zsh "$src/src/cli/completions" "$work" >"$work/zsh"
  check zsh "$work/zsh"
else
  echo "zsh not installed: only the bash completion checked"
fi
echo "$(wc -l <"$work/cases") completions checked"
exit $status
