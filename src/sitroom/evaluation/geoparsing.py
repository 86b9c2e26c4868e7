"""Toponym resolution on GeoWebNews and LGL: recall, precision and accuracy within 161 km.

A system toponym counts as recognised when its span overlaps a gold toponym; accuracy@161 is over
the recognised gold toponyms that have coordinates, recall over all of those, precision over every
toponym the system returns (against every gold span, with or without coordinates).

Both corpora tag demonyms ("Russian", "Palestinians") as toponyms at their country's point. The product
emits them apart from places (``places.demonyms``: no event lies at one), and the headline counts both,
as the corpora do; recall and accuracy of the places alone are also given over the gold toponyms that are
not demonyms (``*_without_demonyms``). A gold span counts as a demonym when spaCy tags it NORP or its text
(singular) is a country demonym in countryinfo: evidence independent of the gold labels.
"""

from __future__ import annotations

import sys
import time
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

import pycountry
from countryinfo import CountryInfo
from countryinfo.exceptions import CountryNotFoundError
from tqdm import tqdm

from sitroom import dates, nlp
from sitroom.evaluation.data import require
from sitroom.ingest import make_document
from sitroom.model import AnalyzedDocument, Location, PlaceMention
from sitroom.pipeline import document_date
from sitroom.places import demonyms, geoparse
from sitroom.places.relative import haversine_km

ACC_KM = 161.0


@dataclass(frozen=True, slots=True)
class Gold:
    start: int
    end: int
    lat: float | None
    lon: float | None
    demonym: bool = False


@dataclass(slots=True)
class Timer:
    """Seconds spent in spaCy and in the places stage over one evaluation run."""

    spacy: float = 0.0
    places: float = 0.0

    def ratio(self) -> float:
        return round(self.places / self.spacy, 3) if self.spacy else 0.0


def geoparse_texts(
    texts: Iterable[str], lang: str, timer: Timer, total: int | None = None, with_demonyms: bool = False
) -> Iterator[tuple[AnalyzedDocument, list[PlaceMention], list[PlaceMention]]]:
    """Analyse and geoparse texts one by one, timing spaCy and the places stage separately: each document with
    its places and, ``with_demonyms``, its demonyms (which the corpora count as toponyms; none is an event's place)."""
    documents = ((make_document(text, lang=lang), lang) for text in texts)
    analysed = nlp.analyze(documents)
    progress = tqdm(total=total, file=sys.stderr, desc="geoparse", leave=False)
    while True:
        started = time.perf_counter()
        adoc = next(analysed, None)
        timer.spacy += time.perf_counter() - started
        if adoc is None:
            break
        when = document_date(dates.resolve(adoc))  # the dates stage's time is not the places stage's
        started = time.perf_counter()
        mentions = geoparse(adoc, when)
        nationalities = demonyms(adoc, mentions) if with_demonyms else []
        timer.places += time.perf_counter() - started
        progress.update()
        yield adoc, mentions, nationalities
    progress.close()


@cache
def country_demonyms() -> frozenset[str]:
    """Every country demonym countryinfo knows ("American", "Bosnian", "Herzegovinian")."""
    names: set[str] = set()
    for country in pycountry.countries:
        try:
            names.update(n.strip() for n in (CountryInfo(country.alpha_2).demonym() or "").split(","))
        except (CountryNotFoundError, KeyError, ValueError):
            continue
    return frozenset(n for n in names if n)


def is_demonym(adoc: AnalyzedDocument, start: int, end: int) -> bool:
    """The span is a nationality word: tagged NORP by spaCy, or a country demonym (plural too)."""
    text = adoc.text[start:end]
    if text in country_demonyms() or (text.endswith("s") and text[:-1] in country_demonyms()):
        return True
    return any(e.label == "NORP" and e.start <= start and end <= e.end for e in adoc.entities)


def _float(node: ET.Element | None) -> float | None:
    return float(node.text) if node is not None and node.text else None


def read_articles(path: Path, limit: int | None) -> list[tuple[str, list[Gold]]]:
    """(text, gold toponyms) per article, for both the GWN and the LGL XML layouts."""
    articles = []
    for article in ET.parse(path).getroot().iter("article"):
        gold = []
        for toponym in article.find("toponyms") or []:
            tag = toponym.find("gaztag")
            holder = tag if tag is not None else toponym
            lat = _float(holder.find("lat")) if tag is not None else _float(holder.find("latitude"))
            lon = _float(holder.find("lon")) if tag is not None else _float(holder.find("longitude"))
            gold.append(Gold(int(toponym.findtext("start") or 0), int(toponym.findtext("end") or 0), lat, lon))
        articles.append((article.findtext("text") or "", gold))
        if limit is not None and len(articles) >= limit:
            break
    return articles


