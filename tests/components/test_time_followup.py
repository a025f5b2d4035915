"""Events told in follow-up sentences are dated from the date told before them, not from publication."""

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

import sitrep
from sitrep.components.time import _from_publication, _shifted
from sitrep.records import PartialDate

days = st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2035, 12, 31))


def d(s):
    return dt.date.fromisoformat(s)


def dated(doc, sub_event_type):
    m = next(m for m in doc._.sitrep_mentions if m.sub_event_type == sub_event_type and m.non_event is None)
    return m.time.start, m.time.end


def test_next_day_counts_from_the_event_told_before_fr(run):
    text = (
        "Lundi, des hommes armés ont attaqué un poste de police à Kidal, dans le nord du Mali, ont indiqué jeudi des sources locales. "
        "Le lendemain, trois soldats ont été tués par un engin explosif près de Gao."
    )
    doc = run(text, "fr", "2023-05-12")
    assert dated(doc, "Remote explosive/landmine/IED") == (d("2023-05-09"), d("2023-05-09"))  # lundi 8 mai + 1, not jeudi + 1


def test_same_day_and_a_day_earlier_en(run):
    text = (
        "Soldiers clashed with rebels near Goma on Tuesday, the army said. "
        "In Bukavu, hundreds of people marched peacefully against the war on the same day. "
        "A day earlier, a roadside bomb killed two soldiers near Beni."
    )
    doc = run(text, "en", "2024-03-08")
    assert dated(doc, "Peaceful protest") == (d("2024-03-05"), d("2024-03-05"))
    assert dated(doc, "Remote explosive/landmine/IED") == (d("2024-03-04"), d("2024-03-04"))


def test_days_later_chain_from_one_told_date(run):
    text = (
        "Samedi, des rebelles ont attaqué une base militaire près de Gao. "
        "Le lendemain, des frappes aériennes ont visé leurs positions près de Kidal. "
        "Deux jours plus tard, trois soldats ont été tués par un engin explosif près de Tessalit."
    )
    doc = run(text, "fr", "2023-05-19")
    assert dated(doc, "Air/drone strike") == (d("2023-05-14"), d("2023-05-14"))
    assert dated(doc, "Remote explosive/landmine/IED") == (d("2023-05-16"), d("2023-05-16"))
    text = "Gunmen attacked a village near Kaduna on Saturday. Three days later, an air strike hit a camp near Zaria."
    doc = run(text, "en", "2023-05-19")
    assert dated(doc, "Air/drone strike") == (d("2023-05-16"), d("2023-05-16"))


def test_undated_sentence_takes_the_date_told_before_it(run):
    text = (
        "Des soldats ont affronté des rebelles mardi près de Gao. "
        "À Tombouctou, des centaines de personnes ont manifesté contre la vie chère."
    )
    doc = run(text, "fr", "2023-05-12")
    m = next(m for m in doc._.sitrep_mentions if m.sub_event_type == "Peaceful protest")
    assert (m.time.start, m.time.end) == (d("2023-05-09"), d("2023-05-09"))
    assert not m.time_explicit and m.time.evidence.text == "mardi"  # where the date was read
    doc = run("Police fired tear gas at protesters in Nairobi on Monday. In Kisumu, hundreds marched peacefully.", "en", "2025-07-10")
    protest = [m for m in doc._.sitrep_mentions if m.sub_event_type == "Peaceful protest" and "Kisumu" in doc[m.sent_start : m.sent_end].text]
    assert protest and all(m.time.start == m.time.end == d("2025-07-07") for m in protest)


def test_inherited_and_anchored_dates_keep_the_anchor_range(run):
    text = "Mercredi, des obus sont tombés sur un marché de Goma. À Bukavu, des manifestants ont défilé contre la guerre."
    doc = run(text, "fr", "2024-03")  # mercredi: any Wednesday of March
    assert dated(doc, "Peaceful protest") == (d("2024-03-06"), d("2024-03-27"))
    text = "Shells hit a market in Goma early Wednesday. The next day, protesters marched in Bukavu against the war."
    doc = run(text, "en", "2024-03")
    assert dated(doc, "Peaceful protest") == (d("2024-03-07"), d("2024-03-28"))


