"""Sources and statements: who reports each mention ("selon …", "a indiqué à l'AFP un
responsable …", "X said", "told AFP"), and what people said, typed as PLOVER verbal events."""

from __future__ import annotations

from dataclasses import replace
from typing import Optional

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from sitrep.components.base import (
    find_terms,
    language_of,
    mentions,
    quote_spans,
    span_evidence,
    term_matcher,
)
from sitrep.records import Source, Statement
from sitrep.resources import LanguagePack

STOP = {",", ";", ".", ":", "(", ")", "«", "»", '"', "“", "”"}
SUBJECT_DEPS = {"nsubj", "nsubj:pass", "nsubjpass"}


@Language.factory(
    "sitrep_sources",
    assigns=["doc._.sitrep_mentions", "doc._.sitrep_statements"],
    requires=["doc._.sitrep_mentions", "doc.ents", "token.dep"],
)
def make_sources(nlp: Language, name: str) -> "SourceFinder":
    return SourceFinder(nlp)


class SourceFinder:
    def __init__(self, nlp: Language) -> None:
        self.pack: LanguagePack = language_of(nlp)
        lex = self.pack.sources
        self.verbs = set(lex.reporting_verbs)
        self.according = term_matcher(nlp, lex.according_to)
        self.agencies = term_matcher(nlp, list(lex.agencies))
        self.heads = set(lex.source_heads)
        self.statements = StatementFinder(nlp, self.pack, self.verbs)

    def __call__(self, doc: Doc) -> Doc:
        cache: dict[int, tuple[Source, ...]] = {}
        out = []
        for m in mentions(doc):
            if m.sent_start not in cache:
                cache[m.sent_start] = self.sources(doc[m.sent_start : m.sent_end])
            out.append(replace(m, sources=cache[m.sent_start]))
        doc._.sitrep_mentions = out
        doc._.sitrep_statements = self.statements(doc)
        return doc

    def sources(self, sent: Span) -> tuple[Source, ...]:
        found: list[Span] = []
        for cue in find_terms(self.according, sent):
            found.append(_phrase_after(sent, cue.end))
        for tok in sent:
            if tok.pos_ in ("VERB", "AUX") and tok.lemma_.lower() in self.verbs:
                found.extend(self._speakers(sent, tok))
        for agency in find_terms(self.agencies, sent):
            found.append(agency)
        return _dedupe(self._source(s) for s in found if s is not None and len(s) > 0)

    def _speakers(self, sent: Span, verb: Token) -> list[Span]:
        subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
        if subjects and subjects[0].lower_ not in {"il", "elle", "ils", "elles", "he", "she", "they", "it", "qui"}:
            return [_subtree(subjects[0], sent)]
        after = _phrase_after(sent, verb.i + 1, allow_agency=True)
        return [after] if after is not None and _has_head(after, self.heads) else []

    def _source(self, span: Span) -> Source:
        text = span.text.strip(" ,")
        agency = next((v for k, v in self.pack.sources.agencies.items() if k in text.split()), None)
        return Source(text=text, kind=self._kind(text, agency), agency=agency, evidence=span_evidence(span))

    def _kind(self, text: str, agency: Optional[str]) -> str:
        lowered = text.lower()
        if agency and len(text) <= len(agency) + 6:
            return "agency"
        for kind in ("armed_group", "military", "ngo", "local", "government", "media"):
            if any(k in lowered for k in self.pack.sources.kinds.get(kind, ())):
                return kind
        return "unknown"


