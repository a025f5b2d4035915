"""`sitrep train` on small files the tests write, and `extract --model` using the result."""

import csv
import json

import pytest
from typer.testing import CliRunner

import sitrep
from sitrep.cli import app
from sitrep.errors import SitrepError
from sitrep.train import NONE, EventTypeModel, read_examples

runner = CliRunner()
PLACES = ["Kano", "Maiduguri", "Gao", "Mopti", "Goma", "Bunia", "Beni", "Kidal", "Diffa", "Zinder", "Bamako", "Niamey"]


def acled_csv(path, label_for_market_attacks):
    """An ACLED-format export (the columns users download) with notes and sub_event_type."""
    rows = []
    for i, place in enumerate(PLACES):
        rows.append({"event_id_cnty": f"XX{i}", "sub_event_type": label_for_market_attacks, "fatalities": "3",
                     "notes": f"On {i + 1} May, an attack hit the crowded market in {place}, a blast tore through the stalls."})
        rows.append({"event_id_cnty": f"YY{i}", "sub_event_type": "Armed clash", "fatalities": "0",
                     "notes": f"On {i + 1} May, soldiers and militants exchanged fire for hours near {place}."})
        rows.append({"event_id_cnty": f"ZZ{i}", "sub_event_type": "Peaceful protest", "fatalities": "0",
                     "notes": f"On {i + 1} May, traders marched peacefully in {place} against new taxes."})
    with path.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.DictWriter(fh, fieldnames=["event_id_cnty", "sub_event_type", "fatalities", "notes"])
        writer.writeheader()
        writer.writerows(rows)


TEXT = "An attack hit the busy market in Kaduna on Monday, killing four people, witnesses said."


def market_event(x):
    (event,) = x.events
    return event


def test_train_on_acled_csv_changes_extraction(tmp_path):
    acled_csv(tmp_path / "acled.csv", "Suicide bomb")
    result = runner.invoke(app, ["train", str(tmp_path / "acled.csv"), "--out", str(tmp_path / "model")])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "model" / "model.joblib").is_file()
    rules = market_event(sitrep.extract(TEXT, published="2023-05-10", lang="en"))
    learned = market_event(sitrep.extract(TEXT, published="2023-05-10", lang="en", model=str(tmp_path / "model")))
    assert rules.sub_event_type == "Attack"
    assert learned.sub_event_type == "Suicide bomb"


def test_cli_extract_with_model(tmp_path):
    acled_csv(tmp_path / "acled.csv", "Suicide bomb")
    runner.invoke(app, ["train", str(tmp_path / "acled.csv"), "-o", str(tmp_path / "m")])
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    result = runner.invoke(app, ["extract", str(tmp_path / "a.txt"), "--published", "2023-05-10", "--model", str(tmp_path / "m"), "-f", "json"])
    assert result.exit_code == 0, result.output
    assert "Suicide bomb" in {e["sub_event_type"] for e in json.loads(result.stdout)[0]["events"]}


def test_formats_and_labels(tmp_path):
    (tmp_path / "case.tsv").write_text("id\ttext\tlabel\n1\tJets struck the town.\tAIR_STRIKE\n2\tTalks were held.\tDIPLO\n", encoding="utf-8")
    assert [e.label for e in read_examples(tmp_path / "case.tsv")] == ["Air/drone strike", NONE]
    (tmp_path / "own.jsonl").write_text(json.dumps({"text": "Des obus sont tombés sur Gao.", "label": "Shelling/artillery/missile attack", "lang": "fr"}) + "\n", encoding="utf-8")
    (example,) = read_examples(tmp_path / "own.jsonl")
    assert example.lang == "fr" and example.label == "Shelling/artillery/missile attack"


