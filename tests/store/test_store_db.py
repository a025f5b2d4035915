"""The DuckDB store: schema versions, idempotent batches, busy files, merged events."""

import datetime as dt
import subprocess
import sys
import textwrap
import time

import duckdb
import pytest

from sitrep.errors import SitrepError
from sitrep.io.readers import Problem
from sitrep.records import Actor, Article, Casualties, Count, Event, Extraction, Place, Source, Statement, TimeSpan
from sitrep.store import Store
from sitrep.store.schema import VERSION

GAO = Place(text="Gao", name="Gao", country="MLI", geonameid=2457163, latitude=16.2717, longitude=-0.0447)
KIDAL = Place(text="Kidal", name="Kidal", country="MLI", geonameid=2455290, latitude=18.4411, longitude=1.4078)


def extraction(text: str, place: Place = GAO, killed: int = 2, source: str = "AFP") -> Extraction:
    event = Event(
        id="e1",
        event_type="Explosions/Remote violence",
        sub_event_type="Air/drone strike",
        plover_event="ASSAULT",
        actor1=Actor(name="Military Forces of Mali", country="MLI", inter=1),
        place=place,
        time=TimeSpan(dt.date(2024, 3, 5), dt.date(2024, 3, 5), 1),
        casualties=Casualties(killed=Count(best=killed, low=killed, high=killed)),
        sources=(Source(text=source, kind="agency", agency=source),),
    )
    statement = Statement(speaker="the army", plover="ACCUSE", quote="they started it", speaker_country="MLI")
    article = Article(id=Article.make_id(text), text=text, language="en")
    return Extraction(article=article, events=(event,), statements=(statement,))


def test_a_batch_is_stored_once_however_often_it_is_added(tmp_path):
    store = Store(tmp_path / "s.duckdb")
    batch = [("h1", "a.txt", extraction("one")), ("h2", "b.txt", extraction("two", killed=5, source="Reuters"))]
    first = store.add(batch)
    again = store.add(batch)
    assert (first.articles, first.reports) == (2, 2)
    assert (again.articles, again.skipped, again.reports) == (0, 2, 0)
    counts = store.counts()
    assert counts["articles"] == 2 and counts["reports"] == 2 and counts["statements"] == 2
    assert counts["events"] == 1  # two reports of one strike
    assert store.known(["h1", "h3"]) == {"h1"}


def test_merged_event_counts_sources_and_widens_the_figures(tmp_path):
    store = Store(tmp_path / "s.duckdb")
    store.add([("h1", "a", extraction("one", killed=2)), ("h2", "b", extraction("two", killed=5))])
    store.add([("h3", "c", extraction("three", place=KIDAL))])
    with store.read() as con:
        rows = con.execute("SELECT location, n_reports, n_sources, killed_best, killed_low, killed_high FROM events ORDER BY location").fetchall()
    assert rows == [("Gao", 2, 2, 2, 2, 5), ("Kidal", 1, 1, 2, 2, 2)]


def test_the_schema_version_is_recorded_and_a_newer_file_is_refused(tmp_path):
    path = tmp_path / "s.duckdb"
    Store(path).add([("h1", "a", extraction("one"))])
    con = duckdb.connect(str(path))
    assert con.execute("SELECT max(version) FROM schema_migrations").fetchone()[0] == VERSION
    con.execute("INSERT INTO schema_migrations VALUES (?, now())", [VERSION + 1])
    con.close()
    with pytest.raises(SitrepError) as info:
        Store(path).counts()
    assert info.value.code == "E201" and str(path) in str(info.value)


def test_reading_a_missing_store_names_it(tmp_path):
    with pytest.raises(SitrepError) as info:
        Store(tmp_path / "none.duckdb").counts()
    assert info.value.code == "E200" and "none.duckdb" in str(info.value)


def test_a_file_that_is_not_a_store_is_refused_and_left_alone(tmp_path):
    path = tmp_path / "other.duckdb"
    con = duckdb.connect(str(path))
    con.execute("CREATE TABLE mine (x INTEGER)")
    con.close()
    with pytest.raises(SitrepError) as info:
        Store(path).counts()
    assert info.value.code == "E203"


def test_problems_are_kept_once(tmp_path):
    store = Store(tmp_path / "s.duckdb")
    problem = Problem("feed.jsonl", 3, "[E005] feed.jsonl, line 3: not valid JSON")
    assert store.add([], [problem]).problems == 1
    assert store.add([], [problem]).problems == 0
    assert store.counts()["problems"] == 1


def test_a_writer_waits_while_another_process_has_the_file(tmp_path):
    path = tmp_path / "s.duckdb"
    Store(path).add([("h1", "a", extraction("one"))])
    holder = textwrap.dedent(
        f"""
        import duckdb, sys, time
        con = duckdb.connect({str(path)!r})
        print("locked", flush=True)
        time.sleep(1.5)
        con.close()
        """
    )
    proc = subprocess.Popen([sys.executable, "-c", holder], stdout=subprocess.PIPE, text=True)
    assert proc.stdout.readline().strip() == "locked"
    started = time.monotonic()
    result = Store(path, timeout=30).add([("h2", "b", extraction("two"))])
    proc.wait()
    assert result.articles == 1 and time.monotonic() - started > 0.5
    with pytest.raises(SitrepError) as info:
        proc = subprocess.Popen([sys.executable, "-c", holder.replace("time.sleep(1.5)", "time.sleep(2.5)")], stdout=subprocess.PIPE, text=True)
        proc.stdout.readline()
        Store(path, timeout=0.5).counts()
    proc.wait()
    assert info.value.code == "E202"


def test_a_new_report_rebuilds_only_the_event_it_joins(tmp_path):
    store = Store(tmp_path / "s.duckdb")
    store.add([("h1", "a", extraction("one")), ("h2", "b", extraction("two", place=KIDAL))])
    with store.read() as con:
        before = dict(con.execute("SELECT location, updated_at FROM events").fetchall())
    time.sleep(0.01)
    result = store.add([("h3", "c", extraction("three", killed=7, source="Reuters"))])
    with store.read() as con:
        after = dict(con.execute("SELECT location, updated_at FROM events").fetchall())
        gao = con.execute("SELECT n_reports, killed_high FROM events WHERE location = 'Gao'").fetchone()
    assert result.events_touched == 1
    assert after["Kidal"] == before["Kidal"] and after["Gao"] > before["Gao"]
    assert gao == (2, 7)


def test_an_empty_file_being_created_reads_as_no_store_yet(tmp_path):
    path = tmp_path / "new.duckdb"
    duckdb.connect(str(path)).close()  # what a reader may see between the writer's open and its first commit
    with pytest.raises(SitrepError) as info:
        Store(path).counts()
    assert info.value.code == "E200"


def test_a_store_whose_first_migration_is_not_committed_reads_as_no_store_yet(tmp_path):
    path = tmp_path / "half.duckdb"
    con = duckdb.connect(str(path))
    con.execute("CREATE TABLE schema_migrations (version INTEGER, applied_at TIMESTAMP)")
    con.close()
    with pytest.raises(SitrepError) as info:
        Store(path).counts()
    assert info.value.code == "E200"
    assert Store(path).add([("h1", "a", extraction("one"))]).articles == 1  # the writer finishes the schema
