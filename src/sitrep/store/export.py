"""Reading merged events back out of the store: filters, ``query`` and ``export``.

Exports: ``acled-csv`` (ACLED's columns, in ACLED's order; ``tags`` adds the number of sources and
reports), ``plover-jsonl`` (PLOVER's fields, one record per merged event with every report's
citation, then the statements: of every article without filters, of the events' articles with them), ``geojson`` (a Point per event with coordinates)
and ``parquet`` (the events table, flat columns plus the full record as JSON).
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import time
from dataclasses import dataclass, replace
from pathlib import Path
from typing import IO, Any, Iterator, Optional, Union

from sitrep.errors import SitrepError
from sitrep.io.writers import ACLED_COLUMNS, acled_row, plover_event_record, plover_statement_record
from sitrep.records import Event, Evidence, PartialDate, from_dict
from sitrep.store.db import Store

EXPORT_FORMATS = ("acled-csv", "plover-jsonl", "geojson", "parquet")


@dataclass(frozen=True)
class Filters:
    """Which events: every given filter must hold."""

    country: Optional[str] = None  # ISO-3 code or English name
    bbox: Optional[tuple[float, float, float, float]] = None  # min_lon, min_lat, max_lon, max_lat
    since: Optional[dt.date] = None  # the event's span ends on or after
    until: Optional[dt.date] = None  # the event's span starts on or before
    type: Optional[str] = None  # ACLED event_type or sub_event_type, or PLOVER event (any case)
    actor: Optional[str] = None  # part of actor1's or actor2's name (any case)
    text: Optional[str] = None  # words in the text of one of the event's articles (any case)

    def where(self) -> tuple[str, list[Any]]:
        """The SQL condition on ``events e`` and its parameters."""
        parts, params = ["TRUE"], []
        if self.country:
            parts.append("e.country = ?")
            params.append(_iso3(self.country))
        if self.bbox:
            parts.append("e.longitude BETWEEN ? AND ? AND e.latitude BETWEEN ? AND ?")
            params += [self.bbox[0], self.bbox[2], self.bbox[1], self.bbox[3]]
        if self.since:
            parts.append("e.date_end >= ?")
            params.append(self.since)
        if self.until:
            parts.append("e.date_start <= ?")
            params.append(self.until)
        if self.type:
            parts.append("(lower(e.event_type) = lower(?) OR lower(e.sub_event_type) = lower(?) OR lower(e.plover_event) = lower(?))")
            params += [self.type] * 3
        if self.actor:
            parts.append("(e.actor1 ILIKE ? OR e.actor2 ILIKE ?)")
            params += [f"%{self.actor}%"] * 2
        if self.text:
            parts.append(
                "EXISTS (SELECT 1 FROM reports r JOIN articles a ON a.hash = r.article "
                "WHERE r.event = e.id AND json_extract_string(a.extraction, '$.article.text') ILIKE ?)"
            )
            params.append(f"%{self.text}%")
        return " AND ".join(parts), params


def parse_filters(
    country: Optional[str] = None, bbox: Optional[str] = None, since: Optional[str] = None, until: Optional[str] = None,
    type: Optional[str] = None, actor: Optional[str] = None, text: Optional[str] = None,
) -> Filters:
    """Filters from their text form (the CLI's options, the API's query string); E206 names a bad one."""
    return Filters(
        country=country, bbox=parse_bbox(bbox) if bbox else None, since=_day(since, "--since", 0), until=_day(until, "--until", 1),
        type=type, actor=actor, text=text,
    )


def _day(value: Optional[str], option: str, end: int) -> Optional[dt.date]:
    """The first (``end`` 0) or last (1) day a partial date YYYY[-MM[-DD]] stands for."""
    if not value:
        return None
    try:
        return PartialDate.parse(value).span()[end]
    except ValueError:
        raise SitrepError("E206", source=option, detail=f"'{value}' is not a date YYYY[-MM[-DD]]") from None


def parse_bbox(value: str) -> tuple[float, float, float, float]:
    """'min_lon,min_lat,max_lon,max_lat' → four floats (E206 when it is not that)."""
    try:
        box = tuple(float(v) for v in value.split(","))
    except ValueError:
        box = ()
    if len(box) != 4 or box[0] > box[2] or box[1] > box[3]:
        raise SitrepError("E206", source="--bbox", detail=f"'{value}' is not min_lon,min_lat,max_lon,max_lat")
    return box  # type: ignore[return-value]


def _iso3(country: str) -> str:
    if len(country) == 3 and country.isalpha():
        return country.upper()
    from sitrep.countries import iso3_of_name

    code = iso3_of_name(country)
    if code is None:
        raise SitrepError("E206", source="--country", detail=f"unknown country '{country}' (give an ISO-3 code or an English name)")
    return code


# --- query ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class StoredEvent:
    """A merged event with its provenance: the reports (one per article) it was built from."""

    event: Event
    n_reports: int
    n_sources: int
    reports: tuple[dict[str, Any], ...]  # article hash, url, title, published, source, the report's first mention


def query(store: Union[Store, str, Path], filters: Filters = Filters(), limit: Optional[int] = None) -> Iterator[StoredEvent]:
    """Merged events matching ``filters``, in date order."""
    store = store if isinstance(store, Store) else Store(store)
    where, params = filters.where()
    sql = f"SELECT e.id, e.record, e.n_reports, e.n_sources FROM events e WHERE {where} ORDER BY e.date_start NULLS LAST, e.first_seq"
    if limit:
        sql += f" LIMIT {int(limit)}"
    with store.read() as con:
        rows = con.execute(sql, params).fetchall()
        provenance = _provenance(con, [r[0] for r in rows])
    for event_id, record, n_reports, n_sources in rows:
        yield StoredEvent(from_dict(Event, json.loads(record)), n_reports, n_sources, tuple(provenance.get(event_id, ())))


def _provenance(con, event_ids: list[str]) -> dict[str, list[dict[str, Any]]]:
    if not event_ids:
        return {}
    rows = con.execute(
        """SELECT r.event, r.article, a.url, a.title, a.published, a.source, r.record
           FROM reports r JOIN articles a ON a.hash = r.article
           WHERE r.event IN (SELECT unnest(?)) ORDER BY r.seq""",
        [event_ids],
    ).fetchall()
    out: dict[str, list[dict[str, Any]]] = {}
    for event_id, article, url, title, published, source, record in rows:
        evidence = json.loads(record).get("evidence") or []
        out.setdefault(event_id, []).append(
            {
                "article": article, "url": url, "title": title, "published": published, "source": source,
                "mention": evidence[0] if evidence else None,
            }
        )
    return out


# --- export -----------------------------------------------------------------------------------


def export(store: Union[Store, str, Path], fmt: str, out: Union[str, Path, IO[str]], filters: Filters = Filters(), timestamp: Optional[int] = None) -> int:
    """Write the matching events in ``fmt`` to ``out`` (a path, or a text stream except for parquet); returns the count."""
    store = store if isinstance(store, Store) else Store(store)
    if fmt not in EXPORT_FORMATS:
        raise SitrepError("E014", source="--format", value=fmt, choices=", ".join(EXPORT_FORMATS))
    stamp = int(time.time()) if timestamp is None else int(timestamp)
    if fmt == "parquet":
        return _parquet(store, out, filters)
    events = query(store, filters)
    with _open(out) as fp:
        if fmt == "acled-csv":
            return _acled(events, fp, stamp)
        if fmt == "geojson":
            return _geojson(events, fp, stamp)
        return _plover(store, events, fp, every_statement=filters == Filters())


def acled_event_row(stored: StoredEvent, timestamp: int) -> dict[str, Any]:
    """The ACLED row of a merged event: notes from its first report, sources and reports counted in tags."""
    row = acled_row(stored.event, timestamp)
    first = stored.reports[0]["mention"] if stored.reports else None
    if first:
        row["notes"] = " ".join(first["text"].split())
    row["tags"] = "; ".join(t for t in (row["tags"], f"sources={stored.n_sources}", f"reports={stored.n_reports}") if t)
    return row


def _acled(events: Iterator[StoredEvent], fp: IO[str], stamp: int) -> int:
    writer = csv.DictWriter(fp, fieldnames=list(ACLED_COLUMNS), lineterminator="\n")
    writer.writeheader()
    n = 0
    for stored in events:
        writer.writerow(acled_event_row(stored, stamp))
        n += 1
    return n


def _geojson(events: Iterator[StoredEvent], fp: IO[str], stamp: int) -> int:
    features = []
    excluded = 0
    for stored in events:
        place = stored.event.place
        if place is None or place.latitude is None or place.longitude is None:
            excluded += 1
            continue
        props = acled_event_row(stored, stamp)
        props.update(n_sources=stored.n_sources, n_reports=stored.n_reports)
        features.append(
            {
                "type": "Feature",
                "id": stored.event.id,
                "geometry": {"type": "Point", "coordinates": [float(place.longitude), float(place.latitude)]},
                "properties": props,
            }
        )
    json.dump({"type": "FeatureCollection", "features": features, "excluded": excluded}, fp, ensure_ascii=False, indent=1)
    fp.write("\n")
    return len(features)


def _plover(store: Store, events: Iterator[StoredEvent], fp: IO[str], every_statement: bool) -> int:
    n = 0
    articles: dict[str, Any] = {}
    for stored in events:
        first = stored.reports[0]["article"] if stored.reports else None
        extraction = _extraction(store, first, articles) if first else None
        record = plover_event_record(extraction, _with_first_mention(stored)) if extraction else {}
        record["sources_count"] = stored.n_sources
        record["reports"] = [{k: r[k] for k in ("article", "url", "title", "published")} for r in stored.reports]
        fp.write(json.dumps(record, ensure_ascii=False) + "\n")
        n += 1
    for hash_ in _statement_articles(store) if every_statement else list(articles):
        extraction = _extraction(store, hash_, articles)
        for index, statement in enumerate(extraction.statements, start=1):
            fp.write(json.dumps(plover_statement_record(extraction, index, statement), ensure_ascii=False) + "\n")
            n += 1
        articles.pop(hash_, None)
    return n


def _statement_articles(store: Store) -> list[str]:
    with store.read() as con:
        return [r[0] for r in con.execute("SELECT hash FROM articles WHERE n_statements > 0 ORDER BY seq").fetchall()]


def _with_first_mention(stored: StoredEvent) -> Event:
    """The event with its first report's mentions as evidence (offsets into that report's article)."""
    mention = stored.reports[0]["mention"] if stored.reports else None
    if not mention:
        return stored.event
    return replace(stored.event, evidence=(from_dict(Evidence, mention),))


def _extraction(store: Store, hash_: str, cache: dict[str, Any]):
    if hash_ not in cache:
        cache[hash_] = store.extraction(hash_)
    return cache[hash_]


def _parquet(store: Store, out: Union[str, Path, IO[str]], filters: Filters) -> int:
    if not isinstance(out, (str, Path)) or str(out) == "-":
        raise SitrepError("E206", source="--output", detail="Parquet is written to a file: give --output FILE.parquet")
    where, params = filters.where()
    with store.read() as con:
        n = con.execute(f"SELECT count(*) FROM events e WHERE {where}", params).fetchone()[0]
        path = str(out).replace("'", "''")
        con.execute(f"COPY (SELECT e.* FROM events e WHERE {where} ORDER BY e.date_start NULLS LAST, e.first_seq) TO '{path}' (FORMAT parquet)", params)
    return n


class _open:
    def __init__(self, out: Union[str, Path, IO[str]]) -> None:
        self.out, self.fp = out, None

    def __enter__(self) -> IO[str]:
        if isinstance(self.out, (str, Path)):
            self.fp = open(self.out, "w", encoding="utf-8", newline="")
            return self.fp
        return self.out

    def __exit__(self, *exc: Any) -> None:
        if self.fp is not None:
            self.fp.close()
