import pytest

from sitrep.evaluate.geo import MAX_ERROR_KM
from sitrep.evaluate.gold import GoldToponym, GoldToponymText
from sitrep.evaluate.toponyms import evaluate_resolve, evaluate_toponyms
from sitrep.records import Evidence, Place

KM = 111.195  # per degree of latitude

TEXT1 = "Storm hits Orvane and Belmark."
TEXT2 = "Verlac mayor resigns."
GOLD = [
    GoldToponymText("lgl-1", TEXT1, (
        GoldToponym(11, 17, "Orvane", 10.0, 20.0, 111, "Orvane", "United States"),
        GoldToponym(22, 29, "Belmark", 30.0, 40.0, 222, "Belmark", "Russia"),
    )),
    GoldToponymText("gwn-1", TEXT2, (GoldToponym(0, 6, "Verlac", -5.0, 5.0, None, "Verlac", None),)),
]


def test_resolve_metrics():
    answers = {
        "Orvane": (10.0 + 100 / KM, 20.0, 111, "USA"),  # 100 km off, right id and country
        "Belmark": (30.0 + 200 / KM, 40.0, 999, "Georgia"),  # 200 km off
        "Verlac": None,  # unresolved
    }
    report = evaluate_resolve(GOLD, lambda text, s, e: answers[text[s:e]])
    m = report.to_json()
    assert m["toponyms"] == 3 and m["unresolved"] == 1 and m["texts"] == 2
    assert (m["acc_161km"], m["acc_161km_n"]) == (pytest.approx(1 / 3, abs=1e-4), 3)
    assert m["median_km"] == pytest.approx(200, abs=0.1)
    assert m["mean_km"] == pytest.approx((100 + 200 + MAX_ERROR_KM) / 3, abs=0.1)
    assert (m["exact_geonameid"], m["exact_geonameid_n"]) == (0.5, 2)
    assert (m["country_acc"], m["country_acc_n"]) == (0.5, 2)
    assert set(m["by_source"]) == {"lgl", "gwn"}
    assert m["by_source"]["gwn"]["acc_161km"] == 0.0 and m["by_source"]["gwn"]["mean_km"] == MAX_ERROR_KM
    assert m["by_source"]["lgl"]["acc_161km"] == 0.5


def test_resolve_accepts_places():
    place = Place(text="Orvane", name="Orvane", country="USA", geonameid=111, latitude=10.0, longitude=20.0)
    m = evaluate_resolve(GOLD[:1], lambda text, s, e: place).to_json()
    assert m["exact_geonameid"] == 0.5 and m["by_source"]["lgl"]["acc_161km_n"] == 2


def test_detect_metrics():
    def detect(text):
        if text == TEXT1:
            return [(11, 17, 10.0, 20.0), (22, 28, 30.0, 40.0), (0, 5, None, None)]  # Belmark cut short
        return [Place(text="Verlac", name="Verlac", latitude=-5.0 + 300 / KM, longitude=5.0, evidence=Evidence(0, 6, "Verlac"))]

    m = evaluate_toponyms(GOLD, mode="detect", detect=detect).to_json()
    assert (m["gold_spans"], m["pred_spans"], m["tp"]) == (3, 4, 2)
    assert m["precision"] == 0.5 and m["recall"] == pytest.approx(2 / 3, abs=1e-4)
    assert m["f1"] == pytest.approx(4 / 7, abs=1e-4) and m["f1_n"] == 7
    assert (m["acc_161km"], m["acc_161km_n"]) == (0.5, 2)
    assert m["by_source"]["gwn"]["acc_161km"] == 0.0 and m["by_source"]["lgl"]["precision"] == pytest.approx(1 / 3, abs=1e-4)


def test_mode_needs_its_callable():
    with pytest.raises(ValueError):
        evaluate_toponyms(GOLD, mode="resolve")
    with pytest.raises(ValueError):
        evaluate_toponyms(GOLD, mode="guess", resolve=lambda *a: None)
