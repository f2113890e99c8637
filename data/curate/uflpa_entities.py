#!/usr/bin/env python3
"""Build data/uflpa-entities.json (dataset uflpa-entities, kind entities, list uflpa).

The US DHS / Forced Labor Enforcement Task Force (FLETF) UFLPA Entity List: entities whose goods
are presumed made with forced labor (Uyghur Forced Labor Prevention Act, Pub. L. 117-78, sec.
2(d)(2)(B)). PARTIAL: no complete copy of the list could be read (see docs/data.md); the records
are the entities whose names were seen in stored public copies of the DHS releases, Federal
Register notices and trade-law alerts.

Sources:
  uflpa/uflpa_entities_transcribed.csv          (shared sources: 72 rows, see PROVENANCE-uflpa.md)
  data/curate/sources/uflpa_additions.csv       (this repository: new rows and amendments)
Needs data/countries.json and data/regions.json.

Each record: id (uflpa-NNN, ordered by effective date, then name; undated last), list "uflpa",
name as published (alias parenthetical split off), aliases (also-known-as and former names),
country, region (ISO 3166-2 where the name, the notice or a cited source places the entity),
sector, added (effective date), section (UFLPA 2(d)(2)(B) clause where stated), source (the
notice of the entity's batch), note (confidence, where the row was read, caveats).

Usage: python3 data/curate/uflpa_entities.py [SOURCES_DIR]
"""
import os
import re
import sys

sys.dont_write_bytecode = True  # keep data/curate free of __pycache__
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import dataset, dedupe_aliases, fail, load_data, main_wrapper, norm, read_csv, src, write_json  # noqa: E402

FILE = "uflpa-entities.json"
HERE = os.path.dirname(os.path.abspath(__file__))
ADDITIONS = os.path.join(HERE, "sources", "uflpa_additions.csv")
LIST_URL = "https://www.dhs.gov/uflpa-entity-list"

# The official total this partial copy is measured against (DHS release of 2025-01-14: "bringing
# the total number of entities on the UFLPA Entity List to 144", effective 2025-01-15; the FLETF's
# 2025 strategy update of 2025-08-19 still reports 144).
AS_OF = "2025-01-15"
OFFICIAL_TOTAL = 144

_FR = "https://www.federalregister.gov/documents/{}/{}/notice-regarding-the-uyghur-forced-labor-prevention-act-entity-list"
# Effective date -> (notice URL, short citation). The notice is the record's `source`.
BATCHES = {
    "2022-06-21": ("https://www.federalregister.gov/documents/2022/08/04/2022-16754/"
                   "notice-on-the-addition-of-entities-to-the-uyghur-forced-labor-prevention-act-entity-list",
                   "original list, published with the FLETF strategy on 2022-06-17, effective 2022-06-21; "
                   "FR Doc 2022-16754 (2022-08-04) reprints it"),
    "2023-06-12": (_FR.format("2023/06/12", "2023-12481"), "FR Doc 2023-12481: two entities and eight subsidiaries, (ii)"),
    "2023-08-02": (_FR.format("2023/08/02", "2023-16361"), "FR Doc 2023-16361: one entity to (ii), one entity and one subsidiary to (v)"),
    "2023-09-27": (_FR.format("2023/09/27", "2023-21131"), "FR Doc 2023-21131: three entities to (ii)"),
    "2023-12-11": (_FR.format("2023/12/11", "2023-26984"), "FR Doc 2023-26984: three entities to (ii)"),
    "2024-05-17": (_FR.format("2024/05/17", "2024-10544"), "FR Doc 2024-10544: twenty-six entities to (v)"),
    "2024-06-12": (_FR.format("2024/06/12", "2024-12631"), "FR Doc 2024-12631: three entities to (ii)"),
    "2024-08-09": (_FR.format("2024/08/09", "2024-17509"), "FR Doc 2024-17509: five entities"),
    "2024-10-03": ("https://www.dhs.gov/news/2024/10/02/dhs-places-first-steel-and-aspartame-prc-based-companies-uflpa-entity-list",
                   "DHS release of 2024-10-02 (FR notice of 2024-10-03, document number not seen): two entities and a name correction"),
    "2024-11-01": (_FR.format("2024/11/01", "2024-25423"), "FR Doc 2024-25423: three Esquel entities, Changji Esquel moved between sections"),
    "2024-11-25": ("https://employment.einnews.com/pr_news/763008622/dhs-will-now-restrict-goods-from-over-100-prc-based-"
                   "companies-from-entering-the-united-states-due-to-forced-labor-practices",
                   "DHS release of 2024-11-22 (copy; FR notice of 2024-11-25, document number not seen): five entities to (ii), twenty-five to (v)"),
    "2025-01-15": (_FR.format("2025/01/15", "2025-00901"), "FR Doc 2025-00901: three to (ii), thirty-five to (v), one to both, one name correction"),
}

