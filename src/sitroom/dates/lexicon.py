"""Per-language time vocabulary and compiled expression patterns, read from resource files.

Month and weekday names, relative words and the patterns that combine them are data
(``resources/<lang>/dates_lexicon.json``); this module only compiles them, once per language.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

_PLACEHOLDER = re.compile(r"\{([A-Z]+)\}")
# Tables whose keys are words or phrases looked up after a match (lower-cased, trailing dot removed).
TABLES = (
    "MONTH",
    "WEEKDAY",
    "REL",
    "PERIOD",
    "PART",
    "NEXT",
    "LAST",
    "DAYPART",
    "AROUND",
    "QUAL",
    "UNIT",
    "NUM",
    "YEARREL",
)


@dataclass(frozen=True, slots=True)
class Pattern:
    kind: str
    regex: re.Pattern[str]
    conflict: str | None = None


@dataclass(frozen=True, slots=True)
class Lexicon:
    """One language's vocabulary tables, future-tense markers and compiled patterns."""

    lang: str
    tables: dict[str, dict[str, Any]]
    future: re.Pattern[str] | None
    since_prefix: re.Pattern[str] | None
    patterns: tuple[Pattern, ...]

    def lookup(self, table: str, text: str) -> Any:
        return self.tables[table].get(normalise_key(text))


def normalise_key(text: str) -> str:
    """The lookup form of matched text: lower case, single spaces, straight apostrophes, no final dot."""
    return re.sub(r"\s+", " ", normalise_apostrophes(text).lower()).rstrip(".")


def normalise_apostrophes(text: str) -> str:
    """Typographic apostrophes become ``'`` (same length, so offsets are kept)."""
    return text.translate(str.maketrans("\u2019\u02bc\u2018", "'''"))


def _read(path: str) -> dict[str, Any]:
    return json.loads(resources.files("sitroom.resources").joinpath(path).read_text(encoding="utf-8"))


def _alternation(words: list[str]) -> str:
    """Longest first, so that "the day before yesterday" wins over "yesterday"."""
    escaped = [re.escape(word).replace(r"\ ", r"\s+") for word in sorted(words, key=len, reverse=True)]
    return "(?:" + "|".join(escaped) + ")" if escaped else "(?!x)x"


def _words_regex(words: list[str]) -> re.Pattern[str] | None:
    return re.compile(r"(?<!\w)" + _alternation(words) + r"(?!\w)", re.IGNORECASE) if words else None


def _compile(template: str, tables: dict[str, dict[str, Any]]) -> re.Pattern[str]:
    body = _PLACEHOLDER.sub(lambda m: _alternation(list(tables[m.group(1)])), template)
    return re.compile(r"(?<!\w)(?:" + body + r")(?!\w)", re.IGNORECASE)


@cache
def load(lang: str) -> Lexicon:
    """The lexicon of ``lang``; a language without one gets only the numeric patterns."""
    common = _read("common/dates_patterns.json")["patterns"]
    try:
        data = _read(f"{lang}/dates_lexicon.json")
    except FileNotFoundError:
        data = {}
    raw = {name: data.get(name, {}) for name in TABLES}
    tables = {name: {normalise_key(k): v for k, v in entries.items()} for name, entries in raw.items()}
    patterns = tuple(
        Pattern(spec["kind"], _compile(spec["regex"], raw), spec.get("conflict"))
        for spec in [*common, *data.get("patterns", [])]
    )
    since = data.get("since_prefix")
    return Lexicon(
        lang=lang,
        tables=tables,
        future=_words_regex(data.get("FUTURE", [])),
        since_prefix=re.compile(r"(?<!\w)" + since, re.IGNORECASE) if since else None,
        patterns=patterns,
    )


@cache
def conflict_start(conflict: str) -> dt.date:
    """Day 1 of a conflict's day counter (``resources/common/dates_conflicts.json``)."""
    return dt.date.fromisoformat(_read("common/dates_conflicts.json")["conflicts"][conflict]["start"])
