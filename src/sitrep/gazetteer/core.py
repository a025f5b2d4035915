"""The gazetteer: a compact column table of places plus a sorted key index.

Rows are kept as numpy columns and two UTF-8 blobs (canonical names and sorted lookup keys),
never as one Python object per place, so a loaded gazetteer costs a few tens of MB and loads
from its on-disk form (memory-mapped ``.npy`` files) in milliseconds.
"""

from __future__ import annotations

import json
import math
import os
import re
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable, Iterator, Mapping, Optional, Sequence

import numpy as np

from sitrep.records import Place

from .normalise import name_keys, normalise, strip_article

FORMAT_VERSION = 3

FEATURES = ("country", "admin1", "region", "city", "site", "area")
SOURCES = ("geonames", "country", "admin1", "supplement", "admin2", "continent")
#: lookup order: countries, then first-level regions, then other regions, then towns and sites
FEATURE_RANK = {"country": 0, "admin1": 1, "region": 2, "city": 3, "site": 3, "area": 2}
#: ACLED geo_precision by feature
PRECISION = {"country": 3, "admin1": 3, "region": 3, "city": 1, "site": 1, "area": 3}
#: towns at least this large compete with a same-named admin1 ("Donetsk", "Kirkuk", "Sanaa")
BIG_TOWN = 100_000

# match quality of a (key, row) posting: the name as curated by the project, the row's own
# name, one of its alternate names; +1 when matched only without a leading article.
Q_CURATED, Q_NAME, Q_ALIAS = 0, 2, 4
Q_STRIPPED = 1


@dataclass(frozen=True)
class Candidate:
    """One gazetteer entry."""

    name: str
    country: Optional[str]  # ISO-3
    admin1: Optional[str]
    geonameid: Optional[int]
    latitude: float
    longitude: float
    feature: str  # country, admin1, region, city, site
    population: int = 0
    source: str = "geonames"  # geonames, country, admin1, supplement, admin2
    #: the middle of the area (GeoNames' point for a country or region); ``latitude`` and
    #: ``longitude`` are its representative point (capital, main town), as ACLED codes it
    center_latitude: Optional[float] = None
    center_longitude: Optional[float] = None

    @property
    def precision(self) -> int:
        return PRECISION.get(self.feature, 1)

    @property
    def center(self) -> tuple[float, float]:
        if self.center_latitude is None or self.center_longitude is None:
            return (self.latitude, self.longitude)
        return (self.center_latitude, self.center_longitude)

    def to_place(self, text: str, *, center: bool = False) -> Place:
        """The candidate as a Place; ``center``: at the middle of its area, not its main town."""
        lat, lon = self.center if center else (self.latitude, self.longitude)
        return Place(
            text=text,
            name=self.name,
            country=self.country,
            admin1=self.admin1,
            geonameid=self.geonameid,
            latitude=lat,
            longitude=lon,
            feature=self.feature,
            precision=self.precision,
        )


def _field(row: Any, name: str, default: Any = None) -> Any:
    if isinstance(row, Mapping):
        return row.get(name, default)
    return getattr(row, name, default)


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 12742.0 * math.asin(min(1.0, math.sqrt(a)))


def _blob(strings: Sequence[str]) -> tuple[np.ndarray, np.ndarray]:
    """UTF-8 blob of ``strings`` and their offsets (len + 1)."""
    encoded = [s.encode("utf-8") for s in strings]
    offsets = np.zeros(len(encoded) + 1, dtype=np.int64)
    if encoded:
        np.cumsum([len(b) for b in encoded], out=offsets[1:])
    return np.frombuffer(b"".join(encoded), dtype=np.uint8), offsets


