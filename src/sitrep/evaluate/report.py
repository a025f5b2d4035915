"""Human reports (Rich) and JSON for the evaluation reports.

``render(report, console)`` prints any of the four reports; ``to_json(report)`` returns its metrics
object (see each evaluator's module docstring for the keys). Every value is shown with its count,
as ``0.750 (4)``, so 1/1 can be told from 900/1000.
"""

from __future__ import annotations

from typing import Any, Optional, Sequence

from rich.console import Console
from rich.table import Table
from rich.text import Text

from sitrep.evaluate.articles import ArticleResult, ArticlesReport, gold_summary, pred_summary
from sitrep.evaluate.sentences import SentencesReport
from sitrep.evaluate.snippets import SnippetsReport
from sitrep.evaluate.toponyms import ACC_KM, ToponymsReport

__all__ = ["render", "render_articles", "render_sentences", "render_snippets", "render_toponyms", "to_json"]

Report = ArticlesReport | SnippetsReport | SentencesReport | ToponymsReport


def to_json(report: Report, **options: Any) -> dict[str, Any]:
    """The JSON metrics object of a report (``details=True`` adds per-article differences)."""
    return report.to_json(**options)


def render(report: Report, console: Optional[Console] = None, **options: Any) -> None:
    console = console or Console()
    if isinstance(report, ArticlesReport):
        render_articles(report, console, **options)
    elif isinstance(report, SnippetsReport):
        render_snippets(report, console, **options)
    elif isinstance(report, SentencesReport):
        render_sentences(report, console, **options)
    elif isinstance(report, ToponymsReport):
        render_toponyms(report, console, **options)
    else:  # pragma: no cover
        raise TypeError(f"not an evaluation report: {type(report).__name__}")


# --- formatting ----------------------------------------------------------------------------


def _value(key: str, value: Any) -> str:
    if value is None:
        return "—"
    if isinstance(value, float):
        is_km = "_km" in key and "within" not in key and not key.startswith("acc")
        return f"{value:,.1f} km" if is_km else f"{value:.3f}"
    return str(value)


def _cell(metrics: dict[str, Any], key: str) -> str:
    value = _value(key, metrics.get(key))
    n = metrics.get(f"{key}_n")
    return value if n is None else f"{value} ({n})"


def _metrics_table(title: str, keys: Sequence[str], columns: dict[str, dict[str, Any]]) -> Table:
    table = Table(title=title, title_justify="left", show_edge=False)
    table.add_column("metric")
    for name in columns:
        table.add_column(name, justify="right")
    for key in keys:
        table.add_row(key, *(_cell(m, key) for m in columns.values()))
    return table


def _quote(text: Optional[str], limit: int = 160) -> str:
    if not text:
        return ""
    text = " ".join(text.split())
    return "“" + (text if len(text) <= limit else text[: limit - 1] + "…") + "”"


def _failures(console: Console, failures: Sequence[tuple[str, str]], what: str) -> None:
    if not failures:
        return
    console.print(Text(f"\n{len(failures)} {what} raised an exception; first: {failures[0][0]}: {failures[0][1]}", style="bold red"))


# --- articles ------------------------------------------------------------------------------

_ARTICLE_COUNTS = ("articles", "articles_failed", "events_gold", "events_pred", "pairs", "strict_pairs")
_ARTICLE_METRICS = (
    "event_precision",
    "event_recall",
    "event_f1",
    "strict_f1",
    "event_type_acc",
    "sub_event_type_acc",
    "fatalities_acc",
    "injured_acc",
    "actor1_country_acc",
    "actor2_country_acc",
    "location_km_median",
    "location_within_25km",
    "date_ok",
)


