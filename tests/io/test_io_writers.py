"""Writers, on records built by hand."""

from __future__ import annotations

import datetime as dt
import io
import json
from dataclasses import replace

import pandas as pd
import pytest

from sitrep.io import FORMATS, acled_dataframe, acled_rows
from sitrep.io.writers import (
    ACLED_COLUMNS,
    geojson,
    interaction,
    plover_records,
    plover_resolution,
    write_acled_csv,
    write_geojson,
    write_json,
    write_jsonl,
    write_plover_jsonl,
)
from sitrep.records import (
    Actor,
    Article,
    Casualties,
    Count,
    Event,
    Evidence,
    Extraction,
    PartialDate,
    Place,
    Source,
    Statement,
    TimeSpan,
    extraction_from_dict,
)

TEXT = (
    "Une frappe aérienne a touché Djibo mercredi, faisant deux morts et trois blessés, selon le gouverneur. "
    "Des obus sont tombés sur Arbinda en mars. "
    "« Nous frapperons encore », a menacé le porte-parole."
)
STAMP = 1_710_000_000


def ev(text: str, phrase: str) -> Evidence:
    start = text.index(phrase)
    return Evidence(start, start + len(phrase), phrase)


MILITARY = Actor("Military Forces of Burkina Faso (2022-)", country="BFA", inter=1, sector="MIL", text="l'armée", wikidata="Q1")
CIVILIANS = Actor("Civilians (Burkina Faso)", country="BFA", inter=7, sector="CVL", text="civils")
REBELS = Actor("Unidentified Armed Group (Burkina Faso)", country="BFA", inter=3, sector="REB")

DJIBO = Place("Djibo", "Djibo", country="BFA", admin1="Sahel", geonameid=2361177, latitude=14.1022, longitude=-1.6306, precision=1)
ARBINDA = Place("Arbinda", "Arbinda", country="BFA", admin1="Sahel", latitude=14.2308, longitude=-0.8664, precision=2)
NOWHERE = Place("la région", "Sahel", country="BFA", feature="admin1", precision=3)


def make_extraction() -> Extraction:
    strike = Event(
        id="ev-1",
        event_type="Explosions/Remote violence",
        sub_event_type="Air/drone strike",
        plover_event="ASSAULT",
        plover_mode="aerial",
        actor1=MILITARY,
        actor2=CIVILIANS,
        place=DJIBO,
        time=TimeSpan(dt.date(2024, 3, 13), dt.date(2024, 3, 13), 1, text="mercredi"),
        casualties=Casualties(killed=Count(2, 2, 2), injured=Count(3)),
        sources=(Source("le gouverneur", kind="government"),),
        confidence=0.9,
        evidence=(ev(TEXT, "Une frappe aérienne a touché Djibo mercredi, faisant deux morts et trois blessés"),),
    )
    shelling = Event(
        id="ev-2",
        event_type="Explosions/Remote violence",
        sub_event_type="Shelling/artillery/missile attack",
        plover_event="ASSAULT",
        plover_mode="heavy-weapons",
        actor1=REBELS,
        place=ARBINDA,
        time=TimeSpan(dt.date(2024, 3, 1), dt.date(2024, 3, 31), 3, text="en mars"),
        casualties=Casualties(killed=Count(None, 1, 5)),
        sources=(Source("une source locale"), Source("AFP", kind="agency")),
        evidence=(ev(TEXT, "Des obus sont tombés sur Arbinda en mars"),),
    )
    unplaced = Event(
        id="ev-3",
        event_type="Battles",
        sub_event_type="Armed clash",
        plover_event="ASSAULT",
        plover_mode="firearms",
        actor1=REBELS,
        actor2=MILITARY,
        place=NOWHERE,
        time=TimeSpan(dt.date(2024, 3, 4), dt.date(2024, 3, 10), 2),
    )
    threat = Statement(
        speaker="le porte-parole",
        plover="THREATEN",
        quote="Nous frapperons encore",
        mode="military",
        role="spokesperson",
        evidence=ev(TEXT, "« Nous frapperons encore »"),
    )
    article = Article(
        id="art1", text=TEXT, language="fr", published=PartialDate(2024, 3, 14), title="Frappe à Djibo", url="https://example.org/a"
    )
    return Extraction(article=article, events=(strike, shelling, unplaced), statements=(threat,))


@pytest.fixture
def extraction() -> Extraction:
    return make_extraction()


# --- ACLED -----------------------------------------------------------------------------------


