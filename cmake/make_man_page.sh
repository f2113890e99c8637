#!/usr/bin/env bash
# Builds man/chainrisk.1.gz from the binary's own --help (cmake/ManPage.cmake): help2man
# renders `chainrisk --help` and the hand-written sections of docs/man/chainrisk.h2m; this
# script adds a COMMANDS section rendered from `chainrisk COMMAND --help` of every command
# and subcommand, so the page lists exactly the flags the binary has.
#
# Usage: make_man_page.sh HELP2MAN BINARY INCLUDE VERSION OUT_DIR
set -euo pipefail
help2man=$1 bin=$2 include=$3 version=$4 out=$5
mkdir -p "$out"

# The subcommand names of one `--help` text.
subcommands() { awk '/^Subcommands:$/ { on = 1; next } /^$/ { on = 0 } on && /^  [^ ]/ { print $1 }'; }

# One command's --help as roff: a subsection with its summary, usage and one tagged
# paragraph per positional and option (the ubiquitous --help left out).
render() {
  local path=$1
  "$bin" $path --help | awk -v path="$path" '
    function roff(s) { gsub(/\\/, "\\e", s); gsub(/-/, "\\-", s); if (s != "" && index(".[/\047", substr(s, 1, 1)) > 0) s = "\\&" s; return s }
    function flush() {
      if (spec == "") return
      n = index(spec, " ")
      names = n ? substr(spec, 1, n - 1) : spec
      rest = n ? substr(spec, n) : ""
      if (names != "-h,--help") printf ".TP\n\\fB%s\\fR%s\n%s\n", roff(names), roff(rest), roff(desc)
      spec = ""; desc = ""
    }
    NR == 1 { printf ".SS \"chainrisk %s\"\n%s\n", path, roff($0); next }
    /^Usage: / { sub(/^Usage: /, ""); printf ".PP\nUsage: \\fB%s\\fR\n", roff($0); next }
    /^(Positionals|Options|Subcommands):$/ { flush(); block = $0; next }
    /^$/ { flush(); block = ""; next }
    block != "" && /^  [^ ]/ {
      flush()
      line = substr($0, 3)
      if (match(line, /   */)) { spec = substr(line, 1, RSTART - 1); desc = substr(line, RSTART + RLENGTH) }
      else { spec = line; desc = "" }
      next
    }
    block != "" && /^     / { sub(/^ +/, ""); desc = desc == "" ? $0 : desc " " $0; next }
    END { flush() }'
}

# Every command path, depth first: `scan`, ..., `data`, `data info`, ...
command_paths() {
  local prefix=$1 name
  for name in $("$bin" $prefix --help | subcommands); do
    echo "${prefix:+$prefix }$name"
    command_paths "${prefix:+$prefix }$name"
  done
}

{
  echo "[COMMANDS]"
  echo "Each command has its own \\fB\\-\\-help\\fR. Global options may come before or after the command."
  while IFS= read -r path; do render "$path"; done < <(command_paths "")
} >"$out/commands.h2m"

"$help2man" --no-info --section=1 --version-string="chainrisk $version" \
  --include="$out/commands.h2m" --include="$include" --output="$out/chainrisk.1" "$bin"
gzip -9 -n -c "$out/chainrisk.1" >"$out/chainrisk.1.gz"
