"""Within-article merging and ACLED roles, on articles written for these tests."""

import sitrep


def events(text, published, lang):
    return sitrep.extract(text, published=published, lang=lang).events


def test_two_places_two_events_and_later_mentions_merge():
    text = (
        "Des frappes aériennes ont visé mardi des positions rebelles à Maiduguri et à Bama, dans le nord-est du Nigeria. "
        "Ces frappes ont fait quatre morts à Bama, selon un élu local."
    )
    found = {e.place.name: e for e in events(text, "2023-05-12", "fr")}
    assert set(found) == {"Maiduguri", "Bama"}
    assert found["Bama"].casualties.killed.best == 4 and len(found["Bama"].evidence) == 2


def test_weekdays_in_a_month_only_article_are_different_days():
    text = (
        "Mardi, des roquettes ont frappé la base de Gao. "
        "Jeudi, de nouvelles roquettes ont frappé la base de Gao, blessant deux soldats."
    )
    found = events(text, "2023-05", "fr")
    assert len(found) == 2 and found[0].time.start != found[1].time.start


def test_definite_mention_refers_back_to_the_event():
    text = (
        "A suicide bomber blew himself up at a market in Maiduguri on Monday, killing seven people. "
        "Police said on Tuesday that the suicide bombing had also wounded 15 people."
    )
    (event,) = events(text, "2023-05-10", "en")
    assert event.time.start.isoformat() == "2023-05-08"
    assert event.casualties.killed.best == 7 and event.casualties.injured.best == 15


def test_excessive_force_puts_the_police_first():
    text = "Police opened fire with live ammunition on protesters in Lagos on Monday, killing three of them."
    (event,) = events(text, "2023-05-10", "en")
    assert event.sub_event_type == "Excessive force against protesters"
    assert event.actor1.name == "Police Forces of Nigeria" and event.actor2.name == "Protesters (Nigeria)"


def test_violent_demonstrators_are_rioters():
    text = "Des manifestants ont jeté des pierres sur la police et incendié des véhicules à Dakar samedi."
    (event,) = events(text, "2023-05-14", "fr")
    assert event.sub_event_type == "Violent demonstration" and event.actor1.name == "Rioters (Senegal)"


def test_territory_depends_on_who_takes_it():
    own = "Malian soldiers recaptured the town of Menaka on Sunday, the army said."
    (event,) = events(own, "2023-05-10", "en")
    assert event.sub_event_type == "Government regains territory"
    foreign = "Russian forces took control of the town of Bakhmut in eastern Ukraine on Sunday, officials said."
    (event,) = events(foreign, "2023-05-10", "en")
    assert event.sub_event_type == "Non-state actor overtakes territory" and event.actor1.country == "RUS"


def test_unknown_organisation_marked_as_doer_is_kept():
    text = "Mardi, l'attaque contre le camp militaire de Gao, qui a fait cinq morts, a été revendiquée par le Front de Libération du Gourma."
    (event,) = events(text, "2023-05-12", "fr")
    assert event.actor1.name == "Front de Libération du Gourma" and event.actor1.country == "MLI"


def test_clashes_named_in_passing_join_the_demonstration_of_that_day():
    text = (
        "Police arrested three opposition activists in Lagos on Friday for their part in Wednesday's clashes. "
        "On Wednesday, police fired tear gas at thousands of opposition supporters marching in Lagos, injuring dozens."
    )
    found = events(text, "2023-05-12", "en")
    assert len(found) == 2 and "Armed clash" not in {e.sub_event_type for e in found}
    protest = next(e for e in found if e.sub_event_type != "Arrests")
    assert protest.event_type in ("Protests", "Riots")
    assert protest.time.start.isoformat() == "2023-05-10" and len(protest.evidence) == 2


def test_event_named_in_passing_with_nothing_told_is_not_coded():
    text = "Deux militants ont été arrêtés vendredi à Dakar après les affrontements de mercredi, a indiqué la police."
    x = sitrep.extract(text, published="2023-05-12", lang="fr")
    assert [e.sub_event_type for e in x.events] == ["Arrests"]
    assert any(n.reason == "refers to an event told elsewhere" for n in x.non_events)


def test_event_named_by_its_day_with_its_own_toll_is_an_event():
    text = "At least twelve people were killed in Sunday's bombing of a crowded market in Maiduguri, police said."
    (event,) = events(text, "2023-05-10", "en")
    assert event.place.name == "Maiduguri" and event.casualties.killed.best == 12
    assert event.time.start.isoformat() == "2023-05-07"


