"""Sources and statements: who reports each mention ("selon …", "a indiqué à l'AFP un
responsable …", "X said", "told AFP"), and what people said, typed as PLOVER verbal events."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, replace
from typing import Optional

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from sitrep.components.base import (
    doc_text,
    find_terms,
    language_of,
    mentions,
    quote_spans,
    span_evidence,
    term_matcher,
)
from sitrep.components.casualties import combine_claims
from sitrep.components.time import written_sentence
from sitrep.records import Casualties, Evidence, Source, Statement
from sitrep.resources import LanguagePack

KIND_ORDER = ("armed_group", "military", "ngo", "media", "local", "government")
STOP = {",", ";", ".", ":", "(", ")", "«", "»", '"', "“", "”"}
SUBJECT_DEPS = {"nsubj", "nsubj:pass", "nsubjpass"}
ACTIVE_SUBJECTS = {"nsubj"}
RELATIVE_DEPS = {"acl:relcl", "relcl", "acl"}
MODIFIER_DEPS = {"compound", "amod", "poss", "nmod:poss"}  # "the Clinton administration": a name inside a noun phrase
INVERTED_DEPS = {"nsubj", "obj", "dobj", "appos"}  # "a déclaré mardi le Premier ministre": the parser's obj
CLAUSE_OPENERS = {",", "»", "”", '"', ":"}  # what comes before an inverted reporting verb
# the actor dictionary's sectors, as the role of a body that speaks
SECTOR_ROLES = {
    "GOV": "government", "MIL": "military", "REB": "armed_group", "UAF": "armed_group", "CRM": "armed_group",
    "PTY": "party", "OPP": "opposition",
}
KIND_ROLES = {"country": "government", "capital": "government", "organisation": "organisation"}


@Language.factory(
    "sitrep_sources",
    assigns=["doc._.sitrep_mentions", "doc._.sitrep_statements"],
    requires=["doc._.sitrep_mentions", "doc.ents", "token.dep"],
)
def make_sources(nlp: Language, name: str) -> "SourceFinder":
    return SourceFinder(nlp)


class SourceFinder:
    def __init__(self, nlp: Language) -> None:
        self.pack: LanguagePack = language_of(nlp)
        lex = self.pack.sources
        self.verbs = set(lex.reporting_verbs)
        self.according = term_matcher(nlp, lex.according_to)
        self.agencies = term_matcher(nlp, list(lex.agencies))
        self.heads = set(lex.source_heads)
        self.count_verbs = [tuple(v.lower().split()) for v in lex.count_verbs]
        self.kinds = [(k, _words_pattern(lex.kinds.get(k, ()))) for k in KIND_ORDER]
        self.named = _named_groups()
        time = self.pack.time  # "a rapporté mardi la radio …": the day is not the source
        self.when = {w.lower() for w in list(time.weekdays) + list(time.relative_days) if " " not in w}
        self.count_back = tuple(t.lower() for t in self.pack.casualties.count_back)
        self.statements = StatementFinder(nlp, self.pack, self.verbs)

    def __call__(self, doc: Doc) -> Doc:
        self._cache: dict[int, tuple[Source, ...]] = {}
        out = []
        for m in mentions(doc):
            casualties, told = self._attribute(doc, m.casualties)
            own = self._of_sentence(doc[m.sent_start : m.sent_end])
            out.append(replace(m, sources=_dedupe(own + told), casualties=casualties))
        doc._.sitrep_mentions = out
        doc._.sitrep_statements = self.statements(doc)
        return doc

    def _of_sentence(self, sent: Span) -> tuple[Source, ...]:
        sent = written_sentence(sent.doc, sent)  # "selon l'état-major" cut after "l'état" by the parser
        if sent.start not in self._cache:
            self._cache[sent.start] = self.sources(sent)
        return self._cache[sent.start]

    def sources(self, sent: Span) -> tuple[Source, ...]:
        found: list[Span] = []
        for cue in find_terms(self.according, sent):
            found.append(_phrase_after(sent, cue.end))
        for tok in sent:
            if tok.pos_ in ("VERB", "AUX") and tok.lemma_.lower() in self.verbs:
                found.extend(self._speakers(sent, tok))
            elif self._gives_figure(tok):  # a subject that counts must be a source of a known kind
                found.extend(s for s in self._speakers(sent, tok) if _has_head(s, self.heads) and self._kind(s.text, None) != "unknown")
        for agency in find_terms(self.agencies, sent):
            found.append(agency)
        return _dedupe(self._source(s) for s in found if s is not None and len(s) > 0)

    def _names_source(self, span: Span) -> bool:
        """ "un responsable …", "les Shebab": a word that reports, or an armed actor's name."""
        return _has_head(span, self.heads) or any(p.search(span.text) for _, p in self.named)

    def _gives_figure(self, tok: Token) -> bool:
        """ "une ONG locale en compte 20", "le ministère a fait état de 12 morts", "residents put the
        toll at 9": a verb of counting with a figure in its phrase."""
        if tok.pos_ not in ("VERB", "AUX") or not any(t.like_num for t in tok.subtree):
            return False
        nxt = tok.doc[tok.i + 1].lower_ if tok.i + 1 < len(tok.doc) else ""
        return any(
            tok.lemma_.lower() == verb[0] and (len(verb) == 1 or nxt == verb[1]) for verb in self.count_verbs
        )

    # who gives each figure -------------------------------------------------------------------

    def _attribute(self, doc: Doc, casualties: Casualties) -> tuple[Casualties, tuple[Source, ...]]:
        """Each casualty claim gets the source that gives its figure; claims of one source are joined."""
        if not casualties.claims:
            return casualties, ()
        claims = [
            replace(c, source=self._claim_source(doc, c.evidence[0])) if c.source is None and c.evidence else c
            for c in casualties.claims
        ]
        return combine_claims(claims), tuple(c.source for c in claims if c.source is not None)

    def _claim_source(self, doc: Doc, ev: Evidence) -> Optional[Source]:
        """The source named right before a figure that counts what was just counted ("une ONG en
        compte 20"); else the source whose verb governs the figure ("Officials said 5 were killed",
        "selon la police, 12 morts") or hangs on it ("…, police said"); else the sentence's only source."""
        span = doc.char_span(ev.start, ev.end, alignment_mode="expand")
        if span is None:
            return None
        if ev.text.lower().startswith(self.count_back):  # "une ONG locale en compte 20"
            before = self._subject_before(doc, span.start)
            if before is not None:
                return before
        found = self._of_sentence(doc[span.start].sent)
        chain = _verbs_above(span[-1])  # the casualty word ends the evidence
        ranked = []
        for s in found:
            at = doc.char_span(s.evidence.start, s.evidence.end, alignment_mode="expand") if s.evidence else None
            verb = _verbs_above(at.root)[:1] if at is not None else []
            if verb and verb[0] in chain:
                ranked.append((chain.index(verb[0]), s.kind == "agency", s))
            elif verb and verb[0].head in chain and verb[0].head is not verb[0]:
                ranked.append((chain.index(verb[0].head) + 0.5, s.kind == "agency", s))
        if ranked:
            return min(ranked, key=lambda r: r[:2])[2]
        return found[0] if len(found) == 1 else None

    def _subject_before(self, doc: Doc, start: int) -> Optional[Source]:
        """ "… tandis qu'une ONG locale en compte 20": the source named right before the figure's
        verb, where the parser took the verb for something else."""
        i = start
        while i > max(0, start - 5) and doc[i - 1].pos_ in ("NOUN", "PROPN", "ADJ", "DET") and not doc[i - 1].is_sent_end:
            i -= 1
        span = doc[i:start]
        return self._source(span) if len(span) and _has_head(span, self.heads) else None

    def _speakers(self, sent: Span, verb: Token) -> list[Span]:
        subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
        if subjects and subjects[0].pos_ != "PRON":  # "il a dit", "who said": the speaker is named elsewhere
            return [_subtree(subjects[0], sent)]
        after = _phrase_after(sent, verb.i + 1, allow_agency=True, skip=self.when)
        if after is None or not self._names_source(after):
            return []
        found = [after]
        while len(found) < 4:  # "ont indiqué à l'AFP un responsable …, et une source au sein du …"
            i = found[-1].end + (found[-1].end < sent.end and sent.doc[found[-1].end].text == ",")
            if i >= sent.end or sent.doc[i].lower_ not in self.pack.sources.coordination:
                break
            more = _phrase_after(sent, i + 1)
            if more is None or not self._names_source(more):
                break
            found.append(more)
        return found

    def _source(self, span: Span) -> Source:
        text = span.text.strip(" ,")
        agency = next((v for k, v in self.pack.sources.agencies.items() if re.search(rf"(?<!\w){re.escape(k)}(?!\w)", text)), None)
        return Source(text=text, kind=self._kind(text, agency), agency=agency, evidence=span_evidence(span))

    def _kind(self, text: str, agency: Optional[str]) -> str:
        """The kind of the armed actor the source names (actor dictionary), else the first kind one
        of whose words the source's text has: a group's own claim, the military, an NGO, a media outlet ("la radio privée locale"), people on the spot, the
        government. A source that names a news agency and no other kind is an agency."""
        kind = next((k for k, pattern in self.named + self.kinds if pattern.search(text)), "unknown")
        if agency and kind in ("media", "unknown"):
            return "agency"
        return kind


