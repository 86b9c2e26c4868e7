"""Evaluation harness: ``sitroom eval NAME`` runs one evaluation and prints one JSON line.

Each evaluation is a function ``evaluate(data_dir: Path, limit: int | None) -> dict`` in a module of
this package; the registry maps the CLI name to ``module:function`` so importing the harness stays
cheap. Evaluations read ../shared/data (or ``--data``) and never ship or train on it.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

EVALUATIONS: dict[str, str] = {
    "acled": "sitroom.evaluation.acled:evaluate",
    "case": "sitroom.evaluation.case:evaluate",
    "examples": "sitroom.evaluation.examples:evaluate",
    "geo-gwn": "sitroom.evaluation.geoparsing:evaluate_gwn",
    "geo-lgl": "sitroom.evaluation.geoparsing:evaluate_lgl",
    "cir": "sitroom.evaluation.places:evaluate_cir",
    "acled-places": "sitroom.evaluation.places:evaluate_acled_places",
    "variants": "sitroom.evaluation.places:evaluate_variants",
    "dates": "sitroom.evaluation.dates:evaluate",
}


def get(name: str) -> Callable[[Path, int | None], dict[str, Any]]:
    module_name, function_name = EVALUATIONS[name].split(":")
    return getattr(importlib.import_module(module_name), function_name)
