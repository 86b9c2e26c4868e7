"""Relative locations: "20 km south-west of X", "à 20 km au sud-ouest de X", "near X", "north of X".

The phrase right before a resolved anchor gives a bearing and a distance; the point is computed on
the sphere from the anchor, and the location gets geo_precision 2 with the anchor kept.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import cache

import regex

from sitroom.places.patterns import ending_pattern
from sitroom.places.resources import lexicon

EARTH_KM = 6371.0088
DEFAULT_KM = 10.0
WINDOW = 80


@dataclass(frozen=True, slots=True)
class Offset:
    """Distance (km) and bearing (degrees from north) from the anchor; (0, 0) for "near"."""

    km: float
    bearing: float


def _alternation(words: dict[str, float]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


_KINDS = ("distance_bearing", "bearing_only", "near")  # the bearing kinds first
_NAMED_GROUP = re.compile(r"\(\?P<\w+>")


def _filled(lang: str, kind: str) -> str:
    """The lexicon's regex of a kind of phrase, its units and bearings filled in."""
    rules = lexicon(lang)["relative"]
    return (
        rules[kind]
        .replace("{units}", _alternation(rules["units"]))
        .replace("{bearings}", _alternation(rules["bearings"]))
    )


@cache
def _patterns(lang: str) -> tuple[dict[str, float], dict[str, float], list[tuple[str, regex.Pattern[str]]]]:
    rules = lexicon(lang)["relative"]
    compiled = [(kind, ending_pattern(_filled(lang, kind), regex.IGNORECASE)) for kind in _KINDS]
    return rules["units"], rules["bearings"], compiled


@cache
def bearing_phrases(lang: str) -> regex.Pattern[str]:
    """The language's phrases of a bearing, with a distance or not, ending right before a name ("на північ від",
    "à 20 km au sud-ouest de", "south of"): what frames a name as a place."""
    kinds = [_NAMED_GROUP.sub("(?:", _filled(lang, kind)).removesuffix("$") for kind in _KINDS[:2]]
    return ending_pattern(f"(?:{'|'.join(kinds)})$", regex.IGNORECASE)


def offset_before(text: str, start: int, lang: str) -> Offset | None:
    """The relative phrase that ends right before ``start``, if any."""
    window = text[max(0, start - WINDOW) : start]
    units, bearings, patterns = _patterns(lang)
    for kind, pattern in patterns:
        match = pattern.search(window)
        if match is None:
            continue
        if kind == "near":
            return Offset(0.0, 0.0)
        bearing = bearings[match.group("bearing").lower()]
        if kind == "bearing_only":
            return Offset(DEFAULT_KM, bearing)
        km = float(match.group("dist").replace(",", ".")) * units[match.group("unit").lower()]
        return Offset(km, bearing)
    return None


def destination(lat: float, lon: float, offset: Offset) -> tuple[float, float]:
    """The point ``offset.km`` away from (lat, lon) on bearing ``offset.bearing`` (great circle)."""
    delta = offset.km / EARTH_KM
    theta = math.radians(offset.bearing)
    phi1, lambda1 = math.radians(lat), math.radians(lon)
    phi2 = math.asin(math.sin(phi1) * math.cos(delta) + math.cos(phi1) * math.sin(delta) * math.cos(theta))
    lambda2 = lambda1 + math.atan2(
        math.sin(theta) * math.sin(delta) * math.cos(phi1), math.cos(delta) - math.sin(phi1) * math.sin(phi2)
    )
    return round(math.degrees(phi2), 5), round((math.degrees(lambda2) + 540) % 360 - 180, 5)


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    phi1, phi2 = math.radians(lat1), math.radians(lat2)
    dphi, dlambda = phi2 - phi1, math.radians(lon2 - lon1)
    a = math.sin(dphi / 2) ** 2 + math.cos(phi1) * math.cos(phi2) * math.sin(dlambda / 2) ** 2
    return 2 * EARTH_KM * math.asin(min(1.0, math.sqrt(a)))