def test_acled_columns_in_order(extraction):
    rows = list(acled_rows([extraction], timestamp=STAMP))
    assert len(rows) == 3
    assert all(tuple(r) == ACLED_COLUMNS for r in rows)
    assert len(ACLED_COLUMNS) == 31 and ACLED_COLUMNS[0] == "event_id_cnty" and ACLED_COLUMNS[-1] == "timestamp"


def test_acled_csv_opens_in_pandas(extraction):
    buf = io.StringIO()
    assert write_acled_csv([extraction], buf, timestamp=STAMP) == 3
    buf.seek(0)
    frame = pd.read_csv(buf)
    assert list(frame.columns) == list(ACLED_COLUMNS)
    assert len(frame) == 3
    strike = frame.iloc[0]
    assert strike["event_id_cnty"] == "BFAev-1"
    assert strike["event_date"] == "2024-03-13" and strike["year"] == 2024 and strike["time_precision"] == 1
    assert strike["disorder_type"] == "Political violence"
    assert strike["interaction"] == 17 and strike["civilian_targeting"] == "Civilian targeting"
    assert strike["fatalities"] == 2
    assert strike["iso"] == 854 and strike["country"] == "Burkina Faso" and strike["region"] == "Western Africa"
    assert strike["location"] == "Djibo" and strike["admin1"] == "Sahel"
    assert strike["latitude"] == pytest.approx(14.1022) and strike["longitude"] == pytest.approx(-1.6306)
    assert strike["source"] == "le gouverneur"
    assert strike["notes"].startswith("Une frappe aérienne a touché Djibo")
    assert "injured best=3" in strike["tags"]
    assert strike["timestamp"] == STAMP


def test_acled_date_middle_and_interaction(extraction):
    strike, shelling, clash = acled_rows([extraction], timestamp=STAMP)
    # month precision: the middle of March
    assert shelling["event_date"] == "2024-03-16" and shelling["time_precision"] == 3
    # week precision: the middle of 4-10 March
    assert clash["event_date"] == "2024-03-07" and clash["time_precision"] == 2
    # one actor: inter1 * 10; two: lower first
    assert shelling["interaction"] == 30 and shelling["actor2"] is None
    assert clash["interaction"] == 13 and clash["civilian_targeting"] is None
    # no best figure → 0 fatalities, the bounds go to tags
    assert shelling["fatalities"] == 0 and "killed low=1 high=5" in shelling["tags"]
    assert shelling["source"] == "une source locale; AFP"
    assert strike["disorder_type"] == "Political violence" and clash["event_type"] == "Battles"


def test_interaction_codes():
    assert interaction(1, 7) == 17
    assert interaction(7, 1) == 17
    assert interaction(3, None) == 30
    assert interaction(2, 2) == 22
    assert interaction(None, None) is None


def test_acled_dataframe(extraction):
    frame = acled_dataframe([extraction], timestamp=STAMP)
    assert list(frame.columns) == list(ACLED_COLUMNS)
    assert str(frame["fatalities"].dtype) == "Int64"
    assert frame["fatalities"].tolist() == [2, 0, 0]
    assert frame["inter2"].isna().tolist() == [False, True, False]
    assert extraction.to_dataframe().shape == (3, 31)


def test_acled_empty():
    frame = acled_dataframe([])
    assert list(frame.columns) == list(ACLED_COLUMNS) and len(frame) == 0
    buf = io.StringIO()
    assert write_acled_csv([], buf) == 0
    assert buf.getvalue().strip() == ",".join(ACLED_COLUMNS)


# --- GeoJSON ---------------------------------------------------------------------------------


def test_geojson(extraction):
    buf = io.StringIO()
    assert write_geojson([extraction], buf, timestamp=STAMP) == 2
    data = json.loads(buf.getvalue())
    assert data["type"] == "FeatureCollection"
    assert data["excluded"] == 1  # the admin1 event has no coordinates
    assert len(data["features"]) == 2
    for feature, place in zip(data["features"], (DJIBO, ARBINDA)):
        assert feature["type"] == "Feature"
        assert feature["geometry"]["type"] == "Point"
        assert feature["geometry"]["coordinates"] == [place.longitude, place.latitude]
        assert list(feature["properties"]) == list(ACLED_COLUMNS)
    assert data["features"][0]["properties"]["fatalities"] == 2
    assert geojson([]) == {"type": "FeatureCollection", "features": [], "excluded": 0}


# --- PLOVER ----------------------------------------------------------------------------------


