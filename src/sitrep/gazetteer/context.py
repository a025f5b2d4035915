"""Resolving the place names of one text together: each name is read in the light of the others.

``ContextResolver.resolve(mentions)`` scores every candidate of every name by

* a prior: what the name usually means (countries, first-level regions, big towns, a county when
  the text says "County"/"Parish", population, a match on the entry's own name over an alternate);
* the text's countries: how much the other names point to the candidate's country (as the
  country itself, one of its regions, or any of its places), countries given by the caller, and
  countries the text's wording suggests (``hinted``);
* an international text: countries, where the other names are countries too;
* the text's regions: how much the other names point to the candidate's first-level region
  ("Texas", "La.", or towns of that state);
* "City, Region" / "City, Country": the region or country written right after the name
  (``Mention.within``);
* closeness: how many of the other names may be places near the candidate (towns close
  together go together: "Paris and Henry County" is Paris, Tennessee).

The other names count through every candidate they have, each weighted by how likely it is
(a softmax of its score), so two ambiguous names can settle each other. Scores are computed in
a few rounds: first from the prior alone, then with the others' likelihoods of the round before.
Mentions of the same name are one decision and never support themselves.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Optional, Sequence

import numpy as np

from .core import Q_ALIAS, Q_CURATED, Q_NAME, Q_STRIPPED, Candidate, Gazetteer
from .normalise import normalise

#: candidates kept per name, by prior
MAX_CANDIDATES = 30
#: share of its region's people a town named like the region needs to be read for it ("near
#: Gao": the town; "in Montana" is not Montana City)
TWIN_SHARE = 0.05


@dataclass(frozen=True)
class Mention:
    """One place name of a text and what the text says around it."""

    name: str
    #: index of the mention that contains this one ("Alexandria, La.": the index of "La.")
    within: Optional[int] = None
    #: the country the name stands for when it is a demonym or an adjective ("Turkish")
    country: Optional[str] = None
    #: what the words around say the place is: "town" ("the Jordan City Council", "the city of
    #: Paris") or "local" (below a country: "a Palestine man", "Georgia residents")
    cue: Optional[str] = None
    #: the name is a region's for sure ("N.Y.", "Calif."): only first-level regions will do
    region: bool = False
    #: the name is a county's ("Barrow and Jackson counties"): only counties will do
    county: bool = False
    #: which of a town and the region named like it the words mean: "town" ("near Gao", "à
    #: Kidal") or "region" ("la région de Kidal", "the Gao region"); None: the best scored
    level: Optional[str] = None


@dataclass
class Weights:
    """Weights of the score (see the module docstring)."""

    country: float = 7.0
    admin1: float = 5.0
    admin1_per_log_pop: float = 0.1
    region: float = 5.5  # curated regions (Darfur, Donbas)
    county_named: float = 2.0  # "Rapides Parish", "Laurel County"
    county_bare: float = 3.5  # "Avoyelles"
    county_per_log_pop: float = 0.2
    site: float = 3.0
    area: float = 8.0  # continents, seas
    alias: float = -1.0
    stripped: float = -1.0
    curated: float = 1.0
    given_country: float = 2.0
    hinted_country: float = 1.5  # countries the text's wording suggests ("the Sheriff's Office")
    share_country: float = 2.0
    named_country: float = 1.0
    share_admin1: float = 6.0
    named_admin1: float = 1.0
    within: float = 12.0
    variant: float = -1.0
    alias_under_country: float = -3.0
    town_under_country: float = -1.0
    county_under_town: float = -1.0  # a name found only without its feature word
    international: float = 3.0  # countries, in a text whose other names are countries too
    cue_town: float = 5.0
    cue_local: float = 4.0
    near: float = 2.5
    near_cap: float = 1.5
    near_bands: tuple = ((25.0, 1.0), (75.0, 0.67), (200.0, 0.33))
    rounds: int = 3
    temperature: float = 0.9


WEIGHTS = Weights()


def prior(c: Candidate, q: int, w: Weights = WEIGHTS) -> float:
    """How likely the entry is what its name means, alone (log-population scale)."""
    base = q & ~Q_STRIPPED
    if c.feature == "country":
        p = w.country
    elif c.feature == "admin1":
        p = w.admin1 + w.admin1_per_log_pop * math.log10(c.population + 1)
    elif c.source == "admin2":
        p = w.county_named if base in (Q_CURATED, Q_NAME) else w.county_bare
        p += w.county_per_log_pop * math.log10(c.population + 1)
    elif c.feature == "area":
        p = w.area
    elif c.feature == "region":
        p = w.region
    elif c.feature == "site" and c.population == 0:
        p = w.site
    else:
        p = math.log10(c.population + 1)
    if base == Q_ALIAS:
        p += w.alias
    elif base == Q_CURATED:
        p += w.curated
    if q & Q_STRIPPED:
        p += w.stripped
    return p


@dataclass
class _Cands:
    """The candidates of one name, best prior first."""

    cands: list[Candidate]
    prior: np.ndarray
    context_only: bool
    areas: Optional[np.ndarray] = None


@dataclass
class Context:
    """The candidates of a text's names and their final likelihoods (for ``resolve_one``)."""

    groups: dict[str, int] = field(default_factory=dict)  # name key -> group
    cands: list[Candidate] = field(default_factory=list)
    gidx: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.int64))
    p: np.ndarray = field(default_factory=lambda: np.zeros(0))
    given: frozenset = frozenset()
    hinted: frozenset = frozenset()
    n_groups: int = 0
    choice: list[int] = field(default_factory=list)  # per group: index into cands, -1 none
    #: the place the text is most about (its most named town, else region, else country)
    focus: Optional[Candidate] = None


