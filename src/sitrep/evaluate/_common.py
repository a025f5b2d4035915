"""Small helpers shared by the evaluators: ratios with their counts, medians, JSON rounding."""

from __future__ import annotations

import statistics
import traceback
from typing import Any, Iterable, Optional

DIGITS = 4


def ratio(hits: int, n: int) -> Optional[float]:
    """``hits / n``, or None when there is nothing to count (never NaN)."""
    return hits / n if n else None


def f1(tp: int, n_gold: int, n_pred: int) -> Optional[float]:
    """F1 = 2·tp / (gold + pred): the harmonic mean of precision and recall, 0 when one of them is
    0 or undefined while the other side has items, None when there are no items at all."""
    total = n_gold + n_pred
    return 2 * tp / total if total else None


def put(out: dict[str, Any], key: str, value: Optional[float], n: int) -> None:
    """Store a metric and its count side by side: ``key`` and ``key_n``."""
    out[key] = value
    out[f"{key}_n"] = n


def put_acc(out: dict[str, Any], key: str, checks: Iterable[Optional[bool]]) -> None:
    """Accuracy over the checks that apply (None = not applicable), with its count."""
    values = [c for c in checks if c is not None]
    put(out, key, ratio(sum(values), len(values)), len(values))


def median(values: list[float]) -> Optional[float]:
    return statistics.median(values) if values else None


def mean(values: list[float]) -> Optional[float]:
    return statistics.fmean(values) if values else None


def rounded(obj: Any, digits: int = DIGITS) -> Any:
    """Floats rounded for a readable JSON; dicts and lists rounded recursively."""
    if isinstance(obj, float):
        return round(obj, digits)
    if isinstance(obj, dict):
        return {k: rounded(v, digits) for k, v in obj.items()}
    if isinstance(obj, (list, tuple)):
        return [rounded(v, digits) for v in obj]
    return obj


def describe_exception(exc: BaseException) -> str:
    """``Type: message (file:line)`` of the innermost frame, for the failure list of a report."""
    frames = traceback.extract_tb(exc.__traceback__)
    where = f" ({frames[-1].filename.rsplit('/', 1)[-1]}:{frames[-1].lineno})" if frames else ""
    return f"{type(exc).__name__}: {exc}{where}"
