"""Readers: every input type and every error, on files written here into tmp_path."""

from __future__ import annotations

import gzip
import io
import json
import logging
import random

import pytest

from sitrep.errors import SitrepError
from sitrep.io import readers
from sitrep.io.readers import MAX_CHARS, Document, Problem, read_documents, read_text_file
from sitrep.records import PartialDate

FRENCH = (
    "Élève à l'école, il a reçu des éloges à Noël ; ça déçoit le garçon. "
    "La façade de l'hôpital, près du château, a été détruite où l'on s'y attendait le moins."
)
ARTICLE_FR = "Une frappe aérienne a touché Djibo mercredi, faisant deux morts et trois blessés, selon le préfet."
ARTICLE_EN = "Police fired tear gas at protesters in Kano on Wednesday and arrested 12 people."


def docs(path, **kwargs):
    return list(read_documents(path, **kwargs))


def only_doc(path, **kwargs) -> Document:
    items = docs(path, **kwargs)
    assert len(items) == 1 and isinstance(items[0], Document), items
    return items[0]


def write_jsonl(path, lines):
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


# --- plain text and decoding -----------------------------------------------------------------


def test_txt_utf8(tmp_path):
    p = tmp_path / "a.txt"
    p.write_text(ARTICLE_FR, encoding="utf-8")
    d = only_doc(p)
    assert d.text == ARTICLE_FR
    assert d.source == str(p)
    assert d.published is None and d.lang is None


def test_txt_published_and_lang_arguments(tmp_path):
    p = tmp_path / "a.txt"
    p.write_text(ARTICLE_FR, encoding="utf-8")
    d = only_doc(p, published=PartialDate(2024, 3, 14), lang="fr")
    assert d.published == PartialDate(2024, 3, 14) and d.lang == "fr"
    assert only_doc(p, published="2024-03").published == PartialDate(2024, 3)


def test_utf8_bom(tmp_path, caplog):
    p = tmp_path / "bom.txt"
    p.write_bytes(b"\xef\xbb\xbf" + ARTICLE_FR.encode("utf-8"))
    with caplog.at_level(logging.WARNING, logger="sitrep.io"):
        d = only_doc(p)
    assert d.text == ARTICLE_FR  # no BOM left, accents intact
    assert not [r for r in caplog.records if "W003" in r.getMessage()]


def test_latin1_french(tmp_path, caplog):
    p = tmp_path / "latin1.txt"
    p.write_bytes(FRENCH.encode("latin-1"))
    with caplog.at_level(logging.WARNING, logger="sitrep.io"):
        d = only_doc(p)
    assert d.text == FRENCH
    for ch in "éàçèôâ":
        assert ch in d.text
    warnings = [r.getMessage() for r in caplog.records if r.name == "sitrep.io"]
    assert any("W003" in w and str(p) in w for w in warnings), warnings


def test_latin1_short_sentence(tmp_path):
    p = tmp_path / "short.txt"
    text = "Deux morts et trois blessés à Gao, selon le préfet."
    p.write_bytes(text.encode("latin-1"))
    assert only_doc(p).text == text


def test_cp1252_curly_apostrophe(tmp_path, caplog):
    text = "L’armée a déclaré qu’une frappe a touché Ménaka ; « c’est un succès », a dit le porte-parole. Œuvre, cœur."
    p = tmp_path / "cp1252.txt"
    p.write_bytes(text.encode("cp1252"))
    with caplog.at_level(logging.WARNING, logger="sitrep.io"):
        d = only_doc(p)
    assert d.text == text
    assert any("W003" in r.getMessage() for r in caplog.records)


def test_read_text_file(tmp_path):
    p = tmp_path / "x.txt"
    p.write_bytes(FRENCH.encode("cp1252"))
    assert read_text_file(p) == FRENCH


def test_no_output_on_stdout(tmp_path, capsys):
    p = tmp_path / "latin1.txt"
    p.write_bytes(FRENCH.encode("latin-1"))
    docs(p)
    assert capsys.readouterr().out == ""


# --- errors ----------------------------------------------------------------------------------


def expect(code, path, **kwargs) -> SitrepError:
    with pytest.raises(SitrepError) as info:
        docs(path, **kwargs)
    assert info.value.code == code, str(info.value)
    assert str(info.value).startswith(f"[{code}]")
    return info.value


def test_empty_file(tmp_path):
    p = tmp_path / "empty.txt"
    p.write_bytes(b"")
    err = expect("E001", p)
    assert "empty.txt" in str(err)


