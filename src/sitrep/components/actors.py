"""Arguments: who did it (actor1) and to whom (actor2), from named actors in the dictionary and
from generic nouns with a demonym ("troupes US", "soldats maliens", "Kenyan police")."""

from __future__ import annotations

from dataclasses import replace
from typing import Optional

from spacy.language import Language
from spacy.tokens import Doc, Span

from sitrep.components.base import Mention, find_terms, language_of, mentions, span_evidence, term_matcher
from sitrep.records import Actor
from sitrep.resources import NamedActor, load_actor_dictionary

GENERIC_NAMES = {
    "military": ("Military Forces of {country}", 1, "MIL"),
    "police": ("Police Forces of {country}", 1, "COP"),
    "protesters": ("Protesters ({country})", 6, "CVL"),
    "rioters": ("Rioters ({country})", 5, "CVL"),
    "civilians": ("Civilians ({country})", 7, "CVL"),
    "government": ("Government of {country}", 1, "GOV"),
    "unidentified": ("Unidentified Armed Group ({country})", 2, "UAF"),
}
DOMESTIC = ("protesters", "rioters", "civilians", "police")  # without a demonym: the place's own
TARGET_WORDS = {"contre", "against", "visé", "visée", "visant", "ciblé", "targeting", "targeted", "on", "sur", "at"}
AGENT_WORDS = {"par", "by"}
ONE_SIDED = {"Peaceful protest", "Violent demonstration", "Protest with intervention"}


@Language.factory("sitrep_actors", assigns=["doc._.sitrep_mentions"], requires=["doc._.sitrep_mentions"])
def make_actors(nlp: Language, name: str) -> "ActorFinder":
    return ActorFinder(nlp)


class ActorFinder:
    def __init__(self, nlp: Language) -> None:
        pack = language_of(nlp)
        self.demonyms = pack.demonyms.demonyms
        self.demonyms_lower = {k.lower(): v for k, v in self.demonyms.items()}
        self.named: dict[str, NamedActor] = {}
        for actor in load_actor_dictionary().actors:
            for alias in actor.aliases:
                self.named.setdefault(alias.lower(), actor)
        self.named_matcher = term_matcher(nlp, [a for actor in load_actor_dictionary().actors for a in actor.aliases])
        self.generic = {kind: term_matcher(nlp, terms) for kind, terms in pack.actors.generic.items()}

    def __call__(self, doc: Doc) -> Doc:
        out = []
        for m in mentions(doc):
            sent = doc[m.sent_start : m.sent_end]
            candidates = self.candidates(sent, m)
            actor1, actor2 = _assign(doc, m, candidates)
            out.append(replace(m, actor1=actor1, actor2=actor2))
        doc._.sitrep_mentions = out
        return doc

    def candidates(self, sent: Span, m: Mention) -> list[tuple[Actor, Span]]:
        country = m.places[0].country if m.places else None
        found: list[tuple[Actor, Span]] = []
        # who reports it is not who did it: skip the source phrases
        taken: set[int] = {t.i for s in m.sources if s.evidence for t in sent if s.evidence.start <= t.idx < s.evidence.end}
        for span in find_terms(self.named_matcher, sent):
            actor = self.named[span.text.lower()]
            found.append((_named(actor, span), span))
            taken.update(range(span.start, span.end))
        for kind, matcher in self.generic.items():
            for span in find_terms(matcher, sent):
                if any(i in taken for i in range(span.start, span.end)):
                    continue
                iso = self._demonym_near(span) or (country if kind in DOMESTIC else None)
                if iso is None and kind in ("military", "police", "government"):
                    iso = self._demonym_near(span, wide=True)
                if iso is None and kind not in ("unidentified",):
                    continue
                found.append((_generic(kind, iso or country, span), span))
                taken.update(range(span.start, span.end))
        # a demonym on the trigger itself: "frappes US", "raids américains", "Ukrainian shelling"
        iso = self._demonym_near(sent.doc[m.start : m.end])
        if iso:
            found.append((_generic("military", iso, sent.doc[m.start : m.end]), sent.doc[m.start : m.end]))
        return found

    def _demonym_near(self, span: Span, wide: bool = False) -> Optional[str]:
        doc = span.doc
        reach = 3 if wide else 1
        window = list(doc[max(span.sent.start, span.start - reach) : span.start]) + list(
            doc[span.end : min(span.sent.end, span.end + reach)]
        )
        for tok in window:
            iso = self.demonyms.get(tok.text) or self.demonyms_lower.get(tok.lower_)
            if iso and (tok.pos_ in ("ADJ", "PROPN", "X", "NOUN") or tok.text.isupper()):
                return iso
        return None


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


def _generic(kind: str, iso: Optional[str], span: Span) -> Actor:
    template, inter, sector = GENERIC_NAMES[kind]
    label = country_name(iso) if iso else "Unknown"
    return Actor(
        name=template.format(country=label),
        country=iso,
        inter=inter,
        sector=sector,
        text=span.text,
        evidence=span_evidence(span),
    )


def country_name(iso: str) -> str:
    import pycountry

    country = pycountry.countries.get(alpha_3=iso)
    if country is None:
        return iso
    name = getattr(country, "common_name", None) or country.name
    return {"United States": "the United States"}.get(name, name)


def _assign(doc: Doc, m: Mention, candidates: list[tuple[Actor, Span]]) -> tuple[Optional[Actor], Optional[Actor]]:
    if not candidates:
        return None, None
    agents, targets, others = [], [], []
    for actor, span in candidates:
        before = doc[max(m.sent_start, span.start - 3) : span.start]
        words = {t.lower_ for t in before}
        on_trigger = span.start >= m.start and span.end <= m.end
        if on_trigger or words & AGENT_WORDS:
            agents.append(actor)
        elif words & TARGET_WORDS:
            targets.append(actor)
        else:
            others.append((abs(span.start - m.start), span.start < m.start, actor))
    others.sort(key=lambda o: o[0])
    if m.sub_event_type in ONE_SIDED:
        protesters = [a for a, _ in candidates if a.inter in (5, 6)]
        police = sorted((a for a, _ in candidates if a.inter == 1), key=lambda a: a.sector != "COP")
        return (protesters[0] if protesters else None), (police[0] if police else None)
    actor1 = agents[0] if agents else next((a for _, before, a in others if before and a.inter != 7), None)
    rest = [a for a in targets + [o[2] for o in others] if a is not actor1 and (actor1 is None or a.name != actor1.name)]
    actor2 = rest[0] if rest else None
    return actor1, actor2
