#!/usr/bin/env python3
"""Write data/schemas/*.schema.json (JSON Schema draft 2020-12), one per dataset kind plus the
manifest. They restate docs/dataset-format.md formally; edit both together.

Usage: python3 data/curate/schemas.py
"""
import os
import sys

sys.dont_write_bytecode = True  # keep data/curate free of __pycache__
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import DATASET_SCHEMA, KIND_ORDER, MANIFEST_SCHEMA, write_json  # noqa: E402

DRAFT = "https://json-schema.org/draft/2020-12/schema"

DEFS = {
    "countryId": {"type": "string", "pattern": "^[A-Z]{2}$", "description": "ISO 3166-1 alpha-2 code (or a user-assigned code such as XK)"},
    "regionId": {"type": "string", "pattern": "^[A-Z]{2}-[A-Z0-9]{1,3}$", "description": "ISO 3166-2 code"},
    "commodityId": {"type": "string", "pattern": "^[a-z0-9]+(-[a-z0-9]+)*$", "description": "lowercase kebab-case"},
    "text": {"type": "string", "minLength": 1},
    "aliases": {"type": "array", "items": {"$ref": "#/$defs/text"}},
    "date": {"type": "string", "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$", "format": "date"},
    "year": {"type": "integer", "minimum": 1900, "maximum": 2100},
    "share": {"type": ["number", "null"], "minimum": 0, "maximum": 1},
}
COMMON_PROPS = {"source": {"$ref": "#/$defs/text"}, "note": {"$ref": "#/$defs/text"}}


def obj(required, props, **extra):
    p = dict(props)
    p.update(COMMON_PROPS)
    out = {"type": "object", "required": required, "properties": p, "additionalProperties": False}
    out.update(extra)
    return out