class StatementFinder:
    """Statements: who said what, typed with PLOVER by the same ``PloverTyper`` as
    ``sitrep.classify_plover``.

    Works on statement units (spaCy sentences glued back where the parser cut inside a quote or
    before an inverted reporting clause: "« … », a réagi X"). Handles the inverted patterns of news
    prose: the speaker after the verb, a pronoun ("a-t-il ajouté") for a person named in the
    previous unit even without a reporting verb ("… de la part du porte-parole X. « … », a-t-il
    souligné"), and a role named in the previous unit ("Le secrétaire général de Y a affirmé …
    « … », a déclaré X"). The speaker's country comes from the role (its demonym, the organisation
    he speaks for), else, for an office with no country named, from the article's own country.

    Without a name, the speaker is an office ("le Premier ministre malien", "Mali's foreign
    minister") or a body the actor index resolves: an organisation or armed group ("le Hamas",
    "the Islamic State group"), a country ("Le Mali a accusé …") or a noun of
    ``speaker_heads`` with a country named ("le gouvernement malien", "Israel's army"). An office
    named without article or with an indefinite one ("un responsable", "officials") is an anonymous
    source: it makes a statement only when the words are a speech act (not ASSERT)."""

    def __init__(self, nlp: Language, pack: LanguagePack, verbs: set[str]) -> None:
        from sitrep.plover import actors_for, speaker_actor, typer_for  # late: sitrep.plover imports the components package

        self.speaker_actor = speaker_actor
        from sitrep.resources import load_actor_dictionary

        self.pack = pack
        lex = pack.statements
        self.verbs = set(verbs) | set(lex.speech_verbs)
        self.typer = typer_for(nlp, pack)
        self.actors = actors_for(nlp, pack)
        offices = [o for terms in pack.actors.offices.values() for o in terms if " " not in o]
        self.roles = {r.lower() for r in list(lex.role_heads) + offices}
        self.role_matcher = term_matcher(nlp, lex.role_heads)
        self.heads = {kind: tuple(t.lower() for t in terms) for kind, terms in lex.speaker_heads.items()}
        self.bodies = {a.lower(): actor for actor in load_actor_dictionary().actors for a in actor.aliases}
        self.body_matcher = term_matcher(nlp, [a for actor in load_actor_dictionary().actors for a in actor.aliases])
        time = pack.time  # "a déclaré mardi soir X": the day is not in the way
        days = list(time.weekdays) + list(time.relative_days) + list(time.day_parts)
        self.when = {w.lower() for term in days for w in term.split()}

    def __call__(self, doc: Doc) -> list[Statement]:
        quotes = _Sorted(quote_spans(doc_text(doc)), lambda q: q[0], lambda q: q[1])
        actors = _Sorted(self.actors.mentions(doc), lambda a: a.start, lambda a: a.end)
        home = _home_country(doc)
        self._ents = _Sorted(list(doc.ents), lambda e: e.start, lambda e: e.end)
        self._body_spans = _Sorted(find_terms(self.body_matcher, doc), lambda b: b.start, lambda b: b.end)
        places = {i for a in actors.items if a.kind in ("country", "capital", "place") for i in range(a.start, a.end)}
        out: list[Statement] = []
        last: Optional[Speaker] = None
        known: dict[str, Speaker] = {}  # surname → the speaker first named in full
        pending_role: Optional[Span] = None
        for unit in _units(doc, quotes):
            verbs = [t for t in unit if t.pos_ in ("VERB", "AUX") and t.lemma_.lower() in self.verbs]
            unit_quotes = quotes.overlapping(unit.start_char, unit.end_char)
            who = self._person(unit, verbs, places, unit_quotes, actors, home, known, pending_role)
            if who is None and verbs:
                who = self._office_or_body(unit, verbs, unit_quotes, actors, home)
            if who is None and unit_quotes and last is not None and _pronoun_speaker(unit) and any(map(_says, verbs)):
                who = last
            if who is None:
                named = self._named(unit, places, unit_quotes)
                if named is not None:
                    role = self._role(unit, named)
                    found = Speaker(named, role.text if role is not None else None, self._country(role, named, actors, home), role_span=role)
                    known.setdefault(named[-1].text, found)  # "…," Cipolli said: the full name
                    if not verbs:  # "… de la part du porte-parole X." names who speaks next
                        last = found
                pending_role = self._role_subject(unit, verbs) if verbs else None
                continue
            statement = self._statement(doc, unit, who, verbs, unit_quotes, actors)
            pending_role = None if who.named else self._role_subject(unit, verbs)
            if statement is None:
                continue
            last = who
            if who.named and len(who.span) > 1:
                known.setdefault(who.span[-1].text, who)
            out.append(statement)
        return out

    # who ----------------------------------------------------------------------------------

    def _people(self, unit: Span, places: set[int], quotes: list[tuple[int, int]] = ()) -> list[Span]:
        """People named in the unit, not inside a quote, not a place or a news agency the tagger took for one."""
        agencies = {a.lower() for a in self.pack.sources.agencies}
        return [
            _glued(e)
            for e in self._ents.starting(unit.start, unit.end)
            if e.label_ in ("PER", "PERSON")
            and not any(t.i in places for t in e)
            and e.text.lower() not in agencies
            and not any(a <= e.start_char < b for a, b in quotes)
        ]

    def _named(self, unit: Span, places: set[int], quotes) -> Optional[Span]:
        people = [p for p in self._people(unit, places, quotes) if len(p) > 1]
        return people[0] if people else None

    def _person(self, unit: Span, verbs, places, quotes, actors, home, known, pending_role) -> Optional["Speaker"]:
        speaker = self._speaker(unit, verbs, places, quotes)
        if speaker is None:
            return None
        if len(speaker) == 1 and speaker.text in known:
            return known[speaker.text]  # "…," Swapan said
        role = self._role(unit, speaker) or pending_role
        return Speaker(speaker, role.text if role is not None else None, self._country(role, speaker, actors, home), role_span=role)

    def _office_or_body(self, unit: Span, verbs: list[Token], quotes, actors, home) -> Optional["Speaker"]:
        """An office or a body that says: the active subject of a reporting verb, or what follows
        an inverted one ("», a déclaré mardi le Premier ministre malien")."""
        for verb in verbs:
            if _inside(verb.idx, quotes) or verb.dep_ in RELATIVE_DEPS:
                continue  # "les régions que la Russie a revendiquées": background, not a statement
            for head in self._speaker_heads(unit, verb, quotes):
                who = self._office(unit, head, actors, home) or self._body(unit, head, actors)
                if who is not None:
                    return who
        return None

    def _speaker_heads(self, unit: Span, verb: Token, quotes) -> list[Token]:
        if _passive(verb):  # "condamnées par l'Union africaine", "condemned by the African Union"
            return [a for a in _agents(verb) if not _inside(a.idx, quotes)]
        subjects = [c for c in _subjects(verb) if not _inside(c.idx, quotes)]
        if any(c.dep_ not in ACTIVE_SUBJECTS for c in subjects):
            return []
        if subjects:
            return subjects
        first = min([verb] + [c for c in verb.children if c.dep_.startswith("aux")], key=lambda t: t.i)
        if not _finite(verb) or first.i == unit.start or unit.doc[first.i - 1].text not in CLAUSE_OPENERS:
            return []  # "…, accusant l'Algérie de …": not an inverted clause
        after = [c for c in verb.children if c.i > verb.i and c.dep_ in INVERTED_DEPS and c.i < unit.end]
        if not after:
            return []
        head = after[0]
        between = unit.doc[verb.i + 1 : head.left_edge.i]
        if len(between) > 6 or not all(self._skippable(t, verb) for t in between):
            return []
        return [head]

    def _skippable(self, tok: Token, verb: Token) -> bool:
        """What may stand between an inverted verb and its speaker: a time, an adverb, the addressee."""
        if tok.lower_ in self.when or tok.pos_ in ("ADV", "ADP", "DET") or (tok.pos_ == "PUNCT" and tok.text not in STOP):
            return True
        chain = [tok] + list(tok.ancestors)[:3]
        return tok.head.i != verb.i and any(a.head.i == verb.i and a.dep_.startswith(("obl", "iobj", "advmod")) for a in chain)

    def _office(self, unit: Span, head: Token, actors, home) -> Optional["Speaker"]:
        if not self._is_role(head) or head.pos_ not in ("NOUN", "PROPN"):
            return None
        phrase = _noun_phrase(unit, head)
        return Speaker(phrase, phrase.text, self._country(phrase, phrase, actors, home), named=False, anonymous=_indefinite(head))

    def _body(self, unit: Span, head: Token, actors) -> Optional["Speaker"]:
        """An organisation, armed group or country, or a body of one ("le gouvernement malien")."""
        phrase = _noun_phrase(unit, head)
        near = phrase.start - 2  # "Le Hamas", "l'ONU": a name with its article
        inside = [
            a for a in actors.starting(near, phrase.end) if a.kind not in ("place", "named") and phrase.start < a.end <= phrase.end
        ]
        bodies = [b for b in self._body_spans.starting(near, phrase.end) if phrase.start < b.end <= phrase.end]
        own = [b for b in bodies if b.start <= head.i < b.end]
        mine = [a for a in inside if a.start <= head.i < a.end and a.kind != "demonym"]
        kind = self._head_kind(head, phrase)
        if own or (kind and bodies):
            actor = self.bodies[(own or bodies)[0].text.lower()]
            return Speaker(phrase, kind or SECTOR_ROLES.get(actor.sector, "armed_group"), actor.country, named=False)
        if mine or (kind and inside):
            from sitrep.plover import ROLE_RANK

            best = mine[0] if mine else min(inside, key=lambda a: (ROLE_RANK[a.kind], a.start))
            return Speaker(phrase, kind or KIND_ROLES.get(best.kind, "government"), best.code, named=False)
        return None

    def _head_kind(self, head: Token, phrase: Span) -> Optional[str]:
        """The kind of the first term of ``speaker_heads`` the head belongs to; a term of several
        words may have others between them ("ministère malien de la Défense")."""
        words = [t.lower_ for t in phrase]
        for kind, terms in self.heads.items():
            for term in terms:
                parts = term.split()
                if len(parts) == 1 and term in (head.lower_, head.lemma_.lower()):
                    return kind
                if len(parts) > 1 and head.lower_ in parts and _in_order(parts, words):
                    return kind
        return None

    def _speaker(self, unit: Span, verbs: list[Token], places: set[int], quotes) -> Optional[Span]:
        """The person who says: in the subject of a reporting verb, or right after a verb that has
        no subject of its own ("a réagi X", "a déclaré à l'AFP X", "said X")."""
        people = self._people(unit, places, quotes)
        for verb in verbs:
            if _passive(verb):
                continue  # "X est accusé de …": X is spoken of
            # a subject inside the quoted words is the parser's mistake, not the speaker
            subjects = [c for c in _subjects(verb) if not any(a <= c.idx < b for a, b in quotes)]
            tree = {t.i for c in subjects for t in c.subtree}
            for p in people:
                subject = any(t.i in tree for t in p) and (len(p) > 1 or p.root.i in {c.i for c in subjects})
                between = unit.doc[verb.i + 1 : p.start]
                inverted = (
                    0 < p.start - verb.i <= 6
                    and _finite(verb)  # "blaming the Clinton administration": not an inverted clause
                    and p.root.dep_ not in MODIFIER_DEPS
                    and not (tree - {t.i for t in p})
                    and all(
                        t.pos_ in ("ADP", "DET", "ADV", "PUNCT") or t.ent_type_ == "ORG" or t.lower_ in self.when for t in between
                    )
                )
                if subject or inverted:
                    return p
        return None

    def _is_role(self, tok: Token) -> bool:
        return tok.lower_ in self.roles or tok.lemma_.lower() in self.roles

    def _role(self, unit: Span, speaker: Span) -> Optional[Span]:
        doc = unit.doc
        # after the name: "X, conseiller irakien à la sécurité nationale, …"
        i = speaker.end
        if i < unit.end and doc[i].text == ",":
            for j in range(i + 1, min(unit.end, i + 7)):
                if self._is_role(doc[j]):
                    start = i + 1
                    while start < j and doc[start].pos_ in ("DET", "NUM", "ADP", "PRON"):
                        start += 1  # "un des conseillers", "the British foreign secretary"
                    return self._role_span(unit, start, j, speaker)
        # before it: "Le chef du gouvernement X", "du porte-parole … des Brigades …, X"
        for j in range(speaker.start - 1, max(unit.start, speaker.start - 14) - 1, -1):
            if doc[j].ent_type_ in ("PER", "PERSON"):
                break
            if self._is_role(doc[j]):
                start = j
                while start > max(unit.start, j - 4) and doc[start - 1].pos_ in ("ADJ", "PROPN", "NOUN") and not doc[start - 1].ent_type_:
                    start -= 1  # "the British foreign secretary X"
                span = self._role_span(unit, start, j, speaker)
                return span if span.end <= speaker.start else doc[start : speaker.start]
        return None

    def _role_span(self, unit: Span, start: int, head: int, speaker: Span) -> Span:
        doc = unit.doc
        end = head + 1
        while (
            end < unit.end
            and end != speaker.start
            and doc[end].text not in STOP
            and end < head + 14
            and not (doc[end].ent_type_ in ("PER", "PERSON") and doc[end].ent_iob_ == "B")
        ):
            end += 1
        return doc[start:end]

    def _role_subject(self, unit: Span, verbs: list[Token]) -> Optional[Span]:
        """"Le secrétaire général des Brigades …, une des composantes …, a affirmé …": the office
        that speaks, for a name given in the next unit."""
        for verb in verbs:
            subject = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
            if subject is not None and self._is_role(subject):
                end = subject.i + 1
                while end <= subject.right_edge.i and unit.doc[end].text not in STOP:
                    end += 1
                return unit.doc[subject.i : end]
        return None

    def _country(self, role: Optional[Span], speaker: Span, actors, home: Optional[str]) -> Optional[str]:
        from sitrep.plover import ROLE_RANK

        if role is not None:
            inside = actors.starting(role.start, role.end)
            if inside:
                return min(inside, key=lambda a: (ROLE_RANK[a.kind], a.start)).code
            return home  # "le chef du gouvernement": the article's own country
        near = [a for a in actors.starting(speaker.end, speaker.end + 3) if a.kind == "demonym"]
        return near[0].code if near else None

    # what ---------------------------------------------------------------------------------

    def _statement(self, doc: Doc, unit: Span, who: "Speaker", verbs, quotes, actors: "_Sorted") -> Optional[Statement]:
        typing = self.typer.classify(unit, statement=True)
        plover = typing.event or self.pack.statements.default
        if who.anonymous and plover == self.pack.statements.default:
            return None  # "a indiqué un responsable": a source of facts, not a speech act
        quote = self._quote(doc, unit, verbs, quotes, typing.cue)
        role = who.role_span if who.named else who.span  # an office speaking: its own words name the role
        actor = self.speaker_actor(actors.items, who.span, role)  # office holders and offices, as the actor stage reads them
        return Statement(
            speaker=who.span.text,
            plover=plover,
            mode=typing.mode,
            quote=quote.text,
            role=who.role,
            speaker_country=actor.country if actor is not None and actor.country else who.country,
            actor=actor,
            evidence=span_evidence(quote),
            speaker_evidence=span_evidence(who.span),
        )

    @staticmethod
    def _quote(doc: Doc, unit: Span, verbs: list[Token], quotes, cue) -> Span:
        """The quote that carries the statement's type, else the one next to the reporting verb; a
        type found outside quotes ("a réitéré son appel pour le retrait …") is evidenced by its phrase."""
        spans = [doc.char_span(a, b, alignment_mode="expand") for a, b in quotes]
        spans = [q for q in spans if q is not None]
        if cue is not None:
            for q in spans:
                if q.start <= cue.start < q.end:
                    return q
            anchor = doc[cue.anchor]
            if anchor in verbs and spans:
                quote = min(spans, key=lambda q: _gap(q, verbs))
                if min(verbs, key=lambda v: _gap(quote, [v])).i == anchor.i:
                    return quote  # "« … », a menacé X": the verb that introduces the quote types it
            end = anchor.i + 1
            while end < unit.end and doc[end].text not in STOP and end < anchor.i + 25:
                end += 1
            start = max(anchor.left_edge.i, unit.start)
            while start < anchor.i and doc[start].pos_ in ("CCONJ", "PUNCT"):
                start += 1  # "… au calme et promis l'envoi de vivres"
            phrase = doc[start:end]
            if len(phrase) > 1 and not any(q.start < phrase.end and phrase.start < q.end for q in spans):
                following = next((q for q in spans if q.start == end), None)  # "avoir entamé « la deuxième phase »"
                return doc[phrase.start : following.end] if following is not None else phrase
        if spans and verbs:
            return min(spans, key=lambda q: _gap(q, verbs))
        return max(spans, key=len) if spans else unit


