"""Readers for the input formats; each yields ``Document`` or ``DocumentError``, never raises."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

from sitroom.ingest.normalise import make_document
from sitroom.model import Document, DocumentError


def read_paths(paths: Iterable[str]) -> Iterator[Document | DocumentError]:
    for path in paths:
        yield from make_document_safely(Path(path).read_text(encoding="utf-8"), path)


def make_document_safely(text: str, origin: str) -> Iterator[Document | DocumentError]:
    try:
        yield make_document(text)
    except ValueError as exc:
        yield DocumentError(origin, "empty", str(exc))
