"""Score extracted events against gold articles (``sitrep eval articles``).

Pairing
-------
Within one article, a predicted event and a gold event are *compatible* when all three hold:

* **country**: ``pred.place.country`` equals the gold ``country_iso3`` (a prediction without a
  place or without a country is incompatible, unless the gold country is null);
* **date**: the predicted ``TimeSpan`` [start, end] overlaps the gold [date_min, date_max] (a null
  gold bound is open); a prediction without a time overlaps only when both gold dates are null;
* **place**: when both sides have coordinates, they are at most 50 km apart (coordinates decide,
  names are not consulted); otherwise the gold ``location`` and the predicted place's ``name`` (or
  its ``text`` as written) are the same place by :func:`sitrep.evaluate.geo.same_place_name`.
  A gold event with neither a location nor coordinates agrees with any predicted place.

Compatible events are paired one-to-one by a maximum matching (``scipy`` linear_sum_assignment on
lexicographic weights): the most pairs; among those, the most pairs sharing ``sub_event_type``;
among those, the closest places. ``event_precision = pairs / events_pred``, ``event_recall = pairs
/ events_gold``, ``event_f1 = 2·pairs / (events_gold + events_pred)``.

``strict_*`` use a second, separate maximum matching in which a pair must also share
``sub_event_type`` (so a strict pair is never lost to the lenient matching's choices). ``by_class``
counts come from the strict matching: for each ``sub_event_type``, gold and predicted counts, ``tp``
= strict pairs of that class, precision, recall and f1.

Metrics over the pairs of the (lenient) matching
------------------------------------------------
* ``event_type_acc``, ``sub_event_type_acc``: equal strings; n = pairs.
* ``fatalities_acc``: ``pred.casualties.killed.best`` (None read as 0) equals gold ``fatalities``;
  n = pairs whose gold ``fatalities`` is not null.
* ``injured_acc``: when gold ``injured`` is a number, ``pred.casualties.injured.best`` (None read
  as 0) must equal it. When gold ``injured`` is null but ``injured_min`` is given (e.g. 1 for
  "des blessés" with no figure), the prediction is right when its injured ``best`` or ``low`` is at
  least ``injured_min``. When both are null (injuries not stated) the pair is not counted.
* ``actor1_country_acc``, ``actor2_country_acc``: the predicted actor's ``country`` equals the gold
  ISO-3 code (a missing actor is wrong); n = pairs whose gold code is not null.
* ``location_km_median``: median great-circle distance, and ``location_within_25km``: share within
  25 km; n = pairs where both sides have coordinates.
* ``date_ok``: the predicted range lies inside the gold range (null gold bounds are open);
  n = pairs whose gold event has at least one date bound.

JSON form (``ArticlesReport.to_json()``)
---------------------------------------
A flat object: every metric ``key`` is followed by ``key_n``, the number of items it is computed
over (``event_precision_n`` = predicted events, ``event_recall_n`` = gold events, ``event_f1_n`` =
gold + predicted events, accuracies: the pairs where the gold field applies). A metric whose count
is 0 is ``null``. Counts: ``articles``, ``articles_failed`` (the predictor raised; the article's gold
events count as missed), ``events_gold``, ``events_pred``, ``pairs``, ``strict_pairs``. Then
``by_lang`` (the same flat object per gold ``lang``; ``unknown`` when null) and ``by_class``.
Floats are rounded to 4 decimals. With ``details=True``, also
``articles_detail``: per article, the missed gold events, the extra predictions and, for each pair,
the fields that are wrong (gold vs predicted).
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass
from typing import Any, Callable, Iterable, Optional, Sequence

from sitrep.evaluate._common import describe_exception, f1, median, put, put_acc, ratio, rounded
from sitrep.evaluate.geo import haversine_km, place_name_key, same_place_name
from sitrep.evaluate.gold import GoldArticle, GoldEvent
from sitrep.records import Event, Extraction

__all__ = [
    "ArticleResult",
    "ArticlesReport",
    "EventPair",
    "FieldDiff",
    "MATCH_KM",
    "NEAR_KM",
    "compatibility",
    "default_predictor",
    "evaluate_articles",
    "match_events",
]

MATCH_KM = 50.0  # places agree within this distance when both sides have coordinates
NEAR_KM = 25.0  # location_within_25km

#: The per-pair accuracies, in report order.
PAIR_CHECKS = (
    "event_type",
    "sub_event_type",
    "fatalities",
    "injured",
    "actor1_country",
    "actor2_country",
    "location",
    "date",
)


# --- records of the report -----------------------------------------------------------------


@dataclass(frozen=True)
class FieldDiff:
    """One wrong field of a pair."""

    field: str
    gold: Any
    pred: Any


@dataclass(frozen=True)
class EventPair:
    gold_index: int
    pred_index: int
    km: Optional[float]  # distance between the two places, when both have coordinates
    checks: dict[str, Optional[bool]]  # PAIR_CHECKS → right / wrong / None (not applicable)
    diffs: tuple[FieldDiff, ...] = ()


@dataclass(frozen=True)
class ArticleResult:
    """The comparison for one article."""

    id: str
    lang: str
    gold: tuple[GoldEvent, ...]
    pred: tuple[Event, ...]
    pairs: tuple[EventPair, ...] = ()
    strict_pairs: tuple[tuple[int, int], ...] = ()
    missed: tuple[int, ...] = ()  # gold indexes left unpaired
    extra: tuple[int, ...] = ()  # pred indexes left unpaired
    #: for each missed gold event, the unpaired prediction that came closest and why it failed
    near_misses: tuple[tuple[int, int, tuple[str, ...]], ...] = ()
    error: Optional[str] = None  # the predictor raised

    def gold_evidence(self, index: int) -> str:
        ev = self.gold[index].evidence
        return ev[0] if ev else ""

    def pred_evidence(self, index: int) -> str:
        return _pred_evidence(self.pred[index])


@dataclass(frozen=True, eq=False)
class ArticlesReport:
    articles: tuple[ArticleResult, ...]
    metrics: dict[str, Any]
    by_lang: dict[str, dict[str, Any]]
    by_class: dict[str, dict[str, Any]]

    def to_json(self, details: bool = False) -> dict[str, Any]:
        out: dict[str, Any] = dict(self.metrics)
        out["by_lang"] = self.by_lang
        out["by_class"] = self.by_class
        if details:
            out["articles_detail"] = [_article_json(a) for a in self.articles]
        return rounded(out)


# --- compatibility and matching ------------------------------------------------------------


def _code(value: Optional[str]) -> Optional[str]:
    return value.strip().upper() if isinstance(value, str) and value.strip() else None


def _pred_coords(pred: Event) -> Optional[tuple[float, float]]:
    place = pred.place
    if place is None or place.latitude is None or place.longitude is None:
        return None
    return place.latitude, place.longitude


def _distance(gold: GoldEvent, pred: Event) -> Optional[float]:
    coords = _pred_coords(pred)
    if coords is None or not gold.has_coordinates:
        return None
    return haversine_km(gold.latitude, gold.longitude, *coords)


def _overlaps(gold: GoldEvent, pred: Event) -> bool:
    if gold.date_min is None and gold.date_max is None:
        return True
    if pred.time is None:
        return False
    start, end = pred.time.start, pred.time.end
    return (gold.date_max is None or start <= gold.date_max) and (gold.date_min is None or end >= gold.date_min)


def _inside(gold: GoldEvent, pred: Event) -> Optional[bool]:
    if gold.date_min is None and gold.date_max is None:
        return None
    if pred.time is None:
        return False
    start, end = pred.time.start, pred.time.end
    return (gold.date_min is None or start >= gold.date_min) and (gold.date_max is None or end <= gold.date_max)


def _name_agreement(gold: GoldEvent, pred: Event) -> float:
    """0 when the names disagree; 0.5 same key; 0.25 one contains the other (a tie-break score)."""
    if pred.place is None or not gold.location:
        return 0.0
    best = 0.0
    for name in (pred.place.name, pred.place.text):
        if name and same_place_name(gold.location, name):
            same = place_name_key(gold.location) == place_name_key(name)
            best = max(best, 0.5 if same else 0.25)
    return best


def compatibility(gold: GoldEvent, pred: Event) -> tuple[tuple[str, ...], Optional[float], float]:
    """Why ``pred`` cannot pair with ``gold`` (empty when compatible), the distance in km when both
    have coordinates, and a closeness score in [0, 1] used to break ties between matchings."""
    reasons: list[str] = []
    gold_country = _code(gold.country_iso3)
    pred_country = _code(pred.place.country) if pred.place else None
    if gold_country is not None and pred_country != gold_country:
        reasons.append(f"country {gold_country} ≠ {pred_country or '—'}")
    if not _overlaps(gold, pred):
        reasons.append(f"dates {_gold_dates(gold)} vs {_pred_dates(pred)}")
    km = _distance(gold, pred)
    closeness = 0.0
    if km is not None:
        if km > MATCH_KM:
            reasons.append(f"place {gold.location} vs {_pred_place(pred)}: {km:.0f} km apart")
        else:
            closeness = 1.0 - km / MATCH_KM
    elif pred.place is None:
        reasons.append("no predicted place")
    elif not gold.location and not gold.has_coordinates:
        closeness = 0.0
    else:
        closeness = _name_agreement(gold, pred)
        if closeness == 0.0:
            reasons.append(f"place {gold.location or '—'} vs {_pred_place(pred)}: names differ")
    return tuple(reasons), km, closeness


def match_events(
    golds: Sequence[GoldEvent], preds: Sequence[Event], *, strict: bool = False
) -> list[tuple[int, int]]:
    """The one-to-one maximum matching of compatible events, as (gold index, pred index) pairs.

    Weights are lexicographic: a pair counts ``big``, sharing ``sub_event_type`` adds ``sub``, and
    the closeness score (≤ 1) breaks the remaining ties; ``sub`` exceeds the sum of all closeness
    scores and ``big`` the sum of all other bonuses, so the matching maximises the number of pairs
    first. With ``strict``, only pairs sharing ``sub_event_type`` are compatible.
    """
    if not golds or not preds:
        return []
    import numpy as np
    from scipy.optimize import linear_sum_assignment

    k = min(len(golds), len(preds)) + 1
    sub, big = k + 1.0, (k + 1.0) * (k + 2.0)
    weights = np.zeros((len(golds), len(preds)))
    for i, g in enumerate(golds):
        for j, p in enumerate(preds):
            same_sub = g.sub_event_type == p.sub_event_type
            if strict and not same_sub:
                continue
            reasons, _, closeness = compatibility(g, p)
            if not reasons:
                weights[i, j] = big + (sub if same_sub else 0.0) + closeness
    rows, cols = linear_sum_assignment(weights, maximize=True)
    return sorted((int(i), int(j)) for i, j in zip(rows, cols) if weights[i, j] > 0)


# --- per-pair checks -----------------------------------------------------------------------


def _injured_ok(gold: GoldEvent, pred: Event) -> Optional[bool]:
    injured = pred.casualties.injured
    if gold.injured is not None:
        return (injured.best or 0) == gold.injured
    if gold.injured_min is not None:
        return any(v is not None and v >= gold.injured_min for v in (injured.best, injured.low))
    return None


def _actor_country(actor) -> Optional[str]:
    return _code(actor.country) if actor is not None else None


def _check_pair(gi: int, pj: int, gold: GoldEvent, pred: Event) -> EventPair:
    km = _distance(gold, pred)
    killed = pred.casualties.killed.best
    injured = pred.casualties.injured
    a1, a2 = _actor_country(pred.actor1), _actor_country(pred.actor2)
    checks: dict[str, Optional[bool]] = {
        "event_type": pred.event_type == gold.event_type,
        "sub_event_type": pred.sub_event_type == gold.sub_event_type,
        "fatalities": None if gold.fatalities is None else (killed or 0) == gold.fatalities,
        "injured": _injured_ok(gold, pred),
        "actor1_country": None if gold.actor1_country is None else a1 == _code(gold.actor1_country),
        "actor2_country": None if gold.actor2_country is None else a2 == _code(gold.actor2_country),
        "location": None if km is None else km <= NEAR_KM,
        "date": _inside(gold, pred),
    }
    shown = {
        "event_type": (gold.event_type, pred.event_type),
        "sub_event_type": (gold.sub_event_type, pred.sub_event_type),
        "fatalities": (gold.fatalities, killed),
        "injured": (
            gold.injured if gold.injured is not None else f"≥{gold.injured_min}",
            _count_text(injured.best, injured.low, injured.high),
        ),
        "actor1_country": (gold.actor1_country, a1),
        "actor2_country": (gold.actor2_country, a2),
        "location": (
            f"{gold.location} ({gold.latitude}, {gold.longitude})",
            f"{_pred_place(pred)} ({_pred_coords(pred)[0]}, {_pred_coords(pred)[1]}) {km:.0f} km"
            if km is not None
            else None,
        ),
        "date": (_gold_dates(gold), _pred_dates(pred)),
    }
    diffs = tuple(FieldDiff(name, *shown[name]) for name, ok in checks.items() if ok is False)
    return EventPair(gi, pj, km, checks, diffs)


# --- evaluation ----------------------------------------------------------------------------


def default_predictor(gold: GoldArticle) -> Extraction:
    """Run ``sitrep.extract`` on a gold article's text (imported lazily)."""
    import sitrep

    return sitrep.extract(gold.text, published=gold.published, lang=gold.lang, title=gold.title, url=gold.url)


