"""Ingest: many articles in, records stored (``sitrep ingest``).

Inputs are files (.txt, .html, .json, .jsonl, .csv/.tsv, any of them .gz), directories (walked,
in name order), ``-`` for stdin, URLs of articles or RSS/Atom feeds (fetched with trafilatura),
and Parquet files of extractions written by the Ray engine. Each article is keyed by the SHA-256 of
its normalised text: one already stored is skipped, so ingesting the same input twice adds nothing.

Work goes in chunks: a chunk's articles are extracted, then stored in one transaction with their
event reports merged into events (``sitrep.store``). A process killed at any point loses at most
the chunk in flight; running the same command again finishes the job.

Engines: ``local`` extracts in this process (``processes=1``) or in a pool of worker processes (forked
on Linux after the models are loaded, so they share them; spawned elsewhere, each loading them once); ``ray`` runs extraction with Ray Data (``sitrep.scale``).
"""

from __future__ import annotations

import hashlib
import os
import sys
from collections import deque
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Iterator, Optional, Sequence, Union

from sitrep.errors import SitrepError
from sitrep.io.normalise import normalise_text
from sitrep.io.readers import SUFFIXES, Document, Problem, read_documents
from sitrep.records import Extraction, PartialDate
from sitrep.store import Store

CHUNK = 64
"""Articles per chunk: extracted together, stored in one transaction."""

Progress = Callable[[int], None]


@dataclass(frozen=True)
class Item:
    """One article to ingest: its content hash, where it came from, and the document."""

    hash: str
    source: str
    document: Document


@dataclass
class IngestResult:
    seen: int = 0  # articles read
    added: int = 0  # articles newly stored
    skipped: int = 0  # already stored
    failed: int = 0  # stored with status failed (language, empty, error)
    reports: int = 0
    problems: int = 0  # records that could not be read
    problem_messages: list[str] = field(default_factory=list)


def content_hash(text: str) -> str:
    """The key of an article: SHA-256 of its normalised text (32 hex digits)."""
    return hashlib.sha256(normalise_text(text).encode("utf-8")).hexdigest()[:32]


# --- inputs -----------------------------------------------------------------------------------


def read_inputs(
    paths: Sequence[Union[str, Path]], published: Optional[PartialDate] = None, lang: Optional[str] = None
) -> Iterator[Union[Item, Problem]]:
    """Items from every input, and Problems for what cannot be read (a bad file does not stop the others)."""
    for path in paths:
        name = str(path)
        if name.startswith(("http://", "https://")):
            from sitrep.fetch import fetch_documents

            yield from _guard(name, fetch_documents(name, published=published, lang=lang))
        elif name != "-" and Path(name).is_dir():
            for file in _walk(Path(name)):
                yield from _guard(str(file), read_documents(file, published=published, lang=lang))
        else:
            yield from _guard(name, read_documents(name, published=published, lang=lang))


def _guard(name: str, documents: Iterable[Union[Document, Problem]]) -> Iterator[Union[Item, Problem]]:
    try:
        for doc in documents:
            if isinstance(doc, Problem):
                yield doc
            else:
                yield Item(content_hash(doc.text), doc.source, doc)
    except SitrepError as exc:
        yield Problem(name, None, str(exc))


def _walk(root: Path) -> Iterator[Path]:
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in sorted(filenames):
            base = name[:-3] if name.lower().endswith(".gz") else name
            if Path(base).suffix.lower() in SUFFIXES and not name.startswith("."):
                yield Path(dirpath) / name


def chunks(items: Iterable[Union[Item, Problem]], size: int = CHUNK) -> Iterator[tuple[list[Item], list[Problem]]]:
    items_, problems = [], []
    for item in items:
        (problems if isinstance(item, Problem) else items_).append(item)
        if len(items_) >= size:
            yield items_, problems
            items_, problems = [], []
    if items_ or problems:
        yield items_, problems


# --- extraction -------------------------------------------------------------------------------


def extract_items(items: Sequence[Item], model: Optional[str] = None) -> list[Extraction]:
    """Extractions of a chunk, in order; an article whose extraction fails gets status 'error'."""
    from sitrep.pipeline import extract_many

    inputs = [_article_input(i) for i in items]
    try:
        return list(extract_many(inputs, model=model))
    except SitrepError:  # the set-up is wrong (a model not installed): stop, nothing of this chunk is stored
        raise
    except Exception:  # one bad article must not sink its chunk: retry one by one
        return [_extract_one(i, model) for i in inputs]


def _extract_one(item, model: Optional[str]) -> Extraction:
    from sitrep.pipeline import extract_many
    from sitrep.records import Article

    try:
        return next(extract_many([item], model=model))
    except Exception as exc:  # recorded with the article, never raised past it
        published = item.published if isinstance(item.published, PartialDate) else None
        article = Article(id=item.id or Article.make_id(item.text), text=item.text, language=item.lang, published=published, title=item.title, url=item.url)
        return Extraction(article=article, status="error", message=f"{type(exc).__name__}: {exc}")


