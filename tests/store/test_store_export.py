"""Export and query of merged events, through the library and the command line."""

import csv
import io
import json

import geojson
import pandas as pd
import pytest
from typer.testing import CliRunner

from sitrep.cli import app
from sitrep.errors import SitrepError
from sitrep.io.writers import ACLED_COLUMNS
from sitrep.ingest import ingest
from sitrep.records import PartialDate
from sitrep.store.export import Filters, export, parse_bbox, query

runner = CliRunner()


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    from corpora import OTHER_TOWN, SAME_STRIKE

    folder = tmp_path_factory.mktemp("news")
    for i, text in enumerate([*SAME_STRIKE, OTHER_TOWN]):
        (folder / f"{i}.txt").write_text(text, encoding="utf-8")
    protest = "Des milliers de personnes ont manifesté samedi à Dakar, au Sénégal, contre la vie chère, selon des journalistes de l'AFP."
    (folder / "3.txt").write_text(protest, encoding="utf-8")
    statement = "Le ministre malien des Affaires étrangères, Abdoulaye Diop, a accusé mardi l'Algérie de soutenir les rebelles."
    (folder / "4.txt").write_text(statement, encoding="utf-8")
    path = tmp_path_factory.mktemp("db") / "s.duckdb"
    ingest([folder], path, published=PartialDate.parse("2024-01-10"))
    return path


def test_acled_csv_opens_in_pandas_with_acleds_columns(db, tmp_path):
    out = tmp_path / "events.csv"
    n = export(db, "acled-csv", out, timestamp=0)
    frame = pd.read_csv(out)
    assert list(frame.columns) == list(ACLED_COLUMNS) and len(frame) == n == 3
    kidal = frame[frame.location == "Kidal"].iloc[0]
    assert kidal.sub_event_type == "Air/drone strike" and kidal.country == "Mali" and kidal.fatalities == 4
    assert "sources=2" in kidal.tags and "AFP" in kidal.source
    assert kidal.notes.startswith("Une frappe de drone")


def test_geojson_validates_and_its_points_are_the_events_coordinates(db, tmp_path):
    out = tmp_path / "events.geojson"
    n = export(db, "geojson", out)
    collection = geojson.loads(out.read_text(encoding="utf-8"))
    assert collection.is_valid and len(collection["features"]) == n == 3
    events = {s.event.id: s.event for s in query(db)}
    for feature in collection["features"]:
        place = events[feature["id"]].place
        assert feature["geometry"]["coordinates"] == [place.longitude, place.latitude]


def test_plover_jsonl_has_one_record_per_event_with_every_report_cited(db, tmp_path):
    out = io.StringIO()
    export(db, "plover-jsonl", out)
    records = [json.loads(line) for line in out.getvalue().splitlines()]
    events = [r for r in records if r["type"] == "event"]
    assert len(events) == 3 and {"actor", "recipient", "event", "mode", "event_loc", "cite_info", "text_info"} <= set(events[0])
    kidal = next(r for r in events if r["event_loc"]["name"] == "Kidal")
    assert kidal["event"] == "ASSAULT" and kidal["sources_count"] == 2 and len(kidal["reports"]) == 2
    assert kidal["event_text"] and kidal["event_text"] in kidal["text_info"]["sentence"]
    [statement] = [r for r in records if r["type"] == "statement"]  # from an article without events
    assert statement["event"] == "ACCUSE" and statement["actor"][0]["code"] == "MLI"
    filtered = io.StringIO()
    export(db, "plover-jsonl", filtered, Filters(country="Mali"))
    assert [json.loads(line)["type"] for line in filtered.getvalue().splitlines()] == ["event", "event"]


def test_parquet_has_the_filtered_events(db, tmp_path):
    out = tmp_path / "events.parquet"
    assert export(db, "parquet", out, Filters(type="Protests")) == 1
    frame = pd.read_parquet(out)
    assert list(frame.location) == ["Dakar"] and frame.iloc[0].sub_event_type == "Peaceful protest"


@pytest.mark.parametrize(
    "filters, locations",
    [
        (Filters(country="Mali"), {"Kidal", "Timbuktu"}),
        (Filters(country="SEN"), {"Dakar"}),
        (Filters(bbox=parse_bbox("-5,15,2,19")), {"Kidal", "Timbuktu"}),
        (Filters(type="air/drone strike", text="Tombouctou"), {"Timbuktu"}),
        (Filters(type="PROTEST"), {"Dakar"}),
        (Filters(actor="protesters"), {"Dakar"}),
        (Filters(since=PartialDate.parse("2024-01-09").span()[0], until=PartialDate.parse("2024-01-09").span()[1]), {"Kidal", "Timbuktu"}),
    ],
)
def test_filters(db, filters, locations):
    assert {s.event.place.name for s in query(db, filters)} == locations


def test_bad_filters_name_the_option():
    with pytest.raises(SitrepError) as info:
        parse_bbox("1,2,3")
    assert info.value.code == "E206" and "--bbox" in str(info.value)
    with pytest.raises(SitrepError):
        Filters(country="Atlantis").where()


def test_cli_query_export_and_status(db, tmp_path):
    result = runner.invoke(app, ["query", "--db", str(db), "--country", "Mali", "--type", "Air/drone strike"])
    assert result.exit_code == 0, result.output
    assert "Kidal" in result.stdout and "Dakar" not in result.stdout
    result = runner.invoke(app, ["export", "--db", str(db), "--format", "acled-csv"])
    assert result.exit_code == 0
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert len(rows) == 3 and list(rows[0]) == list(ACLED_COLUMNS)
    result = runner.invoke(app, ["status", "--db", str(db)])
    assert result.exit_code == 0 and "articles_done" in result.stdout
    result = runner.invoke(app, ["export", "--db", str(db), "--format", "parquet"])
    assert result.exit_code == 2 and "E206" in result.output
    result = runner.invoke(app, ["query", "--db", str(tmp_path / "none.duckdb")])
    assert result.exit_code == 2 and "E200" in result.output


def test_cli_ingest_reports_what_it_did(tmp_path):
    from corpora import SAME_STRIKE

    article = tmp_path / "a.txt"
    article.write_text(SAME_STRIKE[0], encoding="utf-8")
    db = tmp_path / "s.duckdb"
    first = runner.invoke(app, ["ingest", str(article), "--db", str(db), "--published", "2024-01-10"])
    assert first.exit_code == 0, first.output
    assert "1 stored" in first.stdout
    again = runner.invoke(app, ["ingest", str(article), "--db", str(db)])
    assert "0 stored" in again.stdout and "1 already stored" in again.stdout
    bad = runner.invoke(app, ["ingest", str(article), "--db", str(db), "--engine", "spark"])
    assert bad.exit_code == 2 and "E206" in bad.output
