"""Demonyms: nationality words ("Russian", "ukrainienne", "російських") read as references to their country.

A demonym is no place: the places stage never makes one an event's location ("Russian shelling of
Kharkiv" happened in Kharkiv). It names a country all the same, as geoparsing corpora count it (GeoWebNews
and LGL mark "Russian" as a toponym at Russia's point), so ``sitroom geoparse`` lists demonyms apart from
places, each at its country's point. The words are the language's country adjectives
(``places_country_adjectives.json``, which the country frames read too) in the language's demonym form
(``demonym`` in ``places_lexicon.json``: English adds a plural -s and writes them capitalised, French a
feminine and a plural ending, Ukrainian and Russian any case ending of a stem).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache, lru_cache

import regex

from sitroom.model import AnalyzedDocument, Location, Place, PlaceMention
from sitroom.places.gazetteer import gazetteer
from sitroom.places.patterns import ending_pattern
from sitroom.places.resources import load_json

__all__ = ["demonyms"]

OPENING = 3  # letters of a word compared with the adjectives' before the demonym form is tried there
_WORD = re.compile(r"\w+")
LANGUAGE_WINDOW = 40  # characters searched before and after a demonym for a language's frame
_ELSEWHERE_LABELS = frozenset({"FAC", "PERSON", "PER", "NORP", "LOC", "GPE"})


@dataclass(frozen=True, slots=True)
class _Demonyms:
    """A language's demonym form over its adjectives: the pattern (tried only where a word starts as some
    adjective does: one alternation of 250 adjectives searched over a whole article costs more than the rest of
    the stage), what each adjective names (an ISO code or a continent's name), and whether it is capitalised."""

    pattern: regex.Pattern[str]
    targets: dict[str, str]
    capitalised: bool
    openings: frozenset[str]  # every adjective's first OPENING letters, lower case


@cache
def _demonym_form(lang: str) -> _Demonyms | None:
    """The language's country adjectives and continent adjectives (``demonym_continents``: "European") in its
    ``demonym`` form, longest first; None for a language that lists no demonym form."""
    lexicon = load_json(lang, "places_lexicon.json")
    adjectives: dict[str, str] = load_json(lang, "places_country_adjectives.json").get("adjectives", {})
    if not lexicon.get("demonym") or not adjectives:
        return None
    targets = {**adjectives, **lexicon.get("demonym_continents", {})}
    alternation = "|".join(regex.escape(a) for a in sorted(targets, key=len, reverse=True))
    return _Demonyms(
        regex.compile(lexicon["demonym"].replace("{adjectives}", alternation), regex.IGNORECASE),
        targets,
        bool(lexicon.get("demonym_capitalised")),
        frozenset(a[:OPENING] for a in targets),
    )


def _matches(text: str, form: _Demonyms) -> Iterator[regex.Match[str]]:
    """The demonym form's matches, tried at the words that open as an adjective does."""
    end = 0
    for word in _WORD.finditer(text):
        start = word.start()
        if start < end or (form.capitalised and not text[start].isupper()):
            continue
        if text[start : start + OPENING].lower() not in form.openings:
            continue
        match = form.pattern.match(text, start)
        if match is not None:
            end = match.end()
            yield match


@lru_cache(maxsize=512)
def _named_place(target: str) -> Place | None:
    """The country of an ISO code ("RU"), or the continent of a name ("Europe")."""
    if len(target) == 2 and target.isupper():
        return gazetteer().country(target)
    continents = [e.place for e in gazetteer().exact([target]) if e.place.feature == "other" and not e.place.country]
    return max(continents, key=lambda place: place.population) if continents else None


def _named(adoc: AnalyzedDocument, start: int, end: int) -> bool:
    """The word is a language ("spoke only French"), or part of a longer name NER found that lies elsewhere than
    the country's point: a building's or a quarter's ("the Russian Embassy" in Washington, "the French Quarter"),
    a person's ("Percy French"), a wider region's ("Central American", "Native American"). Other names keep their
    demonym ("the Nigerian Army", "The Canadian Press": Nigeria's, Canada's)."""
    sited = _sited_heads(adoc.lang)
    for entity in adoc.entities:
        if not (entity.start <= start and end <= entity.end):
            continue
        longer = entity.end - entity.start > end - start
        if entity.label == "LANGUAGE" or (longer and entity.label in _ELSEWHERE_LABELS):
            return True
        if longer and adoc.text[end : entity.end].split()[-1:] and adoc.text[end : entity.end].split()[-1] in sited:
            return True
    return False


@cache
def _language_patterns(lang: str) -> tuple[regex.Pattern[str] | None, regex.Pattern[str] | None]:
    """What makes a demonym a language (``demonym_language``): the words before it ("spoke only"), after it
    ("мовою")."""
    found = load_json(lang, "places_lexicon.json").get("demonym_language", {})
    before, after = found.get("before"), found.get("after")
    return (
        ending_pattern(before, regex.IGNORECASE) if before else None,
        regex.compile(after, regex.IGNORECASE) if after else None,
    )


def _language(text: str, start: int, end: int, lang: str) -> bool:
    """The demonym names a language ("spoke only French", "the Russian language", "українською мовою")."""
    before, after = _language_patterns(lang)
    return bool(
        (before is not None and before.search(text[max(0, start - LANGUAGE_WINDOW) : start]))
        or (after is not None and after.match(text[end : end + LANGUAGE_WINDOW]))
    )


@cache
def _sited_heads(lang: str) -> frozenset[str]:
    """Head words of a name that stands somewhere (``demonym_sited_heads``: Embassy, Quarter, School)."""
    return frozenset(load_json(lang, "places_lexicon.json").get("demonym_sited_heads", ()))


def demonyms(adoc: AnalyzedDocument, places: list[PlaceMention]) -> list[PlaceMention]:
    """Every demonym of the text outside the ``places`` found in it ("English Channel" is a place, not a
    demonym), in text order, resolved to its country at precision 3."""
    form = _demonym_form(adoc.lang)
    if form is None:
        return []
    spans = [(p.start, p.end) for p in places]
    mentions = []
    for match in _matches(adoc.text, form):
        start, end = match.span()
        if form.capitalised and not all(word[:1].isupper() for word in match.group().split()):
            continue  # "polish", "french windows": an English demonym is written with capitals
        if any(s < end and start < e for s, e in spans) or _named(adoc, start, end):
            continue
        if _language(adoc.text, start, end, adoc.lang):
            continue
        place = _named_place(form.targets[match.group("adjective").lower()])
        if place is None:
            continue
        location = Location(
            name=place.name,
            mention=match.group(),
            admin1=None,
            country=place.country,
            latitude=round(place.latitude, 5),
            longitude=round(place.longitude, 5),
            geonameid=place.geonameid,
            geo_precision=3,
        )
        mentions.append(PlaceMention(start, end, match.group(), place, location))
    return mentions