def _events_of(result: Any) -> tuple[Event, ...]:
    if result is None:
        return ()
    if isinstance(result, Extraction) or hasattr(result, "events"):
        return tuple(result.events)
    return tuple(result)


def compare_article(article: GoldArticle, preds: Sequence[Event], error: Optional[str] = None) -> ArticleResult:
    """Pair one article's predicted events with its gold events and check each pair."""
    golds, preds = tuple(article.events), tuple(preds)
    matching = match_events(golds, preds)
    strict = match_events(golds, preds, strict=True)
    pairs = tuple(_check_pair(i, j, golds[i], preds[j]) for i, j in matching)
    paired_g, paired_p = {i for i, _ in matching}, {j for _, j in matching}
    missed = tuple(i for i in range(len(golds)) if i not in paired_g)
    extra = tuple(j for j in range(len(preds)) if j not in paired_p)
    partner = {j: i for i, j in matching}
    near = []
    for i in missed:
        candidates = [(compatibility(golds[i], preds[j])[0], j) for j in (extra or range(len(preds)))]
        if candidates:
            reasons, j = min(candidates, key=lambda c: (len(c[0]), c[1]))
            if j in partner:
                reasons = (*reasons, f"already paired with g#{partner[j]}")
            near.append((i, j, reasons))
    return ArticleResult(
        id=article.id,
        lang=article.lang or "unknown",
        gold=golds,
        pred=preds,
        pairs=pairs,
        strict_pairs=tuple(strict),
        missed=missed,
        extra=extra,
        near_misses=tuple(near),
        error=error,
    )


