"""Readers (files and streams in) and writers (ACLED CSV, PLOVER JSONL, GeoJSON, JSON out)."""

from sitrep.io.normalise import normalise_text  # noqa: F401
from sitrep.io.readers import Document, Problem, read_documents, read_text  # noqa: F401
from sitrep.io.writers import FORMATS, acled_dataframe, acled_rows, geojson  # noqa: F401
