"""Sentence boundaries from the layout: in news text a line break ends a sentence (titles, datelines,
paragraphs), which the statistical parser otherwise runs together. Runs before the parser."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


@Language.component("sitrep_line_breaks", assigns=["token.is_sent_start"])
def line_breaks(doc: Doc) -> Doc:
    for tok in doc[:-1]:
        if "\n" in tok.text or (tok.whitespace_ and "\n" in tok.whitespace_):
            doc[tok.i + 1].is_sent_start = True
    return doc
