import pytest

from sitrep.gazetteer import Candidate, Gazetteer
from sitrep.records import Place

ROWS = [
    Candidate("Paris", "FRA", "Ile-de-France", 2988507, 48.853, 2.349, "city", 2_138_551, "geonames"),
    Candidate("Paris", "USA", "Texas", 4717560, 33.661, -95.555, "city", 24_782, "geonames"),
    Candidate("Paris", "USA", "Tennessee", 4646571, 36.302, -88.327, "city", 10_156, "geonames"),
    Candidate("France", "FRA", None, 3017382, 48.853, 2.349, "country", 66_987_244, "country"),
    {"name": "Tripoli", "country": "LBY", "admin1": "Tripoli", "geonameid": 2210247, "latitude": 32.887,
     "longitude": 13.187, "feature": "city", "population": 1_150_989, "aliases": ["Tarabulus", "Trablous"]},
    {"name": "Tripoli", "country": "LBN", "admin1": "North Lebanon", "geonameid": 266826, "latitude": 34.437,
     "longitude": 35.850, "feature": "city", "population": 229_398, "aliases": ["Trablous", "Tarabulus"]},
    {"name": "Jordan", "country": "JOR", "admin1": None, "geonameid": 248816, "latitude": 31.955,
     "longitude": 35.945, "feature": "country", "population": 9_956_011, "source": "country", "aliases": ["Jordanie"]},
    {"name": "Jordan", "country": "USA", "admin1": "Minnesota", "geonameid": 5030005, "latitude": 44.667,
     "longitude": -93.627, "feature": "city", "population": 6_000},
    {"name": "Al Anbar", "country": "IRQ", "admin1": "Al Anbar", "latitude": 33.421, "longitude": 43.308,
     "feature": "admin1", "population": 1_500_000, "source": "admin1", "aliases": ["Anbar"]},
    {"name": "Anbar", "country": "USA", "admin1": "Nowhere", "latitude": 40.0, "longitude": -90.0,
     "feature": "city", "population": 600},
    {"name": "Al Qā’im", "country": "IRQ", "admin1": "Al Anbar", "geonameid": 92138, "latitude": 34.393,
     "longitude": 40.989, "feature": "city", "population": 74_100},
    {"name": "Pokrovsk", "country": "UKR", "admin1": "Donetsk", "geonameid": 704422, "latitude": 48.28,
     "longitude": 37.177, "feature": "city", "population": 60_127, "preferred": ["Pokrovsk"]},
    {"name": "Engels", "country": "RUS", "admin1": "Saratov", "geonameid": 563464, "latitude": 51.484,
     "longitude": 46.105, "feature": "city", "population": 196_011, "aliases": ["Pokrovsk"]},
    {"name": "Ain al-Asad Air Base", "country": "IRQ", "admin1": "Al Anbar", "latitude": 33.786, "longitude": 42.441,
     "feature": "site", "source": "supplement", "preferred": ["Aïn al-Assad"]},
    {"name": "El Salvador", "country": "SLV", "latitude": 13.69, "longitude": -89.19, "feature": "country",
     "population": 6_000_000, "source": "country"},
    {"name": "Salvador", "country": "BRA", "admin1": "Bahia", "latitude": -12.97, "longitude": -38.51,
     "feature": "city", "population": 2_711_840},
]


@pytest.fixture(scope="module")
def tiny() -> Gazetteer:
    return Gazetteer.from_rows(ROWS, meta={"iso2": {"FR": "FRA", "US": "USA", "LY": "LBY", "LB": "LBN"}})


def test_lookup_returns_every_match_best_first(tiny):
    found = tiny.lookup("paris")
    assert [c.country for c in found] == ["FRA", "USA", "USA"]
    assert [c.population for c in found] == sorted((c.population for c in found), reverse=True)
    assert all(isinstance(c, Candidate) for c in found)
    assert tiny.lookup("Nowhere-on-earth") == []


def test_alternate_names_and_articles_meet(tiny):
    assert {c.country for c in tiny.lookup("Trablous")} == {"LBY", "LBN"}
    for variant in ("Al-Qaïm", "al Qa'im", "Qaim", "AL-QAIM"):
        assert [c.geonameid for c in tiny.lookup(variant)] == [92138], variant


