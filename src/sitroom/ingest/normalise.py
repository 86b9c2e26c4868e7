"""Text normalisation and in-text metadata sniffing.

Machine-translated news often carries its metadata inside the text: a leading ``date 2023-02``
line, a trailing site tag such as ``ttn-fr-3``. They are lifted into metadata and cut from the
text, so that later stages see only the article and offsets stay consistent.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata

from sitroom.model import Document

_LEADING_DATE = re.compile(
    r"\A\s*(?:date|published|publié le|publié|дата)\s*[:=]?\s*(?P<date>\d{4}-\d{2}(?:-\d{2})?)\b[ \t]*\n?",
    re.IGNORECASE,
)
_TRAILING_SITE_TAG = re.compile(r"\n\s*(?P<tag>[a-z]{2,12}(?:-[a-z0-9]{1,8}){1,3})\s*\Z")
_SPACES = re.compile(r"[^\S\n]+")
_BLANK_LINES = re.compile(r"\n\s*\n\s*(?:\n\s*)*")
_ISO_DATE = re.compile(r"\A\d{4}-\d{2}(?:-\d{2})?\Z")
_ZERO_WIDTH = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")


def normalise_text(text: str) -> str:
    """NFC, no zero-width characters, single spaces, paragraphs separated by one blank line."""
    text = unicodedata.normalize("NFC", text)
    text = _ZERO_WIDTH.sub("", text).replace("\r\n", "\n").replace("\r", "\n")
    text = _SPACES.sub(" ", text)
    text = "\n".join(line.strip() for line in text.split("\n"))
    text = _BLANK_LINES.sub("\n\n", text)
    return text.strip()


def sniff_metadata(text: str) -> tuple[str, dict[str, str]]:
    """Lift a leading date line and a trailing site tag out of the text into metadata."""
    meta: dict[str, str] = {}
    match = _LEADING_DATE.match(text)
    if match:
        meta["date"] = match.group("date")
        text = text[match.end() :]
    match = _TRAILING_SITE_TAG.search(text)
    if match:
        meta["site"] = match.group("tag")
        text = text[: match.start()]
    return text.strip(), meta


def document_id(text: str) -> str:
    """A stable id: the hash of the normalised text, so re-ingesting never duplicates."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def make_document(
    text: str,
    *,
    doc_id: str | None = None,
    title: str | None = None,
    date: str | None = None,
    lang: str | None = None,
    source: str | None = None,
    url: str | None = None,
) -> Document:
    """A ``Document`` from raw text and whatever metadata came with it (given metadata wins)."""
    normalised, meta = sniff_metadata(normalise_text(text))
    if not normalised:
        raise ValueError("document has no text")
    if date is not None and not _ISO_DATE.match(date):
        # Keep the document: an unreadable date is noted, never guessed.
        meta["date_unreadable"] = date
        date = None
    return Document(
        doc_id=doc_id or document_id(normalised),
        text=normalised,
        title=title,
        date=date or meta.get("date"),
        lang=lang,
        source=source or meta.get("site"),
        url=url,
        meta=meta,
    )