def evaluate_articles(
    gold: Iterable[GoldArticle],
    predict: Optional[Callable[[GoldArticle], Extraction]] = None,
    *,
    catch_errors: bool = True,
) -> ArticlesReport:
    """Run ``predict`` on every gold article and score its events (see the module docstring).

    ``predict`` returns an :class:`~sitrep.records.Extraction` (or any object with ``.events``, or
    a sequence of events); it defaults to :func:`default_predictor`. With ``catch_errors``, an
    exception in the predictor is recorded on the article (its gold events count as missed)
    instead of stopping the run.
    """
    predict = predict or default_predictor
    results = []
    for article in gold:
        error = None
        try:
            preds = _events_of(predict(article))
        except Exception as exc:
            if not catch_errors:
                raise
            preds, error = (), describe_exception(exc)
        results.append(compare_article(article, preds, error))
    return build_report(results)


def build_report(results: Sequence[ArticleResult]) -> ArticlesReport:
    by_lang_results: dict[str, list[ArticleResult]] = defaultdict(list)
    for r in results:
        by_lang_results[r.lang].append(r)
    return ArticlesReport(
        articles=tuple(results),
        metrics=aggregate(results),
        by_lang={lang: aggregate(rs) for lang, rs in sorted(by_lang_results.items())},
        by_class=_by_class(results),
    )


