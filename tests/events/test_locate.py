"""Fallback locations: political events go to their country, never to a town told elsewhere."""

from __future__ import annotations

from collections.abc import Callable

from sitroom.model import Event

Extract = Callable[[str, str], list[Event]]


def test_aid_without_place_goes_to_the_actor_country(extract: Extract) -> None:
    text = (
        "Russian forces shelled Bakhmut on Monday, killing two civilians.\n\n"
        "Germany pledged military aid worth 200 million euros."
    )
    aid = next(e for e in extract(text, "en") if e.family == "aid")
    assert aid.location is not None
    assert (aid.location.country, aid.location.geo_precision, aid.location.admin1) == ("DE", 3, None)


def test_statement_without_any_place_has_no_location(extract: Extract) -> None:
    statement = next(e for e in extract("The spokesman condemned the decision.", "en") if e.family == "statement")
    assert statement.location is None


def test_conflict_fallback_stays_in_its_paragraph(extract: Extract) -> None:
    text = (
        "Russian troops shelled Kupiansk overnight. Two houses burned in Kupiansk.\n\n"
        "Ukrainian forces repelled Russian assaults near Avdiivka. Air defence shot down two drones."
    )
    disrupted = next(e for e in extract(text, "en") if e.sub_event_type == "Disrupted weapons use")
    assert disrupted.location is not None and disrupted.location.mention == "Avdiivka"
    assert disrupted.location.geo_precision >= 2
