"""Landmarks the news names for the town they lie in (places_landmarks.tsv)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sitroom.model import PlaceMention
from sitroom.places.recognise import _landmark_patterns

Found = Callable[[str, str], dict[str, PlaceMention]]


@pytest.mark.parametrize(
    ("text", "lang", "mention", "town"),
    [
        # The plant lies in Enerhodar, 50 km from the city it is named after.
        (
            "Russian drones struck Nikopol across the river from the Zaporizhzhia nuclear power plant.",
            "en",
            "Zaporizhzhia nuclear power plant",
            "Enerhodar",
        ),
        ("Shelling near the ZNPP continued on Monday.", "en", "ZNPP", "Enerhodar"),  # no acronym's reading
        (
            "La centrale nucléaire de Zaporijjia a de nouveau été coupée du réseau.",
            "fr",
            "centrale nucléaire de Zaporijjia",
            "Enerhodar",
        ),
        ("Обстріл Запорізької АЕС продовжується.", "uk", "Запорізької АЕС", "Enerhodar"),
        ("На ЗАЭС отключилось внешнее питание.", "ru", "ЗАЭС", "Enerhodar"),
        (
            "La centrale nucléaire de Tchernobyl reste occupée par l'armée russe.",
            "fr",
            "centrale nucléaire de Tchernobyl",
            "Chornobyl",
        ),
        ("Defenders of Azovstal surrendered.", "en", "Azovstal", "Mariupol"),
        ("Захисники Азовсталі вийшли з полону.", "uk", "Азовсталі", "Mariupol"),
        # A ravine in Kyiv, not the Udmurt village Yar the name's last word reads as.
        ("He recalled the shootings in Babi Yar during the Second World War.", "en", "Babi Yar", "Kyiv"),
        ("Вшанували пам'ять жертв Бабиного Яру.", "uk", "Бабиного Яру", "Kyiv"),
        # Not the villages called Кримське, whose case forms the adjective shares.
        ("Вибух на Кримському мосту.", "uk", "Кримському мосту", "Kerch"),
        ("Сообщили о ракетном ударе по Крымскому мосту.", "ru", "Крымскому мосту", "Kerch"),
        ("An explosion damaged the Crimean Bridge on Saturday.", "en", "Crimean Bridge", "Kerch"),
        ("The Kakhovka dam was destroyed.", "en", "Kakhovka dam", "Nova Kakhovka"),
        ("Ukrainian forces struck the Antonivskyi Bridge.", "en", "Antonivskyi Bridge", "Kherson"),
        # A region, not the villages Кримське the adjective's case forms share.
        ("Russia annexed the Crimean peninsula in 2014.", "en", "Crimean peninsula", "Crimea"),
        ("Бази на Кримському півострові.", "uk", "Кримському півострові", "Crimea"),
        ("Военные базы на Крымском полуострове.", "ru", "Крымском полуострове", "Crimea"),
    ],
)
def test_a_landmark_is_the_town_it_lies_in(found: Found, text: str, lang: str, mention: str, town: str) -> None:
    assert found(text, lang)[mention].place.name == town


def test_every_landmark_match_contains_its_cheap_test_word() -> None:
    samples = [
        "Zaporizhzhia NPP",
        "Zaporozhye nuclear power station",
        "ZNPP",
        "centrale de Zaporijia",
        "AKW Saporischschja",
        "Запорізькій атомній електростанції",
        "Запорожской АЭС",
        "ЗАЕС",
        "Azovstal",
        "Азовсталь",
        "Babyn Yar",
        "Бабий Яр",
        "Kerch Bridge",
        "Crimea Bridge",
        "pont de Kertch",
        "Керченському мосту",
        "Крымский мост",
        "Kakhovka HPP",
        "barrage de Nova Kakhovka",
        "Каховської ГЕС",
        "Каховской плотины",
        "Antonovsky Bridge",
        "Антонівському мосту",
        "Chernobyl nuclear plant",
        "ChNPP",
        "Чорнобильської АЕС",
        "ЧАЭС",
    ]
    matched = 0
    for contains, pattern, _ in _landmark_patterns():
        for sample in samples:
            if pattern.search(sample):
                matched += 1
                assert contains in sample.lower(), (pattern.pattern, sample)
    assert matched >= len(samples)


def test_a_surname_and_a_first_name_are_no_landmark(found: Found) -> None:
    assert not found("Загинули Бабич Ярослав та Іваненко Петро.", "uk")  # no Babyn Yar, Kyiv
