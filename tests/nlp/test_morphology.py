"""What the pymorphy3 dictionaries say of personal names (the real Ukrainian and Russian dictionaries)."""

from __future__ import annotations

import pytest

from sitroom.nlp.morphology import (
    agrees,
    analyzer,
    common_word,
    function_reading,
    name_cases,
    names_nothing,
    noun_lemmas,
)

pytestmark = pytest.mark.skipif(analyzer("uk") is None or analyzer("ru") is None, reason="pymorphy3 dicts absent")


def test_a_listed_first_name_gives_its_cases() -> None:
    romana = name_cases("uk", "Романа")
    assert "gent" in romana.first and not romana.other


def test_a_surname_and_an_unlisted_word() -> None:
    assert "gent" in name_cases("uk", "Зеленського").surname
    unlisted = name_cases("uk", "Довбик")
    assert not unlisted.first and not unlisted.surname and "nomn" in unlisted.guessed


def test_a_first_name_that_is_also_a_town_or_a_country_is_marked_other() -> None:
    assert name_cases("uk", "Володимира").other
    assert name_cases("ru", "Израиля").other


def test_a_language_without_a_dictionary_knows_nothing() -> None:
    assert name_cases("xx", "Roman") == name_cases("xx", "Paris")
    assert not name_cases("xx", "Roman").first


@pytest.mark.parametrize(
    ("lang", "adjective", "word", "agree"),
    [
        ("uk", "Білого", "дому", True),
        ("uk", "Київський", "єврейський", True),
        ("ru", "Черного", "моря", True),
        ("uk", "Вільному", "окупанти", False),  # a village in the locative, then the subject
        ("uk", "Харкові", "відбувся", False),  # no adjective at all
    ],
)
def test_an_adjective_agrees_with_the_word_after_it(lang: str, adjective: str, word: str, agree: bool) -> None:
    assert agrees(lang, adjective, word) is agree


@pytest.mark.parametrize(
    ("word", "nothing"),
    [
        ("Буде", True),
        ("При", True),
        ("Такі", True),
        ("Усі", True),  # "all"; else only the surname Ус or the dialectal "ear" in the locative: no Wuxi (Усі)
        ("Шевченко", False),  # a surname alone is no function word: the person-name rules judge it
        ("Київ", False),
        ("Біле", False),
        ("Нові", True),  # new, plural: no one-word place is a plural adjective (no Nove, Novy, Huambo)
        ("Українські", True),  # no Ukrainsk
        ("Нове", False),  # a singular adjective names villages: Нове, Мирне
    ],
)
def test_words_that_name_nothing(word: str, nothing: bool) -> None:
    assert names_nothing("uk", word) is nothing


def test_the_second_locative_agrees_as_the_locative() -> None:
    assert agrees("ru", "Чёрном", "лесу")  # "в лесу": loc2 in the dictionary


@pytest.mark.parametrize(
    ("word", "common"), [("Правда", True), ("Атаки", True), ("Москва", False), ("Курска", False), ("Пескова", False)]
)
def test_words_the_russian_dictionary_lists_never_as_a_proper_name(word: str, common: bool) -> None:
    assert common_word("ru", word) is common


def test_a_word_with_an_adverbs_reading_among_others() -> None:
    assert function_reading("uk", "Далі")  # further; also the noun даль and a surname
    assert not function_reading("uk", "Харкова")
    assert not function_reading("fr", "Ensuite")  # no dictionary: no answer


@pytest.mark.parametrize(
    ("lang", "word", "lemmas"),
    [
        ("uk", "Берліні", ("берлін",)),
        ("uk", "Вашингтона", ("вашингтон", "вашинґтон")),  # also a surname's case: a person's name may stand beside
        ("ru", "Варшаве", ("варшава",)),
        ("uk", "Тун", ()),  # unknown to the dictionary
        ("uk", "Папа", ()),  # a person, not a person's name
        ("ru", "Тун", ()),  # an animate noun, no place
        ("uk", "Кому", ()),  # a pronoun
        ("ru", "Правда", ()),  # a particle too
        ("ru", "Доме", ()),  # Russian's dictionary marks places: a common noun is none
    ],
)
def test_nouns_the_dictionary_lists_as_things(lang: str, word: str, lemmas: tuple[str, ...]) -> None:
    assert noun_lemmas(lang, word, marks_places=lang == "ru") == lemmas
