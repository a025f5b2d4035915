import pytest

from sitrep.evaluate.geo import MAX_ERROR_KM, country_iso3, haversine_km, same_country, same_place_name


@pytest.mark.parametrize(
    "a, b",
    [
        ("Ain al-Asad Air Base", "Aïn al-Assad"),
        ("Al-Qaim", "Qaïm"),
        ("Al Qa'im", "al-Qaim"),
        ("Kaboul", "Kabul"),
        ("Ar-Raqqa", "Raqqah"),
        ("Saint-Denis", "Saint Denis"),
        ("DJIBOUTI", "Jibuti"),
        ("Donetsk", "Donetsk Oblast"),
        ("El-Geneina", "Geneina"),
        ("Mossoul", "Mosul"),
    ],
)
def test_same_place_name_accepts_variants(a, b):
    assert same_place_name(a, b) and same_place_name(b, a)


@pytest.mark.parametrize(
    "a, b",
    [
        ("Paris", "Parisot"),  # containment is by whole words
        ("Jurf al-Nasr", "Jurf al-Sakhar"),
        ("Niamey", "Niger"),
        ("Al", "Al-Qaim"),
        ("", "Kessaba"),
        (None, "Kessaba"),
    ],
)
def test_same_place_name_rejects_different_places(a, b):
    assert not same_place_name(a, b)


def test_haversine():
    assert haversine_km(0, 0, 0, 1) == pytest.approx(111.195, abs=0.01)
    assert haversine_km(10, 20, 10, 20) == 0
    assert haversine_km(0, 0, 0, 180) == pytest.approx(20015.1, abs=0.5)
    assert MAX_ERROR_KM == 20039


def test_country_codes_and_names():
    assert country_iso3("Russia") == "RUS"
    assert country_iso3("Palestinian Territory") == "PSE"
    assert country_iso3("United States") == "USA"
    assert country_iso3("us") == "USA"
    assert country_iso3("Côte d'Ivoire") == "CIV"
    assert same_country("United Kingdom", "GBR")
    assert not same_country("Georgia", "USA")
    assert not same_country(None, None)
