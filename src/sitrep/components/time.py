"""Time: find the time expression of each mention and resolve it against the publication date.

The publication date may be a day, a month only or unknown; a weekday in a month-only article is
any such weekday of that month, and the span says so. Expressions are looked for in the sentence
as written (the parser's pieces glued back where it cut without a full stop). Expressions attached to a reporting verb
("a annoncé samedi", "said on Sunday") are used only when the sentence has no other.

Follow-up sentences count from the date told before them, not from publication: "le lendemain",
"the same day", "deux jours plus tard" from the last date given to something that happened (earlier
in the sentence, else in the article); a sentence with no time expression after a dated one takes
that date, range and all. Only with no date told before does publication serve.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace
from typing import Optional

from spacy.language import Language
from spacy.tokens import Doc, Span

from sitrep.components.base import Mention, doc_text, evidence, language_of, mentions, sentence_of
from sitrep.components.casualties import parse_number
from sitrep.records import PartialDate, TimeSpan
from sitrep.resources import TimeLexicon


@dataclass(frozen=True)
class TimeExpression:
    start_char: int
    end_char: int
    kind: str  # weekday, relative_day, relative_week, date, mid_month, month
    value: tuple[int, ...]


@Language.factory("sitrep_time", assigns=["doc._.sitrep_mentions"], requires=["doc._.sitrep_mentions"])
def make_time(nlp: Language, name: str) -> "TimeResolver":
    return TimeResolver(language_of(nlp).time, language_of(nlp).sources.reporting_verbs, nlp.lang)


class TimeResolver:
    def __init__(self, lexicon: TimeLexicon, reporting_verbs: tuple[str, ...], lang: str) -> None:
        self.lang = lang
        self.lex = lexicon
        self.reporting = set(reporting_verbs)
        self.pattern = _build_pattern(lexicon)

    def __call__(self, doc: Doc) -> Doc:
        published = doc._.sitrep_published or self.latest_full_date(doc_text(doc))
        told = self._dates_told(doc, published)  # what later sentences count from
        out = []
        for m in mentions(doc):
            sent = written_sentence(doc, sentence_of(doc, m))
            m = self._date(doc, sent, m, published, _last_told(told, sent.start_char))
            out.append(m)
            if m.time_explicit and m.non_event is None:
                told.append(Told(m.time.evidence.start, 1, m.time, m.time_key))
        doc._.sitrep_mentions = out
        return doc

    def _dates_told(self, doc: Doc, published) -> list["Told"]:
        """The dates the text gives to what happened (not to reporting, aggregates or background):
        "le lendemain" counts from the last one, even when its event was not recognised."""
        skipped = [(doc[m.sent_start].idx, doc[m.sent_end - 1].idx) for m in mentions(doc) if m.non_event is not None]
        told = []
        for e in self.expressions(doc_text(doc)):
            if e.kind in ANAPHORIC or self._on_reporting_verb(doc, e) or any(a <= e.start_char <= b for a, b in skipped):
                continue
            span = resolve(e, published)
            if span is not None:
                ev = evidence(doc, e.start_char, e.end_char)
                told.append(Told(e.start_char, 0, replace(span, text=ev.text, evidence=ev), (e.kind, e.value)))
        return told

    def _date(self, doc: Doc, sent: Span, m: Mention, published, before: Optional["Told"]) -> Mention:
        """``m`` with its time: its own expression, else the date told before it when its sentence
        has none ("À Lyon, 3 000 personnes ont manifesté" after a dated lead), else publication."""
        expr = self._choose(doc, sent, m)
        if expr is None:
            if before is not None and not self.expressions(sent.text, sent.start_char):
                return replace(m, time=before.span, time_explicit=False, time_key=None)
            return replace(m, time=default_span(published))
        key = (expr.kind, expr.value)
        if expr.kind == "anchored":
            span, key = self._anchored(doc, sent, expr, published, before)
        elif expr.kind == "offset":
            span = self._offset(doc, sent, m, expr, published)
        else:
            span = resolve(expr, published)
        if span is None:
            return replace(m, time=default_span(published))
        ev = evidence(doc, expr.start_char, expr.end_char)
        span = replace(span, text=ev.text, evidence=ev)
        # a date on the reporting verb only bounds the event: it is not the event's own date
        explicit = not self._on_reporting_verb(doc, expr)
        return replace(m, time=span, time_explicit=explicit, time_key=key if explicit else None)

    def _offset(self, doc: Doc, sent: Span, m: Mention, expr: TimeExpression, published) -> Optional[TimeSpan]:
        """ "Friday's action came two days after [the event]": the event is the anchor date shifted."""
        if doc[m.start].idx < expr.end_char:
            return None  # only the event told after the words is placed by them
        start = doc_text(doc).rfind("\n", 0, sent.start_char) + 1  # the paragraph up to here: parsers cut "Samedi," off
        anchors = [e for e in self.expressions(doc_text(doc)[start : sent.end_char], start) if e.kind not in ANAPHORIC]
        if not anchors:
            return None  # "trois jours après …" with no date in the sentence: the anchor is elsewhere
        anchor = resolve(min(anchors, key=lambda e: abs(e.start_char - expr.start_char)), published)
        if anchor is None:
            return None
        shift = dt.timedelta(days=expr.value[0])
        return TimeSpan(anchor.start + shift, anchor.end + shift, anchor.precision)

    def _anchored(self, doc: Doc, sent: Span, expr: TimeExpression, published, before: Optional["Told"]):
        """ "Le lendemain", "the same day", "two days later": days counted from the date told last,
        in the sentence before the words, else of the event told before, else of publication.
        The span keeps the anchor's width (a night from Sunday to Monday stays two days)."""
        lo, hi = expr.value
        anchor, key = self._anchor_in_sentence(doc, sent, expr, published)
        if anchor is None and before is not None:
            anchor, key = before.span, before.key
        if anchor is None:
            return _from_publication(published, lo, hi), None
        start, end = anchor.start + dt.timedelta(days=lo), anchor.end + dt.timedelta(days=hi)
        if published is not None:
            if start > published.span()[1]:
                return None, None  # "le lendemain" of a day not yet over: not placed
            end = min(end, published.span()[1])
        precision = anchor.precision if lo == hi else max(anchor.precision, 2)
        return TimeSpan(start, end, precision), _shifted(key, lo) if lo == hi else None

    def _anchor_in_sentence(self, doc: Doc, sent: Span, expr: TimeExpression, published):
        """The date written before ``expr`` in its sentence and what it said: an event's if any,
        else the reporting verb's ("a annoncé mercredi avoir tué la veille …": Tuesday)."""
        earlier = [e for e in self.expressions(sent.text, sent.start_char) if e.end_char <= expr.start_char and e.kind not in ANAPHORIC]
        plain = [e for e in earlier if not self._on_reporting_verb(doc, e)]
        for e in reversed(plain or earlier):
            span = resolve(e, published)
            if span is not None:
                return span, (e.kind, e.value)
        return None, None

    def latest_full_date(self, text: str) -> Optional[PartialDate]:
        """The latest complete date written in ``text``: the publication date's best guess when none is given."""
        dates = []
        for e in self.expressions(text):
            if e.kind == "date" and e.value[0]:
                try:
                    dates.append(dt.date(*e.value))
                except ValueError:
                    continue
        return PartialDate.parse(max(dates)) if dates else None

    def expressions(self, text: str, offset: int = 0) -> list[TimeExpression]:
        found = []
        for match in self.pattern.finditer(text):
            expr = self._expression(match, offset)
            if expr is not None:
                found.append(expr)
        return found

    def _choose(self, doc: Doc, sent: Span, m: Mention) -> Optional[TimeExpression]:
        exprs = self.expressions(sent.text, sent.start_char)
        if not exprs:
            return None
        trigger_char = doc[m.start].idx
        others = {  # triggers of other events in the sentence (same-type mentions share their dates)
            i for x in mentions(doc) if sent.start <= x.start < sent.end and x.sub_event_type != m.sub_event_type for i in range(x.start, x.end)
        }
        exprs = [e for e in exprs if not (e.kind == "anchored" and self._takes_complement(doc, e))]
        own = [e for e in exprs if not self._belongs_to_other(doc, e, others, range(m.start, m.end))]
        plain = [e for e in own if not self._on_reporting_verb(doc, e)]
        pool = plain or own
        if not pool:
            return None
        return min(pool, key=lambda e: abs(e.start_char - trigger_char))

    def _takes_complement(self, doc: Doc, expr: TimeExpression) -> bool:
        """ "A day before the planned rally", "la veille du scrutin": counted from what follows,
        which may not have happened; such words cannot be placed from the date told before."""
        span = doc.char_span(expr.start_char, expr.end_char, alignment_mode="expand")
        if span is None or span.end >= len(doc) or doc[span.end].is_punct:
            return False
        return span[-1].pos_ in ("ADP", "SCONJ") or doc[span.end].lower_ in self.lex.anchored_of

    def _belongs_to_other(self, doc: Doc, expr: TimeExpression, others: set[int], own: range) -> bool:
        """ "arrested … during Wednesday's clashes": Wednesday dates the clashes, not the arrests."""
        span = doc.char_span(expr.start_char, expr.end_char, alignment_mode="expand")
        if span is None or not others:
            return False
        tok, steps = span.root, 0
        while tok.head is not tok and steps < 3:
            tok, steps = tok.head, steps + 1
            if tok.i in own:
                return False
            if tok.i in others:
                return True
            if tok.pos_ in ("VERB", "AUX"):
                return False
        return False

    def _on_reporting_verb(self, doc: Doc, expr: TimeExpression) -> bool:
        span = doc.char_span(expr.start_char, expr.end_char, alignment_mode="expand")
        if span is None:
            return False
        window = doc[max(span.sent.start, span.start - 2) : span.start]
        if any(t.lemma_.lower() in self.reporting for t in window):
            return True
        return _governing_verb(span.root).lemma_.lower() in self.reporting

    def _expression(self, match: re.Match, offset: int) -> Optional[TimeExpression]:
        groups = {k: v for k, v in match.groupdict().items() if v}
        start, end = match.start() + offset, match.end() + offset
        lex = self.lex
        if "day" in groups and "month" in groups:
            year = int(groups["year"]) if "year" in groups else 0
            return TimeExpression(start, end, "date", (year, lex.months[groups["month"].lower()], int(groups["day"])))
        if "mday" in groups and "mmonth" in groups:
            year = int(groups["myear"]) if "myear" in groups else 0
            return TimeExpression(start, end, "date", (year, lex.months[groups["mmonth"].lower()], int(groups["mday"])))
        if "mid" in groups:
            return TimeExpression(start, end, "mid_month", (lex.months[groups["mid"].lower()],))
        if "night_from" in groups:
            return TimeExpression(start, end, "weekday", (lex.weekdays[groups["night_from"].lower()],))
        if "weekday" in groups:
            return TimeExpression(start, end, "weekday", (lex.weekdays[groups["weekday"].lower()],))
        if "anchored" in groups:
            return TimeExpression(start, end, "anchored", tuple(lex.anchored_days[_norm(groups["anchored"])]))
        if "offn" in groups:
            n = parse_number(groups["offn"], self.lang)
            if n is None or n > 60:
                return None
            direction = _norm(groups["offdir"])
            days = n * lex.offset_units[groups["offunit"].lower()] * lex.offset_directions[direction]
            if direction in lex.anchored_directions:  # "trois jours plus tard": from the date told last
                return TimeExpression(start, end, "anchored", (days, days))
            return TimeExpression(start, end, "offset", (days,))
        if "relday" in groups:
            return TimeExpression(start, end, "relative_day", (lex.relative_days[_norm(groups["relday"])],))
        if "relweek" in groups:
            return TimeExpression(start, end, "relative_week", (lex.relative_weeks[_norm(groups["relweek"])],))
        if "month_only" in groups:
            year = int(groups["month_year"]) if "month_year" in groups else 0
            return TimeExpression(start, end, "month", (year, lex.months[groups["month_only"].lower()]))
        return None


