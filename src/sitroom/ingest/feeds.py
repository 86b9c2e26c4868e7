"""RSS 2.0 and Atom feeds: one document per item, its HTML description reduced to text."""

from __future__ import annotations

import email.utils
import xml.etree.ElementTree as ET
from collections.abc import Iterator

from sitroom.ingest.html import html_to_document_fields

_ATOM = "{http://www.w3.org/2005/Atom}"
_CONTENT = "{http://purl.org/rss/1.0/modules/content/}encoded"
_DC_DATE = "{http://purl.org/dc/elements/1.1/}date"


def looks_like_feed(content: str) -> bool:
    head = content.lstrip()[:1024].lower()
    return "<rss" in head or ("<feed" in head and "atom" in head)


def feed_items(content: str) -> Iterator[dict[str, str | None]]:
    """Items of a feed as document fields (``text``, ``title``, ``date``, ``url``)."""
    if "<!doctype" in content[:2048].lower() or "<!entity" in content.lower():
        raise ValueError("feeds with DTDs or entity declarations are refused")
    try:
        root = ET.fromstring(content)
    except ET.ParseError as exc:
        raise ValueError(f"not well-formed XML: {exc}") from exc
    if root.tag == f"{_ATOM}feed":
        for entry in root.iter(f"{_ATOM}entry"):
            link = entry.find(f"{_ATOM}link")
            body = entry.findtext(f"{_ATOM}content") or entry.findtext(f"{_ATOM}summary") or ""
            yield _item(
                entry.findtext(f"{_ATOM}title"),
                body,
                entry.findtext(f"{_ATOM}published") or entry.findtext(f"{_ATOM}updated"),
                link.get("href") if link is not None else None,
            )
    else:
        for item in root.iter("item"):
            body = item.findtext(_CONTENT) or item.findtext("description") or ""
            yield _item(
                item.findtext("title"), body, item.findtext("pubDate") or item.findtext(_DC_DATE), item.findtext("link")
            )


def _item(title: str | None, body: str, date: str | None, url: str | None) -> dict[str, str | None]:
    text = html_to_document_fields(body)["text"] if "<" in body else body
    return {
        "text": text,
        "title": (title or "").strip() or None,
        "date": _iso_date(date),
        "url": (url or "").strip() or None,
    }


def _iso_date(value: str | None) -> str | None:
    """ISO ``YYYY-MM-DD`` from an ISO 8601 or RFC 822 feed date; ``None`` when unreadable."""
    if not value:
        return None
    value = value.strip()
    if len(value) >= 10 and value[4] == "-" and value[7] == "-":
        return value[:10]
    try:
        return email.utils.parsedate_to_datetime(value).date().isoformat()
    except (TypeError, ValueError):
        return None
