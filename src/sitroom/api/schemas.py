"""Response shapes of the REST API, for the OpenAPI document only.

The store already returns JSON-native contract records: the routes pass them through unvalidated
(validation would double the cost of a 5,000-event page), and these models say what they look like
so clients and ``bench/schemathesis.sh`` can check every answer against them. Records may gain
fields (the contract is extended, never broken), hence ``extra="allow"``.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from sitroom.model import DateSource, Family, Modality

IsoDate = Annotated[str, Field(pattern=r"^\d{4}-\d{2}-\d{2}$")]


class Open(BaseModel):
    """A JSON object that may carry more fields than documented."""

    model_config = ConfigDict(extra="allow")


class ActorOut(Open):
    name: str
    country: str | None = None


class LocationOut(Open):
    name: str
    mention: str | None
    admin1: str | None
    country: str
    latitude: Annotated[float, Field(ge=-90, le=90)]
    longitude: Annotated[float, Field(ge=-180, le=180)]
    geonameid: int | None = None
    geo_precision: Literal[1, 2, 3]


class QuantityOut(Open):
    value: float
    unit: str
    text: str


class ClaimantOut(Open):
    name: str
    role: str | None = None
    side: str | None = None


class SpanOut(Open):
    """A stretch of the document text with its character offsets."""

    text: str
    start: int
    end: int


class EventRecord(Open):
    """One event: the ``sitroom extract`` contract record plus how many documents report it."""

    event_id: str
    doc_id: str
    doc_date: IsoDate | None
    doc_date_source: DateSource
    event_date: IsoDate | None
    time_precision: Literal[1, 2, 3] | None
    family: Family
    event_type: str | None
    sub_event_type: str | None
    plover: str | None = None
    actor1: ActorOut | None
    actor2: ActorOut | None
    location: LocationOut | None
    fatalities: Annotated[int, Field(ge=0)] | None
    injured: Annotated[int, Field(ge=0)] | None
    quantities: list[QuantityOut] = []
    claimed_by: ClaimantOut | None
    modality: Modality
    verified: bool | None = None
    confidence: Annotated[float, Field(ge=0, le=1)]
    lang: str
    evidence: SpanOut
    source: str | None = None
    url: str | None = None
    sources: Annotated[int, Field(ge=1)]


class EventPage(BaseModel):
    events: list[EventRecord]
    next_cursor: str | None = Field(description="pass as `cursor` for the next page; null on the last")
    count: int = Field(
        description="how many events match the filters in all, counted for the first page; "
        "follow-up pages repeat that total (carried by the cursor) instead of recounting"
    )


class Point(BaseModel):
    type: Literal["Point"]
    coordinates: Annotated[list[float], Field(min_length=2, max_length=2)]


class FeatureOut(BaseModel):
    type: Literal["Feature"]
    id: str | None
    geometry: Point
    properties: dict[str, Any]


class FeatureCollection(BaseModel):
    """``format=geojson``: the located events of the page (events without a place are left out)."""

    type: Literal["FeatureCollection"]
    features: list[FeatureOut]
    next_cursor: str | None


class PointProperties(BaseModel):
    family: Family
    event_type: str | None
    sub_event_type: str | None
    event_date: IsoDate | None
    place: str | None = Field(description="the location's name")
    fatalities: Annotated[int, Field(ge=0)] | None


class PointFeature(BaseModel):
    type: Literal["Feature"]
    id: str = Field(description="the event id (GET /api/events/{event_id} has the record)")
    geometry: Point
    properties: PointProperties


class PointCollection(BaseModel):
    """The map layer: located events as light points, latest first."""

    type: Literal["FeatureCollection"]
    features: list[PointFeature]
    truncated: bool = Field(description="more events matched than `limit`")


class DocumentRef(Open):
    doc_id: str
    title: str | None
    date: str | None
    source: str | None
    url: str | None
    lang: str | None


class Mention(Open):
    doc_id: str
    evidence: SpanOut
    claimed_by: ClaimantOut | None
    modality: Modality


class EventDetail(EventRecord):
    """An event with its document, the paragraph holding its evidence, and every mention of it."""

    document: DocumentRef | None
    paragraph: SpanOut | None
    mentions: list[Mention]


class DayCount(BaseModel):
    date: IsoDate
    family: Family
    count: Annotated[int, Field(ge=1)]


class Stats(BaseModel):
    days: list[DayCount]


class Health(BaseModel):
    status: Literal["ok"]
    events: int
    documents: int


class DocumentOut(DocumentRef):
    text: str
    events: list[str] = Field(description="ids of the document's events, in order")


class PlaceOut(BaseModel):
    geonameid: int
    name: str
    events: list[EventRecord]


class Posted(BaseModel):
    doc_id: str
    events: int = Field(description="how many events were extracted and stored")
