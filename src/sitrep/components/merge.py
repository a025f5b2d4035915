"""Within-article merging: mentions of one event (one actor pair × one day × one place) become
one ``Event``; a mention naming several places becomes one event per place; aggregates and other
non-events are kept apart with their reason."""

from __future__ import annotations

import hashlib
from collections import Counter
from dataclasses import dataclass, field, replace
from typing import Optional

from spacy.language import Language
from spacy.tokens import Doc

from sitrep.components.base import Mention, doc_text, find_terms, language_of, mentions, span_evidence, term_matcher
from sitrep.components.casualties import merge_casualties
from sitrep.records import Actor, Casualties, Event, NonEvent, Place, Source, TimeSpan
from sitrep.components.actors import acled_defaults, as_rioters
from sitrep.components.mentions import ABSORBED
from sitrep.countries import country_name
from sitrep.resources import load_actor_dictionary
from sitrep.taxonomy import BY_NAME, DEMONSTRATION_STAGES

NAMED = frozenset(a.name for a in load_actor_dictionary().actors)

SPECIFIC = {"city", "site"}
RECENT = 40  # a mention joins one of the last drafts only: keeps merging linear on long texts
PROTEST_RANK = {name: rank for rank, name in enumerate(DEMONSTRATION_STAGES)}


@dataclass
class Draft:
    """An event being assembled from its mentions (local to this component)."""

    place: Optional[Place]
    mentions: list[Mention] = field(default_factory=list)

    @property
    def first(self) -> Mention:
        return self.mentions[0]


@Language.factory(
    "sitrep_merge",
    assigns=["doc._.sitrep_events", "doc._.sitrep_non_events"],
    requires=["doc._.sitrep_mentions"],
)
def make_merge(nlp: Language, name: str) -> "MentionMerger":
    return MentionMerger(nlp)


