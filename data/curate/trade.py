#!/usr/bin/env python3
"""Build the trade datasets (kind trade): production shares and trade rankings.

Writes (one dataset each; the thin modules trade_*.py give build_manifest.py their manifest entries):
  usgs-mcs-production.json              USGS MCS 2024 world tables (2022, 2023e) + MCS 2026 cobalt/lithium (2024, 2025e)
  xinjiang-regional-shares.json         Xinjiang (CN-XJ) shares of WORLD production (share_of "world")
  xinjiang-regional-shares-china.json   Xinjiang (CN-XJ) shares of CHINA's production (share_of "country")
  copper-trade-rankings.json            top-10 copper exporters and importers (ITC Trade Map, via the seed report)

Sources (shared/sources):
  trade/usgs-mcs2024-world/*_world.csv                  USGS MCS 2024 data release, world production tables
  trade/usgs_mcs2026_cobalt_lithium_subset_transcribed.csv  USGS MCS 2026 data release, cobalt and lithium rows
  relations/xinjiang_regional_shares_TRANSCRIBED.csv   33 cited regional shares
  ../seeds/000_*.txt                                    seed copper report (top-10 exporters / importers)
Needs data/countries.json and data/commodities.json.

Not used: trade/un-comtrade-samples/. UN Comtrade data are copyrighted by the United Nations and made
available "for internal use only"; they "may not be re-disseminated in any form without written
permission" of UNSD (UN Comtrade licence agreement, as restated by the World Bank WITS terms). The
samples also cover only US and Chinese flows. They are left out of the shipped data.

Rules:
  - Shares of a world total are computed from the USGS table's own "World total" row. USGS rounds
    that total; where the sum of the country rows and "Other countries" exceeds it, the sum is the
    denominator (said in the record's note), so the shares of a table never exceed 1.
  - Shares are truncated (not rounded) to 6 decimals, so that sums stay <= 1.
  - Zero, withheld ("W") and not-available rows give no record; the script prints how many.
  - The shares of one (commodity, flow, year) of world-level records across all trade datasets
    must sum to <= 1, and a region's share of the world may not exceed its country's; the script
    fails otherwise.
  - Every USGS table row type of a mapped file, every Xinjiang row and every mapped file must be
    accounted for (mapped or skipped with a reason); anything else stops the script.

Usage: python3 data/curate/trade.py [SOURCES_DIR]
"""
import csv
import functools
import glob
import math
import os
import re
import sys

sys.dont_write_bytecode = True  # keep data/curate free of __pycache__
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from common import (  # noqa: E402
    CountryResolver, dataset, fail, load_data, main_wrapper, nfc, read_csv, src, write_json,
)

KIND = "trade"
CURATION_DATE = "2026-11-24"

