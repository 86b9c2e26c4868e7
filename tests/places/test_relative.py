from collections.abc import Callable
from typing import Any

import pytest

from sitroom.places.relative import Offset, destination, haversine_km, offset_before

Found = Callable[[str, str], dict[str, Any]]


def test_destination_moves_the_given_distance_and_bearing() -> None:
    lat, lon = destination(48.91, 38.42, Offset(20.0, 225.0))
    assert haversine_km(48.91, 38.42, lat, lon) == pytest.approx(20.0, abs=0.05)
    assert lat < 48.91 and lon < 38.42


@pytest.mark.parametrize(
    ("prefix", "lang", "km", "bearing"),
    [
        ("about 20 kilometers south-west of ", "en", 20.0, 225.0),
        ("some 12 miles north of ", "en", 12 * 1.609, 0.0),
        ("à 20 km au sud-ouest de ", "fr", 20.0, 225.0),
        ("за 15 км на південний схід від ", "uk", 15.0, 135.0),
        ("в 10 км к северу от ", "ru", 10.0, 0.0),
        ("north of ", "en", 10.0, 0.0),
        ("near ", "en", 0.0, 0.0),
        ("on the outskirts of ", "en", 0.0, 0.0),
        ("in proximity to ", "en", 0.0, 0.0),
        ("in the direction of ", "en", 0.0, 0.0),
        ("près de ", "fr", 0.0, 0.0),
        ("les troupes ont atteint les abords de ", "fr", 0.0, 0.0),
        ("des explosions aux environs de ", "fr", 0.0, 0.0),
        ("des combats à la périphérie de ", "fr", 0.0, 0.0),
        ("dans les faubourgs de ", "fr", 0.0, 0.0),
    ],
)
def test_relative_phrases(prefix: str, lang: str, km: float, bearing: float) -> None:
    offset = offset_before(prefix + "X", len(prefix), lang)
    assert offset is not None
    assert offset.km == pytest.approx(km) and offset.bearing == bearing


def test_no_phrase_no_offset() -> None:
    assert offset_before("fighting in X", len("fighting in "), "en") is None


def test_relative_location_in_a_document(found: Found) -> None:
    result = found("Fighting raged about 20 kilometers south-west of Lysychansk on Monday.", "en")
    location = result["Lysychansk"].location
    assert location.geo_precision == 2 and location.anchor == "Lysychansk"
    assert haversine_km(48.91211, 38.42088, location.latitude, location.longitude) == pytest.approx(20.0, abs=0.1)


def test_french_relative_location(found: Found) -> None:
    result = found("Des combats ont eu lieu à 20 km au sud-ouest de Lyssytchansk.", "fr")
    assert result["Lyssytchansk"].location.geo_precision == 2
