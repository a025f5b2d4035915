"""sitrep ingest end to end, with the real models: merging, idempotence, resuming after kill -9."""

import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pytest
from corpora import TABLES, table_rows

from sitrep.ingest import ingest
from sitrep.records import PartialDate
from sitrep.store import Store


def test_two_reports_of_one_strike_merge_and_another_town_stays_apart(strikes, tmp_path):
    db = tmp_path / "s.duckdb"
    result = ingest([strikes], db, published=PartialDate.parse("2024-01-10"))
    assert (result.seen, result.added, result.failed) == (3, 3, 0)
    con = duckdb.connect(str(db), read_only=True)
    rows = con.execute("SELECT location, sub_event_type, n_reports, n_sources, killed_best, killed_high FROM events ORDER BY location").fetchall()
    con.close()
    assert [r[:4] for r in rows] == [("Kidal", "Air/drone strike", 2, 2), ("Timbuktu", "Air/drone strike", 1, 1)]
    kidal = rows[0]
    assert kidal[4] == 4 and kidal[5] == 6  # the conservative best, the other source's figure as the high bound


def test_ingesting_twice_adds_nothing(strikes, tmp_path):
    db = tmp_path / "s.duckdb"
    ingest([strikes], db)
    before = {t: table_rows(db, t) for t in TABLES}
    again = ingest([strikes], db)
    assert (again.seen, again.added, again.skipped) == (3, 0, 3)
    assert {t: table_rows(db, t) for t in TABLES} == before


def test_an_article_repeated_in_the_input_is_stored_once(tmp_path):
    path = tmp_path / "dup.jsonl"
    text = "Des hommes armés ont tué trois civils mardi à Mopti, au Mali, selon un élu local."
    path.write_text("\n".join(json.dumps({"text": t}, ensure_ascii=False) for t in (text, text + "  ", text)) + "\n", encoding="utf-8")
    result = ingest([path], tmp_path / "s.duckdb")
    assert (result.seen, result.added, result.skipped) == (3, 1, 2)


def test_bad_inputs_are_recorded_and_the_rest_is_stored(tmp_path):
    good = tmp_path / "good.csv"
    good.write_text("title,text\nGao,\"Des hommes armés ont tué deux civils mardi à Gao, au Mali.\"\nvide,\n", encoding="utf-8")
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    german = tmp_path / "de.txt"
    german.write_text("Bewaffnete Männer haben am Dienstag in Gao zwei Zivilisten getötet, sagte ein Beamter.", encoding="utf-8")
    db = tmp_path / "s.duckdb"
    result = ingest([good, empty, german, tmp_path / "missing.txt"], db)
    assert result.added == 2 and result.failed == 1
    assert result.problems == 3  # the row without text, the empty file, the missing file
    messages = " ".join(result.problem_messages)
    assert "empty.txt" in messages and "missing.txt" in messages and "good.csv, line 3" in messages
    con = duckdb.connect(str(db), read_only=True)
    statuses = dict(con.execute("SELECT source, status || ': ' || coalesce(message, '') FROM articles").fetchall())
    con.close()
    assert statuses[f"{good}:line 2"].startswith("done")
    assert "unsupported_language" in statuses[str(german)]


def test_two_processes_store_the_same_rows_as_one(corpus, tmp_path):
    one, two = tmp_path / "one.duckdb", tmp_path / "two.duckdb"
    ingest([corpus], one, chunk=16)
    ingest([corpus], two, processes=2, chunk=16)
    for table in TABLES:
        assert table_rows(one, table) == table_rows(two, table), table
    assert Store(one).counts()["articles_done"] == 180


def _run_cli(corpus: Path, db: Path) -> subprocess.Popen:
    cmd = [sys.executable, "-m", "sitrep.cli", "ingest", str(corpus), "--db", str(db), "--chunk", "2"]
    return subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env={**os.environ, "PYTHONUNBUFFERED": "1"})


def _articles(db: Path) -> int:
    for _ in range(200):
        try:
            con = duckdb.connect(str(db), read_only=True)
        except duckdb.Error:
            time.sleep(0.05)
            continue
        try:
            return con.execute("SELECT count(*) FROM articles").fetchone()[0]
        except duckdb.CatalogException:  # created, first batch not yet committed
            return 0
        finally:
            con.close()
    raise AssertionError("the store stayed locked")


def test_kill_9_then_ingest_again_gives_the_rows_of_one_clean_run(corpus, tmp_path):
    clean, killed = tmp_path / "clean.duckdb", tmp_path / "killed.duckdb"
    ingest([corpus], clean, chunk=4)
    rng = random.Random(7)
    partial = []
    for _ in range(2):
        proc = _run_cli(corpus, killed)
        deadline = time.monotonic() + 120
        while proc.poll() is None and time.monotonic() < deadline and (not killed.exists() or _articles(killed) == 0):
            time.sleep(0.1)
        time.sleep(rng.uniform(0.0, 0.3))
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        partial.append(_articles(killed))
    assert 0 < partial[0] < 180, partial  # the first kill landed mid-run, after a batch was stored
    assert _run_cli(corpus, killed).wait(timeout=300) == 0
    for table in TABLES:
        assert table_rows(clean, table) == table_rows(killed, table), table


def test_an_article_that_breaks_extraction_is_stored_as_failed_and_the_others_are_not(tmp_path, monkeypatch):
    import sitrep.pipeline

    real = sitrep.pipeline.to_extraction

    def fragile(article, doc):
        if "Sikasso" in article.text:
            raise RuntimeError("a component failed")
        return real(article, doc)

    monkeypatch.setattr(sitrep.pipeline, "to_extraction", fragile)
    path = tmp_path / "three.jsonl"
    texts = [f"Des hommes armés ont abattu deux civils mardi à {town}, au Mali." for town in ("Gao", "Sikasso", "Mopti")]
    path.write_text("".join(json.dumps({"text": t}, ensure_ascii=False) + "\n" for t in texts), encoding="utf-8")
    db = tmp_path / "s.duckdb"
    result = ingest([path], db)
    assert (result.added, result.failed) == (3, 1)
    con = duckdb.connect(str(db), read_only=True)
    rows = dict(con.execute("SELECT source, status || ' ' || coalesce(message, '') FROM articles").fetchall())
    con.close()
    assert rows[f"{path}:line 2"] == "failed error: RuntimeError: a component failed"
    assert rows[f"{path}:line 1"].startswith("done") and rows[f"{path}:line 3"].startswith("done")