def aggregate(results: Sequence[ArticleResult]) -> dict[str, Any]:
    """The flat metrics object over a set of article results."""
    n_gold = sum(len(r.gold) for r in results)
    n_pred = sum(len(r.pred) for r in results)
    tp = sum(len(r.pairs) for r in results)
    strict_tp = sum(len(r.strict_pairs) for r in results)
    pairs = [p for r in results for p in r.pairs]
    out: dict[str, Any] = {
        "articles": len(results),
        "articles_failed": sum(r.error is not None for r in results),
        "events_gold": n_gold,
        "events_pred": n_pred,
        "pairs": tp,
        "strict_pairs": strict_tp,
    }
    put(out, "event_precision", ratio(tp, n_pred), n_pred)
    put(out, "event_recall", ratio(tp, n_gold), n_gold)
    put(out, "event_f1", f1(tp, n_gold, n_pred), n_gold + n_pred)
    put(out, "strict_precision", ratio(strict_tp, n_pred), n_pred)
    put(out, "strict_recall", ratio(strict_tp, n_gold), n_gold)
    put(out, "strict_f1", f1(strict_tp, n_gold, n_pred), n_gold + n_pred)
    for name in ("event_type", "sub_event_type", "fatalities", "injured", "actor1_country", "actor2_country"):
        put_acc(out, f"{name}_acc", (p.checks[name] for p in pairs))
    kms = [p.km for p in pairs if p.km is not None]
    put(out, "location_km_median", median(kms), len(kms))
    put_acc(out, "location_within_25km", (p.checks["location"] for p in pairs))
    put_acc(out, "date_ok", (p.checks["date"] for p in pairs))
    return out


