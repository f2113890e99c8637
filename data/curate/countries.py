#!/usr/bin/env python3
"""Build data/countries.json (dataset iso3166-countries, kind countries).

Sources:
  iso3166/country-codes.csv        datahub.io core "country-codes" (ISO 3166 / UNSD / UNTERM / CLDR), PDDL
  iso3166/countrynames-data.yaml   OpenSanctions countrynames, MIT (extra spellings, filtered by language)
  /usr/share/iso-codes/json/iso_3166-1.json and its translations
      /usr/share/locale/<lang>/LC_MESSAGES/iso_3166-1.mo   Debian iso-codes (LGPL-2.1+): ISO English short,
      official and common names, and the reference names that tell which language an OpenSanctions
      spelling is in
  publisher spellings used by dol-goods/goods_2016.xml, tip-tiers/*.csv: every one must map.

Alias policy (docs/data.md, "countries"): the names a bill of materials really contains.
  * protected: a curated table of common spellings (DRC, UK, USA, Burma, Zaire, ...) and every
    country spelling of the DOL/TIP source files;
  * English names: ISO short/official/common name (iso-codes), official_name_en, UNTERM English
    short/formal and the CLDR display name (country-codes.csv);
  * OpenSanctions spellings only when they are written in English or one of the major trade
    languages French, Spanish, Portuguese, German, Italian, Dutch (decided against the iso-codes
    translations and the UNTERM/official names of that language, see `latin_language`), or are the
    country's name in Chinese, Japanese, Korean, Arabic or Russian (see `script_language`);
  * nothing that folds to a key the country already has, nothing of 2 characters or fewer,
    no commodity word, and no alias that folds to a key of another country.

Usage: python3 data/curate/countries.py [SOURCES_DIR]
"""
import gettext
import html
import json
import os
import re
import sys
import unicodedata

import yaml

sys.dont_write_bytecode = True  # keep data/curate free of __pycache__
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import (  # noqa: E402
    dataset, dol_goods_rows, fail, is_latin_foldable, main_wrapper, norm, read_csv, src, write_json,
)

FILE = "countries.json"
ISO_CODES_3166_1 = "/usr/share/iso-codes/json/iso_3166-1.json"
LOCALE_DIR = "/usr/share/locale"

