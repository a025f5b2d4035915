"""Fixtures: test corpora written to temporary files."""

import json

import pytest
from corpora import OTHER_TOWN, SAME_STRIKE, corpus_records


@pytest.fixture
def corpus(tmp_path):
    """A JSONL file of 180 distinct short articles."""
    path = tmp_path / "corpus.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in corpus_records()), encoding="utf-8")
    return path


@pytest.fixture
def strikes(tmp_path):
    """A directory: two reports of the Kidal strike (one gzipped) and one of a Timbuktu strike, the same day."""
    import gzip

    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "a-kidal.txt").write_text(SAME_STRIKE[0], encoding="utf-8")
    with gzip.open(folder / "b-kidal.txt.gz", "wt", encoding="utf-8") as fh:
        fh.write(SAME_STRIKE[1])
    (folder / "c-tombouctou.txt").write_text(OTHER_TOWN, encoding="utf-8")
    (folder / "notes.md").write_text("not an article", encoding="utf-8")
    return folder