# Entities the sources place outside the PRC mainland (ISO 3166-1 alpha-2 HK).
COUNTRY = {
    "Century Sunshine Group Holdings, Ltd.": "HK",
    "Rare Earth Magnesium Technology Group Holdings, Ltd.": "HK",
}

# Region where a cited source places the entity (overrides the name rules below).
REGION = {
    "COFCO Sugar Holding Co. Ltd.": ("CN-XJ", "Kelley Drye: 'headquartered in Xinjiang'"),
    "Camel Group Co., Ltd.": ("CN-HB", "Kelley Drye: 'headquartered in Xiangyang City, Hubei Province'"),
    "Chenguang Biotech Group Co., Ltd.": ("CN-HE", "Kelley Drye: 'headquartered in Handan, Hebei Province'"),
    "Ninestar Corporation": ("CN-GD", "Ninestar and its subsidiaries are 'all based in Zhuhai' (enxmag)"),
    "Geehy Semiconductor Co., Ltd.": ("CN-GD", "Ninestar and its subsidiaries are 'all based in Zhuhai' (enxmag)"),
    "Donghai JA Solar Technology Co., Ltd.": ("CN-JS", "Miller Chevalier: 'Jiangsu Province'"),
    "Hongyuan Green Energy Co., Ltd.": ("CN-JS", "United Power Partners: 'located in Jiangsu Province'"),
    "Zijin Mining Group Co.": ("CN-FJ", "Wikipedia: headquartered in Longyan, Fujian"),
}
# Place names in an entity's name (or alias). Xinjiang places first: a name that places the
# entity in the XUAR wins over a province named elsewhere in it.
XINJIANG_PLACES = ["xinjiang", "hetian", "hotan", "aksu", "akesu", "changji", "turpan", "kashgar", "shihezi",
                   "lop county", "karamay", "hami", "habahe", "yanqi", "urumqi", "shanshan"]
PROVINCES = {"anhui": "CN-AH", "fujian": "CN-FJ", "gansu": "CN-GS", "guangdong": "CN-GD", "hebei": "CN-HE",
             "henan": "CN-HA", "hubei": "CN-HB", "hunan": "CN-HN", "jiangsu": "CN-JS", "shandong": "CN-SD",
             "sichuan": "CN-SC", "tianjin": "CN-TJ", "inner mongolia": "CN-NM", "zhejiang": "CN-ZJ",
             "liaoning": "CN-LN"}
# Prefecture-level cities and counties named in entity names, with their province.
CITIES = {"zhuhai": "CN-GD", "dongguan": "CN-GD", "changzhou": "CN-JS", "baotou": "CN-NM", "binzhou": "CN-SD",
          "heze": "CN-SD", "hengshui": "CN-HE", "nangong": "CN-HE", "baoding": "CN-HE", "huangmei": "CN-HB",
          "dalian": "CN-LN", "hangzhou": "CN-ZJ", "ninghai": "CN-ZJ", "hefei": "CN-AH"}