def test_several_mentions_of_one_strike_and_strikes_on_two_towns():
    one = (
        "Une frappe de drone a tué six combattants dimanche près de Gao. "
        "Selon une source locale, la frappe a visé un pick-up. Le drone a frappé vers 16 heures à Gao."
    )
    (event,) = events(one, "2023-05-16", "fr")
    assert event.sub_event_type == "Air/drone strike" and event.casualties.killed.best == 6
    two = (
        "Drone strikes hit Mosul and Kirkuk on Monday, killing four fighters in Mosul, the army said. "
        "The strike on Kirkuk destroyed a depot."
    )
    found = {e.place.name: e for e in events(two, "2023-05-16", "en")}
    assert set(found) == {"Mosul", "Kirkuk"} and found["Mosul"].casualties.killed.best == 4


def _tolls(found):
    return {e.place.name: e.casualties.killed.best for e in found}


def test_one_toll_for_two_towns_is_not_counted_twice():
    found = events("Air strikes hit Menaka and Ansongo in Mali on Tuesday, killing four people.", "2024-03-14", "en")
    assert _tolls(found) == {"Menaka": 4, "Ansongo": None}
    found = events("Des frappes ont touché Ménaka et Ansongo mardi, tuant quatre personnes.", "2024-03-14", "fr")
    assert _tolls(found) == {"Menaka": 4, "Ansongo": None}


def test_a_toll_told_with_one_of_two_towns_goes_to_that_town():
    text = "Air strikes on Tuesday hit Menaka and Ansongo, where four people were killed, in Mali."
    assert _tolls(events(text, "2024-03-14", "en")) == {"Menaka": None, "Ansongo": 4}
    text = "Des frappes ont visé mardi la ville de Ménaka, où quatre civils ont été tués, et celle d'Ansongo, au Mali."
    assert _tolls(events(text, "2024-03-14", "fr")) == {"Menaka": 4, "Ansongo": None}


def test_event_without_a_place_of_its_own_is_coded_to_the_article_country():
    text = "Security has worsened across Mali this year. Gunmen ambushed an army patrol on Monday, killing two soldiers."
    (event,) = events(text, "2024-03-14", "en")
    assert (event.place.country, event.place.feature, event.place.precision) == ("MLI", "country", 3)
    text = "La sécurité se dégrade au Mali. Des hommes armés ont tendu lundi une embuscade à une patrouille, tuant deux soldats."
    (event,) = events(text, "2024-03-14", "fr")
    assert (event.place.country, event.place.precision) == ("MLI", 3)


def test_no_country_level_event_beside_located_ones():
    text = (
        "Violence has spread across Mali this year. Gunmen ambushed an army patrol near Mopti on Monday, "
        "killing two soldiers. Soldiers arrested dozens of suspects over the weekend, the army said."
    )
    found = events(text, "2024-03-14", "en")
    assert [(e.place.name, e.place.feature) for e in found] == [("Mopti", "city")]


def test_a_demonstration_is_its_worst_moment():
    (event,) = events("Protesters stormed the parliament building in Dakar on Sunday, smashing windows.", "2024-03-14", "en")
    assert event.sub_event_type == "Violent demonstration"
    (event,) = events("Des manifestants ont pris d'assaut le parlement à Dakar dimanche.", "2024-03-14", "fr")
    assert event.sub_event_type == "Violent demonstration"


def test_arrests_told_after_a_demonstration_without_place_or_date_are_its_own():
    text = (
        "Des centaines d'étudiants ont manifesté lundi à Rennes contre la réforme des bourses. "
        "Des milliers de salariés ont aussi défilé lundi à Brest. "
        "Huit personnes ont été interpellées, selon la police."
    )
    found = events(text, "2024-05-14", "fr")
    assert [e.sub_event_type for e in found if e.sub_event_type == "Arrests"] == []
    text = (
        "NAIROBI - Hundreds of traders marched through Kisumu on Tuesday against new market fees. "
        "Twelve people were arrested, police said."
    )
    found = events(text, "2024-05-15", "en")
    assert [(e.sub_event_type, e.place.name) for e in found] == [("Protest with intervention", "Kisumu")]


def test_the_attack_named_again_is_the_event_already_told_whatever_its_weapon():
    text = (
        "Un kamikaze s'est fait exploser dimanche dans un marché de Gombe, tuant douze personnes. "
        "L'attaque du marché de Gombe est la plus grave dans la ville depuis des mois."
    )
    assert [e.sub_event_type for e in events(text, "2024-07-02", "fr")] == ["Suicide bomb"]
    text = (
        "A car bomb exploded at a checkpoint in Kismayo on Monday, killing six soldiers. "
        "The attack on the checkpoint in Kismayo was the deadliest in the port city this year."
    )
    assert [e.sub_event_type for e in events(text, "2024-07-02", "en")] == ["Remote explosive/landmine/IED"]
