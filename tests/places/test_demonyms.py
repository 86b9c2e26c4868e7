from collections.abc import Callable

import pytest

from sitroom.model import AnalyzedDocument
from sitroom.places import demonyms, geoparse, geoparse_record

Analyse = Callable[[str, str], AnalyzedDocument]

Demonyms = Callable[[str, str], dict[str, tuple[str, str]]]


@pytest.fixture(scope="module")
def read(analyse: Analyse) -> Demonyms:
    """The demonyms of a text as {text: (country, name of the place)}."""

    def run(text: str, lang: str) -> dict[str, tuple[str, str]]:
        adoc = analyse(text, lang)
        found = demonyms(adoc, geoparse(adoc))
        return {m.text: (m.place.country, m.place.name) for m in found if m.place is not None}

    return run


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "Russian forces shelled Kharkiv, Ukrainian officials said.", {"Russian": "RU", "Ukrainian": "UA"}),
        ("en", "Palestinians and Saudi diplomats met.", {"Palestinians": "PS", "Saudi": "SA"}),
        (
            "fr",
            "Les forces russes ont bombardé Kharkiv, selon l'armée ukrainienne.",
            {"russes": "RU", "ukrainienne": "UA"},
        ),
        (
            "uk",
            "Російські війська обстріляли Харків, повідомили українські військові.",
            {"Російські": "RU", "українські": "UA"},
        ),
        (
            "ru",
            "Российские войска обстреляли Харьков, сообщили украинские военные.",
            {"Российские": "RU", "украинские": "UA"},
        ),
    ],
)
def test_a_demonym_names_its_country_in_every_language(
    read: Demonyms, lang: str, text: str, expected: dict[str, str]
) -> None:
    assert {word: country for word, (country, _) in read(text, lang).items()} == expected


def test_a_region_adjective_names_the_region(read: Demonyms) -> None:
    assert read("European leaders met African envoys and English fans.", "en") == {
        "European": ("", "Europe"),
        "African": ("", "Africa"),
        "English": ("GB", "England"),  # the constituent country, not the United Kingdom's point
    }


def test_a_demonym_is_never_a_place(analyse: Analyse) -> None:
    adoc = analyse("Russian artillery shelled Kharkiv overnight.", "en")
    places = geoparse(adoc)
    assert [m.text for m in places] == ["Kharkiv"]
    assert [m.text for m in demonyms(adoc, places)] == ["Russian"]


def test_names_that_stand_elsewhere_and_languages_are_no_demonyms(read: Demonyms) -> None:
    text = (
        "Protesters gathered outside the Russian Embassy in Washington. She spoke only French. "
        "A caravan of Central American migrants reached the border. The Nigerian Army said so."
    )
    assert read(text, "en") == {"Nigerian": ("NG", "Nigeria")}


def test_an_english_demonym_is_capitalised(read: Demonyms) -> None:
    assert read("They polish the brass before the parade.", "en") == {}


def test_the_record_lists_demonyms_apart_at_the_country_point(analyse: Analyse) -> None:
    record = geoparse_record(analyse("Ukrainian troops entered Kupiansk.", "en"))
    assert [p["text"] for p in record["places"]] == ["Kupiansk"]
    (demonym,) = record["demonyms"]
    assert (demonym["text"], demonym["country"], demonym["feature"], demonym["admin1"]) == (
        "Ukrainian",
        "UA",
        "country",
        None,
    )
    assert demonym["start"] == 0 and demonym["end"] == len("Ukrainian")


@pytest.mark.parametrize(
    ("lang", "text", "word"),
    [
        ("en", "She learned Russian at school and now speaks fluent Ukrainian.", "Ukrainian"),
        ("fr", "Le texte a été traduit en ukrainien.", "ukrainien"),
        ("uk", "Документ написано російською мовою.", "російською"),
        ("ru", "Он говорит на украинском языке.", "украинском"),
    ],
)
def test_a_language_is_no_demonym(read: Demonyms, lang: str, text: str, word: str) -> None:
    assert word not in read(text, lang)


def test_a_building_an_organisation_names_stands_elsewhere(read: Demonyms) -> None:
    assert read("The French School said it would reopen.", "en") == {}  # NER's ORG, a school's head word


def test_a_demonym_qualifying_a_noun_after_a_verb_of_speaking_is_no_language(read: Demonyms) -> None:
    assert read("Reuters learned Russian forces had withdrawn.", "en") == {"Russian": ("RU", "Russia")}


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "North\nKorean missiles flew over the sea.", {"North\nKorean": "KP"}),  # any white space
        ("en", "The South african delegation left.", {}),  # each word of an English demonym capitalised
        ("en", "AMERİCAN troops left.", {}),  # a letter no adjective lowers to: no demonym, and no error
        ("en", "Talks on the North American Free Trade Agreement resumed.", {}),  # a wider region's adjective
        ("en", "Crowds joined anti-Russian protests.", {"Russian": "RU"}),  # a prefix makes no wider region
        ("en", "They extended the French Quarter street grid.", {}),  # a quarter's name, NER or not
        ("fr", "L'Ukrainien a gagné. Des milliers d'Ukrainiens ont fui.", {"Ukrainien": "UA", "Ukrainiens": "UA"}),
        ("fr", "Le Parlement ukrainien a voté.", {"ukrainien": "UA"}),  # no verb of speaking
        ("uk", "Російські мовчать. Мітинг на Грецькій площі в Одесі.", {"Російські": "RU"}),
        ("ru", "Судно затонуло в Индийском океане.", {}),
        ("ru", "Ближневосточные и балканские страны.", {"Ближневосточные": "", "балканские": ""}),  # world regions
    ],
)
def test_demonym_forms(read: Demonyms, lang: str, text: str, expected: dict[str, str]) -> None:
    assert {word: country for word, (country, _) in read(text, lang).items()} == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("uk", "Росіяни обстріляли Харків, українці відповіли.", {"Росіяни": "RU", "українці": "UA"}),
        (
            "ru",
            "Россияне и украинцы встретились. Американцы помогли.",
            {"Россияне": "RU", "украинцы": "UA", "Американцы": "US"},
        ),
    ],
)
def test_nationality_nouns_are_demonyms(read: Demonyms, lang: str, text: str, expected: dict[str, str]) -> None:
    assert {word: country for word, (country, _) in read(text, lang).items()} == expected
