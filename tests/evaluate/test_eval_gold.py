import json

import pytest

from sitrep.errors import SitrepError
from sitrep.evaluate.gold import load_articles, load_sentences, load_snippets, load_toponyms


def test_articles_load(f, tmp_path):
    path = f.write_jsonl(
        tmp_path / "gold.jsonl",
        [f.article_json([f.gold_event_json(), f.gold_event_json(latitude=None, longitude=None)]), f.article_json([], id="a2")],
    )
    articles = list(load_articles(path))
    assert [a.id for a in articles] == ["a1", "a2"]
    ev = articles[0].events[0]
    assert ev.sub_event_type == "Armed clash" and ev.date_min.isoformat() == "2024-03-10"
    assert ev.has_coordinates and not articles[0].events[1].has_coordinates
    assert articles[0].published_date.precision == "day"


def test_loaders_stream(f, tmp_path):
    path = f.write_jsonl(tmp_path / "gold.jsonl", [f.article_json([], id="ok")])
    with path.open("a", encoding="utf-8") as fh:
        fh.write("{broken\n")
    records = load_articles(path)
    assert next(records).id == "ok"  # the good first line is read before the bad one
    with pytest.raises(SitrepError):
        next(records)


@pytest.mark.parametrize(
    "bad_line, expected",
    [
        ("{not json", "not valid JSON"),
        ('["a list"]', "expected a JSON object"),
        (json.dumps({"id": "x", "lang": "fr", "events": []}), "missing field 'text'"),
        (json.dumps({"id": "x", "text": "t", "lang": "fr"}), "missing field 'events'"),
        (json.dumps({"id": "x", "text": "t", "events": [{"event_type": "Battles"}]}), "events[0]: missing field 'sub_event_type'"),
        (
            json.dumps({"id": "x", "text": "t", "events": [{"event_type": "Battles", "sub_event_type": "Armed Clash"}]}),
            "unknown sub_event_type 'Armed Clash'",
        ),
        (
            json.dumps(
                {"id": "x", "text": "t", "events": [{"event_type": "Battles", "sub_event_type": "Armed clash", "date_min": "10/03/2024"}]}
            ),
            "'date_min' is not a date",
        ),
        (
            json.dumps(
                {"id": "x", "text": "t", "events": [{"event_type": "Battles", "sub_event_type": "Armed clash", "fatalities": "3"}]}
            ),
            "'fatalities' should be int",
        ),
        (
            json.dumps({"id": "x", "text": "t", "events": [{"event_type": "Battles", "sub_event_type": "Armed clash", "latitude": 3}]}),
            "latitude and longitude",
        ),
        (json.dumps({"id": "x", "text": "t", "published": "mars 2024", "events": []}), "'published'"),
    ],
)
def test_malformed_article_line_raises_E017_naming_file_and_line(f, tmp_path, bad_line, expected):
    path = tmp_path / "articles-bad.jsonl"
    good = json.dumps(f.article_json([f.gold_event_json()]))
    path.write_text(good + "\n\n" + bad_line + "\n", encoding="utf-8")
    with pytest.raises(SitrepError) as info:
        list(load_articles(path))
    err = info.value
    assert err.code == "E017"
    assert err.details["line"] == 3
    message = str(err)
    assert str(path) in message and "line 3" in message and expected in message


def test_missing_and_empty_files(tmp_path):
    with pytest.raises(SitrepError) as info:
        list(load_articles(tmp_path / "nowhere.jsonl"))
    assert info.value.code == "E004" and "nowhere.jsonl" in str(info.value)
    empty = tmp_path / "empty.jsonl"
    empty.write_text("\n", encoding="utf-8")
    with pytest.raises(SitrepError) as info:
        list(load_articles(empty))
    assert info.value.code == "E017" and "no record" in str(info.value)


def test_snippets_tsv_with_quoting(tmp_path):
    path = tmp_path / "snips.tsv"
    path.write_text(
        'id\ttext\tlabel\n'
        '1\tRebels shelled the town of Orvane overnight.\tART_MISS_ATTACK\n'
        '2\t"A ""quoted"" text\twith a tab"\tPEACE_PROTEST\n'
        '3\tDiplomats met in Verlac.\tDIPLO\n',
        encoding="utf-8",
    )
    rows = list(load_snippets(path))
    assert [r.label for r in rows] == ["ART_MISS_ATTACK", "PEACE_PROTEST", "DIPLO"]
    assert rows[1].text == 'A "quoted" text\twith a tab'


@pytest.mark.parametrize(
    "content, line, expected",
    [
        ("id\ttext\n1\tx\n", 1, "header"),
        ("id\ttext\tlabel\n1\tsome text\tATTACK\n2\tonly two\n", 3, "expected 3 tab-separated columns"),
        ("id\ttext\tlabel\n1\tsome text\tATTACK\n2\t\tATTACK\n", 3, "empty text"),
    ],
)
def test_malformed_snippets(tmp_path, content, line, expected):
    path = tmp_path / "snips.tsv"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(SitrepError) as info:
        list(load_snippets(path))
    assert info.value.code == "E017" and info.value.details["line"] == line
    assert expected in str(info.value) and "snips.tsv" in str(info.value)


def test_sentences_tolerate_plover_quirks(f, tmp_path):
    rows = [
        {"id": "s1", "text": "Orvania accused Belmark of spying.", "plover": "ACCUSE", "mode": "", "context": "",
         "source": [{"actorText": "Orvania", "code": "ORV"}], "target": [{"actorText": "Belmark", "code": "BLM", "sector": "GOV"}]},
        {"id": "s1", "text": "Belmark asked for talks.", "plover": "REQUEST", "mode": None, "source": [], "target": ""},
        {"id": "s3", "text": "Talks went on.", "plover": "CONSULT", "source": [], "target": "diplomatic"},
    ]
    sentences = list(load_sentences(f.write_jsonl(tmp_path / "s.jsonl", rows)))
    assert sentences[0].mode is None and sentences[0].target[0].code == "BLM"
    assert sentences[1].target == () and sentences[2].target[0].code is None
    assert len(sentences) == 3  # a repeated id is not an error


def test_toponyms_load_and_drop_broken_spans(f, tmp_path):
    text = "Fire in Orvane, near Lake Belmark."
    rows = [
        {"id": "lgl-1", "text": text, "toponyms": [
            {"start": 8, "end": 14, "phrase": "Orvane", "lat": 10.0, "lon": 20.0, "geonameid": "123", "name": "Orvane", "country": "Mali"},
            {"start": -8, "end": -2, "phrase": "elmark", "lat": 1.0, "lon": 2.0, "geonameid": None, "name": "x"},
            {"start": 21, "end": 25, "phrase": "Lake", "lat": 1.0, "lon": 2.0, "geonameid": None, "name": "x"},
        ]},
    ]
    item = next(load_toponyms(f.write_jsonl(tmp_path / "t.jsonl", rows)))
    assert item.prefix == "lgl" and item.dropped == 1 and len(item.toponyms) == 2
    assert item.toponyms[0].geonameid == 123 and item.toponyms[1].geonameid is None

    rows[0]["toponyms"][0]["start"] = "8"
    with pytest.raises(SitrepError) as info:
        list(load_toponyms(f.write_jsonl(tmp_path / "t2.jsonl", rows)))
    assert "line 1" in str(info.value) and "'start' should be int" in str(info.value)
