"""The report's pictures as inline SVG: an equirectangular map fitted to the events and a stacked
timeline. Plain strings, no scripts and no external references; all text goes through ``esc``.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sitroom.export.report_data import MapPoint, binned_counts, conventions, esc, family_color, family_label

MAP_WIDTH, TIMELINE_WIDTH, TIMELINE_HEIGHT = 900, 900, 240


def _nice_step(span: float, lines: int) -> float:
    """A 1-2-5 step giving about ``lines`` intervals over ``span``."""
    raw = max(span, 1e-9) / lines
    power = 10 ** math.floor(math.log10(raw))
    return next(m * power for m in (1, 2, 5, 10) if m * power >= raw)


def _svg(width: int, height: int, label: str, body: Iterable[str]) -> str:
    return (
        f'<svg viewBox="0 0 {width} {height}" width="{width}" height="{height}" role="img" '
        f'aria-label="{esc(label)}">' + "".join(body) + "</svg>"
    )


def _empty_svg(width: int, height: int, message: str) -> str:
    text = f'<text class="empty" x="{width / 2}" y="{height / 2}" text-anchor="middle">{esc(message)}</text>'
    return _svg(width, height, message, [text])


def _fmt(value: float) -> str:
    return f"{value:.1f}"


def _degrees(value: float, positive: str, negative: str) -> str:
    return f"{abs(round(value, 2)):g}°{positive if value >= 0 else negative}"


def _radius(fatalities: int) -> float:
    """Marker radius: grows with the square root of fatalities, bounded (as on the web map)."""
    return min(20.0, 6.0 + 2.0 * math.sqrt(max(0, fatalities)))


# -- map ---------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Projection:
    """Equirectangular projection of a lon/lat box onto an SVG canvas (longitudes shrunk by cos(lat))."""

    west: float
    south: float
    east: float
    north: float
    width: int
    height: int

    @classmethod
    def fit(cls, points: list[MapPoint], width: int) -> Projection:
        lats, lons = [p.latitude for p in points], [p.longitude for p in points]
        west, east, south, north = min(lons), max(lons), min(lats), max(lats)
        pad_lon, pad_lat = max((east - west) * 0.12, 0.5), max((north - south) * 0.12, 0.5)
        west, east = max(-180.0, west - pad_lon), min(180.0, east + pad_lon)
        south, north = max(-85.0, south - pad_lat), min(85.0, north + pad_lat)
        aspect = (north - south) / ((east - west) * math.cos(math.radians((north + south) / 2)))
        height = round(min(max(width * aspect, 280), 640))
        return cls(west, south, east, north, width, height)

    def __call__(self, lon: float, lat: float) -> tuple[float, float]:
        x = (lon - self.west) / (self.east - self.west) * self.width
        y = (self.north - lat) / (self.north - self.south) * self.height
        return x, y


def _graticule(proj: Projection) -> Iterable[str]:
    """Light meridians and parallels at a round step, labelled on the left and bottom edges."""
    steps = conventions()["graticule_steps"]
    span = max(proj.east - proj.west, proj.north - proj.south)
    step = next((s for s in steps if span / s <= 8), steps[-1])
    lon = math.ceil(proj.west / step) * step
    while lon <= proj.east:
        x, _ = proj(lon, proj.south)
        yield f'<line class="grid" x1="{_fmt(x)}" y1="0" x2="{_fmt(x)}" y2="{proj.height}"/>'
        if x < proj.width - 40:
            yield f'<text class="axis" x="{_fmt(x + 2)}" y="{proj.height - 4}">{_degrees(lon, "E", "W")}</text>'
        lon += step
    lat = math.ceil(proj.south / step) * step
    while lat <= proj.north:
        _, y = proj(proj.west, lat)
        yield f'<line class="grid" x1="0" y1="{_fmt(y)}" x2="{proj.width}" y2="{_fmt(y)}"/>'
        yield f'<text class="axis" x="3" y="{_fmt(y - 3)}">{_degrees(lat, "N", "S")}</text>'
        lat += step


Box = tuple[float, float, float, float]


def _overlaps(box: Box, others: list[Box]) -> bool:
    x0, y0, x1, y1 = box
    return any(x0 < b[2] and b[0] < x1 and y0 < b[3] and b[1] < y1 for b in others)


def _place_labels(points: list[MapPoint], proj: Projection) -> Iterable[str]:
    """The names of the most affected places (by fatalities, then events), skipping a label that
    would overlap one already placed (text width estimated from its length)."""
    totals: dict[Any, list[Any]] = {}
    for p in points:
        entry = totals.setdefault(p.place, [0, 0, p])
        entry[0] += p.fatalities
        entry[1] += p.events
    placed: list[Box] = []
    for fatalities, count, point in sorted(totals.values(), key=lambda e: (e[0], e[1], e[2].name), reverse=True):
        if len(placed) == conventions()["map_labels"]:
            return
        label = f"{point.name} ({fatalities} killed)" if fatalities else f"{point.name} ({count})"
        x, y = proj(point.longitude, point.latitude)
        gap, width = _radius(fatalities) + 3, 7.2 * len(label)
        left = x + gap if x + gap + width <= proj.width else x - gap - width
        box = (left, y - 8, left + width, y + 6)
        if _overlaps(box, placed):
            continue
        placed.append(box)
        yield f'<text class="place" x="{_fmt(left)}" y="{_fmt(y + 4)}">{esc(label)}</text>'


def map_svg(points: list[MapPoint], width: int = MAP_WIDTH) -> str:
    """Inline SVG map: graticule, one circle per place and family (coloured by family, sized by
    fatalities, largest drawn first), and labels for the most affected places."""
    if not points:
        return _empty_svg(width, 200, "No located events in this selection.")
    proj = Projection.fit(points, width)
    body = list(_graticule(proj))
    for p in sorted(points, key=lambda p: (-p.fatalities, p.name, p.family)):
        x, y = proj(p.longitude, p.latitude)
        tip = f"{p.name}: {p.events} {family_label(p.family).lower()} event(s), {p.fatalities} fatalities"
        body.append(
            f'<circle cx="{_fmt(x)}" cy="{_fmt(y)}" r="{_fmt(_radius(p.fatalities))}" '
            f'fill="{family_color(p.family)}"><title>{esc(tip)}</title></circle>'
        )
    body.extend(_place_labels(points, proj))
    return _svg(proj.width, proj.height, "Map of events by family", body)


# -- timeline ----------------------------------------------------------------------------------


def timeline_svg(days: list[dt.date], counts: dict[str, list[int]], width: int = TIMELINE_WIDTH) -> str:
    """Inline SVG of stacked bars by family per day (or week / month over long periods), with axes."""
    unit, starts, binned = binned_counts(days, counts)
    if not starts:
        return _empty_svg(width, 120, "No dated events in this selection.")
    height, left, right, top, bottom = TIMELINE_HEIGHT, 44, 10, 12, 34
    plot_w, plot_h = width - left - right, height - top - bottom
    totals = [sum(values[n] for values in binned.values()) for n in range(len(starts))]
    step = _nice_step(max(totals), 4)
    y_max = max(step, math.ceil(max(totals) / step) * step)
    bar = plot_w / len(starts)
    body: list[str] = []
    tick = 0.0
    while tick <= y_max:
        y = top + plot_h - tick / y_max * plot_h
        body.append(f'<line class="grid" x1="{left}" y1="{_fmt(y)}" x2="{width - right}" y2="{_fmt(y)}"/>')
        body.append(f'<text class="axis" x="{left - 4}" y="{_fmt(y + 3)}" text-anchor="end">{tick:g}</text>')
        tick += step
    for n, start in enumerate(starts):
        base: float = top + plot_h
        for family, values in binned.items():
            if values[n]:
                h = values[n] / y_max * plot_h
                base -= h
                tip = f"{unit} of {start.isoformat()}: {values[n]} {family_label(family).lower()}"
                body.append(
                    f'<rect x="{_fmt(left + n * bar + bar * 0.1)}" y="{_fmt(base)}" width="{_fmt(bar * 0.8)}" '
                    f'height="{_fmt(h)}" fill="{family_color(family)}"><title>{esc(tip)}</title></rect>'
                )
    every = max(1, math.ceil(len(starts) / 8))
    for n in range(0, len(starts), every):
        label = starts[n].strftime("%Y-%m") if unit == "month" else starts[n].isoformat()
        x = left + n * bar + bar / 2
        body.append(f'<text class="axis" x="{_fmt(x)}" y="{height - bottom + 14}" text-anchor="middle">{label}</text>')
    body.append(
        f'<text class="axis" x="{left + plot_w / 2}" y="{height - 4}" text-anchor="middle">events per {unit}</text>'
    )
    return _svg(width, height, f"Events per {unit} by family", body)
