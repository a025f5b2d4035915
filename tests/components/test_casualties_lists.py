"""Casualties of several groups and sides add up; aggregates and figures of "killed or injured" give
nothing; thousands set apart by spaces are one number (sentences written for these tests)."""

import spacy
from hypothesis import given, settings
from hypothesis import strategies as st

import sitrep
from sitrep.components.casualties import _first_number
from sitrep.pipeline import load_pipeline


def killed(text, lang, published="2024-03-10"):
    events = sitrep.extract(text, published=published, lang=lang).events
    assert len(events) >= 1, text
    c = events[0].casualties.killed
    return c.best, c.low, c.high


def test_a_list_of_victims_adds_up_french():
    assert killed("Deux soldats et trois civils ont été tués lundi dans une attaque près de Gao.", "fr") == (5, 5, 5)
    assert killed("Un engin explosif a tué deux soldats et un civil lundi près de Gao.", "fr") == (3, 3, 3)


def test_a_list_of_victims_adds_up_english():
    got = killed("Gunmen attacked a checkpoint near Maiduguri on Monday, killing three soldiers and at least eight attackers.", "en")
    assert got == (11, 11, None)
    got = killed("A car bomb exploded near a market in Kandahar on Monday, killing four soldiers and a passer-by, officials said.", "en")
    assert got == (5, 5, 5)


def test_the_dead_of_both_sides_add_up_french():
    text = "Six gendarmes maliens ont été tués et dix-huit assaillants « neutralisés » lundi lors de combats près de Djibo."
    assert killed(text, "fr") == (24, 24, 24)


def test_the_dead_of_both_sides_add_up_across_sentences_english():
    text = "Troops clashed with insurgents near Kandahar on Monday; four soldiers were killed. The army said 14 insurgents were also killed."
    assert killed(text, "en") == (18, 18, 18)


def test_a_breakdown_of_the_toll_is_not_added_french_and_english():
    fr = "Une attaque à la voiture piégée a fait lundi 12 morts près de Djibo, dont trois soldats et neuf civils."
    assert killed(fr, "fr")[0] == 12
    en = "Gunmen killed 12 people, including three soldiers and nine civilians, in an attack near Kandahar on Monday."
    assert killed(en, "en")[0] == 12


def test_killed_or_injured_together_is_neither():
    for text, lang in (
        ("Des affrontements près de Mopti lundi ont fait 2 500 personnes tuées ou blessées.", "fr"),
        ("Clashes near Maiduguri on Monday left 2,500 people killed or injured.", "en"),
    ):
        for e in sitrep.extract(text, published="2024-03-10", lang=lang).events:
            assert not e.casualties.killed.known and not e.casualties.injured.known, text


def test_thousands_set_apart_by_a_space_are_one_number():
    e = sitrep.extract("Un attentat à la voiture piégée a fait lundi 12 morts et 1 200 blessés à Mopti.", published="2024-03-10", lang="fr").events[0]
    assert e.casualties.killed.best == 12 and e.casualties.injured.best == 1200


def test_neutralised_counts_people_only():
    nlp = load_pipeline("fr")
    counter = nlp.get_pipe("sitrep_casualties")
    doc = nlp("Lundi, deux engins explosifs ont été neutralisés près de Djibo par l'armée.")
    assert counter.phrases(doc[:]) == []
    doc = nlp("Lundi, douze terroristes ont été neutralisés près de Djibo par l'armée.")
    assert [(p.what, p.count.best) for p in counter.phrases(doc[:])] == [("killed", 12)]


BLANK = {"fr": spacy.blank("fr"), "en": spacy.blank("en")}


@settings(max_examples=60, deadline=None)
@given(st.integers(min_value=1000, max_value=9_999_999), st.sampled_from(["fr", "en"]), st.sampled_from([" ", "\u00a0", "\u202f"]))
def test_spaced_thousands_read_whole_from_any_group(n, lang, space):
    text = f"{n:,}".replace(",", space)
    tokens = list(BLANK[lang](f"au moins {text} morts"))
    digits = [i for i, t in enumerate(tokens) if t.text[:1].isdigit()]
    assert _first_number(tokens, lang)[1] == n
    # a window that starts inside the number still reads all of it
    assert _first_number(tokens[digits[-1] :], lang)[1] == n
