"""Event filters shared by the store, the API and the CLI, turned into bound SQL predicates."""

from __future__ import annotations

import base64
import binascii
import json
from dataclasses import dataclass
from typing import NamedTuple

from sqlalchemy import ColumnElement, or_

from sitroom.store.schema import events
from sitroom.store.search import BBox, SearchIndex


class BadCursor(ValueError):
    """A pagination cursor that this store did not issue."""


@dataclass(frozen=True, slots=True)
class EventFilter:
    """Which events to return; every field is optional and the set ones are ANDed.

    ``actor`` matches either actor's name, case-insensitively, as a substring; ``q`` is free text
    over evidence sentences and document text; ``bbox`` is (minLon, minLat, maxLon, maxLat).
    """

    bbox: BBox | None = None
    date_from: str | None = None
    date_to: str | None = None
    families: tuple[str, ...] = ()
    event_type: str | None = None
    sub_event_type: str | None = None
    actor: str | None = None
    country: str | None = None
    admin1: str | None = None
    source: str | None = None
    lang: str | None = None
    modality: str | None = None
    q: str | None = None
    geonameid: int | None = None


_EQUALS = {
    "event_type": events.c.event_type,
    "sub_event_type": events.c.sub_event_type,
    "country": events.c.location_country,
    "admin1": events.c.location_admin1,
    "source": events.c.source,
    "lang": events.c.lang,
    "modality": events.c.modality,
    "geonameid": events.c.geonameid,
}


def _like_escape(value: str) -> str:
    return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def predicates(filters: EventFilter, index: SearchIndex) -> list[ColumnElement[bool]]:
    """The WHERE clauses for ``filters`` (all values bound, never formatted into SQL)."""
    clauses: list[ColumnElement[bool]] = []
    for name, col in _EQUALS.items():
        value = getattr(filters, name)
        if value is not None:
            clauses.append(col == value)
    if filters.families:
        clauses.append(events.c.family.in_(filters.families))
    if filters.date_from:
        clauses.append(events.c.event_date >= filters.date_from)
    if filters.date_to:
        clauses.append(events.c.event_date <= filters.date_to)
    if filters.actor:
        pattern = f"%{_like_escape(filters.actor)}%"
        clauses.append(
            or_(
                events.c.actor1_name.ilike(pattern, escape="\\"),
                events.c.actor2_name.ilike(pattern, escape="\\"),
            )
        )
    if filters.bbox is not None:
        clauses.append(index.bbox_clause(filters.bbox, filters.date_from, filters.date_to))
    if filters.q and filters.q.strip():
        clauses.append(index.text_clause(filters.q))
    return clauses


class Position(NamedTuple):
    """Where a page ends: the last (event date, insertion order) key, and the listing's total if counted."""

    day: str
    seq: int
    total: int | None = None


def encode_cursor(position: Position) -> str:
    """An opaque cursor: the key after which the next page starts, and the first page's total (if any)."""
    fields: dict[str, str | int] = {"day": position.day, "seq": position.seq}
    if position.total is not None:
        fields["count"] = position.total
    return base64.urlsafe_b64encode(json.dumps(fields).encode()).decode().rstrip("=")


def _is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def decode_cursor(cursor: str) -> Position:
    """The position in a cursor; ``BadCursor`` for anything this store did not issue."""
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        fields = json.loads(raw)
        day, seq, count = fields["day"], fields["seq"], fields.get("count")
    except (binascii.Error, ValueError, KeyError, TypeError, UnicodeDecodeError) as exc:
        raise BadCursor(f"invalid cursor: {cursor!r}") from exc
    if not isinstance(day, str) or not _is_int(seq) or not (count is None or (_is_int(count) and count >= 0)):
        raise BadCursor(f"invalid cursor: {cursor!r}")
    return Position(day, seq, count)
