"""Language knowledge as data: one folder per language, loaded through importlib.resources.

Each JSON file is checked against the typed dataclasses below (its schema): a missing key or a
value of the wrong type raises ``SitrepError`` E013 naming the file and the key. Adding a language
means adding a folder with the same files (see docs/languages.md), not new code.
"""

from __future__ import annotations

import json
import typing
from dataclasses import dataclass, field, fields, replace
from functools import lru_cache
from importlib import resources
from typing import Any, Optional

from sitrep.errors import SitrepError

LANGUAGE_FILES = ("events", "casualties", "sources", "time", "statements", "demonyms", "actors", "places", "framing")


@dataclass(frozen=True)
class Trigger:
    terms: tuple[str, ...]
    sub_event_type: Optional[str]  # None: generic ("attaque"), typed by refiners
    mode: Optional[str]
    strength: str  # strong: can found an event; weak: needs support
    refinable: bool = False


@dataclass(frozen=True)
class Refiner:
    applies_to: tuple[Optional[str], ...]
    terms: tuple[str, ...]
    sub_event_type: str
    mode: Optional[str]
    scope: str  # sentence | event
    nearest: bool


@dataclass(frozen=True)
class NonEventCues:
    aggregate: tuple[str, ...]
    negation: tuple[str, ...]
    modal: tuple[str, ...]  # before the trigger: "pourrait bombarder", "threatened to attack"
    modal_after: tuple[str, ...]  # right after it: "la marche prévue samedi", "a rally planned for"
    background_years_before: int


@dataclass(frozen=True)
class EventLexicon:
    triggers: tuple[Trigger, ...]
    refiners: tuple[Refiner, ...]
    non_event: NonEventCues
    anaphora: tuple[str, ...]
    definite: tuple[str, ...]  # determiners of a noun that refers back ("l'attentat", "the strike")
    aggregate_min_count: int
    # words that tie a trigger's head to its complement ("attaque de", "attack of"): no qualifier goes there
    phrase_links: tuple[str, ...] = ()


@dataclass(frozen=True)
class CasualtyLexicon:
    killed: tuple[str, ...]
    killed_verbs: tuple[str, ...]
    injured: tuple[str, ...]
    injured_verbs: tuple[str, ...]
    approximate: dict[str, tuple[Optional[int], ...]]
    lower_bound: tuple[str, ...]
    upper_bound: tuple[str, ...]
    about: tuple[str, ...]
    victim_nouns: tuple[str, ...]
    # victim nouns that count everyone ("personnes", "people"): a figure of them is a total
    everyone: tuple[str, ...] = ()
    # "l'un des blessés", "parmi les blessés", "two of the wounded": links of a part to its group
    partitive: tuple[str, ...] = ()
    # words that open a partitive by themselves ("parmi", "among"), with no number before them
    partitive_open: tuple[str, ...] = ()
    # "une ONG en compte 20", "residents put the figure at 9": a figure of what was just counted
    count_back: tuple[str, ...] = ()
    # victim nouns by side (state, armed, civilian): the tolls of different sides add up
    sides: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # "tués ou blessés", "killed or wounded": a figure of both together is neither
    either_or: tuple[str, ...] = ()
    # words that count the dead only with a victim noun beside them ("dix assaillants neutralisés")
    killed_with_victims: tuple[str, ...] = ()


@dataclass(frozen=True)
class SourceLexicon:
    reporting_verbs: tuple[str, ...]
    according_to: tuple[str, ...]
    agencies: dict[str, str]
    kinds: dict[str, tuple[str, ...]]
    source_heads: tuple[str, ...]
    # verbs by which a source gives a figure ("une ONG en compte 20", "residents put the toll at 9");
    # "faire état" is a verb lemma and the word after it
    count_verbs: tuple[str, ...] = ()
    # words that join two sources after an inverted reporting verb ("…, et une source au sein de …")
    coordination: tuple[str, ...] = ()


