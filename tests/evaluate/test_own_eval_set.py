"""The project's own evaluation articles (eval/own/articles-own.jsonl) are well-formed gold.

These tests check the file's format and internal consistency, not sitrep's scores on it.
"""

from __future__ import annotations

import calendar
import datetime as dt
import json
from pathlib import Path

import pycountry
import pytest
from typer.testing import CliRunner

from sitrep.countries import country_name
from sitrep.evaluate.cli import eval_app
from sitrep.evaluate.geo import haversine_km
from sitrep.evaluate.gold import load_articles
from sitrep.gazetteer import Gazetteer
from sitrep.taxonomy import BY_NAME

OWN = Path(__file__).resolve().parents[2] / "eval" / "own" / "articles-own.jsonl"
EVENT_KEYS = {
    "event_type", "sub_event_type", "actor1", "actor1_country", "actor2", "actor2_country", "location",
    "admin1", "country", "country_iso3", "latitude", "longitude", "date_min", "date_max", "fatalities",
    "fatalities_max", "injured", "injured_min", "sources", "evidence",
}
ARTICLE_KEYS = {"id", "url", "lang", "published", "title", "text", "events"}


def _rows() -> list[dict]:
    with OWN.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def _events():
    for row in _rows():
        for i, event in enumerate(row["events"]):
            yield f"{row['id']}#{i}", row, event


def _last_day(published: str) -> dt.date:
    if len(published) == 10:
        return dt.date.fromisoformat(published)
    year, month = map(int, published.split("-"))
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def test_forty_articles_half_french_half_english_with_unique_ids():
    rows = _rows()
    assert len(rows) == 40
    assert sum(r["lang"] == "fr" for r in rows) == 20 and sum(r["lang"] == "en" for r in rows) == 20
    assert len({r["id"] for r in rows}) == 40
    assert all(ARTICLE_KEYS <= set(r) and r["url"] is None for r in rows)


def test_the_project_loader_reads_every_article():
    articles = list(load_articles(OWN))
    assert len(articles) == 40
    assert sum(len(a.events) for a in articles) == sum(len(r["events"]) for r in _rows())


def test_every_event_has_all_fields_and_acled_types():
    for where, _, e in _events():
        assert set(e) == EVENT_KEYS, where
        assert e["sub_event_type"] in BY_NAME, where
        assert BY_NAME[e["sub_event_type"]].event_type == e["event_type"], where


def test_evidence_and_not_events_are_substrings_of_the_text():
    for row in _rows():
        for e in row["events"]:
            assert e["evidence"], row["id"]
            for piece in e["evidence"]:
                assert piece in row["text"], (row["id"], piece)
        for piece in row.get("not_events", []):
            assert piece in row["text"], (row["id"], piece)


def test_country_codes_are_iso3_and_match_the_country_name():
    for where, _, e in _events():
        for key in ("country_iso3", "actor1_country", "actor2_country"):
            code = e[key]
            assert code is None or pycountry.countries.get(alpha_3=code) is not None, (where, key, code)
        assert country_name(e["country_iso3"]) == e["country"], where


def test_dates_are_ordered_and_not_after_publication():
    for where, row, e in _events():
        lo, hi = dt.date.fromisoformat(e["date_min"]), dt.date.fromisoformat(e["date_max"])
        assert lo <= hi, where
        assert hi <= _last_day(row["published"]), where
        assert (hi - lo).days <= 35, where


def test_counts_are_consistent():
    for where, _, e in _events():
        assert isinstance(e["fatalities"], int) and e["fatalities"] >= 0, where
        assert e["fatalities_max"] is None or e["fatalities_max"] > e["fatalities"], where
        assert e["injured"] is None or e["injured_min"] is None, where


@pytest.fixture(scope="module")
def gazetteer():
    return Gazetteer.default()


def test_coordinates_are_those_of_the_named_town(gazetteer):
    for where, _, e in _events():
        if e["latitude"] is None:
            continue
        towns = [c for c in gazetteer.lookup(e["location"]) if c.country == e["country_iso3"]]
        assert towns, where
        nearest = min(haversine_km(e["latitude"], e["longitude"], c.latitude, c.longitude) for c in towns)
        assert nearest < 5, (where, e["location"], nearest)


def test_sitrep_eval_runs_on_the_file():
    result = CliRunner().invoke(eval_app, ["articles", str(OWN), "--json", "--limit", "2"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["articles"] == 2 and data["articles_failed"] == 0
    assert data["events_gold"] == sum(len(r["events"]) for r in _rows()[:2])
