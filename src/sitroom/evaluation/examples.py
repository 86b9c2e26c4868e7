"""``sitroom eval examples``: the two French example articles, checked against the foundation issue.

Each expected event is a check (pass/fail): its type, place, figures, attribution, a 2023-02 date
where the article gives one, coordinates and an evidence sentence. Statements of plans or
hypotheses in the articles must never come out as events that happened.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sitroom.evaluation.acled import run_texts, stage_timing
from sitroom.evaluation.data import require
from sitroom.model import Event

HAPPENED = frozenset({"asserted", "claimed"})


@dataclass(frozen=True, slots=True)
class Check:
    name: str
    article: str
    test: Callable[[list[Event]], bool]


def _at(event: Event, *names: str) -> bool:
    return event.location is not None and event.location.name in names


def _grounded(event: Event, month: str | None) -> bool:
    located = event.location is not None and event.location.latitude is not None
    dated = month is None or (event.event_date or "").startswith(month)
    return located and dated and bool(event.evidence.text) and event.modality in HAPPENED


def _has(predicate: Callable[[Event], bool]) -> Callable[[list[Event]], bool]:
    return lambda events: any(predicate(e) for e in events)


def _never_happened(fragment: str) -> Callable[[list[Event]], bool]:
    return lambda events: not any(fragment in e.evidence.text and e.modality in HAPPENED for e in events)


CHECKS = (
    Check(
        "pokrovsk_strike",
        "003",
        _has(
            lambda e: (
                e.family == "remote_violence"
                and _at(e, "Pokrovsk")
                and e.fatalities == 3
                and e.injured == 11
                and e.claimed_by is not None
                and "Kyrylenko" in e.claimed_by.name
                and _grounded(e, "2023-02")
            )
        ),
    ),
    Check(
        "kyiv_balloons_disrupted",
        "003",
        _has(
            lambda e: (
                e.sub_event_type == "Disrupted weapons use"
                and _at(e, "Kyiv", "Kyiv City")
                and any(q.unit == "balloon" and q.value == 6 for q in e.quantities)
                and _grounded(e, "2023-02")
            )
        ),
    ),
    Check(
        "bakhmut_shelling",
        "003",
        _has(lambda e: e.family in ("remote_violence", "battle") and _at(e, "Bakhmut") and _grounded(e, "2023-02")),
    ),
    Check("bakhmut_capture_not_happened", "003", _never_happened("La capture de Bakhmut donnerait")),
    Check("offensive_advice_not_happened", "003", _never_happened("conseillait à l'Ukraine d'attendre")),
    Check(
        "izium_withdrawal",
        "004",
        _has(
            lambda e: e.sub_event_type == "Non-violent transfer of territory" and _at(e, "Izyum") and _grounded(e, None)
        ),
    ),
    Check(
        "balakliia_withdrawal",
        "004",
        _has(
            lambda e: (
                e.sub_event_type == "Non-violent transfer of territory"
                and _at(e, "Balakliya", "Balakliia")
                and _grounded(e, None)
            )
        ),
    ),
    Check(
        "kupiansk_recaptured",
        "004",
        _has(
            lambda e: (
                e.sub_event_type == "Government regains territory"
                and _at(e, "Kupiansk", "Kupyansk")
                and e.location is not None
                and e.location.admin1 == "Kharkiv"
                and _grounded(e, None)
            )
        ),
    ),
)


def evaluate(data_dir: Path, limit: int | None) -> dict[str, Any]:
    examples = require(data_dir / "..", "examples")
    articles = {path.name[:3]: path.read_text(encoding="utf-8") for path in sorted(examples.glob("*.txt"))}
    names = sorted(articles)
    events = dict(zip(names, run_texts((articles[n] for n in names), "fr", len(names), "examples"), strict=True))
    checks = [c for c in CHECKS if c.article in events][:limit]
    results: dict[str, Any] = {"events": sum(len(v) for v in events.values())}
    for check in checks:
        results[check.name] = "pass" if check.test(events[check.article]) else "fail"
    results["passed"] = sum(v == "pass" for k, v in results.items() if k != "events")
    results["checks"] = len(checks)
    results.update(stage_timing([articles[n] for n in names], "fr"))
    return results