def test_whitespace_only_file(tmp_path):
    p = tmp_path / "blank.txt"
    p.write_text("  \n\t\n   \r\n", encoding="utf-8")
    err = expect("E001", p)
    assert "blank.txt" in str(err)


def test_binary_png(tmp_path):
    rng = random.Random(7)
    p = tmp_path / "image.txt"
    p.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(rng.randrange(256) for _ in range(4000)))
    err = expect("E002", p)
    assert "image.txt" in str(err)


def test_binary_random_bytes_without_nul(tmp_path):
    rng = random.Random(11)
    p = tmp_path / "noise.txt"
    p.write_bytes(bytes(rng.randrange(1, 256) for _ in range(5000)))
    err = expect("E002", p)
    assert "noise.txt" in str(err)


def test_missing_file(tmp_path):
    err = expect("E004", tmp_path / "nope.txt")
    assert "nope.txt" in str(err)


def test_directory(tmp_path):
    expect("E100", tmp_path)


def test_unsupported_suffix(tmp_path):
    p = tmp_path / "report.pdf"
    p.write_bytes(b"%PDF-1.4 whatever")
    err = expect("E007", p)
    assert "report.pdf" in str(err) and ".pdf" in str(err)


def test_bad_gzip(tmp_path):
    p = tmp_path / "bad.txt.gz"
    p.write_bytes(b"this is not gzip at all")
    err = expect("E003", p)
    assert "bad.txt.gz" in str(err)


def test_bad_published_argument(tmp_path):
    p = tmp_path / "a.txt"
    p.write_text(ARTICLE_EN, encoding="utf-8")
    expect("E009", p, published="14/03/2024")


# --- size limit ------------------------------------------------------------------------------


