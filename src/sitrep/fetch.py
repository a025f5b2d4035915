"""Articles from the web: a page URL gives its article, an RSS/Atom feed URL the articles it links to.

Pages are downloaded with the standard library (a timeout, a plain user agent), then read like an
.html file (trafilatura finds the main text and the page's date and language). Feeds are parsed with
the standard library's XML parser (RSS ``<item><link>``, Atom ``<entry><link href>``). Any failure is a ``Problem`` naming the URL (E204), never a crash.
"""

from __future__ import annotations

import urllib.error
from dataclasses import replace
from xml.etree import ElementTree
import urllib.parse
import urllib.request
from typing import Iterator, Optional, Union

from sitrep.errors import SitrepError
from sitrep.io.readers import Document, Problem, html_document
from sitrep.records import PartialDate

TIMEOUT = 20.0
MAX_BYTES = 10 * 1024 * 1024
USER_AGENT = "sitrep (+https://pypi.org/project/sitrep)"


def fetch_documents(url: str, published: Optional[PartialDate] = None, lang: Optional[str] = None) -> Iterator[Union[Document, Problem]]:
    """The article at ``url``, or every article an RSS/Atom feed at ``url`` links to."""
    try:
        data = download(url)
    except SitrepError as exc:
        yield Problem(url, None, str(exc))
        return
    head = data[:512].decode("utf-8", "replace").lstrip()
    if _is_feed(head):
        for link in feed_links(url, data.decode("utf-8", "replace")):
            yield from fetch_documents(link, published, lang)
        return
    try:
        doc = html_document(url, data, published, lang)
        yield doc if doc.url else replace(doc, url=url)
    except SitrepError as exc:
        yield Problem(url, None, str(exc))


def download(url: str) -> bytes:
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT})
    try:
        with urllib.request.urlopen(request, timeout=TIMEOUT) as response:
            return response.read(MAX_BYTES)
    except (urllib.error.URLError, OSError, ValueError) as exc:
        raise SitrepError("E204", source=url, detail=str(getattr(exc, "reason", exc))) from None


def feed_links(url: str, feed: str) -> list[str]:
    """The article links of an RSS or Atom feed, made absolute, in feed order, without repeats."""
    try:
        root = ElementTree.fromstring(feed.strip().encode("utf-8"))
    except ElementTree.ParseError as exc:
        raise SitrepError("E204", source=url, detail=f"not a valid RSS/Atom feed: {exc}") from None
    links: list[str] = []
    for entry in root.iter():
        if _local(entry.tag) not in ("item", "entry"):
            continue
        for child in entry:
            if _local(child.tag) != "link":
                continue
            href = child.get("href") if child.get("rel", "alternate") == "alternate" else None
            link = (href or child.text or "").strip()
            if link:
                links.append(urllib.parse.urljoin(url, link))
                break
    return list(dict.fromkeys(links))


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1].lower()


def _is_feed(head: str) -> bool:
    start = head[:300].lower()
    return "<rss" in start or "<feed" in start or ("<?xml" in start and "<html" not in start)