ANAPHORIC = ("anchored", "offset")  # expressions that need another date to be placed


@dataclass(frozen=True)
class Told:
    """A date the text gave to something that happened, at ``position`` in the text."""

    position: int
    rank: int  # at one position, an event's date (1) is preferred to the bare expression (0)
    span: TimeSpan
    key: Optional[tuple]


def _last_told(told: list[Told], sent_start: int) -> Optional[Told]:
    """The date told last before the sentence starting at character ``sent_start``."""
    return max((t for t in told if t.position < sent_start), key=lambda t: (t.position, t.rank), default=None)


def _shifted(key: Optional[tuple], days: int) -> Optional[tuple]:
    """What the text said, moved by ``days``: "mardi" and "le lendemain" say "mercredi"."""
    if key is None:
        return None
    kind, value = key
    if kind == "weekday":
        return (kind, ((value[0] + days) % 7,))
    if kind == "relative_day":
        return (kind, (value[0] + days,))
    if kind == "date" and value[0]:
        day = dt.date(*value) + dt.timedelta(days=days)
        return (kind, (day.year, day.month, day.day))
    return None


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text.lower()).replace("’", "'")


TERMINAL = {".", "!", "?", "…"}
OPENING = {"«", "“", "(", "["}


def written_sentence(doc: Doc, sent: Span, pieces: int = 3) -> Span:
    """The sentence as written: the parser's pieces glued back where it cut a line with no full
    stop ("La nuit de lundi à mardi a été … ; des attentats-suicides … ont fait …")."""
    start, end = sent.start, sent.end
    for _ in range(pieces):
        if start == 0 or _closed(doc, start):
            break
        start = doc[start - 1].sent.start
    for _ in range(pieces):
        if end >= len(doc) or _closed(doc, end):
            break
        end = doc[end].sent.end
    return doc[start:end]


