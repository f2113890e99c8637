#!/usr/bin/env bash
# Writes the hostile inputs too large (or too odd) to keep in git into DIR, next to copies
# of files/. Deterministic: the same bytes every run.
# Usage: generate.sh DIR
set -euo pipefail
out=${1:?output dir}
here=$(cd "$(dirname "$0")" && pwd)
rm -rf "$out"
mkdir -p "$out"
cp "$here"/files/* "$out/"
header="id,description,material,supplier,supplier_country,origin"

# A value of 1,000,000 bytes: inside the 1 MiB limit, so the line is scored.
{ echo "$header"; printf '1,'; head -c 1000000 /dev/zero | tr '\0' 'x'; echo ',copper,Acme,CL,CL'; echo '2,Cobalt,cobalt,Kat,CD,CD'; } >"$out/field-1mb.csv"
# A value of 2 MiB: over the limit; that row is an error, the next one is scored.
{ echo "$header"; printf '1,'; head -c 2097152 /dev/zero | tr '\0' 'x'; echo ',copper,Acme,CL,CL'; echo '2,Cobalt,cobalt,Kat,CD,CD'; } >"$out/field-over-limit.csv"
# 100,000 columns in the header and in a row.
awk 'BEGIN { for (r = 0; r < 2; r++) { for (i = 1; i <= 100000; i++) printf "%s%s", (i > 1 ? "," : ""), (r ? i : "c" i); print "" } }' >"$out/columns-100k.csv"
# 100,000 nested arrays, and 100,000 nested objects.
{ head -c 100000 /dev/zero | tr '\0' '['; head -c 100000 /dev/zero | tr '\0' ']'; } >"$out/deep-arrays.json"
{ for _ in $(seq 1 2000); do printf '{"a":{"b":{"c":{"d":{"e":{"f":{"g":{"h":{"i":{"j":{"k":{"l":{"m":{"n":{"o":{"p":{"q":{"r":{"s":{"t":{"u":{"v":{"w":{"x":{"y":{"z":{"a":{"b":{"c":{"d":{"e":{"f":{"g":{"h":{"i":{"j":{"k":{"l":{"m":{"n":{"o":{"p":{"q":{"r":{"s":{"t":{"u":{"v":{"w":{"x":'; done; } >"$out/deep-objects.json"
# Numbers with a thousand digits, in a line field and as the document.
{ printf '[{"id": "1", "material": "copper", "origin": "CL", "quantity": '; head -c 1000 /dev/zero | tr '\0' '9'; echo '}]'; } >"$out/json-long-number.json"
# 200,000 lines with every tenth broken (a ragged row): accounting at scale.
awk -v h="$header" 'BEGIN { print h; for (i = 1; i <= 200000; i++) { if (i % 10 == 0) print i ",Copper wire,copper,Acme,CL,CL,extra"; else print i ",Copper wire,copper,Acme,CL,CL" } }' >"$out/rows-200k-with-errors.csv"
# One line of 8 MB with no newline at all.
head -c 8000000 /dev/zero | tr '\0' 'a' >"$out/one-line-8mb.csv"
# A sparse file beyond the 1 GiB input limit: refused before a byte is read.
truncate -s 1100M "$out/over-1gib.csv"
# A directory where a file is expected.
mkdir -p "$out/a-directory.csv"
# A FIFO with nothing behind it would block: one with a writer is a stream like stdin.
echo "generated $(ls "$out" | wc -l) hostile inputs in $out"