class ContextResolver:
    """Resolves the mentions of a text together (see the module docstring); caches the
    candidates of each name."""

    def __init__(self, gazetteer: Gazetteer, weights: Weights = WEIGHTS, cache_size: int = 50_000):
        self.gazetteer = gazetteer
        self.w = weights
        #: areas of no one country (continents, seas) as places; False: never (an event's place)
        self.areas = False
        self._cache: dict[str, _Cands] = {}
        self._cache_size = cache_size

    def candidates(self, name: str) -> _Cands:
        key = name.strip()
        hit = self._cache.get(key)
        if hit is None:
            found, context_only = self.gazetteer.candidates(key)
            penalty = 0.0
            if not found:  # "Neches River", "Lake Lanier": the place it is named after, as a guess
                for variant in self.gazetteer.feature_variants(key):
                    found, context_only = self.gazetteer.candidates(variant)
                    if found:
                        penalty = self.w.variant
                        break
            # a country met by its own name: what only an alternate name matches is not meant
            # ("Mexico" is not Mexico City)
            country_named = any(c.feature == "country" and q < Q_ALIAS for c, q in found)
            # a town of that very name: a county met without its "County" is less likely
            town_named = any(c.feature == "city" and q < Q_ALIAS for c, q in found)
            scored = sorted(
                (
                    (
                        prior(c, q, self.w)
                        + penalty
                        + (self.w.alias_under_country if country_named and q >= Q_ALIAS else 0.0)
                        + (self.w.town_under_country if country_named and q < Q_ALIAS and c.feature in ("city", "site") else 0.0)
                        + (self.w.county_under_town if town_named and c.source == "admin2" and q >= Q_ALIAS else 0.0),
                        c,
                    )
                    for c, q in found
                ),
                key=lambda x: -x[0],
            )[:MAX_CANDIDATES]
            hit = _Cands([c for _, c in scored], np.array([p for p, _ in scored], dtype=np.float64), context_only)
            hit.areas = np.array([c.feature == "area" for c in hit.cands], dtype=bool)
            if len(self._cache) >= self._cache_size:
                self._cache.clear()
            self._cache[key] = hit
        return hit

    @staticmethod
    def _only(c: _Cands, m: Mention) -> _Cands:
        """The candidates a region's or county's name may mean (all if none)."""
        if m.region:
            keep = [i for i, cand in enumerate(c.cands) if cand.feature == "admin1"]
        elif m.county:
            keep = [i for i, cand in enumerate(c.cands) if cand.source == "admin2"]
        else:
            return c
        if not keep:
            return c
        return _Cands([c.cands[i] for i in keep], c.prior[keep], c.context_only, None if c.areas is None else c.areas[keep])

    def _forced(self, code: str) -> _Cands:
        c = self.gazetteer.country(code)
        return _Cands([c] if c else [], np.array([self.w.country] if c else []), False)

    def resolve(
        self, mentions: Sequence[Mention], countries: Sequence[str] = (), hinted: Sequence[str] = ()
    ) -> list[Optional[Candidate]]:
        """The best candidate of each mention (None: unknown name), in context. ``countries``: the
        text's countries, as the caller knows them; ``hinted``: countries the text's wording
        suggests (a smaller bonus)."""
        return self.resolve_in_context(mentions, countries, hinted)[0]

    def resolve_in_context(
        self, mentions: Sequence[Mention], countries: Sequence[str] = (), hinted: Sequence[str] = ()
    ) -> tuple[list[Optional[Candidate]], Context]:
        """``resolve``, and the final context (to read one more name against it: ``resolve_one``)."""
        given = frozenset(self.gazetteer._iso3(c) for c in countries)
        hint = frozenset(self.gazetteer._iso3(c) for c in hinted) - given
        # one group per distinct name (a demonym is its own group with the country as only candidate)
        keys = [("=" + m.country) if m.country else normalise(m.name) for m in mentions]
        groups: dict[str, int] = {}
        group_cands: list[_Cands] = []
        for m, k in zip(mentions, keys):
            if k not in groups:
                groups[k] = len(groups)
                group_cands.append(
                    self._forced(m.country) if m.country else self._only(self.candidates(m.name), m)
                )
        # what the words around any mention of the name say it is
        cues: dict[int, str] = {}
        for m, k in zip(mentions, keys):
            if m.cue and (m.cue == "town" or groups[k] not in cues):
                cues[groups[k]] = m.cue
        # a group's container: the group of the mention right after "Name," (first one seen)
        container: dict[int, int] = {}
        for m, k in zip(mentions, keys):
            if m.within is not None and 0 <= m.within < len(mentions):
                g, h = groups[k], groups[keys[m.within]]
                if g != h:
                    container.setdefault(g, h)
        ctx = self._run(group_cands, container, given, cues, hint)
        ctx.groups = groups
        ctx.focus = _focus(ctx, [groups[k] for k in keys])
        out: list[Optional[Candidate]] = []
        for m, k in zip(mentions, keys):
            a = ctx.choice[groups[k]]
            out.append(self.twin(ctx.cands[a], m) if a >= 0 else None)
        return out, ctx

    def twin(self, cand: Candidate, m: Mention) -> Candidate:
        """The town or the region named like ``cand`` (same country and region) that the words
        around this mention ask for (``Mention.level``), if the name has one; else ``cand``."""
        want = {"town": "city", "region": "admin1"}.get(m.level or "")
        if want is None or cand.feature == want or cand.feature not in ("city", "admin1"):
            return cand
        for other in self.candidates(m.name).cands:
            if other.feature == want and other.country == cand.country and other.admin1 == cand.admin1:
                town, region = (other, cand) if want == "city" else (cand, other)
                if town.population >= TWIN_SHARE * region.population:
                    return other
        return cand

    def _run(
        self, group_cands: list[_Cands], container: dict[int, int], given: frozenset, cues: dict[int, str], hinted: frozenset
    ) -> Context:
        w = self.w
        cands: list[Candidate] = []
        gidx_l: list[int] = []
        prior_l: list[float] = []
        for g, gc in enumerate(group_cands):
            cands.extend(gc.cands)
            gidx_l.extend([g] * len(gc.cands))
            prior_l.extend(gc.prior.tolist())
        n, G = len(cands), len(group_cands)
        ctx = Context(cands=cands, gidx=np.array(gidx_l, dtype=np.int64), given=given, hinted=hinted, n_groups=G)
        if n == 0:
            ctx.p = np.zeros(0)
            ctx.choice = [-1] * G
            return ctx
        gidx = ctx.gidx
        feats = _features(cands)
        base = np.array(prior_l) + np.where(feats.country_in(given), w.given_country, 0.0)
        base = base + np.where(feats.country_in(hinted), w.hinted_country, 0.0)
        for g, cue in cues.items():
            base = base - (gidx == g) * self._cue(cue, feats)
        allowed = np.ones(n, dtype=bool)
        for g, gc in enumerate(group_cands):
            if gc.context_only:
                allowed[gidx == g] = False
        is_area = feats.is_area
        if self.areas:
            allowed |= is_area
        else:
            base = np.where(is_area, -np.inf, base)
        mats = _Matrices(feats, gidx)
        p = _softmax(np.where(allowed, base, -np.inf), gidx, G, w.temperature)
        score = base
        for _ in range(w.rounds - 1):
            score = base + self._context_scores(mats, feats, gidx, p, G, container, w)
            if not allowed.all():  # context-only names: only in a country the others name
                named = mats.named_country(p)
                ok = allowed | (named > 0.5) | feats.country_in(given)
                score = np.where(ok, score, -np.inf)
            p = _softmax(score, gidx, G, w.temperature)
        ctx.p = p
        ctx.choice = _argmax(score, gidx, G)
        return ctx

    def _cue(self, cue: Optional[str], feats: "_Features") -> np.ndarray:
        """Penalty of each candidate for what the words around the name say."""
        if cue == "town":
            return self.w.cue_town * ~feats.specific
        if cue == "local":
            return self.w.cue_local * (feats.is_country | feats.is_area)
        return np.zeros(len(feats.specific))

    def _context_scores(self, mats, feats, gidx, p, G, container, w) -> np.ndarray:
        others = max(G - 1, 1)
        notc = ~feats.is_country
        s = w.share_country * mats.share_country(p) / others
        s += w.named_country * np.minimum(1.0, mats.named_country(p))
        s += feats.is_country * w.international * mats.countries(p) / others
        s += notc * (w.share_admin1 * mats.share_admin1(p) / others + w.named_admin1 * np.minimum(1.0, mats.named_admin1(p)))
        s += feats.specific * w.near * np.minimum(w.near_cap, mats.near(p, w.near_bands))
        for g, h in container.items():
            rows = np.nonzero(gidx == g)[0]
            cont = np.nonzero(mats.gidx == h)[0]
            s[rows] += w.within * mats.within(rows, cont, p)
        return s

    def resolve_one(self, mention: Mention, ctx: Context, within: Optional[str] = None) -> Optional[Candidate]:
        """One more mention, read against the context of a text already resolved (``within``:
        the name written right after it, "Alexandria, La.")."""
        if mention.country:
            return self.gazetteer.country(mention.country)
        gc = self.candidates(mention.name)
        gc = self._only(gc, mention)
        if not gc.cands:
            return None
        own = ctx.groups.get(normalise(mention.name))
        if own is not None:  # the same name is in the text: the same decision
            a = ctx.choice[own]
            return self.twin(ctx.cands[a], mention) if a >= 0 else None
        w = self.w
        k = len(gc.cands)
        cands = gc.cands + ctx.cands
        gidx = np.concatenate([np.full(k, ctx.n_groups), ctx.gidx]).astype(np.int64)
        p = np.concatenate([np.zeros(k), ctx.p])
        feats = _features(cands)
        mats = _Matrices(feats, gidx, rows=k)
        h = ctx.groups.get(normalise(within)) if within is not None else None
        cont = {ctx.n_groups: h} if h is not None else {}
        score = gc.prior + np.where(feats.country_in(ctx.given)[:k], w.given_country, 0.0) - self._cue(mention.cue, feats.head(k))
        score = score + np.where(feats.country_in(ctx.hinted)[:k], w.hinted_country, 0.0)
        score = score + self._context_scores(mats, feats.head(k), gidx[:k], p, ctx.n_groups + 1, cont, w)
        areas = feats.is_area[:k]
        if gc.context_only:
            named = mats.named_country(p)
            score = np.where((named > 0.5) | feats.country_in(ctx.given)[:k] | (areas & self.areas), score, -np.inf)
        if not self.areas:
            score = np.where(areas, -np.inf, score)
        best = int(np.argmax(score))
        return self.twin(gc.cands[best], mention) if np.isfinite(score[best]) else None


