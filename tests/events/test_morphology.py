"""Claimant phrases put back in the nominative with the real pymorphy3 dictionaries."""

from __future__ import annotations

import pytest

from sitroom.events.morphology import analyzer, is_future, is_verb, nominative_phrase

pytestmark = pytest.mark.skipif(analyzer("uk") is None or analyzer("ru") is None, reason="pymorphy3 dicts absent")


@pytest.mark.parametrize(
    ("lang", "text", "case", "name", "role"),
    [
        ("uk", "голови Сумської ОВА Володимира Артюха", "gent", "Володимир Артюх", "голова Сумської ОВА"),
        ("uk", "Повітряних сил ЗСУ", "gent", "Повітряні сили ЗСУ", None),
        ("uk", "Кремлі", "loct", "Кремль", None),
        (
            "ru",
            "губернатора Курской области Романа Старовойта",
            "gent",
            "Роман Старовойт",
            "губернатор Курской области",
        ),
        ("ru", "Минобороны России", "gent", "Минобороны России", None),
        ("ru", "мэр Москвы Сергей Собянин", "nomn", "Сергей Собянин", "мэр Москвы"),
    ],
)
def test_nominative_phrase(lang: str, text: str, case: str, name: str, role: str | None) -> None:
    phrase = nominative_phrase(lang, text, case)
    assert (phrase.name, phrase.role) == (name, role)


def test_unknown_surname_takes_its_ending() -> None:
    phrase = nominative_phrase("uk", "Петра Ковтунова", "gent", (("ова", "ов"),))
    assert phrase.name == "Петро Ковтунов"


def test_future_and_verbs() -> None:
    assert is_future("ru", "встретятся") and is_future("uk", "підпишуть")
    assert not is_future("uk", "обстрілювали")
    assert is_verb("uk", "заявив") and not is_verb("uk", "заявою")


def test_language_without_dictionary() -> None:
    assert nominative_phrase("xx", "quelqu'un", "gent").name == "quelqu'un"
    assert not is_future("xx", "word")
