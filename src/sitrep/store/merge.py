"""Merging across articles: reports of one real event from several outlets and days become one event.

Two reports are the same event when all of these hold:

* same type family: political violence (Battles, Explosions/Remote violence, Violence against
  civilians) together, demonstrations (Protests, Riots) together, each strategic sub-type alone;
* their time spans overlap (a day of slack either side, for "overnight" and time zones);
* the same place: the same GeoNames id, or both within ``MAX_KM`` km; a report without a place
  never merges (nothing shows it is the same event);
* compatible actors: for each side, the same actor, or the same country, or one side unknown.

Combining (``combine``): the type most reports give (ties: the earliest report); the narrowest time
span all reports allow (their intersection, else their hull); the most precise place; casualty counts
with ``best`` the most conservative figure among reports that state one (as ACLED does), ``low`` the
smallest and ``high`` the largest figure any report gives, so disagreeing sources widen the bounds.
"""

from __future__ import annotations

import datetime as dt
import math
from collections import Counter
from dataclasses import replace
from typing import Iterable, Optional, Sequence

from sitrep.records import Actor, Casualties, Count, Event, Place, TimeSpan

MAX_KM = 25.0
SLACK = dt.timedelta(days=1)
_VIOLENCE = frozenset({"Battles", "Explosions/Remote violence", "Violence against civilians"})
_DEMONSTRATION = frozenset({"Protests", "Riots"})


def family(event: Event) -> str:
    """The type family a report merges within."""
    if event.event_type in _VIOLENCE:
        return "violence"
    if event.event_type in _DEMONSTRATION:
        return "demonstration"
    return event.sub_event_type


def same_event(a: Event, b: Event) -> bool:
    """Whether two reports (or a report and a merged event) describe one real event."""
    return (
        family(a) == family(b)
        and times_overlap(a.time, b.time)
        and same_place(a.place, b.place)
        and actors_compatible(a.actor1, b.actor1)
        and actors_compatible(a.actor2, b.actor2)
    )


def times_overlap(a: Optional[TimeSpan], b: Optional[TimeSpan]) -> bool:
    if a is None or b is None:
        return False
    return a.start - SLACK <= b.end and b.start - SLACK <= a.end


def same_place(a: Optional[Place], b: Optional[Place]) -> bool:
    if a is None or b is None:
        return False
    if a.geonameid is not None and a.geonameid == b.geonameid:
        return True
    if None in (a.latitude, a.longitude, b.latitude, b.longitude):
        return a.name == b.name and a.country == b.country and a.country is not None
    return distance_km(a.latitude, a.longitude, b.latitude, b.longitude) <= MAX_KM


def actors_compatible(a: Optional[Actor], b: Optional[Actor]) -> bool:
    if a is None or b is None:
        return True
    if a.name == b.name:
        return True
    return a.country is not None and a.country == b.country


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(h)))


# --- combining -----------------------------------------------------------------------------


def combine(event_id: str, reports: Sequence[Event]) -> Event:
    """One event from its reports (in ingest order)."""
    first = _typical(reports)
    return replace(
        first,
        id=event_id,
        time=_time(r.time for r in reports),
        place=_place(reports),
        actor1=_actor([r.actor1 for r in reports]),
        actor2=_actor([r.actor2 for r in reports]),
        casualties=Casualties(
            killed=combine_counts([r.casualties.killed for r in reports]),
            injured=combine_counts([r.casualties.injured for r in reports]),
            evidence=(),
        ),
        sources=tuple(dict.fromkeys(s for r in reports for s in r.sources)),
        confidence=max(r.confidence for r in reports),
        evidence=(),
    )


def combine_counts(counts: Iterable[Count]) -> Count:
    """Best: the most conservative stated best; low/high: the widest bounds any report gives."""
    counts = [c for c in counts if c.known or c.high is not None]
    if not counts:
        return Count()
    bests = [c.best for c in counts if c.best is not None]
    lows = [v for c in counts for v in (c.low, c.best) if v is not None]
    highs = [v for c in counts for v in (c.high, c.best) if v is not None]
    return Count(best=min(bests) if bests else None, low=min(lows) if lows else None, high=max(highs) if highs else None)


def _typical(reports: Sequence[Event]) -> Event:
    votes = Counter(r.sub_event_type for r in reports)
    top = max(votes.values())
    return next(r for r in reports if votes[r.sub_event_type] == top)


def _time(spans: Iterable[Optional[TimeSpan]]) -> Optional[TimeSpan]:
    spans = [s for s in spans if s is not None]
    if not spans:
        return None
    start, end = max(s.start for s in spans), min(s.end for s in spans)
    if start > end:
        start, end = min(s.start for s in spans), max(s.end for s in spans)
    narrowest = min(spans, key=lambda s: (s.days, s.precision))
    precision = 1 if start == end else max(narrowest.precision, 2 if (end - start).days < 7 else 3)
    return TimeSpan(start=start, end=end, precision=precision, text=narrowest.text)


def _place(reports: Sequence[Event]) -> Optional[Place]:
    places = [r.place for r in reports if r.place is not None]
    if not places:
        return None
    votes = Counter(p.geonameid or p.name for p in places)
    return min(places, key=lambda p: (p.precision, -votes[p.geonameid or p.name]))


def _actor(actors: list[Optional[Actor]]) -> Optional[Actor]:
    known = [a for a in actors if a is not None]
    if not known:
        return None
    votes = Counter(a.name for a in known)
    specific = [a for a in known if not a.name.startswith(("Unidentified", "Civilians"))] or known
    return max(specific, key=lambda a: votes[a.name])
