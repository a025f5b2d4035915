"""PLOVER typing of one sentence (``classify_plover``) and of statements in articles.

The event type comes from cue terms of ``resources/<lang>/statements.json`` (all 16 PLOVER types,
verbal and material) and from the pipeline's event mentions (ACLED sub-types mapped to PLOVER in
``sitrep.taxonomy``). Cues compete by their place in the parse: the one nearest the sentence's
predicate wins, after reporting verbs ("X said that …") are looked through. Then grammar changes the
type as PLOVER asks: a cooperative action announced for the future is an AGREE and a conflictual one a
THREATEN, a refused or negated cooperation a REJECT, an obligation in reported speech ("Y must …") a
REQUEST. Those rules are data too (``when_future``, ``when_negated``).

Actors are the ISO-3 (or IGO / NGO) codes of the subject (source) and of the objects (target) of that
predicate, read from country names, capitals and seats of power used as metonyms ("Washington",
"le Kremlin"), demonyms, international organisations (``resources/common/countries.json``), the named
actors of ``resources/common/actors.json``, places the gazetteer resolves, and people through their
office as the actor stage finds them (``sitrep.components.actors``): the office holders of
``resources/common/offices.jsonl`` at the article's date ("Zelensky": Ukraine) and office words with
their country ("le ministre américain de la Défense"). ``speaker_actor`` gives the actor a statement's
speaker speaks for.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Iterable, Optional

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from sitrep.components.actors import ActorFinder, named_actor
from sitrep.components.base import find_terms, term_matcher
from sitrep.evaluate.sentences import PloverPrediction
from sitrep.records import Actor
from sitrep.resources import LanguagePack, build, load_actor_dictionary, load_json, load_language
from sitrep.taxonomy import BY_NAME

__all__ = ["classify_plover", "PloverTyper", "ActorIndex", "Typing", "ActorMention", "load_countries", "speaker_actor"]

VERBAL = frozenset({"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "REQUEST", "ACCUSE", "REJECT", "THREATEN"})
VERBAL_CONFLICT = frozenset({"REQUEST", "ACCUSE", "REJECT", "THREATEN"})
SUBJECTS = {"nsubj", "nsubjpass", "nsubj:pass", "csubj", "expl"}
AGENTS = {"agent", "obl:agent"}
CLAUSES = {"ccomp", "xcomp", "parataxis"}


# --- countries.json: its schema -----------------------------------------------------------


@dataclass(frozen=True)
class CountryNames:
    code: str
    names: dict[str, tuple[str, ...]]
    capitals: dict[str, tuple[str, ...]]
    adjectives: dict[str, tuple[str, ...]]


@dataclass(frozen=True)
class Organisation:
    code: str
    name: str
    names: dict[str, tuple[str, ...]]


@dataclass(frozen=True)
class CountryTable:
    countries: tuple[CountryNames, ...]
    organisations: tuple[Organisation, ...]


@lru_cache(maxsize=None)
def load_countries() -> CountryTable:
    """``resources/common/countries.json``, checked against its schema (E013 on a bad key)."""
    return build(CountryTable, load_json("common/countries.json"), "common/countries.json")


# --- actors ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class ActorMention:
    start: int  # token offsets in the Doc
    end: int
    code: str
    kind: str  # holder, named, organisation, office, country, capital, demonym, place
    actor: Optional[Actor] = field(default=None, compare=False)  # holders, offices and named actors

    def span(self, doc: Doc) -> Span:
        return doc[self.start : self.end]


NOT_PLACES = {"ORG", "PERSON", "PER", "FAC", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW"}  # what the tagger says is not a place
KIND_RANK = {"holder": 0, "named": 1, "organisation": 2, "office": 3, "country": 4, "capital": 5, "demonym": 6, "place": 7}


class ActorIndex:
    """Finds the mentions of countries, organisations, named actors and people in office in a Doc, with
    their codes."""

    def __init__(self, nlp: Language, pack: LanguagePack) -> None:
        lang = pack.lang
        table = load_countries()
        self.codes: dict[str, dict[str, str]] = {kind: {} for kind in KIND_RANK}
        terms: dict[str, list[str]] = {kind: [] for kind in KIND_RANK}

        def add(kind: str, name: str, code: Optional[str]) -> None:
            if not code or not name:
                return
            self.codes[kind].setdefault(name.lower(), code)
            terms[kind].append(name)

        self.named = {}
        for actor in load_actor_dictionary().actors:
            for alias in actor.aliases:
                add("named", alias, actor.country)
                self.named.setdefault(alias.lower(), actor)
        self.finder = ActorFinder(nlp)  # office holders and office words, as the actor stage finds them
        for org in table.organisations:
            for name in org.names.get(lang, ()):
                add("organisation", name, org.code)
        for country in table.countries:
            for name in country.names.get(lang, ()):
                add("country", name, country.code)
            for name in country.capitals.get(lang, ()):
                add("capital", name, country.code)
            for name in country.adjectives.get(lang, ()):
                add("demonym", name, country.code)
        for name, code in pack.demonyms.demonyms.items():
            if " " in name or "-" in name:
                add("demonym", name, code)
        self.demonyms = {k.lower(): v for k, v in pack.demonyms.demonyms.items()}
        for country in table.countries:
            for name in country.adjectives.get(lang, ()):
                self.demonyms.setdefault(name.lower(), country.code)
        self.matchers = {kind: term_matcher(nlp, names) for kind, names in terms.items() if names and kind != "demonym"}
        self.multiword_demonyms = term_matcher(nlp, [t for t in terms["demonym"] if " " in t or "-" in t])

    def mentions(self, doc: Doc, date: Optional[dt.date] = None) -> list[ActorMention]:
        """The mentions of ``doc``; office holders are those in office on ``date`` (by default the
        article's publication day; with none, those in office now)."""
        found: list[ActorMention] = []
        for kind, matcher in self.matchers.items():
            for span in find_terms(matcher, doc):
                actor = named_actor(self.named[span.text.lower()], span) if kind == "named" else None
                found.append(ActorMention(span.start, span.end, self.codes[kind][span.text.lower()], kind, actor))
        found.extend(self._people(doc, date if date is not None else _published(doc)))
        for span in find_terms(self.multiword_demonyms, doc):
            code = self.demonyms.get(span.text.lower()) or self.codes["demonym"].get(span.text.lower())
            if code:
                found.append(ActorMention(span.start, span.end, code, "demonym"))
        for tok in doc:
            code = self.demonyms.get(tok.lower_)
            if code and (tok.pos_ in ("ADJ", "PROPN", "NOUN", "X") or tok.text.isupper()) and tok.pos_ != "PRON":
                found.append(ActorMention(tok.i, tok.i + 1, code, "demonym"))
        for place in doc._.sitrep_places or ():
            if place.country and place.evidence is not None:
                span = doc.char_span(place.evidence.start, place.evidence.end, alignment_mode="expand")
                if span is not None and not any(t.ent_type_ in NOT_PLACES for t in span):
                    found.append(ActorMention(span.start, span.end, place.country, "place"))
        # longest first, then the most specific kind; no overlaps
        found.sort(key=lambda m: (-(m.end - m.start), KIND_RANK[m.kind], m.start))
        taken: set[int] = set()
        out = []
        for m in found:
            if any(i in taken for i in range(m.start, m.end)):
                continue
            taken.update(range(m.start, m.end))
            out.append(m)
        return sorted(out, key=lambda m: m.start)

    def _people(self, doc: Doc, date: Optional[dt.date]) -> list[ActorMention]:
        """Office holders ("Lloyd Austin") and office words with their country ("Israel's defence
        minister"), as the actors they act for."""
        out = []
        for sent in doc.sents:
            for actor, span in self.finder.office_actors(sent, date):
                if actor.country:
                    kind = "office" if actor.office == span.text else "holder"
                    out.append(ActorMention(span.start, span.end, actor.country, kind, actor))
        return out


def speaker_actor(mentions: Iterable[ActorMention], speaker: Span, role: Optional[Span] = None) -> Optional[Actor]:
    """The actor a statement's speaker speaks for, with the person and the office: an office holder
    ("Zelensky": Government of Ukraine), else the organisation or the office named in the role ("X,
    ministre américain de la Défense": Government of the United States), else an office the speaker
    is named beside ("Defence Minister X"). None when nothing ties the speaker to an actor."""
    mentions = [m for m in mentions if m.actor is not None]
    held = [m for m in mentions if m.kind == "holder" and m.start < speaker.end and speaker.start < m.end]
    if held:
        return held[0].actor
    if role is not None:
        inside = sorted((m for m in mentions if role.start <= m.start and m.end <= role.end), key=lambda m: (ROLE_RANK[m.kind], m.start))
        if inside:
            m = inside[0]
            own = m.kind == "office" and m.start <= role.root.i < m.end  # not "adviser to the US president"
            return replace(m.actor, person=speaker.text, office=m.actor.office if own else None)
    beside = [m for m in mentions if m.kind == "office" and m.actor.person == speaker.text]
    return beside[0].actor if beside else None


def _published(doc: Doc) -> Optional[dt.date]:
    published = doc._.sitrep_published
    return published.span()[0] if published is not None else None


# --- event typing ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Cue:
    event: str
    mode: Optional[str]
    words: tuple[str, ...]
    dependent: tuple[str, ...] = ()  # "lift>curfew": a word of the head's own phrase

    @property
    def size(self) -> int:
        return len(self.words) + len(self.dependent) + (1 if self.dependent else 0)  # a pair is more specific


@dataclass(frozen=True)
class CueMatch:
    event: str
    mode: Optional[str]
    start: int
    end: int
    anchor: int  # the syntactic head of the matched words
    source: str  # lexicon | mention
    size: int


@dataclass
class Typing:
    """What ``PloverTyper.classify`` found in a span."""

    event: Optional[str]
    mode: Optional[str] = None
    cue: Optional[CueMatch] = None
    predicate: Optional[Token] = None
    reporter: Optional[Token] = None  # the reporting verb the predicate depends on ("said")
    through: list[Token] = field(default_factory=list)  # intention words passed ("is ready to")
    future: bool = False
    negated: bool = False
    obligation: bool = False
    candidates: list[CueMatch] = field(default_factory=list)


class PloverTyper:
    """PLOVER event type of a sentence or a quote, from the statements lexicon and the mentions."""

    def __init__(self, nlp: Language, pack: LanguagePack) -> None:
        self.pack = pack
        lex = pack.statements
        self.lex = lex
        self.cues: dict[str, list[Cue]] = {}
        for key, terms in lex.cues.items():
            event, _, mode = key.partition("/")
            for term in terms:
                head, _, dep = term.partition(">")
                words = tuple(t.lower_ for t in nlp.make_doc(head.strip()))
                dependent = tuple(t.lower_ for t in nlp.make_doc(dep.strip())) if dep else ()
                if words:
                    self.cues.setdefault(words[0], []).append(Cue(event, mode or None, words, dependent))
        self.rank = {kind: i for i, kind in enumerate(lex.order)}
        self.transparent = set(lex.transparent)
        self.intent = set(lex.intent)
        self.future_words = set(lex.future)
        self.future_morph = tuple(lex.future_morph)
        self.future_endings = tuple(lex.future_endings)
        self.conditional = set(lex.conditional)
        self.obligation_words = set(lex.obligation)
        self.negation_words = set(lex.negation)

    # cues ---------------------------------------------------------------------------------

    def find_cues(self, span: Span, mentions: bool = True) -> list[CueMatch]:
        doc = span.doc
        out: list[CueMatch] = []
        for tok in span:
            keys = {tok.lower_, tok.lemma_.lower()}
            for key in keys:
                for cue in self.cues.get(key, ()):
                    m = self._match(cue, tok, span)
                    if m is not None:
                        out.append(m)
        if mentions:
            for m in doc._.sitrep_mentions or ():
                if m.sub_event_type is None or not (span.start <= m.start < span.end):
                    continue
                sub = BY_NAME.get(m.sub_event_type)
                if sub is None:
                    continue
                anchor = _head_of(doc[m.start : m.end])
                out.append(CueMatch(sub.plover, m.mode or sub.mode, m.start, m.end, anchor.i, "mention", m.end - m.start))
        return _dedupe_cues(out)

    def _match(self, cue: Cue, tok: Token, span: Span) -> Optional[CueMatch]:
        doc = tok.doc
        end = tok.i + len(cue.words)
        if end > span.end:
            return None
        for word, t in zip(cue.words, doc[tok.i : end]):
            if word != t.lower_ and word != t.lemma_.lower():
                return None
        head = _head_of(doc[tok.i : end])
        if cue.dependent and not self._has_dependent(head, cue.dependent):
            return None
        return CueMatch(cue.event, cue.mode, tok.i, end, head.i, "lexicon", cue.size)

    @staticmethod
    def _has_dependent(head: Token, words: tuple[str, ...]) -> bool:
        near = [c for c in head.children] + [g for c in head.children for g in c.children]
        for t in near:
            seq = t.doc[t.i : t.i + len(words)]
            if len(seq) == len(words) and all(w in (s.lower_, s.lemma_.lower()) for w, s in zip(words, seq)):
                return True
        return False

    # predicate ----------------------------------------------------------------------------

    def predicate(self, span: Span) -> tuple[Token, Optional[Token], list[Token]]:
        """The clause the event is in: the root, looked through reporting verbs ("X said that …")
        and intention words ("plans to …", "is ready to …"). Returns (predicate, reporter, the
        intention words passed: their auxiliaries still count, "must be ready to")."""
        pred = span.root
        reporter = None
        through: list[Token] = []
        for _ in range(4):
            lemma = pred.lemma_.lower()
            comps = [c for c in pred.children if c.dep_ in CLAUSES and span.start <= c.i < span.end and c.pos_ in ("VERB", "AUX", "ADJ")]
            if comps and lemma in self.transparent:
                reporter, pred = pred, comps[0]
                continue
            xcomp = next((c for c in comps if c.dep_ == "xcomp"), None)
            if xcomp is not None and lemma in self.intent:
                through.append(pred)
                pred = xcomp
                continue
            adj = next((c for c in pred.children if c.dep_ in ("acomp", "attr") and c.lemma_.lower() in self.intent), None)
            inner = next((c for c in adj.children if c.dep_ == "xcomp"), None) if adj is not None else None
            if inner is not None:
                through += [pred, adj]
                pred = inner
                continue
            break
        return pred, reporter, through

    # typing -------------------------------------------------------------------------------

    def classify(self, span: Span, statement: bool = False) -> Typing:
        """The PLOVER type of ``span``. ``statement``: a quote or a reported sentence; only verbal
        types are kept (material actions a speaker tells of are assertions)."""
        pred, reporter, through = self.predicate(span)
        candidates = self.find_cues(span, mentions=not statement)
        typing = Typing(event=None, predicate=pred, reporter=reporter, through=through, candidates=candidates)
        scored = []
        for c in candidates:
            anchor = span.doc[c.anchor]
            distance = _distance(anchor, pred)
            inside = _dominates(pred, anchor)
            cost = distance + (0 if inside else 3)
            scored.append((cost, 0 if c.source == "lexicon" else 1, -c.size, self.rank.get(c.event, 99), c.start, c))
        scored.sort(key=lambda s: s[:5])
        for *_, c in scored:
            event, future, negated, obligation = self._transform(span, c, pred, reporter, through)
            if statement and event not in VERBAL:
                continue
            typing.event, typing.mode, typing.cue = event, c.mode, c
            typing.future, typing.negated, typing.obligation = future, negated, obligation
            break
        if typing.event is None:
            future, negated, obligation = self._markers(pred, pred, through)
            if obligation and (reporter is not None or statement):
                typing.event, typing.obligation = "REQUEST", True
            elif statement:
                typing.event = self.lex.default
        return typing

    def _transform(self, span: Span, c: CueMatch, pred: Token, reporter: Optional[Token], through: list[Token]):
        anchor = span.doc[c.anchor]
        future, negated, obligation = self._markers(anchor, pred, through)
        event = c.event
        if negated:
            event = self.lex.when_negated.get(event, event)
        elif obligation and reporter is not None and event not in VERBAL_CONFLICT:
            event = "REQUEST"  # "X said that Y must withdraw": X demands it of Y
        elif future:
            event = self.lex.when_future.get(event, event)
        return event, future, negated, obligation

    def _markers(self, anchor: Token, pred: Token, through: list[Token]) -> tuple[bool, bool, bool]:
        """Future, negation and obligation marks on the verbs from the cue up to the predicate and on
        the intention words the predicate was reached through."""
        chain = [anchor]
        tok = anchor
        while tok.i != pred.i and tok.head.i != tok.i and len(chain) < 6:
            tok = tok.head
            chain.append(tok)
        if _dominates(pred, anchor):
            chain += [t for t in [pred] + through if t not in chain]
        future, negated, obligation = bool(through), False, False
        for i, tok in enumerate(chain):
            if i > 0 and tok.pos_ not in ("VERB", "AUX", "ADJ"):
                continue
            if tok.pos_ in ("VERB", "AUX") and (
                any(m in str(tok.morph) for m in self.future_morph)
                or ("VerbForm=Fin" in str(tok.morph) and tok.lower_.endswith(self.future_endings) and self.future_endings)
            ):
                future = True
            if tok.lemma_.lower() in self.intent and i > 0:
                future = True
            for child in tok.children:
                low, lemma = child.lower_, child.lemma_.lower()
                if child.dep_ in ("aux", "aux:tense", "aux:pass", "auxpass") or child.pos_ == "AUX":
                    if low in self.future_words or lemma in self.future_words:
                        future = True
                    if low in self.obligation_words or lemma in self.obligation_words:
                        obligation = True
                if child.dep_ in ("neg", "advmod") and (
                    low in self.negation_words or lemma in self.negation_words or "Polarity=Neg" in str(child.morph)
                ):
                    negated = True
                if child.dep_ == "advcl" and any(g.dep_ == "mark" and g.lower_ in self.conditional for g in child.children):
                    future = True  # "… unless Y", "… si Y": an action on a condition is announced, not done
            if tok.lower_ in self.obligation_words or tok.lemma_.lower() in self.obligation_words:
                obligation = obligation or (tok.pos_ in ("VERB", "AUX") and any(c.dep_ == "xcomp" for c in tok.children))
        return future, negated, obligation


# --- actors' roles --------------------------------------------------------------------------


def _roles(
    span: Span, typing: Typing, actors: list[ActorMention], role_words: set[str], inverse: frozenset[str] = frozenset()
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Codes of the source (who acts or speaks) and of the target, from the predicate's arguments."""
    pred = typing.predicate
    actors = [a for a in actors if span.start <= a.start < span.end]
    if pred is None or not actors:
        codes = tuple(dict.fromkeys(a.code for a in actors))
        return codes[:1], codes[1:2]

    def pick(tokens: set[int], head: Optional[Token] = None, positional: bool = False) -> list[ActorMention]:
        """Actors in ``tokens``: named actors and organisations first, places last ("Kenzo Oshima,
        the UN coordinator" is UN, not a town called Oshima); the people of a country named after
        them ("the Albanians of southern Serbia") belong to that country."""
        inside = [a for a in actors if any(i in tokens for i in range(a.start, a.end))]
        if head is not None and inside:
            located = _located(head, inside)
            if located is not None:
                inside = [located] + [a for a in inside if a is not located]
                return inside
        return sorted(inside, key=lambda a: a.start if positional else (ROLE_RANK[a.kind], a.start))

    reporter = typing.reporter
    reporter_subject = _subject(reporter) if reporter is not None else None
    subj = _subject(typing.through[0]) if typing.through else _subject(pred)
    agent = next((c for c in pred.children if c.dep_ in AGENTS), None)
    # "X was attacked": X is the target; "X is opposed to …", "X is committed to …" are X's own stance
    material = typing.event is not None and typing.event not in VERBAL and typing.cue is not None and typing.cue.anchor == pred.i
    reflexive = any(c.dep_.startswith("expl") and c.lower_ in ("se", "s'") for c in pred.children)  # "se sont retirées"
    passive = subj is not None and not reflexive and (agent is not None or material) and (
        subj.dep_ in ("nsubjpass", "nsubj:pass") or any(c.dep_ in ("auxpass", "aux:pass") for c in pred.children)
    )
    pred_tree = _tree(pred)
    excluded = (_tree(reporter) - pred_tree) if reporter is not None else set()
    subject_tokens = _tree(subj) if subj is not None else set()
    agent_tokens = _tree(agent) if agent is not None else set()
    source: list[ActorMention] = []
    target: list[ActorMention] = []
    if typing.obligation and reporter_subject is not None:
        # "X said that Y must …": X asks, Y is asked
        source = pick(_tree(reporter_subject), reporter_subject)
        target = pick(subject_tokens, subj, positional=True)
    elif passive:
        source = pick(agent_tokens, agent)
        target = pick(subject_tokens, subj, positional=True)
    elif subj is not None and (subj.pos_ == "PRON" or subj.dep_ == "csubj") and reporter_subject is not None:
        source = pick(_tree(reporter_subject), reporter_subject)  # "X said it will …", "X said doing Y is …"
    elif subj is not None:
        source = pick(subject_tokens, subj)
        if not source and subj.pos_ == "PRON":
            source = pick(set(range(span.start, subj.i)) - excluded)
    if not target:
        skip = subject_tokens | agent_tokens | excluded
        objects = {i for i in pred_tree if i not in skip}
        direct = next((c for c in pred.children if c.dep_ in ("dobj", "obj", "iobj")), None)
        # what follows the verb first: a fronted adjunct ("Grâce à la médiation du Qatar, …") is not its object
        target = [a for a in pick({i for i in objects if i > pred.i}, positional=True) if a not in source]
        target = target or [a for a in pick(objects, positional=True) if a not in source]
        if direct is not None and not pick(_tree(direct)) and _is_person(direct, role_words) and source:
            target = source[:1]  # "a judge ordered former president X to …": a domestic official
    if not source:
        before = set(range(span.start, pred.i)) - excluded - subject_tokens if passive else set(range(span.start, pred.i)) - excluded
        source = [a for a in pick(before) if a not in target]
    if not source:
        after = set(range(pred.i, span.end)) - excluded - subject_tokens
        source = [a for a in pick(after) if a not in target]
    if not target:
        after = set(range(pred.i, span.end)) - excluded
        target = [a for a in pick(after, positional=True) if a not in source]
    if pred.lemma_.lower() in inverse and source and target:
        source, target = target, source  # "Burundi received aid from Tanzania": Tanzania gives
    source_codes = tuple(dict.fromkeys(a.code for a in source))
    target_codes = tuple(dict.fromkeys(a.code for a in target))
    if not source_codes and target_codes:
        # an unnamed actor ("gunmen kidnapped two German aid workers in Somalia") is of the place it acts in
        where = [a for a in target if _locative(span.doc[a.start])]
        source_codes = (where[0].code,) if where else target_codes[:1]
    if not target_codes and len(source_codes) > 1 and subj is not None and any(c.dep_ == "conj" for c in subj.children):
        target_codes = source_codes[1:2]  # "Poland and Lithuania agreed …": each is the other's partner
    if not target_codes and source_codes:
        others = [a.code for a in actors if a not in source]
        target_codes = tuple(dict.fromkeys(others)) or source_codes[:1]
    return source_codes, target_codes


LOCATIVE = {"in", "at", "near", "across", "throughout", "à", "au", "aux", "en", "dans", "près"}


def _locative(tok: Token) -> bool:
    """The actor is named as where things happen: "in southern Somalia", "dans le sud de la Somalie"."""
    for t in [tok] + list(tok.ancestors)[:4]:
        if t.lower_ in LOCATIVE or any(c.dep_ == "case" and c.lower_ in LOCATIVE for c in t.children):
            return True
        if t.pos_ in ("VERB", "AUX"):
            return False
    return False


ROLE_RANK = {"holder": 0, "named": 0, "organisation": 0, "office": 1, "country": 1, "capital": 1, "demonym": 1, "place": 2}
LOCATING = {"of", "in", "from", "de", "du", "des", "en", "au", "aux", "d'"}


def _located(head: Token, inside: list[ActorMention]) -> Optional[ActorMention]:
    """"the Albanians of southern Serbia": people named after a country, located in another one."""
    if not any(a.kind == "demonym" and a.start <= head.i < a.end for a in inside):
        return None
    for prep in head.children:
        if prep.lower_ in LOCATING and prep.i > head.i:
            tree = _tree(prep)
            for a in inside:
                if a.kind in ("country", "place", "capital") and a.start in tree:
                    return a
    return None


def _subject(verb: Optional[Token]) -> Optional[Token]:
    v = verb
    for _ in range(4):
        if v is None:
            return None
        subj = next((c for c in v.children if c.dep_ in SUBJECTS), None)
        if subj is not None:
            return subj
        if v.dep_ not in ("xcomp", "conj", "advcl") or v.head.i == v.i:
            return None
        v = v.head
    return None


def _tree(tok: Optional[Token]) -> set[int]:
    return {t.i for t in tok.subtree} if tok is not None else set()


def _is_person(tok: Token, role_words: set[str]) -> bool:
    """The phrase is headed by a person's name or an office ("former president Carlos Menem")."""
    return tok.ent_type_ in ("PERSON", "PER") or tok.lower_ in role_words or tok.lemma_.lower() in role_words


def _verb_heads(tok: Token) -> Iterable[Token]:
    while tok.head.i != tok.i:
        tok = tok.head
        yield tok


# --- entry point ----------------------------------------------------------------------------


@lru_cache(maxsize=None)
def _tools(lang: str) -> tuple[Language, PloverTyper, ActorIndex]:
    from sitrep.pipeline import load_pipeline

    nlp = load_pipeline(lang)
    pack = load_language(lang)
    return nlp, typer_for(nlp, pack), actors_for(nlp, pack)


_TYPERS: dict[tuple[int, str], PloverTyper] = {}
_ACTORS: dict[tuple[int, str], ActorIndex] = {}


def typer_for(nlp: Language, pack: LanguagePack) -> PloverTyper:
    key = (id(nlp.vocab), pack.lang)
    if key not in _TYPERS:
        _TYPERS[key] = PloverTyper(nlp, pack)
    return _TYPERS[key]


def actors_for(nlp: Language, pack: LanguagePack) -> ActorIndex:
    key = (id(nlp.vocab), pack.lang)
    if key not in _ACTORS:
        _ACTORS[key] = ActorIndex(nlp, pack)
    return _ACTORS[key]


def classify_plover(text: str, lang: Optional[str] = None) -> PloverPrediction:
    """PLOVER event type, mode and the codes of the source and target actors of one sentence."""
    from sitrep.io.normalise import normalise_text
    from sitrep.lang import detect_language

    text = normalise_text(text or "").strip().strip("{}").strip()
    if not text:
        return PloverPrediction()
    if lang is None:
        detected = detect_language(text)
        lang = detected if detected in ("en", "fr") else "en"  # one short sentence: detection is a guess
    nlp, typer, index = _tools(lang)
    doc = nlp(text)
    sents = list(doc.sents)
    span = max(sents, key=len) if sents else doc[:]  # one sentence is expected; else its main one
    typing = typer.classify(span)
    source, target = _roles(span, typing, index.mentions(doc), set(typer.lex.role_heads), frozenset(typer.lex.inverse))
    return PloverPrediction(event=typing.event, mode=typing.mode, source_codes=source, target_codes=target)


# --- helpers --------------------------------------------------------------------------------


def _head_of(span: Span) -> Token:
    for tok in span:
        if tok.head.i < span.start or tok.head.i >= span.end or tok.head.i == tok.i:
            return tok
    return span[0]


def _depth(tok: Token) -> int:
    return sum(1 for _ in tok.ancestors)


def _distance(a: Token, b: Token) -> int:
    if a.i == b.i:
        return 0
    up_a = [a] + list(a.ancestors)
    up_b = {t.i: n for n, t in enumerate([b] + list(b.ancestors))}
    for n, t in enumerate(up_a):
        if t.i in up_b:
            return n + up_b[t.i]
    return len(up_a) + len(up_b)


def _dominates(top: Token, tok: Token) -> bool:
    return tok.i == top.i or any(t.i == top.i for t in tok.ancestors)


def _dedupe_cues(cues: list[CueMatch]) -> list[CueMatch]:
    seen = set()
    out = []
    for c in sorted(cues, key=lambda c: (-c.size, c.start)):
        key = (c.event, c.anchor, c.source)
        if key in seen:
            continue
        seen.add(key)
        out.append(c)
    return out
