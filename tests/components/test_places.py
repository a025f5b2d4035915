"""The place stage in the pipeline: every place of the text in doc._.sitrep_places (with
evidence), each mention's places, regions at their main town (texts written for these tests)."""

from sitrep.gazetteer.core import haversine_km


def test_places_have_evidence_and_context(run):
    text = "Gunmen attacked a police post in Paris, Texas, on Monday, killing two officers."
    doc = run(text, "en", "2024-03")
    places = doc._.sitrep_places
    assert places
    for p in places:
        assert text[p.evidence.start : p.evidence.end] == p.evidence.text == p.text
    paris = next(p for p in places if p.text == "Paris")
    assert paris.country == "USA" and paris.admin1 == "Texas"
    assert haversine_km(paris.latitude, paris.longitude, 33.66, -95.56) < 30


def test_mentions_get_their_place(run):
    text = "An air strike hit a market in Mosul, Iraq, on Tuesday, killing five civilians."
    doc = run(text, "en", "2024-03")
    located = [m for m in doc._.sitrep_mentions if m.places]
    assert located
    assert any(p.name == "Mosul" and p.country == "IRQ" for m in located for p in m.places)


def test_regions_stay_at_their_main_town_in_the_pipeline(run):
    # ACLED codes an event known only to a region at its main town; geoparse uses the middle
    text = "Clashes erupted in Anbar province on Sunday, killing three soldiers."
    doc = run(text, "en", "2024-03")
    anbar = next(p for p in doc._.sitrep_places if p.feature == "admin1")
    assert anbar.country == "IRQ" and anbar.precision == 3


def test_french_places_still_resolve(run):
    text = "Des hommes armés ont attaqué la base d'Aïn al-Assad, dans l'ouest de l'Irak, samedi."
    doc = run(text, "fr", "2024-03")
    names = {p.name for p in doc._.sitrep_places}
    assert "Ain al-Asad Air Base" in names


def test_place_inside_an_organisation_name(run):
    text = "The Mansfield Police Department arrested two men after a shooting on Friday."
    doc = run(text, "en", "2024-03")
    assert any(p.text == "Mansfield" for p in doc._.sitrep_places)


def test_text_countries_from_wording(nlp_en):
    stage = nlp_en.get_pipe("sitrep_places")
    assert stage.text_countries("The Sheriff's Office and state troopers searched the area.") == ("USA",)
    assert stage.text_countries("Council tax bills rise as the NHS struggles.") == ("GBR",)
    assert stage.text_countries("Rebels attacked the town.") == ()


# --- names the gazetteer lacks (the villages below are made up for these tests) ------------------


def _event_places(doc):
    return [p for m in doc._.sitrep_mentions if m.non_event is None for p in m.places]


def test_unlisted_village_after_a_settlement_noun_is_a_name_only_place(run):
    text = "Russian forces captured the village of Zavolozhne in Ukraine's Donetsk region on Saturday, the ministry said."
    doc = run(text, "en", "2024-03-12")
    village = next(p for p in doc._.sitrep_places if p.name == "Zavolozhne")
    assert village.country == "UKR" and village.latitude is None and village.precision == 2
    assert text[village.evidence.start : village.evidence.end] == "Zavolozhne"
    assert [p.name for p in _event_places(doc)] == ["Zavolozhne"]


def test_unlisted_village_after_near_takes_the_country_of_the_sentence(run):
    text = "Gunmen killed five farmers near Kalbonga, a village about 30 km from Maiduguri in Nigeria's Borno state, on Tuesday."
    doc = run(text, "en", "2024-03-12")
    places = _event_places(doc)
    assert places and places[0].name == "Kalbonga" and places[0].country == "NGA"


def test_french_between_an_unlisted_village_and_a_town_places_the_event_at_the_village(run):
    text = "Des soldats ont été tués jeudi lorsque leur camion a sauté sur une mine entre Dounzéri et Mopti, dans le centre du Mali."
    doc = run(text, "fr", "2024-03-12")
    places = _event_places(doc)
    assert [(p.name, p.country, p.precision) for p in places] == [("Dounzéri", "MLI", 2)]


def test_french_unlisted_village_named_again_is_the_same_place(run):
    text = (
        "Des hommes armés ont attaqué samedi le village de Tiboukanou, dans la région de Tillabéri au Niger. "
        "Les habitants de Tiboukanou ont fui vers Niamey."
    )
    doc = run(text, "fr", "2024-03-12")
    named = [p for p in doc._.sitrep_places if p.name == "Tiboukanou"]
    assert len(named) == 2 and {p.country for p in named} == {"NER"}


def test_people_streets_and_addressees_are_not_unlisted_places(run):
    text = "Police broke up a fight between Marcus Delaney and two other men in Kerimbara Road, Leeds, on Friday."
    doc = run(text, "en", "2024-03-12")
    names = {p.name for p in doc._.sitrep_places}
    assert "Leeds" in names and not names & {"Marcus Delaney", "Delaney", "Kerimbara Road", "Kerimbara"}
    doc = run("Le porte-parole de l'armée a déclaré à Anadolu que deux soldats avaient été tués à Gao.", "fr", "2024-03-12")
    assert "Anadolu" not in {p.name for p in doc._.sitrep_places}


# --- known towns the tagger misreads as a person, an organisation or nothing --------------------


