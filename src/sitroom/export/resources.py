"""Export conventions are data (resources/common/export_*.json), loaded once."""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any


@cache
def load(name: str) -> dict[str, Any]:
    """The parsed ``resources/common/<name>.json``."""
    path = resources.files("sitroom") / "resources" / "common" / f"{name}.json"
    return json.loads(path.read_text(encoding="utf-8"))
