"""Data checks of the office holders (common/offices.jsonl), the ACLED periods of state actors
(common/actors.json) and the office words of each language ({fr,en}/actors.json)."""

import re

import pycountry
import pytest

from sitrep.errors import SitrepError
from sitrep.records import PartialDate
from sitrep.resources import OfficeHolder, build, load_actor_dictionary, load_language, load_office_holders

KINDS = {"government", "military", "police"}


def _span(start, end):
    first = PartialDate.parse(start).span()[0]
    last = PartialDate.parse(end).span()[1] if end else None
    assert last is None or first <= last, (start, end)
    return first, last


def _overlap(a, b):
    (s1, e1), (s2, e2) = a, b
    return (e1 is None or s2 < e1) and (e2 is None or s1 < e2)


def test_every_holder_is_tied_to_a_known_actor_and_country():
    named = {a.name for a in load_actor_dictionary().actors}
    holders = load_office_holders()
    assert len({h.person for h in holders}) >= 40
    for h in holders:
        assert h.actor in KINDS or h.actor in named, h
        assert h.country == "PSE" or pycountry.countries.get(alpha_3=h.country) is not None, h
        assert h.person in h.aliases and h.office, h
        assert h.wikidata is None or re.fullmatch(r"Q\d+", h.wikidata), h
        _span(h.start, h.end)


def test_one_person_holds_one_office_at_a_time_and_aliases_name_one_person():
    holders = load_office_holders()
    for i, a in enumerate(holders):
        for b in holders[i + 1 :]:
            if a.person == b.person:
                assert not _overlap(_span(a.start, a.end), _span(b.start, b.end)), (a.person, a.start, b.start)
            else:
                assert not {x.lower() for x in a.aliases} & {x.lower() for x in b.aliases}, (a.person, b.person)


def test_acled_periods_of_a_country_do_not_overlap():
    periods = load_actor_dictionary().periods
    assert periods
    for i, a in enumerate(periods):
        assert pycountry.countries.get(alpha_3=a.country) is not None, a
        for b in periods[i + 1 :]:
            if a.country == b.country:
                assert not _overlap(_span(a.start, a.end), _span(b.start, b.end)), (a, b)


def test_named_actors_wikidata_ids_are_well_formed():
    for actor in load_actor_dictionary().actors:
        assert actor.wikidata is None or re.fullmatch(r"Q\d+", actor.wikidata), actor.name


def test_every_language_lists_office_words_of_each_kind():
    for lang in ("fr", "en"):
        offices = load_language(lang).actors.offices
        assert set(offices) == KINDS, lang
        assert all(offices[k] for k in KINDS), lang


def test_a_bad_office_line_names_the_file_and_key():
    with pytest.raises(SitrepError) as exc:
        build(OfficeHolder, {"person": "X", "aliases": "X", "office": "President", "actor": "government",
                             "country": "MLI", "start": "2020", "end": None}, "common/offices.jsonl:3")
    assert exc.value.code == "E013" and "offices.jsonl:3" in str(exc.value) and "aliases" in str(exc.value)
    with pytest.raises(SitrepError) as exc:
        build(OfficeHolder, {"person": "X", "aliases": ["X"]}, "common/offices.jsonl:4")
    assert "office" in str(exc.value)
