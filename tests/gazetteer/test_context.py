"""Resolving the names of a text together (sitrep.gazetteer.context), on a small hand-made
gazetteer, and the area centres of the default one."""

import pytest

from sitrep.gazetteer import Gazetteer
from sitrep.gazetteer.build import _center
from sitrep.gazetteer.context import ContextResolver, Mention
from sitrep.gazetteer.core import haversine_km

ROWS = [
    {"name": "Paris", "country": "FRA", "admin1": "Ile-de-France", "latitude": 48.853, "longitude": 2.349,
     "feature": "city", "population": 2_138_551},
    {"name": "Paris", "country": "USA", "admin1": "Texas", "latitude": 33.661, "longitude": -95.555,
     "feature": "city", "population": 24_782},
    {"name": "Paris", "country": "USA", "admin1": "Tennessee", "latitude": 36.302, "longitude": -88.327,
     "feature": "city", "population": 10_156},
    {"name": "France", "country": "FRA", "latitude": 48.853, "longitude": 2.349, "center_latitude": 46.0,
     "center_longitude": 2.0, "feature": "country", "population": 66_987_244, "source": "country"},
    {"name": "United States", "country": "USA", "latitude": 38.895, "longitude": -77.036, "center_latitude": 39.76,
     "center_longitude": -98.5, "feature": "country", "population": 327_167_434, "source": "country",
     "aliases": ["U.S."]},
    {"name": "Texas", "country": "USA", "admin1": "Texas", "latitude": 29.763, "longitude": -95.363,
     "center_latitude": 31.25, "center_longitude": -99.25, "feature": "admin1", "population": 22_000_000,
     "source": "admin1"},
    {"name": "Tennessee", "country": "USA", "admin1": "Tennessee", "latitude": 35.149, "longitude": -90.049,
     "center_latitude": 35.75, "center_longitude": -86.25, "feature": "admin1", "population": 6_000_000,
     "source": "admin1"},
    {"name": "Minnesota", "country": "USA", "admin1": "Minnesota", "latitude": 44.98, "longitude": -93.26,
     "center_latitude": 46.25, "center_longitude": -94.25, "feature": "admin1", "population": 5_600_000,
     "source": "admin1"},
    {"name": "Henry County", "country": "USA", "admin1": "Tennessee", "latitude": 36.33, "longitude": -88.30,
     "feature": "region", "population": 30_000, "source": "admin2", "aliases": ["Henry"]},
    {"name": "Henry County", "country": "USA", "admin1": "Georgia", "latitude": 33.45, "longitude": -84.15,
     "feature": "region", "population": 30_000, "source": "admin2", "aliases": ["Henry"]},
    {"name": "Jordan", "country": "JOR", "latitude": 31.955, "longitude": 35.945, "feature": "country",
     "population": 9_956_011, "source": "country"},
    {"name": "Jordan", "country": "USA", "admin1": "Minnesota", "latitude": 44.667, "longitude": -93.627,
     "feature": "city", "population": 6_000},
    {"name": "Turkey", "country": "TUR", "latitude": 39.92, "longitude": 32.85, "center_latitude": 39.0,
     "center_longitude": 35.0, "feature": "country", "population": 82_000_000, "source": "country"},
    {"name": "Europe", "country": None, "latitude": 48.69, "longitude": 9.14, "feature": "area",
     "population": 741_000_000, "source": "continent"},
]


@pytest.fixture(scope="module")
def tiny() -> Gazetteer:
    return Gazetteer.from_rows(
        ROWS,
        meta={"iso2": {"FR": "FRA", "US": "USA", "TR": "TUR", "JO": "JOR"}, "context_only": ["Europe"]},
    )


@pytest.fixture()
def resolver(tiny) -> ContextResolver:
    return ContextResolver(tiny)


def names(resolver, *mentions, **kw):
    found = resolver.resolve([m if isinstance(m, Mention) else Mention(m) for m in mentions], **kw)
    return [(c.country, c.admin1, c.feature) if c is not None else None for c in found]


def test_a_name_alone_is_its_most_likely_place(resolver):
    assert names(resolver, "Paris") == [("FRA", "Ile-de-France", "city")]
    assert names(resolver, "Jordan") == [("JOR", None, "country")]


def test_the_region_a_text_names_decides(resolver):
    assert names(resolver, "Paris", "Texas")[0] == ("USA", "Texas", "city")
    assert names(resolver, "Texas", "Paris")[1] == ("USA", "Texas", "city")
    assert names(resolver, "Paris", "Tennessee")[0] == ("USA", "Tennessee", "city")


