"""Readers for the input formats: plain text, HTML, JSON Lines, RSS/Atom, folders and stdin.

Every reader yields ``Document`` or ``DocumentError`` and never raises for a bad document: one
broken file or line is reported (which one, why) and the rest of the batch goes on.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from sitroom.ingest.feeds import feed_items, looks_like_feed
from sitroom.ingest.html import html_to_document_fields
from sitroom.ingest.normalise import make_document
from sitroom.model import Document, DocumentError

TEXT_SUFFIXES = {".txt", ".text"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSONL_SUFFIXES = {".jsonl", ".ndjson", ".json"}
FEED_SUFFIXES = {".rss", ".atom", ".xml"}
READABLE_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES | FEED_SUFFIXES
_FIELDS = ("title", "date", "lang", "source", "url")

Item = Document | DocumentError


def read_paths(paths: Iterable[str]) -> Iterator[Item]:
    """Documents from files, folders (recursively, readable suffixes only) and ``-`` (stdin)."""
    for path in paths:
        if path == "-":
            yield from read_text_stream(sys.stdin.read(), "<stdin>")
            continue
        target = Path(path)
        if target.is_dir():
            for child in sorted(target.rglob("*")):
                if child.is_file() and child.suffix.lower() in READABLE_SUFFIXES:
                    yield from read_file(child)
        else:
            yield from read_file(target)


def read_file(path: Path) -> Iterator[Item]:
    origin = str(path)
    try:
        raw = path.read_bytes()
        content = raw.decode("utf-8-sig")
    except FileNotFoundError:
        yield DocumentError(origin, "not_found", f"no such file: {origin}")
        return
    except UnicodeDecodeError as exc:
        yield DocumentError(origin, "encoding", f"not UTF-8 text: {exc}")
        return
    except OSError as exc:
        yield DocumentError(origin, "unreadable", str(exc))
        return
    suffix = path.suffix.lower()
    if suffix in JSONL_SUFFIXES:
        yield from read_jsonl(content, origin)
    elif suffix in HTML_SUFFIXES:
        yield from read_html(content, origin)
    elif suffix in FEED_SUFFIXES or (suffix not in TEXT_SUFFIXES and looks_like_feed(content)):
        yield from read_feed(content, origin)
    else:
        yield from _document_or_error(origin, content)


def read_text_stream(content: str, origin: str) -> Iterator[Item]:
    """Sniff the format of a stream with no file name (stdin): JSON Lines, feed, HTML or text."""
    head = content.lstrip()[:512].lower()
    if head.startswith("{"):
        yield from read_jsonl(content, origin)
    elif looks_like_feed(content):
        yield from read_feed(content, origin)
    elif head.startswith(("<!doctype html", "<html")):
        yield from read_html(content, origin)
    else:
        yield from _document_or_error(origin, content)


def read_jsonl(content: str, origin: str) -> Iterator[Item]:
    """One document per line: ``{"id", "text", "title"?, "date"?, "lang"?, "source"?, "url"?}``."""
    for number, line in enumerate(content.splitlines(), start=1):
        if not line.strip():
            continue
        where = f"{origin}:{number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield DocumentError(where, "invalid_json", str(exc))
            continue
        if not isinstance(record, dict):
            yield DocumentError(where, "invalid_record", "each line must be a JSON object")
            continue
        doc_id = record.get("id")
        text = record.get("text")
        if not isinstance(text, str):
            yield DocumentError(str(doc_id or where), "missing_text", "the record has no string 'text' field")
            continue
        yield from _document_or_error(str(doc_id or where), text, doc_id=_str_or_none(doc_id), **_fields(record))


def read_html(content: str, origin: str) -> Iterator[Item]:
    fields = html_to_document_fields(content)
    text = fields.pop("text") or ""
    yield from _document_or_error(origin, text, **fields)


def read_feed(content: str, origin: str) -> Iterator[Item]:
    try:
        items = list(feed_items(content))
    except ValueError as exc:
        yield DocumentError(origin, "invalid_feed", str(exc))
        return
    for number, item in enumerate(items, start=1):
        text = item.pop("text") or ""
        yield from _document_or_error(item.get("url") or f"{origin}#{number}", text, **item)


def _document_or_error(origin: str, text: str, **metadata: Any) -> Iterator[Item]:
    try:
        yield make_document(text, **metadata)
    except ValueError as exc:
        yield DocumentError(metadata.get("doc_id") or origin, "empty", str(exc))


def _fields(record: dict[str, Any]) -> dict[str, str | None]:
    return {name: _str_or_none(record.get(name)) for name in _FIELDS}


def _str_or_none(value: Any) -> str | None:
    return None if value is None else str(value)
