#!/usr/bin/env python3
"""Validate every golden SARIF report (tests/golden/*/expected.sarif: the golden tests keep
chainrisk's output byte-equal to them) against the official SARIF 2.1.0 JSON schema
(tests/schemas/sarif-schema-2.1.0.json, see PROVENANCE.md there).

usage: validate_sarif_schema.py SCHEMA GOLDEN_DIR
Exits 77 (skipped) when python3-jsonschema is missing, unless CHAINRISK_REQUIRE_SCHEMA=1.
"""
import glob
import json
import os
import sys


def main():
    schema_path, golden = sys.argv[1:3]
    try:
        import jsonschema
    except ImportError:
        if os.environ.get("CHAINRISK_REQUIRE_SCHEMA") == "1":
            print("FAIL: python3-jsonschema is required (CHAINRISK_REQUIRE_SCHEMA=1)")
            return 1
        print("SKIP: python3-jsonschema is not installed (apt-get install python3-jsonschema)")
        return 77
    with open(schema_path, encoding="utf-8") as f:
        schema = json.load(f)
    validator = jsonschema.Draft4Validator(schema)
    reports = sorted(glob.glob(os.path.join(golden, "*", "expected.sarif")))
    if not reports:
        print(f"FAIL: no expected.sarif under {golden}")
        return 1
    failed = 0
    for path in reports:
        with open(path, encoding="utf-8") as f:
            report = json.load(f)
        errors = sorted(validator.iter_errors(report), key=lambda e: list(e.path))
        for e in errors[:5]:
            print(f"FAIL: {path}: /{'/'.join(map(str, e.path))}: {e.message}")
        failed += bool(errors)
        # A schema that accepts anything proves nothing: the same report without its
        # required "version" must be rejected.
        broken = dict(report)
        broken.pop("version", None)
        if validator.is_valid(broken):
            print(f"FAIL: {path}: the schema accepted a report without 'version'")
            failed += 1
    print(f"{len(reports) - failed} of {len(reports)} SARIF reports valid against SARIF 2.1.0")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
