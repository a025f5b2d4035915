"""Generic actors take the country where the event happens, as ACLED codes them (sentences written
for these tests)."""

import sitrep
from sitrep.components.actors import acled_defaults
from sitrep.records import Actor


def only_event(text, lang, published="2024-03-10"):
    events = sitrep.extract(text, published=published, lang=lang).events
    assert len(events) == 1, [e.sub_event_type for e in events]
    return events[0]


def names(e):
    return (e.actor1.name if e.actor1 else None, e.actor2.name if e.actor2 else None)


def test_a_demonstration_with_no_crowd_noun_is_protesters_of_the_place_french():
    e = only_event("Plusieurs milliers d'enseignants ont défilé samedi à Dakar contre la réforme des retraites.", "fr")
    assert e.sub_event_type == "Peaceful protest"
    assert (e.actor1.name, e.actor1.country, e.actor1.inter) == ("Protesters (Senegal)", "SEN", 6)


def test_victims_of_an_abduction_are_civilians_of_the_place_english():
    e = only_event("Gunmen abducted a priest near Kaduna on Sunday.", "en")
    assert names(e) == ("Unidentified Armed Group (Nigeria)", "Civilians (Nigeria)")
    assert e.actor2.country == "NGA" and e.actor2.text is None  # the text does not name them


def test_a_lynching_mob_of_residents_is_rioters_english():
    e = only_event("Residents of a village near Kisumu lynched two suspected thieves on Friday.", "en")
    assert e.sub_event_type == "Mob violence"
    assert (e.actor1.name, e.actor1.inter, e.actor1.text) == ("Rioters (Kenya)", 5, "Residents")


def test_the_longest_generic_noun_wins_french():
    e = only_event("Les forces de sécurité ont arrêté lundi à Niamey cinq opposants.", "fr")
    assert (e.actor1.name, e.actor1.text) == ("Police Forces of Niger", "forces de sécurité")


def test_an_army_with_no_demonym_is_the_places_own_french():
    e = only_event("L'armée a repoussé jeudi une attaque de rebelles près de Bamenda, tuant quatre assaillants.", "fr")
    assert names(e) == ("Military Forces of Cameroon", "Unidentified Armed Group (Cameroon)")


def test_a_source_naming_another_country_does_not_stop_the_default_french():
    e = only_event("L'armée a bombardé jeudi des positions rebelles près de Bamenda, selon un diplomate français.", "fr")
    assert e.actor1.name == "Military Forces of Cameroon"


def test_an_army_is_not_given_the_place_when_another_country_is_named_english():
    plain = only_event("Soldiers attacked rebel positions near Maiduguri on Monday, killing five fighters.", "en")
    assert plain.actor1.name == "Military Forces of Nigeria"
    e = only_event(
        "Soldiers attacked rebel positions near Maiduguri on Monday, close to the Chadian border, killing five fighters.", "en"
    )
    assert not e.actor1.name.startswith("Military Forces")


def test_the_first_of_two_listed_actors_is_actor1_french_and_english():
    fr = only_event("Le gouvernement malien et deux groupes rebelles ont signé samedi à Bamako un accord de paix.", "fr")
    assert names(fr) == ("Government of Mali", "Unidentified Armed Group (Mali)")
    en = only_event("Nigerian troops and Boko Haram fighters clashed near Maiduguri on Thursday.", "en")
    assert en.actor1.name == "Military Forces of Nigeria" and en.actor2.name.startswith("Boko Haram")


def test_a_noun_belonging_to_a_named_group_is_that_group_french():
    e = only_event("Les rebelles ADF ont attaqué lundi un village près de Beni, tuant six civils.", "fr")
    assert e.actor1.name.startswith("ADF") and e.actor2.name == "Civilians (Democratic Republic of Congo)"


def test_a_noun_belonging_to_a_named_group_is_that_group_english():
    e = only_event("ADF rebels attacked a village near Beni on Monday, killing six villagers.", "en")
    assert e.actor1.name.startswith("ADF")
    assert "Unidentified" not in (e.actor2.name if e.actor2 else "")


def test_people_arrested_are_civilians_of_the_place_french_and_english():
    e = only_event("Les forces de sécurité ont arrêté lundi à Niamey cinq opposants.", "fr")
    assert names(e) == ("Police Forces of Niger", "Civilians (Niger)")
    e = only_event("Soldiers detained five journalists in Niamey on Monday.", "en")
    assert names(e) == ("Military Forces of Niger", "Civilians (Niger)")


