"""Language detection (lingua, models inside the wheel)."""

from __future__ import annotations

from functools import lru_cache
from typing import Optional

# Languages the detector tells apart; sitrep extracts events from those with a resource folder.
DETECTABLE = ("ENGLISH", "FRENCH", "SPANISH", "GERMAN", "ITALIAN", "PORTUGUESE", "ARABIC", "RUSSIAN", "TURKISH", "DUTCH", "UKRAINIAN", "PERSIAN")


@lru_cache(maxsize=1)
def _detector():
    from lingua import Language, LanguageDetectorBuilder

    languages = [getattr(Language, name) for name in DETECTABLE]
    return LanguageDetectorBuilder.from_languages(*languages).with_preloaded_language_models().build()


def detect_language(text: str) -> Optional[str]:
    """ISO 639-1 code of ``text``'s language, or None when it cannot tell."""
    sample = text[:2000]
    if sum(c.isalpha() for c in sample) < 3:
        return None
    found = _detector().detect_language_of(sample)
    return found.iso_code_639_1.name.lower() if found is not None else None
