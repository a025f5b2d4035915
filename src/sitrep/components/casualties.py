"""Casualties: killed and injured per mention as best/low/high, from numerals, number words
and approximate quantities ("une dizaine", "dozens", "des blessés")."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Optional

from spacy.language import Language
from spacy.tokens import Doc, Span
from text_to_num import text2num

from sitrep.components.base import Mention, find_terms, language_of, mentions, span_evidence, term_matcher
from sitrep.records import Casualties, Count, Evidence
from sitrep.resources import CasualtyLexicon

DIGITS_RE = re.compile(r"^\d{1,3}(?:[.,\u202f ]\d{3})*$|^\d+$")


@dataclass(frozen=True)
class CountPhrase:
    what: str  # killed | injured
    count: Count
    evidence: Evidence
    token: int  # where the phrase's head is


@Language.factory("sitrep_casualties", assigns=["doc._.sitrep_mentions"], requires=["doc._.sitrep_mentions"])
def make_casualties(nlp: Language, name: str) -> "CasualtyCounter":
    return CasualtyCounter(nlp)


class CasualtyCounter:
    def __init__(self, nlp: Language) -> None:
        self.lang = nlp.lang
        self.lex: CasualtyLexicon = language_of(nlp).casualties
        self.killed = term_matcher(nlp, self.lex.killed + self.lex.killed_verbs)
        self.injured = term_matcher(nlp, self.lex.injured + self.lex.injured_verbs)
        self.approx = {k.lower(): v for k, v in self.lex.approximate.items()}
        self.verbs = {v.lower() for v in self.lex.killed_verbs + self.lex.injured_verbs}

    def __call__(self, doc: Doc) -> Doc:
        found = mentions(doc)
        by_sentence: dict[int, list[int]] = {}
        for i, m in enumerate(found):
            if m.non_event is None and m.sub_event_type is not None:
                by_sentence.setdefault(m.sent_start, []).append(i)
        counts: dict[int, list[CountPhrase]] = {}
        for sent_start, indices in by_sentence.items():
            sent = doc[sent_start : found[indices[0]].sent_end]
            for phrase in self.phrases(sent):
                nearest = min(indices, key=lambda i: abs(found[i].start - phrase.token))
                counts.setdefault(nearest, []).append(phrase)
        doc._.sitrep_mentions = [
            replace(m, casualties=_combine(counts[i])) if i in counts else m for i, m in enumerate(found)
        ]
        return doc

    def phrases(self, sent: Span) -> list[CountPhrase]:
        out = []
        for what, matcher in (("killed", self.killed), ("injured", self.injured)):
            for word in find_terms(matcher, sent):
                phrase = self._count_for(sent, word, what)
                if phrase is not None:
                    out.append(phrase)
        return out

    def _count_for(self, sent: Span, word: Span, what: str) -> Optional[CountPhrase]:
        doc = sent.doc
        # "deux martyrs", "25 people were killed", "une dizaine de morts"
        before = doc[max(sent.start, word.start - 5) : word.start]
        after = doc[word.end : min(sent.end, word.end + 4)]
        if word.text.lower() in self.verbs:
            # "tuant un soldat", "killed two soldiers", "leaving at least one dead"
            count = self._number_after(after) or self._number_before(before)
        else:
            count = self._number_before(before) or self._number_after(after)
        if count is None:
            return None
        start = min(t.i for t in before) if before else word.start
        ev = span_evidence(doc[start : word.end])
        return CountPhrase(what, count, ev, word.start)

    def _number_before(self, window: Span) -> Optional[Count]:
        tokens = list(window)
        # stop at a clause break so "2 soldats, et des blessés" stays apart
        for cut in range(len(tokens) - 1, -1, -1):
            if tokens[cut].text in {",", ";", ":", "(", ")"} or tokens[cut].lower_ in {"et", "and", "dont", "including"}:
                tokens = tokens[cut + 1 :]
                break
        return self._read(tokens)

    def _number_after(self, window: Span) -> Optional[Count]:
        tokens = list(window)
        return self._read(tokens, anchor_first=True)

    def _read(self, tokens, anchor_first: bool = False) -> Optional[Count]:
        words = [t.lower_ for t in tokens]
        approx = self._approximate(words)
        number = _first_number(tokens, self.lang, skip=approx[0] if approx else None)
        if number is not None and (approx is None or number[0] >= approx[0][1]):
            value, i = number[1], number[0]
            prefix = " ".join(words[max(0, i - 3) : i])
            return _bounded(value, prefix, self.lex)
        if approx is not None:
            best, low, high = (list(approx[1]) + [None, None, None])[:3]
            return Count(best, low, high)
        if number is not None:
            return _bounded(number[1], " ".join(words[max(0, number[0] - 3) : number[0]]), self.lex)
        return None

    def _approximate(self, words: list[str]):
        """The last approximate quantity ("une dizaine", "dozens") in ``words``: ((start, end), bounds)."""
        found = None
        for phrase, bounds in self.approx.items():
            parts = phrase.split()
            for i in range(len(words) - len(parts) + 1):
                if words[i : i + len(parts)] == parts:
                    if found is None or i > found[0][0] or (i == found[0][0] and i + len(parts) > found[0][1]):
                        found = ((i, i + len(parts)), bounds)
        return found


def _first_number(tokens, lang: str, skip=None):
    """(index, value) of the first number in ``tokens`` outside ``skip``; joins "twenty - five"."""
    for i, tok in enumerate(tokens):
        if skip and skip[0] <= i < skip[1]:
            continue
        value = parse_number(tok.text, lang)
        if value is None:
            continue
        joined, j = tok.text, i + 1
        while j + 1 < len(tokens) and tokens[j].text == "-":
            longer = parse_number(f"{joined}-{tokens[j + 1].text}", lang)
            if longer is None:
                break
            joined, value, j = f"{joined}-{tokens[j + 1].text}", longer, j + 2
        return i, value
    return None


def _bounded(value: int, prefix: str, lex: CasualtyLexicon) -> Count:
    if any(prefix.endswith(p) for p in lex.lower_bound):
        return Count(best=value, low=value, high=None)
    if any(prefix.endswith(p) for p in lex.upper_bound):
        return Count(best=None, low=None, high=value)
    return Count(best=value, low=value, high=value)


def parse_number(text: str, lang: str) -> Optional[int]:
    """An integer from digits ("2.500", "13") or a number word in ``lang`` ("deux", "twenty-five")."""
    clean = text.strip()
    if DIGITS_RE.match(clean):
        digits = re.sub(r"\D", "", clean)
        return int(digits) if digits else None
    if not clean or not clean[0].isalpha():
        return None
    try:
        return int(text2num(clean.lower(), lang))
    except (ValueError, TypeError):
        return None


def _combine(phrases: list[CountPhrase]) -> Casualties:
    killed = [p.count for p in phrases if p.what == "killed"]
    injured = [p.count for p in phrases if p.what == "injured"]
    return Casualties(
        killed=merge_counts(killed),
        injured=merge_counts(injured),
        evidence=tuple(p.evidence for p in phrases),
    )


def merge_counts(counts: list[Count]) -> Count:
    """Several figures for one event: best is the first stated figure, bounds widen to cover all."""
    counts = [c for c in counts if c.known or c.high is not None]
    if not counts:
        return Count()
    best = next((c.best for c in counts if c.best is not None), None)
    lows = [c.low for c in counts if c.low is not None]
    highs = [c.high for c in counts if c.high is not None]
    unbounded = any(c.high is None for c in counts)
    return Count(best=best, low=min(lows) if lows else None, high=None if unbounded or not highs else max(highs))
