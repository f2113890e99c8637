#!/usr/bin/env python3
"""Check data/: every JSON parses, the manifest matches the files (records, sha256, id, kind),
every id a record refers to exists (countries, regions, commodities), the usual uniqueness rules
hold, and (if the `jsonschema` package is installed) every file validates against
data/schemas/. Prints a short summary; exits 1 on the first class of problems found.

Usage: python3 data/curate/verify.py [--require-schema]
  --require-schema  fail when the jsonschema package is missing (CI installs python3-jsonschema)
"""
import glob
import hashlib
import json
import os
import sys

sys.dont_write_bytecode = True  # keep data/curate free of __pycache__
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import DATA_DIR, DATASET_SCHEMA, KIND_ORDER, MANIFEST_SCHEMA, norm  # noqa: E402

errors = []


def err(msg):
    errors.append(msg)


def load(path):
    with open(path, "rb") as f:
        raw = f.read()
    try:
        return raw, json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as e:
        err(f"{os.path.relpath(path, DATA_DIR)}: does not parse: {e}")
        return raw, None


def main():
    files = sorted(glob.glob(os.path.join(DATA_DIR, "*.json")) + glob.glob(os.path.join(DATA_DIR, "schemas", "*.json")))
    docs = {}
    for p in files:
        raw, doc = load(p)
        if doc is not None:
            docs[os.path.relpath(p, DATA_DIR)] = (raw, doc)
            if not raw.endswith(b"\n") or raw.endswith(b"\n\n"):
                err(f"{os.path.relpath(p, DATA_DIR)}: must end with exactly one newline")
    if errors:
        return finish(None)

    manifest = docs.get("manifest.json", (None, None))[1]
    if manifest is None or manifest.get("schema") != MANIFEST_SCHEMA:
        err("manifest.json missing or wrong schema")
        return finish(None)

    try:
        import jsonschema
    except ImportError:
        jsonschema = None
        if "--require-schema" in sys.argv:
            err("--require-schema: the jsonschema package is not installed (apt-get install python3-jsonschema)")
            return finish(manifest)
    schemas = {k[len("schemas/"):-len(".schema.json")]: d for k, (_, d) in docs.items() if k.startswith("schemas/")}
    if jsonschema:
        for name, s in schemas.items():
            jsonschema.Draft202012Validator.check_schema(s)
        for e in jsonschema.Draft202012Validator(schemas["manifest"]).iter_errors(manifest):
            err(f"manifest.json: {e.json_path}: {e.message}")

    by_kind = {k: [] for k in KIND_ORDER}
    listed = set()
    for e in manifest["datasets"]:
        f = e["file"]
        listed.add(f)
        if f not in docs:
            err(f"manifest: {f} not found")
            continue
        raw, doc = docs[f]
        if doc.get("schema") != DATASET_SCHEMA or doc.get("id") != e["id"] or doc.get("kind") != e["kind"]:
            err(f"{f}: schema/id/kind differ from the manifest")
        if len(doc.get("records", [])) != e["records"]:
            err(f"{f}: {len(doc['records'])} records, manifest says {e['records']}")
        if hashlib.sha256(raw).hexdigest() != e["sha256"]:
            err(f"{f}: sha256 differs from the manifest")
        if jsonschema and e["kind"] in schemas:
            for ve in list(jsonschema.Draft202012Validator(schemas[e["kind"]]).iter_errors(doc))[:5]:
                err(f"{f}: {ve.json_path}: {ve.message[:200]}")
        by_kind[e["kind"]].append((f, doc["records"]))
    for f in docs:
        if not f.startswith("schemas/") and f != "manifest.json" and f not in listed:
            err(f"{f}: not listed in manifest.json")

    # ---- references and uniqueness
    countries, regions, commodities = set(), set(), set()
    cforms = {}
    for f, recs in by_kind["countries"]:
        codes = {r["code"]: r for r in recs}
        for r in recs:
            if r["code"] in countries:
                err(f"{f}: duplicate country {r['code']}")
            countries.add(r["code"])
        code_forms = {norm(r["code"]): r["code"] for r in recs}
        code_forms.update({norm(r["alpha3"]): r["code"] for r in recs if "alpha3" in r})
        for r in recs:
            for a in [r["name"]] + r["aliases"]:
                n = norm(a)
                if cforms.setdefault(n, r["code"]) != r["code"]:
                    err(f"{f}: {a!r} maps to {cforms[n]} and {r['code']}")
            for a in r["aliases"]:
                if code_forms.get(norm(a), r["code"]) != r["code"]:
                    err(f"{f}: alias {a!r} of {r['code']} equals the code of {code_forms[norm(a)]}")
        del codes
    for f, recs in by_kind["regions"]:
        for i, r in enumerate(recs):
            if r["code"] in regions:
                err(f"{f}: duplicate region {r['code']}")
            regions.add(r["code"])
            if r["country"] not in countries or not r["code"].startswith(r["country"] + "-"):
                err(f"{f}: /records/{i}/country: bad country {r['country']!r}")
            if "presumption" in r and r["code"] != "CN-XJ":
                err(f"{f}: unexpected presumption on {r['code']}")
    hs_owner, alias_owner = {}, {}
    for f, recs in by_kind["commodities"]:
        for r in recs:
            if r["id"] in commodities:
                err(f"{f}: duplicate commodity {r['id']}")
            commodities.add(r["id"])
            for p in r["hs"]:
                if hs_owner.setdefault(p, r["id"]) != r["id"]:
                    err(f"{f}: HS {p} under {hs_owner[p]} and {r['id']}")
            for a in [r["name"]] + r["aliases"]:
                if alias_owner.setdefault(norm(a), r["id"]) != r["id"]:
                    err(f"{f}: alias {a!r} under {alias_owner[norm(a)]} and {r['id']}")
    seen_rel = set()
    for f, recs in by_kind["relations"]:
        for i, r in enumerate(recs):
            for k in ("output", "input"):
                if r[k] not in commodities:
                    err(f"{f}: /records/{i}/{k}: unknown commodity id {r[k]!r}")
            if (r["output"], r["input"]) in seen_rel:
                err(f"{f}: duplicate relation {r['output']} <- {r['input']}")
            seen_rel.add((r["output"], r["input"]))
    fids = set()
    nfind = 0
    for f, recs in by_kind["findings"]:
        for i, r in enumerate(recs):
            nfind += 1
            if r["id"] in fids:
                err(f"{f}: duplicate finding id {r['id']}")
            fids.add(r["id"])
            if r["commodity"] not in commodities:
                err(f"{f}: /records/{i}/commodity: unknown commodity id {r['commodity']!r}")
            if r["country"] not in countries:
                err(f"{f}: /records/{i}/country: unknown country id {r['country']!r}")
            d = r["derived_from"]
            if d and (d["commodity"] not in commodities or d["country"] not in countries):
                err(f"{f}: /records/{i}/derived_from: unknown id")
            if r["editions"] != sorted(set(r["editions"])):
                err(f"{f}: /records/{i}/editions not ascending")
            if (r["status"] == "removed") != ("removed_in" in r):
                err(f"{f}: /records/{i}: removed_in iff status removed")
    tier_keys = set()
    for f, recs in by_kind["tiers"]:
        for i, r in enumerate(recs):
            if r["country"] not in countries:
                err(f"{f}: /records/{i}/country: unknown country id {r['country']!r}")
            if (r["country"], r["year"]) in tier_keys:
                err(f"{f}: two tiers for {r['country']} {r['year']}")
            tier_keys.add((r["country"], r["year"]))
    check_certifications(by_kind["certifications"], commodities)
    return finish(manifest, jsonschema is not None)