@dataclass(frozen=True)
class Speaker:
    """Who speaks: a named person, an office or a body (``named`` False), with the role and country
    the statement gets; ``anonymous``: an office without a definite article ("un responsable")."""

    span: Span
    role: Optional[str]
    country: Optional[str]
    named: bool = True
    anonymous: bool = False
    role_span: Optional[Span] = None  # the words naming the role, for the actor it ties the speaker to


class _Sorted:
    """Quotes (character ranges, sorted, not overlapping) or actor mentions (sorted by token), for
    range look-ups in long articles."""

    def __init__(self, items: list, start, end) -> None:
        self.items = items
        self.starts = [start(x) for x in items]
        self.ends = [end(x) for x in items]

    def overlapping(self, start: int, end: int) -> list:
        i = bisect_right(self.ends, start)
        j = bisect_left(self.starts, end)
        return self.items[i:j] if j > i else []

    def starting(self, start: int, end: int) -> list:
        return self.items[bisect_left(self.starts, start) : bisect_left(self.starts, end)]


def _subjects(verb: Token) -> list[Token]:
    """The verb's subjects, or those of the verb it completes ("a plusieurs fois réitéré")."""
    for _ in range(3):
        found = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
        if found or verb.dep_ not in ("xcomp", "conj") or verb.head.i == verb.i:
            return found
        verb = verb.head
    return []