class _Features:
    __slots__ = ("country", "admin1", "is_country", "is_admin1", "is_area", "named", "specific", "lat", "lon", "_codes")

    def head(self, k: int) -> "_Features":
        f = _Features()
        for name in ("country", "admin1", "is_country", "is_admin1", "is_area", "named", "specific", "lat", "lon"):
            setattr(f, name, getattr(self, name)[:k])
        f._codes = self._codes
        return f

    def country_in(self, codes: frozenset) -> np.ndarray:
        if not codes:
            return np.zeros(len(self.country), dtype=bool)
        ids = [self._codes[c] for c in codes if c in self._codes]
        return np.isin(self.country, ids)


def _features(cands: list[Candidate]) -> _Features:
    f = _Features()
    codes: dict[Optional[str], int] = {}
    keys: dict[tuple, int] = {}
    f.country = np.array([codes.setdefault(c.country, len(codes)) for c in cands], dtype=np.int64)
    f.admin1 = np.array(
        [keys.setdefault((c.country, c.admin1), len(keys)) if c.admin1 and c.feature != "country" else -1 for c in cands],
        dtype=np.int64,
    )
    f.is_country = np.array([c.feature == "country" for c in cands], dtype=bool)
    f.is_admin1 = np.array([c.feature == "admin1" for c in cands], dtype=bool)
    f.is_area = np.array([c.feature == "area" for c in cands], dtype=bool)
    f.named = f.is_country | f.is_admin1
    f.specific = np.array([c.feature in ("city", "site") or c.source == "admin2" for c in cands], dtype=bool)
    f.lat = np.radians([c.latitude for c in cands])
    f.lon = np.radians([c.longitude for c in cands])
    f._codes = codes
    return f


