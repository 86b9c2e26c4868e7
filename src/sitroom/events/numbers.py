"""Numbers written in digits or words ("2 000", "27,4 milliards", "vingt", "one hundred", "dozens").

Word lists are data (``resources/<lang>/numbers_words.json``); vague counts follow ACLED
("dozens" 12, "hundreds" 100).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from sitroom.events.lexicon import alternation, load_json

_DIGITS = r"\d{1,3}(?:[ \u00a0\u202f,.]\d{3})+(?:[.,]\d+)?(?!\d)|\d+(?:[.,]\d+)?"
_SEPARATOR = re.compile(r"[ \u00a0\u202f,.](?=\d{3}(?:\D|$))")


@dataclass(frozen=True, slots=True)
class NumberWords:
    """A language's number vocabulary and the regexes built from it."""

    units: dict[str, int]
    hundred: frozenset[str]
    scales: dict[str, int]
    vague: dict[str, int]
    articles: frozenset[str]
    number: str
    count: str
    joiner: re.Pattern[str]

    def parse(self, text: str) -> float | None:
        """The value of a number phrase matched by ``number`` or ``count``, or None."""
        phrase = " ".join(text.lower().split())
        if phrase in self.vague:
            return float(self.vague[phrase])
        if phrase in self.articles:
            return 1.0
        digits = re.match(_DIGITS, phrase)
        if digits:
            value = float(_SEPARATOR.sub("", digits.group()).replace(",", ".").replace(" ", ""))
            rest = phrase[digits.end() :].strip()
            return value * self.scales.get(rest, 1)
        return self._words(phrase)

    def _words(self, phrase: str) -> float | None:
        total, current, seen = 0, 0, False
        for token in (t for t in self.joiner.split(phrase) if t):
            if token in self.units:
                current += self.units[token]
            elif token in self.hundred:
                current = (current or 1) * 100
            elif token in self.scales:
                total += (current or 1) * self.scales[token]
                current = 0
            else:
                continue
            seen = True
        return float(total + current) if seen else None


@cache
def number_words(lang: str) -> NumberWords:
    """The compiled number vocabulary of ``lang``."""
    data = load_json(lang, "numbers_words.json")
    units, scales, vague = data["units"], data["scales"], data["vague"]
    word = alternation([*units, *data["hundred"]])
    joiners = alternation(re.escape(j) for j in data["joiners"])
    scale = alternation(scales)
    words = rf"(?:{word})(?:(?:{joiners})(?:{word}|{scale}))*"
    number = (
        rf"(?<![\w,.])(?:(?:{alternation(vague)})(?!\w)"
        rf"|(?:{_DIGITS})(?:\s?(?:{scale})(?!\w))?"
        rf"|(?:{words})(?!\w))"
    )
    articles = data["articles"]
    count = rf"(?:{number}|(?<!\w)(?:{alternation(articles)})(?!\w))" if articles else number
    return NumberWords(
        units={k.lower(): v for k, v in units.items()},
        hundred=frozenset(h.lower() for h in data["hundred"]),
        scales={k.lower(): v for k, v in scales.items()},
        vague={k.lower(): v for k, v in vague.items()},
        articles=frozenset(a.lower() for a in articles),
        number=number,
        count=count,
        joiner=re.compile(rf"(?:{joiners})|\s+"),
    )