def check_certifications(datasets, commodities):
    """Commodity ids exist; scheme ids unique; ids, names and aliases name one scheme only after
    normalization (a BOM certifications cell must resolve to one scheme)."""
    ids, owner = set(), {}
    for f, recs in datasets:
        for i, r in enumerate(recs):
            if r["id"] in ids:
                err(f"{f}: duplicate certification scheme {r['id']}")
            ids.add(r["id"])
            for c in r["commodities"]:
                if c not in commodities:
                    err(f"{f}: /records/{i}/commodities: unknown commodity id {c!r}")
            if len(set(r["commodities"])) != len(r["commodities"]):
                err(f"{f}: /records/{i}/commodities: a commodity is listed twice")
            for a in [r["id"], r["name"]] + r["aliases"]:
                n = norm(a)
                if not n:
                    err(f"{f}: /records/{i}: {a!r} normalizes to nothing")
                elif owner.setdefault(n, r["id"]) != r["id"]:
                    err(f"{f}: {a!r} names both {owner[n]} and {r['id']}")


def finish(manifest, schema_checked=False):
    if errors:
        for e in errors[:50]:
            print("verify: " + e, file=sys.stderr)
        print(f"verify: {len(errors)} problem(s)", file=sys.stderr)
        return 1
    print("verify: OK - all JSON parses, manifest records/sha256 match, all referenced ids exist"
          + ("; JSON Schema validation passed" if schema_checked else "; (jsonschema not installed: schema validation skipped)"))
    for e in manifest["datasets"]:
        print(f"  {e['file']:<24} {e['kind']:<12} {e['records']:>6} records")
    return 0


if __name__ == "__main__":
    sys.exit(main())