# Sector of each entity, from the notice's or a cited source's description of its business, else
# from its name (cotton, textile, hair, tomato ...). None where neither says.
SECTOR = {
    "Baoding LYSZD Trade and Business Co., Ltd.": "apparel",
    "Hetian Haolin Hair Accessories Co. Ltd.": "hair products",
    "Hoshine Silicon Industry (Shanshan) Co., Ltd": "polysilicon",
    "Lop County Hair Product Industrial Park": "hair products",
    "No. 4 Vocation Skills Education Training Center": None,
    "Xinjiang Production and Construction Corps": "conglomerate (cotton, agriculture, industry)",
    "Changhong Meiling Co., Ltd.": "household appliances",
    "Changji Esquel Textile Co., Ltd.": "textiles",
    "Xinjiang East Hope Nonferrous Metals Co., Ltd.": "nonferrous metals",
    "Xinjiang Daqo New Energy Co., Ltd.": "polysilicon",
    "Aksu Huafu Color Spinning Co., Ltd.": "textiles",
    "Xinjiang Goens Energy Technology Co., Ltd.": "polysilicon",
    "Ninestar Corporation": "electronics (printers, printer consumables, chips)",
    "Zhuhai Ninestar Information Technology Co., Ltd.": "electronics (printers, printer consumables, chips)",
    "Zhuhai Pantum Electronics Co., Ltd.": "electronics (printers, printer consumables, chips)",
    "Zhuhai Apex Microelectronics Co., Ltd.": "electronics (printers, printer consumables, chips)",
    "Geehy Semiconductor Co., Ltd.": "electronics (printers, printer consumables, chips)",
    "Zhuhai Pu-Tech Industrial Co., Ltd.": "electronics (printers, printer consumables, chips)",
    "Zhuhai G&G Digital Technology Co., Ltd.": "electronics (printers, printer consumables, chips)",
    "Zhuhai Seine Printing Technology Co., Ltd.": "electronics (printers, printer consumables, chips)",
    "Zhuhai Ninestar Management Co., Ltd.": "electronics (printers, printer consumables, chips)",
    "Xinjiang Zhongtai Chemical Co., Ltd.": "chemicals (PVC)",
    "Camel Group Co., Ltd.": "batteries (lead-acid)",
    "Chenguang Biotech Group Co., Ltd.": "food additives (plant extracts)",
    "Chenguang Biotechnology Group Yanqi Co. Ltd.": "food additives (plant extracts)",
    "Xinjiang Tianmian Foundation Textile Co., Ltd.": "textiles",
    "Xinjiang Tianshan Wool Textile Co. Ltd.": "textiles",
    "Xinjiang Zhongtai Group Co. Ltd.": "chemicals",
    "Anhui Xinya New Materials Co., Ltd.": "textiles",
    "COFCO Sugar Holding Co. Ltd.": "sugar",
    "Sichuan Jingweida Technology Group Co., Ltd.": "electronics (magnetic components)",
    "Binzhou Chinatex Yintai Industrial Co., Ltd.": "cotton",
    "China Cotton Group Henan Logistics Park Co., Ltd., Xinye Branch": "cotton",
    "China Cotton Group Nangong Hongtai Cotton Co., Ltd.": "cotton",
    "China Cotton Group Shandong Logistics Park Co., Ltd.": "cotton",
    "China Cotton Group Xinjiang Cotton Co.": "cotton",
    "Fujian Minlong Warehousing Co., Ltd.": "cotton",
    "Henan Yumian Group Industrial Co., Ltd.": "cotton",
    "Henan Yumian Logistics Co., Ltd.": "cotton",
    "Hengshui Cotton and Linen Corporation Reserve Library": "cotton",
    "Heze Cotton and Linen Co., Ltd.": "cotton",
    "Heze Cotton and Linen Economic and Trade Development Corporation": "cotton",
    "Huangmei Xiaochi Yinfeng Cotton": "cotton",
    "Dongguan Oasis Shoes Co., Ltd.": "footwear",
    "Shandong Meijia Group Co., Ltd.": "seafood",
    "Xinjiang Shenhuo Coal and Electricity Co., Ltd.": "aluminum",
    "Century Sunshine Group Holdings, Ltd.": "magnesium",
    "Kashgar Construction Engineering (Group) Co., Ltd.": "construction",
    "Rare Earth Magnesium Technology Group Holdings, Ltd.": "magnesium",
    "Xinjiang Habahe Ashele Copper Co., Ltd.": "copper",
    "Xinjiang Tengxiang Magnesium Products Co., Ltd.": "magnesium",
    "Baowu Group Xinjiang Bayi Iron and Steel Co., Ltd.": "steel",
    "Changzhou Guanghui Food Ingredients Co., Ltd.": "food additives (aspartame)",
    "Esquel Group": "textiles",
    "Guangdong Esquel Textile Co., Ltd.": "textiles",
    "Turpan Esquel Textile Co., Ltd.": "textiles",
    "Anhui Yaozhiyuan Biotechnology Development Co., Ltd.": "agricultural products",
    "Annan Canned Food Co., Ltd.": "agricultural products",
    "Dalian Sunspeed Foods Co., Ltd.": "agricultural products",
    "Gansu Yasheng International Trading Co., Ltd.": "agricultural products",
    "Hangzhou Union Biotechnology Co., Ltd.": "agricultural products",
    "Hebei Suguo International Trade Co., Ltd.": "agricultural products",
    "Hebei Tomato Industry Co., Ltd.": "tomatoes",
    "Hunan Nanmo Biotechnology Co., Ltd.": "agricultural products",
    "Inner Mongolia Qileyuan Food Co., Ltd.": "agricultural products",
    "Inner Mongolia Xuanda Food Co., Ltd.": "agricultural products",
    "Sichuan Yuan’an Pharmaceutical Co. Ltd.": "pharmaceuticals",
    "Tianjin Tianwei Food Co., Ltd.": "tomatoes",
    "Western Gold Co., Ltd.": "gold",
    "Western Gold Hami Gold Mine Co., Ltd.": "gold",
    "Western Gold Karamay Hatu Gold Mine Co., Ltd.": "gold",
    "Xinjiang Nonferrous Metals Industry Group Co., Ltd.": "nonferrous metals",
    "Xinjiang Zhonghe Co., Ltd.": "aluminum",
    "Baotou Meike Silicon Energy Co., Ltd.": "solar (polysilicon inputs)",
    "Donghai JA Solar Technology Co., Ltd.": "solar (polysilicon inputs)",
    "Hongyuan Green Energy Co., Ltd.": "solar (polysilicon inputs)",
    "Hongyuan New Materials (Baotou) Co., Ltd.": "solar (polysilicon inputs)",
    "Jiangsu Meike Solar Technology Co., Ltd.": "solar (polysilicon inputs)",
    "Shuangliang Silicon Materials (Baotou) Co., Ltd.": "solar (polysilicon inputs)",
    "Huafu Fashion Co., Ltd.": "textiles",
    "Ninghai Huafu Textile": "textiles",
    "Xinjiang Energy (Group) Co., Ltd.": "energy (coal)",
    "Xinjiang Energy Real Estate": "real estate",
    "Xinjiang Jinbao Mining Co., Ltd.": "mining",
    "Xinjiang Zijin Nonferrous Metal Co., Ltd.": "nonferrous metals",
    "Xinjiang Zijin Zinc Co., Ltd.": "zinc",
    "Zijin Mining Group Co.": "mining",
    "Shihezi Xinren Battery Aluminum Foil Technology Co., Ltd.": "aluminum (battery foil)",
}