MANIFEST = {
    "id": "iso3166-countries",
    "kind": "countries",
    "file": FILE,
    "version": "country-codes@caa72d1e (2026-05-15)",
    "publisher": "datahub.io core datasets (country-codes, from ISO 3166 / UNSD M49 / UNTERM / CLDR)",
    "title": "Country codes (ISO 3166-1) with English names and aliases",
    "published": "2026-05-15",
    "source": "https://github.com/datasets/country-codes",
    "license": ("ODC-PDDL-1.0 (country-codes); aliases from OpenSanctions countrynames are MIT; "
                "ISO names and translations from Debian iso-codes are LGPL-2.1+"),
    "notes": (
        "249 ISO 3166-1 rows of datahub country-codes (commit caa72d1e) plus XK (Kosovo, user-assigned code). "
        "Aliases are the names a bill of materials uses: a curated table of common spellings (DRC, UK, USA, "
        "Burma, Zaire, ...), every country spelling of the DOL List of Goods and TIP tier files, the ISO "
        "short/official/common English names (Debian iso-codes 4.15.0), official_name_en, UNTERM English and "
        "the CLDR display name, and those OpenSanctions countrynames spellings (data.yaml @02f99fe8, MIT, "
        "(c) OpenSanctions Datenbanken GmbH) that are English, French, Spanish, Portuguese, German, Italian "
        "or Dutch (checked against the iso-codes translations and the UNTERM names), and the country's own name in "
        "Chinese, Japanese, Korean, Arabic or Russian when common.norm keeps non-Latin letters (NON_LATIN_OK; "
        "withheld otherwise). Spellings that fold to a "
        "key the country already has, of 2 characters or fewer, equal to a commodity name, or claimed by two "
        "countries are dropped. See docs/data.md."
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

# Common spellings a BOM uses that the generic sources miss or that must be pinned: short forms,
# World Bank / CIA inverted forms, and former names still in common use (Burma, Zaire, Swaziland,
# Macedonia, ...). Obscure former names (Dahomey, Upper Volta, Kampuchea, ...) are not added.
EXTRA_ALIASES = {
    "AE": ["UAE", "U.A.E."],
    "BA": ["Bosnia"],
    "CD": ["DRC", "DR Congo", "Congo, Dem. Rep.", "Congo (Kinshasa)", "Congo-Kinshasa", "Zaire"],
    "CG": ["Congo, Rep.", "Congo (Brazzaville)", "Congo-Brazzaville"],
    "CI": ["Ivory Coast"],
    "CN": ["PRC", "P.R. China", "Mainland China"],
    "CV": ["Cape Verde", "Cabo Verde"],
    "CZ": ["Czech Republic"],
    "GB": ["UK", "U.K.", "Great Britain", "Britain", "England", "Scotland", "Wales", "Northern Ireland"],
    "KP": ["DPRK", "Korea, Dem. People's Rep.", "Korea, North"],
    "KR": ["South Korea", "Korea, Rep.", "Korea, South", "Republic of Korea"],
    "MK": ["Macedonia"],
    "MM": ["Burma"],
    "NL": ["Holland"],
    "PS": ["Palestine"],
    "SZ": ["Swaziland"],
    "TL": ["East Timor"],
    "TR": ["Türkiye", "Turkey"],
    "TW": ["Chinese Taipei"],
    "US": ["USA", "United States", "United States of America", "U.S.", "U.S.A."],
    "VA": ["Vatican", "Holy See"],
}

MUST_RESOLVE = {
    "DRC": "CD", "DR Congo": "CD", "Congo, Dem. Rep.": "CD", "Côte d'Ivoire": "CI", "Côte d’Ivoire": "CI",
    "Ivory Coast": "CI", "Burma": "MM", "Zaire": "CD", "Türkiye": "TR", "Turkey": "TR", "South Korea": "KR",
    "UK": "GB", "USA": "US", "United States": "US", "Congo": "CG",
}

# OpenSanctions keys that are not ISO 3166-1 codes in country-codes.csv but whose names
# are taken over for an existing country (documented in docs/data.md).
OS_KEY_FOLD = {"ZR": "CD"}  # Zaire -> DR Congo
# OpenSanctions special key kept as a country of its own when country-codes.csv has no conflict.
OS_EXTRA_COUNTRIES = {"XK": "Kosovo"}

# ---------------------------------------------------------------- languages
# Latin-script trade languages: iso-codes locales and country-codes.csv columns whose names are the
# reference for that language. English is handled from the English columns.
LATIN_LANGS = {
    "fr": (["fr"], ["official_name_fr", "UNTERM French Short", "UNTERM French Formal"]),
    "es": (["es"], ["official_name_es", "UNTERM Spanish Short", "UNTERM Spanish Formal"]),
    "pt": (["pt", "pt_BR"], []),
    "de": (["de"], []),
    "it": (["it"], []),
    "nl": (["nl"], []),
}
# Words that may join the name words of a language without changing the name (articles,
# prepositions, "Republic", "St" ...). A multi-word spelling is of language L when all its words
# are words of L's reference names of that country or of this list.
GLUE = {
    "en": "the of and republic rep st saint s",
    "fr": "la le les l de du des d et republique rep etat iles ile saint st",
    "es": "la el los las de del y republica rep estado islas isla san santa",
    "pt": "a o os as da do das dos de e republica rep estado ilhas ilha sao santa",
    "de": "die der das des von und republik rep staat inseln insel sankt st",
    "it": "la il lo le gli i di del della dei delle d e repubblica rep stato isole isola san santa",
    "nl": "de het van en republiek rep staat eilanden eiland sint st",
}
# Non-Latin scripts: the country's own name in Chinese, Japanese, Korean, Arabic, Russian.
SCRIPT_LANGS = {
    "zh": (["zh_CN", "zh_TW", "zh_HK"], ["official_name_cn", "UNTERM Chinese Short", "UNTERM Chinese Formal"]),
    "ja": (["ja"], []),
    "ko": (["ko"], []),
    "ar": (["ar"], ["official_name_ar", "UNTERM Arabic Short", "UNTERM Arabic Formal"]),
    "ru": (["ru"], ["official_name_ru", "UNTERM Russian Short", "UNTERM Russian Formal"]),
}


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
    """UNTERM listing form -> the name as written: 'Bahamas (the)' -> 'Bahamas', 'the Republic of
    Korea' -> 'Republic of Korea', 'Cook Islands (the) **' -> 'Cook Islands'. French/Spanish
    articles ('(la)', 'la ') likewise."""
    s = s.replace("*", "").strip()
    s = re.sub(r"\s*\((the|la|le|les|l'|el|los|las)\)$", "", s).strip()
    s = re.sub(r"^(the|la|le|les|el|los|las) ", "", s).strip()
    s = re.sub(r"^l'", "", s).strip()
    return [s] if s else []


# ---------------------------------------------------------------- the resolver's key
# A copy of src/text/fold.cpp: the key the C++ resolver matches names on. It lowercases ASCII,
# folds Latin-1 Supplement and Latin Extended-A letters to ASCII, drops apostrophes and combining
# marks, turns ASCII punctuation and a few Unicode separators into one space, and keeps every
# other character (Cyrillic, Arabic, Han, Kana, Hangul, other Latin letters) as it is.
_CXX_LATIN = [
    (0xC0, 0xC5, "a"), (0xC6, 0xC6, "ae"), (0xC7, 0xC7, "c"), (0xC8, 0xCB, "e"), (0xCC, 0xCF, "i"),
    (0xD0, 0xD0, "d"), (0xD1, 0xD1, "n"), (0xD2, 0xD6, "o"), (0xD7, 0xD7, ""), (0xD8, 0xD8, "o"),
    (0xD9, 0xDC, "u"), (0xDD, 0xDD, "y"), (0xDE, 0xDE, "th"), (0xDF, 0xDF, "ss"), (0xE0, 0xE5, "a"),
    (0xE6, 0xE6, "ae"), (0xE7, 0xE7, "c"), (0xE8, 0xEB, "e"), (0xEC, 0xEF, "i"), (0xF0, 0xF0, "d"),
    (0xF1, 0xF1, "n"), (0xF2, 0xF6, "o"), (0xF7, 0xF7, ""), (0xF8, 0xF8, "o"), (0xF9, 0xFC, "u"),
    (0xFD, 0xFD, "y"), (0xFE, 0xFE, "th"), (0xFF, 0xFF, "y"), (0x100, 0x105, "a"), (0x106, 0x10D, "c"),
    (0x10E, 0x111, "d"), (0x112, 0x11B, "e"), (0x11C, 0x123, "g"), (0x124, 0x127, "h"), (0x128, 0x131, "i"),
    (0x132, 0x133, "ij"), (0x134, 0x135, "j"), (0x136, 0x138, "k"), (0x139, 0x142, "l"), (0x143, 0x14B, "n"),
    (0x14C, 0x151, "o"), (0x152, 0x153, "oe"), (0x154, 0x159, "r"), (0x15A, 0x161, "s"), (0x162, 0x167, "t"),
    (0x168, 0x173, "u"), (0x174, 0x175, "w"), (0x176, 0x178, "y"), (0x179, 0x17E, "z"), (0x17F, 0x17F, "s"),
]


def cxx_fold(s):
    out, pending = [], False

    def emit(piece):
        nonlocal pending
        if pending and out:
            out.append(" ")
        pending = False
        out.append(piece)

    for ch in s:
        cp = ord(ch)
        if cp < 0x80:
            c = ch.lower()
            if c.isascii() and (c.isalnum()):
                emit(c)
            elif ch not in "'`":
                pending = True
            continue
        base = next((b for lo, hi, b in _CXX_LATIN if lo <= cp <= hi), None)
        if base is not None:
            if base == "":
                pending = True
            else:
                emit(base)
        elif cp in (0xB4, 0x2018, 0x2019, 0x02BC) or 0x300 <= cp <= 0x36F:
            pass
        elif (0x80 <= cp <= 0xBF or 0x2000 <= cp <= 0x206F or 0x3000 <= cp <= 0x3003
              or 0xFF01 <= cp <= 0xFF0F or cp == 0xFFFD):
            pending = True
        else:
            emit(ch)
    return "".join(out)


def keys_of(s):
    """The keys a spelling occupies: the C++ resolver's key and, for Latin script, common.norm
    (which the Python curation scripts and verify.py use)."""
    ks = {k for k in (cxx_fold(s), norm(s)) if k}
    return ks


# Non-Latin aliases need a common.norm that keeps non-Latin letters (as src/text/fold.cpp does):
# the current one maps every such spelling to the empty string, so common.CountryResolver and
# verify.py would see them all as one name shared by every country.
NON_LATIN_OK = norm("Германия") != ""


# ---------------------------------------------------------------- language tests
_ARABIC_MARKS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")


def script_key(s):
    """Comparison key for Arabic/Cyrillic reference matching: NFC, no Arabic diacritics or tatweel,
    casefolded, ё->е, punctuation to spaces."""
    s = _ARABIC_MARKS.sub("", unicodedata.normalize("NFC", s)).casefold().replace("ё", "е")
    s = re.sub(r"[\s\-‐-―.,()'’«»\"]+", " ", s)
    return s.strip()


def script_of(s):
    """'cjk' (Han/Kana/Hangul only), 'arabic', 'cyrillic', 'latin' or 'other'."""
    letters = [c for c in s if c.isalpha()]
    if not letters:
        return "other"
    def block(c):
        cp = ord(c)
        if cp < 0x250 or 0x1E00 <= cp <= 0x1EFF:
            return "latin"
        if 0x400 <= cp <= 0x52F:
            return "cyrillic"
        if 0x600 <= cp <= 0x6FF or 0x750 <= cp <= 0x77F or 0xFB50 <= cp <= 0xFEFF:
            return "arabic"
        if (0x3040 <= cp <= 0x30FF or 0x3400 <= cp <= 0x9FFF or 0xAC00 <= cp <= 0xD7AF
                or 0x1100 <= cp <= 0x11FF or 0xF900 <= cp <= 0xFAFF):
            return "cjk"
        return "other"
    kinds = {block(c) for c in letters}
    return kinds.pop() if len(kinds) == 1 else "other"


def words(s):
    return norm(s).split()


class LanguageRefs:
    """Reference names of each country per language: iso-codes translations + country-codes columns."""

    def __init__(self, rows_by_code, iso_entries):
        self.latin = {}   # code -> lang -> (set of normalized full names, set of words)
        self.script = {}  # code -> lang -> set of script_key full names
        self.english = {}  # code -> (names, words)
        trans = {}
        for lang, (locales, _) in list(LATIN_LANGS.items()) + list(SCRIPT_LANGS.items()):
            for loc in locales:
                mo = os.path.join(LOCALE_DIR, loc, "LC_MESSAGES", "iso_3166-1.mo")
                if not os.path.exists(mo):
                    fail(f"missing iso-codes translation {mo} (install Debian package iso-codes)")
                trans[loc] = gettext.GNUTranslations(open(mo, "rb"))
        for code, e in iso_entries.items():
            msgids = [e[k] for k in ("name", "official_name", "common_name") if k in e]
            row = rows_by_code.get(code, {})
            for lang, (locales, cols) in LATIN_LANGS.items():
                names = [trans[loc].gettext(m) for loc in locales for m in msgids if trans[loc].gettext(m) != m]
                names += [v for col in cols if row.get(col) for v in clean_unterm(row[col])]
                self.latin.setdefault(code, {})[lang] = self._latin_sets(names)
            for lang, (locales, cols) in SCRIPT_LANGS.items():
                names = [trans[loc].gettext(m) for loc in locales for m in msgids if trans[loc].gettext(m) != m]
                names += [row[col] for col in cols if row.get(col)]
                full = set()
                for n in names:
                    for part in re.split(r"[()（）،,、]", n):  # '大韓民国 (韓国)' -> both names
                        if script_key(part):
                            full.add(script_key(part))
                self.script.setdefault(code, {})[lang] = full

    @staticmethod
    def _latin_sets(names):
        full, ws = set(), set()
        for n in names:
            if norm(n):
                full.add(norm(n))
                ws.update(words(n))
        return full, ws

    @staticmethod
    def _core(ws, glue):
        return tuple(w for w in ws if w not in glue)

    def set_english(self, code, names):
        self.english[code] = self._latin_sets(names)

    def latin_language(self, code, spelling):
        """The language ('en', 'fr', ...) whose reference names of `code` this Latin spelling is
        written in, or None. A spelling that equals a reference name, or equals one once GLUE words
        (articles, 'Republic', 'St', ...) are left out, is of that language. Otherwise it may reorder
        or shorten the reference names, but must use no word outside them and GLUE, at least two
        words that are not GLUE, and no one-letter word."""
        n = norm(spelling)
        ws = n.split()
        cands = [("en", self.english.get(code, (set(), set())))]
        cands += [(lang, sets) for lang, sets in self.latin.get(code, {}).items()]
        for lang, (full, vocab) in cands:
            if n in full:
                return lang
        if any(len(w) == 1 for w in ws):
            return None  # truncated or initials: 'Côte d', 'S.U.A.', Zulu 'i -Taiwan'
        for lang, (full, vocab) in cands:
            glue = set(GLUE[lang].split())
            core = self._core(ws, glue)
            if core and any(core == self._core(f.split(), glue) for f in full):
                return lang  # a reference name with articles etc.: 'The Netherlands', 'Republic of Kosovo'
            if all(w in vocab or w in glue for w in ws) and len(core) >= 2:
                return lang
        return None

    def script_language(self, code, spelling):
        """'zh'/'ja'/'ko' for a spelling written only in Han/Kana/Hangul; 'ar'/'ru' when an Arabic or
        Cyrillic spelling equals the Arabic/Russian reference name; else None."""
        sc = script_of(spelling)
        if sc == "cjk":
            if any(c.isascii() and not c.isspace() for c in spelling) or len(spelling.strip()) < 2:
                return None  # CLDR-style '剛果 - 金夏沙', or a single character
            if any(0xAC00 <= ord(c) <= 0xD7AF for c in spelling):
                return "ko"
            if any(0x3040 <= ord(c) <= 0x30FF for c in spelling):
                return "ja"
            return "zh"
        refs = self.script.get(code, {})
        if sc == "arabic" and script_key(spelling) in refs.get("ar", set()):
            return "ar"
        if sc == "cyrillic" and script_key(spelling) in refs.get("ru", set()):
            return "ru"
        return None


# ---------------------------------------------------------------- build
def build(sources):
    rows = read_csv(src(sources, "iso3166", "country-codes.csv"))
    if len(rows) != 249:
        fail(f"country-codes.csv: expected 249 rows, found {len(rows)}")
    with open(ISO_CODES_3166_1, encoding="utf-8") as f:
        iso_entries = {e["alpha_2"]: e for e in json.load(f)["3166-1"]}

    # claims[code] = list of (alias, tier, origin); tier 1 = protected (publisher/override/extra),
    # 2 = English names of the reference columns, 3 = OpenSanctions spellings.
    countries, claims, rows_by_code = {}, {}, {}
    english_names = {}
    for r in rows:
        code = r["ISO3166-1-Alpha-2"].strip()
        a3 = r["ISO3166-1-Alpha-3"].strip()
        num = r["ISO3166-1-numeric"].strip()
        if len(code) != 2 or len(a3) != 3 or not num.isdigit():
            fail(f"country-codes.csv: bad codes in row {r}")
        if code in countries:
            fail(f"country-codes.csv: duplicate alpha-2 {code}")
        if code not in iso_entries or iso_entries[code]["alpha_3"] != a3:
            fail(f"iso-codes iso_3166-1.json disagrees with country-codes.csv on {code}/{a3}")
        rows_by_code[code] = r
        cldr = r["CLDR display name"].strip()
        name = NAME_OVERRIDES.get(code) or cldr.replace(" & ", " and ") or r["official_name_en"].strip()
        if not name:
            fail(f"country-codes.csv: no English name for {code}")
        countries[code] = {"code": code, "alpha3": a3, "numeric": num.zfill(3), "name": name}
        cl = claims.setdefault(code, [])
        en = english_names.setdefault(code, [name])
        for col in ("official_name_en", "UNTERM English Short", "UNTERM English Formal", "CLDR display name"):
            for v in clean_unterm(r[col]) if r[col].strip() else []:
                cl.append((v, 2, "country-codes:" + col))
                en.append(v)
        iso = iso_entries[code]
        for k in ("name", "official_name", "common_name"):
            if k in iso:
                cl.append((iso[k], 2, "iso-codes:" + k))
                en.append(iso[k])
    if len(iso_entries) != len(countries):
        fail(f"iso-codes has {len(iso_entries)} countries, country-codes.csv {len(countries)}")

    for key, xname in OS_EXTRA_COUNTRIES.items():
        if key in countries or any(c["alpha3"] in ("XKX", "XKK") for c in countries.values()) or any(
            norm(c["name"]) == norm(xname) for c in countries.values()
        ):
            fail(f"country-codes.csv now has {key}/{xname}; revisit OS_EXTRA_COUNTRIES")
        countries[key] = {"code": key, "name": xname}
        claims[key] = []
        english_names[key] = [xname]

    # Curated extras and publisher spellings (protected: must resolve to exactly this country)
    for code, als in EXTRA_ALIASES.items():
        for a in als:
            claims[code].append((a, 1, "extra"))
            english_names[code].append(a)
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
        english_names[code].append(spelling)
    for k, code in PUBLISHER_OVERRIDES.items():
        if code not in countries:
            fail(f"PUBLISHER_OVERRIDES: unknown code {code} for {k!r}")
        claims[code].append((k, 1, "publisher-override"))
        english_names[code].append(k)
    if unmapped:
        fail("unmapped publisher country spellings (add them to PUBLISHER_OVERRIDES):\n  " + "\n  ".join(unmapped))

    # OpenSanctions countrynames, filtered by language
    refs = LanguageRefs(rows_by_code, iso_entries)
    for code, names in english_names.items():
        refs.set_english(code, names)
    os_data = yaml.safe_load(open(src(sources, "iso3166", "countrynames-data.yaml"), encoding="utf-8"))
    fail_forms = {norm(str(x)) for x in os_data.get("FAIL", [])}
    commodity_forms = commodity_vocabulary()
    stats = {"os_total": 0, "os_kept_lang": {}, "os_other_language": 0, "os_short": 0, "os_commodity": 0,
             "os_fail_list": 0, "os_non_latin_withheld": 0}
    os_dropped = []  # (code, spelling, reason)
    for key in sorted(os_data):
        if key == "FAIL":
            continue
        target = OS_KEY_FOLD.get(key, key)
        if target not in countries:
            continue
        for v in os_data[key] or []:
            v = " ".join(html.unescape(str(v)).split())
            stats["os_total"] += 1
            if is_latin_foldable(v):
                n = norm(v)
                if not n or n in fail_forms:
                    stats["os_fail_list"] += 1
                    continue
                if len(n.replace(" ", "")) <= 2:
                    stats["os_short"] += 1
                    os_dropped.append((target, v, "2 characters or fewer (code-like)"))
                    continue
                if n in commodity_forms:
                    stats["os_commodity"] += 1
                    os_dropped.append((target, v, f"is a commodity name/alias ({commodity_forms[n]})"))
                    continue
                lang = refs.latin_language(target, v)
            else:
                lang = refs.script_language(target, v)
                if lang and not NON_LATIN_OK:
                    stats["os_non_latin_withheld"] += 1
                    continue
            if lang is None:
                stats["os_other_language"] += 1
                continue
            claims[target].append((v, 3, "opensanctions:" + key + ":" + lang))

    # --- collision handling: every key (resolver key and common.norm) belongs to one country.
    # The claim with the best tier wins; equal best tiers of two countries drop the key for all.
    code_forms = {}
    for code, c in countries.items():
        for k in keys_of(code) | (keys_of(c["alpha3"]) if c.get("alpha3") else set()):
            code_forms[k] = code
    owners = {}  # key -> {code: best tier}
    for code, c in countries.items():
        for k in keys_of(c["name"]):
            owners.setdefault(k, {})[code] = 0
    for code, cl in claims.items():
        for v, tier, _ in cl:
            for k in keys_of(v):
                d = owners.setdefault(k, {})
                d[code] = min(d.get(code, 9), tier)
    for k, d in owners.items():
        names = [c for c, t in d.items() if t == 0]
        if len(names) > 1:
            fail(f"two countries share the display name form {k!r}: {names}")
        prot = [c for c, t in d.items() if t <= 1]
        if len(prot) > 1:
            fail(f"protected spelling {k!r} claimed by several countries: {sorted(d.items())}")

    def winner(k):
        d = owners[k]
        best = min(d.values())
        who = [c for c, t in d.items() if t == best]
        return who[0] if len(who) == 1 else None

    records, dropped = [], []
    origin_counts = {}
    for code in sorted(countries):
        c = countries[code]
        keep = []
        seen = keys_of(c["name"]) | keys_of(code) | (keys_of(c["alpha3"]) if c.get("alpha3") else set())
        for v, tier, origin in sorted(claims[code], key=lambda x: x[1]):  # stable: tier order
            ks = keys_of(v)
            if not ks or cxx_fold(v) in seen:
                continue  # same resolver key as the name, a code or a kept alias
            reason = None
            for k in ks:
                if k in code_forms and code_forms[k] != code:
                    reason = f"equals the code of {code_forms[k]}"
                elif winner(k) != code:
                    reason = "also claimed by " + ",".join(sorted(o for o in owners[k] if o != code))
                if reason:
                    break
            if reason:
                if tier <= 1:
                    fail(f"{code}: protected alias {v!r} would be dropped ({reason})")
                dropped.append((code, v, origin, reason))
                continue
            seen |= ks
            keep.append(v)
            kind = origin.rsplit(":", 1)[1] if origin.startswith("opensanctions:") else origin.split(":")[0]
            origin_counts[kind] = origin_counts.get(kind, 0) + 1
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
            for k in keys_of(f):
                if index.get(k, rec["code"]) != rec["code"]:
                    fail(f"ambiguous form after dedupe: {f!r} -> {index[k]} and {rec['code']}")
                index[k] = rec["code"]
    must = dict(MUST_RESOLVE)
    for code, r in rows_by_code.items():
        must[r["CLDR display name"]] = code
        if r["official_name_en"]:
            must[r["official_name_en"]] = code
        for k in ("name", "official_name", "common_name"):
            if k in iso_entries[code]:
                must[iso_entries[code][k]] = code
    for s, want in must.items():
        if index.get(cxx_fold(s)) != want or index.get(norm(s)) != want:
            fail(f"{s!r} must resolve to {want}, got {index.get(cxx_fold(s))}")
    for spelling, where in publisher_spellings(sources):
        if norm(spelling) not in index:
            fail(f"publisher spelling {spelling!r} ({where}) does not resolve")
    stats["os_kept_lang"] = {k: v for k, v in sorted(origin_counts.items()) if len(k) == 2}
    stats["by_origin"] = dict(sorted(origin_counts.items()))
    return records, dropped + os_dropped, stats


def main(sources):
    records, dropped, stats = build(sources)
    write_json(FILE, dataset(MANIFEST["id"], MANIFEST["kind"], records))
    n_alias = sum(len(r["aliases"]) for r in records)
    print(f"countries: {len(records)} records, {n_alias} aliases {stats['by_origin']}; "
          f"OpenSanctions: {stats['os_total']} spellings, {stats['os_other_language']} not in an accepted "
          f"language, {stats['os_short']} code-like, {stats['os_commodity']} commodity words, "
          f"{stats['os_non_latin_withheld']} Chinese/Japanese/Korean/Arabic/Russian withheld"
          f"{'' if NON_LATIN_OK else ' (common.norm drops non-Latin letters)'}; "
          f"{sum(1 for d in dropped if len(d) == 4)} dropped as claimed twice or code-equal")
    if os.environ.get("CURATE_VERBOSE"):
        for d in dropped:
            print("  dropped", d)


if __name__ == "__main__":
    main_wrapper(main)
