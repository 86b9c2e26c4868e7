from collections.abc import Callable

import pytest

from sitroom import dates, nlp
from sitroom.ingest import make_document
from sitroom.model import Timeline

Resolve = Callable[..., Timeline]


@pytest.fixture(scope="session")
def timeline() -> Resolve:
    """Runs the real nlp stage (spaCy models, loaded once per process) and then the dates stage."""

    def run(text: str, lang: str, date: str | None = None) -> Timeline:
        document = make_document(text, lang=lang, date=date)
        (adoc,) = nlp.analyze([(document, lang)])
        return dates.resolve(adoc)

    return run
