import random
import string
from collections.abc import Callable

import pytest

from sitroom.places.bloom import NameFilter
from sitroom.places.gazetteer import _within, gazetteer
from sitroom.places.keys import fold, name_key


def _words(count: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choices(string.ascii_lowercase + " ", k=rng.randint(1, 14))) for _ in range(count)]


def test_a_filter_holds_every_text_added_and_few_others() -> None:
    added, others = _words(20_000, 1), set(_words(20_000, 2))
    known = NameFilter.of(added, size_bits=1 << 18)
    assert all(text in known for text in added)
    false_hits = sum(text in known for text in others - set(added))
    assert false_hits < 0.01 * len(others)  # ≈ 13 bits a text: ≈ 0.2% expected
    assert 42 not in known


def test_the_batched_build_sets_the_bits_adding_one_by_one_sets() -> None:
    texts = [*_words(5_000, 3), "kyiv", "київ", ""]
    one_by_one = NameFilter(bytearray(1 << 13))
    for text in texts:
        one_by_one.add(text)
    assert NameFilter.of(texts, size_bits=1 << 16).bits == one_by_one.bits


def test_a_filter_is_a_power_of_two_of_bits_and_read_only_once_stored() -> None:
    with pytest.raises(ValueError):
        NameFilter(bytes(3))
    with pytest.raises(ValueError):
        NameFilter.of([], size_bits=1000)
    with pytest.raises(TypeError):
        NameFilter(bytes(8)).add("kyiv")


def test_the_index_filter_knows_every_name_and_key() -> None:
    gaz = gazetteer()
    rows = gaz.db.execute("SELECT fold, key FROM names WHERE id % 97 = 0").fetchall()
    assert len(rows) > 1000
    assert all(f in gaz.known and k in gaz.known for f, k in rows)
    for name in ("Kharkiv", "Харків", "Bakhmut", "Paris", "Washington"):
        assert fold(name) in gaz.known and name_key(name) in gaz.known


def test_a_name_the_filter_rules_out_costs_no_query() -> None:
    gaz = gazetteer()
    statements: list[str] = []
    gaz.db.set_trace_callback(statements.append)
    try:
        assert gaz.matches(["Qxzvbnm Tower"], ["qxzvbnmtover"]) == ([], [])
        assert gaz.exact(["Qxzvbnm Tower"]) == [] and gaz.by_key([]) == []
        assert not statements
        exact, _ = gaz.matches(["Kharkiv"], ["harkiv"])
        assert exact and statements
    finally:
        gaz.db.set_trace_callback(None)


def test_within_agrees_with_the_edit_distance(edit_distance: Callable[[str, str], int]) -> None:
    rng = random.Random(4)
    for _ in range(20_000):
        a = "".join(rng.choices("abc", k=rng.randint(0, 8)))
        b = list(a)
        for _ in range(rng.randint(0, 3)):
            position = rng.randint(0, len(b))
            edit = rng.choice(("insert", "delete", "replace"))
            if edit == "insert":
                b.insert(position, rng.choice("abcd"))
            elif position < len(b):
                b[position : position + 1] = [] if edit == "delete" else [rng.choice("abcd")]
        distance = edit_distance(a, "".join(b))
        for budget in (0, 1, 2):
            assert _within(a, "".join(b), budget) == (distance <= budget)


def test_exact_names_are_memoised_and_given_as_a_fresh_list() -> None:
    gaz = gazetteer()
    first = gaz.exact(["US"])
    assert first and any(e.place.feature == "country" for e in first)
    first.clear()
    assert gaz.exact(["us", "US"]) == gaz.exact(["US"]) != []
    gaz.exact_memo.clear()
    assert gaz.exact(["US"]) == gaz.exact(["us"])
