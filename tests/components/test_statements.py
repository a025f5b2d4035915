"""Statements whose speaker is not a named person: an office, a government, an organisation or an
armed group; and precision (sentences written for these tests)."""

import pytest

import sitrep


def statements(text, published="2024-05-14"):
    return sitrep.extract(text, published=published).statements


def only(text):
    (s,) = statements(text)
    return s


# French ------------------------------------------------------------------------------------


def test_office_without_a_name_after_an_inverted_verb_and_a_day():
    s = only("« Nous exigeons le départ de toutes les troupes étrangères », a déclaré mardi le Premier ministre guinéen.")
    assert s.speaker == "Premier ministre guinéen" and s.role == s.speaker
    assert s.speaker_country == "GIN" and s.plover == "REQUEST"
    assert s.quote.startswith("« Nous exigeons")


def test_office_as_the_subject_with_its_quote():
    s = only("Le porte-parole du gouvernement nigérien a dénoncé jeudi « une agression caractérisée » du Bénin.")
    assert s.speaker == "porte-parole du gouvernement nigérien" and s.speaker_country == "NER"
    assert s.plover == "ACCUSE" and s.quote == "« une agression caractérisée »"


def test_government_accuses_without_a_quote():
    s = only("Le gouvernement tchadien a accusé lundi le Soudan de soutenir les rebelles de l'Est.")
    assert s.speaker == "gouvernement tchadien" and s.role == "government"
    assert s.speaker_country == "TCD" and s.plover == "ACCUSE"


def test_armed_group_of_the_actor_dictionary():
    s = only("Le M23 a exigé l'ouverture de négociations directes avec Kinshasa.")
    assert s.speaker == "M23" and s.role == "armed_group" and s.speaker_country == "COD"
    assert s.plover == "REQUEST"


def test_army_after_an_inverted_verb_with_a_quoted_pronoun():
    s = only("« Nous riposterons à chaque provocation », a averti l'armée sénégalaise dans un communiqué.")
    assert s.speaker == "armée sénégalaise" and s.role == "military" and s.speaker_country == "SEN"
    assert s.plover == "THREATEN"


def test_day_and_evening_between_the_verb_and_the_name():
    s = only("« Nous ne céderons jamais au chantage », a affirmé jeudi soir Issa Konaté, ministre burkinabè de la Sécurité.")
    assert s.speaker == "Issa Konaté" and s.speaker_country == "BFA" and s.plover == "REJECT"


def test_organisation_urges_with_a_speech_verb():
    s = only("L'ONU a exhorté les belligérants à protéger les civils du Darfour.")
    assert s.speaker == "ONU" and s.role == "organisation" and s.plover == "REQUEST"


@pytest.mark.parametrize(
    "text",
    [
        "Les habitants ont dénoncé l'absence de l'État dans la région de Tillabéri.",  # a generic noun
        "« Le gouvernement tchadien ment », a déclaré un commerçant de Sarh.",  # quoted words
        "L'explosion a fait dix morts à Kano, a indiqué la police.",  # an event noun, a body without country
        "Un responsable local a indiqué que cinq civils avaient été tués à Djibo.",  # an anonymous source of facts
        "La Russie, qui a revendiqué l'annexion de quatre régions, a lancé une nouvelle offensive.",  # background
        "Le Tchad a rompu ses relations avec le Soudan, accusant Khartoum d'armer les rebelles.",  # a participle
    ],
)
def test_no_speaker_in_french(text):
    assert statements(text) == ()


def test_an_anonymous_official_speaks_only_with_a_speech_act():
    s = only("Un responsable militaire nigérien a menacé de représailles contre les assaillants.")
    assert s.plover == "THREATEN" and s.speaker_country == "NER"


# English -----------------------------------------------------------------------------------


def test_government_with_a_possessive_country_and_a_day():
    s = only("Nigeria's government on Wednesday accused Niger of harbouring armed bandits.")
    assert s.speaker == "Nigeria's government" and s.role == "government"
    assert s.speaker_country == "NGA" and s.plover == "ACCUSE"


def test_named_armed_group_vows_in_a_statement():
    s = only("The Islamic State group vowed to avenge its fighters in a statement posted online.")
    assert "Islamic State" in s.speaker and s.role == "armed_group" and s.plover == "THREATEN"


def test_office_after_an_inverted_said():
    s = only("“We will not withdraw from the border,” said the Ukrainian defence minister.")
    assert s.speaker == "Ukrainian defence minister" and s.speaker_country == "UKR"
    assert s.plover == "REJECT" and s.quote.startswith("“We will not withdraw")


def test_passive_agent_is_the_speaker():
    s = only("The raids on Goma were condemned by the African Union.")
    assert s.speaker == "African Union" and s.role == "organisation" and s.plover == "ACCUSE"


@pytest.mark.parametrize(
    "text",
    [
        "Witnesses said the gunmen arrived on motorbikes before dawn.",
        "Officials said five civilians were killed in the raid near Maiduguri.",
        "People in the town called for calm after the clashes.",
        "The offensive threatened thousands of civilians in the north.",
        "“The army has abandoned us,” said a farmer from Konna.",
    ],
)
def test_no_speaker_in_english(text):
    assert statements(text) == ()


# precision and evidence for named people too ------------------------------------------------


def test_a_person_accused_is_not_a_speaker():
    found = statements(
        "Moussa Traoré, ancien ministre des Finances, est accusé d'avoir détourné des fonds publics. "
        "Former governor Ahmed Bello was accused of diverting public funds, prosecutors said."
    )
    assert all(s.speaker not in ("Moussa Traoré", "Ahmed Bello") for s in found)


def test_a_name_inside_a_noun_phrase_after_a_participle_is_not_a_speaker():
    found = statements("The senator spoke for an hour, blaming the Obama administration for the crisis in Libya.")
    assert all("Obama" not in s.speaker for s in found)


def test_the_verb_that_introduces_a_quote_types_it():
    s = only("« Nous frapperons tous ceux qui franchiront la frontière », a menacé jeudi Ousmane Cissé, chef du mouvement.")
    assert s.speaker == "Ousmane Cissé" and s.plover == "THREATEN"
    assert s.quote.startswith("« Nous frapperons")


def test_surname_refers_to_the_full_name_seen_in_a_sentence_with_another_verb():
    found = statements(
        "Residents were asking why police chief Daniel Mwangi had been suspended. "
        "\u201cI have done nothing wrong,\u201d Mwangi said on Friday."
    )
    assert [s.speaker for s in found] == ["Daniel Mwangi"]


# the actor a speaker stands for ----------------------------------------------------------------


def test_a_named_office_holder_speaks_for_his_government():
    s = only("Le ministre américain de la Défense, Lloyd Austin, a accusé mardi l'Iran de financer les milices.")
    assert s.actor is not None and s.actor.name == "Government of the United States"
    assert s.actor.sector == "GOV" and s.actor.person == "Lloyd Austin" and s.speaker_country == "USA"


def test_an_office_speaking_without_a_name_is_its_government():
    s = only("« Nous exigeons le départ de toutes les troupes étrangères », a déclaré mardi le Premier ministre guinéen.")
    assert s.actor is not None and s.actor.name == "Government of Guinea" and s.actor.sector == "GOV"


def test_a_holder_named_by_surname_in_english():
    (s,) = statements("Zelensky said on Tuesday that Russia must withdraw all its troops from Ukraine.", published="2024-03-05")
    assert s.actor is not None and s.actor.name == "Government of Ukraine" and s.speaker_country == "UKR"