class _Matrices:
    """Pairwise relations between the candidates (``rows``: the first ``rows`` candidates only)."""

    def __init__(self, f: _Features, gidx: np.ndarray, rows: Optional[int] = None):
        r = len(gidx) if rows is None else rows
        other = gidx[:r, None] != gidx[None, :]
        self.same_country = (f.country[:r, None] == f.country[None, :]) & other
        self.same_admin1 = (f.admin1[:r, None] == f.admin1[None, :]) & (f.admin1[:r, None] >= 0) & other
        self.f = f
        self.gidx = gidx
        self._near = None
        self._countries = None
        self._other = other
        self.r = r

    def share_country(self, p):
        return self.same_country @ p

    def named_country(self, p):
        return self.same_country @ (p * self.f.named)

    def countries(self, p):
        """Mass of the other names on countries (any)."""
        if self._countries is None:
            self._countries = self._other & self.f.is_country[None, :]
        return self._countries @ p

    def share_admin1(self, p):
        return self.same_admin1 @ (p * ~self.f.is_country)

    def named_admin1(self, p):
        return self.same_admin1 @ (p * self.f.is_admin1)

    def near(self, p, bands):
        if self._near is None:
            f, r = self.f, self.r
            d = _km(f.lat[:r, None], f.lon[:r, None], f.lat[None, :], f.lon[None, :])
            m = np.zeros_like(d)
            for limit, value in sorted(bands, reverse=True):
                m[d < limit] = value
            m *= self._other & f.specific[None, :] & f.specific[:r, None]
            self._near = m
        if not len(p):
            return np.zeros(self.r)
        # each other name counts once, through its candidate nearest in likelihood-weighted terms;
        # a candidate as likely as the name's best counts fully (ten equally likely "Henry
        # County" each support the Paris near them)
        gidx = self.gidx
        top = np.zeros(int(gidx.max()) + 1)
        np.maximum.at(top, gidx, p)
        rel = p / np.where(top[gidx] > 0, top[gidx], 1.0)
        starts = np.flatnonzero(np.r_[True, gidx[1:] != gidx[:-1]])
        return np.maximum.reduceat(self._near * rel[None, :], starts, axis=1).sum(axis=1)

    def within(self, rows, cont, p):
        f = self.f
        out = np.zeros(len(rows))
        for b in cont:
            if f.is_country[b]:
                out += p[b] * (f.country[rows] == f.country[b])
            elif f.admin1[b] >= 0 and not f.specific[b]:
                out += p[b] * (f.admin1[rows] == f.admin1[b])
        return out


