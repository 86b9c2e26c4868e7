"""Dialect-specific indexes behind one small query layer: full text (``q``) and bounding boxes.

SQLite gets FTS5 (external-content tables over event evidence and document text) and an R*Tree over
event coordinates, kept in sync by triggers. Other databases (PostgreSQL) fall back to portable
predicates until they get their own indexes (tsvector, PostGIS); callers never see the difference.
User input only ever reaches the database as bound parameters.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any, Protocol

from sqlalchemy import (
    ColumnClause,
    ColumnElement,
    Connection,
    and_,
    column,
    false,
    func,
    literal_column,
    or_,
    select,
    table,
    text,
)

from sitroom.store.schema import documents, events

BBox = tuple[float, float, float, float]

_PG_CONFIG = "simple"
_PHRASE = re.compile(r'"([^"]*)"')
_WORD = re.compile(r"\w+", re.UNICODE)

_SQLITE_DDL = (
    "CREATE VIRTUAL TABLE IF NOT EXISTS events_fts USING fts5(evidence_text, content='events', "
    "content_rowid='seq', tokenize='unicode61 remove_diacritics 2')",
    "CREATE VIRTUAL TABLE IF NOT EXISTS documents_fts USING fts5(title, text, content='documents', "
    "content_rowid='seq', tokenize='unicode61 remove_diacritics 2')",
    "CREATE VIRTUAL TABLE IF NOT EXISTS events_rtree "
    "USING rtree(id, min_lon, max_lon, min_lat, max_lat, min_day, max_day)",
    """CREATE TRIGGER IF NOT EXISTS events_ai AFTER INSERT ON events BEGIN
        INSERT INTO events_fts(rowid, evidence_text) VALUES (new.seq, new.evidence_text);
        INSERT INTO events_rtree(id, min_lon, max_lon, min_lat, max_lat, min_day, max_day)
            SELECT new.seq, new.longitude, new.longitude, new.latitude, new.latitude, d.day, d.day
            FROM (SELECT coalesce(CAST(julianday(new.event_date) - 2440587.5 AS INTEGER), 0) AS day) AS d
            WHERE new.latitude IS NOT NULL AND new.longitude IS NOT NULL;
    END""",
    """CREATE TRIGGER IF NOT EXISTS events_ad AFTER DELETE ON events BEGIN
        INSERT INTO events_fts(events_fts, rowid, evidence_text) VALUES ('delete', old.seq, old.evidence_text);
        DELETE FROM events_rtree WHERE id = old.seq;
    END""",
    """CREATE TRIGGER IF NOT EXISTS events_au AFTER UPDATE ON events BEGIN
        INSERT INTO events_fts(events_fts, rowid, evidence_text) VALUES ('delete', old.seq, old.evidence_text);
        INSERT INTO events_fts(rowid, evidence_text) VALUES (new.seq, new.evidence_text);
        DELETE FROM events_rtree WHERE id = old.seq;
        INSERT INTO events_rtree(id, min_lon, max_lon, min_lat, max_lat, min_day, max_day)
            SELECT new.seq, new.longitude, new.longitude, new.latitude, new.latitude, d.day, d.day
            FROM (SELECT coalesce(CAST(julianday(new.event_date) - 2440587.5 AS INTEGER), 0) AS day) AS d
            WHERE new.latitude IS NOT NULL AND new.longitude IS NOT NULL;
    END""",
    """CREATE TRIGGER IF NOT EXISTS documents_ai AFTER INSERT ON documents BEGIN
        INSERT INTO documents_fts(rowid, title, text) VALUES (new.seq, new.title, new.text);
    END""",
    """CREATE TRIGGER IF NOT EXISTS documents_ad AFTER DELETE ON documents BEGIN
        INSERT INTO documents_fts(documents_fts, rowid, title, text) VALUES ('delete', old.seq, old.title, old.text);
    END""",
    """CREATE TRIGGER IF NOT EXISTS documents_au AFTER UPDATE ON documents BEGIN
        INSERT INTO documents_fts(documents_fts, rowid, title, text) VALUES ('delete', old.seq, old.title, old.text);
        INSERT INTO documents_fts(rowid, title, text) VALUES (new.seq, new.title, new.text);
    END""",
)

_events_fts = table("events_fts", column("rowid"), column("events_fts"))
_documents_fts = table("documents_fts", column("rowid"), column("documents_fts"))
_events_rtree = table(
    "events_rtree",
    *(column(name) for name in ("id", "min_lon", "max_lon", "min_lat", "max_lat", "min_day", "max_day")),
)
_EPOCH = dt.date(1970, 1, 1)


def search_terms(q: str) -> list[str]:
    """The phrases and words of a free-text query: quoted parts stay phrases, the rest become words."""
    phrases = [" ".join(_WORD.findall(p)) for p in _PHRASE.findall(q)]
    words = _WORD.findall(_PHRASE.sub(" ", q))
    return [term for term in (*phrases, *words) if term]


def fts5_query(q: str) -> str | None:
    """A safe FTS5 MATCH expression: every term double-quoted, so no user syntax reaches FTS5."""
    terms = search_terms(q)
    return " ".join(f'"{term}"' for term in terms) or None


def _exact_bbox(bbox: BBox) -> ColumnElement[bool]:
    min_lon, min_lat, max_lon, max_lat = bbox
    return and_(
        events.c.longitude.between(min_lon, max_lon),
        events.c.latitude.between(min_lat, max_lat),
    )


class SearchIndex(Protocol):
    """What the store needs from a dialect: create its indexes, and turn ``q``/``bbox`` into predicates."""

    def create(self, conn: Connection) -> None: ...

    def text_clause(self, q: str) -> ColumnElement[bool]: ...

    def bbox_clause(self, bbox: BBox, date_from: str | None, date_to: str | None) -> ColumnElement[bool]:
        """Events inside ``bbox``; the date bounds are given so a space-time index can use them."""
        ...


class SqliteIndex:
    """FTS5 + a space-time R*Tree (lon, lat, day), maintained by triggers on every write path.

    Located events without a date sit on day 0 of the R*Tree: they match a bbox without dates only.
    """

    def create(self, conn: Connection) -> None:
        for statement in _SQLITE_DDL:
            conn.execute(text(statement))

    def text_clause(self, q: str) -> ColumnElement[bool]:
        match = fts5_query(q)
        if match is None:
            return false()
        in_evidence = select(_events_fts.c.rowid).where(_events_fts.c.events_fts.match(match))
        in_documents = select(documents.c.doc_id).where(
            documents.c.seq.in_(select(_documents_fts.c.rowid).where(_documents_fts.c.documents_fts.match(match)))
        )
        return or_(events.c.seq.in_(in_evidence), events.c.doc_id.in_(in_documents))

    def bbox_clause(self, bbox: BBox, date_from: str | None, date_to: str | None) -> ColumnElement[bool]:
        min_lon, min_lat, max_lon, max_lat = bbox
        rtree = _events_rtree.c
        bounds = [
            rtree.max_lon >= min_lon,
            rtree.min_lon <= max_lon,
            rtree.max_lat >= min_lat,
            rtree.min_lat <= max_lat,
        ]
        if date_from:
            bounds.append(rtree.max_day >= (dt.date.fromisoformat(date_from) - _EPOCH).days)
        if date_to:
            bounds.append(rtree.min_day <= (dt.date.fromisoformat(date_to) - _EPOCH).days)
        # The R*Tree stores 32-bit floats: re-check exactly on the row (the caller re-checks dates).
        return and_(events.c.seq.in_(select(rtree.id).where(*bounds)), _exact_bbox(bbox))


class PostgresIndex:
    """PostgreSQL full text (GIN over ``to_tsvector('simple', …)``) and a b-tree on coordinates.

    PostGIS can replace the coordinate index later.
    """

    _DDL = (
        f"CREATE INDEX IF NOT EXISTS ix_events_tsv ON events USING gin (to_tsvector('{_PG_CONFIG}', "
        "coalesce(evidence_text, '')))",
        f"CREATE INDEX IF NOT EXISTS ix_documents_tsv ON documents USING gin (to_tsvector('{_PG_CONFIG}', "
        "coalesce(title, '') || ' ' || text))",
        "CREATE INDEX IF NOT EXISTS ix_events_lon_lat ON events (longitude, latitude)",
    )

    def create(self, conn: Connection) -> None:
        for statement in self._DDL:
            conn.execute(text(statement))

    def text_clause(self, q: str) -> ColumnElement[bool]:
        terms = search_terms(q)
        if not terms:
            return false()
        config: ColumnClause[str] = literal_column(f"'{_PG_CONFIG}'")
        empty: ColumnClause[str] = literal_column("''")
        space: ColumnClause[str] = literal_column("' '")
        # Constants stay literal so these expressions are exactly the indexed ones.
        evidence = func.to_tsvector(config, func.coalesce(events.c.evidence_text, empty))
        document = func.to_tsvector(
            config, func.coalesce(documents.c.title, empty).concat(space).concat(documents.c.text)
        )
        wanted: ColumnElement[Any] = func.phraseto_tsquery(config, terms[0])
        for term in terms[1:]:
            wanted = wanted.op("&&")(func.phraseto_tsquery(config, term))
        in_documents = select(documents.c.doc_id).where(document.bool_op("@@")(wanted))
        return or_(evidence.bool_op("@@")(wanted), events.c.doc_id.in_(in_documents))

    def bbox_clause(self, bbox: BBox, date_from: str | None, date_to: str | None) -> ColumnElement[bool]:
        return _exact_bbox(bbox)


def index_for(dialect: str) -> SearchIndex:
    """The index layer for a SQLAlchemy dialect name."""
    indexes: dict[str, type[SqliteIndex] | type[PostgresIndex]] = {
        "sqlite": SqliteIndex,
        "postgresql": PostgresIndex,
    }
    if dialect not in indexes:
        raise ValueError(f"unsupported database {dialect!r}: use SQLite or PostgreSQL")
    return indexes[dialect]()
