"""Writers: ACLED CSV (2023 columns, in order), PLOVER JSONL, GeoJSON, JSON/JSONL of the records."""

from __future__ import annotations

import csv
import json
import time
from typing import IO, Any, Callable, Iterable, Iterator, Optional

from sitrep.records import Event, Extraction, Statement, to_dict
from sitrep.taxonomy import BY_NAME

ACLED_COLUMNS = (
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
    "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2",
    "interaction", "civilian_targeting", "iso", "region", "country", "admin1", "admin2", "admin3",
    "location", "latitude", "longitude", "geo_precision", "source", "source_scale", "notes",
    "fatalities", "tags", "timestamp",
)
PLOVER_RESOLUTION = {"site": 5, "city": 4, "admin1": 2, "region": 2, "country": 1}


def acled_rows(extractions: Iterable[Extraction], timestamp: Optional[int] = None) -> Iterator[dict[str, Any]]:
    stamp = int(time.time()) if timestamp is None else timestamp
    for x in extractions:
        for e in x.events:
            yield _acled_row(e, stamp)


def acled_dataframe(extractions: Iterable[Extraction], timestamp: Optional[int] = None):
    import pandas as pd

    return pd.DataFrame(list(acled_rows(extractions, timestamp)), columns=list(ACLED_COLUMNS))


def _acled_row(e: Event, stamp: int) -> dict[str, Any]:
    info = BY_NAME[e.sub_event_type]
    place = e.place
    iso3 = place.country if place else None
    inter1 = e.actor1.inter if e.actor1 else None
    inter2 = e.actor2.inter if e.actor2 else None
    date = _acled_date(e)
    return {
        "event_id_cnty": f"{iso3 or 'XXX'}{e.id}",
        "event_date": date.isoformat() if date else None,
        "year": date.year if date else None,
        "time_precision": e.time.precision if e.time else None,
        "disorder_type": info.disorder,
        "event_type": e.event_type,
        "sub_event_type": e.sub_event_type,
        "actor1": e.actor1.name if e.actor1 else None,
        "assoc_actor_1": "; ".join(a.name for a in e.assoc_actors) or None,
        "inter1": inter1,
        "actor2": e.actor2.name if e.actor2 else None,
        "assoc_actor_2": None,
        "inter2": inter2,
        "interaction": _interaction(inter1, inter2),
        "civilian_targeting": "Civilian targeting" if inter2 == 7 else None,
        "iso": _numeric_iso(iso3),
        "region": None,
        "country": _country_name(iso3),
        "admin1": place.admin1 if place else None,
        "admin2": None,
        "admin3": None,
        "location": place.name if place else None,
        "latitude": place.latitude if place else None,
        "longitude": place.longitude if place else None,
        "geo_precision": place.precision if place else None,
        "source": "; ".join(s.text for s in e.sources) or None,
        "source_scale": None,
        "notes": e.evidence[0].text.strip() if e.evidence else None,
        "fatalities": e.casualties.killed.best or 0,
        "tags": _tags(e),
        "timestamp": stamp,
    }


def _acled_date(e: Event):
    if e.time is None:
        return None
    if e.time.precision >= 2:
        return e.time.start + (e.time.end - e.time.start) / 2  # ACLED codes week/month-only events to the middle
    return e.time.start


def _interaction(a: Optional[int], b: Optional[int]) -> Optional[int]:
    if a is None:
        return None
    if b is None:
        return a * 10
    low, high = sorted((a, b))
    return low * 10 + high


def _numeric_iso(iso3: Optional[str]) -> Optional[int]:
    import pycountry

    c = pycountry.countries.get(alpha_3=iso3) if iso3 else None
    return int(c.numeric) if c is not None else None


def _country_name(iso3: Optional[str]) -> Optional[str]:
    import pycountry

    c = pycountry.countries.get(alpha_3=iso3) if iso3 else None
    return (getattr(c, "common_name", None) or c.name) if c is not None else None


def _tags(e: Event) -> Optional[str]:
    parts = []
    k, i = e.casualties.killed, e.casualties.injured
    if k.low is not None or k.high is not None:
        parts.append(f"killed best={k.best} low={k.low} high={k.high}")
    if i.known:
        parts.append(f"injured best={i.best} low={i.low} high={i.high}")
    return "; ".join(parts) or None


