"""The embedded store: one DuckDB file holding articles, event reports, merged events, actors,
places, sources, statements and the input records that could not be read.

Who writes: DuckDB lets one process open a file for writing, and no other process open it at all
meanwhile. So nobody holds the file: ``Store.write`` opens it, writes one batch in one
transaction and closes it; ``Store.read`` opens it read-only for one query. Each waits (up to
``timeout`` seconds) while another process has the file, so ``sitrep ingest`` and ``sitrep serve``
or ``sitrep query`` can run together. A batch is all or nothing: a process killed mid-batch (even
``kill -9``) leaves the file as it was after the last whole batch, and ingesting again goes on from there.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import math
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterator, Optional, Sequence, Union

import duckdb

from sitrep.errors import SitrepError
from sitrep.io.readers import Problem
from sitrep.records import Event, Extraction, from_dict, to_dict
from sitrep.store import merge
from sitrep.store.schema import MIGRATIONS, VERSION

DEFAULT_DB = "sitrep.duckdb"
_LOCKED = ("lock", "Conflicting lock", "being used by another process")


@dataclass(frozen=True)
class WriteResult:
    articles: int  # articles newly stored (done or failed)
    skipped: int  # articles already in the store
    reports: int
    events_touched: int
    problems: int


class Store:
    """A DuckDB file of sitrep records (created with the current schema on first write)."""

    def __init__(self, path: Union[str, Path] = DEFAULT_DB, timeout: float = 60.0) -> None:
        self.path = Path(path)
        self.timeout = timeout

    # --- connections -----------------------------------------------------------------------

    @contextlib.contextmanager
    def read(self) -> Iterator[duckdb.DuckDBPyConnection]:
        """A read-only connection for one query (E200 when the file does not exist)."""
        if not self.path.is_file():
            raise SitrepError("E200", source=str(self.path))
        con = self._connect(read_only=True)
        try:
            self._check_version(con, writable=False)
            yield con
        finally:
            con.close()

    @contextlib.contextmanager
    def write(self) -> Iterator[duckdb.DuckDBPyConnection]:
        """A connection in one transaction, committed on success and rolled back on error."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        con = self._connect(read_only=False)
        try:
            self._migrate(con)
            con.begin()
            try:
                yield con
            except BaseException:
                con.rollback()
                raise
            con.commit()
        finally:
            con.close()

    def _connect(self, read_only: bool) -> duckdb.DuckDBPyConnection:
        deadline = time.monotonic() + self.timeout
        delay = 0.05
        while True:
            try:
                return duckdb.connect(str(self.path), read_only=read_only)
            except duckdb.IOException as exc:
                if not any(m in str(exc) for m in _LOCKED) or time.monotonic() > deadline:
                    raise SitrepError("E202", source=str(self.path), detail=str(exc).splitlines()[0]) from None
                time.sleep(delay)
                delay = min(delay * 2, 1.0)
            except duckdb.Error as exc:
                raise SitrepError("E203", source=str(self.path), detail=str(exc).splitlines()[0]) from None

    def _migrate(self, con: duckdb.DuckDBPyConnection) -> None:
        """Apply the migrations the file lacks, all in one transaction: a reader never sees half a schema."""
        con.begin()
        try:
            con.execute("CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER, applied_at TIMESTAMP)")
            current = self._check_version(con, writable=True)
            for version in range(current + 1, VERSION + 1):
                for statement in MIGRATIONS[version - 1]:
                    con.execute(statement)
                con.execute("INSERT INTO schema_migrations VALUES (?, ?)", [version, _now()])
        except BaseException:
            con.rollback()
            raise
        con.commit()

    def _check_version(self, con: duckdb.DuckDBPyConnection, writable: bool) -> int:
        try:
            found = con.execute("SELECT max(version) FROM schema_migrations").fetchone()[0] or 0
        except duckdb.CatalogException:
            if writable:
                return 0
            if not con.execute("SELECT count(*) FROM information_schema.tables").fetchone()[0]:
                raise SitrepError("E200", source=str(self.path)) from None  # created, first batch not yet committed
            raise SitrepError("E203", source=str(self.path), detail="not a sitrep store (no schema_migrations table)") from None
        if found > VERSION:
            raise SitrepError("E201", source=str(self.path), found=found, supported=VERSION)
        if found == 0 and not writable:
            raise SitrepError("E200", source=str(self.path))  # being created: no migration committed yet
        return found

    # --- writing -----------------------------------------------------------------------------

    def known(self, hashes: Sequence[str]) -> set[str]:
        """Which of these article hashes are stored already."""
        if not hashes or not self.path.is_file():
            return set()
        with self.read() as con:
            try:
                rows = con.execute("SELECT hash FROM articles WHERE hash IN (SELECT unnest(?))", [list(hashes)]).fetchall()
            except duckdb.CatalogException:
                return set()
        return {r[0] for r in rows}

    def add(self, batch: Sequence[tuple[str, str, Extraction]], problems: Sequence[Problem] = ()) -> WriteResult:
        """Store a batch of ``(hash, source, extraction)`` and reading problems, merging new reports into events."""
        with self.write() as con:
            fresh = _fresh(con, batch)
            seq = con.execute("SELECT coalesce(max(seq), 0) FROM articles").fetchone()[0]
            rows = _Rows()
            for offset, (hash_, source, extraction) in enumerate(fresh, start=1):
                rows.add_article(seq + offset, hash_, source, extraction)
            rows.insert(con)
            touched = _merge_reports(con, rows.events)
            new_problems = _add_problems(con, problems)
        return WriteResult(len(fresh), len(batch) - len(fresh), len(rows.reports), len(touched), new_problems)

    # --- reading ------------------------------------------------------------------------------

    def counts(self) -> dict[str, int]:
        """Row counts per table, and articles per status."""
        tables = ("articles", "reports", "events", "actors", "places", "sources", "statements", "problems")
        with self.read() as con:
            out = {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables}
            for status, n in con.execute("SELECT status, count(*) FROM articles GROUP BY status").fetchall():
                out[f"articles_{status}"] = n
        return out

    def extraction(self, hash_: str) -> Optional[Extraction]:
        from sitrep.records import extraction_from_dict

        with self.read() as con:
            row = con.execute("SELECT extraction FROM articles WHERE hash = ?", [hash_]).fetchone()
        return extraction_from_dict(json.loads(row[0])) if row else None


