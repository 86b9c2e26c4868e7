"""What a situation report shows, read from the store: the selection, summary figures, map points,
top events and per-day counts by family. No presentation here (see report_svg and report).
"""

from __future__ import annotations

import datetime as dt
import heapq
import html
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import cache
from typing import Any
from urllib.parse import urlsplit

from sqlalchemy import func, select

from sitroom.export.resources import load
from sitroom.store import EventFilter, Store
from sitroom.store.schema import events as events_table


def conventions() -> dict[str, Any]:
    """Palette, label count, graticule steps and timeline bins (resources/common/export_report.json)."""
    return load("export_report")


@cache
def _palette() -> dict[str, tuple[str, str]]:
    """Family id → (label, colour), in display order."""
    return {f["id"]: (f["label"], f["color"]) for f in conventions()["families"]}


def family_label(family: str) -> str:
    return _palette().get(family, (family, ""))[0]


def family_color(family: str) -> str:
    return _palette().get(family, ("", conventions()["unknown_color"]))[1]


def family_order(families: Iterable[str]) -> list[str]:
    """Families in the palette's order, unknown ones last (alphabetically)."""
    known = list(_palette())
    return sorted(set(families), key=lambda f: (known.index(f) if f in known else len(known), f))


def esc(value: Any) -> str:
    """Text for HTML or SVG, attributes included (None is empty): article text is untrusted."""
    return html.escape("" if value is None else str(value), quote=True)


def safe_url(url: Any) -> str | None:
    """``url`` if it is an absolute http(s) URL without whitespace or control characters, else None."""
    if not isinstance(url, str) or any(ch.isspace() or ord(ch) < 32 for ch in url):
        return None
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    return url if parts.scheme.lower() in {"http", "https"} and parts.netloc else None


# -- selection -------------------------------------------------------------------------------


def report_filter(store: Store, date_from: str | None, date_to: str | None, region: str | None) -> EventFilter:
    """The store filter for a period and a region: an admin1 name or an ISO country, case-insensitive.

    The region is matched against the stored admin1 names first (the store compares exactly), then
    taken as a country code. ``ValueError`` for a date that is not ``YYYY-MM-DD``.
    """
    for value in (date_from, date_to):
        if value is not None and not _is_day(value):
            raise ValueError(f"not a date (YYYY-MM-DD): {value!r}")
    if not region or not region.strip():
        return EventFilter(date_from=date_from, date_to=date_to)
    wanted = region.strip()
    query = (
        select(events_table.c.location_admin1)
        .where(func.lower(events_table.c.location_admin1) == wanted.lower())
        .limit(1)
    )
    with store.engine.connect() as conn:
        admin1 = conn.scalar(query)
    if admin1 is not None:
        return EventFilter(date_from=date_from, date_to=date_to, admin1=admin1)
    return EventFilter(date_from=date_from, date_to=date_to, country=wanted.upper())


@dataclass(slots=True)
class MapPoint:
    """The events of one family at one place: mean position, count and fatalities."""

    name: str
    family: str
    place: Any
    lat_sum: float = 0.0
    lon_sum: float = 0.0
    events: int = 0
    fatalities: int = 0

    @property
    def latitude(self) -> float:
        return self.lat_sum / self.events

    @property
    def longitude(self) -> float:
        return self.lon_sum / self.events


def _rank(record: dict[str, Any]) -> tuple[int, float, str, str]:
    """Top events: most fatalities, then most confident, then latest (event id breaks ties)."""
    return (record.get("fatalities") or 0, record.get("confidence") or 0.0, record.get("event_date") or "",
            record["event_id"])  # fmt: skip


