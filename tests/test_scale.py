"""The Ray engine, on a local Ray the test starts: the same records as a local run."""

import json

import pytest

ray = pytest.importorskip("ray")

import pyarrow.parquet as pq  # noqa: E402
from store.corpora import TABLES, corpus_records, table_rows  # noqa: E402

from sitrep.ingest import ingest  # noqa: E402
from sitrep.records import to_dict  # noqa: E402
from sitrep.store import Store  # noqa: E402


@pytest.fixture(scope="module")
def local_ray():
    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False, configure_logging=False)
    yield
    ray.shutdown()


def test_a_ray_run_stores_exactly_what_a_local_run_stores(local_ray, tmp_path):
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in corpus_records(40)), encoding="utf-8")
    local, distributed, parquet = tmp_path / "local.duckdb", tmp_path / "ray.duckdb", tmp_path / "parquet"
    ingest([corpus], local, chunk=8)
    result = ingest([corpus], distributed, engine="ray", processes=1, chunk=8, parquet_dir=str(parquet))
    assert (result.seen, result.added) == (40, 40)
    for table in TABLES:
        assert table_rows(local, table) == table_rows(distributed, table), table
    written = pq.read_table(parquet).to_pylist()
    assert len(written) == 40 and {"position", "hash", "source", "extraction"} <= set(written[0])
    store = Store(local)
    for row in written[:5]:
        assert json.loads(row["extraction"]) == to_dict(store.extraction(row["hash"]))