def _gap(quote: Span, verbs: list[Token]) -> int:
    """Characters between a quote and the nearest reporting verb."""
    return min(abs(quote.start_char - v.idx - len(v)) if quote.start >= v.i else abs(v.idx - quote.end_char) for v in verbs)


def _in_order(parts: list[str], words: list[str]) -> bool:
    rest = iter(words)
    return all(any(p == w for w in rest) for p in parts)


def _inside(char: int, quotes) -> bool:
    return any(a <= char < b for a, b in quotes)


def _agents(verb: Token) -> list[Token]:
    found = [c for c in verb.children if c.dep_ == "obl:agent"]
    return found + [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]


def _finite(verb: Token) -> bool:
    """"a déclaré", "said": a clause of its own; "accusant", "blaming" are not."""
    return any(c.dep_.startswith("aux") for c in verb.children) or "VerbForm=Fin" in str(verb.morph)


def _says(verb: Token) -> bool:
    """An active reporting verb of its own clause: "a-t-il ajouté", not "is accused of", "once accused"."""
    return not _passive(verb) and verb.dep_ not in RELATIVE_DEPS


def _passive(verb: Token) -> bool:
    return any(c.dep_ in ("aux:pass", "auxpass", "nsubj:pass", "nsubjpass") for c in verb.children)


