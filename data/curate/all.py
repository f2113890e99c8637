#!/usr/bin/env python3
"""Regenerate every dataset, the schemas and the manifest, then verify.

Usage (from the project root): python3 data/curate/all.py [SOURCES_DIR]
SOURCES_DIR defaults to ../shared/sources relative to the project root.
"""
import importlib
import os
import sys

sys.dont_write_bytecode = True  # keep data/curate free of __pycache__
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import CurationError, sources_dir  # noqa: E402
import build_manifest  # noqa: E402
import schemas  # noqa: E402
import verify  # noqa: E402


def main():
    try:
        sources = sources_dir()
        print(f"sources: {sources}")
        for name in build_manifest.DATASET_SCRIPTS:
            importlib.import_module(name).main(sources)
        schemas.main()
        build_manifest.main()
    except CurationError as e:
        print(f"error: {e}", file=sys.stderr)
        return 1
    return verify.main()


if __name__ == "__main__":
    sys.exit(main())
