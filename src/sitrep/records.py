"""The records sitrep produces: frozen, typed dataclasses with a stable JSON form.

Every record that comes from the text carries `Evidence`: character offsets into the
article's normalised text (``Article.text``), so each field points back to its source.
``to_dict`` / ``from_dict`` give the JSON form documented in ``docs/records.md``.
"""

from __future__ import annotations

import calendar
import dataclasses
import datetime as dt
import hashlib
import re
import types
import typing
from dataclasses import dataclass
from typing import Any, Optional

SCHEMA_VERSION = 1


@dataclass(frozen=True)
class Evidence:
    """A span of the article text: ``text == article.text[start:end]``."""

    start: int
    end: int
    text: str


@dataclass(frozen=True)
class PartialDate:
    """A date known to the day, to the month, or to the year (publication dates)."""

    year: int
    month: Optional[int] = None
    day: Optional[int] = None

    @classmethod
    def parse(cls, value: str | dt.date | None) -> Optional["PartialDate"]:
        if value is None or value == "":
            return None
        if isinstance(value, dt.date):
            return cls(value.year, value.month, value.day)
        m = re.fullmatch(r"\s*(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?(?:[T ].*)?\s*", str(value))
        if not m:
            raise ValueError(f"not a date: {value!r} (expected YYYY, YYYY-MM or YYYY-MM-DD)")
        year, month, day = (int(g) if g else None for g in m.groups())
        date = cls(year, month, day)
        date.span()  # validates month and day
        return date

    @property
    def precision(self) -> str:
        return "day" if self.day else "month" if self.month else "year"

    def span(self) -> tuple[dt.date, dt.date]:
        """First and last day this partial date can stand for."""
        if self.day:
            d = dt.date(self.year, self.month, self.day)
            return d, d
        if self.month:
            last = calendar.monthrange(self.year, self.month)[1]
            return dt.date(self.year, self.month, 1), dt.date(self.year, self.month, last)
        return dt.date(self.year, 1, 1), dt.date(self.year, 12, 31)

    def __str__(self) -> str:
        parts = [f"{self.year:04d}"]
        if self.month:
            parts.append(f"{self.month:02d}")
        if self.day:
            parts.append(f"{self.day:02d}")
        return "-".join(parts)


@dataclass(frozen=True)
class Article:
    id: str
    text: str
    language: Optional[str]
    published: Optional[PartialDate] = None
    title: Optional[str] = None
    url: Optional[str] = None

    @staticmethod
    def make_id(text: str) -> str:
        return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


@dataclass(frozen=True)
class Actor:
    """A participant. ``inter`` is ACLED's actor type code (1 state forces … 8 external/other)."""

    name: str
    country: Optional[str] = None  # ISO 3166-1 alpha-3, or an IGO code
    inter: Optional[int] = None
    sector: Optional[str] = None  # PLOVER sector: GOV, MIL, REB, CVL, …
    text: Optional[str] = None  # as written in the article
    wikidata: Optional[str] = None
    evidence: Optional[Evidence] = None
    person: Optional[str] = None  # the person named for the actor ("Lloyd Austin")
    office: Optional[str] = None  # the office that ties them to it ("Secretary of Defense", "ministre")
    acled_name: Optional[str] = None  # ACLED's name with its period: "Military Forces of Mali (2021-)"


@dataclass(frozen=True)
class Place:
    """A resolved place. ``precision`` is ACLED's geo_precision (1 town, 2 near/part of region, 3 region)."""

    text: str
    name: str
    country: Optional[str] = None  # ISO-3
    admin1: Optional[str] = None
    geonameid: Optional[int] = None
    latitude: Optional[float] = None
    longitude: Optional[float] = None
    feature: str = "city"  # city, site, admin1, country, region
    precision: int = 1
    evidence: Optional[Evidence] = None


@dataclass(frozen=True)
class TimeSpan:
    """When: the honest range the text allows. ``precision`` is ACLED's time_precision (1 day, 2 week, 3 month)."""

    start: dt.date
    end: dt.date
    precision: int
    text: Optional[str] = None
    evidence: Optional[Evidence] = None

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1


@dataclass(frozen=True)
class Count:
    """UCDP-style count: ``best`` is the most conservative stated figure; low/high are bounds."""

    best: Optional[int] = None
    low: Optional[int] = None
    high: Optional[int] = None

    @property
    def known(self) -> bool:
        return self.best is not None or self.low is not None


@dataclass(frozen=True)
class Source:
    """Who reports it, as written; ``kind`` is government, military, armed_group (a group's own
    claim), local, agency, media, ngo, or unknown; ``agency`` is the news agency named, if any."""

    text: str
    kind: str = "unknown"
    agency: Optional[str] = None
    evidence: Optional[Evidence] = None


