"""Language resources of the events stage, loaded from JSON data files once and precompiled.

Every language-specific word lives in ``resources/<lang>/events_*.json``, ``numbers_words.json`` and
``actors_aliases.json``; adding a language means adding those files. Missing files fall back to
English so a new language degrades instead of failing.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path
from typing import Any, Generic, Protocol, TypeVar

RESOURCES = Path(__file__).resolve().parents[1] / "resources"
FALLBACK_LANG = "en"


def load_json(lang: str, name: str) -> dict[str, Any]:
    """A resource file for ``lang`` (``common`` for language-neutral data), else the fallback's."""
    path = RESOURCES / lang / name
    if not path.exists():
        path = RESOURCES / FALLBACK_LANG / name
    with path.open(encoding="utf-8") as handle:
        return json.load(handle)


def alternation(patterns: Iterable[str]) -> str:
    """One regex alternation, longest patterns first so the fullest phrase wins."""
    return "|".join(sorted(patterns, key=len, reverse=True))


def word_regex(patterns: Iterable[str]) -> re.Pattern[str]:
    """Case-insensitive alternation anchored at word boundaries (works for Cyrillic too)."""
    return re.compile(rf"(?<!\w)(?:{alternation(patterns)})(?!\w)", re.IGNORECASE)


_ESCAPE_OR_TEXT = re.compile(r"\\.|[^\\]+", re.DOTALL)


def lower_pattern(pattern: str) -> str:
    """The pattern for lowercased text: letters lowered, escapes (``\\S``, ``\\W``) kept as written."""
    return _ESCAPE_OR_TEXT.sub(lambda m: m.group() if m.group().startswith("\\") else m.group().lower(), pattern)


@dataclass(frozen=True, slots=True)
class FastRegex:
    """A word-bounded alternation, compiled for lowercased text (``lowered``) and as written (``original``)."""

    patterns: tuple[str, ...]
    lowered: re.Pattern[str]
    original: re.Pattern[str]

    @classmethod
    def of(cls, patterns: Iterable[str]) -> FastRegex:
        patterns = tuple(lower_pattern(p) for p in patterns)
        return cls(patterns, re.compile(rf"(?<!\w)(?:{alternation(patterns)})(?!\w)"), word_regex(patterns))


def factored(patterns: list[str]) -> str:
    """An alternation equivalent to ``alternation(patterns)``, with the patterns that start with a plain
    letter grouped under it ("a(?:ttack|mbush)"): the regex engine then rejects most branches at a
    word's first letter, which makes the union scan about three times faster."""
    by_letter: dict[str, list[str]] = {}
    others: list[str] = []
    for pattern in patterns:
        if _plain_start(pattern):
            by_letter.setdefault(pattern[0], []).append(pattern[1:])
        else:
            others.append(pattern)
    grouped = [f"{letter}(?:{alternation(rests)})" for letter, rests in by_letter.items()]
    return "|".join([*grouped, *(f"(?:{p})" for p in others)])


def _plain_start(pattern: str) -> bool:
    """A literal first letter that no quantifier follows, in a pattern no top-level ``|`` splits."""
    plain = len(pattern) > 1 and pattern[0].isalpha() and (pattern[1].isalnum() or pattern[1] in " -'")
    return plain and not _top_level_bar(pattern)


def _top_level_bar(pattern: str) -> bool:
    """Whether ``|`` splits the whole pattern (outside groups and character classes)."""
    depth, escaped, in_class = 0, False, False
    for char in pattern:
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            return True
    return False


class _Matcher(Protocol):
    @property
    def regex(self) -> FastRegex: ...


M = TypeVar("M", bound=_Matcher)


