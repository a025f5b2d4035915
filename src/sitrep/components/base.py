"""What the pipeline components share: the ``Mention`` they pass along, the Doc extensions they
read and assign, and small helpers for matching lexicon terms.

A component reads ``doc._.sitrep_mentions`` (a list of frozen ``Mention``) and writes a new list
where each mention is ``dataclasses.replace``-d with the fields it fills.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterable, Optional

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span

from sitrep.records import Actor, Casualties, Evidence, Place, Source, TimeSpan
from sitrep.resources import LanguagePack, load_language


@dataclass(frozen=True)
class Mention:
    """One event-like expression in the text and what later stages attach to it."""

    start: int  # token offsets of the trigger
    end: int
    sent_start: int  # token offsets of its sentence
    sent_end: int
    trigger: str
    sub_event_type: Optional[str]
    mode: Optional[str]
    strength: str  # strong | weak
    explicit: bool = True  # the sub-type came from the trigger or a weapon cue, not a guess
    quoted: bool = False
    anaphoric: bool = False  # "ces frappes", "this attack"
    definite: bool = False  # "l'attentat", "the strike": may refer back to an event already told
    non_event: Optional[str] = None  # aggregate, negated, hypothetical, background, …
    places: tuple[Place, ...] = ()
    time: Optional[TimeSpan] = None
    time_explicit: bool = False
    time_key: Optional[tuple] = None  # what the text said: ("weekday", 2), ("date", (2023, 5, 9)), …
    casualties: Casualties = Casualties()
    sources: tuple[Source, ...] = ()
    actor1: Optional[Actor] = None
    actor2: Optional[Actor] = None
    actor1_sure: bool = False  # the text marks actor1 as the doer ("par X", "frappes US")


EXTENSIONS = {
    "sitrep_lang": None,
    "sitrep_published": None,  # PartialDate | None
    "sitrep_mentions": None,  # list[Mention]
    "sitrep_places": None,  # list[Place]: every resolved place mention, in order
    "sitrep_statements": None,  # list[Statement]
    "sitrep_non_events": None,  # list[NonEvent]
    "sitrep_events": None,  # list[Event]
    "sitrep_framing": None,  # list[Framing]
}

for _name, _default in EXTENSIONS.items():
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=_default)


def mentions(doc: Doc) -> list[Mention]:
    return list(doc._.sitrep_mentions or [])


def doc_text(doc: Doc) -> str:
    """``doc_text(doc)``, joined once per Doc (spaCy joins the tokens again at every access)."""
    text = doc.user_data.get("sitrep_text")
    if text is None:
        text = doc.user_data["sitrep_text"] = doc.text
    return text


def language_of(nlp: Language) -> LanguagePack:
    return load_language(nlp.lang)


def evidence(doc: Doc, start_char: int, end_char: int) -> Evidence:
    return Evidence(start_char, end_char, doc_text(doc)[start_char:end_char])


def span_evidence(span: Span) -> Evidence:
    return Evidence(span.start_char, span.end_char, span.text)


def sentence_of(doc: Doc, m: Mention) -> Span:
    return doc[m.sent_start : m.sent_end]


def term_matcher(nlp: Language, terms: Iterable[str], key: str = "TERM") -> PhraseMatcher:
    """A case-insensitive whole-token matcher for ``terms``; short all-capital terms match exactly."""
    lower = PhraseMatcher(nlp.vocab, attr="LOWER")
    exact = [nlp.make_doc(t) for t in terms if _is_acronym(t)]
    loose = [nlp.make_doc(t) for t in terms if not _is_acronym(t)]
    if loose:
        lower.add(key, loose)
    if exact:
        lower.add(key + "_EXACT", exact)
    return lower


def find_terms(matcher: PhraseMatcher, doclike: Doc | Span) -> list[Span]:
    """Matches in ``doclike`` (exact-case check for acronyms), longest first on overlap."""
    doc = doclike.doc if isinstance(doclike, Span) else doclike
    spans = []
    for key, start, end in matcher(doclike):  # offsets are the Doc's, also for a Span
        span = doc[start:end]
        label = doc.vocab.strings[key]
        if label.endswith("_EXACT") and not _case_ok(span):
            continue
        spans.append(span)
    return _longest(spans)


def _longest(spans: list[Span]) -> list[Span]:
    return longest_first(spans, lambda s: s)


def longest_first(items: list, span_of) -> list:
    """Items whose spans do not overlap, the longest span winning, in text order."""
    items = sorted(items, key=lambda x: (-(span_of(x).end - span_of(x).start), span_of(x).start))
    taken: set[int] = set()
    out = []
    for item in items:
        s = span_of(item)
        if any(i in taken for i in range(s.start, s.end)):
            continue
        taken.update(range(s.start, s.end))
        out.append(item)
    return sorted(out, key=lambda x: span_of(x).start)


def _is_acronym(term: str) -> bool:
    return len(term) <= 4 and term.upper() == term and any(c.isalpha() for c in term)


def _case_ok(span: Span) -> bool:
    return span.text.upper() == span.text


QUOTE_RE = re.compile(r"«[^»]*»|“[^”]*”|\"[^\"\n]*\"")


def quote_spans(text: str) -> list[tuple[int, int]]:
    """Character ranges of quoted passages (« », “ ”, straight double quotes)."""
    return [(m.start(), m.end()) for m in QUOTE_RE.finditer(text)]


def inside(ranges: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(a <= start and end <= b for a, b in ranges)
