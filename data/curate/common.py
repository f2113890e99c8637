"""Shared helpers for the chainrisk dataset curation scripts.

Every script takes the sources directory as its first (optional) argument; it defaults to
../shared/sources relative to the project root (the project root is two levels above this
file). Output goes to <project root>/data/.
"""
import csv
import json
import os
import re
import sys
import unicodedata

PROJECT_ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
DATA_DIR = os.path.join(PROJECT_ROOT, "data")
DEFAULT_SOURCES = os.path.normpath(os.path.join(PROJECT_ROOT, "..", "shared", "sources"))
ISO_CODES_3166_2 = "/usr/share/iso-codes/json/iso_3166-2.json"
ISO_CODES_CHANGELOG = "/usr/share/doc/iso-codes/changelog.gz"

DATASET_SCHEMA = "chainrisk.dataset/v1"
MANIFEST_SCHEMA = "chainrisk.manifest/v1"

# Load order of kinds (docs/dataset-format.md).
KIND_ORDER = ["countries", "regions", "commodities", "relations", "findings", "tiers", "trade", "entities",
              "certifications"]


class CurationError(Exception):
    pass


def fail(msg):
    """Stop loudly. Curation never drops a row silently."""
    raise CurationError(msg)


def sources_dir(argv=None):
    argv = sys.argv[1:] if argv is None else argv
    path = argv[0] if argv else DEFAULT_SOURCES
    path = os.path.abspath(path)
    if not os.path.isdir(path):
        fail(f"sources directory not found: {path}")
    return path


def src(sources, *parts):
    p = os.path.join(sources, *parts)
    if not os.path.exists(p):
        fail(f"missing source file: {p}")
    return p


def nfc(s):
    return unicodedata.normalize("NFC", s).strip()


def read_csv(path):
    """Rows as dicts; values NFC-normalized and stripped."""
    with open(path, newline="", encoding="utf-8") as f:
        return [{k: nfc(v or "") for k, v in row.items()} for row in csv.DictReader(f)]


DOL_FLAGS = ("Child_Labor", "Forced_Labor", "Forced_Child_Labor", "Derived_Labor_Exploitation")


def dol_goods_rows(sources):
    """One dict per good x country pair of dol-goods/goods_2016.xml, in file order.

    The XML stores some names in Unicode NFD (e.g. 'Açaí'); values are NFC-normalized here.
    """
    import xml.etree.ElementTree as ET
    root = ET.parse(src(sources, "dol-goods", "goods_2016.xml")).getroot()
    rows = []
    for g in root.findall("Good"):
        good, sector = nfc(g.findtext("Good_Name") or ""), nfc(g.findtext("Good_Sector") or "")
        if not good or not sector:
            fail(f"goods_2016.xml: Good without name/sector: {good!r}")
        countries = g.findall("./Countries/Country")
        if not countries:
            fail(f"goods_2016.xml: {good!r} has no Country")
        for c in countries:
            row = {"good": good, "sector": sector,
                   "country": nfc(c.findtext("Country_Name") or ""),
                   "region": nfc(c.findtext("Country_Region") or ""),
                   "derived_country": nfc(c.findtext("Derived_Country") or "")}
            for flag in DOL_FLAGS:
                v = nfc(c.findtext(flag) or "")
                if v not in ("Yes", "No"):
                    fail(f"goods_2016.xml: {good!r}/{row['country']!r}: {flag}={v!r} is not Yes/No")
                row[flag] = v == "Yes"
            if not row["country"]:
                fail(f"goods_2016.xml: {good!r} has a Country without a name")
            rows.append(row)
    return rows


# ---------------------------------------------------------------- name normalization
# Must match the resolver in src/ (docs/dataset-format.md, docs/data.md): lowercase; fold
# Latin accents; delete apostrophes; keep letters of other scripts; every other character
# -> space; collapse spaces; trim.
_SPECIAL_FOLD = {
    "ø": "o", "ł": "l", "đ": "d", "ß": "ss", "æ": "ae", "œ": "oe", "ı": "i",
    "þ": "th", "ð": "d", "ħ": "h",
}
_APOSTROPHES = "'\u2019\u2018`"
_APOS_RE = re.compile("[" + re.escape(_APOSTROPHES) + "]")
_NON_ALNUM_RE = re.compile(r"[^a-z0-9]+")
_ASCII_ALNUM = set("abcdefghijklmnopqrstuvwxyz0123456789")


