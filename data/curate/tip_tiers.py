#!/usr/bin/env python3
"""Build data/tip-tiers.json (dataset tip-tiers, kind tiers): US State Dept TIP Report tier
placements, one record per (country, report year), 2022-2025.

Sources (all under SOURCES_DIR/tip-tiers unless noted):
  tip_2025_tier1_tier2_tier2wl_tier3_EXTRACTED_from_hawkeye-sterling-ra.csv  2025 Tier 1/2/2WL/3 (184), secondary
  tip_tier2wl_tier3_2022-2025_from_factbook.csv    Tier 2 Watch List and Tier 3, 2022-2025 (CIA World Factbook)
  cia_factbook_country_tip_2024.json / _2025.json  Factbook per-country field: tier + the State Dept reason
                                                   (Special Cases; cross-check of the lists and of last year's tier)
  tip_2024_tier1_TRANSCRIBED_knowyourcountry.csv   2024 Tier 1 (33), secondary
  tip_2023_tier1_tier2_gvnet_transcribed.csv       2023 Tier 1 and Tier 2 (135), secondary
  tip_2024-2025_special_case_haiti_TRANSCRIBED_ecoi.csv   Haiti Special Case
  data/curate/sources/tip_tiers_narratives_TRANSCRIBED.csv  sentences of State Dept country narratives
                                                   (Special Cases of Libya, Somalia, Yemen; the two Congos; checks)
  ../seeds/000_*.txt (optional check)   the seed copper report's 2025 placements (Serbia 2, Zambia 2, DRC 2WL)
Needs data/countries.json and iso3166/country-codes.csv (Factbook GEC codes -> ISO).

Conflicts are settled by source rank: a State Dept narrative (state.gov or a verbatim copy) beats
the CIA World Factbook, which beats a secondary transcription of the tier tables (HAWKEYE,
knowyourcountry, gvnet). The losing claim is written in the record's note.

Usage: python3 data/curate/tip_tiers.py [SOURCES_DIR]
"""
import glob
import json
import os
import re
import sys

sys.dont_write_bytecode = True  # keep data/curate free of __pycache__
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import CountryResolver, dataset, fail, main_wrapper, read_csv, src, write_json  # noqa: E402

FILE = "tip-tiers.json"
CURATE_SOURCES = os.path.join(os.path.dirname(os.path.abspath(__file__)), "sources")
NARRATIVES = "tip_tiers_narratives_TRANSCRIBED.csv"


def report_url(year):
    return f"https://www.state.gov/reports/{year}-trafficking-in-persons-report/"


MANIFEST = {
    "id": "tip-tiers",
    "kind": "tiers",
    "file": FILE,
    "version": "2022-2025",
    "publisher": "US Department of State, Office to Monitor and Combat Trafficking in Persons",
    "title": "Trafficking in Persons Report: tier placements",
    "published": "2025-09-29",
    "source": report_url(2025),
    "license": "Public domain (US government work, 17 U.S.C. 105)",
    "notes": (
        "TIP Report tier placements, one record per country and report year. 2025: all 188 (184 Tier 1/2/2WL/3 from "
        "the secondary extraction trex0092/HAWKEYE-STERLING-RA @cf2050cb, whose Watch List and Tier 3 match the CIA "
        "World Factbook 2025 edition, plus the Special Cases Haiti, Libya, Somalia, Yemen from the Factbook country "
        "entries). 2023: all 188 (Tier 1/2 from the gvnet.com transcription, Watch List/Tier 3 from the Factbook, "
        "Special Cases from State Dept narratives; gvnet's 'Congo (ROC)' Tier 2 row is the DRC's). 2024: Tier 1 "
        "(knowyourcountry.com transcription), Watch List/Tier 3 (Factbook), Special Cases Haiti and Libya, and the "
        "few Tier 2 placements a narrative states; most 2024 Tier 2 placements are missing. 2022: Watch List/Tier 3 "
        "(Factbook), Special Cases and the Tier 2 placements narratives state. Rank on conflict: State Dept narrative "
        "> Factbook > secondary transcription. See docs/data.md."
    ),
}

