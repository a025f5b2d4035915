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
