"""Hand-written attribution and modality cases in four languages (``attribution_cases.tsv``).

Each row: the sentence's first event must have the expected modality, verification flag, claimant
name, side and channel ("-" for none). The pass rate per language is printed (``pytest -s``) and must
stay at or above the floor; the cases are ours, never evaluation data.
"""

from __future__ import annotations

import csv
from collections.abc import Callable
from pathlib import Path

import pytest

from sitroom.model import Event

Extract = Callable[[str, str], list[Event]]
CASES = Path(__file__).with_name("attribution_cases.tsv")
FLOOR = 0.9
_FLAGS = {None: "-", False: "false", True: "true"}


def _rows(lang: str) -> list[dict[str, str]]:
    with CASES.open(encoding="utf-8", newline="") as handle:
        return [row for row in csv.DictReader(handle, delimiter="\t") if row["lang"] == lang]


def _observed(events: list[Event]) -> tuple[str, ...]:
    if not events:
        return ("no event",)
    event = events[0]
    claim = event.claimed_by
    return (
        event.modality,
        _FLAGS[event.verified],
        claim.name if claim else "-",
        (claim.side if claim else None) or "-",
        (claim.channel if claim else None) or "-",
    )


@pytest.mark.parametrize("lang", ["en", "fr", "uk", "ru"])
def test_attribution_cases(extract: Extract, lang: str) -> None:
    rows = _rows(lang)
    assert len(rows) >= 15
    misses = []
    for row in rows:
        expected = (row["modality"], row["verified"], row["claimant"], row["side"], row["channel"])
        observed = _observed(extract(row["sentence"], lang))
        if observed != expected:
            misses.append((row["sentence"], expected, observed))
    rate = 1 - len(misses) / len(rows)
    print(f"\n{lang}: {len(rows) - len(misses)}/{len(rows)} attribution cases pass")
    assert rate >= FLOOR, misses
