"""ACLED hierarchy cases seen in real news, on sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sitroom.events.classify import find_hits, resolve
from sitroom.events.lexicon import lexicon
from sitroom.model import Event

Extract = Callable[[str, str], list[Event]]
_TAKEN = "Non-state actor overtakes territory"
_RETAKEN = "Government regains territory"
_MOVED = ["Non-violent transfer of territory"]
_DISRUPTED = ["Disrupted weapons use"]


def _kinds(events: list[Event]) -> list[str | None]:
    return [e.sub_event_type for e in events if e.sub_event_type and e.modality in ("asserted", "claimed")]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Dans la nuit, la défense antiaérienne a abattu onze drones Shahed au-dessus de la région de Kharkiv."),
        ("fr", "Onze drones Shahed ont été abattus au-dessus d'Odessa."),
        ("en", "Air defence units shot down eleven Shahed drones over the Kharkiv region overnight."),
        ("en", "Nine Russian missiles were intercepted over Kyiv."),
        ("uk", "Над Харківщиною збито одинадцять ударних дронів Shahed."),
        ("ru", "Над Белгородской областью сбиты одиннадцать беспилотников."),
    ],
)
def test_shoot_down_is_disrupted_weapons_use(extract: Extract, lang: str, text: str) -> None:
    assert _kinds(extract(text, lang)) == ["Disrupted weapons use"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Au total, 207 soldats ukrainiens ont été libérés lors d'un échange de prisonniers avec la Russie."),
        ("en", "Forty soldiers were freed in a prisoner swap with Russia, officials in Kyiv said."),
        ("en", "Twelve fighters surrendered to the army near Mosul."),
    ],
)
def test_released_people_are_an_agreement_not_territory(extract: Extract, lang: str, text: str) -> None:
    assert _kinds(extract(text, lang)) == ["Agreement"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Des centaines de personnes ont manifesté samedi à Lviv. Le rassemblement s'est déroulé dans le calme."),
        ("fr", "Des centaines de personnes ont manifesté samedi à Lviv. Le rassemblement s'est déroulé sans violence."),
        ("en", "Hundreds protested in Lviv on Saturday. The rally passed off without arrests or clashes with police."),
    ],
)
def test_manner_of_a_protest_is_no_new_event(extract: Extract, lang: str, text: str) -> None:
    assert _kinds(extract(text, lang)) == ["Peaceful protest"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Militants recaptured the town of Badra after government forces left it.", _TAKEN),
        ("Government forces, in a new offensive against the militants, recaptured the district.", _RETAKEN),
        ("The insurgents were pushed back from the hills near the town.", _RETAKEN),
    ],
)
def test_territory_follows_who_takes_it(extract: Extract, text: str, expected: str) -> None:
    assert _kinds(extract(text, "en"))[:1] == [expected]


def test_attack_on_civilians_is_not_a_battle() -> None:
    text = "Gunmen stormed a village school and opened fire on the students."
    assert [h.cls for h in resolve(find_hits(lexicon("en"), text))] == ["Attack"]


def test_lethal_force_outranks_an_intervention() -> None:
    text = "Police used excessive force to disperse the protesters in the capital."
    assert [h.cls for h in resolve(find_hits(lexicon("en"), text))] == ["Excessive force against protesters"]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "Investigators found a mass grave near Izium on Friday.", ["Other"]),
        ("fr", "Un charnier a été découvert près d'Izioum vendredi.", ["Other"]),
        ("en", "Two suicide bombings killed 14 people in Kabul on Sunday.", ["Suicide bomb"]),
        (
            "en",
            "Rifles, grenades and 3,000 rounds of ammunition were seized by police in Odesa.",
            ["Disrupted weapons use"],
        ),
        ("fr", "La police a saisi trois fusils et des grenades dans une cache d'armes à Odessa.", _DISRUPTED),
        ("uk", "Поліція вилучила зброю та боєприпаси в Одесі.", _DISRUPTED),
        ("fr", "Des hommes armés ont attaqué un village près de Ménaka, tuant douze civils.", ["Attack"]),
        ("en", "Rebel fighters entered the town of Marla after government troops pulled out.", _MOVED),
        ("en", "The government announced sanctions in response to the chemical attack on the town.", []),
        ("en", "The minister accused Russia of bombing the hospital in Kharkiv.", []),
    ],
)
def test_coding_of_acled_sub_types(extract: Extract, lang: str, text: str, expected: list[str]) -> None:
    assert _kinds(extract(text, lang)) == expected
