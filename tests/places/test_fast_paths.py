"""The speed-ups of the places stage give what the plain code gives."""

import re
from collections.abc import Callable
from dataclasses import fields
from itertools import islice

import pytest

from sitroom.places import keys, recognise, relative
from sitroom.places.gazetteer import LONG_KEY, _letters, _within, cities_path, gazetteer, read_cities
from sitroom.places.keys import name_key
from sitroom.places.lookup import lookup
from sitroom.places.patterns import ending_pattern
from sitroom.places.recognise import Candidate
from sitroom.places.resolve import Mention, _candidate_fields, _per_entries, _resolution_key, resolve
from sitroom.places.resources import load_json


def _regex_key(name: str, group: str = "universal") -> str:
    data = load_json("common", "places_key_rules.json")
    rules = data["universal"] if group == "universal" else data["by_language"][group]
    text = keys.fold(name)
    for pattern, repl in rules:
        text = re.sub(pattern, repl, text)
    return text


def test_plain_letter_rules_rewrite_as_their_regex_would() -> None:
    assert any(letters for letters, _, _, _ in keys._rules("universal"))
    assert keys._literal("shch", "sh") and keys._literal("ie", "e") and keys._literal("w", "")
    assert not keys._literal("(.)\\1+", "\\1") and not keys._literal("[^a-z]", "") and not keys._literal("", "x")
    names = [n for city in islice(read_cities(cities_path()), 3000) for n in [city["name"], *city["alternatenames"]]]
    for name in [*names, "Shchastia", "Tschernobyl", "Gheorghe", "Zhytomyr", "Louhansk", "Kyiv", "Київ"]:
        assert keys._apply(keys.fold(name), "universal") == _regex_key(name)


def test_a_regex_rule_is_tried_only_on_texts_holding_the_letters_its_matches_hold() -> None:
    assert keys._needed("gu(?=[ie])") == "gu" and keys._needed("(?<=[aeiou])j") == "j"
    assert keys._needed("(?<=..)e$") == "e" and keys._needed("^z") == "z" and keys._needed("(?<!t)ch") == "ch"
    for pattern in ("(.)\\1+", "[^a-z]", "(iev|ev|ov)$", "a|b", "ab?", "a{2}", "\\d", "(?i)a", "[$]"):
        assert keys._needed(pattern) == ""
    for name in ("Chornobai", "Jouy", "Zasavica", "Gurievsk", "Guinea", "Kyievo", "Rome", "Tchad", "Bijou"):
        folded = keys.fold(name)
        for group in ("fr", "de", "universal"):
            assert keys._apply(folded, group) == _regex_apply(folded, group)


def test_a_replacement_by_one_group_reference_is_a_function_giving_what_the_template_gives() -> None:
    assert (
        keys._replacement("sh") == "sh" and keys._replacement("\\1x") == "\\1x" and keys._replacement("\\12") == "\\12"
    )
    for template, pattern, text in [("\\1", "(.)\\1+", "tallinn mississippi"), ("\\g<2>", "(a)|(b)", "abba")]:
        function = keys._replacement(template)
        assert callable(function)
        assert re.sub(pattern, function, text) == re.sub(pattern, template, text)


def _regex_apply(text: str, group: str) -> str:
    data = load_json("common", "places_key_rules.json")
    for pattern, repl in data["universal"] if group == "universal" else data["by_language"][group]:
        text = re.sub(pattern, repl, text)
    return text


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


def _fuzzy_keys_by_scan(key: str) -> list[str]:
    """The near keys as first written: every distinct key sharing the first three letters, tested with sets."""
    gaz = gazetteer()
    budget = 1 if len(key) < LONG_KEY else 2
    rows = gaz.db.execute(
        "SELECT DISTINCT key FROM names WHERE key >= ? AND key < ? AND length(key) BETWEEN ? AND ?",
        (key[:3], key[:3] + "{", len(key) - budget, len(key) + budget),
    ).fetchall()
    return sorted(k for (k,) in rows if len(set(key) ^ set(k)) <= 2 * budget and _within(key, k, budget))


def test_fuzzy_keys_by_length_and_letter_bits_are_the_keys_a_scan_finds(monkeypatch) -> None:
    gaz = gazetteer()
    asked: list[list[str]] = []
    monkeypatch.setattr(gaz, "by_key", lambda keys: asked.append(sorted(set(keys))) or [])
    queries = [
        "lysichantsk",
        "severdonetsk",
        "pridniprovska",
        "velikeartakovo",
        "zaporizanuclearpoverplant",
        "kyiv-ükraine",
    ]
    queries += [k + "e" for (k,) in gaz.db.execute("SELECT key FROM fuzzy_keys WHERE len BETWEEN 9 AND 14 LIMIT 300")]
    for query in queries:
        gaz.fuzzy(query)
        assert asked[-1] == _fuzzy_keys_by_scan(query)
    assert sum(bool(found) for found in asked) > 100


def test_letters_of_a_key_as_bits() -> None:
    assert _letters("abca") == 0b111 and _letters("z") == 1 << 25 and _letters("") == 0
    assert _letters("kyiv-ukraine") == -1 and _letters("київ") == -1


def test_entries_carry_the_key_of_their_place_name() -> None:
    entries = [
        e for name in ("Andriivka", "Paris", "Kharkiv Oblast", "Bakhmut", "Вовчанськ") for e in lookup(name, "en", True)
    ]
    assert len(entries) > 50
    assert all(e.key == name_key(e.place.name) for e in entries)


