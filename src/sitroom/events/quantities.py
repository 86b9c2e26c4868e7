"""Quantities with units ("vingt roquettes", "2 000 kilomètres", "27,4 milliards de dollars", "$241 million").

Unit words are data (``units`` and ``currency_prefix`` in ``resources/<lang>/events_cues.json``).
"""

from __future__ import annotations

import re
from functools import cache

from sitroom.events.lexicon import load_json
from sitroom.events.numbers import number_words
from sitroom.model import Quantity


@cache
def _regexes(lang: str) -> tuple[re.Pattern[str], re.Pattern[str], list[str], list[str]]:
    cues = load_json(lang, "events_cues.json")
    number = number_words(lang).number
    units = list(cues["units"].items())
    unit_groups = "|".join(f"(?P<u{i}>{pattern})" for i, (pattern, _) in enumerate(units))
    # A few adjectives may sit between number and unit ("six ballons", "six Russian balloons").
    suffixed = re.compile(
        rf"(?P<num>{number})\s*(?:(?:de|d'|of)\s*)?(?:[^\W\d]+\s+){{0,1}}?(?:{unit_groups})(?!\w)", re.IGNORECASE
    )
    prefixes = list(cues["currency_prefix"].items())
    prefix_groups = "|".join(f"(?P<c{i}>{pattern})" for i, (pattern, _) in enumerate(prefixes))
    prefixed = re.compile(rf"(?:{prefix_groups})\s?(?P<num>{number})", re.IGNORECASE)
    return suffixed, prefixed, [unit for _, unit in units], [unit for _, unit in prefixes]


def _unit(match: re.Match[str], prefix: str, names: list[str]) -> str:
    index = next(i for i in range(len(names)) if match.group(f"{prefix}{i}") is not None)
    return names[index]


def find_quantities(text: str, lang: str) -> list[Quantity]:
    """Every counted or measured quantity in ``text``, in text order."""
    suffixed, prefixed, units, currencies = _regexes(lang)
    numbers = number_words(lang)
    found: list[tuple[int, Quantity]] = []
    taken: list[tuple[int, int]] = []
    for regex, prefix, names in ((prefixed, "c", currencies), (suffixed, "u", units)):
        for match in regex.finditer(text):
            if any(match.start() < end and start < match.end() for start, end in taken):
                continue
            value = numbers.parse(match.group("num"))
            if value is None:
                continue
            taken.append(match.span())
            found.append((match.start(), Quantity(value, _unit(match, prefix, names), match.group().strip())))
    return [quantity for _, quantity in sorted(found, key=lambda item: item[0])]
