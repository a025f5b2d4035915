"""Write articles-own.jsonl from the hand-written articles in articles_fr.py and articles_en.py.

    python eval/own/build.py            # from the project root; needs sitrep importable (PYTHONPATH=src)

Each article is written by hand (text, gold events); this script only expands the place keys from
places.py, fills event_type from the sub-type, checks that every evidence is a substring of the text,
and writes one JSON object a line.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from articles_en import ARTICLES as EN  # noqa: E402
from articles_fr import ARTICLES as FR  # noqa: E402
from places import PLACES  # noqa: E402

from sitrep.taxonomy import BY_NAME  # noqa: E402


def expand_event(e: dict, text: str, aid: str) -> dict:
    location, admin1, country, iso3, lat, lon = PLACES[e["place"]]
    for piece in e["evidence"]:
        if piece not in text:
            raise SystemExit(f"{aid}: evidence not in text: {piece!r}")
    return {
        "event_type": BY_NAME[e["sub"]].event_type,
        "sub_event_type": e["sub"],
        "actor1": e["a1"][0],
        "actor1_country": e["a1"][1],
        "actor2": e["a2"][0] if e.get("a2") else None,
        "actor2_country": e["a2"][1] if e.get("a2") else None,
        "location": location,
        "admin1": admin1,
        "country": country,
        "country_iso3": iso3,
        "latitude": lat,
        "longitude": lon,
        "date_min": e["dates"][0],
        "date_max": e["dates"][-1],
        "fatalities": e.get("fat", 0),
        "fatalities_max": e.get("fat_max"),
        "injured": e.get("inj"),
        "injured_min": e.get("inj_min"),
        "sources": list(e.get("sources", [])),
        "evidence": list(e["evidence"]),
    }


def expand_article(a: dict, lang: str) -> dict:
    text = " ".join(a["text"].split())
    out = {
        "id": a["id"],
        "url": None,
        "lang": lang,
        "published": a["published"],
        "title": a["title"],
        "text": text,
        "events": [expand_event(e, text, a["id"]) for e in a["events"]],
    }
    if a.get("not_events"):
        for piece in a["not_events"]:
            if piece not in text:
                raise SystemExit(f"{a['id']}: not_event not in text: {piece!r}")
        out["not_events"] = list(a["not_events"])
    return out


def main() -> None:
    records = [expand_article(a, "fr") for a in FR] + [expand_article(a, "en") for a in EN]
    with open(HERE / "articles-own.jsonl", "w", encoding="utf-8") as handle:
        for r in records:
            handle.write(json.dumps(r, ensure_ascii=False) + "\n")
    events = sum(len(r["events"]) for r in records)
    print(f"{len(records)} articles, {events} events")


if __name__ == "__main__":
    main()
