"""Commodities for inputs and outputs the commodity graph needs beyond the DOL goods (quartz, silicon metal, battery cathodes, cans, foil...).
Merged into commodities.py's TABLE; the same checks apply (unique ids, aliases and HS prefixes).
"""
from commodity_table import C  # noqa: F401

TABLE = [
]
