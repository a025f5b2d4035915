"""The embedded default gazetteer: GeoNames cities500 + admin1 + countries + supplement."""

import time

import numpy as np
import pytest

from sitrep.gazetteer import Gazetteer, default_gazetteer
from sitrep.gazetteer.build import load_supplement
from sitrep.gazetteer.core import haversine_km
from sitrep.records import Place


def within(place: Place, lat: float, lon: float, km: float) -> bool:
    return place is not None and haversine_km(place.latitude, place.longitude, lat, lon) <= km


def test_default_is_cached(gaz):
    assert Gazetteer.default() is gaz is default_gazetteer()
    assert len(gaz) > 230_000


@pytest.mark.parametrize("name", ["Irak", "Iraq", "IRAK", "Republic of Iraq"])
def test_iraq_is_the_country(gaz, name):
    place = gaz.resolve(name)
    assert (place.country, place.feature, place.precision, place.name) == ("IRQ", "country", 3, "Iraq")
    assert place.text == name


def test_country_lookup_by_code(gaz):
    iraq = gaz.country("IRQ")
    assert iraq.name == "Iraq" and iraq.feature == "country" and iraq.source == "country"
    assert haversine_km(iraq.latitude, iraq.longitude, 33.34, 44.40) < 10  # at the capital
    assert gaz.country("iq") == iraq
    assert gaz.country("PSE").name == "Palestine"


def test_bagdad_is_baghdad(gaz):
    place = gaz.resolve("Bagdad", lang="fr")
    assert place.name == "Baghdad" and place.country == "IRQ"
    assert within(place, 33.34, 44.40, 10)
    assert place.admin1 == "Baghdad"
    assert place.geonameid == 98182 and place.precision == 1


@pytest.mark.parametrize("name", ["Al-Qaïm", "Al-Qaim", "Al Qa’im", "al-Qaim", "Qaim"])
def test_al_qaim(gaz, name):
    place = gaz.resolve(name)
    assert place.country == "IRQ" and within(place, 34.39, 40.99, 10)
    assert place.admin1 == "Al Anbar"


@pytest.mark.parametrize("name", ["base d’Aïn al-Assad", "Aïn al-Assad", "Ain al-Asad Air Base", "Ain al-Asad", "Al Asad Air Base"])
def test_ain_al_asad(gaz, name):
    place = gaz.resolve(name)
    assert place.name == "Ain al-Asad Air Base" and place.country == "IRQ"
    assert within(place, 33.79, 42.44, 10)
    assert place.feature == "site" and place.precision == 1 and place.admin1 == "Al Anbar"


@pytest.mark.parametrize("name", ["Jurf Al-Nasr", "Jurf al-Sakhar", "Jurf al Sakhar"])
def test_jurf_al_nasr(gaz, name):
    place = gaz.resolve(name)
    assert place.country == "IRQ" and place.admin1 == "Babil"
    assert within(place, 32.87, 44.21, 10)


def test_paris_with_and_without_context(gaz):
    assert gaz.resolve("Paris").country == "FRA"
    assert gaz.resolve("Paris", countries=()).admin1 == "Ile-de-France"
    us = gaz.resolve("Paris", countries=["USA"])
    assert us.country == "USA" and us.feature == "city"
    # and a point near Tennessee picks the Paris there
    assert gaz.resolve("Paris", countries=["USA"], near=(36.3, -88.3)).admin1 == "Tennessee"


@pytest.mark.parametrize(
    "name, country, lat, lon",
    [
        ("Alger", "DZA", 36.73, 3.09),
        ("Kaboul", "AFG", 34.53, 69.17),
        ("Nairobi", "KEN", -1.28, 36.82),
        ("Donetsk", "UKR", 48.02, 37.80),
        ("Dhaka", "BGD", 23.71, 90.41),
        ("Le Caire", "EGY", 30.06, 31.25),
        ("Tripoli", "LBY", 32.89, 13.19),
        ("Mossoul", "IRQ", 36.34, 43.12),
        ("Kiev", "UKR", 50.45, 30.52),
        ("Odessa", "UKR", 46.49, 30.74),
        ("Pokrovsk", "UKR", 48.28, 37.18),
        ("Bethlehem", "PSE", 31.70, 35.20),
        ("Jenin", "PSE", 32.46, 35.30),
        ("Gaza", "PSE", 31.50, 34.47),
        ("Kherson", "UKR", 46.64, 32.61),
        ("Deir ez-Zor", "SYR", 35.34, 40.14),
        ("Hodeidah", "YEM", 14.80, 42.95),
        ("El Fasher", "SDN", 13.63, 25.35),
        ("Goma", "COD", -1.67, 29.23),
        ("Mogadiscio", "SOM", 2.04, 45.34),
        ("Port-au-Prince", "HTI", 18.54, -72.34),
        ("Gao", "MLI", 16.27, -0.04),
    ],
)
def test_well_known_places(gaz, name, country, lat, lon):
    place = gaz.resolve(name)
    assert place.country == country, place
    assert within(place, lat, lon, 15), place


def test_algiers_kabul_names(gaz):
    assert gaz.resolve("Alger").name == "Algiers"
    assert gaz.resolve("Kaboul").name == "Kabul"


