"""Data checks of the named actors (common/actors.json) and the demonyms ({fr,en}/demonyms.json)."""

import pycountry

from sitrep.resources import load_actor_dictionary, load_language

EXTRA_CODES = {"XKX", "PSE"}  # Kosovo (user-assigned code), Palestine
# UN members left without a demonym of their own, by language:
# COG, DMA: their demonyms ("Congolese"/"congolais", "Dominican") are read as the bigger
# namesake (COD, DOM), so they have none of their own.
NO_DEMONYM = {
    "en": {"COG", "DMA"},
    "fr": {"COG", "DMA"},
}
NOT_UN = {"VAT", "PSE", "TWN", "ESH", "XKX"}  # observers and disputed territories


def _valid(code):
    return code in EXTRA_CODES or pycountry.countries.get(alpha_3=code) is not None


def _un_members():
    # pycountry lists sovereign states and dependencies; UN members are the states that are
    # not territories of another (no "Territory", "Islands" dependency): take ISO 3166 entries
    # with an official name or a common sovereign name, minus dependencies listed below.
    dependencies = {
        "ABW", "AIA", "ALA", "ASM", "ATA", "ATF", "BES", "BLM", "BMU", "BVT", "CCK", "COK", "CUW", "CXR",
        "CYM", "FLK", "FRO", "GGY", "GIB", "GLP", "GRL", "GUF", "GUM", "HKG", "HMD", "IMN", "IOT", "JEY",
        "MAC", "MAF", "MNP", "MSR", "MTQ", "MYT", "NCL", "NFK", "NIU", "PCN", "PRI", "PYF", "REU", "SGS",
        "SHN", "SJM", "SPM", "SXM", "TCA", "TKL", "UMI", "VGB", "VIR", "WLF",
    }
    return {c.alpha_3 for c in pycountry.countries} - dependencies - NOT_UN


def test_un_member_list_has_193_states():
    assert len(_un_members()) == 193


def test_demonym_codes_are_iso3():
    for lang in ("fr", "en"):
        bad = {k: v for k, v in load_language(lang).demonyms.demonyms.items() if not _valid(v)}
        assert not bad, (lang, bad)


def test_every_un_member_has_demonyms():
    for lang in ("fr", "en"):
        have = set(load_language(lang).demonyms.demonyms.values())
        missing = _un_members() - have - NO_DEMONYM[lang]
        assert not missing, (lang, sorted(missing))
    en = set(load_language("en").demonyms.demonyms.values())
    fr = set(load_language("fr").demonyms.demonyms.values())
    assert {"PSE", "XKX", "TWN", "ESH"} <= en & fr


def test_actor_codes():
    for actor in load_actor_dictionary().actors:
        assert actor.country is None or _valid(actor.country), actor.name
        assert 1 <= actor.inter <= 8, actor.name
        assert actor.sector.isupper() and len(actor.sector) == 3, actor.name
        assert actor.wikidata is None or actor.wikidata.startswith("Q"), actor.name
        assert actor.aliases, actor.name


def test_no_alias_names_two_actors():
    owner = {}
    for actor in load_actor_dictionary().actors:
        for alias in actor.aliases:
            prev = owner.setdefault(alias.lower(), actor.name)
            assert prev == actor.name, (alias, prev, actor.name)
    names = [a.name for a in load_actor_dictionary().actors]
    assert len(names) == len(set(names))