def fold(s):
    """Lowercase and fold Latin accents (é->e, ü->u, ç->c, ø->o, ß->ss ...)."""
    s = s.lower()
    s = "".join(_SPECIAL_FOLD.get(c, c) for c in s)
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


def is_latin_foldable(s):
    """True if the accent-folded, apostrophe-free string is plain ASCII (Latin script)."""
    return _APOS_RE.sub("", fold(s)).isascii()


def norm(s):
    """The resolver's key (src/text/fold.cpp): Latin folded to a-z0-9, letters of other
    scripts (中国, Германия) kept, everything else a single space."""
    s = _APOS_RE.sub("", fold(s))
    return " ".join("".join(c if c.isalnum() and (not c.isascii() or c in _ASCII_ALNUM) else " " for c in s).split())


# ---------------------------------------------------------------- output
def dataset(ds_id, kind, records):
    return {"schema": DATASET_SCHEMA, "id": ds_id, "kind": kind, "records": records}


def dumps(obj):
    return json.dumps(obj, ensure_ascii=False, indent=1) + "\n"


def write_json(filename, obj):
    path = os.path.join(DATA_DIR, filename)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    text = dumps(obj)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)
    return path


def load_data(filename):
    path = os.path.join(DATA_DIR, filename)
    if not os.path.exists(path):
        fail(f"{path} not found: run the script that builds it first (see data/curate/README.md)")
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def dedupe_aliases(name, aliases, extra_exclude=()):
    """Keep the first spelling of each normalized form; drop forms equal to the name's."""
    seen = {norm(name)} | set(extra_exclude)
    out = []
    for a in aliases:
        a = a.strip()
        n = norm(a)
        if not n or n in seen:
            continue
        seen.add(n)
        out.append(a)
    return out


# ---------------------------------------------------------------- country resolver
class CountryResolver:
    """Resolves a country spelling to an alpha-2 code using data/countries.json."""

    def __init__(self, countries=None):
        if countries is None:
            countries = load_data("countries.json")["records"]
        self.index = {}
        self.codes = set()
        for c in countries:
            self.codes.add(c["code"])
            forms = [c["code"], c["name"]] + c.get("aliases", [])
            if c.get("alpha3"):
                forms.append(c["alpha3"])
            for f in forms:
                n = norm(f)
                prev = self.index.get(n)
                if prev and prev != c["code"]:
                    fail(f"countries.json: {f!r} resolves to both {prev} and {c['code']}")
                self.index[n] = c["code"]

    def resolve(self, name, context=""):
        code = self.index.get(norm(name))
        if code is None:
            fail(f"unmapped country name {name!r} {context}".rstrip())
        return code


def main_wrapper(fn):
    try:
        fn(sources_dir())
    except CurationError as e:
        print(f"error: {e}", file=sys.stderr)
        sys.exit(1)


# ---------------------------------------------------------------- DOL derived (downstream) goods
# The input commodity of each DOL 2022 derived good. goods_2016.xml gives only the country the
# input comes from (Derived_Country); the input good is named in DOL's 2022 List of Goods
# (cobalt mined in the DRC -> Chinese lithium-ion batteries; Chinese polysilicon -> PV ingots,
# wafers, cells, modules; Indonesian palm fruit -> palm-oil derivatives).
DERIVED_INPUTS = {
    "Lithium-Ion Batteries": "cobalt-ore",
    "Photovoltaic Ingots": "polysilicon",
    "Photovoltaic Wafers": "polysilicon",
    "Solar Cells": "polysilicon",
    "Solar Modules": "polysilicon",
    "Crude Palm Oil": "palm-fruit",
    "Refined Palm Oil": "palm-fruit",
    "Crude Palm Kernel Oil": "palm-fruit",
    "Refined Palm Kernel Oil": "palm-fruit",
    "Oleochemicals": "palm-fruit",
}


def commodity_of_good():
    """DOL good name -> commodity id, from data/commodities.json notes-independent table."""
    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    from commodities import TABLE  # noqa: E402
    out = {}
    for c in TABLE:
        for g in c["dol"]:
            out[g] = c["id"]
    return out
