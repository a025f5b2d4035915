"""Event mentions: triggers, typing by weapon cues, and non-events (written for these tests)."""

import sitrep


def subtypes(doc):
    return [(m.sub_event_type, m.non_event) for m in doc._.sitrep_mentions]


def test_air_strike_french(run):
    doc = run("Des frappes aériennes ont touché la ville de Kidal jeudi, faisant trois morts.", "fr", "2023-05-12")
    assert ("Air/drone strike", None) in subtypes(doc)


def test_generic_attack_typed_by_weapon_cue(run):
    doc = run("Jeudi, une attaque au drone a visé un camp militaire près de Gao.", "fr", "2023-05-12")
    assert subtypes(doc)[0][0] == "Air/drone strike"
    doc = run("An attack with mortars hit the market in Mogadishu on Monday.", "en", "2023-05-12")
    assert doc._.sitrep_mentions[0].sub_event_type == "Shelling/artillery/missile attack"


def test_missile_salvo_is_shelling(run):
    doc = run("Samedi, la caserne a été visée par plusieurs salves de roquettes.", "fr", "2023-05")
    assert subtypes(doc) == [("Shelling/artillery/missile attack", None)]


def test_aggregate_is_not_an_event(run):
    doc = run("Depuis le mois de mars, plus de 80 attaques de drones ont visé la région.", "fr", "2023-05")
    assert {reason for _, reason in subtypes(doc)} == {"aggregate"}
    doc = run("Since 2020, the conflict has killed thousands in dozens of air strikes.", "en", "2023-05")
    assert all(reason == "aggregate" for _, reason in subtypes(doc))


def test_hypothetical_and_negated(run):
    doc = run("L'armée pourrait bombarder les positions rebelles la semaine prochaine.", "fr", "2023-05-12")
    assert [r for _, r in subtypes(doc)] == ["hypothetical"]
    doc = run("The army did not shell the town, officials said.", "en", "2023-05-12")
    assert [r for _, r in subtypes(doc)] == ["negated"]


def test_background_year(run):
    doc = run("En 2015, un attentat-suicide avait tué dix personnes dans la ville.", "fr", "2023-05-12")
    assert [r for _, r in subtypes(doc)] == ["background"]


def test_arrests_at_a_protest_are_the_protest(run):
    doc = run("Police fired tear gas at protesters in Lagos and arrested 20 people on Monday.", "en", "2023-05-12")
    kinds = [s for s, _ in subtypes(doc)]
    assert "Arrests" not in kinds
    assert "Peaceful protest" in kinds


def test_untyped_aggregate_is_still_recorded(run):
    doc = run("Depuis janvier, plus de 40 attaques ont été recensées dans la province.", "fr", "2023-05-12")
    assert [r for _, r in subtypes(doc)] == ["aggregate"]
    assert not doc._.sitrep_events and doc._.sitrep_non_events[0].reason == "aggregate"


def test_damage_told_with_another_event_is_that_events(run):
    doc = run("An air strike destroyed a fuel depot in Mosul on Monday, killing two guards.", "en", "2023-05-12")
    assert [e.sub_event_type for e in doc._.sitrep_events] == ["Air/drone strike"]
    doc = run("Une frappe de drone a incendié un entrepôt à Gao mardi.", "fr", "2023-05-12")
    assert [e.sub_event_type for e in doc._.sitrep_events] == ["Air/drone strike"]


def test_damage_alone_is_an_event(run):
    doc = run("Des inconnus ont incendié la mairie de Koutiala dans la nuit de mardi.", "fr", "2023-05-12")
    assert [e.sub_event_type for e in doc._.sitrep_events] == ["Looting/property destruction"]


def test_armed_men_storming_a_post_is_a_clash_not_a_riot(run):
    doc = run("Gunmen stormed a police checkpoint in Mosul on Sunday, killing four policemen.", "en", "2023-05-12")
    assert {m.sub_event_type for m in doc._.sitrep_mentions} == {"Armed clash"}
    doc = run("Des hommes armés ont pris d'assaut un poste de police à Dori dimanche, tuant quatre policiers.", "fr", "2023-05-12")
    assert {m.sub_event_type for m in doc._.sitrep_mentions} == {"Armed clash"}


def test_a_qualifier_inside_a_trigger_phrase_does_not_break_it(run):
    doc = run("Un missile balistique a frappé mardi une gare de Dnipro, tuant quatre personnes.", "fr", "2024-05")
    assert ("Shelling/artillery/missile attack", None) in subtypes(doc)
    doc = run("Des drones ukrainiens ont visé lundi une raffinerie près de Koursk.", "fr", "2024-05")
    assert ("Air/drone strike", None) in subtypes(doc)
    doc = run("Israeli drones struck a car near Sidon on Friday, killing two men.", "en", "2024-05")
    assert ("Air/drone strike", None) in subtypes(doc)


def test_full_control_is_a_capture(run):
    doc = run("The rebels said they had taken full control of Pibor on Tuesday.", "en", "2024-05")
    assert ("Non-state actor overtakes territory", None) in subtypes(doc)


def test_a_ceasefire_under_negotiation_is_not_an_agreement(run):
    doc = run("Negotiators met in Geneva on Monday to push for a ceasefire.", "en", "2024-05")
    assert ("Agreement", None) not in subtypes(doc)
    doc = run("Les négociations sur un cessez-le-feu ont repris mardi à Addis-Abeba.", "fr", "2024-05")
    assert ("Agreement", None) not in subtypes(doc)
    doc = run("The two sides signed a ceasefire in Juba on Monday.", "en", "2024-05")
    assert ("Agreement", None) in subtypes(doc)


def test_killing_by_an_armed_agent_is_an_event_typed_by_its_victims(run):
    doc = run("Des hommes armés ont tué mardi trois civils près de Kaya.", "fr", "2024-05")
    assert ("Attack", None) in subtypes(doc)
    doc = run("Deux villageois ont été tués par des bandits lundi près de Gusau.", "fr", "2024-05")
    assert ("Attack", None) in subtypes(doc)
    doc = run("Three farmers were killed by gunmen near Jos on Monday.", "en", "2024-05")
    assert ("Attack", None) in subtypes(doc)


def test_a_killing_told_with_its_weapon_stays_one_event(run):
    found = sitrep.extract("Une frappe de drone a tué mardi quatre civils à Gao.", published="2024-05", lang="fr").events
    assert [e.sub_event_type for e in found] == ["Air/drone strike"]


def test_a_gathering_of_fighters_is_a_target_not_a_demonstration(run):
    found = sitrep.extract("Des frappes de drone ont visé mardi un rassemblement de combattants près de Ménaka.", published="2024-05", lang="fr").events
    assert [e.sub_event_type for e in found] == ["Air/drone strike"]
    found = sitrep.extract("An air strike hit a gathering of militants near Kunduz on Friday.", published="2024-05", lang="en").events
    assert [e.sub_event_type for e in found] == ["Air/drone strike"]
    doc = run("Un rassemblement de partisans de l'opposition a eu lieu samedi à Bamako.", "fr", "2024-05")
    assert ("Peaceful protest", None) in subtypes(doc)
