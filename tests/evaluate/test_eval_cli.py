import json

import pytest
from typer.testing import CliRunner

import sitrep
from sitrep.evaluate import cli
from sitrep.evaluate.cli import eval_app

runner = CliRunner()


@pytest.fixture
def articles_file(f, tmp_path):
    rows = [
        f.article_json([f.gold_event_json()], id="fr1", lang="fr"),
        f.article_json([f.gold_event_json(location="Tamaro", latitude=15.0, longitude=-3.0)], id="en1", lang="en",
                       text="An invented English text."),
    ]
    return f.write_jsonl(tmp_path / "articles.jsonl", rows)


def test_articles_json_with_hook(f, articles_file, monkeypatch):
    gold_fr = f.gold_event()
    monkeypatch.setattr(cli, "ARTICLE_PREDICTOR", lambda g: f.extraction(g, [f.pred_event(gold_fr)] if g.id == "fr1" else []))
    result = runner.invoke(eval_app, ["articles", str(articles_file), "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["events_gold"] == 2 and data["pairs"] == 1
    assert data["event_recall"] == 0.5 and data["event_recall_n"] == 2
    assert set(data["by_lang"]) == {"fr", "en"} and "by_class" in data
    assert "articles_detail" not in data


def test_articles_cli_calls_sitrep_extract(f, articles_file, monkeypatch):
    calls = []

    def fake_extract(text, *, published=None, lang=None, title=None, url=None):
        calls.append((lang, published))
        return f.extraction(f.article(), [f.pred_event()] if lang == "fr" else [])

    monkeypatch.setattr(sitrep, "extract", fake_extract, raising=False)
    result = runner.invoke(eval_app, ["articles", str(articles_file), "--json", "--lang", "fr", "--details"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert calls == [("fr", "2024-03-12")]
    assert data["articles"] == 1 and data["event_f1"] == 1.0
    assert data["articles_detail"][0]["id"] == "fr1"


def test_articles_limit_and_human_report(f, articles_file, monkeypatch):
    monkeypatch.setattr(cli, "ARTICLE_PREDICTOR", lambda g: f.extraction(g, []))
    result = runner.invoke(eval_app, ["articles", str(articles_file), "--limit", "1"])
    assert result.exit_code == 0, result.output
    assert "event_recall" in result.stdout and "missed g#0" in result.stdout
    assert "0.000 (1)" in result.stdout


def test_articles_not_available_yet(articles_file, monkeypatch):
    monkeypatch.setattr(cli, "ARTICLE_PREDICTOR", None)
    monkeypatch.delattr(sitrep, "extract", raising=False)
    result = runner.invoke(eval_app, ["articles", str(articles_file), "--json"])
    assert result.exit_code == 2
    assert "sitrep.extract is not available yet" in result.stderr
    assert result.stdout == ""


def test_bad_gold_file_exits_2_naming_file_and_line(f, tmp_path):
    path = tmp_path / "broken.jsonl"
    path.write_text(json.dumps(f.article_json([])) + "\n{oops\n", encoding="utf-8")
    result = runner.invoke(eval_app, ["articles", str(path), "--json"])
    assert result.exit_code == 2
    assert "E017" in result.stderr and "broken.jsonl" in result.stderr and "line 2" in result.stderr
    missing = runner.invoke(eval_app, ["snippets", str(tmp_path / "absent.tsv")])
    assert missing.exit_code == 2 and "absent.tsv" in missing.stderr


def test_snippets_json_and_model_passthrough(tmp_path, monkeypatch):
    path = tmp_path / "snips.tsv"
    path.write_text("id\ttext\tlabel\n1\tTroops clashed with rebels.\tARMED_CLASH\n2\tTalks.\tDIPLO\n", encoding="utf-8")
    seen = []

    def fake_classify(text, lang="en", **kw):
        seen.append(kw)
        return "ARMED_CLASH"

    monkeypatch.setattr(sitrep, "classify", fake_classify, raising=False)
    result = runner.invoke(eval_app, ["snippets", str(path), "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["accuracy"] == 1.0 and data["n"] == 1 and data["excluded"] == 1
    result = runner.invoke(eval_app, ["snippets", str(path), "--json", "--model", str(tmp_path / "m.joblib")])
    assert result.exit_code == 0, result.output
    assert seen == [{}, {"model": str(tmp_path / "m.joblib")}]
    human = runner.invoke(eval_app, ["snippets", str(path)])
    assert human.exit_code == 0 and "weighted_f1" in human.stdout and "Confusion" in human.stdout


def test_sentences_cli(tmp_path, monkeypatch, f):
    rows = [{"id": "s1", "text": "Orvania accused Belmark.", "plover": "ACCUSE", "mode": None,
             "source": [{"actorText": "Orvania", "code": "ORV"}], "target": []}]
    path = f.write_jsonl(tmp_path / "s.jsonl", rows)
    monkeypatch.delattr(sitrep, "classify_plover", raising=False)
    result = runner.invoke(eval_app, ["sentences", str(path), "--json"])
    assert result.exit_code == 2 and "not available yet" in result.stderr
    monkeypatch.setattr(cli, "SENTENCE_PREDICTOR", lambda s: ("ACCUSE", None))
    result = runner.invoke(eval_app, ["sentences", str(path), "--json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["plover_acc"] == 1.0


def test_toponyms_cli(tmp_path, monkeypatch, f):
    rows = [{"id": "gwn-1", "text": "Rain in Orvane.", "toponyms": [
        {"start": 8, "end": 14, "phrase": "Orvane", "lat": 1.0, "lon": 2.0, "geonameid": "5", "name": "Orvane"}]}]
    path = f.write_jsonl(tmp_path / "t.jsonl", rows)
    result = runner.invoke(eval_app, ["toponyms", str(path), "--mode", "resolve", "--json"])
    if not hasattr(sitrep, "geoparse"):
        assert result.exit_code == 2 and "not available yet" in result.stderr
    monkeypatch.setattr(cli, "TOPONYM_RESOLVER", lambda text, s, e: (1.0, 2.0, 5, None))
    result = runner.invoke(eval_app, ["toponyms", str(path), "--mode", "resolve", "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["mode"] == "resolve" and data["acc_161km"] == 1.0 and data["by_source"]["gwn"]["exact_geonameid"] == 1.0
    monkeypatch.setattr(cli, "TOPONYM_DETECTOR", lambda text: [(8, 14, 1.0, 2.0)])
    result = runner.invoke(eval_app, ["toponyms", str(path), "--mode", "detect"])
    assert result.exit_code == 0, result.output
    assert "precision" in result.stdout


def test_progress_does_not_pollute_json(f, tmp_path, monkeypatch):
    rows = [f.article_json([], id=f"a{i}") for i in range(12)]
    path = f.write_jsonl(tmp_path / "many.jsonl", rows)
    monkeypatch.setattr(cli, "ARTICLE_PREDICTOR", lambda g: f.extraction(g, []))
    result = runner.invoke(eval_app, ["articles", str(path), "--json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["articles"] == 12
