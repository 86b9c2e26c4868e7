"""The browser UI: a static single page (map, timeline, filters, list, detail) over the REST API.

Everything is served from installed packages so the UI works with no network at all: our own
``static/`` folder, and Leaflet + markercluster from the xstatic packages (no CDN, no build step).
"""

from __future__ import annotations

from pathlib import Path

import xstatic.pkg.leaflet as xs_leaflet
import xstatic.pkg.leaflet_markercluster as xs_markercluster
from fastapi import FastAPI
from fastapi.responses import FileResponse
from fastapi.staticfiles import StaticFiles

STATIC_DIR = Path(__file__).parent / "static"

# Vendor mounts come before ``/static`` so their more specific prefixes win the route match.
_MOUNTS: tuple[tuple[str, Path, str], ...] = (
    ("/static/vendor/leaflet", Path(xs_leaflet.BASE_DIR), "vendor-leaflet"),
    ("/static/vendor/markercluster", Path(xs_markercluster.BASE_DIR), "vendor-markercluster"),
    ("/static", STATIC_DIR, "static"),
)

# The page only ever talks to its own origin; inline scripts, eval and foreign hosts are refused so
# that untrusted article text can never execute even if it slipped into markup. Tiles may come from
# any https host because the tile URL is configurable.
CONTENT_SECURITY_POLICY = (
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
    "img-src 'self' data: https: http:; connect-src 'self'; object-src 'none'; base-uri 'none'; "
    "frame-ancestors 'none'"
)


def index() -> FileResponse:
    """The single page; its state lives in the query string so every view is a permalink."""
    return FileResponse(
        STATIC_DIR / "index.html",
        media_type="text/html",
        headers={"Content-Security-Policy": CONTENT_SECURITY_POLICY, "Cache-Control": "no-cache"},
    )


def mount(app: FastAPI) -> None:
    """Add ``/`` and ``/static/…`` (with the vendored Leaflet files) to an API application."""
    app.add_api_route("/", index, methods=["GET"], include_in_schema=False)
    for prefix, directory, name in _MOUNTS:
        app.mount(prefix, StaticFiles(directory=directory), name=name)