# ---------------------------------------------------------------- manifests
MANIFEST_USGS = {
    "id": "usgs-mcs-production",
    "kind": KIND,
    "file": "usgs-mcs-production.json",
    "version": "MCS 2024 (2022, 2023e) + MCS 2026 cobalt and lithium (2024, 2025e)",
    "publisher": "U.S. Geological Survey, National Minerals Information Center",
    "title": "Mineral Commodity Summaries: world mine, refinery and smelter production shares by country",
    "published": "2026-02-06",
    "source": "https://doi.org/10.5066/P9WCYUI6 ; https://doi.org/10.5066/P1WKQ63T",
    "license": "Public domain (US government work, 17 U.S.C. 105); USGS data release use constraints: none",
    "notes": (
        "Each record is a country's share of world production in a USGS MCS world table, computed by chainrisk from "
        "the table's values and its World total row. MCS 2024 data release (2024-01-31; CSVs revised 2024-03-05; "
        "Redliana/cmm-data @99a987b1): 2022 and 2023 (estimated) for copper ore (mine) and copper (refinery), cobalt "
        "ore, bauxite, alumina, aluminum (smelter), nickel, lithium, graphite, manganese, silicon metal, tin ore, "
        "tantalum ore, tungsten ore, gold, silver, zinc, iron (ore, iron content), steel (raw steel), cement, salt, "
        "gypsum, fluorspar (2022) and diamonds (gem quality). MCS 2026 data release (2026-02-06): cobalt ore and "
        "lithium for 2024 and 2025 (estimated), transcribed from a test fixture reproducing MCS2026_Commodities_Data.csv. "
        "Zero, withheld (W) and NA values give no record. See docs/data.md."
    ),
}
MANIFEST_XJ_WORLD = {
    "id": "xinjiang-regional-shares",
    "kind": KIND,
    "file": "xinjiang-regional-shares.json",
    "version": "2026.1",
    "publisher": "chainrisk project (curated from cited reports: HRW, Sheffield Hallam University, Bernreuter Research, IEA, Chinese state media and others)",
    "title": "Xinjiang (CN-XJ) shares of world production",
    "published": CURATION_DATE,
    "source": "https://hrw.org/report/2024/02/01/asleep-wheel/car-companies-complicity-forced-labor-china",
    "license": "Curation: chainrisk project licence. The figures are facts stated by the cited publishers (mostly copyrighted reports); short quotes only, for citation",
    "notes": (
        "One record per (commodity, year) with share_of 'world' for region CN-XJ, from "
        "relations/xinjiang_regional_shares_TRANSCRIBED.csv: the strongest source per (commodity, year) is the record, the "
        "other rows are in its note; undated rows are noted on the latest record of the commodity. Qualifiers "
        "('almost', 'up to', 'more than') are not applied to the number; ranges take the low end. Year is the data year "
        "where the source states one, else its publication year. Shares of China's output are in "
        "xinjiang-regional-shares-china."
    ),
}
MANIFEST_XJ_CHINA = dict(MANIFEST_XJ_WORLD, **{
    "id": "xinjiang-regional-shares-china",
    "file": "xinjiang-regional-shares-china.json",
    "title": "Xinjiang (CN-XJ) shares of China's production",
    "source": "https://www.steelmarketupdate.com/2021/12/21/cru-what-the-ban-on-materials-ex-xinjiang-china-means-for-aluminum/",
    "notes": (
        "One record per (commodity, year) with share_of 'country' (Xinjiang's share of China's output) for region "
        "CN-XJ, from relations/xinjiang_regional_shares_TRANSCRIBED.csv; same rules as xinjiang-regional-shares. Kept "
        "apart from the world shares because a dataset holds one record per (commodity, flow, country, region, "
        "partner, year)."
    ),
})
MANIFEST_RANKINGS = {
    "id": "copper-trade-rankings",
    "kind": KIND,
    "file": "copper-trade-rankings.json",
    "version": "2025",
    "publisher": "International Trade Centre (ITC) Trade Map, as cited in the seed report 'Commodity Report: Copper (2025)'",
    "title": "Top ten exporters and importers of copper (rank only)",
    "published": "2025-07-01",
    "source": "https://www.trademap.org",
    "license": "Rank order only (facts), quoted from the seed report for citation; no ITC Trade Map values are redistributed (ITC terms apply to the data)",
    "notes": (
        "Ranks 1-10 of the top ten exporting and importing countries of copper as printed in 'Commodity Report: Copper "
        "(2025)' (seed 000), which credits ITC Trade Map (ITC calculations based on UN COMTRADE statistics). The report "
        "states no data year and no HS scope; year is the report year (2025) and the commodity is copper (HS 74, the "
        "scope whose leaders include Germany, Japan and Italy). Published date: the report speaks 'As of July 2025' "
        "and states no day; the first of that month is used."
    ),
}

# ---------------------------------------------------------------- USGS MCS 2024 world tables
USGS2024_DIR = ("trade", "usgs-mcs2024-world")
USGS2024_SOURCE = ("USGS Mineral Commodity Summaries 2024 Data Release (https://doi.org/10.5066/P9WCYUI6), "
                   "world table {file}")
USGS2026_SOURCE = ("USGS Mineral Commodity Summaries 2026 Data Release (https://doi.org/10.5066/P1WKQ63T), "
                   "MCS2026_Commodities_Data.csv, {chapter} world mine production")
