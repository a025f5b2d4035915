"""Score a snippet classifier on CASE 2021 sub-type codes (``sitrep eval snippets``).

Only rows whose gold label is one of the 25 ACLED codes (``taxonomy.ACLED_CODES``) are scored; the
others (DIPLO, ATTRIB, ORG_CRIME, …) are counted in ``excluded`` and not sent to the classifier.
A ``None`` prediction is the label ``"NONE"`` (always wrong); an ACLED sub-type name
("Armed clash") is read as its code. ``accuracy``, ``weighted_f1`` and
``macro_f1`` are scikit-learn's, with ``labels`` = the ACLED codes present in the scored gold rows
(a predicted label outside that set lowers the recall of the gold class but enters no precision),
``zero_division=0``.

JSON form (``SnippetsReport.to_json()``): ``n`` (scored rows), ``excluded``, ``failed`` (the
classifier raised: counted as ``"NONE"``), ``classes`` (labels averaged over), then ``accuracy``,
``weighted_f1``, ``macro_f1``, each with ``key_n`` = n; ``per_class`` (code → precision, recall,
f1, support), ``confusion`` (gold code → predicted label → count, non-zero cells only) and ``by_lang``
(the snippet's language as ``sitrep.lang.detect_language`` tells it, ``unknown`` when it cannot → ``n``,
``accuracy``, ``weighted_f1``, ``macro_f1`` over that language's rows, with the gold codes present there).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any, Callable, Iterable, Optional

from sitrep.evaluate._common import describe_exception, put, rounded
from sitrep.evaluate.gold import GoldSnippet
from sitrep.taxonomy import ACLED_CODES, BY_NAME

__all__ = ["NONE", "SnippetError", "SnippetsReport", "default_classifier", "evaluate_snippets"]

NONE = "NONE"  # the label of a None prediction


@dataclass(frozen=True)
class SnippetError:
    id: str
    gold: str
    pred: str
    text: str  # the first 120 characters


@dataclass(frozen=True, eq=False)
class SnippetsReport:
    n: int
    excluded: int
    failed: int
    labels: tuple[str, ...]  # the gold ACLED codes averaged over, sorted
    accuracy: Optional[float]
    weighted_f1: Optional[float]
    macro_f1: Optional[float]
    per_class: dict[str, dict[str, Any]]
    confusion: dict[str, dict[str, int]]  # gold → pred → count
    errors: tuple[SnippetError, ...]
    failures: tuple[tuple[str, str], ...] = ()  # (id, exception) of the rows where the classifier raised
    by_lang: dict[str, dict[str, Any]] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"n": self.n, "excluded": self.excluded, "failed": self.failed, "classes": len(self.labels)}
        put(out, "accuracy", self.accuracy, self.n)
        put(out, "weighted_f1", self.weighted_f1, self.n)
        put(out, "macro_f1", self.macro_f1, self.n)
        out["per_class"] = self.per_class
        out["confusion"] = self.confusion
        out["by_lang"] = self.by_lang
        return rounded(out)


def default_classifier(model: Optional[str] = None) -> Callable[[str], Optional[str]]:
    """``sitrep.classify(text, lang="en")`` (with ``model=`` only when given), imported lazily."""
    import sitrep

    if model is None:
        return lambda text: sitrep.classify(text, lang="en")
    return lambda text: sitrep.classify(text, lang="en", model=model)


def _as_code(label: Any) -> str:
    """A CASE code; an ACLED sub-type name or a ``SubType`` is read as its code, None as NONE."""
    if label is None:
        return NONE
    code = getattr(label, "code", label)
    code = str(code).strip()
    if code in BY_NAME:
        return BY_NAME[code].code
    return code or NONE


def evaluate_snippets(
    gold: Iterable[GoldSnippet],
    classify: Optional[Callable[[str], Optional[str]]] = None,
    *,
    catch_errors: bool = True,
) -> SnippetsReport:
    """Classify every ACLED-labelled snippet and score the labels (see the module docstring)."""
    from sklearn.metrics import precision_recall_fscore_support

    classify = classify or default_classifier()
    ids: list[str] = []
    texts: list[str] = []
    y_true: list[str] = []
    y_pred: list[str] = []
    excluded = 0
    failures: list[tuple[str, str]] = []
    for row in gold:
        if row.label not in ACLED_CODES:
            excluded += 1
            continue
        try:
            label = classify(row.text)
        except Exception as exc:
            if not catch_errors:
                raise
            failures.append((row.id, describe_exception(exc)))
            label = None
        ids.append(row.id)
        texts.append(row.text)
        y_true.append(row.label)
        y_pred.append(_as_code(label))

    labels = sorted(set(y_true))
    n = len(y_true)
    per_class: dict[str, dict[str, Any]] = {}
    accuracy = weighted = macro = None
    if n:
        overall = _scores(y_true, y_pred)
        accuracy, weighted, macro = overall["accuracy"], overall["weighted_f1"], overall["macro_f1"]
        p, r, f, s = precision_recall_fscore_support(y_true, y_pred, labels=labels, average=None, zero_division=0)
        for i, code in enumerate(labels):
            per_class[code] = {"precision": float(p[i]), "recall": float(r[i]), "f1": float(f[i]), "support": int(s[i])}

    cells = Counter(zip(y_true, y_pred))
    confusion: dict[str, dict[str, int]] = {}
    for (g, pr), count in sorted(cells.items()):
        confusion.setdefault(g, {})[pr] = count
    errors = tuple(
        SnippetError(i, g, pr, t[:120]) for i, g, pr, t in zip(ids, y_true, y_pred, texts) if g != pr
    )
    return SnippetsReport(
        n=n,
        excluded=excluded,
        failed=len(failures),
        labels=tuple(labels),
        accuracy=accuracy,
        weighted_f1=weighted,
        macro_f1=macro,
        per_class=per_class,
        confusion=confusion,
        errors=errors,
        failures=tuple(failures),
        by_lang=_by_lang(texts, y_true, y_pred),
    )


def _scores(y_true: list[str], y_pred: list[str]) -> dict[str, Any]:
    """``n``, ``accuracy``, ``weighted_f1`` and ``macro_f1`` over the gold codes present in ``y_true``."""
    from sklearn.metrics import accuracy_score, precision_recall_fscore_support

    labels = sorted(set(y_true))
    out: dict[str, Any] = {"n": len(y_true), "accuracy": float(accuracy_score(y_true, y_pred))}
    for average in ("weighted", "macro"):
        f1 = precision_recall_fscore_support(y_true, y_pred, labels=labels, average=average, zero_division=0)[2]
        out[f"{average}_f1"] = float(f1)
    return out


def _by_lang(texts: list[str], y_true: list[str], y_pred: list[str]) -> dict[str, dict[str, Any]]:
    """The scores per detected language of the snippets."""
    from sitrep.lang import detect_language

    rows: dict[str, list[tuple[str, str]]] = {}
    for text, g, p in zip(texts, y_true, y_pred):
        rows.setdefault(detect_language(text) or "unknown", []).append((g, p))
    return {lang: _scores([g for g, _ in pairs], [p for _, p in pairs]) for lang, pairs in sorted(rows.items())}
