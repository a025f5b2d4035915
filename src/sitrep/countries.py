"""Countries as ACLED names them: numeric ISO code, ACLED name and region of an ISO-3 code."""

from __future__ import annotations

from functools import lru_cache
from typing import Optional

from sitrep.resources import load_json


@lru_cache(maxsize=1)
def _tables() -> tuple[dict[str, str], dict[str, str]]:
    data = load_json("common/countries.json")
    regions = {code: region for region, codes in data["regions"].items() for code in codes}
    return data["names"], regions


@lru_cache(maxsize=512)
def country_info(iso3: Optional[str]) -> tuple[Optional[int], Optional[str], Optional[str]]:
    """(numeric ISO code, ACLED country name, ACLED region) of an ISO 3166-1 alpha-3 code."""
    if not iso3:
        return None, None, None
    import pycountry

    names, regions = _tables()
    code = iso3.upper()
    country = pycountry.countries.get(alpha_3=code)
    if country is None:
        return (0 if code == "XKX" else None), names.get(code), regions.get(code)
    name = names.get(code) or getattr(country, "common_name", None) or country.name
    return int(country.numeric), name, regions.get(code)


def country_name(iso3: str) -> str:
    """ACLED's name for a country ("Russia", "Democratic Republic of Congo"); the code if unknown."""
    return country_info(iso3)[1] or iso3


def iso3_of_name(name: str) -> Optional[str]:
    """The ISO-3 code of an English country name (ACLED's or ISO's spelling, any case), or None."""
    import pycountry

    wanted = name.strip().lower()
    names, _ = _tables()
    for code, acled_name in names.items():
        if acled_name.lower() == wanted:
            return code
    try:
        return pycountry.countries.lookup(name.strip()).alpha_3
    except LookupError:
        return None
