"""The dates evaluation: gold file well-formed and resolved, ACLED notes when the dev data is here."""

import pytest

from sitroom.evaluation import dates as evaluation
from sitroom.evaluation.data import default_data_dir


def test_gold_file_has_200_marked_expressions_in_four_languages():
    rows = list(evaluation.gold_rows())
    assert len(rows) >= 200
    assert {row["lang"] for row in rows} == {"en", "fr", "uk", "ru"}
    for row in rows:
        text, start, end = evaluation.unmark(row["text"])
        assert 0 <= start < end <= len(text) and "[[" not in text


def test_gold_values_meet_the_target():
    result = evaluation.evaluate_gold()
    assert result["gold_n"] >= 200 and result["gold_value_exact"] >= 0.95


@pytest.mark.devdata
@pytest.mark.slow
def test_acled_notes_event_date():
    data_dir = default_data_dir()
    if not (data_dir / "acled-ukraine-dev.csv").exists():
        pytest.skip("development data absent")
    assert evaluation.evaluate_acled(data_dir, limit=150)["acled_event_date_exact"] >= 0.98
