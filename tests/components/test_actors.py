"""Actors: people resolved through their office, office holders by date, ACLED periods (written for these tests)."""

import datetime as dt

import sitrep
from sitrep.io.writers import acled_row
from sitrep.records import Actor, from_dict, to_dict


def first_event(text, published, lang):
    events = sitrep.extract(text, published=published, lang=lang).events
    assert events, text
    return events[0]


def test_french_office_with_a_demonym_is_the_government():
    e = first_event(
        "Le ministre tchadien de la Sécurité a ordonné mardi des frappes aériennes contre des positions "
        "de Boko Haram près de Bol, tuant neuf combattants.",
        "2023-10",
        "fr",
    )
    assert (e.actor1.name, e.actor1.country, e.actor1.inter, e.actor1.sector) == ("Government of Chad", "TCD", 1, "GOV")
    assert e.actor1.office == "ministre"
    assert e.actor2.name.startswith("Boko Haram")


def test_english_office_owned_by_a_country_name_with_the_person_beside_it():
    e = first_event(
        "Nigeria's defence minister Abubakar Sani ordered air strikes on Boko Haram positions in Gwoza on Tuesday, "
        "killing nine fighters.",
        "2023-10",
        "en",
    )
    assert (e.actor1.name, e.actor1.country, e.actor1.sector) == ("Government of Nigeria", "NGA", "GOV")
    assert e.actor1.office == "defence minister" and e.actor1.person == "Abubakar Sani"


def test_military_office_is_the_military():
    e = first_event(
        "Sudan's army chief ordered air strikes on RSF positions near Omdurman on Sunday, killing 15 fighters.",
        "2024-03",
        "en",
    )
    assert (e.actor1.name, e.actor1.country, e.actor1.inter, e.actor1.sector) == ("Military Forces of Sudan", "SDN", 1, "MIL")


def test_office_holder_is_their_organisation_while_in_office():
    text = "Donald Trump ordered air strikes on Islamic State positions near Raqqa on Tuesday, killing 20 fighters."
    e = first_event(text, "2019-04", "en")
    assert (e.actor1.name, e.actor1.country, e.actor1.inter) == ("Government of the United States", "USA", 1)
    assert e.actor1.person == "Donald Trump" and e.actor1.office == "President"
    assert e.actor1.acled_name == "Government of the United States (2017-2021)"
    out_of_office = first_event(text, "2023-04", "en")
    assert out_of_office.actor1 is None or out_of_office.actor1.person is None


def test_leader_of_an_armed_group_is_the_group():
    e = first_event("Fighters loyal to Hemedti shelled El Fasher on Monday, killing twelve civilians.", "2024-02", "en")
    assert (e.actor1.name, e.actor1.person) == ("Rapid Support Forces", "Mohamed Hamdan Dagalo")
    assert e.actor2.name == "Civilians (Sudan)"


def test_named_office_holder_with_their_title_is_one_actor():
    e = first_event(
        "Le président nigérien Abdourahamane Tiani a ordonné des frappes contre des jihadistes près de Tillabéri, "
        "tuant dix assaillants.",
        "2024-02",
        "fr",
    )
    assert (e.actor1.name, e.actor1.country) == ("Government of Niger", "NER")
    assert e.actor1.person == "Abdourahamane Tiani" and e.actor1.office == "President of the CNSP"
    assert e.actor2 is None or e.actor2.name != "Government of Niger"


def test_acled_csv_names_state_forces_with_their_period():
    e = first_event(
        "Des soldats maliens ont attaqué un village près de Mopti dimanche, tuant quinze civils.", "2023-05", "fr"
    )
    assert e.actor1.name == "Military Forces of Mali" and e.actor1.acled_name == "Military Forces of Mali (2021-)"
    row = acled_row(e, 0)
    assert row["actor1"] == "Military Forces of Mali (2021-)" and row["actor2"] == "Civilians (Mali)"


def test_actor_json_without_the_new_fields_still_reads():
    old = {"name": "Government of Niger", "country": "NER", "inter": 1, "sector": "GOV", "text": "président",
           "wikidata": None, "evidence": None}
    actor = from_dict(Actor, old)
    assert actor.person is None and actor.office is None and actor.acled_name is None
    assert from_dict(Actor, to_dict(actor)) == actor


def test_no_date_picks_the_office_held_now(nlp_en):
    from sitrep.components.actors import Holders

    holders = Holders(nlp_en)
    assert holders.at("Netanyahu", None).end is None
    assert holders.at("Netanyahu", dt.date(2015, 6, 1)).end == "2021-06-13"
    assert holders.at("Netanyahu", dt.date(2022, 1, 1)) is None


def test_acled_csv_gives_the_period_to_state_actors_made_after_the_actor_stage():
    from sitrep.records import Event, TimeSpan

    day = dt.date(2020, 7, 7)
    police = Actor(name="Police Forces of Kenya", country="KEN", inter=1, sector="COP")
    crowd = Actor(name="Protesters (Kenya)", country="KEN", inter=6, sector="CVL")
    event = Event(id="1", event_type="Protests", sub_event_type="Protest with intervention", plover_event="PROTEST",
                  actor1=crowd, actor2=police, time=TimeSpan(day, day, 1))
    row = acled_row(event, 0)
    assert row["actor2"] == "Police Forces of Kenya (2013-2022)" and row["actor1"] == "Protesters (Kenya)"
    assert row["inter2"] == 1


def test_office_actors_are_found_as_the_actor_stage_finds_them(run):
    from sitrep.components.actors import ActorFinder
    from sitrep.pipeline import load_pipeline

    finder = ActorFinder(load_pipeline("fr"))
    doc = run("Bola Tinubu et le président ghanéen ont signé lundi à Abuja un accord de défense.", "fr", "2024-06")
    found = {span.text: actor for actor, span in finder.office_actors(doc[:], dt.date(2024, 6, 3))}
    assert (found["Bola Tinubu"].name, found["Bola Tinubu"].office) == ("Government of Nigeria", "President")
    assert found["Bola Tinubu"].acled_name is not None and found["Bola Tinubu"].acled_name.startswith("Government of Nigeria (")
    assert (found["président"].country, found["président"].sector, found["président"].office) == ("GHA", "GOV", "président")
    earlier = {span.text for _, span in finder.office_actors(doc[:], dt.date(2019, 1, 1))}
    assert "Bola Tinubu" not in earlier  # not yet in office
