"""The store's schema as numbered migrations: each runs once, in order, in one transaction.

To change the schema, append a migration (never edit one already released): ``Store`` applies the
ones a file lacks when it is opened for writing, and refuses a file newer than the code (E201).
"""

from __future__ import annotations

_EVENT_COLUMNS = """
    event_type VARCHAR, sub_event_type VARCHAR, plover_event VARCHAR, plover_mode VARCHAR,
    date_start DATE, date_end DATE, time_precision INTEGER,
    location VARCHAR, country VARCHAR, admin1 VARCHAR, geonameid BIGINT,
    latitude DOUBLE, longitude DOUBLE, geo_precision INTEGER,
    actor1 VARCHAR, actor1_country VARCHAR, inter1 INTEGER,
    actor2 VARCHAR, actor2_country VARCHAR, inter2 INTEGER,
    killed_best INTEGER, killed_low INTEGER, killed_high INTEGER,
    injured_best INTEGER, injured_low INTEGER, injured_high INTEGER,
    confidence DOUBLE,
    record JSON
"""

MIGRATIONS: tuple[tuple[str, ...], ...] = (
    # 1: articles, reports, merged events, actors, places, sources, statements, problems
    (
        """CREATE TABLE articles (
            hash VARCHAR PRIMARY KEY, seq BIGINT, id VARCHAR, source VARCHAR, url VARCHAR, title VARCHAR,
            published VARCHAR, language VARCHAR, status VARCHAR, message VARCHAR,
            n_events INTEGER, n_statements INTEGER, extraction JSON, ingested_at TIMESTAMP)""",
        f"""CREATE TABLE reports (
            id VARCHAR, seq BIGINT, article VARCHAR, event VARCHAR, {_EVENT_COLUMNS})""",
        f"""CREATE TABLE events (
            id VARCHAR, first_seq BIGINT, n_reports INTEGER, n_sources INTEGER, {_EVENT_COLUMNS},
            updated_at TIMESTAMP)""",
        """CREATE TABLE actors (
            name VARCHAR, country VARCHAR, inter INTEGER, sector VARCHAR, wikidata VARCHAR)""",
        """CREATE TABLE places (
            key VARCHAR, name VARCHAR, country VARCHAR, admin1 VARCHAR, geonameid BIGINT,
            latitude DOUBLE, longitude DOUBLE, feature VARCHAR, geo_precision INTEGER)""",
        """CREATE TABLE sources (
            report VARCHAR, position INTEGER, text VARCHAR, kind VARCHAR, agency VARCHAR)""",
        """CREATE TABLE statements (
            id VARCHAR, article VARCHAR, speaker VARCHAR, speaker_country VARCHAR, role VARCHAR,
            plover VARCHAR, mode VARCHAR, quote VARCHAR, record JSON)""",
        """CREATE TABLE problems (source VARCHAR, line INTEGER, message VARCHAR, seen_at TIMESTAMP)""",
        "CREATE INDEX reports_event ON reports (event)",
        "CREATE INDEX events_dates ON events (date_start, date_end)",
    ),
)

VERSION = len(MIGRATIONS)
