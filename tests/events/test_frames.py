"""Frames that void a trigger: weapons listed as supplies, talks about deliveries (sentences ours)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sitroom.model import Event

Extract = Callable[[str, str], list[Event]]


def _kinds(events: list[Event]) -> list[tuple[str, str | None]]:
    return [(e.family, e.sub_event_type) for e in events]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "fr",
            "Le Danemark a promis jeudi un nouveau paquet d'aide militaire à la Moldavie, comprenant des obus "
            "de mortier et des missiles balistiques.",
        ),
        ("fr", "La Pologne a conclu l'achat de lance-roquettes et de missiles de croisière auprès de la Corée."),
        (
            "en",
            "Norway announced a new military aid package for Georgia, including artillery shells and cruise missiles.",
        ),
        ("en", "Iran has sold Shahed drones and ballistic missiles to Belarus, officials in Vilnius said."),
        # "drones" tagged as a verb, yet the object of "showcasing": still listed, not fired.
        (
            "en",
            "US officials told reporters in July that Iran had begun showcasing Shahed series drones to Belarus "
            "at an airfield south of Tehran the previous month.",
        ),
        ("en", "According to the president, Belarus has ordered 600 Shahed-136 drones from Iran."),
    ],
)
def test_weapons_listed_as_supplies_are_no_attack(extract: Extract, lang: str, text: str) -> None:
    assert all(e.family not in ("remote_violence", "battle") for e in extract(text, lang))


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "L'Allemagne a annoncé une aide militaire pendant que des missiles balistiques ont frappé Kharkiv."),
        ("en", "Russian forces shelled Kherson on Monday as Norway announced new military aid for Ukraine."),
    ],
)
def test_an_attack_verb_still_fires_beside_aid(extract: Extract, lang: str, text: str) -> None:
    assert ("remote_violence", "Shelling/artillery/missile attack") in _kinds(extract(text, lang))


@pytest.mark.parametrize(
    ("lang", "text", "place"),
    [
        (
            "fr",
            "Le chef de la diplomatie moldave doit rencontrer vendredi à Vienne ses homologues pour discuter de "
            "nouvelles livraisons d'armes.",
            "Vienna",
        ),
        ("en", "Defence ministers will meet in Warsaw next week to discuss new deliveries of weapons.", "Warsaw"),
    ],
)
def test_talks_about_deliveries_are_talks(extract: Extract, lang: str, text: str, place: str) -> None:
    events = extract(text, lang)
    assert [(e.family, e.plover, e.modality) for e in events] == [("diplomacy", "CONSULT", "planned")]
    assert events[0].location is not None and events[0].location.name == place


@pytest.mark.parametrize(
    ("text", "events"),
    [
        ("Kamikaze drones, or suicide drones, are a type of aerial weapon system.", 0),
        ("Loitering munitions are the latest threat for the Ukrainian army.", 0),
        ("The shelling of Kharkiv is the heaviest since May, the governor said.", 1),
        ("There are reports of airstrikes in Aleppo.", 1),
    ],
)
def test_a_weapon_a_present_copula_describes_is_no_event(extract: Extract, text: str, events: int) -> None:
    assert len(extract(text, "en")) == events
