"""Gold records for ``sitrep eval`` and streaming loaders for the four gold formats.

The formats are those of the shared evaluation files (see ``FORMATS.md`` next to them):

* articles  (JSONL): :class:`GoldArticle` with :class:`GoldEvent`, :class:`GoldStatement`
* snippets  (TSV with header ``id  text  label``): :class:`GoldSnippet`
* sentences (JSONL): :class:`GoldSentence` with :class:`GoldActor`
* toponyms  (JSONL): :class:`GoldToponymText` with :class:`GoldToponym`

Every loader is a generator: it reads one record at a time and yields it. A malformed record raises
``SitrepError("E017", source=<file>, detail="line N: …", line=N)`` naming the file and the line;
a missing file raises ``E004``. A file with no record at all is malformed too (E017).

Two tolerances for quirks of the public data: ids need not be unique (the PLOVER file repeats one),
and a toponym span whose offsets fall outside its text or do not match its ``phrase`` is left out
and counted in ``GoldToponymText.dropped`` rather than failing the whole file.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import math
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Iterator, Optional, TypeVar

from sitrep.errors import SitrepError
from sitrep.records import PartialDate
from sitrep.taxonomy import BY_NAME, EVENT_TYPES

__all__ = [
    "GoldActor",
    "GoldArticle",
    "GoldEvent",
    "GoldSentence",
    "GoldSnippet",
    "GoldStatement",
    "GoldToponym",
    "GoldToponymText",
    "load_articles",
    "load_sentences",
    "load_snippets",
    "load_toponyms",
]


# --- records -------------------------------------------------------------------------------


@dataclass(frozen=True)
class GoldEvent:
    """One ACLED-style gold event of an article."""

    event_type: str
    sub_event_type: str
    actor1: Optional[str] = None
    actor1_country: Optional[str] = None
    actor2: Optional[str] = None
    actor2_country: Optional[str] = None
    location: Optional[str] = None
    admin1: Optional[str] = None
    country: Optional[str] = None
    country_iso3: Optional[str] = None
    latitude: Optional[float] = None
    longitude: Optional[float] = None
    date_min: Optional[dt.date] = None
    date_max: Optional[dt.date] = None
    fatalities: Optional[int] = 0
    fatalities_max: Optional[int] = None
    injured: Optional[int] = None
    injured_min: Optional[int] = None
    sources: tuple[str, ...] = ()
    evidence: tuple[str, ...] = ()

    @property
    def has_coordinates(self) -> bool:
        return self.latitude is not None and self.longitude is not None


@dataclass(frozen=True)
class GoldStatement:
    speaker: str
    plover: str
    speaker_country: Optional[str] = None
    role: Optional[str] = None
    mode: Optional[str] = None
    evidence: tuple[str, ...] = ()


@dataclass(frozen=True)
class GoldArticle:
    id: str
    text: str
    lang: Optional[str] = None
    published: Optional[str] = None  # as in the file: YYYY, YYYY-MM or YYYY-MM-DD (validated)
    title: Optional[str] = None
    url: Optional[str] = None
    events: tuple[GoldEvent, ...] = ()
    statements: tuple[GoldStatement, ...] = ()
    not_events: tuple[str, ...] = ()

    @property
    def published_date(self) -> Optional[PartialDate]:
        return PartialDate.parse(self.published)


@dataclass(frozen=True)
class GoldSnippet:
    id: str
    text: str
    label: str


@dataclass(frozen=True)
class GoldActor:
    text: Optional[str] = None
    code: Optional[str] = None  # ISO-3 or IGO code
    sector: Optional[str] = None


@dataclass(frozen=True)
class GoldSentence:
    id: str
    text: str
    plover: str
    mode: Optional[str] = None  # "" in the file is read as None
    context: Optional[str] = None
    source: tuple[GoldActor, ...] = ()
    target: tuple[GoldActor, ...] = ()


@dataclass(frozen=True)
class GoldToponym:
    start: int
    end: int
    phrase: str
    lat: Optional[float] = None
    lon: Optional[float] = None
    geonameid: Optional[int] = None
    name: Optional[str] = None
    country: Optional[str] = None  # a country name, as GeoNames writes it

    @property
    def has_coordinates(self) -> bool:
        return self.lat is not None and self.lon is not None


@dataclass(frozen=True)
class GoldToponymText:
    id: str
    text: str
    toponyms: tuple[GoldToponym, ...] = ()
    dropped: int = 0  # gold spans left out: offsets outside the text, or not matching their phrase

    @property
    def prefix(self) -> str:
        """The corpus the text comes from: the id up to the first '-' (``lgl``, ``gwn``)."""
        return self.id.split("-", 1)[0] if "-" in self.id else "other"


# --- validation helpers --------------------------------------------------------------------


class _Bad(ValueError):
    """A problem with one record; the loader turns it into E017 with the file and line."""


def _fail(source: Path | str, line: int, detail: str) -> SitrepError:
    return SitrepError("E017", source=str(source), detail=f"line {line}: {detail}", line=line)


def _field(data: dict, key: str, kind: type | tuple, *, required: bool = False, where: str = "") -> Any:
    if key not in data or data[key] is None:
        if required:
            raise _Bad(f"{where}missing field '{key}'")
        return None
    value = data[key]
    if kind in (int, float, (int, float)) and isinstance(value, bool):
        raise _Bad(f"{where}'{key}' should be a number, not {value!r}")
    if not isinstance(value, kind):
        names = kind.__name__ if isinstance(kind, type) else " or ".join(k.__name__ for k in kind)
        raise _Bad(f"{where}'{key}' should be {names}, not {type(value).__name__} {value!r}")
    if isinstance(value, float) and not math.isfinite(value):
        raise _Bad(f"{where}'{key}' is not a finite number")
    return value


def _text(data: dict, key: str, *, required: bool = False, where: str = "") -> Optional[str]:
    value = _field(data, key, str, required=required, where=where)
    if required and not value.strip():
        raise _Bad(f"{where}'{key}' is empty")
    return value


def _number(data: dict, key: str, *, where: str = "") -> Optional[float]:
    value = _field(data, key, (int, float), where=where)
    return None if value is None else float(value)


def _count(data: dict, key: str, *, where: str = "") -> Optional[int]:
    value = _field(data, key, int, where=where)
    if value is not None and value < 0:
        raise _Bad(f"{where}'{key}' is negative ({value})")
    return value


def _date(data: dict, key: str, *, where: str = "") -> Optional[dt.date]:
    value = _field(data, key, str, where=where)
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise _Bad(f"{where}'{key}' is not a date YYYY-MM-DD: {value!r}") from None


def _strings(data: dict, key: str, *, where: str = "") -> tuple[str, ...]:
    value = _field(data, key, list, where=where)
    if value is None:
        return ()
    if not all(isinstance(v, str) for v in value):
        raise _Bad(f"{where}'{key}' should be a list of strings")
    return tuple(value)


def _objects(data: dict, key: str, *, where: str = "") -> list[dict]:
    value = _field(data, key, list, where=where)
    if value is None:
        return []
    for i, item in enumerate(value):
        if not isinstance(item, dict):
            raise _Bad(f"{where}{key}[{i}] should be an object, not {type(item).__name__}")
    return value


# --- record parsers ------------------------------------------------------------------------


def _event(data: dict, where: str) -> GoldEvent:
    event_type = _text(data, "event_type", required=True, where=where)
    if event_type not in EVENT_TYPES:
        raise _Bad(f"{where}unknown event_type {event_type!r} (valid: {', '.join(EVENT_TYPES)})")
    sub = _text(data, "sub_event_type", required=True, where=where)
    if sub not in BY_NAME:
        raise _Bad(f"{where}unknown sub_event_type {sub!r} (use ACLED's exact spelling)")
    lat, lon = _number(data, "latitude", where=where), _number(data, "longitude", where=where)
    if (lat is None) != (lon is None):
        raise _Bad(f"{where}latitude and longitude must both be given or both be null")
    if lat is not None and not (-90 <= lat <= 90 and -180 <= lon <= 180):
        raise _Bad(f"{where}coordinates out of range ({lat}, {lon})")
    date_min, date_max = _date(data, "date_min", where=where), _date(data, "date_max", where=where)
    if date_min and date_max and date_min > date_max:
        raise _Bad(f"{where}date_min {date_min} is after date_max {date_max}")
    return GoldEvent(
        event_type=event_type,
        sub_event_type=sub,
        actor1=_text(data, "actor1", where=where),
        actor1_country=_text(data, "actor1_country", where=where),
        actor2=_text(data, "actor2", where=where),
        actor2_country=_text(data, "actor2_country", where=where),
        location=_text(data, "location", where=where),
        admin1=_text(data, "admin1", where=where),
        country=_text(data, "country", where=where),
        country_iso3=_text(data, "country_iso3", where=where),
        latitude=lat,
        longitude=lon,
        date_min=date_min,
        date_max=date_max,
        fatalities=_count(data, "fatalities", where=where),
        fatalities_max=_count(data, "fatalities_max", where=where),
        injured=_count(data, "injured", where=where),
        injured_min=_count(data, "injured_min", where=where),
        sources=_strings(data, "sources", where=where),
        evidence=_strings(data, "evidence", where=where),
    )


def _statement(data: dict, where: str) -> GoldStatement:
    return GoldStatement(
        speaker=_text(data, "speaker", required=True, where=where),
        plover=_text(data, "plover", required=True, where=where),
        speaker_country=_text(data, "speaker_country", where=where),
        role=_text(data, "role", where=where),
        mode=_text(data, "mode", where=where) or None,
        evidence=_strings(data, "evidence", where=where),
    )


def _article(data: dict) -> GoldArticle:
    published = _field(data, "published", str)
    if published is not None:
        try:
            PartialDate.parse(published)
        except ValueError as exc:
            raise _Bad(f"'published' {exc}") from None
    if "events" not in data:
        raise _Bad("missing field 'events' (use [] for an article without events)")
    events = tuple(_event(e, f"events[{i}]: ") for i, e in enumerate(_objects(data, "events")))
    statements = tuple(
        _statement(s, f"statements[{i}]: ") for i, s in enumerate(_objects(data, "statements"))
    )
    return GoldArticle(
        id=_gold_id(data),
        text=_text(data, "text", required=True),
        lang=_text(data, "lang"),
        published=published or None,
        title=_text(data, "title"),
        url=_text(data, "url"),
        events=events,
        statements=statements,
        not_events=_strings(data, "not_events"),
    )


def _gold_id(data: dict) -> str:
    value = data.get("id")
    if isinstance(value, bool) or not isinstance(value, (str, int)) or str(value).strip() == "":
        raise _Bad("missing or empty field 'id'")
    return str(value)


def _actors(data: dict, key: str) -> tuple[GoldActor, ...]:
    value = data.get(key)
    if isinstance(value, str):  # a few PLOVER records give a bare string ("" or a description)
        return (GoldActor(text=value),) if value.strip() else ()
    return tuple(
        GoldActor(
            text=_text(a, "actorText", where=f"{key}[{i}]: "),
            code=_text(a, "code", where=f"{key}[{i}]: ") or None,
            sector=_text(a, "sector", where=f"{key}[{i}]: ") or None,
        )
        for i, a in enumerate(_objects(data, key))
    )


def _sentence(data: dict) -> GoldSentence:
    return GoldSentence(
        id=_gold_id(data),
        text=_text(data, "text", required=True),
        plover=_text(data, "plover", required=True),
        mode=_text(data, "mode") or None,
        context=_text(data, "context") or None,
        source=_actors(data, "source"),
        target=_actors(data, "target"),
    )


def _toponym_text(data: dict) -> GoldToponymText:
    text = _text(data, "text", required=True)
    toponyms = []
    dropped = 0
    for i, t in enumerate(_objects(data, "toponyms")):
        where = f"toponyms[{i}]: "
        start = _field(t, "start", int, required=True, where=where)
        end = _field(t, "end", int, required=True, where=where)
        phrase = _text(t, "phrase", where=where)
        if not 0 <= start < end <= len(text) or (phrase is not None and text[start:end] != phrase):
            # The public data has a few broken spans (negative offsets); they cannot be scored.
            dropped += 1
            continue
        lat, lon = _number(t, "lat", where=where), _number(t, "lon", where=where)
        if (lat is None) != (lon is None):
            raise _Bad(f"{where}lat and lon must both be given or both be null")
        gid = t.get("geonameid")
        if gid is not None and gid != "":
            try:
                gid = int(gid)
            except (TypeError, ValueError):
                raise _Bad(f"{where}'geonameid' is not a number: {gid!r}") from None
        else:
            gid = None
        toponyms.append(
            GoldToponym(
                start=start,
                end=end,
                phrase=phrase if phrase is not None else text[start:end],
                lat=lat,
                lon=lon,
                geonameid=gid,
                name=_text(t, "name", where=where),
                country=_text(t, "country", where=where) or None,
            )
        )
    return GoldToponymText(id=_gold_id(data), text=text, toponyms=tuple(toponyms), dropped=dropped)


# --- loaders -------------------------------------------------------------------------------

T = TypeVar("T")


def _open(path: Path | str):
    path = Path(path)
    if not path.is_file():
        raise SitrepError("E004", source=str(path))
    try:
        return path.open(encoding="utf-8", newline="")
    except OSError as exc:
        raise SitrepError("E017", source=str(path), detail=str(exc), line=0) from None


def _jsonl(path: Path | str, parse: Callable[[dict], T]) -> Iterator[T]:
    count = 0
    with _open(path) as handle:
        try:
            for number, line in enumerate(handle, start=1):
                if not line.strip():
                    continue
                try:
                    data = json.loads(line)
                except json.JSONDecodeError as exc:
                    raise _fail(path, number, f"not valid JSON ({exc.msg}, column {exc.colno})") from None
                if not isinstance(data, dict):
                    raise _fail(path, number, f"expected a JSON object, found {type(data).__name__}")
                try:
                    record = parse(data)
                except _Bad as exc:
                    raise _fail(path, number, str(exc)) from None
                count += 1
                yield record
        except UnicodeDecodeError as exc:
            raise SitrepError("E017", source=str(path), detail=f"not UTF-8 text ({exc.reason})", line=0) from None
    if count == 0:
        raise SitrepError("E017", source=str(path), detail="the file holds no record", line=0)


def load_articles(path: Path | str) -> Iterator[GoldArticle]:
    """Stream the gold articles of a JSONL file (one article a line)."""
    return _jsonl(path, _article)


def load_sentences(path: Path | str) -> Iterator[GoldSentence]:
    """Stream the PLOVER gold sentences of a JSONL file."""
    return _jsonl(path, _sentence)


def load_toponyms(path: Path | str) -> Iterator[GoldToponymText]:
    """Stream the toponym gold texts of a JSONL file."""
    return _jsonl(path, _toponym_text)


def load_snippets(path: Path | str) -> Iterator[GoldSnippet]:
    """Stream the snippets of a TSV file with header ``id<TAB>text<TAB>label`` (CSV quoting allowed)."""
    count = 0
    with _open(path) as handle:
        reader = csv.reader(handle, delimiter="\t")
        try:
            header = next(reader, None)
            if header is None:
                raise SitrepError("E017", source=str(path), detail="the file is empty", line=0)
            header = [h.strip().lstrip("\ufeff") for h in header]
            missing = [c for c in ("id", "text", "label") if c not in header]
            if missing:
                raise _fail(path, 1, f"the header should name the columns id, text, label (found {header})")
            col = {name: header.index(name) for name in ("id", "text", "label")}
            start = reader.line_num
            for row in reader:
                number, start = start + 1, reader.line_num  # a quoted row may span lines
                if not row or all(not c.strip() for c in row):
                    continue
                if len(row) != len(header):
                    raise _fail(path, number, f"expected {len(header)} tab-separated columns, found {len(row)}")
                sid, text, label = (row[col[k]].strip() for k in ("id", "text", "label"))
                if not sid:
                    raise _fail(path, number, "empty id")
                if not text:
                    raise _fail(path, number, "empty text")
                if not label:
                    raise _fail(path, number, "empty label")
                count += 1
                yield GoldSnippet(id=sid, text=text, label=label)
        except csv.Error as exc:
            raise _fail(path, reader.line_num, f"not valid TSV ({exc})") from None
        except UnicodeDecodeError as exc:
            raise SitrepError("E017", source=str(path), detail=f"not UTF-8 text ({exc.reason})", line=0) from None
    if count == 0:
        raise SitrepError("E017", source=str(path), detail="the file holds no record", line=0)
