"""``sitroom eval case``: CASE 2021 task 2 snippets through the real pipeline (never trained on CASE).

Macro-F1 over the 25 ACLED sub-types (CASE names mapped to ACLED's) using each snippet's primary
conflict event, and the share of non-conflict snippets (disasters, organised crime, diplomacy,
attribution) that produce no conflict event.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

from sitroom.evaluation.acled import primary_event, run_texts
from sitroom.evaluation.data import read_csv, require

CASE_TO_ACLED = {
    "ABDUCT_DISSAP": "Abduction/forced disappearance",
    "AGREEMENT": "Agreement",
    "AIR_STRIKE": "Air/drone strike",
    "ARMED_CLASH": "Armed clash",
    "ARREST": "Arrests",
    "ART_MISS_ATTACK": "Shelling/artillery/missile attack",
    "ATTACK": "Attack",
    "CHANGE_TO_GROUP_ACT": "Change to group/activity",
    "CHEM_WEAP": "Chemical weapon",
    "DISR_WEAP": "Disrupted weapons use",
    "FORCE_AGAINST_PROTEST": "Excessive force against protesters",
    "GOV_REGAINS_TERIT": "Government regains territory",
    "GRENADE": "Grenade",
    "HQ_ESTABLISHED": "Headquarters or base established",
    "MOB_VIOL": "Mob violence",
    "NON_STATE_ACTOR_OVERTAKES_TER": "Non-state actor overtakes territory",
    "NON_VIOL_TERRIT_TRANSFER": "Non-violent transfer of territory",
    "OTHER": "Other",
    "PEACE_PROTEST": "Peaceful protest",
    "PROPERTY_DISTRUCT": "Looting/property destruction",
    "PROTEST_WITH_INTER": "Protest with intervention",
    "REM_EXPLOS": "Remote explosive/landmine/IED",
    "SEX_VIOL": "Sexual violence",
    "SUIC_BOMB": "Suicide bomb",
    "VIOL_DEMONSTR": "Violent demonstration",
}
NON_CONFLICT = frozenset({"NATURAL_DISASTER", "MAN_MADE_DISASTER", "ORG_CRIME", "DIPLO", "ATTRIB"})
DISASTER_AND_CRIME = frozenset({"NATURAL_DISASTER", "MAN_MADE_DISASTER", "ORG_CRIME"})


def macro_f1(pairs: list[tuple[str | None, str | None]], labels: list[str]) -> float:
    """Unweighted mean F1 over ``labels`` (a missing prediction is a miss, a wrong one also a false positive)."""
    scores = []
    for label in labels:
        tp = sum(g == label and p == label for g, p in pairs)
        fp = sum(g != label and p == label for g, p in pairs)
        fn = sum(g == label and p != label for g, p in pairs)
        scores.append(2 * tp / (2 * tp + fp + fn) if tp else 0.0)
    return sum(scores) / len(scores)


def evaluate(data_dir: Path, limit: int | None) -> dict[str, Any]:
    rows = list(read_csv(require(data_dir, "case2021-task2-dev.tsv"), delimiter="\t"))[:limit]
    started = time.perf_counter()
    pairs: list[tuple[str | None, str | None]] = []
    quiet: list[bool] = []
    quiet_strict: list[bool] = []
    for row, events in zip(rows, run_texts((r["EventSnippet"] for r in rows), "en", len(rows), "case"), strict=True):
        event = primary_event(events)
        predicted = event.sub_event_type if event else None
        pairs.append((CASE_TO_ACLED.get(row["SubType"]), predicted))
        if row["SubType"] in NON_CONFLICT:
            quiet.append(event is None)
            if row["SubType"] in DISASTER_AND_CRIME:
                quiet_strict.append(event is None)
    conflict = [(g, p) for g, p in pairs if g is not None]
    return {
        "snippets": len(rows),
        "macro_f1": round(macro_f1(pairs, sorted(CASE_TO_ACLED.values())), 4),
        "accuracy_conflict": round(sum(g == p for g, p in conflict) / len(conflict), 4) if conflict else 0.0,
        "non_conflict_quiet": round(sum(quiet) / len(quiet), 4) if quiet else 0.0,
        "disaster_crime_quiet": round(sum(quiet_strict) / len(quiet_strict), 4) if quiet_strict else 0.0,
        "seconds": round(time.perf_counter() - started, 1),
    }
