"""The command line on real files, with the real models."""

import json
from pathlib import Path

from typer.testing import CliRunner

from sitrep.cli import app

runner = CliRunner()
EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def test_extract_json_on_french_example():
    result = runner.invoke(app, ["extract", str(EXAMPLES / "frappes-sahel.fr.txt"), "--published", "2023-05", "--format", "json"])
    assert result.exit_code == 0, result.output
    (x,) = json.loads(result.stdout)
    kinds = {e["sub_event_type"] for e in x["events"]}
    assert {"Air/drone strike", "Shelling/artillery/missile attack"} <= kinds
    gao = next(e for e in x["events"] if e["place"] and e["place"]["name"] == "Gao")
    assert gao["casualties"]["injured"]["best"] == 4
    for e in x["events"]:
        for ev in e["evidence"]:
            assert x["article"]["text"][ev["start"] : ev["end"]] == ev["text"]


def test_extract_jsonl_with_a_broken_line(tmp_path):
    path = tmp_path / "feed.jsonl"
    good = [
        json.dumps({"lang": "fr", "published": "2023-05-14", "text": "Des hommes armés ont enlevé trois enseignants mardi à Djibo."}),
        json.dumps({"lang": "en", "published": "2023-05-14", "text": "Militants attacked an army checkpoint near Maiduguri on Friday, killing five soldiers."}),
    ]
    path.write_text("\n".join([good[0], "{broken", good[1]]) + "\n", encoding="utf-8")
    result = runner.invoke(app, ["extract", str(path), "--format", "jsonl"])
    assert result.exit_code == 0
    assert len([l for l in result.stdout.splitlines() if l.strip()]) == 2
    assert "line 2" in result.stderr and "feed.jsonl" in result.stderr


def test_empty_and_binary_files_exit_nonzero(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    result = runner.invoke(app, ["extract", str(empty)])
    assert result.exit_code == 2 and "empty.txt" in result.stderr and "E001" in result.stderr
    binary = tmp_path / "blob.txt"
    binary.write_bytes(bytes(range(256)) * 20)
    result = runner.invoke(app, ["extract", str(binary)])
    assert result.exit_code == 2 and "blob.txt" in result.stderr


def test_unsupported_language_is_reported(tmp_path):
    path = tmp_path / "de.txt"
    path.write_text("Die Polizei hat am Montag in Berlin mehrere Demonstranten festgenommen, teilte ein Sprecher mit.")
    result = runner.invoke(app, ["extract", str(path), "--format", "json"])
    assert result.exit_code == 1
    assert json.loads(result.stdout)[0]["status"] == "unsupported_language"
    assert "not supported" in result.stderr


def test_formats_acled_geojson(tmp_path):
    src = str(EXAMPLES / "kenya-protest.en.txt")
    result = runner.invoke(app, ["extract", src, "--published", "2023-05-10", "--format", "geojson"])
    assert result.exit_code == 0
    assert json.loads(result.stdout)["type"] == "FeatureCollection"
    result = runner.invoke(app, ["extract", src, "--published", "2023-05-10", "--format", "acled-csv"])
    assert result.stdout.splitlines()[0].startswith("event_id_cnty,event_date,year")


def test_bad_published_date():
    result = runner.invoke(app, ["extract", str(EXAMPLES / "kenya-protest.en.txt"), "--published", "May 2023"])
    assert result.exit_code == 2 and "E009" in result.stderr


def test_html_input_table_output(tmp_path):
    page = tmp_path / "page.html"
    page.write_text(
        "<html><head><title>Strike hits depot</title></head><body><nav>Home | World</nav><article>"
        "<p>An air strike hit a fuel depot in Hodeidah on Thursday, killing three workers and injuring six others, "
        "a port official told reporters.</p><p>Residents described a loud explosion followed by a large fire that "
        "burned for several hours near the harbour.</p></article><footer>Privacy policy</footer></body></html>",
        encoding="utf-8",
    )
    result = runner.invoke(app, ["extract", str(page), "--published", "2023-05-12"])
    assert result.exit_code == 0, result.output
    assert "Hodeidah" in result.stdout and "Air/drone" in result.stdout


def test_latin1_french_file_is_read_correctly(tmp_path):
    path = tmp_path / "latin1.txt"
    text = "Mardi, des frappes aériennes ont visé un dépôt à Kidal, faisant trois morts, selon un élu local."
    path.write_bytes(text.encode("latin-1"))
    result = runner.invoke(app, ["extract", str(path), "--published", "2023-05-12", "--format", "json"])
    assert result.exit_code == 0, result.output
    (x,) = json.loads(result.stdout)
    assert x["article"]["text"] == text
    (event,) = x["events"]
    assert event["sub_event_type"] == "Air/drone strike" and event["casualties"]["killed"]["best"] == 3


def test_two_megabyte_article_is_processed(tmp_path):
    path = tmp_path / "big.txt"
    paragraph = "Des manifestants se sont rassemblés à Dakar pour réclamer la baisse des prix du pain et du riz.\n\n"
    path.write_text(paragraph * (2_100_000 // len(paragraph)), encoding="utf-8")
    result = runner.invoke(app, ["extract", str(path), "--published", "2023-05-12", "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    assert "big.txt" in result.stderr and "W002" in result.stderr
    record = json.loads(result.stdout)
    assert record["status"] == "ok" and record["events"]
