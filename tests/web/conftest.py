"""Browser-test fixtures: a real uvicorn server over a real SQLite store, and headless chromium.

The store is filled through ``sitroom.store.Store`` with hand-written processed documents (our own
text, not dev data). Each document is a few blank-line-separated paragraphs and the event's
evidence sentence sits inside the middle one, so the UI has context to highlight it within.
"""

from __future__ import annotations

import datetime as dt
import socket
import threading
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import uvicorn

from sitroom.api import create_app
from sitroom.model import (
    Actor,
    Claimant,
    Document,
    Event,
    Family,
    Location,
    Modality,
    ProcessedDocument,
    Quantity,
    ResolvedDate,
    Span,
    Timeline,
)
from sitroom.store import Store
from sitroom.web.headless import CHROMIUM, CHROMIUM_ARGS

ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"

XSS_SCRIPT = "<script>window.__pwned=1</script>"
XSS_IMG = '<img src=x onerror="window.__pwned=1">'

_ACLED_TYPES: dict[str, tuple[str | None, str | None, str]] = {
    "battle": ("Battles", "Armed clash", "FIGHT"),
    "remote_violence": ("Explosions/Remote violence", "Shelling/artillery/missile attack", "ASSAULT"),
    "violence_against_civilians": ("Violence against civilians", "Attack", "ASSAULT"),
    "protest": ("Protests", "Peaceful protest", "PROTEST"),
    "strategic": ("Strategic developments", "Disrupted weapons use", "RETREAT"),
    "aid": (None, None, "AID"),
}


@dataclass(frozen=True, slots=True)
class Spec:
    """One test event and the document that reports it."""

    key: str
    date: str
    family: Family
    place: tuple[str, str | None, float, float, int] | None
    sentence: str
    fatalities: int | None = None
    modality: Modality = "asserted"
    claimant: str | None = None
    verified: bool | None = None
    title: str = "Front-line report"
    url: str | None = "https://news.example.org/report"
    lead: str = "The situation remained tense across the region on that day."
    quantities: tuple[Quantity, ...] = ()

    @property
    def event_id(self) -> str:
        return f"evt-{self.key}"


SPECS: tuple[Spec, ...] = (
    Spec(
        "kyiv",
        "2023-05-02",
        "remote_violence",
        ("Kyiv", "Kyiv City", 50.45, 30.52, 703448),
        "Overnight missiles hit a warehouse in Kyiv, killing two night guards.",
        fatalities=2,
        modality="claimed",
        claimant="Kyiv city military administration",
    ),
    Spec(
        "kharkiv",
        "2023-05-04",
        "battle",
        ("Kharkiv", "Kharkiv", 49.99, 36.23, 706483),
        "Infantry units clashed for several hours north of Kharkiv.",
        fatalities=5,
    ),
    Spec(
        "bakhmut",
        "2023-05-09",
        "battle",
        ("Bakhmut", "Donetsk", 48.59, 38.0, 712451),
        "Fierce street fighting continued in the centre of Bakhmut.",
        fatalities=14,
        verified=False,
    ),
    Spec(
        "odesa",
        "2023-05-12",
        "strategic",
        ("Odesa", "Odessa", 46.48, 30.73, 698740),
        "Air defence shot down eleven drones approaching Odesa before dawn.",
        quantities=(Quantity(11, "drone", "eleven drones"),),
    ),
    Spec(
        "lviv",
        "2023-05-15",
        "protest",
        ("Lviv", "Lviv", 49.84, 24.03, 702550),
        "Several hundred residents rallied peacefully in Lviv to support prisoners of war.",
    ),
    Spec(
        "kherson",
        "2023-05-18",
        "violence_against_civilians",
        ("Kherson", "Kherson", 46.64, 32.61, 706448),
        "A civilian car was fired upon near Kherson, wounding its driver.",
        fatalities=0,
    ),
    Spec(
        "nowhere",
        "2023-05-19",
        "aid",
        None,
        "A new package of humanitarian aid was announced without naming a destination.",
    ),
    Spec(
        "xss",
        "2023-05-20",
        "remote_violence",
        ("Zaporizhzhia", "Zaporizhzhia", 47.82, 35.19, 687700),
        f"Shelling hit Zaporizhzhia {XSS_SCRIPT} {XSS_IMG} according to a hostile page.",
        fatalities=1,
        title=f"Injected {XSS_IMG}",
        url="javascript:window.__pwned=1",
        lead=f"Untrusted lead {XSS_SCRIPT}.",
    ),
)


