"""Query parameters of the event endpoints, parsed and validated into an ``EventFilter``."""

from __future__ import annotations

import datetime as dt
import re
from typing import Annotated, Literal

from fastapi import Query

from sitroom.api.errors import ApiError
from sitroom.model import Family, Modality
from sitroom.store import EventFilter
from sitroom.store.search import BBox

_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
# A date, or empty as forms send it (empty means no filter).
_DATE = {"anyOf": [{"type": "string", "format": "date"}, {"type": "string", "maxLength": 0}, {"type": "null"}]}
_NUMBER = r"\s*-?\d+(?:\.\d+)?\s*"
_BBOX = rf"^$|^{_NUMBER}(?:,{_NUMBER}){{3}}$"
# Cursors are URL-safe base64 without padding; whether one was issued here is checked on use.
CURSOR_PATTERN = r"^[A-Za-z0-9_-]+$"


def parse_bbox(value: str) -> BBox:
    """``minLon,minLat,maxLon,maxLat`` → a tuple; 422 when malformed or out of range."""
    try:
        min_lon, min_lat, max_lon, max_lat = (float(part) for part in value.split(","))
    except ValueError:
        raise ApiError(422, "invalid_request", "bbox: expected minLon,minLat,maxLon,maxLat") from None
    if not (-180 <= min_lon <= max_lon <= 180 and -90 <= min_lat <= max_lat <= 90):
        raise ApiError(422, "invalid_request", "bbox: out of range or min greater than max")
    return min_lon, min_lat, max_lon, max_lat


def parse_date(name: str, value: str | None) -> str | None:
    """A ``YYYY-MM-DD`` that is a real date, else 422."""
    if value is None:
        return None
    try:
        if not _ISO_DATE.fullmatch(value):
            raise ValueError(value)
        return dt.date.fromisoformat(value).isoformat()
    except ValueError:
        raise ApiError(422, "invalid_request", f"{name}: expected a date YYYY-MM-DD") from None


def event_filters(
    bbox: Annotated[
        str | None,
        Query(description="minLon,minLat,maxLon,maxLat in degrees, min not above max", pattern=_BBOX),
    ] = None,
    date_from: Annotated[str | None, Query(alias="from", description="inclusive", json_schema_extra=_DATE)] = None,
    date_to: Annotated[str | None, Query(alias="to", description="inclusive", json_schema_extra=_DATE)] = None,
    family: Annotated[list[Family | Literal[""]] | None, Query(description="repeatable")] = None,
    event_type: str | None = None,
    sub_event_type: str | None = None,
    actor: Annotated[str | None, Query(description="substring of either actor's name")] = None,
    country: Annotated[str | None, Query(description="ISO 3166-1 alpha-2 of the location")] = None,
    admin1: str | None = None,
    source: str | None = None,
    lang: str | None = None,
    modality: Modality | Literal[""] | None = None,
    q: Annotated[str | None, Query(description="full text over evidence and document text")] = None,
) -> EventFilter:
    """The ``EventFilter`` of a request's query string (a FastAPI dependency).

    An empty parameter (``?country=``, as forms send them) means no filter, not "equals ''".
    """
    return EventFilter(
        bbox=parse_bbox(bbox) if bbox else None,
        date_from=parse_date("from", date_from or None),
        date_to=parse_date("to", date_to or None),
        families=tuple(f for f in family or () if f),
        event_type=event_type or None,
        sub_event_type=sub_event_type or None,
        actor=actor or None,
        country=country or None,
        admin1=admin1 or None,
        source=source or None,
        lang=lang or None,
        modality=modality or None,
        q=q or None,
    )
