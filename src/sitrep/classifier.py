"""The main event's ACLED sub-type of a short text (a snippet, a sentence, an ACLED note)."""

from __future__ import annotations

from collections import Counter
from typing import Mapping, Optional

from sitrep.taxonomy import BY_NAME


THRESHOLD = 0.2  # the model wins over the rules from this probability: chosen by 5-fold cross-validation on
# the project's own examples (scripts/tune_classifier.py; 0.10–0.20 score alike there), never on an eval set


def classify(text: str, lang: Optional[str] = None, model: Optional[str] = "default") -> Optional[str]:
    """CASE 2021 code (e.g. 'AIR_STRIKE') of the text's main event, or None when it has none.

    The rules give the mentions; a trained model (``model``: "default" for the shipped one, a path from
    ``sitrep train``, or None for rules only) decides where the rules find nothing or it is confident.
    """
    from sitrep.pipeline import ArticleInput, _prepare, load_pipeline
    from sitrep.train import load_model

    article, doc = _prepare(ArticleInput(text=text, lang=lang))
    if doc is None:
        return None
    nlp = load_pipeline(article.language)
    doc = nlp(doc)  # rules only: the model is asked once, below
    ruled = main_sub_type(doc, nlp.get_pipe("sitrep_merge").escalation)
    learned = load_model(str(model) if model is not None else None)
    if learned is None:
        return ruled
    (probabilities,) = learned.distributions([text])
    return combine(ruled, probabilities)


def combine(ruled: Optional[str], probabilities: Mapping[str, float], threshold: float = THRESHOLD) -> Optional[str]:
    """The answer from the rules' CASE code (or None) and the model's probability per label (ACLED
    sub-type names and NONE): whether there is an event at all is the rules' call (aggregates, negation,
    …); the model's type wins where the rules found none, or from ``threshold``."""
    from sitrep.train import NONE

    best = max(probabilities, key=probabilities.get)
    if best == NONE:
        return ruled
    if ruled is None or probabilities[best] >= threshold:
        return BY_NAME[best].code
    return ruled


def main_sub_type(doc, escalation=()) -> Optional[str]:
    """The sub-type of the best-supported event, else of the commonest mention, as a CASE code
    (a demonstration typed by its worst moment in the text, as events are)."""
    from sitrep.components.merge import PROTEST_RANK, escalate

    events = doc._.sitrep_events or []
    if events:
        best = max(events, key=lambda e: (len(e.evidence), e.confidence))
        return BY_NAME[best.sub_event_type].code
    found = [m for m in (doc._.sitrep_mentions or []) if m.sub_event_type]
    if not found:
        return None
    strong = [m for m in found if m.strength == "strong"] or found
    sub = Counter(m.sub_event_type for m in strong).most_common(1)[0][0]
    if sub in PROTEST_RANK:
        sub, _ = escalate(sub, None, [doc[:]], escalation)
    return BY_NAME[sub].code
