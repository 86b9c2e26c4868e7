"""How Sitroom drives headless Debian chromium (browser tests, render bench, README screenshot).

One place for the executable and the flags: without the background-networking flags chromium keeps
trying to reach Google's hosts, which a machine with only package registries refuses.
"""

from __future__ import annotations

import os
from pathlib import Path

CHROMIUM = Path(os.environ.get("SITROOM_CHROMIUM", "/usr/lib/chromium/chromium"))
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
