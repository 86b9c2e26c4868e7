"""Loading the places stage's data files (``resources/<lang>/places_*``), cached per process."""

from __future__ import annotations

import csv
import json
from functools import cache
from importlib.resources import files
from pathlib import Path
from typing import Any

RESOURCES = Path(str(files("sitroom") / "resources"))


@cache
def load_json(lang: str, name: str) -> Any:
    """``resources/<lang>/<name>``; an absent file for a language is an empty mapping."""
    path = RESOURCES / lang / name
    if not path.exists():
        return {}
    return json.loads(path.read_text(encoding="utf-8"))


def read_tsv(name: str) -> list[dict[str, str]]:
    """Rows of ``resources/common/<name>`` as dicts keyed by the header."""
    with (RESOURCES / "common" / name).open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))
