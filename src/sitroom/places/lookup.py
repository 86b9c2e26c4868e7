"""Name lookup: exact folded name, then romanisation key, then Cyrillic case forms, then fuzzy."""

from __future__ import annotations

import itertools
import re
from dataclasses import replace
from functools import lru_cache
from typing import Any

from sitroom.places.gazetteer import Entry, gazetteer
from sitroom.places.keys import name_key, query_keys
from sitroom.places.resources import load_json

_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
FUZZY_MIN_KEY = 9
MISSPELT_MIN_KEY = 6
_MAX_FORMS = 80
MIN_STEM = 3  # letters a case ending must leave of a name's first word


@lru_cache(maxsize=4)
def _alternations(lang: str) -> tuple[tuple[re.Pattern[str], str], ...]:
    rules = load_json(lang, "places_lexicon.json").get("stem_alternations", [])
    return tuple((re.compile(pattern), repl) for pattern, repl in rules)


def _closed_stems(stem: str, lang: str) -> list[str]:
    """The stem as it reads with no ending, vowel alternation included (Харков -> Харків)."""
    return [stem, *(pattern.sub(repl, stem) for pattern, repl in _alternations(lang) if pattern.search(stem))]


def _pairs(stem: str, ending: str, nominative: str, lexicon: dict[str, Any]) -> bool:
    """A nominative ending that restores a suffix (-ськ) follows only a case ending that took it away, one of
    ``nominatives_after`` only the case endings it declines to (Бердянську: no neuter Бердянське), one of
    ``after_vowels`` only a stem ending in one of those letters (Китая: Китай; Крыме: no Крымй), and an ending of
    ``adjective_endings`` only an adjective's nominative (``adjective_nominatives``)."""
    restores = all(ending.startswith(s) for s in lexicon.get("restored_suffixes", []) if nominative.startswith(s))
    if ending in lexicon.get("adjective_endings", ()) and nominative not in lexicon.get("adjective_nominatives", ()):
        return False  # "Зеленского" declines an adjective (Зеленский, or a town's: Зеленск), no noun Зеленск
    vowels = lexicon.get("after_vowels", {}).get(nominative)
    if vowels is not None and stem[-1:].lower() not in vowels:
        return False
    return restores and ending in lexicon.get("nominatives_after", {}).get(nominative, (ending,))


def _case_forms(word: str, lang: str, min_stem: int = MIN_STEM, adjectives: bool = True) -> list[str]:
    """Nominative guesses for an inflected Cyrillic word (Бахмуті -> Бахмут, Донецької -> Донецька,
    Харкова -> Харків). ``adjectives``: also the town an adjective is formed from, its suffix (a case ending
    that starts with a ``restored_suffixes`` one) dropped (Харківської -> Харків, Покровську -> Покров)."""
    lang = lang if lang in ("uk", "ru") else "uk"
    lexicon = load_json(lang, "places_lexicon.json")
    forms = [word]
    for ending in sorted(lexicon.get("case_endings", []), key=len, reverse=True):
        if word.lower().endswith(ending) and len(word) - len(ending) >= min_stem:
            stem = word[: len(word) - len(ending)]
            if stem.isupper() and not word.isupper():
                continue  # a declined abbreviation ("КАБами": guided bombs), no name
            taken = next((s for s in lexicon.get("restored_suffixes", []) if ending.startswith(s)), "")
            # Without adjectives, a suffix a noun's case ending took comes back (Омске: Омск), not an adjective's.
            nouns = not taken or ending not in lexicon.get("adjective_endings", ())
            forms += [
                stem + nominative
                for nominative in lexicon.get("nominative_endings", [])
                if _pairs(stem, ending, nominative, lexicon)
                and (adjectives or (nouns and nominative.startswith(taken)))
            ]
            forms += _closed_stems(stem, lang)[1:] if adjectives or not taken else []
    return list(dict.fromkeys(forms))


def cyrillic(text: str) -> bool:
    return _CYRILLIC.search(text) is not None


def cyrillic_forms(text: str, lang: str, adjectives: bool = True) -> list[str]:
    """Nominative guesses for a Cyrillic span of up to three words (``adjectives`` as for ``_case_forms``)."""
    words = text.split()
    if len(words) > 3:
        return []
    # A name's later words may be short ("Часового Яру": Часів Яр); a lone short word is a common one.
    options = (_word_forms(w, lang, MIN_STEM if i == 0 else MIN_STEM - 1, adjectives) for i, w in enumerate(words))
    combos = itertools.islice(itertools.product(*options), _MAX_FORMS)
    return [" ".join(c) for c in combos][1:]


def _word_forms(word: str, lang: str, min_stem: int, adjectives: bool) -> list[str]:
    """Nominative guesses for a word, each capitalised part of a hyphenated one declined on its own
    ("Ростове-на-Дону": Ростов-на-Дону; "Каменске-Шахтинском": Каменск-Шахтинский), the word itself first."""
    parts = word.split("-")
    if len(parts) == 1:
        return _case_forms(word, lang, min_stem, adjectives)
    options = [_case_forms(part, lang, min_stem, adjectives) if part[:1].isupper() else [part] for part in parts]
    # One part declined first, the others as written: only the head declines before a preposition ("-на-").
    single = ([*parts[:i], form, *parts[i + 1 :]] for i, forms in enumerate(options) for form in forms)
    combos = itertools.chain(single, itertools.product(*options))
    return list(dict.fromkeys("-".join(combo) for combo in itertools.islice(combos, 2 * _MAX_FORMS)))[:_MAX_FORMS]


