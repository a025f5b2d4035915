"""Writers: ACLED CSV (the 2023 export columns, in order), PLOVER JSONL, GeoJSON, JSON and JSONL.

Every writer takes an iterable of ``Extraction`` records and a text stream (or a path), writes,
and returns the number of records it wrote. ``FORMATS`` maps the CLI's format names to them.

ACLED mapping (one row per ``Event``):

* ``event_date``: the middle of the time span when ``time_precision`` is 2 (week) or 3 (month),
  as ACLED codes such events, else its first day; ``year`` is that date's year;
* ``iso``: numeric ISO 3166 code of the place's country; ``country``: its English name (ACLED's
  spelling); ``region``: ACLED's region of the country;
* ``interaction``: the two ``inter`` codes joined lower first (1 and 7 → 17); without a second
  actor ``inter1 * 10``; ``civilian_targeting`` is "Civilian targeting" when actor2 is civilian (7);
* ``source``: the event's source texts joined with "; "; ``notes``: the text of the first mention;
* ``fatalities``: ``casualties.killed.best`` or 0 (the most conservative figure of the named sources
  when they disagree); ``tags``: injured counts, killed bounds, the figures of each source when they
  disagree ("killed per source: le ministère 12 | une ONG locale 20"), confidence;
* ``event_id_cnty``: ISO-3 of the country (or "XXX") followed by the event id;
* ``timestamp``: the unix time of the export (``timestamp`` argument, default now).
"""

from __future__ import annotations

import contextlib
import csv
import datetime as dt
import json
import re
import time
from pathlib import Path
from typing import IO, Any, Callable, Iterable, Iterator, Optional, Union

from sitrep.countries import country_info
from sitrep.records import Actor, Event, Evidence, Extraction, Place, Statement, to_dict
from sitrep.taxonomy import BY_NAME

__all__ = [
    "ACLED_COLUMNS",
    "FORMATS",
    "acled_rows",
    "acled_row",
    "acled_dataframe",
    "plover_records",
    "plover_event_record",
    "plover_statement_record",
    "geojson",
    "write_acled_csv",
    "write_plover_jsonl",
    "write_geojson",
    "write_json",
    "write_jsonl",
    "plover_resolution",
    "country_info",
]

ACLED_COLUMNS: tuple[str, ...] = (
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
    "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2",
    "interaction", "civilian_targeting", "iso", "region", "country", "admin1", "admin2", "admin3",
    "location", "latitude", "longitude", "geo_precision", "source", "source_scale", "notes",
    "fatalities", "tags", "timestamp",
)
_INT_COLUMNS = ("year", "time_precision", "inter1", "inter2", "interaction", "iso", "geo_precision", "fatalities", "timestamp")
_FLOAT_COLUMNS = ("latitude", "longitude")

Output = Union[IO[str], str, Path]


# --- ACLED -----------------------------------------------------------------------------------


def acled_rows(extractions: Iterable[Extraction], timestamp: Optional[int] = None) -> Iterator[dict[str, Any]]:
    """One ACLED row (a dict with ``ACLED_COLUMNS`` as keys, in order) per event; missing values are None."""
    stamp = int(time.time()) if timestamp is None else int(timestamp)
    for extraction in extractions:
        for event in extraction.events:
            yield acled_row(event, stamp)


def acled_dataframe(extractions: Iterable[Extraction], timestamp: Optional[int] = None):
    """The ACLED rows as a pandas DataFrame: the columns in ACLED's order, integer columns as Int64."""
    import pandas as pd

    frame = pd.DataFrame(list(acled_rows(extractions, timestamp)), columns=list(ACLED_COLUMNS))
    for col in _INT_COLUMNS:
        frame[col] = frame[col].astype("Int64")
    for col in _FLOAT_COLUMNS:
        frame[col] = frame[col].astype("float64")
    return frame


def acled_actor_name(actor: Optional[Actor], date: Optional[dt.date] = None) -> Optional[str]:
    """ACLED's name of an actor, with the period it gives state forces: "Military Forces of Mali (2021-)"."""
    if actor is None:
        return None
    if actor.acled_name:
        return actor.acled_name
    from sitrep.components.actors import periods  # late: the components load spaCy

    return periods().acled_name(actor, date) or actor.name


