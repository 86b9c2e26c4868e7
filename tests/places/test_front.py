"""The front bonus follows the front lines over time: a dated document favours namesakes on that day's line."""

import datetime as dt
from collections.abc import Callable

from sitroom import dates
from sitroom.model import AnalyzedDocument
from sitroom.pipeline import document_date
from sitroom.places import geoparse
from sitroom.places.front import ALL_PERIODS, front_bonus, front_period
from sitroom.places.relative import haversine_km
from sitroom.places.resources import read_tsv

Analyse = Callable[[str, str], AnalyzedDocument]
BAKHMUT = (48.60, 38.00)
KYIV = (50.45, 30.52)
NIKOPOL = (47.57, 34.40)  # on the Dnipro, a front since 2022
STANYTSIA_LUHANSKA = (48.65, 39.49)  # on the 2014-2022 contact line, far behind it since
IN_2018, IN_2022, IN_2023 = dt.date(2018, 10, 9), dt.date(2022, 3, 10), dt.date(2023, 10, 9)
LYMAN = (48.99, 37.81)  # retaken on 1 October 2022; the line then ran 10-25 km east of it, by Kreminna
KREMINNA_WEST = (49.05, 38.15)
POKROVSK = (48.28, 37.18)  # 30-40 km behind the line until Avdiivka fell; at its outskirts from November 2024
OCHERETYNE = (48.24, 37.62)  # on the line Russia drew west of Avdiivka (February-July 2024)
IN_MARCH_2024, IN_DECEMBER_2024 = dt.date(2024, 3, 14), dt.date(2024, 12, 12)


def test_every_row_has_a_period_and_a_line() -> None:
    for row in read_tsv("places_front.tsv"):
        first = dt.date.fromisoformat(row["from"]) if row["from"] else dt.date.min
        last = dt.date.fromisoformat(row["until"]) if row["until"] else dt.date.max
        assert first <= last and row["line"], row


def test_the_front_bonus_favours_towns_near_the_contact_line() -> None:
    assert front_bonus(*BAKHMUT) > 1.0
    assert front_bonus(*BAKHMUT, front_period(IN_2023)) > 2.0


def test_a_line_counts_only_while_it_holds() -> None:
    assert front_bonus(*NIKOPOL, front_period(IN_2018)) == 0.0
    assert front_bonus(*NIKOPOL, front_period(IN_2023)) > 2.0
    assert front_bonus(*STANYTSIA_LUHANSKA, front_period(IN_2018)) > 2.0
    assert front_bonus(*STANYTSIA_LUHANSKA, front_period(IN_2023)) == 0.0
    assert front_bonus(*KYIV, front_period(IN_2022)) > 0.0  # the northern front of February-April 2022
    assert front_bonus(*KYIV, front_period(IN_2018)) == front_bonus(*KYIV, front_period(IN_2023)) == 0.0


def test_towns_behind_the_line_get_less_than_towns_on_it() -> None:
    assert front_bonus(*LYMAN, front_period(IN_2023)) < 1.5
    assert front_bonus(*KREMINNA_WEST, front_period(IN_2023)) > 2.5
    assert front_bonus(*POKROVSK, front_period(IN_MARCH_2024)) < 1.0
    assert front_bonus(*OCHERETYNE, front_period(IN_MARCH_2024)) > 2.5
    assert front_bonus(*POKROVSK, front_period(IN_DECEMBER_2024)) > 2.5


def test_without_a_date_the_bonus_is_its_mean_over_time() -> None:
    assert front_period(None) == ALL_PERIODS
    assert front_period(IN_2023) == front_period(IN_2023 + dt.timedelta(days=1))
    assert 0.0 < front_bonus(*NIKOPOL) < front_bonus(*NIKOPOL, front_period(IN_2023))
    assert 0.0 < front_bonus(*KYIV) < 0.1  # a line of six weeks weighs little


def test_a_dated_note_picks_the_namesake_on_that_days_front(analyse: Analyse) -> None:
    chosen = {}
    for day in (IN_2018, IN_2023):
        text = f"On {day.day} October {day.year}, forces shelled Kalynivka, Donetsk. Casualties unknown."
        adoc = analyse(text, "en")
        when = document_date(dates.resolve(adoc))
        assert when == day
        (place,) = [m.place for m in geoparse(adoc, when) if m.text == "Kalynivka"]
        assert place is not None and place.admin1 == "Donetsk"
        chosen[day] = (place.latitude, place.longitude)
        assert front_bonus(*chosen[day], front_period(day)) > 2.0
    assert chosen[IN_2018] != chosen[IN_2023]


def test_an_undated_note_counts_every_period(analyse: Analyse) -> None:
    adoc = analyse("Forces shelled Kalynivka, Donetsk. Casualties unknown.", "en")
    assert document_date(dates.resolve(adoc)) is None
    assert [m.place for m in geoparse(adoc)] == [m.place for m in geoparse(adoc, None)]


def test_after_avdiivka_a_note_picks_the_namesake_on_that_seasons_line(analyse: Analyse) -> None:
    """Troitske is a village of Ocheretyne's hromada and one of Pokrovsk's: on the line in March 2024 the
    first, the second once the line reached Pokrovsk."""
    chosen = {}
    for day, month in ((IN_MARCH_2024, "March"), (IN_DECEMBER_2024, "December")):
        adoc = analyse(f"On {day.day} {month} {day.year}, forces shelled Troitske, Donetsk. Casualties unknown.", "en")
        when = document_date(dates.resolve(adoc))
        assert when == day
        (place,) = [m.place for m in geoparse(adoc, when) if m.text == "Troitske"]
        assert place is not None and place.admin1 == "Donetsk"
        chosen[day] = (place.latitude, place.longitude)
    assert haversine_km(*chosen[IN_MARCH_2024], *OCHERETYNE) < 10.0
    assert haversine_km(*chosen[IN_DECEMBER_2024], *POKROVSK) < 10.0
