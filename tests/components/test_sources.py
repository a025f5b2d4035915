"""Sources and statements: who reports, who said what (written for these tests)."""

import sitrep


def statements(text, published="2024-03"):
    return sitrep.extract(text, published=published).statements


def test_inverted_reporting_clause_with_role_after_the_name():
    (s,) = statements(
        "La frappe a détruit un dépôt de munitions près de Conakry. « Nous ne céderons jamais aux terroristes », "
        "a déclaré Ahmed Diallo, ministre guinéen de la Défense, jeudi."
    )
    assert s.speaker == "Ahmed Diallo" and s.speaker_country == "GIN" and "ministre" in s.role
    assert s.plover == "REJECT" and s.quote.startswith("« Nous ne céderons")


def test_pronoun_refers_to_a_person_named_without_a_verb():
    found = statements(
        "Des combats ont opposé l'armée aux jihadistes près de Mopti. Même ton chez le porte-parole de l'armée "
        "malienne, Souleymane Dembélé. « L'armée poursuivra ses opérations contre les terroristes jusqu'à la "
        "victoire », a-t-il ajouté."
    )
    (s,) = [s for s in found if s.speaker == "Souleymane Dembélé"]
    assert s.speaker_country == "MLI" and s.plover == "THREATEN"
    assert "poursuivra" in s.quote


def test_role_named_in_the_previous_sentence():
    found = statements(
        "Le porte-parole de l'armée nigériane a affirmé que les opérations allaient s'intensifier. « Nous allons "
        "frapper les bastions des terroristes dans tout le Borno », a déclaré Musa Danmadami sur la chaîne publique."
    )
    (s,) = [s for s in found if s.speaker == "Musa Danmadami"]
    assert s.speaker_country == "NGA" and s.plover == "THREATEN"


def test_office_without_a_country_is_the_article_s_own():
    found = statements(
        "Des affrontements ont fait dix morts à Tripoli et à Misrata la semaine dernière. Le chef du gouvernement "
        "Abdelhamid Dbeibah a réitéré son appel au retrait des milices de la capitale."
    )
    (s,) = found
    assert s.speaker == "Abdelhamid Dbeibah" and s.role == "chef du gouvernement"
    assert s.speaker_country == "LBY" and s.plover == "REQUEST"


def test_english_statement_and_sentence_typing_agree():
    text = "“We will never negotiate with these terrorists,” said James Cleverly, the British foreign secretary."
    (s,) = statements(text)
    assert s.speaker == "James Cleverly" and s.speaker_country == "GBR"
    assert s.plover == "REJECT" == sitrep.classify_plover(text, lang="en").event


def test_statement_without_a_cue_is_an_assertion():
    (s,) = statements(
        "Lloyd Austin, ministre américain de la Défense, a estimé dans un communiqué « des frappes nécessaires "
        "et proportionnées » menées en Irak contre des installations utilisées par des milices."
    )
    assert s.plover == "ASSERT" and s.speaker_country == "USA"
    assert s.quote == "« des frappes nécessaires et proportionnées »"


def test_sources_of_an_event_with_an_inverted_clause():
    x = sitrep.extract(
        "Une frappe de drone a tué trois civils à Kidal mardi, ont indiqué à l'AFP un responsable local et une "
        "source sécuritaire.",
        published="2024-03",
    )
    (event,) = x.events
    kinds = {s.kind for s in event.sources}
    assert any(s.agency == "AFP" for s in event.sources) and "local" in kinds


def test_a_person_spoken_about_is_not_a_speaker():
    found = statements(
        "Thousands of protesters marched in Nairobi on Tuesday. The protesters are demanding President William Ruto "
        "step down, police said."
    )
    assert all(s.speaker != "William Ruto" for s in found)


