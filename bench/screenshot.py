"""The README's screenshot (docs/map.png) from a real store, e.g. the demo one:

    .venv/bin/sitroom ingest samples --db /tmp/demo.db
    .venv/bin/python bench/screenshot.py --db /tmp/demo.db --out docs/map.png

Serves the store, opens the app in headless chromium at ``--view`` (offline map background),
optionally opens the event whose place is ``--open``, and saves a screenshot.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from playwright.sync_api import sync_playwright
from render_bench import CHROMIUM, CHROMIUM_ARGS, free_port, serve


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("--out", type=Path, default=Path("docs/map.png"))
    parser.add_argument("--view", default="6/48.6/33.8", help="zoom/lat/lon")
    parser.add_argument("--open", default="Pokrovsk", help="open the first listed event at this place")
    args = parser.parse_args()
    port = free_port()
    server = serve(args.db, port)
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
            page = browser.new_page(viewport={"width": 1280, "height": 800})
            page.goto(f"http://127.0.0.1:{port}/?tiles=none&map={args.view}")
            page.wait_for_function("() => window.__sitroomReady > 0")
            if args.open:
                page.locator("#events li.event", has_text=args.open).first.click()
                page.locator("#detail mark").wait_for()
            page.mouse.move(0, 0)
            page.screenshot(path=str(args.out))
            browser.close()
    finally:
        server.terminate()
        server.wait(timeout=10)


if __name__ == "__main__":
    main()
