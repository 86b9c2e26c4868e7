"""Events stage: event mentions in sentences, classified into the ontology, with their arguments."""

from __future__ import annotations

from sitroom.model import AnalyzedDocument, Event, PlaceMention, Timeline


def extract_events(adoc: AnalyzedDocument, places: list[PlaceMention], timeline: Timeline) -> list[Event]:
    """The document's events: one per place per day, each with its evidence sentence."""
    raise NotImplementedError
