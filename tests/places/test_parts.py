"""Places inside longer names: leading words of unknown entities, hyphen compounds, facilities named after towns."""

from collections.abc import Callable
from typing import Any

from sitroom.model import AnalyzedDocument
from sitroom.places.recognise import candidates

Found = Callable[[str, str], dict[str, Any]]
Analyse = Callable[[str, str], AnalyzedDocument]


def test_hyphen_compounds_yield_their_known_parts(analyse: Analyse) -> None:
    texts = {c.text for c in candidates(analyse("Traffic was heavy across Fargo-Moorhead on Friday.", "en"))}
    assert {"Fargo", "Moorhead"} <= texts


def test_an_unknown_entity_yields_its_leading_place_words(analyse: Analyse) -> None:
    adoc = analyse("Students at Fort Mill High School in South Carolina walked out on Friday.", "en")
    assert "Fort Mill" in {c.text for c in candidates(adoc)}


def test_a_town_heading_a_facility_must_fit_the_document(found: Found) -> None:
    far = found("In New Orleans, volunteers reopened the Carnegie Library on Magazine Street.", "en")
    near = found("In Pittsburgh, volunteers reopened the Carnegie Library on Main Street.", "en")
    assert "New Orleans" in far and "Carnegie" not in far
    assert near["Carnegie"].place.admin1 == "Pennsylvania"
