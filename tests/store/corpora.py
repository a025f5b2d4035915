"""Test corpora written by the tests (short news items of our own, in French) and table helpers."""

import itertools
import json


TOWNS = [
    ("Gao", "Mali"), ("Mopti", "Mali"), ("Ségou", "Mali"), ("Sikasso", "Mali"), ("Agadez", "Niger"), ("Zinder", "Niger"),
    ("Maradi", "Niger"), ("Diffa", "Niger"), ("Djibo", "Burkina Faso"), ("Dori", "Burkina Faso"), ("Kaya", "Burkina Faso"),
    ("Maiduguri", "Nigeria"),
]
DAYS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi"]
TEMPLATES = [
    "{Day}, une frappe de drone a tué {n} combattants près de {town}, au {country}, selon une source sécuritaire.",
    "Des hommes armés ont attaqué {day} un marché de {town} ({country}), tuant {n} civils, a indiqué un élu local.",
    "{Day}, des affrontements entre l'armée et des jihadistes ont fait {n} morts à {town}, au {country}, selon une source militaire.",
]

# two differently worded reports of one strike, and a strike on another town the same day
SAME_STRIKE = [
    "Une frappe de drone a tué quatre combattants mardi près de Kidal, dans le nord du Mali, selon une source sécuritaire.",
    "Au moins six jihadistes ont été tués mardi dans le bombardement par drone d'une de leurs positions aux abords de Kidal, "
    "a affirmé à l'AFP un élu local.",
]
OTHER_TOWN = "Mardi, un raid aérien a visé des combattants à Tombouctou, dans le nord du Mali, faisant trois morts, selon des habitants."


def corpus_records(n: int = 180) -> list[dict]:
    combos = itertools.product(TOWNS, DAYS, TEMPLATES)
    return [
        {"id": f"a{i}", "text": tpl.format(Day=day.capitalize(), day=day, n=2 + i % 9, town=town, country=country), "published": "2024-03-09"}
        for i, ((town, country), day, tpl) in enumerate(itertools.islice(combos, n))
    ]


def table_rows(db, table: str) -> list[tuple]:
    """Every row of a table, without the columns that hold clock times, in a stable order."""
    import duckdb

    con = duckdb.connect(str(db), read_only=True)
    try:
        columns = [c[0] for c in con.execute(f"DESCRIBE {table}").fetchall() if c[0] not in ("ingested_at", "updated_at", "seen_at")]
        names = ", ".join(columns)
        return con.execute(f"SELECT {names} FROM {table} ORDER BY {names}").fetchall()
    finally:
        con.close()


TABLES = ("articles", "reports", "events", "actors", "places", "sources", "statements", "problems")
