"""Throughput of extraction next to spaCy's bare parse of the same texts, in the same run."""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import Iterable

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
