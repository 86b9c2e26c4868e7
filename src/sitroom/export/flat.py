"""JSON Lines (the contract record as is) and CSV (the record flattened to stable columns)."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable
from typing import Any, TextIO

CSV_COLUMNS = (
    "event_id", "doc_id", "doc_date", "doc_date_source", "event_date", "time_precision",
    "family", "event_type", "sub_event_type", "plover",
    "actor1_name", "actor1_country", "actor2_name", "actor2_country",
    "location_name", "location_mention", "location_admin1", "location_country",
    "location_latitude", "location_longitude", "location_geonameid", "location_geo_precision",
    "fatalities", "injured", "modality", "verified", "confidence", "lang", "source", "url",
    "claimed_by_name", "claimed_by_role", "claimed_by_side", "claimed_by_channel",
    "evidence_text", "evidence_start", "evidence_end", "quantities",
)  # fmt: skip

_NESTED = ("actor1", "actor2", "location", "claimed_by", "evidence")


def flatten(record: dict[str, Any]) -> dict[str, Any]:
    """One level of nesting joined with ``_`` (``location.latitude`` → ``location_latitude``)."""
    flat: dict[str, Any] = {}
    for key, value in record.items():
        if key in _NESTED and isinstance(value, dict):
            flat.update({f"{key}_{inner}": item for inner, item in value.items()})
        elif key == "quantities":
            flat[key] = json.dumps(value, ensure_ascii=False) if value else ""
        elif key not in _NESTED:
            flat[key] = value
    return flat


def write_jsonl(records: Iterable[dict[str, Any]], out: TextIO) -> None:
    """One JSON object per line, UTF-8 as is."""
    for record in records:
        out.write(json.dumps(record, ensure_ascii=False) + "\n")


def write_csv(records: Iterable[dict[str, Any]], out: TextIO) -> None:
    """Flat CSV with a fixed header; fields outside it are left out, missing ones are empty."""
    writer = csv.DictWriter(out, fieldnames=CSV_COLUMNS, extrasaction="ignore", lineterminator="\n")
    writer.writeheader()
    for record in records:
        writer.writerow(flatten(record))
