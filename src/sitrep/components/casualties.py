"""Casualties: killed and injured per mention as best/low/high, from numerals, number words
and approximate quantities ("une dizaine", "dozens", "des blessés")."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Iterable, Optional

from spacy.language import Language
from spacy.tokens import Doc, Span
from text_to_num import text2num

from sitrep.components.base import Mention, find_terms, language_of, mentions, span_evidence, term_matcher
from sitrep.records import Casualties, CasualtyClaim, Count, Evidence, Source
from sitrep.resources import CasualtyLexicon

DIGITS_RE = re.compile(r"^\d{1,3}(?:[.,\u202f ]\d{3})*$|^\d+$")


@dataclass(frozen=True)
class CountPhrase:
    what: str  # killed | injured
    count: Count
    evidence: tuple[Evidence, ...]
    token: int  # where the phrase's head is
    victims: Optional[str] = None  # who was counted ("civils", "soldiers"); None: everyone
    sides: frozenset[str] = frozenset()  # the sides of the fighting counted ("state", "armed", "civilian")


FOLLOW_UP = 3  # a sentence with a toll and no event of its own tells the event of the last 3 sentences
YEAR_RE = re.compile(r"^(?:19|20)\d\d$")


@Language.factory("sitrep_casualties", assigns=["doc._.sitrep_mentions"], requires=["doc._.sitrep_mentions"])
def make_casualties(nlp: Language, name: str) -> "CasualtyCounter":
    return CasualtyCounter(nlp)


class CasualtyCounter:
    def __init__(self, nlp: Language) -> None:
        self.lang = nlp.lang
        pack = language_of(nlp)
        self.lex: CasualtyLexicon = pack.casualties
        self.killed = term_matcher(nlp, self.lex.killed + self.lex.killed_verbs)
        self.injured = term_matcher(nlp, self.lex.injured + self.lex.injured_verbs)
        self.back = term_matcher(nlp, self.lex.count_back)
        self.approx = {k.lower(): v for k, v in self.lex.approximate.items()}
        self.verbs = {v.lower() for v in self.lex.killed_verbs + self.lex.injured_verbs}
        self.nouns = {w.lower() for w in self.lex.killed + self.lex.injured if " " not in w}
        everyone = {w.lower() for w in self.lex.everyone}
        self.side_of = {w.lower(): side for side, words in self.lex.sides.items() for w in words}
        self.victims = ({w.lower() for w in self.lex.victim_nouns} | set(self.side_of)) - everyone
        self.listed = self.victims | (everyone - self.nouns)  # who a list of victims names ("deux soldats et trois autres")
        self.either_or = {w.lower() for w in self.lex.either_or}
        self.needs_victims = {w.lower() for w in self.lex.killed_with_victims}
        self.partitive = [_words(nlp, p) for p in self.lex.partitive]
        self.opening = [_words(nlp, p) for p in self.lex.partitive_open]
        cues = pack.events.non_event
        self.not_this_event = term_matcher(nlp, cues.aggregate + cues.negation + cues.modal)
        self.months = {m.lower() for m in pack.time.months}

    def __call__(self, doc: Doc) -> Doc:
        found = mentions(doc)
        by_sentence: dict[int, list[int]] = {}
        for i, m in enumerate(found):
            if _eventful(m):
                by_sentence.setdefault(m.sent_start, []).append(i)
        counts: dict[int, list[CountPhrase]] = {}
        for sent_start, indices in by_sentence.items():
            sent = doc[sent_start : found[indices[0]].sent_end]
            for phrase in self.phrases(sent):
                nearest = min(indices, key=lambda i: abs(found[i].start - phrase.token))
                counts.setdefault(nearest, []).append(phrase)
        for sent, target in self._follow_ups(doc, found):
            counts.setdefault(target, []).extend(self.phrases(sent))
        doc._.sitrep_mentions = [
            replace(m, casualties=casualties_of(both_sides(counts[i]))) if counts.get(i) else m for i, m in enumerate(found)
        ]
        return doc

    def _follow_ups(self, doc: Doc, found: list[Mention]) -> list[tuple[Span, int]]:
        """Sentences with no mention of their own that tell the toll of the event just told ("At least
        12 people were killed, police said."), each with the mention it completes. A non-event
        (background, aggregate) breaks the chain; sentences that name a month or a year or carry
        the cues of aggregates, negation and hypotheses are left out, and so are tolls after a
        mention of several towns."""
        told: dict[int, list[int]] = {}
        for i, m in enumerate(found):
            told.setdefault(m.sent_start, []).append(i)
        out, last, since = [], None, 0
        for sent in doc.sents:
            here = told.get(sent.start, [])
            if any(found[i].non_event is not None for i in here):
                last = None
            elif any(_eventful(found[i]) for i in here):
                last, since = [i for i in here if _eventful(found[i])][-1], 0
            elif any(t.is_alpha for t in sent):
                since += 1
                if last is not None and not here and since <= FOLLOW_UP and self._plain(sent) and _one_place(found[last]):
                    out.append((sent, last))
        return out

    def _plain(self, sent: Span) -> bool:
        if find_terms(self.not_this_event, sent):
            return False
        return not any(YEAR_RE.match(t.text) or t.lower_ in self.months for t in sent)

    def phrases(self, sent: Span) -> list[CountPhrase]:
        out = []
        words = {what: find_terms(matcher, sent) for what, matcher in (("killed", self.killed), ("injured", self.injured))}
        mixed = self._either_or(words["killed"], words["injured"])
        for what, found in words.items():
            for word in found:
                phrase = None if word.start in mixed else self._count_for(sent, word, what)
                if phrase is not None:
                    out.append(phrase)
        out.sort(key=lambda p: p.token)
        for word in find_terms(self.back, sent):
            earlier = [p for p in out if p.token < word.start]
            count = self._number_after(sent.doc[word.end : min(sent.end, word.end + 3)])
            if earlier and count is not None:
                ev = span_evidence(sent.doc[word.start : min(sent.end, word.end + 3)])
                out.append(CountPhrase(earlier[-1].what, count, (ev,), word.start, earlier[-1].victims, earlier[-1].sides))
        return sorted(out, key=lambda p: p.token)

    def _either_or(self, killed: list[Span], injured: list[Span]) -> set[int]:
        """Where "tués ou blessés", "killed or wounded" stand: one figure for both, which is neither."""
        out = set()
        for k in killed:
            for i in injured:
                first, second = (k, i) if k.start < i.start else (i, k)
                if second.start == first.end + 1 and first.doc[first.end].lower_ in self.either_or:
                    out.update((k.start, i.start))
        return out

    def _count_for(self, sent: Span, word: Span, what: str) -> Optional[CountPhrase]:
        doc = sent.doc
        # "deux martyrs", "25 people were killed", "une dizaine de morts"
        before = doc[max(sent.start, word.start - 6) : word.start]
        after = doc[word.end : min(sent.end, word.end + 4)]
        part = self._partitive(list(before))
        active = word.text.lower() in self.verbs
        listed = None if part is not None else self._list_after(word, sent) if active else self._list_before(word, sent)
        if listed is not None:
            return replace(listed, what=what)
        if part is not None:
            count = self._part_count(list(before), after, part)
        elif active:
            # "tuant un soldat", "killed two soldiers", "leaving at least one dead"
            count = self._number_after(after) or self._number_before(before)
        else:
            count = self._number_before(before) or self._number_after(after)
        if count is None:
            return None
        victims = self._victims(before, after, active and self._number_after(after) is not None)
        if victims is None and word.text.lower() in self.needs_victims:
            return None
        start = min(t.i for t in before) if before else word.start
        ev = span_evidence(doc[start : word.end])
        return CountPhrase(what, count, (ev,), word.start, victims, self._sides(victims))

    # lists of victims: "deux soldats et trois civils ont été tués", "killing four soldiers and ten militants"

    def _list_before(self, word: Span, sent: Span) -> Optional[CountPhrase]:
        end = word.start
        while end > sent.start and sent.doc[end - 1].pos_ in ("AUX", "ADV"):
            end -= 1  # "… ont été tués", "… were killed"
        return self._victim_list(list(sent.doc[max(sent.start, end - LIST_REACH) : end])[::-1], word, reverse=True)

    def _list_after(self, word: Span, sent: Span) -> Optional[CountPhrase]:
        return self._victim_list(list(sent.doc[word.end : min(sent.end, word.end + LIST_REACH)]), word, reverse=False)

    def _victim_list(self, tokens: list, word: Span, reverse: bool) -> Optional[CountPhrase]:
        """Two or more groups of victims joined by commas or "et"/"and", each with its figure: one
        phrase whose count is their sum. ``tokens`` run away from ``word``."""
        items, current = [], []
        for tok in tokens + [None]:
            if tok is not None and not _clause_break(tok):
                current.append(tok)
                continue
            item = self._list_item(current[::-1] if reverse else current, trim=not reverse)
            if item is None:
                break
            items.append(item)
            cut, current = not reverse and len(item[2]) < len(current), []
            if tok is None or not _list_joint(tok) or cut:
                break  # "dont", "including": a part of the toll, not more of it; or the list has ended
        if len(items) < 2:
            return None
        items = items[::-1] if reverse else items
        tokens_used = [t for _, _, span in items for t in span]
        ev = span_evidence(word.doc[min(t.i for t in tokens_used + [word[0]]) : max(t.i for t in tokens_used + [word[-1]]) + 1])
        victims = ", ".join(v for _, v, _ in items)
        sides = frozenset(s for _, v, _ in items for s in self._sides(v))
        return CountPhrase("", add_counts([c for c, _, _ in items]), (ev,), word.start, victims, sides)

    def _list_item(self, tokens: list, trim: bool) -> Optional[tuple[Count, str, list]]:
        """ "trois civils", "at least ten militants", "six militaires nigériens": a figure and who.
        With ``trim``, the words after them are left out ("un civil" of "un civil lundi près de Gao")."""
        at = next((i for i, t in enumerate(tokens) if self._victim_word(t) in self.listed), None)
        if at is None:
            return None
        end = at + 1
        while end < len(tokens) and (tokens[end - 1].whitespace_ == "" or tokens[end].pos_ == "ADJ"):
            end += 1  # "passer-by", "soldats maliens"
        if not trim and any(t.pos_ != "PUNCT" for t in tokens[end:]):
            return None
        tokens = tokens[:end]
        if len(tokens) > 5 or any(t.pos_ in ("VERB", "AUX") for t in tokens):
            return None
        who = self._victim_word(tokens[at])
        count = self._read(tokens) or (Count(1, 1, 1) if _singular_article(tokens[0]) else None)
        return (count, who, tokens) if who is not None and count is not None else None

    def _victim_word(self, tok) -> str:
        return tok.lower_ if tok.lower_ in self.listed or tok.lemma_.lower() not in self.listed else tok.lemma_.lower()

    def _sides(self, victims: Optional[str]) -> frozenset[str]:
        side = self.side_of.get(victims) if victims else None
        return frozenset((side,)) if side else frozenset()

    def _victims(self, before: Span, after: Span, object_only: bool = False) -> Optional[str]:
        """Who was counted: a victim noun next to the word, within its clause ("neuf civils ont été
        tués", "killing two policemen"); only after a verb whose figure follows it ("gunmen killed
        12 people": not the gunmen)."""
        near = list(before)[-3:]
        breaks = [i for i, t in enumerate(near) if _clause_break(t)]
        near = near[breaks[-1] + 1 :] if breaks else near
        after_part = []
        for t in list(after)[:3]:
            if _clause_break(t):
                break
            after_part.append(t)
        tokens = after_part if object_only else near + after_part
        return next((self._victim_word(t) for t in tokens if self._victim_word(t) in self.victims), None)

    def _partitive(self, tokens) -> Optional[tuple[int, Optional[int]]]:
        """The last part-of-group link in ``tokens``: (where the group starts, the part's number).
        "l'un des", "two of the": the number before the link; "parmi les", "among": none."""
        words = [t.lower_ for t in tokens]
        for i in range(len(words) - 1, -1, -1):
            for link in self.opening:
                if tuple(words[i : i + len(link)]) == link:
                    return i + len(link), None
            for link in self.partitive:
                if i > 0 and tuple(words[i : i + len(link)]) == link:
                    head = parse_number(tokens[i - 1].text, self.lang)
                    if head is not None:
                        return i + len(link), head
        return None

    def _part_count(self, before: list, after: Span, part: tuple[int, Optional[int]]) -> Optional[Count]:
        """ "l'un des blessés a succombé": the part is counted (1 killed); "l'un des nombreux
        blessés", "parmi les blessés figurent deux enfants": the group is at least that many."""
        start, head = part
        group = before[start:]
        if any(t.lower_ in self.nouns or t.pos_ in ("NOUN", "PROPN") for t in group):
            return Count(head, head, head) if head is not None else None
        inside = self._read(group)
        told = self._number_after(after) if head is None else None
        lows = [v for v in (head, inside.low if inside else None, told.low if told else None) if v is not None]
        return Count(None, max(lows + [1]), None)

    def _number_before(self, window: Span) -> Optional[Count]:
        tokens = list(window)
        # stop at a clause break so "2 soldats, et des blessés" stays apart
        for cut in range(len(tokens) - 1, -1, -1):
            if _clause_break(tokens[cut]):
                tokens = tokens[cut + 1 :]
                break
        return self._read(tokens)

    def _number_after(self, window: Span) -> Optional[Count]:
        tokens = list(window)
        return self._read(tokens, anchor_first=True)

    def _read(self, tokens, anchor_first: bool = False) -> Optional[Count]:
        words = [t.lower_ for t in tokens]
        approx = self._approximate(words)
        number = _first_number(tokens, self.lang, skip=approx[0] if approx else None)
        if number is not None and (approx is None or number[0] >= approx[0][1]):
            value, i = number[1], number[0]
            prefix = " ".join(words[max(0, i - 3) : i])
            return _bounded(value, prefix, self.lex)
        if approx is not None:
            best, low, high = (list(approx[1]) + [None, None, None])[:3]
            return Count(best, low, high)
        if number is not None:
            return _bounded(number[1], " ".join(words[max(0, number[0] - 3) : number[0]]), self.lex)
        return None

    def _approximate(self, words: list[str]):
        """The last approximate quantity ("une dizaine", "dozens") in ``words``: ((start, end), bounds)."""
        found = None
        for phrase, bounds in self.approx.items():
            parts = phrase.split()
            for i in range(len(words) - len(parts) + 1):
                if words[i : i + len(parts)] == parts:
                    if found is None or i > found[0][0] or (i == found[0][0] and i + len(parts) > found[0][1]):
                        found = ((i, i + len(parts)), bounds)
        return found


LIST_REACH = 12  # tokens read for a list of victims


def _list_joint(tok) -> bool:
    return tok.text == "," or tok.pos_ == "CCONJ"


def _singular_article(tok) -> bool:
    """ "a civilian", "un policier": one."""
    morph = tok.morph
    return "Art" in morph.get("PronType") and "Ind" in morph.get("Definite") and "Plur" not in morph.get("Number")


def add_counts(counts: list[Count]) -> Count:
    """The count of several groups together: bounds add up; best only when every group has one."""
    best = None if any(c.best is None for c in counts) else sum(c.best for c in counts)
    low = sum(c.low if c.low is not None else (c.best or 0) for c in counts)
    high = None if any(c.high is None for c in counts) else sum(c.high for c in counts)
    return Count(best=best, low=low or None, high=high)


def both_sides(phrases: list[CountPhrase]) -> list[CountPhrase]:
    """The tolls of the different sides of one event add up ("six soldats ont été tués et dix-huit
    assaillants neutralisés"): ACLED counts every death. Phrases of one side, or of everyone, are
    figures of the same dead and stay apart."""
    out = list(phrases)
    for what in ("killed", "injured"):
        sided = [p for p in out if p.what == what and p.sides]
        if len(sided) < 2 or sum(len(p.sides) for p in sided) != len(frozenset().union(*(p.sides for p in sided))):
            continue  # one side counted twice: figures of the same dead
        joined = CountPhrase(
            what,
            add_counts([p.count for p in sided]),
            tuple(e for p in sided for e in p.evidence),
            sided[0].token,
            ", ".join(p.victims for p in sided if p.victims),
            frozenset().union(*(p.sides for p in sided)),
        )
        out = [p for p in out if p not in sided] + [joined]
    return sorted(out, key=lambda p: p.token)


def _clause_break(tok) -> bool:
    return tok.text in {",", ";", ":", "(", ")"} or tok.lower_ in {"et", "and", "dont", "including"}


def _eventful(m: Mention) -> bool:
    return m.non_event is None and m.sub_event_type is not None


def _one_place(m: Mention) -> bool:
    """A toll told after a sentence naming several towns is not that of one of them."""
    return sum(p.feature in ("city", "site") for p in m.places) <= 1


def _words(nlp: Language, phrase: str) -> tuple[str, ...]:
    return tuple(t.lower_ for t in nlp.make_doc(phrase))


def _first_number(tokens, lang: str, skip=None):
    """(index, value) of the first number in ``tokens`` outside ``skip``; joins "twenty - five"."""
    for i, tok in enumerate(tokens):
        if skip and skip[0] <= i < skip[1]:
            continue
        value = parse_number(tok.text, lang)
        if value is None:
            continue
        if GROUP_RE.match(tok.text):
            value = _digit_group(tok)  # "2 500": one number written in two tokens
        joined, j = tok.text, i + 1
        while j + 1 < len(tokens) and tokens[j].text == "-":
            longer = parse_number(f"{joined}-{tokens[j + 1].text}", lang)
            if longer is None:
                break
            joined, value, j = f"{joined}-{tokens[j + 1].text}", longer, j + 2
        return i, value
    return None


GROUP_RE = re.compile(r"^\d{1,3}$")


def _digit_group(tok) -> int:
    """The number a token of digits is part of when thousands are set apart by spaces ("2 500",
    "1 200 000", with a no-break space too), read whole whichever group ``tok`` is."""
    doc, first = tok.doc, tok.i
    while (before := _group_before(doc, first)) is not None:
        first = before
    groups = [doc[first].text]
    at = first
    while (after := _group_after(doc, at)) is not None:
        groups.append(doc[after].text)
        at = after
    return int("".join(groups))


def _group_after(doc, i: int) -> Optional[int]:
    """The next group of three digits of the number at ``i``: after a space, or a space token."""
    if doc[i].whitespace_ == " ":
        j = i + 1
    elif doc[i].whitespace_ == "" and i + 1 < len(doc) and doc[i + 1].text in THIN_SPACES:
        j = i + 2
    else:
        return None
    return j if j < len(doc) and len(doc[j].text) == 3 and doc[j].text.isdigit() else None


def _group_before(doc, i: int) -> Optional[int]:
    if len(doc[i].text) != 3:
        return None
    for j in (i - 1, i - 2):
        if j >= 0 and GROUP_RE.match(doc[j].text) and _group_after(doc, j) == i:
            return j
    return None


THIN_SPACES = ("\u00a0", "\u202f", "\u2009")


def _bounded(value: int, prefix: str, lex: CasualtyLexicon) -> Count:
    if any(prefix.endswith(p) for p in lex.lower_bound):
        return Count(best=value, low=value, high=None)
    if any(prefix.endswith(p) for p in lex.upper_bound):
        return Count(best=None, low=None, high=value)
    return Count(best=value, low=value, high=value)


def parse_number(text: str, lang: str) -> Optional[int]:
    """An integer from digits ("2.500", "13") or a number word in ``lang`` ("deux", "twenty-five")."""
    clean = text.strip()
    if DIGITS_RE.match(clean):
        digits = re.sub(r"\D", "", clean)
        return int(digits) if digits else None
    if not clean or not clean[0].isalpha():
        return None
    try:
        return int(text2num(clean.lower(), lang))
    except (ValueError, TypeError):
        return None


def casualties_of(phrases: list[CountPhrase]) -> Casualties:
    """One claim per phrase (no source yet: the sources stage names them), joined."""
    claims = [
        CasualtyClaim(
            killed=p.count if p.what == "killed" else Count(),
            injured=p.count if p.what == "injured" else Count(),
            evidence=p.evidence,
            victims=p.victims,
        )
        for p in phrases
    ]
    # the claims stay one per phrase until the sources stage names who gives each
    return replace(combine_claims(claims), claims=tuple(claims))


def merge_casualties(items: Iterable[Casualties]) -> Casualties:
    """The casualties of several mentions of one event (records without claims count as one claim each)."""
    claims = []
    for c in items:
        if c.claims:
            claims.extend(c.claims)
        elif c.killed.known or c.injured.known or c.evidence:
            claims.append(CasualtyClaim(killed=c.killed, injured=c.injured, evidence=c.evidence))
    return combine_claims(claims)


def combine_claims(claims: Iterable[CasualtyClaim]) -> Casualties:
    """Claims of one source about one group of victims are joined; the event's counts come from all.

    ``best``: when named sources give different figures for the same victims, the most conservative
    of them (ACLED); otherwise the first figure stated. low/high span every source."""
    groups: dict[tuple, list[CasualtyClaim]] = {}
    for c in claims:
        groups.setdefault((source_key(c.source), c.victims), []).append(c)
    joined = tuple(_join(g) for g in groups.values())
    return Casualties(
        killed=_total(joined, "killed"),
        injured=_total(joined, "injured"),
        evidence=tuple(dict.fromkeys(e for c in joined for e in c.evidence)),
        claims=joined,
    )


def source_key(source: Optional[Source]) -> Optional[str]:
    return source.text.lower() if source is not None else None


def _join(group: list[CasualtyClaim]) -> CasualtyClaim:
    return CasualtyClaim(
        killed=merge_counts([c.killed for c in group]),
        injured=merge_counts([c.injured for c in group]),
        source=group[0].source,
        evidence=tuple(dict.fromkeys(e for c in group for e in c.evidence)),
        victims=group[0].victims,
    )


def _total(claims: tuple[CasualtyClaim, ...], what: str) -> Count:
    merged = merge_counts([getattr(c, what) for c in claims])
    stated = [c for c in claims if getattr(c, what).best is not None]
    if not stated:
        return merged
    rivals = {getattr(c, what).best for c in stated if c.source is not None and c.victims == stated[0].victims}
    return replace(merged, best=min(rivals)) if len(rivals) > 1 else merged


def merge_counts(counts: list[Count]) -> Count:
    """Several figures from one voice: best is the first stated figure, bounds widen to cover all."""
    counts = [c for c in counts if c.known or c.high is not None]
    if not counts:
        return Count()
    best = next((c.best for c in counts if c.best is not None), None)
    lows = [c.low for c in counts if c.low is not None]
    highs = [c.high for c in counts if c.high is not None]
    unbounded = any(c.high is None for c in counts)
    return Count(best=best, low=min(lows) if lows else None, high=None if unbounded or not highs else max(highs))