def test_acled_defaults_leave_named_actors_and_unknown_countries_alone():
    police = Actor(name="Police Forces of Chad", country="TCD", inter=1, sector="COP")
    assert acled_defaults("Protest with intervention", None, police, "TCD")[0].name == "Protesters (Chad)"
    assert acled_defaults("Violent demonstration", None, None, "TCD")[0].name == "Rioters (Chad)"
    assert acled_defaults("Attack", None, None, None) == (None, None)
    assert acled_defaults("Armed clash", None, None, "TCD") == (None, None)
    state, crowd = acled_defaults("Excessive force against protesters", None, None, "TCD")
    assert (state.name, crowd.name) == ("Police Forces of Chad", "Protesters (Chad)")
    crowd = Actor(name="Protesters (Chad)", country="TCD", inter=6, sector="CVL")
    assert acled_defaults("Peaceful protest", crowd, None, "TCD")[0] is crowd


def test_people_who_demonstrate_are_protesters_and_people_killed_are_civilians_french():
    e = only_event("Des milliers de personnes ont manifesté samedi à Dakar contre la vie chère.", "fr")
    assert (e.actor1.name, e.actor1.text) == ("Protesters (Senegal)", "personnes")
    e = only_event("Un kamikaze s'est fait exploser lundi sur un marché de Mogadiscio, tuant sept personnes.", "fr")
    assert e.actor2.name == "Civilians (Somalia)"


def test_a_source_telling_its_own_act_is_its_doer_french():
    e = only_event("Dimanche, l'armée a affirmé avoir tué cinq rebelles lors d'un accrochage près de Bamenda.", "fr")
    assert names(e) == ("Military Forces of Cameroon", "Unidentified Armed Group (Cameroon)")
    assert any(s.text == "l'armée" for s in e.sources)  # still the source too


def test_a_source_telling_its_own_act_is_its_doer_english():
    e = only_event("The army said it killed eleven bandits in a gunfight near Gusau on Monday.", "en")
    assert e.actor1.name == "Military Forces of Nigeria"
    e = only_event("Police said they arrested two suspects in Quetta on Monday.", "en")
    assert e.actor1.name == "Police Forces of Pakistan"


def test_a_source_telling_what_was_done_to_it_is_not_the_doer_english():
    e = only_event("Residents said they were attacked by gunmen near Gusau on Monday.", "en")
    assert e.actor1.name == "Unidentified Armed Group (Nigeria)"


def test_aircraft_with_a_demonym_are_that_countrys_military_french_and_english():
    e = only_event("Des avions russes ont bombardé lundi les environs d'Idleb.", "fr")
    assert (e.actor1.name, e.actor1.country) == ("Military Forces of Russia", "RUS")
    e = only_event("Israeli warplanes struck a house near Tyre on Monday, killing two people.", "en")
    assert (e.actor1.name, e.actor2.name) == ("Military Forces of Israel", "Civilians (Lebanon)")


def test_a_source_phrase_that_holds_the_event_hides_no_actor():
    from dataclasses import replace

    from sitrep.pipeline import load_pipeline
    from sitrep.records import Evidence, Source

    nlp = load_pipeline("fr")
    doc = nlp("Le gouvernement malien et deux groupes rebelles ont signé samedi à Bamako un accord de paix.")
    m = next(m for m in doc._.sitrep_mentions if m.sub_event_type == "Agreement")
    sent = doc[m.sent_start : m.sent_end]
    whole = Source(text=sent.text, kind="unknown", evidence=Evidence(sent.start_char, sent.end_char, sent.text))
    found = nlp.get_pipe("sitrep_actors").candidates(sent, replace(m, sources=(whole,)))
    assert "Government of Mali" in [a.name for a, _ in found]


def test_generic_actors_of_whole_articles_take_the_event_country():
    import sitrep

    (protest,) = sitrep.extract("Des milliers de manifestants ont défilé samedi à Dakar contre la vie chère.", published="2024-03-10").events
    assert (protest.actor1.name, protest.actor1.country) == ("Protesters (Senegal)", "SEN")
    (abduction,) = sitrep.extract("Gunmen abducted twelve villagers in Zamfara on Sunday.", published="2024-03-10").events
    assert abduction.actor1.country == "NGA" and (abduction.actor2.name, abduction.actor2.country) == ("Civilians (Nigeria)", "NGA")
