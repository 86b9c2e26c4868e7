"""The front bonus: of namesakes, the one near the front line of the document's date is likelier meant.

``places_front.tsv`` lists towns along each front line in line order, with the dates the line held
(``from``, ``until``; empty = open). Consecutive towns of one line are joined into a stretch that holds
while both do, so the bonus follows the line between its towns. A date picks a *period*: the time
between two dates at which the file changes, during which the same stretches hold. Without a date the
bonus is its mean over the time the file covers (its first change to its last), each period weighed by
its length: a town on a line that held for years gets most of it, one on a line of a few weeks little.
"""

from __future__ import annotations

import datetime as dt
import math
from bisect import bisect_left, bisect_right
from functools import cache, lru_cache
from itertools import groupby, pairwise, product

from sitroom.places.resources import read_tsv

FRONT_BONUS = 3.0
FRONT_KM = 30.0
ALL_PERIODS = -1
_KM_PER_DEGREE = 111.2
_REACH = FRONT_KM / _KM_PER_DEGREE
_CELL_DEGREES = 0.5
_MARGIN = 0.001  # degrees a stretch's box is widened by, so that rounding never drops a stretch it reaches

# A stretch of line: its end points (latitude, longitude), then the first and last day it holds.
_Stretch = tuple[float, float, float, float, dt.date, dt.date]
_Town = tuple[float, float, dt.date, dt.date]


@cache
def _stretches() -> tuple[_Stretch, ...]:
    """Every stretch of every line; a line of one town is one point."""
    towns = [
        (
            row["line"],
            (
                float(row["latitude"]),
                float(row["longitude"]),
                dt.date.fromisoformat(row["from"]) if row["from"] else dt.date.min,
                dt.date.fromisoformat(row["until"]) if row["until"] else dt.date.max,
            ),
        )
        for row in read_tsv("places_front.tsv")
    ]
    stretches: list[_Stretch] = []
    for _, group in groupby(towns, key=lambda town: town[0]):
        points: list[_Town] = [town for _, town in group]
        for a, b in pairwise(points) if len(points) > 1 else [(points[0], points[0])]:
            stretches.append((a[0], a[1], b[0], b[1], max(a[2], b[2]), min(a[3], b[3])))
    return tuple(stretches)


@cache
def _changes() -> tuple[dt.date, ...]:
    """The days on which some stretch starts or stops holding, in order."""
    days = {s[4] for s in _stretches()} | {s[5] + dt.timedelta(days=1) for s in _stretches() if s[5] < dt.date.max}
    return tuple(sorted(days - {dt.date.min}))


def front_period(when: dt.date | None) -> int:
    """The period of ``when`` (what the front bonus depends on): ALL_PERIODS without a date."""
    return ALL_PERIODS if when is None else bisect_right(_changes(), when)


def _first_day(period: int) -> dt.date:
    """The first day of a period (of a dated one: ``front_period`` never gives ALL_PERIODS for a date)."""
    return _changes()[period - 1] if period else dt.date.min


def _cell(lat: float, lon: float) -> tuple[int, int]:
    return math.floor(lat / _CELL_DEGREES), math.floor(lon / _CELL_DEGREES)


@cache
def _periods() -> tuple[tuple[dt.date, ...], tuple[int, ...]]:
    """The periods between the file's first and last change: their first days and lengths in days."""
    days = _changes()
    return days[:-1], tuple((end - start).days for start, end in pairwise(days))


# A stretch as the bonus reads it: its end points, the range of ``_periods`` it holds in, then the box
# (south, north, west, east) outside which no point comes within FRONT_KM of it.
_Reach = tuple[float, float, float, float, int, int, float, float, float, float]


@cache
def _reaches() -> tuple[tuple[_Stretch, _Reach, tuple[tuple[int, int], ...]], ...]:
    """Every stretch with what the bonus reads of it and the cells of half a degree its box covers: the
    same in every period, so reckoned once."""
    starts = _periods()[0]
    reaches = []
    for s in _stretches():
        north = max(s[0], s[2]) + _REACH
        width = _REACH / max(0.1, math.cos(math.radians(north)))  # degrees of longitude in FRONT_KM
        south, west, east = min(s[0], s[2]) - _REACH, min(s[1], s[3]) - width, max(s[1], s[3]) + width
        periods = bisect_left(starts, s[4]), bisect_right(starts, s[5])
        reach = (*s[:4], *periods, south - _MARGIN, north + _MARGIN, west - _MARGIN, east + _MARGIN)
        low, high = _cell(south, west), _cell(north, east)
        reaches.append((s, reach, tuple(product(range(low[0], high[0] + 1), range(low[1], high[1] + 1)))))
    return tuple(reaches)


@cache
def _grid(period: int) -> dict[tuple[int, int], tuple[_Reach, ...]]:
    """The stretches that hold in ``period`` (every one for ALL_PERIODS) by the cells they pass within
    FRONT_KM of: a town's cell lists the only stretches worth measuring."""
    day = None if period == ALL_PERIODS else _first_day(period)
    grid: dict[tuple[int, int], list[_Reach]] = {}
    for s, reach, cells in _reaches():
        if day is None or s[4] <= day <= s[5]:
            for cell in cells:
                grid.setdefault(cell, []).append(reach)
    return {cell: tuple(reaches) for cell, reaches in grid.items()}


def _near(lat: float, lon: float, period: int) -> list[tuple[float, _Reach]]:
    """The bonus each stretch of ``period`` within FRONT_KM gives. The distance to a stretch is measured
    on the plane tangent at the point (exact enough within FRONT_KM); it is written out in the loop, the
    point's scale reckoned once, because a cold pass measures ten thousand stretches."""
    near = []
    scale = math.cos(math.radians(lat)) * _KM_PER_DEGREE
    for s in _grid(period).get(_cell(lat, lon), ()):
        if not (s[6] <= lat <= s[7] and s[8] <= lon <= s[9]):
            continue  # half the stretches of a cell: its corners lie beyond FRONT_KM of them
        ax, ay = (s[1] - lon) * scale, (s[0] - lat) * _KM_PER_DEGREE
        dx, dy = (s[3] - lon) * scale - ax, (s[2] - lat) * _KM_PER_DEGREE - ay
        length = dx * dx + dy * dy
        t = 0.0 if not length else max(0.0, min(1.0, -(ax * dx + ay * dy) / length))
        bonus = FRONT_BONUS * (1.0 - math.hypot(ax + t * dx, ay + t * dy) / FRONT_KM)
        if bonus > 0.0:
            near.append((bonus, s))
    return near


@lru_cache(maxsize=65536)
def front_bonus(lat: float, lon: float, period: int = ALL_PERIODS) -> float:
    """Up to FRONT_BONUS for a town near a front line of ``period`` (``front_period``): conflict news is
    about the front, so of namesakes (Hryhorivka, Donetsk) the one near it is likelier shelled. A 2018
    note gives nothing to villages on the Dnipro, which was no front then."""
    near = _near(lat, lon, period)
    if period != ALL_PERIODS or not near:
        return max((bonus for bonus, _ in near), default=0.0)
    lengths = _periods()[1]
    best = [0.0] * len(lengths)
    for bonus, s in near:
        for index in range(s[4], s[5]):
            if bonus > best[index]:
                best[index] = bonus
    total = sum(lengths)
    return sum(b * length for b, length in zip(best, lengths, strict=True)) / total if total else 0.0
