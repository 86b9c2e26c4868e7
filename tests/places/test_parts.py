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


def test_a_town_whose_name_ends_in_a_facility_head_must_fit_the_document(found: Found) -> None:
    far = found("In New Orleans, the brass band played at Washington Square on Frenchmen Street.", "en")
    near = found("Firefighters from Norristown were called to a house fire in Washington Square on Sunday.", "en")
    assert "New Orleans" in far
    assert "Washington Square" not in far or far["Washington Square"].place.admin1 != "Pennsylvania"
    assert near["Washington Square"].place.admin1 == "Pennsylvania"


def test_a_name_after_a_persons_first_name_is_doubtful(analyse: Analyse) -> None:
    adoc = analyse("Police chief Tom Lancaster said the road was closed. Lancaster added that nobody was hurt.", "en")
    later = [c for c in candidates(adoc) if c.text == "Lancaster" and c.start > adoc.text.index(".")]
    assert later and all(c.doubtful for c in later)


def test_a_persons_first_name_is_no_town(found: Found) -> None:
    result = found("Singer Jackson Browne played a benefit concert in Denver on Saturday.", "en")
    assert "Denver" in result and not any(text.startswith("Jackson") for text in result)
