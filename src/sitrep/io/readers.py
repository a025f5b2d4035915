"""Readers: files and streams in, ``Document`` records out, with clear errors that name the input.

Supported inputs: ``.txt``, ``.html``/``.htm`` (main text via trafilatura), ``.json`` (one object
or a list of objects), ``.jsonl`` (one object per line), ``.csv``/``.tsv`` with a header and a
``text`` (or ``content``, ``body``, ``notes``) column, any of these gzipped (``.gz``), and
``"-"`` for standard input (the format is then sniffed from the first line).

* Decoding: UTF-8 (with or without BOM), UTF-16/32 with a BOM, else Windows-1252/Latin-1 when the
  bytes look like Western European text (French accents), else the encoding charset-normalizer
  detects. Any encoding other than UTF-8 is reported as warning W003 on the ``sitrep.io`` logger.
* JSONL is streamed line by line (never read whole). A broken line (bad JSON, no text, a bad
  date) is yielded as a ``Problem`` carrying its 1-based line number, and reading goes on; if
  no line gives a document, E012 is raised after the problems have been yielded.
* Article texts longer than ``MAX_CHARS`` characters are cut (at a paragraph or word boundary
  near the limit) with warning W002, never refused.
* ``published`` and ``lang`` arguments are defaults: they fill in what a record lacks and never
  replace a date or language the record (or the HTML page's metadata) gives.

Errors are ``SitrepError`` with the codes of ``sitrep.errors.Errors``; every message names the input.
"""

from __future__ import annotations

import codecs
import csv
import io
import gzip
import json
import logging
import re
import sys
import zlib
from dataclasses import dataclass
from itertools import chain
from pathlib import Path
from typing import Any, BinaryIO, Iterable, Iterator, Optional, Union

from sitrep.errors import SitrepError, Warnings
from sitrep.records import PartialDate

__all__ = [
    "Document",
    "Problem",
    "read_documents",
    "read_text_file",
    "read_text",
    "decode_bytes",
    "MAX_CHARS",
    "SUFFIXES",
]

log = logging.getLogger("sitrep.io")

MAX_CHARS = 200_000  # about 30,000 words: far beyond any news article
"""Longest article text kept; longer texts are cut with warning W002."""

TEXT_SUFFIXES = frozenset({".txt", ".text"})
HTML_SUFFIXES = frozenset({".html", ".htm"})
JSON_SUFFIXES = frozenset({".json"})
JSONL_SUFFIXES = frozenset({".jsonl", ".ndjson"})
CSV_SUFFIXES = frozenset({".csv", ".tsv"})
SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSON_SUFFIXES | JSONL_SUFFIXES | CSV_SUFFIXES

STDIN = "<stdin>"

_TEXT_FIELDS = ("text", "content", "body")
_DATE_FIELDS = ("published", "date")
_LANG_FIELDS = ("lang", "language")
_SAMPLE = 1 << 16  # bytes looked at to choose the encoding of a stream


@dataclass(frozen=True)
class Document:
    """One input article before extraction."""

    text: str
    source: str  # file name (and ':line N' for JSONL records, ':record N' for JSON lists)
    published: Optional[PartialDate] = None
    title: Optional[str] = None
    url: Optional[str] = None
    lang: Optional[str] = None
    id: Optional[str] = None


@dataclass(frozen=True)
class Problem:
    """A record that could not be read; processing goes on. ``message`` is a SitrepError text with its code."""

    source: str
    line: Optional[int]
    message: str


# --- public API ------------------------------------------------------------------------------


def read_documents(
    path: Union[str, Path],
    *,
    published: Union[PartialDate, str, None] = None,
    lang: Optional[str] = None,
) -> Iterator[Union[Document, Problem]]:
    """Documents (and ``Problem``s for unreadable records) from ``path``; ``"-"`` reads stdin.

    Raises ``SitrepError`` for a file that cannot be read at all (E001 empty, E002 binary,
    E003 undecodable, E004 missing, E007 unsupported suffix, E010 HTML without text,
    E012 every record failed, ...). Errors are raised when iteration reaches them.
    """
    if isinstance(published, str):
        try:
            published = PartialDate.parse(published)
        except ValueError:
            raise SitrepError("E009", source="published", value=published) from None
    name = str(path)
    if name == "-":
        yield from _read_stdin(published, lang)
        return
    _check_file(name)
    kind = _kind(name)
    if kind == "jsonl":
        with _open_binary(name) as fh:
            yield from _jsonl(name, fh, published, lang)
    elif kind == "csv":
        yield from _csv(name, published, lang)
    elif kind == "json":
        yield from _json(name, read_text_file(name), published, lang)
    elif kind == "html":
        yield _html(name, _read_bytes(name), published, lang)
    else:
        yield _text_document(name, read_text_file(name), published, lang)


