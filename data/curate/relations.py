#!/usr/bin/env python3
"""Build data/relations.json (dataset chainrisk-relations, kind relations).

Sources:
  relations/commodity_inputs_TRANSCRIBED.csv          transcribed input/by-product statements (one per row)
  relations/dol_2022_downstream_goods_from_goods_xml.csv   DOL 2022 derived goods
  hs-codes/harmonized-system.csv                       HS 2022 headings (source of the ore -> metal `form` links)
Needs data/commodities.json.

Every row of commodity_inputs_TRANSCRIBED.csv must be either mapped (ROW_MAP) or skipped with a
reason (SKIP); an unknown (output, input) pair stops the script. When several rows give the same
(output, input, kind), the preferred one (PREFER, else the first) becomes the record and the
others are listed in its note.

Usage: python3 data/curate/relations.py [SOURCES_DIR]
"""
import os
import sys

sys.dont_write_bytecode = True  # keep data/curate free of __pycache__
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import (  # noqa: E402
    DERIVED_INPUTS, commodity_of_good, dataset, fail, load_data, main_wrapper, read_csv, src, write_json,
)

FILE = "relations.json"
MANIFEST = {
    "id": "chainrisk-relations",
    "kind": "relations",
    "file": FILE,
    "version": "2026.1",
    "publisher": "chainrisk project (curated)",
    "title": "Commodity relations: processing forms, inputs and by-products (first slice)",
    "published": "2026-11-24",
    "source": "https://www.dol.gov/agencies/ilab/reports/child-labor/list-of-goods",
    "license": "Curation: chainrisk project licence. Each record cites its source; quotes are short factual phrases for citation (see docs/data.md)",
    "notes": (
        "First small set: ore -> metal `form` links (HS 2022 headings), cobalt by-product shares (Benchmark), "
        "EV battery cell mineral mass shares (T&E via Visual Capitalist), bauxite -> alumina -> aluminum, "
        "copper -> copper wire, DOL 2022 derived goods, the solar and cotton chains, and a few electronics inputs. "
        "Partial: no general input-output table exists in the sources."
    ),
}

DOL_DERIVED_SOURCE = "US DOL 2022 List of Goods (derived goods)"

