#!/usr/bin/env python3
"""Build data/relations.json (dataset chainrisk-relations, kind relations).

Sources:
  relations/commodity_inputs_TRANSCRIBED.csv           transcribed input/by-product statements (one per row)
  relations/dol_2022_downstream_goods_from_goods_xml.csv   DOL 2022 derived goods
  hs-codes/harmonized-system.csv                        HS 2022 headings (the `form` links and the HS_LINKS below)
  data/curate/sources/relations_graph_TRANSCRIBED.csv   more transcribed statements, by commodity id (this project)
  data/curate/sources/dol_2024_additions.csv            DOL 2024 downstream goods (rows `added-downstream`)
  ../seeds/000_*.txt, ../seeds/002_*.txt                seed reports: quoted sentences must be in them
Needs data/commodities.json.

Every row of commodity_inputs_TRANSCRIBED.csv must be either mapped (ROW_MAP) or skipped with a
reason (SKIP); an unknown (output, input) pair stops the script. When several rows give the same
(output, input, kind), the preferred one (PREFER, else the first) becomes the record and the
others are listed in its note.

Kinds (docs/dataset-format.md): `form` only for an earlier processing stage of the same material
(ore -> metal, crude -> refined oil): the scorer counts a finding on the form as a finding on the
product from the same country. Manufactured goods (wire, cans, cells, garments...) take their
materials as `input`, never as `form`.

Usage: python3 data/curate/relations.py [SOURCES_DIR]
"""
import glob
import os
import re
import sys

sys.dont_write_bytecode = True  # keep data/curate free of __pycache__
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from common import (  # noqa: E402
    DERIVED_INPUTS, commodity_of_good, dataset, fail, load_data, main_wrapper, read_csv, src, write_json,
)

FILE = "relations.json"
MANIFEST = {
    "id": "chainrisk-relations",
    "kind": "relations",
    "file": FILE,
    "version": "2026.2",
    "publisher": "chainrisk project (curated)",
    "title": "Commodity relations: processing forms, inputs and by-products",
    "published": "2026-11-24",
    "source": "https://www.dol.gov/agencies/ilab/reports/child-labor/list-of-goods",
    "license": "Curation: chainrisk project licence. Each record cites its source; quotes are short factual phrases for citation (see docs/data.md)",
    "notes": (
        "Commodity graph of the supply chains the findings touch: ore -> metal and crude -> refined `form` links "
        "(HS 2022 headings); cobalt as a by-product of copper and nickel mining (Benchmark; older figures in notes); "
        "the battery chain (cobalt, nickel, manganese, lithium -> cathode material -> lithium-ion cells -> electronics, "
        "electric vehicles; EV cell mineral mass shares from T&E via Visual Capitalist); bauxite -> alumina -> "
        "aluminum -> car parts, cans; quartz -> silicon metal -> polysilicon -> ingots -> wafers -> cells -> modules; "
        "cotton and viscose -> yarn -> textiles -> garments; palm fruit -> palm oils -> oleochemicals -> soap, "
        "cosmetics; fish -> fishmeal -> farmed shrimp; rubber -> tires, gloves; mica -> electronics, paints, "
        "cosmetics; tin, tantalum, tungsten, gold -> electronics; DOL 2022 and 2024 derived (downstream) goods. "
        "Partial: no general input-output table exists in the sources; shares only where a source states a mass share."
    ),
}

DOL_DERIVED_SOURCE = "US DOL 2022 List of Goods (derived goods)"
DOL_2024_DERIVED_SOURCE = "US DOL 2024 List of Goods (downstream goods)"
GRAPH_CSV = os.path.join(HERE, "sources", "relations_graph_TRANSCRIBED.csv")
DOL_2024_CSV = os.path.join(HERE, "sources", "dol_2024_additions.csv")

