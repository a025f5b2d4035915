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


# --- figures per source ---------------------------------------------------------------------

import sitrep  # noqa: E402
from sitrep.components.casualties import merge_casualties  # noqa: E402
from sitrep.records import Casualties, CasualtyClaim, Source, from_dict, to_dict  # noqa: E402


def only_event(text, lang, published="2024-03-10"):
    (event,) = sitrep.extract(text, published=published, lang=lang).events
    return event


def claims_by_source(event, what="killed"):
    return {c.source.text: getattr(c, what).best for c in event.casualties.claims if c.source is not None}


def test_conflicting_figures_are_kept_per_source_french():
    e = only_event(
        "Le ministère a fait état de 12 morts dans l'attentat à la voiture piégée de Mopti, tandis qu'une ONG locale en compte 20.", "fr"
    )
    killed = e.casualties.killed
    assert (killed.best, killed.low, killed.high) == (12, 12, 20)
    assert claims_by_source(e) == {"Le ministère": 12, "une ONG locale": 20}
    assert {c.source.kind for c in e.casualties.claims} == {"government", "ngo"}


def test_conflicting_figures_best_is_the_most_conservative_english():
    e = only_event("Residents said nine people were killed in the bombing in Kandahar, but officials put the toll at five.", "en")
    killed = e.casualties.killed
    assert (killed.best, killed.low, killed.high) == (5, 5, 9)
    assert claims_by_source(e) == {"Residents": 9, "officials": 5}


def test_conflicting_figures_across_sentences():
    e = only_event(
        "Un kamikaze s'est fait exploser mardi sur un marché de Mopti. Selon un habitant, neuf personnes ont été tuées ; "
        "les autorités parlent de six morts.",
        "fr",
    )
    assert e.casualties.killed.best == 6 and e.casualties.killed.high == 9
    assert claims_by_source(e) == {"un habitant": 9, "les autorités": 6}


def test_one_source_keeps_its_first_figure_and_a_part_is_not_a_rival():
    e = only_event("A car bomb killed 10 people in a market in Kandahar, police said. Police said 4 of the dead were children.", "en")
    assert e.casualties.killed.best == 10


def test_toll_told_in_the_next_sentence_with_its_source():
    e = only_event("A suicide bomber struck a market in Kandahar on Tuesday. At least 12 people were killed and 30 wounded, police said.", "en")
    c = e.casualties
    assert (c.killed.best, c.killed.low, c.killed.high) == (12, 12, None) and c.injured.best == 30
    assert [s.text for s in e.sources] == ["police"] and claims_by_source(e) == {"police": 12}
    e = only_event(
        "Un kamikaze s'est fait exploser mardi sur un marché de Mopti. Au moins 12 personnes ont été tuées et 30 blessées, selon la police.", "fr"
    )
    assert (e.casualties.killed.best, e.casualties.killed.high, e.casualties.injured.best) == (12, None, 30)


def test_a_background_sentence_does_not_give_its_toll():
    e = only_event("Un kamikaze s'est fait exploser mardi sur un marché de Mopti. En 2019, 40 personnes avaient été tuées dans la région.", "fr")
    assert not e.casualties.killed.known


# --- injured phrasings ---------------------------------------------------------------------


def test_one_of_the_many_wounded_french_and_english():
    e = only_event("Un attentat à la voiture piégée a frappé Mopti ; l'un des nombreux blessés est décédé.", "fr")
    assert (e.casualties.killed.best, e.casualties.injured.best, e.casualties.injured.low) == (1, None, 2)
    e = only_event("A bomb exploded in Kandahar; one of the many wounded died later.", "en")
    assert (e.casualties.killed.best, e.casualties.injured.best, e.casualties.injured.low) == (1, None, 2)


def test_among_the_injured():
    e = only_event("Un attentat à la voiture piégée a frappé Mopti. Parmi les blessés figurent deux enfants.", "fr")
    assert (e.casualties.injured.best, e.casualties.injured.low) == (None, 2)
    e = only_event("A car bomb exploded in Kandahar on Tuesday. Among the injured were three children, a doctor said.", "en")
    assert (e.casualties.injured.best, e.casualties.injured.low) == (None, 3)


def test_vague_and_verbal_injured():
    e = only_event("Un kamikaze s'est fait exploser mardi sur un marché de Mopti. Plusieurs blessés ont été évacués, selon un médecin.", "fr")
    assert e.casualties.injured.low == 2 and e.sources[0].kind == "local"
    e = only_event("A number of people were hurt when a car bomb exploded in Kandahar.", "en")
    assert e.casualties.injured.low == 2
    e = only_event("Des hommes armés ont attaqué un poste de contrôle à Mopti, tuant deux policiers et blessant grièvement trois autres.", "fr")
    assert (e.casualties.killed.best, e.casualties.injured.best) == (2, 3)
    e = only_event("Gunmen attacked a checkpoint in Kandahar, killing two policemen and seriously wounding three others.", "en")
    assert (e.casualties.killed.best, e.casualties.injured.best) == (2, 3)


# --- the record ------------------------------------------------------------------------------


def test_claims_survive_json_and_old_json_still_loads():
    claim = CasualtyClaim(killed=Count(5, 5, 5), source=Source("officials", "government"), victims="soldiers")
    c = Casualties(killed=Count(5, 5, 9), claims=(claim,))
    assert from_dict(Casualties, to_dict(c)) == c
    old = {"killed": {"best": 3, "low": 3, "high": 3}, "injured": {"best": None, "low": None, "high": None}, "evidence": []}
    assert from_dict(Casualties, old) == Casualties(killed=Count(3, 3, 3))


def test_merging_mentions_joins_claims_of_one_source():
    police = Source("police", "government")
    a = Casualties(claims=(CasualtyClaim(killed=Count(10, 10, 10), source=police),))
    b = Casualties(claims=(CasualtyClaim(injured=Count(4, 4, 4), source=police), CasualtyClaim(killed=Count(7, 7, 7))))
    merged = merge_casualties([a, b, Casualties(killed=Count(8, 8, 8))])
    assert merged.killed.best == 10 and merged.killed.low == 7 and merged.injured.best == 4
    assert [(c.source and c.source.text, c.killed.best) for c in merged.claims] == [("police", 10), (None, 7)]


def test_acled_row_fatalities_is_best_and_tags_give_each_source():
    from sitrep.io.writers import acled_rows
    from sitrep.records import Article, Event, Extraction

    text = "Le ministère a fait état de 12 morts dans l'attentat à la voiture piégée de Mopti, tandis qu'une ONG locale en compte 20."
    (row,) = acled_rows([sitrep.extract(text, published="2024-03-10", lang="fr")], timestamp=0)
    assert row["fatalities"] == 12
    assert "killed per source: Le ministère 12 | une ONG locale 20" in row["tags"]
    event = Event(id="e", event_type="Battles", sub_event_type="Armed clash", plover_event="ASSAULT", casualties=Casualties(killed=Count(3, 3, 3)))
    (row,) = acled_rows([Extraction(article=Article("a", "x", "fr"), events=(event,))], timestamp=0)
    assert row["fatalities"] == 3 and "per source" not in row["tags"]