# (output, input) as written in commodity_inputs_TRANSCRIBED.csv -> (output id, input id)
ROW_MAP = {
    ("cobalt", "copper (copper mining)"): ("cobalt", "copper"),
    ("cobalt", "nickel (nickel mining)"): ("cobalt", "nickel"),
    ("cobalt", "nickel (nickel ores)"): ("cobalt", "nickel"),
    ("lithium-ion battery cells (EV)", "graphite"): ("lithium-ion-battery", "graphite"),
    ("lithium-ion battery cells (EV)", "aluminum"): ("lithium-ion-battery", "aluminum"),
    ("lithium-ion battery cells (EV)", "nickel"): ("lithium-ion-battery", "nickel"),
    ("lithium-ion battery cells (EV)", "copper"): ("lithium-ion-battery", "copper"),
    ("lithium-ion battery cells (EV)", "steel"): ("lithium-ion-battery", "steel"),
    ("lithium-ion battery cells (EV)", "manganese"): ("lithium-ion-battery", "manganese"),
    ("lithium-ion battery cells (EV)", "cobalt"): ("lithium-ion-battery", "cobalt"),
    ("lithium-ion battery cells (EV)", "lithium"): ("lithium-ion-battery", "lithium"),
    ("lithium-ion battery cells (EV)", "iron"): ("lithium-ion-battery", "iron"),
    ("alumina", "bauxite"): ("alumina", "bauxite"),
    ("aluminum", "alumina"): ("aluminum", "alumina"),
    ("solar ingots and wafers", "polysilicon"): ("photovoltaic-wafers", "polysilicon"),
    ("solar cells", "solar wafers"): ("solar-cells", "photovoltaic-wafers"),
    ("solar modules (panels)", "solar cells"): ("solar-modules", "solar-cells"),
    ("solar modules (panels)", "polysilicon"): ("solar-modules", "polysilicon"),
    ("cotton yarn", "cotton fibre (lint)"): ("thread-yarn", "cotton"),
    ("cotton fabric", "cotton yarn"): ("textiles", "thread-yarn"),
    ("garments (cotton)", "cotton fabric"): ("garments", "textiles"),
    ("tantalum capacitors (electronics)", "tantalum"): ("electronics", "tantalum"),
    ("solder (electronics)", "tin"): ("electronics", "tin"),
    ("electronics", "gold"): ("electronics", "gold"),
    ("mobile phones", "tungsten"): ("electronics", "tungsten"),
    ("mobile phones", "tantalum"): ("electronics", "tantalum"),
    ("electrical and electronic equipment", "sheet mica"): ("electronics", "mica"),
    ("electronic chips", "mica"): ("electronics", "mica"),
}
SKIP = {
    ("lead-acid battery (automotive)", "lead"): "no lead / lead-acid battery commodity yet",
    ("light vehicle", "aluminum"): "no vehicle commodity yet",
    ("light vehicle (North America)", "aluminum"): "no vehicle commodity yet",
    ("passenger car", "aluminum"): "no vehicle commodity yet",
    ("alumina", "caustic soda"): "no caustic soda commodity yet",
    ("silicon metal", "quartz"): "no silicon metal / quartz commodity yet",
    ("polysilicon", "silicon metal (metallurgical-grade)"): "no silicon metal commodity yet",
    ("polysilicon", "quartz"): "no quartz commodity yet",
    ("cotton fibre (lint)", "seed cotton (cotton bolls)"): "both stages are the commodity cotton",
    ("viscose", "wood pulp"): "no viscose / wood pulp commodity yet",
    ("textiles", "caustic soda"): "no caustic soda commodity yet",
    ("printed circuit boards", "caustic soda"): "no caustic soda commodity yet",
    ("vinyl flooring / plastic pipes", "PVC"): "no flooring / pipe commodity yet",
    ("joint compound (drywall)", "ground mica"): "no joint compound commodity",
    ("paint", "ground mica"): "no paint commodity yet",
    ("cosmetics", "mica"): "no cosmetics commodity yet",
    ("automotive paint", "mica"): "no paint commodity yet",
}
# Preferred row (substring of its source) where several rows give the same pair.
PREFER = {
    ("cobalt", "copper", "byproduct"): "benchmark",
    ("cobalt", "nickel", "byproduct"): "benchmark",
    ("alumina", "bauxite", "input"): "hydro.com",
    ("aluminum", "alumina", "input"): "hydro.com",
    ("electronics", "tin", "input"): "5y1.org",            # ITA 2020 (most recent)
    ("electronics", "tantalum", "input"): "slideshare",    # USGS MCS copy (stronger than the student Q&A)
    ("electronics", "mica", "input"): "docslib",           # USGS MCS copy
    ("photovoltaic-wafers", "polysilicon", "input"): DOL_DERIVED_SOURCE,
    ("solar-modules", "polysilicon", "input"): DOL_DERIVED_SOURCE,
}
WEAK_SOURCES = ("byjus.com", "kembrel.com")
NOTE_BY_PAIR = {
    ("lithium-ion-battery", None): (
        "Share = mass share of the input among the ~185 kg of minerals in the cells of an 'average 2020' 60 kWh EV "
        "battery (excludes electrolyte, binder, separator, pack casing)."),
    ("electronics", "tantalum"): "End-use figure (share of tantalum going to capacitors), not a mass share: share left null.",
    ("electronics", "tin"): "End-use figure (share of tin used in solder), not a mass share: share left null.",
    ("electronics", "gold"): "End-use figure (share of technology gold), not a mass share: share left null.",
    ("electronics", "mica"): "Qualitative (sheet mica fabricated into electrical/electronic parts).",
}

# `form` relations: ore/concentrate -> refined metal, evidenced by the HS 2022 headings.
FORMS = [
    ("copper", "copper-ore", "2603", "7403"),
    ("cobalt", "cobalt-ore", "2605", "8105"),
    ("tin", "tin-ore", "2609", "8001"),
    ("tantalum", "tantalum-ore", "261590", "8103"),
    ("tungsten", "tungsten-ore", "2611", "8101"),
]