# (output, input) as written in commodity_inputs_TRANSCRIBED.csv -> [(output id, input id), ...]
ROW_MAP = {
    ("cobalt", "copper (copper mining)"): [("cobalt-ore", "copper-ore")],
    ("cobalt", "nickel (nickel mining)"): [("cobalt-ore", "nickel")],
    ("cobalt", "nickel (nickel ores)"): [("cobalt-ore", "nickel")],
    ("lithium-ion battery cells (EV)", "graphite"): [("lithium-ion-battery", "graphite")],
    ("lithium-ion battery cells (EV)", "aluminum"): [("lithium-ion-battery", "aluminum")],
    ("lithium-ion battery cells (EV)", "nickel"): [("lithium-ion-battery", "nickel")],
    ("lithium-ion battery cells (EV)", "copper"): [("lithium-ion-battery", "copper")],
    ("lithium-ion battery cells (EV)", "steel"): [("lithium-ion-battery", "steel")],
    ("lithium-ion battery cells (EV)", "manganese"): [("lithium-ion-battery", "manganese")],
    ("lithium-ion battery cells (EV)", "cobalt"): [("lithium-ion-battery", "cobalt")],
    ("lithium-ion battery cells (EV)", "lithium"): [("lithium-ion-battery", "lithium")],
    ("lithium-ion battery cells (EV)", "iron"): [("lithium-ion-battery", "iron")],
    ("light vehicle", "aluminum"): [("motor-vehicles", "aluminum")],
    ("light vehicle (North America)", "aluminum"): [("motor-vehicles", "aluminum")],
    ("passenger car", "aluminum"): [("motor-vehicles", "aluminum")],
    ("alumina", "bauxite"): [("alumina", "bauxite")],
    ("aluminum", "alumina"): [("aluminum", "alumina")],
    ("alumina", "caustic soda"): [("alumina", "caustic-soda")],
    ("silicon metal", "quartz"): [("silicon-metal", "quartz")],
    ("polysilicon", "silicon metal (metallurgical-grade)"): [("polysilicon", "silicon-metal")],
    ("polysilicon", "quartz"): [("polysilicon", "quartz")],
    ("solar ingots and wafers", "polysilicon"): [("photovoltaic-wafers", "polysilicon")],
    ("solar cells", "solar wafers"): [("solar-cells", "photovoltaic-wafers")],
    ("solar modules (panels)", "solar cells"): [("solar-modules", "solar-cells")],
    ("solar modules (panels)", "polysilicon"): [("solar-modules", "polysilicon")],
    ("cotton yarn", "cotton fibre (lint)"): [("thread-yarn", "cotton")],
    ("cotton fabric", "cotton yarn"): [("textiles", "thread-yarn")],
    ("garments (cotton)", "cotton fabric"): [("garments", "textiles")],
    ("viscose", "wood pulp"): [("viscose", "wood-pulp")],
    ("textiles", "caustic soda"): [("textiles", "caustic-soda")],
    ("printed circuit boards", "caustic soda"): [("electronics", "caustic-soda")],
    ("vinyl flooring / plastic pipes", "PVC"): [("vinyl-flooring", "pvc"), ("plastic-pipes", "pvc")],
    ("tantalum capacitors (electronics)", "tantalum"): [("electronics", "tantalum")],
    ("solder (electronics)", "tin"): [("electronics", "tin")],
    ("electronics", "gold"): [("electronics", "gold")],
    ("mobile phones", "tungsten"): [("electronics", "tungsten")],
    ("mobile phones", "tantalum"): [("electronics", "tantalum")],
    ("electrical and electronic equipment", "sheet mica"): [("electronics", "mica")],
    ("electronic chips", "mica"): [("electronics", "mica")],
    ("paint", "ground mica"): [("paints", "mica")],
    ("automotive paint", "mica"): [("paints", "mica")],
    ("cosmetics", "mica"): [("cosmetics", "mica")],
}
# Rows mapped only when a commodity another curation script defines exists (else skipped, loudly).
OPTIONAL_ROW_MAP = {
    ("lead-acid battery (automotive)", "lead"): ([("lead-acid-battery", "lead")],
                                                 "no lead / lead-acid-battery commodity yet"),
}
# Commodities defined by another curation script (commodities_dol2024.py). Rows of
# relations_graph_TRANSCRIBED.csv that need one are skipped, loudly, while it is not defined.
OPTIONAL_IDS = {"refined-sugar"}
SKIP = {
    ("cotton fibre (lint)", "seed cotton (cotton bolls)"): "both stages are the commodity cotton",
    ("joint compound (drywall)", "ground mica"): "no joint compound commodity (HS 3214 mixes many mastics)",
}
# Preferred row (case-insensitive substring of its source or quote) where several rows give the same
# (output, input, kind).
PREFER = {
    ("cobalt-ore", "copper-ore", "byproduct"): "benchmark",
    ("cobalt-ore", "nickel", "byproduct"): "benchmark",
    ("alumina", "bauxite", "input"): "hydro.com",
    ("aluminum", "alumina", "input"): "hydro.com",
    ("motor-vehicles", "aluminum", "input"): "internationally",   # world average, not the North American record
    ("electronics", "tin", "input"): "5y1.org",            # ITA 2020 (most recent)
    ("electronics", "tantalum", "input"): "slideshare",    # USGS MCS copy (stronger than the student Q&A)
    ("electronics", "mica", "input"): "docslib",           # USGS MCS copy
    ("paints", "mica", "input"): "yunmu8",                 # USGS Minerals Yearbook text
    ("photovoltaic-wafers", "polysilicon", "input"): DOL_DERIVED_SOURCE,
    ("solar-modules", "polysilicon", "input"): DOL_DERIVED_SOURCE,
    ("photovoltaic-wafers", "photovoltaic-ingots", "input"): "dol.gov",
    ("electric-vehicle", "lithium-ion-battery", "input"): "quatrostrategies",   # quotes the DOL report
    ("electronics", "lithium-ion-battery", "input"): "quatrostrategies",
    ("electronics", "copper", "input"): "seeds/000",       # USGS via the seed report
    ("car-parts", "aluminum", "input"): "seeds/002",
    ("tires", "rubber", "input"): "ustires",               # US Tire Manufacturers Association: a mass share
    ("battery-cathode-material", "cobalt", "input"): "visualcapitalist",
    ("battery-cathode-material", "nickel", "input"): "visualcapitalist",
    ("battery-cathode-material", "manganese", "input"): "visualcapitalist",
    ("lithium-ion-battery", "battery-cathode-material", "input"): "ipiq.io",
    ("shrimp", "fishmeal", "input"): "ciwf",
    ("cosmetics", "oleochemicals", "input"): "musimmas",
    ("refined-sugar", "sugarcane", "input"): DOL_2024_DERIVED_SOURCE,
}
WEAK_SOURCES = ("byjus.com", "kembrel.com", "hotcopper.com", "anderinger.com", "alloyssi.com")
NOTE_BY_PAIR = {
    ("lithium-ion-battery", None): (
        "Share = mass share of the input among the ~185 kg of minerals in the cells of an 'average 2020' 60 kWh EV "
        "battery (excludes electrolyte, binder, separator, pack casing)."),
    ("electronics", "tantalum"): "End-use figure (share of tantalum going to capacitors), not a mass share: share left null.",
    ("electronics", "tin"): "End-use figure (share of tin used in solder), not a mass share: share left null.",
    ("electronics", "gold"): "End-use figure (share of technology gold), not a mass share: share left null.",
    ("electronics", "mica"): "Qualitative (sheet mica fabricated into electrical/electronic parts).",
    ("paints", "mica"): "End-use figure (22 % of US dry-ground mica went into paint in 2008), not a mass share: share left null.",
    ("cobalt-ore", "copper-ore"): (
        "Share = fraction of world mined cobalt that is a by-product of copper mining. Sources disagree; the newest "
        "figure is kept (Benchmark: about three-quarters of this year's forecast cobalt production) and the others are "
        "not averaged: 60 % in 2016 (also the seed report's 'estimated 60 percent', citing the Cobalt Institute), "
        "37 % in 2007. The share of copper-mine by-product cobalt has grown with DRC copper-cobalt output."),
    ("cobalt-ore", "nickel"): (
        "Share = fraction of world mined cobalt that is a by-product of nickel mining (nickel ores are part of the "
        "commodity nickel). The newest figure is kept (Benchmark: 25 % this year, forecast 41 % by 2030); older "
        "figures: 38 % (2016), 48 % (2007), about 55 % (Cobalt Institute, undated page)."),
    ("motor-vehicles", "aluminum"): (
        "Share = aluminum's share of vehicle curb weight, international average (Ducker Worldwide study as summarised "
        "by the Aluminum Association, 2011). The 8.6 % figure is the North American 2009 record; the other rows give "
        "kilograms or pounds per vehicle."),
    ("tires", "rubber"): (
        "Share = natural rubber's mass share of a passenger car tire (USTMA); truck tires hold about 34 %. The rest of "
        "chapter 40 (synthetic rubber included) is also `rubber`."),
    ("thread-yarn", "cotton"): "Cotton lint (ginned fibre) is spun into yarn; seed cotton and lint are both `cotton`.",
}