@dataclass(frozen=True, slots=True)
class Scanner(Generic[M]):
    """Finds every item's matches in a text with one pass over it instead of one per item.

    Why: a sentence scanned by dozens of alternations costs more than the rest of the stage. One
    zero-width union of all patterns finds the offsets where anything matches (most sentences of an
    article: none); each item's regex is then only tried there, which yields exactly the matches its
    own ``finditer`` would. Text is lowercased and matched without IGNORECASE, which lets the regex
    engine skip branches on their first letter; a text whose lowercase changes length (Turkish
    dotted I) is matched as written, case-insensitively, so offsets always refer to the text given.
    """

    items: tuple[M, ...]
    starts: re.Pattern[str]

    @classmethod
    def of(cls, items: Iterable[M]) -> Scanner[M]:
        items = tuple(items)
        union = factored([p for item in items for p in item.regex.patterns])
        return cls(items, re.compile(rf"(?<!\w)(?=(?:{union})(?!\w))"))

    def scan(self, text: str) -> Iterator[tuple[M, re.Match[str]]]:
        """(item, match) for every non-overlapping match of each item, item by item."""
        lowered = text.lower()
        if len(lowered) != len(text):
            yield from ((item, match) for item in self.items for match in item.regex.original.finditer(text))
            return
        offsets = [match.start() for match in self.starts.finditer(lowered)]
        if not offsets:
            return
        for item in self.items:
            end = 0
            for offset in offsets:
                if offset >= end and (match := item.regex.lowered.match(lowered, offset)):
                    end = max(match.end(), offset + 1)
                    yield item, match


@dataclass(frozen=True, slots=True)
class Trigger:
    cls: str
    weight: float
    regex: FastRegex


@dataclass(frozen=True, slots=True)
class ActorAlias:
    name: str
    country: str | None
    side: str | None
    regex: FastRegex


@dataclass(frozen=True, slots=True)
class Lexicon:
    """Everything the events stage knows about one language, compiled."""

    lang: str
    triggers: Scanner[Trigger]
    modality: dict[str, re.Pattern[str]]
    # The claimed and denied cues in one pass: both name a source ("X said", "X denied").
    sources: re.Pattern[str]
    unverified: re.Pattern[str]
    verified: re.Pattern[str]
    channels: tuple[tuple[str, re.Pattern[str]], ...]
    near: re.Pattern[str]
    actors: Scanner[ActorAlias]
    non_conflict: re.Pattern[str]
    # Words of a delivery, sale or production frame: a weapon noun they govern is not fired.
    supply: re.Pattern[str]
    unreported: re.Pattern[str]
    # Words right after a trigger that make it the war as a whole ("fighting in the war"): no event.
    generic: re.Pattern[str]
    # Words right before an actor named after a trigger that make it the target ("attacking all of Ukraine").
    targets: re.Pattern[str]
    # A habit or practice ("often", "has been using"): an undated sentence with one tells no event.
    habitual: re.Pattern[str]
    # An earlier year named ("last year", "in 2014": group ``year``): an undated sentence telling background.
    earlier_year: re.Pattern[str]
    bare_year: re.Pattern[str]
    # Words right after or before a place's name that make it an actor ("Kyiv's forces", "les forces de Kiev").
    place_actor_after: re.Pattern[str]
    place_actor_before: re.Pattern[str]
    claim_prepositions: re.Pattern[str]
    claimant_sides: tuple[tuple[str, re.Pattern[str]], ...]
    # Without a parse (uk, ru): the case a word before the source puts it in ("за словами" + genitive),
    # words that end a source named after its verb ("повідомив голова ОВА у Telegram"), and phrases
    # before a reporting verb that are its object, not its subject ("Про це повідомив ...").
    claimant_cases: dict[str, str]
    claimant_stops: re.Pattern[str]
    reported_objects: re.Pattern[str]
    # Oblique endings of surnames the dictionary does not know, per case ("Синєгубова" -> "Синєгубов").
    surname_endings: dict[str, tuple[tuple[str, str], ...]]


