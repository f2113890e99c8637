#!/usr/bin/env python3
"""Write a deterministic, realistic synthetic BOM of N data lines to stdout.

Usage: tests/bench/gen_bom.py N [--seed S] [--format csv] [--data DIR] > bom.csv

The values come from the project's datasets (data/*.json), so they look like what an ERP
export holds and exercise every path of the resolver:
  - commodities by name, alias or a free-text material ("copper cathode, grade A"), some
    lines identified only by an HS code (dotted or not) and a description;
  - countries as ISO alpha-2, alpha-3, names and aliases ("DRC", "Côte d'Ivoire",
    "Burma", "Türkiye"), in mixed case; origins drawn more often from the countries with a
    finding for the line's commodity, so the scores are not all zero;
  - regions on some lines (Xinjiang spelled several ways on China lines);
  - suppliers: a few thousand innocent names plus near-misses of UFLPA entity names
    (exact, reordered words, dropped "Co., Ltd.", a typo, upper case);
  - about 10% of lines in multi-level assemblies (parent naming an earlier line's id),
    about 5% without an origin, about 1% with an unresolvable value;
  - certifications on a few lines, quantities and spend.
Average about 90 bytes a line: 1,000,000 lines is about 90 MB. The output depends only on
N, the seed and the datasets; it is streamed, so 5,000,000 lines take constant memory.
"""

import argparse
import json
import os
import random
import sys

HEADER = ("part_number,parent,description,material,hs_code,supplier,supplier_country,"
          "country_of_origin,region,qty,uom,spend,currency,certifications")

# Countries BOM lines come from besides those with findings: big producers and traders.
TRADE_COUNTRIES = ("CN CN CN CN US DE IN IN VN MX JP KR MY TH ID BR TR IT PL CZ FR GB ES NL "
                   "BE CH AT SE TW PH BD PK CL PE CD ZM ZA AU CA RS MA EG NG GH CI KE UZ KZ "
                   "RU SA AE AR CO").split()

# Home towns of the innocent suppliers, with their country.
TOWNS = [("Shenzhen", "CN"), ("Ningbo", "CN"), ("Dongguan", "CN"), ("Suzhou", "CN"),
         ("Xiamen", "CN"), ("Foshan", "CN"), ("Mumbai", "IN"), ("Chennai", "IN"),
         ("Pune", "IN"), ("Tiruppur", "IN"), ("Monterrey", "MX"), ("Puebla", "MX"),
         ("Hamburg", "DE"), ("Stuttgart", "DE"), ("Penang", "MY"), ("Johor", "MY"),
         ("Saigon", "VN"), ("Hai Phong", "VN"), ("Dhaka", "BD"), ("Chittagong", "BD"),
         ("Izmir", "TR"), ("Bursa", "TR"), ("Lubumbashi", "CD"), ("Kolwezi", "CD"),
         ("Kitwe", "ZM"), ("Antofagasta", "CL"), ("Arequipa", "PE"), ("Sao Paulo", "BR"),
         ("Surabaya", "ID"), ("Rayong", "TH"), ("Busan", "KR"), ("Osaka", "JP"),
         ("Detroit", "US"), ("Houston", "US"), ("Milano", "IT"), ("Lodz", "PL"),
         ("Sialkot", "PK"), ("Faisalabad", "PK"), ("Abidjan", "CI"), ("Accra", "GH")]
CORES = ("Bright Golden United Pacific Apex Star Harmony Evergreen Sunrise Orient Delta "
         "Summit Prime Allied Northern Coastal Greatwall Silverline Bluewater Crown Eagle "
         "Lotus Phoenix Jade Atlas Nova Vertex Meridian Horizon Keystone").split()
TRADES = ("Metals Textiles Components Trading Mining Electronics Plastics Agro Foods "
          "Industrial Materials Garments Minerals Packaging Chemicals Rubber Wire Logistics "
          "Industries Resources").split()
