"""ACLED's event types and sub-types, the CASE 2021 codes, and the default PLOVER type of each."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class SubType:
    name: str  # ACLED sub_event_type, exact spelling
    event_type: str  # ACLED event_type
    code: str  # CASE 2021 code
    plover: str  # default PLOVER event
    mode: str | None  # default PLOVER mode
    disorder: str  # ACLED disorder_type


_POL = "Political violence"
_DEM = "Demonstrations"
_STR = "Strategic developments"

SUB_TYPES: tuple[SubType, ...] = (
    SubType("Armed clash", "Battles", "ARMED_CLASH", "ASSAULT", "firearms", _POL),
    SubType("Government regains territory", "Battles", "GOV_REGAINS_TERIT", "ASSAULT", "heavy-weapons", _POL),
    SubType("Non-state actor overtakes territory", "Battles", "NON_STATE_ACTOR_OVERTAKES_TER", "ASSAULT", "heavy-weapons", _POL),
    SubType("Chemical weapon", "Explosions/Remote violence", "CHEM_WEAP", "ASSAULT", "unconventional", _POL),
    SubType("Air/drone strike", "Explosions/Remote violence", "AIR_STRIKE", "ASSAULT", "aerial", _POL),
    SubType("Suicide bomb", "Explosions/Remote violence", "SUIC_BOMB", "ASSAULT", "suicide-attack", _POL),
    SubType("Shelling/artillery/missile attack", "Explosions/Remote violence", "ART_MISS_ATTACK", "ASSAULT", "heavy-weapons", _POL),
    SubType("Remote explosive/landmine/IED", "Explosions/Remote violence", "REM_EXPLOS", "ASSAULT", "explosives", _POL),
    SubType("Grenade", "Explosions/Remote violence", "GRENADE", "ASSAULT", "explosives", _POL),
    SubType("Sexual violence", "Violence against civilians", "SEX_VIOL", "ASSAULT", "sexual", _POL),
    SubType("Attack", "Violence against civilians", "ATTACK", "ASSAULT", "targeted", _POL),
    SubType("Abduction/forced disappearance", "Violence against civilians", "ABDUCT_DISSAP", "ASSAULT", "abduct", _POL),
    SubType("Peaceful protest", "Protests", "PEACE_PROTEST", "PROTEST", "demo", _DEM),
    SubType("Protest with intervention", "Protests", "PROTEST_WITH_INTER", "PROTEST", "demo", _DEM),
    SubType("Excessive force against protesters", "Protests", "FORCE_AGAINST_PROTEST", "ASSAULT", "crowd-control", _POL),
    SubType("Violent demonstration", "Riots", "VIOL_DEMONSTR", "PROTEST", "riot", _DEM),
    SubType("Mob violence", "Riots", "MOB_VIOL", "ASSAULT", "primitive", _POL),
    SubType("Agreement", _STR, "AGREEMENT", "AGREE", None, _STR),
    SubType("Arrests", _STR, "ARREST", "COERCE", "arrest", _STR),
    SubType("Change to group/activity", _STR, "CHANGE_TO_GROUP_ACT", "MOBILIZE", None, _STR),
    SubType("Disrupted weapons use", _STR, "DISR_WEAP", "COERCE", "seize", _STR),
    SubType("Headquarters or base established", _STR, "HQ_ESTABLISHED", "MOBILIZE", None, _STR),
    SubType("Looting/property destruction", _STR, "PROPERTY_DISTRUCT", "ASSAULT", "destroy", _STR),
    SubType("Non-violent transfer of territory", _STR, "NON_VIOL_TERRIT_TRANSFER", "RETREAT", None, _STR),
    SubType("Other", _STR, "OTHER", "COERCE", None, _STR),
)

BY_NAME: dict[str, SubType] = {s.name: s for s in SUB_TYPES}
BY_CODE: dict[str, SubType] = {s.code: s for s in SUB_TYPES}
EVENT_TYPES: tuple[str, ...] = tuple(dict.fromkeys(s.event_type for s in SUB_TYPES))
ACLED_CODES: frozenset[str] = frozenset(BY_CODE)

# A demonstration as it escalates, least to most severe: one event whose sub-type is its worst moment.
DEMONSTRATION_STAGES: tuple[str, ...] = (
    "Peaceful protest",
    "Protest with intervention",
    "Violent demonstration",
    "Excessive force against protesters",
)

PLOVER_EVENTS: tuple[str, ...] = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
    "REJECT", "THREATEN", "PROTEST", "MOBILIZE", "COERCE", "ASSAULT", "SANCTION",
)


def sub_type(name: str) -> SubType:
    """The sub-type called ``name`` (exact ACLED spelling); KeyError names the valid ones."""
    try:
        return BY_NAME[name]
    except KeyError:
        raise KeyError(f"unknown ACLED sub_event_type {name!r}; valid: {sorted(BY_NAME)}") from None
