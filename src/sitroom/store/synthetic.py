"""Synthetic-but-valid processed documents, randomised from a few templates (a data file).

They exercise the store, the exports and the API at any volume without running the extraction
pipeline: benchmarks fill a store with them, and tests use them as realistic records.
"""

from __future__ import annotations

import datetime as dt
import json
import random
from collections.abc import Iterator
from functools import cache
from importlib import resources
from typing import Any

from sitroom.model import (
    Actor,
    Claimant,
    Document,
    Event,
    Location,
    Place,
    PlaceMention,
    ProcessedDocument,
    ResolvedDate,
    Span,
    Timeline,
)

_START = dt.date(2023, 1, 1)


@cache
def _templates() -> dict[str, Any]:
    path = resources.files("sitroom") / "resources" / "common" / "store_synthetic.json"
    return json.loads(path.read_text(encoding="utf-8"))


def _actor(key: str | None) -> Actor | None:
    return Actor(**_templates()["actors"][key]) if key else None


def synthetic_document(rng: random.Random, index: int, days: int = 730) -> ProcessedDocument:
    """One document of 1-3 event paragraphs, each event with location, date, actors and evidence."""
    data = _templates()
    date = _START + dt.timedelta(days=rng.randrange(days))
    doc_id = f"syn-{index:08d}"
    paragraphs: list[tuple[dict[str, Any], dict[str, Any], int, int, str]] = []
    for _ in range(rng.randint(1, 3)):
        template, place = rng.choice(data["templates"]), rng.choice(data["places"])
        fatalities, injured = rng.randint(0, 12), rng.randint(0, 30)
        sentence = template["sentence"].format(place=place["name"], fatalities=fatalities, injured=injured)
        paragraphs.append((template, place, fatalities, injured, sentence))
    text, events, mentions = "", [], []
    for number, (template, place, fatalities, injured, sentence) in enumerate(paragraphs):
        text += ("\n\n" if text else "") + sentence
        start = len(text) - len(sentence)
        jitter = rng.uniform(-0.05, 0.05)
        location = Location(
            name=place["name"],
            mention=place["name"],
            admin1=place["admin1"],
            country=place["country"],
            latitude=place["latitude"] + jitter,
            longitude=place["longitude"] + jitter,
            geonameid=place["geonameid"],
            geo_precision=1,
        )
        at = sentence.index(place["name"]) + start
        gazetteer = Place(
            place["name"], place["latitude"], place["longitude"], place["country"], place["admin1"], place["geonameid"]
        )
        mentions.append(PlaceMention(at, at + len(place["name"]), place["name"], gazetteer, location))
        events.append(
            Event(
                event_id=f"{doc_id}-{number}",
                doc_id=doc_id,
                doc_date=date.isoformat(),
                doc_date_source="metadata",
                event_date=date.isoformat(),
                time_precision=1,
                family=template["family"],
                event_type=template["event_type"],
                sub_event_type=template["sub_event_type"],
                plover=template["plover"],
                actor1=_actor(template["actor1"]),
                actor2=_actor(template["actor2"]),
                location=location,
                fatalities=fatalities if "{fatalities}" in template["sentence"] else None,
                injured=injured if "{injured}" in template["sentence"] else None,
                quantities=[],
                claimed_by=Claimant("regional governor", "governor", place["country"]),
                modality="claimed",
                verified=None,
                confidence=round(rng.uniform(0.5, 1.0), 2),
                lang="en",
                evidence=Span(start, start + len(sentence), sentence),
            )
        )
    document = Document(
        doc_id,
        text,
        title=f"Report {index}",
        date=date.isoformat(),
        lang="en",
        source="synthetic",
        url=f"https://example.org/{doc_id}",
    )
    timeline = Timeline(ResolvedDate(date, 1), "metadata")
    return ProcessedDocument(document, "en", timeline, mentions, events)


def synthetic_documents(count: int, seed: int = 0, start: int = 0) -> Iterator[ProcessedDocument]:
    """``count`` reproducible synthetic documents numbered from ``start`` (ids ``syn-<number>``).

    The content comes from ``seed`` alone and the ids from ``start``: top a store up with ``start``
    past its documents (and another seed, for new content); the same call again adds nothing.
    """
    rng = random.Random(seed)
    for index in range(start, start + count):
        yield synthetic_document(rng, index)