# --- batch rows ---------------------------------------------------------------------------------


def _fresh(con, batch: Sequence[tuple[str, str, Extraction]]) -> list[tuple[str, str, Extraction]]:
    hashes = [h for h, _, _ in batch]
    stored = {r[0] for r in con.execute("SELECT hash FROM articles WHERE hash IN (SELECT unnest(?))", [hashes]).fetchall()}
    out, seen = [], set()
    for item in batch:
        if item[0] not in stored and item[0] not in seen:
            seen.add(item[0])
            out.append(item)
    return out


class _Rows:
    """The rows one batch adds, table by table."""

    def __init__(self) -> None:
        self.articles: list[dict[str, Any]] = []
        self.reports: list[dict[str, Any]] = []
        self.events: list[tuple[str, Event]] = []  # (report id, its event), in ingest order
        self.sources: list[dict[str, Any]] = []
        self.statements: list[dict[str, Any]] = []
        self.actors: dict[str, dict[str, Any]] = {}
        self.places: dict[str, dict[str, Any]] = {}

    def add_article(self, seq: int, hash_: str, source: str, extraction: Extraction) -> None:
        art = extraction.article
        ok = extraction.status == "ok"
        self.articles.append(
            {
                "hash": hash_, "seq": seq, "id": art.id, "source": source, "url": art.url, "title": art.title,
                "published": str(art.published) if art.published else None, "language": art.language,
                "status": "done" if ok else "failed", "message": None if ok else f"{extraction.status}: {extraction.message}",
                "n_events": len(extraction.events), "n_statements": len(extraction.statements),
                "extraction": json.dumps(to_dict(extraction), ensure_ascii=False), "ingested_at": _now(),
            }
        )
        for index, event in enumerate(extraction.events, start=1):
            report_id = f"{hash_}:{index}"
            self.reports.append({"id": report_id, "seq": seq * 1000 + index, "article": hash_, "event": None, **event_columns(event)})
            self.events.append((report_id, event))
            for position, src in enumerate(event.sources, start=1):
                self.sources.append({"report": report_id, "position": position, "text": src.text, "kind": src.kind, "agency": src.agency})
            for actor in (event.actor1, event.actor2, *event.assoc_actors):
                if actor is not None:
                    self.actors.setdefault(actor.name, {"name": actor.name, "country": actor.country, "inter": actor.inter, "sector": actor.sector, "wikidata": actor.wikidata})
            if event.place is not None:
                p = event.place
                self.places.setdefault(_place_key(p), {"key": _place_key(p), "name": p.name, "country": p.country, "admin1": p.admin1, "geonameid": p.geonameid, "latitude": p.latitude, "longitude": p.longitude, "feature": p.feature, "geo_precision": p.precision})
        for index, st in enumerate(extraction.statements, start=1):
            self.statements.append(
                {
                    "id": f"{hash_}:st{index}", "article": hash_, "speaker": st.speaker, "speaker_country": st.speaker_country,
                    "role": st.role, "plover": st.plover, "mode": st.mode, "quote": st.quote,
                    "record": json.dumps(to_dict(st), ensure_ascii=False),
                }
            )

    def insert(self, con) -> None:
        _insert(con, "articles", self.articles)
        _insert(con, "reports", self.reports)
        _insert(con, "sources", self.sources)
        _insert(con, "statements", self.statements)
        _insert_new(con, "actors", "name", list(self.actors.values()))
        _insert_new(con, "places", "key", list(self.places.values()))


