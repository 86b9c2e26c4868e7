"""Time to first full render of the web app with every event of a large store in view.

    .venv/bin/python bench/render_bench.py --events 20000 --repeats 3

Fills a fresh SQLite store with synthetic events, serves it with ``sitroom serve`` (its own process),
opens the app in headless Debian chromium (Playwright, offline map background, clustering on) at the
default view, which fits all events, and reads ``window.__sitroomReady``: milliseconds from
navigation start until every page of events is clustered on the map and the view is painted. Each
repeat uses a fresh browser context (cold cache). Prints one JSON line.
"""

from __future__ import annotations

import argparse
import json
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

from api_bench import fill
from playwright.sync_api import sync_playwright

from sitroom.store import Store
from sitroom.web.headless import CHROMIUM, CHROMIUM_ARGS

# Events the map holds: every marker is either alone on screen or counted in a cluster badge.
ON_MAP = """() => [...document.querySelectorAll('.event-cluster .count')]
  .reduce((sum, badge) => sum + Number(badge.textContent), document.querySelectorAll('.event-marker').length)"""


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def serve(db: Path, port: int) -> subprocess.Popen[bytes]:
    """``sitroom serve`` on ``port``, once it answers /api/health."""
    command = [str(Path(sys.executable).parent / "sitroom"), "serve", "--db", str(db), "--port", str(port)]
    server = subprocess.Popen(command, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/api/health", timeout=1):
                return server
        except OSError:
            time.sleep(0.2)
    server.kill()
    raise RuntimeError("the server did not start")


def render_ms(browser: object, url: str, expected: int) -> float:
    """One cold load: ms from navigation start to the app's first full render."""
    context = browser.new_context(viewport={"width": 1280, "height": 800})  # type: ignore[attr-defined]
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.goto(url)
    page.wait_for_function("() => window.__sitroomReady", timeout=120_000)
    ready = page.evaluate("window.__sitroomReady")
    on_map = page.evaluate(ON_MAP)
    context.close()
    if errors or on_map != expected:
        raise RuntimeError(f"bad render: {on_map} of {expected} events on the map, errors {errors}")
    return float(ready)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=20_000)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--db", type=Path, default=Path(tempfile.mkdtemp()) / "render.db")
    args = parser.parse_args()
    store = Store(f"sqlite:///{args.db}")
    fill(store, args.events)
    events = store.counts()["events"]
    store.close()
    port = free_port()
    server = serve(args.db, port)
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
            url = f"http://127.0.0.1:{port}/?tiles=none"
            timings = [render_ms(browser, url, events) for _ in range(args.repeats)]
            browser.close()
    finally:
        server.terminate()
        server.wait(timeout=10)
    print(
        json.dumps(
            {
                "events": events,
                "repeats_ms": [round(t) for t in timings],
                "min_ms": round(min(timings)),
                "median_ms": round(statistics.median(timings)),
            }
        )
    )


if __name__ == "__main__":
    main()
