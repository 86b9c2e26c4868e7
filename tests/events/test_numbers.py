from __future__ import annotations

import pytest

from sitroom.events.casualties import find_casualties
from sitroom.events.quantities import find_quantities


@pytest.mark.parametrize(
    ("lang", "text", "fatalities", "injured"),
    [
        ("en", "One soldier and three rebels were killed near the town.", 4, None),
        ("en", "Shelling killed two people and wounded dozens of others.", 2, 12),
        ("en", "On 15 March 2023, a farmer was injured when his tractor hit a mine.", None, 1),
        ("en", "The strike caused no casualties.", 0, 0),
        ("en", "The two drivers were killed.", 2, None),
        ("en", "Coded as 10 fatalities split across 3 events.", 3, None),
        ("en", "A 61-year-old farmer was killed when a shell hit his barn.", 1, None),
        ("en", "Two 14-year-old boys were wounded by a mine.", None, 2),
        ("fr", "La frappe a fait trois morts, 11 blessés et une personne reste hospitalisée.", 3, 11),
        ("fr", "Une roquette a tué deux civils.", 2, None),
        ("uk", "Внаслідок удару загинули двоє людей, ще п'ятеро поранені.", 2, 5),
        ("ru", "В результате обстрела погибли три человека.", 3, None),
    ],
)
def test_casualties_follow_acled_rules(lang: str, text: str, fatalities: int | None, injured: int | None) -> None:
    found = find_casualties(text, lang)
    assert (found.fatalities, found.injured) == (fatalities, injured)


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("fr", "L'armée a tiré vingt roquettes.", [(20, "rocket")]),
        ("fr", "Elle a repris 2 000 kilomètres de territoire.", [(2000, "km")]),
        ("fr", "Un engagement de 27,4 milliards de dollars.", [(27.4e9, "USD")]),
        ("en", "A $241 million package.", [(241e6, "USD")]),
        ("en", "Air defences shot down six balloons and 12 drones.", [(6, "balloon"), (12, "drone")]),
    ],
)
def test_quantities_with_units(lang: str, text: str, expected: list[tuple[float, str]]) -> None:
    assert [(q.value, q.unit) for q in find_quantities(text, lang)] == expected