@dataclass(frozen=True)
class TimeLexicon:
    weekdays: dict[str, int]
    relative_days: dict[str, int]
    relative_weeks: dict[str, int]
    months: dict[str, int]
    mid_month: tuple[str, ...]
    early_month: tuple[str, ...]
    late_month: tuple[str, ...]
    night_between: tuple[str, ...]
    day_parts: tuple[str, ...]
    offset_units: dict[str, int]  # "days": 1, "semaines": 7
    offset_directions: dict[str, int]  # "two days after" the event told next is 2 days before the anchor: -1
    # days from the date last told of an event, as a range: "le lendemain" [1, 1], "shortly after" [0, 1]
    anchored_days: dict[str, tuple[int, ...]] = field(default_factory=dict)
    anchored_directions: tuple[str, ...] = ()  # "trois jours plus tard": counted from the date last told
    anchored_of: tuple[str, ...] = ()  # "la veille du scrutin": counted from what follows, not from the date told


@dataclass(frozen=True)
class StatementLexicon:
    """PLOVER typing of sentences and statements (``sitrep.plover``). ``cues`` maps "TYPE" or
    "TYPE/mode" to terms: words matched on their form or lemma ("call for" matches "called for"), or
    "head>word" where the word belongs to the head's own phrase ("lift>curfew", "rompre>relations")."""

    order: tuple[str, ...]  # ties between cues as near the predicate: the first type wins
    cues: dict[str, tuple[str, ...]]
    default: str  # a statement with no cue
    quote_pairs: tuple[tuple[str, ...], ...]
    role_heads: tuple[str, ...]
    transparent: tuple[str, ...]  # reporting verbs looked through: "X said that Y did Z" types Z
    intent: tuple[str, ...]  # "plans to", "prêt à": the action is announced, not done
    future: tuple[str, ...]  # auxiliaries of the future and the conditional: will, would, may
    future_morph: tuple[str, ...]  # morphological features of the same: Tense=Fut, Mood=Cnd
    future_endings: tuple[str, ...]  # endings of finite verbs in those tenses, for taggers that miss them ("-rait")
    conditional: tuple[str, ...]  # "unless", "à moins que": a condition makes the action a threat or an offer
    obligation: tuple[str, ...]  # "must", "devoir": in reported speech, a demand
    negation: tuple[str, ...]
    when_future: dict[str, str]  # type announced for the future → type (PLOVER: cooperation → AGREE, conflict → THREATEN)
    when_negated: dict[str, str]  # type negated → type (refused cooperation → REJECT)
    inverse: tuple[str, ...] = ()  # verbs whose subject is the target: "X received aid from Y" (Y acts)
    # kind (government, military, police, armed_group, organisation) → nouns that speak for a body
    # when a country, a demonym or an organisation is named with them ("le gouvernement malien")
    speaker_heads: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # verbs of a speech act that make a statement even without a quote, besides the reporting verbs
    # of ``sources.json`` ("a exhorté les parties à …", "welcomed the deal")
    speech_verbs: tuple[str, ...] = ()


@dataclass(frozen=True)
class DemonymLexicon:
    demonyms: dict[str, str]


@dataclass(frozen=True)
class ActorLexicon:
    generic: dict[str, tuple[str, ...]]  # kind (military, police, protesters, …) → nouns
    agent_cues: tuple[str, ...]  # just before the doer: "par", "revendiqué par", "by"
    target_cues: tuple[str, ...]  # just before the target: "contre", "against"
    adjective_position: str  # where a demonym sits on its noun: "after" (frappes US) or "before" (US strikes)
    # kind (government, military, police) → titles of the people who act for it ("ministre", "army chief")
    offices: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # words between a country's name and an office or a force it owns: "Israel's army", "l'armée du Mali"
    country_before: tuple[str, ...] = ()
    country_after: tuple[str, ...] = ()


