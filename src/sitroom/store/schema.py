"""Tables of the event store: one schema through SQLAlchemy, portable from SQLite to PostgreSQL.

Every contract field of an event is a column (so it can be filtered and indexed), and the full
contract record is kept as JSON too, so reading an event back never loses a field added later.
"""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    func,
)

metadata = MetaData()

documents = Table(
    "documents",
    metadata,
    Column("doc_id", String(128), primary_key=True),
    Column("seq", Integer, nullable=False, unique=True),
    Column("title", Text),
    Column("date", String(10)),
    Column("lang", String(16)),
    Column("source", Text),
    Column("url", Text),
    Column("text", Text, nullable=False),
    Column("meta", JSON),
    Column("ingested_at", String(32), nullable=False),
)

events = Table(
    "events",
    metadata,
    Column("event_id", String(128), primary_key=True),
    Column("seq", Integer, nullable=False, unique=True),
    Column("doc_id", String(128), ForeignKey("documents.doc_id"), nullable=False, index=True),
    Column("doc_date", String(10)),
    Column("family", String(32), nullable=False),
    Column("event_type", String(64)),
    Column("sub_event_type", String(64)),
    Column("plover", String(32)),
    Column("event_date", String(10)),
    Column("time_precision", Integer),
    Column("actor1_name", Text),
    Column("actor1_country", String(8)),
    Column("actor2_name", Text),
    Column("actor2_country", String(8)),
    Column("location_name", Text),
    Column("location_mention", Text),
    Column("location_admin1", Text),
    Column("location_country", String(8)),
    Column("latitude", Float),
    Column("longitude", Float),
    Column("geonameid", Integer, index=True),
    Column("geo_precision", Integer),
    Column("fatalities", Integer),
    Column("injured", Integer),
    Column("modality", String(16)),
    Column("verified", Boolean),
    Column("confidence", Float),
    Column("lang", String(16)),
    Column("source", Text),
    Column("evidence_text", Text),
    Column("evidence_start", Integer),
    Column("evidence_end", Integer),
    Column("claimed_by", JSON),
    Column("quantities", JSON),
    Column("record", JSON, nullable=False),
    Index("ix_events_date_family", "event_date", "family"),
    Index("ix_events_family_date", "family", "event_date"),
)

# The API lists events latest first, undated last, with a keyset cursor over (day, seq).
Index("ix_events_day_seq", func.coalesce(events.c.event_date, ""), events.c.seq)

places = Table(
    "places",
    metadata,
    Column("doc_id", String(128), ForeignKey("documents.doc_id"), nullable=False, index=True),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("text", Text, nullable=False),
    Column("geonameid", Integer, index=True),
    Column("name", Text),
    Column("lat", Float),
    Column("lon", Float),
    Column("country", String(8)),
    Column("admin1", Text),
    Column("feature", String(16)),
)

ingest_errors = Table(
    "ingest_errors",
    metadata,
    Column("doc_id", String(128), nullable=False, index=True),
    Column("error", String(64), nullable=False),
    Column("detail", Text, nullable=False),
    Column("at", String(32), nullable=False),
)