@dataclass(slots=True)
class Digest:
    """Everything the report shows, gathered in one streaming pass over the matching events."""

    top_size: int
    events: int = 0
    fatalities: int = 0
    injured: int = 0
    undated: int = 0
    first: str | None = None
    last: str | None = None
    places: set[Any] = field(default_factory=set)
    sources: set[str] = field(default_factory=set)
    family_events: Counter[str] = field(default_factory=Counter)
    family_fatalities: Counter[str] = field(default_factory=Counter)
    family_injured: Counter[str] = field(default_factory=Counter)
    points: dict[tuple[Any, str], MapPoint] = field(default_factory=dict)
    _top: list[tuple[tuple[int, float, str, str], dict[str, Any]]] = field(default_factory=list)

    def add(self, record: dict[str, Any]) -> None:
        family = record["family"]
        fatalities, injured = record.get("fatalities") or 0, record.get("injured") or 0
        self.events += 1
        self.fatalities += fatalities
        self.injured += injured
        self.family_events[family] += 1
        self.family_fatalities[family] += fatalities
        self.family_injured[family] += injured
        if date := record.get("event_date"):
            self.first = min(self.first or date, date)
            self.last = max(self.last or date, date)
        else:
            self.undated += 1
        source = record.get("source") or (urlsplit(url).hostname if (url := safe_url(record.get("url"))) else None)
        if source:
            self.sources.add(source)
        self._add_place(record.get("location"), family, fatalities)
        entry = (_rank(record), record)
        if len(self._top) < self.top_size:
            heapq.heappush(self._top, entry)
        elif self.top_size and entry[0] > self._top[0][0]:
            heapq.heapreplace(self._top, entry)

    def _add_place(self, location: dict[str, Any] | None, family: str, fatalities: int) -> None:
        if not location or location.get("latitude") is None or location.get("longitude") is None:
            return
        place = location.get("geonameid") or (location.get("name"), location.get("country"))
        self.places.add(place)
        point = self.points.get((place, family))
        if point is None:
            point = self.points[(place, family)] = MapPoint(location.get("name") or "?", family, place)
        point.lat_sum += location["latitude"]
        point.lon_sum += location["longitude"]
        point.events += 1
        point.fatalities += fatalities

    @property
    def top(self) -> list[dict[str, Any]]:
        return [record for _, record in sorted(self._top, key=lambda entry: entry[0], reverse=True)]


def digest(store: Store, filters: EventFilter, top: int = 20) -> Digest:
    """Summary figures, map points and the ``top`` events of everything ``filters`` matches."""
    result = Digest(top)
    for record in store.iter_events(filters):
        result.add(record)
    return result


# -- timeline data -----------------------------------------------------------------------------


def daily_counts(store: Store, filters: EventFilter) -> tuple[list[dt.date], dict[str, list[int]]]:
    """Every day of the period (the filter's dates, else the data's extent), and per family its
    count on each day. Events dated to a month or a year only are left out."""
    dated = [(dt.date.fromisoformat(r["date"]), r["family"], r["count"]) for r in store.stats(filters)
             if _is_day(r["date"])]  # fmt: skip
    if not dated:
        return [], {}
    first = _day(filters.date_from) or min(d for d, _, _ in dated)
    last = _day(filters.date_to) or max(d for d, _, _ in dated)
    days = [first + dt.timedelta(days=n) for n in range((last - first).days + 1)]
    counts = {family: [0] * len(days) for family in family_order(f for _, f, _ in dated)}
    for day, family, count in dated:
        counts[family][(day - first).days] += count
    return days, counts


def _day(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value and _is_day(value) else None


def _is_day(value: str) -> bool:
    try:
        dt.date.fromisoformat(value)
    except (TypeError, ValueError):
        return False
    return len(value) == 10


def _next_month(day: dt.date) -> dt.date:
    return dt.date(day.year + day.month // 12, day.month % 12 + 1, 1)


def _binning(span_days: int) -> tuple[str, Callable[[dt.date], dt.date], Callable[[dt.date], dt.date]]:
    """Bar width for a period: day, week (from Monday) or month, so bars stay readable."""
    limits = conventions()["timeline_bins"]
    if span_days <= limits["day"]:
        return "day", lambda d: d, lambda d: d + dt.timedelta(days=1)
    if span_days <= limits["week"]:
        return "week", lambda d: d - dt.timedelta(days=d.weekday()), lambda d: d + dt.timedelta(days=7)
    return "month", lambda d: d.replace(day=1), _next_month


def binned_counts(days: list[dt.date], counts: dict[str, list[int]]) -> tuple[str, list[dt.date], dict[str, list[int]]]:
    """Daily counts regrouped into contiguous day, week or month bins (bins named by their start)."""
    if not days:
        return "day", [], {}
    unit, start_of, step = _binning(len(days))
    starts = [start_of(days[0])]
    while step(starts[-1]) <= days[-1]:
        starts.append(step(starts[-1]))
    index = {start: n for n, start in enumerate(starts)}
    binned = {family: [0] * len(starts) for family in counts}
    for position, day in enumerate(days):
        slot = index[start_of(day)]
        for family, values in counts.items():
            binned[family][slot] += values[position]
    return unit, starts, binned
