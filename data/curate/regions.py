#!/usr/bin/env python3
"""Build data/regions.json (dataset iso3166-2-regions, kind regions).

Source: Debian iso-codes, /usr/share/iso-codes/json/iso_3166-2.json (LGPL-2.1+).
Needs data/countries.json (run countries.py first).

Usage: python3 data/curate/regions.py [SOURCES_DIR]
"""
import gettext
import gzip
import json
import os
import re
import sys

sys.dont_write_bytecode = True  # keep data/curate free of __pycache__
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import (  # noqa: E402
    ISO_CODES_3166_2, ISO_CODES_CHANGELOG, dataset, fail, load_data, main_wrapper, write_json,
)
from countries import cxx_fold  # noqa: E402  (the C++ resolver's key, src/text/fold.cpp)

LOCALE_DIR = "/usr/share/locale"

FILE = "regions.json"


def iso_codes_release():
    """(version, date) of the installed iso-codes from its upstream changelog."""
    try:
        with gzip.open(ISO_CODES_CHANGELOG, "rt", encoding="utf-8") as f:
            for line in f:
                m = re.match(r"## \[(\d+\.\d+(?:\.\d+)?)\]\s*\S\s*(\d{4}-\d{2}-\d{2})", line)
                if m:
                    return m.group(1), m.group(2)
    except OSError as e:
        fail(f"cannot read {ISO_CODES_CHANGELOG} (install Debian package iso-codes): {e}")
    fail(f"no release line found in {ISO_CODES_CHANGELOG}")


def manifest():
    version, date = iso_codes_release()
    return {
        "id": "iso3166-2-regions",
        "kind": "regions",
        "file": FILE,
        "version": f"iso-codes {version}",
        "publisher": "Debian iso-codes project (ISO 3166-2 subdivision codes and names)",
        "title": "ISO 3166-2 country subdivisions",
        "published": date,
        "source": "https://salsa.debian.org/iso-codes-team/iso-codes",
        "license": "LGPL-2.1-or-later (iso-codes); UFLPA presumption text quotes US law (public domain)",
        "notes": (
            "Every subdivision of iso_3166-2.json whose country is in countries.json. Aliases (CN only): the "
            "pinyin name without its type word (Sheng, Shi, Zizhiqu ...) and with an English one (Province, "
            "Municipality, Autonomous Region), common English names (Tibet, Inner Mongolia, Macau ...), the "
            "iso-codes zh_CN name with and without its type word (新疆维吾尔自治区, 新疆), and the names used for "
            "Xinjiang (XUAR, Xinjiang Uyghur/Uygur/Uighur ...). Only CN-XJ carries a legal presumption (UFLPA). "
            "Subdivision parents are not kept."
        ),
    }


MANIFEST = None  # filled lazily by build_manifest via manifest()

# Generic Chinese suffixes, longest first.
CN_SUFFIXES = [
    " Uygur Zizhiqu", " Huizu Zizhiqu", " Huizi Zizhiqu", " Zhuangzu Zizhiqu", " Zizhiqu", " Sheng", " Shi", " SAR",
]
# English forms of the pinyin type words: "Guangdong Sheng" -> "Guangdong Province".
CN_TYPE_ENGLISH = {" Sheng": " Province", " Shi": " Municipality"}
# Chinese: iso-codes' own zh_CN translation of each name (iso_3166-2.mo), and the short form without
# the type word (省, 市, 自治区, 特别行政区) and, for the autonomous regions, the people's name.
CN_ZH_SUFFIXES = ["维吾尔自治区", "壮族自治区", "回族自治区", "特别行政区", "自治区", "省", "市"]
# Common English names where iso-codes gives pinyin only.
CN_EXTRA = {
    "CN-XZ": ["Tibet", "Tibet Autonomous Region", "Xizang Autonomous Region"],
    "CN-NM": ["Inner Mongolia", "Inner Mongolia Autonomous Region"],
    "CN-GX": ["Guangxi Zhuang Autonomous Region", "Guangxi Zhuang"],
    "CN-NX": ["Ningxia Hui Autonomous Region", "Ningxia Hui"],
    "CN-HK": ["Hong Kong Special Administrative Region"],
    "CN-MO": ["Macau", "Macau SAR", "Macao Special Administrative Region"],
}
# CN-XJ carries the UFLPA presumption: every name a BOM or a supplier declaration uses for it.
XJ_ALIASES = [
    "Xinjiang", "XUAR", "Xinjiang Uyghur Autonomous Region", "Xinjiang Uygur Autonomous Region",
    "Xinjiang Uighur Autonomous Region", "Xinjiang Uygur", "Xinjiang Uyghur", "Xinjiang Uighur",
    "Xinjiang Province", "Uyghur Region", "East Turkistan", "East Turkestan",
    "新疆", "新疆维吾尔自治区", "新疆維吾爾自治區",
]
UFLPA_PRESUMPTION = {
    "law": "UFLPA",
    "labor": ["forced"],
    "text": (
        "Rebuttable presumption (Uyghur Forced Labor Prevention Act, Public Law 117-78, sec. 3): U.S. Customs and "
        "Border Protection presumes that \"any goods, wares, articles, and merchandise mined, produced, or "
        "manufactured wholly or in part in the Xinjiang Uyghur Autonomous Region of the People's Republic of China\" "
        "are made with forced labor and barred from entry under section 307 of the Tariff Act of 1930 "
        "(19 U.S.C. 1307), unless the importer shows \"by clear and convincing evidence\" that they were not "
        "(sec. 3(b)). In force since 2022-06-21."
    ),
    "source": "https://www.congress.gov/bill/117th-congress/house-bill/6256",
}


