"""Centres of first-level regions from the ISO 3166-2 data of the ``iso3166-2`` package.

A region's point is the mean of its towns (``gazetteer._centre``), which news mentions fit best where towns
spread over the region. Where they crowd one edge (southern Ontario, Perth, the Trans-Siberian towns of
Krasnoyarsk), the mean lies hundreds of kilometres from the region's middle and from every reading of the
region as a whole; there the ISO 3166-2 centre stands for it. GeoNames admin1 units are matched to ISO
subdivisions by name (main, local and other names, with and without the generic word: "Donetska oblast",
"Donetsk"); a unit matched to no subdivision, to several, or to one another unit also matched keeps its mean.
"""

from __future__ import annotations

import importlib.resources
import json
import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from typing import cast

from sitroom.places.keys import name_key

# The ISO centre replaces the towns' mean only when the two lie farther apart than this.
EDGE_KM = 300.0
_GENERIC = re.compile(
    r"\b(oblast|region|province|state|prefecture|county|governorate|district|department|autonomous|republic|of|the"
    r"|krai|kray|okrug|city|municipality|territory|voivodeship|canton|parish|emirate|division|capital|special"
    r"|administrative)\b"
)
_LANGUAGE_TAG = re.compile(r"\s*\([a-z]{3}\)$")

Code = tuple[str, str]  # (country, GeoNames admin1 code)


def centres(regions: dict[Code, list[str]]) -> dict[Code, tuple[float, float]]:
    """The ISO 3166-2 centre (latitude, longitude) of each region (its names, main name first) that
    matches exactly one subdivision of its country no other region matches."""
    data = json.loads((importlib.resources.files("iso3166_2") / "iso3166-2.json").read_text(encoding="utf-8"))
    matched: dict[Code, tuple[str, tuple[float, float]]] = {}
    by_country: defaultdict[str, list[Code]] = defaultdict(list)
    for code in regions:
        by_country[code[0]].append(code)
    for country, codes in by_country.items():
        subdivisions: dict[str, dict[str, object]] = data.get(country, {})
        tables = _name_tables(subdivisions)
        for code in codes:
            iso = _match(regions[code], tables, subdivisions)
            if iso is not None:
                lat, lon = cast(list[float], subdivisions[iso]["latLng"])
                matched[code] = (iso, (float(lat), float(lon)))
    shared = Counter((code[0], iso) for code, (iso, _) in matched.items())
    return {code: point for code, (iso, point) in matched.items() if shared[(code[0], iso)] == 1}


def _short(name: str) -> str:
    """The name without its generic words ("Kyivska oblast" → "kyivska")."""
    return " ".join(_GENERIC.sub(" ", name.lower()).split())


def _name_tables(subdivisions: dict[str, dict[str, object]]) -> tuple[dict[str, set[str]], dict[str, set[str]]]:
    """Subdivision codes by the key of each of their names, whole and short."""
    whole: defaultdict[str, set[str]] = defaultdict(set)
    short: defaultdict[str, set[str]] = defaultdict(set)
    for iso, subdivision in subdivisions.items():
        others = str(subdivision.get("localOtherName") or "").split(",")
        for name in [str(subdivision["name"]), *(_LANGUAGE_TAG.sub("", n.strip()) for n in others)]:
            for table, key in ((whole, name_key(name)), (short, name_key(_short(name)))):
                if key:
                    table[key].add(iso)
    return whole, short


def _match(
    names: Sequence[str],
    tables: tuple[dict[str, set[str]], dict[str, set[str]]],
    subdivisions: dict[str, dict[str, object]],
) -> str | None:
    """The one subdivision the names match, whole names first; a top-level one among several."""
    for table, shorten in zip(tables, (False, True), strict=True):
        hits: set[str] = set()
        for name in names:
            key = name_key(_short(name) if shorten else name)
            hits |= table.get(key, set()) if key else set()
        top = {iso for iso in hits if not subdivisions[iso].get("parentCode")}
        if len(hits) == 1 or len(top) == 1:
            return next(iter(hits if len(hits) == 1 else top))
        if hits:
            return None  # ambiguous whole names: the short ones would be more so
    return None
