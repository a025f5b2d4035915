from __future__ import annotations

import json
import math

import pytest

from sitrep.evaluate.articles import evaluate_articles, match_events
from sitrep.records import Count

RATE_KEYS = (
    "event_precision",
    "event_recall",
    "event_f1",
    "strict_f1",
    "event_type_acc",
    "sub_event_type_acc",
    "fatalities_acc",
    "injured_acc",
    "actor1_country_acc",
    "actor2_country_acc",
    "location_within_25km",
    "date_ok",
)


def run(f, golds_by_article, preds_by_article, langs=None):
    langs = langs or {}
    gold = [f.article(evs, id=aid, lang=langs.get(aid, "fr")) for aid, evs in golds_by_article.items()]
    return evaluate_articles(gold, f.predictor(preds_by_article))


def test_perfect_prediction_scores_one_everywhere(f):
    g1 = f.gold_event(injured=2)
    g2 = f.gold_event(
        sub_event_type="Air/drone strike", location="Tamaro", latitude=15.0, longitude=-3.0, injured_min=1, fatalities=0
    )
    g3 = f.gold_event(sub_event_type="Peaceful protest", location="Belvo", latitude=None, longitude=None, actor2_country=None, actor2=None)
    report = run(
        f,
        {"a1": [g1, g2], "a2": [g3]},
        {"a1": [f.pred_event(g1), f.pred_event(g2, injured=Count(1, 1))], "a2": [f.pred_event(g3)]},
    )
    m = report.to_json()
    for key in RATE_KEYS:
        assert m[key] == 1.0, key
        assert m[f"{key}_n"] > 0, key
    assert m["location_km_median"] == 0.0
    assert (m["events_gold"], m["events_pred"], m["pairs"], m["strict_pairs"]) == (3, 3, 3, 3)
    assert m["event_recall_n"] == 3 and m["event_precision_n"] == 3 and m["event_f1_n"] == 6
    assert m["location_km_median_n"] == 2  # g3 has no gold coordinates
    assert m["injured_acc_n"] == 2  # g3 states no injuries
    assert m["actor2_country_acc_n"] == 2
    assert all(not a.missed and not a.extra for a in report.articles)


def test_missing_event_lowers_recall_only(f):
    g1, g2 = f.gold_event(), f.gold_event(location="Tamaro", latitude=15.0, longitude=-3.0)
    m = run(f, {"a1": [g1, g2]}, {"a1": [f.pred_event(g1)]}).to_json()
    assert m["event_precision"] == 1.0
    assert m["event_recall"] == 0.5 and m["event_recall_n"] == 2
    assert m["event_f1"] == pytest.approx(2 / 3, abs=1e-4)


def test_extra_event_lowers_precision_only(f):
    g1 = f.gold_event()
    extra = f.pred_event(g1, id="e2", name="Tamaro", lat=16.0, lon=-2.0)
    report = run(f, {"a1": [g1]}, {"a1": [f.pred_event(g1), extra]})
    m = report.to_json()
    assert m["event_recall"] == 1.0
    assert m["event_precision"] == 0.5 and m["event_precision_n"] == 2
    assert report.articles[0].extra == (1,)


def test_extra_event_in_article_without_gold_events(f):
    report = run(f, {"a1": []}, {"a1": [f.pred_event()]})
    m = report.to_json()
    assert m["event_precision"] == 0.0 and m["event_recall"] is None and m["event_f1"] == 0.0
    assert m["event_recall_n"] == 0


def test_nothing_to_score_gives_null_not_nan(f):
    m = run(f, {"a1": []}, {}).to_json()
    assert m["event_precision"] is None and m["event_f1"] is None and m["location_km_median"] is None
    json.dumps(m, allow_nan=False)


def test_wrong_sub_type_keeps_event_f1_but_lowers_strict_f1(f):
    g = f.gold_event()
    report = run(f, {"a1": [g]}, {"a1": [f.pred_event(g, sub_event_type="Attack")]})
    m = report.to_json()
    assert m["event_f1"] == 1.0
    assert m["strict_f1"] == 0.0 and m["strict_pairs"] == 0
    assert m["sub_event_type_acc"] == 0.0 and m["event_type_acc"] == 0.0
    diffs = {d.field: (d.gold, d.pred) for d in report.articles[0].pairs[0].diffs}
    assert diffs["sub_event_type"] == ("Armed clash", "Attack")
    assert diffs["event_type"] == ("Battles", "Violence against civilians")