def test_population_decides_without_context(tiny):
    place = tiny.resolve("Paris")
    assert isinstance(place, Place)
    assert (place.country, place.text, place.precision, place.feature) == ("FRA", "Paris", 1, "city")
    assert tiny.resolve("Tripoli").country == "LBY"


def test_countries_context_decides(tiny):
    assert tiny.resolve("Paris", countries=["USA"]).admin1 == "Texas"
    assert tiny.resolve("Tripoli", countries=["LBN"]).country == "LBN"
    # the first country of the context is the most relevant
    assert tiny.resolve("Tripoli", countries=["LBN", "LBY"]).country == "LBN"
    assert tiny.resolve("Tripoli", countries=["LBY", "LBN"]).country == "LBY"
    # ISO-2 codes are understood too
    assert tiny.resolve("Tripoli", countries=["LB"]).country == "LBN"


def test_near_point_decides_among_equals(tiny):
    assert tiny.resolve("Paris", countries=["USA"], near=(36.0, -88.0)).admin1 == "Tennessee"
    assert tiny.resolve("Tripoli", near=(34.0, 35.5)).country == "LBN"
    assert tiny.resolve("Tripoli", near=(32.0, 13.0)).country == "LBY"


def test_a_country_name_means_the_country_even_with_another_context(tiny):
    place = tiny.resolve("Jordan", countries=["USA"])
    assert (place.feature, place.country, place.precision) == ("country", "JOR", 3)
    assert tiny.country("JOR").name == "Jordan"
    assert tiny.country("XYZ") is None


def test_admin1_beats_a_tiny_town_and_gets_region_precision(tiny):
    place = tiny.resolve("Anbar")
    assert (place.feature, place.country, place.precision) == ("admin1", "IRQ", 3)


def test_curated_name_beats_a_look_alike(tiny):
    assert tiny.resolve("Pokrovsk").country == "UKR"
    assert tiny.resolve("Pokrovsk", countries=["RUS"]).name == "Engels"


def test_country_is_not_met_without_its_article(tiny):
    assert tiny.resolve("Salvador").country == "BRA"
    assert tiny.resolve("El Salvador").feature == "country"


def test_generic_words_around_a_name_are_dropped(tiny):
    for text in ("base d’Aïn al-Assad", "la base aérienne d'Aïn al-Assad", "Aïn al-Assad air base"):
        place = tiny.resolve(text)
        assert place is not None and place.name == "Ain al-Asad Air Base", text
        assert place.text == text and place.feature == "site" and place.precision == 1
    assert tiny.resolve("Anbar province").feature == "admin1"
    assert tiny.resolve("province d'Al-Anbar").feature == "admin1"
    assert tiny.resolve("base de Nowhere") is None


def test_save_and_load_round_trip(tiny, tmp_path):
    path = tiny.save(tmp_path / "gaz")
    loaded = Gazetteer.load(path)
    assert len(loaded) == len(tiny) == len(ROWS)
    for name in ("Paris", "Tripoli", "Qaim", "Jordan", "Pokrovsk"):
        assert loaded.lookup(name) == tiny.lookup(name)
        assert loaded.resolve(name, countries=["USA"]) == tiny.resolve(name, countries=["USA"])
    # saving again to an existing directory keeps it
    assert Gazetteer.load(tiny.save(path)).lookup("Paris") == tiny.lookup("Paris")


def test_rows_are_validated():
    with pytest.raises(ValueError, match="unknown feature"):
        Gazetteer.from_rows([{"name": "X", "latitude": 0, "longitude": 0, "feature": "planet"}])
    with pytest.raises(ValueError, match="unknown source"):
        Gazetteer.from_rows([{"name": "X", "latitude": 0, "longitude": 0, "source": "wikipedia"}])


def test_empty_gazetteer():
    gaz = Gazetteer.from_rows([])
    assert len(gaz) == 0
    assert gaz.lookup("Paris") == [] and gaz.resolve("Paris") is None