@pytest.mark.parametrize(
    "name, country, feature",
    [
        ("Anbar", "IRQ", "admin1"),
        ("province d'Al-Anbar", "IRQ", "admin1"),
        ("Cisjordanie", "PSE", "admin1"),
        ("Bande de Gaza", "PSE", "admin1"),
        ("Crimée", "UKR", "admin1"),
        ("Tigray", "ETH", "admin1"),
        ("Nord-Kivu", "COD", "admin1"),
        ("Darfour", "SDN", "region"),
        ("Donbass", "UKR", "region"),
        ("RDC", "COD", "country"),
        ("Etats-Unis", "USA", "country"),
        ("Birmanie", "MMR", "country"),
        ("Syrie", "SYR", "country"),
    ],
)
def test_regions_and_countries(gaz, name, country, feature):
    place = gaz.resolve(name)
    assert (place.country, place.feature, place.precision) == (country, feature, 3)


def test_lookup_lists_all_homonyms_best_first(gaz):
    found = gaz.lookup("Donetsk")
    assert {c.country for c in found} >= {"UKR", "RUS"}
    assert found[0].feature == "admin1"  # lookup order: feature rank, then population
    cities = [c for c in found if c.feature == "city"]
    assert cities == sorted(cities, key=lambda c: -c.population)
    assert gaz.resolve("Donetsk").feature == "city"  # resolve prefers the big town


def test_unknown_name(gaz):
    assert gaz.resolve("Xqzzyville") is None
    assert gaz.lookup("") == []


def test_supplement_is_documented_and_consistent(gaz):
    sup = load_supplement()
    assert "sitrep project" in sup["_about"]
    assert len(sup["places"]) >= 80
    lat, lon = np.asarray(gaz._a["lat"]), np.asarray(gaz._a["lon"])
    source = np.asarray(gaz._a["source"])
    geonames = np.where(source == gaz._sources.index("geonames"))[0]
    problems = []
    for p in sup["places"]:
        assert p["country"] and p["feature"] in ("site", "city", "region", "admin1"), p
        place = gaz.resolve(p["name"])
        if place is None or place.name != p["name"]:
            problems.append(f"{p['name']}: resolves to {place}")
        for alias in p.get("aliases", []):
            hit = gaz.resolve(alias, countries=[p["country"]])
            if hit is None or hit.country != p["country"]:
                problems.append(f"{p['name']}: alias {alias!r} resolves to {hit}")
        # the nearest GeoNames town of the same country is close, and in the same admin1
        d = np.hypot(lat[geonames] - p["latitude"], (lon[geonames] - p["longitude"]) * np.cos(np.radians(p["latitude"]))) * 111.2
        order = np.argsort(d)
        same = [int(geonames[i]) for i in order[:400] if gaz.row(int(geonames[i])).country == p["country"]]
        if not same:
            problems.append(f"{p['name']}: no town of {p['country']} nearby")
            continue
        nearest = gaz.row(same[0])
        if haversine_km(nearest.latitude, nearest.longitude, p["latitude"], p["longitude"]) > 250:
            problems.append(f"{p['name']}: nearest town of {p['country']} is {nearest.name}, far away")
        # a site on an admin1 border (the Pentagon, across the river from Washington) may be
        # nearer a town of the next admin1: one of the five nearest towns must share it
        near_admin1 = {gaz.row(i).admin1 for i in same[:5]}
        if p.get("admin1") and p["feature"] not in ("region", "admin1") and p["admin1"] not in near_admin1:
            problems.append(f"{p['name']}: admin1 {p['admin1']!r}, nearest towns are in {sorted(near_admin1)}")
    assert not problems, "\n".join(problems)


def test_supplement_aliases_reach_their_geonames_rows(gaz):
    for entry in load_supplement()["aliases"]:
        for alias in entry["aliases"]:
            place = gaz.resolve(alias, countries=[entry["country"]])
            assert place is not None and place.geonameid == entry["geonameid"], (alias, place)


def test_memory_lean_columns(gaz):
    # columns, not one Python object per row
    assert isinstance(gaz._a["lat"], np.ndarray) and gaz._a["lat"].dtype == np.float64
    assert len(gaz._a["lat"]) == len(gaz)


def test_resolve_is_fast(gaz):
    names = ["Bagdad", "Paris", "Al-Qaïm", "Kaboul", "Donetsk", "Nairobi", "Irak", "Anbar", "Xqzzyville", "Gaza"]
    gaz.resolve("warm up")
    start = time.perf_counter()
    for _ in range(20):
        for name in names:
            gaz.resolve(name, countries=["IRQ"])
    mean_ms = (time.perf_counter() - start) / (20 * len(names)) * 1000
    assert mean_ms < 5, mean_ms


def test_seas_and_continents_need_context(gaz):
    for name in ("Red Sea", "the Red Sea", "la mer Rouge", "Europe", "Sahel", "Golfe"):
        assert gaz.resolve(name) is None, name
    red_sea = gaz.resolve("Red Sea", countries=["SDN"])
    assert (red_sea.country, red_sea.feature) == ("SDN", "admin1")
    assert gaz.resolve("région du Sahel", countries=["BFA"]).admin1 == "Sahel"


def test_french_elided_articles(gaz):
    assert gaz.resolve("l'Irak").country == "IRQ"
    assert gaz.resolve("d’Alep").name == "Aleppo"
    assert gaz.resolve("L'Aquila").country == "ITA"  # a name that starts with L' keeps it


def test_landmarks_used_for_governments_resolve_to_their_place(gaz):
    assert gaz.resolve("Maison Blanche").name == "White House"
    assert gaz.resolve("le Kremlin").country == "RUS"
