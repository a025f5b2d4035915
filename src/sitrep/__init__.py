"""sitrep: news articles in, structured, geocoded, dated, source-attributed event records out."""

from sitrep.records import (  # noqa: F401
    Actor,
    Article,
    Casualties,
    Count,
    Event,
    Evidence,
    Extraction,
    Framing,
    NonEvent,
    PartialDate,
    Place,
    Source,
    Statement,
    TimeSpan,
)

__version__ = "0.1.0"


def extract(text, published=None, lang=None, title=None, url=None, model=None):
    """Events, statements and non-events of one article (see ``sitrep.pipeline.extract``)."""
    from sitrep.pipeline import extract as _extract

    return _extract(text, published=published, lang=lang, title=title, url=url, model=model)


def extract_many(items, batch_size=16, model=None):
    """Stream many articles through the pipeline (see ``sitrep.pipeline.extract_many``)."""
    from sitrep.pipeline import extract_many as _extract_many

    return _extract_many(items, batch_size=batch_size, model=model)


def classify(text, lang=None, model="default"):
    """ACLED sub-type code (CASE 2021 style, e.g. 'AIR_STRIKE') of the main event of a short text."""
    from sitrep.classifier import classify as _classify

    return _classify(text, lang=lang, model=model)


def classify_plover(text, lang=None):
    """PLOVER event type, mode and actor codes of one sentence (see ``sitrep.plover``)."""
    from sitrep.plover import classify_plover as _classify_plover

    return _classify_plover(text, lang=lang)