# file key (mcs2024-<key>_world.csv) -> {row type: commodity id, or None to skip with the reason in TYPE_SKIP}
USGS2024_MAP = {
    "coppe": {"Mine production, recoverable copper content": "copper-ore",
              "Refinery production, copper": "copper"},
    "cobal": {"Mine production, metric tons of contained cobalt": "cobalt-ore"},
    "alumi": {"Smelter production, aluminum": "aluminum"},
    "bauxi": {"Mine production, bauxite, dry tons": "bauxite",
              "Refinery production, alumina - calcined equivalent weights": "alumina"},
    "nicke": {"Mine production - nickel, metric tons contained": "nickel"},
    "lithi": {"Mine production, lithium content": "lithium"},
    "graph": {"Mine production, graphite": "graphite"},
    "manga": {"Mine production, manganese content": "manganese"},
    "simet": {"Plant production, silicon metal": "silicon-metal",
              "Plant production, silicon content of ferrosilicon": None},
    "tin": {"Mine production, tin content": "tin-ore"},
    "tanta": {"Mine production, tantalum content": "tantalum-ore"},
    "tungs": {"Mine production, tungsten content": "tungsten-ore"},
    "gold": {"Gold - contained content, mine production, metric tons": "gold"},
    "silve": {"mine production, silver content": "silver"},
    "zinc": {"Mine production, zinc content of concentrates and direct shipping ores": "zinc"},
    "feore": {"Iron ore - mine production - iron content - thousand metric tons": "iron",
              "Iron ore - mine production - usable ore -thousand metric tons": None},
    "feste": {"Raw steel, million metric tons": "steel", "Pig iron, million metric tons": None},
    "cemen": {"Cement production, estimated": "cement", "Clinker capacity, estimated": None},
    "salt": {"Mine production": "salt"},
    "gypsu": {"Mine production": "gypsum"},
    "fluor": {"Mine production, fluorspar": "fluorspar"},
    "gemst": {"Mine production, thousand carats of gem-quality diamond": "diamonds"},
    "mica": {"Mine production - mica scrap and flake": "mica", "Mine production - mica sheet": None},
}
TYPE_SKIP = {
    "Plant production, silicon content of ferrosilicon": "ferrosilicon is a ferroalloy (part of `steel`), not silicon metal",
    "Iron ore - mine production - usable ore -thousand metric tons": "iron content of the same ore table is used instead",
    "Pig iron, million metric tons": "`iron` takes iron ore (iron content); pig iron would be a second table for the same commodity",
    "Clinker capacity, estimated": "capacity, not production",
    "Mine production - mica sheet": "no world total (NA); the scrap-and-flake table is used for `mica`",
}
# Files with no commodity of the vocabulary (or a deliberate choice); every other file must be in USGS2024_MAP.
FILE_SKIP = {
    "diamo": "industrial diamond; `diamonds` takes the gem-quality table (gemst)",
    "sandi": "industrial (silica) sand and gravel; the DOL good `sand` is mostly construction sand",
    "stond": "dimension stone: only the United States has a value, no world total",
    "lead": "no `lead` commodity in the vocabulary yet (DOL 2024 good not curated)",
    "fepig": "iron oxide pigments (ocher, umber): no commodity; no world total",
}
# USGS country spellings the country resolver does not know (after footnote digits are stripped).
USGS_COUNTRY_FIX = {
    "United States (includes Puerto Rico)": "US",
    "Kazakhstan, concentrate": "KZ",
    "Ukraine, concentrate": "UA",
}
SPECIAL_ROW_NOTE = {
    "Kazakhstan, concentrate": "USGS labels the row 'Kazakhstan, concentrate'.",
    "Ukraine, concentrate": "USGS labels the row 'Ukraine, concentrate'.",
    "United States (includes Puerto Rico)": "USGS: the United States value includes Puerto Rico.",
}
NUM_RE = re.compile(r"^\d+(\.\d+)?$")


def truncate(x, digits=6):
    f = 10 ** digits
    return math.floor(x * f + 1e-9) / f


def fmt_num(x):
    return f"{int(x):,}" if float(x).is_integer() else f"{x:,}"


def parse_value(raw):
    """Number, or None for W / NA / — / XX / empty / bounds."""
    v = nfc(raw).replace(",", "").replace("\u00a0", "").strip()
    if NUM_RE.match(v):
        return float(v)
    return None


class Resolver:
    def __init__(self):
        self.cr = CountryResolver()

    def country(self, name, context):
        name = nfc(name).replace("\u00a0", " ").strip()
        base = re.sub(r"\d+$", "", name).strip()
        if base in USGS_COUNTRY_FIX:
            return USGS_COUNTRY_FIX[base]
        return self.cr.resolve(base, context)


def is_world(name):
    return nfc(name).lower().startswith("world total")


def is_other(name):
    return re.sub(r"\d+$", "", nfc(name)).strip().lower() in ("other countries", "other", "other countries (rounded)")