def render_articles(report: ArticlesReport, console: Console, *, details: bool = True) -> None:
    columns = {"all": report.metrics, **report.by_lang}
    console.print(_metrics_table("Articles: counts", _ARTICLE_COUNTS, columns))
    console.print()
    console.print(_metrics_table("Articles: metrics, value (n)", _ARTICLE_METRICS, columns))
    console.print()
    table = Table(title="By sub_event_type (strict pairs)", title_justify="left", show_edge=False)
    for name in ("sub_event_type", "gold", "pred", "tp", "precision", "recall", "f1"):
        table.add_column(name, justify="left" if name == "sub_event_type" else "right")
    for name, row in report.by_class.items():
        table.add_row(Text(name), *(_value(k, row[k]) for k in ("gold", "pred", "tp", "precision", "recall", "f1")))
    console.print(table)
    _failures(console, [(a.id, a.error) for a in report.articles if a.error], "article(s)")
    if details:
        render_article_differences(report.articles, console)


def _has_problem(a: ArticleResult) -> bool:
    return bool(a.error or a.missed or a.extra or any(p.diffs for p in a.pairs))


def render_article_differences(articles: Sequence[ArticleResult], console: Console) -> None:
    perfect = [a.id for a in articles if not _has_problem(a)]
    console.print()
    console.rule("Per-article differences")
    if perfect:
        console.print(Text(f"No difference: {', '.join(perfect)}", style="green"))
    for a in articles:
        if not _has_problem(a):
            continue
        table = Table(
            title=f"{a.id} ({a.lang}): gold {len(a.gold)}, predicted {len(a.pred)}, paired {len(a.pairs)}",
            title_justify="left",
            show_lines=True,
            expand=False,
        )
        table.add_column("what", style="bold")
        table.add_column("sub-type / field")
        table.add_column("gold")
        table.add_column("predicted")
        if a.error:
            table.add_row(Text("error", style="red"), "", "", Text(a.error))
        near = {i: (j, reasons) for i, j, reasons in a.near_misses}
        for i in a.missed:
            g = gold_summary(a.gold[i])
            gold_text = f"{g['location']} / {g['country']} · {g['dates']} · killed {g['fatalities']}\n{_quote(g['evidence'])}"
            closest = ""
            if i in near:
                j, reasons = near[i]
                closest = f"closest: pred #{j} {a.pred[j].sub_event_type}\nnot paired: " + "; ".join(reasons)
            table.add_row(Text(f"missed g#{i}", style="red"), Text(g["sub_event_type"]), Text(gold_text), Text(closest))
        for j in a.extra:
            p = pred_summary(a.pred[j])
            pred_text = f"{p['place']} · {p['dates']} · killed {p['fatalities']}\n{_quote(p['evidence'])}"
            table.add_row(Text(f"extra p#{j}", style="yellow"), Text(p["sub_event_type"]), "", Text(pred_text))
        for pair in a.pairs:
            for d in pair.diffs:
                table.add_row(
                    Text(f"g#{pair.gold_index} ↔ p#{pair.pred_index}"),
                    Text(d.field),
                    Text(_value("", d.gold)),
                    Text(_value("", d.pred)),
                )
        console.print()
        console.print(table)


# --- snippets ------------------------------------------------------------------------------


def render_snippets(report: SnippetsReport, console: Console, *, max_errors: int = 50) -> None:
    m = report.to_json()
    summary = Table(title="Snippets (ACLED codes only)", title_justify="left", show_edge=False)
    summary.add_column("metric")
    summary.add_column("value (n)", justify="right")
    for key in ("accuracy", "weighted_f1", "macro_f1"):
        summary.add_row(key, _cell(m, key))
    summary.add_row("scored rows", str(report.n))
    summary.add_row("excluded (non-ACLED gold label)", str(report.excluded))
    summary.add_row("classes", str(len(report.labels)))
    if report.failed:
        summary.add_row(Text("classifier failures", style="red"), str(report.failed))
    console.print(summary)
    console.print()

    _keyed_table(console, "Per language (detected)", "lang", ("n", "accuracy", "weighted_f1", "macro_f1"), report.by_lang)
    _keyed_table(console, "Per class", "code", ("precision", "recall", "f1", "support"), report.per_class)
    render_confusion(report.confusion, console, title="Confusion (gold rows × predicted columns)")
    _failures(console, report.failures, "snippet(s)")
    if report.errors and max_errors:
        console.print()
        errors = Table(
            title=f"Errors ({len(report.errors)}{', first ' + str(max_errors) if len(report.errors) > max_errors else ''})",
            title_justify="left",
            show_edge=False,
        )
        for name in ("id", "gold", "predicted", "text"):
            errors.add_column(name)
        for e in report.errors[:max_errors]:
            errors.add_row(Text(e.id), e.gold, e.pred, Text(e.text))
        console.print(errors)