def _located(doc):
    """The places of the event mentions, each once ("une frappe … a tué": two mentions, one place)."""
    return list(dict.fromkeys((p.name, p.country, p.feature, p.precision) for p in _event_places(doc)))


def test_known_town_after_a_locative_is_a_place_whatever_its_entity_label(run):
    doc = run("An air strike hit a fuel depot in Gao, Mali, on Monday, killing two guards.", "en", "2024-03-12")
    assert _located(doc) == [("Gao", "MLI", "city", 1)]
    doc = run("Rebels clashed with troops near Goma on Monday, killing seven.", "en", "2024-03-12")
    assert _located(doc) == [("Goma", "COD", "city", 2)]


def test_town_listed_with_a_place_is_a_place(run):
    doc = run("Air strikes hit Menaka and Ansongo in Mali on Tuesday, killing four people.", "en", "2024-03-12")
    assert {p.name for p in doc._.sitrep_places} >= {"Menaka", "Ansongo", "Mali"}


def test_people_organisations_and_addressees_after_a_locative_stay_out(run):
    doc = run("Gunmen attacked a convoy near the home of Moussa Diarra on Monday, killing two guards.", "en", "2024-03-12")
    assert doc._.sitrep_places == []
    doc = run("The attack was condemned in Parliament on Tuesday, the ministry told Reuters.", "en", "2024-03-12")
    assert doc._.sitrep_places == []
    doc = run("L'attaque a fait trois morts lundi, a déclaré à Jeune Afrique un responsable militaire.", "fr", "2024-03-12")
    assert doc._.sitrep_places == []


def test_town_named_like_its_region_near_in_or_at_is_the_town(run):
    doc = run("Une frappe de drone a tué trois combattants près de Kidal, dans le nord du Mali, mardi.", "fr", "2024-03-12")
    assert _located(doc) == [("Kidal", "MLI", "city", 2)]
    doc = run("Une frappe aérienne a visé mardi un dépôt à Gao, au Mali, selon l'armée.", "fr", "2024-03-12")
    assert _located(doc) == [("Gao", "MLI", "city", 1)]
    doc = run("Protesters gathered near Raqqa on Tuesday, in northern Syria.", "en", "2024-03-12")
    assert [(p.country, p.feature, p.precision) for p in _event_places(doc)] == [("SYR", "city", 2)]


def test_region_named_like_its_town_is_the_region_when_the_words_say_so(run):
    doc = run("Des affrontements ont éclaté mardi dans la région de Kidal, au Mali, faisant deux morts.", "fr", "2024-03-12")
    assert _located(doc) == [("Kidal", "MLI", "admin1", 3)]
    doc = run("Fighting broke out on Tuesday in the Gao region of Mali, killing two soldiers.", "en", "2024-03-12")
    assert _located(doc) == [("Gao", "MLI", "admin1", 3)]


def test_other_spellings_and_attack_phrases_cue_misread_towns(run):
    doc = run("Israeli warplanes struck a house in Khan Younis overnight, killing six people, medics said.", "en", "2024-03-12")
    assert [(p.country, p.feature) for p in _event_places(doc)] == [("PSE", "city")]
    doc = run("Suspected jihadists killed 12 villagers in an attack on Dori, in northern Burkina Faso, on Friday.", "en", "2024-03-12")
    assert _located(doc) == [("Dori", "BFA", "city", 1)]
    text = "Des jihadistes présumés ont tué douze villageois lors d'une attaque contre Dori, dans le nord du Burkina Faso, vendredi."
    assert _located(run(text, "fr", "2024-03-12")) == [("Dori", "BFA", "city", 1)]


def test_state_named_like_its_capital(run):
    doc = run("Armed men abducted 20 students from a school in Kaduna state on Friday.", "en", "2024-03-12")
    assert _located(doc) == [("Kaduna", "NGA", "admin1", 3)]
    doc = run("Des hommes armés ont enlevé vendredi vingt élèves dans l'État de Kaduna, au Nigeria.", "fr", "2024-03-12")
    assert _located(doc) == [("Kaduna", "NGA", "admin1", 3)]


def test_dateline_town_is_where_the_report_was_written_not_the_event(run):
    en = run("KANO, Nigeria - A bomb exploded at a bus station in Potiskum on Friday, killing four people.", "en", "2024-03")
    assert [p.name for p in _event_places(en)] == ["Potiskum"]
    fr = run("Niamey (AFP) - Des hommes armés ont attaqué jeudi un poste de police à Tillabéri, tuant trois policiers.", "fr", "2024-03")
    assert [p.name for p in _event_places(fr)] == ["Tillaberi"]
    alone = run("KANO - A bomb exploded at a bus station on Friday, killing four people.", "en", "2024-03")
    assert [p.name for p in _event_places(alone)] == ["Kano"]


def test_a_place_told_to_say_where_the_first_lies_is_not_the_events(run):
    en = run("Gunmen attacked a police post near Tame, in Arauca, on Sunday, killing two officers.", "en", "2024-03")
    assert {p.name for p in _event_places(en)} == {"Tame"}
    fr = run("Des hommes armés ont tué mardi trois civils à Beni, dans la province du Nord-Kivu.", "fr", "2024-03")
    assert {p.name for p in _event_places(fr)} == {"Beni"}
