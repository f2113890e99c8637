#!/usr/bin/env bash
# Writes a deterministic synthetic CSV BOM of N data lines (default 100000) to stdout: a thin
# wrapper over gen_bom.py, which says what the lines hold.
# Usage: tests/bench/gen_bom.sh [N] [SEED] > bom.csv
set -euo pipefail
exec python3 "$(dirname "$0")/gen_bom.py" "${1:-100000}" --seed "${2:-42}"