class MentionMerger:
    def __init__(self, nlp: Language) -> None:
        pack = language_of(nlp)
        self.escalation = [(term_matcher(nlp, r.terms), r) for r in pack.events.refiners if r.scope == "event"]
        time = pack.time
        # words that name a day: "Wednesday's clashes", "les affrontements de la veille"
        self.day_words = {w.split()[-1].lower() for w in (*time.weekdays, *time.months, *time.relative_days)}

    def __call__(self, doc: Doc) -> Doc:
        drafts: list[Draft] = []
        non_events: list[NonEvent] = []
        last: Optional[tuple[Mention, Optional[Draft]]] = None
        in_passing: list[Mention] = []
        for m in mentions(doc):
            if m.sub_event_type is None and m.non_event is None:
                continue  # nothing typed it: not enough to go on
            if m.non_event is None and self._in_passing(doc, m):
                in_passing.append(m)
                continue
            if m.non_event is not None:
                if not any(n.evidence.start == doc[m.sent_start].idx for n in non_events):
                    non_events.append(_non_event(doc, m))
                last = (m, None)
                continue
            if m.anaphoric and not _specific(m) and last is not None and last[1] is None and _family(last[0]) == _family(m):
                non_events.append(_non_event(doc, replace(m, non_event=f"refers to {last[0].non_event}")))
                continue
            target = self._place(drafts, m, doc)
            last = (m, target)
        for m in in_passing:
            self._refer(doc, drafts, non_events, m)
        drafts = _fold_placeless_arrests(_fold_broad(drafts))
        fallback = _lead_place(doc)
        if fallback is None and not any(d.place for d in drafts):
            fallback = _article_country(doc)  # no event of the article has a place of its own
        for d in drafts:
            if d.place is None and fallback is not None and any(m.strength == "strong" for m in d.mentions):
                d.place = fallback
        kept = [d for d in drafts if _worth_keeping(d)]
        protests = [d for d in kept if _sub_type(d)[0] in PROTEST_RANK]
        self.whole_article = len(protests) == 1  # one demonstration: every sentence describes it
        if self.whole_article:
            kept = _fold_arrests(kept, protests[0])
        doc._.sitrep_events = [self._event(doc, d, i) for i, d in enumerate(kept)]
        doc._.sitrep_non_events = non_events
        return doc

    def _place(self, drafts: list[Draft], m: Mention, doc: Doc) -> Optional[Draft]:
        told = _already_told(drafts, m)
        if told is not None:
            told.mentions.append(replace(m, time_explicit=False))  # "l'attentat-suicide": the one already told
            return told
        specific = [p for p in m.places if p.feature in SPECIFIC]
        if specific:
            target = None
            for place, own in _share_toll(doc, m, specific):
                target = self._join(drafts, own, place) or _new(drafts, own, place)
            return target
        broad = m.places[0] if m.places else None
        match = _latest(drafts, m, within=broad)
        if match is not None:
            match.mentions.append(m)
            if broad is not None and (match.place is None or _breadth(broad) < _breadth(match.place)):
                match.place = broad  # "Niger" then "la région de Diffa": the narrower place
            return match
        if m.quoted:
            return None
        return _new(drafts, m, broad)

    def _in_passing(self, doc: Doc, m: Mention) -> bool:
        """An event named by its day in passing ("during Wednesday's clashes", "après l'attaque de
        mardi"): a noun with a day as possessor or complement, not the subject of its clause."""
        head = doc[m.start : m.end].root
        if head.pos_ not in ("NOUN", "PROPN") or head.dep_ == "ROOT" or head.dep_.startswith(("nsubj", "csubj")):
            return False
        return any(c.dep_ in ("poss", "nmod", "nmod:poss") and self._names_day(c) for c in head.children)

    def _names_day(self, tok) -> bool:
        words = list(tok.subtree)
        return len(words) <= 5 and any(t.lower_ in self.day_words or t.ent_type_ == "DATE" for t in words)

    def _refer(self, doc: Doc, drafts: list[Draft], non_events: list[NonEvent], m: Mention) -> None:
        """A mention in passing joins the event of its day and place that the article tells (without
        typing it); one with its own toll or town is an event of its own; else it is not coded."""
        home = _referent(drafts, m)
        if home is not None:
            home.mentions.append(replace(m, explicit=False))
        elif m.casualties.killed.known or m.casualties.injured.known or _own_town(doc, m):
            self._place(drafts, m, doc)
        else:
            non_events.append(_non_event(doc, replace(m, non_event="refers to an event told elsewhere")))

    def _join(self, drafts: list[Draft], m: Mention, place: Place) -> Optional[Draft]:
        for d in reversed(drafts[-RECENT:]):
            same_place = d.place is None or _same_place(d.place, place)
            if _compatible(d, m) and same_place:
                if d.place is None or d.place.feature not in SPECIFIC:
                    d.place = place
                d.mentions.append(m)
                return d
        return None

    def _event(self, doc: Doc, d: Draft, index: int) -> Event:
        sub, mode = _sub_type(d)
        sub, mode = self._escalate(doc, d, sub, mode)
        actor1, actor2 = _actors(d)
        if sub == "Excessive force against protesters":
            actor1, actor2 = _state_first(actor1, actor2)
        elif BY_NAME[sub].event_type == "Riots":
            actor1 = as_rioters(actor1)
        elif sub in PROTEST_RANK and actor2 is None and sub != "Peaceful protest":
            actor2 = self._police(doc, d)
        actor1, actor2 = acled_defaults(sub, actor1, actor2, d.place.country if d.place else None)
        sub = _territory(sub, actor1, d.place)
        info = BY_NAME[sub]
        digest = hashlib.sha1(f"{doc_text(doc)[:200]}|{index}|{sub}".encode()).hexdigest()[:10]
        return Event(
            id=f"ev-{digest}",
            event_type=info.event_type,
            sub_event_type=sub,
            plover_event=info.plover,
            plover_mode=mode or info.mode,
            actor1=actor1,
            actor2=actor2,
            place=d.place,
            time=_time(d),
            casualties=merge_casualties(m.casualties for m in d.mentions),
            sources=_sources(d),
            confidence=_confidence(d),
            evidence=tuple(_sentence(doc, m) for m in _unique_sentences(d.mentions)),
        )

    def _police(self, doc: Doc, d: Draft) -> Optional[Actor]:
        """Who intervened in a demonstration, from the whole article when its sentences do not say."""
        if not self.whole_article or d.place is None:
            return None
        for m in mentions(doc):
            for a in (m.actor1, m.actor2):
                if a is not None and a.sector == "COP" and a.country in (None, d.place.country):
                    return a
        return None

    def _escalate(self, doc: Doc, d: Draft, sub: str, mode: Optional[str]) -> tuple[str, Optional[str]]:
        if sub not in PROTEST_RANK:
            return sub, mode
        own = {m.sent_start for m in d.mentions}
        if self.whole_article:
            excluded = {m.sent_start for m in mentions(doc) if m.non_event is not None} - own
            sentences = [s for s in doc.sents if s.start not in excluded]
        else:
            sentences = [doc[m.sent_start : m.sent_end] for m in _unique_sentences(d.mentions)]
        return escalate(sub, mode, sentences, self.escalation)