def render_confusion(confusion: dict[str, dict[str, int]], console: Console, *, title: str) -> None:
    """A gold × predicted count matrix; when it cannot fit the console, one line per gold label."""
    gold_labels = sorted(confusion)
    pred_labels = sorted({p for row in confusion.values() for p in row}, key=lambda p: (p not in confusion, p))
    number = {label: i + 1 for i, label in enumerate(pred_labels)}
    label_width = max((len(g) for g in gold_labels), default=4) + 4
    if label_width + 5 * (len(pred_labels) + 1) <= console.width:
        table = Table(title=title + "; columns numbered as the rows", title_justify="left", show_edge=False, pad_edge=False)
        table.add_column("gold")
        for p in pred_labels:
            table.add_column(str(number[p]) if p in confusion else p[:4], justify="right")
        for g in gold_labels:
            row = confusion[g]
            cells = []
            for p in pred_labels:
                count = row.get(p, 0)
                style = "green" if p == g else "red" if count else ""
                cells.append(Text(str(count) if count else "·", style=style))
            table.add_row(f"{number.get(g, ' ')} {g}", *cells)
        console.print(table)
        return
    table = Table(title=title, title_justify="left", show_edge=False)
    table.add_column("gold")
    table.add_column("right", justify="right")
    table.add_column("predicted instead (count)")
    for g in gold_labels:
        row = confusion[g]
        wrong = sorted(((c, p) for p, c in row.items() if p != g), reverse=True)
        table.add_row(g, f"{row.get(g, 0)}/{sum(row.values())}", Text(", ".join(f"{p} {c}" for c, p in wrong)))
    console.print(table)


# --- sentences -----------------------------------------------------------------------------


def render_sentences(report: SentencesReport, console: Console, *, max_errors: int = 50) -> None:
    m = report.to_json()
    summary = Table(title="PLOVER sentences", title_justify="left", show_edge=False)
    summary.add_column("metric")
    summary.add_column("value (n)", justify="right")
    for key in ("plover_acc", "mode_acc", "source_code_acc", "target_code_acc"):
        summary.add_row(key, _cell(m, key))
    summary.add_row("sentences", str(m["n"]))
    if m["failed"]:
        summary.add_row(Text("predictor failures", style="red"), str(m["failed"]))
    console.print(summary)
    console.print()
    per_class = Table(title="Per PLOVER type", title_justify="left", show_edge=False)
    for name in ("type", "support", "correct", "precision", "recall"):
        per_class.add_column(name, justify="left" if name == "type" else "right")
    for label, row in report.per_class.items():
        per_class.add_row(label, *(_value(k, row[k]) for k in ("support", "correct", "precision", "recall")))
    console.print(per_class)
    failures = [(r.gold.id, r.error) for r in report.results if r.error]
    _failures(console, failures, "sentence(s)")
    errors = report.errors
    if errors and max_errors:
        console.print()
        table = Table(title=f"Errors ({len(errors)} sentences)", title_justify="left", show_edge=False)
        for name in ("id", "wrong", "gold", "predicted", "text"):
            table.add_column(name)
        for r in errors[:max_errors]:
            wrong = [k for k, v in r.checks.items() if v is False]
            gold = {
                "plover": r.gold.plover,
                "mode": r.gold.mode,
                "source_code": r.gold.source[0].code if r.gold.source else None,
                "target_code": r.gold.target[0].code if r.gold.target else None,
            }
            pred = {
                "plover": r.pred.event,
                "mode": r.pred.mode,
                "source_code": r.pred.source_codes[0] if r.pred.source_codes else None,
                "target_code": r.pred.target_codes[0] if r.pred.target_codes else None,
            }
            table.add_row(
                Text(r.gold.id),
                ", ".join(wrong),
                Text(" ".join(str(gold[k]) for k in wrong)),
                Text(" ".join(str(pred[k]) for k in wrong)),
                Text(r.gold.text[:120]),
            )
        console.print(table)


