"""KATOTTG-only villages under their Russian names (Перемога as Победа, Піски as Пески / Peski)."""

from collections.abc import Callable

from sitroom.model import PlaceMention
from sitroom.places.katottg import russian_names
from sitroom.places.keys import name_key
from sitroom.places.lookup import lookup
from sitroom.places.resources import load_json

Found = Callable[[str, str], dict[str, PlaceMention]]


def test_listed_words_take_their_russian_form_and_ending() -> None:
    assert russian_names("Перемога") == ["Победа"]
    assert russian_names("Першотравневе") == ["Первомайское"]
    assert russian_names("Красне Перше") == ["Красное Первое"]
    assert russian_names("Верхня Сироватка") == ["Верхняя Сироватка"]
    assert russian_names("Широкі") == ["Широкие"]  # и after к, not ы
    assert russian_names("Другий Лиман") == ["Второй Лиман"]
    assert russian_names("Степове") == ["Степное", "Степовое"]


def test_a_name_without_a_listed_word_has_no_russian_form() -> None:
    assert russian_names("Очеретине") == []
    assert russian_names("Червоноград") == []  # a stem counts only with an adjective ending


def test_a_russian_form_with_yo_gets_a_latin_name_the_key_reaches_ozyornoye_by() -> None:
    russian, latin = russian_names("Озерне")
    assert russian == "Озёрное"
    assert name_key(latin) == name_key("Ozyornoye") != name_key(russian)


def test_the_word_list_maps_ukrainian_to_russian_spelling() -> None:
    data = load_json("common", "places_uk_ru_words.json")
    for group in ("words", "adjectives", "soft_adjectives"):
        for ukrainian, russian in data[group].items():
            if ukrainian.startswith("_"):
                continue
            assert ukrainian == ukrainian.lower() and not set(ukrainian) & set("ыэъё")
            assert all(not set(form) & set("іїєґ'") for form in russian), ukrainian


def test_a_katottg_only_village_is_found_under_its_russian_name() -> None:
    villages = [e for e in lookup("Пески", "ru", False) if e.approximate and e.place.admin1 == "Donetsk"]
    assert villages and all(e.place.name == "Pisky" and e.rank == 1 for e in villages)


def test_a_framed_russian_name_resolves_to_the_ukrainian_village(found: Found) -> None:
    text = "Российские войска установили контроль над населенным пунктом Пески в Донецкой Народной Республике."
    mention = found(text, "ru")["Пески"]
    assert mention.place is not None and mention.place.admin1 == "Donetsk" and mention.place.name == "Pisky"
    krasne = found("Ukrainian forces shelled the village of Krasnoye Pervoye, Kharkiv.", "en")["Krasnoye Pervoye"]
    assert krasne.place is not None and krasne.place.name == "Krasne Pershe" and krasne.place.admin1 == "Kharkiv"


def test_victory_day_is_no_village(found: Found) -> None:
    mentions = found("Путин поздравил ветеранов с Днем Победы и посетил парк Победы в Москве.", "ru")
    assert {text for text, mention in mentions.items() if mention.place is not None} == {"Москве"}
