"""The typed records that flow one way through the pipeline.

Every stage reads records defined here and returns records defined here; nothing else crosses a
stage boundary. Offsets are character offsets into ``Document.text`` (the normalised text).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass, field
from typing import Any, Literal

DateSource = Literal["metadata", "inferred", "none"]
Modality = Literal["asserted", "claimed", "denied", "planned", "negated", "hypothetical"]
Feature = Literal["city", "admin1", "country", "other"]
# 1 exact (a town, a day), 2 near (a town's surroundings, a few days), 3 broad (a region, a month or more).
Precision = Literal[1, 2, 3]
Family = Literal[
    "battle",
    "remote_violence",
    "violence_against_civilians",
    "protest",
    "riot",
    "strategic",
    "diplomacy",
    "aid",
    "statement",
]


@dataclass(frozen=True, slots=True)
class Document:
    """One input article after ingest: normalised text plus whatever metadata came with it.

    ``date`` is an ISO string as given or sniffed (``YYYY-MM-DD``, or partial ``YYYY-MM``);
    the dates stage turns it into the publication date.
    """

    doc_id: str
    text: str
    title: str | None = None
    date: str | None = None
    lang: str | None = None
    source: str | None = None
    url: str | None = None
    meta: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Entity:
    """A named entity from the NLP stage (spaCy label, or GAZ for gazetteer-ruler hits)."""

    start: int
    end: int
    text: str
    label: str


@dataclass(slots=True)
class AnalyzedDocument:
    """Output of language + nlp: sentences and entities, plus the spaCy ``Doc`` when a model ran.

    ``parse`` is the spaCy ``Doc`` (tokens, POS, dependencies) or ``None`` for languages without a
    model; stages must work (with less precision) when it is ``None``.
    """

    document: Document
    lang: str
    sentences: list[Span]
    entities: list[Entity]
    parse: Any = None

    @property
    def text(self) -> str:
        return self.document.text

    def sentence_at(self, offset: int) -> Span | None:
        for sentence in self.sentences:
            if sentence.start <= offset < sentence.end:
                return sentence
        return None


@dataclass(frozen=True, slots=True)
class Place:
    """A gazetteer entry. Names are English exonyms as GeoNames gives them."""

    name: str
    latitude: float
    longitude: float
    country: str
    admin1: str | None = None
    geonameid: int | None = None
    feature: Feature = "city"
    population: int = 0


@dataclass(frozen=True, slots=True)
class Location:
    """Where an event happened, in the output contract's shape."""

    name: str
    mention: str | None
    admin1: str | None
    country: str
    latitude: float
    longitude: float
    geonameid: int | None
    geo_precision: Precision
    anchor: str | None = None

    def to_dict(self) -> dict[str, Any]:
        data = {name: getattr(self, name) for name in _LOCATION_FIELDS}
        if self.anchor is not None:
            data["anchor"] = self.anchor
        return data


_LOCATION_FIELDS = ("name", "mention", "admin1", "country", "latitude", "longitude", "geonameid", "geo_precision")


@dataclass(frozen=True, slots=True)
class PlaceMention:
    """A place named in the text, resolved (``place``/``location``) or not (both ``None``)."""

    start: int
    end: int
    text: str
    place: Place | None
    location: Location | None


@dataclass(frozen=True, slots=True)
class ResolvedDate:
    value: dt.date
    precision: Precision


@dataclass(frozen=True, slots=True)
class TimeExpression:
    """A time expression and the stretch of text it governs (``scope``, character offsets)."""

    start: int
    end: int
    text: str
    value: ResolvedDate | None
    scope: tuple[int, int]


@dataclass(slots=True)
class Timeline:
    """Output of the dates stage: the publication date and every resolved time expression."""

    doc_date: ResolvedDate | None
    doc_date_source: DateSource
    expressions: list[TimeExpression] = field(default_factory=list)

    def date_for(self, offset: int) -> ResolvedDate | None:
        """The date governing a character offset: the tightest expression scope, else the doc date."""
        best: TimeExpression | None = None
        for expression in self.expressions:
            lo, hi = expression.scope
            fits = expression.value is not None and lo <= offset < hi
            if fits and (best is None or (hi - lo) < (best.scope[1] - best.scope[0])):
                best = expression
        return best.value if best else self.doc_date


@dataclass(frozen=True, slots=True)
class Actor:
    name: str
    country: str | None = None


@dataclass(frozen=True, slots=True)
class Claimant:
    name: str
    role: str | None = None
    side: str | None = None
    channel: str | None = None


@dataclass(frozen=True, slots=True)
class Quantity:
    value: float
    unit: str
    text: str


@dataclass(slots=True)
class Event:
    """One event mention, in the shape of the ``sitroom extract`` JSONL contract."""

    event_id: str
    doc_id: str
    doc_date: str | None
    doc_date_source: DateSource
    event_date: str | None
    time_precision: int | None
    family: Family
    event_type: str | None
    sub_event_type: str | None
    plover: str | None
    actor1: Actor | None
    actor2: Actor | None
    location: Location | None
    fatalities: int | None
    injured: int | None
    quantities: list[Quantity]
    claimed_by: Claimant | None
    modality: Modality
    verified: bool | None
    confidence: float
    lang: str
    evidence: Span
    source: str | None = None
    url: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """The JSON-ready record of the output contract (see DESIGN.md).

        Built field by field: ``dataclasses.asdict`` deep-copies and dominates store write time.
        """
        claimant = self.claimed_by
        claimed_by: dict[str, str | None] | None = None
        if claimant is not None:
            claimed_by = {"name": claimant.name, "role": claimant.role, "side": claimant.side}
            if claimant.channel is not None:
                claimed_by["channel"] = claimant.channel
        data: dict[str, Any] = {name: getattr(self, name) for name in _EVENT_HEAD}
        data |= {
            "actor1": _actor_dict(self.actor1),
            "actor2": _actor_dict(self.actor2),
            "location": self.location.to_dict() if self.location else None,
            "fatalities": self.fatalities,
            "injured": self.injured,
            "quantities": [{"value": q.value, "unit": q.unit, "text": q.text} for q in self.quantities],
            "claimed_by": claimed_by,
            "modality": self.modality,
            "verified": self.verified,
            "confidence": self.confidence,
            "lang": self.lang,
            "evidence": {"text": self.evidence.text, "start": self.evidence.start, "end": self.evidence.end},
        }
        for key in ("source", "url"):
            if getattr(self, key) is not None:
                data[key] = getattr(self, key)
        return data


_EVENT_HEAD = (
    "event_id",
    "doc_id",
    "doc_date",
    "doc_date_source",
    "event_date",
    "time_precision",
    "family",
    "event_type",
    "sub_event_type",
    "plover",
)


def _actor_dict(actor: Actor | None) -> dict[str, Any] | None:
    return None if actor is None else {"name": actor.name, "country": actor.country}


@dataclass(frozen=True, slots=True)
class DocumentError:
    """A document that could not be read or processed; reported, never silently dropped."""

    doc_id: str
    error: str
    detail: str

    def to_dict(self) -> dict[str, str]:
        return asdict(self)


@dataclass(slots=True)
class ProcessedDocument:
    """Everything the extraction pipeline learnt about one document: what the store keeps."""

    document: Document
    lang: str
    timeline: Timeline
    places: list[PlaceMention]
    events: list[Event]
