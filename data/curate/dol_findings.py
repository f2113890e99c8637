#!/usr/bin/env python3
"""Build data/dol-tvpra-goods.json (dataset dol-tvpra-goods, kind findings, publication dol-tvpra).

Sources:
  dol-goods/goods_2016.xml                               DOL List of Goods, 2022 edition data (467 pairs)
  dol-goods/dol_tvpra_2024_removed_pairs_TRANSCRIBED.csv the 4 pairs removed in the 2024 edition
  ../seeds/000_*.txt (optional check)                    seed copper report citing DOL 2024 (copper ore, Zambia)
Needs data/countries.json and data/commodities.json.

Edition logic: DOL's 2024 edition = 2022 edition - 4 removed pairs + 72 additions (not yet
curated). So every 2022 pair not removed is on editions [2022, 2024]; the removed ones are kept
with status "removed". Labor flags are the 2022 flags.

Usage: python3 data/curate/dol_findings.py [SOURCES_DIR]
"""
import glob
import os
import sys

sys.dont_write_bytecode = True  # keep data/curate free of __pycache__
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import (  # noqa: E402
    DERIVED_INPUTS, CountryResolver, commodity_of_good, dataset, dol_goods_rows, fail, load_data,
    main_wrapper, read_csv, src, write_json,
)

FILE = "dol-tvpra-goods.json"
DOL_URL = "https://www.dol.gov/agencies/ilab/reports/child-labor/list-of-goods"
MANIFEST = {
    "id": "dol-tvpra-goods",
    "kind": "findings",
    "file": FILE,
    "version": "2024-partial",
    "publisher": "US Department of Labor, Bureau of International Labor Affairs (ILAB)",
    "title": "List of Goods Produced by Child Labor or Forced Labor (TVPRA list)",
    "published": "2024-09-05",
    "source": DOL_URL,
    "license": "Public domain (US government work, 17 U.S.C. 105)",
    "notes": (
        "PARTIAL 2024 edition. Base: all 467 good x country pairs (78 countries) of the 2022 edition (published "
        "2022-09-28), from DOL's Sweat & Toil app data goods_2016.xml (USDepartmentofLabor/Child-Labor @48678c8e). "
        "2024 edition (published 2024-09-05) = 2022 minus 4 removed pairs (blueberries/Argentina, fluorspar/Mongolia, "
        "salt/Cambodia, shrimp/Thailand; kept with status 'removed') plus 72 additions, of which only copper ore/Zambia "
        "(cited by the seed copper report) is recorded. Labor flags are the 2022 flags; 2024 flag changes are not "
        "curated. See docs/data.md."
    ),
}

SEED_COPPER_SENTENCE = (
    "According to the U.S. Department of Labor's *2024 List of Goods Produced by Child Labor or Forced Labor*, "
    "copper ore is produced with child labor in Zambia, and copper/copper products are produced with child labor in the DRC."
)
SEED_CITATION = ("US DOL, 2024 List of Goods Produced by Child Labor or Forced Labor, as cited in "
                 "\"Commodity Report: Copper (2025)\" (seed document 000_0e808d4f842db322.txt)")
# 2024-edition pairs known only from secondary citations (the 2024 list is not in the sources).
EXTRA_2024 = [
    {"good": "Copper ore", "commodity": "copper-ore", "country": "ZM", "labor": ["child"], "forced_child": False,
     "sector": "Mining", "source": SEED_CITATION,
     "note": ("2024 addition, not in the 2022 data. Seed report: \"" + SEED_COPPER_SENTENCE.replace("*", "") + "\" "
              "Sector assumed Mining (as DOL's other ores). Forced-child flag not stated by the seed: false.")},
]


def labor_of(row):
    labor = []
    if row["Child_Labor"] or row["Forced_Child_Labor"]:
        labor.append("child")
    if row["Forced_Labor"] or row["Forced_Child_Labor"]:
        labor.append("forced")
    return labor


def flags_text(row):
    return "CL={} FL={} FCL={}".format(*("Yes" if row[f] else "No" for f in
                                          ("Child_Labor", "Forced_Labor", "Forced_Child_Labor")))


def check_seed(sources):
    seeds = sorted(glob.glob(os.path.join(os.path.dirname(sources), "seeds", "000_*.txt")))
    if not seeds:
        print("dol_findings: seed copper report not found next to the sources; quote not re-checked", file=sys.stderr)
        return
    with open(seeds[0], encoding="utf-8") as f:
        text = f.read()
    if SEED_COPPER_SENTENCE not in text:
        fail(f"{seeds[0]}: the DOL 2024 copper sentence quoted in EXTRA_2024 is not in the seed report")


