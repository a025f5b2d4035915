"""Hand-made gold and predicted records for the evaluation tests (invented texts and places)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from pathlib import Path
from types import SimpleNamespace

import pytest

from sitrep.evaluate.gold import GoldArticle, GoldEvent
from sitrep.records import Actor, Article, Casualties, Count, Event, Evidence, Extraction, Place, TimeSpan
from sitrep.taxonomy import BY_NAME

KM_PER_DEGREE_LAT = 111.195  # on the 6371.0088 km sphere used by haversine_km

D = dt.date.fromisoformat


def gold_event(**kw) -> GoldEvent:
    base = dict(
        event_type="Battles",
        sub_event_type="Armed clash",
        actor1="Military Forces of Testland",
        actor1_country="MLI",
        actor2="Unidentified Armed Group (Testland)",
        actor2_country="MLI",
        location="Kessaba",
        admin1="Northern",
        country="Mali",
        country_iso3="MLI",
        latitude=14.0,
        longitude=-4.0,
        date_min=D("2024-03-10"),
        date_max=D("2024-03-12"),
        fatalities=3,
        injured=None,
        injured_min=None,
        evidence=("Soldiers clashed with gunmen near Kessaba.",),
    )
    base.update(kw)
    if "sub_event_type" in kw and "event_type" not in kw:
        base["event_type"] = BY_NAME[kw["sub_event_type"]].event_type
    return GoldEvent(**base)


def pred_event(gold: GoldEvent | None = None, **kw) -> Event:
    """A predicted event that agrees with ``gold`` on every field, unless overridden by ``kw``.

    Overrides: any Event field, plus place fields (name, country, lat, lon), dates (start, end),
    killed, injured (Count), actor1_country, actor2_country."""
    g = gold or gold_event()
    lat = kw.pop("lat", g.latitude)
    lon = kw.pop("lon", g.longitude)
    place = Place(
        text=kw.pop("place_text", g.location),
        name=kw.pop("name", g.location),
        country=kw.pop("country", g.country_iso3),
        latitude=lat,
        longitude=lon,
    )
    start, end = kw.pop("start", g.date_min), kw.pop("end", g.date_max)
    time = TimeSpan(start, end, 1) if start is not None else None
    killed = kw.pop("killed", g.fatalities)
    injured = kw.pop("injured", Count(g.injured))
    a1 = kw.pop("actor1_country", g.actor1_country)
    a2 = kw.pop("actor2_country", g.actor2_country)
    sub = kw.pop("sub_event_type", g.sub_event_type)
    fields = dict(
        id=kw.pop("id", "e1"),
        event_type=kw.pop("event_type", BY_NAME[sub].event_type if sub in BY_NAME else g.event_type),
        sub_event_type=sub,
        plover_event="ASSAULT",
        actor1=Actor("actor one", country=a1),
        actor2=Actor("actor two", country=a2) if a2 or g.actor2 else None,
        place=place,
        time=time,
        casualties=Casualties(killed=Count(killed), injured=injured),
        evidence=(Evidence(0, 10, "some words"),),
    )
    if kw.pop("no_time", False):
        fields["time"] = None
    if kw.pop("no_place", False):
        fields["place"] = None
    fields.update(kw)
    return Event(**fields)


def article(events=(), *, id="a1", lang="fr", text="Un texte inventé pour les tests.") -> GoldArticle:
    return GoldArticle(id=id, text=text, lang=lang, published="2024-03-12", events=tuple(events))


def extraction(g: GoldArticle, events) -> Extraction:
    return Extraction(article=Article(g.id, g.text, g.lang), events=tuple(events))


def predictor(mapping: dict):
    """A predict(gold_article) function returning the events listed for its id."""
    return lambda g: extraction(g, mapping.get(g.id, ()))


def gold_event_json(**kw) -> dict:
    """The JSONL form of a gold event (for loader and CLI tests)."""
    ev = gold_event(**kw)
    out = dataclasses.asdict(ev)
    out["date_min"] = ev.date_min.isoformat() if ev.date_min else None
    out["date_max"] = ev.date_max.isoformat() if ev.date_max else None
    out["sources"] = list(ev.sources)
    out["evidence"] = list(ev.evidence)
    return out


def article_json(events=(), *, id="a1", lang="fr", text="Un texte inventé pour les tests.") -> dict:
    return {
        "id": id,
        "url": None,
        "lang": lang,
        "published": "2024-03-12",
        "title": None,
        "text": text,
        "events": list(events),
    }


def write_jsonl(path: Path, rows) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    return path


@pytest.fixture
def f():
    return SimpleNamespace(
        gold_event=gold_event,
        pred_event=pred_event,
        article=article,
        extraction=extraction,
        predictor=predictor,
        gold_event_json=gold_event_json,
        article_json=article_json,
        write_jsonl=write_jsonl,
        D=D,
        KM_PER_DEGREE_LAT=KM_PER_DEGREE_LAT,
    )
