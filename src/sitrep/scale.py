"""Scale-out: extraction on Ray Data (``sitrep ingest --engine ray``). Ray is an optional extra.

The driver reads the inputs and skips articles the store has, as for a local run. Articles go to
Ray in groups of ``GROUP``: each group is a Ray Dataset mapped in batches by actors that load the
spaCy models once each (``processes`` of them), written as Parquet (one row per article: position,
hash, source and the extraction as JSON), then read back in input order and stored by the driver,
the store's only writer. So a Ray run stores exactly what a local run stores.

``address`` joins a running cluster (``ray://host:10001`` or ``auto``); without it a local Ray is
started with ``processes`` CPUs. On a cluster, ``parquet_dir`` must be storage every node and the
driver can reach (a shared path or an object store URI).
"""

from __future__ import annotations

import json
import logging
import shutil
import tempfile
from typing import Any, Iterator, Optional

from sitrep.errors import SitrepError
from sitrep.records import PartialDate, extraction_from_dict, to_dict

GROUP = 4096
"""Articles per Ray Dataset (bounds the driver's memory however long the input)."""

BATCH = 32


def ray_results(
    work, processes: int = 1, address: Optional[str] = None, model: Optional[str] = None, parquet_dir: Optional[str] = None, lang: Optional[str] = None
) -> Iterator:
    """Like the local engine: ``(items, problems, extractions)`` per chunk of ``work``, in order."""
    ray = _ray(address, processes)
    keep = parquet_dir is not None
    root = parquet_dir or tempfile.mkdtemp(prefix="sitrep-ray-")
    try:
        for number, group in enumerate(_groups(work)):
            extractions = iter(_run_group(ray, group, f"{root.rstrip('/')}/group-{number:06d}", processes, model, lang))
            for items, problems in group:
                yield items, problems, [next(extractions) for _ in items]
    finally:
        if not keep:
            shutil.rmtree(root, ignore_errors=True)


def _ray(address: Optional[str], processes: int):
    try:
        import ray
        import ray.data  # noqa: F401
    except ImportError as exc:
        raise SitrepError("E205", source="--engine ray", detail=str(exc)) from None
    if not ray.is_initialized():
        options: dict[str, Any] = {"include_dashboard": False, "log_to_driver": False, "configure_logging": False}
        if address:
            ray.init(address=address, **options)
        else:
            ray.init(num_cpus=max(1, processes), **options)
    ray.data.DataContext.get_current().enable_progress_bars = False
    logging.getLogger("ray.data").setLevel(logging.WARNING)
    return ray


def _groups(work) -> Iterator[list]:
    group, size = [], 0
    for items, problems in work:
        group.append((items, problems))
        size += len(items)
        if size >= GROUP:
            yield group
            group, size = [], 0
    if group:
        yield group


def _run_group(ray, group: list, path: str, processes: int, model: Optional[str], lang: Optional[str]) -> list:
    rows = [_row(position, item) for position, item in enumerate(i for items, _ in group for i in items)]
    if not rows:
        return []
    dataset = ray.data.from_items(rows).map_batches(
        RayExtractor,
        fn_constructor_kwargs={"model": model, "lang": lang},
        batch_size=BATCH,
        compute=ray.data.ActorPoolStrategy(size=max(1, processes)),
        num_cpus=1,
        batch_format="pyarrow",
    )
    dataset.write_parquet(path)
    table = ray.data.read_parquet(path).to_arrow_refs()
    import pyarrow as pa

    out = pa.concat_tables(ray.get(table)).sort_by("position")
    return [extraction_from_dict(json.loads(text)) for text in out.column("extraction").to_pylist()]


def _row(position: int, item) -> dict[str, Any]:
    d = item.document
    return {
        "position": position, "hash": item.hash, "source": item.source, "text": d.text,
        "published": str(d.published) if d.published else None, "lang": d.lang, "title": d.title, "url": d.url, "id": d.id,
    }


class RayExtractor:
    """A Ray Data actor: loads the pipeline once, extracts batches of article rows."""

    def __init__(self, model: Optional[str] = None, lang: Optional[str] = None) -> None:
        from sitrep.ingest import _warm

        self.model = model
        _warm(model, lang)

    def __call__(self, batch):
        import pyarrow as pa

        from sitrep.ingest import Item, extract_items
        from sitrep.io.readers import Document

        rows = batch.to_pylist()
        items = [
            Item(
                r["hash"],
                r["source"],
                Document(text=r["text"], source=r["source"], published=PartialDate.parse(r["published"]), title=r["title"], url=r["url"], lang=r["lang"], id=r["id"]),
            )
            for r in rows
        ]
        extractions = extract_items(items, self.model)
        return pa.table(
            {
                "position": [r["position"] for r in rows],
                "hash": [r["hash"] for r in rows],
                "source": [r["source"] for r in rows],
                "extraction": [json.dumps(to_dict(e), ensure_ascii=False) for e in extractions],
            }
        )