SECTION_RE = re.compile(r"^2\(d\)\(2\)\(B\)\((i|ii|iii|iv|v)\)(; 2\(d\)\(2\)\(B\)\((i|ii|iii|iv|v)\))*$")
DATE_RE = re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$")
FORMER_RE = re.compile(r"^formerly(?: listed as| known as)?\s+", re.I)
# Transcriber's remarks inside an alias cell, e.g. "GSweet (one of several aliases; others not seen)".
REMARK_RE = re.compile(r"\s*\([^)]*(?:cut off|not seen|one of several)[^)]*\)")
CONFIDENCE = ("high", "medium", "low")


def split_aliases(cell):
    """'A; formerly B' -> (aliases [A, B], former names [B])."""
    aliases, former = [], []
    for a in REMARK_RE.sub("", cell or "").split(";"):
        a = a.strip()
        if not a:
            continue
        if FORMER_RE.match(a):
            a = FORMER_RE.sub("", a).strip()
            former.append(a)
        aliases.append(a)
    return aliases, former


def sentence(s):
    s = s.strip()
    s = s[0].upper() + s[1:]
    return s if s.endswith(".") else s + "."


def words(s):
    return f" {norm(s)} "


def region_of(name, aliases):
    if name in REGION:
        code, basis = REGION[name]
        return code, f"region per {basis}"
    texts = [name] + aliases
    for t in texts:
        for p in XINJIANG_PLACES:
            if f" {p} " in words(t):
                return "CN-XJ", f"region from the place name '{p}' in '{t}'"
    for table in (PROVINCES, CITIES):
        for t in texts:
            for p, code in table.items():
                if f" {p} " in words(t):
                    return code, f"region from the place name '{p}' in '{t}'"
    return None, None


