"""The application factory: the REST API over one store, plus the web UI."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator

from fastapi import FastAPI

from sitroom import web
from sitroom.api import errors
from sitroom.api.routes import router
from sitroom.model import Document, DocumentError, ProcessedDocument
from sitroom.store import Store

Processor = Callable[[Iterable[Document | DocumentError]], Iterator[ProcessedDocument | DocumentError]]


def create_app(db_url: str, process: Processor | None = None) -> FastAPI:
    """The FastAPI app serving ``db_url`` (OpenAPI at /docs).

    ``process`` runs extraction for POST /api/documents; it defaults to the pipeline, imported on
    first use so a read-only server never loads the NLP models.
    """
    app = FastAPI(
        title="Sitroom",
        summary="Geocoded, dated, source-attributed conflict events extracted from news.",
        version="0.1.0",
    )
    app.state.store = Store(db_url)
    app.state.process = process
    errors.install(app)
    app.include_router(router)
    web.mount(app)
    return app
