import pytest

from sitroom.evaluation import get
from sitroom.evaluation.data import default_data_dir


def _data_or_skip(name: str):
    data = default_data_dir()
    if not (data / name).exists():
        pytest.skip(f"{data / name} not present")
    return data


def test_variants_evaluation_reads_our_file() -> None:
    result = get("variants")(default_data_dir(), None)
    assert result["variants"] >= 80 and result["accuracy"] == 1.0


@pytest.mark.devdata
@pytest.mark.parametrize("name", ["geo-gwn", "geo-lgl"])
def test_geoparsing_evaluations_run(name: str) -> None:
    data = _data_or_skip("geoparsing")
    result = get(name)(data, 5)
    assert result["articles"] == 5
    assert 0.0 <= result["acc161_of_recognised"] <= 1.0 and result["recognised"] > 0


@pytest.mark.devdata
def test_acled_places_evaluation_runs() -> None:
    data = _data_or_skip("acled-ukraine-dev.csv")
    result = get("acled-places")(data, 20)
    assert result["notes"] == 20 and result["admin1_equal"] > 0.5


@pytest.mark.devdata
def test_cir_evaluation_runs() -> None:
    data = _data_or_skip("cir-eyesonrussia-dev.csv")
    result = get("cir")(data, 20)
    assert result["descriptions_naming_a_town"] == 20 and result["place_within_25km"] > 0.5


def test_demonym_gold_spans_are_told_apart() -> None:
    from sitroom import nlp
    from sitroom.evaluation.geoparsing import is_demonym
    from sitroom.ingest import make_document

    text = "Russians and Canadian officials met in Ukraine."
    (adoc,) = nlp.analyze([(make_document(text, lang="en"), "en")])
    assert is_demonym(adoc, 0, len("Russians"))
    assert is_demonym(adoc, text.index("Canadian"), text.index("Canadian") + len("Canadian"))
    assert not is_demonym(adoc, text.index("Ukraine"), text.index("Ukraine") + len("Ukraine"))


def test_the_headline_counts_demonyms_and_the_plain_figures_places_alone() -> None:
    from sitroom import nlp
    from sitroom.evaluation.geoparsing import Gold, Tally, is_demonym
    from sitroom.ingest import make_document
    from sitroom.places import demonyms, geoparse

    text = "Russian shelling hit Kharkiv."
    (adoc,) = nlp.analyze([(make_document(text, lang="en"), "en")])
    places = geoparse(adoc)
    gold = [
        Gold(0, 7, 60.0, 100.0, is_demonym(adoc, 0, 7)),  # Russia's point, as the corpora give it
        Gold(text.index("Kharkiv"), text.index("Kharkiv") + 7, 49.98, 36.25),
    ]
    tally = Tally()
    tally.add(gold, places, demonyms(adoc, places))
    metrics = tally.metrics()
    assert metrics["recall"] == 1.0 and metrics["acc161_of_recognised"] == 1.0
    assert metrics["demonym_gold"] == 1 and metrics["recall_without_demonyms"] == 1.0
    places_only = Tally()
    places_only.add(gold, places)
    assert places_only.metrics()["recall"] == 0.5
