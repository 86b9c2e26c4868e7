"""Places stage: recognise place names in an analysed document and resolve them to GeoNames.

``geoparse`` is what the pipeline calls; ``geoparse_record`` gives the ``sitroom geoparse`` line.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sitroom.model import AnalyzedDocument, Location, Place, PlaceMention, Precision
from sitroom.places.demonyms import demonyms
from sitroom.places.lookup import lookup
from sitroom.places.recognise import Candidate, candidates
from sitroom.places.relative import destination, offset_before
from sitroom.places.resolve import Mention, resolve

__all__ = ["demonyms", "geoparse", "geoparse_record", "resolve_name"]

_PRECISION: dict[str, Precision] = {"city": 1, "admin1": 3, "country": 3, "other": 3}


def _location(adoc: AnalyzedDocument, mention: Mention, place: Place, approximate: bool) -> Location:
    """The contract location; a relative phrase before a town moves the point and sets precision 2,
    as does an ``approximate`` place (a settlement only KATOTTG knows); a river's name is precision 3."""
    candidate = mention.candidate
    lat, lon, anchor = place.latitude, place.longitude, None
    precision = _PRECISION[place.feature]
    if approximate:
        precision = 2  # a village placed at its hromada's point, or a hromada
    if candidate.water:
        precision = 3  # a river, placed at the town named like it
    town = place.feature == "city" and not candidate.water
    offset = offset_before(adoc.text, candidate.start, adoc.lang) if town else None
    if offset is not None:
        lat, lon = destination(lat, lon, offset) if offset.km else (lat, lon)
        precision, anchor = 2, place.name
    return Location(
        name=place.name,
        mention=candidate.text,
        admin1=place.admin1 if place.feature != "country" else None,
        country=place.country,
        latitude=round(lat, 5),
        longitude=round(lon, 5),
        geonameid=place.geonameid,
        geo_precision=precision,
        anchor=anchor,
    )


def geoparse(adoc: AnalyzedDocument, when: dt.date | None = None) -> list[PlaceMention]:
    """Every resolved place mention of the document, in text order, resolved with document context;
    ``when`` (the document's date) says which front lines hold."""
    mentions = [Mention(c, lookup(c.query, adoc.lang, c.strong)) for c in candidates(adoc)]
    mentions = [m for m in mentions if m.entries]
    resolve(mentions, when=when)
    return [
        PlaceMention(
            m.candidate.start,
            m.candidate.end,
            m.candidate.text,
            m.chosen.place,
            _location(adoc, m, m.chosen.place, m.chosen.approximate),
        )
        for m in mentions
        if m.chosen is not None
    ]


def geoparse_record(adoc: AnalyzedDocument, when: dt.date | None = None) -> dict[str, Any]:
    """The ``sitroom geoparse`` contract line for one document (``when``: its date, as for ``geoparse``), with
    the document's demonyms apart, each at its country (``demonyms``: no place, but a reference to one)."""
    places = geoparse(adoc, when)
    return {
        "doc_id": adoc.document.doc_id,
        "places": [_record(mention) for mention in places],
        "demonyms": [_record(mention) for mention in demonyms(adoc, places)],
    }


def _record(mention: PlaceMention) -> dict[str, Any]:
    """A mention in the shape of the contract's ``places`` items."""
    place, location = mention.place, mention.location
    assert place is not None and location is not None
    return {
        "start": mention.start,
        "end": mention.end,
        "text": mention.text,
        "name": place.name,
        "latitude": location.latitude,
        "longitude": location.longitude,
        "geonameid": place.geonameid,
        "country": place.country,
        "admin1": location.admin1,
        "feature": place.feature,
    }


def resolve_name(name: str, lang: str, focus: tuple[str, ...] = ()) -> Place | None:
    """The place a bare name most plausibly means, given only the countries in focus (ISO alpha-2)."""
    mention = Mention(Candidate(0, len(name), name, True), lookup(name, lang, True))
    resolve([mention], focus)
    return mention.chosen.place if mention.chosen else None
