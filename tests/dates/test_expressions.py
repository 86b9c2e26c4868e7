"""Time expressions resolved against the publication date, in the four languages."""

import datetime as dt

import pytest

from sitroom.model import Timeline


def only(timeline: Timeline, text: str) -> tuple[str, int]:
    (found,) = [e for e in timeline.expressions if text in e.text]
    assert found.value is not None
    return found.value.value.isoformat(), found.value.precision


@pytest.mark.parametrize(
    ("lang", "text", "expression", "expected"),
    [
        ("fr", "Le ministère a déclaré mercredi que les troupes avaient reculé.", "mercredi", ("2023-02-15", 1)),
        ("fr", "Un drone a frappé Odessa lundi.", "lundi", ("2023-02-13", 1)),
        ("fr", "Les ministres se réuniront vendredi à Bruxelles.", "vendredi", ("2023-02-17", 1)),
        ("fr", "Il arrivera lundi prochain.", "lundi", ("2023-02-20", 1)),
        ("fr", "Des tirs ont eu lieu dans la nuit de samedi à dimanche.", "nuit", ("2023-02-12", 1)),
        ("fr", "Les combats ont commencé le 23 mai.", "23 mai", ("2022-05-23", 1)),
        ("fr", "Deux civils ont été tués hier.", "hier", ("2023-02-14", 1)),
        ("en", "The offensive began in early September.", "early September", ("2022-09-05", 2)),
        ("en", "Fighting peaked in late January.", "late January", ("2023-01-26", 2)),
        ("en", "Russia attacked Kyiv last night.", "last night", ("2023-02-14", 1)),
        ("en", "The talks will resume on Monday.", "Monday", ("2023-02-20", 1)),
        ("en", "The town has been under fire for months.", "for months", ("2023-01-01", 3)),
        ("uk", "Вчора ворог атакував Херсон.", "Вчора", ("2023-02-14", 1)),
        ("uk", "У ніч з п'ятниці на суботу росіяни запустили ракети.", "ніч", ("2023-02-11", 1)),
        ("ru", "В пятницу войска отошли.", "пятницу", ("2023-02-10", 1)),
        ("ru", "Город был занят в июне.", "июне", ("2022-06-15", 3)),
    ],
)
def test_relative_expressions_resolve_against_the_publication_date(timeline, lang, text, expression, expected):
    assert only(timeline(text, lang, "2023-02-15"), expression) == expected


def test_since_is_a_range_up_to_publication_with_its_midpoint(timeline):
    found = timeline("Depuis le 24 février, des milliers de civils ont fui.", "fr", "2022-09-10")
    assert only(found, "24 février") == ("2022-06-03", 3)


def test_day_counter_uses_the_conflict_start_resource(timeline):
    assert only(timeline("Day 454 of the war: fighting continues.", "en"), "Day 454") == ("2023-05-23", 1)


def test_clock_time_takes_the_date_of_its_sentence(timeline):
    found = timeline("Dimanche, à 23h15 (20h15 GMT), une explosion a secoué Zaporijia.", "fr", "2023-02-15")
    assert only(found, "23h15") == ("2023-02-12", 1)


def test_acled_qualifiers_set_precision(timeline):
    found = timeline("Around 15 March 2023 (week of), Russian forces clashed near Donetsk.", "en")
    assert only(found, "15 March") == ("2023-03-15", 2)


def test_relative_expression_without_anchor_has_no_date(timeline):
    found = timeline("Russian forces shelled the town on Tuesday.", "en")
    assert found.doc_date is None and all(e.value is None for e in found.expressions)
    assert found.date_for(10) is None and found.date_for(10) != dt.date.today()


@pytest.mark.parametrize(
    ("lang", "text", "expression", "expected"),
    [
        ("fr", "Le conflit a commencé en février de l'année dernière.", "février", ("2022-02-15", 3)),
        ("en", "The town fell in early September last year.", "September", ("2022-09-05", 2)),
        ("uk", "Місто окупували у березні минулого року.", "березні", ("2022-03-15", 3)),
        ("ru", "Город заняли в марте прошлого года.", "марте", ("2022-03-15", 3)),
    ],
)
def test_month_with_relative_year(timeline, lang, text, expression, expected):
    assert only(timeline(text, lang, "2023-02-15"), expression) == expected
