from sitrep.components.casualties import merge_counts, parse_number
from sitrep.records import Count


def killed_injured(doc):
    m = [m for m in doc._.sitrep_mentions if m.non_event is None][0]
    return m.casualties.killed, m.casualties.injured


def test_number_words_and_digits():
    assert parse_number("deux", "fr") == 2
    assert parse_number("trente-deux", "fr") == 32
    assert parse_number("twenty-five", "en") == 25
    assert parse_number("2.500", "fr") == 2500
    assert parse_number("des", "fr") is None


def test_french_killed_and_injured(run):
    doc = run("Une frappe aérienne sur Kidal a fait quatre morts et sept blessés mardi.", "fr", "2023-05-12")
    killed, injured = killed_injured(doc)
    assert killed.best == 4 and injured.best == 7


def test_unnumbered_injured_gives_low_one(run):
    doc = run("Des obus sont tombés sur Gao, faisant des blessés selon un habitant.", "fr", "2023-05-12")
    killed, injured = killed_injured(doc)
    assert injured.best is None and injured.low == 1
    assert not killed.known


def test_english_at_least_and_dozens(run):
    doc = run("Police fired live ammunition at protesters in Lagos, leaving at least three dead and dozens wounded.", "en", "2023-05-12")
    killed, injured = killed_injured(doc)
    assert killed.best == 3 and killed.low == 3 and killed.high is None
    assert injured.low == 24


def test_merge_counts_keeps_first_and_widens():
    merged = merge_counts([Count(10, 10, 10), Count(9, 9, 9), Count(13, 13, 13)])
    assert (merged.best, merged.low, merged.high) == (10, 9, 13)
