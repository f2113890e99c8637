#!/usr/bin/env python3
"""The simplest real version of `chainrisk scan`, in pandas: a peer for the benchmarks.

Usage: tests/bench/peer_pandas.py BOM.csv OUT.json [--data DIR]   (needs python3-pandas)

It reads the CSV BOM (header names of shared/spec/bom-format.md), maps the material (else the
HS code) and the origin to ids by an exact, lower-cased dictionary join on the names and
aliases of data/commodities.json and data/countries.json (no fuzzy matching, no free text,
no regions, no graph), joins (commodity, origin) against the listed findings of
data/dol-tvpra-goods.json and data/tip-findings.json and each origin's latest TIP tier
(data/tip-tiers.json), scores 100 x (1 - prod(1 - w)) with the finding and tier weights of
docs/methodology.md, and writes a JSON report: {"summary": {...}, "lines": [{"line", "id",
"commodity", "origin", "score", "level"}, ...]}. Line numbers assume no quoted newlines
(true of gen_bom.py's output): data row k is physical line k + 1.
"""

import argparse
import json
import os
import sys

import numpy as np
import pandas as pd

FINDING_FORCED, FINDING_CHILD = 0.7, 0.6
TIER_WEIGHTS = {"1": 0.0, "2": 0.15, "2WL": 0.3, "3": 0.5, "special": 0.3}
NOT_GIVEN = {"", "unknown", "n/a", "na", "-", "various", "tbd", "none"}
LEVELS = ("none", "low", "medium", "high", "critical")

# bom-format.md's accepted header names for the columns the peer uses.
COLUMNS = {
    "id": ("id", "lineid", "partid", "partnumber", "itemid", "sku"),
    "material": ("material", "commodity", "rawmaterial", "substance"),
    "hs_code": ("hscode", "hs", "hts", "htscode", "tariffcode"),
    "origin": ("origin", "origincountry", "countryoforigin", "coo"),
}


def records(data_dir, name):
    with open(os.path.join(data_dir, name), encoding="utf-8") as f:
        return json.load(f)["records"]


def dictionaries(data_dir):
    """Returns (names -> commodity id, HS code -> commodity id, names -> ISO2,
    (commodity, country) -> finding weight, ISO2 -> tier weight)."""
    commodity, hs = {}, {}
    for c in records(data_dir, "commodities.json"):
        for name in [c["id"], c["name"]] + c["aliases"]:
            commodity.setdefault(name.strip().lower(), c["id"])
        for code in c["hs"]:
            hs.setdefault(code, c["id"])
    country = {}
    for c in records(data_dir, "countries.json"):
        for name in [c["code"], c.get("alpha3"), c["name"]] + c["aliases"]:
            if name:
                country.setdefault(name.strip().lower(), c["code"])
    finding = {}
    for name in ("dol-tvpra-goods.json", "tip-findings.json"):
        for f in records(data_dir, name):
            if f.get("status") != "listed":
                continue
            w = FINDING_FORCED if "forced" in f["labor"] else FINDING_CHILD
            key = f["commodity"] + "|" + f["country"]
            finding[key] = max(finding.get(key, 0.0), w)
    latest = {}
    for t in records(data_dir, "tip-tiers.json"):
        if t["country"] not in latest or t["year"] > latest[t["country"]][0]:
            latest[t["country"]] = (t["year"], t["tier"])
    tier = {code: TIER_WEIGHTS[t] for code, (_, t) in latest.items()}
    return commodity, hs, country, finding, tier


def pick_columns(frame):
    """Maps the peer's fields to the frame's columns by bom-format.md's aliases."""
    folded = {c.lower().replace(" ", "").replace("_", "").replace("-", ""): c for c in frame.columns}
    chosen = {}
    for field, names in COLUMNS.items():
        chosen[field] = next((folded[n] for n in names if n in folded), None)
    return chosen


def column(frame, name):
    if name is None:
        return pd.Series([""] * len(frame), index=frame.index)
    return frame[name].str.strip()


def resolve_hs(codes, hs):
    """Longest known HS prefix (6, 4 or 2 digits) of each code, by three dictionary joins."""
    digits = codes.str.replace(".", "", regex=False).str.replace(" ", "", regex=False)
    out = pd.Series([None] * len(codes), index=codes.index, dtype=object)
    for width in (6, 4, 2):
        table = {k: v for k, v in hs.items() if len(k) == width}
        out = out.fillna(digits.str[:width].map(table))
    return out


def scan(path, data_dir):
    commodity_of, hs_of, country_of, finding_of, tier_of = dictionaries(data_dir)
    frame = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8-sig")
    cols = pick_columns(frame)
    material = column(frame, cols["material"])
    origin_text = column(frame, cols["origin"]).str.lower()
    commodity = material.str.lower().map(commodity_of)
    commodity = commodity.fillna(resolve_hs(column(frame, cols["hs_code"]), hs_of))
    origin = origin_text.map(country_of)
    given = ~origin_text.isin(NOT_GIVEN)
    unresolved = commodity.isna() | (given & origin.isna())

    w_finding = (commodity + "|" + origin).map(finding_of).fillna(0.0).to_numpy(float)
    w_tier = origin.map(tier_of).fillna(0.0).to_numpy(float)
    score = np.round(100.0 * (1.0 - (1.0 - w_finding) * (1.0 - w_tier)), 6)
    level = np.select([score >= 90, score >= 60, score >= 30, (score > 0) | unresolved.to_numpy()],
                      [4, 3, 2, 1], default=0)
    lines = pd.DataFrame({
        "line": np.arange(2, len(frame) + 2),
        "id": column(frame, cols["id"]),
        "commodity": commodity,
        "origin": origin,
        "score": np.round(score, 1),
        "level": np.array(LEVELS, dtype=object)[level],
    })
    counts = np.bincount(level, minlength=5)
    summary = {
        "lines": int(len(frame)),
        "level": LEVELS[int(level.max())] if len(frame) else "none",
        "score": float(score.max()) if len(frame) else 0.0,
        "counts": {name: int(n) for name, n in zip(LEVELS, counts)},
        "unresolved": int(unresolved.sum()),
    }
    return summary, lines


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("bom")
    parser.add_argument("out")
    here = os.path.dirname(os.path.abspath(__file__))
    parser.add_argument("--data", default=os.path.join(here, "..", "..", "data"))
    args = parser.parse_args()
    summary, lines = scan(args.bom, args.data)
    with open(args.out, "w", encoding="utf-8") as out:
        out.write('{"schema": "peer-pandas/v1", "summary": ')
        out.write(json.dumps(summary))
        out.write(', "lines": ')
        out.write(lines.to_json(orient="records", force_ascii=False))
        out.write("}\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