@dataclass(frozen=True)
class CasualtyClaim:
    """The figures one source gives (``source`` None: the article's own voice) about one group of
    victims (``victims`` as written, "civils", "soldiers"; None when everyone is counted)."""

    killed: Count = Count()
    injured: Count = Count()
    source: Optional[Source] = None
    evidence: tuple[Evidence, ...] = ()
    victims: Optional[str] = None


@dataclass(frozen=True)
class Casualties:
    """The event's counts and, in ``claims``, the figures of each source kept apart. When sources
    disagree, ``best`` is the most conservative figure a named source gives (ACLED) and low/high
    span all of them; otherwise ``best`` is the first figure stated."""

    killed: Count = Count()
    injured: Count = Count()
    evidence: tuple[Evidence, ...] = ()
    claims: tuple[CasualtyClaim, ...] = ()


@dataclass(frozen=True)
class Statement:
    """A verbal event: who said what, typed with PLOVER."""

    speaker: str
    plover: str
    quote: str
    mode: Optional[str] = None
    role: Optional[str] = None
    speaker_country: Optional[str] = None
    evidence: Optional[Evidence] = None
    speaker_evidence: Optional[Evidence] = None
    actor: Optional[Actor] = None  # who the speaker speaks for, with person and office ("Government of Israel")


@dataclass(frozen=True)
class NonEvent:
    """An event-like passage that is not coded as an event, with the reason."""

    text: str
    reason: str  # aggregate, negated, future, hypothetical, background
    evidence: Optional[Evidence] = None


@dataclass(frozen=True)
class Framing:
    """Wording that takes a side ("martyrs", "entité sioniste"), and the neutral term records use."""

    text: str
    neutral: str
    evidence: Optional[Evidence] = None


@dataclass(frozen=True)
class Event:
    id: str
    event_type: str
    sub_event_type: str
    plover_event: str
    plover_mode: Optional[str] = None
    actor1: Optional[Actor] = None
    actor2: Optional[Actor] = None
    assoc_actors: tuple[Actor, ...] = ()
    place: Optional[Place] = None
    time: Optional[TimeSpan] = None
    casualties: Casualties = Casualties()
    sources: tuple[Source, ...] = ()
    confidence: float = 0.5
    evidence: tuple[Evidence, ...] = ()  # each mention of the event


@dataclass(frozen=True)
class Extraction:
    """What sitrep extracts from one article."""

    article: Article
    events: tuple[Event, ...] = ()
    statements: tuple[Statement, ...] = ()
    non_events: tuple[NonEvent, ...] = ()
    framing: tuple[Framing, ...] = ()
    status: str = "ok"  # ok, unsupported_language, empty
    message: Optional[str] = None

    def to_dict(self) -> dict[str, Any]:
        return to_dict(self)

    def to_dataframe(self):
        from sitrep.io.writers import acled_dataframe

        return acled_dataframe([self])


# --- JSON form -----------------------------------------------------------------------------


def to_dict(record: Any) -> Any:
    """The stable JSON form of a record: dates as ISO strings, tuples as lists."""
    if isinstance(record, PartialDate):
        return str(record)
    if dataclasses.is_dataclass(record) and not isinstance(record, type):
        out = {f.name: to_dict(getattr(record, f.name)) for f in dataclasses.fields(record)}
        if isinstance(record, Extraction):
            out["schema_version"] = SCHEMA_VERSION
        return out
    if isinstance(record, (list, tuple)):
        return [to_dict(x) for x in record]
    if isinstance(record, dt.date):
        return record.isoformat()
    return record


def from_dict(cls: type, data: Any) -> Any:
    """Rebuild a record from its JSON form (inverse of ``to_dict``)."""
    if data is None:
        return None
    if cls is PartialDate:
        return PartialDate.parse(data) if isinstance(data, str) else PartialDate(**data)
    hints = typing.get_type_hints(cls)
    kwargs = {}
    for f in dataclasses.fields(cls):
        if f.name in data:
            kwargs[f.name] = _convert(hints[f.name], data[f.name])
    return cls(**kwargs)


def _convert(hint: Any, value: Any) -> Any:
    if value is None:
        return None
    origin = typing.get_origin(hint)
    args = typing.get_args(hint)
    if origin in (typing.Union, types.UnionType):
        inner = [a for a in args if a is not type(None)]
        return _convert(inner[0], value)
    if origin is tuple:
        return tuple(_convert(args[0], v) for v in value)
    if hint is dt.date:
        return dt.date.fromisoformat(value)
    if dataclasses.is_dataclass(hint):
        return from_dict(hint, value)
    return value


def extraction_from_dict(data: dict[str, Any]) -> Extraction:
    data = {k: v for k, v in data.items() if k != "schema_version"}
    return from_dict(Extraction, data)

