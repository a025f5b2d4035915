"""Wikidata ids for the actor dictionary: ``sitrep actors wikidata``.

Each dictionary actor without an id (and each person of ``offices.jsonl``) is searched on the Wikidata
API by its names in English and French (``wbsearchentities``); the items found are read
(``wbgetentities``) and kept only if one of their labels or aliases is one of our names and their type
(P31) is allowed by ``resources/common/wikidata.json``. An actor gets an id only when exactly one item
passes. ``--check`` reads the ids the project ships and reports those that fail the same checks.

What is found goes to a file of the user's (``user_file()``), which the actor loader lays over the shipped
ids; the shipped data is never modified.
"""

from __future__ import annotations

import json
import os
import re
import time
import unicodedata
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import asdict, dataclass
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Optional

import typer

from sitrep import __version__
from sitrep.errors import SitrepError
from sitrep.resources import build, load_actor_dictionary, load_json, load_office_holders

USER_AGENT = f"sitrep/{__version__} (actor dictionary check; https://pypi.org/project/sitrep/) Python-urllib"
BATCH = 50  # ids per wbgetentities call: the API's limit for ordinary users
STATUSES = ("matched", "ambiguous", "none", "mismatch")
QID = re.compile(r"Q[1-9]\d*")


@dataclass(frozen=True)
class Settings:
    endpoint: str
    search_languages: tuple[str, ...]
    label_languages: tuple[str, ...]
    organisation_classes: dict[str, str]
    person_classes: dict[str, str]
    excluded_classes: dict[str, str]
    articles: tuple[str, ...]


@dataclass(frozen=True)
class Entry:
    """One thing to find an id for: a dictionary actor or a person in office."""

    kind: str  # "actor" or "person"
    name: str
    names: tuple[str, ...]  # every name we know it by
    shipped: Optional[str]


@dataclass(frozen=True)
class Result:
    kind: str
    name: str
    shipped: Optional[str]
    found: Optional[str]
    status: str  # one of STATUSES
    note: str = ""


@lru_cache(maxsize=1)
def settings() -> Settings:
    relative = "common/wikidata.json"
    return build(Settings, load_json(relative), relative)


# --- the user's file -----------------------------------------------------------------------------


def user_file() -> Path:
    """``$SITREP_ACTORS_WIKIDATA``, else ``actors-wikidata.json`` in the sitrep cache."""
    from sitrep.gazetteer.build import cache_root

    env = os.environ.get("SITREP_ACTORS_WIKIDATA")
    return Path(env).expanduser() if env else cache_root() / "actors-wikidata.json"


def user_ids(path: Optional[Path] = None) -> dict[str, dict[str, str]]:
    """The ids of the user's file: {"actors": {name: id}, "people": {person: id}}; empty if none."""
    path = path or user_file()
    if not path.is_file():
        return {"actors": {}, "people": {}}
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise SitrepError("E303", source=str(path), detail=str(exc)) from None
    out = {}
    for kind in ("actors", "people"):
        ids = data.get(kind, {}) if isinstance(data, dict) else None
        if not isinstance(ids, dict) or not all(isinstance(v, str) and QID.fullmatch(v) for v in ids.values()):
            raise SitrepError("E303", source=str(path), detail=f"'{kind}' must map names to ids like Q123")
        out[kind] = ids
    return out


def write(results: list[Result], path: Path, endpoint: str) -> None:
    """Write the ids found (kept: those of an earlier run for entries this run did not look up)."""
    try:
        ids = user_ids(path)
    except SitrepError:
        ids = {"actors": {}, "people": {}}
    for r in results:
        table = ids["actors" if r.kind == "actor" else "people"]
        table.pop(r.name, None)
        if r.found and r.status in ("matched", "mismatch"):
            table[r.name] = r.found
    data = {
        "_about": "Wikidata ids found by 'sitrep actors wikidata'; they replace the ids shipped with sitrep.",
        "endpoint": endpoint,
        "written": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        **ids,
        "results": [asdict(r) for r in results],
    }
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


# --- names -----------------------------------------------------------------------------------------


def normalise(name: str) -> str:
    """Case and accents folded, punctuation made spaces, a leading article dropped."""
    text = "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c)).casefold()
    words = re.sub(r"[^\w]+", " ", text).split()
    if len(words) > 1 and words[0] in settings().articles:
        words = words[1:]
    return " ".join(words)


def is_acronym(name: str) -> bool:
    """"JNIM", "IS-K", "3R": too short to identify an item by themselves."""
    return " " not in name and name.upper() == name and len(name) <= 8


def distinctive(names: Iterable[str]) -> set[str]:
    """Our names that can identify an item, normalised."""
    return {normalise(n) for n in names if not is_acronym(n)} - {""}