TIER_MAP = {"Tier 1": "1", "Tier 2": "2", "Tier 2 Watch List": "2WL", "Tier 3": "3", "Special Case": "special"}
TIER_LABEL = {"1": "Tier 1", "2": "Tier 2", "2WL": "Tier 2 Watch List", "3": "Tier 3", "special": "Special Case"}
RANK = {"narrative": 1, "factbook": 2, "secondary": 3}
SEED_PLACEMENTS = {"RS": "2", "ZM": "2", "CD": "2WL"}
SEED_SENTENCE = ("Serbia and Zambia are listed as Tier 2 countries by the U.S. Department of State's "
                 "*2025 Trafficking in Persons Report*; the DRC is listed as Tier 2 Watch List.")
HAWKEYE = "trex0092/HAWKEYE-STERLING-RA data/country-indicators.json @cf2050cb"
GVNET_URL = "https://gvnet.com/humantrafficking/00-Ratings.htm"
KYC_URL = "https://knowyourcountry.com/human-trafficking"

# gvnet's 2023 ratings page spells four countries in ways no BOM does; they are mapped here rather
# than made country aliases. "Congo (ROC)" is the DRC: see GVNET_CONGO_NOTE.
GVNET_NAMES = {"United Kingdom - UK": "GB", "St Vincent & Gren": "VC", "Central African Rep": "CF",
               "Congo (ROC)": "CD"}
GVNET_CONGO_NOTE = (
    "Conflict: gvnet's 2023 ratings page lists 'Congo (ROC)' under Tier 2 and has no DRC row, while the CIA World "
    "Factbook 2023 edition puts the Republic of the Congo on the Tier 2 Watch List. Rule: Factbook and State Dept "
    "narrative outrank a secondary transcription. The State Dept 2023 narratives settle it: 'Therefore the Republic "
    "of the Congo was downgraded to Tier 2 Watch List' (statenewswire copy) and 'therefore the DRC was upgraded to "
    "Tier 2' (statenewswire copy; gvnet's own country page 'DEMOCRATIC REPUBLIC OF THE CONGO (Tier 2)'); the "
    "Factbook 2025 entry says the Republic of the Congo 'remained on Tier 2 Watch List for the third consecutive "
    "year'. So gvnet's 'Congo (ROC)' row is read as the DRC's Tier 2 placement, and the Republic of the Congo is "
    "Tier 2 Watch List in 2023."
)

FACTBOOK_WORLD_COMMIT = {2025: "783ed27f", 2024: "5636cf66", 2023: "ebc576bc", 2022: "e8025295"}


class Claims:
    """All placements claimed per (year, country), with their source rank and a note fragment."""

    def __init__(self):
        self.by_key = {}

    def add(self, year, cc, tier, kind, text):
        self.by_key.setdefault((year, cc), []).append({"tier": tier, "kind": kind, "text": text})

    def resolve(self):
        records, conflicts = {}, []
        for (year, cc), claims in sorted(self.by_key.items()):
            best = min(RANK[c["kind"]] for c in claims)
            tiers = {c["tier"] for c in claims if RANK[c["kind"]] == best}
            if len(tiers) > 1:
                fail(f"{cc} {year}: sources of equal rank disagree: {claims}")
            tier = tiers.pop()
            lost = [c for c in claims if c["tier"] != tier]
            note = " ".join(c["text"] for c in sorted(claims, key=lambda c: RANK[c["kind"]]) if c["tier"] == tier)
            if lost:
                conflicts.append((year, cc, tier, lost))
                note += " Conflict: " + "; ".join(
                    f"{c['text']} [says {TIER_LABEL[c['tier']]}]" for c in lost) + (
                    f" Rule: a State Dept narrative outranks the CIA World Factbook, which outranks a secondary "
                    f"transcription; {TIER_LABEL[tier]} is kept.")
            records[(year, cc)] = {"country": cc, "year": year, "tier": tier, "source": report_url(year),
                                   "note": note}
        return records, conflicts


