"""``sitrep eval …``: score sitrep against gold files.

Mounted by the main CLI with ``app.add_typer(eval_app, name="eval")``; also runnable on its own
as ``python -m sitrep.evaluate.cli``. ``--json`` prints only the JSON metrics object on stdout;
progress goes to stderr. A bad gold file, or a part of sitrep that does not exist yet, exits with
code 2 and a message naming the file (or the missing function).

The module-level hooks (``ARTICLE_PREDICTOR``, ``SNIPPET_CLASSIFIER``, ``SENTENCE_PREDICTOR``,
``TOPONYM_RESOLVER``, ``TOPONYM_DETECTOR``) replace sitrep's own functions when set: tests and
experiments use them to score another predictor through the same command line.
"""

from __future__ import annotations

import json
from enum import Enum
from pathlib import Path
from typing import Any, Callable, Iterable, Optional, Sequence, TypeVar

import typer
from rich.console import Console

from sitrep.errors import SitrepError

__all__ = [
    "ARTICLE_PREDICTOR",
    "SENTENCE_PREDICTOR",
    "SNIPPET_CLASSIFIER",
    "TOPONYM_DETECTOR",
    "TOPONYM_RESOLVER",
    "eval_app",
]

ARTICLE_PREDICTOR: Optional[Callable[..., Any]] = None
SNIPPET_CLASSIFIER: Optional[Callable[[str], Optional[str]]] = None
SENTENCE_PREDICTOR: Optional[Callable[..., Any]] = None
TOPONYM_RESOLVER: Optional[Callable[[str, int, int], Any]] = None
TOPONYM_DETECTOR: Optional[Callable[[str], Any]] = None

#: Runs with more items than this show a progress bar on stderr.
PROGRESS_MIN_ITEMS = 5

eval_app = typer.Typer(
    help="Score sitrep against gold files (articles, snippets, sentences, toponyms); "
    "formats and metrics as in the shared eval FORMATS.md.",
    no_args_is_help=True,
    add_completion=False,
)

T = TypeVar("T")


class Lang(str, Enum):
    fr = "fr"
    en = "en"


class Mode(str, Enum):
    resolve = "resolve"
    detect = "detect"


# --- helpers -------------------------------------------------------------------------------


def _stderr() -> Console:
    return Console(stderr=True)


def _fail(message: str) -> typer.Exit:
    typer.echo(message, err=True)
    return typer.Exit(code=2)


def _load(loader: Callable[[Path], Iterable[T]], path: Path, limit: Optional[int] = None, keep=None) -> list[T]:
    """Read the whole gold file first, so a malformed file fails before any prediction runs."""
    try:
        items = [item for item in loader(path) if keep is None or keep(item)]
    except SitrepError as exc:
        raise _fail(str(exc)) from None
    return items[:limit] if limit is not None else items


def _unavailable(what: str, exc: BaseException | None = None) -> typer.Exit:
    detail = f" ({type(exc).__name__}: {exc})" if exc is not None else ""
    return _fail(f"{what} is not available yet{detail}.")


def _sitrep_function(name: str) -> Callable[..., Any]:
    try:
        import sitrep

        return getattr(sitrep, name)
    except Exception as exc:  # ImportError, AttributeError, or a broken package
        raise _unavailable(f"sitrep.{name}", exc) from None


def _progress(items: Sequence[T], label: str) -> Iterable[T]:
    if len(items) <= PROGRESS_MIN_ITEMS:
        return items
    from rich.progress import track

    return track(items, description=label, console=_stderr(), transient=True)


def _output(report: Any, as_json: bool, **render_options: Any) -> None:
    from sitrep.evaluate.report import render, to_json

    if as_json:
        details = render_options.pop("details", False)
        options = {"details": True} if details else {}
        typer.echo(json.dumps(to_json(report, **options), indent=2, ensure_ascii=False))
    else:
        render_options.pop("details", None)
        render(report, Console(), **render_options)


_JSON = typer.Option(False, "--json", help="Print only the JSON metrics object on stdout.")
_LIMIT = typer.Option(None, "--limit", min=1, help="Score only the first N gold records.")
_MAX_ERRORS = typer.Option(50, "--max-errors", min=0, help="Errors listed in the human report.")


# --- commands ------------------------------------------------------------------------------


