"""``sitrep.evaluate``: score sitrep against gold files, exactly as the shared eval FORMATS.md says.

* :func:`evaluate_articles`: events of whole articles (pairing, precision/recall/F1, field accuracies);
* :func:`evaluate_snippets`: CASE 2021 sub-type classification of snippets;
* :func:`evaluate_sentences`: PLOVER typing of sentences;
* :func:`evaluate_resolve` / :func:`evaluate_detect`: toponym resolution and detection.

Each returns a report with ``to_json()`` (a flat metrics object in which every metric ``key`` comes
with ``key_n``, the number of items it is computed over) and renders with
:func:`sitrep.evaluate.report.render`. Gold files are read with the ``load_*`` functions of
:mod:`sitrep.evaluate.gold`. The command line is :data:`sitrep.evaluate.cli.eval_app`.
"""

from sitrep.evaluate.articles import ArticlesReport, evaluate_articles
from sitrep.evaluate.geo import haversine_km, same_place_name
from sitrep.evaluate.gold import (
    GoldArticle,
    GoldEvent,
    GoldSentence,
    GoldSnippet,
    GoldToponymText,
    load_articles,
    load_sentences,
    load_snippets,
    load_toponyms,
)
from sitrep.evaluate.sentences import PloverPrediction, SentencesReport, evaluate_sentences
from sitrep.evaluate.snippets import SnippetsReport, evaluate_snippets
from sitrep.evaluate.toponyms import ToponymsReport, evaluate_detect, evaluate_resolve, evaluate_toponyms

__all__ = [
    "ArticlesReport",
    "GoldArticle",
    "GoldEvent",
    "GoldSentence",
    "GoldSnippet",
    "GoldToponymText",
    "PloverPrediction",
    "SentencesReport",
    "SnippetsReport",
    "ToponymsReport",
    "evaluate_articles",
    "evaluate_detect",
    "evaluate_resolve",
    "evaluate_sentences",
    "evaluate_snippets",
    "evaluate_toponyms",
    "haversine_km",
    "load_articles",
    "load_sentences",
    "load_snippets",
    "load_toponyms",
    "same_place_name",
]
