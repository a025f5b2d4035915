"""The embedded store (DuckDB) and merging of event reports across articles."""

from sitrep.store.db import DEFAULT_DB, Store, WriteResult

__all__ = ["DEFAULT_DB", "Store", "WriteResult"]
