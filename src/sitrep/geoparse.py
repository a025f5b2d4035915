"""Geoparsing: find every place name of an English text and resolve it to a point, with the
pipeline's place stage (``sitrep.components.places.PlaceResolver``).

>>> from sitrep.geoparse import detect, resolve
>>> text = "Paris police said the fire started near Lamar Avenue. Paris is in Texas."
>>> resolve(text, 0, 5).country
'USA'
>>> [(p.evidence.start, p.evidence.end, p.name) for p in detect(text)][-1]
(64, 69, 'Texas')

Both read a name in the light of the whole text: the countries and regions it names, the other
places and how close they are, "City, State" patterns and demonyms ("Turkish" is Turkey).
Regions and countries are placed at the middle of their area, as GeoNames places them.

Only the spaCy components the place stage needs (``tok2vec``, ``ner``) are loaded and run, and the last
texts' analyses are cached: ``resolve`` is called for each name of a text in turn.
"""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Optional

from sitrep.records import Place

__all__ = ["detect", "resolve", "analyse"]

#: the spaCy components the place stage reads (named entities)
NEEDED = ("tok2vec", "ner")
CACHE_TEXTS = 8


@dataclass(frozen=True)
class Analysis:
    """A text's place names, their places and the context they make."""

    text: str
    spans: tuple[tuple[int, int], ...]
    places: tuple[Optional[Place], ...]
    context: Any


@lru_cache(maxsize=None)
def _stage(lang: str = "en"):
    """The language's spaCy model with the pipeline's place stage (``sitrep_places``) added:
    the same stage as in ``sitrep.pipeline.load_pipeline``, without the event stages."""
    import spacy

    import sitrep.components  # noqa: F401  (registers the factories)
    from sitrep.errors import SitrepError
    from sitrep.pipeline import MODELS

    model, package = MODELS[lang]
    try:
        nlp = spacy.load(model, exclude=["parser", "lemmatizer", "attribute_ruler", "tagger", "morphologizer", "senter"])
    except OSError:
        raise SitrepError("E016", source="geoparse", model=model, package=package) from None
    stage = nlp.add_pipe("sitrep_places")
    stage.context.areas = True  # "Europe", "the Red Sea" are toponyms too, if not an event's place
    return nlp, stage


_cache: "OrderedDict[tuple[str, str], Analysis]" = OrderedDict()


def analyse(text: str, lang: str = "en") -> Analysis:
    """Find and resolve the place names of ``text`` (cached for the last few texts)."""
    key = (lang, text)
    hit = _cache.get(key)
    if hit is not None:
        _cache.move_to_end(key)
        return hit
    nlp, stage = _stage(lang)
    with nlp.select_pipes(enable=[p for p in NEEDED if p in nlp.pipe_names]):
        doc = nlp(text)
    found = stage.find_spans(doc)
    demonyms = stage.find_demonyms(doc, found)
    spans = tuple((s.start_char, s.end_char) for s in found + demonyms)
    cands, context = stage.resolve_in_context(text, spans)
    places = tuple(stage._place(text, s, e, c, True) for (s, e), c in zip(spans, cands))
    result = Analysis(text, spans, places, context)
    _cache[key] = result
    while len(_cache) > CACHE_TEXTS:
        _cache.popitem(last=False)
    return result


def resolve(text: str, start: int, end: int, *, guess: bool = True) -> Optional[Place]:
    """The place named at ``text[start:end]``, read in the context of the whole text.

    A name the gazetteer lacks ("Meadow Grove") is placed, with ``guess``, at the place the
    text is most about (its most named town), with precision 2 (near) or 3 (region)."""
    a = analyse(text)
    _, stage = _stage()
    place = None
    for (s, e), p in zip(a.spans, a.places):
        if (s, e) == (start, end):
            place = p
            break
    else:
        place = stage.resolve_one(text, start, end, a.spans, a.context, center=True)
    if place is None and guess:
        place = stage.focus(text, start, end, a.context, center=True)
    return place


def detect(text: str) -> list[Place]:
    """Every place name of ``text`` (demonyms included), resolved; ``Place.evidence`` gives
    its offsets."""
    a = analyse(text)
    return [p for p in a.places if p is not None]
