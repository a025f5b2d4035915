"""Full GeoNames for users who have the internet: build the gazetteer index from GeoNames dump files
(``allCountries.zip`` or a country file such as ``IQ.zip``, or their ``.txt``; optionally
``alternateNamesV2.zip``), and make it the one sitrep uses.

    sitrep gazetteer build allCountries.zip [alternateNamesV2.zip]

The dump's own rows give towns, sites and first-level regions (their ADM1 rows name the admin1 of every
other row); the project's curated supplement (bases, camps, exonyms) and the country entries of the
embedded default are added, so nothing the default knew is lost.
"""

from __future__ import annotations

import io
import json
import os
import time
import zipfile
from collections import defaultdict
from pathlib import Path
from typing import IO, Any, Iterable, Iterator, Optional, Union

from sitrep.errors import SitrepError
from sitrep.gazetteer.core import Gazetteer

ACTIVE_FILE = "active.json"  # in the cache root: which built index sitrep uses
LANGUAGES = {"en", "fr", "", "abbr"}  # alternate names kept from alternateNamesV2
FEATURES = {"P": "city", "S": "site", "L": "region", "T": "site", "H": "site", "V": "site", "R": "site", "U": "site"}
COUNTRY_CODES = {"PCLI", "PCLD", "PCLF", "PCLIX", "PCLS", "PCL", "TERR"}


def _lines(path: Path) -> Iterator[str]:
    """Text lines of a GeoNames dump (.txt, or the one .txt inside a .zip)."""
    if not path.is_file():
        raise SitrepError("E004", source=str(path))
    if path.suffix.lower() == ".zip":
        try:
            archive = zipfile.ZipFile(path)
        except zipfile.BadZipFile as exc:
            raise SitrepError("E003", source=str(path), detail=f"not a zip file: {exc}") from None
        members = [n for n in archive.namelist() if n.endswith(".txt") and not n.lower().startswith("readme")]
        if not members:
            raise SitrepError("E017", source=str(path), detail="no GeoNames .txt file inside")
        with archive.open(members[0]) as raw:
            yield from io.TextIOWrapper(raw, encoding="utf-8")
        return
    with path.open(encoding="utf-8") as fh:
        yield from fh


def read_dump(path: Union[str, Path]) -> list[list[str]]:
    """The rows of a GeoNames main dump (19 tab-separated columns), checked."""
    path = Path(path)
    rows = []
    for number, line in enumerate(_lines(path), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.rstrip("\n").split("\t")
        if len(cols) < 15 or not cols[0].isdigit():
            raise SitrepError("E015", source=str(path), line=number, detail="not a GeoNames dump line (19 tab-separated columns)")
        rows.append(cols)
    if not rows:
        raise SitrepError("E001", source=str(path))
    return rows


def read_alternate_names(path: Union[str, Path]) -> dict[int, list[str]]:
    """geonameid → alternate names in English, French or no language (alternateNamesV2)."""
    names: dict[int, list[str]] = defaultdict(list)
    for line in _lines(Path(path)):
        cols = line.rstrip("\n").split("\t")
        if len(cols) < 4 or not cols[1].isdigit():
            continue
        historic = len(cols) > 7 and cols[7] == "1"
        if cols[2] in LANGUAGES and not historic:
            names[int(cols[1])].append(cols[3])
    return names


def dump_rows(rows: list[list[str]], alternates: Optional[dict[int, list[str]]] = None) -> Iterator[dict[str, Any]]:
    """Gazetteer rows (dicts for ``Gazetteer.from_rows``) from GeoNames dump rows."""
    from sitrep.gazetteer.build import iso2_to_iso3

    iso3 = iso2_to_iso3()
    admin1_names = {(r[8], r[10]): r[1] for r in rows if r[7] == "ADM1"}
    alternates = alternates or {}
    for r in rows:
        gid, name, cls, code, cc = int(r[0]), r[1], r[6], r[7], r[8]
        if code in COUNTRY_CODES:
            continue  # countries come from the embedded default, with their French names
        if cls == "A":
            if code != "ADM1":
                continue
            feature = "admin1"
        else:
            feature = FEATURES.get(cls)
            if feature is None:
                continue
        aliases = [a for a in r[3].split(",") if a and a != name] + alternates.get(gid, [])
        yield {
            "name": name,
            "country": iso3.get(cc),
            "admin1": name if feature == "admin1" else admin1_names.get((cc, r[10])),
            "geonameid": gid,
            "latitude": float(r[4]),
            "longitude": float(r[5]),
            "feature": feature,
            "population": int(r[14] or 0),
            "source": "geonames",
            "aliases": aliases,
        }


def curated_rows() -> Iterator[dict[str, Any]]:
    """What the embedded default adds to GeoNames: countries, areas, the project's supplement."""
    from sitrep.gazetteer.build import embedded_gazetteer

    for c in embedded_gazetteer():
        if c.source in ("country", "supplement", "continent"):
            yield c


def build(dump: Union[str, Path], alternate_names: Optional[Union[str, Path]] = None, out: Optional[Path] = None) -> Path:
    """Build the index from ``dump`` into ``out`` (default: the cache) and make it the active one."""
    from sitrep.gazetteer.build import cache_root, data_version, iso2_to_iso3, load_supplement

    rows = read_dump(dump)
    alternates = read_alternate_names(alternate_names) if alternate_names else None
    out = Path(out) if out else cache_root() / f"geonames-{Path(dump).stem}-{int(time.time())}"
    meta = {
        "data_version": f"{data_version()}+{Path(dump).name}",
        "iso2": iso2_to_iso3(),
        "built": time.strftime("%Y-%m-%dT%H:%M:%S"),
        "context_only": load_supplement().get("context_only", []),
        "source": str(dump),
    }
    gazetteer = Gazetteer.from_rows(_chain(dump_rows(rows, alternates), curated_rows()), meta=meta)
    gazetteer.save(out)
    activate(out)
    return out


def _chain(*parts: Iterable[Any]) -> Iterator[Any]:
    for part in parts:
        yield from part


def activate(directory: Optional[Path]) -> None:
    """Make sitrep use the index in ``directory`` (None: back to the embedded default)."""
    from sitrep.gazetteer.build import cache_root

    pointer = cache_root() / ACTIVE_FILE
    if directory is None:
        pointer.unlink(missing_ok=True)
        return
    pointer.parent.mkdir(parents=True, exist_ok=True)
    pointer.write_text(json.dumps({"path": str(Path(directory).resolve())}), encoding="utf-8")


def active_directory() -> Optional[Path]:
    """The built index sitrep uses instead of the default ($SITREP_GAZETTEER, or the last one built)."""
    from sitrep.gazetteer.build import cache_root

    chosen = os.environ.get("SITREP_GAZETTEER")
    if chosen:
        return Path(chosen)
    pointer = cache_root() / ACTIVE_FILE
    if not pointer.is_file():
        return None
    path = Path(json.loads(pointer.read_text(encoding="utf-8"))["path"])
    return path if (path / "meta.json").is_file() else None
