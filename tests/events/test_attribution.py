"""Claimants of French reporting sentences: whole noun phrases, never fragments."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sitroom.model import Event

Extract = Callable[[str, str], list[Event]]


@pytest.mark.parametrize(
    ("text", "name", "role", "side"),
    [
        (
            "Selon l'état-major général des forces armées ukrainiennes, les troupes russes ont bombardé Kharkiv.",
            "l'état-major général des forces armées ukrainiennes",
            None,
            "UA",
        ),
        (
            "Les autorités ukrainiennes ont annoncé que des missiles russes avaient frappé Odessa.",
            "les autorités ukrainiennes",
            None,
            "UA",
        ),
        (
            "D'après le gouverneur de la région de Donetsk, Pavlo Kyrylenko, deux civils ont été tués "
            "à Bakhmout dans des bombardements.",
            "Pavlo Kyrylenko",
            "le gouverneur de la région de Donetsk",
            "UA",
        ),
        (
            "Le ministère russe de la Défense a affirmé avoir abattu dix drones au-dessus de Belgorod.",
            "le ministère russe de la Défense",
            None,
            "RU",
        ),
    ],
)
def test_french_claimant_is_the_whole_source(
    extract: Extract, text: str, name: str, role: str | None, side: str
) -> None:
    (event,) = [e for e in extract(text, "fr") if e.family not in ("diplomacy", "aid", "statement")]
    assert event.claimed_by is not None
    assert (event.claimed_by.name, event.claimed_by.role, event.claimed_by.side) == (name, role, side)


def test_empty_source_names_nobody(extract: Extract) -> None:
    events = extract("Selon , au moins trois civils ont été tués à Kherson dans un bombardement.", "fr")
    assert events and all(e.claimed_by is None for e in events)


def test_noun_cue_is_not_a_claimant(extract: Extract) -> None:
    text = (
        "L'annonce du déménagement de l'ambassade a suivi le bombardement de Kiev par les forces russes, "
        "a affirmé le gouverneur."
    )
    claimants = {e.claimed_by.name for e in extract(text, "fr") if e.claimed_by}
    assert claimants == {"le gouverneur"}


def test_english_according_to_with_apposition(extract: Extract) -> None:
    text = (
        "According to the head of the Kharkiv regional administration, Oleh Syniehubov, "
        "Russian forces shelled Kupiansk."
    )
    (event,) = extract(text, "en")
    assert event.claimed_by is not None
    assert event.claimed_by.name == "Oleh Syniehubov"
    assert event.claimed_by.role == "the head of the Kharkiv regional administration"
    assert event.claimed_by.side == "UA"