def read_text_file(path: Union[str, Path]) -> str:
    """The decoded text of a file (``"-"``: stdin; ``.gz`` is decompressed), robustly decoded.

    Raises E004 (missing), E001 (empty or whitespace only), E002 (binary), E003 (undecodable).
    The text is returned whole: cutting to ``MAX_CHARS`` is done on article texts by
    ``read_documents``.
    """
    name = str(path)
    data = _stdin_bytes() if name == "-" else _read_bytes(name)
    return decode_bytes(data, STDIN if name == "-" else name)


read_text = read_text_file  # short alias


def decode_bytes(data: bytes, source: str) -> str:
    """Decode the bytes of a whole text; ``source`` names it in errors and warnings."""
    if not data.strip():
        raise SitrepError("E001", source=source)
    text, encoding = _decode(data, source)
    if encoding is not None:
        _warn("W003", source=source, encoding=encoding)
    if not text.strip():
        raise SitrepError("E001", source=source)
    return text


# --- decoding --------------------------------------------------------------------------------

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Characters other than ASCII that Western European (French, English, ...) text is made of
_WESTERN = frozenset(
    [chr(c) for c in range(0xC0, 0x100) if c not in (0xD7, 0xF7)]
    + list("\u00a0¡¢£¤¥¦§¨©ª«¬\u00ad®¯°±²³´µ¶·¸¹º»¼½¾¿×÷")
    + list("€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ")
)
_CONTROL = frozenset(range(0, 9)) | frozenset(range(14, 32)) | {0x7F}


