"""KATOTTG-only villages under their Russian names (Перемога as Победа, Піски as Пески / Peski)."""

import datetime as dt
from collections.abc import Callable

from sitroom import dates
from sitroom.model import AnalyzedDocument, PlaceMention
from sitroom.pipeline import document_date
from sitroom.places import geoparse
from sitroom.places.katottg import russian_names
from sitroom.places.keys import name_key
from sitroom.places.lookup import lookup
from sitroom.places.recognise import Candidate
from sitroom.places.relative import haversine_km
from sitroom.places.resolve import Mention, _main_regions, _namesakes, _rank
from sitroom.places.resources import load_json

Found = Callable[[str, str], dict[str, PlaceMention]]
Analyse = Callable[[str, str], AnalyzedDocument]


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


MARINKA = (47.94, 37.50)  # Перемога (Russian Победа, ACLED's "Pobieda") is a village of Marinka's hromada


def test_a_russian_form_is_a_current_name_not_a_former_one() -> None:
    """Matched through its Russian form, Перемога ranks as a main name (its Latin spelling reaches the Cyrillic
    form only by key), counts as a namesake of the villages officially Побєда and takes no renamed penalty."""
    entries = lookup("Pobieda", "en", True)
    donetsk = [e for e in entries if e.place.admin1 == "Donetsk" and e.place.feature == "city"]
    peremoha = [e for e in donetsk if e.place.name == "Peremoha"]
    official = [e for e in donetsk if e.place.name != "Peremoha"]
    assert peremoha and official and all(e.parallel == name_key("Pobieda") and e.rank == 2 for e in peremoha)
    assert all(not e.parallel and e.rank == 0 for e in official)
    namesakes = _namesakes(entries)
    assert all(e.ident in namesakes for e in donetsk)
    assert {_rank(e) for e in donetsk} == {0}
    mention = Mention(Candidate(0, 7, "Pobieda", True), entries, main_regions=_main_regions(entries))
    village = min(peremoha, key=lambda e: haversine_km(e.place.latitude, e.place.longitude, *MARINKA))
    rear = next(e for e in official if e.approximate)
    assert mention.prior(village) == mention.prior(rear)  # both KATOTTG-only: nothing but the front tells them apart


def test_a_dated_note_naming_a_front_village_in_russian_picks_the_front_one(analyse: Analyse) -> None:
    text = "On 9 October 2023, Russian forces shelled Pobieda, Donetsk. Casualties unknown."
    adoc = analyse(text, "en")
    when = document_date(dates.resolve(adoc))
    assert when == dt.date(2023, 10, 9)
    (place,) = [m.place for m in geoparse(adoc, when) if m.text == "Pobieda"]
    assert place is not None and place.name == "Peremoha" and place.admin1 == "Donetsk"
    assert haversine_km(place.latitude, place.longitude, *MARINKA) < 10.0