def test_two_megabyte_article_is_cut(tmp_path, caplog):
    paragraph = ("Une frappe aérienne a touché Djibo, faisant deux morts. " * 20).strip()
    text = "\n\n".join([paragraph] * (2_100_000 // len(paragraph) + 1))
    p = tmp_path / "big.txt"
    p.write_text(text, encoding="utf-8")
    assert p.stat().st_size > 2_000_000
    with caplog.at_level(logging.WARNING, logger="sitrep.io"):
        d = only_doc(p)
    assert 0 < len(d.text) <= MAX_CHARS
    assert len(d.text) > MAX_CHARS - 20_000
    assert text.startswith(d.text)
    assert any("W002" in r.getMessage() for r in caplog.records)


def test_big_jsonl_record_is_cut(tmp_path, monkeypatch):
    monkeypatch.setattr(readers, "MAX_CHARS", 1000)
    p = write_jsonl(tmp_path / "big.jsonl", [json.dumps({"text": "mot " * 1000})])
    d = only_doc(p)
    assert len(d.text) <= 1000


# --- JSON Lines ------------------------------------------------------------------------------


def test_jsonl_fields_and_aliases(tmp_path):
    p = write_jsonl(
        tmp_path / "a.jsonl",
        [
            json.dumps({"id": "a1", "text": ARTICLE_FR, "published": "2024-03-14", "title": "T", "url": "http://x", "lang": "fr"}),
            json.dumps({"content": ARTICLE_EN, "date": "2024-03", "id": 7}),
            json.dumps({"body": "Le texte trois."}, ensure_ascii=False),
        ],
    )
    a, b, c = docs(p, published=PartialDate(2024, 1, 1), lang="en")
    assert (a.text, a.id, a.title, a.url, a.lang, a.published) == (ARTICLE_FR, "a1", "T", "http://x", "fr", PartialDate(2024, 3, 14))
    assert a.source == f"{p}:line 1"
    assert (b.text, b.id, b.published, b.lang) == (ARTICLE_EN, "7", PartialDate(2024, 3), "en")
    # the argument fills in only what the record lacks
    assert c.published == PartialDate(2024, 1, 1) and c.lang == "en" and c.id is None


def test_jsonl_broken_line_in_the_middle(tmp_path):
    p = write_jsonl(
        tmp_path / "mixed.jsonl",
        [
            json.dumps({"id": "1", "text": "premier"}),
            json.dumps({"id": "2", "text": "deuxième"}, ensure_ascii=False),
            '{"id": "3", "text": "cassé"',  # line 3: bad JSON
            json.dumps({"id": "4", "title": "no text"}),  # line 4: no text
            "",  # blank lines are skipped, but counted
            json.dumps({"id": "6", "text": "sixième", "published": "2024-02-30"}, ensure_ascii=False),  # bad date
            json.dumps({"id": "7", "text": "septième"}, ensure_ascii=False),
        ],
    )
    items = docs(p)
    assert [i.id for i in items if isinstance(i, Document)] == ["1", "2", "7"]
    problems = [i for i in items if isinstance(i, Problem)]
    assert [(pr.line, pr.message[:6]) for pr in problems] == [(3, "[E005]"), (4, "[E006]"), (6, "[E009]")]
    assert all(str(p) in pr.message and pr.source == str(p) for pr in problems)
    assert "line 3" in problems[0].message
    # order is kept: documents and problems interleave as in the file
    assert [getattr(i, "id", None) or i.line for i in items] == ["1", "2", 3, 4, 6, "7"]


def test_jsonl_all_broken(tmp_path):
    p = write_jsonl(tmp_path / "bad.jsonl", ["{nope", json.dumps({"title": "no text"}), "[1, 2]"])
    seen = []
    with pytest.raises(SitrepError) as info:
        for item in read_documents(p):
            seen.append(item)
    assert info.value.code == "E012" and "bad.jsonl" in str(info.value)
    assert [pr.line for pr in seen] == [1, 2, 3]


def test_jsonl_is_streamed(tmp_path, monkeypatch):
    """The first document comes out before the rest of the file is read."""
    p = write_jsonl(tmp_path / "s.jsonl", [json.dumps({"text": f"texte {i}"}) for i in range(5)] + ["{broken"])
    it = read_documents(p)
    assert next(it).text == "texte 0"
    rest = list(it)
    assert isinstance(rest[-1], Problem) and rest[-1].line == 6


def test_jsonl_latin1(tmp_path):
    p = tmp_path / "l1.jsonl"
    p.write_bytes((json.dumps({"text": FRENCH}, ensure_ascii=False) + "\n").encode("latin-1"))
    assert only_doc(p).text == FRENCH


def test_gz_jsonl(tmp_path):
    p = tmp_path / "a.jsonl.gz"
    with gzip.open(p, "wt", encoding="utf-8") as fh:
        for i in range(3):
            fh.write(json.dumps({"id": i, "text": f"{ARTICLE_FR} ({i})"}, ensure_ascii=False) + "\n")
    items = docs(p)
    assert [d.id for d in items] == ["0", "1", "2"]
    assert items[2].text.endswith("(2)") and "é" in items[0].text


def test_gz_txt(tmp_path):
    p = tmp_path / "a.txt.gz"
    p.write_bytes(gzip.compress(FRENCH.encode("latin-1")))
    assert only_doc(p).text == FRENCH


# --- JSON ------------------------------------------------------------------------------------


def test_json_list(tmp_path):
    p = tmp_path / "list.json"
    p.write_text(
        json.dumps([{"id": "a", "text": ARTICLE_FR, "published": "2024-03-14"}, {"id": "b"}, {"id": "c", "body": ARTICLE_EN}]),
        encoding="utf-8",
    )
    items = docs(p)
    assert isinstance(items[0], Document) and items[0].text == ARTICLE_FR and items[0].published == PartialDate(2024, 3, 14)
    assert isinstance(items[1], Problem) and "[E102]" in items[1].message and "record 2" in items[1].message
    assert isinstance(items[2], Document) and items[2].id == "c" and items[2].source == f"{p}:record 3"


def test_json_single_object(tmp_path):
    p = tmp_path / "one.json"
    p.write_text(json.dumps({"text": ARTICLE_EN, "lang": "en"}), encoding="utf-8")
    d = only_doc(p)
    assert d.text == ARTICLE_EN and d.lang == "en" and d.source == str(p)


def test_json_invalid(tmp_path):
    p = tmp_path / "bad.json"
    p.write_text('{"text": "x",\n  oops}', encoding="utf-8")
    err = expect("E005", p)
    assert "line 2" in str(err)


def test_json_wrong_top_level(tmp_path):
    p = tmp_path / "num.json"
    p.write_text("42", encoding="utf-8")
    expect("E101", p)


def test_json_all_records_fail(tmp_path):
    p = tmp_path / "none.json"
    p.write_text(json.dumps([{"title": "a"}, 3]), encoding="utf-8")
    expect("E012", p)


# --- HTML ------------------------------------------------------------------------------------

HTML = """<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8">
<title>Frappe aérienne à Djibo | Le Courrier fictif</title>
<meta property="article:published_time" content="2024-03-14T08:00:00Z">
</head><body>
<nav><ul><li><a href="/">Accueil</a></li><li><a href="/monde">Monde</a></li>
<li><a href="/abonnement">Abonnez-vous à notre lettre du matin</a></li></ul></nav>
<article><h1>Frappe aérienne à Djibo</h1>
<p>Une frappe aérienne a touché mercredi soir un dépôt de carburant à la sortie de Djibo, faisant deux morts et trois blessés, selon le gouverneur de la région.</p>
<p>Les habitants ont fui vers les villages voisins, a rapporté un commerçant joint par téléphone.</p>
</article>
<footer><p>© 2024 Le Courrier fictif. Tous droits réservés. Politique de confidentialité.</p></footer>
</body></html>
"""


def test_html_main_text_without_boilerplate(tmp_path):
    p = tmp_path / "page.html"
    p.write_text(HTML, encoding="utf-8")
    d = only_doc(p)
    assert "deux morts et trois blessés" in d.text
    assert "Les habitants ont fui" in d.text
    for noise in ("Accueil", "Abonnez-vous", "Tous droits réservés", "confidentialité"):
        assert noise not in d.text
    assert "\n\n" in d.text  # paragraphs kept apart
    assert d.title and "Frappe aérienne" in d.title
    assert d.published == PartialDate(2024, 3, 14)


def test_html_record_date_wins_over_argument(tmp_path):
    p = tmp_path / "page.htm"
    p.write_text(HTML, encoding="utf-8")
    assert only_doc(p, published=PartialDate(2020, 1, 1)).published == PartialDate(2024, 3, 14)


def test_html_latin1_declared(tmp_path):
    p = tmp_path / "latin.html"
    p.write_bytes(HTML.replace('charset="utf-8"', 'charset="iso-8859-1"').replace("©", "(c)").encode("latin-1"))
    d = only_doc(p)
    assert "deux morts et trois blessés" in d.text


def test_html_without_text(tmp_path):
    p = tmp_path / "empty.html"
    p.write_text("<html><head><title>x</title><script>var a = 1;</script></head><body></body></html>", encoding="utf-8")
    err = expect("E010", p)
    assert "empty.html" in str(err)


# --- stdin -----------------------------------------------------------------------------------


def test_stdin_text(monkeypatch):
    monkeypatch.setattr("sys.stdin", io.StringIO(ARTICLE_FR + "\n"))
    d = only_doc("-", lang="fr")
    assert d.text.strip() == ARTICLE_FR and d.source == "<stdin>" and d.lang == "fr"


def test_stdin_bytes_latin1(monkeypatch):
    class Stdin(io.TextIOWrapper):
        pass

    monkeypatch.setattr("sys.stdin", Stdin(io.BytesIO(FRENCH.encode("latin-1")), encoding="utf-8"))
    assert only_doc("-").text == FRENCH


def test_stdin_jsonl(monkeypatch):
    lines = [json.dumps({"text": ARTICLE_FR}, ensure_ascii=False), "{oops", json.dumps({"text": ARTICLE_EN})]
    monkeypatch.setattr("sys.stdin", io.StringIO("\n".join(lines) + "\n"))
    items = docs("-")
    assert [type(i).__name__ for i in items] == ["Document", "Problem", "Document"]
    assert items[1].line == 2 and items[2].text == ARTICLE_EN


def test_stdin_html(monkeypatch):
    monkeypatch.setattr("sys.stdin", io.StringIO(HTML))
    assert "deux morts" in only_doc("-").text


def test_stdin_empty(monkeypatch):
    monkeypatch.setattr("sys.stdin", io.StringIO("   \n"))
    with pytest.raises(SitrepError) as info:
        docs("-")
    assert info.value.code == "E001" and "<stdin>" in str(info.value)


# --- the example articles --------------------------------------------------------------------


def test_examples_read_cleanly():
    from pathlib import Path

    examples = Path(__file__).resolve().parents[2] / "examples"
    for name in ("strike-fr.txt", "protest-en.txt", "articles.jsonl", "article.html"):
        items = docs(examples / name)
        assert items and all(isinstance(i, Document) for i in items), name
        assert all(i.text.strip() for i in items)
    jsonl = docs(examples / "articles.jsonl")
    assert 5 <= len(jsonl) <= 8 and all(d.published and d.lang in ("fr", "en") for d in jsonl)
    page = only_doc(examples / "article.html")
    assert "Gwoza" in page.text and "Subscribe" not in page.text and "Most read" not in page.text
    assert page.published == PartialDate(2024, 3, 14)
