"""Normalisation keys that fold the romanisations of one place name onto one string.

Gazetteer names and text spans go through the same rules (``resources/common/places_key_rules.json``),
so Louhansk, Lugansk, Luhansk and Луганськ meet on one key without a hand list of names. A language may
add rewrites applied to text before the shared ones (French ``ch`` is English ``sh``); those give extra
query keys, never extra index keys.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from functools import cache, lru_cache

from sitroom.places.resources import load_json

_APOSTROPHES = re.compile(r"['’ʼ`´]")


@lru_cache(maxsize=1)
def _translit() -> dict[int, str]:
    table = {k: v for k, v in load_json("common", "places_translit.json").items() if not k.startswith("_")}
    return str.maketrans(table)


_ZERO_WIDTH = re.compile(r"\(\?<?[=!][^()]*\)|[$^]")
_GROUP_REFERENCE = re.compile(r"\\([1-9])|\\g<([1-9][0-9]*)>")
_Replacement = str | Callable[[re.Match[str]], str]
# A rule: the letters a plain-letter rule replaces (else None), its regex (else None), the replacement, and
# letters every match of the regex contains ("" when unknown).
_Rule = tuple[str | None, re.Pattern[str] | None, _Replacement, str]


@cache
def _rules(group: str) -> tuple[_Rule, ...]:
    """The group's rewrites in order. A plain-letter rule stays a string, since ``str.replace`` does what
    ``re.sub`` would do with it (leftmost, non-overlapping) several times faster; a regex is skipped for
    a text lacking letters all its matches contain."""
    data = load_json("common", "places_key_rules.json")
    rules = data["universal"] if group == "universal" else data["by_language"].get(group, [])
    return tuple(
        (pattern, None, repl, "")
        if _literal(pattern, repl)
        else (None, re.compile(pattern), _replacement(repl), _needed(pattern))
        for pattern, repl in rules
    )


def _literal(pattern: str, repl: str) -> bool:
    """A rule that rewrites letters to letters: no regex syntax, no group reference."""
    return bool(pattern) and pattern.isalnum() and (not repl or repl.isalnum())


def _replacement(repl: str) -> _Replacement:
    """A replacement that is one group reference ("\\1") as a function: Python 3.11 expands a template in
    Python at every match, and "(.)\\1+" matches in many names. A group that took no part gives ""."""
    reference = _GROUP_REFERENCE.fullmatch(repl)
    if reference is None:
        return repl
    group = int(reference.group(1) or reference.group(2))
    return lambda match: match.group(group) or ""


def _needed(pattern: str) -> str:
    """Letters every match of ``pattern`` contains side by side: the pattern less its lookarounds and
    anchors (which match no characters) when plain letters are left ("gu(?=[ie])" -> "gu"), else ""."""
    rest = _ZERO_WIDTH.sub("", pattern)
    return rest if rest.isalnum() else ""


@lru_cache(maxsize=65536)
def fold(name: str) -> str:
    """Lower-case, Cyrillic transliterated, accents and apostrophes removed: the exact-match form."""
    text = _APOSTROPHES.sub("", name.casefold()).translate(_translit())
    if not text.isascii():  # ASCII has nothing to decompose: most spans skip the walk over characters
        text = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    return " ".join(text.replace("-", " ").split())


def _apply(text: str, group: str) -> str:
    for letters, regex, repl, needed in _rules(group):
        if letters is not None:
            text = text.replace(letters, repl)  # type: ignore[arg-type]
        elif needed in text:  # "" is in every text
            text = regex.sub(repl, text)  # type: ignore[union-attr]
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


@lru_cache(maxsize=8192)
def reading_keys(name: str) -> frozenset[str]:
    """The name's keys under every language's reading (``by_language``): a spelling of one romanisation is a
    spelling of the name whichever language's text it stands in ("Soudja", French, is Sudzha)."""
    languages = load_json("common", "places_key_rules.json")["by_language"]
    return frozenset(key for lang in languages for key in query_keys(name, lang))