def shares_from_table(rows, label, unit_note):
    """rows: [(country name, value or None, raw)] incl. Other/World rows -> (records dicts, stats)."""
    world = [v for n, v, _ in rows if is_world(n)]
    if len(world) != 1:
        fail(f"{label}: expected one World total row, found {len(world)}")
    world = world[0]
    if world is None or world <= 0:
        return [], {"no_world_total": 1}
    parts = sum(v for n, v, _ in rows if not is_world(n) and v is not None)
    denom, denom_note = world, None
    if parts > world:
        denom = parts
        denom_note = (f"USGS's rounded world total ({fmt_num(world)}) is below the sum of the table's rows "
                      f"({fmt_num(parts)}); the sum is the denominator.")
    out, stats = [], {"zero": 0, "withheld_or_na": 0}
    for n, v, raw in rows:
        if is_world(n) or is_other(n):
            continue
        if v is None:
            stats["withheld_or_na"] += 1
            continue
        if v == 0:
            stats["zero"] += 1
            continue
        out.append({"name": n, "value": v, "raw": raw, "share": truncate(v / denom), "world": world,
                    "denom_note": denom_note, "unit": unit_note})
    return out, stats


def usgs2024_records(sources, res, commodities, report):
    folder = src(sources, *USGS2024_DIR)
    records = []
    files = sorted(glob.glob(os.path.join(folder, "*_world.csv")))
    if len(files) != 77:
        fail(f"{folder}: expected 77 *_world.csv files, found {len(files)}")
    seen_keys = set()
    for path in files:
        fname = os.path.basename(path)
        m = re.fullmatch(r"(?i)mcs2024-(\w+?)_world\.csv", fname)
        if not m:
            fail(f"unexpected file name {fname}")
        key = m.group(1).lower()
        seen_keys.add(key)
        if key not in USGS2024_MAP:
            if key not in FILE_SKIP:
                report.append(f"usgs 2024: {fname}: no commodity in the vocabulary, not used")
            else:
                report.append(f"usgs 2024: {fname}: skipped ({FILE_SKIP[key]})")
            continue
        with open(path, encoding="utf-8-sig", newline="") as f:
            reader = csv.reader(f)
            header = next(reader)
            raw_rows = [r for r in reader if any(x.strip() for x in r)]
        type_col = 2
        prod_cols = [(i, h) for i, h in enumerate(header) if re.match(r"(?i)prod_", h) and re.search(r"20\d\d", h)]
        if header[2] != "Type":          # fluorspar: the type is the third column's header
            fixed_type = nfc(header[2])
        else:
            fixed_type = None
        if not prod_cols:
            fail(f"{fname}: no production columns in {header}")
        by_type = {}
        for r in raw_rows:
            t = fixed_type or nfc(r[type_col])
            by_type.setdefault(t, []).append(r)
        for t, rows in by_type.items():
            if t not in USGS2024_MAP[key]:
                fail(f"{fname}: row type {t!r} is neither mapped nor skipped")
            cid = USGS2024_MAP[key][t]
            if cid is None:
                report.append(f"usgs 2024: {fname} {t!r}: skipped ({TYPE_SKIP[t]})")
                continue
            if cid not in commodities:
                fail(f"{fname}: commodity {cid} not in commodities.json")
            for col, colname in prod_cols:
                ym = re.search(r"(20\d\d)", colname)
                if not ym:
                    fail(f"{fname}: no year in column {colname!r}")
                year = int(ym.group(1))
                est = bool(re.search(r"(?i)_est_", colname))
                unit = colname.split("_")[1]
                table = [(r[1], parse_value(r[col]) if col < len(r) else None, r[col] if col < len(r) else "")
                         for r in rows]
                label = f"{fname} {t!r} {year}"
                shares, stats = shares_from_table(table, label, unit)
                if stats.get("no_world_total"):
                    report.append(f"usgs 2024: {label}: no world total, no records")
                    continue
                for s in shares:
                    cc = res.country(s["name"], f"({fname})")
                    note = (f"USGS MCS 2024, '{t}': {fmt_num(s['value'])} {unit} of a world total of {fmt_num(s['world'])} {unit} "
                            f"({year}{', estimated' if est else ''}).")
                    base = re.sub(r"\d+$", "", nfc(s["name"])).strip()
                    if base in SPECIAL_ROW_NOTE:
                        note += " " + SPECIAL_ROW_NOTE[base]
                    if s["denom_note"]:
                        note += " " + s["denom_note"]
                    records.append(trade_record(cid, "production", cc, None, None, "world", year, s["share"], None,
                                                USGS2024_SOURCE.format(file=fname), note))
                report.append(f"usgs 2024: {label} -> {cid}: {len(shares)} records "
                              f"({stats['zero']} zero, {stats['withheld_or_na']} withheld/NA)")
    missing = sorted(set(USGS2024_MAP) - seen_keys)
    if missing:
        fail(f"USGS2024_MAP names files that are not there: {missing}")
    return records


