"""The situation report on a real SQLite store: figures, filters, escaping, self-containment, PNG."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from pathlib import Path

import pytest

from sitroom.export.report import build_report, write_png
from sitroom.export.report_data import MapPoint, binned_counts, report_filter, safe_url
from sitroom.export.report_svg import Projection, map_svg, timeline_svg
from sitroom.model import (
    Actor,
    Claimant,
    Document,
    Event,
    Location,
    ProcessedDocument,
    ResolvedDate,
    Span,
    Timeline,
)
from sitroom.store import EventFilter, Store
from sitroom.store.synthetic import synthetic_documents

HOSTILE_EVIDENCE = 'Shelling hit <script>alert("x")</script> the "market" & station in Avdiivka.'
HOSTILE_DATE = "2023-06-15"


def _hostile_document() -> ProcessedDocument:
    """A document whose text, names and URL try to inject markup and a javascript: link."""
    text = f"Intro.\n\n{HOSTILE_EVIDENCE}"
    start = text.index("Shelling")
    location = Location("Avdiivka <b>", "Avdiivka", "Donetsk", "UA", 48.14, 37.74, 712451, 1)
    event = Event(
        event_id="hostile-0",
        doc_id="hostile",
        doc_date=HOSTILE_DATE,
        doc_date_source="metadata",
        event_date=HOSTILE_DATE,
        time_precision=1,
        family="remote_violence",
        event_type="Explosions/Remote violence",
        sub_event_type="Shelling/artillery/missile attack",
        plover="ATTACK",
        actor1=Actor("<img src=x onerror=alert(1)>", "RU"),
        actor2=Actor("Civilians", "UA"),
        location=location,
        fatalities=500,
        injured=7,
        quantities=[],
        claimed_by=Claimant("<i>spokesman</i>", "spokesperson", "UA", "Telegram"),
        modality="claimed",
        verified=False,
        confidence=0.9,
        lang="en",
        evidence=Span(start, len(text), HOSTILE_EVIDENCE),
    )
    document = Document("hostile", text, title="<svg onload=alert(2)>", date=HOSTILE_DATE, lang="en",
                        source="Hostile Wire", url="javascript:alert(3)")  # fmt: skip
    undated = dataclasses.replace(event, event_id="hostile-1", event_date=None, time_precision=None, fatalities=None)
    timeline = Timeline(ResolvedDate(dt.date(2023, 6, 15), 1), "metadata")
    return ProcessedDocument(document, "en", timeline, [], [event, undated])


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Store:
    db = tmp_path_factory.mktemp("report") / "report.db"
    store = Store(f"sqlite:///{db}")
    store.add([*synthetic_documents(80, seed=11), _hostile_document()])
    return store


@pytest.fixture(scope="module")
def full(store: Store) -> str:
    return build_report(store, None, None, None)


def _subtitle_count(report: str) -> int:
    match = re.search(r'class="subtitle">[^<]*· ([\d,]+) events<', report)
    assert match
    return int(match.group(1).replace(",", ""))


def _rendered_dates(report: str) -> list[str]:
    return re.findall(r'<span class="rank">#\d+</span> (\d{4}-\d{2}-\d{2})', report)


def test_summary_counts_period_and_sections(store: Store, full: str) -> None:
    assert _subtitle_count(full) == store.counts()["events"]
    dates = sorted(r["event_date"] for r in store.iter_events() if r["event_date"])
    assert f"{dates[0]} to {dates[-1]}" in full
    assert full.count("<svg") == 2 and "<circle" in full and "<rect" in full
    assert "@media print" in full and "Events by family" in full and "events (1 undated)" in full
    assert len(_rendered_dates(full)) == 20


def test_top_events_ranked_by_fatalities(store: Store, full: str) -> None:
    killed = [int(n) for n in re.findall(r'<span class="fatal">([\d,]+) killed</span>', full)]
    assert killed == sorted(killed, reverse=True)
    assert killed[0] == 500
    assert len(_rendered_dates(build_report(store, None, None, None, top=3))) == 3


def test_article_text_is_escaped_and_no_scripts(full: str) -> None:
    assert "<script" not in full.lower()
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in full
    assert "&amp; station in Avdiivka." in full
    for raw in ("<img", "<svg onload", "<i>spokesman", "Avdiivka <b>", "javascript:"):
        assert raw not in full
    assert "&lt;img src=x onerror=alert(1)&gt;" in full
    assert "not verified" in full and "via Telegram" in full


def test_self_contained_only_source_links_are_urls(full: str) -> None:
    assert not re.search(r"<[^>]*\s(src|xlink:href)=", full)
    assert "@import" not in full and "url(" not in full
    links = re.findall(r'<a class="source" href="(https?://[^"]+)"', full)
    assert links and all(link.startswith("https://example.org/") for link in links)
    without_links = re.sub(r'<a class="source" href="https?://[^"]+"', "", full)
    assert not re.search(r"https?://", without_links)


def test_date_filter(store: Store) -> None:
    report = build_report(store, "2023-06-01", "2023-06-30", None)
    expected = store.events(EventFilter(date_from="2023-06-01", date_to="2023-06-30"), limit=1).count
    assert _subtitle_count(report) == expected > 0
    assert "2023-06-01 to 2023-06-30" in report
    assert all("2023-06-01" <= d <= "2023-06-30" for d in _rendered_dates(report))
    assert "&lt;script&gt;" in report


def test_region_filter_admin1_and_country_case_insensitive(store: Store) -> None:
    donetsk = build_report(store, None, None, "donetsk")
    assert "Situation report — Donetsk" in donetsk
    assert _subtitle_count(donetsk) == store.events(EventFilter(admin1="Donetsk"), limit=1).count
    assert "Kharkiv, Kharkiv, UA" not in donetsk and "Pokrovsk" in donetsk
    assert _subtitle_count(build_report(store, None, None, "ua")) == store.counts()["events"]
    assert report_filter(store, None, None, "KHARKIV").admin1 == "Kharkiv"


def test_dates_must_be_iso_days(store: Store) -> None:
    for bad in ("2023-06", "yesterday", "15/06/2023"):
        with pytest.raises(ValueError, match="YYYY-MM-DD"):
            build_report(store, bad, None, None)


def test_empty_selection(store: Store) -> None:
    report = build_report(store, None, None, "Atlantis")
    assert _subtitle_count(report) == 0
    assert "No events match" in report and "No located events" in report and "No dated events" in report


def test_safe_url() -> None:
    assert safe_url("https://example.org/a?b=1") == "https://example.org/a?b=1"
    for bad in ("javascript:alert(1)", "data:text/html,x", "//example.org", "http://", "https://a b", None, 3):
        assert safe_url(bad) is None


def test_projection_keeps_points_on_canvas() -> None:
    points = [MapPoint("A", "battle", 1, 48.0, 37.0, 1, 3), MapPoint("B", "protest", 2, 50.5, 30.5, 1, 0)]
    proj = Projection.fit(points, 900)
    for p in points:
        x, y = proj(p.longitude, p.latitude)
        assert 0 < x < proj.width and 0 < y < proj.height
    svg = map_svg(points)
    assert svg.count("<circle") == 2 and "A (3 killed)" in svg


def test_timeline_bins_long_periods_and_keeps_totals() -> None:
    days = [dt.date(2024, 1, 1) + dt.timedelta(days=n) for n in range(200)]
    counts = {"battle": [1] * 200, "protest": [n % 2 for n in range(200)]}
    unit, starts, binned = binned_counts(days, counts)
    assert unit == "week" and all(s.weekday() == 0 for s in starts)
    assert sum(binned["battle"]) == 200 and sum(binned["protest"]) == 100
    assert "events per week" in timeline_svg(days, counts)


def test_png_chart(store: Store, tmp_path: Path) -> None:
    pytest.importorskip("matplotlib")
    for name, region in (("all.png", None), ("empty.png", "Atlantis")):
        path = tmp_path / name
        write_png(store, "2023-01-01", "2023-12-31", region, path)
        data = path.read_bytes()
        assert data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) > 5000