# Generic words around a place name that a query may carry ("base d'Aïn al-Assad",
# "the city of Mosul", "Anbar province"): tried only when the whole name finds nothing.
_APOS = "['’‘`]"
_GENERIC_WORDS = (
    "base aérienne", "base aerienne", "base militaire", "base navale", "air base", "airbase", "military base",
    "naval base", "camp de réfugiés", "camp de refugies", "refugee camp", "base", "camp", "aéroport", "aeroport",
    "airport", "ville", "city", "town", "village", "province", "gouvernorat", "governorate", "région", "region",
    "district", "oblast", "état", "etat", "state", "localité", "localite", "commune", "quartier", "faubourg",
    "wilaya", "préfecture", "prefecture", "territoire", "département", "departement", "municipality",
    "municipalité", "municipalite",
)
_WORDS = "|".join(re.escape(w) for w in sorted(_GENERIC_WORDS, key=len, reverse=True))
_PREFIX_RE = re.compile(
    r"^(?:(?:the|la|le|les)\s+|l" + _APOS + r"\s*)?"
    r"(?:(?:" + _WORDS + r")\s+(?:(?:de la|de l" + _APOS + r"|du|des|de|d" + _APOS + r"|of)\s*)?)+",
    re.IGNORECASE,
)
_ARTICLE_RE = re.compile(r"^(?:(?:the|la|le|les)\s+|l" + _APOS + r"\s*)", re.IGNORECASE)
_ELISION_RE = re.compile(r"^[ld]" + _APOS + r"\s*(?=\w)", re.IGNORECASE)
_SUFFIX_RE = re.compile(
    r"\s+(?:air\s*base|airbase|base|airport|camp|refugee camp|province|governorate|"
    r"region|district|oblast|state|city|town|village|county|area)$",
    re.IGNORECASE,
)


# Words that make a name of a feature GeoNames' towns table lacks ("Neches River", "Lake
# Lanier", "Readington Township", "Loudon Co."), and compass words ("South Los Angeles"):
# without them, the name of the town or region the feature is at or named after.
_FEATURE_SUFFIX_RE = re.compile(
    r"\s+(?:river|creek|lake|reservoir|township|twp\.?|co\.?|parish|borough|valley|national park|state park|"
    r"national forest|park|island|islands|mountains?|hills?|heights|harbou?r|bay|sound|peninsula|station|"
    r"airport|international airport|beach|canyon|basin|plateau|desert|forest|square|neighbou?rhood|metro area|"
    r"metropolitan area|area|region|township|village|city|castle|chapel|cathedral|palace|abbey|tower|stadium|"
    r"arena|church|mosque|temple|graveyard|cemetery|golf club|club|mall|university|college|school|hospital|"
    r"agency|prison|camp|base|barracks|market|bazaar|zoo|museum)$",
    re.IGNORECASE,
)
_FEATURE_PREFIX_RE = re.compile(
    r"^(?:(?:the\s+)?(?:lake|mount|mt\.?|port of|river|greater|metro|metropolitan|downtown|central|upper|lower|"
    r"north|south|east|west|northern|southern|eastern|western|north-?east|north-?west|south-?east|south-?west|"
    r"new)\s+)",
    re.IGNORECASE,
)


def _query_variants(name: str) -> Iterator[str]:
    """``name`` without generic words around it ("base d'Aïn al-Assad" -> "Aïn al-Assad")."""
    seen = {name}
    stripped = _PREFIX_RE.sub("", name.strip()).strip()
    bare = _ARTICLE_RE.sub("", name.strip()).strip()
    county = re.sub(r"\s+Co\.?$", " County", name.strip())
    candidates = (bare, stripped, _SUFFIX_RE.sub("", stripped).strip(), _SUFFIX_RE.sub("", name.strip()).strip(), county)
    for variant in candidates:
        if variant and variant not in seen:
            seen.add(variant)
            yield variant


CANDIDATE_CACHE = 100_000
"""Names whose candidates a loaded gazetteer remembers (cleared when full)."""


