#!/usr/bin/env python3
"""Build data/tip-findings.json (dataset tip-narrative-findings, kind findings, publication tip-report).

Commodity x country findings stated in the US State Dept Trafficking in Persons Report
narratives (2024 and 2025 reports). The narrative sentences themselves were not retrieved (stored
copies show only openings); each record cites the secondary source that reports it (docs/data.md).

Sources: ../seeds/000_*.txt (seed copper report; the quoted sentences must be present);
tip-tiers/cia_factbook_country_tip_2025.json (URL of the 2025 DRC narrative);
data/curate/sources/tip_2024_2025_findings.csv (further findings, one row each, with a quote;
rows marked quote_in_seed=yes are checked against the seed report).
Needs data/countries.json and data/commodities.json.

Usage: python3 data/curate/tip_findings.py [SOURCES_DIR]
"""
import glob
import json
import os
import sys

sys.dont_write_bytecode = True  # keep data/curate free of __pycache__
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import CountryResolver, dataset, fail, load_data, main_wrapper, read_csv, src, write_json  # noqa: E402

FILE = "tip-findings.json"
TIP_2025_URL = "https://www.state.gov/reports/2025-trafficking-in-persons-report/"
MANIFEST = {
    "id": "tip-narrative-findings",
    "kind": "findings",
    "file": FILE,
    "version": "2025",
    "publisher": "US Department of State, Office to Monitor and Combat Trafficking in Persons",
    "title": "Trafficking in Persons Reports 2024-2025: commodity findings from country narratives",
    "published": "2025-09-29",
    "source": TIP_2025_URL,
    "license": "Public domain (US government work, 17 U.S.C. 105); short quotes of the seed report for citation",
    "notes": (
        "Four findings, each through a secondary source (the narrative sentences were not retrieved): from the seed "
        "report \"Commodity Report: Copper (2025)\", copper / Serbia (forced) and copper / DRC (child) in the 2025 TIP "
        "Report and copper / Zambia (children forced into illegal copper mining) in the 2024 TIP Report; from RFE/RL, "
        "charcoal / Belarus (forced, state 'labor therapy centers') in the 2024 TIP Report. Other commodities of the "
        "TIP narratives are not curated yet."
    ),
}

SEED_SUMMARY = ("According to the U.S. Department of State's *2025 Trafficking in Persons Report*, copper is produced "
                "with child labor in the Democratic Republic of the Congo (DRC) and forced labor in Serbia.")
SEED_DRC = ("The *2025 Trafficking in Persons Report* states that children are exploited in forced labor in the "
            "illegal mining of minerals, including copper, in the DRC.")
SEED_CITATION = ("US Department of State, 2025 Trafficking in Persons Report, as cited in \"Commodity Report: Copper "
                 "(2025)\" (seed document 000_0e808d4f842db322.txt, footnote{fn})")

EXTRA_CSV = os.path.join(os.path.dirname(os.path.abspath(__file__)), "sources", "tip_2024_2025_findings.csv")

FINDINGS = [
    {"id": "tip-copper-rs", "good": "Copper", "commodity": "copper", "country": "RS", "labor": ["forced"],
     "forced_child": False, "sector": "Mining", "footnote": " 3",
     "note": ("Seed report: \"" + SEED_SUMMARY.replace("*", "") + "\" The Serbia 2025 narrative sentence on copper "
              "was not retrieved, so it is not quoted here.")},
    {"id": "tip-copper-cd", "good": "Copper", "commodity": "copper", "country": "CD", "labor": ["child"],
     "forced_child": False, "sector": "Mining", "footnote": "s 3 and 14",
     "note": ("Seed report: \"" + SEED_SUMMARY.replace("*", "") + "\" and \"" + SEED_DRC.replace("*", "") + "\" "
              "The seed's second sentence describes forced labor of children; labor is kept as ['child'] as in the seed's "
              "summary (DRC: CL). The 2025 DRC narrative is {drc_url} (CIA World Factbook 2025 link); its copper sentence "
              "was not retrieved.")},
]


