"""The project-written training examples (every src/sitrep/resources/training/*.jsonl) are well-formed."""

import json
import unicodedata
from collections import Counter
from pathlib import Path

import pytest

from sitrep.taxonomy import BY_NAME, PLOVER_EVENTS

DIR = Path(__file__).resolve().parents[2] / "src" / "sitrep" / "resources" / "training"
PATH = DIR / "examples.jsonl"
FILES = sorted(DIR.glob("*.jsonl"))
KEYS = {"id", "lang", "text", "label", "code", "plover", "mode", "reason"}
REASONS = {"aggregate", "negated", "future", "hypothetical", "background", "not_conflict"}
LANGS = ("en", "fr")
MIN_PER_SUB_TYPE = 25
MIN_NONE = 100


def _read(path):
    out = []
    with path.open(encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            assert line.strip(), f"{path.name}: blank line {n}"
            try:
                out.append(json.loads(line))
            except json.JSONDecodeError as exc:  # pragma: no cover - reported as failure
                pytest.fail(f"{path.name} line {n} is not valid JSON: {exc}")
    return out


@pytest.fixture(scope="module")
def main_rows():
    """The first file alone: it must cover every sub-type and non-event reason by itself."""
    return _read(PATH)


@pytest.fixture(scope="module")
def rows():
    """Every training file together: schema, labels, ids and texts are checked across all of them."""
    assert PATH in FILES and len(FILES) >= 2, FILES
    return [r for path in FILES for r in _read(path)]


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


def test_both_languages_cover_every_sub_type_and_non_events(main_rows):
    counts = Counter((r["lang"], r["label"]) for r in main_rows)
    for lang in LANGS:
        for name in BY_NAME:
            assert counts[(lang, name)] >= MIN_PER_SUB_TYPE, (lang, name, counts[(lang, name)])
        assert counts[(lang, "NONE")] >= MIN_NONE, (lang, counts[(lang, "NONE")])


def test_every_non_event_reason_is_represented_in_both_languages(main_rows):
    reasons = Counter((r["lang"], r["reason"]) for r in main_rows if r["label"] == "NONE")
    for lang in LANGS:
        for reason in REASONS:
            assert reasons[(lang, reason)] >= 10, (lang, reason)


def test_styles_file_covers_every_sub_type_in_both_languages():
    rows = _read(DIR / "examples-styles.jsonl")
    counts = Counter((r["lang"], r["label"]) for r in rows)
    for lang in LANGS:
        for name in BY_NAME:
            assert counts[(lang, name)] >= 15, (lang, name, counts[(lang, name)])
        assert counts[(lang, "NONE")] >= 20, (lang, counts[(lang, "NONE")])
    for r in rows:
        assert r["id"].startswith(r["lang"] + "-s"), r["id"]