def _decode(data: bytes, source: str) -> tuple[str, Optional[str]]:
    """(text, encoding to report or None for UTF-8)."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError as exc:
                raise SitrepError("E003", source=source, detail=f"{encoding} with a byte order mark: {exc.reason}") from None
            return text, (None if encoding == "utf-8-sig" else encoding.upper())
    sample = data[:_SAMPLE]
    if b"\x00" in sample:
        raise SitrepError("E002", source=source, detail="it contains NUL bytes")
    if _control_ratio(sample) > 0.3:
        raise SitrepError("E002", source=source, detail="it is mostly control bytes")
    try:
        return data.decode("utf-8"), None
    except UnicodeDecodeError:
        pass
    western = _western(data)
    if western is not None:
        return western
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is not None:
        text = str(best)
        if _control_ratio(text.encode("utf-8", "replace")[:_SAMPLE]) <= 0.05:
            return text, best.encoding
    if _control_ratio(sample) > 0.05 or _high_ratio(sample) > 0.3:
        raise SitrepError("E002", source=source, detail="its bytes are not text in any known encoding")
    raise SitrepError("E003", source=source, detail="it is not UTF-8 and no other encoding fits")


def _western(data: bytes) -> Optional[tuple[str, str]]:
    """Windows-1252 (or Latin-1) text, if the bytes read as Western European text that way.

    Short French texts defeat statistical detectors (charset-normalizer may answer cp1250 or
    cp1006 for a sentence with accents), so this common case is checked first: every
    character outside ASCII must be a Western letter or sign, and letters outside ASCII must be
    at most half of the letters (as in French; not as in Cyrillic or Greek read the wrong way).
    """
    try:
        text, encoding = data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        text, encoding = data.decode("latin-1"), "latin-1"
    if encoding == "cp1252" and not any(0x80 <= b <= 0x9F for b in data):
        encoding = "latin-1"  # the same text either way: report the simpler name
    high = [c for c in text if ord(c) > 0x7F]
    if not high or any(c not in _WESTERN for c in high):
        return None
    letters = sum(1 for c in text if c.isalpha())
    high_letters = sum(1 for c in high if c.isalpha())
    if letters == 0 or high_letters / letters > 0.5:
        return None
    return text, encoding


def _control_ratio(sample: bytes) -> float:
    return sum(1 for b in sample if b in _CONTROL) / len(sample) if sample else 0.0


def _high_ratio(sample: bytes) -> float:
    return sum(1 for b in sample if b > 0x7F) / len(sample) if sample else 0.0


def _cut(text: str, source: str) -> str:
    """``text`` cut to ``MAX_CHARS`` (at a paragraph, line or word boundary near the end), W002."""
    if len(text) <= MAX_CHARS:
        return text
    head = text[:MAX_CHARS]
    floor = MAX_CHARS - 10_000
    for sep in ("\n\n", "\n", " "):
        at = head.rfind(sep, floor)
        if at > 0:
            head = head[:at]
            break
    _warn("W002", source=source, limit=MAX_CHARS)
    return head.rstrip()


def _warn(code: str, **details: Any) -> None:
    log.warning("[%s] %s", code, getattr(Warnings, code).format(**details), extra={"sitrep_code": code})


# --- files -----------------------------------------------------------------------------------


def _kind(name: str) -> str:
    base = name[:-3] if name.lower().endswith(".gz") else name
    suffix = Path(base).suffix.lower()
    if suffix in JSONL_SUFFIXES:
        return "jsonl"
    if suffix in JSON_SUFFIXES:
        return "json"
    if suffix in CSV_SUFFIXES:
        return "csv"
    if suffix in HTML_SUFFIXES:
        return "html"
    if suffix in TEXT_SUFFIXES:
        return "text"
    shown = Path(name).suffix if suffix == "" else suffix
    raise SitrepError("E007", source=name, suffix=shown or "(none)")


def _check_file(name: str) -> None:
    p = Path(name)
    if p.is_dir():
        raise SitrepError("E100", source=name)
    if not p.is_file():
        raise SitrepError("E004", source=name)


def _open_binary(name: str) -> BinaryIO:
    if name.lower().endswith(".gz"):
        return gzip.open(name, "rb")  # type: ignore[return-value]
    return open(name, "rb")


def _read_bytes(name: str) -> bytes:
    _check_file(name)
    try:
        with _open_binary(name) as fh:
            return fh.read()
    except (gzip.BadGzipFile, zlib.error, EOFError) as exc:
        raise SitrepError("E003", source=name, detail=f"not a valid gzip file: {exc}") from None
    except OSError as exc:
        raise SitrepError("E003", source=name, detail=str(exc)) from None


def _stdin_bytes() -> bytes:
    buffer = getattr(sys.stdin, "buffer", None)
    if buffer is not None:
        return buffer.read()
    return sys.stdin.read().encode("utf-8")


def _stdin_lines() -> Iterator[bytes]:
    buffer = getattr(sys.stdin, "buffer", None)
    if buffer is not None:
        yield from buffer
    else:
        for line in sys.stdin:
            yield line.encode("utf-8")


def _read_stdin(published: Optional[PartialDate], lang: Optional[str]) -> Iterator[Union[Document, Problem]]:
    """stdin: JSONL if the first non-blank line is a JSON object, JSON if it opens a list or an
    object spread over lines, HTML if it starts with a tag, else plain text."""
    lines = _stdin_lines()
    head: list[bytes] = []
    first = b""
    for line in lines:
        head.append(line)
        if line.strip():
            first = line.strip().lstrip(codecs.BOM_UTF8)
            break
    rest = chain(head, lines)
    if first.startswith(b"{"):
        try:
            is_object = isinstance(json.loads(first), dict)
        except ValueError:
            is_object = False
        if is_object:
            yield from _jsonl(STDIN, rest, published, lang)
            return
    data = b"".join(rest)
    if first.startswith((b"[", b"{")):
        yield from _json(STDIN, decode_bytes(data, STDIN), published, lang)
    elif first.startswith(b"<") and re.match(rb"<(!doctype|html|head|body|meta|title|div|p|article|!--)\b", first, re.I):
        yield _html(STDIN, data, published, lang)
    else:
        yield _text_document(STDIN, decode_bytes(data, STDIN), published, lang)


def _text_document(name: str, text: str, published: Optional[PartialDate], lang: Optional[str]) -> Document:
    return Document(text=_cut(text, name), source=name, published=published, lang=lang)


# --- HTML ------------------------------------------------------------------------------------

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_:.-]+)""", re.I)