RECORDS = {
    "countries": obj(["code", "name", "aliases"], {
        "code": {"$ref": "#/$defs/countryId"},
        "alpha3": {"type": "string", "pattern": "^[A-Z]{3}$"},
        "numeric": {"type": "string", "pattern": "^[0-9]{3}$"},
        "name": {"$ref": "#/$defs/text"},
        "aliases": {"$ref": "#/$defs/aliases"},
    }),
    "regions": obj(["code", "country", "name", "type", "aliases"], {
        "code": {"$ref": "#/$defs/regionId"},
        "country": {"$ref": "#/$defs/countryId"},
        "name": {"$ref": "#/$defs/text"},
        "type": {"$ref": "#/$defs/text"},
        "aliases": {"$ref": "#/$defs/aliases"},
        "presumption": {
            "type": "object", "required": ["law", "labor", "text", "source"], "additionalProperties": False,
            "properties": {
                "law": {"$ref": "#/$defs/text"},
                "labor": {"type": "array", "minItems": 1, "uniqueItems": True,
                          "items": {"enum": ["child", "forced"]}},
                "text": {"$ref": "#/$defs/text"},
                "source": {"$ref": "#/$defs/text"},
            },
        },
    }),
    "commodities": obj(["id", "name", "sector", "aliases", "hs"], {
        "id": {"$ref": "#/$defs/commodityId"},
        "name": {"$ref": "#/$defs/text"},
        "sector": {"$ref": "#/$defs/text", "description": "DOL sector where one exists: Agriculture, Manufacturing, Mining, Other"},
        "aliases": {"$ref": "#/$defs/aliases"},
        "hs": {"type": "array", "uniqueItems": True,
               "items": {"type": "string", "pattern": "^[0-9]{2,6}$"},
               "description": "HS code prefixes, no dots; a prefix belongs to one commodity only (longest match wins)"},
    }),
    "relations": obj(["output", "input", "kind", "share"], {
        "output": {"$ref": "#/$defs/commodityId"},
        "input": {"$ref": "#/$defs/commodityId"},
        "kind": {"enum": ["form", "input", "byproduct"]},
        "share": {"$ref": "#/$defs/share"},
    }),
    "findings": obj(
        ["id", "good", "commodity", "country", "labor", "forced_child", "editions", "publication", "sector",
         "status", "derived_from"],
        {
            "id": {"$ref": "#/$defs/text"},
            "good": {"$ref": "#/$defs/text"},
            "commodity": {"$ref": "#/$defs/commodityId"},
            "country": {"$ref": "#/$defs/countryId"},
            "labor": {"type": "array", "minItems": 1, "uniqueItems": True, "items": {"enum": ["child", "forced"]}},
            "forced_child": {"type": "boolean"},
            "editions": {"type": "array", "minItems": 1, "uniqueItems": True, "items": {"$ref": "#/$defs/year"},
                         "description": "ascending"},
            "publication": {"enum": ["dol-tvpra", "tip-report"]},
            "sector": {"$ref": "#/$defs/text"},
            "status": {"enum": ["listed", "removed"]},
            "removed_in": {"$ref": "#/$defs/year"},
            "derived_from": {
                "oneOf": [
                    {"type": "null"},
                    {"type": "object", "required": ["commodity", "country"], "additionalProperties": False,
                     "properties": {"commodity": {"$ref": "#/$defs/commodityId"},
                                    "country": {"$ref": "#/$defs/countryId"}}},
                ]
            },
        },
        allOf=[
            {"if": {"properties": {"status": {"const": "removed"}}, "required": ["status"]},
             "then": {"required": ["removed_in"]},
             "else": {"not": {"required": ["removed_in"]}}},
        ],
    ),
    "tiers": obj(["country", "year", "tier"], {
        "country": {"$ref": "#/$defs/countryId"},
        "year": {"$ref": "#/$defs/year"},
        "tier": {"enum": ["1", "2", "2WL", "3", "special"]},
    }),
    "trade": obj(
        ["commodity", "flow", "country", "region", "partner", "year", "share", "source"],
        {
            "commodity": {"$ref": "#/$defs/commodityId"},
            "flow": {"enum": ["production", "export", "import"]},
            "country": {"$ref": "#/$defs/countryId"},
            "region": {"oneOf": [{"type": "null"}, {"$ref": "#/$defs/regionId"}],
                       "description": "an ISO 3166-2 subdivision of country (regional share), else null"},
            "partner": {"oneOf": [{"type": "null"}, {"$ref": "#/$defs/countryId"}],
                        "description": "for an import: the origin country; share is then of country's imports"},
            "share_of": {"enum": ["world", "country"],
                         "description": "what share is a share of: world production/exports/imports, or (with a region) the country's production"},
            "year": {"$ref": "#/$defs/year"},
            "share": {"$ref": "#/$defs/share", "description": "null when only a rank is known"},
            "rank": {"type": "integer", "minimum": 1, "description": "1 = largest"},
        },
        allOf=[
            {"anyOf": [{"properties": {"share": {"type": "number"}}}, {"required": ["rank"]}],
             "description": "a record needs a share or a rank"},
            {"if": {"properties": {"share_of": {"const": "country"}}, "required": ["share_of"]},
             "then": {"properties": {"region": {"$ref": "#/$defs/regionId"}}},
             "description": "share_of country applies to a region's share"},
        ],
    ),
    "entities": obj(["id", "list", "name", "country"], {
        "id": {"$ref": "#/$defs/text"},
        "list": {"$ref": "#/$defs/text"},
        "name": {"$ref": "#/$defs/text"},
        "aliases": {"$ref": "#/$defs/aliases"},
        "country": {"$ref": "#/$defs/countryId"},
        "region": {"oneOf": [{"type": "null"}, {"$ref": "#/$defs/regionId"}]},
        "sector": {"oneOf": [{"type": "null"}, {"$ref": "#/$defs/text"}]},
        "added": {"oneOf": [{"type": "null"}, {"$ref": "#/$defs/date"}],
                  "description": "effective date of the listing; null where not seen"},
        "section": {"oneOf": [{"type": "null"}, {"type": "string",
                    "pattern": "^2\\(d\\)\\(2\\)\\(B\\)\\((i|ii|iii|iv|v)\\)(; 2\\(d\\)\\(2\\)\\(B\\)\\((i|ii|iii|iv|v)\\))*$"}],
                    "description": "UFLPA section(s) the listing rests on, '; '-separated; null where not stated"},
    }),
    "certifications": obj(
        ["id", "name", "aliases", "kind", "commodities", "covers_labor", "publisher", "source", "as_of"],
        {
            "id": {"type": "string", "pattern": "^[a-z0-9]+(-[a-z0-9]+)*$", "description": "lowercase kebab-case"},
            "name": {"$ref": "#/$defs/text"},
            "aliases": {"$ref": "#/$defs/aliases",
                        "description": "spellings a BOM certifications cell uses; unique across schemes after normalization"},
            "kind": {"enum": ["site-assurance", "chain-of-custody", "product-certification", "smelter-audit"]},
            "commodities": {"type": "array", "minItems": 1, "uniqueItems": True,
                            "items": {"$ref": "#/$defs/commodityId"},
                            "description": "every covered commodity, ore and refined forms listed separately; no relation is followed"},
            "covers_labor": {"type": "array", "uniqueItems": True, "items": {"enum": ["child", "forced"]},
                             "description": "labor risks the scheme's own texts were seen to address; may be empty"},
            "publisher": {"$ref": "#/$defs/text"},
            "as_of": {"$ref": "#/$defs/date", "description": "date the coverage was checked"},
        },
    ),
}