def entries() -> list[Entry]:
    """The dictionary actors and people of the office list, with the ids shipped for them."""
    out = []
    for actor in load_actor_dictionary(merged=False).actors:
        names = (actor.name, *actor.name.split(": "), *actor.aliases)
        out.append(Entry("actor", actor.name, tuple(dict.fromkeys(names)), actor.wikidata))
    people: dict[str, list] = {}
    for holder in load_office_holders(merged=False):
        people.setdefault(holder.person, []).append(holder)
    for person, lines in people.items():
        names = tuple(dict.fromkeys([person, *(a for h in lines for a in h.aliases)]))
        out.append(Entry("person", person, names, next((h.wikidata for h in lines if h.wikidata), None)))
    return out


# --- the API ---------------------------------------------------------------------------------------


class Client:
    """The Wikidata API through urllib: a User-Agent, a timeout, a pause between calls."""

    def __init__(self, endpoint: str, timeout: float = 20.0, delay: float = 0.1) -> None:
        self.endpoint, self.timeout, self.delay = endpoint, timeout, delay
        self.entities: dict[str, dict] = {}

    def get(self, **params: str) -> dict:
        url = f"{self.endpoint}?{urllib.parse.urlencode({**params, 'format': 'json'})}"
        request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT, "Accept": "application/json"})
        time.sleep(self.delay)
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as response:
                body = response.read()
        except urllib.error.HTTPError as exc:
            raise SitrepError("E301", source=self.endpoint, status=exc.code, detail=exc.reason) from None
        except (urllib.error.URLError, OSError) as exc:  # refused, unknown host, timeout
            raise SitrepError("E300", source=self.endpoint, detail=getattr(exc, "reason", exc)) from None
        try:
            data = json.loads(body)
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise SitrepError("E302", source=self.endpoint, detail=str(exc)) from None
        if not isinstance(data, dict) or "error" in data:
            detail = data.get("error") if isinstance(data, dict) else type(data).__name__
            raise SitrepError("E302", source=self.endpoint, detail=detail)
        return data

    def search(self, text: str, lang: str) -> list[dict]:
        data = self.get(action="wbsearchentities", search=text, language=lang, uselang=lang, type="item", limit="10")
        return [hit for hit in data.get("search", []) if isinstance(hit, dict) and "id" in hit]

    def fetch(self, ids: Iterable[str], props: str = "labels|aliases|claims") -> None:
        """Read the items ``ids`` (those not read yet) in batches of ``BATCH``."""
        todo = sorted({i for i in ids if i not in self.entities})
        for start in range(0, len(todo), BATCH):
            chunk = todo[start : start + BATCH]
            data = self.get(action="wbgetentities", ids="|".join(chunk), props=props,
                            languages="|".join(settings().label_languages))
            for key, entity in data.get("entities", {}).items():
                self.entities[key] = entity
                origin = (entity.get("redirects") or {}).get("from")
                if origin:
                    self.entities[origin] = entity
            for qid in chunk:
                self.entities.setdefault(qid, {"id": qid, "missing": ""})


def labels(entity: dict) -> set[str]:
    """An item's labels and aliases, normalised."""
    out = {v.get("value", "") for v in entity.get("labels", {}).values()}
    out |= {a.get("value", "") for values in entity.get("aliases", {}).values() for a in values}
    return {normalise(n) for n in out} - {""}


def claims(entity: dict, prop: str) -> set[str]:
    out = set()
    for claim in entity.get("claims", {}).get(prop, []):
        value = ((claim.get("mainsnak") or {}).get("datavalue") or {}).get("value")
        if isinstance(value, dict) and "id" in value:
            out.add(value["id"])
    return out


# --- resolving ---------------------------------------------------------------------------------------


def allowed(kind: str) -> dict[str, str]:
    return settings().person_classes if kind == "person" else settings().organisation_classes


def failure(entry: Entry, entity: dict, client: Client) -> Optional[str]:
    """Why ``entity`` is not ``entry``'s item (None: it is)."""
    if "missing" in entity:
        return "no such item"
    if not labels(entity) & distinctive(entry.names):
        return "no label or alias is one of our names"
    types = claims(entity, "P31")
    if types & set(settings().excluded_classes):
        return "an excluded type: " + ", ".join(sorted(types & set(settings().excluded_classes)))
    ok = set(allowed(entry.kind))
    if types & ok:
        return None
    client.fetch(types, props="claims")
    if any(claims(client.entities.get(t, {}), "P279") & ok for t in types):
        return None
    return "type not allowed: " + (", ".join(sorted(types)) or "no P31")


def searched_names(entry: Entry) -> list[str]:
    """Our names to search, the entry's own name first, one per normalised form, acronyms left out."""
    out: dict[str, str] = {}
    for name in entry.names:
        if not is_acronym(name):
            out.setdefault(normalise(name), name)
    return [name for key, name in out.items() if key]


