"""GeoJSON FeatureCollection: one Point per located event (events without a location are omitted)."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any, TextIO


def feature(record: dict[str, Any]) -> dict[str, Any] | None:
    """The Feature of a record: Point [lon, lat]; the coordinates are not repeated in properties."""
    location = record.get("location")
    if not location:
        return None
    properties = dict(record)
    place = dict(location)
    longitude, latitude = place.pop("longitude"), place.pop("latitude")
    properties["location"] = place
    return {
        "type": "Feature",
        "id": record.get("event_id"),
        "geometry": {"type": "Point", "coordinates": [longitude, latitude]},
        "properties": properties,
    }


def write_geojson(records: Iterable[dict[str, Any]], out: TextIO) -> None:
    """A FeatureCollection written feature by feature (never held in memory)."""
    out.write('{"type": "FeatureCollection", "features": [')
    separator = "\n"
    for record in records:
        item = feature(record)
        if item is not None:
            out.write(separator + json.dumps(item, ensure_ascii=False))
            separator = ",\n"
    out.write("\n]}\n")
