"""The row constructor shared by every commodity table (commodities.py and its extensions)."""


def C(id, name, sector, dol=(), aliases=(), hs=(), note=None):
    """One commodity: id (kebab-case), display name, sector (None = take DOL's), DOL 2022 good
    names folded into it, other aliases, HS 2022 prefixes (2/4/6 digits), and a note."""
    return {"id": id, "name": name, "sector": sector, "dol": list(dol), "aliases": list(aliases),
            "hs": list(hs), "note": note}
