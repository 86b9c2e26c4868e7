"""Synthetic documents: ids numbered from ``start``, so a store can be topped up; content from the seed."""

from __future__ import annotations

from sitroom.store import Store
from sitroom.store.synthetic import synthetic_documents


def test_ids_are_numbered_from_start_and_content_comes_from_the_seed() -> None:
    first = list(synthetic_documents(3, seed=3))
    later = list(synthetic_documents(3, seed=3, start=10))
    assert [d.document.doc_id for d in first] == ["syn-00000000", "syn-00000001", "syn-00000002"]
    assert [d.document.doc_id for d in later] == ["syn-00000010", "syn-00000011", "syn-00000012"]
    assert [d.document.text for d in later] == [d.document.text for d in first]
    assert [d.document.text for d in synthetic_documents(3, seed=4)] != [d.document.text for d in first]


def test_topping_up_adds_and_repeating_a_range_does_not(store: Store) -> None:
    before = store.counts()
    more = list(synthetic_documents(10, seed=8, start=before["documents"]))
    report = store.add(more)
    assert (report.new, report.unchanged) == (10, 0)
    after = store.counts()
    assert after == {
        "documents": before["documents"] + 10,
        "events": before["events"] + sum(len(d.events) for d in more),
    }
    again = store.add(synthetic_documents(10, seed=8, start=before["documents"]))
    assert (again.new, again.unchanged, again.events) == (0, 10, 0)
    assert store.counts() == after
