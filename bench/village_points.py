"""How near a village GeoNames lacks is placed: leave-one-out over the villages KATOTTG links to cities500.

A KATOTTG settlement without a cities500 entry has no coordinates; the places stage puts it at a point its
hromada gives. Each linked village that is not its hromada's centre is left out in turn and placed as if
unlinked, by each candidate point: the centre's town ("centre"), the coordinate-wise median (katottg's
``_median``, the old fallback) or the mean of the hromada's other linked settlements ("median", "mean").
Hromadas whose centre GeoNames lacks (21, with 265 linked villages) are left out: they have no centre to
compare with. Prints one JSON line: per point, the share within 25 km of the village's GeoNames point and
the median and mean error in km. The index uses the mean.

Run: ``PYTHONPATH=src .venv/bin/python bench/village_points.py`` (about 5 s).
"""

from __future__ import annotations

import json
import statistics
from collections import defaultdict
from typing import Any

from sitroom.places.gazetteer import _slim, cities_path, read_cities, ukraine_settlements
from sitroom.places.katottg import Point, Settlement, _mean, _median, centres
from sitroom.places.relative import haversine_km

NEAR_KM = 25.0


def _settlements() -> list[Settlement]:
    """Every codifier settlement linked or placed, as the index build does it."""
    members: dict[tuple[str, str], list[dict[str, Any]]] = defaultdict(list)
    for city in read_cities(cities_path()):
        if city["countrycode"] == "UA":
            members[("UA", city["admin1code"])].append(_slim(city))
    return ukraine_settlements(members)[1]


def _point(settlement: Settlement) -> Point:
    assert settlement.city is not None
    return settlement.city["latitude"], settlement.city["longitude"]


def main() -> None:
    settlements = _settlements()
    heads = centres(settlements)
    linked: dict[str, list[Settlement]] = defaultdict(list)
    for settlement in settlements:
        if settlement.city is not None:
            linked[settlement.unit.hromada].append(settlement)
    errors: dict[str, list[float]] = defaultdict(list)
    for hromada, members in linked.items():
        head = heads.get(hromada)
        if head is None or head.city is None:
            continue
        for village in members:
            others = [_point(s) for s in members if s is not village]
            if village is head or not others:
                continue
            median = _median(others)
            assert median is not None
            candidates = {"centre": _point(head), "median": median, "mean": _mean(others)}
            for name, point in candidates.items():
                errors[name].append(haversine_km(*_point(village), *point))
    print(
        json.dumps(
            {
                name: {
                    "villages": len(found),
                    "within_25km": round(sum(e <= NEAR_KM for e in found) / len(found), 4),
                    "median_km": round(statistics.median(found), 2),
                    "mean_km": round(statistics.mean(found), 2),
                }
                for name, found in errors.items()
            }
        )
    )


if __name__ == "__main__":
    main()