def _decode_html(data: bytes, name: str) -> str:
    if not data.strip():
        raise SitrepError("E001", source=name)
    m = _META_CHARSET.search(data[:4096])
    if m and not data.startswith((codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        declared = m.group(1).decode("ascii").lower()
        try:
            canonical = codecs.lookup(declared).name
        except LookupError:
            canonical = None
        if canonical is not None and canonical != "utf-8" and b"\x00" not in data[:_SAMPLE]:
            if canonical == "latin-1" or canonical == "iso8859-1":
                canonical = "cp1252"  # what browsers do with a Latin-1 label
            try:
                text = data.decode(canonical)
            except UnicodeDecodeError:
                pass
            else:
                try:
                    data.decode("utf-8")  # mislabelled UTF-8 is common: trust the bytes
                except UnicodeDecodeError:
                    _warn("W003", source=name, encoding=canonical)
                    return text
    return decode_bytes(data, name)


def _html(name: str, data: bytes, published: Optional[PartialDate], lang: Optional[str]) -> Document:
    import trafilatura

    html = _decode_html(data, name)
    raw = trafilatura.extract(
        html,
        output_format="json",
        with_metadata=True,
        favor_recall=True,
        include_comments=False,
        include_tables=False,
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    meta = json.loads(raw) if raw else {}
    text = meta.get("text") or ""
    if not text.strip():
        raise SitrepError("E010", source=name)
    # trafilatura puts one paragraph per line: make paragraphs explicit
    text = "\n\n".join(line.strip() for line in text.splitlines() if line.strip())
    date = None
    if meta.get("date"):
        try:
            date = PartialDate.parse(meta["date"])
        except ValueError:
            date = None
    return Document(
        text=_cut(text, name),
        source=name,
        published=date or published,
        title=meta.get("title") or None,
        url=meta.get("source") or None,
        lang=meta.get("language") or lang,
    )


# --- CSV ------------------------------------------------------------------------------------

_CSV_TEXT_FIELDS = _TEXT_FIELDS + ("notes",)


def _csv(name: str, published: Optional[PartialDate], lang: Optional[str]) -> Iterator[Union[Document, Problem]]:
    """Rows of a CSV/TSV file with a header, streamed; one Document per row with text."""
    with _open_binary(name) as fh:
        sample = fh.read(_SAMPLE)
    if not sample.strip():
        raise SitrepError("E001", source=name)
    encoding = _LineDecoder(name, sample).encoding
    delimiter = "\t" if _kind_base(name).endswith(".tsv") else ","
    csv.field_size_limit(MAX_CHARS * 4)
    with _open_binary(name) as raw, io.TextIOWrapper(raw, encoding=encoding, newline="") as fh:
        rows = csv.DictReader(fh, delimiter=delimiter)
        columns = [c.strip().lower() for c in rows.fieldnames or []]
        field = next((c for c in _CSV_TEXT_FIELDS if c in columns), None)
        if field is None:
            raise SitrepError("E103", source=name, columns=", ".join(columns) or "(none)")
        good = 0
        for row in rows:
            record = {(k or "").strip().lower(): v for k, v in row.items()}
            record["text"] = record.get(field)
            item = _from_record(name, rows.line_num, f"{name}:line {rows.line_num}", record, published, lang)
            good += isinstance(item, Document)
            yield item
    if good == 0:
        raise SitrepError("E012", source=name)


def _kind_base(name: str) -> str:
    return (name[:-3] if name.lower().endswith(".gz") else name).lower()


def html_document(name: str, data: bytes, published: Optional[PartialDate] = None, lang: Optional[str] = None) -> Document:
    """The article of an HTML page's bytes (``name``: its file name or URL, for errors)."""
    return _html(name, data, published, lang)


# --- JSON and JSONL --------------------------------------------------------------------------


def _jsonl(
    name: str, lines: Iterable[bytes], published: Optional[PartialDate], lang: Optional[str]
) -> Iterator[Union[Document, Problem]]:
    good = bad = 0
    decoder: Optional[_LineDecoder] = None
    pending: list[bytes] = []
    it = iter(lines)
    # choose the encoding from the first 64 KiB, then decode line by line
    size = 0
    for raw in it:
        pending.append(raw)
        size += len(raw)
        if size >= _SAMPLE:
            break
    if not b"".join(pending).strip():
        raise SitrepError("E001", source=name)
    decoder = _LineDecoder(name, b"".join(pending))
    for number, raw in enumerate(chain(pending, it), start=1):
        if not raw.strip():
            continue
        item = decoder.decode(raw, number)
        if not isinstance(item, Problem):
            item = _parse_line(name, number, item, published, lang)
        if isinstance(item, Problem):
            bad += 1
        else:
            good += 1
        yield item
    if good == 0:
        raise SitrepError("E012" if bad else "E001", source=name)


class _LineDecoder:
    """Decodes the lines of a JSON Lines stream in the encoding chosen from its first bytes."""

    def __init__(self, name: str, sample: bytes) -> None:
        self.name = name
        self.encoding = "utf-8"
        if sample.startswith(codecs.BOM_UTF8):
            self.encoding = "utf-8-sig"
        elif sample.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):
            raise SitrepError("E003", source=name, detail="JSON Lines must be UTF-8, not UTF-16 or UTF-32")
        elif b"\x00" in sample:
            raise SitrepError("E002", source=name, detail="it contains NUL bytes")
        else:
            try:
                codecs.getincrementaldecoder("utf-8")().decode(sample, final=False)
            except UnicodeDecodeError:
                _, found = _decode(sample, name)
                if found:
                    self.encoding = found
                    _warn("W003", source=name, encoding=found)

    def decode(self, raw: bytes, number: int) -> Union[str, Problem]:
        encoding = "utf-8-sig" if number == 1 and self.encoding.startswith("utf-8") else self.encoding
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError as exc:
            err = SitrepError("E003", source=f"{self.name}, line {number}", detail=f"{self.encoding}: {exc.reason}")
            return Problem(self.name, number, str(err))


def _parse_line(
    name: str, number: int, line: str, published: Optional[PartialDate], lang: Optional[str]
) -> Union[Document, Problem]:
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        err = SitrepError("E005", source=name, line=number, detail=exc.msg)
        return Problem(name, number, str(err))
    return _from_record(name, number, f"{name}:line {number}", record, published, lang)


def _json(name: str, text: str, published: Optional[PartialDate], lang: Optional[str]) -> Iterator[Union[Document, Problem]]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise SitrepError("E005", source=name, line=exc.lineno, detail=exc.msg) from None
    if isinstance(data, dict):
        records, labelled = [data], False
    elif isinstance(data, list):
        records, labelled = data, True
    else:
        raise SitrepError("E101", source=name, kind=_json_kind(data))
    if not records:
        raise SitrepError("E001", source=name)
    good = 0
    for index, record in enumerate(records, start=1):
        source = f"{name}:record {index}" if labelled else name
        item = _from_record(name, None, source, record, published, lang, index=index)
        good += isinstance(item, Document)
        yield item
    if good == 0:
        raise SitrepError("E012", source=name)


def _from_record(
    name: str,
    line: Optional[int],
    source: str,
    record: Any,
    published: Optional[PartialDate],
    lang: Optional[str],
    index: Optional[int] = None,
) -> Union[Document, Problem]:
    """A Document from one JSON object, or a Problem saying what is wrong with it."""

    def problem(code: str, **details: Any) -> Problem:
        return Problem(name, line, str(SitrepError(code, **details)))

    def bad(detail: str) -> Problem:
        if line is None:
            return problem("E102", source=name, index=index, detail=detail)
        return problem("E015", source=name, line=line, detail=detail)

    if not isinstance(record, dict):
        return bad(f"expected a JSON object, found {_json_kind(record)}")
    text = _first(record, _TEXT_FIELDS)
    if text is None or (isinstance(text, str) and not text.strip()):
        if line is None:
            return bad("the record has no 'text' field")
        return problem("E006", source=name, line=line)
    if not isinstance(text, str):
        return bad(f"'text' must be a string, found {_json_kind(text)}")
    raw_date = _first(record, _DATE_FIELDS)
    date = published
    if raw_date not in (None, ""):
        try:
            date = PartialDate.parse(str(raw_date))
        except ValueError:
            at = f"{name}, line {line}" if line is not None else (f"{name}, record {index}" if source != name else name)
            return problem("E009", source=at, value=raw_date)
    rec_lang = _first(record, _LANG_FIELDS)
    rec_id = record.get("id")
    return Document(
        text=_cut(text, source),
        source=source,
        published=date,
        title=_str_or_none(record.get("title")),
        url=_str_or_none(record.get("url")),
        lang=_str_or_none(rec_lang) or lang,
        id=None if rec_id is None or rec_id == "" else str(rec_id),
    )


def _first(record: dict, fields: tuple[str, ...]) -> Any:
    for f in fields:
        if record.get(f) is not None:
            return record[f]
    return None


def _str_or_none(value: Any) -> Optional[str]:
    if value is None:
        return None
    value = str(value).strip()
    return value or None


def _json_kind(value: Any) -> str:
    return {dict: "an object", list: "a list", str: "a string", bool: "a boolean", type(None): "null"}.get(
        type(value), "a number"
    )