@pytest.mark.parametrize("km, paired", [(45, True), (49.9, True), (50.5, False), (60, False)])
def test_fifty_km_rule_when_both_have_coordinates(f, km, paired):
    g = f.gold_event(latitude=14.0, longitude=-4.0)
    # a different name, so that only the distance can pair them
    p = f.pred_event(g, name="Somewhere Else", place_text="Somewhere Else", lat=14.0 + km / f.KM_PER_DEGREE_LAT)
    report = run(f, {"a1": [g]}, {"a1": [p]})
    m = report.to_json()
    assert m["pairs"] == (1 if paired else 0)
    if paired:
        assert report.articles[0].pairs[0].km == pytest.approx(km, abs=0.05)
        assert m["location_km_median"] == pytest.approx(km, abs=0.05)
        assert m["location_within_25km"] == 0.0
    else:
        assert "km apart" in " ".join(report.articles[0].near_misses[0][2])


def test_same_name_does_not_rescue_coordinates_too_far_apart(f):
    g = f.gold_event()
    p = f.pred_event(g, lat=g.latitude + 60 / f.KM_PER_DEGREE_LAT)
    assert run(f, {"a1": [g]}, {"a1": [p]}).to_json()["pairs"] == 0


def test_within_25km(f):
    g = f.gold_event()
    near = f.pred_event(g, lat=g.latitude + 10 / f.KM_PER_DEGREE_LAT)
    m = run(f, {"a1": [g]}, {"a1": [near]}).to_json()
    assert m["location_within_25km"] == 1.0 and m["location_within_25km_n"] == 1
    assert m["location_km_median"] == pytest.approx(10, abs=0.05)


def test_name_only_agreement_when_gold_has_no_coordinates(f):
    g = f.gold_event(location="Ain al-Asad Air Base", latitude=None, longitude=None)
    same = f.pred_event(g, name="Aïn al-Assad", place_text="Aïn al-Assad", lat=33.8, lon=42.4)
    other = f.pred_event(g, name="Bir Tawil", place_text="Bir Tawil", lat=33.8, lon=42.4)
    m_same = run(f, {"a1": [g]}, {"a1": [same]}).to_json()
    assert m_same["pairs"] == 1
    assert m_same["location_km_median_n"] == 0 and m_same["location_within_25km"] is None
    assert run(f, {"a1": [g]}, {"a1": [other]}).to_json()["pairs"] == 0


def test_name_as_written_is_accepted_when_resolved_name_differs(f):
    g = f.gold_event(location="Kaboul", latitude=None, longitude=None, country_iso3="AFG")
    p = f.pred_event(g, name="Kabul", place_text="Kaboul", lat=34.5, lon=69.2)
    assert run(f, {"a1": [g]}, {"a1": [p]}).to_json()["pairs"] == 1


def test_country_must_match(f):
    g = f.gold_event()
    assert run(f, {"a1": [g]}, {"a1": [f.pred_event(g, country="NER")]}).to_json()["pairs"] == 0
    assert run(f, {"a1": [g]}, {"a1": [f.pred_event(g, no_place=True)]}).to_json()["pairs"] == 0


def test_date_overlap_required(f):
    g = f.gold_event(date_min=f.D("2024-03-10"), date_max=f.D("2024-03-12"))
    before = f.pred_event(g, start=f.D("2024-03-01"), end=f.D("2024-03-09"))
    touching = f.pred_event(g, start=f.D("2024-03-01"), end=f.D("2024-03-10"))
    untimed = f.pred_event(g, no_time=True)
    assert run(f, {"a1": [g]}, {"a1": [before]}).to_json()["pairs"] == 0
    assert run(f, {"a1": [g]}, {"a1": [touching]}).to_json()["pairs"] == 1
    assert run(f, {"a1": [g]}, {"a1": [untimed]}).to_json()["pairs"] == 0


def test_missing_time_is_fine_when_gold_dates_are_null(f):
    g = f.gold_event(date_min=None, date_max=None)
    m = run(f, {"a1": [g]}, {"a1": [f.pred_event(g, no_time=True)]}).to_json()
    assert m["pairs"] == 1
    assert m["date_ok_n"] == 0 and m["date_ok"] is None


def test_date_ok_inside_versus_outside(f):
    g = f.gold_event(date_min=f.D("2024-03-10"), date_max=f.D("2024-03-12"))
    inside = f.pred_event(g, start=f.D("2024-03-11"), end=f.D("2024-03-11"))
    overhang = f.pred_event(g, start=f.D("2024-03-11"), end=f.D("2024-03-15"))
    assert run(f, {"a1": [g]}, {"a1": [inside]}).to_json()["date_ok"] == 1.0
    report = run(f, {"a1": [g]}, {"a1": [overhang]})
    m = report.to_json()
    assert m["pairs"] == 1 and m["date_ok"] == 0.0 and m["date_ok_n"] == 1
    diffs = {d.field: (d.gold, d.pred) for d in report.articles[0].pairs[0].diffs}
    assert diffs["date"] == ("2024-03-10..2024-03-12", "2024-03-11..2024-03-15")


