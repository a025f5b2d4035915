"""Throughput of extraction next to spaCy's bare parse of the same texts, in the same run."""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import Iterable, Optional

from sitrep.pipeline import ArticleInput, extract_many, load_pipeline


@dataclass(frozen=True)
class BenchResult:
    articles: int
    words: int
    parse_seconds: float
    extract_seconds: float

    @property
    def parse_words_per_s(self) -> float:
        return self.words / self.parse_seconds

    @property
    def extract_words_per_s(self) -> float:
        return self.words / self.extract_seconds

    @property
    def ratio(self) -> float:
        return self.parse_seconds / self.extract_seconds


def bench(texts: Iterable[str], lang: str, batch_size: int = 16) -> BenchResult:
    texts = list(texts)
    words = sum(len(t.split()) for t in texts)
    nlp = load_pipeline(lang)
    list(extract_many([ArticleInput(text=texts[0], lang=lang)]))  # warm up: models, gazetteer
    start = time.perf_counter()
    with nlp.select_pipes(disable=[n for n in nlp.pipe_names if n.startswith("sitrep_")]):
        for _ in nlp.pipe(texts, batch_size=batch_size):
            pass
    parse = time.perf_counter() - start
    start = time.perf_counter()
    for _ in extract_many((ArticleInput(text=t, lang=lang) for t in texts), batch_size=batch_size):
        pass
    full = time.perf_counter() - start
    return BenchResult(len(texts), words, parse, full)


@dataclass(frozen=True)
class IngestBench:
    """End-to-end ingest (read, extract, store, merge) next to spaCy's bare parse with as many processes."""

    articles: int
    words: int
    processes: int
    parse_seconds: float
    ingest_seconds: float
    memory: tuple[tuple[int, float], ...]  # (articles done, resident MB of sitrep's processes)

    @property
    def ratio(self) -> float:
        return self.parse_seconds / self.ingest_seconds


def bench_ingest(corpus: str, lang: str, processes: int = 1, db: Optional[str] = None, parse: bool = True) -> IngestBench:
    """Time ``sitrep ingest`` of ``corpus`` into a fresh store, and the bare parse of the same texts."""
    import tempfile
    from pathlib import Path

    from sitrep.ingest import ingest
    from sitrep.io.readers import Document, read_documents

    texts = [d.text for d in read_documents(corpus) if isinstance(d, Document)]
    words = sum(len(t.split()) for t in texts)
    parse_seconds = _bare_parse(texts, lang, processes) if parse else float("nan")
    memory: list[tuple[int, float]] = []
    done = 0

    def progress(n: int) -> None:
        nonlocal done
        done += n
        memory.append((done, resident_mb()))

    with tempfile.TemporaryDirectory() as tmp:
        target = db or str(Path(tmp) / "bench.duckdb")
        start = time.perf_counter()
        ingest([corpus], target, processes=processes, lang=lang, progress=progress)
        seconds = time.perf_counter() - start
    return IngestBench(len(texts), words, processes, parse_seconds, seconds, tuple(memory))


def _bare_parse(texts: list[str], lang: str, processes: int) -> float:
    import spacy

    from sitrep.pipeline import MODELS

    nlp = spacy.load(MODELS[lang][0])
    start = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=16, n_process=processes):
        pass
    return time.perf_counter() - start


def resident_mb() -> float:
    """Resident memory of this process and its child processes, in MB (Linux /proc; 0 elsewhere)."""
    import multiprocessing
    import os

    total = 0
    for pid in [os.getpid(), *(p.pid for p in multiprocessing.active_children())]:
        try:
            with open(f"/proc/{pid}/statm") as fh:
                total += int(fh.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
        except (OSError, ValueError, IndexError):
            continue
    return total / 1e6


def peak_mb() -> float:
    """Peak resident memory of this process so far, in MB (ru_maxrss; 0 where unknown)."""
    try:
        import resource
    except ImportError:  # not on Windows
        return 0.0
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
