"""The store on a real SQLite file: idempotent ingest, errors, filters, full text, pagination."""

from __future__ import annotations

import dataclasses
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from sitroom.model import DocumentError, ProcessedDocument
from sitroom.store import BadCursor, EventFilter, Store
from sitroom.store.search import fts5_query
from sitroom.store.synthetic import synthetic_documents


def _all(store: Store, filters: EventFilter) -> list[dict]:
    return list(store.iter_events(filters))


def test_reingest_changes_nothing(store: Store, docs: list[ProcessedDocument]) -> None:
    before = store.counts()
    report = store.add(docs)
    assert (report.new, report.unchanged, report.failed, report.events) == (0, len(docs), 0, 0)
    assert store.counts() == before
    assert before["documents"] == len(docs)
    assert before["events"] == sum(len(d.events) for d in docs)


def test_new_documents_and_errors_are_counted_and_errors_kept(store: Store) -> None:
    extra = list(synthetic_documents(61, seed=7))[-1:]
    failure = DocumentError("broken-1", "nlp", "ValueError: bad bytes")
    report = store.add([*extra, failure, failure])
    assert (report.new, report.failed) == (1, 2)
    assert store.add([failure]).failed == 1
    assert [(e["doc_id"], e["error"]) for e in store.errors()] == [("broken-1", "nlp")]


def test_records_round_trip_with_document_source(store: Store, docs: list[ProcessedDocument]) -> None:
    original = docs[0].events[0].to_dict()
    stored = store.event(original["event_id"])
    assert stored is not None
    assert {k: stored[k] for k in original} == original
    assert stored["source"] == docs[0].document.source
    assert stored["document"]["doc_id"] == docs[0].document.doc_id


def test_paragraph_contains_the_evidence(store: Store, docs: list[ProcessedDocument]) -> None:
    for event in docs[1].events:
        detail = store.event(event.event_id)
        paragraph = detail["paragraph"]
        assert paragraph["start"] <= event.evidence.start < event.evidence.end <= paragraph["end"]
        assert event.evidence.text in paragraph["text"]
        assert "\n\n" not in paragraph["text"]


def test_date_family_and_bbox_filters(store: Store, docs: list[ProcessedDocument]) -> None:
    events = [e for d in docs for e in d.events]
    box = (37.0, 48.0, 38.5, 49.0)
    expected = {
        e.event_id
        for e in events
        if e.family in ("battle", "protest")
        and "2023-03-01" <= e.event_date <= "2023-12-31"
        and box[0] <= e.location.longitude <= box[2]
        and box[1] <= e.location.latitude <= box[3]
    }
    filters = EventFilter(bbox=box, date_from="2023-03-01", date_to="2023-12-31", families=("battle", "protest"))
    got = {r["event_id"] for r in _all(store, filters)}
    assert expected and got == expected
    assert store.events(filters).count == len(expected)


def test_unlocated_events_never_match_a_bbox(make_store: Callable[[], Store], docs: list[ProcessedDocument]) -> None:
    doc = docs[0]
    unlocated = dataclasses.replace(doc, events=[dataclasses.replace(e, location=None) for e in doc.events])
    store = make_store()
    store.add([unlocated])
    assert _all(store, EventFilter(bbox=(-180, -90, 180, 90))) == []
    assert len(_all(store, EventFilter())) == len(doc.events)


def test_actor_filter_is_a_case_insensitive_substring(store: Store) -> None:
    found = _all(store, EventFilter(actor="forces of russia"))
    assert found and all("Russia" in (r["actor1"]["name"] + str(r["actor2"])) for r in found)
    assert _all(store, EventFilter(actor="%")) == []


@pytest.mark.parametrize(
    "query",
    ['"', "'", '"unbalanced', "drone OR", "NEAR(", "*", "a AND NOT b", "col:drone", "^", "()", "\\", "‘«»’", "%_"],
)
def test_odd_full_text_queries_do_not_crash(store: Store, query: str) -> None:
    store.events(EventFilter(q=query), limit=5)


def test_full_text_finds_words_and_phrases(store: Store) -> None:
    drone = _all(store, EventFilter(q="drone"))
    assert drone
    phrase = _all(store, EventFilter(q='"energy facility"'))
    assert {r["event_id"] for r in phrase} == {r["event_id"] for r in drone}
    assert _all(store, EventFilter(q='"facility energy"', families=("protest",))) == []


def test_fts5_query_quotes_every_term() -> None:
    assert fts5_query('say "hello world" OR x*') == '"hello world" "say" "OR" "x"'
    assert fts5_query('" ( *') is None


def test_pagination_visits_every_event_once(store: Store) -> None:
    seen: list[dict] = []
    cursor = None
    while True:
        page = store.events(EventFilter(), limit=17, cursor=cursor)
        seen.extend(page.events)
        cursor = page.next_cursor
        if cursor is None:
            break
    ids = [r["event_id"] for r in seen]
    assert len(ids) == len(set(ids)) == store.counts()["events"]
    days = [r["event_date"] or "" for r in seen]
    assert days == sorted(days, reverse=True), "latest event date first, undated last, across pages"


def test_bad_cursor_is_rejected(store: Store) -> None:
    with pytest.raises(BadCursor):
        store.events(cursor="not-a-cursor")


def test_stats_count_per_day_and_family(store: Store) -> None:
    days = store.stats(EventFilter(families=("battle",)))
    assert {d["family"] for d in days} == {"battle"}
    assert sum(d["count"] for d in days) == len(_all(store, EventFilter(families=("battle",))))


def test_sqlite_indexes_stay_in_sync(tmp_path: Path, docs: list[ProcessedDocument]) -> None:
    path = tmp_path / "sync.db"
    store = Store(f"sqlite:///{path}")
    store.add(docs[:5])
    with sqlite3.connect(path) as conn:
        located = conn.execute("SELECT count(*) FROM events WHERE latitude IS NOT NULL").fetchone()[0]
        assert conn.execute("SELECT count(*) FROM events_rtree").fetchone()[0] == located
        conn.execute("DELETE FROM events WHERE doc_id = ?", (docs[0].document.doc_id,))
        assert conn.execute("SELECT count(*) FROM events_rtree").fetchone()[0] == located - len(docs[0].events)
        matches = conn.execute("SELECT count(*) FROM events_fts WHERE events_fts MATCH 'strike'").fetchone()[0]
        assert (
            matches
            and matches == conn.execute("SELECT count(*) FROM events WHERE evidence_text LIKE '%strike%'").fetchone()[0]
        )


def test_document_lists_its_events(store: Store, docs: list[ProcessedDocument]) -> None:
    doc = store.document(docs[2].document.doc_id)
    assert doc["text"] == docs[2].document.text
    assert doc["events"] == [e.event_id for e in docs[2].events]
    assert store.document("missing") is None


def test_undated_located_events_match_a_bbox_without_dates_only(
    make_store: Callable[[], Store], docs: list[ProcessedDocument]
) -> None:
    doc = docs[0]
    undated = dataclasses.replace(doc, events=[dataclasses.replace(e, event_date=None) for e in doc.events])
    store = make_store()
    store.add([undated])
    world = (-180.0, -90.0, 180.0, 90.0)
    assert len(_all(store, EventFilter(bbox=world))) == len(doc.events)
    assert _all(store, EventFilter(bbox=world, date_from="1900-01-01")) == []
    assert store.stats() == []
