"""Arguments: who did it (actor1) and to whom (actor2), from named actors in the dictionary, from
people in office ("Lloyd Austin", "le président nigérien", "Israel's defence minister") and from
generic nouns with a demonym ("troupes US", "soldats maliens", "Kenyan police").

Roles follow ACLED: the doer first (for arrests and excessive force, the police), the target or other
side second; protesters are actor1 of their own demonstration."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from functools import lru_cache
from typing import Optional

from spacy.language import Language
from spacy.tokens import Doc, Span

from sitrep.components.base import Mention, find_terms, language_of, mentions, span_evidence, term_matcher
from sitrep.countries import country_name
from sitrep.records import Actor, PartialDate
from sitrep.resources import NamedActor, OfficeHolder, load_actor_dictionary, load_json, load_office_holders

GENERIC_NAMES = {
    "military": ("Military Forces of {country}", 1, "MIL"),
    "police": ("Police Forces of {country}", 1, "COP"),
    "protesters": ("Protesters ({country})", 6, "CVL"),
    "rioters": ("Rioters ({country})", 5, "CVL"),
    "civilians": ("Civilians ({country})", 7, "CVL"),
    "government": ("Government of {country}", 1, "GOV"),
    "unidentified": ("Unidentified Armed Group ({country})", 2, "UAF"),
    "aircraft": ("Military Forces of {country}", 1, "MIL"),  # "avions russes": only with a demonym
}
LIST_LINKS = ("conj", "appos", "compound", "amod", "flat", "flat:name")  # a list member's way up to the first
STATE_KINDS = ("military", "police", "government")
DOMESTIC = ("protesters", "rioters", "civilians", "police")  # without a demonym: the place's own
DEMONSTRATIONS = {"Peaceful protest", "Protest with intervention", "Violent demonstration"}
DEFAULT_CROWD = {  # ACLED's actor1 of a demonstration or riot whose crowd the text does not name
    "Peaceful protest": "protesters",
    "Protest with intervention": "protesters",
    "Violent demonstration": "rioters",
    "Mob violence": "rioters",
}
DEFAULT_STATE = {"Arrests": "police", "Excessive force against protesters": "police"}  # actor1: the police
DEFAULT_TARGET = {  # actor2 when the text names none: the victims of violence against civilians, the arrested …
    "Attack": "civilians",
    "Abduction/forced disappearance": "civilians",
    "Sexual violence": "civilians",
    "Mob violence": "civilians",
    "Arrests": "civilians",
    "Excessive force against protesters": "protesters",
}
STATE_FIRST = {"Arrests", "Excessive force against protesters"}  # ACLED puts the state forces first
STATE_NAMES = ("Government of ", "Military Forces of ", "Police Forces of ")  # names ACLED gives a period
PERSON_LABELS = ("PERSON", "PER")


@Language.factory("sitrep_actors", assigns=["doc._.sitrep_mentions"], requires=["doc._.sitrep_mentions"])
def make_actors(nlp: Language, name: str) -> "ActorFinder":
    return ActorFinder(nlp)


class ActorFinder:
    def __init__(self, nlp: Language) -> None:
        pack = language_of(nlp)
        self.lex = pack.actors
        self.demonyms = pack.demonyms.demonyms
        self.demonyms_lower = {k.lower(): v for k, v in self.demonyms.items()}
        self.named: dict[str, NamedActor] = {}
        for actor in load_actor_dictionary().actors:
            for alias in actor.aliases:
                self.named.setdefault(alias.lower(), actor)
        self.named_matcher = term_matcher(nlp, [a for actor in load_actor_dictionary().actors for a in actor.aliases])
        self.generic = {kind: term_matcher(nlp, terms) for kind, terms in self.lex.generic.items()}
        self.agent_cues = term_matcher(nlp, self.lex.agent_cues)
        self.target_cues = term_matcher(nlp, self.lex.target_cues)
        self.by_name = {actor.name: actor for actor in load_actor_dictionary().actors}
        self.holders = Holders(nlp)
        self.offices = {kind: term_matcher(nlp, terms) for kind, terms in self.lex.offices.items()}
        countries = load_json("common/countries.json")["countries"]
        self.country_names = {n.lower(): c["code"] for c in countries for n in c["names"].get(nlp.lang, ())}
        self.country_matcher = term_matcher(nlp, [n for c in countries for n in c["names"].get(nlp.lang, ())])
        self.periods = periods()

    def __call__(self, doc: Doc) -> Doc:
        out = []
        for m in mentions(doc):
            sent = doc[m.sent_start : m.sent_end]
            date = event_date(m, doc)
            actor1, actor2, sure = self.assign(m, self.candidates(sent, m, date), own_acts(sent, m))
            actor1, actor2 = acled_defaults(m.sub_event_type, actor1, actor2, m.places[0].country if m.places else None)
            actor1, actor2 = self.periods.name(actor1, date), self.periods.name(actor2, date)
            out.append(replace(m, actor1=actor1, actor2=actor2, actor1_sure=sure))
        doc._.sitrep_mentions = out
        return doc

    def candidates(self, sent: Span, m: Mention, date: Optional[dt.date] = None) -> list[tuple[Actor, Span]]:
        country = m.places[0].country if m.places else None
        # who reports it is not who did it: skip the source phrases
        doers = own_acts(sent, m)  # but a source that tells its own act did it: "l'armée a affirmé avoir tué …"
        trigger_at = sent.doc[m.start].idx
        taken: set[int] = {
            t.i
            for s in m.sources
            if s.evidence and not s.evidence.start <= trigger_at < s.evidence.end  # a misread source holding the event
            for t in sent
            if s.evidence.start <= t.idx < s.evidence.end and not any(d.start <= t.i < d.end for d in doers)
        }
        found = self._people(sent, taken, date)
        for span in find_terms(self.named_matcher, sent):
            if any(i in taken for i in range(span.start, span.end)):
                continue
            found.append((_named(self.named[span.text.lower()], span), span))
            taken.update(range(span.start, span.end))
        named = [span for _, span in found]
        found.extend(self._offices(sent, taken))
        found.extend(self._generics(sent, taken, named, country))
        found.extend(self._new_organisations(sent, taken, country))
        # a demonym on the trigger itself: "frappes US", "raids américains", "Ukrainian shelling"
        trigger = sent.doc[m.start : m.end]
        iso = self._demonym_on(trigger)
        if iso:
            found.append((_generic("military", iso, trigger), trigger))
        return found

    def _generics(self, sent: Span, taken: set[int], named: list[Span], country: Optional[str]) -> list[tuple[Actor, Span]]:
        """Generic nouns ("soldats maliens", "the police", "gunmen"), longest first ("hommes armés"
        before "hommes"). A noun that belongs to a named actor ("miliciens de la CODECO", "ADF rebels")
        is that actor. Without a demonym, state forces are the place's own when the sentence names
        no other country ("l'armée a tué cinq rebelles près de Bamenda")."""
        spans = [(kind, span) for kind, matcher in self.generic.items() for span in find_terms(matcher, sent)]
        spans.sort(key=lambda ks: (ks[1].start - ks[1].end, ks[1].start))
        foreign = self._names_other_country(sent, taken, country)
        out = []
        for kind, span in spans:
            if any(i in taken for i in range(span.start, span.end)):
                continue
            if any(self._part_of(span, n) for n in named):
                taken.update(range(span.start, span.end))
                continue
            iso = self._demonym_near(span) or (country if kind in DOMESTIC else None)
            if iso is None and kind in STATE_KINDS:
                iso = self._country_of(span) or (None if foreign else country)
            if iso is None and kind != "unidentified":
                continue
            out.append((kind, _generic(kind, iso or country, span), span))
            taken.update(range(span.start, span.end))
        kinds = list(self.generic)
        out.sort(key=lambda a: (kinds.index(a[0]), a[2].start))
        return [(actor, span) for _, actor, span in out]

    def _part_of(self, span: Span, named: Span) -> bool:
        """A generic noun that is a named actor's: "ADF rebels", "les rebelles ADF", "miliciens de la
        CODECO", "fighters of the MNDAA" (beside the name on the side the language puts modifiers, or
        joined to it by "de la", "of the")."""
        if self.lex.adjective_position == "before" and span.start == named.end:
            return True
        if self.lex.adjective_position == "after" and span.end == named.start:
            return True
        gap = " ".join(t.lower_ for t in span.doc[span.end : named.start])
        return span.end <= named.start and gap in self.lex.country_after

    def _names_other_country(self, sent: Span, taken: set[int], country: Optional[str]) -> bool:
        """Whether ``sent`` names a country other than ``country``, by its name or a demonym, outside
        the phrases already read (its sources: "selon un diplomate français")."""
        names = [n for n in find_terms(self.country_matcher, sent) if n.start not in taken]
        isos = {self.country_names.get(n.text.lower()) for n in names}
        isos.update(self._demonym_in([t]) for t in sent if t.i not in taken)
        return bool(isos - {None, country})

    def office_actors(self, sent: Span, date: Optional[dt.date] = None) -> list[tuple[Actor, Span]]:
        """The people of the office list and the office words of ``sent``, found as ``candidates``
        finds them, as the actors they act for on ``date`` (with their ACLED names). Used for the
        speakers of statements."""
        taken: set[int] = set()
        found = self._people(sent, taken, date) + self._offices(sent, taken)
        return [(self.periods.name(actor, date), span) for actor, span in found]

    def _people(self, sent: Span, taken: set[int], date: Optional[dt.date]) -> list[tuple[Actor, Span]]:
        """People of the office list, as the organisation they served on ``date`` ("Yoav Gallant" in
        2024: Government of Israel); out of office then, they act for no one."""
        out = []
        places = [p.evidence for p in sent.doc._.sitrep_places or () if p.evidence is not None]
        for span in find_terms(self.holders.matcher, sent):
            holder = self.holders.at(span.text, date)
            if holder is None or any(i in taken for i in range(span.start, span.end)):
                continue
            if any(e.start < span.end_char and span.start_char < e.end for e in places):
                continue  # a place named after someone: "Aïn al-Assad"
            if holder.actor in GENERIC_NAMES:
                actor = _generic(holder.actor, holder.country, span)
            else:
                actor = _named(self.by_name[holder.actor], span)
            out.append((replace(actor, person=holder.person, office=holder.office), span))
            taken.update(range(span.start, span.end))
        return out

    def _offices(self, sent: Span, taken: set[int]) -> list[tuple[Actor, Span]]:
        """Titles of people who act for a state ("le président nigérien", "Israel's defence minister",
        "the army chief"): its government, military or police, with the person's name when it stands
        beside the title."""
        out = []
        for kind, matcher in self.offices.items():
            for span in find_terms(matcher, sent):
                if any(i in taken for i in range(span.start, span.end)) or span[-1].pos_ not in ("NOUN", "PROPN"):
                    continue
                person = _person_beside(span)
                if person is not None and any(i in taken for i in range(person.start, person.end)):
                    taken.update(range(span.start, span.end))  # "Yoav Gallant, the defence minister": found already
                    continue
                iso = self._demonym_near(span) or self._country_of(span)
                if iso is None:
                    continue
                actor = _generic(kind, iso, span)
                out.append((replace(actor, office=span.text, person=person.text if person is not None else None), span))
                taken.update(range(span.start, span.end))
        return out

    def _country_of(self, span: Span) -> Optional[str]:
        """The country that owns a force or an office: its name joined to it ("Israel's army", "le
        ministre de la Défense d'Israël"), else a demonym a few words away."""
        doc = span.doc
        for name in find_terms(self.country_matcher, span.sent):
            before = " ".join(t.lower_ for t in doc[name.end : span.start])
            after = " ".join(t.lower_ for t in doc[span.end : name.start])
            if (name.end <= span.start and before in self.lex.country_before) or (
                name.start >= span.end and after in self.lex.country_after
            ):
                return self.country_names.get(name.text.lower())
        return self._demonym_near(span, wide=True)

    def _new_organisations(self, sent: Span, taken: set[int], country: Optional[str]) -> list[tuple[Actor, Span]]:
        """Organisations the dictionary does not know, kept as new actors where the text marks them as
        doer or target ("revendiqué par le Front X", "an attack on the Y Movement")."""
        doc = sent.doc
        out = []
        for ent in sent.ents:
            if ent.label_ not in ("ORG", "NORP") or any(i in taken for i in range(ent.start, ent.end)):
                continue
            before = doc[max(sent.start, ent.start - 3) : ent.start]
            if not (_ends_with(self.agent_cues, before) or _ends_with(self.target_cues, before)):
                continue
            if ent.text.lower() in self.demonyms_lower:
                continue
            iso = self._demonym_in(ent) or country
            out.append((Actor(name=ent.text, country=iso, inter=None, sector="UNK", text=ent.text, evidence=span_evidence(ent)), ent))
            taken.update(range(ent.start, ent.end))
        return out

    def assign(
        self, m: Mention, candidates: list[tuple[Actor, Span]], doers: list[Span] = ()
    ) -> tuple[Optional[Actor], Optional[Actor], bool]:
        """(actor1, actor2, whether actor1 was marked as the doer by the text: a cue, the trigger
        itself, or one of ``doers``)."""
        if not candidates:
            return None, None, False
        doc = candidates[0][1].doc
        agents, targets, others = [], [], []
        roots = {span.root.i for _, span in candidates}
        for actor, span in candidates:
            before = doc[max(m.sent_start, span.start - 3) : span.start]
            on_trigger = span.start >= m.start and span.end <= m.end
            told_own_act = any(d.start <= span.start and span.end <= d.end for d in doers)
            if on_trigger or told_own_act or _ends_with(self.agent_cues, before):
                agents.append(actor)
            elif _ends_with(self.target_cues, before):
                targets.append(actor)
            else:
                others.append(((_later_member(span, roots), abs(span.start - m.start)), span.start < m.start, actor))
        others.sort(key=lambda o: o[0])
        everyone = [a for a, _ in candidates]
        if m.sub_event_type in DEMONSTRATIONS:
            # "des milliers de personnes ont manifesté": the people who demonstrate are protesters
            crowd = [a for a in everyone if a.inter in (5, 6)] or [_generic("protesters", a.country, None, a) for a in everyone if a.inter == 7]
            state = sorted((a for a in everyone if a.inter == 1), key=lambda a: a.sector != "COP")
            return (crowd[0] if crowd else None), (state[0] if state else None), bool(crowd)
        if m.sub_event_type in STATE_FIRST:
            state = sorted((a for a in everyone if a.inter == 1), key=lambda a: a.sector != "COP")
            rest = [a for a in everyone if a.inter != 1]
            return (state[0] if state else None), (rest[0] if rest else None), bool(state)
        sure = bool(agents)
        mob = m.sub_event_type in DEFAULT_CROWD  # "residents lynched …": civilians who act are the crowd
        actor1 = agents[0] if agents else next((a for _, before, a in others if before and (a.inter != 7 or mob)), None)
        rest = [a for a in targets + [o[2] for o in others] if actor1 is None or a.name != actor1.name]
        return actor1, (rest[0] if rest else None), sure

    def _demonym_on(self, trigger: Span) -> Optional[str]:
        """A demonym on the trigger, on the side the language puts adjectives."""
        doc = trigger.doc
        if self.lex.adjective_position == "after":
            window = doc[trigger.end : min(trigger.sent.end, trigger.end + 1)]
        else:
            window = doc[max(trigger.sent.start, trigger.start - 1) : trigger.start]
        return self._demonym_in(window)

    def _demonym_near(self, span: Span, wide: bool = False) -> Optional[str]:
        doc = span.doc
        reach = 3 if wide else 1
        window = list(doc[max(span.sent.start, span.start - reach) : span.start]) + list(
            doc[span.end : min(span.sent.end, span.end + reach)]
        )
        return self._demonym_in(window)

    def _demonym_in(self, tokens) -> Optional[str]:
        for tok in tokens:
            iso = self.demonyms.get(tok.text) or self.demonyms_lower.get(tok.lower_)
            if iso and (tok.pos_ in ("ADJ", "PROPN", "X", "NOUN") or tok.text.isupper()):
                nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
                if nxt is not None and nxt.text == "-":
                    continue  # "Russian-controlled", "pro-Iranian": not the actor's nationality
                return iso
        return None


class Holders:
    """The people of ``common/offices.jsonl`` and the offices they held, by alias."""

    def __init__(self, nlp: Language) -> None:
        self.by_alias: dict[str, list[OfficeHolder]] = {}
        for holder in load_office_holders():
            for alias in holder.aliases:
                self.by_alias.setdefault(alias.lower(), []).append(holder)
        self.matcher = term_matcher(nlp, [a for h in load_office_holders() for a in h.aliases])

    def at(self, alias: str, date: Optional[dt.date]) -> Optional[OfficeHolder]:
        """The office ``alias`` held on ``date``; with no date, the one held now."""
        held = self.by_alias.get(alias.lower(), [])
        if date is None:
            return next((h for h in held if h.end is None), None)
        return next((h for h in held if _within(date, h.start, h.end)), None)


class Periods:
    """ACLED's period suffix of state actors: "Military Forces of Mali" in 2023 is "… (2021-)"."""

    def __init__(self) -> None:
        self.by_country: dict[str, list[tuple[str, Optional[str]]]] = {}
        for p in load_actor_dictionary().periods:
            self.by_country.setdefault(p.country, []).append((p.start, p.end))

    def name(self, actor: Optional[Actor], date: Optional[dt.date]) -> Optional[Actor]:
        """``actor`` with its ACLED name on ``date`` (with no date: the period running now)."""
        named = self.acled_name(actor, date) if actor is not None else None
        return replace(actor, acled_name=named) if named else actor

    def acled_name(self, actor: Actor, date: Optional[dt.date]) -> Optional[str]:
        if actor.inter != 1 or not actor.country or not actor.name.startswith(STATE_NAMES):
            return None
        for start, end in self.by_country.get(actor.country, ()):
            if (date is None and end is None) or (date is not None and _within(date, start, end)):
                return f"{actor.name} ({start[:4]}-{end[:4] if end else ''})"
        return None


@lru_cache(maxsize=1)
def periods() -> Periods:
    return Periods()


def own_acts(sent: Span, m: Mention) -> list[Span]:
    """The sources of ``m`` who tell an act of their own ("l'armée a affirmé avoir tué cinq rebelles
    lors d'un accrochage", "the army said it killed eleven bandits in a gunfight"): the subject of a
    reporting verb whose complement has the same subject (none, or a pronoun) and governs the trigger."""
    out = []
    for s in m.sources:
        span = sent.doc.char_span(s.evidence.start, s.evidence.end, alignment_mode="expand") if s.evidence else None
        if span is None or not (sent.start <= span.start < sent.end):
            continue
        root = span.root
        if root.dep_ not in ("nsubj",):
            continue
        if any(c.dep_ in ("xcomp", "ccomp") and _same_subject(c) and _governs(c, sent.doc[m.start]) for c in root.head.children):
            out.append(span)
    return out


def _same_subject(verb) -> bool:
    """ "avoir tué" (no subject of its own), "it killed", "they arrested"; not a passive."""
    deps = [c.dep_ for c in verb.children]
    if any("pass" in d for d in deps):
        return False
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    return all(c.pos_ == "PRON" for c in subjects) if subjects else verb.dep_ == "xcomp"


def _governs(verb, trigger) -> bool:
    """``trigger`` is ``verb`` or a noun it governs, with no other verb between ("avoir tué … lors
    d'un accrochage"; not "they saw soldiers shoot")."""
    tok = trigger
    while tok.i != verb.i:
        if tok.pos_ in ("VERB", "AUX") or tok.head.i == tok.i:
            return False
        tok = tok.head
    return True


def event_date(m: Mention, doc: Doc) -> Optional[dt.date]:
    """The day an event is dated to, else the article's publication day (the first it can be)."""
    if m.time is not None:
        return m.time.start
    published = doc._.sitrep_published
    return published.span()[0] if published is not None else None


def _within(date: dt.date, start: str, end: Optional[str]) -> bool:
    return PartialDate.parse(start).span()[0] <= date and (end is None or date <= PartialDate.parse(end).span()[1])


def _person_beside(span: Span) -> Optional[Span]:
    """A person's name beside an office: "Defence Minister Yoav Gallant", "Lloyd Austin, ministre …"."""
    doc = span.doc
    for ent in span.sent.ents:
        if ent.label_ not in PERSON_LABELS:
            continue
        if ent.start == span.end:
            return ent
        gap = doc[ent.end : span.start]
        if 0 < len(gap) <= 4 and gap[0].text == "," and not any(t.pos_ in ("VERB", "AUX") for t in gap):
            return ent
    return None


def _later_member(span: Span, roots: set[int]) -> bool:
    """Whether ``span`` follows another candidate in a list ("le gouvernement et deux groupes armés",
    "Israeli troops and Hamas fighters"): the first named is the first actor. Two subjects of one
    verb are a list too (as spaCy's French parses them)."""
    doc, tok, listed = span.doc, span.root, False
    while tok.dep_ in LIST_LINKS and tok.head.i != tok.i:
        listed = listed or tok.dep_ in ("conj", "appos")
        tok = tok.head
        if listed and tok.i in roots:
            return True
    return any(doc[r].head.i == tok.head.i and doc[r].dep_ == tok.dep_ == "nsubj" and r < tok.i for r in roots)


def _ends_with(matcher, window: Span) -> bool:
    """``window`` ends with a cue, maybe followed by an article ("revendiqué par le …")."""
    end = window.end
    while end > window.start and window.doc[end - 1].pos_ == "DET":
        end -= 1
    return any(cue.end == end for cue in find_terms(matcher, window)) if len(window) else False


def _named(actor: NamedActor, span: Span) -> Actor:
    return Actor(
        name=actor.name,
        country=actor.country,
        inter=actor.inter,
        sector=actor.sector,
        text=span.text,
        wikidata=actor.wikidata,
        evidence=span_evidence(span),
    )


def named_actor(actor: NamedActor, span: Span) -> Actor:
    """The record of a dictionary actor as written in ``span``."""
    return _named(actor, span)


def _generic(kind: str, iso: Optional[str], span: Optional[Span], written: Optional[Actor] = None) -> Actor:
    """A generic actor of ``kind`` and country ``iso``, as written in ``span`` (or as ``written`` was;
    neither: the text does not name it)."""
    template, inter, sector = GENERIC_NAMES[kind]
    label = country_name(iso) if iso else "Unknown"
    if template.startswith(STATE_NAMES) and label == "United States":
        label = "the United States"
    text, evidence = (span.text, span_evidence(span)) if span is not None else (None, None)
    if written is not None:
        text, evidence = written.text, written.evidence
    return Actor(name=template.format(country=label), country=iso, inter=inter, sector=sector, text=text, evidence=evidence)


def acled_defaults(
    sub_event_type: Optional[str], actor1: Optional[Actor], actor2: Optional[Actor], country: Optional[str]
) -> tuple[Optional[Actor], Optional[Actor]]:
    """The actors ACLED gives an event whose text does not name them, from the country where it
    happens: demonstrators are "Protesters (Country)" (rioters when it turns violent), the victims
    of violence against civilians and the people arrested "Civilians (Country)", those who arrest or
    crack down on a demonstration its police, and a mob lynching is "Rioters (Country)"."""
    if country is None or sub_event_type is None:
        return actor1, actor2
    kind = DEFAULT_CROWD.get(sub_event_type) or DEFAULT_STATE.get(sub_event_type)
    if kind is not None and actor1 is None:
        actor1 = _generic(kind, country, None)
    elif sub_event_type in DEFAULT_CROWD and actor1.inter == 7:  # "residents lynched …": the residents are the crowd
        actor1 = _generic(kind, country, None, actor1)
    if sub_event_type in DEFAULT_TARGET and actor2 is None:
        actor2 = _generic(DEFAULT_TARGET[sub_event_type], country, None)
    return actor1, actor2


def as_rioters(actor: Optional[Actor]) -> Optional[Actor]:
    """Protesters who turn violent are coded as rioters (ACLED inter 5)."""
    if actor is None or actor.inter != 6 or actor.country is None:
        return actor
    return replace(actor, name=GENERIC_NAMES["rioters"][0].format(country=country_name(actor.country)), inter=5)
