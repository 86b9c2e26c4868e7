"""Morphological dictionaries (pymorphy3) for the languages spaCy has no model for here: Ukrainian, Russian.

Why: without a parse or NER, what the dictionary knows of a word is the best evidence of what it is;
a stage asks here what a word can be (a verb, a first name …), not how to load the dictionary.
The analyser is loaded lazily, once per language (< 0.1 s, 17–29 MB); a language without a pymorphy3
dictionary gets ``None``, and every question about its words gets the empty answer.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any

PERSON = frozenset({"Name", "Surn", "Patr"})
_SURNAME = frozenset({"Surn", "Patr"})
# Cases the dictionaries split finer than agreement needs: the second genitive, accusative, locative ("чаю",
# "в лесу") agree as the first.
_SAME_CASE = {"gen2": "gent", "acc2": "accs", "loc2": "loct"}


def _case(tag: Any) -> str:
    """The tag's case, "" for none (an indeclinable adverb)."""
    return _SAME_CASE.get(tag.case, tag.case or "")


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
class NameCases:
    """The grammatical cases in which a word can be part of a person's name: ``first``, a first name the
    dictionary lists (Марком, Романа, Артем); ``surname``, a listed surname or patronymic (Міллі, Зеленського);
    ``guessed``, a noun the dictionary only guesses from its ending, as it does unlisted surnames (Довбик,
    Гостєва). ``other``: the dictionary also lists the word as something else than a person's name
    (Володимира, the town; Ізраїлю, the country)."""

    first: frozenset[str] = frozenset()
    surname: frozenset[str] = frozenset()
    guessed: frozenset[str] = frozenset()
    other: bool = False


@lru_cache(maxsize=16384)
def name_cases(lang: str, word: str) -> NameCases:
    morph = analyzer(lang)
    if morph is None:
        return NameCases()
    parses = morph.parse(word)
    known = [p for p in parses if p.is_known]
    if not known:
        return NameCases(guessed=frozenset(_case(p.tag) for p in parses if p.tag.POS == "NOUN" and p.tag.case))
    return NameCases(
        first=frozenset(_case(p.tag) for p in known if "Name" in p.tag.grammemes and p.tag.case),
        surname=frozenset(_case(p.tag) for p in known if _SURNAME & p.tag.grammemes and p.tag.case),
        other=any(not PERSON & p.tag.grammemes for p in known),
    )


@lru_cache(maxsize=16384)
def agrees(lang: str, adjective: str, word: str) -> bool:
    """``adjective``, read as an adjective, agrees in case, number and (singular) gender with ``word`` read as
    a noun or an adjective: "Білого дому", "Чорного моря", "Київський єврейський"."""
    morph = analyzer(lang)
    if morph is None:
        return False
    heads = [p.tag for p in morph.parse(word) if p.is_known and p.tag.POS in ("NOUN", "ADJF", "PRTF")]
    for parse in morph.parse(adjective):
        tag = parse.tag
        if not parse.is_known or tag.POS != "ADJF":
            continue
        for head in heads:
            same_gender = tag.number == "plur" or not tag.gender or not head.gender or tag.gender == head.gender
            if _case(tag) == _case(head) and tag.number == head.number and same_gender:
                return True
    return False


_NAMING = frozenset({"NOUN", "ADJF"})
_FUNCTION_POS = frozenset({"ADVB", "CONJ", "PREP", "PRCL", "NPRO", "INTJ", "PRED"})
_ASIDE = frozenset({"Surn", "Dist"})
_PROPER = frozenset({"Geox", "Name", "Surn", "Patr", "Orgn", "Trad"})


def _known_parses(lang: str, word: str) -> list[Any]:
    """The dictionary's readings of ``word`` (none when the language has no dictionary), guesses left out."""
    morph = analyzer(lang)
    return [p for p in morph.parse(word) if p.is_known] if morph is not None else []


@lru_cache(maxsize=16384)
def known(lang: str, word: str) -> bool:
    """The dictionary lists ``word``, in any reading (a name borrowed from abroad it may not list)."""
    return bool(_known_parses(lang, word))


@lru_cache(maxsize=16384)
def common_word(lang: str, word: str) -> bool:
    """The dictionary lists ``word``, but never as a proper name (a place, a person, an organisation, a trade mark):
    "Правда" (truth), "Атаки" (attacks). Meaningful for a dictionary that marks places (Russian's, Geox)."""
    parses = _known_parses(lang, word)
    return bool(parses) and not any(_PROPER & p.tag.grammemes for p in parses)


@lru_cache(maxsize=16384)
def function_reading(lang: str, word: str) -> bool:
    """The dictionary lists ``word`` as an adverb, a conjunction, a preposition, a particle, a pronoun or an
    interjection, whatever else it may be ("Далі": further, or the noun даль, or the surname Далі)."""
    return any(p.tag.POS in _FUNCTION_POS for p in _known_parses(lang, word))


@lru_cache(maxsize=16384)
def noun_lemmas(lang: str, word: str, marks_places: bool) -> tuple[str, ...]:
    """The nominatives of ``word`` when the dictionary lists it only as a noun, some reading inanimate (any animate
    one a person's name: "Вашингтона" is also a surname's case), and, if it marks place names (Russian's), one a
    place's: so it lists capitals' names ("Берліні": берлін), not a person ("Папа") nor a code a Latin name
    spells ("Тун", TUN, which it does not know). Empty otherwise."""
    parses = _known_parses(lang, word)
    if not parses or any(p.tag.POS != "NOUN" for p in parses):
        return ()
    grammemes = [p.tag.grammemes for p in parses]
    if not any("inan" in g for g in grammemes) or any("anim" in g and not PERSON & g for g in grammemes):
        return ()
    if marks_places and not any("Geox" in g for g in grammemes):
        return ()
    return tuple(dict.fromkeys(p.normal_form for p in parses))


@lru_cache(maxsize=16384)
def names_nothing(lang: str, word: str) -> bool:
    """The dictionary lists ``word``, but never as a noun or a non-pronominal adjective in the singular: a verb, a
    pronoun, an adverb, a conjunction, a preposition, a particle, a numeral ("Буде", "Такі", "При", "Усього") or a
    plural adjective ("Нові": new), which no one-word place is named by."""
    parses = _known_parses(lang, word)
    naming = [
        p
        for p in parses
        if p.tag.POS in _NAMING
        and "Apro" not in p.tag.grammemes
        and not (p.tag.POS == "ADJF" and p.tag.number == "plur")
    ]
    if len(naming) < len(parses):
        # Beside a function word's reading, a surname's or a dialect's case form names nothing either ("Усі":
        # all, or the surname Ус, or the dialectal "ear"; no Wuxi, which Ukrainian writes Усі).
        naming = [p for p in naming if not _ASIDE & p.tag.grammemes]
    return bool(parses) and not naming