def test_open_gold_date_bound(f):
    g = f.gold_event(date_min=None, date_max=f.D("2024-03-12"))
    p = f.pred_event(g, start=f.D("2020-01-01"), end=f.D("2024-03-01"))
    m = run(f, {"a1": [g]}, {"a1": [p]}).to_json()
    assert m["pairs"] == 1 and m["date_ok"] == 1.0


def test_matching_is_one_to_one(f):
    g = f.gold_event()
    report = run(f, {"a1": [g]}, {"a1": [f.pred_event(g, id="e1"), f.pred_event(g, id="e2")]})
    m = report.to_json()
    assert m["pairs"] == 1 and m["event_precision"] == 0.5 and m["event_recall"] == 1.0
    assert len(report.articles[0].extra) == 1


def test_matching_maximises_the_number_of_pairs(f):
    # p0 fits both golds, p1 only g0: a greedy pairing of p0 with g0 would leave g1 alone.
    g0 = f.gold_event(location="Kessaba", latitude=14.0, longitude=-4.0)
    g1 = f.gold_event(location="Tamaro", latitude=14.3, longitude=-4.0)  # 33 km north
    p0 = f.pred_event(g0, id="p0", lat=14.15)  # ~17 km from both
    p1 = f.pred_event(g0, id="p1", lat=13.8)  # ~22 km from g0, ~56 km from g1
    assert match_events([g0, g1], [p0, p1]) == [(0, 1), (1, 0)]


def test_matching_prefers_same_sub_type_then_closer_place(f):
    g_clash = f.gold_event(sub_event_type="Armed clash")
    g_strike = f.gold_event(sub_event_type="Air/drone strike", latitude=14.1)
    p_strike = f.pred_event(g_clash, id="s", sub_event_type="Air/drone strike", lat=14.0)
    p_clash = f.pred_event(g_clash, id="c", sub_event_type="Armed clash", lat=14.1)
    # distance alone would pair p_strike with g_clash; sub-types come first
    assert match_events([g_clash, g_strike], [p_strike, p_clash]) == [(0, 1), (1, 0)]
    near, far = f.pred_event(g_clash, id="n", lat=14.01), f.pred_event(g_clash, id="f", lat=14.2)
    assert match_events([g_clash], [far, near]) == [(0, 1)]


def test_strict_matching_is_separate(f):
    # Lenient matching pairs p_any↔g_b and p_z↔g_a (2 pairs, none sharing the sub-type);
    # strict matching still finds p_any↔g_a.
    g_a = f.gold_event(sub_event_type="Armed clash", latitude=14.0)
    g_b = f.gold_event(sub_event_type="Attack", latitude=14.3)
    p_any = f.pred_event(g_a, id="x", sub_event_type="Armed clash", lat=14.15)
    p_z = f.pred_event(g_a, id="z", sub_event_type="Grenade", lat=13.8)
    report = run(f, {"a1": [g_a, g_b]}, {"a1": [p_any, p_z]})
    m = report.to_json()
    assert m["pairs"] == 2 and m["strict_pairs"] == 1
    assert m["strict_f1"] == 0.5
    assert report.by_class["Armed clash"]["tp"] == 1


def test_field_accuracies_and_their_counts(f):
    g1 = f.gold_event(fatalities=0, injured=None, injured_min=1, actor2_country=None, actor2=None)
    g2 = f.gold_event(location="Tamaro", latitude=15.0, longitude=-3.0, fatalities=5, injured=4, actor1_country="NER")
    p1 = f.pred_event(g1, killed=None, injured=Count(None, 2, 5))  # None killed reads as 0; low ≥ min
    p2 = f.pred_event(g2, killed=4, injured=Count(4), actor1_country="MLI")
    report = run(f, {"a1": [g1, g2]}, {"a1": [p1, p2]})
    m = report.to_json()
    assert (m["fatalities_acc"], m["fatalities_acc_n"]) == (0.5, 2)
    assert (m["injured_acc"], m["injured_acc_n"]) == (1.0, 2)
    assert (m["actor1_country_acc"], m["actor1_country_acc_n"]) == (0.5, 2)
    assert m["actor2_country_acc_n"] == 1
    wrong = {d.field for p in report.articles[0].pairs for d in p.diffs}
    assert wrong == {"fatalities", "actor1_country"}