def build(sources):
    commodities = {c["id"] for c in load_data("commodities.json")["records"]}
    hs = {r["hscode"]: r["description"] for r in read_csv(src(sources, "hs-codes", "harmonized-system.csv"))}
    cands = []  # dicts with output, input, kind, share, source, quote, prio

    for out_id, in_id, hs_in, hs_out in FORMS:
        for code in (hs_in, hs_out):
            if code not in hs:
                fail(f"HS {code} missing from harmonized-system.csv")
        cands.append({
            "output": out_id, "input": in_id, "kind": "form", "share": None,
            "source": f"HS 2022 {hs_in} {hs[hs_in]}; {hs_out} {hs[hs_out]}",
            "quote": None,
            "note": ("Ore/concentrate and refined metal are processing stages of the same material; the HS 2022 "
                     "nomenclature (hs-codes/harmonized-system.csv) is the source for the two stages."),
        })
    cands.append({
        "output": "copper-wire", "input": "copper", "kind": "input", "share": None,
        "source": f"HS 2022 7403 {hs['7403']}; 7408 {hs['7408']}",
        "quote": None,
        "note": "Copper wire is drawn from refined copper (wire rod); the HS headings are the source. No mass share stated.",
    })

    # DOL 2022 derived goods
    good_map = commodity_of_good()
    for r in read_csv(src(sources, "relations", "dol_2022_downstream_goods_from_goods_xml.csv")):
        g = r["Good_Name"]
        if g not in DERIVED_INPUTS:
            fail(f"dol_2022_downstream_goods: derived good {g!r} has no DERIVED_INPUTS entry")
        cands.append({
            "output": good_map[g], "input": DERIVED_INPUTS[g], "kind": "input", "share": None,
            "source": DOL_DERIVED_SOURCE,
            "quote": None,
            "note": (f"DOL 2022 lists '{g}' ({r['Country_Name']}) as a downstream good made with an input produced with "
                     f"child or forced labor in {r['Derived_Country']} (goods_2016.xml Derived_Labor_Exploitation=Yes; "
                     "relations/dol_2022_downstream_goods_from_goods_xml.csv)."),
        })

    # transcribed rows
    unknown = []
    for r in read_csv(src(sources, "relations", "commodity_inputs_TRANSCRIBED.csv")):
        key = (r["output"], r["input"])
        if key in SKIP:
            continue
        if key not in ROW_MAP:
            unknown.append(key)
            continue
        out_id, in_id = ROW_MAP[key]
        share = None
        if r["share"]:
            try:
                share = float(r["share"])
            except ValueError:
                fail(f"commodity_inputs_TRANSCRIBED.csv: bad share {r['share']!r} for {key}")
            if not 0 <= share <= 1:
                fail(f"share out of [0,1] for {key}")
        note = None
        if any(w in r["source"] for w in WEAK_SOURCES):
            note = "Weak source (educational / student Q&A site); the link itself is uncontroversial."
        cands.append({"output": out_id, "input": in_id, "kind": r["relation"], "share": share,
                      "source": r["source"], "quote": r["quote"], "note": note})
    if unknown:
        fail("commodity_inputs_TRANSCRIBED.csv rows neither mapped nor skipped: " + repr(unknown))

    # group and pick
    groups = {}
    for c in cands:
        if c["kind"] not in ("form", "input", "byproduct"):
            fail(f"bad relation kind {c['kind']!r}")
        for end in ("output", "input"):
            if c[end] not in commodities:
                fail(f"relation {c['output']} <- {c['input']}: unknown commodity {c[end]!r}")
        groups.setdefault((c["output"], c["input"], c["kind"]), []).append(c)
    pairs = {}
    for (o, i, k) in groups:
        pairs.setdefault((o, i), set()).add(k)
    for p, ks in pairs.items():
        if len(ks) > 1:
            fail(f"relation {p} has several kinds {ks}")

    records = []
    for key in sorted(groups):
        rows = groups[key]
        pref = PREFER.get(key)
        primary = rows[0]
        if pref:
            hits = [c for c in rows if pref.lower() in c["source"].lower()]
            if not hits:
                fail(f"PREFER {key}: no row with source containing {pref!r}")
            primary = hits[0]
        parts = []
        if primary.get("quote"):
            parts.append(f"Quote: \"{primary['quote']}\"")
        if primary.get("note"):
            parts.append(primary["note"])
        extra = NOTE_BY_PAIR.get((key[0], key[1]))
        if extra is None and primary["share"] is not None:
            extra = NOTE_BY_PAIR.get((key[0], None))
        if extra:
            parts.append(extra)
        alts = [c for c in rows if c is not primary]
        for a in alts:
            s = f"share {a['share']}" if a["share"] is not None else "no share"
            q = f": \"{a['quote']}\"" if a.get("quote") else ""
            parts.append(f"Alternative source ({s}): {a['source']}{q}")
        records.append({"output": key[0], "input": key[1], "kind": key[2], "share": primary["share"],
                        "source": primary["source"], "note": " ".join(parts)})
    return records


def main(sources):
    records = build(sources)
    write_json(FILE, dataset(MANIFEST["id"], MANIFEST["kind"], records))
    kinds = {}
    for r in records:
        kinds[r["kind"]] = kinds.get(r["kind"], 0) + 1
    print(f"relations: {len(records)} records {dict(sorted(kinds.items()))}")


if __name__ == "__main__":
    main_wrapper(main)
