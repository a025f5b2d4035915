"""``sitrep actors wikidata`` against a local HTTP server that answers as the Wikidata API does, with
items this test writes (their ids are made up), and the actor loader reading what the command wrote."""

import json
import socket
import threading
import urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from typer.testing import CliRunner

from sitrep.cli import app
from sitrep.errors import SitrepError
from sitrep.resources import load_actor_dictionary, load_office_holders
from sitrep.wikidata import is_acronym, normalise

runner = CliRunner()


def item(qid, label, types, lang="en", aliases=()):
    return {
        "id": qid,
        "labels": {lang: {"language": lang, "value": label}},
        "aliases": {lang: [{"language": lang, "value": a} for a in aliases]},
        "claims": {"P31": [{"mainsnak": {"datavalue": {"value": {"id": t}}}} for t in types]},
    }


def a_class(qid, superclass):
    return {"id": qid, "claims": {"P279": [{"mainsnak": {"datavalue": {"value": {"id": superclass}}}}]}}


ITEMS = {
    # one armed group of that name: a match
    "Q9000001": item("Q9000001", "Ansaru", ["Q17149090"]),
    # two items with the same name and allowed types (one through a subclass): ambiguous
    "Q9000002": item("Q9000002", "Palestinian Islamic Jihad", ["Q17127659"]),
    "Q9000003": item("Q9000003", "Jihad islamique palestinien", ["Q9000099"], lang="fr"),
    "Q9000099": a_class("Q9000099", "Q17149090"),
    # the right name but a person: not an organisation
    "Q9000004": item("Q9000004", "Dan Na Ambassagou", ["Q5"]),
    # a person, and a band of the same name (an excluded type)
    "Q9000005": item("Q9000005", "Lloyd J. Austin III", ["Q5"], aliases=["Lloyd Austin"]),
    "Q9000006": item("Q9000006", "Lloyd Austin", ["Q215380"]),
    # shipped ids: one right, one whose item is something else, with the right item under search
    "Q38799": item("Q38799", "Hamas", ["Q17149090"]),
    "Q41053": item("Q41053", "Hezbollah Street", ["Q79007"]),
    "Q9000010": item("Q9000010", "Hezbollah", ["Q7278"]),
}
SEARCH = {
    "Ansaru": ["Q9000001"],
    "Palestinian Islamic Jihad": ["Q9000002"],
    "Jihad islamique palestinien": ["Q9000003"],
    "Dan Na Ambassagou": ["Q9000004"],
    "Lloyd Austin": ["Q9000005", "Q9000006"],
    "Hezbollah": ["Q9000010", "Q41053"],
}


class Api(BaseHTTPRequestHandler):
    state: dict = {}

    def do_GET(self):
        query = dict(urllib.parse.parse_qsl(urllib.parse.urlsplit(self.path).query))
        self.state["requests"].append((query, self.headers.get("User-Agent", "")))
        if self.state.get("status"):
            return self.send_error(self.state["status"])
        if query["action"] == "wbsearchentities":
            hits = [{"id": q, "label": _label(q),
                     "match": {"type": "label", "language": query["language"], "text": query["search"]}}
                    for q in SEARCH.get(query["search"], [])]
            body = {"searchinfo": {"search": query["search"]}, "search": hits, "success": 1}
        else:
            ids = query["ids"].split("|")
            body = {"entities": {q: ITEMS.get(q, {"id": q, "missing": ""}) for q in ids}, "success": 1}
        data = b"{not json" if self.state.get("broken") else json.dumps(body).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, *args):
        pass


def _label(qid):
    return next(iter(ITEMS[qid]["labels"].values()))["value"]


@pytest.fixture
def api():
    state = {"requests": []}
    handler = type("TestApi", (Api,), {"state": state})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    state["url"] = f"http://127.0.0.1:{server.server_address[1]}/w/api.php"
    yield state
    server.shutdown()
    server.server_close()


@pytest.fixture
def user_file(tmp_path, monkeypatch):
    path = tmp_path / "actors-wikidata.json"
    monkeypatch.setenv("SITREP_ACTORS_WIKIDATA", str(path))
    load_actor_dictionary.cache_clear()
    load_office_holders.cache_clear()
    yield path
    load_actor_dictionary.cache_clear()
    load_office_holders.cache_clear()


def _run(api, *extra):
    args = ["actors", "wikidata", "--endpoint", api["url"], "--delay", "0", *extra]
    return runner.invoke(app, args, env={"COLUMNS": "250"})


