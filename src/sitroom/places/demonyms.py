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

__all__ = ["demonyms", "is_demonym"]

OPENING = 3  # letters of a word compared with the adjectives' before the demonym form is tried there
_WORD = re.compile(r"\w+")
WINDOW_CHARS = 40  # characters read before and after a demonym for what makes it none (a language, a thing)
_ELSEWHERE_LABELS = frozenset({"FAC", "PERSON", "PER", "LOC", "GPE"})
_WORD_BEFORE = re.compile(r"(\w+)[ \t-]$")


@dataclass(frozen=True, slots=True)
class _Demonyms:
    """A language's demonym form over its adjectives: a pattern per opening (an adjective's first OPENING
    letters, lower case), tried only where a word opens so (one alternation of 250 adjectives searched over a
    whole article cost more than the rest of the stage), what each adjective names (an ISO code or a region's
    name), whether it is capitalised, and what makes one no demonym: a language's frame before or after it, a
    thing's noun after it."""

    patterns: dict[str, str]  # compiled on first use (``_opening_pattern``): a text meets few openings
    by_opening: dict[str, tuple[str, ...]]  # the adjectives of each opening
    targets: dict[str, str]
    capitalised: bool
    language_before: regex.Pattern[str] | None
    language_after: regex.Pattern[str] | None
    thing_after: regex.Pattern[str] | None
    sited_heads: frozenset[str]
    region_words: frozenset[str]  # lower case

    def miscased(self, text: str) -> bool:
        """Written in lower case where the language capitalises its demonyms ("polish", "South african")."""
        return self.capitalised and not all(word[:1].isupper() for word in text.split())

    def target(self, match: regex.Match[str]) -> str | None:
        """What the matched adjective names (None for a letter no adjective lowers to: "AMERİCAN")."""
        return self.targets.get(" ".join(match.group("adjective").split()).lower())


@cache
def _demonym_form(lang: str) -> _Demonyms | None:
    """The language's country adjectives and region adjectives (``demonym_regions``: "European", "English") in its
    ``demonym`` form, longest first, a space of a multi-word adjective any white space; None for a language that
    lists no demonym form."""
    lexicon = load_json(lang, "places_lexicon.json")
    adjectives: dict[str, str] = load_json(lang, "places_country_adjectives.json").get("adjectives", {})
    if not lexicon.get("demonym") or not adjectives:
        return None
    targets = {**adjectives, **lexicon.get("demonym_nouns", {}), **lexicon.get("demonym_regions", {})}
    openings: dict[str, list[str]] = {}
    for adjective in sorted(targets, key=len, reverse=True):
        openings.setdefault(adjective[:OPENING], []).append(regex.escape(adjective).replace(r"\ ", r"\s+"))
    language = lexicon.get("demonym_language", {})
    return _Demonyms(
        {opening: lexicon["demonym"].replace("{adjectives}", "|".join(forms)) for opening, forms in openings.items()},
        {opening: tuple(a for a in targets if a[:OPENING] == opening) for opening in openings},
        targets,
        bool(lexicon.get("demonym_capitalised")),
        ending_pattern(language["before"], regex.IGNORECASE) if language.get("before") else None,
        _compiled(language.get("after")),
        _compiled(lexicon.get("demonym_thing_after")),
        frozenset(lexicon.get("demonym_sited_heads", ())),
        frozenset(word.lower() for word in lexicon.get("demonym_region_words", ())),
    )


def _compiled(pattern: str | None) -> regex.Pattern[str] | None:
    return regex.compile(pattern, regex.IGNORECASE) if pattern else None


def is_demonym(text: str, lang: str) -> bool:
    """The whole text is a demonym of the language ("Sud-Africains", "Russians"): a nationality, which NER may
    tag a place."""
    form = _demonym_form(lang)
    written = " ".join(text.split()).lower()
    if form is None or not any(written.startswith(a) for a in form.by_opening.get(written[:OPENING], ())):
        return False  # most texts asked about (an entity of every name): no adjective opens them
    if form.miscased(text):
        return False
    pattern = _opening_pattern(lang, written[:OPENING])
    match = pattern.fullmatch(text) if pattern is not None else None
    return match is not None and form.target(match) is not None


@lru_cache(maxsize=4096)
def _opening_pattern(lang: str, opening: str) -> regex.Pattern[str] | None:
    """The demonym form over the adjectives that open so, compiled once (None when none does)."""
    form = _demonym_form(lang)
    source = form.patterns.get(opening) if form is not None else None
    return regex.compile(source, regex.IGNORECASE) if source else None


