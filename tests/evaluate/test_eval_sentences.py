import pytest

from sitrep.evaluate.gold import GoldActor, GoldSentence
from sitrep.evaluate.sentences import PloverPrediction, evaluate_sentences
from sitrep.records import Statement

GOLD = [
    GoldSentence("s1", "Orvania accused Belmark of spying.", "ACCUSE", None,
                 source=(GoldActor("Orvania", "ORV"),), target=(GoldActor("Belmark", "BLM"),)),
    GoldSentence("s2", "Belmark police arrested 20 marchers.", "COERCE", "arrest",
                 source=(GoldActor("police", "BLM"),), target=()),
    GoldSentence("s3", "The council urged a ceasefire.", "REQUEST", "",
                 source=(GoldActor("council", "IGO"),), target=(GoldActor("text only"),)),
]


def test_sentence_metrics_and_counts():
    preds = {
        "s1": PloverPrediction("ACCUSE", None, ("ORV",), ("XXX",)),
        "s2": PloverPrediction("COERCE", "seize", ("blm",), ()),
        "s3": PloverPrediction("SUPPORT", None, (), ()),
    }
    report = evaluate_sentences(GOLD, lambda s: preds[s.id])
    m = report.to_json()
    assert (m["plover_acc"], m["plover_acc_n"]) == (pytest.approx(2 / 3, abs=1e-4), 3)
    assert (m["mode_acc"], m["mode_acc_n"]) == (0.0, 1)  # only s2 has a gold mode
    assert (m["source_code_acc"], m["source_code_acc_n"]) == (pytest.approx(2 / 3, abs=1e-4), 3)
    assert (m["target_code_acc"], m["target_code_acc_n"]) == (0.0, 1)  # s3's target has no code
    assert m["per_class"]["REQUEST"] == {"support": 1, "correct": 0, "precision": None, "recall": 0.0}
    assert {r.gold.id for r in report.errors} == {"s1", "s2", "s3"}


def test_predictions_are_coerced():
    assert PloverPrediction.coerce("ACCUSE") == PloverPrediction("ACCUSE")
    assert PloverPrediction.coerce(("COERCE", "arrest")) == PloverPrediction("COERCE", "arrest")
    assert PloverPrediction.coerce({"plover": "AGREE", "source_codes": ["ORV"]}).source_codes == ("ORV",)
    st = Statement(speaker="minister", plover="ACCUSE", quote="…", speaker_country="ORV")
    assert PloverPrediction.coerce(st) == PloverPrediction("ACCUSE", None, ("ORV",))
    m = evaluate_sentences(GOLD[:1], lambda s: "ACCUSE").to_json()
    assert m["plover_acc"] == 1.0 and m["source_code_acc"] == 0.0


def test_predictor_errors_are_counted():
    def boom(s):
        raise ValueError("no model")

    m = evaluate_sentences(GOLD, boom).to_json()
    assert m["failed"] == 3 and m["plover_acc"] == 0.0