def _indefinite(head: Token) -> bool:
    """"un responsable", "des officiels", "officials": an office held by someone not named."""
    dets = [c for c in head.children if c.dep_ in ("det", "poss", "nmod:poss")]
    if any("Definite=Ind" in str(d.morph) for d in dets if d.dep_ == "det"):
        return True
    return not dets and "Number=Plur" in str(head.morph)


def _noun_phrase(unit: Span, head: Token) -> Span:
    """The head's phrase without its article, up to a comma, a bracket or a verb: "Premier
    ministre malien", "gouvernement malien", "Islamic State group"."""
    doc = unit.doc
    start = max(head.left_edge.i, unit.start)
    for i in range(start, head.i):
        if doc[i].text in STOP:
            start = i + 1
    while start < head.i and doc[start].pos_ in ("DET", "ADP", "PRON", "NUM", "PUNCT", "CCONJ"):
        start += 1
    end = head.i + 1
    last = min(head.right_edge.i + 1, unit.end, head.i + 14)
    while end < last and doc[end].text not in STOP and doc[end].pos_ not in ("VERB", "AUX", "SCONJ", "PRON", "CCONJ"):
        end += 1
    while end > head.i + 1 and doc[end - 1].pos_ in ("ADP", "DET", "CCONJ", "PUNCT"):
        end -= 1
    return doc[start:end]


