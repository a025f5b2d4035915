"""Articles from URLs and RSS/Atom feeds, served by a local web server the test starts."""

import functools
import http.server
import threading

import pytest

from sitrep.fetch import feed_links, fetch_documents
from sitrep.io.readers import Document, Problem

PAGE = """<html><head><title>{title}</title><meta name="date" content="2024-03-12"></head><body><article>
<h1>{title}</h1><p>{text}</p><p>Les autorités locales n'avaient pas encore réagi mardi soir, et les habitants
de la région disent craindre de nouvelles violences dans les jours à venir.</p></article></body></html>"""


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    root = tmp_path_factory.mktemp("site")
    (root / "news").mkdir()
    (root / "news" / "a.html").write_text(PAGE.format(title="Attaque à Mopti", text="Des hommes armés ont abattu trois civils lundi à Mopti, au Mali, selon un élu local."), encoding="utf-8")
    (root / "news" / "b.html").write_text(PAGE.format(title="Frappe à Gao", text="Une frappe de drone a tué cinq combattants lundi près de Gao, au Mali, selon une source militaire."), encoding="utf-8")
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(root))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    base = f"http://127.0.0.1:{server.server_address[1]}"
    (root / "rss.xml").write_text(
        f"""<?xml version="1.0"?><rss version="2.0"><channel><title>t</title><link>{base}/</link>
        <item><title>A</title><link>{base}/news/a.html</link></item>
        <item><title>B</title><link>/news/b.html</link></item>
        <item><title>A again</title><link>{base}/news/a.html</link></item></channel></rss>""",
        encoding="utf-8",
    )
    (root / "atom.xml").write_text(
        f"""<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>t</title>
        <entry><title>B</title><link rel="alternate" href="{base}/news/b.html"/></entry></feed>""",
        encoding="utf-8",
    )
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield base
    server.shutdown()


def test_a_page_url_gives_its_article_with_date_and_url(site):
    [doc] = fetch_documents(f"{site}/news/a.html")
    assert isinstance(doc, Document)
    assert "trois civils" in doc.text and str(doc.published) == "2024-03-12" and doc.url.endswith("/news/a.html")


def test_an_rss_feed_gives_each_linked_article_once(site):
    docs = list(fetch_documents(f"{site}/rss.xml"))
    assert [d.title for d in docs] == ["Attaque à Mopti", "Frappe à Gao"]


def test_an_atom_feed_is_read(site):
    assert [d.title for d in fetch_documents(f"{site}/atom.xml")] == ["Frappe à Gao"]


def test_unreachable_urls_are_problems_that_name_them(site):
    [missing] = fetch_documents(f"{site}/news/none.html")
    assert isinstance(missing, Problem) and "E204" in missing.message and "none.html" in missing.message
    [refused] = fetch_documents("http://127.0.0.1:9/x")
    assert isinstance(refused, Problem) and "127.0.0.1:9" in refused.message


def test_a_broken_feed_is_an_error_naming_it():
    from sitrep.errors import SitrepError

    with pytest.raises(SitrepError) as info:
        feed_links("http://example.org/rss", "<rss><channel><item>")
    assert info.value.code == "E204"


def test_ingest_reads_a_feed(site, tmp_path):
    from sitrep.ingest import ingest
    from sitrep.store import Store

    result = ingest([f"{site}/rss.xml"], tmp_path / "s.duckdb")
    assert (result.seen, result.added) == (2, 2)
    assert Store(tmp_path / "s.duckdb").counts()["events"] == 2
