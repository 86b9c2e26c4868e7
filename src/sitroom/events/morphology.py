"""Word forms for languages without a spaCy model (Ukrainian, Russian): pymorphy3 dictionaries.

Why: a claimant is read in whatever case the sentence puts it ("за словами Олександра Прокудіна",
"в Кремле"), but the output wants the nominative ("Олександр Прокудін", "Кремль"); and without a
parse the tense of the trigger verb ("зустрінуться", perfective future) is only known from the
dictionary (``sitroom.nlp.morphology``); a language without one keeps the words as written.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from sitroom.nlp.morphology import PERSON, analyzer

_FIRST_NAME = "Name"
_NOT_PERSON = frozenset({"Geox", "Orgn", "Abbr"})
_PROPER = PERSON | {"Geox", "Orgn"}
# Cases the dictionaries split finer than a preposition tells ("в лесу" is loc2, "чаю" gen2).
_CASES = {"gent": ("gent", "gen2"), "loct": ("loct", "loc2"), "nomn": ("nomn",)}
_WORD = re.compile(r"[\w'’-]+|\S")


@dataclass(frozen=True, slots=True)
class Phrase:
    """A claimant phrase split into the person it names (if any) and the rest (the role)."""

    name: str
    role: str | None
    person: bool = False


def _parses(morph: Any, word: str, case: str) -> list[Any]:
    """The word's analyses in ``case`` first (a phrase after "за словами" is in the genitive)."""
    parses = morph.parse(word)
    return sorted(parses, key=lambda p: p.tag.case not in _CASES[case])


def _tags(morph: Any, word: str) -> set[str]:
    return {grammeme for parse in morph.parse(word) for grammeme in parse.tag.grammemes}


def _person_span(morph: Any, words: list[str], case: str) -> tuple[int, int] | None:
    """(first, end) of the last run of capitalised words that names a person: one with a first name
    in it ("Олександра Прокудіна"), or two or more with a first name, patronymic or surname and no
    place or organisation ("Володимир Мельниченко", not "Велика Британія"). Capitalised words of the
    role before the last two that are no name are left out ("Президент Володимир Зеленський",
    "Глава Республіки Дагестан Сергій Меліков")."""
    found = None
    index = 0
    while index < len(words):
        end = index
        while end < len(words) and _capitalised(words[end]):
            end += 1
        if end > index:
            tags = [_tags(morph, word) for word in words[index:end]]
            named = set().union(*tags)
            first_name = any(_FIRST_NAME in t for t in tags)
            if first_name or (end - index >= 2 and named & PERSON and not named & _NOT_PERSON):
                start = 0
                while end - index - start > 2 and not tags[start] & PERSON:
                    start += 1
                found = (index + start, end)
        index = end + 1
    return found


def _capitalised(word: str) -> bool:
    return word[:1].isupper() and not word.isupper()


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


def nominative_phrase(lang: str, text: str, case: str, endings: tuple[tuple[str, str], ...] = ()) -> Phrase:
    """The claimant phrase ``text`` (in grammatical ``case``) with its head and the person it names
    put in the nominative; the person's words become the name, the rest the role. Dependents keep
    their case ("голови Херсонської ОВА" -> "голова Херсонської ОВА"); a surname the dictionary does
    not know takes the first matching oblique ``endings`` pair."""
    morph = analyzer(lang)
    if morph is None:
        return Phrase(text, None)
    words = _WORD.findall(text)
    person = _person_span(morph, words, case)
    if person is not None:
        first, end = person
        name = " ".join(_person_word(morph, w, case, endings) for w in words[first:end])
        rest = words[:first]
        role = _join(_normalise_head(morph, rest, case)) if rest else None
        return Phrase(name, role or None, person=True)
    return Phrase(_join(_normalise_head(morph, words, case)), None)


def _person_word(morph: Any, word: str, case: str, endings: tuple[tuple[str, str], ...]) -> str:
    """A name word in the nominative: from the dictionary when it reads the word in ``case``, else
    by the first matching oblique ending ("Синєгубова" -> "Синєгубов")."""
    if case == "nomn":
        return word
    if any(p.tag.case in _CASES[case] for p in morph.parse(word)):
        return _to_nominative(morph, word, case)
    return _by_ending(word, endings)


def _by_ending(word: str, endings: tuple[tuple[str, str], ...]) -> str:
    for ending, nominative in endings:
        if word.endswith(ending) and len(word) > len(ending) + 1:
            return word[: -len(ending)] + nominative
    return word


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


# Not NPRO: a personal pronoun is a subject ("Він оголосив"), resolved to the previous claimant.
_FUNCTION = frozenset({"CONJ", "ADVB", "PRCL", "COMP", "INTJ"})
_LEADING_WORD = re.compile(r"\s*(\w+)")


def skip_function_words(lang: str, text: str) -> int:
    """Characters of ``text`` taken by leading conjunctions, adverbs and particles ("Також Умєров",
    "коли Washington Post"): they open a clause but name nobody."""
    morph = analyzer(lang)
    position = 0
    while morph is not None and (match := _LEADING_WORD.match(text, position)):
        if morph.parse(match.group(1).lower())[0].tag.POS not in _FUNCTION:
            break
        position = match.end()
    return position


def place_forms(lang: str, word: str) -> list[str]:
    """``word`` and, for a noun in an oblique case, its nominative ("Харкова" -> "Харків"; the
    Ukrainian dictionary does not tag most towns as places)."""
    morph = analyzer(lang)
    forms = [word]
    if morph is not None:
        for parse in morph.parse(word):
            if parse.tag.POS == "NOUN" and parse.normal_form.capitalize() not in forms:
                forms.append(parse.normal_form.capitalize())
    return forms


def is_common_noun(lang: str, word: str) -> bool:
    """Whether the dictionary knows ``word`` only as a common noun ("Мер", "mayor"), never as a name:
    a gazetteer match on it is no place."""
    morph = analyzer(lang)
    if morph is None or " " in word.strip():
        return False
    parses = morph.parse(word)
    return parses[0].tag.POS == "NOUN" and all(p.is_known and not _PROPER & p.tag.grammemes for p in parses)
