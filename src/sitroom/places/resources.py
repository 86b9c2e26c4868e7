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


@cache
def lexicon(lang: str) -> dict[str, Any]:
    """The language's cues merged with the English ones (machine-translated text mixes them)."""
    merged: dict[str, Any] = dict(load_json("en", "places_lexicon.json"))
    own = load_json(lang, "places_lexicon.json")
    for key in ("region_after", "region_before", "not_places", "direction_prefixes", "person_titles"):
        merged[key] = list(dict.fromkeys([*own.get(key, []), *load_json("en", "places_lexicon.json")[key]]))
    if "relative" in own:
        merged["relative"] = own["relative"]
    for key in ("case_endings", "nominative_endings"):
        merged[key] = own.get(key, [])
    return merged