# --- toponyms ------------------------------------------------------------------------------

_RESOLVE_KEYS = ("toponyms", "unresolved", "acc_161km", "median_km", "mean_km", "exact_geonameid", "country_acc")
_DETECT_KEYS = ("gold_spans", "pred_spans", "tp", "precision", "recall", "f1", "acc_161km", "median_km")


def render_toponyms(report: ToponymsReport, console: Console, *, max_errors: int = 30) -> None:
    keys = _RESOLVE_KEYS if report.mode == "resolve" else _DETECT_KEYS
    columns = {"all": report.metrics, **report.by_source}
    console.print(_metrics_table(f"Toponyms, mode {report.mode}: value (n)", keys, columns))
    dropped = report.metrics.get("dropped_gold_spans")
    if dropped:
        console.print(Text(f"{dropped} unusable gold span(s) left out (offsets outside the text).", style="dim"))
    if report.mode == "resolve":
        failures = [(r.text_id, r.error) for r in report.resolved if r.error]
        _failures(console, failures, "toponym(s)")
        wrong = sorted((r for r in report.resolved if r.km is not None and r.km > ACC_KM), key=lambda r: -r.km)
        if wrong and max_errors:
            console.print()
            table = Table(title=f"Farther than {ACC_KM:.0f} km ({len(wrong)})", title_justify="left", show_edge=False)
            for name in ("id", "phrase", "gold", "predicted", "km"):
                table.add_column(name, justify="right" if name == "km" else "left")
            for r in wrong[:max_errors]:
                pred = "unresolved" if r.pred is None or not r.pred.has_coordinates else (
                    f"{r.pred.lat:.2f}, {r.pred.lon:.2f} {r.pred.country or ''} {r.pred.geonameid or ''}"
                )
                gold = f"{r.gold.name} ({r.gold.country or '—'}) {r.gold.lat:.2f}, {r.gold.lon:.2f}"
                table.add_row(Text(r.text_id), Text(r.gold.phrase), Text(gold), Text(pred), f"{r.km:,.0f}")
            console.print(table)
    else:
        failures = [(r.text_id, r.error) for r in report.detected if r.error]
        _failures(console, failures, "text(s)")
        rows = [r for r in report.detected if r.gold_spans != r.pred_spans]
        if rows and max_errors:
            console.print()
            table = Table(title=f"Span differences ({len(rows)} texts)", title_justify="left", show_edge=False)
            table.add_column("id")
            table.add_column("missed")
            table.add_column("spurious")
            for r in rows[:max_errors]:
                missed = sorted(r.gold_spans - r.pred_spans)
                spurious = sorted(r.pred_spans - r.gold_spans)
                table.add_row(
                    Text(r.text_id),
                    Text(", ".join(r.text[s:e] for s, e in missed)),
                    Text(", ".join(r.text[s:e] for s, e in spurious)),
                )
            console.print(table)


def _keyed_table(console: Console, title: str, key: str, columns: tuple[str, ...], rows: dict) -> None:
    """A table of one row per key ("en", "AIR_STRIKE") with its metrics, then a blank line."""
    table = Table(title=title, title_justify="left", show_edge=False)
    for name in (key, *columns):
        table.add_column(name, justify="left" if name == key else "right")
    for name, row in rows.items():
        table.add_row(name, *(_value(k, row[k]) for k in columns))
    console.print(table)
    console.print()
