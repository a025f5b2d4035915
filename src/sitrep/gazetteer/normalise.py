"""Name normalisation shared by the gazetteer index and its queries.

``normalise`` gives the one key a name is indexed and looked up by; ``name_keys`` adds the
extra key without a leading Arabic article, so "Al-Qaïm", "Al Qa'im", "al-Qaim" and "Qaim"
all meet.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Apostrophes, quotes and the Arabic ʿayn / hamza transliteration marks: dropped.
_DROP = dict.fromkeys(map(ord, "'’‘`´ʿʾʼʻʹ′″\"“”«»‹›"), None)
# Hyphens, dashes, dots, slashes, underscores and odd spaces: a plain space.
_SPACE = dict.fromkeys(map(ord, "-‐‑‒–—―−_./\\,;:()[]{}·\u00a0\u2009\u202f\u200b\t\r\n"), " ")
_TABLE = {**_DROP, **_SPACE}
# Letters NFKD does not decompose.
_FOLD = str.maketrans({"ø": "o", "ł": "l", "đ": "d", "ð": "d", "þ": "th", "ı": "i", "æ": "ae", "œ": "oe", "ß": "ss"})

# Leading Arabic article transliterations (with sun-letter assimilation).
ARTICLES = frozenset(
    "al el ul il ad ed adh ar er as es ash esh at et ath az ez an en".split()
)
_ARTICLE_RE = re.compile(r"^(?:%s) (?=\S{3})" % "|".join(sorted(ARTICLES, key=len, reverse=True)))


@lru_cache(maxsize=65536)
def normalise(name: str) -> str:
    """The lookup key of a place name.

    Casefolds, strips accents (NFKD), drops apostrophes and quotes (’ ‘ ` ' ʿ ʾ), turns
    hyphens, dashes, dots and odd spaces into a space, and collapses spaces:
    ``normalise("Al-Qaïm") == normalise("al Qa’im") == "al qaim"``.
    """
    s = unicodedata.normalize("NFKD", name.casefold())
    s = "".join(ch for ch in s if not unicodedata.combining(ch))
    s = s.translate(_TABLE).translate(_FOLD)
    return " ".join(s.split())


def strip_article(key: str) -> str:
    """``key`` without a leading Arabic article ("al qaim" -> "qaim"); ``key`` if there is none."""
    return _ARTICLE_RE.sub("", key, count=1)


def name_keys(name: str) -> tuple[str, ...]:
    """The keys a name is indexed under: its normalised form, then (if different) without article."""
    key = normalise(name)
    if not key:
        return ()
    bare = strip_article(key)
    return (key,) if bare == key else (key, bare)


def fold_display(name: str) -> str:
    """A display form without diacritics and with plain apostrophes ("Al Qā’im" -> "Al Qa'im")."""
    s = unicodedata.normalize("NFKD", name)
    s = "".join(ch for ch in s if not unicodedata.combining(ch))
    s = re.sub(r"[’‘`´ʿʾʼʻ]", "'", s)
    return unicodedata.normalize("NFC", s)
