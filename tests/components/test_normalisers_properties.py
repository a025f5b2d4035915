"""Property tests (hypothesis) for the number and date normalisers, French and English."""

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from sitrep.components.casualties import parse_number
from sitrep.components.time import TimeExpression, resolve
from sitrep.records import PartialDate

days = st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2035, 12, 31))
published = st.one_of(
    days.map(lambda d: PartialDate(d.year, d.month, d.day)),
    days.map(lambda d: PartialDate(d.year, d.month)),
)
WORDS = {
    "fr": {"un": 1, "deux": 2, "trois": 3, "dix": 10, "douze": 12, "vingt": 20, "trente": 30, "cent": 100},
    "en": {"one": 1, "two": 2, "three": 3, "ten": 10, "twelve": 12, "twenty": 20, "thirty": 30, "hundred": 100},
}


@given(st.integers(min_value=0, max_value=10**7), st.sampled_from(["", ".", ",", " ", "\u202f"]), st.sampled_from(["fr", "en"]))
def test_digits_with_any_thousands_separator(n, sep, lang):
    text = f"{n:,}".replace(",", sep) if sep else str(n)
    assert parse_number(text, lang) == n


@given(st.sampled_from(["fr", "en"]), st.data())
def test_number_words_ignore_case(lang, data):
    word, value = data.draw(st.sampled_from(sorted(WORDS[lang].items())))
    variant = data.draw(st.sampled_from([word, word.upper(), word.capitalize()]))
    assert parse_number(variant, lang) == value


@given(st.sampled_from(["fr", "en"]), st.text(alphabet="abcdefghijklmnopqrstuvwxyzéèà-' ", max_size=12))
def test_non_numbers_are_none_or_ints(lang, text):
    value = parse_number(text, lang)
    assert value is None or isinstance(value, int)


@settings(max_examples=300)
@given(published, st.integers(min_value=0, max_value=6))
def test_weekday_span_is_that_weekday_and_never_after_publication(pub, weekday):
    span = resolve(TimeExpression(0, 1, "weekday", (weekday,)), pub)
    p0, p1 = pub.span()
    assert span.start.weekday() == weekday and span.end.weekday() == weekday
    assert span.start <= span.end <= p1 and (p0 - span.start).days < 7
    assert span.precision == (1 if pub.precision == "day" else 3)


@settings(max_examples=300)
@given(published, st.integers(min_value=-3, max_value=0))
def test_relative_days_shift_the_publication_span(pub, delta):
    span = resolve(TimeExpression(0, 1, "relative_day", (delta,)), pub)
    p0, p1 = pub.span()
    assert (span.end - p1).days == delta
    if pub.precision == "day":
        assert (span.start - p0).days == delta
    else:  # read inside the publication's month: "hier" is any day of it but the last
        assert span.start == p0


@settings(max_examples=300)
@given(published, st.integers(min_value=0, max_value=6), st.sampled_from(["weekday", "relative_week"]))
def test_month_only_publication_keeps_relative_dates_inside_the_month(pub, value, kind):
    span = resolve(TimeExpression(0, 1, kind, (value if kind == "weekday" else -1,)), pub)
    p0, p1 = pub.span()
    if pub.precision == "month":
        assert p0 <= span.start <= span.end <= p1
        assert span.precision == 3


@settings(max_examples=300)
@given(published, st.integers(min_value=1, max_value=12), st.integers(min_value=1, max_value=28))
def test_dates_without_a_year_are_never_in_the_future(pub, month, day):
    span = resolve(TimeExpression(0, 1, "date", (0, month, day)), pub)
    if span is not None:
        assert span.start == span.end and span.start <= pub.span()[1]
        assert (span.start.month, span.start.day) == (month, day)


@given(days, st.integers(min_value=1, max_value=12))
def test_mid_month_is_the_tenth_to_the_twentieth(d, month):
    span = resolve(TimeExpression(0, 1, "mid_month", (month,)), PartialDate(d.year, d.month, d.day))
    assert (span.start.day, span.end.day, span.start.month, span.precision) == (10, 20, month, 2)
    assert span.start <= dt.date(d.year, d.month, d.day) or span.start.year < d.year or month == d.month