def cn_aliases(code, name, zh_name):
    out = []
    for suf in CN_SUFFIXES:
        if name.endswith(suf):
            short = name[: -len(suf)].strip()
            out.append(short)
            if suf in CN_TYPE_ENGLISH:
                out.append(short + CN_TYPE_ENGLISH[suf])
            break
    out += CN_EXTRA.get(code, [])
    if code == "CN-XJ":
        out += XJ_ALIASES
    if zh_name and zh_name != name:
        out.append(zh_name)
        for suf in CN_ZH_SUFFIXES:
            if zh_name.endswith(suf) and len(zh_name) > len(suf) + 1:
                out.append(zh_name[: -len(suf)])
                break
    return out


def zh_translation():
    mo = os.path.join(LOCALE_DIR, "zh_CN", "LC_MESSAGES", "iso_3166-2.mo")
    if not os.path.exists(mo):
        fail(f"missing {mo} (install Debian package iso-codes)")
    with open(mo, "rb") as f:
        return gettext.GNUTranslations(f)


def build(sources):
    countries = {c["code"] for c in load_data("countries.json")["records"]}
    with open(ISO_CODES_3166_2, encoding="utf-8") as f:
        subs = json.load(f)["3166-2"]
    zh = zh_translation()
    rows = []
    skipped = set()
    seen_codes = set()
    for s in subs:
        code, name, typ = s["code"].strip(), s["name"].strip(), s["type"].strip()
        cc = code.split("-", 1)[0]
        if not re.fullmatch(r"[A-Z]{2}-[A-Z0-9]{1,3}", code) or not name or not typ:
            fail(f"iso_3166-2.json: malformed entry {s}")
        if code in seen_codes:
            fail(f"iso_3166-2.json: duplicate code {code}")
        seen_codes.add(code)
        if cc not in countries:
            skipped.add(cc)
            continue
        aliases = cn_aliases(code, name, zh.gettext(s["name"])) if cc == "CN" else []
        rows.append({"code": code, "country": cc, "name": name, "type": typ, "aliases": aliases})
    if skipped:
        fail(f"iso_3166-2.json has subdivisions of countries missing from countries.json: {sorted(skipped)}")

    # drop aliases that collide within the same country (with another region's name or alias)
    by_country = {}
    for r in rows:
        forms = by_country.setdefault(r["country"], {})
        for f in [r["name"], r["code"].split("-", 1)[1]] + r["aliases"]:
            forms.setdefault(cxx_fold(f), set()).add(r["code"])
    dropped = []
    for r in rows:
        forms = by_country[r["country"]]
        keep, seen = [], {cxx_fold(r["name"])}
        for a in r["aliases"]:
            n = cxx_fold(a)
            if n in seen:
                continue
            seen.add(n)
            if len(forms[n]) > 1:
                dropped.append((r["code"], a, sorted(forms[n])))
                continue
            keep.append(a)
        r["aliases"] = keep
        if r["code"] == "CN-XJ":
            for a in XJ_ALIASES:
                if a not in keep:
                    fail(f"CN-XJ alias {a!r} was dropped as colliding")
            r["presumption"] = UFLPA_PRESUMPTION
    rows.sort(key=lambda r: r["code"])
    if not any(r["code"] == "CN-XJ" for r in rows):
        fail("CN-XJ missing from iso_3166-2.json")
    return rows, dropped


def main(sources):
    rows, dropped = build(sources)
    m = manifest()
    write_json(FILE, dataset(m["id"], m["kind"], rows))
    print(f"regions: {len(rows)} records, {sum(len(r['aliases']) for r in rows)} aliases, "
          f"dropped {len(dropped)} colliding aliases {dropped}")


if __name__ == "__main__":
    main_wrapper(main)