def test_countries_given_by_the_caller(resolver):
    assert names(resolver, "Paris", countries=["US"])[0][0] == "USA"


def test_two_ambiguous_names_settle_each_other(resolver):
    # two Henry Counties, three Paris: only one pair is close together
    assert names(resolver, "Paris", "Henry County") == [("USA", "Tennessee", "city"), ("USA", "Tennessee", "region")]


def test_city_comma_region(resolver):
    found = names(resolver, Mention("Paris", within=1), "Tennessee")
    assert found[0] == ("USA", "Tennessee", "city")


def test_demonym_is_its_country_and_counts_as_context(resolver):
    found = resolver.resolve([Mention("Turkish", country="TUR")])
    assert found[0].country == "TUR" and found[0].feature == "country"
    assert names(resolver, Mention("Americans", country="USA"), "Paris")[1][0] == "USA"


def test_words_around_make_a_town(resolver):
    assert names(resolver, Mention("Jordan", cue="town"))[0] == ("USA", "Minnesota", "city")
    # "a Jordan man": below a country, in a text about that town's region
    assert names(resolver, Mention("Jordan", cue="local"), "Minnesota")[0] == ("USA", "Minnesota", "city")
    assert names(resolver, "Jordan")[0] == ("JOR", None, "country")


def test_areas_only_when_asked(tiny):
    r = ContextResolver(tiny)
    assert r.resolve([Mention("Europe")]) == [None]
    r.areas = True
    assert r.resolve([Mention("Europe")])[0].feature == "area"


def test_one_more_name_against_a_resolved_text(resolver):
    _, ctx = resolver.resolve_in_context([Mention("Texas"), Mention("Tennessee"), Mention("Henry County")])
    assert resolver.resolve_one(Mention("Paris"), ctx).admin1 == "Tennessee"
    assert resolver.resolve_one(Mention("Paris"), ctx, within="Texas").admin1 == "Texas"
    assert resolver.resolve_one(Mention("Nowhere"), ctx) is None
    assert ctx.focus.source == "admin2"  # the text's only town-level place


def test_same_name_is_one_decision(resolver):
    found = names(resolver, "Paris", "Texas", "Paris")
    assert found[0] == found[2] == ("USA", "Texas", "city")


def test_center_and_representative_point(tiny):
    texas = tiny.resolve("Texas")
    assert texas.latitude == pytest.approx(29.763)  # the main town, as ACLED codes a region
    cand = [c for c, _ in tiny.candidates("Texas")[0]][0]
    assert cand.to_place("Texas", center=True).latitude == pytest.approx(31.25)


def test_center_of_an_area_known_by_its_towns():
    # towns crowded in one corner pull the plain mean; grid cells do not
    crowded = [(40.0 + i * 0.001, -75.0 + i * 0.001) for i in range(200)]
    spread = [(lat, lon) for lat in range(38, 43) for lon in range(-80, -74)]
    lat, lon = _center(crowded + spread, 0.25)
    assert haversine_km(lat, lon, 40.5, -77.5) < 80


# --- the default gazetteer ---------------------------------------------------------------


def test_countries_and_states_have_their_middle(gaz):
    usa = gaz.country("USA")
    assert haversine_km(*usa.center, 39.8, -98.6) < 100  # the middle, not Washington
    assert haversine_km(usa.latitude, usa.longitude, 38.9, -77.0) < 50
    texas = next(c for c, _ in gaz.candidates("Texas")[0] if c.feature == "admin1")
    assert haversine_km(*texas.center, 31.0, -99.5) < 160


def test_counties_and_parishes(gaz):
    found = [c for c, _ in gaz.candidates("Rapides Parish")[0]]
    assert found and found[0].source == "admin2" and found[0].admin1 == "Louisiana"
    assert haversine_km(found[0].latitude, found[0].longitude, 31.2, -92.5) < 60
    assert any(c.admin1 == "Tennessee" for c, _ in gaz.candidates("Henry County")[0])
    assert any(c.admin1 == "Tennessee" for c, _ in gaz.candidates("Henry Co.")[0])


def test_continents_are_areas_kept_from_events(gaz):
    found = [c for c, _ in gaz.candidates("Europe")[0]]
    assert any(c.feature == "area" and c.country is None for c in found)
    assert gaz.resolve("Europe") is None  # context-only for an event's place