TERRITORY = {"Government regains territory", "Non-state actor overtakes territory"}


def _territory(sub: str, actor1: Optional[Actor], place: Optional[Place]) -> str:
    """Who takes the ground decides: a country's own state forces regain it; anyone else overtakes it."""
    if sub not in TERRITORY or actor1 is None or actor1.inter is None or place is None:
        return sub
    own_forces = actor1.inter == 1 and actor1.country is not None and actor1.country == place.country
    return "Government regains territory" if own_forces else "Non-state actor overtakes territory"


def _fold_broad(drafts: list[Draft]) -> list[Draft]:
    """A country-level draft joins the one compatible specific draft in that country, if there is one."""
    specific = [d for d in drafts if d.place is not None and d.place.feature in SPECIFIC]
    out = list(specific)
    for d in drafts:
        if d in specific:
            continue
        country = d.place.country if d.place is not None else None
        homes = [s for s in specific if country in (None, s.place.country) and all(_compatible(s, m) for m in d.mentions)]
        if len(homes) == 1:
            homes[0].mentions.extend(d.mentions)
        else:
            out.append(d)
    return out


def escalate(sub: str, mode: Optional[str], sentences, escalation) -> tuple[str, Optional[str]]:
    """A demonstration's sub-type is its worst moment told in ``sentences`` (intervention, violence, …)."""
    for sent in sentences:
        for matcher, refiner in escalation:
            if PROTEST_RANK.get(refiner.sub_event_type, -1) > PROTEST_RANK[sub] and find_terms(matcher, sent):
                sub, mode = refiner.sub_event_type, refiner.mode
    return sub, mode


def _fold_placeless_arrests(drafts: list[Draft]) -> list[Draft]:
    """Arrests told with no place and no date of their own after a demonstration ("Eleven people
    were detained") are that demonstration's: ACLED codes them as its intervention."""
    out: list[Draft] = []
    for d in drafts:
        undated = not any(m.time_explicit for m in d.mentions)
        before = [p for p in out if _sub_type(p)[0] in PROTEST_RANK and p.first.start < d.first.start]
        if d.place is None and undated and before and _sub_type(d)[0] == "Arrests":
            max(before, key=lambda p: p.first.start).mentions.extend(d.mentions)
        else:
            out.append(d)
    return out


def _fold_arrests(drafts: list[Draft], protest: Draft) -> list[Draft]:
    """Undated arrests where the article's one demonstration took place are that demonstration's."""
    out = []
    for d in drafts:
        undated = not any(m.time_explicit for m in d.mentions)
        if d is not protest and undated and _sub_type(d)[0] == "Arrests" and protest.place and d.place and _same_place(d.place, protest.place):
            protest.mentions.extend(d.mentions)
        else:
            out.append(d)
    return out


def _state_first(actor1: Optional[Actor], actor2: Optional[Actor]) -> tuple[Optional[Actor], Optional[Actor]]:
    """Excessive force: ACLED codes the state forces first, the protesters second."""
    if actor1 is not None and actor1.inter == 6 and (actor2 is None or actor2.inter == 1):
        return actor2, actor1
    return actor1, actor2