def candidates(name: str, ours: set[str], client: Client) -> list[str]:
    """Items the search finds under ``name`` in English and French that go by one of ``ours``."""
    found: dict[str, None] = {}
    for lang in settings().search_languages:
        for hit in client.search(name, lang):
            said = {normalise(hit.get("label") or ""), normalise((hit.get("match") or {}).get("text") or "")}
            if said & ours:
                found[hit["id"]] = None
    return list(found)


def search(entry: Entry, client: Client) -> tuple[Optional[str], str, str]:
    """(id, status, note) of the items found under every name of ``entry`` that pass the checks:
    matched only when exactly one does."""
    ours = distinctive(entry.names)
    ids = list(dict.fromkeys(i for name in searched_names(entry) for i in candidates(name, ours, client)))
    client.fetch(ids)
    passing = [client.entities[i].get("id", i) for i in ids if failure(entry, client.entities[i], client) is None]
    passing = sorted(set(passing))
    if len(passing) == 1:
        return passing[0], "matched", f"{len(ids)} candidate(s), one passes"
    if passing:
        return None, "ambiguous", "passing: " + ", ".join(passing)
    return None, "none", f"{len(ids)} candidate(s), none passes" if ids else "nothing found"


def check(entry: Entry, client: Client) -> Result:
    """The shipped id of ``entry`` checked; if it fails, the search's answer instead."""
    assert entry.shipped is not None
    client.fetch([entry.shipped])
    entity = client.entities[entry.shipped]
    why = failure(entry, entity, client)
    if why is None:
        current = entity.get("id", entry.shipped)
        note = "shipped id confirmed" if current == entry.shipped else f"redirects to {current}"
        return Result(entry.kind, entry.name, entry.shipped, current, "matched", note)
    found, status, note = search(entry, client)
    replacement = f"search: {found}" if found else f"search: {status}"
    return Result(entry.kind, entry.name, entry.shipped, found, "mismatch", f"{entry.shipped}: {why}; {replacement}")


def resolve(todo: list[Entry], client: Client, with_check: bool = False, step=lambda entry: None) -> list[Result]:
    """A result for every entry without a shipped id, and with ``with_check`` for the others too
    (``step`` is called before each entry)."""
    if with_check:
        client.fetch([e.shipped for e in todo if e.shipped])
    out = []
    for entry in todo:
        step(entry)
        if entry.shipped is None:
            found, status, note = search(entry, client)
            out.append(Result(entry.kind, entry.name, None, found, status, note))
        elif with_check:
            out.append(check(entry, client))
    return out


# --- the command -------------------------------------------------------------------------------------

actors_app = typer.Typer(help="The actor dictionary: Wikidata ids for its actors and people.", no_args_is_help=True)


@actors_app.command("wikidata")
def wikidata_command(
    endpoint: Optional[str] = typer.Option(None, "--endpoint", help="The Wikidata API (default: wikidata.org's)."),
    check_ids: bool = typer.Option(False, "--check", help="Also check the ids sitrep ships; exit 1 if one fails."),
    out: Optional[Path] = typer.Option(None, "--write", help="Where to write the ids (default: the sitrep cache, where sitrep reads them)."),
    delay: float = typer.Option(0.1, "--delay", min=0.0, help="Seconds between two calls to the API."),
    timeout: float = typer.Option(20.0, "--timeout", min=1.0, help="Seconds before a call is given up."),
) -> None:
    """Find Wikidata ids for the dictionary's actors and the people in office; print a table."""
    from rich.console import Console
    from rich.progress import Progress

    endpoint = endpoint or settings().endpoint
    path = out or user_file()
    try:
        todo = entries()
        with Progress(transient=True, console=Console(stderr=True)) as progress:
            task = progress.add_task("Wikidata", total=len(todo))
            step = lambda entry: progress.update(task, advance=1, description=entry.name[:40])  # noqa: E731
            results = resolve(todo, Client(endpoint, timeout, delay), check_ids, step)
        write(results, path, endpoint)
    except SitrepError as exc:
        Console(stderr=True).print(f"[red]error[/] {exc}", highlight=False)
        raise typer.Exit(2)
    load_actor_dictionary.cache_clear()
    load_office_holders.cache_clear()
    console = Console()
    console.print(table(results))
    counts = ", ".join(f"{sum(r.status == s for r in results)} {s}" for s in STATUSES)
    unchecked = sum(1 for e in todo if e.shipped) if not check_ids else 0
    console.print(f"{counts}; {unchecked} shipped ids not checked (--check); wrote {path}", highlight=False)
    if check_ids and any(r.status == "mismatch" for r in results):
        raise typer.Exit(1)


def table(results: list[Result]):
    from rich.table import Table

    colours = {"matched": "green", "ambiguous": "yellow", "none": "dim", "mismatch": "red"}
    out = Table("actor", "id found", "status", "shipped", "note", title="Wikidata ids")
    for r in results:
        name = r.name if r.kind == "actor" else f"{r.name} (person)"
        out.add_row(name, r.found or "—", f"[{colours[r.status]}]{r.status}[/]", r.shipped or "—", r.note)
    return out
