"""Normalisation keys that fold the romanisations of one place name onto one string.

Gazetteer names and text spans go through the same rules (``resources/common/places_key_rules.json``),
so Louhansk, Lugansk, Luhansk and Луганськ meet on one key without a hand list of names. A language may
add rewrites applied to text before the shared ones (French ``ch`` is English ``sh``); those give extra
query keys, never extra index keys.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache, lru_cache

from sitroom.places.resources import load_json

_APOSTROPHES = re.compile(r"['’ʼ`´]")


@lru_cache(maxsize=1)
def _translit() -> dict[int, str]:
    table = {k: v for k, v in load_json("common", "places_translit.json").items() if not k.startswith("_")}
    return str.maketrans(table)


@cache
def _rules(group: str) -> tuple[tuple[re.Pattern[str] | str, str], ...]:
    """The group's rewrites in order; a plain-letter rule stays a string, since ``str.replace`` does what
    ``re.sub`` would do with it (leftmost, non-overlapping) several times faster."""
    data = load_json("common", "places_key_rules.json")
    rules = data["universal"] if group == "universal" else data["by_language"].get(group, [])
    return tuple((pattern if _literal(pattern, repl) else re.compile(pattern), repl) for pattern, repl in rules)


def _literal(pattern: str, repl: str) -> bool:
    """A rule that rewrites letters to letters: no regex syntax, no group reference."""
    return bool(pattern) and pattern.isalnum() and (not repl or repl.isalnum())


@lru_cache(maxsize=65536)
def fold(name: str) -> str:
    """Lower-case, Cyrillic transliterated, accents and apostrophes removed: the exact-match form."""
    text = _APOSTROPHES.sub("", name.casefold()).translate(_translit())
    if not text.isascii():  # ASCII has nothing to decompose: most spans skip the walk over characters
        text = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    return " ".join(text.replace("-", " ").split())


def _apply(text: str, group: str) -> str:
    for pattern, repl in _rules(group):
        text = text.replace(pattern, repl) if isinstance(pattern, str) else pattern.sub(repl, text)
    return text


@lru_cache(maxsize=65536)
def name_key(name: str) -> str:
    """The shared key of a name (what the gazetteer index stores)."""
    return _apply(fold(name), "universal")


def query_keys(name: str, lang: str) -> list[str]:
    """Keys to look a text span up under: the shared key, then the language's reading of it."""
    keys = [name_key(name)]
    folded = fold(name)
    special = _apply(_apply(folded, lang), "universal") if _rules(lang) else keys[0]
    if special not in keys:
        keys.append(special)
    return [key for key in keys if key]