def processed(spec: Spec) -> ProcessedDocument:
    """The pipeline-shaped result for one spec, with offsets that point into the document text."""
    middle = f"Earlier reports were confused. {spec.sentence} Rescue teams arrived later."
    text = "\n\n".join([spec.lead, middle, "Officials said further information would follow."])
    start = text.index(spec.sentence)
    doc = Document(
        doc_id=f"doc-{spec.key}",
        text=text,
        title=spec.title,
        date=spec.date,
        lang="en",
        source="news.example.org",
        url=spec.url,
    )
    event_type, sub_event_type, plover = _ACLED_TYPES[spec.family]
    location = None
    if spec.place:
        name, admin1, lat, lon, geonameid = spec.place
        location = Location(name, name, admin1, "UA", lat, lon, geonameid, 1)
    event = Event(
        event_id=spec.event_id,
        doc_id=doc.doc_id,
        doc_date=spec.date,
        doc_date_source="metadata",
        event_date=spec.date,
        time_precision=1,
        family=spec.family,
        event_type=event_type,
        sub_event_type=sub_event_type,
        plover=plover,
        actor1=Actor("Military Forces of Russia", "RU"),
        actor2=None,
        location=location,
        fatalities=spec.fatalities,
        injured=None,
        quantities=list(spec.quantities),
        claimed_by=Claimant(spec.claimant, "spokesperson", "UA") if spec.claimant else None,
        modality=spec.modality,
        verified=spec.verified,
        confidence=0.9,
        lang="en",
        evidence=Span(start, start + len(spec.sentence), spec.sentence),
        source=doc.source,
        url=doc.url,
    )
    timeline = Timeline(ResolvedDate(dt.date.fromisoformat(spec.date), 1), "metadata")
    return ProcessedDocument(doc, "en", timeline, [], [event])


@pytest.fixture(scope="session")
def specs() -> dict[str, Spec]:
    return {spec.key: spec for spec in SPECS}


@pytest.fixture(scope="session")
def xss_payloads() -> tuple[str, str]:
    """The markup planted in the hostile document, which must show up as literal text."""
    return XSS_SCRIPT, XSS_IMG


@contextmanager
def serving(url: str) -> Iterator[str]:
    """Base URL of a real uvicorn server (own thread, pre-bound free port) over the store at ``url``."""
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    instance = uvicorn.Server(uvicorn.Config(create_app(url), log_level="warning", lifespan="off"))
    thread = threading.Thread(target=instance.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not instance.started:
        if time.monotonic() > deadline or not thread.is_alive():
            pytest.fail("uvicorn did not start")
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        instance.should_exit = True
        thread.join(timeout=10)
        sock.close()


def filled_store(tmp_path_factory: pytest.TempPathFactory, results: Iterable[ProcessedDocument]) -> str:
    """A fresh SQLite store holding ``results``; returns its URL."""
    url = f"sqlite:///{tmp_path_factory.mktemp('web') / 'sitroom.db'}"
    store = Store(url)
    store.add(results)
    store.close()
    return url


@pytest.fixture(scope="session")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A server over the hand-written records, stored newest first so that the API's ingest order
    (newest ingested first) is the reverse of the date order the UI lists them in."""
    with serving(filled_store(tmp_path_factory, (processed(spec) for spec in reversed(SPECS)))) as base:
        yield base


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    """Debian chromium driven by Playwright (never a downloaded browser)."""
    if not CHROMIUM.exists():
        pytest.skip(f"chromium not installed at {CHROMIUM}: run `bash .ci/install-browser.sh`")
    sync_api = pytest.importorskip("playwright.sync_api", reason="run `bash .ci/install-browser.sh`")
    with sync_api.sync_playwright() as playwright:
        instance = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield instance
        instance.close()


def _open_page(browser: Any, width: int, height: int) -> Iterator[Any]:
    context = browser.new_context(viewport={"width": width, "height": height})
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    yield page
    context.close()
    assert not errors, f"JavaScript errors on the page: {errors}"


@pytest.fixture
def page(browser: Any) -> Iterator[Any]:
    """A desktop-sized page; any uncaught JavaScript error fails the test."""
    yield from _open_page(browser, 1280, 800)


@pytest.fixture
def phone(browser: Any) -> Iterator[Any]:
    """A phone-sized page (390 px wide)."""
    yield from _open_page(browser, 390, 844)


@pytest.fixture(scope="session")
def artifacts() -> Path:
    """Where screenshots go (the README shows test-artifacts/map.png)."""
    ARTIFACTS.mkdir(exist_ok=True)
    return ARTIFACTS