def _closed(doc: Doc, i: int) -> bool:
    """Whether the text before token ``i`` ends a sentence: a full stop (before spaces and an
    opening quote the parser left behind) or a line break."""
    i -= 1
    while i >= 0 and (doc[i].is_space or doc[i].text in OPENING):
        if "\n" in doc[i].text:
            return True
        i -= 1
    return i < 0 or doc[i].text in TERMINAL or "\n" in doc[i].whitespace_


def _governing_verb(tok):
    """The first verb above ``tok`` in the parse (or the root)."""
    seen = 0
    while tok.pos_ not in ("VERB", "AUX") and tok.head is not tok and seen < 8:
        tok = tok.head
        seen += 1
    return tok


def _alt(words) -> str:
    """Words as alternatives, longest first, any spacing and either apostrophe ("l’avant-veille")."""
    escaped = (re.escape(w).replace(r"\ ", r"\s+").replace("'", "['’]") for w in sorted(words, key=len, reverse=True))
    return "|".join(escaped)


def _build_pattern(lex: TimeLexicon) -> re.Pattern:
    months = _alt(lex.months)
    weekdays = _alt(lex.weekdays)
    night = _alt(lex.night_between)
    mid = _alt(lex.mid_month)
    parts = [
        rf"(?P<day>\d{{1,2}})(?:er|st|nd|rd|th)?\s+(?P<month>{months})\.?(?:\s+(?P<year>(?:19|20)\d\d))?",
        rf"(?P<mmonth>{months})\.?\s+(?P<mday>\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(?P<myear>(?:19|20)\d\d))?",
        rf"(?:{mid})\s*(?P<mid>{months})",
        rf"(?:{night})\s+(?P<night_from>{weekdays})\s+(?:à|au|to|and)\s+(?:{weekdays})",
        rf"(?P<weekday>{weekdays})",
        rf"(?P<anchored>{_alt(lex.anchored_days)})" if lex.anchored_days else None,
        rf"(?P<offn>\d+|[^\W\d_][\w-]*)\s+(?P<offunit>{_alt(lex.offset_units)})\s+(?P<offdir>{_alt(lex.offset_directions)})",
        rf"(?P<relday>{_alt(lex.relative_days)})",
        rf"(?P<relweek>{_alt(lex.relative_weeks)})",
        rf"(?:en|in|au mois de|during)\s+(?P<month_only>{months})(?:\s+(?P<month_year>(?:19|20)\d\d))?",
    ]
    return re.compile(r"(?<!\w)(?:" + "|".join(p for p in parts if p) + r")(?!\w)", re.IGNORECASE)


