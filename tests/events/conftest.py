"""Shared fixtures: the real spaCy pipelines are loaded once per session."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sitroom import pipeline
from sitroom.ingest import make_document
from sitroom.model import Event, ProcessedDocument


@pytest.fixture(scope="session")
def extract() -> Callable[[str, str], list[Event]]:
    """Events of a text through the real pipeline (language, nlp, places, dates, events)."""

    def run(text: str, lang: str) -> list[Event]:
        (result,) = list(pipeline.process([make_document(text, lang=lang)]))
        assert isinstance(result, ProcessedDocument), result
        for event in result.events:  # evidence offsets always point into the document's text
            assert result.document.text[event.evidence.start : event.evidence.end] == event.evidence.text
        return result.events

    return run
