"""The learned layer: a text classifier for ACLED sub-types, trained on labelled examples.

Training data can be a user's own ACLED export (CSV with ``notes`` and ``sub_event_type``), a CASE
2021-style TSV (``text`` and ``label`` codes), or sitrep's JSONL (``text`` and ``label``: a sub-type name,
a CASE code, or NONE). ACLED data is never shipped: the default model is trained from the examples the
project wrote (``resources/training/examples.jsonl``) and cached on first use.
"""

from __future__ import annotations

import csv
import hashlib
import json
import os
import sys
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Iterable, Iterator, Optional, Sequence, Union

from sitrep.errors import SitrepError
from sitrep.taxonomy import BY_CODE, BY_NAME

NONE = "NONE"
MODEL_FILE = "model.joblib"
META_FILE = "meta.json"
FORMAT_VERSION = 1


@dataclass(frozen=True)
class LabelledText:
    text: str
    label: str  # an exact ACLED sub_event_type, or NONE
    lang: Optional[str] = None


@dataclass(frozen=True)
class Prediction:
    label: str  # ACLED sub_event_type or NONE
    probability: float


def normalise_label(raw: str, source: str) -> str:
    """An ACLED sub-type name from a name, a CASE code, or NONE; labels outside ACLED become NONE."""
    value = (raw or "").strip()
    if value in BY_NAME:
        return value
    if value.upper() in BY_CODE:
        return BY_CODE[value.upper()].name
    if value.upper() in ("NONE", "", "NOT_EVENT"):
        return NONE
    if value.replace("_", "").isupper():  # CASE labels outside ACLED: DIPLO, ATTRIB, ORG_CRIME, …
        return NONE
    raise SitrepError("E015", source=source, line="?", detail=f"unknown label {value!r}")


def read_examples(path: Union[str, Path]) -> Iterator[LabelledText]:
    """Labelled texts from an ACLED CSV export, a CASE-style TSV or sitrep JSONL."""
    path = Path(path)
    if not path.is_file():
        raise SitrepError("E004", source=str(path))
    suffix = path.suffix.lower()
    if suffix == ".jsonl":
        yield from _jsonl(path)
    elif suffix in (".csv", ".tsv", ".txt"):
        yield from _table(path, "\t" if suffix == ".tsv" else ",")
    else:
        raise SitrepError("E007", source=str(path), suffix=suffix)


