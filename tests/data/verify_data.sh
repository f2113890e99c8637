#!/usr/bin/env bash
# Checks data/ with data/curate/verify.py: manifest counts and sha256, references, uniqueness,
# and the JSON Schemas of data/schemas/ when python3-jsonschema is installed (required when
# CHAINRISK_REQUIRE_SCHEMA=1, as in CI). Exits 77 (skipped) without Debian's python3.
set -euo pipefail
cd "$(dirname "$0")/../.."
[ -x /usr/bin/python3 ] || { echo "skipped: /usr/bin/python3 not installed"; exit 77; }
exec /usr/bin/python3 data/curate/verify.py ${CHAINRISK_REQUIRE_SCHEMA:+--require-schema}
