"""The ``sitrep`` command line: a thin layer over the library."""

from __future__ import annotations

import logging
import sys
from pathlib import Path
from typing import Iterator, Optional

import typer
from rich.console import Console
from rich.table import Table

from sitrep.errors import SitrepError
from sitrep.records import Extraction, PartialDate

app = typer.Typer(
    help="sitrep: news articles in, geocoded, dated, source-attributed event records out (ACLED, PLOVER).",
    no_args_is_help=True,
    add_completion=False,
)
err = Console(stderr=True, soft_wrap=True)


class _ConsoleWarnings(logging.Handler):
    """sitrep's warnings (W…: an article cut, an encoding guessed) on the terminal's stderr."""

    def emit(self, record: logging.LogRecord) -> None:
        err.print(f"[yellow]warning[/] {record.getMessage()}", markup=True, highlight=False)


def _show_warnings() -> None:
    logger = logging.getLogger("sitrep")
    if not any(isinstance(h, _ConsoleWarnings) for h in logger.handlers):
        logger.addHandler(_ConsoleWarnings(level=logging.WARNING))
OUTPUT_FORMATS = ("table", "json", "jsonl", "acled-csv", "plover-jsonl", "geojson")


gazetteer_app = typer.Typer(help="The place index: build it from full GeoNames, or go back to the embedded one.", no_args_is_help=True)
app.add_typer(gazetteer_app, name="gazetteer")


@gazetteer_app.command("build")
def gazetteer_build(
    dump: Path = typer.Argument(..., help="GeoNames dump: allCountries.zip, a country file (IQ.zip) or its .txt."),
    alternate_names: Optional[Path] = typer.Argument(None, help="Optional alternateNamesV2.zip (English and French names)."),
    out: Optional[Path] = typer.Option(None, "--out", "-o", help="Where to write the index (default: the sitrep cache)."),
) -> None:
    """Build the place index from GeoNames dump files; sitrep uses it from then on."""
    from sitrep.gazetteer.core import Gazetteer
    from sitrep.gazetteer.geonames import build

    try:
        directory = build(dump, alternate_names, out)
    except SitrepError as exc:
        _fail(exc)
    Console().print(f"built {len(Gazetteer.load(directory)):,} places from {dump} into {directory}; sitrep now uses it")


@gazetteer_app.command("reset")
def gazetteer_reset() -> None:
    """Go back to the embedded gazetteer (cities500 + countries + the project's supplement)."""
    from sitrep.gazetteer.geonames import activate

    activate(None)
    Console().print("sitrep uses the embedded gazetteer")


def _mount_eval() -> None:
    from sitrep.evaluate.cli import eval_app

    app.add_typer(eval_app, name="eval", help="Score sitrep against gold data (../shared/eval formats).")


_mount_eval()


def _mount_actors() -> None:
    from sitrep.wikidata import actors_app

    app.add_typer(actors_app, name="actors")


_mount_actors()


@app.command()
def extract(
    path: str = typer.Argument(..., help="A .txt, .html, .json or .jsonl file (or .gz of one), or - for stdin."),
    published: Optional[str] = typer.Option(None, "--published", "-p", help="Publication date YYYY-MM[-DD] for records that have none."),
    lang: Optional[str] = typer.Option(None, "--lang", "-l", help="Language code (fr, en); detected when omitted."),
    output: str = typer.Option("table", "--format", "-f", help=f"Output format: {', '.join(OUTPUT_FORMATS)}."),
    model: Optional[str] = typer.Option(None, "--model", "-m", help="Event-type model: a directory from 'sitrep train', or 'default' for the shipped one."),
) -> None:
    """Extract events, statements and non-events from articles."""
    from sitrep.io.readers import Document, Problem, read_documents

    _show_warnings()
    from sitrep.pipeline import ArticleInput, extract_many

    if output not in OUTPUT_FORMATS:
        _fail(SitrepError("E014", source="--format", value=output, choices=", ".join(OUTPUT_FORMATS)))
    try:
        date = PartialDate.parse(published) if published else None
    except ValueError:
        _fail(SitrepError("E009", source="--published", value=published))
    problems: list[Problem] = []

    def inputs() -> Iterator[ArticleInput]:
        for item in read_documents(path, published=date, lang=lang):
            if isinstance(item, Problem):
                problems.append(item)
                err.print(f"[yellow]skipped[/] {item.message}")
                continue
            assert isinstance(item, Document)
            yield ArticleInput(text=item.text, published=item.published, lang=item.lang, title=item.title, url=item.url, id=item.id)

    try:
        results = list(extract_many(inputs(), model=model))
    except SitrepError as exc:
        _fail(exc)
    _write(results, output)
    unsupported = [r for r in results if r.status != "ok"]
    for r in unsupported:
        err.print(f"[yellow]{path}[/]: {r.message}")
    if not results or len(unsupported) == len(results):
        raise typer.Exit(1)


@app.command()
def train(
    data: list[Path] = typer.Argument(..., help="Labelled data: an ACLED export .csv (notes, sub_event_type), a CASE-style .tsv (text, label) or sitrep .jsonl (text, label)."),
    out: Path = typer.Option(..., "--out", "-o", help="Directory to write the model to."),
) -> None:
    """Train the event-type classifier that 'extract --model' and 'eval snippets --model' use."""
    from sitrep.train import train as run_train

    try:
        trained = run_train(data, out)
    except SitrepError as exc:
        _fail(exc)
    counts = ", ".join(f"{k}: {v}" for k, v in sorted(trained.meta["counts"].items()))
    Console().print(f"trained on {trained.meta['examples']} examples ({counts})\nsaved to {out}")


