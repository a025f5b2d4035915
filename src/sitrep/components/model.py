"""The learned layer inside the pipeline: a trained classifier re-types event mentions whose rule
typing is weak (a generic trigger, or a guess from target words) when it is confident."""

from __future__ import annotations

from dataclasses import replace

from spacy.language import Language
from spacy.tokens import Doc

from sitrep.components.base import mentions, sentence_of
from sitrep.taxonomy import BY_NAME
from sitrep.train import NONE, load_model


@Language.factory(
    "sitrep_event_model",
    assigns=["doc._.sitrep_mentions"],
    requires=["doc._.sitrep_mentions"],
    default_config={"model": "default", "threshold": 0.5, "override": 0.85},
)
def make_event_model(nlp: Language, name: str, model: str, threshold: float, override: float) -> "EventModel":
    return EventModel(model, threshold, override)


class EventModel:
    def __init__(self, model: str, threshold: float, override: float) -> None:
        self.model = load_model(model)
        self.threshold = threshold  # re-type a weakly typed mention from this probability
        self.override = override  # re-type even an explicitly typed one from this probability

    def __call__(self, doc: Doc) -> Doc:
        found = mentions(doc)
        todo = [i for i, m in enumerate(found) if m.non_event is None]
        predictions = self.model.predict([sentence_of(doc, found[i]).text for i in todo])
        for i, p in zip(todo, predictions):
            m = found[i]
            if p.label == NONE or p.label == m.sub_event_type:
                continue
            weak = not m.explicit or m.strength == "weak"
            if p.probability >= (self.threshold if weak else self.override):
                found[i] = replace(m, sub_event_type=p.label, mode=BY_NAME[p.label].mode, explicit=True)
        doc._.sitrep_mentions = found
        return doc
