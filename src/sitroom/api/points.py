"""The map layer: the store's points of located events as a light GeoJSON FeatureCollection.

A map needs position, family, a label and a size for each event, not the contract record, so the
web app can cluster tens of thousands of events at once while the list pages through full records.
"""

from __future__ import annotations

from typing import Any

from sitroom.store import EventPoint, PointPage

# Five decimals of a degree are about a metre: finer digits only weigh on the wire.
_DIGITS = 5


def point_feature(point: EventPoint) -> dict[str, Any]:
    """One point as a GeoJSON Feature whose id is the event id."""
    return {
        "type": "Feature",
        "id": point.event_id,
        "geometry": {"type": "Point", "coordinates": [round(point.longitude, _DIGITS), round(point.latitude, _DIGITS)]},
        "properties": {
            "family": point.family,
            "event_type": point.event_type,
            "sub_event_type": point.sub_event_type,
            "event_date": point.event_date,
            "place": point.place,
            "fatalities": point.fatalities,
        },
    }


def point_collection(page: PointPage) -> dict[str, Any]:
    """The ``/api/points`` body: the points as Features, and whether more matched than the limit."""
    return {
        "type": "FeatureCollection",
        "features": [point_feature(p) for p in page.points],
        "truncated": page.truncated,
    }