def acled_row(event: Event, timestamp: int) -> dict[str, Any]:
    """The ACLED row of one event."""
    place = event.place
    iso3 = (place.country if place else None) or None
    numeric, country, region = country_info(iso3)
    inter1 = event.actor1.inter if event.actor1 else None
    inter2 = event.actor2.inter if event.actor2 else None
    date = event_date(event)
    sub = BY_NAME.get(event.sub_event_type)
    return {
        "event_id_cnty": f"{iso3 or 'XXX'}{event.id}",
        "event_date": date.isoformat() if date else None,
        "year": date.year if date else None,
        "time_precision": event.time.precision if event.time else None,
        "disorder_type": sub.disorder if sub else None,
        "event_type": event.event_type,
        "sub_event_type": event.sub_event_type,
        "actor1": acled_actor_name(event.actor1, date),
        "assoc_actor_1": "; ".join(acled_actor_name(a, date) for a in event.assoc_actors) or None,
        "inter1": inter1,
        "actor2": acled_actor_name(event.actor2, date),
        "assoc_actor_2": None,
        "inter2": inter2,
        "interaction": interaction(inter1, inter2),
        "civilian_targeting": "Civilian targeting" if inter2 == 7 else None,
        "iso": numeric,
        "region": region,
        "country": country,
        "admin1": place.admin1 if place else None,
        "admin2": None,
        "admin3": None,
        "location": place.name if place else None,
        "latitude": place.latitude if place else None,
        "longitude": place.longitude if place else None,
        "geo_precision": place.precision if place else None,
        "source": "; ".join(dict.fromkeys(s.text for s in event.sources)) or None,
        "source_scale": None,
        "notes": _squash(event.evidence[0].text) if event.evidence else None,
        "fatalities": event.casualties.killed.best or 0,
        "tags": _tags(event),
        "timestamp": timestamp,
    }