def expanded(text: str) -> list[str]:
    """The name with a leading abbreviation spelt out (St. Petersburg -> Saint Petersburg), so the
    place whose main name is spelt out matches as exactly as the one written abbreviated."""
    head, _, rest = text.partition(" ")
    full = load_json("en", "places_lexicon.json").get("name_abbreviations", {}).get(head)
    return [f"{full} {rest}"] if full and rest else []


def spelt_out(text: str, lang: str) -> tuple[str, ...]:
    """The region a language's abbreviation names (``region_abbreviations``: ДНР is the Donetsk oblast, RPD
    in French): a language's own, since the folded ДНР is the Latin DNR, a natural-resources department."""
    full = load_json(lang, "places_lexicon.json").get("region_abbreviations", {}).get(text)
    return (full,) if full else ()


@lru_cache(maxsize=32768)
def lookup(text: str, lang: str, fuzzy: bool) -> tuple[Entry, ...]:
    """Gazetteer entries a span may name, trying the strictest match first."""
    hits = _matches(text, lang)
    if hits or not fuzzy:
        return hits
    key = name_key(text)
    return _fuzzy(key) if len(key) >= FUZZY_MIN_KEY else ()


def misspelt(text: str) -> tuple[Entry, ...]:
    """Entries whose key is an edit or two away from the span's, for names too short for ``lookup``'s fuzzy
    match: the caller bounds them (``recognise`` by a region named beside the span)."""
    key = name_key(text)
    return _fuzzy(key) if len(key) >= MISSPELT_MIN_KEY else ()


@lru_cache(maxsize=8192)
def _fuzzy(key: str) -> tuple[Entry, ...]:
    """Fuzzy entries per key: spellings that differ only in case or punctuation share one slow query."""
    return tuple(gazetteer().fuzzy(key))


@lru_cache(maxsize=32768)
def _forms(text: str, lang: str, adjectives: bool = True) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The written forms a span is looked up under (case forms, abbreviations spelt out) and their keys
    (``adjectives`` as for ``_case_forms``)."""
    in_cyrillic = cyrillic(text)
    forms = (text, *cyrillic_forms(text, lang, adjectives)) if in_cyrillic else (text, *expanded(text))
    forms += spelt_out(text, lang)
    return forms, tuple(key for form in forms for key in query_keys(form, lang))


@lru_cache(maxsize=32768)
def may_match(text: str, lang: str) -> bool:
    """False when ``lookup(text, lang, False)`` certainly finds nothing (the name filter holds none of its
    forms and keys): a test far cheaper than the query, for checks costlier than it (the parse)."""
    return gazetteer().may_match(*_forms(text, lang))


@lru_cache(maxsize=32768)
def _matches(text: str, lang: str) -> tuple[Entry, ...]:
    """Exact names, then keys (recognition asks without fuzzy matching, resolution with: one query)."""
    if not may_match(text, lang):
        return ()  # most spans asked about: the filter's answer is memoised, recognition asks it first
    in_cyrillic = cyrillic(text)
    forms, keys = _forms(text, lang)
    exact, by_key = gazetteer().matches(forms, keys)
    if exact and text.endswith("."):
        return tuple(exact)  # an abbreviation as written (Ind., W.Va.), not whatever shares its letters
    return _adjectival(text, lang, _native(text, exact, by_key)) if in_cyrillic else tuple(exact + by_key)


def _adjectival(text: str, lang: str, hits: tuple[Entry, ...]) -> tuple[Entry, ...]:
    """The entries only an adjective's town reaches, marked ``adjectival`` (Покров, of Покровський, for
    "в Покровську"): resolution prefers the town the word is a case form of (Покровськ)."""
    nouns, noun_keys = _forms(text, lang, adjectives=False)
    if not hits or len(nouns) == len(_forms(text, lang)[0]):
        return hits
    exact, by_key = gazetteer().matches(nouns, noun_keys)
    declined = {e.ident for e in exact + by_key}
    return tuple(e if e.ident in declined else replace(e, adjectival=True) for e in hits)


def _native(text: str, exact: list[Entry], by_key: list[Entry]) -> tuple[Entry, ...]:
    """Cyrillic common words (Мер "mayor", Травня "of May") fold onto small towns abroad and, when
    short, share their key with many names: a short span keeps its exact names only, and a town of a
    country not written in Cyrillic must be a major city."""
    script = load_json("common", "places_scripts.json")["cyrillic"]
    hits = exact if len(text) <= script["exact_only_length"] else exact + by_key
    return tuple(
        e
        for e in hits
        if e.place.feature != "city"
        or e.place.country in script["countries"]
        or e.place.population >= script["min_population"]
    )
