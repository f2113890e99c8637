#!/usr/bin/env python3
"""Dataset of kind trade: top-10 copper exporters and importers (seed report, ITC Trade Map).

Built by trade.py (sources, rules and checks are described there); this module gives
build_manifest.py and all.py the dataset's manifest entry and writes its file.

Usage: python3 data/curate/trade_rankings.py [SOURCES_DIR]
"""
import os
import sys

sys.dont_write_bytecode = True  # keep data/curate free of __pycache__
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import trade  # noqa: E402
from common import main_wrapper  # noqa: E402

MANIFEST = trade.MANIFEST_RANKINGS


def main(sources):
    trade.write_one(sources, MANIFEST["id"])


if __name__ == "__main__":
    main_wrapper(main)
