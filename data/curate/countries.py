#!/usr/bin/env python3
"""Build data/countries.json (dataset iso3166-countries, kind countries).

Sources:
  iso3166/country-codes.csv        datahub.io core "country-codes" (ISO 3166 / UNSD / CLDR), PDDL
  iso3166/countrynames-data.yaml   OpenSanctions countrynames, MIT (extra spellings)
  publisher spellings used by dol-goods/goods_2016.xml, tip-tiers/*.csv: every one must map.

Usage: python3 data/curate/countries.py [SOURCES_DIR]
"""
import html
import os
import sys

import yaml

sys.dont_write_bytecode = True  # keep data/curate free of __pycache__
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import (  # noqa: E402
    dataset, dol_goods_rows, fail, is_latin_foldable, main_wrapper, norm, read_csv, src, write_json,
)

FILE = "countries.json"
MANIFEST = {
    "id": "iso3166-countries",
    "kind": "countries",
    "file": FILE,
    "version": "country-codes@caa72d1e (2026-05-15)",
    "publisher": "datahub.io core datasets (country-codes, from ISO 3166 / UNSD M49 / UNTERM / CLDR)",
    "title": "Country codes (ISO 3166-1) with English names and aliases",
    "published": "2026-05-15",
    "source": "https://github.com/datasets/country-codes",
    "license": "ODC-PDDL-1.0 (country-codes); aliases from OpenSanctions countrynames are MIT",
    "notes": (
        "249 ISO 3166-1 rows of datahub country-codes (commit caa72d1e) plus XK (Kosovo, user-assigned code, "
        "names from OpenSanctions). Aliases: official_name_en, UNTERM English short/formal, CLDR display name, "
        "alpha-3, every country spelling used by the DOL List of Goods 2022 data and the TIP tier files, a small "
        "curated table of common spellings, and the Latin-script spellings of OpenSanctions countrynames "
        "(github.com/opensanctions/countrynames, data.yaml @02f99fe8, MIT, (c) OpenSanctions Datenbanken GmbH). "
        "Aliases whose normalized form maps to more than one country, or equals another country's alpha-2/alpha-3 "
        "code, are dropped (none this build), as are OpenSanctions spellings of 2 characters or fewer and ones equal "
        "to a commodity name (Corn, Iron, QAT). See docs/data.md."
    ),
}

# Display-name overrides where the CLDR display name is an abbreviation or uses a dash form.
NAME_OVERRIDES = {
    "BA": "Bosnia and Herzegovina",
    "CD": "Democratic Republic of the Congo",
    "CG": "Republic of the Congo",
    "GB": "United Kingdom",
    "US": "United States",
}

# Explicit table for publisher spellings that the generic columns do not cover (and a few
# that they do, to pin them). Every key must appear in no other country's forms.
PUBLISHER_OVERRIDES = {
    "Congo, Democratic Republic of the": "CD",   # DOL, TIP (HAWKEYE)
    "Democratic Republic of the Congo": "CD",    # Factbook
    "Congo, Republic of": "CG",                  # TIP (HAWKEYE)
    "Republic of Congo": "CG",                   # Factbook
    "Republic of the Congo": "CG",               # Factbook (older editions)
    "Burma": "MM",                               # DOL, TIP
    "Turkey (Türkiye)": "TR",                    # DOL, TIP
    "Macau S.A.R.": "MO",                        # TIP (HAWKEYE)
    "Macau": "MO",                               # Factbook
    "Hong Kong S.A.R.": "HK",                    # TIP (HAWKEYE)
    "Côte d’Ivoire": "CI",                       # TIP (typographic apostrophe)
    "Côte d'Ivoire": "CI",                       # DOL
    "Kyrgyz Republic": "KG",                     # DOL
    "North Korea": "KP",                         # DOL
    "Korea, Democratic Republic of": "KP",       # TIP (HAWKEYE spelling of the DPRK)
    "Democratic People's Republic of Korea": "KP",  # Factbook
    "Korea, Republic of": "KR",                  # TIP
    "Bahamas, The": "BS",                        # TIP
    "Gambia, The": "GM",                         # TIP
    "Micronesia, Federated States of": "FM",     # TIP
    "People's Republic of China": "CN",          # Factbook
    "Kosovo": "XK",                              # TIP
}

