import json

from typer.testing import CliRunner

from sitrep.cli import app


def test_bench_reports_both_throughputs(tmp_path):
    corpus = tmp_path / "corpus.jsonl"
    texts = [
        "Police fired tear gas at protesters in Nairobi on Tuesday, witnesses said.",
        "A roadside bomb killed two soldiers near Mandera on Monday, officials said.",
    ]
    corpus.write_text("\n".join(json.dumps({"text": t}) for t in texts * 3) + "\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["bench", str(corpus), "--lang", "en"])
    assert result.exit_code == 0, result.output
    assert "6 articles" in result.stdout
    assert "spaCy parse" in result.stdout and "sitrep extract" in result.stdout and "of the bare parse" in result.stdout
    assert "peak memory" in result.stdout


def test_bench_ingest_reports_throughput_and_memory(tmp_path):
    corpus = tmp_path / "corpus.jsonl"
    texts = [
        f"A roadside bomb killed {n} soldiers near Mandera on Monday, officials said." for n in range(2, 8)
    ]
    corpus.write_text("\n".join(json.dumps({"text": t}) for t in texts) + "\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["bench", str(corpus), "--lang", "en", "--ingest"])
    assert result.exit_code == 0, result.output
    assert "6 articles" in result.stdout and "1 process(es)" in result.stdout
    assert "sitrep ingest" in result.stdout and "of the bare parse" in result.stdout and "peak" in result.stdout