def load_rows(sources):
    base = read_csv(src(sources, "uflpa", "uflpa_entities_transcribed.csv"))
    if not os.path.exists(ADDITIONS):
        fail(f"missing {ADDITIONS}")
    adds = read_csv(ADDITIONS)
    rows = []
    for r in base:
        rows.append({"name": r["name"], "aliases": r["aliases"], "section": r["section"], "added": r["added"],
                     "read_from": r["source"], "confidence": r["confidence"], "notes": [r["note"]] if r["note"] else [],
                     "origin": "uflpa_entities_transcribed.csv"})
    by_name = {}
    for r in rows:
        if r["name"] in by_name:
            fail(f"uflpa_entities_transcribed.csv: duplicate name {r['name']!r}")
        by_name[r["name"]] = r
    matched = set()
    for i, a in enumerate(adds, start=2):
        where = f"{ADDITIONS}:{i}"
        if a["action"] == "new":
            if not a["name"] or a["match"]:
                fail(f"{where}: a new row needs a name and no match")
            if a["name"] in by_name:
                fail(f"{where}: {a['name']!r} already exists; use an amend row")
            r = {"name": a["name"], "aliases": a["aliases"], "section": a["section"], "added": a["added"],
                 "read_from": a["source"], "confidence": a["confidence"], "notes": [a["note"]] if a["note"] else [],
                 "origin": "uflpa_additions.csv"}
            rows.append(r)
            by_name[r["name"]] = r
        elif a["action"] == "amend":
            r = by_name.get(a["match"])
            if r is None:
                fail(f"{where}: amend row matches no entity: {a['match']!r}")
            if a["match"] in matched:
                fail(f"{where}: {a['match']!r} amended twice")
            matched.add(a["match"])
            if a["name"]:
                if a["name"] != r["name"]:
                    r["notes"].insert(0, f"transcribed as {r['name']!r}")
                r["name"] = a["name"]
            for k in ("section", "added", "confidence"):
                if a[k]:
                    r[k] = a[k]
            if a["aliases"]:
                r["aliases"] = "; ".join(x for x in (r["aliases"], a["aliases"]) if x)
            if a["source"]:
                r["read_from"] = "; ".join(x for x in (a["source"], r["read_from"]) if x)
            if a["note"]:
                r["notes"].append(a["note"])
        else:
            fail(f"{where}: action must be new or amend, got {a['action']!r}")
    return rows


def build(sources):
    countries = {c["code"] for c in load_data("countries.json")["records"]}
    regions = {r["code"]: r["country"] for r in load_data("regions.json")["records"]}
    rows = load_rows(sources)
    records, seen = [], {}
    for r in rows:
        name = r["name"]
        if name not in SECTOR:
            fail(f"uflpa: no SECTOR entry for {name!r} (add one, None if unknown)")
        if r["confidence"] not in CONFIDENCE:
            fail(f"uflpa: {name!r}: confidence {r['confidence']!r} not in {CONFIDENCE}")
        if r["added"] and not DATE_RE.match(r["added"]):
            fail(f"uflpa: {name!r}: bad date {r['added']!r}")
        if r["section"] and not SECTION_RE.match(r["section"]):
            fail(f"uflpa: {name!r}: bad section {r['section']!r}")
        aliases, former = split_aliases(r["aliases"])
        aliases = dedupe_aliases(name, aliases)
        country = COUNTRY.get(name, "CN")
        if country not in countries:
            fail(f"uflpa: {name!r}: unknown country {country}")
        region, region_basis = (None, None) if country != "CN" else region_of(name, aliases)
        if region is not None and regions.get(region) != country:
            fail(f"uflpa: {name!r}: region {region} is not a region of {country}")
        batch = BATCHES.get(r["added"])
        if batch:
            source, citation = batch
        else:
            source, citation = LIST_URL, "batch notice not identified"
        note = [f"Confidence: {r['confidence']}.", f"Batch: {citation}."]
        note += [sentence(n) for n in r["notes"]]
        if former:
            note.append(sentence("Former names: " + "; ".join(former)))
        if region_basis:
            note.append(sentence(region_basis))
        note.append(sentence(f"Read from: {r['read_from']}"))
        records.append({"list": "uflpa", "name": name, "aliases": aliases, "country": country, "region": region,
                        "sector": SECTOR[name], "added": r["added"] or None, "section": r["section"] or None,
                        "source": source, "note": " ".join(note)})
        for form in [name] + aliases:
            n = norm(form)
            if n in seen and seen[n] != name:
                fail(f"uflpa: {form!r} of {name!r} collides with {seen[n]!r}")
            seen[n] = name
    unused = set(SECTOR) - {r["name"] for r in records}
    if unused:
        fail(f"uflpa: SECTOR entries with no entity: {sorted(unused)}")
    records.sort(key=lambda r: (r["added"] or "9999-99-99", norm(r["name"])))
    out = []
    for i, r in enumerate(records, start=1):
        out.append(dict({"id": f"uflpa-{i:03d}"}, **r))
    return out