@dataclass(frozen=True)
class PlaceLexicon:
    generic_prefixes: tuple[str, ...]  # "base d'", "the town of": stripped when the full name is unknown
    anchor_words: tuple[str, ...]  # "au nord de X": X is an anchor, not the event's place
    anchor_links: tuple[str, ...]
    inside: tuple[str, ...]  # "dans le nord de X": in X, not an anchor
    locative: tuple[str, ...]
    between: tuple[str, ...]
    leading: tuple[str, ...]
    # abbreviations of region names as written in the news ("La." -> "Louisiana", "Calif.")
    abbreviations: dict[str, str] = field(default_factory=dict)
    # words right after a name that make it a town ("the Jordan City Council", "Lebanon police")
    town_cues: tuple[str, ...] = ()
    # words right after a name that make it below a country ("a Palestine man", "Georgia residents")
    local_cues: tuple[str, ...] = ()
    # words right before a name that make it a town ("the city of Paris", "residents of Dublin")
    town_cues_before: tuple[str, ...] = ()
    # words right before a capitalised name that make it a place even when the gazetteer lacks it:
    # "settlement" nouns ("the village of", "localité de") and "locative" prepositions ("near", "entre")
    unlisted_cues: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # words right before or after a name that make it a region, not the town named like it
    # ("la région de Kidal", "the Gao region"); the cues above make it the town ("près de Kidal")
    region_cues_before: tuple[str, ...] = ()
    region_cues_after: tuple[str, ...] = ()
    # last words of street and building names ("Mill Road"): such a name is not a town
    street_words: tuple[str, ...] = ()
    # demonyms and adjectives of places: an ISO-3 code or a place name ("European": "Europe")
    adjectives: dict[str, str] = field(default_factory=dict)
    # "Ohioans", "Texan", "Londoner": suffixes to drop and endings to try for the place's name
    demonym_suffixes: tuple[str, ...] = ()
    demonym_endings: tuple[str, ...] = ()
    # words after a place name inside an organisation's or a building's name ("the Mansfield
    # Police Department", "Glen Carbon Elementary"): the place is a toponym of its own
    institution_words: tuple[str, ...] = ()
    # compass words before a place name ("Northeast Georgia", "North Texas"): the place is the name
    direction_words: tuple[str, ...] = ()
    # words that are place names somewhere but, alone at the head of an organisation's name or
    # as an organisation, are not ("Supreme Court", "National Guard", "Titan")
    not_place_words: tuple[str, ...] = ()
    # words of a country's institutions and usage ("sheriff's office", "council tax"): a text with
    # several of one country's and fewer of any other is read as that country's news
    country_cues: dict[str, tuple[str, ...]] = field(default_factory=dict)


@dataclass(frozen=True)
class NamedActor:
    name: str
    country: Optional[str]
    inter: int
    sector: str
    wikidata: Optional[str]
    aliases: tuple[str, ...]


@dataclass(frozen=True)
class StatePeriod:
    """A period ACLED appends to a country's state actors: "Military Forces of Mali (2021-)"."""

    country: str
    start: str  # YYYY, YYYY-MM or YYYY-MM-DD
    end: Optional[str]  # None: still running


@dataclass(frozen=True)
class ActorDictionary:
    actors: tuple[NamedActor, ...]
    periods: tuple[StatePeriod, ...] = ()


@dataclass(frozen=True)
class OfficeHolder:
    """One person in one office for one period (``common/offices.jsonl``, a line each)."""

    person: str
    aliases: tuple[str, ...]  # as written in the news, in every language
    office: str  # in English: "Minister of Defence"
    actor: str  # government, military, police (with ``country``) or a name in ``common/actors.json``
    country: Optional[str]
    start: str  # YYYY, YYYY-MM or YYYY-MM-DD
    end: Optional[str]  # None: in office as of the file's writing
    wikidata: Optional[str] = None


@dataclass(frozen=True)
class FramingLexicon:
    terms: dict[str, str]  # a word that takes a side → the neutral term used in records


@dataclass(frozen=True)
class LanguagePack:
    lang: str
    events: EventLexicon
    casualties: CasualtyLexicon
    sources: SourceLexicon
    time: TimeLexicon
    statements: StatementLexicon
    demonyms: DemonymLexicon
    actors: ActorLexicon
    places: PlaceLexicon
    framing: FramingLexicon


def available_languages() -> tuple[str, ...]:
    root = resources.files("sitrep.resources")
    return tuple(
        sorted(p.name for p in root.iterdir() if p.is_dir() and (p / "events.json").is_file())
    )


@lru_cache(maxsize=None)
def load_language(lang: str) -> LanguagePack:
    """The language pack for ``lang`` ('fr', 'en', …), validated."""
    if lang not in available_languages():
        raise SitrepError(
            "E008", source="resources", lang=lang, supported=", ".join(available_languages())
        )
    parts = {name: _load(f"{lang}/{name}.json", _CLASSES[name]) for name in LANGUAGE_FILES}
    return LanguagePack(lang=lang, **parts)