# Common spellings that must always resolve (checked at the end), plus a few frequent
# World Bank / press forms.
EXTRA_ALIASES = {
    "CD": ["DRC", "DR Congo", "Congo, Dem. Rep.", "Congo (Kinshasa)", "Congo-Kinshasa", "Zaire"],
    "CG": ["Congo, Rep.", "Congo (Brazzaville)", "Congo-Brazzaville"],
    "CI": ["Ivory Coast"],
    "CZ": ["Czech Republic"],
    "GB": ["UK", "Great Britain", "Britain"],
    "KP": ["DPRK", "Korea, Dem. People's Rep."],
    "KR": ["South Korea", "Korea, Rep."],
    "MM": ["Burma"],
    "SZ": ["Swaziland"],
    "TL": ["East Timor"],
    "TR": ["Türkiye", "Turkey"],
    "US": ["USA", "United States", "United States of America", "U.S.", "U.S.A."],
}

MUST_RESOLVE = {
    "DRC": "CD", "DR Congo": "CD", "Congo, Dem. Rep.": "CD", "Côte d'Ivoire": "CI",
    "Ivory Coast": "CI", "Burma": "MM", "Türkiye": "TR", "Turkey": "TR", "South Korea": "KR",
    "UK": "GB", "USA": "US", "United States": "US",
}

# OpenSanctions keys that are not ISO 3166-1 codes in country-codes.csv but whose names
# are taken over for an existing country (documented in docs/data.md).
OS_KEY_FOLD = {"ZR": "CD"}  # Zaire -> DR Congo
# OpenSanctions special key kept as a country of its own when country-codes.csv has no conflict.
OS_EXTRA_COUNTRIES = {"XK": "Kosovo"}


def commodity_vocabulary():
    """Normalized commodity names/aliases (commodities.TABLE) -> id; OpenSanctions country spellings
    equal to one of them (e.g. 'Iron', 'Corn') are not taken as country aliases."""
    from commodities import TABLE
    out = {}
    for c in TABLE:
        for f in [c["id"], c["name"]] + c["dol"] + c["aliases"]:
            out.setdefault(norm(f), c["id"])
    return out


def publisher_spellings(sources):
    """Every country spelling of the DOL goods XML and the TIP tier files: (spelling, where)."""
    out = []
    for r in dol_goods_rows(sources):
        out.append((r["country"], "dol-goods/goods_2016.xml Country_Name"))
        if r["derived_country"] not in ("", "No"):
            out.append((r["derived_country"], "dol-goods/goods_2016.xml Derived_Country"))
    for row in read_csv(src(sources, "dol-goods", "dol_tvpra_2024_removed_pairs_TRANSCRIBED.csv")):
        out.append((row["country_name_in_2022_data"].strip(), "dol_tvpra_2024_removed_pairs_TRANSCRIBED.csv"))
    tip_dir = src(sources, "tip-tiers")
    for fn in sorted(os.listdir(tip_dir)):
        if fn.startswith("tip_2025_") and fn.endswith(".csv") or fn in (
            "tip_2024-2025_special_case_haiti_TRANSCRIBED_ecoi.csv",
            "tip_tier2wl_tier3_2022-2025_from_factbook.csv",
        ):
            for row in read_csv(os.path.join(tip_dir, fn)):
                out.append((row["country_name_as_published"].strip(), "tip-tiers/" + fn))
    return out


def clean_unterm(s):
    """'Bahamas (the)' / 'Cook Islands (the) **' -> variants without markers."""
    s = s.replace("*", "").strip()
    variants = [s]
    if s.endswith(" (the)"):
        variants.append(s[: -len(" (the)")].strip())
    if s.startswith("the "):
        variants.append(s[len("the "):])
    return variants