def event_date(event: Event) -> Optional[dt.date]:
    """ACLED's event_date: the middle of the span for week (2) or month (3) precision, else its start."""
    span = event.time
    if span is None:
        return None
    if span.precision >= 2:
        return span.start + dt.timedelta(days=(span.end - span.start).days // 2)
    return span.start


def interaction(inter1: Optional[int], inter2: Optional[int]) -> Optional[int]:
    """ACLED's interaction code: the two inter codes, lower first; one actor: inter1 * 10."""
    if inter1 is None and inter2 is None:
        return None
    if inter1 is None or inter2 is None:
        return (inter1 or inter2) * 10
    low, high = sorted((inter1, inter2))
    return low * 10 + high


def _tags(event: Event) -> Optional[str]:
    parts = []
    killed, injured = event.casualties.killed, event.casualties.injured
    if {killed.low, killed.high} - {None, killed.best}:
        parts.append("killed " + _count(killed))
    if injured.known or injured.high is not None:
        parts.append("injured " + _count(injured))
    for what in ("killed", "injured"):
        claims = [(c.source.text, getattr(c, what).best) for c in event.casualties.claims if c.source and getattr(c, what).best is not None]
        if len({n for _, n in claims}) > 1:
            parts.append(f"{what} per source: " + " | ".join(f"{_squash(s)} {n}" for s, n in claims))
    parts.append(f"confidence={event.confidence:.2f}")
    return "; ".join(parts)


def _count(c) -> str:
    """'best=2', or with the bounds that differ from it: 'best=2 low=2 high=5'."""
    bounds = {"low": c.low, "high": c.high}
    if all(v in (None, c.best) for v in bounds.values()):
        bounds = {}
    return " ".join(f"{k}={v}" for k, v in {"best": c.best, **bounds}.items() if v is not None)


def _squash(text: str) -> str:
    return " ".join(text.split())


def write_acled_csv(extractions: Iterable[Extraction], fp: Output, *, timestamp: Optional[int] = None) -> int:
    """ACLED CSV: a header of ``ACLED_COLUMNS`` and one row per event; returns the number of rows."""
    with _output(fp, newline="") as out:
        writer = csv.DictWriter(out, fieldnames=list(ACLED_COLUMNS), lineterminator="\n")
        writer.writeheader()
        n = 0
        for row in acled_rows(extractions, timestamp):
            writer.writerow(row)
            n += 1
    return n


# --- PLOVER ----------------------------------------------------------------------------------

_PLOVER_CONTEXT = {
    "Battles": ["military"],
    "Explosions/Remote violence": ["military"],
    "Violence against civilians": ["human_rights"],
}


def plover_resolution(place: Place) -> int:
    """PLOVER's location resolution: 5 sub-city site, 4 city, 3 near a city / part of a region, 2 admin1, 1 country."""
    if place.feature == "country":
        return 1
    if place.feature in ("admin1", "region") or place.precision >= 3:
        return 2
    if place.precision == 2:
        return 3
    if place.feature == "site":
        return 5
    return 4


def plover_records(extractions: Iterable[Extraction]) -> Iterator[dict[str, Any]]:
    """One PLOVER record per event and per statement of each extraction."""
    for extraction in extractions:
        cite = _cite_info(extraction)
        for event in extraction.events:
            yield _plover_event(extraction, event, cite)
        for index, statement in enumerate(extraction.statements, start=1):
            yield _plover_statement(extraction, index, statement, cite)


def _cite_info(extraction: Extraction) -> dict[str, Any]:
    art = extraction.article
    return {
        "url": art.url,
        "title": art.title,
        "language": art.language,
        "publication": str(art.published) if art.published else None,
        "article_id": art.id,
    }


def _entity(actor: Actor) -> dict[str, Any]:
    return {
        "entity_text": actor.text or actor.name,
        "name": actor.name,
        "code": actor.country,
        "sector": actor.sector,
        "wikidata": actor.wikidata,
        "person": actor.person,
        "office": actor.office,
    }


def _text_info(text: str, evidence: Optional[Evidence]) -> Optional[dict[str, Any]]:
    if evidence is None:
        return None
    start, end = _sentence_bounds(text, evidence.start, evidence.end)
    return {"sentence": text[start:end], "start": start, "end": end, "mention_start": evidence.start, "mention_end": evidence.end}


_SENTENCE_END = re.compile(r"(?<=[.!?…])[»”\")]*\s+|\n\s*\n")


def _sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence around ``text[start:end]`` (a simple punctuation rule; never shorter than the span)."""
    if not text or not (0 <= start <= end <= len(text)):
        return start, end
    left = 0
    for m in _SENTENCE_END.finditer(text, 0, start):
        left = m.end()
    m = _SENTENCE_END.search(text, max(end - 1, start))
    right = len(text) if m is None else m.start()
    right = max(right, end)
    while right > left and text[right - 1].isspace():
        right -= 1
    return left, max(right, end)


def _plover_event(extraction: Extraction, event: Event, cite: dict[str, Any]) -> dict[str, Any]:
    place = event.place
    first = event.evidence[0] if event.evidence else None
    return {
        "id": event.id,
        "type": "event",
        "date": event.time.start.isoformat() if event.time else None,
        "enddate": event.time.end.isoformat() if event.time else None,
        "actor": [_entity(event.actor1)] if event.actor1 else [],
        "recipient": [_entity(event.actor2)] if event.actor2 else [],
        "event": event.plover_event,
        "mode": event.plover_mode,
        "context": list(_PLOVER_CONTEXT.get(event.event_type, [])),
        "event_loc": None
        if place is None
        else {
            "name": place.name,
            "text": place.text,
            "geonameid": place.geonameid,
            "lat": place.latitude,
            "lon": place.longitude,
            "admin1": place.admin1,
            "country_code": place.country,
            "resolution": plover_resolution(place),
        },
        "event_text": _squash(first.text) if first else None,
        "size": {"dead": event.casualties.killed.best, "injured": event.casualties.injured.best},
        "text_info": _text_info(extraction.article.text, first),
        "cite_info": cite,
        "acled": {"event_type": event.event_type, "sub_event_type": event.sub_event_type},
        "confidence": event.confidence,
    }


def _plover_statement(extraction: Extraction, index: int, statement: Statement, cite: dict[str, Any]) -> dict[str, Any]:
    published = extraction.article.published
    start, end = published.span() if published else (None, None)
    actor = statement.actor or Actor(name=statement.speaker)  # whom the speaker speaks for, when known
    return {
        "id": f"{extraction.article.id}-st{index}",
        "type": "statement",
        "date": start.isoformat() if start else None,
        "enddate": end.isoformat() if end else None,
        "actor": [
            {
                "entity_text": statement.speaker,
                "name": actor.name,
                "code": statement.speaker_country,
                "sector": actor.sector,
                "wikidata": actor.wikidata,
                "person": actor.person,
                "office": actor.office,
                "role": statement.role,
            }
        ],
        "recipient": [],
        "event": statement.plover,
        "mode": statement.mode,
        "context": [],
        "event_loc": None,
        "event_text": statement.quote,
        "size": None,
        "text_info": _text_info(extraction.article.text, statement.evidence),
        "cite_info": cite,
    }


def plover_event_record(extraction: Extraction, event: Event) -> dict[str, Any]:
    """The PLOVER record of one event of ``extraction`` (its article gives the citation and text)."""
    return _plover_event(extraction, event, _cite_info(extraction))


def plover_statement_record(extraction: Extraction, index: int, statement: Statement) -> dict[str, Any]:
    """The PLOVER record of the ``index``-th (from 1) statement of ``extraction``."""
    return _plover_statement(extraction, index, statement, _cite_info(extraction))


def write_plover_jsonl(extractions: Iterable[Extraction], fp: Output) -> int:
    """PLOVER JSON Lines: one record per event and per statement; returns the number of records."""
    n = 0
    with _output(fp) as out:
        for record in plover_records(extractions):
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
            n += 1
    return n


# --- GeoJSON ---------------------------------------------------------------------------------


def geojson(extractions: Iterable[Extraction], timestamp: Optional[int] = None) -> dict[str, Any]:
    """A GeoJSON FeatureCollection: one Point per event with coordinates, properties its ACLED row.

    Events without coordinates are left out and counted in the top-level ``excluded`` member.
    """
    stamp = int(time.time()) if timestamp is None else int(timestamp)
    features: list[dict[str, Any]] = []
    excluded = 0
    for extraction in extractions:
        for event in extraction.events:
            place = event.place
            if place is None or place.latitude is None or place.longitude is None:
                excluded += 1
                continue
            features.append(
                {
                    "type": "Feature",
                    "id": event.id,
                    "geometry": {"type": "Point", "coordinates": [float(place.longitude), float(place.latitude)]},
                    "properties": acled_row(event, stamp),
                }
            )
    return {"type": "FeatureCollection", "features": features, "excluded": excluded}


def write_geojson(extractions: Iterable[Extraction], fp: Output, *, timestamp: Optional[int] = None) -> int:
    """Write ``geojson(extractions)``; returns the number of features."""
    collection = geojson(extractions, timestamp)
    with _output(fp) as out:
        json.dump(collection, out, ensure_ascii=False, indent=1)
        out.write("\n")
    return len(collection["features"])


# --- sitrep's own JSON -----------------------------------------------------------------------


def write_json(extractions: Iterable[Extraction], fp: Output) -> int:
    """A JSON list of ``to_dict(extraction)`` (streamed item by item); returns the number of extractions."""
    n = 0
    with _output(fp) as out:
        out.write("[")
        for extraction in extractions:
            out.write(",\n" if n else "\n")
            out.write(json.dumps(to_dict(extraction), ensure_ascii=False, indent=1))
            n += 1
        out.write("\n]\n" if n else "]\n")
    return n


def write_jsonl(extractions: Iterable[Extraction], fp: Output) -> int:
    """One ``to_dict(extraction)`` per line; returns the number of extractions."""
    n = 0
    with _output(fp) as out:
        for extraction in extractions:
            out.write(json.dumps(to_dict(extraction), ensure_ascii=False) + "\n")
            n += 1
    return n


@contextlib.contextmanager
def _output(fp: Output, newline: Optional[str] = None) -> Iterator[IO[str]]:
    if isinstance(fp, (str, Path)):
        with open(fp, "w", encoding="utf-8", newline=newline) as out:
            yield out
    else:
        yield fp


Writer = Callable[..., int]

FORMATS: dict[str, Writer] = {
    "json": write_json,
    "jsonl": write_jsonl,
    "acled-csv": write_acled_csv,
    "plover-jsonl": write_plover_jsonl,
    "geojson": write_geojson,
}
"""Output format name (as the CLI's ``--format`` spells it) → writer ``(extractions, fp) -> int``."""