USGS2026_CHAPTERS = {"COBALT": "cobalt-ore", "LITHIUM": "lithium"}


def usgs2026_records(sources, res, commodities, report):
    path = src(sources, "trade", "usgs_mcs2026_cobalt_lithium_subset_transcribed.csv")
    rows = read_csv(path)
    if len(rows) != 78:
        fail(f"{path}: expected 78 rows, found {len(rows)}")
    groups = {}
    for r in rows:
        if r["MCS chapter"] not in USGS2026_CHAPTERS:
            fail(f"{path}: unexpected chapter {r['MCS chapter']!r}")
        if r["Statistics"] == "Reserves":
            continue
        if r["Statistics"] != "Production" or r["Statistics_detail"] not in ("Mine production", "Mine production: rounded"):
            fail(f"{path}: unexpected row {r['Statistics']!r}/{r['Statistics_detail']!r}")
        groups.setdefault((r["MCS chapter"], int(r["Year"])), []).append(r)
    records = []
    for (chapter, year), rs in sorted(groups.items()):
        cid = USGS2026_CHAPTERS[chapter]
        if cid not in commodities:
            fail(f"commodity {cid} not in commodities.json")
        table = [(r["Country"], parse_value(r["Value"]), r["Value"]) for r in rs]
        label = f"MCS 2026 {chapter} {year}"
        shares, stats = shares_from_table(table, label, "t")
        notes = {r["Country"]: r["Notes"] for r in rs}
        world_note = next(r["Notes"] for r in rs if is_world(r["Country"]))
        for s in shares:
            cc = res.country(s["name"], f"({label})")
            status = notes.get(s["name"], "")
            note = (f"USGS MCS 2026, {chapter.lower()} mine production: {fmt_num(s['value'])} t of a world total of "
                    f"{fmt_num(s['world'])} t ({year}"
                    f"{', ' + status.split('.')[0].lower() if status.startswith(('Estimated', 'Reported')) else ''}).")
            if "Excludes U.S." in world_note:
                note += " The world total excludes U.S. production (withheld)."
            if s["denom_note"]:
                note += " " + s["denom_note"]
            records.append(trade_record(cid, "production", cc, None, None, "world", year, s["share"], None,
                                        USGS2026_SOURCE.format(chapter=chapter.title()), note))
        report.append(f"usgs 2026: {label} -> {cid}: {len(shares)} records "
                      f"({stats['zero']} zero, {stats['withheld_or_na']} withheld/NA)")
    return records


# ---------------------------------------------------------------- Xinjiang regional shares
XJ_COMMODITY = {
    "aluminum": "aluminum",
    "polysilicon": "polysilicon",
    "cotton": "cotton",
    "tomatoes (processing) / tomato paste": "tomato-products",
    "tomato products": "tomato-products",
    "tomatoes": "tomato-products",
    "PVC": "pvc",
    "viscose": "viscose",
    "silicon metal (industrial silicon)": "silicon-metal",
}
XJ_SKIP = {
    ("tomato paste", "world_production"): (
        "a share of canned paste 'available on the global market' ('is likely to have been produced'), not of production"),
}
XJ_SHARE_OF = {"world_production": "world", "china_production": "country"}
# (commodity id, share_of, year) -> substring of the chosen row's source (the strongest source of that year)
XJ_PICK = {
    ("aluminum", "world", 2024): "hrw.org",
    ("aluminum", "country", 2014): "steelmarketupdate",
    ("aluminum", "country", 2021): "steelmarketupdate",
    ("polysilicon", "world", 2016): "buzzfeed",
    ("polysilicon", "world", 2020): "buzzfeed",         # output (Bernreuter); pv magazine's 41.7 % is capacity
    ("polysilicon", "world", 2021): "energyconnects",   # Bloomberg citing Bernreuter
    ("polysilicon", "world", 2022): "carrzee",
    ("polysilicon", "country", 2020): "pv-magazine",
    ("cotton", "country", 2022): "chinaxinjiang",
    ("cotton", "country", 2020): "cgtn",                # National Bureau of Statistics figure
    ("cotton", "country", 2018): "phvalue",
    ("cotton", "world", 2022): "chinaxinjiang",
    ("cotton", "world", 2020): "wtocenter",
    ("tomato-products", "country", 2020): "tdminews",
    ("tomato-products", "country", 2019): "cgtn",
    ("pvc", "world", 2022): "shu.ac.uk",
    ("pvc", "country", 2022): "anderinger",
    ("viscose", "world", 2021): "everybodyisgone",
    ("silicon-metal", "country", 2019): "alloyssi",
}
XJ_NOTE = {
    ("aluminum", "world", 2024): "The seed report 002 (an HRW explainer) says the same: 'almost 10 percent of the world’s aluminum'.",
    ("polysilicon", "world", 2021): ("Year is the publication year; the 45 % is Bernreuter Research's estimate, the same "
                                     "figure as for 2020."),
    ("polysilicon", "world", 2022): ("Read in a blog summary of the IEA Special Report on Solar PV Global Supply Chains "
                                     "(2022, CC BY 4.0); the IEA page itself was not read that far. Year = publication year."),
    ("polysilicon", "country", 2020): "Production CAPACITY at the end of 2020, not output.",
    ("tomato-products", "country", 2019): (
        "Mapped to tomato-products, not fresh tomatoes: the article is about processing tomatoes for ketchup and paste "
        "('Your ketchup probably comes from Xinjiang'); 70 % of all of China's fresh tomatoes would contradict the other "
        "sources. Year = publication year."),
    ("cotton", "country", 2018): "Weak source (industry website).",
    ("pvc", "country", 2022): "Weak source (customs-broker blog); year = publication year.",
    ("silicon-metal", "country", 2019): "Weak source (supplier website citing the China Nonferrous Metals Industry Association Silicon Branch).",
}
QUALIFIERS = [
    (r"\b(more than|over)\b", "a lower bound ('{q}')"),
    (r"\b(up to|almost|nearly)\b", "an upper bound ('{q}')"),
    (r"\b(about|around|approximately|roughly|some)\b|~", "approximate ('{q}')"),
]


