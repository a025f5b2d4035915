"""The corpus commands: ``sitrep ingest``, ``status``, ``query``, ``export`` and ``serve``."""

from __future__ import annotations

import sys
from typing import Optional

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, ProgressColumn, TextColumn, TimeElapsedColumn, TimeRemainingColumn
from rich.table import Table
from rich.text import Text

from sitrep.cli import _fail, _show_warnings, app, err
from sitrep.errors import SitrepError
from sitrep.records import PartialDate

DB_OPTION = typer.Option("sitrep.duckdb", "--db", help="The store (a DuckDB file; created on first ingest).")


class _Rate(ProgressColumn):
    """Articles per second since the start."""

    def render(self, task) -> Text:
        speed = task.finished_speed or task.speed
        return Text(f"{speed:.1f} articles/s" if speed else "… articles/s", style="cyan")


@app.command()
def ingest(
    paths: list[str] = typer.Argument(..., help="Files, directories, URLs or RSS/Atom feeds, or - for stdin (.txt .html .json .jsonl .csv, .gz too)."),
    db: str = DB_OPTION,
    published: Optional[str] = typer.Option(None, "--published", "-p", help="Publication date YYYY-MM[-DD] for articles that have none."),
    lang: Optional[str] = typer.Option(None, "--lang", "-l", help="Language code for articles that have none; detected when omitted."),
    engine: str = typer.Option("local", "--engine", help="local (this machine) or ray (Ray Data; pip install 'sitrep[ray]')."),
    processes: int = typer.Option(1, "--processes", "-j", help="Worker processes (local) or Ray actors (ray)."),
    address: Optional[str] = typer.Option(None, "--address", help="Ray cluster to join (ray://host:10001 or auto); default: a local Ray."),
    parquet: Optional[str] = typer.Option(None, "--parquet", help="Ray engine: keep its Parquet output here (shared storage on a cluster)."),
    model: Optional[str] = typer.Option(None, "--model", "-m", help="Event-type model: a directory from 'sitrep train', or 'default'."),
    chunk: int = typer.Option(64, "--chunk", help="Articles extracted together and stored in one transaction."),
) -> None:
    """Extract and store articles; what the store has already is skipped, so re-running finishes an interrupted job."""
    from sitrep.ingest import estimate_total
    from sitrep.ingest import ingest as run_ingest

    _show_warnings()
    try:
        date = PartialDate.parse(published) if published else None
    except ValueError:
        _fail(SitrepError("E009", source="--published", value=published))
    total = estimate_total(paths)
    columns = [TextColumn("ingest"), BarColumn(), MofNCompleteColumn(), _Rate(), TimeElapsedColumn(), TextColumn("ETA"), TimeRemainingColumn()]
    with Progress(*columns, console=err, transient=False) as bar:
        task = bar.add_task("ingest", total=total)
        try:
            result = run_ingest(
                paths, db, engine=engine, processes=processes, published=date, lang=lang, model=model,
                address=address, parquet_dir=parquet, chunk=chunk, progress=lambda n: bar.advance(task, n),
            )
        except SitrepError as exc:
            _fail(exc)
    for message in result.problem_messages[:20]:
        err.print(f"[yellow]skipped[/] {message}")
    Console().print(
        f"{result.seen} articles read: {result.added} stored ({result.failed} failed), {result.skipped} already stored; "
        f"{result.reports} event reports; {result.problems} unreadable records → {db}"
    )


@app.command()
def status(db: str = DB_OPTION) -> None:
    """Row counts of the store: articles (done, failed), reports, events, actors, places, sources, statements."""
    from sitrep.store import Store

    try:
        counts = Store(db).counts()
    except SitrepError as exc:
        _fail(exc)
    table = Table(title=str(db))
    table.add_column("table")
    table.add_column("rows", justify="right")
    for name, n in counts.items():
        table.add_row(name, str(n))
    Console().print(table)


def _filters(country, bbox, since, until, type_, actor, text):
    from sitrep.store.export import parse_filters

    try:
        return parse_filters(country, bbox, since, until, type_, actor, text)
    except SitrepError as exc:
        _fail(exc)