def test_first_undated_sentence_and_no_anchor_stay_on_publication(run):
    doc = run("Des obus sont tombés sur le marché de Gao, a indiqué l'armée.", "fr", "2023-05-12")
    m = next(m for m in doc._.sitrep_mentions if m.non_event is None)
    assert (m.time.start, m.time.end) == (d("2023-05-12"), d("2023-05-12")) and not m.time_explicit
    doc = run("The next day, a roadside bomb killed two soldiers near Beni.", "en", "2023-05-12")
    assert doc._.sitrep_mentions[0].time.end <= d("2023-05-12")  # never after publication


def test_day_before_something_else_is_not_counted_from_the_told_date(run):
    text = (
        "Soldiers clashed with rebels near Goma on Tuesday. "
        "Police arrested twenty opposition activists in Kinshasa a day before a planned march."
    )
    doc = run(text, "en", "2024-03-08")
    arrests = next(m for m in doc._.sitrep_mentions if m.sub_event_type == "Arrests")
    assert not arrests.time_explicit and arrests.time.start != d("2024-03-04")


def test_the_day_before_the_reporting_day_in_the_same_sentence(run):
    doc = run("L'armée a annoncé mercredi avoir tué la veille dix jihadistes lors de combats près de Ménaka.", "fr", "2024-03-08")
    m = next(m for m in doc._.sitrep_mentions if m.non_event is None)
    assert (m.time.start, m.time.end) == (d("2024-03-05"), d("2024-03-05")) and m.time_explicit


def test_follow_up_event_record_has_its_own_day():
    text = (
        "Des jihadistes ont attaqué dimanche le village de Seytenga, dans le nord du Burkina Faso, tuant douze civils, "
        "a indiqué mardi le gouverneur. Le lendemain, six soldats ont été tués par un engin explosif près de Dori."
    )
    x = sitrep.extract(text, published="2024-06-11", lang="fr")
    days = {e.place.name: (e.time.start, e.time.end) for e in x.events}
    assert days["Dori"] == (d("2024-06-10"), d("2024-06-10"))  # Monday, not Tuesday's report or publication
    assert days["Seytenga"] == (d("2024-06-09"), d("2024-06-09"))


def test_follow_up_words_are_found_however_written(nlp_fr, nlp_en):
    fr = nlp_fr.get_pipe("sitrep_time")
    found = fr.expressions("L’avant-veille, puis le  lendemain, et trois jours plus\ntard.")
    assert [(e.kind, e.value) for e in found] == [("anchored", (-2, -2)), ("anchored", (1, 1)), ("anchored", (3, 3))]
    en = nlp_en.get_pipe("sitrep_time")
    found = en.expressions("The day before, and a day earlier, and two days later.")  # not read as "N days before"
    assert [(e.kind, e.value) for e in found] == [("anchored", (-1, -1)), ("anchored", (-1, -1)), ("anchored", (2, 2))]


@given(days, st.booleans(), st.integers(-14, 14), st.integers(0, 7))
def test_counted_from_publication_never_after_it_and_inside_a_month_only_date(day, month_only, lo, width):
    published = PartialDate(day.year, day.month) if month_only else PartialDate(day.year, day.month, day.day)
    p0, p1 = published.span()
    span = _from_publication(published, lo, lo + width)
    if span is None:
        assert p0 + dt.timedelta(days=lo) > p1
        return
    assert span.start <= span.end <= p1
    if month_only:
        assert p0 <= span.start


@given(days, st.integers(-30, 30))
def test_what_the_text_said_moves_like_the_day(day, shift):
    moved = _shifted(("date", (day.year, day.month, day.day)), shift)
    assert dt.date(*moved[1]) == day + dt.timedelta(days=shift)
    assert _shifted(("weekday", (day.weekday(),)), shift) == ("weekday", (dt.date(*moved[1]).weekday(),))
