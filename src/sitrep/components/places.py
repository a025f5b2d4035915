"""Places: resolve the place names of the text with the gazetteer and give each mention its
location(s). Relative phrases ("au nord de Babylone", "20 km east of Gao") name an anchor, not
the event's place; "entre X et Y" places the event near X."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from functools import lru_cache
from typing import Any, Optional, Sequence

from spacy.language import Language
from spacy.matcher import Matcher
from spacy.tokens import Doc, Span

from sitrep.components.base import doc_text, find_terms, language_of, mentions, term_matcher
from sitrep.gazetteer import Candidate, Gazetteer
from sitrep.gazetteer.context import ContextResolver, Mention
from sitrep.gazetteer.core import Q_ALIAS
from sitrep.records import Evidence, Place
from sitrep.resources import load_actor_dictionary

PLACE_LABELS = {"LOC", "GPE", "FAC"}
SPECIFIC = {"city", "site"}
_COMMA_RE = re.compile(r"\s*,\s*")

@Language.factory(
    "sitrep_places",
    assigns=["doc._.sitrep_places", "doc._.sitrep_mentions"],
    requires=["doc.ents", "doc._.sitrep_mentions"],
)
def make_places(nlp: Language, name: str) -> "PlaceResolver":
    return PlaceResolver(nlp)


class PlaceResolver:
    """The place stage. ``find_spans`` finds the place names of a Doc (named entities, "City,
    Region" split in two), ``resolve_spans`` resolves character spans of the text together (each
    in the light of the others: see ``sitrep.gazetteer.context``); ``resolve_all`` does both.
    ``sitrep.geoparse`` uses the same three methods."""

    def __init__(self, nlp: Language, gazetteer: Optional[Gazetteer] = None) -> None:
        self.lang = nlp.lang
        self.gazetteer = gazetteer or Gazetteer.default()
        self.context = ContextResolver(self.gazetteer)
        pack = language_of(nlp)
        self.lex = pack.places
        self.prefixes = sorted((p.lower() for p in self.lex.generic_prefixes), key=len, reverse=True)
        aliases = [a for actor in load_actor_dictionary().actors for a in actor.aliases]
        self.not_places = term_matcher(nlp, aliases)
        self.demonyms = {k.lower(): v for k, v in pack.demonyms.demonyms.items()}
        # demonyms and adjectives: an ISO-3 code (a country) or the name of a place
        self.adjectives = {**self.demonyms, **{k.lower(): v for k, v in self.lex.adjectives.items()}}
        self._derived: dict[str, Optional[str]] = {}
        self._match_cache: dict[str, bool] = {}
        self._cand_cache: dict[str, list] = {}
        self._institution_words = {w.lower() for w in self.lex.institution_words}
        self._directions = {w.lower() for w in self.lex.direction_words}
        self._not_places = {w.lower() for w in self.lex.not_place_words}
        self.abbreviations = dict(self.lex.abbreviations)
        self._town_after = _cue_re(self.lex.town_cues, after=True)
        self._local_after = _cue_re(self.lex.local_cues, after=True)
        self._town_before = _cue_re(self.lex.town_cues_before, after=False)
        self._text_countries: tuple[Optional[str], tuple[str, ...]] = (None, ())
        # one pattern for every country's cues, over the lowercased text
        self._cue_country: dict[str, list[str]] = {}
        for code, cues in self.lex.country_cues.items():
            for cue in cues:
                self._cue_country.setdefault(cue.lower(), []).append(code)
        self._unlisted = _unlisted_matcher(nlp, self.lex.unlisted_cues)
        self._agencies = {a.lower() for a in pack.sources.agencies}  # "à Anadolu": told to, not a place
        self._reporting = {v.lower() for v in pack.sources.reporting_verbs}
        self._streets = {w.lower() for w in self.lex.street_words}
        cues = [c for terms in self.lex.unlisted_cues.values() for c in terms]
        self.cues = term_matcher(nlp, cues)
        self._town_level = _before_re(cues)
        self._region_before = _before_re(self.lex.region_cues_before)
        self._region_after = _cue_re(self.lex.region_cues_after, after=True)
        self._region_words = {w.lower() for w in self.lex.region_cues_after}


    def __call__(self, doc: Doc) -> Doc:
        places = self.resolve_all(doc)
        places = sorted(places + self.unlisted(doc, places), key=lambda ps: ps[1].start)
        doc._.sitrep_places = [p for p, _ in places]
        out = []
        for m in mentions(doc):
            in_sentence = [(p, s) for p, s in places if m.sent_start <= s.start < m.sent_end]
            out.append(replace(m, places=self._event_places(doc, m, in_sentence)))
        doc._.sitrep_mentions = out
        return doc

    # --- names the gazetteer lacks ------------------------------------------------------------

    def unlisted(self, doc: Doc, places: list[tuple[Place, Span]]) -> list[tuple[Place, Span]]:
        """Place names the gazetteer lacks, known by their form: a capitalised name right after a
        settlement noun ("the village of X", "la localité de X") or a locative preposition ("near
        X", "entre X et …"), and the other mentions of that name. Each is a name-only place: the
        country the text gives around it, no coordinates, ACLED precision 2."""
        if not places:
            return []  # no country to put it in
        taken = {i for _, s in places for i in range(s.start, s.end)}
        names: dict[str, tuple[Optional[str], Optional[str]]] = {}
        out = []
        for key, start, end in self._unlisted(doc):
            span = self._unlisted_name(doc, doc.vocab.strings[key], start, end, taken)
            if span is None:
                continue
            country, admin1 = names.get(span.text) or _country_around(span, places)
            if country is None:
                continue
            names[span.text] = (country, admin1)
            taken.update(range(span.start, span.end))
            out.append((_name_only(span, country, admin1), span))
        for name, (country, admin1) in names.items():  # one sense per text
            for m in re.finditer(r"(?<![\w-])" + re.escape(name) + r"(?![\w-])", doc_text(doc)):
                span = doc.char_span(m.start(), m.end())
                if span is not None and not any(i in taken for i in range(span.start, span.end)):
                    taken.update(range(span.start, span.end))
                    out.append((_name_only(span, country, admin1), span))
        return out

    def _unlisted_name(self, doc: Doc, kind: str, start: int, end: int, taken: set[int]) -> Optional[Span]:
        """The name a cue match ends with, if it may be a place the gazetteer lacks."""
        name_start = end - 1  # the cue is at least one word: the name starts after it
        while name_start - 1 > start and _capitalised(doc[name_start - 1]):
            name_start -= 1
        span = doc[name_start:end]
        if any(i in taken for i in range(span.start, span.end)) or span.text.isupper():
            return None
        label = span[0].ent_type_
        if label not in UNLISTED_LABELS or (kind == "locative" and label == "ORG"):
            return None
        if label in ("PERSON", "PER") and (len(span) > 1 or span[0].ent_iob_ != "B" or span.end < len(doc) and doc[span.end].ent_iob_ == "I"):
            return None  # a person's full name ("between Jane Doe and …"); one word may be a village
        if span[-1].lower_ in self._streets:
            return None
        low = span.text.lower()
        if low in self.adjectives or low in self._not_places or low in self._agencies or self._known(span.text):
            return None
        if start > 0 and doc[start - 1].lemma_.lower() in self._reporting:
            return None  # "a déclaré à X": X is who was told
        if find_terms(self.not_places, span) or span.text in _surnames(doc):
            return None
        return span

    # --- finding and resolving (shared with sitrep.geoparse) ---------------------------------

    def resolve_all(self, doc: Doc, *, center: bool = False) -> list[tuple[Place, Span]]:
        """Every place name of ``doc`` resolved in context, with its span (demonyms count as
        context, not as places)."""
        spans = self.find_spans(doc)
        demonyms = self.find_demonyms(doc, spans)
        places = self.resolve_spans(doc_text(doc), [(s.start_char, s.end_char) for s in spans + demonyms], center=center)
        return [(p, s) for p, s in zip(places, spans) if p is not None]

    def find_spans(self, doc: Doc) -> list[Span]:
        """Place names among the named entities, as the gold standards of geoparsing mark them:

        * place entities (GPE, LOC, FAC), without a leading article or a trailing "'s", "Alexandria,
          La." and "Fargo-Moorhead" split in two, "Northeast Georgia" read as "Georgia" (unless the
          whole is a place's own name: "North Las Vegas");
        * a place name that starts an organisation's or a building's name ("the Mansfield Police
          Department", "Glen Carbon Elementary", "the Minnesota House");
        * organisations that are a place's own name ("Minnesota" said …);
        * datelines in capitals and counties listed before "counties" (see ``_patterns``);
        * any other mention of a name found so in the text ("Alexandria" tagged as a person).

        Actor names (resources/common/actors.json) and demonyms are left out."""
        blocked = {i for s in find_terms(self.not_places, doc) for i in range(s.start, s.end)}
        # surnames: the last words of people's names ("Elizabeth Fairfield"): no place in this text
        surnames = {
            e[-1].text for e in doc.ents if e.label_ in ("PERSON", "PER") and len(e) > 1 and e[-1].text[:1].isupper()
        }
        spans: list[Span] = []
        strong: set[str] = set()  # names of place entities: other mentions of them are places too
        for ent in doc.ents:
            if any(i in blocked for i in range(ent.start, ent.end)):
                continue
            if ent.text.lower() in self.adjectives:
                continue
            span = self._trim(ent)
            if not len(span) or span.text in surnames:
                continue
            if ent.label_ in PLACE_LABELS and ent.label_ != "FAC":
                parts = []
                for part in self._split(span):
                    part = self._inside_direction(part)
                    if len(part) > 1 and not self._known(part.text):  # "Fargo City", "the City of Norfolk"
                        part = self._inner_place(part) or part
                    parts.append(part)
                spans.extend(parts)
                strong.update(p.text for p in parts)
                continue
            inner = self._inner_place(span, organisation=ent.label_ == "ORG" and self.lang == "en")
            if inner is not None:
                spans.append(inner)
            elif ent.label_ == "FAC" or (ent.label_ == "ORG" and self.lang == "en"):
                if ent.label_ == "FAC" or self._own_name(span.text):
                    spans.extend(self._split(span))
        spans = [s for s in spans if len(s) > 0]
        spans += self._patterns(doc, spans, blocked)
        cued = self._cued(doc, spans, blocked, surnames)
        strong.update(s.text for s in cued)
        return self._propagate(doc, spans + cued, blocked, strong)

    def _patterns(self, doc: Doc, spans: list[Span], blocked: set[int]) -> list[Span]:
        """Places the tagger misses, by their form: datelines in capitals ("COLUMBUS -- Most of
        the …") and counties listed before "counties" ("Barrow and Jackson counties")."""
        taken = {i for s in spans for i in range(s.start, s.end)} | blocked
        out = []

        def add(start: int, end: int) -> None:
            span = doc.char_span(start, end)
            if span is None or any(i in taken for i in range(span.start, span.end)):
                return
            taken.update(range(span.start, span.end))
            out.append(span)

        for m in _DATELINE_RE.finditer(doc_text(doc)):
            name = m.group(1)
            if len(name) >= 3 and self._known(name.title()) and name.title().lower() not in self._not_places:
                add(m.start(1), m.end(1))
        for start, end in _listed_counties(doc_text(doc)):
            add(start, end)
        return out

    # --- names the tagger misreads, known by the words around them ----------------------------

    def _cued(self, doc: Doc, spans: list[Span], blocked: set[int], surnames: set[str]) -> list[Span]:
        """Names the tagger read as a person, an organisation or nothing, where the words say a
        place: right after a locative preposition or a settlement noun ("in Gao", "près de
        Kidal", "the town of X"), before a region word ("the Gao region"), or listed with a place
        ("X and Y", "X, Mali"). The gazetteer must know the name well (``_well_known``)."""
        taken = {i for s in spans for i in range(s.start, s.end)} | blocked
        countries = self._named_countries(doc, spans)
        out: list[Span] = []

        def add(span: Optional[Span], strict: bool = False) -> None:
            if span is None or any(i in taken for i in range(span.start, span.end)):
                return
            if self._misread_place(span, surnames) and self._well_known(span.text, countries, strict):
                taken.update(range(span.start, span.end))
                out.append(span)
                for c, q in self._candidates(self._name(span.text)):
                    if c.feature == "country" and q < Q_ALIAS:
                        countries.add(c.country)

        for cue in find_terms(self.cues, doc):
            if cue.start > 0 and doc[cue.start - 1].lemma_.lower() in self._reporting:
                continue  # "a déclaré à X": X is who was told
            add(_name_at(doc, cue.end))
        for tok in doc:
            if tok.lower_ in self._region_words and tok.i > 0:
                add(_name_before(doc, tok.i))
        for span in list(spans) + out:  # "Gao, Mali", "Menaka and Ansongo"
            nxt = span.end + 1 if span.end < len(doc) and doc[span.end].text == "," else span.end
            add(_name_at(doc, nxt), strict=nxt == span.end + 1)
            for tok in span.root.conjuncts:
                if tok.i >= span.end:
                    add(_name_at(doc, _name_start(doc, tok.i, span.end)))
        return out

    def _misread_place(self, span: Span, surnames: set[str]) -> bool:
        """``span`` may be a place the tagger misread: a person's, an organisation's or no
        entity's name that is no actor, agency, demonym, surname of the text or speaker."""
        label = span[0].ent_type_
        if label in PLACE_LABELS or label not in MISREAD_LABELS or span.text.isupper():
            return False
        low = _clean(span.text).lower()
        if low in self.adjectives or low in self._not_places or low in self._agencies or span.text in surnames:
            return False
        return not span.root.dep_.startswith("nsubj")  # "… in which Gao said": a speaker

    def _well_known(self, name: str, countries: set[str], strict: bool = False) -> bool:
        """The gazetteer has ``name`` as a place's own name: a country or first-level region, or
        (unless ``strict``) a town of ``WELL_KNOWN`` people or more or in a country the text names;
        or as another spelling of a town of ``BIG_TOWN`` people (``WELL_KNOWN`` in a country the
        text names)."""
        for c, q in self._candidates(self._name(name)):
            if q == Q_ALIAS and not strict and c.population >= WELL_KNOWN and (c.country in countries or c.population >= BIG_TOWN):
                return True  # a big town's other spelling ("Khan Younis")
            if q >= Q_ALIAS:
                continue
            if c.feature in ("country", "admin1") or (not strict and (c.population >= WELL_KNOWN or c.country in countries)):
                return True
        return False

    def _named_countries(self, doc: Doc, spans: list[Span]) -> set[str]:
        """Countries the text names, by name or demonym ("Mali", "Malian troops")."""
        found = set()
        for span in spans:
            for c, q in self._candidates(self._name(span.text)):
                if c.feature == "country" and q < Q_ALIAS:
                    found.add(c.country)
        for tok in doc:
            code = self.demonyms.get(tok.lower_)
            if code and len(code) == 3 and code.isupper():
                found.add(code)
        return found

    def _own_name(self, name: str, towns: int = 10_000) -> bool:
        """``name`` is a place's own name (not an alternate one), of a country, a region or a town
        of ``towns`` people or more: an organisation named so is most likely the place (metonymy)."""
        if _clean(name).lower() in self._not_places:
            return False
        full = self._name(name)
        return any(
            q < Q_ALIAS and (c.feature in ("country", "admin1", "region", "area") or c.population >= towns)
            for c, q in self._candidates(full)
        )

    def _matches(self, name: str) -> bool:
        """The gazetteer has ``name`` as it is (cached)."""
        hit = self._match_cache.get(name)
        if hit is None:
            if len(self._match_cache) > 200_000:
                self._match_cache.clear()
            hit = self._match_cache[name] = bool(self.gazetteer._matches(name))
        return hit

    def _candidates(self, name: str) -> list[tuple[Candidate, int]]:
        """The gazetteer's candidates for ``name`` with their match quality (cached)."""
        hit = self._cand_cache.get(name)
        if hit is None:
            if len(self._cand_cache) > 50_000:
                self._cand_cache.clear()
            hit = self._cand_cache[name] = self.gazetteer.candidates(name)[0]
        return hit

    def _known(self, name: str) -> bool:
        """The gazetteer knows ``name`` as it is (or as an abbreviation or adjective)."""
        name = _clean(name)
        return bool(self._matches(name)) or self._name(name) != name or name.lower() in self.adjectives

    def _inner_place(self, span: Span, organisation: bool = False) -> Optional[Span]:
        """The place inside a longer name: after "of"/"in" ("the University of Rochester", "the
        City of Norfolk"), before an institution word ("Mansfield Police Department"), or, in an
        organisation's name, a well-known place it starts with ("New York Daily News")."""
        doc = span.doc
        for i in range(span.end - 2, span.start, -1):
            if doc[i].lower_ in _OF_IN and doc[i + 1].text[:1].isupper():
                rest = self._trim(doc[i + 1 : span.end])
                if len(rest) and self._own_name(rest.text, towns=1_000):
                    return self._inside_direction(rest)
                break
        inner = self._institution_place(span)
        if inner is not None or not organisation or len(span) < 2:
            return inner
        for end in range(span.end - 1, span.start, -1):
            head = doc[span.start : end]
            if doc[end].text[:1].isupper() and not head[-1].is_punct and self._own_name(head.text, towns=50_000):
                return head
        return None

    def _institution_place(self, span: Span) -> Optional[Span]:
        """The place name an organisation's or building's name starts with, if an institution
        word follows it ("Mansfield Police Department" -> "Mansfield")."""
        words = self._institution_words
        if not words or len(span) < 2:
            return None
        doc = span.doc
        for end in range(span.end - 1, span.start, -1):
            if _letters(doc[end].lower_) not in words and not (
                doc[end].is_punct and end + 1 < span.end and _letters(doc[end + 1].lower_) in words
            ):
                continue
            head = self._inside_direction(doc[span.start : end])
            if head[-1].is_punct or not head.text[:1].isupper() or head[0].lower_ in words:
                continue
            if self._own_name(head.text, towns=1_000):
                return head
        return None

    def _inside_direction(self, span: Span) -> Span:
        """"Northeast Georgia" -> "Georgia", unless the whole is a place's own name."""
        if len(span) < 2 or span[0].lower_ not in self._directions:
            return span
        if self._matches(_clean(span.text)):
            return span
        rest = span.doc[span.start + 1 : span.end]
        return rest if self._own_name(rest.text, towns=1_000) else span

    def _propagate(self, doc: Doc, spans: list[Span], blocked: set[int], strong: set[str]) -> list[Span]:
        """Other mentions, in the same case, of names found as place entities (one sense per text)."""
        taken = {i for s in spans for i in range(s.start, s.end)}
        names = {s.text for s in spans if s.text in strong and s.text[:1].isupper() and len(s.text) >= 3}
        names |= {n.upper() for n in names if len(n) >= 4}  # datelines: "MANSFIELD --"
        extra = []
        for name in names:
            for m in re.finditer(r"(?<![\w-])" + re.escape(name) + r"(?![\w-])", doc_text(doc)):
                span = doc.char_span(m.start(), m.end())
                if span is None or any(i in taken or i in blocked for i in range(span.start, span.end)):
                    continue
                if _in_longer_person(span):
                    continue  # "Elizabeth Fairfield"
                taken.update(range(span.start, span.end))
                extra.append(span)
        return sorted(spans + extra, key=lambda s: s.start)

    def find_demonyms(self, doc: Doc, taken: Sequence[Span] = ()) -> list[Span]:
        """Demonyms and place adjectives ("Turkish", "Americans", "South African", "European")
        outside ``taken`` spans."""
        used = {i for s in taken for i in range(s.start, s.end)}
        for ent in doc.ents:  # "the American Recovery and Reinvestment Act"
            if ent.label_ not in PLACE_LABELS and ent.label_ != "NORP" and len(ent) > 1:
                used.update(range(ent.start, ent.end))
        out = []
        i = 0
        while i < len(doc):
            t = doc[i]
            if i in used or not t.text[:1].isupper():
                i += 1
                continue
            if i + 1 < len(doc) and i + 1 not in used and f"{t.lower_} {doc[i + 1].lower_}" in self.adjectives:
                out.append(doc[i : i + 2])
                i += 2
                continue
            if t.lower_ in self.adjectives:
                out.append(doc[i : i + 1])
            i += 1
        return out

    def resolve_spans(
        self, text: str, spans: Sequence[tuple[int, int]], *, countries: Sequence[str] = (), center: bool = False
    ) -> list[Optional[Place]]:
        """Places of the character spans of ``text``, resolved together. ``center``: regions and
        countries at the middle of their area (as GeoNames places them) rather than at their
        main town (as ACLED codes an event known only to a region)."""
        found = self.context.resolve(self.mentions_of(text, spans), countries=countries, hinted=self.text_countries(text))
        return [self._place(text, s, e, c, center) for (s, e), c in zip(spans, found)]

    def text_countries(self, text: str) -> tuple[str, ...]:
        """The country whose institutions and usage the text shows ("the Sheriff's Office", "state
        troopers", "council tax"): more different cues of it than of any other (``MIN_CUES`` at
        least). Its places get a small bonus (``Weights.hinted_country``)."""
        if self._text_countries[0] == text:
            return self._text_countries[1]
        seen: dict[str, set[str]] = {}
        low = text.lower()
        for cue, codes in self._cue_country.items():
            if _has_word(low, cue):
                for code in codes:
                    seen.setdefault(code, set()).add(cue)
        counts = sorted(((len(terms), code) for code, terms in seen.items()), reverse=True)
        found: tuple[str, ...] = ()
        if counts and counts[0][0] >= MIN_CUES and not (len(counts) > 1 and counts[1][0] >= counts[0][0]):
            found = (counts[0][1],)
        self._text_countries = (text, found)
        return found

    def resolve_in_context(
        self, text: str, spans: Sequence[tuple[int, int]], *, countries: Sequence[str] = ()
    ) -> tuple[list[Optional[Candidate]], Any]:
        """Candidates chosen for ``spans`` and the text's context (for ``resolve_one``)."""
        return self.context.resolve_in_context(self.mentions_of(text, spans), countries=countries, hinted=self.text_countries(text))

    def resolve_one(self, text: str, start: int, end: int, spans: Sequence[tuple[int, int]], ctx: Any, *, center: bool = False) -> Optional[Place]:
        """One more span of a text resolved with ``resolve_in_context`` (``spans`` are its spans)."""
        within = None
        for s, e in spans:
            if s >= end and _COMMA_RE.fullmatch(text[end:s]):
                within = self._name(text[s:e])
                break
        mention = self._mention(text, start, end)
        return self._place(text, start, end, self.context.resolve_one(mention, ctx, within=within), center)

    def focus(self, text: str, start: int, end: int, ctx: Any, *, center: bool = False) -> Optional[Place]:
        """A guess for a name the gazetteer lacks: near the place the text is most about
        (ACLED precision 2 near a town, 3 in a region)."""
        cand = ctx.focus
        if cand is None:
            return None
        place = self._place(text, start, end, cand, center)
        return replace(place, precision=max(place.precision, 2))

    def mentions_of(self, text: str, spans: Sequence[tuple[int, int]]) -> list[Mention]:
        """Context mentions for character spans: the name, "City, Region" links, demonyms."""
        out = []
        order = sorted(range(len(spans)), key=lambda k: spans[k])
        nxt = {order[k]: order[k + 1] for k in range(len(order) - 1)}
        for k, (s, e) in enumerate(spans):
            within = None
            j = nxt.get(k)
            if j is not None and _COMMA_RE.fullmatch(text[e : spans[j][0]]):
                within = j
            out.append(replace(self._mention(text, s, e), within=within))
        return out

    def _mention(self, text: str, start: int, end: int) -> Mention:
        name = _clean(text[start:end])
        adjective = self.adjectives.get(name.lower())
        if adjective and len(adjective) == 3 and adjective.isupper():
            return Mention(name, country=adjective)
        region = name in self.abbreviations or name + "." in self.abbreviations
        county = (start, end) in _listed_counties(text)
        level = self._level(text, start, end)
        return Mention(adjective or self._name(name), cue=self._cue(text, start, end), region=region, county=county, level=level)

    def _level(self, text: str, start: int, end: int) -> Optional[str]:
        """"region" or "town" for a name that may be both (``Mention.level``): "la région de X",
        "the X region" ask for the region; a locative preposition or a settlement noun for the town."""
        before = text[max(0, start - 30) : start].lower().replace("’", "'")
        inside = text[start:end].lower().replace("’", "'")
        if self._region_before.search(before) or self._region_after.match(text[end : end + 20].lower()):
            return "region"
        if any(inside.startswith(c.lower().replace("’", "'")) for c in self.lex.region_cues_before):
            return "region"
        return "town" if self._town_level.search(before) else None

    def _cue(self, text: str, start: int, end: int) -> Optional[str]:
        """"town" or "local" from the words right around the name (see ``Mention.cue``)."""
        after = text[end : end + 40].lower()
        if after.startswith("'s") or after.startswith("’s"):
            after = after[2:]
        if self._town_after.match(after) or self._town_before.search(text[max(0, start - 30) : start].lower()):
            return "town"
        if self._local_after.match(after):
            return "local"
        return None

    def _name(self, text: str) -> str:
        """The name to look up: cleaned, an abbreviation ("La.", "Calif.") spelled out."""
        name = _clean(text)
        full = self.abbreviations.get(name) or self.abbreviations.get(name + ".")
        if full:
            return full
        lowered = name.lower()
        for prefix in self.prefixes:
            if lowered.startswith(prefix) and len(name) > len(prefix) + 1 and not self._matches(name):
                return name[len(prefix) :].strip()
        return self._demonym_place(name) or name

    def _demonym_place(self, name: str) -> Optional[str]:
        """The place a demonym nothing else matches is of ("Ohioans" -> "Ohio", "Texan" ->
        "Texas", "Londoner" -> "London"): a country, region or big town only."""
        if name in self._derived:
            return self._derived[name]
        found = None
        words = name.split()
        if words and name[:1].isupper() and not self._matches(name):
            last = words[-1]
            for suffix in self.lex.demonym_suffixes:
                if suffix and not last.lower().endswith(suffix):
                    continue
                stem = last[: len(last) - len(suffix)] if suffix else last
                if len(stem) < 3:
                    continue
                for ending in self.lex.demonym_endings:
                    guess = " ".join(words[:-1] + [stem + ending])
                    if guess != name and any(
                        c.feature in ("country", "admin1", "area", "region") or c.population >= 100_000
                        for c, q in self._candidates(guess)
                        if q < 4
                    ):
                        found = guess
                        break
                if found:
                    break
        if len(self._derived) > 100_000:
            self._derived.clear()
        self._derived[name] = found
        return found

    @staticmethod
    def _place(text: str, start: int, end: int, cand: Optional[Candidate], center: bool) -> Optional[Place]:
        if cand is None:
            return None
        return replace(cand.to_place(text[start:end], center=center), evidence=Evidence(start, end, text[start:end]))

    def _lookup(self, text: str, countries=()) -> Optional[Place]:
        """One name alone (no text around it)."""
        return self.gazetteer.resolve(self._name(text), countries=countries, lang=self.lang)

    def _both_places(self, doc: Doc, span: Span, i: int) -> bool:
        """"Fargo-Moorhead": both sides of the hyphen are place names (and the whole is not)."""
        left, right = doc[span.start : i].text, doc[i + 1 : span.end].text
        return (
            not self._matches(_clean(span.text))
            and bool(self._matches(_clean(left)))
            and bool(self._matches(_clean(right)))
        )

    def _split(self, span: Span) -> list[Span]:
        """ "Alexandria, La." -> "Alexandria", "La." (a comma inside a place entity)."""
        doc = span.doc
        commas = [t.i for t in span if t.text == "," or (t.text == "-" and span.start < t.i < span.end - 1 and self._both_places(doc, span, t.i))]
        if not commas:
            return [span]
        parts, start = [], span.start
        for i in commas + [span.end]:
            if i > start:
                part = doc[start:i]
                while len(part) and part[-1].is_punct and part[-1].text != ".":
                    part = doc[part.start : part.end - 1]
                if len(part):
                    parts.append(part)
            start = i + 1
        return parts

    def _event_places(self, doc: Doc, m, in_sentence: list[tuple[Place, Span]]) -> tuple[Place, ...]:
        told = [(p, s) for p, s in in_sentence if not _dateline(doc, s)]
        if any(p.feature != "country" for p, _ in told):
            in_sentence = told  # "MAIDUGURI, Nigeria - A bomb … near Damboa": written in one town, told of another
        if not in_sentence:
            return ()
        ends = {s.end for _, s in in_sentence}
        in_sentence = [(p, s) for p, s in in_sentence if not self._container(doc, s, ends)]
        near = [(p, s) for p, s in in_sentence if p.feature in SPECIFIC]
        specific = [(p, s) for p, s in near if not self._is_anchor(doc, s)]
        if not specific and near:
            # only "près de X" / "north of X": the event is near X (ACLED geo_precision 2)
            place = min(near, key=lambda ps: _distance(ps[1], m))[0]
            return (replace(place, precision=2),)
        if not specific:
            broad = [p for p, s in in_sentence if p.feature not in SPECIFIC]
            return tuple(sorted(broad, key=_breadth)[:1])
        between = self._between(doc, specific)
        if between is not None:
            return (replace(between, precision=2),)
        listed = self._listed(doc, m, [(p, s) for p, s in specific if s.start >= m.end])
        if len(listed) >= 2 and not m.quoted:
            return _unique(p for p, _ in listed)
        nearest = min(specific, key=lambda ps: _distance(ps[1], m))
        return (nearest[0],)

    def _listed(self, doc: Doc, m, after: list[tuple[Place, Span]]) -> list[tuple[Place, Span]]:
        """The places after a mention that it is about: each after a locative preposition ("à X et
        à Y"), the object of the mention's verb ("strikes hit X"), or coordinated with one of
        these ("X and Y")."""
        root = doc[m.start : m.end].root
        verbs = {root.i} | ({root.head.i} if root.dep_.startswith("nsubj") else set())
        listed: list[tuple[Place, Span]] = []
        heads: set[int] = set()
        for p, s in after:
            head = s.root
            if self._locative(doc, s) or (head.dep_ in ("dobj", "obj") and head.head.i in verbs) or (head.dep_ == "conj" and head.head.i in heads):
                listed.append((p, s))
                heads.add(head.i)
        return listed

    def _container(self, doc: Doc, span: Span, ends: set[int]) -> bool:
        """A place told after another to say where that one lies ("near Tame, in Arauca", "à Beni,
        dans le département du Nord-Kivu"): the first is the event's."""
        i = span.start - 1
        while i > span.sent.start and span.start - i <= 5 and doc[i].lower_ not in self.lex.inside:
            i -= 1
        if doc[i].lower_ not in self.lex.inside or any(t.is_punct for t in doc[i + 1 : span.start]):
            return False
        return i >= 2 and doc[i - 1].text == "," and (i - 1) in ends

    def _is_anchor(self, doc: Doc, span: Span) -> bool:
        before = [t.lower_ for t in doc[max(span.sent.start, span.start - 4) : span.start]]
        if not before or before[-1] not in self.lex.anchor_links:
            return False
        if any(w in self.lex.inside for w in before):
            return False  # "dans le sud-est de Paris" is in Paris
        return any(w in self.lex.anchor_words for w in before[-4:])

    def _between(self, doc: Doc, specific: list[tuple[Place, Span]]) -> Optional[Place]:
        for place, span in specific:
            if span.start > 0 and doc[span.start - 1].lower_ in self.lex.between:
                return place
        return None

    def _locative(self, doc: Doc, span: Span) -> bool:
        return span.start > 0 and doc[span.start - 1].lower_ in self.lex.locative

    def _trim(self, span: Span) -> Span:
        """Without leading articles and a trailing possessive or punctuation."""
        start, end = span.start, span.end
        while start < end and span.doc[start].lower_ in self.lex.leading:
            start += 1
        while end > start and (span.doc[end - 1].lower_ in ("'s", "’s", "'") or span.doc[end - 1].text in "-–,;:"):
            end -= 1
        return span.doc[start:end]


_OF_IN = {"of", "in", "at"}
# named-entity labels a place name the tagger misread may carry (no label: "")
MISREAD_LABELS = {"PERSON", "PER", "ORG", "NORP", "MISC", ""}
#: people a town needs to be taken for a misread name without a country of the text around it
WELL_KNOWN = 10_000
#: people a town needs to be taken for a misread name under another spelling than its own
BIG_TOWN = 100_000
# how far a misread name runs: capitalised words, joined by hyphens or apostrophes ("Al-Qaim")
NAME_TOKENS = 5


def _name_at(doc: Doc, i: int) -> Optional[Span]:
    """The name that starts at token ``i``: the entity starting there, else the capitalised
    words (joined by hyphens) from there; None if none."""
    if i >= len(doc) or not _capitalised(doc[i]):
        return None
    if doc[i].ent_iob_ == "B":
        end = i + 1
        while end < len(doc) and doc[end].ent_iob_ == "I":
            end += 1
        return doc[i:end]
    if doc[i].ent_iob_ == "I":
        return None
    end = i + 1
    while end < len(doc) and end - i < NAME_TOKENS and doc[end].ent_iob_ == "O":
        if _capitalised(doc[end]) and not doc[end].is_sent_start:
            end += 1
        elif doc[end].text in "-'’" and end + 1 < len(doc) and _capitalised(doc[end + 1]) and not doc[end].whitespace_ and not doc[end - 1].whitespace_:
            end += 2
        else:
            break
    return doc[i:end]


def _name_start(doc: Doc, i: int, floor: int) -> int:
    """Where the name holding token ``i`` starts (not before token ``floor``)."""
    while i > floor and (doc[i].ent_iob_ == "I" or doc[i].ent_iob_ == "O" and _capitalised(doc[i - 1]) and doc[i - 1].ent_iob_ == "O"):
        i -= 1
    return i


def _name_before(doc: Doc, i: int) -> Optional[Span]:
    """The name that ends right before token ``i`` ("the Gao region")."""
    start = i - 1
    if start < 0 or not _capitalised(doc[start]):
        return None
    if doc[start].ent_iob_ != "O":
        while start > 0 and doc[start].ent_iob_ == "I":
            start -= 1
        return doc[start:i] if doc[start].ent_iob_ == "B" and doc[i - 1].ent_iob_ != "O" else None
    while start > 0 and i - start < NAME_TOKENS and doc[start - 1].ent_iob_ == "O" and _capitalised(doc[start - 1]) and not doc[start].is_sent_start:
        start -= 1
    return doc[start:i]


def _before_re(words: Sequence[str]) -> re.Pattern:
    """A pattern for cue words right before a name (after an apostrophe, with no space: "d'")."""
    if not words:
        return re.compile(r"(?!x)x")
    alt = "|".join(re.escape(w.lower().replace("’", "'")) for w in sorted(words, key=len, reverse=True))
    return re.compile(r"(?:^|\b|(?<=\W))(?:%s)(?:\s+|(?<='))(?:the\s+)?$" % alt)


# named-entity labels a place name the gazetteer lacks may carry (taggers often read an unknown
# village as a person or an organisation)
UNLISTED_LABELS = {"GPE", "LOC", "PERSON", "PER", "ORG"}
UNLISTED_NAME = {"TEXT": {"REGEX": r"^[A-ZÀ-ÖØ-Þ][\w'’-]*$"}, "OP": "{1,3}"}


def _unlisted_matcher(nlp: Language, cues: dict[str, Sequence[str]]) -> Matcher:
    """A cue ("village of", "entre") followed by one to three capitalised words."""
    matcher = Matcher(nlp.vocab)
    for kind, terms in cues.items():
        patterns = [[{"LOWER": t.lower_} for t in nlp.make_doc(term)] + [UNLISTED_NAME] for term in terms]
        if patterns:
            matcher.add(kind, patterns, greedy="LONGEST")
    return matcher


def _capitalised(tok) -> bool:
    return tok.text[:1].isupper()


def _surnames(doc: Doc) -> set[str]:
    return {t.text for e in doc.ents if e.label_ in ("PERSON", "PER") and len(e) > 1 for t in e}


def _country_around(span: Span, places: list[tuple[Place, Span]]) -> tuple[Optional[str], Optional[str]]:
    """The country (and region) of an unlisted name: that of the nearest place below country level
    in its sentence, else of the nearest country named there, else the text's commonest country."""
    sent = span.sent
    near = [(p, s) for p, s in places if sent.start <= s.start < sent.end and p.country]
    if near:
        place = min(near, key=lambda ps: (ps[0].feature == "country", abs(ps[1].start - span.start)))[0]
        return place.country, place.admin1 if place.feature != "country" else None
    counts = Counter(p.country for p, _ in places if p.country)
    return (counts.most_common(1)[0][0], None) if counts else (None, None)


def _name_only(span: Span, country: str, admin1: Optional[str]) -> Place:
    return Place(
        text=span.text,
        name=_clean(span.text),
        country=country,
        admin1=admin1,
        feature="city",
        precision=2,
        evidence=Evidence(span.start_char, span.end_char, span.text),
    )
# a dateline: a name in capitals (", STATE" may follow) then a dash, at the start of the text, a
# line or a sentence
_DATELINE_RE = re.compile(
    r"(?:^|(?<=\n)|(?<=[.!?]\s))([A-Z][A-Z'’.-]+(?:\s+[A-Z][A-Z'’.-]+){0,3})(?:,\s+[A-Z][A-Za-z.]+)?\s*(?:--|—|–|-|\x97)\s"
)
# what follows a dateline's town: ", Country", "(AFP)", then a dash
_DATELINE_TAIL_RE = re.compile(r"(?:,\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)?\s*(?:\([^)\n]{1,30}\))?\s*(?:--|—|–|-|\x97)\s")
# "Barrow and Jackson counties", "Clarke, Oconee and Madison counties"
_COUNTIES_RE = re.compile(
    r"((?:[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)?,\s+)*[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)?,?\s+(?:and|or|&)\s+"
    r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)?)\s+(?:counties|parishes|Counties|Parishes)\b"
)


@lru_cache(maxsize=8)
def _listed_counties(text: str) -> frozenset[tuple[int, int]]:
    """Character spans of the names listed before "counties" ("Barrow and Jackson counties")."""
    out = set()
    for m in _COUNTIES_RE.finditer(text):
        for n in re.finditer(r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)?", m.group(1)):
            out.add((m.start(1) + n.start(), m.start(1) + n.end()))
    return frozenset(out)


def _letters(word: str) -> str:
    """The ASCII letters of a word ("sheriff’s" -> "sheriffs", "sheriffâ" -> "sheriff")."""
    return re.sub(r"[^a-z]", "", word)


def _in_longer_person(span: Span) -> bool:
    """``span`` is part of a longer person's name."""
    doc = span.doc
    if not any(t.ent_type_ in ("PERSON", "PER") for t in span):
        return False
    before = span.start > 0 and doc[span.start - 1].ent_type_ in ("PERSON", "PER") and span[0].ent_iob_ == "I"
    after = span.end < len(doc) and doc[span.end].ent_iob_ == "I" and doc[span.end].ent_type_ in ("PERSON", "PER")
    return before or after


def _dateline(doc: Doc, span: Span) -> bool:
    """Whether a name opens the text or a line as its dateline ("MOGADISHU -", "Goma (AFP) -",
    "MAIDUGURI, Nigeria -"): the place the report was written, not where the event happened."""
    text = doc_text(doc)
    before = text[: span.start_char].rstrip(" \t")
    if before and not before.endswith("\n"):
        return False
    return _DATELINE_TAIL_RE.match(text, span.end_char) is not None


def _distance(span: Span, m) -> int:
    return span.start - m.end if span.start >= m.end else (m.start - span.end) + 3


def _breadth(place: Place) -> int:
    return {"admin1": 0, "region": 1, "country": 2}.get(place.feature, 3)


def _unique(places) -> tuple[Place, ...]:
    seen, out = set(), []
    for p in places:
        key = (p.name, p.country)
        if key not in seen:
            seen.add(key)
            out.append(p)
    return tuple(out)


MIN_CUES = 1


def _has_word(text: str, term: str) -> bool:
    """``term`` occurs in ``text`` as a whole word (where it starts or ends with a letter)."""
    i = text.find(term)
    while i >= 0:
        j = i + len(term)
        if (not term[:1].isalnum() or i == 0 or not text[i - 1].isalnum()) and (
            not term[-1:].isalnum() or j == len(text) or not text[j].isalnum()
        ):
            return True
        i = text.find(term, i + 1)
    return False


def _cue_re(words: Sequence[str], *, after: bool) -> re.Pattern:
    """A pattern for cue words right after (or right before) a name; never matches if none."""
    if not words:
        return re.compile(r"(?!x)x")
    alt = "|".join(re.escape(w.lower()) for w in sorted(words, key=len, reverse=True))
    return re.compile(r"^\s+(?:%s)\b" % alt if after else r"\b(?:%s)\s+(?:the\s+)?$" % alt)


def _clean(text: str) -> str:
    return text.strip(" .,;:«»\"'")