def test_finds_ids_and_writes_them_for_the_loader(api, user_file):
    result = _run(api)
    assert result.exit_code == 0, result.output
    rows = {line.split("│")[1].strip(): line for line in result.stdout.splitlines() if line.count("│") >= 5}
    assert "Q9000001" in rows["Ansaru"] and "matched" in rows["Ansaru"]
    assert "ambiguous" in rows["Palestinian Islamic Jihad"]
    assert "none" in rows["Dan Na Ambassagou"]
    assert "Q9000005" in rows["Lloyd Austin (person)"] and "matched" in rows["Lloyd Austin (person)"]
    written = json.loads(user_file.read_text())
    assert written["actors"] == {"Ansaru": "Q9000001"}
    assert written["people"] == {"Lloyd Austin": "Q9000005"}
    status = {r["name"]: r["status"] for r in written["results"]}
    assert status["Palestinian Islamic Jihad"] == "ambiguous" and status["Wazalendo"] == "none"
    assert "Hamas" not in status  # shipped ids are checked only with --check
    # polite: a User-Agent, at most 50 ids a call
    assert all(agent.startswith("sitrep/") for _, agent in api["requests"])
    assert all(len(q["ids"].split("|")) <= 50 for q, _ in api["requests"] if q["action"] == "wbgetentities")
    # the loader lays the ids over the shipped ones; the shipped data is untouched
    by_name = {a.name: a for a in load_actor_dictionary().actors}
    assert by_name["Ansaru"].wikidata == "Q9000001" and by_name["Hamas"].wikidata == "Q38799"
    assert {a.name: a for a in load_actor_dictionary(merged=False).actors}["Ansaru"].wikidata is None
    assert {h.wikidata for h in load_office_holders() if h.person == "Lloyd Austin"} == {"Q9000005"}


def test_an_extracted_event_carries_the_merged_id(api, user_file, monkeypatch):
    import sitrep
    from sitrep import pipeline

    assert _run(api).exit_code == 0
    fresh = pipeline.load_pipeline.__wrapped__("en")  # built after the ids were written
    monkeypatch.setattr(pipeline, "load_pipeline", lambda lang, model=None: fresh)
    x = sitrep.extract("Ansaru gunmen attacked a police post near Zaria on Monday, killing three officers.",
                       published="2024-03-05", lang="en")
    actors = [a for e in x.events for a in (e.actor1, e.actor2) if a is not None]
    assert any(a.name == "Ansaru" and a.wikidata == "Q9000001" for a in actors), actors


def test_check_reports_shipped_ids_that_fail(api, user_file):
    result = _run(api, "--check")
    assert result.exit_code == 1, result.output
    results = {r["name"]: r for r in json.loads(user_file.read_text())["results"]}
    assert results["Hamas"]["status"] == "matched" and results["Hamas"]["found"] == "Q38799"
    hezbollah = results["Hezbollah"]
    assert hezbollah["status"] == "mismatch" and hezbollah["found"] == "Q9000010"
    assert "no label or alias" in hezbollah["note"]
    assert results["Kataib Hezbollah"]["status"] == "mismatch" and "no such item" in results["Kataib Hezbollah"]["note"]
    written = json.loads(user_file.read_text())["actors"]
    assert written["Hezbollah"] == "Q9000010" and "Kataib Hezbollah" not in written
    load_actor_dictionary.cache_clear()
    assert {a.name: a for a in load_actor_dictionary().actors}["Kataib Hezbollah"].wikidata == "Q1739220"


def test_write_elsewhere_keeps_the_loader_file(api, user_file, tmp_path):
    other = tmp_path / "review.json"
    assert _run(api, "--write", str(other)).exit_code == 0
    assert json.loads(other.read_text())["actors"]["Ansaru"] == "Q9000001"
    assert not user_file.exists()


@pytest.mark.parametrize("failure, code", [({"status": 503}, "E301"), ({"broken": True}, "E302"), ({"closed": True}, "E300")])
def test_network_failures_have_codes_and_write_nothing(api, user_file, failure, code):
    api.update(failure)
    if failure.get("closed"):
        with socket.socket() as free:  # a port nothing listens on
            free.bind(("127.0.0.1", 0))
            port = free.getsockname()[1]
        api["url"] = f"http://127.0.0.1:{port}/w/api.php"
    result = _run(api, "--timeout", "2")
    assert result.exit_code == 2
    assert code in result.output
    assert not user_file.exists()


def test_a_broken_user_file_is_named(user_file):
    user_file.write_text('{"actors": {"Ansaru": "not an id"}}')
    with pytest.raises(SitrepError) as info:
        load_actor_dictionary()
    assert info.value.code == "E303" and str(user_file) in str(info.value)


def test_names_compare_folded():
    assert normalise("l'Armée nationale syrienne") == normalise("Armee Nationale  Syrienne")
    assert normalise("Kata'ib Hezbollah") == "kata ib hezbollah"
    assert normalise("The Gulf Clan") == normalise("Gulf Clan")
    assert is_acronym("JNIM") and is_acronym("IS-K") and not is_acronym("Hamas") and not is_acronym("Viv Ansanm")
