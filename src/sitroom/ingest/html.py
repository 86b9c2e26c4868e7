"""Main text and metadata of an HTML page, with the standard library's tolerant parser.

Navigation, scripts, forms and asides are boilerplate; paragraphs, headings and list items of the
page (preferring ``<article>`` or ``<main>`` when present) are the article.
"""

from __future__ import annotations

from html.parser import HTMLParser

_SKIP = {
    "script",
    "style",
    "noscript",
    "template",
    "nav",
    "header",
    "footer",
    "aside",
    "form",
    "svg",
    "button",
    "iframe",
    "select",
    "figcaption",
}
_BLOCKS = {
    "p",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "li",
    "blockquote",
    "pre",
    "td",
    "div",
    "br",
    "section",
    "article",
    "main",
    "tr",
    "dd",
    "dt",
}
_VOID = {"br", "img", "hr", "meta", "link", "input", "source", "wbr", "area", "base", "col", "embed", "param", "track"}
_DATE_META = ("article:published_time", "datepublished", "date", "pubdate", "dc.date", "og:published_time")


class _MainTextParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.skip_depth = 0
        self.main_depth = 0
        self.blocks: list[tuple[bool, str]] = []
        self.current: list[str] = []
        self.in_title = False
        self.title_parts: list[str] = []
        self.meta: dict[str, str] = {}

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = {name.lower(): value or "" for name, value in attrs}
        if tag == "meta":
            key = (attributes.get("property") or attributes.get("name") or attributes.get("itemprop") or "").lower()
            if key and attributes.get("content"):
                self.meta.setdefault(key, attributes["content"])
            return
        if tag == "link" and attributes.get("rel", "").lower() == "canonical":
            self.meta.setdefault("canonical", attributes.get("href", ""))
            return
        if tag == "html" and attributes.get("lang"):
            self.meta.setdefault("lang", attributes["lang"])
        if tag in _VOID:
            if tag == "br":
                self._flush()
            return
        if tag == "title":
            self.in_title = True
        if tag in _SKIP:
            self.skip_depth += 1
        if tag in ("article", "main"):
            self.main_depth += 1
        if tag in _BLOCKS:
            self._flush()

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self.in_title = False
        if tag in _BLOCKS:
            self._flush()
        if tag in _SKIP and self.skip_depth:
            self.skip_depth -= 1
        if tag in ("article", "main") and self.main_depth:
            self.main_depth -= 1

    def handle_data(self, data: str) -> None:
        if self.in_title:
            self.title_parts.append(data)
        elif not self.skip_depth:
            self.current.append(data)

    def _flush(self) -> None:
        text = " ".join("".join(self.current).split())
        if text:
            self.blocks.append((self.main_depth > 0, text))
        self.current = []

    def result(self) -> dict[str, str | None]:
        self._flush()
        in_main = [text for inside, text in self.blocks if inside]
        blocks = in_main or [text for _, text in self.blocks]
        title = " ".join("".join(self.title_parts).split()) or self.meta.get("og:title")
        date = next((self.meta[key] for key in _DATE_META if key in self.meta), None)
        lang = self.meta.get("lang")
        return {
            "text": "\n\n".join(blocks),
            "title": title or None,
            "date": date[:10] if date and len(date) >= 10 and date[4] == "-" else None,
            "url": self.meta.get("canonical") or self.meta.get("og:url") or None,
            "lang": lang.split("-")[0].lower() if lang else None,
        }


def html_to_document_fields(content: str) -> dict[str, str | None]:
    """``text``, ``title``, ``date`` (ISO), ``url`` and ``lang`` of an HTML page."""
    parser = _MainTextParser()
    parser.feed(content)
    parser.close()
    return parser.result()
