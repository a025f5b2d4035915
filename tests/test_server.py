"""The HTTP API and page, and the API reading the store while an ingest writes to it."""

import json
import subprocess
import sys
import time

import pytest
from fastapi.testclient import TestClient
from store.corpora import OTHER_TOWN, SAME_STRIKE, corpus_records

from sitrep.ingest import ingest
from sitrep.records import PartialDate
from sitrep.server import create_app


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    folder = tmp_path_factory.mktemp("news")
    for i, text in enumerate([*SAME_STRIKE, OTHER_TOWN]):
        (folder / f"{i}.txt").write_text(text, encoding="utf-8")
    db = tmp_path_factory.mktemp("db") / "s.duckdb"
    ingest([folder], db, published=PartialDate.parse("2024-01-10"))
    return TestClient(create_app(str(db)))


def test_events_with_filters_and_provenance(client):
    events = client.get("/api/events", params={"country": "Mali", "type": "Air/drone strike"}).json()
    assert {e["place"]["name"] for e in events} == {"Kidal", "Timbuktu"}
    kidal = next(e for e in events if e["place"]["name"] == "Kidal")
    assert kidal["n_sources"] == 2 and len(kidal["reports"]) == 2 and kidal["reports"][0]["mention"]["text"]
    assert client.get("/api/events", params={"since": "2024-02"}).json() == []


def test_geojson_status_and_page(client):
    collection = client.get("/api/events.geojson").json()
    assert collection["type"] == "FeatureCollection" and len(collection["features"]) == 2
    assert client.get("/api/status").json()["events"] == 2
    page = client.get("/")
    assert page.status_code == 200 and "/api/events" in page.text


def test_extract_endpoint(client):
    answer = client.post("/api/extract", json={"text": SAME_STRIKE[0], "published": "2024-01-10"}).json()
    assert answer["status"] == "ok" and answer["events"][0]["sub_event_type"] == "Air/drone strike"
    assert client.post("/api/extract", json={"text": "  "}).status_code == 422
    assert client.post("/api/extract", json={"text": "x", "published": "soon"}).status_code == 422


def test_bad_filters_and_missing_store_are_clear_errors(client, tmp_path):
    bad = client.get("/api/events", params={"bbox": "1,2"})
    assert bad.status_code == 422 and "E206" in bad.json()["detail"]
    missing = TestClient(create_app(str(tmp_path / "none.duckdb"))).get("/api/events")
    assert missing.status_code == 404 and "E200" in missing.json()["detail"]


def test_the_api_reads_while_an_ingest_writes(tmp_path):
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in corpus_records(120)), encoding="utf-8")
    db = tmp_path / "live.duckdb"
    writer = subprocess.Popen(
        [sys.executable, "-m", "sitrep.cli", "ingest", str(corpus), "--db", str(db), "--chunk", "4"],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
    )
    api = TestClient(create_app(str(db)))
    seen = []
    while writer.poll() is None:
        answer = api.get("/api/status")
        assert answer.status_code in (200, 404), answer.text  # 404 until the first chunk is stored
        if answer.status_code == 200:
            seen.append(answer.json()["articles"])
        time.sleep(0.05)
    assert writer.returncode == 0, writer.stderr.read()
    assert any(0 < n < 120 for n in seen), seen  # read while the ingest was under way
    assert api.get("/api/status").json()["articles"] == 120
