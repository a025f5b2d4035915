"""sitrep.geoparse: toponyms of English texts found and resolved in context (texts written for
these tests)."""

import time

import pytest

from sitrep.gazetteer.core import haversine_km

geoparse = pytest.importorskip("sitrep.geoparse")

TEXAS = (
    "Paris police arrested a man on Friday after a chase along Lamar Avenue. The Paris City Council "
    "met the same evening. Paris is the seat of Lamar County, in northeast Texas, near Clarksville."
)
FRANCE = "Protesters marched through Paris on Saturday. Police in Lyon and Marseille said France would see more strikes."
TENNESSEE = "A Paris man was injured in a crash on Highway 79 in Henry County, Tenn., the sheriff said."


def span(text, name, nth=0):
    start = -1
    for _ in range(nth + 1):
        start = text.index(name, start + 1)
    return start, start + len(name)


def near(place, lat, lon, km=100):
    return place is not None and haversine_km(place.latitude, place.longitude, lat, lon) <= km


def test_paris_in_texas_and_in_france():
    tx = geoparse.resolve(TEXAS, *span(TEXAS, "Paris"))
    assert tx.country == "USA" and tx.admin1 == "Texas" and near(tx, 33.66, -95.56, 30)
    assert geoparse.resolve(TEXAS, *span(TEXAS, "Paris", 2)).admin1 == "Texas"
    fr = geoparse.resolve(FRANCE, *span(FRANCE, "Paris"))
    assert fr.country == "FRA" and near(fr, 48.85, 2.35, 30)


def test_nearby_county_and_state_abbreviation():
    place = geoparse.resolve(TENNESSEE, *span(TENNESSEE, "Paris"))
    assert place.admin1 == "Tennessee" and near(place, 36.30, -88.33, 30)
    tenn = geoparse.resolve(TENNESSEE, *span(TENNESSEE, "Tenn."))
    assert tenn.feature == "admin1" and tenn.admin1 == "Tennessee"


@pytest.mark.parametrize(
    "text, name, admin1, lat, lon",
    [
        ("Alexandria, La. -- A fire destroyed a home on Sunday.", "Alexandria", "Louisiana", 31.31, -92.45),
        ("The festival in Athens, Ga., drew thousands of visitors.", "Athens", "Georgia", 33.96, -83.38),
        ("He grew up in Springfield, Illinois, and moved away.", "Springfield", "Illinois", 39.80, -89.64),
        ("Officials in Portland, Maine, closed the port.", "Portland", "Maine", 43.66, -70.26),
    ],
)
def test_city_comma_state(text, name, admin1, lat, lon):
    place = geoparse.resolve(text, *span(text, name))
    assert place.admin1 == admin1 and near(place, lat, lon, 40)


def test_demonyms_countries_and_regions_at_their_middle():
    text = "Turkish troops crossed the border as American officials met Russian envoys in Europe."
    turkey = geoparse.resolve(text, *span(text, "Turkish"))
    assert turkey.country == "TUR" and turkey.feature == "country"
    usa = geoparse.resolve(text, *span(text, "American"))
    assert usa.country == "USA" and near(usa, 39.8, -98.6, 200)  # the middle, not Washington
    assert geoparse.resolve(text, *span(text, "Europe")).feature == "area"


def test_a_span_the_text_does_not_tag_is_still_resolved():
    text = "Flooding closed roads near Fargo on Monday, and Moorhead schools sent students home."
    place = geoparse.resolve(text, *span(text, "Moorhead"))
    assert place.admin1 == "Minnesota"


def test_detect_gives_offsets_into_the_text():
    places = geoparse.detect(TEXAS)
    assert places
    for p in places:
        assert TEXAS[p.evidence.start : p.evidence.end] == p.evidence.text == p.text
        assert p.latitude is not None and p.longitude is not None
    found = {(p.evidence.start, p.evidence.end): p for p in places}
    assert span(TEXAS, "Texas") in found and found[span(TEXAS, "Texas")].feature == "admin1"
    assert span(TEXAS, "Paris") in found and found[span(TEXAS, "Paris")].admin1 == "Texas"


def test_detect_finds_places_inside_names_and_splits_city_state():
    text = "The Mansfield Police Department said the driver was from Alexandria, La., and fled north."
    found = {p.evidence.text: p for p in geoparse.detect(text)}
    assert "Mansfield" in found
    assert "Alexandria" in found and found["Alexandria"].admin1 == "Louisiana"
    assert "La." in found and found["La."].feature == "admin1"


def test_resolution_is_fast_once_loaded():
    geoparse.detect(TEXAS)  # load, analyse and cache the text
    spans = [span(TEXAS, "Paris", i) for i in range(3)] + [span(TEXAS, "Texas"), span(TEXAS, "Clarksville")]
    t = time.perf_counter()
    for _ in range(100):
        for s, e in spans:
            geoparse.resolve(TEXAS, s, e)
    per_mention = (time.perf_counter() - t) / (100 * len(spans))
    assert per_mention < 0.001


def test_the_wording_of_a_country_tips_the_balance():
    us = "Deputies from the Sheriff's Office arrested an Athens man, state troopers said."
    assert geoparse.resolve(us, *span(us, "Athens")).country == "USA"
    plain = "Police arrested an Athens man on Friday."
    assert geoparse.resolve(plain, *span(plain, "Athens")).country == "GRC"


def test_misread_town_after_a_locative_is_detected():
    text = "Gunmen killed five civilians in Gao on Tuesday, officials in Mali said."
    found = {(p.evidence.text, p.country) for p in geoparse.detect(text)}
    assert found == {("Gao", "MLI"), ("Mali", "MLI")}


def test_town_or_region_named_alike_by_the_words_around():
    text = "Troops patrolled the streets in Kidal on Friday. The Kidal region has seen fighting since 2012."
    town = geoparse.resolve(text, *span(text, "Kidal"))
    region = geoparse.resolve(text, *span(text, "Kidal", 1))
    assert town.feature == "city" and region.feature == "admin1" and town.country == region.country == "MLI"
