#!/usr/bin/env bash
# The Markdown of the lookups, checked for what an analyst relies on rather than byte for
# byte (the golden files do that): the copper profile names the seed report's countries with
# their labor types and 2025 tiers, the ten top exporters and importers in the seed's order,
# the cobalt by-product link and a source for every section; and every table of the copper,
# China and entity outputs keeps its column count on every row (no value splits a cell).
# Usage: lookup_markdown.sh BINARY
set -uo pipefail
bin=$1
status=0
fail() { echo "FAIL: $*"; status=1; }

copper=$("$bin" commodity copper --format markdown) || fail "commodity copper exited $?"

has_line() {  # the output has this exact line
  grep -qxF -- "$2" <<<"$1" || fail "missing line: $2"
}
has_line "$copper" "- Democratic Republic of the Congo (CD): child labor"
has_line "$copper" "- Serbia (RS): forced labor"
grep -qx -- "- Zambia (ZM): child labor.*" <<<"$copper" || fail "Zambia is not listed with child labor"
grep -qF -- "| Democratic Republic of the Congo (CD) | Copper | child labor | DOL List of Goods 2024; dataset dol-tvpra-goods:2024, <https://" <<<"$copper" || fail "no DOL finding row for CD"
grep -qF -- "| Zambia (ZM) | Copper Ore | child labor | DOL List of Goods 2024; dataset dol-tvpra-goods:2024, <https://" <<<"$copper" || fail "no DOL copper ore row for ZM"
grep -qF -- "| Serbia (RS) | Copper | forced labor | TIP Report 2025; dataset tip-narrative-findings:2025, <https://" <<<"$copper" || fail "no TIP finding row for RS"
grep -qF -- "| Democratic Republic of the Congo (CD) | Tier 2 Watch List | 2025 |" <<<"$copper" || fail "no 2025 tier row for CD"
grep -qF -- "| Serbia (RS) | Tier 2 | 2025 |" <<<"$copper" || fail "no 2025 tier row for RS"
grep -qF -- "| Zambia (ZM) | Tier 2 | 2025 |" <<<"$copper" || fail "no 2025 tier row for ZM"

# The country codes of the data rows of the table under the heading starting with $2.
ranking() {
  awk -v h="$2" 'index($0, h) == 1 {on = 1; next} on && /^## / {exit} on && /^\| [0-9]+ \|/ {
    match($0, /\(([A-Z][A-Z])\) \|/); printf "%s ", substr($0, RSTART + 1, 2)}' <<<"$1"
}
exporters=$(ranking "$copper" "## Top exporters of Copper")
importers=$(ranking "$copper" "## Top importers of Copper")
[ "$exporters" = "CL CD DE JP US CN ZM RU KR IT " ] || fail "top exporters: '$exporters'"
[ "$importers" = "CN US DE IT IN KR TR TH BE FR " ] || fail "top importers: '$importers'"

grep -qF -- "| by-product (of copper-ore mining) | Cobalt ore (cobalt-ore) |" <<<"$copper" || fail "no by-product row"
grep -qF -- "Cobalt ore is mined as a by-product of Copper ore" <<<"$copper" || fail "no by-product sentence"
sources=$(awk '/^## Sources/ {on = 1} on' <<<"$copper")
for id in dol-tvpra-goods tip-narrative-findings tip-tiers copper-trade-rankings chainrisk-relations \
          responsible-sourcing-schemes; do
  grep -qF -- "(dataset $id)" <<<"$sources" || fail "Sources does not cite $id"
done

# Every row of a table has as many cell separators (pipes not escaped) as its header.
check_tables() {
  awk -v what="$1" '
    function pipes(s) { gsub(/\\\\/, "", s); gsub(/\\\|/, "", s); return gsub(/\|/, "", s) }
    /^\|/ { n = pipes($0); if (!in_table) { want = n; in_table = 1; tables++ }
            else if (n != want) { printf "FAIL: %s line %d has %d pipes, its header %d\n", what, NR, n, want; bad = 1 } next }
    { in_table = 0 }
    END { if (tables == 0) { printf "FAIL: %s has no table\n", what; bad = 1 } exit bad }' <<<"$2" || status=1
}
check_tables "commodity copper" "$copper"
check_tables "country CN" "$("$bin" country CN --format markdown)"
check_tables "entity search" "$("$bin" entity Hoshine Silicon --format markdown)"
exit $status