def _mentions(specs: list[tuple[str, bool]]) -> list[Mention]:
    mentions, start = [], 0
    for text, strong in specs:
        mentions.append(Mention(Candidate(start, start + len(text), text, strong), lookup(text, "en", strong)))
        start += len(text) + 2
    return mentions


def test_a_resolution_met_again_is_taken_from_the_memo_and_equals_a_fresh_one() -> None:
    specs = [("Paris", True), ("Tenn.", True), ("Henry County", False), ("Puryear", False)]
    first = _mentions(specs)
    first[1].candidate.qualifies = first[0].candidate
    resolve(first)
    again = _mentions(specs)
    again[1].candidate.qualifies = again[0].candidate
    resolve(again)  # a memo hit: same entries, same candidate fields and links
    resolve.memo_clear()  # type: ignore[attr-defined]
    fresh = _mentions(specs)
    fresh[1].candidate.qualifies = fresh[0].candidate
    resolve(fresh)
    assert [m.chosen for m in first] == [m.chosen for m in again] == [m.chosen for m in fresh]
    assert first[0].chosen is not None and first[0].chosen.place.admin1 == "Tennessee"
    unlinked = _mentions(specs)  # the same spans, not linked: another key, resolved afresh
    resolve(unlinked)
    assert _resolution_key(unlinked, ()) != _resolution_key(first, ())
    assert _resolution_key(first, ()) == _resolution_key(again, ()) != _resolution_key(first, ("US",))


def test_the_resolution_key_leaves_out_only_positions() -> None:
    # The links to other candidates (qualifies, sibling) enter the key as indexes, not as fields.
    linked = {"start", "end", "qualifies", "sibling"}
    assert set(_candidate_fields()) == {f.name for f in fields(Candidate)} - linked


def test_within_a_budget_of_edits_as_the_full_table_says(edit_distance: Callable[[str, str], int]) -> None:
    words = ["", "a", "ab", "ba", "aab", "kyiv", "kiev", "kyyiv", "luhansk", "lugansk", "louhansk", "abcdef", "bcdefa"]
    words += [k for (k,) in gazetteer().db.execute("SELECT key FROM fuzzy_keys WHERE len BETWEEN 8 AND 13 LIMIT 20")]
    near = [w[:i] + w[i + 1 :] for w in words[-12:] for i in (0, 3, len(w) - 1)]
    near += [w[:2] + "x" + w[3:-1] + "y" for w in words[-12:]] + [w[1:] + "z" for w in words[-12:]]
    for a in words + near:
        for b in words + near:
            distance = edit_distance(a, b)
            for budget in (0, 1, 2):
                assert _within(a, b, budget) == (distance <= budget), (a, b, budget)


def test_window_patterns_searched_from_the_end_find_what_re_finds() -> None:
    endings = ["", " ", "  \n", "s ", "s of ", " of the ", "\n"]
    heads = ["", "the ", "in a ", "xx", "é", "1", "-", "Near ", "urban-type "]
    phrases = ["village", "Village", "settlement", "hamlet", "near", "outskirts of", "close to", "around"]
    phrases += ["village de", "près de", "aux abords de", "localité d’", "region of", "région de", "oblast d'"]
    phrases += ["с.", "смт", "селі", "селища", "поблизу", "біля", "неподалік від", "пос.", "возле", "в районе"]
    windows = [head + phrase + end for head in heads for phrase in phrases for end in endings]
    windows += ["", "village of Kharkiv", "villager", "the village.", "nearby", "nearly", "aroundabout "]
    for lang in ("en", "fr", "uk", "ru"):
        settlement, region = recognise._settlement_pattern(lang), recognise._region_patterns(lang)[1]
        settlement_re, region_re = re.compile(settlement.pattern, re.IGNORECASE), re.compile(region.pattern)
        for window in windows:
            assert (settlement.search(window) is None) == (settlement_re.search(window) is None), (lang, window)
            low = window.lower().rstrip()
            assert (region.search(low) is None) == (region_re.search(low) is None), (lang, window)
    assert recognise._settlement_framed("shelling of the village of Hlyboke", 27, "en")
    assert not recognise._settlement_framed("shelling of Hlyboke", 12, "en")
    assert recognise._bearing_framed("shelling north of Hlyboke", 18, 25, "en")
    with pytest.raises(ValueError):
        ending_pattern("village")


def test_relative_phrases_searched_from_the_end_read_what_re_reads() -> None:
    windows = ["shelled a village 20 km south-west of ", "about 1.5 miles north of the ", "some 120,5 km east of "]
    windows += ["near ", "on the outskirts of ", "2 km from ", "north of ", "northern ", "west of the city 3 km "]
    windows += ["à 20 km au sud-ouest de ", "au nord d’", "près de ", "за 20 км на південь від ", "поблизу "]
    windows += ["в 15 км к северу от ", "в районе ", "біля ", "на північ від ", "20km west of ", "1020 km north of "]
    for lang in ("en", "fr", "uk", "ru"):
        for kind, pattern in relative._patterns(lang)[2]:
            plain = re.compile(pattern.pattern, re.IGNORECASE)
            for window in windows:
                ours, theirs = pattern.search(window), plain.search(window)
                assert (ours and (ours.span(), ours.groupdict())) == (theirs and (theirs.span(), theirs.groupdict())), (
                    lang,
                    kind,
                    window,
                )
