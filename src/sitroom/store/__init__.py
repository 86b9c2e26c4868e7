"""Event store: SQLite by default (FTS5 for text, R*Tree for space), any SQLAlchemy URL in principle."""

from sitroom.store.core import EventPoint, IngestReport, Page, PointPage, Store, event_row, paragraph_around
from sitroom.store.query import BadCursor, EventFilter

__all__ = [
    "BadCursor",
    "EventFilter",
    "EventPoint",
    "IngestReport",
    "Page",
    "PointPage",
    "Store",
    "event_row",
    "paragraph_around",
]