def _already_told(drafts: list[Draft], m: Mention) -> Optional[Draft]:
    """The draft a definite mention ("l'attentat", "the strike") refers back to: same sub-type, same place."""
    if not m.definite:
        return None
    generic = not m.explicit and not m.time_explicit  # "l'attaque du marché", typed only by the words around it
    for d in reversed(drafts[-RECENT:]):
        if m.sub_event_type not in {x.sub_event_type for x in d.mentions} and not (generic and _family(d.first) != "Demonstrations"):
            continue
        if not m.places or d.place is None or any(_same_place(d.place, p) or p.country == d.place.country and p.feature not in SPECIFIC for p in m.places):
            return d
    return None


def _share_toll(doc: Doc, m: Mention, places: list[Place]) -> list[tuple[Place, Mention]]:
    """A mention naming several places ("strikes hit X and Y, killing four") makes one event per
    place; its toll is told once, so it goes to one of them only: the place a relative clause telling
    the toll follows ("X, where four were killed"), else the place nearest to the toll in the parse,
    the first named on a tie. The others get no toll (ACLED never counts a death twice)."""
    if len(places) < 2 or not m.casualties.evidence:
        return [(p, m) for p in places]
    toll = _toll_token(doc, m)
    owner = 0
    if toll is not None:
        spots = [_token_at(doc, p.evidence.start, p.evidence.end) if p.evidence else None for p in places]
        owner = _relative_owner(toll, spots)
        if owner is None:
            owner = min(range(len(places)), key=lambda i: (_tree_distance(toll, spots[i]), i))
    bare = replace(m, casualties=Casualties())
    return [(p, m if i == owner else bare) for i, p in enumerate(places)]


