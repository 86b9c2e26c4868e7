"""PLOVER JSON: one PLOVER event record per line (event type = PLOVER category, with mode and context).

Records without a PLOVER category are not written.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any, TextIO

from sitroom.export.resources import load


def _actor(record: dict[str, Any], key: str) -> tuple[str | None, str | None]:
    actor = record.get(key) or {}
    return actor.get("name"), actor.get("country")


def plover_record(record: dict[str, Any]) -> dict[str, Any] | None:
    """The PLOVER form of a contract record; None without a PLOVER category."""
    if not record.get("plover"):
        return None
    rules = load("export_plover")
    actor, actor_country = _actor(record, "actor1")
    recipient, recipient_country = _actor(record, "actor2")
    location = record.get("location")
    return {
        "id": record["event_id"],
        "date": record.get("event_date"),
        "story_date": record.get("doc_date"),
        "event_type": record["plover"],
        "mode": rules["mode_by_sub_event_type"].get(record.get("sub_event_type") or ""),
        "context": rules["context_by_family"].get(record.get("family"), []),
        "actor": actor,
        "actor_country": actor_country,
        "recipient": recipient,
        "recipient_country": recipient_country,
        "location": location
        and {
            "name": location.get("name"),
            "admin1": location.get("admin1"),
            "country": location.get("country"),
            "lat": location.get("latitude"),
            "lon": location.get("longitude"),
            "geonameid": location.get("geonameid"),
        },
        "fatalities": record.get("fatalities"),
        "injured": record.get("injured"),
        "modality": record.get("modality"),
        "claimed_by": record.get("claimed_by"),
        "source": record.get("source"),
        "doc_id": record.get("doc_id"),
        "text": (record.get("evidence") or {}).get("text"),
        "language": record.get("lang"),
    }


def write_plover(records: Iterable[dict[str, Any]], out: TextIO) -> None:
    """One PLOVER JSON object per line."""
    for record in records:
        item = plover_record(record)
        if item is not None:
            out.write(json.dumps(item, ensure_ascii=False) + "\n")