def test_quote_split_by_the_parser_and_addressee_before_the_name():
    (s,) = statements(
        "Des milliers de personnes ont manifesté samedi à Lyon. \"Il faut dire stop. Le gouvernement ne comprend "
        "que le rapport de forces\", a déclaré à l'AFP Jeanne Martin, syndicaliste de la fonction publique."
    )
    assert s.speaker == "Jeanne Martin" and s.quote.startswith('"Il faut dire stop.')


def test_surname_alone_refers_to_the_speaker_named_before():
    found = statements(
        "Two opposition leaders were arrested in Dhaka on Friday, Rashed Karim, a spokesman for the Bangladesh "
        "Nationalist Party, told AFP. \u201cThey will not silence us,\u201d Karim said."
    )
    assert [s.speaker for s in found] == ["Rashed Karim", "Rashed Karim"]
    assert {s.speaker_country for s in found} == {"BGD"}


# --- kinds of sources, each language -------------------------------------------------------

import pytest  # noqa: E402

KINDS = [
    ("fr", "government", "Une frappe a touché un marché de Gao mardi, a indiqué le ministère de l'Intérieur."),
    ("fr", "military", "Des soldats ont été tués dans une embuscade près de Gao, selon l'état-major des armées."),
    ("fr", "armed_group", "Le groupe jihadiste a revendiqué l'attentat à la voiture piégée de Gao."),
    ("fr", "local", "Des obus sont tombés sur le marché de Gao, a raconté un habitant."),
    ("fr", "agency", "Des obus sont tombés sur le marché de Gao, selon l'AFP."),
    ("fr", "media", "Des obus sont tombés sur le marché de Gao, selon la radio privée locale."),
    ("fr", "ngo", "Des obus sont tombés sur le marché de Gao, selon une ONG locale."),
    ("en", "government", "A car bomb exploded in a market in Kandahar, the interior ministry said."),
    ("en", "military", "A car bomb exploded in a market in Kandahar, the army said."),
    ("en", "armed_group", "The militant group claimed the car bombing in Kandahar."),
    ("en", "local", "A car bomb exploded in a market in Kandahar, residents said."),
    ("en", "agency", "A car bomb exploded in a market in Kandahar, according to Reuters."),
    ("en", "media", "A car bomb exploded in a market in Kandahar, according to a local television channel."),
    ("en", "ngo", "A car bomb exploded in a market in Kandahar, according to the Red Cross."),
]


@pytest.mark.parametrize("lang,kind,text", KINDS)
def test_source_kind(lang, kind, text):
    (event,) = sitrep.extract(text, published="2024-03-10", lang=lang).events
    assert [s.kind for s in event.sources] == [kind]


def test_named_armed_group_and_state_forces_from_the_actor_dictionary():
    (event,) = sitrep.extract(
        "Un attentat à la voiture piégée a frappé Mogadiscio, ont affirmé les Shebab dans un communiqué.", published="2024-03-10", lang="fr"
    ).events
    assert [s.kind for s in event.sources] == ["armed_group"]
    (event,) = sitrep.extract("Shells hit a market in Kharkiv, the Ukrainian army said.", published="2024-03-10", lang="en").events
    assert [s.kind for s in event.sources] == ["military"]


def test_two_sources_after_an_inverted_reporting_verb():
    (event,) = sitrep.extract(
        "Une frappe de drone a tué trois combattants à Tombouctou, ont indiqué à l'AFP un responsable local, "
        "et une source au sein de l'armée.",
        published="2024-03-10",
        lang="fr",
    ).events
    texts = [s.text for s in event.sources]
    assert texts[:2] == ["un responsable local", "une source au sein de l'armée"]
    assert event.sources[1].kind == "military"


def test_the_day_after_the_reporting_verb_is_not_the_source():
    (event,) = sitrep.extract(
        "Des obus sont tombés sur le marché de Gao, a rapporté mardi la radio privée locale.", published="2024-03", lang="fr"
    ).events
    assert [s.text for s in event.sources] == ["la radio privée locale"]