def _article_input(item: Item):
    from sitrep.pipeline import ArticleInput

    d = item.document
    return ArticleInput(text=d.text, published=d.published, lang=d.lang, title=d.title, url=d.url, id=d.id)


def _local_results(
    work: Iterator[tuple[list[Item], list[Problem]]], processes: int, model: Optional[str], lang: Optional[str] = None
) -> Iterator[tuple[list[Item], list[Problem], list[Extraction]]]:
    if processes <= 1:
        for items, problems in work:
            yield items, problems, extract_items(items, model) if items else []
        return
    context = _pool_context()
    if context.get_start_method() == "fork":
        _warm(model, lang)  # loaded once here, shared by the forked workers
    with context.Pool(processes, initializer=_warm, initargs=(model, lang)) as pool:
        pending: deque = deque()
        for items, problems in work:
            pending.append((items, problems, pool.apply_async(extract_items, (items, model))))
            if len(pending) > 2 * processes:  # bounded: memory stays flat however long the input
                items_, problems_, result = pending.popleft()
                yield items_, problems_, result.get()
        while pending:
            items_, problems_, result = pending.popleft()
            yield items_, problems_, result.get()


def _pool_context():
    """fork on Linux, as spaCy's own ``n_process`` does: workers start at once and share the models
    the parent loaded (it holds no store connection then); spawn elsewhere."""
    import multiprocessing as mp

    if sys.platform.startswith("linux") and "fork" in mp.get_all_start_methods():
        return mp.get_context("fork")
    return mp.get_context("spawn")


def _warm(model: Optional[str], lang: Optional[str] = None) -> None:
    """Load the pipeline of ``lang`` ahead of the first chunk (other languages load when first met)."""
    from sitrep.pipeline import extract

    if lang:
        extract("Warm-up.", lang=lang, model=model)  # the models, the gazetteer and the language data


# --- ingest -----------------------------------------------------------------------------------


def ingest(
    paths: Sequence[Union[str, Path]],
    db: Union[str, Path, Store] = "sitrep.duckdb",
    *,
    engine: str = "local",
    processes: int = 1,
    published: Optional[PartialDate] = None,
    lang: Optional[str] = None,
    model: Optional[str] = None,
    chunk: int = CHUNK,
    address: Optional[str] = None,
    parquet_dir: Optional[str] = None,
    progress: Optional[Progress] = None,
) -> IngestResult:
    """Read, extract and store every article of ``paths`` that the store lacks; see the module doc."""
    store = db if isinstance(db, Store) else Store(db)
    result = IngestResult()
    work = _unseen(store, chunks(read_inputs(paths, published, lang), chunk), result)
    if engine == "ray":
        from sitrep.scale import ray_results

        results = ray_results(work, processes=processes, address=address, model=model, parquet_dir=parquet_dir, lang=lang)
    elif engine == "local":
        results = _local_results(work, processes, model, lang)
    else:
        raise SitrepError("E206", source="--engine", detail=f"unknown engine '{engine}' (choose local or ray)")
    for items, problems, extractions in results:
        store_chunk(store, items, problems, extractions, result)
        if progress:
            progress(len(items))
    return result


def _unseen(store: Store, work: Iterator[tuple[list[Item], list[Problem]]], result: IngestResult):
    """Drop articles the store already has (and repeats within the input) before extracting them."""
    for items, problems in work:
        result.seen += len(items)
        known = store.known([i.hash for i in items])
        fresh, seen = [], set()
        for i in items:
            if i.hash not in known and i.hash not in seen:
                seen.add(i.hash)
                fresh.append(i)
        result.skipped += len(items) - len(fresh)
        yield fresh, problems


def store_chunk(store: Store, items: Sequence[Item], problems: Sequence[Problem], extractions: Sequence[Extraction], result: IngestResult) -> None:
    written = store.add([(i.hash, i.source, e) for i, e in zip(items, extractions)], problems)
    result.added += written.articles
    result.skipped += written.skipped
    result.reports += written.reports
    result.failed += sum(1 for e in extractions if e.status != "ok")
    result.problems += written.problems
    result.problem_messages.extend(p.message for p in problems)


def estimate_total(paths: Sequence[Union[str, Path]]) -> Optional[int]:
    """A quick count of the articles in ``paths`` for the progress bar (None when it cannot tell)."""
    total = 0
    for path in paths:
        name = str(path)
        if name == "-" or name.startswith(("http://", "https://")):
            return None
        files = list(_walk(Path(name))) if Path(name).is_dir() else [Path(name)]
        for f in files:
            total += _count_records(f)
    return total


def _count_records(path: Path) -> int:
    base = path.name[:-3] if path.name.lower().endswith(".gz") else path.name
    suffix = Path(base).suffix.lower()
    if suffix not in (".jsonl", ".ndjson", ".csv", ".tsv") or path.name.lower().endswith(".gz"):
        return 1
    try:
        with open(path, "rb") as fh:
            lines = sum(1 for line in fh if line.strip())
    except OSError:
        return 1
    return max(lines - (1 if suffix in (".csv", ".tsv") else 0), 0)
