"""The event store: idempotent ingest of pipeline results, and filtered, paginated reads."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from itertools import islice
from typing import Any, NamedTuple

from sqlalchemy import Engine, Select, and_, create_engine, event, func, insert, or_, select, tuple_

from sitroom.model import Document, DocumentError, Event, ProcessedDocument
from sitroom.store.query import EventFilter, Position, decode_cursor, encode_cursor, predicates
from sitroom.store.schema import documents, events, ingest_errors, metadata, places
from sitroom.store.search import index_for

CHUNK = 500
_DOCUMENT_FIELDS = ("doc_id", "title", "date", "source", "url", "lang")
# Listings run latest event date first, undated last, ties in reverse insertion order.
_event_day = func.coalesce(events.c.event_date, "")
_latest_first = (_event_day.desc(), events.c.seq.desc())


@dataclass(slots=True)
class IngestReport:
    """What one ``Store.add`` call did: documents new / already stored / failed, events written."""

    new: int = 0
    unchanged: int = 0
    failed: int = 0
    events: int = 0

    def to_dict(self) -> dict[str, int]:
        return {"new": self.new, "unchanged": self.unchanged, "failed": self.failed, "events": self.events}


@dataclass(slots=True)
class Page:
    """One page of events: contract records, the cursor of the next page, and the total matching.

    ``count`` is counted for the first page and carried by its cursors, so follow-up pages repeat
    the first page's total instead of recounting; it is None when not asked for.
    """

    events: list[dict[str, Any]]
    next_cursor: str | None
    count: int | None = None


class EventPoint(NamedTuple):
    """The few columns a map needs of a located event (a tuple: cheap at 100,000 points)."""

    event_id: str
    longitude: float
    latitude: float
    family: str
    event_type: str | None
    sub_event_type: str | None
    event_date: str | None
    place: str | None
    fatalities: int | None


@dataclass(slots=True)
class PointPage:
    """Located events as points, latest first, and whether more matched than the limit."""

    points: list[EventPoint]
    truncated: bool


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()


def event_row(item: Event, seq: int, document: Document) -> dict[str, Any]:
    """The events-table row of an event: every contract field as a column, plus the full record.

    The record inherits the document's source and URL when the event does not name its own.
    """
    loc = item.location
    record = item.to_dict()
    for key in ("source", "url"):
        if record.get(key) is None and getattr(document, key):
            record[key] = getattr(document, key)
    return {
        "event_id": item.event_id,
        "seq": seq,
        "doc_id": item.doc_id,
        "doc_date": item.doc_date,
        "family": item.family,
        "event_type": item.event_type,
        "sub_event_type": item.sub_event_type,
        "plover": item.plover,
        "event_date": item.event_date,
        "time_precision": item.time_precision,
        "actor1_name": item.actor1.name if item.actor1 else None,
        "actor1_country": item.actor1.country if item.actor1 else None,
        "actor2_name": item.actor2.name if item.actor2 else None,
        "actor2_country": item.actor2.country if item.actor2 else None,
        "location_name": loc.name if loc else None,
        "location_mention": loc.mention if loc else None,
        "location_admin1": loc.admin1 if loc else None,
        "location_country": loc.country if loc else None,
        "latitude": loc.latitude if loc else None,
        "longitude": loc.longitude if loc else None,
        "geonameid": loc.geonameid if loc else None,
        "geo_precision": loc.geo_precision if loc else None,
        "fatalities": item.fatalities,
        "injured": item.injured,
        "modality": item.modality,
        "verified": item.verified,
        "confidence": item.confidence,
        "lang": item.lang,
        "source": record.get("source"),
        "evidence_text": item.evidence.text,
        "evidence_start": item.evidence.start,
        "evidence_end": item.evidence.end,
        "claimed_by": record["claimed_by"],
        "quantities": record["quantities"],
        "record": record,
    }


def _document_row(result: ProcessedDocument, seq: int, at: str) -> dict[str, Any]:
    doc = result.document
    return {
        "doc_id": doc.doc_id,
        "seq": seq,
        "title": doc.title,
        "date": result.timeline.doc_date.value.isoformat() if result.timeline.doc_date else doc.date,
        "lang": result.lang,
        "source": doc.source,
        "url": doc.url,
        "text": doc.text,
        "meta": dict(doc.meta),
        "ingested_at": at,
    }


def _place_rows(result: ProcessedDocument) -> list[dict[str, Any]]:
    return [
        {
            "doc_id": result.document.doc_id,
            "start": mention.start,
            "end": mention.end,
            "text": mention.text,
            "geonameid": mention.place.geonameid if mention.place else None,
            "name": mention.place.name if mention.place else None,
            "lat": mention.place.latitude if mention.place else None,
            "lon": mention.place.longitude if mention.place else None,
            "country": mention.place.country if mention.place else None,
            "admin1": mention.place.admin1 if mention.place else None,
            "feature": mention.place.feature if mention.place else None,
        }
        for mention in result.places
    ]


def paragraph_around(text: str, start: int, end: int) -> dict[str, Any]:
    """The blank-line-separated paragraph of ``text`` containing ``start``..``end``, with offsets."""
    lo = text.rfind("\n\n", 0, max(start, 0))
    lo = 0 if lo < 0 else lo + 2
    hi = text.find("\n\n", max(end, lo))
    hi = len(text) if hi < 0 else hi
    return {"text": text[lo:hi], "start": lo, "end": hi}


class Store:
    """Documents, events, places and ingest errors in one SQL database (SQLite file by default)."""

    def __init__(self, url: str) -> None:
        sqlite = url.startswith("sqlite")
        self.engine: Engine = create_engine(url, connect_args={"check_same_thread": False} if sqlite else {})
        if sqlite:
            event.listen(self.engine, "connect", _sqlite_pragmas)
        self.index = index_for(self.engine.dialect.name)
        with self.engine.begin() as conn:
            metadata.create_all(conn)
            self.index.create(conn)

    def close(self) -> None:
        self.engine.dispose()

    # -- writing -------------------------------------------------------------------------------

    def add(self, results: Iterable[ProcessedDocument | DocumentError]) -> IngestReport:
        """Store pipeline results; a doc_id already stored is left unchanged (idempotent)."""
        report = IngestReport()
        iterator = iter(results)
        while chunk := list(islice(iterator, CHUNK)):
            self._add_chunk(chunk, report)
        return report

    def _add_chunk(self, chunk: list[ProcessedDocument | DocumentError], report: IngestReport) -> None:
        at = _now()
        done = [r for r in chunk if isinstance(r, ProcessedDocument)]
        failed = [r for r in chunk if isinstance(r, DocumentError)]
        with self.engine.begin() as conn:
            doc_ids = [r.document.doc_id for r in done]
            known = set(conn.scalars(select(documents.c.doc_id).where(documents.c.doc_id.in_(doc_ids))))
            event_ids = [e.event_id for r in done for e in r.events]
            taken = set(conn.scalars(select(events.c.event_id).where(events.c.event_id.in_(event_ids))))
            doc_seq: int = conn.scalar(select(func.coalesce(func.max(documents.c.seq), 0))) or 0
            event_seq: int = conn.scalar(select(func.coalesce(func.max(events.c.seq), 0))) or 0
            doc_rows, event_rows, place_rows = [], [], []
            for result in done:
                if result.document.doc_id in known:
                    report.unchanged += 1
                    continue
                known.add(result.document.doc_id)
                report.new += 1
                doc_seq += 1
                doc_rows.append(_document_row(result, doc_seq, at))
                place_rows.extend(_place_rows(result))
                for item in result.events:
                    if item.event_id in taken:
                        continue
                    taken.add(item.event_id)
                    event_seq += 1
                    event_rows.append(event_row(item, event_seq, result.document))
            for table, rows in ((documents, doc_rows), (events, event_rows), (places, place_rows)):
                if rows:
                    conn.execute(insert(table), rows)
            report.events += len(event_rows)
            report.failed += len(failed)
            self._add_errors(conn, failed, at)

    @staticmethod
    def _add_errors(conn: Any, failed: list[DocumentError], at: str) -> None:
        if not failed:
            return
        keys = [(e.doc_id, e.error, e.detail) for e in failed]
        seen = set(
            tuple(row)
            for row in conn.execute(
                select(ingest_errors.c.doc_id, ingest_errors.c.error, ingest_errors.c.detail).where(
                    tuple_(ingest_errors.c.doc_id, ingest_errors.c.error, ingest_errors.c.detail).in_(keys)
                )
            )
        )
        rows = []
        for key in keys:
            if key not in seen:
                seen.add(key)
                rows.append(dict(zip(("doc_id", "error", "detail"), key, strict=True), at=at))
        if rows:
            conn.execute(insert(ingest_errors), rows)

    # -- reading -------------------------------------------------------------------------------

    def _filtered(self, filters: EventFilter) -> Select[Any]:
        return select(events.c.seq, events.c.record).where(*predicates(filters, self.index))

    def events(
        self,
        filters: EventFilter | None = None,
        limit: int = 500,
        cursor: str | None = None,
        with_count: bool = True,
    ) -> Page:
        """A page of contract records, latest event date first (undated last); ``cursor`` continues a page.

        The total is counted only when ``with_count`` and the cursor does not carry it already: the
        COUNT costs as much as the page, and follow-up pages need not pay it again.
        """
        clauses = predicates(filters or EventFilter(), self.index)
        query = select(events.c.seq, events.c.record, _event_day.label("day")).where(*clauses)
        total = None
        if cursor:
            after = decode_cursor(cursor)
            query = query.where(or_(_event_day < after.day, and_(_event_day == after.day, events.c.seq < after.seq)))
            total = after.total
        query = query.order_by(*_latest_first).limit(limit + 1)
        with self.engine.connect() as conn:
            rows = conn.execute(query).all()
            if with_count and total is None:
                total = conn.scalar(select(func.count()).select_from(events).where(*clauses)) or 0
        more = len(rows) > limit
        rows = rows[:limit]
        next_cursor = encode_cursor(Position(rows[-1].day, rows[-1].seq, total)) if more and rows else None
        return Page([row.record for row in rows], next_cursor, total if with_count else None)

    def points(self, filters: EventFilter | None = None, limit: int = 100_000) -> PointPage:
        """Up to ``limit`` located events as map points, in the order of ``events``.

        Only the point columns are read: about ten times cheaper than decoding full records.
        """
        query = (
            select(
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
            .where(
                *predicates(filters or EventFilter(), self.index),
                events.c.latitude.is_not(None),
                events.c.longitude.is_not(None),
            )
            .order_by(*_latest_first)
            .limit(limit + 1)
        )
        with self.engine.connect() as conn:
            rows = conn.execute(query).all()
        return PointPage([EventPoint._make(row) for row in rows[:limit]], len(rows) > limit)

    def iter_events(self, filters: EventFilter | None = None, batch: int = 1000) -> Iterator[dict[str, Any]]:
        """Every matching contract record in ingest order, streamed in batches (for exports)."""
        base = self._filtered(filters or EventFilter()).order_by(events.c.seq)
        after = 0
        while True:
            with self.engine.connect() as conn:
                rows = conn.execute(base.where(events.c.seq > after).limit(batch)).all()
            if not rows:
                return
            for row in rows:
                yield row.record
            after = rows[-1].seq

    def event(self, event_id: str) -> dict[str, Any] | None:
        """The record plus its document, the evidence paragraph and every mention; None if unknown."""
        with self.engine.connect() as conn:
            row = conn.execute(select(events.c.record).where(events.c.event_id == event_id)).first()
            if row is None:
                return None
            record = dict(row.record)
            doc = conn.execute(
                select(*(documents.c[name] for name in _DOCUMENT_FIELDS), documents.c.text).where(
                    documents.c.doc_id == record["doc_id"]
                )
            ).first()
        evidence = record["evidence"]
        record["document"] = {name: doc._mapping[name] for name in _DOCUMENT_FIELDS} if doc else None
        record["paragraph"] = paragraph_around(doc.text, evidence["start"], evidence["end"]) if doc else None
        record["mentions"] = [
            {
                "doc_id": record["doc_id"],
                "evidence": evidence,
                "claimed_by": record["claimed_by"],
                "modality": record["modality"],
            }
        ]
        return record

    def document(self, doc_id: str) -> dict[str, Any] | None:
        """The stored document with its text and the ids of its events; None if unknown."""
        with self.engine.connect() as conn:
            doc = conn.execute(
                select(*(documents.c[name] for name in _DOCUMENT_FIELDS), documents.c.text).where(
                    documents.c.doc_id == doc_id
                )
            ).first()
            if doc is None:
                return None
            ids: Iterable[str] = conn.scalars(
                select(events.c.event_id).where(events.c.doc_id == doc_id).order_by(events.c.seq)
            )
            return {**doc._mapping, "events": list(ids)}

    def place_name(self, geonameid: int) -> str | None:
        """The gazetteer name of a place that some stored document or event mentions."""
        with self.engine.connect() as conn:
            name = conn.scalar(select(places.c.name).where(places.c.geonameid == geonameid).limit(1))
            if name is None:
                name = conn.scalar(select(events.c.location_name).where(events.c.geonameid == geonameid).limit(1))
        return name

    def stats(self, filters: EventFilter | None = None) -> list[dict[str, Any]]:
        """Event counts per day and family (events without a date are not counted)."""
        query = (
            select(events.c.event_date, events.c.family, func.count().label("count"))
            .where(*predicates(filters or EventFilter(), self.index), events.c.event_date.is_not(None))
            .group_by(events.c.event_date, events.c.family)
            .order_by(events.c.event_date, events.c.family)
        )
        with self.engine.connect() as conn:
            return [{"date": d, "family": f, "count": c} for d, f, c in conn.execute(query)]

    def counts(self) -> dict[str, int]:
        """How many events and documents are stored."""
        with self.engine.connect() as conn:
            return {
                "events": conn.scalar(select(func.count()).select_from(events)) or 0,
                "documents": conn.scalar(select(func.count()).select_from(documents)) or 0,
            }

    def errors(self) -> list[dict[str, Any]]:
        """Every recorded ingest error, oldest first."""
        with self.engine.connect() as conn:
            return [dict(row._mapping) for row in conn.execute(select(ingest_errors))]
