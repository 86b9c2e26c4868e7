"""The REST endpoints (contract shared with the web UI): events, stats, documents, places, health."""

from __future__ import annotations

import io
import os
import secrets
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Header, Query, Request
from fastapi.responses import JSONResponse, Response
from pydantic import BaseModel, Field

from sitroom import export
from sitroom.api.errors import ApiError, documented
from sitroom.api.params import event_filters
from sitroom.model import DocumentError
from sitroom.store import BadCursor, EventFilter, Store

router = APIRouter(prefix="/api")
Filters = Annotated[EventFilter, Depends(event_filters)]
MEDIA = {"csv": "text/csv; charset=utf-8", "acled": "text/csv; charset=utf-8"}


def store_of(request: Request) -> Store:
    return request.app.state.store


StoreDep = Annotated[Store, Depends(store_of)]


def with_sources(record: dict[str, Any]) -> dict[str, Any]:
    """The API's event record: the contract record plus how many documents report it."""
    return {**record, "sources": 1}


class NewDocument(BaseModel):
    """A document to extract and store (same fields as a JSON Lines input document)."""

    id: str | None = None
    text: str = Field(min_length=1)
    title: str | None = None
    date: str | None = None
    lang: str | None = None
    source: str | None = None
    url: str | None = None


@router.get("/health")
def health(store: StoreDep) -> dict[str, Any]:
    return {"status": "ok", **store.counts()}


_TABLES = {"content": {"application/json": {}, "application/geo+json": {}, "text/csv": {}}}


@router.get("/events", response_model=None, responses={**documented(), 200: _TABLES})
def list_events(
    store: StoreDep,
    filters: Filters,
    limit: Annotated[int, Query(ge=1, le=5000)] = 500,
    cursor: str | None = None,
    fmt: Annotated[Literal["json", "geojson", "csv", "acled"], Query(alias="format")] = "json",
) -> Response:
    """Events matching the filters, newest ingested first, one page at a time."""
    try:
        page = store.events(filters, limit=limit, cursor=cursor)
    except BadCursor as exc:
        raise ApiError(422, "invalid_request", f"cursor: {exc}") from None
    records = [with_sources(record) for record in page.events]
    # Records are JSON-native already: JSONResponse skips FastAPI's slow generic encoder.
    if fmt == "json":
        return JSONResponse({"events": records, "next_cursor": page.next_cursor, "count": page.count})
    if fmt == "geojson":
        features = [f for f in map(export.feature, records) if f is not None]
        return JSONResponse({"type": "FeatureCollection", "features": features, "next_cursor": page.next_cursor})
    buffer = io.StringIO()
    export.write(records, fmt, buffer)
    headers = {"X-Next-Cursor": page.next_cursor} if page.next_cursor else {}
    return Response(buffer.getvalue(), media_type=MEDIA[fmt], headers=headers)


@router.get("/events/{event_id}", responses=documented(404))
def get_event(event_id: str, store: StoreDep) -> dict[str, Any]:
    """One event with its document, the paragraph holding its evidence, and its mentions."""
    record = store.event(event_id)
    if record is None:
        raise ApiError(404, "not_found", f"no event {event_id!r}")
    return with_sources(record)


@router.get("/stats", responses=documented())
def stats(store: StoreDep, filters: Filters) -> dict[str, Any]:
    """Events per day and family, for the timeline."""
    return {"days": store.stats(filters)}


@router.get("/documents/{doc_id}", responses=documented(404))
def get_document(doc_id: str, store: StoreDep) -> dict[str, Any]:
    document = store.document(doc_id)
    if document is None:
        raise ApiError(404, "not_found", f"no document {doc_id!r}")
    return document


@router.get("/places/{geonameid}", responses=documented(404))
def get_place(geonameid: int, store: StoreDep, limit: Annotated[int, Query(ge=1, le=5000)] = 500) -> dict[str, Any]:
    """A place and the events located there."""
    name = store.place_name(geonameid)
    if name is None:
        raise ApiError(404, "not_found", f"no place {geonameid} in the store")
    page = store.events(EventFilter(geonameid=geonameid), limit=limit)
    return {"geonameid": geonameid, "name": name, "events": [with_sources(r) for r in page.events]}


def require_token(authorization: Annotated[str | None, Header()] = None) -> None:
    """Writes are off unless ``SITROOM_API_TOKEN`` is set, and then need ``Bearer <token>``."""
    token = os.environ.get("SITROOM_API_TOKEN")
    if not token:
        raise ApiError(403, "forbidden", "this API is read-only (set SITROOM_API_TOKEN to allow writes)")
    scheme, _, given = (authorization or "").partition(" ")
    if scheme.lower() != "bearer" or not secrets.compare_digest(given.strip().encode(), token.encode()):
        raise ApiError(401, "unauthorized", "missing or wrong bearer token")


@router.post("/documents", dependencies=[Depends(require_token)], responses=documented(400, 401, 403))
def post_document(body: NewDocument, request: Request, store: StoreDep) -> dict[str, Any]:
    """Extract events from one document and store it (idempotent on the document id)."""
    from sitroom.ingest import make_document

    try:
        document = make_document(
            body.text, doc_id=body.id, title=body.title, date=body.date, lang=body.lang,
            source=body.source, url=body.url,
        )  # fmt: skip
    except ValueError as exc:
        raise ApiError(422, "invalid_request", str(exc)) from None
    process = request.app.state.process
    if process is None:
        from sitroom.pipeline import process
    results = list(process([document]))
    store.add(results)
    for result in results:
        if isinstance(result, DocumentError):
            raise ApiError(422, "processing_failed", f"{result.error}: {result.detail}", doc_id=result.doc_id)
    return {"doc_id": document.doc_id, "events": sum(len(r.events) for r in results)}