def qualifier_note(quote):
    for rx, text in QUALIFIERS:
        m = re.search(rx, quote, flags=re.I)
        if m:
            return "The source's figure is " + text.format(q=m.group(0)) + "; the number is stored as stated."
    return None


def xinjiang_records(sources, commodities, seeds, report):
    path = src(sources, "relations", "xinjiang_regional_shares_TRANSCRIBED.csv")
    rows = read_csv(path)
    if len(rows) != 33:
        fail(f"{path}: expected 33 rows, found {len(rows)}")
    dated, undated = {}, {}
    for i, r in enumerate(rows, start=2):
        if r["region"] != "CN-XJ":
            fail(f"{path}:{i}: region {r['region']!r} is not CN-XJ")
        if (r["commodity"], r["share_of"]) in XJ_SKIP:
            report.append(f"xinjiang: row {i} ({r['commodity']}): skipped ({XJ_SKIP[(r['commodity'], r['share_of'])]})")
            continue
        if r["commodity"] not in XJ_COMMODITY:
            fail(f"{path}:{i}: commodity {r['commodity']!r} is neither mapped nor skipped")
        cid = XJ_COMMODITY[r["commodity"]]
        if cid not in commodities:
            fail(f"{path}:{i}: commodity {cid} not in commodities.json")
        if r["share_of"] not in XJ_SHARE_OF:
            fail(f"{path}:{i}: share_of {r['share_of']!r}")
        of = XJ_SHARE_OF[r["share_of"]]
        raw = r["share"]
        rng = None
        if "-" in raw:
            lo, hi = raw.split("-")
            rng = (float(lo), float(hi))
            share = rng[0]
        else:
            share = float(raw)
        if not 0 < share <= 1:
            fail(f"{path}:{i}: share {raw!r} out of (0, 1]")
        row = {"line": i, "cid": cid, "of": of, "share": share, "range": rng, "raw": raw,
               "source": r["source"], "quote": r["quote"], "year": int(r["year"]) if r["year"] else None,
               "label": r["commodity"]}
        if row["year"] is None:
            undated.setdefault((cid, of), []).append(row)
        else:
            dated.setdefault((cid, of, row["year"]), []).append(row)
    for key in XJ_PICK:
        if key not in dated:
            fail(f"XJ_PICK {key}: no such (commodity, share_of, year)")
    out = {"world": [], "country": []}
    latest = {}
    for (cid, of, year) in dated:
        latest[(cid, of)] = max(latest.get((cid, of), 0), year)
    for (cid, of), rs in undated.items():
        if (cid, of) not in latest:
            for r in rs:
                report.append(f"xinjiang: row {r['line']} ({cid}, {of}): undated and no dated record to note it on; skipped")
    for key in sorted(dated):
        cid, of, year = key
        rs = dated[key]
        pick = XJ_PICK.get(key)
        if pick is None:
            fail(f"xinjiang: no XJ_PICK for {key} ({len(rs)} rows)")
        hits = [r for r in rs if pick in r["source"]]
        if len(hits) != 1:
            fail(f"XJ_PICK {key}: {len(hits)} rows match {pick!r}")
        p = hits[0]
        parts = [f"Quote: \"{p['quote']}\""]
        q = qualifier_note(p["quote"])
        if q:
            parts.append(q)
        if p["range"]:
            parts.append(f"The source gives a range ({p['range'][0]:g}-{p['range'][1]:g}); the low end is stored.")
        if p["label"] != cid:
            parts.append(f"Transcribed commodity: '{p['label']}'.")
        if key in XJ_NOTE:
            parts.append(XJ_NOTE[key])
        others = [r for r in rs if r is not p]
        if latest[(cid, of)] == year:
            others += undated.get((cid, of), [])
        for a in others:
            when = a["year"] if a["year"] else "undated"
            parts.append(f"Other source ({a['raw']}, {when}): {a['source']}: \"{a['quote']}\"")
        if key == ("aluminum", "world", 2024):
            check_seed(seeds, "002", "almost 10 percent of the world’s aluminum")
        out[of].append(trade_record(cid, "production", "CN", "CN-XJ", None, of, year, p["share"], None,
                                    p["source"], " ".join(parts)))
    return out


