"""Merging rules across articles, on events built by hand."""

import datetime as dt

from sitrep.records import Actor, Casualties, Count, Event, Place, Source, TimeSpan
from sitrep.store.merge import combine, combine_counts, distance_km, same_event

GAO = Place(text="Gao", name="Gao", country="MLI", geonameid=2457163, latitude=16.2717, longitude=-0.0447)
NEAR_GAO = Place(text="Gao", name="Gao airport", country="MLI", geonameid=None, latitude=16.2484, longitude=-0.0055)
KIDAL = Place(text="Kidal", name="Kidal", country="MLI", geonameid=2455290, latitude=18.4411, longitude=1.4078)
ARMY = Actor(name="Military Forces of Mali", country="MLI", inter=1)
JNIM = Actor(name="JNIM: Group for Support of Islam and Muslims", country="MLI", inter=2)
FRANCE = Actor(name="Military Forces of France", country="FRA", inter=8)


def day(d: int, end: int | None = None, precision: int = 1) -> TimeSpan:
    return TimeSpan(dt.date(2024, 3, d), dt.date(2024, 3, end or d), precision)


def strike(place=GAO, time=None, sub="Air/drone strike", etype="Explosions/Remote violence", actor1=ARMY, actor2=JNIM, killed=None, source="AFP") -> Event:
    return Event(
        id="e1",
        event_type=etype,
        sub_event_type=sub,
        plover_event="ASSAULT",
        actor1=actor1,
        actor2=actor2,
        place=place,
        time=time or day(5),
        casualties=Casualties(killed=killed or Count()),
        sources=(Source(text=source),),
    )


def test_same_strike_reported_twice_is_one_event():
    assert same_event(strike(), strike(place=NEAR_GAO, time=day(1, 31, precision=3), source="Reuters"))


def test_strikes_on_two_towns_the_same_day_are_two_events():
    assert distance_km(GAO.latitude, GAO.longitude, KIDAL.latitude, KIDAL.longitude) > 200
    assert not same_event(strike(place=GAO), strike(place=KIDAL))


def test_days_apart_are_different_events_but_one_day_of_slack_is_allowed():
    assert same_event(strike(time=day(5)), strike(time=day(6)))
    assert not same_event(strike(time=day(5)), strike(time=day(8)))


def test_violence_types_merge_but_a_protest_does_not():
    assert same_event(strike(), strike(sub="Armed clash", etype="Battles"))
    assert not same_event(strike(), strike(sub="Peaceful protest", etype="Protests", actor1=None, actor2=None))


def test_incompatible_actors_block_a_merge_and_unknown_ones_do_not():
    assert not same_event(strike(), strike(actor1=FRANCE))
    assert same_event(strike(), strike(actor1=None))


def test_a_report_without_place_or_time_never_merges():
    assert not same_event(strike(place=None), strike(place=None))
    unknown = Event(id="x", event_type="Battles", sub_event_type="Armed clash", plover_event="ASSAULT", place=GAO)
    assert not same_event(unknown, strike(sub="Armed clash", etype="Battles"))


def test_counts_keep_the_conservative_best_and_widen_the_bounds():
    merged = combine_counts([Count(best=4, low=4, high=4), Count(best=None, low=6, high=None), Count(best=9, low=7, high=12)])
    assert (merged.best, merged.low, merged.high) == (4, 4, 12)
    assert combine_counts([Count(), Count()]) == Count()


def test_combine_takes_the_narrowest_time_the_most_precise_place_and_all_sources():
    month = strike(place=Place(text="Mali", name="Mali", country="MLI", feature="country", precision=3, latitude=17.0, longitude=-4.0), time=day(1, 31, 3), source="Reuters")
    merged = combine("ev1", [month, strike(killed=Count(best=3, low=3, high=3))])
    assert merged.id == "ev1"
    assert (merged.time.start, merged.time.end, merged.time.precision) == (dt.date(2024, 3, 5), dt.date(2024, 3, 5), 1)
    assert merged.place.name == "Gao"
    assert [s.text for s in merged.sources] == ["Reuters", "AFP"]
    assert merged.casualties.killed.best == 3


def test_combine_types_by_majority_and_ties_go_to_the_first_report():
    reports = [strike(sub="Armed clash", etype="Battles"), strike(), strike()]
    assert combine("ev", reports).sub_event_type == "Air/drone strike"
    assert combine("ev", reports[:2]).sub_event_type == "Armed clash"
