#!/usr/bin/env python3
"""Build data/dol-tvpra-goods.json (dataset dol-tvpra-goods, kind findings, publication dol-tvpra).

Sources:
  dol-goods/goods_2016.xml                               DOL List of Goods, 2022 edition data (467 pairs)
  dol-goods/dol_tvpra_2024_removed_pairs_TRANSCRIBED.csv the 4 pairs removed in the 2024 edition
  data/curate/sources/dol_2024_additions.csv             2024 additions, folded downstream goods and label
                                                         changes, transcribed from cited pages (sources/README.md)
  ../seeds/000_*.txt (optional check)                    seed copper report citing DOL 2024 (copper ore, Zambia)
Needs data/countries.json and data/commodities.json.

Edition logic: DOL's 2024 edition = 2022 edition - 4 removed pairs + 72 additions (partly curated).
Every 2022 pair not removed is on editions [2022, 2024]; the removed ones are kept with status
"removed". Labor flags are the 2022 flags except where the CSV records a cited 2024 label change.
Additions get editions [2024]; a 2024 downstream good whose commodity already has a record in that
country is folded into that record's note instead of getting a second record.

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
        "salt/Cambodia, shrimp/Thailand; kept with status 'removed') plus 72 additions. 33 of the 72 additions are "
        "identified from cited public pages (DOL country pages of the 2024 list, Kelley Drye, Southern Shrimp Alliance, "
        "Khaosod, Jakarta Post, Thompson Hine; data/curate/sources/dol_2024_additions.csv): 22 are records of their own "
        "(editions [2024]), 10 downstream goods are folded into the same-commodity record of their country (cocoa "
        "products GH/CI, raw sugar DO, copper products CD) and 1 is not recorded (cooking oil (palm-oil blends)/IN: "
        "input country not stated). 39 additions are not identified. 3 cited 2024 label changes are applied "
        "(cobalt ore/CD +forced, sugarcane/IN +forced, garments/MM child -> forced); other labels are the 2022 flags, "
        "re-checked against the 2024 DOL country pages for 10 countries. See docs/data.md."
    ),
}

SEED_COPPER_SENTENCE = (
    "According to the U.S. Department of Labor's *2024 List of Goods Produced by Child Labor or Forced Labor*, "
    "copper ore is produced with child labor in Zambia, and copper/copper products are produced with child labor in the DRC."
)
# 2024-edition changes transcribed from cited public pages (DOL country pages, law-firm alerts, news);
# one row per good x country, see sources/README.md. The 2024 list itself is not in the sources.
ADDITIONS_CSV = os.path.join(os.path.dirname(os.path.abspath(__file__)), "sources", "dol_2024_additions.csv")
NOT_RECHECKED = "; 2024 labor flags not re-checked."  # tail of the 2022 records' note
CHANGES = ("added", "added-downstream", "label-change", "folded", "not-recorded")
DOL_PAGE = "https://www.dol.gov/agencies/ilab/resources/reports/child-labor/"
# DOL country pages whose 2023/2024 Findings version (which shows the 2024 list's goods and icons) was
# read in full: every 2022 pair of these countries appears there with the same labels, except the
# label changes in the CSV.
CHECKED_PAGES = {
    "CD": ("congo-democratic-republic-drc", 2024), "CI": ("cote-divoire", 2024), "DO": ("dominican-republic", 2024),
    "GH": ("ghana", 2024), "IN": ("india", 2024), "MM": ("burma", 2023), "NG": ("nigeria", 2024),
    "PK": ("pakistan", 2024), "TD": ("chad", 2024), "ZM": ("zambia", 2024),
}


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
        fail(f"{seeds[0]}: the DOL 2024 copper sentence cited for copper ore/Zambia is not in the seed report")


def build(sources):
    resolve = CountryResolver().resolve
    commodities = {c["id"]: c for c in load_data("commodities.json")["records"]}
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
    stats = apply_2024(records, resolve, commodities)

    ids = [r["id"] for r in records]
    if len(ids) != len(set(ids)):
        fail("duplicate finding ids")
    records.sort(key=lambda r: r["id"])
    return records, ncountries, len(removed), stats


def parse_labor(text, where):
    labor = [x for x in text.split("+") if x]
    if not labor or any(x not in ("child", "forced") for x in labor) or len(set(labor)) != len(labor):
        fail(f"{where}: bad labor {text!r}")
    return sorted(labor)


def apply_2024(records, resolve, commodities):
    """Apply sources/dol_2024_additions.csv to the 2022-based records (in place)."""
    by_key = {(r["commodity"], r["country"]): r for r in records}
    stats = {c: 0 for c in CHANGES}
    changed_inputs = {}
    rows = read_csv(ADDITIONS_CSV)
    seen = set()
    for n, t in enumerate(rows, start=2):
        where = f"dol_2024_additions.csv line {n} ({t['good']} / {t['country']})"
        change = t["change"]
        if change not in CHANGES:
            fail(f"{where}: unknown change {change!r}")
        for col in ("good", "country", "labor", "source_url", "quote", "confidence"):
            if not t[col]:
                fail(f"{where}: empty {col}")
        if t["confidence"] not in ("high", "medium", "low"):
            fail(f"{where}: bad confidence {t['confidence']!r}")
        if t["forced_child"] not in ("yes", "no"):
            fail(f"{where}: forced_child must be yes or no")
        cc = resolve(t["country"], f"({where})")
        labor = parse_labor(t["labor"], where)
        if (t["good"], cc) in seen:
            fail(f"{where}: duplicate row")
        seen.add((t["good"], cc))
        stats[change] += 1
        if change == "not-recorded":
            if t["commodity"]:
                fail(f"{where}: a not-recorded row names no commodity")
            continue
        com = t["commodity"]
        if com not in commodities:
            fail(f"{where}: unknown commodity {com!r}")
        others = f" Other sources: {t['other_sources']}." if t["other_sources"] else ""
        quote = t["quote"] if t["quote"].endswith((".", '."', ".)")) else t["quote"] + "."
        cite = f"{quote}{others} Confidence: {t['confidence']}."
        key = (com, cc)
        if change in ("added", "added-downstream"):
            if key in by_key:
                fail(f"{where}: {com}/{cc} already has a record ({by_key[key]['id']})")
            if t["sector"] != commodities[com]["sector"]:
                fail(f"{where}: sector {t['sector']!r} differs from commodity {com}'s {commodities[com]['sector']!r}")
            derived_from = None
            note = (f"DOL 2024 edition addition (published 2024-09-05), not in the 2022 data: {t['good']} / {t['country']}. "
                    + cite)
            if change == "added-downstream":
                if not t["derived_from"]:
                    fail(f"{where}: a downstream row needs derived_from")
                in_com, in_cc = t["derived_from"].split("/")
                src_rec = by_key.get((in_com, in_cc))
                if src_rec is None or src_rec["derived_from"] or src_rec["status"] != "listed":
                    fail(f"{where}: no listed direct finding for its input {t['derived_from']}")
                if src_rec["labor"] != labor:
                    fail(f"{where}: labor {labor} does not repeat its input's {src_rec['labor']}")
                derived_from = {"commodity": in_com, "country": in_cc}
                note += (f" Downstream good: produced with an input made with child/forced labor; labor repeats that of "
                         f"the input finding {src_rec['id']} ({src_rec['good']}).")
            elif t["derived_from"]:
                fail(f"{where}: derived_from is for downstream rows only")
            fc = t["forced_child"] == "yes"
            if not fc:
                note += " Forced child labor is not stated by the source: forced_child false."
            rec = {"id": f"dol-{com}-{cc.lower()}", "good": t["good"], "commodity": com, "country": cc,
                   "labor": labor, "forced_child": fc, "editions": [2024], "publication": "dol-tvpra",
                   "sector": t["sector"], "status": "listed", "derived_from": derived_from,
                   "source": t["source_url"], "note": note}
            records.append(rec)
            by_key[key] = rec
        elif change == "label-change":
            rec = by_key.get(key)
            if rec is None or rec["status"] != "listed" or rec["derived_from"]:
                fail(f"{where}: no listed 2022 direct finding {com}/{cc} to relabel")
            if rec["good"] != t["good"]:
                fail(f"{where}: good differs from the 2022 record's {rec['good']!r}")
            if rec["labor"] == labor:
                fail(f"{where}: labor unchanged")
            old = rec["labor"]
            rec["labor"] = labor
            rec["note"] = rec["note"].replace(NOT_RECHECKED, ".")
            rec["forced_child"] = rec["forced_child"] or t["forced_child"] == "yes"
            rec["note"] += (f" 2024 LABEL CHANGE applied: labor {'+'.join(old)} (2022) -> {'+'.join(labor)} (2024 edition), "
                            f"per {t['source_url']}: {cite}")
            changed_inputs[key] = (old, labor, t["source_url"])
        else:  # folded
            rec = by_key.get(key)
            if rec is None or rec["status"] != "listed":
                fail(f"{where}: no listed record {com}/{cc} to fold into")
            rec["note"] += (f" The 2024 edition also lists '{t['good']}' ({t['country']}, "
                            f"{'downstream good, ' if t['derived_from'] else ''}labor {'+'.join(labor)}); it maps to "
                            f"commodity {com}, so it is folded into this record. Source: {t['source_url']}: {cite}")
    # downstream records repeat the labor of their input finding (docs/dataset-format.md)
    for r in records:
        d = r["derived_from"]
        if d and (d["commodity"], d["country"]) in changed_inputs and 2024 in r["editions"]:
            old, new, url = changed_inputs[(d["commodity"], d["country"])]
            if r["labor"] == old:
                r["labor"] = new
                r["note"] = r["note"].replace(NOT_RECHECKED, ".")
                r["note"] += (f" Labor updated to {'+'.join(new)} because its input finding "
                              f"{d['commodity']}/{d['country']} changed labels in 2024 ({url}); the labor of this downstream "
                              f"record repeats the input's by definition, DOL's icon for this good itself was not seen.")
    # 2022 pairs re-checked on a DOL country page of the 2024 list
    for r in records:
        page = CHECKED_PAGES.get(r["country"])
        if page and r["status"] == "listed" and 2022 in r["editions"] and (r["commodity"], r["country"]) not in changed_inputs:
            r["note"] = r["note"].replace(NOT_RECHECKED, ".")
            r["note"] += (f" 2024 labels checked: the DOL country page {DOL_PAGE}{page[0]} ({page[1]} Findings version, "
                          f"which shows the 2024 list) lists this good with the same labels.")
    return stats


def main(sources):
    records, ncountries, nremoved, stats = build(sources)
    write_json(FILE, dataset(MANIFEST["id"], MANIFEST["kind"], records))
    derived = sum(1 for r in records if r["derived_from"])
    new = sum(1 for r in records if r["editions"] == [2024])
    print(f"dol-tvpra-goods: {len(records)} records (467 from the 2022 data, {ncountries} countries; "
          f"{nremoved} removed in 2024; {derived} derived; {new} 2024-only); 2024 CSV rows: "
          + ", ".join(f"{k} {v}" for k, v in stats.items()))


if __name__ == "__main__":
    main_wrapper(main)