# ---------------------------------------------------------------- copper trade rankings (seed report)
def check_seed(seeds, n, text):
    if " ".join(text.split()) not in seeds[n]:
        fail(f"seed {n}: text not found: {text!r}")


def seed_texts(sources):
    out = {}
    for n in ("000", "002"):
        hits = glob.glob(os.path.join(sources, "..", "seeds", f"{n}_*.txt"))
        if len(hits) != 1:
            fail(f"seed report {n}_*.txt not found next to {sources}")
        with open(hits[0], encoding="utf-8") as f:
            out[n] = " ".join(nfc(f.read()).split())
    return out


def copper_rankings(seeds, res):
    text = seeds["000"]
    exp = re.search(r"Top ten countries that export copper worldwide:²(.*?)¹", text)
    imp = re.search(r"Top ten countries that import copper:³⁹(.*?)According to the U\.S\. Geological Survey", text)
    if not exp or not imp:
        fail("seed 000: top-ten exporter / importer lists not found")
    records = []
    for flow, body, fn in (("export", exp.group(1), "²"), ("import", imp.group(1), "³⁹")):
        ranks = {}
        for m in re.finditer(r"(\d{1,2})\.\s+([A-Z][A-Za-z .]+?)(?=\s*(?:\||\d{1,2}\.|$))", body):
            rank, name = int(m.group(1)), m.group(2).strip()
            if rank in ranks:
                fail(f"seed 000: rank {rank} twice in the {flow} list")
            ranks[rank] = name
        if sorted(ranks) != list(range(1, 11)):
            fail(f"seed 000: {flow} list has ranks {sorted(ranks)}, expected 1-10")
        for rank, name in sorted(ranks.items()):
            cc = res.country(name, "(seed 000 copper ranking)")
            note = (f"Rank {rank} of the top ten copper {flow}ers as listed in 'Commodity Report: Copper (2025)' "
                    f"(seed 000, footnote {'2' if flow == 'export' else '39'}: International Trade Centre, Trade Map, "
                    f"ITC calculations based on UN COMTRADE statistics), as '{name}'. No value or share is given; the data "
                    f"year is not stated (year = report year).")
            records.append(trade_record("copper", flow, cc, None, None, "world", 2025, None, rank,
                                        "International Trade Centre, Trade Map (ITC calculations based on UN COMTRADE "
                                        "statistics), as cited in 'Commodity Report: Copper (2025)' (seeds/000_0e808d4f842db322.txt)",
                                        note))
    return records


# ---------------------------------------------------------------- records and checks
def trade_record(commodity, flow, country, region, partner, share_of, year, share, rank, source, note):
    rec = {"commodity": commodity, "flow": flow, "country": country, "region": region, "partner": partner}
    if share_of is not None:
        rec["share_of"] = share_of
    rec.update({"year": year, "share": share})
    if rank is not None:
        rec["rank"] = rank
    rec["source"] = source
    rec["note"] = note
    return rec


def sort_key(r):
    return (r["commodity"], r["flow"], r["year"], r["region"] or "", r["partner"] or "",
            -(r["share"] or 0), r.get("rank") or 0, r["country"])