def _units(doc: Doc, quotes: "_Sorted") -> list[Span]:
    """Sentences, glued back where the parser cut inside a quote or before an inverted clause."""
    units: list[Span] = []
    text = doc_text(doc)  # Doc.text joins every token: once per document
    for sent in doc.sents:
        if not sent.text.strip():
            continue
        inside_quote = any(a < sent.start_char for a, _ in quotes.overlapping(sent.start_char, sent.start_char + 1))
        if units and (inside_quote or _continues(text, units[-1], sent)):
            units[-1] = doc[units[-1].start : sent.end]
        else:
            units.append(sent)
    return units


def _continues(text: str, prev: Span, sent: Span) -> bool:
    gap = text[prev.start_char : sent.start_char][len(prev.text.rstrip()) :]
    if "\n" in gap or "\n" in prev.text.strip():
        return False  # a line break ends a unit: titles, datelines, paragraphs
    before = prev.text.rstrip()
    first = sent.text.lstrip()[:1]
    if before.endswith(("«", "“")) or not before.endswith((".", "!", "?", "…", "»", "”", '"')):
        return True
    return first.islower() or first in ",;:»”)-"


def _glued(span: Span) -> Span:
    """A name cut before a glued token ("al-Wala'" + "i")."""
    end = span.end
    doc = span.doc
    while end < len(doc) and not doc[end - 1].whitespace_ and doc[end].is_alpha and doc[end].ent_iob_ != "B":
        end += 1
    return doc[span.start : end]


