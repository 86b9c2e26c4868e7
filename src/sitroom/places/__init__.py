"""Places stage: recognise place names in an analysed document and resolve them to GeoNames."""

from __future__ import annotations

from sitroom.model import AnalyzedDocument, PlaceMention


def geoparse(adoc: AnalyzedDocument) -> list[PlaceMention]:
    """Every place mention of the document, in text order, resolved with document context."""
    raise NotImplementedError
