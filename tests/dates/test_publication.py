"""Publication date sources, in order, and never an invented date."""

import datetime as dt

import pytest

from sitroom import dates, nlp
from sitroom.evaluation.data import default_data_dir
from sitroom.ingest import make_document
from sitroom.model import ResolvedDate


def test_metadata_date_wins(timeline):
    found = timeline("On 3 March 2022 Russian forces shelled Kharkiv.", "en", "2022-03-04")
    assert (found.doc_date.value.isoformat(), found.doc_date_source) == ("2022-03-04", "metadata")


def test_explicit_full_date_in_text(timeline):
    found = timeline("KYIV, 3 March 2022 – Russian forces shelled Kharkiv on Wednesday.", "en")
    assert (found.doc_date.value.isoformat(), found.doc_date_source) == ("2022-03-03", "inferred")
    assert found.expressions[-1].value.value.isoformat() == "2022-03-02"


def test_day_counter_gives_the_publication_date(timeline):
    found = timeline("994-й день повномасштабної війни. Вночі ворог атакував Київ.", "uk")
    assert found.doc_date.value.isoformat() == "2024-11-13"
    assert found.date_for(len("994-й день повномасштабної війни. Вночі")).value.isoformat() == "2024-11-13"


def test_partial_metadata_narrowed_by_weekday(timeline):
    text = "date 2023-02\nLe ministère a déclaré mercredi que les troupes avaient reculé. Mercredi, Kiev a tiré."
    found = timeline(text, "fr")
    assert found.doc_date_source == "inferred"
    assert (found.doc_date.value.isoformat(), found.doc_date.precision) == ("2023-02-15", 2)


def test_partial_metadata_alone_is_a_month(timeline):
    found = timeline("date 2023-02\nLes combats continuent dans l'est.", "fr")
    assert (found.doc_date.value.isoformat(), found.doc_date.precision, found.doc_date_source) == (
        "2023-02-15",
        3,
        "metadata",
    )


def test_no_cue_means_no_date(timeline):
    found = timeline("Les combats continuent à Bakhmout, selon le gouverneur.", "fr")
    assert found.doc_date is None and found.doc_date_source == "none"
    assert found.date_for(5) is None


def test_reference_is_the_last_resort():
    document = make_document("Samedi soir, Kiev a été attaquée.", lang="fr")
    (adoc,) = nlp.analyze([(document, "fr")])
    found = dates.resolve(adoc, reference=lambda _adoc, _mentions: ResolvedDate(dt.date(2022, 9, 10), 2))
    assert found.doc_date_source == "inferred" and found.expressions[0].value.value.isoformat() == "2022-09-10"


@pytest.mark.devdata
def test_example_articles(timeline):
    examples = default_data_dir().parent / "examples"
    if not examples.is_dir():
        pytest.skip("example articles absent")
    first = timeline((examples / "003_483b72b96b9df30c.txt").read_text(encoding="utf-8"), "fr")
    second = timeline((examples / "004_2e3281600c46a153.txt").read_text(encoding="utf-8"), "fr")
    assert abs((first.doc_date.value - dt.date(2023, 2, 15)).days) <= 1
    assert second.doc_date is None


def test_partial_metadata_report_comes_after_the_days_it_states(timeline):
    text = "date 2023-02\nLe 7 février, Kharkiv a été frappée. Mercredi, l'armée a repoussé une attaque."
    assert timeline(text, "fr").doc_date.value.isoformat() == "2023-02-08"


def test_full_date_deep_in_text_is_a_lower_bound(timeline):
    text = (
        "Russian forces shelled Kharkiv again on Wednesday, officials said. " * 3
        + "The city was first hit on 24 February 2022."
    )
    found = timeline(text, "en")
    assert (found.doc_date.value.isoformat(), found.doc_date.precision) == ("2022-02-24", 2)
