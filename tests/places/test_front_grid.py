"""The front bonus's grid of cells and each stretch's box only spare work: no point near a line is dropped."""

import datetime as dt
import math

from sitroom.places.front import _KM_PER_DEGREE, ALL_PERIODS, FRONT_KM, _stretches, front_bonus, front_period

INSIDE = 0.97  # of FRONT_KM: the bonus measures on the plane tangent at the point, a little off the stretch's


def test_every_point_just_within_front_km_of_a_stretch_gets_a_bonus_while_it_holds() -> None:
    reach = INSIDE * FRONT_KM / _KM_PER_DEGREE
    for lat, lon, _, _, first, _ in _stretches():
        for period in (ALL_PERIODS, front_period(first) if first > dt.date.min else ALL_PERIODS):
            for bearing in range(0, 360, 30):
                north, east = math.cos(math.radians(bearing)), math.sin(math.radians(bearing))
                point = lat + reach * north, lon + reach * east / math.cos(math.radians(lat))
                assert front_bonus(*point, period) > 0.0, (lat, lon, bearing, period)


def test_a_point_beyond_front_km_of_every_stretch_gets_none() -> None:
    beyond = 1.05 * FRONT_KM / _KM_PER_DEGREE
    lat, lon = max((s[0], s[1]) for s in _stretches())  # the northernmost end of a line: nothing lies north of it
    assert front_bonus(lat + beyond, lon) == 0.0