def drc_narrative_url(sources):
    with open(src(sources, "tip-tiers", "cia_factbook_country_tip_2025.json"), encoding="utf-8") as f:
        fb = json.load(f)
    text = fb["entries"]["africa/cg.json"]["trafficking_in_persons"]["tier rating"]["text"]
    for tok in text.split():
        if tok.startswith("https://www.state.gov/reports/2025-trafficking-in-persons-report/"):
            return tok
    fail("no 2025 DRC narrative URL in the Factbook entry africa/cg.json")


def build(sources):
    countries = {c["code"] for c in load_data("countries.json")["records"]}
    commodities = {c["id"]: c for c in load_data("commodities.json")["records"]}
    seeds = sorted(glob.glob(os.path.join(os.path.dirname(sources), "seeds", "000_*.txt")))
    if not seeds:
        fail("seed copper report (seeds/000_*.txt next to the sources directory) is required for the TIP findings")
    with open(seeds[0], encoding="utf-8") as f:
        seed = f.read()
    for s in (SEED_SUMMARY, SEED_DRC):
        if s not in seed:
            fail(f"{seeds[0]}: sentence not found: {s!r}")
    url = drc_narrative_url(sources)
    records = []
    for f in FINDINGS:
        if f["country"] not in countries or f["commodity"] not in commodities:
            fail(f"{f['id']}: unknown country/commodity")
        records.append({"id": f["id"], "good": f["good"], "commodity": f["commodity"], "country": f["country"],
                        "labor": f["labor"], "forced_child": f["forced_child"], "editions": [2025],
                        "publication": "tip-report", "sector": f["sector"], "status": "listed",
                        "derived_from": None, "source": SEED_CITATION.format(fn=f["footnote"]),
                        "note": f["note"].replace("{drc_url}", url)})
    records.extend(extra_findings(seed, countries, commodities))
    ids = [r["id"] for r in records]
    if len(ids) != len(set(ids)):
        fail("tip-findings: duplicate ids")
    records.sort(key=lambda r: r["id"])
    return records


def extra_findings(seed, countries, commodities):
    resolve = CountryResolver().resolve
    out = []
    for n, t in enumerate(read_csv(EXTRA_CSV), start=2):
        where = f"tip_2024_2025_findings.csv line {n} ({t['id']})"
        for col in ("id", "good", "commodity", "country", "labor", "tip_year", "sector", "source", "quote", "confidence"):
            if not t[col]:
                fail(f"{where}: empty {col}")
        cc = resolve(t["country"], f"({where})")
        com = commodities.get(t["commodity"]) or fail(f"{where}: unknown commodity {t['commodity']!r}")
        if com["sector"] != t["sector"]:
            fail(f"{where}: sector {t['sector']!r} differs from commodity's {com['sector']!r}")
        labor = sorted(x for x in t["labor"].split("+") if x)
        if not labor or any(x not in ("child", "forced") for x in labor):
            fail(f"{where}: bad labor {t['labor']!r}")
        if t["forced_child"] not in ("yes", "no") or t["quote_in_seed"] not in ("yes", "no"):
            fail(f"{where}: forced_child and quote_in_seed must be yes or no")
        if t["quote_in_seed"] == "yes" and t["quote"] not in seed:
            fail(f"{where}: quote not found in the seed report")
        if t["id"] != f"tip-{t['commodity']}-{cc.lower()}":
            fail(f"{where}: id must be tip-<commodity>-<cc>")
        year = int(t["tip_year"])
        if year not in (2024, 2025):
            fail(f"{where}: TIP year {year} outside 2024-2025")
        quote = t["quote"].replace("*", "")
        out.append({"id": t["id"], "good": t["good"], "commodity": t["commodity"], "country": cc, "labor": labor,
                    "forced_child": t["forced_child"] == "yes", "editions": [year], "publication": "tip-report",
                    "sector": t["sector"], "status": "listed", "derived_from": None, "source": t["source"],
                    "note": f"{year} TIP Report finding, as reported by the source: \"{quote}\" {t['note']} "
                            f"Confidence: {t['confidence']}."})
    return out


def main(sources):
    records = build(sources)
    write_json(FILE, dataset(MANIFEST["id"], MANIFEST["kind"], records))
    print(f"tip-findings: {len(records)} records")


if __name__ == "__main__":
    main_wrapper(main)
