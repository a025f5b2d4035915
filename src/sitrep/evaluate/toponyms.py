"""Score toponym resolution and detection (``sitrep eval toponyms --mode resolve|detect``).

Mode ``resolve`` gives a ``resolve(text, start, end)`` callable each gold span; it returns
``(lat, lon, geonameid, country)`` (a ``sitrep.records.Place`` or a dict with these fields is read
too) or None. Over the gold toponyms:

* ``acc_161km``: share resolved within 161 km (100 miles) of the gold point;
* ``median_km``, ``mean_km``: error distance, an unresolved toponym counting as 20,039 km (half the
  Earth's circumference, as is customary since Gritta et al.);
  n for these three = gold toponyms with coordinates;
* ``exact_geonameid``: same GeoNames id; n = gold toponyms with a geonameid;
* ``country_acc``: same country (names and ISO-2/ISO-3 codes are all read); n = gold toponyms
  with a country. Unresolved counts as wrong everywhere; ``unresolved`` counts them.

Mode ``detect`` gives ``detect(text)`` the whole text; it returns ``(start, end, lat, lon)`` tuples
(or ``Place`` records with ``evidence``). Spans are compared by exact offsets (duplicates ignored):

* ``precision`` (n = predicted spans), ``recall`` (n = gold spans), ``f1`` (n = gold + predicted);
* ``acc_161km`` and ``median_km`` over the gold spans that were detected exactly and have gold
  coordinates (a detected span without coordinates counts as 20,039 km).

Both modes break the metrics down by corpus (``by_source``: the id prefix before the first ``-``,
``lgl`` and ``gwn`` in the shared file). JSON form (``ToponymsReport.to_json()``): ``mode``,
``texts``, ``dropped_gold_spans`` (unusable gold spans, see ``gold.py``), counts, each metric with
``key_n``, and ``by_source``.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import Any, Callable, Iterable, Optional, Sequence

from sitrep.evaluate._common import describe_exception, f1, mean, median, put, ratio, rounded
from sitrep.evaluate.geo import MAX_ERROR_KM, haversine_km, same_country
from sitrep.evaluate.gold import GoldToponym, GoldToponymText

__all__ = [
    "ACC_KM",
    "DetectResult",
    "Resolution",
    "ResolveResult",
    "ToponymsReport",
    "evaluate_detect",
    "evaluate_resolve",
    "evaluate_toponyms",
]

ACC_KM = 161.0


@dataclass(frozen=True)
class Resolution:
    lat: Optional[float] = None
    lon: Optional[float] = None
    geonameid: Optional[int] = None
    country: Optional[str] = None

    @property
    def has_coordinates(self) -> bool:
        return self.lat is not None and self.lon is not None

    @classmethod
    def coerce(cls, value: Any) -> Optional["Resolution"]:
        if value is None:
            return None
        if isinstance(value, cls):
            return value
        if isinstance(value, dict):
            lat = value.get("lat", value.get("latitude"))
            lon = value.get("lon", value.get("longitude"))
            gid, country = value.get("geonameid"), value.get("country")
        elif isinstance(value, (tuple, list)):
            lat, lon, gid, country = (list(value) + [None] * 4)[:4]
        else:  # a Place
            lat, lon = getattr(value, "latitude", None), getattr(value, "longitude", None)
            gid, country = getattr(value, "geonameid", None), getattr(value, "country", None)
        return cls(
            lat=None if lat is None else float(lat),
            lon=None if lon is None else float(lon),
            geonameid=_int_or_none(gid),
            country=country,
        )


def _int_or_none(value: Any) -> Optional[int]:
    try:
        return None if value is None or value == "" else int(value)
    except (TypeError, ValueError):
        return None


@dataclass(frozen=True)
class ResolveResult:
    """One gold toponym and what the resolver said about it."""

    text_id: str
    source: str
    gold: GoldToponym
    pred: Optional[Resolution]
    km: Optional[float]  # None when gold has no coordinates; MAX_ERROR_KM when unresolved
    error: Optional[str] = None


@dataclass(frozen=True)
class DetectResult:
    """One text: gold and predicted spans."""

    text_id: str
    source: str
    text: str
    gold: tuple[GoldToponym, ...]
    pred: tuple[tuple[int, int, Optional[float], Optional[float]], ...]
    error: Optional[str] = None

    @property
    def gold_spans(self) -> set[tuple[int, int]]:
        return {(t.start, t.end) for t in self.gold}

    @property
    def pred_spans(self) -> set[tuple[int, int]]:
        return {(s, e) for s, e, *_ in self.pred}

    def detected_km(self) -> list[tuple[GoldToponym, float]]:
        """Error distance of each exactly detected gold span that has coordinates."""
        coords = {}
        for s, e, lat, lon in self.pred:
            if (s, e) not in coords or coords[(s, e)] is None:
                coords[(s, e)] = None if lat is None or lon is None else (lat, lon)
        out, seen = [], set()
        for t in self.gold:
            key = (t.start, t.end)
            if key in seen or key not in coords or not t.has_coordinates:
                continue
            seen.add(key)
            point = coords[key]
            out.append((t, MAX_ERROR_KM if point is None else haversine_km(t.lat, t.lon, *point)))
        return out


@dataclass(frozen=True, eq=False)
class ToponymsReport:
    mode: str  # resolve | detect
    metrics: dict[str, Any]
    by_source: dict[str, dict[str, Any]]
    resolved: tuple[ResolveResult, ...] = ()  # mode resolve
    detected: tuple[DetectResult, ...] = ()  # mode detect

    def to_json(self) -> dict[str, Any]:
        return rounded({"mode": self.mode, **self.metrics, "by_source": self.by_source})


# --- resolve -------------------------------------------------------------------------------


def evaluate_resolve(
    gold: Iterable[GoldToponymText],
    resolve: Callable[[str, int, int], Any],
    *,
    catch_errors: bool = True,
) -> ToponymsReport:
    results: list[ResolveResult] = []
    texts = dropped = 0
    for item in gold:
        texts += 1
        dropped += item.dropped
        for t in item.toponyms:
            error = None
            try:
                pred = Resolution.coerce(resolve(item.text, t.start, t.end))
            except Exception as exc:
                if not catch_errors:
                    raise
                pred, error = None, describe_exception(exc)
            km = None
            if t.has_coordinates:
                km = haversine_km(t.lat, t.lon, pred.lat, pred.lon) if pred and pred.has_coordinates else MAX_ERROR_KM
            results.append(ResolveResult(item.id, item.prefix, t, pred, km, error))
    groups: dict[str, list[ResolveResult]] = defaultdict(list)
    for r in results:
        groups[r.source].append(r)
    metrics = {"texts": texts, "dropped_gold_spans": dropped, **_resolve_metrics(results)}
    return ToponymsReport(
        mode="resolve",
        metrics=metrics,
        by_source={k: _resolve_metrics(v) for k, v in sorted(groups.items())},
        resolved=tuple(results),
    )


def _resolve_metrics(results: Sequence[ResolveResult]) -> dict[str, Any]:
    kms = [r.km for r in results if r.km is not None]
    with_id = [r for r in results if r.gold.geonameid is not None]
    with_country = [r for r in results if r.gold.country]
    out: dict[str, Any] = {
        "toponyms": len(results),
        "unresolved": sum(r.pred is None or not r.pred.has_coordinates for r in results),
        "failed": sum(r.error is not None for r in results),
    }
    put(out, "acc_161km", ratio(sum(k <= ACC_KM for k in kms), len(kms)), len(kms))
    put(out, "median_km", median(kms), len(kms))
    put(out, "mean_km", mean(kms), len(kms))
    exact = sum(r.pred is not None and r.pred.geonameid == r.gold.geonameid for r in with_id)
    put(out, "exact_geonameid", ratio(exact, len(with_id)), len(with_id))
    same = sum(r.pred is not None and same_country(r.pred.country, r.gold.country) for r in with_country)
    put(out, "country_acc", ratio(same, len(with_country)), len(with_country))
    return out


# --- detect --------------------------------------------------------------------------------


def _span(value: Any) -> tuple[int, int, Optional[float], Optional[float]]:
    if isinstance(value, (tuple, list)):
        start, end, lat, lon = (list(value) + [None, None])[:4]
    else:  # a Place with evidence
        evidence = value.evidence
        start, end = evidence.start, evidence.end
        lat, lon = getattr(value, "latitude", None), getattr(value, "longitude", None)
    return (
        int(start),
        int(end),
        None if lat is None else float(lat),
        None if lon is None else float(lon),
    )


def evaluate_detect(
    gold: Iterable[GoldToponymText],
    detect: Callable[[str], Iterable[Any]],
    *,
    catch_errors: bool = True,
) -> ToponymsReport:
    results: list[DetectResult] = []
    dropped = 0
    for item in gold:
        dropped += item.dropped
        error = None
        try:
            pred = tuple(_span(v) for v in (detect(item.text) or ()))
        except Exception as exc:
            if not catch_errors:
                raise
            pred, error = (), describe_exception(exc)
        results.append(DetectResult(item.id, item.prefix, item.text, item.toponyms, pred, error))
    groups: dict[str, list[DetectResult]] = defaultdict(list)
    for r in results:
        groups[r.source].append(r)
    metrics = {"texts": len(results), "dropped_gold_spans": dropped, **_detect_metrics(results)}
    return ToponymsReport(
        mode="detect",
        metrics=metrics,
        by_source={k: _detect_metrics(v) for k, v in sorted(groups.items())},
        detected=tuple(results),
    )


def _detect_metrics(results: Sequence[DetectResult]) -> dict[str, Any]:
    n_gold = sum(len(r.gold_spans) for r in results)
    n_pred = sum(len(r.pred_spans) for r in results)
    tp = sum(len(r.gold_spans & r.pred_spans) for r in results)
    kms = [km for r in results for _, km in r.detected_km()]
    out: dict[str, Any] = {
        "gold_spans": n_gold,
        "pred_spans": n_pred,
        "tp": tp,
        "failed": sum(r.error is not None for r in results),
    }
    put(out, "precision", ratio(tp, n_pred), n_pred)
    put(out, "recall", ratio(tp, n_gold), n_gold)
    put(out, "f1", f1(tp, n_gold, n_pred), n_gold + n_pred)
    put(out, "acc_161km", ratio(sum(k <= ACC_KM for k in kms), len(kms)), len(kms))
    put(out, "median_km", median(kms), len(kms))
    return out


def evaluate_toponyms(
    gold: Iterable[GoldToponymText],
    *,
    mode: str,
    resolve: Optional[Callable[[str, int, int], Any]] = None,
    detect: Optional[Callable[[str], Iterable[Any]]] = None,
    catch_errors: bool = True,
) -> ToponymsReport:
    """Dispatch on ``mode`` ("resolve" needs ``resolve``, "detect" needs ``detect``)."""
    if mode == "resolve":
        if resolve is None:
            raise ValueError("mode 'resolve' needs a resolve(text, start, end) callable")
        return evaluate_resolve(gold, resolve, catch_errors=catch_errors)
    if mode == "detect":
        if detect is None:
            raise ValueError("mode 'detect' needs a detect(text) callable")
        return evaluate_detect(gold, detect, catch_errors=catch_errors)
    raise ValueError(f"unknown mode {mode!r} (use 'resolve' or 'detect')")


def default_resolver() -> Callable[[str, int, int], Any]:
    """``sitrep.geoparse.resolve`` (imported lazily; ImportError/AttributeError while it does not exist)."""
    import importlib

    return importlib.import_module("sitrep.geoparse").resolve


def default_detector() -> Callable[[str], Iterable[Any]]:
    """``sitrep.geoparse.detect`` (imported lazily; ImportError/AttributeError while it does not exist)."""
    import importlib

    return importlib.import_module("sitrep.geoparse").detect