def build(sources):
    resolve = CountryResolver().resolve
    commodities = {c["id"] for c in load_data("commodities.json")["records"]}
    good_map = commodity_of_good()
    rows = dol_goods_rows(sources)
    if len(rows) != 467:
        fail(f"goods_2016.xml: expected 467 good x country pairs, found {len(rows)}")
    ncountries = len({r["country"] for r in rows})
    if ncountries != 78:
        fail(f"goods_2016.xml: expected 78 countries, found {ncountries}")

    for r in rows:
        r["cc"] = resolve(r["country"], f"(goods_2016.xml, good {r['good']!r})")
        r["commodity"] = good_map.get(r["good"]) or fail(f"DOL good {r['good']!r} has no commodity")
        if r["commodity"] not in commodities:
            fail(f"commodity {r['commodity']} missing from commodities.json")
    by_pair = {}
    for r in rows:
        k = (r["good"], r["cc"])
        if k in by_pair:
            fail(f"goods_2016.xml: duplicate pair {k}")
        by_pair[k] = r
    by_commodity = {}
    for r in rows:
        k = (r["commodity"], r["cc"])
        if k in by_commodity:
            fail(f"two DOL goods map to {k}: {by_commodity[k]['good']!r} and {r['good']!r}")
        by_commodity[k] = r

    removed = {}
    for t in read_csv(src(sources, "dol-goods", "dol_tvpra_2024_removed_pairs_TRANSCRIBED.csv")):
        if t["change_in_2024_edition"] != "removed":
            fail(f"removed-pairs CSV: unexpected change {t['change_in_2024_edition']!r}")
        k = (t["good_name_in_2022_data"], resolve(t["country_name_in_2022_data"], "(removed-pairs CSV)"))
        if k not in by_pair:
            fail(f"removed pair {k} is not in goods_2016.xml")
        r = by_pair[k]
        for col, flag in (("child_labor_2022", "Child_Labor"), ("forced_labor_2022", "Forced_Labor"),
                          ("forced_child_labor_2022", "Forced_Child_Labor")):
            if (t[col] == "Yes") != r[flag]:
                fail(f"removed pair {k}: {col}={t[col]} disagrees with goods_2016.xml")
        removed[k] = [u.strip() for u in t["removal_source_urls"].split(";") if u.strip()]
    if len(removed) != 4:
        fail(f"expected 4 removed pairs, found {len(removed)}")

    records = []
    for r in rows:
        k = (r["good"], r["cc"])
        rec_id = f"dol-{r['commodity']}-{r['cc'].lower()}"
        derived_from = None
        labor = labor_of(r)
        note = (f"DOL 2022 edition, goods_2016.xml (USDepartmentofLabor/Child-Labor @48678c8e, 'Child Labor/goods_2016.xml'; "
                f"shared/sources/dol-goods/goods_2016.xml): {r['good']} / {r['country']}: {flags_text(r)}.")
        if r["Derived_Labor_Exploitation"]:
            if labor:
                fail(f"{k}: derived good with own labor flags")
            if r["good"] not in DERIVED_INPUTS:
                fail(f"{k}: derived good without DERIVED_INPUTS entry")
            in_cc = resolve(r["derived_country"], f"(Derived_Country of {r['good']!r})")
            in_com = DERIVED_INPUTS[r["good"]]
            src_row = by_commodity.get((in_com, in_cc))
            if src_row is None or src_row["Derived_Labor_Exploitation"]:
                fail(f"{k}: no direct finding for its input {in_com}/{in_cc}")
            derived_from = {"commodity": in_com, "country": in_cc}
            labor = labor_of(src_row)
            note += (f" Derived (downstream) good: Derived_Labor_Exploitation=Yes, Derived_Country={r['derived_country']}; "
                     f"labor repeats that of the input finding {src_row['good']} / {src_row['country']} "
                     f"({flags_text(src_row)}).")
        elif r["derived_country"] not in ("No", ""):
            fail(f"{k}: Derived_Country set without Derived_Labor_Exploitation")
        if not labor:
            fail(f"{k}: no labor flag")
        rec = {"id": rec_id, "good": r["good"], "commodity": r["commodity"], "country": r["cc"], "labor": labor,
               "forced_child": r["Forced_Child_Labor"]}
        if k in removed:
            rec.update({"editions": [2022], "publication": "dol-tvpra", "sector": r["sector"], "status": "removed",
                        "removed_in": 2024})
            note += (" Removed in the 2024 edition (published 2024-09-05) according to: " + " ; ".join(removed[k]) + ".")
        else:
            rec.update({"editions": [2022, 2024], "publication": "dol-tvpra", "sector": r["sector"], "status": "listed"})
            note += (" Assumed on the 2024 edition: the 2024 list keeps every 2022 pair except 4 removals; "
                     "2024 labor flags not re-checked.")
        rec.update({"derived_from": derived_from, "source": DOL_URL, "note": note})
        records.append(rec)

    check_seed(sources)
    for e in EXTRA_2024:
        if e["commodity"] not in commodities:
            fail(f"EXTRA_2024: unknown commodity {e['commodity']}")
        if (e["commodity"], e["country"]) in by_commodity:
            fail(f"EXTRA_2024 {e['commodity']}/{e['country']} already in the 2022 data")
        records.append({"id": f"dol-{e['commodity']}-{e['country'].lower()}", "good": e["good"],
                        "commodity": e["commodity"], "country": e["country"], "labor": e["labor"],
                        "forced_child": e["forced_child"], "editions": [2024], "publication": "dol-tvpra",
                        "sector": e["sector"], "status": "listed", "derived_from": None,
                        "source": e["source"], "note": e["note"]})

    ids = [r["id"] for r in records]
    if len(ids) != len(set(ids)):
        fail("duplicate finding ids")
    records.sort(key=lambda r: r["id"])
    return records, ncountries, len(removed)


def main(sources):
    records, ncountries, nremoved = build(sources)
    write_json(FILE, dataset(MANIFEST["id"], MANIFEST["kind"], records))
    derived = sum(1 for r in records if r["derived_from"])
    print(f"dol-tvpra-goods: {len(records)} records (467 from the 2022 data, {ncountries} countries; "
          f"{nremoved} removed in 2024; {derived} derived; {len(EXTRA_2024)} 2024-only)")


if __name__ == "__main__":
    main_wrapper(main)