def _toll_token(doc: Doc, m: Mention):
    """The numeral of the toll ("four"), else the root of its words."""
    ev = m.casualties.evidence[0]
    span = doc.char_span(ev.start, ev.end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    return next((t for t in span if t.like_num or t.pos_ == "NUM"), span.root)


def _relative_owner(toll, spots: list) -> Optional[int]:
    """When the toll is told in a relative clause ("…, where / où four were killed"), the place the
    clause follows: the parser often hangs such clauses on the wrong noun of a list."""
    clause = next((t for t in [toll, *toll.ancestors] if t.dep_ in ("relcl", "acl:relcl")), None)
    if clause is None:
        return None
    start = clause.left_edge.i
    before = [(spot.i, i) for i, spot in enumerate(spots) if spot is not None and spot.i < start]
    return max(before)[1] if before else None


def _token_at(doc: Doc, start: int, end: int):
    span = doc.char_span(start, end, alignment_mode="expand")
    return span.root if span is not None and len(span) else None


def _tree_distance(a, b) -> int:
    """Edges between two tokens in the parse (very far if not in one tree)."""
    if b is None:
        return 10**6
    up = {t.i: d for d, t in enumerate([a, *a.ancestors])}
    for d, t in enumerate([b, *b.ancestors]):
        if t.i in up:
            return d + up[t.i]
    return 10**6


def _own_town(doc: Doc, m: Mention) -> bool:
    """A town or site named inside the mention's own phrase ("Sunday's bombing of a market in X")."""
    phrase = doc[m.start : m.end].root
    start, end = phrase.left_edge.idx, phrase.right_edge.idx + len(phrase.right_edge)
    return any(p.feature in SPECIFIC and p.evidence and start <= p.evidence.start < end for p in m.places)


def _referent(drafts: list[Draft], m: Mention) -> Optional[Draft]:
    """The draft a mention in passing names: of its kind (clashes and arrests may be a
    demonstration's), on its day, at its place; the nearest in the text if several."""
    found = [d for d in drafts if _related(d, m) and _same_day(d, m) and _place_fits(d, m)]
    return min(found, key=lambda d: min(abs(x.start - m.start) for x in d.mentions), default=None)


def _related(d: Draft, m: Mention) -> bool:
    family = _family(d.first)
    return family == _family(m) or (family == "Demonstrations" and m.sub_event_type in ABSORBED)


def _same_day(d: Draft, m: Mention) -> bool:
    told = _time(d)
    if told is None or m.time is None:
        return True
    return told.start <= m.time.end and m.time.start <= told.end


def _place_fits(d: Draft, m: Mention) -> bool:
    if not m.places or d.place is None:
        return True
    return any(_same_place(d.place, p) or (p.country == d.place.country and p.feature not in SPECIFIC) for p in m.places)


def _new(drafts: list[Draft], m: Mention, place: Optional[Place]) -> Draft:
    d = Draft(place=place, mentions=[m])
    drafts.append(d)
    return d


def _latest(drafts: list[Draft], m: Mention, within: Optional[Place]) -> Optional[Draft]:
    for d in reversed(drafts[-RECENT:]):
        if not _compatible(d, m):
            continue
        if within is None or d.place is None or d.place.country == within.country:
            return d
    return None


def _breadth(place: Place) -> int:
    return {"city": 0, "site": 0, "admin1": 1, "region": 2, "country": 3}.get(place.feature, 3)


def _family(m: Mention) -> Optional[str]:
    """What may merge: one event type, except that a demonstration stays one event as it escalates."""
    if m.sub_event_type in PROTEST_RANK:
        return "Demonstrations"
    return BY_NAME[m.sub_event_type].event_type if m.sub_event_type else None


def _compatible(d: Draft, m: Mention) -> bool:
    types = {x.sub_event_type for x in d.mentions if x.explicit}
    if m.explicit and types and m.sub_event_type not in types:
        if not (m.sub_event_type in PROTEST_RANK and types <= set(PROTEST_RANK)):
            return False
    if _family(d.first) != _family(m):
        return False
    told = [x for x in d.mentions if x.time_explicit and x.time is not None]
    if m.time_explicit and m.time is not None and told:
        return any(_same_time(x, m) for x in told)
    return True


def _same_time(a: Mention, b: Mention) -> bool:
    """Two told dates can be one day: "mardi" and "mercredi" cannot, even when a month-only
    publication date leaves both spanning the month."""
    if a.time_key and b.time_key and a.time_key[0] == b.time_key[0] and a.time_key != b.time_key:
        return False
    return a.time.start <= b.time.end and b.time.start <= a.time.end


def _same_place(a: Place, b: Place) -> bool:
    if a.geonameid and a.geonameid == b.geonameid:
        return True
    return a.name == b.name and a.country == b.country


def _specific(m: Mention) -> bool:
    return any(p.feature in SPECIFIC for p in m.places)


def _worth_keeping(d: Draft) -> bool:
    if d.place is None:
        return False
    strong = any(m.strength == "strong" and not m.quoted for m in d.mentions)
    supported = any(m.casualties.killed.known or m.casualties.injured.known for m in d.mentions)
    return strong or supported or (d.place.feature in SPECIFIC and not all(m.quoted for m in d.mentions))


def _sub_type(d: Draft) -> tuple[str, Optional[str]]:
    explicit = [m for m in d.mentions if m.explicit and not m.quoted] or [m for m in d.mentions if m.explicit]
    pool = explicit or d.mentions
    if all(m.sub_event_type in PROTEST_RANK for m in pool):  # a demonstration is its worst moment told
        worst = max(pool, key=lambda m: PROTEST_RANK[m.sub_event_type])
        return worst.sub_event_type, next((m.mode for m in pool if m.sub_event_type == worst.sub_event_type and m.mode), None)
    counts = Counter(m.sub_event_type for m in pool)
    sub = max(counts, key=lambda s: (counts[s], -[m.sub_event_type for m in pool].index(s)))
    mode = next((m.mode for m in pool if m.sub_event_type == sub and m.mode), None)
    return sub, mode


def _time(d: Draft) -> Optional[TimeSpan]:
    """The event's own date if told; else the date it was reported ("said on Sunday"); else publication."""
    explicit = [m.time for m in d.mentions if m.time_explicit and m.time is not None]
    reported = [m.time for m in d.mentions if m.time is not None and m.time.text is not None]
    for pool in (explicit, reported):
        if pool:
            return min(pool, key=lambda t: t.days)
    return next((m.time for m in d.mentions if m.time is not None), None)


def _actors(d: Draft) -> tuple[Optional[Actor], Optional[Actor]]:
    sub = _sub_type(d)[0]
    ordered = sorted(d.mentions, key=lambda m: not m.actor1_sure)  # the text's own marking first
    actor1 = _best_actor([m.actor1 for m in ordered])
    others = [m.actor2 for m in d.mentions if m.actor2 is not None and (actor1 is None or m.actor2.name != actor1.name)]
    if sub in PROTEST_RANK:
        others.sort(key=lambda a: a.sector != "COP")  # police answer demonstrations
    actor2 = _best_actor(others)
    actor1, actor2 = _localise(actor1, d.place), _localise(actor2, d.place)
    if actor1 is None and d.place is not None and BY_NAME[sub].event_type not in ("Protests", "Riots", "Strategic developments"):
        actor1 = Actor(
            name=f"Unidentified Armed Group ({country_name(d.place.country) if d.place.country else 'Unknown'})",
            country=d.place.country,
            inter=2,
            sector="UAF",
        )
    return actor1, actor2


def _localise(actor: Optional[Actor], place: Optional[Place]) -> Optional[Actor]:
    """A transnational group acting in a country is coded as its branch there: "Islamic State (Afghanistan)"."""
    if actor is None or actor.country is not None or place is None or place.country is None:
        return actor
    if actor.name.endswith("(Unknown)"):
        return replace(actor, name=actor.name.replace("(Unknown)", f"({country_name(place.country)})"), country=place.country)
    return replace(actor, name=f"{actor.name} ({country_name(place.country)})", country=place.country)


def _best_actor(actors: list[Optional[Actor]]) -> Optional[Actor]:
    """Named actors (from the dictionary) before generic ones ("Unidentified Armed Group", "Civilians")."""
    present = [a for a in actors if a is not None]
    named = [a for a in present if a.name in NAMED]
    return (named or present or [None])[0]


def _sources(d: Draft) -> tuple[Source, ...]:
    seen, out = set(), []
    for m in d.mentions:
        for s in m.sources:
            if s.text.lower() not in seen:
                seen.add(s.text.lower())
                out.append(s)
    return tuple(out)


def _confidence(d: Draft) -> float:
    score = 0.4
    score += 0.2 if any(m.strength == "strong" for m in d.mentions) else 0
    score += 0.15 if d.place is not None and d.place.feature in SPECIFIC else 0
    score += 0.1 if len(d.mentions) > 1 else 0
    score += 0.1 if any(m.time_explicit for m in d.mentions) else 0
    return round(min(score, 0.95), 2)


def _unique_sentences(ms: list[Mention]) -> list[Mention]:
    seen, out = set(), []
    for m in ms:
        if m.sent_start not in seen:
            seen.add(m.sent_start)
            out.append(m)
    return out


def _sentence(doc: Doc, m: Mention):
    return span_evidence(doc[m.sent_start : m.sent_end])


def _non_event(doc: Doc, m: Mention) -> NonEvent:
    ev = _sentence(doc, m)
    return NonEvent(text=ev.text, reason=m.non_event or "unknown", evidence=ev)


def _article_country(doc: Doc) -> Optional[Place]:
    """The country the article names most (the first named on a tie), for events whose words
    name no place in an article that places none: ACLED codes them to the country, precision 3."""
    countries = [p for p in doc._.sitrep_places or [] if p.feature == "country"]
    if not countries:
        return None
    counts = Counter(p.country for p in countries)
    top = max(counts.values())
    first = next(p for p in countries if counts[p.country] == top)
    return replace(first, precision=3)


def _lead_place(doc: Doc) -> Optional[Place]:
    """The place of the article's first sentence (its dateline or lead), for mentions with none."""
    first = next(iter(doc.sents), None)
    if first is None:
        return None
    for p in doc._.sitrep_places or []:
        if p.evidence is not None and p.evidence.start < first.end_char and p.feature in SPECIFIC:
            return replace(p, precision=max(p.precision, 2))
    return None