# --- resolution ---------------------------------------------------------------------------


def default_span(published: Optional[PartialDate]) -> Optional[TimeSpan]:
    """With no time expression: the publication date (its whole month when only the month is known)."""
    if published is None:
        return None
    start, end = published.span()
    return TimeSpan(start, end, _precision(published))


def resolve(expr: TimeExpression, published: Optional[PartialDate]) -> Optional[TimeSpan]:
    """The honest span of ``expr`` given the publication date (None when it cannot be placed)."""
    if published is None:
        return _absolute(expr)
    p0, p1 = published.span()
    precision = _precision(published)
    if expr.kind in ("weekday", "relative_day", "relative_week"):
        return _relative(expr, published, p0, p1, precision)
    if expr.kind == "date":
        year, month, day = expr.value
        span = _dated(year or _year_before(p1, month, day), month, day)
        if span is None or span.start > p1 or (p0 - span.start).days > 330:
            return None  # a future date (an announced rally) or a date a year back: not this event's
        return span
    if expr.kind == "mid_month":
        (month,) = expr.value
        year = _year_before(p1, month, 1)
        return TimeSpan(dt.date(year, month, 10), dt.date(year, month, 20), 2)
    if expr.kind == "month":
        year, month = expr.value
        return _month(year or _year_before(p1, month, 1), month)
    return None


