"""Readers (files and streams in) and writers (ACLED CSV, PLOVER JSONL, GeoJSON, JSON out)."""

from sitrep.io.normalise import normalise_text
from sitrep.io.readers import (
    MAX_CHARS,
    Document,
    Problem,
    decode_bytes,
    read_documents,
    read_text,
    read_text_file,
)
from sitrep.io.writers import (
    ACLED_COLUMNS,
    FORMATS,
    acled_dataframe,
    acled_row,
    acled_rows,
    geojson,
    plover_records,
    write_acled_csv,
    write_geojson,
    write_json,
    write_jsonl,
    write_plover_jsonl,
)

__all__ = [
    "ACLED_COLUMNS",
    "FORMATS",
    "MAX_CHARS",
    "Document",
    "Problem",
    "acled_dataframe",
    "acled_row",
    "acled_rows",
    "decode_bytes",
    "geojson",
    "normalise_text",
    "plover_records",
    "read_documents",
    "read_text",
    "read_text_file",
    "write_acled_csv",
    "write_geojson",
    "write_json",
    "write_jsonl",
    "write_plover_jsonl",
]