def test_injured_rules(f):
    g_min = f.gold_event(injured=None, injured_min=3)
    for count, ok in [(Count(3), True), (Count(None, 4), True), (Count(2, 1, 5), False), (Count(), False)]:
        m = run(f, {"a1": [g_min]}, {"a1": [f.pred_event(g_min, injured=count)]}).to_json()
        assert m["injured_acc"] == (1.0 if ok else 0.0), count
    g_exact = f.gold_event(injured=2)
    assert run(f, {"a1": [g_exact]}, {"a1": [f.pred_event(g_exact, injured=Count(3))]}).to_json()["injured_acc"] == 0.0
    g_none = f.gold_event(injured=None, injured_min=None)
    assert run(f, {"a1": [g_none]}, {"a1": [f.pred_event(g_none, injured=Count(3))]}).to_json()["injured_acc_n"] == 0


def test_by_lang_split(f):
    g_fr, g_en = f.gold_event(), f.gold_event()
    report = run(f, {"fr1": [g_fr], "en1": [g_en]}, {"fr1": [f.pred_event(g_fr)]}, langs={"fr1": "fr", "en1": "en"})
    m = report.to_json()
    assert set(m["by_lang"]) == {"fr", "en"}
    assert m["by_lang"]["fr"]["event_recall"] == 1.0 and m["by_lang"]["fr"]["articles"] == 1
    assert m["by_lang"]["en"]["event_recall"] == 0.0 and m["by_lang"]["en"]["event_precision"] is None
    assert m["event_recall"] == 0.5


def test_by_class(f):
    g1, g2 = f.gold_event(), f.gold_event(sub_event_type="Attack", location="Tamaro", latitude=15.0, longitude=-3.0)
    report = run(f, {"a1": [g1, g2]}, {"a1": [f.pred_event(g1), f.pred_event(g2, sub_event_type="Grenade")]})
    bc = report.to_json()["by_class"]
    assert bc["Armed clash"] == {"gold": 1, "pred": 1, "tp": 1, "precision": 1.0, "recall": 1.0, "f1": 1.0}
    assert bc["Attack"]["gold"] == 1 and bc["Attack"]["pred"] == 0 and bc["Attack"]["recall"] == 0.0
    assert bc["Attack"]["precision"] is None
    assert bc["Grenade"]["pred"] == 1 and bc["Grenade"]["precision"] == 0.0


def test_details_list_missed_extra_and_wrong_fields(f):
    g1 = f.gold_event(evidence=("Des hommes armés ont attaqué Kessaba.",))
    g2 = f.gold_event(location="Tamaro", latitude=15.0, longitude=-3.0, evidence=("Combats à Tamaro.",))
    extra = f.pred_event(g1, id="x", name="Lointain", country="NER", lat=0.0, lon=0.0)
    report = run(f, {"a1": [g1, g2]}, {"a1": [f.pred_event(g1, killed=9), extra]})
    detail = report.to_json(details=True)["articles_detail"][0]
    assert detail["missed"][0]["evidence"] == "Combats à Tamaro."
    assert detail["missed"][0]["closest"]["why_not"]
    assert detail["extra"][0]["sub_event_type"] == "Armed clash"
    assert detail["extra"][0]["place"] == "Lointain/NER"
    assert detail["extra"][0]["evidence"] == "some words"
    assert detail["pairs"][0]["wrong"] == {"fatalities": {"gold": 3, "pred": 9}}
    json.dumps(report.to_json(details=True), allow_nan=False)


def test_predictor_error_is_recorded_and_counts_gold_as_missed(f):
    def boom(g):
        raise RuntimeError("extractor exploded")

    report = evaluate_articles([f.article([f.gold_event()])], boom)
    m = report.to_json()
    assert m["articles_failed"] == 1 and m["event_recall"] == 0.0
    assert "extractor exploded" in report.articles[0].error
    with pytest.raises(RuntimeError):
        evaluate_articles([f.article([f.gold_event()])], boom, catch_errors=False)


def test_predictor_may_return_a_plain_list(f):
    g = f.gold_event()
    report = evaluate_articles([f.article([g])], lambda a: [f.pred_event(g)])
    assert report.metrics["pairs"] == 1


def test_metric_keys_come_with_counts(f):
    g = f.gold_event()
    m = run(f, {"a1": [g]}, {"a1": [f.pred_event(g)]}).to_json()
    for key in RATE_KEYS + ("location_km_median",):
        assert f"{key}_n" in m
    for lang_metrics in m["by_lang"].values():
        assert set(lang_metrics) == set(m) - {"by_lang", "by_class"}
    assert not any(isinstance(v, float) and math.isnan(v) for v in m.values())
