"""Word forms for languages without a spaCy model (Ukrainian, Russian): pymorphy3 dictionaries.

Why: a claimant is read in whatever case the sentence puts it ("за словами Олександра Прокудіна",
"в Кремле"), but the output wants the nominative ("Олександр Прокудін", "Кремль"); and without a
parse the tense of the trigger verb ("зустрінуться", perfective future) is only known from the
dictionary. The analyser is loaded lazily, once per language (~0.1 s, ~15 MB); a language without a
pymorphy3 dictionary gets ``None`` and the stage keeps the words as written.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any

_PERSON = frozenset({"Name", "Surn", "Patr"})
# Cases the dictionaries split finer than a preposition tells ("в лесу" is loc2, "чаю" gen2).
_CASES = {"gent": ("gent", "gen2"), "loct": ("loct", "loc2"), "nomn": ("nomn",)}
_WORD = re.compile(r"[\w'’-]+|\S")


@cache
def analyzer(lang: str) -> Any:
    """The pymorphy3 analyser of ``lang``, or None when no dictionary for it is installed."""
    try:
        import pymorphy3
    except ImportError:
        return None
    try:
        return pymorphy3.MorphAnalyzer(lang=lang)
    except (ValueError, KeyError, ImportError, OSError):
        return None


@dataclass(frozen=True, slots=True)
class Phrase:
    """A claimant phrase split into the person it names (if any) and the rest (the role)."""

    name: str
    role: str | None


def _parses(morph: Any, word: str, case: str) -> list[Any]:
    """The word's analyses in ``case`` first (a phrase after "за словами" is in the genitive)."""
    parses = morph.parse(word)
    return sorted(parses, key=lambda p: p.tag.case not in _CASES[case])


def _is_person(morph: Any, word: str, case: str) -> bool:
    if not word[:1].isupper() or word.isupper():
        return False
    return any(_PERSON & p.tag.grammemes and p.tag.case in (*_CASES[case], None) for p in morph.parse(word))


def _to_nominative(morph: Any, word: str, case: str) -> str:
    """``word`` in the nominative, its capitalisation kept; unchanged when already nominative or unknown."""
    if case == "nomn" or word.isupper():
        return word
    for parse in _parses(morph, word, case):
        if parse.tag.case not in _CASES[case]:
            break
        inflected = parse.inflect({"nomn"})
        if inflected is not None:
            form = inflected.word
            return form[:1].upper() + form[1:] if word[:1].isupper() else form
    return word


def _head_end(morph: Any, words: list[str], case: str) -> int:
    """Index after the phrase's head: leading adjectives and the first noun ("Повітряних сил")."""
    for index, word in enumerate(words):
        parse = _parses(morph, word, case)[0]
        if parse.tag.POS not in ("ADJF", "PRTF", "NUMR"):
            return index + 1
    return len(words)


def nominative_phrase(lang: str, text: str, case: str) -> Phrase:
    """The claimant phrase ``text`` (in grammatical ``case``) with its head and the person it names
    put in the nominative; the person's words become the name, the rest the role. Dependents keep
    their case ("голови Херсонської ОВА" -> "голова Херсонської ОВА")."""
    morph = analyzer(lang)
    if morph is None:
        return Phrase(text, None)
    words = _WORD.findall(text)
    person = [i for i, word in enumerate(words) if _is_person(morph, word, case)]
    if person:
        first, last = person[0], person[-1]
        while last + 1 < len(words) and words[last + 1][:1].isupper() and not words[last + 1].isupper():
            last += 1  # a surname the dictionary does not know, after a known first name
        name = " ".join(_to_nominative(morph, w, case) for w in words[first : last + 1])
        rest = words[:first]
        role = _join(_normalise_head(morph, rest, case)) if rest else None
        return Phrase(name, role or None)
    return Phrase(_join(_normalise_head(morph, words, case)), None)


def _normalise_head(morph: Any, words: list[str], case: str) -> list[str]:
    end = _head_end(morph, words, case)
    return [_to_nominative(morph, w, case) for w in words[:end]] + words[end:]


def _join(words: list[str]) -> str:
    return re.sub(r"\s+([,.;:)»])", r"\1", " ".join(words))


def is_future(lang: str, word: str) -> bool:
    """Whether ``word`` is a verb in the future tense ("зустрінуться", "встретятся")."""
    morph = analyzer(lang)
    if morph is None:
        return False
    best = morph.parse(word)[0]
    return best.tag.POS == "VERB" and best.tag.tense == "futr"


def is_verb(lang: str, word: str) -> bool:
    """Whether ``word`` can be a verb (a reporting cue such as "заяви…" is also the noun "заяви");
    True when no dictionary can tell."""
    morph = analyzer(lang)
    return morph is None or any(p.tag.POS in ("VERB", "GRND") for p in morph.parse(word))
