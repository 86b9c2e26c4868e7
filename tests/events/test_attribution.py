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


@pytest.mark.parametrize(
    ("lang", "text", "name", "role", "side"),
    [
        (
            "fr",
            "Les forces russes ont bombardé Kharkiv dans la nuit, le troisième raid depuis le début du mois, "
            "a annoncé le maire ukrainien Ihor Terekhov.",
            "Ihor Terekhov",
            "le maire ukrainien",
            "UA",
        ),
        (
            "fr",
            "Des drones ont frappé un dépôt pétrolier près de Koursk, a déclaré le gouverneur régional "
            "Roman Starovoït sur Telegram.",
            "Roman Starovoït",
            "le gouverneur régional",
            None,
        ),
        (
            "en",
            "Russian troops shelled Nikopol overnight, the second attack this week on the town, said the "
            "Ukrainian governor Serhiy Lysak.",
            "Serhiy Lysak",
            "the Ukrainian governor",
            "UA",
        ),
    ],
)
def test_source_after_an_inverted_reporting_verb(
    extract: Extract, lang: str, text: str, name: str, role: str, side: str | None
) -> None:
    """The name after "a annoncé"/"said" is the source, never the clause before the comma."""
    (event,) = [e for e in extract(text, lang) if e.family not in ("diplomacy", "aid", "statement")]
    assert event.claimed_by is not None
    assert (event.claimed_by.name, event.claimed_by.role, event.claimed_by.side) == (name, role, side)


def test_inverted_pronoun_refers_back_to_the_previous_source(extract: Extract) -> None:
    text = (
        "Des drones russes ont frappé Soumy mardi, a indiqué le gouverneur ukrainien Volodymyr Artioukh. "
        "Deux missiles ont aussi frappé Okhtyrka, a-t-il précisé."
    )
    claimants = {e.claimed_by.name if e.claimed_by else None for e in extract(text, "fr")}
    assert claimants == {"Volodymyr Artioukh"}


@pytest.mark.parametrize(
    ("lang", "text", "name"),
    [
        (
            "fr",
            "Des combats se poursuivent près de Koupiansk, selon l'armée de l'air ukrainienne.",
            "l'armée de l'air ukrainienne",
        ),
        (
            "en",
            "Heavy fighting continues near Kupiansk, according to the Ukrainian air force.",
            "the Ukrainian air force",
        ),
    ],
)
def test_source_keeps_no_final_full_stop(extract: Extract, lang: str, text: str, name: str) -> None:
    (event,) = extract(text, lang)
    assert event.claimed_by is not None and event.claimed_by.name == name


@pytest.mark.parametrize(
    ("lang", "text", "name"),
    [
        (
            "ru",
            "Губернатор Курской области Алексей Смирнов заявил, что обстрелу подвергся Суджа. "
            "По его словам, над Курском системы ПВО сбили несколько беспилотников.",
            "Алексей Смирнов",
        ),
        (
            "en",
            "Mayor Ihor Terekhov said Russian forces shelled Kharkiv. According to him, air defences shot down "
            "three drones over Kharkiv.",
            "Ihor Terekhov",
        ),
    ],
)
def test_pronoun_source_is_the_previous_one(extract: Extract, lang: str, text: str, name: str) -> None:
    """ "По его словам", "according to him": the source told in the sentence before, never the pronoun."""
    claimants = {e.claimed_by.name if e.claimed_by else None for e in extract(text, lang)}
    assert claimants == {name}


def test_source_before_a_verb_the_parser_left_without_subject(extract: Extract) -> None:
    text = (
        "Russian missiles hit Zaporizhzhia on Monday, killing two people and injuring nine others, "
        "regional governor Ivan Fedorov said on Telegram."
    )
    (event,) = extract(text, "en")
    assert event.claimed_by is not None
    assert (event.claimed_by.name, event.claimed_by.role) == ("Ivan Fedorov", "regional governor")