def test_plover_jsonl(extraction):
    buf = io.StringIO()
    assert write_plover_jsonl([extraction], buf) == 4
    records = [json.loads(line) for line in buf.getvalue().splitlines()]
    assert len(records) == 4
    strike, shelling, clash, threat = records
    for r in records:
        for key in ("id", "date", "enddate", "actor", "recipient", "event", "mode", "context", "event_loc", "event_text", "size", "text_info", "cite_info"):
            assert key in r, key
    assert strike["id"] == "ev-1" and strike["event"] == "ASSAULT" and strike["mode"] == "aerial"
    assert strike["date"] == strike["enddate"] == "2024-03-13"
    assert strike["actor"] == [
        {"entity_text": "l'armée", "name": MILITARY.name, "code": "BFA", "sector": "MIL", "wikidata": "Q1", "person": None, "office": None}
    ]
    assert strike["recipient"][0]["sector"] == "CVL"
    assert strike["event_loc"] == {
        "name": "Djibo", "text": "Djibo", "geonameid": 2361177, "lat": 14.1022, "lon": -1.6306,
        "admin1": "Sahel", "country_code": "BFA", "resolution": 4,
    }
    assert strike["size"] == {"dead": 2, "injured": 3}
    assert strike["context"] == ["military"]
    info = strike["text_info"]
    assert TEXT[info["start"]:info["end"]] == info["sentence"]
    assert info["sentence"] == TEXT.split(". ")[0] + "."
    assert strike["cite_info"] == {
        "url": "https://example.org/a", "title": "Frappe à Djibo", "language": "fr", "publication": "2024-03-14", "article_id": "art1",
    }
    assert shelling["date"] == "2024-03-01" and shelling["enddate"] == "2024-03-31"
    assert shelling["recipient"] == [] and shelling["event_loc"]["resolution"] == 3
    assert clash["event_loc"]["resolution"] == 2 and clash["event_loc"]["lat"] is None
    assert threat["event"] == "THREATEN" and threat["type"] == "statement"
    assert threat["actor"][0]["entity_text"] == "le porte-parole"
    assert threat["actor"][0]["name"] == "le porte-parole" and threat["actor"][0]["sector"] is None  # nobody it speaks for
    assert threat["event_text"] == "Nous frapperons encore"
    assert threat["date"] == "2024-03-14"
    assert "Nous frapperons encore" in threat["text_info"]["sentence"]


def test_plover_actors_carry_person_and_office(extraction):
    minister = Actor(
        "Government of Burkina Faso", country="BFA", inter=1, sector="GOV", text="le ministre de la Défense",
        person="Aminata Ouédraogo", office="ministre de la Défense",
    )
    event = replace(extraction.events[0], actor1=minister)
    speaker = replace(extraction.statements[0], speaker="Aminata Ouédraogo", role="ministre de la Défense", speaker_country="BFA", actor=minister)
    one = replace(extraction, events=(event,), statements=(speaker,))
    strike, threat = plover_records([one])
    assert strike["actor"][0]["person"] == "Aminata Ouédraogo" and strike["actor"][0]["office"] == "ministre de la Défense"
    (said,) = threat["actor"]
    assert (said["name"], said["code"], said["sector"]) == ("Government of Burkina Faso", "BFA", "GOV")
    assert (said["entity_text"], said["person"], said["office"], said["role"]) == (
        "Aminata Ouédraogo", "Aminata Ouédraogo", "ministre de la Défense", "ministre de la Défense",
    )


def test_plover_resolution():
    assert plover_resolution(DJIBO) == 4
    assert plover_resolution(ARBINDA) == 3
    assert plover_resolution(NOWHERE) == 2
    assert plover_resolution(Place("x", "x", feature="country", precision=3)) == 1
    assert plover_resolution(Place("x", "x", feature="site")) == 5


def test_plover_records_count(extraction):
    assert len(list(plover_records([extraction, extraction]))) == 8


# --- JSON ------------------------------------------------------------------------------------


def test_json_roundtrip(extraction):
    buf = io.StringIO()
    assert write_json([extraction, extraction], buf) == 2
    data = json.loads(buf.getvalue())
    assert isinstance(data, list) and len(data) == 2
    assert extraction_from_dict(data[0]) == extraction


def test_json_empty():
    buf = io.StringIO()
    write_json([], buf)
    assert json.loads(buf.getvalue()) == []


def test_jsonl(extraction, tmp_path):
    path = tmp_path / "out.jsonl"
    assert write_jsonl([extraction], path) == 1
    lines = path.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 1 and extraction_from_dict(json.loads(lines[0])) == extraction


def test_formats(extraction):
    assert set(FORMATS) == {"json", "jsonl", "acled-csv", "plover-jsonl", "geojson"}
    for name, writer in FORMATS.items():
        buf = io.StringIO()
        writer([extraction], buf)
        assert buf.getvalue(), name