def _home_country(doc: Doc) -> Optional[str]:
    """The article's own country: the one most of its places are in."""
    from collections import Counter

    counts = Counter(p.country for p in doc._.sitrep_places or () if p.country)
    return counts.most_common(1)[0][0] if counts else None


def _pronoun_speaker(sent: Span) -> bool:
    return any(t.pos_ == "PRON" and "3" in t.morph.get("Person") and "Sing" in t.morph.get("Number") for t in sent)


def _phrase_after(sent: Span, start: int, allow_agency: bool = False, skip: frozenset = frozenset()) -> Optional[Span]:
    doc = sent.doc
    i = start
    while i < sent.end and doc[i].lower_ in skip:
        i += 1
    if allow_agency:
        # "a indiqué à l'AFP un responsable …": skip the addressee; keep "la radio …"'s article
        j = i
        while j < sent.end and doc[j].pos_ in ("ADP", "DET"):
            j += 1
        if j < sent.end and doc[j].ent_type_ == "ORG" and j + 1 < sent.end:
            i = j + 1
        elif i < sent.end and doc[i].pos_ == "ADP":
            i = j
    end = i
    while end < sent.end and doc[end].text not in STOP and end - i < 14:
        end += 1
    return doc[i:end] if end > i else None


def _named_groups() -> list[tuple[str, re.Pattern]]:
    """The actor dictionary's names: a state's forces speak as the military ("Centcom"), rebels
    and militias as an armed group ("le groupe État islamique"), names matched as written."""
    from sitrep.resources import load_actor_dictionary

    by_kind: dict[str, list[str]] = {"military": [], "armed_group": []}
    for actor in load_actor_dictionary().actors:
        kind = "military" if actor.inter == 1 else "armed_group" if actor.inter in (2, 3, 4) else None
        if kind:
            by_kind[kind].extend(actor.aliases)
    return [
        (kind, re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(a) for a in sorted(names, key=len, reverse=True)) + r")(?![\w-])"))
        for kind, names in by_kind.items()
        if names
    ]


