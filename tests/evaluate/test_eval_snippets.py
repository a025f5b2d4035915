import pytest
from sklearn.metrics import accuracy_score, f1_score

from sitrep.evaluate.gold import load_snippets
from sitrep.evaluate.snippets import evaluate_snippets

TSV = (
    "id\ttext\tlabel\n"
    "1\tGunmen and soldiers exchanged fire near Orvane.\tARMED_CLASH\n"
    "2\tTroops fought militants outside Belmark.\tARMED_CLASH\n"
    "3\tA roadside bomb hit a convoy on the Verlac road.\tREM_EXPLOS\n"
    "4\tJets bombed a depot east of Orvane.\tAIR_STRIKE\n"
    "5\tStudents marched peacefully in Belmark.\tPEACE_PROTEST\n"
    "6\tThe two ministers met in Verlac.\tDIPLO\n"
    "7\tA flood hit the valley.\tNATURAL_DISASTER\n"
    "8\tPolice detained ten protest leaders.\tARREST\n"
)

PREDICTIONS = {
    "Gunmen and soldiers exchanged fire near Orvane.": "ARMED_CLASH",
    "Troops fought militants outside Belmark.": "ATTACK",  # an ACLED code absent from gold
    "A roadside bomb hit a convoy on the Verlac road.": "REM_EXPLOS",
    "Jets bombed a depot east of Orvane.": "ARMED_CLASH",
    "Students marched peacefully in Belmark.": None,
    "Police detained ten protest leaders.": "ARREST",
}


@pytest.fixture
def gold(tmp_path):
    path = tmp_path / "snippets.tsv"
    path.write_text(TSV, encoding="utf-8")
    return list(load_snippets(path))


def test_snippet_metrics_match_sklearn(gold):
    seen = []

    def classify(text):
        seen.append(text)
        return PREDICTIONS[text]

    report = evaluate_snippets(gold, classify)
    assert len(seen) == 6  # non-ACLED rows are not classified
    y_true = ["ARMED_CLASH", "ARMED_CLASH", "REM_EXPLOS", "AIR_STRIKE", "PEACE_PROTEST", "ARREST"]
    y_pred = ["ARMED_CLASH", "ATTACK", "REM_EXPLOS", "ARMED_CLASH", "NONE", "ARREST"]
    labels = sorted(set(y_true))
    m = report.to_json()
    assert m["n"] == 6 and m["excluded"] == 2 and m["classes"] == 5
    assert m["accuracy"] == pytest.approx(accuracy_score(y_true, y_pred), abs=1e-4)
    assert m["weighted_f1"] == pytest.approx(
        f1_score(y_true, y_pred, labels=labels, average="weighted", zero_division=0), abs=1e-4
    )
    assert m["macro_f1"] == pytest.approx(f1_score(y_true, y_pred, labels=labels, average="macro", zero_division=0), abs=1e-4)
    assert m["accuracy"] == 0.5 and m["accuracy_n"] == 6 and m["weighted_f1_n"] == 6
    assert m["per_class"]["ARMED_CLASH"] == {"precision": 0.5, "recall": 0.5, "f1": 0.5, "support": 2}
    assert m["confusion"]["ARMED_CLASH"] == {"ARMED_CLASH": 1, "ATTACK": 1}
    assert m["confusion"]["PEACE_PROTEST"] == {"NONE": 1}
    errors = {e.id: (e.gold, e.pred) for e in report.errors}
    assert errors == {"2": ("ARMED_CLASH", "ATTACK"), "4": ("AIR_STRIKE", "ARMED_CLASH"), "5": ("PEACE_PROTEST", "NONE")}


def test_perfect_classifier(gold):
    labels = {s.text: s.label for s in gold}
    m = evaluate_snippets(gold, lambda t: labels[t]).to_json()
    assert m["accuracy"] == m["weighted_f1"] == m["macro_f1"] == 1.0


def test_subtype_names_are_read_as_codes(gold):
    m = evaluate_snippets(gold[:1], lambda t: "Armed clash").to_json()
    assert m["accuracy"] == 1.0


def test_error_text_is_cut_to_120_characters(tmp_path):
    path = tmp_path / "s.tsv"
    path.write_text("id\ttext\tlabel\nx\t" + "word " * 60 + "\tATTACK\n", encoding="utf-8")
    report = evaluate_snippets(load_snippets(path), lambda t: None)
    assert len(report.errors[0].text) == 120 and report.errors[0].pred == "NONE"


def test_only_excluded_rows(tmp_path):
    path = tmp_path / "s.tsv"
    path.write_text("id\ttext\tlabel\n1\tTalks.\tDIPLO\n", encoding="utf-8")
    m = evaluate_snippets(load_snippets(path), lambda t: "ATTACK").to_json()
    assert m["n"] == 0 and m["excluded"] == 1 and m["accuracy"] is None


def test_scores_are_broken_down_by_detected_language(tmp_path):
    path = tmp_path / "s.tsv"
    path.write_text(
        "id\ttext\tlabel\n"
        "en1\tSoldiers and rebels exchanged heavy fire for two hours outside the northern town on Monday.\tARMED_CLASH\n"
        "en2\tWarplanes bombed a fuel depot on the outskirts of the city overnight, residents said.\tAIR_STRIKE\n"
        "fr1\tDes soldats et des rebelles ont échangé des tirs nourris pendant deux heures près de la ville.\tARMED_CLASH\n",
        encoding="utf-8",
    )
    answers = {"en1": "ARMED_CLASH", "en2": "ARMED_CLASH", "fr1": "ARMED_CLASH"}
    gold = list(load_snippets(path))
    by_text = {s.text: answers[s.id] for s in gold}
    m = evaluate_snippets(gold, lambda t: by_text[t]).to_json()
    assert set(m["by_lang"]) == {"en", "fr"}
    assert m["by_lang"]["fr"] == {"n": 1, "accuracy": 1.0, "weighted_f1": 1.0, "macro_f1": 1.0}
    assert m["by_lang"]["en"]["n"] == 2 and m["by_lang"]["en"]["accuracy"] == 0.5
    assert m["by_lang"]["en"]["macro_f1"] == pytest.approx(f1_score(["ARMED_CLASH", "AIR_STRIKE"], ["ARMED_CLASH", "ARMED_CLASH"], average="macro", zero_division=0), abs=1e-4)
