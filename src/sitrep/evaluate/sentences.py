"""Score PLOVER typing of single sentences (``sitrep eval sentences``).

* ``plover_acc``: predicted event type equals gold ``plover``; n = all sentences.
* ``mode_acc``: predicted mode equals gold ``mode``; n = sentences whose gold mode is not empty.
* ``source_code_acc`` / ``target_code_acc``: the predicted *first* source (target) actor's code
  equals the gold first actor's code (ISO-3 or IGO, compared case-insensitively); a missing
  prediction is wrong; n = sentences whose gold first source (target) actor has a code.

JSON form (``SentencesReport.to_json()``): ``n``, ``failed`` (the predictor raised: an empty
prediction), each metric with ``key_n``, and ``per_class`` (gold PLOVER type → support, correct,
precision, recall).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import Any, Callable, Iterable, Optional

from sitrep.evaluate._common import describe_exception, put_acc, ratio, rounded
from sitrep.evaluate.gold import GoldSentence

__all__ = ["PloverPrediction", "SentenceResult", "SentencesReport", "default_predictor", "evaluate_sentences"]


@dataclass(frozen=True)
class PloverPrediction:
    event: Optional[str] = None
    mode: Optional[str] = None
    source_codes: tuple[str, ...] = ()
    target_codes: tuple[str, ...] = ()

    @classmethod
    def coerce(cls, value: Any) -> "PloverPrediction":
        """Read what a predictor returns: a PloverPrediction, a PLOVER type string, an
        ``(event, mode)`` tuple, a dict with these keys, or a ``Statement`` (plover, mode,
        speaker_country as the source code)."""
        if value is None:
            return cls()
        if isinstance(value, cls):
            return value
        if isinstance(value, str):
            return cls(event=value)
        if isinstance(value, dict):
            return cls(
                event=value.get("event") or value.get("plover"),
                mode=value.get("mode"),
                source_codes=tuple(value.get("source_codes") or ()),
                target_codes=tuple(value.get("target_codes") or ()),
            )
        if isinstance(value, tuple):
            return cls(*value)
        if hasattr(value, "plover"):  # sitrep.records.Statement
            country = getattr(value, "speaker_country", None)
            return cls(event=value.plover, mode=getattr(value, "mode", None), source_codes=(country,) if country else ())
        return cls(
            event=getattr(value, "event", None),
            mode=getattr(value, "mode", None),
            source_codes=tuple(getattr(value, "source_codes", ()) or ()),
            target_codes=tuple(getattr(value, "target_codes", ()) or ()),
        )


@dataclass(frozen=True)
class SentenceResult:
    gold: GoldSentence
    pred: PloverPrediction
    checks: dict[str, Optional[bool]]  # plover, mode, source_code, target_code
    error: Optional[str] = None


@dataclass(frozen=True, eq=False)
class SentencesReport:
    results: tuple[SentenceResult, ...]
    metrics: dict[str, Any]
    per_class: dict[str, dict[str, Any]]

    @property
    def errors(self) -> tuple[SentenceResult, ...]:
        return tuple(r for r in self.results if any(v is False for v in r.checks.values()))

    def to_json(self) -> dict[str, Any]:
        return rounded({**self.metrics, "per_class": self.per_class})


def default_predictor() -> Callable[[GoldSentence], PloverPrediction]:
    """``sitrep.classify_plover(text, lang="en")``, imported lazily (AttributeError if missing)."""
    import sitrep

    classify_plover = sitrep.classify_plover
    return lambda sentence: classify_plover(sentence.text, lang="en")


def _norm(value: Optional[str]) -> Optional[str]:
    return value.strip().upper() if isinstance(value, str) and value.strip() else None


def _first_code(codes: tuple) -> Optional[str]:
    return _norm(codes[0]) if codes else None


def _check(gold: GoldSentence, pred: PloverPrediction) -> dict[str, Optional[bool]]:
    gold_source = _norm(gold.source[0].code) if gold.source else None
    gold_target = _norm(gold.target[0].code) if gold.target else None
    return {
        "plover": _norm(pred.event) == _norm(gold.plover),
        "mode": None if not gold.mode else (pred.mode or "").strip().casefold() == gold.mode.strip().casefold(),
        "source_code": None if gold_source is None else _first_code(pred.source_codes) == gold_source,
        "target_code": None if gold_target is None else _first_code(pred.target_codes) == gold_target,
    }


def evaluate_sentences(
    gold: Iterable[GoldSentence],
    predict: Optional[Callable[[GoldSentence], Any]] = None,
    *,
    catch_errors: bool = True,
) -> SentencesReport:
    """Run ``predict`` on every gold sentence and score it (see the module docstring)."""
    predict = predict or default_predictor()
    results = []
    for sentence in gold:
        error = None
        try:
            pred = PloverPrediction.coerce(predict(sentence))
        except Exception as exc:
            if not catch_errors:
                raise
            pred, error = PloverPrediction(), describe_exception(exc)
        results.append(SentenceResult(sentence, pred, _check(sentence, pred), error))

    metrics: dict[str, Any] = {"n": len(results), "failed": sum(r.error is not None for r in results)}
    for name in ("plover", "mode", "source_code", "target_code"):
        put_acc(metrics, f"{name}_acc", (r.checks[name] for r in results))

    support = Counter(_norm(r.gold.plover) for r in results)
    predicted = Counter(_norm(r.pred.event) for r in results)
    correct = Counter(_norm(r.gold.plover) for r in results if r.checks["plover"])
    per_class = {
        label: {
            "support": support[label],
            "correct": correct[label],
            "precision": ratio(correct[label], predicted[label]),
            "recall": ratio(correct[label], support[label]),
        }
        for label in sorted(support)
    }
    return SentencesReport(tuple(results), metrics, per_class)

