"""The total of a listing is counted once, for its first page; follow-up pages carry it in the cursor."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import pytest
from sqlalchemy import event

from sitroom.store import BadCursor, EventFilter, Page, Store
from sitroom.store.query import Position, encode_cursor
from sitroom.store.synthetic import synthetic_documents


@contextmanager
def counted_queries(store: Store) -> Iterator[list[str]]:
    """The SQL statements that run COUNT while the block runs."""
    seen: list[str] = []

    def record(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        if "count(" in statement.lower():
            seen.append(statement)

    event.listen(store.engine, "before_cursor_execute", record)
    try:
        yield seen
    finally:
        event.remove(store.engine, "before_cursor_execute", record)


def _pages(store: Store, filters: EventFilter, limit: int) -> Iterator[Page]:
    page = store.events(filters, limit=limit)
    yield page
    while page.next_cursor:
        page = store.events(filters, limit=limit, cursor=page.next_cursor)
        yield page


def test_only_the_first_page_counts(store: Store) -> None:
    filters = EventFilter(families=("battle", "remote_violence"))
    with counted_queries(store) as counts:
        first = store.events(filters, limit=5)
    assert len(counts) == 1
    with counted_queries(store) as counts:
        rest = list(_pages(store, filters, 5))[1:]
    assert len(counts) == 1, "only the fresh first page of _pages counts"
    assert len(rest) > 1 and {page.count for page in rest} == {first.count}
    assert first.count == sum(len(page.events) for page in [first, *rest])


def test_follow_up_pages_repeat_the_first_total_even_when_events_arrive(store: Store) -> None:
    first = store.events(limit=10)
    store.add(synthetic_documents(5, seed=8, start=store.counts()["documents"]))
    assert store.counts()["events"] > first.count
    assert store.events(limit=10, cursor=first.next_cursor).count == first.count
    assert store.events(limit=10).count == store.counts()["events"]


def test_without_count_nothing_is_counted(store: Store) -> None:
    with counted_queries(store) as counts:
        page = store.events(limit=3, with_count=False)
        follow = store.events(limit=3, cursor=page.next_cursor, with_count=False)
    assert counts == [] and page.count is None and follow.count is None and len(follow.events) == 3


def test_a_cursor_without_a_total_is_counted_when_asked(store: Store) -> None:
    page = store.events(limit=3, with_count=False)
    follow = store.events(limit=3, cursor=page.next_cursor)
    assert follow.count == store.counts()["events"]


@pytest.mark.parametrize("count", [-1, "12", True, 1.5])
def test_a_cursor_with_a_bad_total_is_rejected(store: Store, count: Any) -> None:
    cursor = encode_cursor(Position("2023-05-01", 3, count))
    with pytest.raises(BadCursor):
        store.events(cursor=cursor)