# Factbook (GEC) codes that country-codes.csv lacks in its FIPS column.
GEC_EXTRA = {"ri": "RS"}  # Serbia


def gec_to_iso(sources):
    out = dict(GEC_EXTRA)
    for r in read_csv(src(sources, "iso3166", "country-codes.csv")):
        if r["FIPS"]:
            out.setdefault(r["FIPS"].strip().lower(), r["ISO3166-1-Alpha-2"].strip())
    return out


def factbook_tier(text):
    t = text.strip()
    for label, tier in (("Tier 2 Watch List", "2WL"), ("Tier 2 Watch list", "2WL"), ("Tier 3", "3"),
                        ("Tier 2", "2"), ("Tier 1", "1"), ("Special Case", "special"), ("Special Category", "special")):
        if t.startswith(label):
            return tier
    return None


def reason_of(text):
    """The clause that states the move: '... therefore, Chad was downgraded to Tier 3'."""
    t = text.split("; for more details")[0]
    i = t.rfind("therefore")
    clause = t[i:] if i >= 0 else t
    return clause.strip(" ,;")


_LEVEL = r"(tier 2 watch list|tier 3|tier 2|tier 1)"
_LEVEL_MAP = {"tier 1": "1", "tier 2": "2", "tier 2 watch list": "2WL", "tier 3": "3"}
_ORD = {"second": 2, "third": 3, "fourth": 4, "fifth": 5}