# `form` relations: ore/concentrate -> refined metal, crude -> refined oil, evidenced by the HS 2022 headings.
FORMS = [
    ("copper", "copper-ore", ["2603", "7403"]),
    ("cobalt", "cobalt-ore", ["2605", "8105"]),
    ("tin", "tin-ore", ["2609", "8001"]),
    ("tantalum", "tantalum-ore", ["261590", "8103"]),
    ("tungsten", "tungsten-ore", ["2611", "8101"]),
    ("refined-palm-oil", "crude-palm-oil", ["1511", "151110", "151190"]),
    ("refined-palm-kernel-oil", "crude-palm-kernel-oil", ["1513", "151321", "151329"]),
]
FORM_NOTE = {
    "ore": ("Ore/concentrate and refined metal are processing stages of the same material; the HS 2022 "
            "nomenclature (hs-codes/harmonized-system.csv) is the source for the two stages."),
    "oil": ("Crude and refined oil are processing stages of the same material: the HS 2022 heading covers the oil "
            "'whether or not refined' and splits it into crude and other subheadings. The DOL 2022 list names both "
            "stages (Indonesia) as downstream goods of palm fruit."),
}
# `input` relations evidenced by the HS 2022 nomenclature itself: (output, input, [HS codes], note).
HS_LINKS = [
    ("copper-wire", "copper", ["7403", "7408"],
     "Copper wire is drawn from refined copper (wire rod); the HS headings are the source. No mass share stated."),
    ("motor-vehicles", "car-parts", ["8708", "8703"],
     "HS 8708 is the heading of parts and accessories of the motor vehicles of headings 8701 to 8705."),
    ("electric-vehicle", "car-parts", ["8708", "870380"],
     "HS 8708 is the heading of parts and accessories of the motor vehicles of headings 8701 to 8705, electric cars "
     "(870380) included."),
    ("motor-vehicles", "tires", ["401110", "8703"],
     "HS 401110 is the subheading of new pneumatic tyres of a kind used on motor cars."),
    ("electric-vehicle", "tires", ["401110", "870380"],
     "HS 401110 is the subheading of new pneumatic tyres of a kind used on motor cars."),
    ("rubber-gloves", "rubber", ["4001", "4015"],
     "HS 4015 covers gloves of vulcanised rubber (made from natural rubber latex or synthetic rubber, both `rubber`)."),
    ("seafood-products", "shrimp", ["0306", "1605"],
     "HS 1605 is crustaceans and molluscs prepared or preserved, HS 0306 the same crustaceans fresh or frozen. "
     "Prepared shrimp itself (160521, 160529) is `shrimp`; other prepared crustaceans are seafood-products."),
    ("seafood-products", "fish", ["0303", "1604", "1605"],
     "HS 1604 (prepared or preserved fish) and 1605 (prepared crustaceans and molluscs) are the prepared forms of the "
     "fresh and frozen catch of chapter 03. Prepared fish itself (1604, e.g. canned tuna) is `fish` in the vocabulary; "
     "seafood-products holds 1605 and the generic names (processed, canned, prepared seafood), which may contain fish."),
    ("seafood-products", "shellfish", ["0307", "1605"],
     "HS 1605 is crustaceans and molluscs prepared or preserved, HS 0307 the molluscs fresh or frozen."),
    ("thread-yarn", "viscose", ["550410", "5510"],
     "Viscose staple fibre (550410: 'not carded, combed or otherwise processed for spinning') is spun into yarn of "
     "artificial staple fibres (5510). Viscose, or rayon, is described as the world's third most commonly used clothing "
     "material after polyester and cotton (SCMP 2021, see viscose <- wood-pulp)."),
]


