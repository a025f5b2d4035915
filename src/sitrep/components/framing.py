"""Framing: passages whose wording takes a side ("martyrs", "entité sioniste", "terrorists") are flagged
with the neutral term sitrep's records use, so analysts can see a source's slant."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from sitrep.components.base import find_terms, language_of, span_evidence, term_matcher
from sitrep.records import Framing


@Language.factory("sitrep_framing", assigns=["doc._.sitrep_framing"])
def make_framing(nlp: Language, name: str) -> "FramingFinder":
    return FramingFinder(nlp)


class FramingFinder:
    def __init__(self, nlp: Language) -> None:
        self.terms = {k.lower(): v for k, v in language_of(nlp).framing.terms.items()}
        self.matcher = term_matcher(nlp, list(self.terms))

    def __call__(self, doc: Doc) -> Doc:
        doc._.sitrep_framing = [
            Framing(text=span.text, neutral=self.terms[span.text.lower()], evidence=span_evidence(span))
            for span in find_terms(self.matcher, doc)
            if span.text.lower() in self.terms
        ]
        return doc