@eval_app.command("articles")
def articles_command(
    gold: Path = typer.Argument(..., help="Gold articles (JSONL)."),
    as_json: bool = _JSON,
    limit: Optional[int] = _LIMIT,
    lang: Optional[Lang] = typer.Option(None, "--lang", help="Only the articles in this language."),
    details: bool = typer.Option(
        False, "--details", help="With --json: add the per-article differences (articles_detail)."
    ),
    model: Optional[str] = typer.Option(None, "--model", help="Event-type model for extract ('default' or a directory)."),
) -> None:
    """Extract events from gold articles and score them: pairing, precision/recall/F1, fields."""
    from sitrep.evaluate.articles import evaluate_articles
    from sitrep.evaluate.gold import load_articles

    wanted = lang.value if lang else None
    items = _load(load_articles, gold, limit, keep=(lambda a: a.lang == wanted) if wanted else None)
    predict = ARTICLE_PREDICTOR
    if predict is None:
        extract = _sitrep_function("extract")

        def predict(g):
            kwargs = {"model": model} if model else {}
            return extract(g.text, published=g.published, lang=g.lang, title=g.title, url=g.url, **kwargs)

    report = evaluate_articles(_progress(items, "articles"), predict)
    _warn_failures([(a.id, a.error) for a in report.articles if a.error], "article(s)")
    _output(report, as_json, details=details)


@eval_app.command("snippets")
def snippets_command(
    gold: Path = typer.Argument(..., help="Gold snippets (TSV: id, text, label)."),
    as_json: bool = _JSON,
    model: Optional[Path] = typer.Option(None, "--model", help="Classifier model, passed to sitrep.classify."),
    limit: Optional[int] = _LIMIT,
    max_errors: int = _MAX_ERRORS,
) -> None:
    """Classify snippets into ACLED sub-type codes and score them (accuracy, weighted/macro F1)."""
    from sitrep.evaluate.gold import load_snippets
    from sitrep.evaluate.snippets import evaluate_snippets

    items = _load(load_snippets, gold, limit)
    classify = SNIPPET_CLASSIFIER
    if classify is None:
        sitrep_classify = _sitrep_function("classify")
        options = {"model": str(model)} if model is not None else {}

        def classify(text):
            return sitrep_classify(text, lang="en", **options)

    report = evaluate_snippets(_progress(items, "snippets"), classify)
    _warn_failures(report.failures, "snippet(s)")
    _output(report, as_json, max_errors=max_errors)


@eval_app.command("sentences")
def sentences_command(
    gold: Path = typer.Argument(..., help="Gold PLOVER sentences (JSONL)."),
    as_json: bool = _JSON,
    limit: Optional[int] = _LIMIT,
    max_errors: int = _MAX_ERRORS,
) -> None:
    """Type sentences with PLOVER and score event type, mode and actor codes."""
    from sitrep.evaluate.gold import load_sentences
    from sitrep.evaluate.sentences import evaluate_sentences

    items = _load(load_sentences, gold, limit)
    predict = SENTENCE_PREDICTOR
    if predict is None:
        classify_plover = _sitrep_function("classify_plover")

        def predict(sentence):
            return classify_plover(sentence.text, lang="en")

    report = evaluate_sentences(_progress(items, "sentences"), predict)
    _warn_failures([(r.gold.id, r.error) for r in report.results if r.error], "sentence(s)")
    _output(report, as_json, max_errors=max_errors)


@eval_app.command("toponyms")
def toponyms_command(
    gold: Path = typer.Argument(..., help="Gold toponyms (JSONL)."),
    mode: Mode = typer.Option(..., "--mode", help="resolve: gold spans given; detect: end to end."),
    as_json: bool = _JSON,
    limit: Optional[int] = _LIMIT,
    max_errors: int = typer.Option(30, "--max-errors", min=0, help="Errors listed in the human report."),
) -> None:
    """Score toponym resolution (gold spans given) or detection (end to end)."""
    from sitrep.evaluate.gold import load_toponyms
    from sitrep.evaluate.toponyms import default_detector, default_resolver, evaluate_detect, evaluate_resolve

    items = _load(load_toponyms, gold, limit)
    if mode is Mode.resolve:
        resolve = TOPONYM_RESOLVER
        if resolve is None:
            try:
                resolve = default_resolver()
            except (ImportError, AttributeError) as exc:
                raise _unavailable("sitrep.geoparse.resolve", exc) from None
        report = evaluate_resolve(_progress(items, "toponyms"), resolve)
    else:
        detect = TOPONYM_DETECTOR
        if detect is None:
            try:
                detect = default_detector()
            except (ImportError, AttributeError) as exc:
                raise _unavailable("sitrep.geoparse.detect", exc) from None
        report = evaluate_detect(_progress(items, "texts"), detect)
    items_failed = [(r.text_id, r.error) for r in (*report.resolved, *report.detected) if r.error]
    _warn_failures(items_failed, "item(s)")
    _output(report, as_json, max_errors=max_errors)


def _warn_failures(failures: Sequence[tuple[str, str]], what: str) -> None:
    if failures:
        first_id, first_error = failures[0]
        typer.echo(
            f"warning: the predictor raised on {len(failures)} {what}; they are scored as empty "
            f"(first, {first_id}: {first_error}).",
            err=True,
        )


def main() -> None:  # pragma: no cover
    eval_app(prog_name="sitrep eval")


if __name__ == "__main__":  # pragma: no cover
    main()
