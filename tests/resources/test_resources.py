import json

import pytest

from sitrep.errors import SitrepError
from sitrep.resources import EventLexicon, available_languages, build, load_actor_dictionary, load_language
from sitrep.taxonomy import BY_NAME


def test_every_language_pack_loads_and_names_valid_sub_types():
    assert {"fr", "en"} <= set(available_languages())
    for lang in available_languages():
        pack = load_language(lang)
        for t in pack.events.triggers:
            assert t.sub_event_type is None or t.sub_event_type in BY_NAME
        for r in pack.events.refiners:
            assert r.sub_event_type in BY_NAME


def test_actor_dictionary_codes():
    for actor in load_actor_dictionary().actors:
        assert 1 <= actor.inter <= 8 and actor.aliases


def test_schema_errors_name_the_file_and_key():
    data = json.loads('{"triggers": [], "refiners": [], "anaphora": [], "aggregate_min_count": 3}')
    with pytest.raises(SitrepError) as exc:
        build(EventLexicon, data, "xx/events.json")
    assert exc.value.code == "E013" and "xx/events.json" in str(exc.value) and "non_event" in str(exc.value)
    data["non_event"] = {"aggregate": "depuis", "negation": [], "modal": [], "background_years_before": 1}
    with pytest.raises(SitrepError) as exc:
        build(EventLexicon, data, "xx/events.json")
    assert "aggregate" in str(exc.value)


def test_unknown_language_is_refused():
    with pytest.raises(SitrepError) as exc:
        load_language("xx")
    assert exc.value.code == "E008"