def seed_texts(sources):
    out = {}
    for n in ("000", "002"):
        hits = glob.glob(os.path.join(sources, "..", "seeds", f"{n}_*.txt"))
        if len(hits) != 1:
            fail(f"seed report {n}_*.txt not found next to {sources}")
        with open(hits[0], encoding="utf-8") as f:
            out[n] = " ".join(f.read().split())
    return out


def check_seed_quote(seeds, source, quote):
    m = re.search(r"seeds/(\d{3})_", source)
    if not m:
        return
    text = seeds.get(m.group(1))
    if text is None:
        fail(f"quote cites seed {m.group(1)}, which is not read")
    if " ".join(quote.split()) not in text:
        fail(f"quote not found in seed {m.group(1)}: {quote!r}")


def parse_share(raw, where):
    if not raw:
        return None
    try:
        share = float(raw)
    except ValueError:
        fail(f"{where}: bad share {raw!r}")
    if not 0 <= share <= 1:
        fail(f"{where}: share {share} out of [0, 1]")
    return share


def weak_note(source):
    if any(w in source for w in WEAK_SOURCES):
        return "Weak source (educational / student Q&A / vendor / forum site); the link itself is uncontroversial."
    return None


def build(sources):
    commodities = {c["id"] for c in load_data("commodities.json")["records"]}
    hs = {r["hscode"]: r["description"] for r in read_csv(src(sources, "hs-codes", "harmonized-system.csv"))}
    seeds = seed_texts(sources)
    cands = []  # dicts with output, input, kind, share, source, quote, note
    skipped = []

    def hs_desc(code):
        if code not in hs:
            fail(f"HS {code} missing from harmonized-system.csv")
        return f"{code} {hs[code]}"

    for out_id, in_id, codes in FORMS:
        cands.append({
            "output": out_id, "input": in_id, "kind": "form", "share": None,
            "source": "HS 2022 " + "; ".join(hs_desc(c) for c in codes), "quote": None,
            "note": FORM_NOTE["oil" if "oil" in out_id else "ore"],
        })
    for out_id, in_id, codes, note in HS_LINKS:
        cands.append({
            "output": out_id, "input": in_id, "kind": "input", "share": None,
            "source": "HS 2022 " + "; ".join(hs_desc(c) for c in codes), "quote": None, "note": note,
        })

    # DOL 2022 derived goods
    good_map = commodity_of_good()
    for r in read_csv(src(sources, "relations", "dol_2022_downstream_goods_from_goods_xml.csv")):
        g = r["Good_Name"]
        if g not in DERIVED_INPUTS:
            fail(f"dol_2022_downstream_goods: derived good {g!r} has no DERIVED_INPUTS entry")
        cands.append({
            "output": good_map[g], "input": DERIVED_INPUTS[g], "kind": "input", "share": None,
            "source": DOL_DERIVED_SOURCE, "quote": None,
            "note": (f"DOL 2022 lists '{g}' ({r['Country_Name']}) as a downstream good made with an input produced with "
                     f"child or forced labor in {r['Derived_Country']} (goods_2016.xml Derived_Labor_Exploitation=Yes; "
                     "relations/dol_2022_downstream_goods_from_goods_xml.csv)."),
        })

    # DOL 2024 downstream goods, as transcribed by the DOL 2024 curation (dol_2024_additions.csv)
    if os.path.exists(DOL_2024_CSV):
        for r in read_csv(DOL_2024_CSV):
            if r.get("change") != "added-downstream":
                continue
            out_id = r["commodity"]
            in_id, _, cc = r["derived_from"].partition("/")
            if not out_id or not in_id:
                fail(f"dol_2024_additions.csv: downstream good {r['good']!r} without commodity or derived_from")
            missing = [x for x in (out_id, in_id) if x not in commodities]
            if missing:
                skipped.append(f"DOL 2024 downstream {r['good']!r}/{r['country']!r}: commodity {missing} not defined")
                continue
            cands.append({
                "output": out_id, "input": in_id, "kind": "input", "share": None,
                "source": DOL_2024_DERIVED_SOURCE + ": " + r["source_url"], "quote": None,
                "note": (f"DOL 2024 lists '{r['good']}' ({r['country']}) as a downstream good of {in_id} produced with "
                         f"{r['labor'].replace('+', ' and ')} labor in {cc} (data/curate/sources/dol_2024_additions.csv)."),
            })
    else:
        skipped.append("data/curate/sources/dol_2024_additions.csv not present: no DOL 2024 downstream goods")

    # transcribed rows (shared sources)
    unknown = []
    row_map = dict(ROW_MAP)
    for key, (targets, reason) in OPTIONAL_ROW_MAP.items():
        if all(o in commodities and i in commodities for o, i in targets):
            row_map[key] = targets
        else:
            skipped.append(f"{key}: {reason}")
    for r in read_csv(src(sources, "relations", "commodity_inputs_TRANSCRIBED.csv")):
        key = (r["output"], r["input"])
        if key in SKIP or (key in OPTIONAL_ROW_MAP and key not in row_map):
            continue
        if key not in row_map:
            unknown.append(key)
            continue
        share = parse_share(r["share"], f"commodity_inputs_TRANSCRIBED.csv {key}")
        for out_id, in_id in row_map[key]:
            cands.append({"output": out_id, "input": in_id, "kind": r["relation"], "share": share,
                          "source": r["source"], "quote": r["quote"], "note": weak_note(r["source"])})
    if unknown:
        fail("commodity_inputs_TRANSCRIBED.csv rows neither mapped nor skipped: " + repr(unknown))

    # transcribed rows (this project)
    for r in read_csv(GRAPH_CSV):
        where = f"relations_graph_TRANSCRIBED.csv {r['output']} <- {r['input']}"
        if not r["source"] or not r["quote"]:
            fail(f"{where}: source and quote are required")
        check_seed_quote(seeds, r["source"], r["quote"])
        missing = [x for x in (r["output"], r["input"]) if x in OPTIONAL_IDS and x not in commodities]
        if missing:
            skipped.append(f"{where}: commodity {missing} not defined")
            continue
        note = " ".join(x for x in (r["note"], weak_note(r["source"])) if x) or None
        cands.append({"output": r["output"], "input": r["input"], "kind": r["relation"],
                      "share": parse_share(r["share"], where), "source": r["source"], "quote": r["quote"],
                      "note": note})

    # group and pick
    groups = {}
    for c in cands:
        if c["kind"] not in ("form", "input", "byproduct"):
            fail(f"bad relation kind {c['kind']!r}")
        if c["output"] == c["input"]:
            fail(f"relation {c['output']} <- {c['input']}: a commodity cannot be its own input")
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
    for key in PREFER:
        if key not in groups and not (set(key[:2]) & (OPTIONAL_IDS - commodities)):
            fail(f"PREFER {key}: no such relation")
    check_byproduct_shares(groups)

    records = []
    for key in sorted(groups):
        rows = groups[key]
        pref = PREFER.get(key)
        primary = rows[0]
        if pref:
            hits = [c for c in rows if pref.lower() in (c["source"] + " " + (c["quote"] or "")).lower()]
            if not hits:
                fail(f"PREFER {key}: no row with source or quote containing {pref!r}")
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
        for a in rows:
            if a is primary:
                continue
            s = f"share {a['share']}" if a["share"] is not None else "no share"
            q = f": \"{a['quote']}\"" if a.get("quote") else ""
            parts.append(f"Alternative source ({s}): {a['source']}{q}")
        records.append({"output": key[0], "input": key[1], "kind": key[2], "share": primary["share"],
                        "source": primary["source"], "note": " ".join(parts)})
    return records, skipped


def check_byproduct_shares(groups):
    """The preferred by-product shares of one output may not add up to more than 1."""
    totals = {}
    for (o, i, k), rows in groups.items():
        if k != "byproduct":
            continue
        pref = PREFER.get((o, i, k))
        row = next((c for c in rows if pref and pref.lower() in c["source"].lower()), rows[0])
        if row["share"] is not None:
            totals[o] = totals.get(o, 0) + row["share"]
    for o, t in totals.items():
        if t > 1 + 1e-9:
            fail(f"by-product shares of {o} add up to {t:.3f} > 1")


def main(sources):
    records, skipped = build(sources)
    write_json(FILE, dataset(MANIFEST["id"], MANIFEST["kind"], records))
    kinds = {}
    for r in records:
        kinds[r["kind"]] = kinds.get(r["kind"], 0) + 1
    print(f"relations: {len(records)} records {dict(sorted(kinds.items()))}")
    for s in skipped:
        print(f"relations: skipped {s}")


if __name__ == "__main__":
    main_wrapper(main)
