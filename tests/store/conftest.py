"""Store fixtures: every store test runs on SQLite, and on PostgreSQL when one is configured.

Set ``SITROOM_TEST_PG_URL`` (e.g. ``postgresql+psycopg://postgres@127.0.0.1:54329/testdb``, a
throw-away database: its tables are dropped) to run the same tests against PostgreSQL.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine

from sitroom.model import ProcessedDocument
from sitroom.store import Store
from sitroom.store.schema import metadata
from sitroom.store.synthetic import synthetic_documents

MakeStore = Callable[[], Store]


@pytest.fixture
def docs() -> list[ProcessedDocument]:
    return list(synthetic_documents(60, seed=7))


def _fresh_postgres(url: str) -> None:
    engine = create_engine(url)
    with engine.begin() as conn:
        metadata.drop_all(conn)
    engine.dispose()


@pytest.fixture(params=["sqlite", "postgresql"])
def make_store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[MakeStore]:
    """A factory of empty stores on the parametrised backend (each call: a fresh database)."""
    made: list[Store] = []
    pg_url = os.environ.get("SITROOM_TEST_PG_URL")
    if request.param == "postgresql" and not pg_url:
        pytest.skip("SITROOM_TEST_PG_URL not set")

    def make() -> Store:
        if request.param == "sqlite":
            url = f"sqlite:///{tmp_path / f'store{len(made)}.db'}"
        else:
            for store in made:
                store.close()
            _fresh_postgres(pg_url)
            url = pg_url
        made.append(Store(url))
        return made[-1]

    yield make
    for store in made:
        store.close()


@pytest.fixture
def store(make_store: MakeStore, docs: list[ProcessedDocument]) -> Store:
    store = make_store()
    store.add(docs)
    return store
