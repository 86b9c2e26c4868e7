"""The REST endpoints (contract shared with the web UI): events, stats, documents, places, health."""

from __future__ import annotations

import io
import os
import secrets
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Header, Path, Query, Request
from fastapi.responses import JSONResponse, Response
from pydantic import BaseModel, Field

from sitroom import export
from sitroom.api.errors import ApiError, documented, json_errors
from sitroom.api.params import CURSOR_PATTERN, event_filters
from sitroom.api.points import point_collection
from sitroom.api.schemas import (
    DocumentOut,
    EventDetail,
    EventPage,
    FeatureCollection,
    Health,
    PlaceOut,
    PointCollection,
    Posted,
    Stats,
)
from sitroom.model import DocumentError
from sitroom.store import BadCursor, EventFilter, Store

router = APIRouter(prefix="/api")
Filters = Annotated[EventFilter, Depends(event_filters)]
MEDIA = {"csv": "text/csv; charset=utf-8", "acled": "text/csv; charset=utf-8"}
GEOJSON = "application/geo+json"
# GeoNames ids are positive 32-bit integers; larger numbers cannot be stored ids.
GeonameId = Annotated[int, Path(ge=1, le=2**31 - 1)]


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


@router.get("/health", response_model=None, responses=documented(Health))
def health(store: StoreDep) -> JSONResponse:
    """Liveness, and how many events and documents are stored (the UI polls it to see new events)."""
    return JSONResponse({"status": "ok", **store.counts()})


# ``format`` picks the media type; the JSON schema is either body, the other two are exact.
_TABLES = {
    "model": EventPage | FeatureCollection,
    "content": {
        GEOJSON: {"schema": {"$ref": "#/components/schemas/FeatureCollection"}},
        "text/csv": {"schema": {"type": "string"}},
    },
}


@router.get("/events", response_model=None, responses={**documented(None), 200: _TABLES})
def list_events(
    store: StoreDep,
    filters: Filters,
    limit: Annotated[int, Query(ge=1, le=5000)] = 500,
    cursor: Annotated[
        str | None, Query(description="`next_cursor` of the previous page (opaque)", pattern=CURSOR_PATTERN)
    ] = None,
    fmt: Annotated[Literal["json", "geojson", "csv", "acled"], Query(alias="format")] = "json",
) -> Response:
    """Events matching the filters, latest event date first, one page at a time.

    JSON pages carry ``next_cursor`` and ``count`` (the first page's total: follow-up pages repeat it
    from the cursor, uncounted); GeoJSON pages ``next_cursor``; CSV and ACLED CSV pages the
    ``X-Next-Cursor`` header.
    """
    try:
        page = store.events(filters, limit=limit, cursor=cursor, with_count=fmt == "json")
    except BadCursor as exc:
        raise ApiError(422, "invalid_request", f"cursor: {exc}") from None
    records = [with_sources(record) for record in page.events]
    # Records are JSON-native already: JSONResponse skips FastAPI's slow generic encoder.
    if fmt == "json":
        return JSONResponse({"events": records, "next_cursor": page.next_cursor, "count": page.count})
    if fmt == "geojson":
        features = [f for f in map(export.feature, records) if f is not None]
        return GeoJSONResponse({"type": "FeatureCollection", "features": features, "next_cursor": page.next_cursor})
    buffer = io.StringIO()
    export.write(records, fmt, buffer)
    headers = {"X-Next-Cursor": page.next_cursor} if page.next_cursor else {}
    return Response(buffer.getvalue(), media_type=MEDIA[fmt], headers=headers)


class GeoJSONResponse(JSONResponse):
    media_type = GEOJSON


@router.get(
    "/points",
    response_model=None,
    response_class=GeoJSONResponse,
    responses={**json_errors(), 200: {"model": PointCollection}},
)
def list_points(
    store: StoreDep, filters: Filters, limit: Annotated[int, Query(ge=1, le=200_000)] = 100_000
) -> GeoJSONResponse:
    """Every matching located event as a light GeoJSON point (id, family, type, date, place,
    fatalities), for maps: one request instead of paging through full records."""
    return GeoJSONResponse(point_collection(store.points(filters, limit)))


@router.get("/events/{event_id}", response_model=None, responses=documented(EventDetail, 404))
def get_event(event_id: str, store: StoreDep) -> JSONResponse:
    """One event with its document, the paragraph holding its evidence, and its mentions."""
    record = store.event(event_id)
    if record is None:
        raise ApiError(404, "not_found", f"no event {event_id!r}")
    return JSONResponse(with_sources(record))


@router.get("/stats", response_model=None, responses=documented(Stats))
def stats(store: StoreDep, filters: Filters) -> JSONResponse:
    """Events per day and family, for the timeline."""
    return JSONResponse({"days": store.stats(filters)})


@router.get("/documents/{doc_id}", response_model=None, responses=documented(DocumentOut, 404))
def get_document(doc_id: str, store: StoreDep) -> JSONResponse:
    """A stored document: metadata, normalised text and the ids of its events."""
    document = store.document(doc_id)
    if document is None:
        raise ApiError(404, "not_found", f"no document {doc_id!r}")
    return JSONResponse(document)


@router.get("/places/{geonameid}", response_model=None, responses=documented(PlaceOut, 404))
def get_place(geonameid: GeonameId, store: StoreDep, limit: Annotated[int, Query(ge=1, le=5000)] = 500) -> JSONResponse:
    """A place and the events located there (latest first, at most ``limit``)."""
    name = store.place_name(geonameid)
    if name is None:
        raise ApiError(404, "not_found", f"no place {geonameid} in the store")
    page = store.events(EventFilter(geonameid=geonameid), limit=limit, with_count=False)
    return JSONResponse({"geonameid": geonameid, "name": name, "events": [with_sources(r) for r in page.events]})


def require_token(authorization: Annotated[str | None, Header()] = None) -> None:
    """Writes are off unless ``SITROOM_API_TOKEN`` is set, and then need ``Bearer <token>``."""
    token = os.environ.get("SITROOM_API_TOKEN")
    if not token:
        raise ApiError(403, "forbidden", "this API is read-only (set SITROOM_API_TOKEN to allow writes)")
    scheme, _, given = (authorization or "").partition(" ")
    if scheme.lower() != "bearer" or not secrets.compare_digest(given.strip().encode(), token.encode()):
        raise ApiError(401, "unauthorized", "missing or wrong bearer token")


# Clients can follow a posted document's id to the document itself (also drives stateful tests).
_POSTED = {
    "model": Posted,
    "links": {
        "GetDocument": {
            "operationId": "get_document_api_documents__doc_id__get",
            "parameters": {"doc_id": "$response.body#/doc_id"},
        }
    },
}


@router.post(
    "/documents",
    dependencies=[Depends(require_token)],
    response_model=None,
    responses={**documented(None, 400, 401, 403), 200: _POSTED},
)
def post_document(body: NewDocument, request: Request, store: StoreDep) -> JSONResponse:
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
    return JSONResponse({"doc_id": document.doc_id, "events": sum(len(r.events) for r in results)})
