"""The main event's ACLED sub-type of a short text (a snippet, a sentence, an ACLED note)."""

from __future__ import annotations

from collections import Counter
from typing import Optional

from sitrep.taxonomy import BY_NAME


def classify(text: str, lang: Optional[str] = None, model: Optional[str] = None) -> Optional[str]:
    """CASE 2021 code (e.g. 'AIR_STRIKE') of the text's main event, or None when it has none.

    The rules give the mentions; a trained model (``model``, from ``sitrep train``) decides when given.
    """
    from sitrep.pipeline import ArticleInput, _prepare, load_pipeline

    article, doc = _prepare(ArticleInput(text=text, lang=lang))
    if doc is None:
        return None
    doc = load_pipeline(article.language)(doc)
    return main_sub_type(doc)


def main_sub_type(doc) -> Optional[str]:
    """The sub-type of the best-supported event, else of the first mention, as a CASE code."""
    events = doc._.sitrep_events or []
    if events:
        best = max(events, key=lambda e: (len(e.evidence), e.confidence))
        return BY_NAME[best.sub_event_type].code
    found = [m for m in (doc._.sitrep_mentions or []) if m.sub_event_type]
    if not found:
        return None
    strong = [m for m in found if m.strength == "strong"] or found
    counts = Counter(m.sub_event_type for m in strong)
    return BY_NAME[counts.most_common(1)[0][0]].code