def event_columns(event: Event) -> dict[str, Any]:
    """The flat columns of an event (report or merged), with the full record as JSON."""
    t, p, a1, a2, c = event.time, event.place, event.actor1, event.actor2, event.casualties
    return {
        "event_type": event.event_type, "sub_event_type": event.sub_event_type,
        "plover_event": event.plover_event, "plover_mode": event.plover_mode,
        "date_start": t.start if t else None, "date_end": t.end if t else None, "time_precision": t.precision if t else None,
        "location": p.name if p else None, "country": p.country if p else None, "admin1": p.admin1 if p else None,
        "geonameid": p.geonameid if p else None, "latitude": p.latitude if p else None, "longitude": p.longitude if p else None,
        "geo_precision": p.precision if p else None,
        "actor1": a1.name if a1 else None, "actor1_country": a1.country if a1 else None, "inter1": a1.inter if a1 else None,
        "actor2": a2.name if a2 else None, "actor2_country": a2.country if a2 else None, "inter2": a2.inter if a2 else None,
        "killed_best": c.killed.best, "killed_low": c.killed.low, "killed_high": c.killed.high,
        "injured_best": c.injured.best, "injured_low": c.injured.low, "injured_high": c.injured.high,
        "confidence": event.confidence,
        "record": json.dumps(to_dict(event), ensure_ascii=False),
    }


def _insert(con, table: str, rows: list[dict[str, Any]]) -> None:
    if not rows:
        return
    import pyarrow as pa

    columns = [r[0] for r in con.execute(f"DESCRIBE {table}").fetchall()]
    data = pa.table({c: pa.array([row.get(c) for row in rows], type=_arrow_type(rows, c)) for c in columns if c in rows[0]})
    con.register("_batch", data)
    try:
        con.execute(f"INSERT INTO {table} BY NAME SELECT * FROM _batch")
    finally:
        con.unregister("_batch")


def _arrow_type(rows: list[dict[str, Any]], column: str):
    import pyarrow as pa

    values = [r.get(column) for r in rows if r.get(column) is not None]
    return None if values else pa.string()


def _insert_new(con, table: str, key: str, rows: list[dict[str, Any]]) -> None:
    if not rows:
        return
    keys = [r[key] for r in rows]
    present = {r[0] for r in con.execute(f"SELECT {key} FROM {table} WHERE {key} IN (SELECT unnest(?))", [keys]).fetchall()}
    _insert(con, table, [r for r in rows if r[key] not in present])


def _place_key(place) -> str:
    return str(place.geonameid) if place.geonameid is not None else f"{place.name}|{place.country or ''}"


def _add_problems(con, problems: Sequence[Problem]) -> int:
    added = 0
    for p in problems:
        line = -1 if p.line is None else p.line
        seen = con.execute("SELECT 1 FROM problems WHERE source = ? AND line = ? AND message = ?", [p.source, line, p.message]).fetchone()
        if not seen:
            con.execute("INSERT INTO problems VALUES (?, ?, ?, ?)", [p.source, line, p.message, _now()])
            added += 1
    return added


# --- merging ------------------------------------------------------------------------------------


def _merge_reports(con, reports: list[tuple[str, Event]]) -> set[str]:
    """Attach each new report (in ingest order) to the event it reports, or start a new event."""
    touched: set[str] = set()
    for report_id, report in reports:
        event_id = _matching_event(con, report) or "ev" + report_id[:12] + "-" + report_id.rsplit(":", 1)[1]
        con.execute("UPDATE reports SET event = ? WHERE id = ?", [event_id, report_id])
        _rebuild_event(con, event_id)
        touched.add(event_id)
    return touched


def _matching_event(con, report: Event) -> Optional[str]:
    if report.time is None or report.place is None:
        return None
    slack = merge.SLACK
    lat, lon = report.place.latitude, report.place.longitude
    near = "FALSE"
    params: list[Any] = [report.time.start - slack, report.time.end + slack, report.place.geonameid, report.place.name, report.place.country]
    if lat is not None and lon is not None:
        near = "(latitude BETWEEN ? AND ? AND longitude BETWEEN ? AND ?)"
        dlat = merge.MAX_KM / 111.0
        dlon = merge.MAX_KM / max(1.0, 111.0 * abs(math.cos(math.radians(lat))))
        params += [lat - dlat, lat + dlat, lon - dlon, lon + dlon]
    rows = con.execute(
        f"""SELECT id, record FROM events
            WHERE date_end >= ? AND date_start <= ?
              AND (geonameid = ? OR (location = ? AND country = ?) OR {near})
            ORDER BY first_seq""",
        params,
    ).fetchall()
    for event_id, record in rows:
        if merge.same_event(report, from_dict(Event, json.loads(record))):
            return event_id
    return None


def _rebuild_event(con, event_id: str) -> None:
    rows = con.execute("SELECT seq, article, record FROM reports WHERE event = ? ORDER BY seq", [event_id]).fetchall()
    reports = [from_dict(Event, json.loads(r[2])) for r in rows]
    event = merge.combine(event_id, reports)
    con.execute("DELETE FROM events WHERE id = ?", [event_id])
    columns = {"id": event_id, "first_seq": rows[0][0], "n_reports": len(rows), "n_sources": len({r[1] for r in rows}), **event_columns(event), "updated_at": _now()}
    names = ", ".join(columns)
    con.execute(f"INSERT INTO events ({names}) VALUES ({', '.join('?' for _ in columns)})", list(columns.values()))


def _now() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)
