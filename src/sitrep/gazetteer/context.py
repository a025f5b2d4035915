"""Resolving the place names of one text together: each name is read in the light of the others.

``resolve_together(gazetteer, mentions)`` scores every candidate of every mention by

* a prior: what the name usually means (countries, first-level regions, big towns, a county when
  the text says "County"/"Parish", population, a match on the entry's own name over an alternate);
* the text's countries: countries named in the text (and demonyms, given as ``country`` hints),
  and the share of the other mentions resolved in the same country;
* the text's regions: first-level regions named ("Texas", "La."), and the share of the other
  mentions in the same region;
* "City, Region" / "City, Country": the region or country that follows the name
  (``Mention.within``);
* closeness: distance to the other mentions' places (towns close together go together).

The choice is made in three rounds: first by prior and what the text names, then twice more
with the context of the others' choices. A mention never supports itself: mentions of the same
name are left out of its own context.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Optional, Sequence

import numpy as np

from .core import Q_ALIAS, Q_CURATED, Q_NAME, Q_STRIPPED, Candidate, Gazetteer
from .normalise import normalise

#: candidates kept per name, by prior
MAX_CANDIDATES = 40


@dataclass(frozen=True)
class Mention:
    """One place name of a text and what the text says around it."""

    name: str
    #: index of the mention that contains this one ("Alexandria, La.": the index of "La.")
    within: Optional[int] = None
    #: the country the name stands for when it is a demonym or an adjective ("Turkish")
    country: Optional[str] = None


@dataclass
class Weights:
    """Weights of the score (tuned on development data; see the module docstring)."""

    country: float = 9.0
    admin1: float = 6.2
    admin1_per_log_pop: float = 0.1
    region: float = 5.5  # curated regions (Darfur, Donbas)
    county_named: float = 4.0  # "Rapides Parish", "Laurel County"
    county_bare: float = 0.5  # "Avoyelles"
    site: float = 4.0
    alias: float = -1.0
    stripped: float = -1.0
    curated: float = 1.0
    share_country: float = 3.0
    named_country: float = 2.0
    share_admin1: float = 3.0
    named_admin1: float = 2.5
    within: float = 8.0
    near_25: float = 3.0
    near_100: float = 2.0
    near_300: float = 1.0
    rounds: int = 3


WEIGHTS = Weights()


def prior(c: Candidate, q: int, w: Weights = WEIGHTS) -> float:
    base = q & ~Q_STRIPPED
    if c.feature == "country":
        p = w.country
    elif c.feature == "admin1":
        p = w.admin1 + w.admin1_per_log_pop * math.log10(c.population + 1)
    elif c.source == "admin2":
        p = w.county_named if base in (Q_CURATED, Q_NAME) else w.county_bare
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


class _Cands:
    """The candidates of one name as columns."""

    __slots__ = ("cands", "prior", "country", "admin1", "lat", "lon", "specific", "context_only")

    def __init__(self, found: list[tuple[Candidate, int]], context_only: bool, w: Weights):
        scored = sorted(((prior(c, q, w), c) for c, q in found), key=lambda x: -x[0])[:MAX_CANDIDATES]
        self.cands = [c for _, c in scored]
        self.prior = np.array([p for p, _ in scored], dtype=np.float64)
        self.country = [c.country for c in self.cands]
        self.admin1 = [(c.country, c.admin1) for c in self.cands]
        self.lat = np.radians([c.latitude for c in self.cands])
        self.lon = np.radians([c.longitude for c in self.cands])
        self.specific = np.array([c.feature in ("city", "site") or c.source == "admin2" for c in self.cands], dtype=bool)
        self.context_only = context_only


class ContextResolver:
    """Resolves the mentions of a text together (see the module docstring); caches the
    candidates of each name."""

    def __init__(self, gazetteer: Gazetteer, weights: Weights = WEIGHTS, cache_size: int = 50_000):
        self.gazetteer = gazetteer
        self.w = weights
        self._cache: dict[str, _Cands] = {}
        self._cache_size = cache_size

    def candidates(self, name: str) -> _Cands:
        key = name.strip()
        hit = self._cache.get(key)
        if hit is None:
            found, context_only = self.gazetteer.candidates(key)
            hit = _Cands(found, context_only, self.w)
            if len(self._cache) >= self._cache_size:
                self._cache.clear()
            self._cache[key] = hit
        return hit

    def resolve(self, mentions: Sequence[Mention], countries: Sequence[str] = ()) -> list[Optional[Candidate]]:
        """The best candidate of each mention (None: unknown name), in context."""
        return self.resolve_in_context(mentions, countries)[0]

    def resolve_in_context(
        self, mentions: Sequence[Mention], countries: Sequence[str] = ()
    ) -> tuple[list[Optional[Candidate]], "_Context"]:
        """``resolve``, and the final context (to resolve one more name against it: ``resolve_one``)."""
        w = self.w
        n = len(mentions)
        cands: list[Optional[_Cands]] = []
        forced: list[Optional[Candidate]] = [None] * n
        for i, m in enumerate(mentions):
            if m.country:
                forced[i] = self.gazetteer.country(m.country)
                cands.append(None)
                continue
            c = self.candidates(m.name)
            cands.append(c if c.cands else None)
        groups = [normalise(m.name) for m in mentions]
        given = {self.gazetteer._iso3(c) for c in countries}

        choice: list[Optional[int]] = [0 if c is not None else None for c in cands]
        conf = [0.0] * n
        for rnd in range(w.rounds):
            ctx = _Context(mentions, cands, forced, choice, conf, groups) if rnd else None
            new_choice: list[Optional[int]] = []
            for i, c in enumerate(cands):
                if c is None:
                    new_choice.append(None)
                    continue
                score = c.prior.copy()
                if ctx is not None:
                    score += ctx.score(i, c, w, given)
                else:
                    score += self._given(c, w, given)
                if c.context_only:
                    allowed = np.array([cc in given or (ctx is not None and ctx.named_country(i, cc)) for cc in c.country])
                    score = np.where(allowed, score, -np.inf)
                best = int(np.argmax(score))
                if not np.isfinite(score[best]):
                    new_choice.append(None)
                    conf[i] = 0.0
                    continue
                new_choice.append(best)
                if len(score) == 1:
                    conf[i] = 1.0
                else:
                    top2 = np.partition(score, -2)[-2:]
                    margin = top2[1] - top2[0] if np.isfinite(top2[0]) else 10.0
                    conf[i] = 1.0 / (1.0 + math.exp(-(margin - 1.0)))
            choice = new_choice
        out: list[Optional[Candidate]] = []
        for i in range(n):
            if forced[i] is not None:
                out.append(forced[i])
            elif choice[i] is None or cands[i] is None:
                out.append(None)
            else:
                out.append(cands[i].cands[choice[i]])
        final = _Context(mentions, cands, forced, choice, conf, groups)
        final.given = given
        return out, final

    def resolve_one(self, mention: Mention, ctx: "_Context") -> Optional[Candidate]:
        """One more mention, read against the context of a text already resolved."""
        if mention.country:
            return self.gazetteer.country(mention.country)
        c = self.candidates(mention.name)
        if not c.cands:
            return None
        score = c.prior + ctx.score(-1, c, self.w, ctx.given, mention=mention, group=normalise(mention.name))
        if c.context_only:
            allowed = np.array([cc in ctx.given or ctx.named_country(-1, cc, normalise(mention.name)) for cc in c.country])
            score = np.where(allowed, score, -np.inf)
        best = int(np.argmax(score))
        return c.cands[best] if np.isfinite(score[best]) else None

    @staticmethod
    def _given(c: _Cands, w: Weights, given: set[str]) -> np.ndarray:
        if not given:
            return 0.0
        return np.array([w.named_country if cc in given else 0.0 for cc in c.country])


class _Context:
    """What the other mentions say, from their current choices."""

    def __init__(self, mentions, cands, forced, choice, conf, groups):
        self.mentions = mentions
        self.groups = groups
        # per mention: (weight, candidate)
        chosen: list[tuple[float, Optional[Candidate]]] = []
        for i in range(len(mentions)):
            if forced[i] is not None:
                chosen.append((1.0, forced[i]))
            elif choice[i] is not None and cands[i] is not None:
                chosen.append((conf[i], cands[i].cands[choice[i]]))
            else:
                chosen.append((0.0, None))
        self.chosen = chosen
        # totals and per-group parts, so that a mention's own group can be left out
        self.country_tot: dict[str, float] = {}
        self.admin1_tot: dict[tuple, float] = {}
        self.named_c: dict[str, set[str]] = {}  # country -> groups naming it
        self.named_a: dict[tuple, set[str]] = {}
        self.by_group: dict[str, list[int]] = {}
        self.given: set[str] = set()
        total = 0.0
        pts, pgroups = [], []
        for i, (wt, c) in enumerate(chosen):
            self.by_group.setdefault(groups[i], []).append(i)
            if c is None:
                continue
            total += wt
            self.country_tot[c.country] = self.country_tot.get(c.country, 0.0) + wt
            if c.feature == "country":
                self.named_c.setdefault(c.country, set()).add(groups[i])
                continue
            if c.admin1:
                key = (c.country, c.admin1)
                self.admin1_tot[key] = self.admin1_tot.get(key, 0.0) + wt
                if c.feature == "admin1":
                    self.named_a.setdefault(key, set()).add(groups[i])
                    self.named_c.setdefault(c.country, set()).add(groups[i])
            if (c.feature in ("city", "site") or c.source == "admin2") and wt >= 0.5:
                pts.append((c.latitude, c.longitude))
                pgroups.append(groups[i])
        self.total = total
        self.pts = np.radians(np.array(pts, dtype=np.float64)).reshape(-1, 2)
        self.pgroups = np.array(pgroups, dtype=object)

    def named_country(self, i: int, country: str, group: Optional[str] = None) -> bool:
        named = self.named_c.get(country)
        g = self.groups[i] if group is None else group
        return bool(named) and (len(named) > 1 or g not in named)

    def score(
        self, i: int, c: _Cands, w: Weights, given: set[str], mention: Optional[Mention] = None, group: Optional[str] = None
    ) -> np.ndarray:
        g = self.groups[i] if group is None else group
        m = self.mentions[i] if mention is None else mention
        own_c: dict[str, float] = {}
        own_a: dict[tuple, float] = {}
        own_total = 0.0
        for j in self.by_group.get(g, ()):
            wt, cand = self.chosen[j]
            if cand is None:
                continue
            own_total += wt
            own_c[cand.country] = own_c.get(cand.country, 0.0) + wt
            if cand.feature != "country" and cand.admin1:
                key = (cand.country, cand.admin1)
                own_a[key] = own_a.get(key, 0.0) + wt
        total = self.total - own_total
        out = np.zeros(len(c.cands))
        # "City, Region": the container's choice
        container = self.chosen[m.within][1] if m.within is not None else None
        for k, cand in enumerate(c.cands):
            cc = cand.country
            s = 0.0
            if cc in given or self.named_country(i, cc, g):
                s += w.named_country
            if total > 0:
                s += w.share_country * (self.country_tot.get(cc, 0.0) - own_c.get(cc, 0.0)) / total
            if cand.feature != "country":
                key = c.admin1[k]
                named = self.named_a.get(key)
                if named and (len(named) > 1 or g not in named):
                    s += w.named_admin1
                if total > 0:
                    s += w.share_admin1 * (self.admin1_tot.get(key, 0.0) - own_a.get(key, 0.0)) / total
            if container is not None and cand.feature != "country":
                if container.feature == "country" and cc == container.country:
                    s += w.within
                elif container.feature in ("admin1", "region") and key == (container.country, container.admin1):
                    s += w.within
            out[k] = s
        # closeness to the other mentions' places
        if len(self.pts):
            mask = self.pgroups != g
            pts = self.pts[mask]
            if len(pts):
                spec = np.nonzero(c.specific)[0]
                if len(spec):
                    d = _km(c.lat[spec][:, None], c.lon[spec][:, None], pts[None, :, 0], pts[None, :, 1]).min(axis=1)
                    out[spec] += np.where(d < 25, w.near_25, np.where(d < 100, w.near_100, np.where(d < 300, w.near_300, 0.0)))
        return out


def _km(lat1, lon1, lat2, lon2):
    a = np.sin((lat2 - lat1) / 2) ** 2 + np.cos(lat1) * np.cos(lat2) * np.sin((lon2 - lon1) / 2) ** 2
    return 12742.0 * np.arcsin(np.minimum(1.0, np.sqrt(a)))
