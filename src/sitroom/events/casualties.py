"""Fatalities and injured in a sentence, with ACLED's rules (lowest figure, "dozens" 12, lists add up).

Patterns are data (``casualties`` in ``resources/<lang>/events_cues.json``): ``{N}`` is one number,
``{LIST}`` a list of counted groups whose numbers add up ("one soldier and three rebels" = 4).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from sitroom.events.lexicon import alternation, load_json
from sitroom.events.numbers import NumberWords, number_words

_CONJUNCTION = r"\s*(?:\band\b|\bet\b|\bі\b|\bй\b|\bта\b|\bи\b)\s*"


@dataclass(frozen=True, slots=True)
class Casualties:
    fatalities: int | None
    injured: int | None
    exact: bool = False  # the text states the figure outright ("2 fatalities coded to this event")
    update: bool = False  # a toll that rose to a new figure ("the death toll rose to five")


@dataclass(frozen=True, slots=True)
class _Pattern:
    field: str
    regex: re.Pattern[str]


@cache
def _cue(lang: str) -> re.Pattern[str]:
    """Words without which a sentence reports no casualty: a cheap filter before the patterns."""
    return re.compile(rf"(?<!\w)(?:{load_json(lang, 'events_cues.json')['casualty_words']})", re.IGNORECASE)


@cache
def _patterns(lang: str) -> tuple[tuple[_Pattern, ...], re.Pattern[str]]:
    numbers = number_words(lang)
    # A counted group's words never include a casualty word, so one list cannot swallow two clauses.
    plain = rf"(?!(?:{load_json(lang, 'events_cues.json')['casualty_words']})(?!\w))"
    # Words of a group: plain words, or hyphenated ages and sizes ("a 53-year-old civilian").
    # "two months later" is a span of time, no group of people.
    spans = alternation(load_json(lang, "numbers_words.json").get("not_counted", [])) or "(?!)"
    group = (
        rf"(?:{numbers.count})(?!\s+(?:{spans})(?!\w))(?:\s+{plain}(?:[^\s,.;:()\d]+|\d+(?:-[^\s,.;:()\d-]+)+)){{0,3}}?"
    )
    listed = rf"(?P<list>{group}(?:{_CONJUNCTION}{group})*?)"
    compiled = []
    items = load_json(lang, "events_cues.json")["casualties"]
    # Outright figures first, then verb-first patterns ("killing three"): their numbers are unambiguous.
    for item in sorted(items, key=lambda item: (item["field"] != "fatalities_exact", item["pattern"].startswith("{"))):
        source = item["pattern"].replace("{LIST}", listed).replace("{N}", rf"(?P<n>{numbers.number})")
        compiled.append(_Pattern(item["field"], re.compile(rf"(?<!\w){source}(?!\w)", re.IGNORECASE)))
    articles = alternation(numbers.articles) or "(?!)"
    # "the two soldiers" counts two: a number right after an article wins over the article itself.
    # An age ("a 53-year-old") is no count: a number glued to a hyphen never heads the group.
    leading = re.compile(
        rf"^(?:(?:{articles})\s+)?(?P<num>{numbers.number})(?![\w-])|^(?:{numbers.count})", re.IGNORECASE
    )
    return tuple(compiled), leading


def _value(match: re.Match[str], numbers: NumberWords, leading: re.Pattern[str]) -> int | None:
    groups = match.groupdict()
    if groups.get("d"):
        total = numbers.parse(groups["n"]) if groups.get("n") else 0
        return None if total is None else int(total) // max(1, int(groups["d"]))
    if groups.get("n"):
        value = numbers.parse(groups["n"])
        return None if value is None else int(value)
    total = 0
    for part in re.split(_CONJUNCTION, groups.get("list") or "", flags=re.IGNORECASE):
        head = leading.match(part.strip())
        value = numbers.parse(head.group("num") or head.group()) if head else None
        if value is None:
            return None
        total += int(value)
    return total


def find_casualties(text: str, lang: str) -> Casualties:
    """Lowest reported fatalities and injured in ``text`` (a toll that rose: the new figure); None when the
    text gives no figure."""
    if not _cue(lang).search(text):
        return Casualties(None, None)
    patterns, leading = _patterns(lang)
    numbers = number_words(lang)
    found: dict[str, list[int]] = {
        "fatalities": [],
        "fatalities_exact": [],
        "fatalities_update": [],
        "injured": [],
        "zero": [],
    }
    taken: list[tuple[int, int]] = []
    for pattern in patterns:
        for match in pattern.regex.finditer(text):
            if any(match.start() < end and start < match.end() for start, end in taken):
                continue
            value = 0 if pattern.field == "zero" else _value(match, numbers, leading)
            if value is not None:
                found[pattern.field].append(value)
                taken.append(match.span())
    zero = 0 if found["zero"] else None
    injured = min(found["injured"]) if found["injured"] else zero
    if found["fatalities_exact"]:
        return Casualties(min(found["fatalities_exact"]), injured, exact=True)
    if found["fatalities_update"]:  # the new toll, whatever earlier figure the sentence recalls
        return Casualties(max(found["fatalities_update"]), injured, update=True)
    fatalities = min(found["fatalities"]) if found["fatalities"] else zero
    return Casualties(fatalities, injured)
