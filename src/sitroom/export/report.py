"""``sitroom report``: a self-contained situation report (one HTML file) and a PNG chart.

The HTML has everything inline (CSS, an SVG map and an SVG timeline), no scripts and no external
resources, so it can be mailed, archived or printed as is. Every article-derived string is escaped
and only http(s) source links are emitted: the input is untrusted news text.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from functools import cache
from importlib import resources
from pathlib import Path
from string import Template
from typing import Any

from sitroom.export.report_data import (
    Digest,
    daily_counts,
    digest,
    esc,
    family_color,
    family_label,
    family_order,
    report_filter,
    safe_url,
)
from sitroom.export.report_svg import map_svg, timeline_svg
from sitroom.store import Store


def _swatch(family: str) -> str:
    return f'<span class="swatch" style="background:{family_color(family)}"></span>'


def _legend(families: Iterable[str]) -> str:
    items = "".join(f"<li>{_swatch(f)}{esc(family_label(f))}</li>" for f in family_order(families))
    return f'<ul class="legend">{items}</ul>'


def _period(d: Digest, date_from: str | None, date_to: str | None) -> str:
    first, last = date_from or d.first, date_to or d.last
    if not first and not last:
        return "all dates"
    return f"{first or '…'} to {last or '…'}"


def _numbers(d: Digest, period: str) -> str:
    items = [
        (f"{d.events:,}", f"events ({d.undated:,} undated)" if d.undated else "events"),
        (f"{d.fatalities:,}", "fatalities reported"),
        (f"{d.injured:,}", "injured reported"),
        (f"{len(d.places):,}", "places"),
        (f"{len(d.sources):,}", "sources"),
    ]
    cells = "".join(f'<li><span class="value">{esc(v)}</span><span class="label">{label}</span></li>'
                    for v, label in items)  # fmt: skip
    period_cell = f'<li class="period"><span class="value">{esc(period)}</span><span class="label">period</span></li>'
    return f'<ul class="numbers">{cells}{period_cell}</ul>'


def _family_table(d: Digest) -> str:
    if not d.events:
        return '<p class="note">No events match this selection.</p>'
    rows = "".join(
        f"<tr><td>{_swatch(f)}{esc(family_label(f))}</td><td class='num'>{d.family_events[f]:,}</td>"
        f"<td class='num'>{d.family_events[f] / d.events:.0%}</td><td class='num'>{d.family_fatalities[f]:,}</td>"
        f"<td class='num'>{d.family_injured[f]:,}</td></tr>"
        for f in family_order(d.family_events)
    )
    head = ("<tr><th>Family</th><th class='num'>Events</th><th class='num'>Share</th>"
            "<th class='num'>Fatalities</th><th class='num'>Injured</th></tr>")  # fmt: skip
    return f"<table><thead>{head}</thead><tbody>{rows}</tbody></table>"


def _actors(record: dict[str, Any]) -> str | None:
    names = [
        f"{a['name']} ({a['country']})" if a.get("country") else a["name"]
        for a in (record.get("actor1"), record.get("actor2"))
        if a and a.get("name")
    ]
    return " vs ".join(names) or None


def _claim(record: dict[str, Any]) -> str:
    claimant = record.get("claimed_by") or {}
    details = ", ".join(str(claimant[k]) for k in ("role", "side") if claimant.get(k))
    who = claimant.get("name")
    text = f"{who} ({details})" if who and details else who or "unattributed"
    if claimant.get("channel"):
        text += f" via {claimant['channel']}"
    labels: dict[bool | None, str] = {True: "verified", False: "not verified"}
    verified = labels.get(record.get("verified"), "verification unknown")
    return f"{text} · {record.get('modality') or 'asserted'} · {verified}"


def _place(location: dict[str, Any] | None) -> str:
    if not location:
        return "unknown place"
    parts = [location.get("name"), location.get("admin1"), location.get("country")]
    return ", ".join(dict.fromkeys(str(p) for p in parts if p))


def _casualties(record: dict[str, Any]) -> str | None:
    fatalities, injured = record.get("fatalities"), record.get("injured")
    parts = []
    if fatalities is not None:
        parts.append(f'<span class="fatal">{fatalities:,} killed</span>')
    if injured is not None:
        parts.append(f"{injured:,} injured")
    return ", ".join(parts) or None


def _source(record: dict[str, Any], document: dict[str, Any] | None) -> str:
    """The source name and document title, linked when the URL is http(s)."""
    document = document or {}
    name = record.get("source") or document.get("source")
    title = document.get("title")
    text = " — ".join(esc(p) for p in (name, title) if p) or esc(f"document {record['doc_id']}")
    url = safe_url(record.get("url") or document.get("url"))
    if url is None:
        return text
    return f'<a class="source" href="{esc(url)}" rel="noopener noreferrer nofollow">{text}</a>'


def _event_html(rank: int, record: dict[str, Any], document: dict[str, Any] | None) -> str:
    kind = record.get("sub_event_type") or record.get("event_type") or family_label(record["family"])
    fields = [
        ("Family", f"{_swatch(record['family'])}{esc(family_label(record['family']))}"),
        ("Type", esc(" / ".join(p for p in (record.get("event_type"), record.get("sub_event_type")) if p) or "—")),
        ("Place", esc(_place(record.get("location")))),
        ("Actors", esc(_actors(record) or "—")),
        ("Casualties", _casualties(record) or "not reported"),
        ("Claim", esc(_claim(record))),
        ("Confidence", f"{record.get('confidence') or 0:.2f}"),
        ("Source", _source(record, document)),
    ]
    rows = "".join(f"<dt>{label}</dt><dd>{value}</dd>" for label, value in fields)
    evidence = (record.get("evidence") or {}).get("text") or ""
    return (
        f'<article class="event" style="border-left-color:{family_color(record["family"])}">'
        f'<h3><span class="rank">#{rank}</span> {esc(record.get("event_date") or "undated")} — {esc(kind)}, '
        f"{esc(_place(record.get('location')))}</h3>"
        f"<dl>{rows}</dl><blockquote>{esc(evidence)}</blockquote></article>"
    )


def _top_events(store: Store, records: list[dict[str, Any]]) -> str:
    if not records:
        return '<p class="note">No events match this selection.</p>'
    parts = []
    for rank, record in enumerate(records, 1):
        detail = store.event(record["event_id"]) or {}
        parts.append(_event_html(rank, record, detail.get("document")))
    return "".join(parts)


@cache
def _template() -> Template:
    path = resources.files("sitroom") / "resources" / "common" / "export_report.html"
    return Template(path.read_text(encoding="utf-8"))


def build_report(store: Store, date_from: str | None, date_to: str | None, region: str | None, top: int = 20) -> str:
    """The situation report for a period and region as one self-contained HTML page."""
    filters = report_filter(store, date_from, date_to, region)
    d = digest(store, filters, top)
    days, counts = daily_counts(store, filters)
    period = _period(d, date_from, date_to)
    where = filters.admin1 or filters.country
    title = f"Situation report — {where}" if where else "Situation report"
    legend = _legend(d.family_events)
    points = list(d.points.values())
    size_note = "Circles grow with reported fatalities, one per place and family; equirectangular projection."
    return _template().substitute(
        title=esc(title),
        subtitle=esc(f"{period} · {d.events:,} events"),
        generated=esc(f"Generated {dt.datetime.now(dt.UTC).isoformat(timespec='minutes')} by sitroom"),
        numbers=_numbers(d, period),
        families=_family_table(d),
        map=f"<figure>{map_svg(points)}<figcaption>{legend}{size_note}</figcaption></figure>",
        timeline=f"<figure>{timeline_svg(days, counts)}<figcaption>{legend}</figcaption></figure>",
        events_heading=esc(f"Top {min(top, d.events)} events by fatalities, then confidence"),
        events=_top_events(store, d.top),
    )


# -- PNG ---------------------------------------------------------------------------------------


def write_png(store: Store, date_from: str | None, date_to: str | None, region: str | None, path: Path | str) -> None:
    """A PNG bar chart of events per day, stacked by family (matplotlib, Agg: no display needed)."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.dates import AutoDateFormatter, AutoDateLocator, date2num
    from matplotlib.figure import Figure
    from matplotlib.ticker import MaxNLocator

    filters = report_filter(store, date_from, date_to, region)
    days, counts = daily_counts(store, filters)
    figure = Figure(figsize=(10, 4.2), dpi=110, layout="constrained")
    FigureCanvasAgg(figure)
    axes = figure.add_subplot()
    where = filters.admin1 or filters.country
    axes.set_title("Events per day by family" + (f" — {where}" if where else ""))
    axes.set_ylabel("events")
    axes.grid(axis="y", color="#d9dde3", linewidth=0.6)
    axes.set_axisbelow(True)
    if not days:
        axes.text(0.5, 0.5, "No dated events in this selection.", ha="center", va="center", transform=axes.transAxes)
        figure.savefig(path, format="png")
        return
    edges = [date2num(day) for day in days] + [date2num(days[-1]) + 1]
    below = [0] * len(days)
    for family, values in counts.items():
        above = [b + v for b, v in zip(below, values, strict=True)]
        axes.stairs(above, edges, baseline=below, fill=True, color=family_color(family), label=family_label(family))
        below = above
    axes.set_xlim(edges[0], edges[-1])
    axes.yaxis.set_major_locator(MaxNLocator(integer=True))
    locator = AutoDateLocator()
    axes.xaxis.set_major_locator(locator)
    axes.xaxis.set_major_formatter(AutoDateFormatter(locator))
    axes.legend(loc="upper left", bbox_to_anchor=(1.01, 1.0), fontsize="small", frameon=False)
    figure.autofmt_xdate()
    figure.savefig(path, format="png")
