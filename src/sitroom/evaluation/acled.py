"""``sitroom eval acled``: the real pipeline on ACLED notes (English, no date given), primary event vs gold.

Measures family and sub_event_type accuracy, balanced accuracy over sub-types with at least five
notes, fatalities exact (unknown counts as 0, as ACLED exports it) and exact where ACLED has > 0.
"""

from __future__ import annotations

import time
from collections import defaultdict
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from rich.progress import track

from sitroom import dates, events, nlp, pipeline, places
from sitroom.evaluation.data import read_csv, require
from sitroom.ingest import make_document
from sitroom.model import Event, ProcessedDocument

CONFLICT = frozenset({"battle", "remote_violence", "violence_against_civilians", "protest", "riot", "strategic"})
FAMILY_OF_TYPE = {
    "Battles": "battle",
    "Explosions/Remote violence": "remote_violence",
    "Violence against civilians": "violence_against_civilians",
    "Protests": "protest",
    "Riots": "riot",
    "Strategic developments": "strategic",
}
MIN_SUPPORT = 5
_FOLDED_INTO_BATTLE = frozenset({"Shelling/artillery/missile attack", "Air/drone strike"})


def primary_event(events: list[Event]) -> Event | None:
    """The note's one conflict event: the first event told (notes lead with their main event), except
    that shelling or an air strike first and a battle later is the battle (ACLED codes shelling during
    an assault as one Armed clash).
    """
    happened = [e for e in events if e.family in CONFLICT and e.modality in ("asserted", "claimed")]
    candidates = happened or [e for e in events if e.family in CONFLICT]
    first = min(candidates, key=_told_order) if candidates else None
    if first is not None and first.sub_event_type in _FOLDED_INTO_BATTLE:
        battles = [e for e in candidates if e.family == "battle"]
        return min(battles, key=_told_order) if battles else first
    return first


def _told_order(event: Event) -> tuple[int, float]:
    return event.evidence.start, -event.confidence


def run_texts(texts: Iterable[str], lang: str, total: int, label: str) -> Iterator[list[Event]]:
    """Events of each text through the real pipeline, in order (a failed document yields no events)."""
    documents = (make_document(text, lang=lang) for text in texts)
    for result in track(pipeline.process(documents), total=total, description=label, console=None, transient=True):
        yield result.events if isinstance(result, ProcessedDocument) else []


def stage_timing(texts: list[str], lang: str) -> dict[str, float]:
    """Seconds spent in spaCy (nlp stage) and in the events stage on the same documents."""
    documents = [(make_document(text, lang=lang), lang) for text in texts]
    nlp.load_pipeline(lang)
    events.load_models()
    started = time.perf_counter()
    analysed = list(nlp.analyze(documents))
    spacy_seconds = time.perf_counter() - started
    inputs = [(adoc, places.geoparse(adoc), dates.resolve(adoc)) for adoc in analysed]
    started = time.perf_counter()
    for adoc, mentions, timeline in inputs:
        events.extract_events(adoc, mentions, timeline)
    events_seconds = time.perf_counter() - started
    return {
        "spacy_seconds": round(spacy_seconds, 2),
        "events_seconds": round(events_seconds, 2),
        "events_share_of_spacy": round(events_seconds / spacy_seconds, 3) if spacy_seconds else 0.0,
    }


def balanced_accuracy(pairs: list[tuple[str, str | None]], min_support: int) -> float:
    """Mean per-class recall over gold classes with at least ``min_support`` examples."""
    by_class: dict[str, list[bool]] = defaultdict(list)
    for gold, predicted in pairs:
        by_class[gold].append(gold == predicted)
    recalls = [sum(hits) / len(hits) for hits in by_class.values() if len(hits) >= min_support]
    return sum(recalls) / len(recalls) if recalls else 0.0


def evaluate(data_dir: Path, limit: int | None) -> dict[str, Any]:
    rows = list(read_csv(require(data_dir, "acled-ukraine-dev.csv")))[:limit]
    started = time.perf_counter()
    families, subtypes, fatal, fatal_positive = 0, [], 0, []
    for row, found in zip(rows, run_texts((r["notes"] for r in rows), "en", len(rows), "acled"), strict=True):
        event = primary_event(found)
        predicted_fatalities = (event.fatalities or 0) if event else 0
        gold_fatalities = int(row["fatalities"] or 0)
        families += event is not None and event.family == FAMILY_OF_TYPE.get(row["event_type"])
        subtypes.append((row["sub_event_type"], event.sub_event_type if event else None))
        fatal += predicted_fatalities == gold_fatalities
        if gold_fatalities > 0:
            fatal_positive.append(predicted_fatalities == gold_fatalities)
    n = len(rows)
    return {
        "notes": n,
        "family_accuracy": round(families / n, 4) if n else 0.0,
        "sub_event_type_accuracy": round(sum(g == p for g, p in subtypes) / n, 4) if n else 0.0,
        "sub_event_type_balanced": round(balanced_accuracy(subtypes, MIN_SUPPORT), 4),
        "fatalities_exact": round(fatal / n, 4) if n else 0.0,
        "fatalities_exact_positive": round(sum(fatal_positive) / len(fatal_positive), 4) if fatal_positive else 0.0,
        "notes_with_fatalities": len(fatal_positive),
        "seconds": round(time.perf_counter() - started, 1),
        **stage_timing([r["notes"] for r in rows], "en"),
    }