def _by_class(results: Sequence[ArticleResult]) -> dict[str, dict[str, Any]]:
    gold: dict[str, int] = defaultdict(int)
    pred: dict[str, int] = defaultdict(int)
    tp: dict[str, int] = defaultdict(int)
    for r in results:
        for g in r.gold:
            gold[g.sub_event_type] += 1
        for p in r.pred:
            pred[p.sub_event_type] += 1
        for i, _ in r.strict_pairs:
            tp[r.gold[i].sub_event_type] += 1
    out = {}
    for name in sorted(set(gold) | set(pred)):
        g, p, t = gold[name], pred[name], tp[name]
        out[name] = {"gold": g, "pred": p, "tp": t, "precision": ratio(t, p), "recall": ratio(t, g), "f1": f1(t, g, p)}
    return out


# --- text helpers for the report -----------------------------------------------------------


def _count_text(best, low, high) -> Optional[str]:
    if best is None and low is None and high is None:
        return None
    if low is None and high is None or low == high == best:
        return str(best)
    return f"{best} [{'' if low is None else low}–{'' if high is None else high}]"


def _gold_dates(gold: GoldEvent) -> str:
    return _range_text(gold.date_min, gold.date_max)


def _pred_dates(pred: Event) -> str:
    return "—" if pred.time is None else _range_text(pred.time.start, pred.time.end)


def _range_text(a: Optional[dt.date], b: Optional[dt.date]) -> str:
    if a is not None and a == b:
        return a.isoformat()
    return f"{a.isoformat() if a else '…'}..{b.isoformat() if b else '…'}"


def _pred_place(pred: Event) -> str:
    place = pred.place
    if place is None:
        return "—"
    name = place.name or place.text
    return f"{name}/{place.country}" if place.country else name


def _pred_evidence(pred: Event) -> str:
    if pred.evidence:
        return pred.evidence[0].text
    if pred.place is not None and pred.place.evidence is not None:
        return pred.place.evidence.text
    return ""


def gold_summary(g: GoldEvent) -> dict[str, Any]:
    return {
        "sub_event_type": g.sub_event_type,
        "location": g.location,
        "country": g.country_iso3,
        "dates": _gold_dates(g),
        "fatalities": g.fatalities,
        "evidence": g.evidence[0] if g.evidence else None,
    }


def pred_summary(p: Event) -> dict[str, Any]:
    return {
        "sub_event_type": p.sub_event_type,
        "place": _pred_place(p),
        "dates": _pred_dates(p),
        "fatalities": p.casualties.killed.best,
        "evidence": _pred_evidence(p) or None,
    }


def _article_json(r: ArticleResult) -> dict[str, Any]:
    return {
        "id": r.id,
        "lang": r.lang,
        "events_gold": len(r.gold),
        "events_pred": len(r.pred),
        "error": r.error,
        "missed": [
            dict(gold_index=i, **gold_summary(r.gold[i]), closest=_near_json(r, i)) for i in r.missed
        ],
        "extra": [dict(pred_index=j, **pred_summary(r.pred[j])) for j in r.extra],
        "pairs": [
            {
                "gold_index": p.gold_index,
                "pred_index": p.pred_index,
                "sub_event_type": r.gold[p.gold_index].sub_event_type,
                "km": p.km,
                "wrong": {d.field: {"gold": d.gold, "pred": d.pred} for d in p.diffs},
            }
            for p in r.pairs
        ],
    }


def _near_json(r: ArticleResult, gold_index: int) -> Optional[dict[str, Any]]:
    for i, j, reasons in r.near_misses:
        if i == gold_index:
            return {"pred_index": j, "why_not": list(reasons)}
    return None