def implied_history(text):
    """{years back: allowed tiers} that a narrative/Factbook sentence implies, e.g. 'remained on Tier 2
    Watch List for the third consecutive year' -> {1: {2WL}, 2: {2WL}}; 'was downgraded to Tier 2
    Watch List' -> {1: {1, 2}}."""
    t = text.lower()
    out = {}
    m = re.search(r"(?:remained|remains) on " + _LEVEL + r"(?: for (?:a|the) (second|third|fourth|fifth) consecutive year)?", t)
    if m:
        lvl = _LEVEL_MAP[m.group(1)]
        n = _ORD.get(m.group(2), 2)
        for back in range(1, n):
            out[back] = {lvl}
        return out
    m = re.search(r"was (upgraded|downgraded) to " + _LEVEL, t)
    if m:
        lvl = _LEVEL_MAP[m.group(2)]
        order = ["1", "2", "2WL", "3"]
        i = order.index(lvl)
        out[1] = set(order[i + 1:]) if m.group(1) == "upgraded" else set(order[:i])
        return out
    m = re.search(r"special case for the (second|third|fourth|fifth|sixth|seventh|eighth|ninth|\d+(?:st|nd|rd|th)) "
                  r"consecutive year", t)
    if m:
        word = m.group(1)
        n = _ORD.get(word) or {"sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9}.get(word) or int(re.sub(r"\D", "", word))
        for back in range(1, min(n, 4)):
            out[back] = {"special"}
    return out


def build(sources):
    resolve = CountryResolver().resolve
    claims = Claims()
    checks = []  # (year, cc, text, where): statements about earlier years, checked at the end

    # 2025 Tier 1/2/2WL/3 (secondary)
    f2025 = "tip_2025_tier1_tier2_tier2wl_tier3_EXTRACTED_from_hawkeye-sterling-ra.csv"
    rows = read_csv(src(sources, "tip-tiers", f2025))
    if len(rows) != 184:
        fail(f"{f2025}: expected 184 rows, found {len(rows)}")
    seen = set()
    for r in rows:
        if r["tip_report_year"] != "2025":
            fail(f"{f2025}: unexpected year {r['tip_report_year']}")
        tier = TIER_MAP.get(r["tier"]) or fail(f"{f2025}: unknown tier {r['tier']!r}")
        cc = resolve(r["country_name_as_published"], f"({f2025})")
        if cc in seen:
            fail(f"{f2025}: {cc} listed twice")
        seen.add(cc)
        claims.add(2025, cc, tier, "secondary",
                   f"Published as '{r['tier']}' for '{r['country_name_as_published']}'; transcribed in {HAWKEYE} "
                   f"(secondary source).")

    # Factbook world entry: Tier 2 Watch List and Tier 3, 2022-2025
    fb = "tip_tier2wl_tier3_2022-2025_from_factbook.csv"
    fb_sets = {}
    for r in read_csv(src(sources, "tip-tiers", fb)):
        year, tier = int(r["tip_report_year"]), TIER_MAP[r["tier"]]
        cc = resolve(r["country_name_as_published"], f"({fb})")
        if cc in fb_sets.setdefault(year, {}):
            fail(f"{fb}: {cc} listed twice in {year}")
        fb_sets[year][cc] = tier
        claims.add(year, cc, tier, "factbook",
                   f"Listed under '{r['tier']}' as '{r['country_name_as_published']}' in the CIA World Factbook "
                   f"{year} TIP edition (world entry, factbook/factbook.json @{FACTBOOK_WORLD_COMMIT[year]}).")
    for year, n_twl, n_t3 in ((2025, 25, 20), (2024, 32, 21), (2023, 26, 24), (2022, 34, 22)):
        got = sorted(fb_sets[year].values())
        if got.count("2WL") != n_twl or got.count("3") != n_t3:
            fail(f"{fb}: {year} counts differ from the Factbook's stated {n_twl}/{n_t3}")
    hawk = {cc for (y, cc), cl in claims.by_key.items() if y == 2025 and cl[0]["tier"] in ("2WL", "3")}
    if hawk != set(fb_sets[2025]):
        fail(f"2025 TWL/T3 sets of HAWKEYE and the Factbook differ: {sorted(hawk ^ set(fb_sets[2025]))}")

    # Factbook country entries 2024/2025: placements (Special Cases) and cross-checks
    gec = gec_to_iso(sources)
    for year in (2024, 2025):
        fn = f"cia_factbook_country_tip_{year}.json"
        data = json.load(open(src(sources, "tip-tiers", fn), encoding="utf-8"))
        commit = data["factbook_json_commit"][:8]
        for path, e in sorted(data["entries"].items()):
            tip = e.get("trafficking_in_persons") or {}
            text = ((tip.get("tier rating") or {}).get("text") or "").strip() if isinstance(tip, dict) else ""
            if not text:
                continue
            key = os.path.basename(path).split(".")[0]
            cc = gec.get(key) or fail(f"{fn}: no ISO code for Factbook code {key!r} ({path})")
            tier = factbook_tier(text) or fail(f"{fn}: {path}: no tier in {text[:60]!r}")
            if tier in ("2WL", "3") and fb_sets[year].get(cc) != tier:
                fail(f"{fn}: {path} says {tier}, the Factbook {year} world list says {fb_sets[year].get(cc)}")
            claims.add(year, cc, tier, "factbook",
                       f"Factbook {year} country entry ({path} @{commit}): '{reason_of(text)[:220]}'.")
            checks.append((year, cc, text, f"{fn} {path}"))

    # 2024 Tier 1 (secondary)
    fk = "tip_2024_tier1_TRANSCRIBED_knowyourcountry.csv"
    rows = read_csv(src(sources, "tip-tiers", fk))
    if len(rows) != 33:
        fail(f"{fk}: expected 33 rows, found {len(rows)}")
    for r in rows:
        if r["tip_report_year"] != "2024" or r["tier"] != "Tier 1":
            fail(f"{fk}: unexpected row {r}")
        cc = resolve(r["country_name_as_published"], f"({fk})")
        claims.add(2024, cc, "1", "secondary",
                   f"Listed under Tier 1 as '{r['country_name_as_published']}' on {KYC_URL} (secondary transcription; "
                   f"its 33 countries match the 2024 count reported by Yonhap).")

    # 2023 Tier 1/2 (secondary)
    fg = "tip_2023_tier1_tier2_gvnet_transcribed.csv"
    rows = read_csv(src(sources, "tip-tiers", fg))
    if len(rows) != 135:
        fail(f"{fg}: expected 135 rows, found {len(rows)}")
    for r in rows:
        name = r["country_name_as_published"]
        if r["tip_report_year"] != "2023" or r["tier"] not in ("Tier 1", "Tier 2"):
            fail(f"{fg}: unexpected row {r}")
        cc = GVNET_NAMES.get(name) or resolve(name, f"({fg})")
        text = (f"Listed under '{r['tier']}' as '{name}' on {GVNET_URL} ('Adapted from U.S. State Dept Trafficking in "
                f"Persons Report, June 2023'; secondary transcription).")
        if name == "Congo (ROC)":
            text += " " + GVNET_CONGO_NOTE
        claims.add(2023, cc, TIER_MAP[r["tier"]], "secondary", text)

    # Haiti Special Case file (the 2024 row there is inferred; the Factbook 2024 entry states it)
    fh = "tip_2024-2025_special_case_haiti_TRANSCRIBED_ecoi.csv"
    for r in read_csv(src(sources, "tip-tiers", fh)):
        year = int(r["tip_report_year"])
        cc = resolve(r["country_name_as_published"], f"({fh})")
        if year == 2025:
            continue  # the same ecoi.net narrative is a row of the narratives file
        claims.add(year, cc, TIER_MAP[r["tier"]], "secondary",
                   f"Also follows from the 2025 narrative: 'Haiti remains a Special Case for the second consecutive "
                   f"year' ({r['source_url']}).")

    # State Dept narratives (verbatim copies): placements and checks
    fn = os.path.join(CURATE_SOURCES, NARRATIVES)
    if not os.path.exists(fn):
        fail(f"missing {fn}")
    for r in read_csv(fn):
        year = int(r["tip_report_year"])
        tier = TIER_MAP.get(r["tier"]) or fail(f"{NARRATIVES}: unknown tier {r['tier']!r}")
        cc = resolve(r["country_name_as_published"], f"({NARRATIVES})")
        claims.add(year, cc, tier, "narrative",
                   f"State Dept narrative ({r['copy_of']}; {r['source_url']}): \"{r['evidence_quote']}\".")
        checks.append((year, cc, r["evidence_quote"], f"{NARRATIVES} {r['source_url']}"))

    records, conflicts = claims.resolve()
    if GVNET_NAMES["Congo (ROC)"] != "CD" or records[(2023, "CG")]["tier"] != "2WL":
        fail("the 2023 Congo reading changed; revisit GVNET_CONGO_NOTE")
    records[(2023, "CG")]["note"] += " " + GVNET_CONGO_NOTE

    # statements about earlier years ("remained on", "upgraded to", "for the third consecutive year")
    confirmed = 0
    for year, cc, text, where in checks:
        for back, allowed in implied_history(text).items():
            prev = records.get((year - back, cc))
            if prev is None:
                continue
            if prev["tier"] not in allowed:
                fail(f"{where}: {cc} {year} implies {sorted(allowed)} in {year - back}, data has {prev['tier']}")
            confirmed += 1

    # full years: every report ranks 188 countries and territories (2023: 185 + 3 Special Cases;
    # 2025: 184 + 4 Special Cases)
    for year in (2023, 2025):
        n = sum(1 for (y, _) in records if y == year)
        if n != 188:
            fail(f"{year}: {n} placements, expected 188")

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
    out = [records[k] for k in sorted(records)]
    return out, conflicts, confirmed


def main(sources):
    records, conflicts, confirmed = build(sources)
    write_json(FILE, dataset(MANIFEST["id"], MANIFEST["kind"], records))
    counts = {}
    for r in records:
        counts.setdefault(r["year"], {}).setdefault(r["tier"], 0)
        counts[r["year"]][r["tier"]] += 1
    print(f"tip-tiers: {len(records)} records; " + "; ".join(
        f"{y}: {sum(c.values())} {dict(sorted(c.items()))}" for y, c in sorted(counts.items()))
        + f"; {len(conflicts)} conflicts settled by rank; {confirmed} earlier-year statements confirmed")
    for year, cc, tier, lost in conflicts:
        print(f"  conflict {cc} {year}: kept {tier}, overruled {[c['tier'] + '/' + c['kind'] for c in lost]}")


if __name__ == "__main__":
    main_wrapper(main)
