import datetime as dt

from sitrep.components.time import TimeExpression, resolve
from sitrep.records import PartialDate


def d(s):
    return dt.date.fromisoformat(s)


def test_weekday_in_month_only_article_is_any_such_weekday_of_the_month():
    span = resolve(TimeExpression(0, 5, "weekday", (2,)), PartialDate.parse("2024-01"))  # mercredi
    assert (span.start, span.end, span.precision) == (d("2024-01-03"), d("2024-01-31"), 3)


def test_yesterday_and_last_week_in_month_only_article_stay_in_the_month():
    span = resolve(TimeExpression(0, 4, "relative_day", (-1,)), PartialDate.parse("2024-03"))  # hier
    assert (span.start, span.end, span.precision) == (d("2024-03-01"), d("2024-03-30"), 3)
    span = resolve(TimeExpression(0, 4, "relative_week", (-1,)), PartialDate.parse("2024-03"))  # last week
    assert (span.start, span.end) == (d("2024-03-01"), d("2024-03-24"))


def test_weekday_with_full_date_is_the_last_such_day():
    span = resolve(TimeExpression(0, 5, "weekday", (0,)), PartialDate.parse("2024-09-03"))  # lundi
    assert (span.start, span.end, span.precision) == (d("2024-09-02"), d("2024-09-02"), 1)


def test_relative_day_and_mid_month():
    assert resolve(TimeExpression(0, 4, "relative_day", (-1,)), PartialDate.parse("2024-03-01")).start == d("2024-02-29")
    span = resolve(TimeExpression(0, 4, "mid_month", (12,)), PartialDate.parse("2017-12-23"))
    assert (span.start, span.end, span.precision) == (d("2017-12-10"), d("2017-12-20"), 2)


def test_date_without_year_is_not_in_the_future():
    span = resolve(TimeExpression(0, 4, "date", (0, 12, 30)), PartialDate.parse("2024-01-05"))
    assert span.start == d("2023-12-30")


def test_time_stage_uses_event_time_not_reporting_time(run):
    doc = run("L'armée a annoncé samedi que des soldats avaient été tués dans une embuscade mardi près de Gao.", "fr", "2023-05-13")
    m = doc._.sitrep_mentions[0]
    assert m.time.start == d("2023-05-09") and m.time_explicit
    assert m.time.evidence.text.lower() == "mardi"


def test_english_phrases(run):
    doc = run("Gunmen ambushed a convoy near Gao late Tuesday, killing four soldiers.", "en", "2023-05-13")
    assert doc._.sitrep_mentions[0].time.start == d("2023-05-09")
    doc = run("On 3 March, troops clashed with rebels in Goma.", "en", "2023-05-13")
    assert doc._.sitrep_mentions[0].time.start == d("2023-03-03")


def test_days_after_an_anchor(run):
    doc = run("Friday's arrests came two days after police fired tear gas at protesters in Dhaka.", "en", "2022-12-09")
    fired = next(m for m in doc._.sitrep_mentions if m.sub_event_type != "Arrests")
    assert fired.time.start == d("2022-12-07") and fired.time_explicit
    doc = run("Samedi, trois jours après des frappes aériennes sur Kidal, des obus sont tombés sur Gao.", "fr", "2023-05-14")
    strike = next(m for m in doc._.sitrep_mentions if m.sub_event_type == "Air/drone strike")
    assert strike.time.start == d("2023-05-10")  # samedi 13 mai, minus three days
    doc = run("Trois jours plus tard, des obus sont tombés sur Gao.", "fr", "2023-05-12")
    assert doc._.sitrep_mentions[0].time.end <= d("2023-05-12")  # no anchor here: never after publication


def test_sentence_cut_by_the_parser_without_a_full_stop_is_glued_back(nlp_fr):
    from spacy.tokens import Doc

    from sitrep.components.time import written_sentence

    words = ["La", "nuit", "de", "samedi", "a", "été", "agitée", ";", "des", "obus", "sont", "tombés", ".", "Puis", "rien", "."]
    starts = [True, False, False, False, False, False, False, False, True, False, False, False, False, True, False, False]
    doc = Doc(nlp_fr.vocab, words=words, sent_starts=starts)
    pieces = list(doc.sents)
    assert written_sentence(doc, pieces[1]).text.startswith("La nuit de samedi")
    assert written_sentence(doc, pieces[2]).text == "Puis rien ."


def test_event_dated_before_the_semicolon_in_a_month_only_article(run):
    doc = run(
        "La nuit de samedi à dimanche a été agitée à Gao ; des obus sont tombés sur le marché, a indiqué lundi un responsable.",
        "fr",
        "2024-03",
    )
    m = next(m for m in doc._.sitrep_mentions if m.non_event is None)
    assert (m.time.start, m.time.end) == (d("2024-03-02"), d("2024-03-30")) and m.time_explicit
    doc = run("Shells hit the market in Gao early Wednesday, an official said on Friday.", "en", "2024-03")
    m = next(m for m in doc._.sitrep_mentions if m.non_event is None)
    assert (m.time.start, m.time.end) == (d("2024-03-06"), d("2024-03-27")) and m.time_explicit
