"""Language resources of the events stage, loaded from JSON data files once and precompiled.

Every language-specific word lives in ``resources/<lang>/events_*.json``, ``numbers_words.json`` and
``actors_aliases.json``; adding a language means adding those files. Missing files fall back to
English so a new language degrades instead of failing.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

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


@dataclass(frozen=True, slots=True)
class Trigger:
    cls: str
    weight: float
    regex: re.Pattern[str]


@dataclass(frozen=True, slots=True)
class ActorAlias:
    name: str
    country: str | None
    side: str | None
    regex: re.Pattern[str]


@dataclass(frozen=True, slots=True)
class Lexicon:
    """Everything the events stage knows about one language, compiled."""

    lang: str
    triggers: tuple[Trigger, ...]
    modality: dict[str, re.Pattern[str]]
    unverified: re.Pattern[str]
    verified: re.Pattern[str]
    channels: tuple[tuple[str, re.Pattern[str]], ...]
    near: re.Pattern[str]
    actors: tuple[ActorAlias, ...]
    non_conflict: re.Pattern[str]
    claim_prepositions: re.Pattern[str]
    claimant_sides: tuple[tuple[str, re.Pattern[str]], ...]


@cache
def lexicon(lang: str) -> Lexicon:
    """The compiled lexicon of ``lang`` (cached: compiled once per process)."""
    triggers = load_json(lang, "events_triggers.json")["triggers"]
    cues = load_json(lang, "events_cues.json")
    actors = load_json(lang, "actors_aliases.json")["actors"]
    return Lexicon(
        lang=lang,
        triggers=tuple(Trigger(t["class"], float(t["weight"]), word_regex(t["patterns"])) for t in triggers),
        modality={name: word_regex(patterns) for name, patterns in cues["modality"].items()},
        unverified=word_regex(cues["unverified"]),
        verified=word_regex(cues["verified"]),
        channels=tuple((name, word_regex([pattern])) for name, pattern in cues["channels"].items()),
        near=re.compile(rf"(?<!\w)(?:{alternation(cues['near'])})\W*(?:\w+\W+){{0,2}}$", re.IGNORECASE),
        actors=tuple(ActorAlias(a["name"], a["country"], a["side"], word_regex(a["patterns"])) for a in actors),
        non_conflict=word_regex(cues["non_conflict"]),
        claim_prepositions=word_regex(cues["claim_prepositions"]),
        claimant_sides=tuple((side, word_regex(words)) for side, words in cues["claimant_sides"].items()),
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