class StatementFinder:
    """Statements: a sentence with a reporting verb whose speaker is a person, with its quote."""

    def __init__(self, nlp: Language, pack: LanguagePack, verbs: set[str]) -> None:
        self.pack = pack
        self.verbs = verbs
        lex = pack.statements
        self.cues = {kind: term_matcher(nlp, terms) for kind, terms in lex.cues.items()}
        self.roles = set(lex.role_heads)

    def __call__(self, doc: Doc) -> list[Statement]:
        quotes = quote_spans(doc.text)
        out: list[Statement] = []
        last_speaker: Optional[Span] = None
        for sent in doc.sents:
            speaker = self._speaker(sent)
            has_verb = any(t.lemma_.lower() in self.verbs for t in sent)
            sent_quotes = [(a, b) for a, b in quotes if sent.start_char <= a < sent.end_char]
            if speaker is None and sent_quotes and has_verb and last_speaker is not None and _pronoun_speaker(sent):
                speaker = last_speaker
            if speaker is None or not has_verb:
                continue
            last_speaker = speaker
            out.append(self._statement(doc, sent, speaker, sent_quotes))
        return out

    def _speaker(self, sent: Span) -> Optional[Span]:
        people = [e for e in sent.ents if e.label_ in ("PER", "PERSON") and len(e) > 1]
        return people[0] if people else None

    def _statement(self, doc: Doc, sent: Span, speaker: Span, quotes) -> Statement:
        if quotes:
            a, b = max(quotes, key=lambda q: q[1] - q[0])
            quote = doc.char_span(a, b, alignment_mode="expand") or sent
        else:
            quote = sent
        plover = self._type(sent)
        role = self._role(sent, speaker)
        return Statement(
            speaker=speaker.text,
            plover=plover,
            quote=quote.text,
            role=role.text if role is not None else None,
            speaker_country=self._country(role if role is not None else speaker),
            evidence=span_evidence(quote),
            speaker_evidence=span_evidence(speaker),
        )

    def _type(self, sent: Span) -> str:
        lex = self.pack.statements
        scores = {}
        for kind, matcher in self.cues.items():
            hits = find_terms(matcher, sent)
            if hits:
                scores[kind] = (len(hits), max(len(h) for h in hits), -lex.order.index(kind))
        if not scores:
            return lex.default
        return max(scores, key=scores.get)

    def _role(self, sent: Span, speaker: Span) -> Optional[Span]:
        doc = sent.doc
        for i in list(range(speaker.end, min(sent.end, speaker.end + 3))) + list(range(max(sent.start, speaker.start - 12), speaker.start)):
            if doc[i].lemma_.lower() in self.roles or doc[i].lower_ in self.roles:
                end = i + 1
                while end < sent.end and doc[end].text not in STOP and end < i + 10 and end != speaker.start:
                    end += 1
                start = i
                while start > sent.start and doc[start - 1].pos_ in ("DET", "NUM", "ADJ") and start - 1 >= i - 3:
                    start -= 1
                return doc[start:end]
        return None

    def _country(self, span: Span) -> Optional[str]:
        demonyms = self.pack.demonyms.demonyms
        doc = span.doc
        for tok in doc[max(span.sent.start, span.start - 1) : min(span.sent.end, span.end + 8)]:
            iso = demonyms.get(tok.lower_) or demonyms.get(tok.text)
            if iso:
                return iso
        return None


def _pronoun_speaker(sent: Span) -> bool:
    return any(t.lower_ in {"il", "elle", "he", "she", "-t-il", "-il", "lui"} for t in sent)


def _phrase_after(sent: Span, start: int, allow_agency: bool = False) -> Optional[Span]:
    doc = sent.doc
    i = start
    if allow_agency:
        # "a indiqué à l'AFP un responsable …": skip the addressee
        while i < sent.end and doc[i].lower_ in {"à", "au", "l'", "le", "la", "to"}:
            i += 1
        if i < sent.end and doc[i].ent_type_ == "ORG" and i + 1 < sent.end:
            i += 1
    end = i
    while end < sent.end and doc[end].text not in STOP and end - i < 14:
        end += 1
    return doc[i:end] if end > i else None


def _subtree(tok: Token, sent: Span) -> Span:
    left = max(tok.left_edge.i, sent.start)
    right = min(tok.right_edge.i + 1, sent.end)
    return sent.doc[left:right]


def _has_head(span: Span, heads: set[str]) -> bool:
    return any(t.lemma_.lower() in heads or t.lower_ in heads for t in span[:4])


def _dedupe(sources) -> tuple[Source, ...]:
    seen, out = set(), []
    for s in sources:
        key = s.text.lower()
        if key in seen or any(key in o.text.lower() for o in out):
            continue
        seen.add(key)
        out.append(s)
    return tuple(out)