_COUNTRY = typer.Option(None, "--country", help="ISO-3 code or English name.")
_BBOX = typer.Option(None, "--bbox", help="min_lon,min_lat,max_lon,max_lat.")
_SINCE = typer.Option(None, "--since", help="Events on or after this date (YYYY[-MM[-DD]]).")
_UNTIL = typer.Option(None, "--until", help="Events on or before this date (YYYY[-MM[-DD]]).")
_TYPE = typer.Option(None, "--type", help="ACLED event type or sub-type, or PLOVER event (any case).")
_ACTOR = typer.Option(None, "--actor", help="Part of an actor's name.")
_TEXT = typer.Option(None, "--text", help="Words in the text of one of the event's articles.")


@app.command()
def query(
    db: str = DB_OPTION,
    country: Optional[str] = _COUNTRY,
    bbox: Optional[str] = _BBOX,
    since: Optional[str] = _SINCE,
    until: Optional[str] = _UNTIL,
    type_: Optional[str] = _TYPE,
    actor: Optional[str] = _ACTOR,
    text: Optional[str] = _TEXT,
    limit: int = typer.Option(50, "--limit", "-n", help="Show at most N events (0: all)."),
) -> None:
    """Print the merged events that match the filters, as a table."""
    from sitrep.store.export import query as run_query

    filters = _filters(country, bbox, since, until, type_, actor, text)
    table = Table(title=f"events in {db}")
    for col in ("id", "date", "type", "location", "country", "actor1", "actor2", "killed", "sources"):
        table.add_column(col, overflow="fold")
    try:
        for s in run_query(db, filters, limit=limit or None):
            e = s.event
            table.add_row(
                e.id, _when(e), e.sub_event_type, e.place.name if e.place else "", e.place.country or "" if e.place else "",
                e.actor1.name if e.actor1 else "", e.actor2.name if e.actor2 else "", _killed(e), str(s.n_sources),
            )
    except SitrepError as exc:
        _fail(exc)
    Console(width=max(Console().width, 140)).print(table)


@app.command()
def export(
    output_format: str = typer.Option(..., "--format", "-f", help="acled-csv, plover-jsonl, geojson or parquet."),
    output: str = typer.Option("-", "--output", "-o", help="File to write (default: stdout; parquet needs a file)."),
    db: str = DB_OPTION,
    country: Optional[str] = _COUNTRY,
    bbox: Optional[str] = _BBOX,
    since: Optional[str] = _SINCE,
    until: Optional[str] = _UNTIL,
    type_: Optional[str] = _TYPE,
    actor: Optional[str] = _ACTOR,
    text: Optional[str] = _TEXT,
) -> None:
    """Write the merged events that match the filters in an analyst's format."""
    from sitrep.store.export import export as run_export

    filters = _filters(country, bbox, since, until, type_, actor, text)
    try:
        n = run_export(db, output_format, sys.stdout if output == "-" else output, filters)
    except SitrepError as exc:
        _fail(exc)
    err.print(f"{n} records written" + ("" if output == "-" else f" to {output}"))


def _when(e) -> str:
    if not e.time:
        return ""
    return str(e.time.start) + (f"…{e.time.end}" if e.time.end != e.time.start else "")


def _killed(e) -> str:
    c = e.casualties.killed
    if c.best is None:
        return f"≥{c.low}" if c.low is not None else ""
    return str(c.best) if c.high in (None, c.best) and c.low in (None, c.best) else f"{c.best} ({c.low}-{c.high})"


@app.command()
def serve(
    db: str = DB_OPTION,
    host: str = typer.Option("127.0.0.1", "--host", help="Address to listen on."),
    port: int = typer.Option(8000, "--port", help="Port to listen on."),
) -> None:
    """Serve the store over HTTP: a JSON/GeoJSON API and a page to browse events (runs beside an ingest)."""
    from sitrep.server import serve as run_serve

    err.print(f"sitrep serving {db} on http://{host}:{port}/ (API under /api; Ctrl-C stops)")
    run_serve(db, host, port)
