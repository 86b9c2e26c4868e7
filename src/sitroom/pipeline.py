"""Composes the extraction stages: ingest -> language -> nlp -> places -> dates -> events.

Dates read nothing of places, so ``_finish`` resolves them first: places take the document's date
(``document_date``) to pick the front lines that held then.

The pipeline never lets one broken document stop a batch: a failure becomes a ``DocumentError``
that the caller reports, and the next document goes on.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from typing import Any

from sitroom import dates, events, language, nlp, places
from sitroom.ingest import make_document
from sitroom.model import AnalyzedDocument, Document, DocumentError, Event, ProcessedDocument, Timeline


def _with_language(documents: Iterable[Document | DocumentError]) -> Iterator[tuple[Document, str] | DocumentError]:
    for document in documents:
        if isinstance(document, DocumentError):
            yield document
            continue
        try:
            yield document, document.lang or language.identify(document.text)
        except Exception as exc:  # a failure here must not stop the batch
            yield DocumentError(document.doc_id, "language", f"{type(exc).__name__}: {exc}")


def document_date(timeline: Timeline) -> dt.date | None:
    """The date places resolve against (which front lines hold): the publication date, else the first
    date the text states ("On 14 February 2024"); None when neither is known."""
    if timeline.doc_date is not None:
        return timeline.doc_date.value
    return next((e.value.value for e in timeline.expressions if e.value is not None), None)


def _finish(adoc: AnalyzedDocument) -> ProcessedDocument:
    timeline = dates.resolve(adoc)
    mentions = places.geoparse(adoc, document_date(timeline))
    found = events.extract_events(adoc, mentions, timeline)
    return ProcessedDocument(adoc.document, adoc.lang, timeline, mentions, found)


def analyse(documents: Iterable[Document | DocumentError]) -> Iterator[AnalyzedDocument | DocumentError]:
    """Language identification and the spaCy pipeline over the documents, errors passed through."""
    pending: list[DocumentError] = []

    def analysable() -> Iterator[tuple[Document, str]]:
        for item in _with_language(documents):
            if isinstance(item, DocumentError):
                pending.append(item)
            else:
                yield item

    for adoc in _analyze_safely(analysable()):
        yield from pending
        pending.clear()
        yield adoc
    yield from pending


def process(documents: Iterable[Document | DocumentError]) -> Iterator[ProcessedDocument | DocumentError]:
    """Run every extraction stage over the documents; a failing document becomes a ``DocumentError``."""
    for adoc in analyse(documents):
        if isinstance(adoc, DocumentError):
            yield adoc
            continue
        try:
            yield _finish(adoc)
        except Exception as exc:  # report which document and why, then go on
            yield DocumentError(adoc.document.doc_id, "extraction", f"{type(exc).__name__}: {exc}")


def geoparse(documents: Iterable[Document | DocumentError]) -> Iterator[dict[str, Any] | DocumentError]:
    """The ``sitroom geoparse`` record of each document (only the stages places needs)."""
    for adoc in analyse(documents):
        if isinstance(adoc, DocumentError):
            yield adoc
            continue
        try:
            yield places.geoparse_record(adoc, document_date(dates.resolve(adoc)))
        except Exception as exc:
            yield DocumentError(adoc.document.doc_id, "geoparse", f"{type(exc).__name__}: {exc}")


def _analyze_safely(items: Iterator[tuple[Document, str]]) -> Iterator[AnalyzedDocument | DocumentError]:
    """``nlp.analyze`` in batches; a batch that fails is retried one document at a time."""
    batch: list[tuple[Document, str]] = []
    for item in items:
        batch.append(item)
        if len(batch) >= nlp.BATCH_SIZE:
            yield from _analyze_batch(batch)
            batch = []
    yield from _analyze_batch(batch)


def _analyze_batch(batch: list[tuple[Document, str]]) -> Iterator[AnalyzedDocument | DocumentError]:
    try:
        analysed = list(nlp.analyze(batch))
    except Exception:
        for item in batch:
            try:
                yield from nlp.analyze([item])
            except Exception as exc:
                yield DocumentError(item[0].doc_id, "nlp", f"{type(exc).__name__}: {exc}")
        return
    yield from analysed


def extract(text: str, lang: str | None = None, date: str | None = None) -> list[Event]:
    """Events in one text. ``date`` (``YYYY-MM-DD``) is the publication date when known."""
    document = make_document(text, lang=lang, date=date)
    for result in process([document]):
        if isinstance(result, DocumentError):
            raise ValueError(f"could not process document {result.doc_id}: {result.error}: {result.detail}")
        return result.events
    return []
