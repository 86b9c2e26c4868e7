"""Place evaluations on Ukraine-theatre data: spelling variants, ACLED notes, CIR descriptions.

``variants`` reads the hand-written test file tests/places/variants.tsv (in the checkout), the others
read the development data. Every figure printed is a dev figure.
"""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

from sitroom.evaluation.data import read_csv, require
from sitroom.evaluation.geoparsing import Timer, geoparse_texts
from sitroom.model import PlaceMention
from sitroom.places import resolve_name
from sitroom.places.keys import name_key
from sitroom.places.relative import haversine_km

NEAR_KM = 25.0
THEATRE = ("UA",)
VARIANTS = Path(__file__).resolve().parents[3] / "tests" / "places" / "variants.tsv"


def evaluate_variants(data_dir: Path, limit: int | None) -> dict[str, Any]:
    """Share of the spelling variants that resolve to the intended GeoNames town.

    Each name is resolved alone, with the file's theatre (Ukraine) as the only context, as in a
    document about the war.
    """
    del data_dir  # the variants file is ours, not development data
    with VARIANTS.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))[:limit]
    misses = []
    for row in rows:
        place = resolve_name(row["variant"], row["lang"], THEATRE)
        if place is None or place.geonameid != int(row["geonameid"]):
            misses.append(row["variant"])
    return {"variants": len(rows), "accuracy": round(1 - len(misses) / len(rows), 4) if rows else 0.0, "misses": misses}


def event_place(mentions: list[PlaceMention]) -> PlaceMention | None:
    """The place an event would be coded to: the first town-level mention, else the first of any kind.

    ACLED notes name the event's town first ("On 3 May, Russian forces shelled X, Donetsk oblast");
    later towns are usually where the shelling came from or context, so the first town wins.
    """
    towns = [m for m in mentions if m.location is not None and m.location.geo_precision < 3]
    resolved = [m for m in mentions if m.location is not None]
    found = towns or resolved
    return found[0] if found else None


def _same_region(ours: str | None, gold: str) -> bool:
    return bool(ours) and name_key(ours or "") == name_key(gold)


def evaluate_acled_places(data_dir: Path, limit: int | None) -> dict[str, Any]:
    """ACLED notes (English): event place within 25 km of ACLED's point, and the same admin1."""
    rows = list(read_csv(require(data_dir, "acled-ukraine-dev.csv")))[:limit]
    timer = Timer()
    near = same_admin1 = located = 0
    for row, (_, mentions, _) in zip(
        rows, geoparse_texts((r["notes"] for r in rows), "en", timer, len(rows)), strict=True
    ):
        chosen = event_place(mentions)
        if chosen is None or chosen.location is None:
            continue
        located += 1
        loc = chosen.location
        near += haversine_km(loc.latitude, loc.longitude, float(row["latitude"]), float(row["longitude"])) <= NEAR_KM
        same_admin1 += _same_region(loc.admin1, row["admin1"])
    total = len(rows) or 1
    return {
        "notes": len(rows),
        "located": round(located / total, 4),
        "within_25km": round(near / total, 4),
        "admin1_equal": round(same_admin1 / total, 4),
        "places_over_spacy": timer.ratio(),
    }


def evaluate_cir(data_dir: Path, limit: int | None) -> dict[str, Any]:
    """CIR descriptions that name a town (gold town found in the text): some place within 25 km."""
    rows = []
    for row in read_csv(require(data_dir, "cir-eyesonrussia-dev.csv")):
        town = row["town/city"].strip()
        if town and name_key(town) and name_key(town) in name_key(row["brief description"]):
            rows.append(row)
    rows = rows[:limit]
    timer = Timer()
    hits = 0
    texts = (r["brief description"] for r in rows)
    for row, (_, mentions, _) in zip(rows, geoparse_texts(texts, "en", timer, len(rows)), strict=True):
        lat, lon = float(row["lat"]), float(row["lon"])
        hits += any(
            m.location is not None and haversine_km(m.location.latitude, m.location.longitude, lat, lon) <= NEAR_KM
            for m in mentions
        )
    return {
        "descriptions_naming_a_town": len(rows),
        "place_within_25km": round(hits / len(rows), 4) if rows else 0.0,
        "places_over_spacy": timer.ratio(),
    }
