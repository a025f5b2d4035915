"""Places: resolve the place names of the text with the gazetteer and give each mention its
location(s). Relative phrases ("au nord de Babylone", "20 km east of Gao") name an anchor, not
the event's place; "entre X et Y" places the event near X."""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from typing import Optional

from spacy.language import Language
from spacy.tokens import Doc, Span

from sitrep.components.base import find_terms, language_of, mentions, span_evidence, term_matcher
from sitrep.gazetteer import Gazetteer
from sitrep.records import Place
from sitrep.resources import load_actor_dictionary

PLACE_LABELS = {"LOC", "GPE", "FAC"}
SPECIFIC = {"city", "site"}

@Language.factory(
    "sitrep_places",
    assigns=["doc._.sitrep_places", "doc._.sitrep_mentions"],
    requires=["doc.ents", "doc._.sitrep_mentions"],
)
def make_places(nlp: Language, name: str) -> "PlaceResolver":
    return PlaceResolver(nlp)


class PlaceResolver:
    def __init__(self, nlp: Language, gazetteer: Optional[Gazetteer] = None) -> None:
        self.lang = nlp.lang
        self.gazetteer = gazetteer or Gazetteer.default()
        pack = language_of(nlp)
        self.lex = pack.places
        self.prefixes = sorted((p.lower() for p in self.lex.generic_prefixes), key=len, reverse=True)
        aliases = [a for actor in load_actor_dictionary().actors for a in actor.aliases]
        self.not_places = term_matcher(nlp, aliases)
        self.demonyms = {k.lower() for k in pack.demonyms.demonyms}

    def __call__(self, doc: Doc) -> Doc:
        places = self.resolve_all(doc)
        doc._.sitrep_places = [p for p, _ in places]
        out = []
        for m in mentions(doc):
            in_sentence = [(p, s) for p, s in places if m.sent_start <= s.start < m.sent_end]
            out.append(replace(m, places=self._event_places(doc, m, in_sentence)))
        doc._.sitrep_mentions = out
        return doc

    def resolve_all(self, doc: Doc) -> list[tuple[Place, Span]]:
        spans = self._place_spans(doc)
        countries: Counter[str] = Counter()
        first_pass = []
        for span in spans:
            place = self._lookup(span.text)
            first_pass.append((span, place))
            if place is not None and place.country:
                countries[place.country] += 2 if place.feature == "country" else 1
        context = [c for c, _ in countries.most_common(3)]
        resolved = []
        for span, place in first_pass:
            if place is None:
                continue
            if place.feature != "country" and context:
                place = self._lookup(span.text, context) or place
            resolved.append((replace(place, text=span.text, evidence=span_evidence(span)), span))
        return resolved

    def _lookup(self, text: str, countries=()) -> Optional[Place]:
        name = _clean(text)
        place = self.gazetteer.resolve(name, countries=countries, lang=self.lang)
        if place is not None:
            return place
        lowered = name.lower()
        for prefix in self.prefixes:
            if lowered.startswith(prefix) and len(name) > len(prefix) + 1:
                return self.gazetteer.resolve(name[len(prefix) :].strip(), countries=countries, lang=self.lang)
        return None

    def _place_spans(self, doc: Doc) -> list[Span]:
        blocked = {i for s in find_terms(self.not_places, doc) for i in range(s.start, s.end)}
        spans = []
        for ent in doc.ents:
            if ent.label_ not in PLACE_LABELS and not (ent.label_ == "ORG" and self.lang == "en"):
                continue
            if any(i in blocked for i in range(ent.start, ent.end)):
                continue
            if ent.text.lower() in self.demonyms:
                continue
            spans.append(self._trim(ent))
        return [s for s in spans if len(s) > 0]

    def _event_places(self, doc: Doc, m, in_sentence: list[tuple[Place, Span]]) -> tuple[Place, ...]:
        if not in_sentence:
            return ()
        near = [(p, s) for p, s in in_sentence if p.feature in SPECIFIC]
        specific = [(p, s) for p, s in near if not self._is_anchor(doc, s)]
        if not specific and near:
            # only "près de X" / "north of X": the event is near X (ACLED geo_precision 2)
            place = min(near, key=lambda ps: _distance(ps[1], m))[0]
            return (replace(place, precision=2),)
        if not specific:
            broad = [p for p, s in in_sentence if p.feature not in SPECIFIC]
            return tuple(sorted(broad, key=_breadth)[:1])
        between = self._between(doc, specific)
        if between is not None:
            return (replace(between, precision=2),)
        listed = [(p, s) for p, s in specific if s.start >= m.end and self._locative(doc, s)]
        if len(listed) >= 2 and not m.quoted:
            return _unique(p for p, _ in listed)
        nearest = min(specific, key=lambda ps: _distance(ps[1], m))
        return (nearest[0],)

    def _is_anchor(self, doc: Doc, span: Span) -> bool:
        before = [t.lower_ for t in doc[max(span.sent.start, span.start - 4) : span.start]]
        if not before or before[-1] not in self.lex.anchor_links:
            return False
        if any(w in self.lex.inside for w in before):
            return False  # "dans le sud-est de Paris" is in Paris
        return any(w in self.lex.anchor_words for w in before[-4:])

    def _between(self, doc: Doc, specific: list[tuple[Place, Span]]) -> Optional[Place]:
        for place, span in specific:
            if span.start > 0 and doc[span.start - 1].lower_ in self.lex.between:
                return place
        return None

    def _locative(self, doc: Doc, span: Span) -> bool:
        return span.start > 0 and doc[span.start - 1].lower_ in self.lex.locative

    def _trim(self, span: Span) -> Span:
        start = span.start
        while start < span.end and span.doc[start].lower_ in self.lex.leading:
            start += 1
        return span.doc[start : span.end]


def _distance(span: Span, m) -> int:
    return span.start - m.end if span.start >= m.end else (m.start - span.end) + 3


def _breadth(place: Place) -> int:
    return {"admin1": 0, "region": 1, "country": 2}.get(place.feature, 3)


def _unique(places) -> tuple[Place, ...]:
    seen, out = set(), []
    for p in places:
        key = (p.name, p.country)
        if key not in seen:
            seen.add(key)
            out.append(p)
    return tuple(out)


def _clean(text: str) -> str:
    return text.strip(" .,;:«»\"'")