def write_acled_csv(extractions: Iterable[Extraction], fp: IO[str]) -> None:
    writer = csv.DictWriter(fp, fieldnames=list(ACLED_COLUMNS))
    writer.writeheader()
    for row in acled_rows(extractions):
        writer.writerow(row)


def plover_records(extractions: Iterable[Extraction]) -> Iterator[dict[str, Any]]:
    for x in extractions:
        cite = {
            "url": x.article.url,
            "title": x.article.title,
            "language": x.article.language,
            "publication": str(x.article.published) if x.article.published else None,
        }
        for e in x.events:
            yield _plover_event(e, cite)
        for i, s in enumerate(x.statements):
            yield _plover_statement(x, i, s, cite)


def _entity(actor) -> dict[str, Any]:
    return {"entity_text": actor.text or actor.name, "name": actor.name, "code": actor.country, "sector": actor.sector, "wikidata": actor.wikidata}


def _plover_event(e: Event, cite: dict) -> dict[str, Any]:
    two_sided = e.event_type == "Battles"
    actors = [a for a in (e.actor1, e.actor2) if a is not None]
    place = e.place
    return {
        "id": e.id,
        "date": e.time.start.isoformat() if e.time else None,
        "enddate": e.time.end.isoformat() if e.time else None,
        "actor": [_entity(a) for a in (actors if two_sided else actors[:1])],
        "recipient": [] if two_sided else [_entity(a) for a in actors[1:]],
        "event": e.plover_event,
        "mode": e.plover_mode,
        "context": [],
        "event_loc": None if place is None else {
            "name": place.name, "text": place.text, "geonameid": place.geonameid, "lat": place.latitude,
            "lon": place.longitude, "admin1": place.admin1, "country_code": place.country,
            "resolution": PLOVER_RESOLUTION.get(place.feature, 3),
        },
        "event_text": e.evidence[0].text if e.evidence else None,
        "size": {"dead": e.casualties.killed.best, "injured": e.casualties.injured.best},
        "text_info": {"sentence": e.evidence[0].text, "start": e.evidence[0].start, "end": e.evidence[0].end} if e.evidence else None,
        "cite_info": cite,
    }


def _plover_statement(x: Extraction, i: int, s: Statement, cite: dict) -> dict[str, Any]:
    return {
        "id": f"{x.article.id}-st{i}",
        "date": str(x.article.published) if x.article.published else None,
        "actor": [{"entity_text": s.speaker, "code": s.speaker_country, "sector": None, "role": s.role}],
        "recipient": [],
        "event": s.plover,
        "mode": s.mode,
        "context": [],
        "event_text": s.quote,
        "text_info": {"sentence": s.quote, "start": s.evidence.start, "end": s.evidence.end} if s.evidence else None,
        "cite_info": cite,
    }


def write_plover_jsonl(extractions: Iterable[Extraction], fp: IO[str]) -> None:
    for record in plover_records(extractions):
        fp.write(json.dumps(record, ensure_ascii=False) + "\n")


def geojson(extractions: Iterable[Extraction]) -> dict[str, Any]:
    features, excluded = [], 0
    for x in extractions:
        for e in x.events:
            row = _acled_row(e, int(time.time()))
            if e.place is None or e.place.latitude is None or e.place.longitude is None:
                excluded += 1
                continue
            features.append({
                "type": "Feature",
                "id": e.id,
                "geometry": {"type": "Point", "coordinates": [e.place.longitude, e.place.latitude]},
                "properties": row,
            })
    return {"type": "FeatureCollection", "features": features, "excluded": excluded}


def write_geojson(extractions: Iterable[Extraction], fp: IO[str]) -> None:
    json.dump(geojson(extractions), fp, ensure_ascii=False, indent=1, default=str)
    fp.write("\n")


def write_json(extractions: Iterable[Extraction], fp: IO[str]) -> None:
    json.dump([to_dict(x) for x in extractions], fp, ensure_ascii=False, indent=1)
    fp.write("\n")


def write_jsonl(extractions: Iterable[Extraction], fp: IO[str]) -> None:
    for x in extractions:
        fp.write(json.dumps(to_dict(x), ensure_ascii=False) + "\n")


FORMATS: dict[str, Callable[[Iterable[Extraction], IO[str]], None]] = {
    "json": write_json,
    "jsonl": write_jsonl,
    "acled-csv": write_acled_csv,
    "plover-jsonl": write_plover_jsonl,
    "geojson": write_geojson,
}
