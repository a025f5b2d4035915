"""The project-written training examples (src/sitrep/resources/training/examples.jsonl) are well-formed."""

import json
import unicodedata
from collections import Counter
from pathlib import Path

import pytest

from sitrep.taxonomy import BY_NAME, PLOVER_EVENTS

PATH = Path(__file__).resolve().parents[2] / "src" / "sitrep" / "resources" / "training" / "examples.jsonl"
KEYS = {"id", "lang", "text", "label", "code", "plover", "mode", "reason"}
REASONS = {"aggregate", "negated", "future", "hypothetical", "background", "not_conflict"}
LANGS = ("en", "fr")
MIN_PER_SUB_TYPE = 25
MIN_NONE = 100


@pytest.fixture(scope="module")
def rows():
    out = []
    with PATH.open(encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            assert line.strip(), f"blank line {n}"
            try:
                out.append(json.loads(line))
            except json.JSONDecodeError as exc:  # pragma: no cover - reported as failure
                pytest.fail(f"line {n} is not valid JSON: {exc}")
    return out


def test_every_line_has_exactly_the_schema_keys(rows):
    for r in rows:
        assert set(r) == KEYS, r.get("id")
        assert r["lang"] in LANGS, r["id"]
        assert isinstance(r["text"], str) and r["text"].strip() == r["text"] and len(r["text"]) >= 20, r["id"]


def test_labels_are_exact_acled_sub_types_with_matching_codes(rows):
    for r in rows:
        if r["label"] == "NONE":
            assert r["code"] == "NONE", r["id"]
            assert r["reason"] in REASONS, r["id"]
            assert r["plover"] == "NONE" or r["plover"] in PLOVER_EVENTS, r["id"]
        else:
            assert r["label"] in BY_NAME, (r["id"], r["label"])
            st = BY_NAME[r["label"]]
            assert r["code"] == st.code, r["id"]
            assert r["plover"] == st.plover, r["id"]
            assert r["reason"] is None, r["id"]
        assert r["mode"] is None or (isinstance(r["mode"], str) and r["mode"]), r["id"]


def test_ids_are_unique_and_prefixed_by_language(rows):
    ids = [r["id"] for r in rows]
    assert len(ids) == len(set(ids))
    for r in rows:
        assert r["id"].startswith(r["lang"] + "-"), r["id"]


def test_no_duplicate_texts(rows):
    def norm(t):
        return " ".join(unicodedata.normalize("NFKC", t).casefold().split())

    counts = Counter(norm(r["text"]) for r in rows)
    dups = [t for t, c in counts.items() if c > 1]
    assert not dups, dups[:3]


def test_both_languages_cover_every_sub_type_and_non_events(rows):
    counts = Counter((r["lang"], r["label"]) for r in rows)
    for lang in LANGS:
        for name in BY_NAME:
            assert counts[(lang, name)] >= MIN_PER_SUB_TYPE, (lang, name, counts[(lang, name)])
        assert counts[(lang, "NONE")] >= MIN_NONE, (lang, counts[(lang, "NONE")])


def test_every_non_event_reason_is_represented_in_both_languages(rows):
    reasons = Counter((r["lang"], r["reason"]) for r in rows if r["label"] == "NONE")
    for lang in LANGS:
        for reason in REASONS:
            assert reasons[(lang, reason)] >= 10, (lang, reason)
