"""The HTTP API and web page (``sitrep serve``): a thin layer over the library.

The server only reads the store, one short read-only connection per request, so it runs beside a
``sitrep ingest`` writing to the same file (see ``sitrep.store.db`` for who writes). Endpoints:

* ``GET /api/status``: row counts of the store;
* ``GET /api/events``: merged events as JSON (query string: the filters of ``sitrep query``, ``limit``);
* ``GET /api/events.geojson``: the same as GeoJSON;
* ``POST /api/extract``: ``{"text": …, "published": …, "lang": …}`` → the extraction of one article
  (nothing is stored);
* ``GET /``: a page to browse the events.
"""

from __future__ import annotations

import io
import json
from importlib import resources
from typing import Any, Optional

from sitrep.errors import SitrepError
from sitrep.records import to_dict


def create_app(db: str = "sitrep.duckdb"):
    """The FastAPI application serving the store ``db``."""
    from fastapi import Body, FastAPI, HTTPException, Query
    from fastapi.responses import HTMLResponse, JSONResponse

    from sitrep.store import Store
    from sitrep.store.export import Filters, export, parse_filters, query

    app = FastAPI(title="sitrep", description="Events extracted from news articles (ACLED, PLOVER).")
    store = Store(db, timeout=30)

    def filters(country, bbox, since, until, type_, actor, text) -> Filters:
        try:
            return parse_filters(country, bbox, since, until, type_, actor, text)
        except SitrepError as exc:
            raise HTTPException(status_code=422, detail=str(exc)) from None

    def run(fn, *args):
        try:
            return fn(*args)
        except SitrepError as exc:
            status = 404 if exc.code == "E200" else 503 if exc.code == "E202" else 422
            raise HTTPException(status_code=status, detail=str(exc)) from None

    @app.get("/api/status")
    def status() -> dict[str, int]:
        return run(store.counts)

    @app.get("/api/events")
    def events(
        country: Optional[str] = None, bbox: Optional[str] = None, since: Optional[str] = None, until: Optional[str] = None,
        type: Optional[str] = Query(None), actor: Optional[str] = None, text: Optional[str] = None, limit: int = 500,
    ) -> list[dict[str, Any]]:
        chosen = filters(country, bbox, since, until, type, actor, text)
        found = run(lambda: list(query(store, chosen, limit=limit)))
        return [{**to_dict(s.event), "n_reports": s.n_reports, "n_sources": s.n_sources, "reports": list(s.reports)} for s in found]

    @app.get("/api/events.geojson")
    def events_geojson(
        country: Optional[str] = None, bbox: Optional[str] = None, since: Optional[str] = None, until: Optional[str] = None,
        type: Optional[str] = Query(None), actor: Optional[str] = None, text: Optional[str] = None,
    ):
        out = io.StringIO()
        run(export, store, "geojson", out, filters(country, bbox, since, until, type, actor, text))
        return JSONResponse(json.loads(out.getvalue()), media_type="application/geo+json")

    @app.post("/api/extract")
    def extract(text: str = Body(...), published: Optional[str] = Body(None), lang: Optional[str] = Body(None)) -> dict[str, Any]:
        from sitrep.pipeline import extract as run_extract

        if not text.strip():
            raise HTTPException(status_code=422, detail="the article has no text")
        try:
            return to_dict(run_extract(text, published=published, lang=lang))
        except ValueError as exc:
            raise HTTPException(status_code=422, detail=f"bad publication date: {exc}") from None
        except SitrepError as exc:
            raise HTTPException(status_code=422, detail=str(exc)) from None

    @app.get("/", response_class=HTMLResponse)
    def page() -> str:
        return resources.files("sitrep").joinpath("web/index.html").read_text(encoding="utf-8")

    return app


def serve(db: str = "sitrep.duckdb", host: str = "127.0.0.1", port: int = 8000) -> None:
    import uvicorn

    uvicorn.run(create_app(db), host=host, port=port, log_level="warning")
