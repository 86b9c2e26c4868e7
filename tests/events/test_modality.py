"""Planned meetings, denials and negations across the four languages (sentences written for this test)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sitroom.model import Event

Extract = Callable[[str, str], list[Event]]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The foreign ministers of Ukraine and Turkey are to meet in Ankara next week."),
        ("fr", "Les deux présidents doivent se rencontrer à Istanbul la semaine prochaine."),
        ("uk", "Президенти України та Польщі зустрінуться у Варшаві наступного тижня."),
        ("ru", "Министры обороны встретятся в Минске на следующей неделе."),
    ],
)
def test_planned_meeting_is_one_planned_consult(extract: Extract, lang: str, text: str) -> None:
    events = extract(text, lang)
    assert [(e.plover, e.modality) for e in events] == [("CONSULT", "planned")]


@pytest.mark.parametrize(
    ("lang", "text", "denier", "side"),
    [
        (
            "en",
            "The Russian Defence Ministry denied that its jets bombed a school in Kharkiv.",
            "the Russian Defence Ministry",
            "RU",
        ),
        ("fr", "Kiev a démenti avoir bombardé une école à Donetsk.", "Kiev", "UA"),
        ("uk", "У Кремлі заперечили, що російські війська обстріляли школу в Сумах.", "Кремль", "RU"),
        ("ru", "В Кремле опровергли, что российские войска обстреляли школу в Сумах.", "Кремль", "RU"),
    ],
)
def test_denier_is_the_claimant(extract: Extract, lang: str, text: str, denier: str, side: str) -> None:
    (event,) = [e for e in extract(text, lang) if e.family == "remote_violence"]
    assert event.modality == "denied"
    assert event.claimed_by is not None
    assert (event.claimed_by.name, event.claimed_by.side) == (denier, side)
