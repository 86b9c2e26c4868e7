"""Finding time expressions in text: every pattern of the language, longest match wins."""

from __future__ import annotations

from dataclasses import dataclass

from sitroom.dates.lexicon import Lexicon, normalise_apostrophes


@dataclass(frozen=True, slots=True)
class Mention:
    """A matched time expression before resolution: its kind and the matched parts by name."""

    start: int
    end: int
    text: str
    kind: str
    parts: dict[str, str]
    since: bool = False
    conflict: str | None = None


def find_mentions(text: str, lexicon: Lexicon) -> list[Mention]:
    """Non-overlapping time expressions in ``text`` (offsets into it), in text order."""
    searchable = normalise_apostrophes(text)
    found: list[Mention] = []
    for pattern in lexicon.patterns:
        for match in pattern.regex.finditer(searchable):
            parts = {name: value for name, value in match.groupdict().items() if value is not None}
            start, end = match.span("expr") if "expr" in parts else match.span()
            found.append(Mention(start, end, text[start:end], pattern.kind, parts, conflict=pattern.conflict))
    chosen: list[Mention] = []
    for mention in sorted(found, key=lambda m: (-(m.end - m.start), m.start)):
        if all(mention.end <= other.start or mention.start >= other.end for other in chosen):
            chosen.append(mention)
    chosen.sort(key=lambda m: m.start)
    return [_with_since(mention, searchable, lexicon) for mention in chosen]


def _with_since(mention: Mention, text: str, lexicon: Lexicon) -> Mention:
    """Marks "since 24 February" / "depuis début septembre": the range runs from it to the anchor."""
    if lexicon.since_prefix is None or mention.kind in {"duration", "ago", "clock", "counter"}:
        return mention
    before = text[max(0, mention.start - 30) : mention.start]
    if not lexicon.since_prefix.search(before):
        return mention
    return Mention(mention.start, mention.end, mention.text, mention.kind, mention.parts, True, mention.conflict)