def test_bad_training_files_are_named(tmp_path):
    (tmp_path / "bad.csv").write_text("a,b\n1,2\n", encoding="utf-8")
    with pytest.raises(SitrepError) as exc:
        list(read_examples(tmp_path / "bad.csv"))
    assert "bad.csv" in str(exc.value) and "notes" in str(exc.value)
    result = runner.invoke(app, ["train", str(tmp_path / "bad.csv"), "-o", str(tmp_path / "m")])
    assert result.exit_code == 2 and "bad.csv" in result.stderr


def test_model_round_trip(tmp_path):
    acled_csv(tmp_path / "acled.csv", "Suicide bomb")
    model = EventTypeModel.fit(list(read_examples(tmp_path / "acled.csv")))
    model.save(tmp_path / "m")
    again = EventTypeModel.load(tmp_path / "m")
    texts = ["Soldiers and militants exchanged fire near Kano.", "Traders marched peacefully in Gao."]
    assert [p.label for p in again.predict(texts)] == ["Armed clash", "Peaceful protest"]


def test_default_model_is_trained_on_every_shipped_file():
    from sitrep.train import load_model, shipped_examples

    files = shipped_examples()
    assert {f.name for f in files} >= {"examples.jsonl", "examples-styles.jsonl", "examples-news.jsonl"}
    lines = sum(1 for f in files for line in f.open(encoding="utf-8") if line.strip())
    assert load_model("default").meta["examples"] == lines


def test_distributions_cover_every_label_and_agree_with_predict():
    from sitrep.train import load_model

    model = load_model("default")
    texts = ["Rebels seized the town after the soldiers fled.", "Le match s'est terminé sur un score nul."]
    for dist, pred in zip(model.distributions(texts), model.predict(texts)):
        assert set(dist) == set(model.meta["labels"]) and sum(dist.values()) == pytest.approx(1.0)
        assert max(dist, key=dist.get) == pred.label and dist[pred.label] == pytest.approx(pred.probability)


# Sentences written for this test (not in the training files): kinds of text the rules alone mistype.
WEAK_KINDS = [
    ("Two more army battalions were sent to the northern border on Tuesday to strengthen the garrison there.", "en", "CHANGE_TO_GROUP_ACT"),
    ("Protesters hurled stones at the police and set a patrol car on fire during the rally against the new tax.", "en", "VIOL_DEMONSTR"),
    ("Troops drove the insurgents from the river port on Sunday and regained control of its harbour, the defence ministry said.", "en", "GOV_REGAINS_TERIT"),
    ("Des renforts militaires ont été envoyés à la frontière nord mardi pour appuyer la garnison.", "fr", "CHANGE_TO_GROUP_ACT"),
    ("Des manifestants ont jeté des pierres sur les policiers et incendié une voiture de patrouille.", "fr", "VIOL_DEMONSTR"),
]


@pytest.mark.parametrize("text, lang, code", WEAK_KINDS)
def test_default_model_types_what_the_rules_miss(text, lang, code):
    assert sitrep.classify(text, lang=lang) == code


def test_combination_leaves_the_event_decision_to_the_rules():
    from sitrep.classifier import combine
    from sitrep.train import load_model

    aggregate = "More than 150 attacks have been recorded in the region since October, according to the United Nations."
    (dist,) = load_model("default").distributions([aggregate])
    assert max(dist, key=dist.get) == NONE
    assert combine(None, dist) is None and combine("ATTACK", dist) == "ATTACK"
    (dist,) = load_model("default").distributions(["Warplanes bombed a fuel depot outside the city overnight."])
    assert combine(None, dist) == "AIR_STRIKE" == combine("PROPERTY_DISTRUCT", dist)


def test_default_model_cache_key_follows_examples_and_training_code(tmp_path):
    import sitrep.train as train

    files = train.shipped_examples()
    key = train.default_digest(files)
    copy = tmp_path / "extra.jsonl"
    copy.write_bytes(files[0].read_bytes() + b"\n")
    assert train.default_digest(files + [copy]) != key
    assert key == train.default_digest(files)
    assert train.__file__ and key != train.default_digest([])  # the module alone gives another key
