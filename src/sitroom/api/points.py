"""The map layer: every matching located event as a light GeoJSON point, in one answer.

A map needs position, family, a label and a size for each event, not the contract record: reading
only those columns is about ten times cheaper than decoding full records, so the web app can
cluster tens of thousands of events at once while the list pages through full records.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select

from sitroom.store import EventFilter, Store
from sitroom.store.query import predicates
from sitroom.store.schema import events

# Five decimals of a degree are about a metre: finer digits only weigh on the wire.
_DIGITS = 5
_COLUMNS = (
    events.c.event_id,
    events.c.longitude,
    events.c.latitude,
    events.c.family,
    events.c.event_type,
    events.c.sub_event_type,
    events.c.event_date,
    events.c.location_name,
    events.c.fatalities,
)


def point_features(store: Store, filters: EventFilter, limit: int) -> tuple[list[dict[str, Any]], bool]:
    """Up to ``limit`` located events as GeoJSON Features, latest event date first; and whether
    more matched than ``limit``."""
    day = func.coalesce(events.c.event_date, "")
    query = (
        select(*_COLUMNS)
        .where(*predicates(filters, store.index), events.c.latitude.is_not(None), events.c.longitude.is_not(None))
        .order_by(day.desc(), events.c.seq.desc())
        .limit(limit + 1)
    )
    with store.engine.connect() as conn:
        rows = conn.execute(query).all()
    features = [
        {
            "type": "Feature",
            "id": event_id,
            "geometry": {"type": "Point", "coordinates": [round(lon, _DIGITS), round(lat, _DIGITS)]},
            "properties": {
                "family": family,
                "event_type": event_type,
                "sub_event_type": sub_event_type,
                "event_date": event_date,
                "place": place,
                "fatalities": fatalities,
            },
        }
        for event_id, lon, lat, family, event_type, sub_event_type, event_date, place, fatalities in rows[:limit]
    ]
    return features, len(rows) > limit
