"""Map points from the store: the located events of a listing, in its order, with a few columns."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

import pytest

from sitroom.model import ProcessedDocument
from sitroom.store import EventFilter, EventPoint, Store

FILTERS = [
    EventFilter(),
    EventFilter(families=("battle", "remote_violence"), bbox=(36.0, 47.0, 38.5, 50.5)),
    EventFilter(date_from="2023-06-01", date_to="2024-01-31", q="drone"),
    EventFilter(actor="russia", country="UA"),
]


def _listing(store: Store, filters: EventFilter) -> list[dict]:
    return store.events(filters, limit=10_000, with_count=False).events


@pytest.mark.parametrize("filters", FILTERS)
def test_points_are_the_located_events_of_the_listing(store: Store, filters: EventFilter) -> None:
    page = store.points(filters)
    listed = [r for r in _listing(store, filters) if r["location"]]
    assert listed and not page.truncated
    assert [p.event_id for p in page.points] == [r["event_id"] for r in listed]
    for point, record in zip(page.points, listed, strict=True):
        location = record["location"]
        assert point == EventPoint(
            record["event_id"],
            pytest.approx(location["longitude"]),
            pytest.approx(location["latitude"]),
            record["family"],
            record["event_type"],
            record["sub_event_type"],
            record["event_date"],
            location["name"],
            record["fatalities"],
        )


def test_points_stop_at_the_limit_and_say_so(store: Store) -> None:
    page = store.points(limit=4)
    assert [p.event_id for p in page.points] == [p.event_id for p in store.points().points[:4]]
    assert page.truncated
    assert not store.points(EventFilter(country="FR")).truncated


def test_unlocated_events_have_no_point(make_store: Callable[[], Store], docs: list[ProcessedDocument]) -> None:
    located, unlocated = docs[0], docs[1]
    store = make_store()
    store.add(
        [
            located,
            dataclasses.replace(unlocated, events=[dataclasses.replace(e, location=None) for e in unlocated.events]),
        ]
    )
    assert {p.event_id for p in store.points().points} == {e.event_id for e in located.events}