def _words_pattern(terms) -> re.Pattern:
    """Terms matched at the start of a word ("jihadiste" in "jihadistes", "revendiqu" in
    "revendiqué"); terms of three letters or fewer ("ONG", "UN") only as whole words."""
    parts = [re.escape(t.strip()) + (r"(?!\w)" if len(t.strip()) <= 3 else "") for t in terms if t.strip()]
    return re.compile(r"(?<![\w-])(?:" + ("|".join(parts) or "(?!)") + ")", re.IGNORECASE)


def _verbs_above(tok: Token) -> list[Token]:
    """The verbs from ``tok`` (itself included) up to the sentence's root."""
    out = []
    for _ in range(12):
        if tok.pos_ in ("VERB", "AUX"):
            out.append(tok)
        if tok.head is tok:
            break
        tok = tok.head
    return out


def _subtree(tok: Token, sent: Span) -> Span:
    left = max(tok.left_edge.i, sent.start)
    right = min(tok.right_edge.i + 1, sent.end)
    return sent.doc[left:right]


def _has_head(span: Span, heads: set[str]) -> bool:
    return any(t.lemma_.lower() in heads or t.lower_ in heads for t in span[:4])


def _dedupe(sources) -> tuple[Source, ...]:
    seen, out = set(), []
    for s in sources:
        key = s.text.lower()
        if key in seen or any(key in o.text.lower() for o in out):
            continue
        seen.add(key)
        out.append(s)
    return tuple(out)