def dataset_schema(kind):
    return {
        "$schema": DRAFT,
        "title": f"chainrisk dataset of kind {kind}",
        "description": "See docs/dataset-format.md.",
        "type": "object",
        "required": ["schema", "id", "kind", "records"],
        "additionalProperties": False,
        "properties": {
            "schema": {"const": DATASET_SCHEMA},
            "id": {"$ref": "#/$defs/text"},
            "kind": {"const": kind},
            "records": {"type": "array", "items": {"$ref": "#/$defs/record"}},
        },
        "$defs": dict(DEFS, record=RECORDS[kind]),
    }


def manifest_schema():
    return {
        "$schema": DRAFT,
        "title": "chainrisk dataset manifest",
        "description": "DIR/manifest.json; see docs/dataset-format.md.",
        "type": "object",
        "required": ["schema", "datasets"],
        "additionalProperties": False,
        "properties": {
            "schema": {"const": MANIFEST_SCHEMA},
            "datasets": {"type": "array", "items": {
                "type": "object",
                "required": ["id", "kind", "file", "version", "publisher", "published", "source", "license",
                             "records", "sha256"],
                "additionalProperties": False,
                "properties": {
                    "id": {"$ref": "#/$defs/text"},
                    "kind": {"enum": KIND_ORDER},
                    "file": {"$ref": "#/$defs/text"},
                    "version": {"$ref": "#/$defs/text"},
                    "publisher": {"$ref": "#/$defs/text"},
                    "title": {"$ref": "#/$defs/text"},
                    "published": {"$ref": "#/$defs/date"},
                    "source": {"$ref": "#/$defs/text"},
                    "license": {"$ref": "#/$defs/text"},
                    "records": {"type": "integer", "minimum": 0},
                    "sha256": {"type": "string", "pattern": "^[0-9a-f]{64}$"},
                    "notes": {"$ref": "#/$defs/text"},
                },
            }},
        },
        "$defs": {"text": DEFS["text"], "date": DEFS["date"]},
    }


def main(_sources=None):
    for kind in KIND_ORDER:
        write_json(os.path.join("schemas", f"{kind}.schema.json"), dataset_schema(kind))
    write_json(os.path.join("schemas", "manifest.schema.json"), manifest_schema())
    print(f"schemas: {len(KIND_ORDER) + 1} files in data/schemas/")


if __name__ == "__main__":
    main()
