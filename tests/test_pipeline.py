"""The whole pipeline on articles written for these tests."""

import datetime as dt

import spacy

import sitrep
from sitrep.pipeline import ArticleInput

FRENCH = (
    "Des frappes aériennes ont visé mercredi des positions du groupe EI à Ménaka, dans l'est du Mali, "
    "faisant trois morts et des blessés, selon un responsable local. "
    "Samedi, des tirs d'obus ont touché un marché de Gao, blessant cinq civils, a indiqué à l'AFP un élu.\n\n"
    "Depuis janvier, plus de 60 attaques de drones ont visé la région."
)
ENGLISH = (
    "Police fired tear gas at protesters in Nairobi on Tuesday and arrested 15 people, witnesses said. "
    "\"The government must listen to us,\" opposition leader Mary Wanjiru told reporters, calling for new elections."
)


def test_french_article_end_to_end():
    x = sitrep.extract(FRENCH, published="2023-05-20")
    assert x.status == "ok" and x.article.language == "fr"
    by_place = {e.place.name: e for e in x.events}
    assert set(by_place) == {"Menaka", "Gao"}
    strike, shelling = by_place["Menaka"], by_place["Gao"]
    assert strike.sub_event_type == "Air/drone strike" and strike.place.country == "MLI"
    assert strike.casualties.killed.best == 3 and strike.casualties.injured.low == 1
    assert strike.time.start == dt.date(2023, 5, 17) == strike.time.end
    assert shelling.sub_event_type == "Shelling/artillery/missile attack"
    assert shelling.casualties.injured.best == 5 and shelling.time.start == dt.date(2023, 5, 20)
    assert any(s.agency == "AFP" for s in shelling.sources)
    assert [n.reason for n in x.non_events] == ["aggregate"]
    for e in x.events:
        for ev in e.evidence + (e.place.evidence,):
            assert x.article.text[ev.start : ev.end] == ev.text


def test_english_protest_and_statement():
    x = sitrep.extract(ENGLISH, published="2023-07-08")
    (event,) = x.events
    assert event.sub_event_type == "Protest with intervention"
    assert event.actor1.name == "Protesters (Kenya)" and event.actor2.country == "KEN"
    assert event.time.start == dt.date(2023, 7, 4)
    (statement,) = x.statements
    assert statement.speaker == "Mary Wanjiru" and statement.plover == "REQUEST"


def test_unsupported_language_and_empty():
    x = sitrep.extract("Die Polizei hat am Montag in Berlin mehrere Demonstranten festgenommen.")
    assert x.status == "unsupported_language" and not x.events and "de" in x.message
    assert sitrep.extract("   ").status == "empty"


def test_extract_many_keeps_order_and_mixes_languages():
    items = [ArticleInput(text=ENGLISH, published="2023-07-08"), ArticleInput(text=FRENCH, published="2023-05-20"), "Hallo Welt, wie geht es dir heute?"]
    out = list(sitrep.extract_many(items, batch_size=2))
    assert [x.article.language for x in out] == ["en", "fr", "de"]
    assert [x.status for x in out] == ["ok", "ok", "unsupported_language"]


def test_dataframe_in_acled_columns():
    df = sitrep.extract(FRENCH, published="2023-05-20").to_dataframe()
    assert list(df.columns)[:3] == ["event_id_cnty", "event_date", "year"] and len(df) == 2


def test_components_are_registered_factories():
    import sitrep.components  # noqa: F401

    nlp = spacy.load("fr_core_news_md")
    nlp.add_pipe("sitrep_event_mentions")
    doc = nlp("Des frappes aériennes ont visé la ville.")
    assert doc._.sitrep_mentions[0].sub_event_type == "Air/drone strike"


def test_classify_short_texts():
    assert sitrep.classify("Warplanes struck a village near Idlib, killing four civilians.", lang="en") == "AIR_STRIKE"
    assert sitrep.classify("Thousands of people marched peacefully in Dakar against rising prices.", lang="en") == "PEACE_PROTEST"
