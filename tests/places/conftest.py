from collections.abc import Callable

import pytest

from sitroom import nlp
from sitroom.ingest import make_document
from sitroom.model import AnalyzedDocument, PlaceMention
from sitroom.places import geoparse

Analyse = Callable[[str, str], AnalyzedDocument]
Geoparse = Callable[[str, str], list[PlaceMention]]
EditDistance = Callable[[str, str], int]


@pytest.fixture(scope="session")
def analyse() -> Analyse:
    """The real nlp stage (spaCy models are loaded once per process by ``nlp.load_pipeline``)."""

    def run(text: str, lang: str) -> AnalyzedDocument:
        (adoc,) = nlp.analyze([(make_document(text, lang=lang), lang)])
        return adoc

    return run


@pytest.fixture(scope="session")
def places(analyse: Analyse) -> Geoparse:
    def run(text: str, lang: str) -> list[PlaceMention]:
        return geoparse(analyse(text, lang))

    return run


@pytest.fixture(scope="session")
def found(places: Geoparse) -> Callable[[str, str], dict[str, PlaceMention]]:
    """Geoparse and index the mentions by their text as written."""

    def run(text: str, lang: str) -> dict[str, PlaceMention]:
        return {m.text: m for m in places(text, lang)}

    return run


@pytest.fixture(scope="session")
def edit_distance() -> EditDistance:
    """The full table of edit distances, as in a textbook: what the fast fuzzy checks must agree with."""

    def levenshtein(a: str, b: str) -> int:
        previous = list(range(len(b) + 1))
        for i, ca in enumerate(a, start=1):
            current = [i]
            for j, cb in enumerate(b, start=1):
                current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
            previous = current
        return previous[-1]

    return levenshtein
