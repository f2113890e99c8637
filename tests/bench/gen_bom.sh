#!/usr/bin/env bash
# Writes a deterministic synthetic CSV BOM of N data lines (default 100000) to stdout, for
# benchmarks: a realistic mix of materials, HS codes, origins (names and codes), regions,
# suppliers, multi-level parents, quoted fields and ~2% unresolvable values.
# Usage: tests/bench/gen_bom.sh [N] [SEED] > bom.csv
set -euo pipefail
n=${1:-100000}
seed=${2:-42}
awk -v n="$n" -v seed="$seed" 'BEGIN {
  srand(seed)
  split("copper cathode|cobalt hydroxide|aluminium ingot|cotton yarn|polysilicon|natural rubber|tin|gold|mica|steel coil|PVC compound|lithium carbonate|nickel sulphate|spherical graphite|tempered glass|finished leather|cocoa beans|coffee|palm oil|printed circuit board|polypropylene|timber|garments|shrimp|unobtainium alloy", mat, "|")
  split("740311|282200|760110|520512|280461|400110|800110|710812|252510|720851|390421|283691|283324|250490|700719|410711|180100|090111|151190|853400|390210|440710|610910|030617|999999", hs, "|")
  split("CD|Zambia|CN|China|Serbia|Chile|India|IN|Indonesia|Malaysia|Vietnam|Germany|DE|US|Brazil|Peru|Bangladesh|Turkey|Côte d'\''Ivoire|DRC|Narnia|Mexico|KR|Japan", org, "|")
  nm = 25; no = 24
  print "part_number,parent,description,material,hs_code,supplier,supplier_country,country_of_origin,region,quantity,unit,spend,currency,notes"
  for (i = 1; i <= n; i++) {
    m = int(rand() * nm) + 1
    o = int(rand() * no) + 1
    region = (org[o] == "CN" || org[o] == "China") && rand() < 0.1 ? "Xinjiang" : ""
    parent = (i % 20 == 1) ? "" : sprintf("P-%06d", i - (i - 1) % 20)
    supplier = sprintf("\"Supplier %d, Ltd\"", int(rand() * 5000))
    printf "P-%06d,%s,\"%s, lot %d\",%s,%s,%s,%s,%s,%s,%d,kg,%.2f,EUR,\"batch \"\"%d\"\"\"\n",
      i, parent, mat[m], i, mat[m], (rand() < 0.5 ? hs[m] : ""), supplier, org[int(rand() * no) + 1],
      org[o], region, int(rand() * 1000), rand() * 10000, i
  }
}'
