#!/usr/bin/env python3
"""Build data/tip-tiers.json (dataset tip-tiers, kind tiers).

Sources:
  tip-tiers/tip_2025_tier1_tier2_tier2wl_tier3_EXTRACTED_from_hawkeye-sterling-ra.csv  2025 Tier 1/2/2WL/3 (184)
  tip-tiers/tip_2024-2025_special_case_haiti_TRANSCRIBED_ecoi.csv                     Haiti Special Case
  tip-tiers/tip_tier2wl_tier3_2022-2025_from_factbook.csv                             cross-check (TWL, T3)
  ../seeds/000_*.txt (optional check)   seed copper report's 2025 placements (Serbia 2, Zambia 2, DRC 2WL)
Needs data/countries.json.

Usage: python3 data/curate/tip_tiers.py [SOURCES_DIR]
"""
import glob
import os
import sys

sys.dont_write_bytecode = True  # keep data/curate free of __pycache__
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import CountryResolver, dataset, fail, main_wrapper, read_csv, src, write_json  # noqa: E402

FILE = "tip-tiers.json"
TIP_2025_URL = "https://www.state.gov/reports/2025-trafficking-in-persons-report/"
MANIFEST = {
    "id": "tip-tiers",
    "kind": "tiers",
    "file": FILE,
    "version": "2025",
    "publisher": "US Department of State, Office to Monitor and Combat Trafficking in Persons",
    "title": "Trafficking in Persons Report: tier placements",
    "published": "2025-09-29",
    "source": TIP_2025_URL,
    "license": "Public domain (US government work, 17 U.S.C. 105)",
    "notes": (
        "2025 TIP Report: 184 Tier 1/2/2WL/3 placements (secondary extraction: trex0092/HAWKEYE-STERLING-RA "
        "data/country-indicators.json @cf2050cb; its Tier 2 Watch List and Tier 3 sets match the CIA World Factbook "
        "2025 edition exactly) plus Haiti (Special Case, ecoi.net copy of the State narrative). The 2024 Haiti record "
        "is inferred from 'second consecutive year'. Other Special Cases (e.g. Libya, Somalia, Yemen) and all other "
        "years are not curated yet."
    ),
}

TIER_MAP = {"Tier 1": "1", "Tier 2": "2", "Tier 2 Watch List": "2WL", "Tier 3": "3", "Special Case": "special"}
SEED_PLACEMENTS = {"RS": "2", "ZM": "2", "CD": "2WL"}
SEED_SENTENCE = ("Serbia and Zambia are listed as Tier 2 countries by the U.S. Department of State's "
                 "*2025 Trafficking in Persons Report*; the DRC is listed as Tier 2 Watch List.")
HAWKEYE = "trex0092/HAWKEYE-STERLING-RA data/country-indicators.json @cf2050cbbbd7901e20d4c6b2b2533228b5ce6e79"


def build(sources):
    resolve = CountryResolver().resolve
    records = {}

    f2025 = "tip_2025_tier1_tier2_tier2wl_tier3_EXTRACTED_from_hawkeye-sterling-ra.csv"
    rows = read_csv(src(sources, "tip-tiers", f2025))
    if len(rows) != 184:
        fail(f"{f2025}: expected 184 rows, found {len(rows)}")
    for r in rows:
        if r["tip_report_year"] != "2025":
            fail(f"{f2025}: unexpected year {r['tip_report_year']}")
        tier = TIER_MAP.get(r["tier"]) or fail(f"{f2025}: unknown tier {r['tier']!r}")
        cc = resolve(r["country_name_as_published"], f"({f2025})")
        key = (2025, cc)
        if key in records:
            fail(f"{f2025}: {cc} listed twice")
        records[key] = {"country": cc, "year": 2025, "tier": tier, "source": TIP_2025_URL,
                        "note": (f"Published as '{r['tier']}' for '{r['country_name_as_published']}'. Transcribed in "
                                 f"{HAWKEYE} (secondary source).")}

    # cross-check TWL and T3 with the Factbook
    fb = "tip_tier2wl_tier3_2022-2025_from_factbook.csv"
    want = {}
    for r in read_csv(src(sources, "tip-tiers", fb)):
        if r["tip_report_year"] == "2025":
            want[resolve(r["country_name_as_published"], f"({fb})")] = TIER_MAP[r["tier"]]
    have = {cc: rec["tier"] for (y, cc), rec in records.items() if rec["tier"] in ("2WL", "3")}
    if have != want:
        fail(f"2025 TWL/T3 mismatch with the Factbook: only in HAWKEYE {sorted(set(have.items()) - set(want.items()))}, "
             f"only in Factbook {sorted(set(want.items()) - set(have.items()))}")
    for cc in want:
        records[(2025, cc)]["note"] += " Tier cross-checked with the CIA World Factbook 2025 edition (factbook/factbook.json @783ed27f)."

    # Special Case: Haiti
    fh = "tip_2024-2025_special_case_haiti_TRANSCRIBED_ecoi.csv"
    for r in read_csv(src(sources, "tip-tiers", fh)):
        year = int(r["tip_report_year"])
        tier = TIER_MAP.get(r["tier"]) or fail(f"{fh}: unknown tier {r['tier']!r}")
        cc = resolve(r["country_name_as_published"], f"({fh})")
        if (year, cc) in records:
            fail(f"{fh}: {cc} {year} already placed")
        inferred = year != 2025
        note = (f"State Dept narrative (ecoi.net copy {r['source_url']}): \"HAITI (Special Case) Haiti remains a Special "
                "Case for the second consecutive year.\"")
        if inferred:
            note += f" The {year} placement is inferred from 'second consecutive year'; no {year} narrative was read."
        records[(year, cc)] = {"country": cc, "year": year, "tier": tier,
                               "source": TIP_2025_URL if year == 2025 else r["source_url"], "note": note}

    # seed report check
    for cc, tier in SEED_PLACEMENTS.items():
        got = records.get((2025, cc), {}).get("tier")
        if got != tier:
            fail(f"seed copper report says {cc} is {tier} in 2025; tiers data has {got}")
    seeds = sorted(glob.glob(os.path.join(os.path.dirname(sources), "seeds", "000_*.txt")))
    if seeds:
        with open(seeds[0], encoding="utf-8") as f:
            if SEED_SENTENCE not in f.read():
                fail(f"{seeds[0]}: 2025 tier sentence not found")
        for cc in SEED_PLACEMENTS:
            records[(2025, cc)]["note"] += " Agrees with the seed report \"Commodity Report: Copper (2025)\"."
    return [records[k] for k in sorted(records)]


def main(sources):
    records = build(sources)
    write_json(FILE, dataset(MANIFEST["id"], MANIFEST["kind"], records))
    counts = {}
    for r in records:
        counts[(r["year"], r["tier"])] = counts.get((r["year"], r["tier"]), 0) + 1
    print(f"tip-tiers: {len(records)} records {dict(sorted(counts.items()))}")


if __name__ == "__main__":
    main_wrapper(main)