def check_dataset(ds_id, records):
    seen = set()
    for r in records:
        if r["share"] is None and not r.get("rank"):
            fail(f"{ds_id}: record without share or rank: {r}")
        if r["share"] is not None and not 0 <= r["share"] <= 1:
            fail(f"{ds_id}: share out of [0, 1]: {r}")
        if r["region"] and not r["region"].startswith(r["country"] + "-"):
            fail(f"{ds_id}: region {r['region']} is not in {r['country']}")
        if r.get("share_of") == "country" and not r["region"]:
            fail(f"{ds_id}: share_of country without a region: {r}")
        k = (r["commodity"], r["flow"], r["country"], r["region"], r["partner"], r["year"])
        if k in seen:
            fail(f"{ds_id}: (commodity, flow, country, region, partner, year) twice: {k}")
        seen.add(k)


def check_sums(all_records):
    """World shares of one (commodity, flow, year) may not exceed 1; regional world shares may not exceed the
    country's own world share of the same (commodity, year)."""
    totals, national = {}, {}
    for r in all_records:
        if r["share"] is None or r["partner"] or r.get("share_of") == "country":
            continue
        if r["region"] is None:
            k = (r["commodity"], r["flow"], r["year"])
            totals[k] = totals.get(k, 0) + r["share"]
            national[(r["commodity"], r["flow"], r["country"], r["year"])] = r["share"]
    for k, t in sorted(totals.items()):
        if t > 1 + 1e-12:
            fail(f"trade shares of {k} sum to {t:.6f} > 1")
    regional = {}
    for r in all_records:
        if r["share"] is None or r["region"] is None:
            continue
        k = (r["commodity"], r["flow"], r["country"], r["region"], r["year"], r.get("share_of"))
        regional[k] = regional.get(k, 0) + r["share"]
        if r.get("share_of") == "world":
            nat = national.get((r["commodity"], r["flow"], r["country"], r["year"]))
            if nat is not None and r["share"] > nat + 1e-12:
                fail(f"{r['region']} share of world {r['commodity']} {r['year']} ({r['share']}) exceeds "
                     f"{r['country']}'s ({nat})")
    for k, t in regional.items():
        if t > 1 + 1e-12:
            fail(f"regional shares {k} sum to {t} > 1")


@functools.lru_cache(maxsize=None)
def build_all(sources):
    commodities = {c["id"] for c in load_data("commodities.json")["records"]}
    res = Resolver()
    seeds = seed_texts(sources)
    report = []
    usgs = usgs2024_records(sources, res, commodities, report) + usgs2026_records(sources, res, commodities, report)
    xj = xinjiang_records(sources, commodities, seeds, report)
    rankings = copper_rankings(seeds, res)
    datasets = {
        MANIFEST_USGS["id"]: (MANIFEST_USGS, usgs),
        MANIFEST_XJ_WORLD["id"]: (MANIFEST_XJ_WORLD, xj["world"]),
        MANIFEST_XJ_CHINA["id"]: (MANIFEST_XJ_CHINA, xj["country"]),
        MANIFEST_RANKINGS["id"]: (MANIFEST_RANKINGS, rankings),
    }
    for ds_id, (_, recs) in datasets.items():
        recs.sort(key=sort_key)
        check_dataset(ds_id, recs)
    check_sums([r for _, recs in datasets.values() for r in recs])
    return datasets, tuple(report)


def write_one(sources, ds_id, verbose=False):
    datasets, report = build_all(os.path.abspath(sources))
    meta, recs = datasets[ds_id]
    write_json(meta["file"], dataset(meta["id"], meta["kind"], recs))
    cover = sorted({(r["commodity"], r["year"]) for r in recs})
    years = sorted({y for _, y in cover})
    print(f"trade: {ds_id}: {len(recs)} records, {len({c for c, _ in cover})} commodities, years {years}")
    if verbose or os.environ.get("CURATE_VERBOSE"):
        for line in report:
            print(f"trade: {line}")


MANIFEST = MANIFEST_USGS


def main(sources):
    write_one(sources, MANIFEST_USGS["id"], verbose=__name__ == "__main__")


if __name__ == "__main__":
    def _all(sources):
        for m in (MANIFEST_USGS, MANIFEST_XJ_WORLD, MANIFEST_XJ_CHINA, MANIFEST_RANKINGS):
            write_one(sources, m["id"], verbose=m is MANIFEST_USGS)
    main_wrapper(_all)