@cache
def lexicon(lang: str) -> Lexicon:
    """The compiled lexicon of ``lang`` (cached: compiled once per process)."""
    triggers = load_json(lang, "events_triggers.json")["triggers"]
    cues = load_json(lang, "events_cues.json")
    actors = load_json(lang, "actors_aliases.json")["actors"]
    return Lexicon(
        lang=lang,
        triggers=Scanner.of(Trigger(t["class"], float(t["weight"]), FastRegex.of(t["patterns"])) for t in triggers),
        modality={name: word_regex(patterns) for name, patterns in cues["modality"].items()},
        sources=word_regex(cues["modality"]["claimed"] + cues["modality"]["denied"]),
        unverified=word_regex(cues["unverified"]),
        verified=word_regex(cues["verified"]),
        channels=tuple((name, word_regex([pattern])) for name, pattern in cues["channels"].items()),
        near=re.compile(rf"(?<!\w)(?:{alternation(cues['near'])})\W*(?:\w+\W+){{0,2}}$", re.IGNORECASE),
        actors=Scanner.of(ActorAlias(a["name"], a["country"], a["side"], FastRegex.of(a["patterns"])) for a in actors),
        non_conflict=word_regex(cues["non_conflict"]),
        supply=word_regex(cues.get("supply", []) or ["(?!)"]),
        # Within three words after: absence ("without arrests or clashes") or a past event named as a
        # reason or an accusation ("in response to the chemical attack", "accused Iran of bombing").
        unreported=re.compile(
            rf"(?<!\w)(?:{alternation(cues['absent'] + cues['reference'])})(?:\W+\w+){{0,3}}\W*$", re.IGNORECASE
        ),
        generic=re.compile(
            rf"\W*(?:[\w'-]+\W+){{0,2}}?(?:{alternation(cues.get('generic', []) or ['(?!)'])})(?!\w)", re.IGNORECASE
        ),
        targets=re.compile(
            rf"(?<!\w)(?:{alternation(cues.get('targets', []) or ['(?!)'])})\W+(?:[\w'-]+\W+){{0,2}}$", re.IGNORECASE
        ),
        habitual=word_regex(cues.get("habitual", []) or ["(?!)"]),
        earlier_year=word_regex(cues.get("earlier_year", []) or ["(?!)"]),
        # A year after a word that introduces one ("in 2014", "depuis 2014"), no figure of something ("2000 drones").
        bare_year=re.compile(
            rf"(?<!\w)(?:{alternation(cues.get('year_before', []) or ['(?!)'])})[\s-]+(?P<year>1[89]\d\d|20\d\d)"
            r"(?![\d,.]\d)(?!\s*(?:km|kilom|miles?|m|t|tonnes?|tons|%|people|personnes|soldiers|soldats|troops|drones"
            r"|dead|killed|civilians|civils|morts|tués|blessés|victimes|missiles|shells|obus)\b)",
            re.IGNORECASE,
        ),
        place_actor_after=re.compile(
            rf"(?:{alternation(cues.get('place_actor_after', []) or ['(?!)'])})(?!\w)", re.IGNORECASE
        ),
        place_actor_before=re.compile(
            rf"(?<!\w)(?:{alternation(cues.get('place_actor_before', []) or ['(?!)'])})", re.IGNORECASE
        ),
        claim_prepositions=word_regex(cues["claim_prepositions"]),
        claimant_sides=tuple((side, word_regex(words)) for side, words in cues["claimant_sides"].items()),
        claimant_cases={word.lower(): case for case, words in cues.get("claimant_cases", {}).items() for word in words},
        claimant_stops=word_regex(cues.get("claimant_stops", []) or ["(?!)"]),
        surname_endings={
            case: tuple((ending, nominative) for ending, nominative in pairs)
            for case, pairs in cues.get("surname_endings", {}).items()
        },
        reported_objects=re.compile(rf"(?:{alternation(cues.get('reported_objects', []) or ['(?!)'])})", re.IGNORECASE),
    )


@dataclass(frozen=True, slots=True)
class EventClass:
    family: str
    event_type: str | None
    sub_event_type: str | None
    plover: str | None


@lru_cache(maxsize=1)
def ontology() -> dict[str, EventClass]:
    """Class key -> family, ACLED event and sub-event type, PLOVER category."""
    classes = load_json("common", "events_ontology.json")["classes"]
    return {key: EventClass(*value) for key, value in classes.items()}


@lru_cache(maxsize=1)
def hierarchy() -> dict[str, Any]:
    """ACLED hierarchy rules (see resources/common/events_hierarchy.json)."""
    return load_json("common", "events_hierarchy.json")
