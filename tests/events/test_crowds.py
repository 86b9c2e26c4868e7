"""Actors as ACLED codes them: the crowd of a protest, local forces, air forces (sentences ours)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sitroom.model import Actor, Event

Extract = Callable[[str, str], list[Event]]


@pytest.mark.parametrize(
    ("lang", "text", "actor1", "actor2"),
    [
        (
            "fr",
            "Plusieurs centaines de personnes ont manifesté samedi à Lyon pour réclamer la libération des "
            "soldats ukrainiens détenus en Russie.",
            Actor("Protesters", "FR"),
            None,
        ),
        (
            "fr",
            "La police a dispersé des manifestants à Marseille avec des gaz lacrymogènes.",
            Actor("Protesters", "FR"),
            Actor("Police Forces", "FR"),
        ),
        (
            "en",
            "Hungarian farmers blocked a road near Debrecen in protest against Ukrainian grain imports, police said.",
            Actor("Protesters", "HU"),
            None,
        ),
    ],
)
def test_the_crowd_is_actor1_of_a_protest(
    extract: Extract, lang: str, text: str, actor1: Actor, actor2: Actor | None
) -> None:
    (event,) = extract(text, lang)
    assert event.family == "protest"
    assert (event.actor1, event.actor2) == (actor1, actor2)


def test_named_national_police_keep_their_country(extract: Extract) -> None:
    (event,) = extract("Ukrainian police detained two men in Warsaw suspected of spying.", "en")
    assert event.actor1 == Actor("Police Forces of Ukraine", "UA")


@pytest.mark.parametrize(
    ("text", "actor1"),
    [
        (
            "Dans la région de Soumy, l'armée de l'air ukrainienne a abattu six drones au-dessus de Konotop.",
            Actor("Military Forces of Ukraine", "UA"),
        ),
        (
            "Les forces aérospatiales russes ont largué des bombes guidées sur Koupiansk.",
            Actor("Military Forces of Russia", "RU"),
        ),
    ],
)
def test_french_air_forces_are_military_forces(extract: Extract, text: str, actor1: Actor) -> None:
    (event,) = extract(text, "fr")
    assert event.actor1 == actor1