SUFFIXES = {"CN": ["Co., Ltd.", "Co. Ltd", "Trading Co."], "IN": ["Pvt. Ltd.", "Ltd", "Exports"],
            "MX": ["S.A. de C.V."], "DE": ["GmbH", "AG"], "MY": ["Sdn. Bhd."], "VN": ["JSC", "Co., Ltd."],
            "BD": ["Ltd."], "TR": ["A.S.", "Ltd. Sti."], "CD": ["SARL", "SA"], "ZM": ["Ltd"],
            "CL": ["S.A.", "SpA"], "PE": ["S.A.C."], "BR": ["Ltda."], "ID": ["PT", "Tbk"],
            "TH": ["Co., Ltd."], "KR": ["Co., Ltd.", "Corp."], "JP": ["K.K.", "Corporation"],
            "US": ["Inc.", "LLC", "Corp."], "IT": ["S.p.A.", "S.r.l."], "PL": ["Sp. z o.o."],
            "PK": ["(Pvt) Ltd."], "CI": ["SA", "SARL"], "GH": ["Ltd"]}

SPECS = ("", "", "", ", grade A", ", 25 kg bag", ", bulk", ", lot", ", batch", " for housing",
         ", premium", ", refined", ", type II", ", spec B", ", std")
UNITS = ("kg", "kg", "pcs", "pcs", "t", "m", "l", "set")
CURRENCIES = ("USD", "USD", "USD", "EUR", "EUR", "CNY", "INR", "JPY")
NO_ORIGIN = ("", "", "", "unknown", "N/A", "various", "-", "TBD")
BAD_MATERIALS = ("unobtainium alloy", "flux compound X-7", "misc. consumables", "part kit 44B",
                 "adamantium sheet", "recycled blend (mixed)")
BAD_COUNTRIES = ("Narnia", "Atlantis", "Wakanda", "Elbonia", "Genovia", "EU/Asia", "ZZ", "XX")
BAD_HS = ("999999", "0000", "98.76.54", "HS-TBD")
BAD_REGIONS = ("Mordor", "North Province 9", "Zone Z")
XINJIANG = ("Xinjiang", "Xinjiang", "XUAR", "CN-XJ", "Xinjiang Uyghur Autonomous Region",
            "Xinjiang Uygur", "xinjiang")
ASSEMBLIES = (("Cable assembly", "copper-wire"), ("Battery pack", "lithium-ion-battery"),
              ("Solar module assembly", "solar-modules"), ("Garment kit", "garments"),
              ("Control board", "electronics"), ("Seat frame", "steel"), ("Wheel set", "tires"),
              ("Furniture set", "furniture"), ("Footwear lot", "footwear"), ("Toy set", "toys"),
              ("Sub-assembly", None), ("Housing", "aluminum"), ("Packaging kit", None))
# Legal forms a near-miss may drop.
LEGAL_TAILS = (" Co., Ltd.", " Co. Ltd.", " Co., Limited", " Co.", " Corporation", " Limited",
               " Ltd.")


def latin(s):
    """True if `s` is written in Latin script (ASCII plus Latin-1 and Latin Extended-A)."""
    return all(ord(ch) < 0x250 or ch in "\u2019" for ch in s)


def load(data_dir, name):
    with open(os.path.join(data_dir, name), encoding="utf-8") as f:
        return json.load(f)["records"]


class Pools:
    """Every value the generator draws from, built once from the datasets."""

    def __init__(self, data_dir, rng):
        commodities = load(data_dir, "commodities.json")
        self.commodity = {c["id"]: c for c in commodities}
        findings = [f for name in ("dol-tvpra-goods.json", "tip-findings.json")
                    for f in load(data_dir, name) if f.get("status") == "listed"]
        self.finding_countries = {}
        for f in findings:
            self.finding_countries.setdefault(f["commodity"], []).append(f["country"])
        self.listed_ids = sorted(self.finding_countries)
        self.all_ids = sorted(self.commodity)
        self.countries = {c["code"]: c for c in load(data_dir, "countries.json")}
        self.country_aliases = {code: [a for a in c["aliases"] if latin(a)][:5]
                                for code, c in self.countries.items()}
        self.regions = {}
        for r in load(data_dir, "regions.json"):
            self.regions.setdefault(r["country"], []).append(r)
        self.entities = [e["name"] for e in load(data_dir, "uflpa-entities.json")]
        self.entities += [a for e in load(data_dir, "uflpa-entities.json") for a in e["aliases"]
                          if latin(a)]
        self.schemes = {}
        self.scheme_names = []
        for s in load(data_dir, "certifications.json"):
            names = [s["name"]] + [a for a in s["aliases"] if latin(a)]
            self.scheme_names += names[:3]
            for cid in s["commodities"]:
                self.schemes.setdefault(cid, []).extend(names[:4])
        self.suppliers = [self._innocent_supplier(rng) for _ in range(4000)]

    def _innocent_supplier(self, rng):
        town, cc = rng.choice(TOWNS)
        words = [town, rng.choice(CORES), rng.choice(TRADES)]
        if rng.random() < 0.3:
            del words[0]
        suffix = rng.choice(SUFFIXES.get(cc, ["Ltd."]))
        return (" ".join(words) + " " + suffix, cc)


