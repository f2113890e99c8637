#!/usr/bin/env python3
"""Write data/manifest.json: one entry per dataset (metadata from each build script's MANIFEST /
manifest()), with `records` and `sha256` computed from the final file bytes.

Usage: python3 data/curate/build_manifest.py
"""
import hashlib
import importlib
import json
import os
import sys

sys.dont_write_bytecode = True  # keep data/curate free of __pycache__
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import DATA_DIR, DATASET_SCHEMA, KIND_ORDER, MANIFEST_SCHEMA, CurationError, fail, write_json  # noqa: E402

# Build scripts, in dependency order. To add a dataset: write its script and list it here.
DATASET_SCRIPTS = ["countries", "regions", "commodities", "relations", "dol_findings", "tip_findings", "tip_tiers",
                   "trade", "trade_xinjiang", "trade_xinjiang_china", "trade_rankings", "uflpa_entities",
                   "certifications"]
FIELD_ORDER = ["id", "kind", "file", "version", "publisher", "title", "published", "source", "license",
               "records", "sha256", "notes"]


def entry_for(module_name):
    mod = importlib.import_module(module_name)
    meta = mod.manifest() if hasattr(mod, "manifest") else mod.MANIFEST
    path = os.path.join(DATA_DIR, meta["file"])
    if not os.path.exists(path):
        fail(f"{path} missing: run data/curate/{module_name}.py first")
    with open(path, "rb") as f:
        raw = f.read()
    doc = json.loads(raw.decode("utf-8"))
    if doc.get("schema") != DATASET_SCHEMA or doc.get("id") != meta["id"] or doc.get("kind") != meta["kind"]:
        fail(f"{meta['file']}: schema/id/kind do not match its manifest entry")
    e = dict(meta)
    e["records"] = len(doc["records"])
    e["sha256"] = hashlib.sha256(raw).hexdigest()
    missing = [k for k in FIELD_ORDER if k not in e and k not in ("title", "notes")]
    if missing:
        fail(f"{module_name}: manifest fields missing: {missing}")
    return {k: e[k] for k in FIELD_ORDER if k in e}


def main():
    entries = [entry_for(m) for m in DATASET_SCRIPTS]
    ids = [e["id"] for e in entries]
    if len(ids) != len(set(ids)):
        fail("duplicate dataset ids")
    entries.sort(key=lambda e: (KIND_ORDER.index(e["kind"]), e["id"]))
    write_json("manifest.json", {"schema": MANIFEST_SCHEMA, "datasets": entries})
    for e in entries:
        print(f"manifest: {e['id']:<24} {e['kind']:<12} {e['records']:>6} records  {e['sha256'][:12]}")


if __name__ == "__main__":
    try:
        main()
    except CurationError as ex:
        print(f"error: {ex}", file=sys.stderr)
        sys.exit(1)
