"""The speed-ups of the places stage give what the plain code gives."""

import re
from itertools import islice

from sitroom.places import keys
from sitroom.places.gazetteer import cities_path, read_cities
from sitroom.places.lookup import lookup
from sitroom.places.resolve import _per_entries
from sitroom.places.resources import load_json


def _regex_key(name: str, group: str = "universal") -> str:
    data = load_json("common", "places_key_rules.json")
    rules = data["universal"] if group == "universal" else data["by_language"][group]
    text = keys.fold(name)
    for pattern, repl in rules:
        text = re.sub(pattern, repl, text)
    return text


def test_plain_letter_rules_rewrite_as_their_regex_would() -> None:
    assert any(isinstance(pattern, str) for pattern, _ in keys._rules("universal"))
    assert keys._literal("shch", "sh") and keys._literal("ie", "e") and keys._literal("w", "")
    assert not keys._literal("(.)\\1+", "\\1") and not keys._literal("[^a-z]", "") and not keys._literal("", "x")
    names = [n for city in islice(read_cities(cities_path()), 3000) for n in [city["name"], *city["alternatenames"]]]
    for name in [*names, "Shchastia", "Tschernobyl", "Gheorghe", "Zhytomyr", "Louhansk", "Kyiv", "Київ"]:
        assert keys._apply(keys.fold(name), "universal") == _regex_key(name)


def test_fold_of_ascii_and_accented_text() -> None:
    assert keys.fold("Kharkiv-Oblast  ") == "kharkiv oblast"
    assert keys.fold("Zaporizhzhia’s") == "zaporizhzhias"
    assert keys.fold("Tōkyō") == "tokyo" and keys.fold("Île-de-France") == "ile de france"
    assert keys.fold("Донецьк") == keys.fold("Donetsk")


def test_a_function_of_entries_is_memoised_by_the_tuple_itself() -> None:
    calls: list[tuple[object, ...]] = []

    @_per_entries
    def count(entries: tuple) -> int:  # type: ignore[type-arg]
        calls.append(entries)
        return len(entries)

    entries = lookup("Kharkiv", "en", False)
    assert count(entries) == count(entries) == len(entries) and len(calls) == 1
    copy = tuple(list(entries))
    assert count(copy) == len(entries) and len(calls) == 2  # equal but another tuple: computed again
    count.memo_clear()  # type: ignore[attr-defined]
    assert count(entries) == len(entries) and len(calls) == 3