def _jsonl(path: Path) -> Iterator[LabelledText]:
    with path.open(encoding="utf-8") as fh:
        for number, line in enumerate(fh, start=1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as exc:
                raise SitrepError("E005", source=str(path), line=number, detail=exc.msg) from None
            text = record.get("text") or record.get("notes")
            raw = record.get("label") or record.get("code") or record.get("sub_event_type")
            if not text or raw is None:
                raise SitrepError("E015", source=str(path), line=number, detail="needs 'text' and 'label'")
            yield LabelledText(text, normalise_label(raw, f"{path}:{number}"), record.get("lang"))


def _table(path: Path, delimiter: str) -> Iterator[LabelledText]:
    csv.field_size_limit(min(sys.maxsize, 2**31 - 1))
    with path.open(encoding="utf-8-sig", newline="") as fh:
        reader = csv.DictReader(fh, delimiter=delimiter)
        fields = {f.lower(): f for f in reader.fieldnames or []}
        text_col = fields.get("notes") or fields.get("text")
        label_col = fields.get("sub_event_type") or fields.get("label")
        if not text_col or not label_col:
            detail = f"needs a 'notes' or 'text' column and a 'sub_event_type' or 'label' column (has {sorted(fields)})"
            raise SitrepError("E015", source=str(path), line=1, detail=detail)
        for number, row in enumerate(reader, start=2):
            text = (row.get(text_col) or "").strip()
            if text:
                yield LabelledText(text, normalise_label(row.get(label_col, ""), f"{path}:{number}"))


class EventTypeModel:
    """TF-IDF over words and character n-grams, then logistic regression: fast on a CPU, both languages."""

    def __init__(self, pipeline, meta: dict) -> None:
        self.pipeline = pipeline
        self.meta = meta

    @classmethod
    def fit(cls, examples: Sequence[LabelledText], seed: int = 0) -> "EventTypeModel":
        from sklearn.feature_extraction.text import TfidfVectorizer
        from sklearn.linear_model import LogisticRegression
        from sklearn.pipeline import FeatureUnion, Pipeline

        labels = sorted({e.label for e in examples})
        if len(labels) < 2:
            raise SitrepError("E015", source="training data", line="-", detail="needs at least two labels")
        features = FeatureUnion(
            [
                ("words", TfidfVectorizer(ngram_range=(1, 2), min_df=1, sublinear_tf=True, strip_accents="unicode", lowercase=True)),
                ("chars", TfidfVectorizer(analyzer="char_wb", ngram_range=(3, 5), min_df=2, sublinear_tf=True, lowercase=True)),
            ]
        )
        model = Pipeline([("features", features), ("clf", LogisticRegression(C=8.0, max_iter=3000, class_weight="balanced", random_state=seed))])
        model.fit([e.text for e in examples], [e.label for e in examples])
        counts = {label: sum(e.label == label for e in examples) for label in labels}
        return cls(model, {"format": FORMAT_VERSION, "labels": labels, "examples": len(examples), "counts": counts})

    def predict(self, texts: Sequence[str]) -> list[Prediction]:
        if not texts:
            return []
        probabilities = self.pipeline.predict_proba(list(texts))
        classes = self.pipeline.classes_
        out = []
        for row in probabilities:
            best = int(row.argmax())
            out.append(Prediction(str(classes[best]), float(row[best])))
        return out

    def distributions(self, texts: Sequence[str]) -> list[dict[str, float]]:
        """The probability of every label (ACLED sub-type names and NONE) for each text."""
        if not texts:
            return []
        classes = [str(c) for c in self.pipeline.classes_]
        return [dict(zip(classes, map(float, row))) for row in self.pipeline.predict_proba(list(texts))]

    def save(self, directory: Union[str, Path]) -> Path:
        import joblib

        directory = Path(directory)
        directory.mkdir(parents=True, exist_ok=True)
        joblib.dump(self.pipeline, directory / MODEL_FILE)
        (directory / META_FILE).write_text(json.dumps(self.meta, indent=1), encoding="utf-8")
        return directory

    @classmethod
    def load(cls, directory: Union[str, Path]) -> "EventTypeModel":
        import joblib

        directory = Path(directory)
        if not (directory / MODEL_FILE).is_file():
            raise SitrepError("E004", source=str(directory / MODEL_FILE))
        meta = json.loads((directory / META_FILE).read_text(encoding="utf-8"))
        return cls(joblib.load(directory / MODEL_FILE), meta)


def train(paths: Iterable[Union[str, Path]], out: Union[str, Path]) -> EventTypeModel:
    """Fit a model on the examples in ``paths`` and save it to ``out``."""
    examples = [e for p in paths for e in read_examples(p)]
    model = EventTypeModel.fit(examples)
    model.save(out)
    return model


def shipped_examples() -> list[Path]:
    """The example files the project wrote (``resources/training/*.jsonl``)."""
    folder = Path(str(resources.files("sitrep.resources").joinpath("training")))
    return sorted(folder.glob("*.jsonl"))


def default_digest(files: Sequence[Path]) -> str:
    """What the cached default model depends on: the example files and this module (its features and
    settings), so a change to either trains it again."""
    parts = [f.read_bytes() for f in files] + [Path(__file__).read_bytes()]
    return hashlib.sha256(b"".join(parts)).hexdigest()[:12]


@lru_cache(maxsize=None)
def load_model(path: Optional[str]) -> Optional[EventTypeModel]:
    """The model at ``path``; "default" for the shipped one (trained once from the project's examples)."""
    if path is None:
        return None
    if path != "default":
        return EventTypeModel.load(path)
    files = shipped_examples()
    cache = Path(os.environ.get("SITREP_CACHE") or Path.home() / ".cache" / "sitrep") / "models" / f"default-{default_digest(files)}"
    if (cache / MODEL_FILE).is_file():
        return EventTypeModel.load(cache)
    return train(files, cache)