# Entries per batch in the official count (DHS totals: 20 at the start, 30 after 2023-12-11 when
# DHS began counting subsidiaries in May 2024, 65, 68, 73, 75, 78, 107, 144). Entities re-dated by a
# later section move or name correction count in the batch of their first listing (FIRST_LISTED).
OFFICIAL_BATCHES = {"2022-06-21": 20, "2023-06-12": 10, "2023-08-02": 3, "2023-09-27": 3, "2023-12-11": 3,
                    "2024-05-17": 26, "2024-06-12": 3, "2024-08-09": 5, "2024-10-03": 2, "2024-11-01": 3,
                    "2024-11-25": 29, "2025-01-15": 37}
FIRST_LISTED = {
    "Aksu Huafu Color Spinning Co., Ltd.": "2022-06-21",        # renamed 2025-01-15 (was Aksu Huafu Textiles)
    "Xinjiang Daqo New Energy Co., Ltd.": "2022-06-21",         # not among the 29 new of 2024-11-25
    "Changji Esquel Textile Co., Ltd.": "2022-06-21",           # section moved 2024-11-01
    "Xinjiang East Hope Nonferrous Metals Co., Ltd.": "2022-06-21",  # 'listed party' before 2024-11-25
    "Xinjiang Goens Energy Technology Co., Ltd.": "2022-06-21",  # formerly Xinjiang GCL (fixture)
}


def coverage(records):
    """{batch: records counted in it} for the batches up to AS_OF; later or unplaced rows under None."""
    out = {b: 0 for b in OFFICIAL_BATCHES}
    out[None] = 0
    for r in records:
        b = FIRST_LISTED.get(r["name"], r["added"])
        out[b if b in OFFICIAL_BATCHES else None] += 1
    for b, n in OFFICIAL_BATCHES.items():
        if out[b] > n:
            fail(f"uflpa: {out[b]} records counted in batch {b}, but the official batch has {n}")
    if sum(OFFICIAL_BATCHES.values()) != OFFICIAL_TOTAL:
        fail("uflpa: OFFICIAL_BATCHES does not add up to OFFICIAL_TOTAL")
    return out


def manifest():
    records = load_data(FILE)["records"]
    cov = coverage(records)
    covered = sum(n for b, n in cov.items() if b)
    missing = ", ".join(f"{b} {OFFICIAL_BATCHES[b] - cov[b]}/{OFFICIAL_BATCHES[b]}"
                        for b in OFFICIAL_BATCHES if cov[b] < OFFICIAL_BATCHES[b])
    return {
        "id": "uflpa-entities",
        "kind": "entities",
        "file": FILE,
        "version": f"{AS_OF}-partial",
        "publisher": "US Department of Homeland Security, Forced Labor Enforcement Task Force (FLETF)",
        "title": "UFLPA Entity List (partial transcription)",
        "published": AS_OF,
        "source": LIST_URL,
        "license": "Public domain (US government work, 17 U.S.C. 105); names and dates only",
        "notes": (
            f"PARTIAL: {covered} of the {OFFICIAL_TOTAL} entities listed as of {AS_OF}, plus {cov[None]} later "
            "low-confidence row(s); transcribed from stored copies of DHS releases, Federal Register notice summaries "
            "and trade-law alerts, as no complete copy of the list could be read. Missing per batch (effective date "
            f"missing/official): {missing}. Not for compliance screening: use the current dhs.gov list."
        ),
    }


def main(sources):
    records = build(sources)
    write_json(FILE, dataset("uflpa-entities", "entities", records))
    cov = coverage(records)
    covered = sum(n for b, n in cov.items() if b)
    print(f"uflpa-entities: {len(records)} records; {covered} of {OFFICIAL_TOTAL} as of {AS_OF}; "
          + ", ".join(f"{b}: {cov[b]}/{n}" for b, n in OFFICIAL_BATCHES.items()) + f"; later: {cov[None]}")


if __name__ == "__main__":
    main_wrapper(main)
