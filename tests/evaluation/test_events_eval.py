"""The events evaluations run on a slice of the development data (skipped when it is absent)."""

from __future__ import annotations

import pytest

from sitroom.evaluation import get
from sitroom.evaluation.acled import balanced_accuracy
from sitroom.evaluation.case import macro_f1
from sitroom.evaluation.data import default_data_dir

pytestmark = pytest.mark.devdata


def _data_or_skip(name: str) -> None:
    if not (default_data_dir() / name).exists():
        pytest.skip(f"{name} not present")


def test_balanced_accuracy_ignores_rare_classes() -> None:
    pairs = [("a", "a")] * 5 + [("b", "x")] * 5 + [("c", "c")]
    assert balanced_accuracy(pairs, 5) == 0.5


def test_macro_f1_counts_false_positives() -> None:
    assert macro_f1([("a", "a"), (None, "a"), ("b", None)], ["a", "b"]) == pytest.approx(((2 / 3) + 0) / 2)


def test_acled_eval_slice() -> None:
    _data_or_skip("acled-ukraine-dev.csv")
    result = get("acled")(default_data_dir(), 40)
    assert result["notes"] == 40
    assert result["family_accuracy"] >= 0.8
    assert "eval" not in result  # the CLI names the evaluation ("evaluation")


def test_case_eval_slice() -> None:
    _data_or_skip("case2021-task2-dev.tsv")
    result = get("case")(default_data_dir(), 40)
    assert result["snippets"] == 40
    assert 0.0 <= result["macro_f1"] <= 1.0
    assert "eval" not in result


def test_examples_eval() -> None:
    if not (default_data_dir().parent / "examples").is_dir():
        pytest.skip("examples not present")
    result = get("examples")(default_data_dir(), None)
    assert result["passed"] == result["checks"]
    assert "eval" not in result
