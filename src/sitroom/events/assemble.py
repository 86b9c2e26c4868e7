"""Event records: stable ids, confidence, and the per-document merge (one event per place per day)."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from sitroom.events.lexicon import ontology
from sitroom.model import (
    Actor,
    AnalyzedDocument,
    Claimant,
    Event,
    Location,
    Modality,
    Quantity,
    ResolvedDate,
    Span,
    Timeline,
)

_HAPPENED = frozenset({"asserted", "claimed"})
_POLITICAL = frozenset({"diplomacy", "aid", "statement"})


@dataclass(frozen=True, slots=True)
class EventParts:
    """Everything found for one event mention before it becomes an ``Event``."""

    cls: str
    weight: float
    support: float | None  # the embedding classifier's probability of the class, if it was consulted
    trigger_is_predicate: bool
    located_in_sentence: bool
    location: Location | None
    actor1: Actor | None
    actor2: Actor | None
    fatalities: int | None
    injured: int | None
    quantities: list[Quantity]
    claimed_by: Claimant | None
    modality: Modality
    verified: bool | None
    date: ResolvedDate | None


def confidence(parts: EventParts) -> float:
    """A score in [0, 1] that ranks well-supported mentions above weak ones (sum of evidence, blended
    with the classifier's probability of the class when it was consulted)."""
    score = 0.45 * parts.weight
    score += 0.15 if parts.located_in_sentence else 0.0
    score += 0.1 if parts.location is not None and parts.location.geo_precision == 1 else 0.0
    score += 0.1 if parts.actor1 is not None else 0.0
    score += 0.1 if parts.trigger_is_predicate else 0.0
    score += 0.1 if parts.modality in _HAPPENED else -0.1
    score -= 0.1 if parts.verified is False else 0.0
    if parts.support is not None:
        score = 0.75 * score + 0.25 * parts.support
    return round(min(0.99, max(0.05, score)), 3)


def event_id(doc_id: str, evidence: Span, label: str, location: Location | None) -> str:
    """Stable id: the same document, sentence, type and place always give the same id."""
    place = f"{location.name}|{location.latitude:.3f}|{location.longitude:.3f}" if location else "-"
    key = f"{doc_id}|{evidence.start}|{evidence.end}|{label}|{place}"
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


def build_event(adoc: AnalyzedDocument, sentence: Span, timeline: Timeline, parts: EventParts) -> Event:
    kind = ontology()[parts.cls]
    label = kind.sub_event_type or kind.plover or kind.family
    document = adoc.document
    return Event(
        event_id=event_id(document.doc_id, sentence, label, parts.location),
        doc_id=document.doc_id,
        doc_date=timeline.doc_date.value.isoformat() if timeline.doc_date else None,
        doc_date_source=timeline.doc_date_source,
        event_date=parts.date.value.isoformat() if parts.date else None,
        time_precision=parts.date.precision if parts.date else None,
        family=kind.family,  # type: ignore[arg-type]
        event_type=kind.event_type,
        sub_event_type=kind.sub_event_type,
        plover=kind.plover,
        actor1=parts.actor1,
        actor2=parts.actor2,
        location=parts.location,
        fatalities=parts.fatalities,
        injured=parts.injured,
        quantities=list(parts.quantities),
        claimed_by=parts.claimed_by,
        modality=parts.modality,
        verified=parts.verified,
        confidence=confidence(parts),
        lang=adoc.lang,
        evidence=sentence,
        source=document.source,
        url=document.url,
    )


def _key(event: Event) -> tuple[object, ...]:
    """What makes two mentions one event: kind, place and whether it happened (an asserted and a
    claimed mention of one strike are one event; a planned or denied one is another)."""
    place = (event.location.name, event.location.geonameid) if event.location else None
    happened = event.modality in _HAPPENED
    return event.family, event.sub_event_type or event.plover, place, happened or event.modality


def lowest(a: int | None, b: int | None) -> int | None:
    """ACLED keeps the lowest reported figure; None means no figure at all."""
    figures = [x for x in (a, b) if x is not None]
    return min(figures) if figures else None


def highest(a: int | None, b: int | None) -> int | None:
    """The highest figure of one source: its later or fuller count ("the death toll rose to five")."""
    figures = [x for x in (a, b) if x is not None]
    return max(figures) if figures else None


def _merge(kept: Event, other: Event, dated: Event, keep_lead: bool = False) -> Event:
    """Fold ``other`` into ``kept``: the best-supported mention leads (``keep_lead``: ``kept`` does), the
    stated date wins. Figures of one source are parts of its own total ("the couple died" … "at least
    five killed in the attacks") or its later count ("the death toll rose to five"): the highest wins;
    figures of different sources conflict, and ACLED's lowest wins."""
    lead, rest = (kept, other) if keep_lead or kept.confidence >= other.confidence else (other, kept)
    same_source = lead.claimed_by is None or rest.claimed_by is None or lead.claimed_by.name == rest.claimed_by.name
    pick = highest if same_source else lowest
    lead.fatalities = pick(lead.fatalities, rest.fatalities)
    lead.injured = pick(lead.injured, rest.injured)
    lead.event_date, lead.time_precision = dated.event_date, dated.time_precision
    texts = {q.text for q in lead.quantities}
    lead.quantities = lead.quantities + [q for q in rest.quantities if q.text not in texts]
    lead.claimed_by = lead.claimed_by or rest.claimed_by
    if lead.claimed_by is not None or rest.modality == "claimed":
        lead.modality = "claimed"  # a mention that names its source makes the whole event a claim
    lead.actor1 = lead.actor1 or rest.actor1
    lead.actor2 = lead.actor2 or rest.actor2
    if rest.verified is False:
        lead.verified = False
    return lead


def merge_events(events: list[Event], undated: set[str]) -> list[Event]:
    """One event per family/sub-type, place, day and modality, in order of first mention.

    A mention whose date the text does not state (``undated`` event ids: a headline, a lead dated by
    the document) is the same event as the one mention of that kind and place whose date is stated
    ("drone attack on Kyiv" … "the attack on Kyiv on Monday"); with several stated dates it stays
    apart, since it cannot tell which strike it is."""
    stated: dict[tuple[object, ...], set[str | None]] = {}
    for event in events:
        if event.event_id not in undated:
            stated.setdefault(_key(event), set()).add(event.event_date)
    merged: dict[tuple[object, ...], Event] = {}
    coarse: list[tuple[Event, tuple[object, ...]]] = []
    for event in events:
        dates = stated.get(_key(event), set())
        home = _home(event, events, undated) if not (dates - {event.event_date}) else None
        if home is not None:
            coarse.append((event, home))
            continue
        day = next(iter(dates)) if event.event_id in undated and len(dates) == 1 else event.event_date
        key = (*_key(event), day)
        if key not in merged:
            merged[key] = event
            continue
        kept = merged[key]
        merged[key] = _merge(kept, event, event if kept.event_id in undated else kept)
    for event, key in coarse:  # the precise mention leads: its place, date and evidence stay
        merged[key] = _merge(merged[key], event, merged[key], keep_lead=True)
    return sorted(merged.values(), key=lambda e: e.evidence.start)


def _home(event: Event, events: list[Event], undated: set[str]) -> tuple[object, ...] | None:
    """A mention placed only in a region or a country ("Fighting in eastern Ukraine rages as ..." in a
    headline) is the one mention of its kind placed precisely inside that area on its day (any day
    when the text dates it not), if there is exactly one: that mention's merge key, else None."""
    area = event.location
    if area is None or area.geo_precision != 3 or event.family in _POLITICAL:
        return None  # a political event's place is the country it is about: no headline of a strike
    kind = _key(event)
    homes = {
        (*_key(e), e.event_date)
        for e in events
        if e.event_id not in undated
        and (event.event_id in undated or e.event_date == event.event_date)
        and e.location is not None
        and e.location.geo_precision < 3
        and e.location.country == area.country
        and (area.admin1 is None or e.location.admin1 == area.admin1)
        and (_key(e)[0], _key(e)[1], _key(e)[3]) == (kind[0], kind[1], kind[3])
    }
    return next(iter(homes)) if len(homes) == 1 else None
