"""Exports of contract event records: JSON Lines, flat CSV, GeoJSON, ACLED CSV and PLOVER JSON.

Every writer streams: it reads one record, writes it, and forgets it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any, TextIO

from sitroom.export.acled import write_acled
from sitroom.export.flat import write_csv, write_jsonl
from sitroom.export.geojson import feature, write_geojson
from sitroom.export.plover import plover_record, write_plover

Writer = Callable[[Iterable[dict[str, Any]], TextIO], None]

WRITERS: dict[str, Writer] = {
    "jsonl": write_jsonl,
    "csv": write_csv,
    "geojson": write_geojson,
    "acled": write_acled,
    "plover": write_plover,
}
FORMATS = tuple(WRITERS)


def write(records: Iterable[dict[str, Any]], fmt: str, out: TextIO) -> None:
    """Write ``records`` (contract dicts) to ``out`` in ``fmt``; ``ValueError`` for an unknown format."""
    try:
        writer = WRITERS[fmt]
    except KeyError:
        raise ValueError(f"unknown export format {fmt!r}; choose from {', '.join(FORMATS)}") from None
    writer(records, out)


__all__ = ["FORMATS", "feature", "plover_record", "write"]