def _from_publication(published: Optional[PartialDate], lo: int, hi: int) -> Optional[TimeSpan]:
    """ "La veille" with no event dated before it: the day before publication (inside its month
    when only the month is known); "le lendemain" then cannot be placed."""
    if published is None:
        return None
    p0, p1 = published.span()
    start, end = p0 + dt.timedelta(days=lo), min(p1 + dt.timedelta(days=hi), p1)
    if start > p1:
        return None
    if published.precision != "day":
        start = max(start, p0)
    precision = _precision(published) if lo == hi else max(_precision(published), 2)
    return TimeSpan(start, end, precision)


def _relative(expr: TimeExpression, published: PartialDate, p0: dt.date, p1: dt.date, precision: int) -> TimeSpan:
    """A weekday, "hier", "la semaine dernière" read from the publication date. Dated to the day,
    it is the past one ("mercredi": the last Wednesday up to that day). Dated to the month (or
    year) only, the expression is read inside it: "tôt mercredi" is any Wednesday of that month,
    "hier" any day of it but the last, and the span says so."""
    (value,) = expr.value
    if expr.kind == "weekday":
        if published.precision == "day":
            return TimeSpan(_last_weekday(p1, value), _last_weekday(p1, value), 1)
        return TimeSpan(_next_weekday(p0, value), _last_weekday(p1, value), precision)
    if expr.kind == "relative_day":
        step = dt.timedelta(days=value)
        start, end = p0 + step, p1 + step
    else:
        start = p0 - dt.timedelta(days=p0.weekday()) + dt.timedelta(weeks=value)
        end = min(p1 - dt.timedelta(days=p1.weekday()) + dt.timedelta(weeks=value, days=6), p1)
        precision = max(precision, 2)
    if published.precision != "day" and start <= p1 and end >= p0:
        start, end = max(start, p0), min(end, p1)
    return TimeSpan(start, end, precision)


def _absolute(expr: TimeExpression) -> Optional[TimeSpan]:
    if expr.kind == "date" and expr.value[0]:
        return _dated(*expr.value)
    if expr.kind == "month" and expr.value[0]:
        return _month(*expr.value)
    return None


def _dated(year: int, month: int, day: int) -> Optional[TimeSpan]:
    try:
        d = dt.date(year, month, day)
    except ValueError:
        return None
    return TimeSpan(d, d, 1)


def _month(year: int, month: int) -> TimeSpan:
    span = PartialDate(year, month).span()
    return TimeSpan(span[0], span[1], 3)


def _year_before(limit: dt.date, month: int, day: int) -> int:
    """The year that puts month/day on or before ``limit`` (news reports the past)."""
    try:
        candidate = dt.date(limit.year, month, min(day, 28))
    except ValueError:
        return limit.year
    return limit.year if candidate <= limit else limit.year - 1


def _last_weekday(day: dt.date, weekday: int) -> dt.date:
    return day - dt.timedelta(days=(day.weekday() - weekday) % 7)


def _next_weekday(day: dt.date, weekday: int) -> dt.date:
    return day + dt.timedelta(days=(weekday - day.weekday()) % 7)


def _precision(published: PartialDate) -> int:
    return {"day": 1, "month": 3, "year": 3}[published.precision]
