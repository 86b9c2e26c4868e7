"""Dates stage: the publication date and every time expression, resolved against it."""

from __future__ import annotations

from sitroom.model import AnalyzedDocument, Timeline


def resolve(adoc: AnalyzedDocument) -> Timeline:
    """Publication date (with its source) and resolved time expressions with their scopes."""
    raise NotImplementedError