class Gazetteer:
    """Offline place resolver over a compact table (see ``Gazetteer.default``)."""

    _COLUMNS = (
        "name_blob", "name_off", "country", "admin1", "geonameid", "lat", "lon",
        "feature", "source", "population", "clat", "clon", "key_blob", "key_off", "post_off", "post_row", "post_q",
    )

    def __init__(self, arrays: Mapping[str, np.ndarray], meta: Mapping[str, Any]):
        self._a = dict(arrays)
        self.meta = dict(meta)
        self._candidates_cache: dict[str, tuple[list[tuple[Candidate, int]], bool]] = {}
        self._countries: list[str] = list(meta["countries"])
        self._admin1s: list[str] = list(meta["admin1s"])
        self._features: list[str] = list(meta.get("features", FEATURES))
        self._sources: list[str] = list(meta.get("sources", SOURCES))
        self._names = bytes(self._a["name_blob"])
        self._name_off = self._a["name_off"]
        self._keys = bytes(self._a["key_blob"])
        self._key_off = self._a["key_off"].tolist() if len(self._a["key_off"]) < 4096 else self._a["key_off"]
        self._n_keys = len(self._a["key_off"]) - 1
        self._context_only = frozenset(meta.get("context_only", ()))
        self._country_rows: dict[str, int] = dict(meta.get("country_rows", {}))
        self._iso2 = dict(meta.get("iso2", {}))

    # --- construction ----------------------------------------------------------------------

    @classmethod
    def default(cls) -> "Gazetteer":
        """The embedded default gazetteer (GeoNames cities500, countries, admin1, supplement)."""
        from .build import default_gazetteer

        return default_gazetteer()

    @classmethod
    def from_rows(cls, rows: Iterable[Any], *, meta: Optional[Mapping[str, Any]] = None) -> "Gazetteer":
        """Build an in-memory gazetteer from Candidate-like rows.

        Each row is a ``Candidate``, a mapping or an object with the Candidate fields
        (``name``, ``country``, ``admin1``, ``geonameid``, ``latitude``, ``longitude``,
        ``feature``, ``population``, ``source``); optionally ``aliases`` (alternate names)
        and ``preferred`` (names curated by the project, which win over look-alikes).
        """
        countries: dict[str, int] = {}
        admin1s: dict[str, int] = {}
        names: list[str] = []
        cols: dict[str, list] = {
            k: [] for k in ("country", "admin1", "geonameid", "lat", "lon", "clat", "clon", "feature", "source", "population")
        }
        postings: dict[str, dict[int, int]] = {}
        country_rows: dict[str, int] = {}
        iso2 = dict((meta or {}).get("iso2", {}))

        def post(key: str, row: int, q: int) -> None:
            slot = postings.setdefault(key, {})
            if q < slot.get(row, 99):
                slot[row] = q

        for i, row in enumerate(rows):
            name = str(_field(row, "name"))
            country = _field(row, "country") or ""
            admin1 = _field(row, "admin1") or ""
            feature = _field(row, "feature") or "city"
            source = _field(row, "source") or "geonames"
            if feature not in FEATURES:
                raise ValueError(f"row {i} ({name!r}): unknown feature {feature!r} (use {', '.join(FEATURES)})")
            if source not in SOURCES:
                raise ValueError(f"row {i} ({name!r}): unknown source {source!r} (use {', '.join(SOURCES)})")
            names.append(name)
            cols["country"].append(countries.setdefault(country, len(countries)))
            cols["admin1"].append(admin1s.setdefault(admin1, len(admin1s)))
            gid = _field(row, "geonameid")
            cols["geonameid"].append(int(gid) if gid is not None else -1)
            cols["lat"].append(float(_field(row, "latitude")))
            cols["lon"].append(float(_field(row, "longitude")))
            clat, clon = _field(row, "center_latitude"), _field(row, "center_longitude")
            cols["clat"].append(float(clat) if clat is not None else cols["lat"][-1])
            cols["clon"].append(float(clon) if clon is not None else cols["lon"][-1])
            cols["feature"].append(FEATURES.index(feature))
            cols["source"].append(SOURCES.index(source))
            cols["population"].append(int(_field(row, "population") or 0))
            if feature == "country" and country:
                country_rows.setdefault(country, i)
            # Countries are not indexed without a leading article: "Salvador" is not El Salvador.
            bare_ok = feature != "country"
            for base, group in ((Q_CURATED, _field(row, "preferred") or ()), (Q_NAME, (name,)), (Q_ALIAS, _field(row, "aliases") or ())):
                for alias in group:
                    keys = name_keys(alias)
                    if keys:
                        post(keys[0], i, base)
                        if bare_ok and len(keys) > 1:
                            post(keys[1], i, base + Q_STRIPPED)

        # Sort keys by their UTF-8 bytes: the order the binary search compares in.
        encoded = sorted((k.encode("utf-8"), k) for k in postings)
        key_blob = np.frombuffer(b"".join(b for b, _ in encoded), dtype=np.uint8)
        key_off = np.zeros(len(encoded) + 1, dtype=np.int64)
        if encoded:
            np.cumsum([len(b) for b, _ in encoded], out=key_off[1:])
        post_off = np.zeros(len(encoded) + 1, dtype=np.int64)
        post_row: list[int] = []
        post_q: list[int] = []
        for j, (_, k) in enumerate(encoded):
            items = sorted(postings[k].items())
            post_row.extend(r for r, _ in items)
            post_q.extend(q for _, q in items)
            post_off[j + 1] = len(post_row)

        name_blob, name_off = _blob(names)
        arrays = {
            "name_blob": name_blob,
            "name_off": name_off,
            "country": np.asarray(cols["country"], dtype=np.int16),
            "admin1": np.asarray(cols["admin1"], dtype=np.int32),
            "geonameid": np.asarray(cols["geonameid"], dtype=np.int64),
            "lat": np.asarray(cols["lat"], dtype=np.float64),
            "lon": np.asarray(cols["lon"], dtype=np.float64),
            "clat": np.asarray(cols["clat"], dtype=np.float32),
            "clon": np.asarray(cols["clon"], dtype=np.float32),
            "feature": np.asarray(cols["feature"], dtype=np.uint8),
            "source": np.asarray(cols["source"], dtype=np.uint8),
            "population": np.asarray(cols["population"], dtype=np.int64),
            "key_blob": key_blob,
            "key_off": key_off,
            "post_off": post_off,
            "post_row": np.asarray(post_row, dtype=np.int32),
            "post_q": np.asarray(post_q, dtype=np.uint8),
        }
        full_meta = {
            "format": FORMAT_VERSION,
            **dict(meta or {}),
            "context_only": sorted({normalise(n) for n in (meta or {}).get("context_only", ())} - {""}),
            "countries": list(countries),
            "admin1s": list(admin1s),
            "features": list(FEATURES),
            "sources": list(SOURCES),
            "country_rows": country_rows,
            "iso2": iso2,
            "rows": len(names),
            "keys": len(encoded),
        }
        return cls(arrays, full_meta)

    # --- persistence -------------------------------------------------------------------------

    def save(self, directory: str | os.PathLike) -> Path:
        """Write the gazetteer to ``directory`` (created atomically; an existing one is kept)."""
        directory = Path(directory)
        directory.parent.mkdir(parents=True, exist_ok=True)
        tmp = Path(tempfile.mkdtemp(prefix=".tmp-", dir=directory.parent))
        try:
            for name in self._COLUMNS:
                np.save(tmp / f"{name}.npy", np.ascontiguousarray(self._a[name]), allow_pickle=False)
            (tmp / "meta.json").write_text(json.dumps(self.meta, ensure_ascii=False), encoding="utf-8")
            try:
                os.rename(tmp, directory)
            except OSError:
                if not (directory / "meta.json").exists():
                    raise
                shutil.rmtree(tmp, ignore_errors=True)  # another process built it first
        except BaseException:
            shutil.rmtree(tmp, ignore_errors=True)
            raise
        return directory

    @classmethod
    def load(cls, directory: str | os.PathLike) -> "Gazetteer":
        """Load a saved gazetteer; columns are memory-mapped, not read."""
        directory = Path(directory)
        meta = json.loads((directory / "meta.json").read_text(encoding="utf-8"))
        if meta.get("format") != FORMAT_VERSION:
            raise ValueError(f"{directory}: gazetteer format {meta.get('format')}, expected {FORMAT_VERSION}")
        arrays = {name: np.load(directory / f"{name}.npy", mmap_mode="r", allow_pickle=False) for name in cls._COLUMNS}
        return cls(arrays, meta)

    # --- rows ----------------------------------------------------------------------------------

    def __repr__(self) -> str:
        return f"<Gazetteer {len(self)} entries, {self.meta.get('keys', 0)} keys, data {self.meta.get('data_version', 'in memory')}>"

    def __len__(self) -> int:
        return int(self.meta["rows"])

    def row(self, i: int) -> Candidate:
        a = self._a
        off = self._name_off
        gid = int(a["geonameid"][i])
        return Candidate(
            name=self._names[int(off[i]) : int(off[i + 1])].decode("utf-8"),
            country=self._countries[int(a["country"][i])] or None,
            admin1=self._admin1s[int(a["admin1"][i])] or None,
            geonameid=gid if gid >= 0 else None,
            latitude=float(a["lat"][i]),
            longitude=float(a["lon"][i]),
            feature=self._features[int(a["feature"][i])],
            population=int(a["population"][i]),
            source=self._sources[int(a["source"][i])],
            center_latitude=round(float(a["clat"][i]), 4),
            center_longitude=round(float(a["clon"][i]), 4),
        )

    def __iter__(self) -> Iterator[Candidate]:
        for i in range(len(self)):
            yield self.row(i)

    def _find_key(self, key: str) -> int:
        """Index of ``key`` in the sorted key blob, or -1."""
        target = key.encode("utf-8")
        blob, off = self._keys, self._key_off
        lo, hi = 0, self._n_keys
        while lo < hi:
            mid = (lo + hi) // 2
            k = blob[int(off[mid]) : int(off[mid + 1])]
            if k < target:
                lo = mid + 1
            elif k > target:
                hi = mid
            else:
                return mid
        return -1

    def _postings(self, key: str) -> list[tuple[int, int]]:
        j = self._find_key(key)
        if j < 0:
            return []
        a = self._a
        start, end = int(a["post_off"][j]), int(a["post_off"][j + 1])
        return list(zip(a["post_row"][start:end].tolist(), a["post_q"][start:end].tolist()))

    def _matches(self, name: str) -> dict[int, int]:
        """Rows matching ``name`` (as written, or without a leading article) -> best match quality."""
        key = normalise(name)
        if not key:
            return {}
        found: dict[int, int] = {}
        for row, q in self._postings(key):
            if q < found.get(row, 99):
                found[row] = q
        bare = strip_article(key)
        if bare != key:
            for row, q in self._postings(bare):
                if self._features[int(self._a["feature"][row])] == "country":  # never met without its article
                    continue
                q |= Q_STRIPPED
                if q < found.get(row, 99):
                    found[row] = q
        return found

    # --- public API --------------------------------------------------------------------------

    def lookup(self, name: str) -> list[Candidate]:
        """Every entry whose name or alternate name normalises like ``name``, best first.

        Best first: countries, admin1, regions, then towns and sites; within each, by population.
        """
        cands = [self.row(r) for r in self._matches(name)]
        cands.sort(key=lambda c: (FEATURE_RANK[c.feature], -c.population, c.name))
        return cands

    def country(self, iso3: str) -> Optional[Candidate]:
        """The country entry for an ISO-3 (or ISO-2) code."""
        code = iso3.upper()
        code = self._iso2.get(code, code)
        row = self._country_rows.get(code)
        return self.row(row) if row is not None else None

    def _iso3(self, code: str) -> str:
        code = code.upper()
        return self._iso2.get(code, code)

    def rank(
        self,
        name: str,
        *,
        countries: Sequence[str] = (),
        near: Optional[tuple[float, float]] = None,
        lang: Optional[str] = None,
    ) -> list[Candidate]:
        """All candidates for ``name``, best first in context (see ``resolve``)."""
        found, context_only = self.candidates(name)
        if not found:
            return []
        context: dict[str, int] = {}
        for i, code in enumerate(countries or ()):
            context.setdefault(self._iso3(code), i)
        cands = found
        if context_only:
            # names that are rarely the place of that name ("Red Sea" is a Sudanese state, but
            # "in the Red Sea" is the sea): only a candidate in the article's countries will do
            cands = [(c, q) for c, q in cands if c.country in context]
        # Admin1 entries among the candidates: a same-named big town of that country, or the
        # admin1's own main town (its representative point), is what a bare name usually means
        # ("Kiev", "Kherson", "Alger").
        admin1s = [c for c, _ in cands if c.feature == "admin1"]
        scored = []
        for cand, q in cands:
            main_town = cand.feature in ("city", "site") and any(
                a.country == cand.country
                and (
                    cand.population >= BIG_TOWN
                    or (cand.admin1 == a.name and haversine_km(a.latitude, a.longitude, cand.latitude, cand.longitude) < 2)
                )
                for a in admin1s
            )
            scored.append((self._score(cand, q, context, near, main_town), cand))
        scored.sort(key=lambda x: x[0], reverse=True)
        return [c for _, c in scored]

    def feature_variants(self, name: str) -> Iterator[str]:
        """Last resorts for a name nothing matches: without the feature word ("Neches River" ->
        "Neches", "Lake Lanier" -> "Lanier") or the compass word ("South Los Angeles")."""
        seen = {name}
        for variant in (_FEATURE_SUFFIX_RE.sub("", name).strip(), _FEATURE_PREFIX_RE.sub("", name).strip()):
            if variant and variant not in seen and len(variant) >= 3:
                seen.add(variant)
                yield variant
        both = _FEATURE_PREFIX_RE.sub("", _FEATURE_SUFFIX_RE.sub("", name).strip()).strip()
        if both and both not in seen and len(both) >= 3:
            yield both

    def candidates(self, name: str) -> tuple[list[tuple[Candidate, int]], bool]:
        """Every entry ``name`` may mean with its match quality (``Q_*``: lower is better),
        and whether the name is context-only (resolves only within the article's countries).

        The name as written, or without a leading article; when that finds nothing, without the
        generic words around it ("Anbar province", "the city of Mosul"). Answers are remembered
        (names recur from article to article; the index never changes once loaded)."""
        cache = self._candidates_cache
        answer = cache.get(name)
        if answer is None:
            if len(cache) >= CANDIDATE_CACHE:
                cache.clear()
            answer = cache[name] = self._find_candidates(name)
        return list(answer[0]), answer[1]

    def _find_candidates(self, name: str) -> tuple[list[tuple[Candidate, int]], bool]:
        query = name
        found = self._matches(name)
        elided = _ELISION_RE.match(name.strip())
        if elided:  # French "l'Irak", "d'Alep": the name after the article counts too
            for row, q in self._matches(name.strip()[elided.end() :]).items():
                found.setdefault(row, q)
        if not found:
            for variant in _query_variants(name):
                found = self._matches(variant)
                if found:
                    query = variant
                    break
        return [(self.row(row), q) for row, q in found.items()], normalise(query) in self._context_only

    @staticmethod
    def _score(
        c: Candidate,
        q: int,
        context: Mapping[str, int],
        near: Optional[tuple[float, float]],
        main_town: bool = False,
    ) -> tuple:
        base = q & ~Q_STRIPPED
        in_context = c.country in context
        town = c.feature in ("city", "site")
        big = town and c.population >= BIG_TOWN
        # a big town met by its own (or curated) name; an alternate name is not enough
        # ("Bethlehem" is an alternate name of Belém, Brazil)
        big_own = big and base in (Q_CURATED, Q_NAME)
        # 1. the article's countries (a country name always counts as in context: "Jordan")
        if in_context and (not town or big or main_town):
            tier = 3
        elif in_context or c.feature == "country":
            tier = 2
        else:
            tier = 0
        ctx = -context[c.country] if in_context and c.feature != "country" else 0
        # 2. distance from a point the article is about
        if near is not None:
            d = haversine_km(near[0], near[1], c.latitude, c.longitude)
            closeness = 0 if d < 25 else -1 if d < 100 else -2 if d < 300 else -3 if d < 1000 else -4
        else:
            closeness = 0
        # 3. names the project curated (supplement) over look-alikes in the big tables
        curated = 1 if base == Q_CURATED else 0
        # 4. countries, then big towns, then admin1 and regions, then other towns
        if c.feature == "country":
            pref = 4.0
        elif not town:
            pref = 2.0
        else:
            pref = 3.0 if big_own else 2.5 if main_town else 1.0
        # 5. population, helped by a match on the entry's own name
        weight = math.log10(c.population + 1) * 3
        weight += 6 if base in (Q_CURATED, Q_NAME) else 0
        weight -= 3 if q & Q_STRIPPED else 0
        return (tier, ctx, closeness, curated, pref, weight)

    def resolve(
        self,
        name: str,
        *,
        countries: Sequence[str] = (),
        near: Optional[tuple[float, float]] = None,
        lang: Optional[str] = None,
    ) -> Optional[Place]:
        """The best place for ``name`` in context, or None.

        Candidates are ranked by, in order:

        1. ``countries`` (ISO-3 or ISO-2 codes from the article, most relevant first): their
           countries, admin1, regions and big towns, then their other towns; a country's own
           name always counts as in context ("Jordan" in a US story is still Jordan);
        2. ``near`` (lat, lon): distance bands (25, 100, 300, 1000 km);
        3. names curated by the sitrep supplement over look-alikes in GeoNames;
        4. country > big town (>= 100k, met by its own name) > the main town of a same-named
           admin1 ("Kherson", "Kiev") > admin1 or region > other towns;
        5. population, with a bonus for a match on the entry's own name (not an alternate).

        Names listed as context-only (seas, continents, "Sahel": see the supplement) resolve
        only to a candidate in ``countries``.
        ``lang`` is accepted and not used yet: English and French names share one index.
        When the whole name finds nothing, generic words around it are dropped
        ("base d'Aïn al-Assad", "Anbar province", "the city of Mosul").
        The returned ``Place`` has ``text=name`` and ACLED ``precision`` (1 town/site,
        3 admin1/region/country).
        """
        ranked = self.rank(name, countries=countries, near=near, lang=lang)
        return ranked[0].to_place(name) if ranked else None
