"""Event mentions: find trigger expressions, type them (ACLED sub-type, PLOVER mode) and
recognise passages that are not events (aggregates, negated, hypothetical, background)."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Optional

from spacy.language import Language
from spacy.tokens import Doc, Span

from sitrep.components.base import (
    doc_text,
    Mention,
    find_terms,
    inside,
    longest_first,
    language_of,
    quote_spans,
    term_matcher,
)
from sitrep.resources import Refiner, Trigger
from sitrep.taxonomy import DEMONSTRATION_STAGES

YEAR_RE = re.compile(r"\b(19\d\d|20\d\d)\b")
TYPED_REACH = 6  # a weapon cue re-types an already typed trigger only this close ("frappe de missile")


@Language.factory(
    "sitrep_event_mentions",
    assigns=["doc._.sitrep_mentions"],
    requires=["token.morph", "token.dep"],
)
def make_event_mentions(nlp: Language, name: str) -> "EventMentions":
    return EventMentions(nlp)


class EventMentions:
    def __init__(self, nlp: Language) -> None:
        lex = language_of(nlp).events
        self.lexicon = lex
        self.triggers: list[tuple[object, Trigger]] = [
            (term_matcher(nlp, t.terms), t) for t in lex.triggers
        ]
        self.qualified = _Qualified(nlp, lex.triggers, set(lex.phrase_links))
        self.refiners = [(term_matcher(nlp, r.terms), r) for r in lex.refiners if r.scope == "sentence"]
        self.aggregate = term_matcher(nlp, lex.non_event.aggregate)
        self.negation = term_matcher(nlp, lex.non_event.negation)
        self.modal = term_matcher(nlp, lex.non_event.modal)
        self.modal_after = term_matcher(nlp, lex.non_event.modal_after)
        self.anaphora = {a.lower() for a in lex.anaphora}
        self.definite = {a.lower() for a in lex.definite}

    def __call__(self, doc: Doc) -> Doc:
        quotes = quote_spans(doc_text(doc))
        found = []
        for span, trigger in self._trigger_spans(doc):
            m = self._mention(doc, span, trigger, quotes)
            if m is not None:
                found.append(m)
        doc._.sitrep_mentions = _share_sentence_reasons(_absorb_damage(_absorb_interventions(found)))
        return doc

    def _trigger_spans(self, doc: Doc) -> list[tuple[Span, Trigger]]:
        hits = []
        for matcher, trigger in self.triggers:
            hits.extend((s, trigger) for s in find_terms(matcher, doc))
        hits.extend(self.qualified(doc))
        return longest_first(hits, lambda h: h[0])

    def _mention(self, doc: Doc, span: Span, trigger: Trigger, quotes) -> Optional[Mention]:
        sent = span.sent
        sub, mode, explicit = self._refine(span, sent, trigger)
        m = Mention(
            start=span.start,
            end=span.end,
            sent_start=sent.start,
            sent_end=sent.end,
            trigger=span.text,
            sub_event_type=sub,
            mode=mode,
            strength=trigger.strength,
            explicit=explicit,
            quoted=inside(quotes, span.start_char, span.end_char),
            anaphoric=self._anaphoric(span),
            definite=_definite(span, self.definite),
        )
        return replace(m, non_event=self._non_event(doc, span, sent))  # untyped ("attaque"): a model may type it

    def _refine(self, span: Span, sent: Span, trigger: Trigger) -> tuple[Optional[str], Optional[str], bool]:
        sub, mode = trigger.sub_event_type, trigger.mode
        if trigger.sub_event_type is not None and not trigger.refinable:
            return sub, mode, True
        best: Optional[tuple[int, Refiner]] = None
        for matcher, refiner in self.refiners:
            if sub not in refiner.applies_to and trigger.sub_event_type not in refiner.applies_to:
                continue
            for cue in find_terms(matcher, sent):
                if cue.start < span.end and cue.end > span.start:
                    continue  # the trigger itself
                distance = min(abs(cue.start - span.end), abs(span.start - cue.end))
                if trigger.sub_event_type is not None and distance > TYPED_REACH:
                    continue
                rank = distance if refiner.nearest else 1000 + distance
                if best is None or rank < best[0]:
                    best = (rank, refiner)
        if best is None:
            return sub, mode, trigger.sub_event_type is not None
        return best[1].sub_event_type, best[1].mode, best[1].nearest

    def _anaphoric(self, span: Span) -> bool:
        before = span.doc[max(span.sent.start, span.start - 3) : span.start]
        return any(t.lower_ in self.anaphora for t in before)

    def _non_event(self, doc: Doc, span: Span, sent: Span) -> Optional[str]:
        if self._is_aggregate(span, sent):
            return "aggregate"
        if self._is_negated(span, sent):
            return "negated"
        if self._is_hypothetical(span, sent):
            return "hypothetical"
        if self._is_background(doc, sent):
            return "background"
        return None

    def _is_aggregate(self, span: Span, sent: Span) -> bool:
        doc = span.doc
        i = span.start - 1
        while i >= sent.start and (doc[i].lower_ in {"de", "d'", "of"} or doc[i].pos_ == "ADJ") and i > span.start - 4:
            i -= 1
        value = _number(doc[i]) if i >= sent.start and doc[i].ent_type_ not in ("DATE", "TIME") else None
        if value is not None and value >= self.lexicon.aggregate_min_count:
            return True
        if not find_terms(self.aggregate, sent):
            return False
        head = doc[span.end - 1]
        return "Plur" in head.morph.get("Number") or head.text.lower().endswith(("s", "x"))

    def _is_negated(self, span: Span, sent: Span) -> bool:
        doc = span.doc
        window = doc[max(sent.start, span.start - 6) : min(sent.end, span.end + 2)]
        return bool(find_terms(self.negation, window))

    def _is_hypothetical(self, span: Span, sent: Span) -> bool:
        doc = span.doc
        heads = {doc[span.end - 1], doc[span.end - 1].head}
        for tok in list(heads):
            heads.update(c for c in tok.children if c.dep_.startswith("aux"))
        for tok in heads:
            if "Fut" in tok.morph.get("Tense") or "Cnd" in tok.morph.get("Mood"):
                return True
        window = doc[max(sent.start, span.start - 8) : span.start]
        if find_terms(self.modal, window):
            return True
        after = doc[span.end : min(sent.end, span.end + 3)]
        return bool(find_terms(self.modal_after, after))

    def _is_background(self, doc: Doc, sent: Span) -> bool:
        published = doc._.sitrep_published
        if published is None:
            return False
        limit = published.year - self.lexicon.non_event.background_years_before
        years = [int(y) for y in YEAR_RE.findall(sent.text)]
        return bool(years) and max(years) <= limit


class _Qualified:
    """Multiword terms with an adjective after their first word ("un missile russe a frappé",
    "drones ukrainiens ont visé"): a demonym or qualifier does not break the phrase. The first words
    are found with one PhraseMatcher (a single fast pass); the rest is checked at those few places."""

    def __init__(self, nlp: Language, triggers, links: set[str]) -> None:
        self.rests: dict[str, list[tuple[tuple[str, ...], Trigger]]] = {}
        for trigger in triggers:
            for term in trigger.terms:
                words = [t.lower_ for t in nlp.make_doc(term)]
                if len(words) >= 2 and words[1] not in links:
                    self.rests.setdefault(words[0], []).append((tuple(words[1:]), trigger))
        self.first = term_matcher(nlp, list(self.rests))

    def __call__(self, doc: Doc) -> list[tuple[Span, Trigger]]:
        hits = []
        for _, start, _ in self.first(doc):
            j = start + 1
            while j < len(doc) and doc[j].pos_ == "ADJ":
                j += 1
            if j == start + 1:
                continue
            for rest, trigger in self.rests.get(doc[start].lower_, ()):
                end = j + len(rest)
                if end <= len(doc) and tuple(t.lower_ for t in doc[j:end]) == rest:
                    hits.append((doc[start:end], trigger))
        return hits


def _definite(span: Span, determiners: set[str]) -> bool:
    """A noun trigger with a definite article or demonstrative ("l'attentat-suicide", "the strike")."""
    head = span.root
    if head.pos_ not in ("NOUN", "PROPN") or "Plur" in head.morph.get("Number"):
        return False  # "les frappes" may be several events; "l'attentat" is the one already told
    return any(c.dep_ == "det" and c.lower_ in determiners for c in head.children)


def _number(tok) -> Optional[int]:
    text = tok.text.replace(".", "").replace(",", "").replace("\u202f", "")
    if text.isdigit():
        return int(text)
    return None


def _share_sentence_reasons(found: list[Mention]) -> list[Mention]:
    """An aggregate or background sentence makes every mention in it a non-event."""
    reasons = {m.sent_start: m.non_event for m in found if m.non_event in ("aggregate", "background")}
    return [replace(m, non_event=m.non_event or reasons.get(m.sent_start)) for m in found]


def _absorb_interventions(found: list[Mention]) -> list[Mention]:
    """Arrests and clashes in a sentence about a protest are part of the protest, not events of their own
    (the protest's escalation cues then type it: intervention, violent demonstration)."""
    protest_sentences = {m.sent_start for m in found if m.sub_event_type in PROTESTS and m.non_event is None}
    return [m for m in found if not (m.sub_event_type in ABSORBED and m.sent_start in protest_sentences)]


ABSORBED = {"Arrests", "Armed clash"}


def _absorb_damage(found: list[Mention]) -> list[Mention]:
    """Damage told with another event in its sentence ("the strike destroyed a depot", "rioters
    torched cars") is that event's: ACLED codes looting or destruction alone only."""
    events = {m.sent_start for m in found if m.strength == "strong" and m.sub_event_type not in (None, DAMAGE) and m.non_event is None}
    return [m for m in found if not (m.sub_event_type == DAMAGE and m.sent_start in events)]


DAMAGE = "Looting/property destruction"


PROTESTS = set(DEMONSTRATION_STAGES)
