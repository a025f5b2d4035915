"""Arguments: who did it (actor1) and to whom (actor2), from named actors in the dictionary and
from generic nouns with a demonym ("troupes US", "soldats maliens", "Kenyan police").

Roles follow ACLED: the doer first (for arrests and excessive force, the police), the target or other
side second; protesters are actor1 of their own demonstration."""

from __future__ import annotations

from dataclasses import replace
from typing import Optional

from spacy.language import Language
from spacy.tokens import Doc, Span

from sitrep.components.base import Mention, find_terms, language_of, mentions, span_evidence, term_matcher
from sitrep.countries import country_name
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
DEMONSTRATIONS = {"Peaceful protest", "Protest with intervention", "Violent demonstration"}
STATE_FIRST = {"Arrests", "Excessive force against protesters"}  # ACLED puts the state forces first


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

    def __call__(self, doc: Doc) -> Doc:
        out = []
        for m in mentions(doc):
            sent = doc[m.sent_start : m.sent_end]
            actor1, actor2, sure = self.assign(m, self.candidates(sent, m))
            out.append(replace(m, actor1=actor1, actor2=actor2, actor1_sure=sure))
        doc._.sitrep_mentions = out
        return doc

    def candidates(self, sent: Span, m: Mention) -> list[tuple[Actor, Span]]:
        country = m.places[0].country if m.places else None
        found: list[tuple[Actor, Span]] = []
        # who reports it is not who did it: skip the source phrases
        taken: set[int] = {t.i for s in m.sources if s.evidence for t in sent if s.evidence.start <= t.idx < s.evidence.end}
        for span in find_terms(self.named_matcher, sent):
            if any(i in taken for i in range(span.start, span.end)):
                continue
            found.append((_named(self.named[span.text.lower()], span), span))
            taken.update(range(span.start, span.end))
        for kind, matcher in self.generic.items():
            for span in find_terms(matcher, sent):
                if any(i in taken for i in range(span.start, span.end)):
                    continue
                iso = self._demonym_near(span) or (country if kind in DOMESTIC else None)
                if iso is None and kind in ("military", "police", "government"):
                    iso = self._demonym_near(span, wide=True)
                if iso is None and kind != "unidentified":
                    continue
                found.append((_generic(kind, iso or country, span), span))
                taken.update(range(span.start, span.end))
        found.extend(self._new_organisations(sent, taken, country))
        # a demonym on the trigger itself: "frappes US", "raids américains", "Ukrainian shelling"
        trigger = sent.doc[m.start : m.end]
        iso = self._demonym_on(trigger)
        if iso:
            found.append((_generic("military", iso, trigger), trigger))
        return found

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

    def assign(self, m: Mention, candidates: list[tuple[Actor, Span]]) -> tuple[Optional[Actor], Optional[Actor], bool]:
        """(actor1, actor2, whether actor1 was marked as the doer by the text)."""
        if not candidates:
            return None, None, False
        doc = candidates[0][1].doc
        agents, targets, others = [], [], []
        for actor, span in candidates:
            before = doc[max(m.sent_start, span.start - 3) : span.start]
            on_trigger = span.start >= m.start and span.end <= m.end
            if on_trigger or _ends_with(self.agent_cues, before):
                agents.append(actor)
            elif _ends_with(self.target_cues, before):
                targets.append(actor)
            else:
                others.append((abs(span.start - m.start), span.start < m.start, actor))
        others.sort(key=lambda o: o[0])
        everyone = [a for a, _ in candidates]
        if m.sub_event_type in DEMONSTRATIONS:
            crowd = [a for a in everyone if a.inter in (5, 6)]
            state = sorted((a for a in everyone if a.inter == 1), key=lambda a: a.sector != "COP")
            return (crowd[0] if crowd else None), (state[0] if state else None), bool(crowd)
        if m.sub_event_type in STATE_FIRST:
            state = sorted((a for a in everyone if a.inter == 1), key=lambda a: a.sector != "COP")
            rest = [a for a in everyone if a.inter != 1]
            return (state[0] if state else None), (rest[0] if rest else None), bool(state)
        sure = bool(agents)
        actor1 = agents[0] if agents else next((a for _, before, a in others if before and a.inter != 7), None)
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


def _generic(kind: str, iso: Optional[str], span: Span) -> Actor:
    template, inter, sector = GENERIC_NAMES[kind]
    label = country_name(iso) if iso else "Unknown"
    if kind in ("military", "police", "government") and label == "United States":
        label = "the United States"
    return Actor(
        name=template.format(country=label),
        country=iso,
        inter=inter,
        sector=sector,
        text=span.text,
        evidence=span_evidence(span),
    )


def as_rioters(actor: Optional[Actor]) -> Optional[Actor]:
    """Protesters who turn violent are coded as rioters (ACLED inter 5)."""
    if actor is None or actor.inter != 6 or actor.country is None:
        return actor
    return replace(actor, name=GENERIC_NAMES["rioters"][0].format(country=country_name(actor.country)), inter=5)