@dataclass(slots=True)
class Tally:
    """Counts over a corpus. The headline counts places and demonyms, as the corpora count toponyms; the
    ``*_without_demonyms`` figures count places alone against the gold that is no demonym."""

    gold_with_coords: int = 0
    recognised: int = 0
    correct: int = 0
    plain_gold: int = 0
    plain_recognised: int = 0
    plain_correct: int = 0
    system: int = 0
    system_on_gold: int = 0
    errors_km: list[float] = field(default_factory=list)

    def add(self, gold: list[Gold], places: list[PlaceMention], nationalities: Sequence[PlaceMention] = ()) -> None:
        mentions = [*places, *nationalities]
        self.system += len(mentions)
        self.system_on_gold += sum(any(g.start < m.end and m.start < g.end for g in gold) for m in mentions)
        for item in gold:
            if item.lat is None or item.lon is None:
                continue
            self.gold_with_coords += 1
            self.plain_gold += not item.demonym
            place = _first_hit(item, places)
            hit = place or _first_hit(item, nationalities)  # the first of places, then demonyms
            if hit is None:
                continue
            error = _error_km(item, hit)
            self.recognised += 1
            self.correct += error <= ACC_KM
            self.errors_km.append(error)
            if not item.demonym and place is not None:
                self.plain_recognised += 1
                self.plain_correct += error <= ACC_KM

    def metrics(self) -> dict[str, Any]:
        return {
            **self._headline(),
            "demonym_gold": self.gold_with_coords - self.plain_gold,
            "recall_without_demonyms": _ratio(self.plain_recognised, self.plain_gold),
            "acc161_without_demonyms": _ratio(self.plain_correct, self.plain_recognised),
        }

    def _headline(self) -> dict[str, Any]:
        return {
            "gold_toponyms_with_coords": self.gold_with_coords,
            "recognised": self.recognised,
            "acc161_of_recognised": _ratio(self.correct, self.recognised),
            "recall": _ratio(self.recognised, self.gold_with_coords),
            "recall_within_161km": _ratio(self.correct, self.gold_with_coords),
            "precision": _ratio(self.system_on_gold, self.system),
            "mean_error_km": round(sum(self.errors_km) / len(self.errors_km), 1) if self.errors_km else 0.0,
        }


def _first_hit(item: Gold, mentions: Sequence[PlaceMention]) -> Location | None:
    """The location of the first mention overlapping the gold span, if any."""
    return next((m.location for m in mentions if item.start < m.end and m.start < item.end and m.location), None)


def _error_km(item: Gold, location: Location) -> float:
    assert item.lat is not None and item.lon is not None
    return haversine_km(item.lat, item.lon, location.latitude, location.longitude)


def _ratio(part: int, whole: int) -> float:
    return round(part / whole, 4) if whole else 0.0


def _evaluate(path: Path, limit: int | None) -> dict[str, Any]:
    articles = read_articles(path, limit)
    tally, timer = Tally(), Timer()
    results = geoparse_texts((text for text, _ in articles), "en", timer, len(articles), with_demonyms=True)
    for (_, gold), (adoc, places, nationalities) in zip(articles, results, strict=True):
        marked = [Gold(g.start, g.end, g.lat, g.lon, is_demonym(adoc, g.start, g.end)) for g in gold]
        tally.add(marked, places, nationalities)
    return {
        "articles": len(articles),
        **tally.metrics(),
        "places_seconds": round(timer.places, 2),
        "spacy_seconds": round(timer.spacy, 2),
        "places_over_spacy": timer.ratio(),
    }


def evaluate_gwn(data_dir: Path, limit: int | None) -> dict[str, Any]:
    """GeoWebNews (dev copy): see the module docstring for the measures."""
    return _evaluate(require(data_dir, "geoparsing/GWN.xml"), limit)


def evaluate_lgl(data_dir: Path, limit: int | None) -> dict[str, Any]:
    """LGL local news (dev copy): see the module docstring for the measures."""
    return _evaluate(require(data_dir, "geoparsing/lgl.xml"), limit)