@app.command()
def bench(
    corpus: str = typer.Argument(..., help="A .jsonl/.json/.txt corpus (records with a 'text' field)."),
    lang: str = typer.Option("en", "--lang", "-l", help="Language of the corpus."),
    limit: int = typer.Option(0, "--limit", help="Use only the first N articles (0: all; extraction only)."),
    ingest: bool = typer.Option(False, "--ingest", help="Time 'sitrep ingest' end to end (read, extract, store, merge) into a fresh store."),
    processes: int = typer.Option(1, "--processes", "-j", help="With --ingest: processes for ingest and for the bare parse."),
) -> None:
    """Articles/s and words/s of extraction (or of ingest) next to spaCy's bare parse of the same texts."""
    if ingest:
        return _bench_ingest(corpus, lang, processes)
    from sitrep.bench import bench as run_bench
    from sitrep.bench import peak_mb
    from sitrep.io.readers import Document, read_documents

    texts = [d.text for d in read_documents(corpus) if isinstance(d, Document)]
    texts = texts[:limit] if limit else texts
    r = run_bench(texts, lang)
    Console().print(
        f"{r.articles} articles, {r.words} words\n"
        f"spaCy parse: {r.articles / r.parse_seconds:.1f} articles/s, {r.parse_words_per_s:.0f} words/s\n"
        f"sitrep extract: {r.articles / r.extract_seconds:.1f} articles/s, {r.extract_words_per_s:.0f} words/s\n"
        f"extract throughput = {r.ratio:.0%} of the bare parse\n"
        f"peak memory of this process: {peak_mb():.0f} MB"
    )


def _bench_ingest(corpus: str, lang: str, processes: int) -> None:
    from sitrep.bench import bench_ingest

    r = bench_ingest(corpus, lang, processes)
    mem = r.memory
    tenth = mem[max(0, len(mem) // 10 - 1)][1] if mem else 0.0
    peak = max((m for _, m in mem), default=0.0)
    Console().print(
        f"{r.articles} articles, {r.words} words, {processes} process(es)\n"
        f"spaCy parse: {r.articles / r.parse_seconds:.1f} articles/s, {r.words / r.parse_seconds:.0f} words/s\n"
        f"sitrep ingest: {r.articles / r.ingest_seconds:.1f} articles/s, {r.words / r.ingest_seconds:.0f} words/s\n"
        f"ingest throughput = {r.ratio:.0%} of the bare parse\n"
        f"memory (MB, sitrep's processes): {tenth:.0f} after 10% of the articles, peak {peak:.0f}, at the end {mem[-1][1] if mem else 0:.0f}"
    )


def _write(results: list[Extraction], output: str) -> None:
    if output == "table":
        for r in results:
            _table(r)
        return
    from sitrep.io.writers import FORMATS

    FORMATS[output](results, sys.stdout)


def _table(result: Extraction) -> None:
    console = Console(width=max(Console().width, 140))
    art = result.article
    title = f"{art.title or art.id} · {art.language or '?'} · published {art.published or 'unknown'}"
    table = Table(title=title, show_lines=False)
    for col in ("type", "where", "when", "actor1", "actor2", "killed", "injured", "sources"):
        table.add_column(col, overflow="fold")
    for e in result.events:
        place = e.place
        where = f"{place.name} ({place.country})" if place else "?"
        when = f"{e.time.start}" + (f"…{e.time.end}" if e.time and e.time.end != e.time.start else "") if e.time else "?"
        table.add_row(
            e.sub_event_type,
            where,
            when,
            e.actor1.name if e.actor1 else "",
            e.actor2.name if e.actor2 else "",
            _count(e.casualties.killed),
            _count(e.casualties.injured),
            "; ".join(s.text for s in e.sources[:3]),
        )
    console.print(table)
    if result.statements:
        console.print(f"[bold]{len(result.statements)} statements[/]: " + "; ".join(f"{s.speaker} {s.plover}" for s in result.statements))
    if result.framing:
        console.print(f"[bold]{len(result.framing)} slanted words[/]: " + "; ".join(sorted({f"{f.text} → {f.neutral}" for f in result.framing})))
    if result.non_events:
        console.print(f"[bold]{len(result.non_events)} not events[/]: " + "; ".join(f"{n.reason}: {n.text[:60]}…" for n in result.non_events))


def _count(c) -> str:
    if c.best is not None:
        return str(c.best) if c.high in (None, c.best) and c.low in (None, c.best) else f"{c.best} ({c.low}-{c.high or '?'})"
    if c.low is not None:
        return f"≥{c.low}"
    return ""


def _fail(exc: SitrepError) -> None:
    err.print(f"[red]error[/] {exc}")
    raise typer.Exit(2)


def _mount_corpus() -> None:
    import sitrep.cli_corpus  # noqa: F401  (registers ingest, status, query, export on ``app``)


_mount_corpus()


if __name__ == "__main__":  # pragma: no cover
    from sitrep.cli import app as _app  # the module's own instance, with every command mounted

    _app()