def _focus(ctx: Context, mention_groups: list[int]) -> Optional[Candidate]:
    """The place the text is most about: the first-level region (else country) its names fall in
    most often, and there its most named town (then county, then the region itself); ties go to
    the more likely, then the more populous."""
    counts: dict[int, int] = {}
    for g in mention_groups:
        counts[g] = counts.get(g, 0) + 1
    chosen = []
    for g, n in counts.items():
        a = ctx.choice[g] if g < len(ctx.choice) else -1
        if a >= 0 and ctx.cands[a].feature != "area":
            chosen.append((ctx.cands[a], n, float(ctx.p[a])))
    if not chosen:
        return None
    regions: dict[tuple, int] = {}
    for c, n, _ in chosen:
        key = (c.country, c.admin1 if c.feature != "country" else None)
        regions[key] = regions.get(key, 0) + n
        if key[1] is not None:  # a region's places count for its country too, a little
            regions[(c.country, None)] = regions.get((c.country, None), 0) + 0
    best_region = max(regions.items(), key=lambda kv: (kv[1], kv[0][1] is not None))[0]
    inside = [x for x in chosen if (x[0].country, x[0].admin1 if x[0].feature != "country" else None) == best_region]

    def rank(x):
        c, n, p = x
        level = 3 if c.feature in ("city", "site") else 2 if c.source == "admin2" else 1 if c.feature in ("admin1", "region") else 0
        return (level, n, p, c.population)

    return max(inside, key=rank)[0]


def _softmax(score: np.ndarray, gidx: np.ndarray, G: int, t: float) -> np.ndarray:
    s = np.where(np.isfinite(score), score, -np.inf) / t
    mx = np.full(G, -np.inf)
    np.maximum.at(mx, gidx, s)
    mx = np.where(np.isfinite(mx), mx, 0.0)
    e = np.exp(s - mx[gidx])
    tot = np.zeros(G)
    np.add.at(tot, gidx, e)
    tot = np.where(tot > 0, tot, 1.0)
    return e / tot[gidx]


def _argmax(score: np.ndarray, gidx: np.ndarray, G: int) -> list[int]:
    best = [-1] * G
    top = [-np.inf] * G
    for a, (g, s) in enumerate(zip(gidx.tolist(), score.tolist())):
        if s > top[g]:
            top[g], best[g] = s, a
    return best


def _km(lat1, lon1, lat2, lon2):
    a = np.sin((lat2 - lat1) / 2) ** 2 + np.cos(lat1) * np.cos(lat2) * np.sin((lon2 - lon1) / 2) ** 2
    return 12742.0 * np.arcsin(np.minimum(1.0, np.sqrt(a)))
