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