@lru_cache(maxsize=None)
def load_actor_dictionary(merged: bool = True) -> ActorDictionary:
    """``common/actors.json``; with ``merged``, the Wikidata ids the user found with ``sitrep actors
    wikidata`` (``sitrep.wikidata.user_file``) replace the shipped ones."""
    shipped = _load("common/actors.json", ActorDictionary)
    if not merged:
        return shipped
    ids = _user_wikidata("actors")
    return replace(shipped, actors=tuple(replace(a, wikidata=ids.get(a.name, a.wikidata)) for a in shipped.actors))


def _user_wikidata(kind: str) -> dict[str, str]:
    from sitrep.wikidata import user_ids

    return user_ids()[kind]


@lru_cache(maxsize=None)
def load_office_holders(merged: bool = True) -> tuple[OfficeHolder, ...]:
    """``common/offices.jsonl``: a JSON object a line, each checked against ``OfficeHolder``; with
    ``merged``, the user's Wikidata ids for the people replace the shipped ones (as for actors)."""
    if merged:
        ids = _user_wikidata("people")
        return tuple(replace(h, wikidata=ids.get(h.person, h.wikidata)) for h in load_office_holders(False))
    relative = "common/offices.jsonl"
    text = resources.files("sitrep.resources").joinpath(relative).read_text(encoding="utf-8")
    out = []
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            data = json.loads(line)
        except json.JSONDecodeError as exc:
            raise SitrepError("E013", source=f"{relative}:{number}", detail=str(exc)) from None
        out.append(build(OfficeHolder, data, f"{relative}:{number}"))
    return tuple(out)


def load_json(relative: str) -> Any:
    text = resources.files("sitrep.resources").joinpath(relative).read_text(encoding="utf-8")
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise SitrepError("E013", source=relative, detail=str(exc)) from None


def _load(relative: str, cls: type) -> Any:
    data = load_json(relative)
    return build(cls, data, relative)


def build(cls: type, data: Any, where: str) -> Any:
    """Build dataclass ``cls`` from JSON ``data``, checking keys and types (the schema)."""
    if not isinstance(data, dict):
        raise SitrepError("E013", source=where, detail=f"expected an object for {cls.__name__}")
    hints = typing.get_type_hints(cls)
    kwargs = {}
    for f in fields(cls):
        if f.name not in data:
            if f.default is not f.default_factory:  # has a default
                continue
            raise SitrepError("E013", source=where, detail=f"missing key '{f.name}'")
        kwargs[f.name] = _coerce(hints[f.name], data[f.name], f"{where}:{f.name}")
    return cls(**kwargs)


def _coerce(hint: Any, value: Any, where: str) -> Any:
    origin = typing.get_origin(hint)
    args = typing.get_args(hint)
    if origin is typing.Union:
        if value is None and type(None) in args:
            return None
        inner = [a for a in args if a is not type(None)]
        return _coerce(inner[0], value, where)
    if origin is tuple:
        if not isinstance(value, list):
            raise SitrepError("E013", source=where, detail="expected a list")
        return tuple(_coerce(args[0], v, where) for v in value)
    if origin is dict:
        if not isinstance(value, dict):
            raise SitrepError("E013", source=where, detail="expected an object")
        return {str(k): _coerce(args[1], v, f"{where}.{k}") for k, v in value.items()}
    if hint in (str, int, bool):
        if not isinstance(value, hint) or (hint is int and isinstance(value, bool)):
            raise SitrepError("E013", source=where, detail=f"expected {hint.__name__}, got {value!r}")
        return value
    if isinstance(hint, type) and hasattr(hint, "__dataclass_fields__"):
        return build(hint, value, where)
    return value


_CLASSES: dict[str, type] = {
    "events": EventLexicon,
    "casualties": CasualtyLexicon,
    "sources": SourceLexicon,
    "time": TimeLexicon,
    "statements": StatementLexicon,
    "demonyms": DemonymLexicon,
    "actors": ActorLexicon,
    "places": PlaceLexicon,
    "framing": FramingLexicon,
}