def _matches(text: str, lang: str, form: _Demonyms) -> Iterator[regex.Match[str]]:
    """The demonym form's matches, tried at the words that open as an adjective does."""
    end = 0
    for word in _WORD.finditer(text):
        start = word.start()
        if start < end or (form.capitalised and not text[start].isupper()):
            continue
        pattern = _opening_pattern(lang, text[start : start + OPENING].lower())
        if pattern is None:
            continue
        match = pattern.match(text, start)
        if match is not None:
            end = match.end()
            yield match


@lru_cache(maxsize=512)
def _named_place(target: str) -> Place | None:
    """The country of an ISO code ("RU"), or the region, no town, that bears a name ("Europe", "England")."""
    if len(target) == 2 and target.isupper():
        return gazetteer().country(target)
    regions = [e.place for e in gazetteer().exact([target]) if e.place.feature != "city" and not e.rank]
    return max(regions, key=lambda place: place.population) if regions else None


def _named(adoc: AnalyzedDocument, start: int, end: int, form: _Demonyms) -> bool:
    """The word is a language by NER ("English" tagged LANGUAGE), or part of a longer name NER found that lies
    elsewhere than the country's point: a building's or a quarter's (its last word one of ``sited_heads``: "the
    Russian Embassy" in Washington, "the French Quarter"), a person's ("Percy French"). Other names keep their
    demonym ("the Nigerian Army", "The Canadian Press")."""
    text = adoc.text
    following = text[end : end + WINDOW_CHARS].split()[:1]
    if following and following[0] in form.sited_heads:
        return True  # "the French Quarter", "the Russian Embassy" where NER found no name
    for entity in adoc.entities:
        if not (entity.start <= start and end <= entity.end):
            continue
        if entity.label == "LANGUAGE":
            return True
        if entity.end - entity.start <= end - start:
            continue
        if entity.label in _ELSEWHERE_LABELS:
            return True
        head = text[end : entity.end].split()[-1:]
        if head and head[0] in form.sited_heads:
            return True
    return False


def _wider_region(text: str, start: int, form: _Demonyms) -> bool:
    """A region word joined before the demonym makes a wider region of it (``demonym_region_words``: "Central
    American", "Native American", "North American", "latino-américain"); a nationality or a prefix does not
    ("Bosnian Serb", "anti-Russian")."""
    before = _WORD_BEFORE.search(text, max(0, start - WINDOW_CHARS), start)
    return before is not None and before.group(1).lower() in form.region_words


def _language(adoc: AnalyzedDocument, start: int, end: int, form: _Demonyms) -> bool:
    """The demonym names a language: "the Russian language", "українською мовою", or "spoke only French" unless
    a noun follows that it qualifies ("Reuters learned Russian forces had withdrawn")."""
    text = adoc.text
    if form.language_after is not None and form.language_after.match(text[end : end + WINDOW_CHARS]):
        return True
    framed = form.language_before is not None and form.language_before.search(
        text[max(0, start - WINDOW_CHARS) : start]
    )
    return bool(framed) and not _qualifies_noun(adoc, start, end)


def _qualifies_noun(adoc: AnalyzedDocument, start: int, end: int) -> bool:
    """The parse reads the word as an adjective of a noun ("Russian forces")."""
    if adoc.parse is None:
        return False
    span = adoc.parse.char_span(start, end, alignment_mode="expand")
    return span is not None and any(token.dep_ == "amod" for token in span)


def demonyms(adoc: AnalyzedDocument, places: list[PlaceMention]) -> list[PlaceMention]:
    """Every demonym of the text outside the ``places`` found in it ("English Channel" is a place, not a
    demonym), in text order, resolved to its country at precision 3."""
    form = _demonym_form(adoc.lang)
    if form is None:
        return []
    spans = [(p.start, p.end) for p in places]
    mentions = []
    for match in _matches(adoc.text, adoc.lang, form):
        start, end = match.span()
        if form.miscased(match.group()):
            continue  # "polish", "french windows": an English demonym is written with capitals
        if any(s < end and start < e for s, e in spans) or _named(adoc, start, end, form):
            continue
        if _wider_region(adoc.text, start, form):
            continue
        if _language(adoc, start, end, form):
            continue
        if form.thing_after is not None and form.thing_after.match(adoc.text[end : end + WINDOW_CHARS]):
            continue  # "на Грецькій площі", "грецкий орех", "в Индийском океане"
        target = form.target(match)
        place = _named_place(target) if target else None
        if place is None:
            continue  # a letter no adjective lowers to ("AMERİCAN"), or a country the index lacks
        location = Location(
            name=place.name,
            mention=match.group(),
            admin1=place.admin1 if place.feature == "admin1" else None,
            country=place.country,
            latitude=round(place.latitude, 5),
            longitude=round(place.longitude, 5),
            geonameid=place.geonameid,
            geo_precision=3,
        )
        mentions.append(PlaceMention(start, end, match.group(), place, location))
    return mentions