def near_miss(name, rng):
    """A spelling of a listed entity's name that an exact lookup would miss (or the name)."""
    r = rng.random()
    if r < 0.2:
        return name
    if r < 0.45:
        for tail in LEGAL_TAILS:
            if name.endswith(tail):
                return name[: -len(tail)]
        return name + " Ltd"
    words = name.split()
    if r < 0.65 and len(words) > 2:
        i = rng.randrange(len(words) - 1)
        words[i], words[i + 1] = words[i + 1], words[i]
        return " ".join(words)
    if r < 0.9 and len(name) > 6:
        i = rng.randrange(1, len(name) - 2)
        kind = rng.randrange(3)
        if kind == 0:
            return name[:i] + name[i + 1] + name[i] + name[i + 2:]
        if kind == 1:
            return name[:i] + name[i + 1:]
        return name[:i] + rng.choice("aeioun") + name[i + 1:]
    return name.upper()


def quote(s):
    if "," in s or '"' in s:
        return '"' + s.replace('"', '""') + '"'
    return s


class Generator:
    def __init__(self, pools, rng):
        self.p = pools
        self.rng = rng
        self.r = rng.random

    def spell_country(self, code):
        r = self.r()
        c = self.p.countries[code]
        if r < 0.38:
            return code
        if r < 0.48:
            return c.get("alpha3") or code
        if r < 0.76:
            return c["name"]
        aliases = self.p.country_aliases[code]
        if r < 0.95 and aliases:
            return self.rng.choice(aliases)
        return c["name"].upper() if r < 0.98 else code.lower()

    def pick_commodity(self):
        ids = self.p.listed_ids if self.r() < 0.6 else self.p.all_ids
        return self.p.commodity[self.rng.choice(ids)]

    def pick_origin(self, cid):
        listed = self.p.finding_countries.get(cid)
        if listed and self.r() < 0.35:
            return self.rng.choice(listed)
        return self.rng.choice(TRADE_COUNTRIES)

    def material_fields(self, c):
        """Returns (description, material, hs_code) for commodity record `c`."""
        r = self.r()
        names = [c["name"]] + c["aliases"]
        name = self.rng.choice(names) if r < 0.7 else c["name"]
        spec = self.rng.choice(SPECS)
        hs = ""
        if c["hs"] and (r > 0.9 or self.r() < 0.2):
            hs = self.rng.choice(c["hs"])
            if len(hs) == 6 and self.r() < 0.3:
                hs = hs[:4] + "." + hs[4:]
            elif len(hs) < 6 and self.r() < 0.5:
                hs += "%02d" % self.rng.randrange(100)
        if r < 0.55:
            return ("", name.lower() if self.r() < 0.5 else name, hs)
        if r < 0.75:
            return (name + spec, name.lower(), hs)
        if r < 0.9:
            return ("", (name + spec).lower(), hs)
        if hs:  # HS code and a description only
            return (name + spec, "", hs)
        return (name + spec, name, hs)

    def region(self, origin):
        if origin == "CN":
            r = self.r()
            if r < 0.05:
                return self.rng.choice(XINJIANG)
            if r < 0.12:
                reg = self.rng.choice(self.p.regions["CN"])
                return reg["aliases"][0] if reg["aliases"] else reg["name"]
            return ""
        if self.r() < 0.03 and origin in self.p.regions:
            reg = self.rng.choice(self.p.regions[origin])
            return reg["code"] if self.r() < 0.5 else reg["name"]
        return ""

    def supplier(self, origin):
        if self.r() < 0.015:
            return near_miss(self.rng.choice(self.p.entities), self.rng), "CN"
        name, cc = self.rng.choice(self.p.suppliers)
        if origin and self.r() < 0.5:
            cc = origin  # a local trader of the origin country
        return name, cc

    def certifications(self, cid):
        if self.r() >= 0.03:
            return ""
        own = self.p.schemes.get(cid)
        if own and self.r() < 0.8:
            return self.rng.choice(own)
        first = self.rng.choice(self.p.scheme_names)
        return first if self.r() < 0.8 else first + ";" + self.rng.choice(self.p.scheme_names)

    def line(self, number, parent, commodity=None, description=None):
        """One CSV row; `commodity` and `description` are forced for assembly heads."""
        c = commodity or self.pick_commodity()
        desc, material, hs = self.material_fields(c)
        if description:
            desc = description
        code = self.pick_origin(c["id"])
        origin = self.spell_country(code)
        region = self.region(code)
        r = self.r()
        if r < 0.05:
            origin, region, code = self.rng.choice(NO_ORIGIN), "", ""
        elif r < 0.06:  # about 1% of lines carry something nobody can resolve
            k = self.rng.randrange(4)
            if k == 0:
                material, hs = self.rng.choice(BAD_MATERIALS), ""
            elif k == 1:
                origin = self.rng.choice(BAD_COUNTRIES)
            elif k == 2:
                hs, material = self.rng.choice(BAD_HS), ""
            else:
                region = self.rng.choice(BAD_REGIONS)
        supplier, scc = self.supplier(code)
        scc = self.spell_country(scc) if self.r() < 0.3 else scc
        if self.r() < 0.1:
            scc = ""
        qty = self.rng.randrange(1, 2000)
        spend = "%.2f" % (qty * self.r() * 40) if self.r() < 0.9 else ""
        currency = self.rng.choice(CURRENCIES) if spend else ""
        return ",".join((
            "P%07d" % number, parent, quote(desc), quote(material), hs, quote(supplier), quote(scc),
            quote(origin), quote(region), str(qty), self.rng.choice(UNITS), spend, currency,
            quote(self.certifications(c["id"]))))

    def items(self, n):
        """Yields the n rows in order; assemblies put their children right after them."""
        i = 0
        while i < n:
            if self.r() < 0.015 and n - i > 1:
                for row in self.assembly(i + 1, n, depth=0, parent=""):
                    i += 1
                    yield row
            else:
                i += 1
                yield self.line(i, "")

    def assembly(self, first, n, depth, parent):
        title, cid = self.rng.choice(ASSEMBLIES)
        head = self.p.commodity.get(cid) if cid else self.pick_commodity()
        yield self.line(first, parent, head, "%s %s-%d" % (title, "ASM", first))
        number = first
        head_id = "P%07d" % first
        for _ in range(self.rng.randrange(3, 7)):
            if number >= n:
                return
            if depth < 2 and self.r() < 0.08:
                for row in self.assembly(number + 1, n, depth + 1, head_id):
                    number += 1
                    yield row
            else:
                number += 1
                yield self.line(number, head_id)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("n", type=int, help="number of data lines")
    parser.add_argument("--seed", type=int, default=42)
    parser.add_argument("--format", choices=["csv"], default="csv")
    here = os.path.dirname(os.path.abspath(__file__))
    parser.add_argument("--data", default=os.path.join(here, "..", "..", "data"),
                        help="dataset directory (default: the repository's data/)")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    gen = Generator(Pools(args.data, rng), rng)
    out = sys.stdout
    out.reconfigure(encoding="utf-8", newline="\n")
    out.write(HEADER + "\n")
    batch = []
    for row in gen.items(args.n):
        batch.append(row)
        if len(batch) == 20000:
            out.write("\n".join(batch) + "\n")
            batch.clear()
    if batch:
        out.write("\n".join(batch) + "\n")


if __name__ == "__main__":
    main()