def build(sources):
    rows = read_csv(src(sources, "iso3166", "country-codes.csv"))
    if len(rows) != 249:
        fail(f"country-codes.csv: expected 249 rows, found {len(rows)}")

    # claims[code] = list of (alias, tier, origin); tier 1 = protected (publisher/override/extra)
    countries = {}
    claims = {}
    for r in rows:
        code = r["ISO3166-1-Alpha-2"].strip()
        a3 = r["ISO3166-1-Alpha-3"].strip()
        num = r["ISO3166-1-numeric"].strip()
        if len(code) != 2 or len(a3) != 3 or not num.isdigit():
            fail(f"country-codes.csv: bad codes in row {r}")
        if code in countries:
            fail(f"country-codes.csv: duplicate alpha-2 {code}")
        cldr = r["CLDR display name"].strip()
        name = NAME_OVERRIDES.get(code) or cldr.replace(" & ", " and ") or r["official_name_en"].strip()
        if not name:
            fail(f"country-codes.csv: no English name for {code}")
        countries[code] = {"code": code, "alpha3": a3, "numeric": num.zfill(3), "name": name}
        cl = claims.setdefault(code, [])
        for col in ("official_name_en", "UNTERM English Short", "UNTERM English Formal", "CLDR display name"):
            for v in clean_unterm(r[col]) if r[col].strip() else []:
                cl.append((v, 2, "country-codes:" + col))
        cl.append((a3, 2, "alpha-3"))

    # OpenSanctions countrynames
    os_data = yaml.safe_load(open(src(sources, "iso3166", "countrynames-data.yaml"), encoding="utf-8"))
    fail_forms = {norm(str(x)) for x in os_data.get("FAIL", [])}
    for key, (xname) in OS_EXTRA_COUNTRIES.items():
        if key in countries or any(c["alpha3"] in ("XKX", "XKK") for c in countries.values()) or any(
            norm(c["name"]) == norm(xname) for c in countries.values()
        ):
            fail(f"country-codes.csv now has {key}/{xname}; revisit OS_EXTRA_COUNTRIES")
        countries[key] = {"code": key, "name": xname}
        claims[key] = []
    skipped_nonlatin = 0
    os_dropped = []  # (code, spelling, reason)
    commodity_forms = commodity_vocabulary()
    for key in sorted(os_data):
        if key == "FAIL":
            continue
        target = OS_KEY_FOLD.get(key, key)
        if target not in countries:
            continue
        for v in os_data[key] or []:
            v = " ".join(html.unescape(str(v)).split())
            if not is_latin_foldable(v):
                skipped_nonlatin += 1
                continue
            n = norm(v)
            if n in fail_forms or not n:
                continue
            if len(n) <= 2:
                os_dropped.append((target, v, "2 characters or fewer (code-like)"))
                continue
            if n in commodity_forms:
                os_dropped.append((target, v, f"is a commodity name/alias ({commodity_forms[n]})"))
                continue
            claims[target].append((v, 3, "opensanctions:" + key))

    # Curated extras and publisher spellings (protected: must resolve to exactly this country)
    for code, als in EXTRA_ALIASES.items():
        for a in als:
            claims[code].append((a, 1, "extra"))
    # resolve publisher spellings: override table first, then the unique generic forms
    generic = {}
    for code, cl in claims.items():
        for v, _, _ in cl + [(countries[code]["name"], 0, "name")]:
            generic.setdefault(norm(v), set()).add(code)
    unmapped = []
    for spelling, where in sorted(set(publisher_spellings(sources))):
        code = PUBLISHER_OVERRIDES.get(spelling)
        if code is None:
            hits = generic.get(norm(spelling), set())
            if len(hits) == 1:
                code = next(iter(hits))
        if code is None or code not in countries:
            unmapped.append(f"{spelling!r} ({where})")
            continue
        claims[code].append((spelling, 1, "publisher"))
    for k, code in PUBLISHER_OVERRIDES.items():
        if code not in countries:
            fail(f"PUBLISHER_OVERRIDES: unknown code {code} for {k!r}")
        claims[code].append((k, 1, "publisher-override"))
    if unmapped:
        fail("unmapped publisher country spellings (add them to PUBLISHER_OVERRIDES):\n  " + "\n  ".join(unmapped))

    # --- collision handling
    code_forms = {}
    for code, c in countries.items():
        code_forms[norm(code)] = code
        if c.get("alpha3"):
            code_forms[norm(c["alpha3"])] = code
    owners = {}  # normalized form -> {code: best tier}
    for code, c in countries.items():
        owners.setdefault(norm(c["name"]), {})[code] = 0
    for code, cl in claims.items():
        for v, tier, _ in cl:
            n = norm(v)
            if not n:
                continue
            d = owners.setdefault(n, {})
            d[code] = min(d.get(code, 9), tier)
    dropped = []
    for n, d in owners.items():
        names = [c for c, t in d.items() if t == 0]
        if len(names) > 1:
            fail(f"two countries share the display name form {n!r}: {names}")
        prot = [c for c, t in d.items() if t <= 1]
        if len(set(prot)) > 1:
            fail(f"protected spelling {n!r} claimed by several countries: {sorted(d.items())}")

    records = []
    for code in sorted(countries):
        c = countries[code]
        keep, seen = [], {norm(c["name"]), norm(code)}
        for v, tier, origin in sorted(claims[code], key=lambda x: x[1]):  # stable: tier order
            n = norm(v)
            if not n or n in seen:
                continue
            others = {o for o in owners[n] if o != code}
            reason = None
            if n in code_forms and code_forms[n] != code:
                reason = f"equals the code of {code_forms[n]}"
            elif others:
                best_other = min(owners[n][o] for o in others)
                if tier <= 1 and best_other > 1:
                    # protected spelling wins; the other countries' unprotected copies are dropped
                    pass
                else:
                    reason = "also claimed by " + ",".join(sorted(others))
            if reason:
                if tier <= 1:
                    fail(f"{code}: protected alias {v!r} would be dropped ({reason})")
                dropped.append((code, v, origin, reason))
                seen.add(n)
                continue
            seen.add(n)
            keep.append(v)
        rec = {"code": code}
        if "alpha3" in c:
            rec["alpha3"] = c["alpha3"]
            rec["numeric"] = c["numeric"]
        rec["name"] = c["name"]
        rec["aliases"] = keep
        records.append(rec)

    # --- checks
    index = {}
    for rec in records:
        for f in [rec["code"], rec["name"], rec.get("alpha3", "")] + rec["aliases"]:
            n = norm(f)
            if not n:
                continue
            if index.get(n, rec["code"]) != rec["code"]:
                fail(f"ambiguous form after dedupe: {f!r} -> {index[n]} and {rec['code']}")
            index[n] = rec["code"]
    for s, want in MUST_RESOLVE.items():
        if index.get(norm(s)) != want:
            fail(f"{s!r} must resolve to {want}, got {index.get(norm(s))}")
    for spelling, where in publisher_spellings(sources):
        if norm(spelling) not in index:
            fail(f"publisher spelling {spelling!r} ({where}) does not resolve")
    return records, dropped + os_dropped, skipped_nonlatin


def main(sources):
    records, dropped, skipped = build(sources)
    write_json(FILE, dataset(MANIFEST["id"], MANIFEST["kind"], records))
    n_alias = sum(len(r["aliases"]) for r in records)
    print(f"countries: {len(records)} records, {n_alias} aliases; dropped {len(dropped)} aliases "
          f"(collisions, code-like or commodity words); skipped {skipped} non-Latin OpenSanctions spellings")
    if os.environ.get("CURATE_VERBOSE"):
        for d in dropped:
            print("  dropped", d)


if __name__ == "__main__":
    main_wrapper(main)
