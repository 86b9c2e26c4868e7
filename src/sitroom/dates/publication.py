"""The publication date of a document and where it came from.

In order: full metadata date; a dateline or explicit full date in the text; a conflict day
counter ("Day 454 of the war"); partial metadata (``YYYY-MM``) narrowed by weekday mentions or
day numbers of that month; an optional reference (events already known with a date); none.
Nothing here ever falls back on today's date.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections import Counter
from collections.abc import Callable, Sequence

from sitroom.dates.expressions import Mention
from sitroom.dates.interpret import interpret
from sitroom.dates.lexicon import Lexicon
from sitroom.model import AnalyzedDocument, DateSource, ResolvedDate

_FULL = re.compile(r"\A(\d{4})-(\d{2})-(\d{2})\Z")
_PARTIAL = re.compile(r"\A(\d{4})-(\d{2})\Z")
_DATELINE_CHARS = 160  # a date this close to the start is a dateline or byline
_MONTH_MIDDLE = 15

# A later optional source of evidence: given the document and its expressions, a date or None
# (e.g. the date of the same events already in the store).
DateReference = Callable[[AnalyzedDocument, Sequence[Mention]], ResolvedDate | None]
Found = tuple[ResolvedDate | None, DateSource]


def _metadata(value: str | None) -> ResolvedDate | None:
    match = _FULL.match(value or "")
    if not match:
        return None
    try:
        return ResolvedDate(dt.date.fromisoformat(match.group(0)), 1)
    except ValueError:
        return None


def _month_of(value: str | None) -> tuple[int, int] | None:
    match = _PARTIAL.match(value or "")
    if not match or not 1 <= int(match.group(2)) <= 12:
        return None
    return int(match.group(1)), int(match.group(2))


def _in_text(
    mentions: Sequence[Mention], futures: Sequence[bool], lexicon: Lexicon, month: tuple[int, int] | None
) -> ResolvedDate | None:
    """A dateline (day precision), else the latest explicit full date outside future clauses (week precision).

    With partial metadata, only dates in the metadata month count.
    """
    dated: list[tuple[Mention, ResolvedDate]] = []
    for mention, future in zip(mentions, futures, strict=True):
        if mention.kind != "date" or "year" not in mention.parts or mention.since or future:
            continue
        value = interpret(mention, lexicon, None, False)
        if value is not None and (month is None or (value.value.year, value.value.month) == month):
            dated.append((mention, value))
    if not dated:
        return None
    if dated[0][0].start < _DATELINE_CHARS:
        return ResolvedDate(dated[0][1].value, 1)
    # Deeper in the text, the latest full date is only a lower bound of the publication date.
    return ResolvedDate(max(value.value for _, value in dated), 2)


def _counter(mentions: Sequence[Mention], lexicon: Lexicon) -> ResolvedDate | None:
    values = [interpret(m, lexicon, None, False) for m in mentions if m.kind == "counter"]
    dated = [v.value for v in values if v is not None]
    return ResolvedDate(max(dated), 1) if dated else None


def _stated_days(
    mentions: Sequence[Mention], futures: Sequence[bool], lexicon: Lexicon, month: tuple[int, int]
) -> list[int]:
    """Day numbers the text states for the metadata month, outside future clauses."""
    year, number = month
    days = calendar.monthrange(year, number)[1]
    stated = [
        int(re.sub(r"\D", "", m.parts["day"]))
        for m, future in zip(mentions, futures, strict=True)
        if m.kind == "date"
        and not future
        and lexicon.lookup("MONTH", m.parts.get("month", "")) == number
        and int(m.parts.get("year", year)) == year
    ]
    return [day for day in stated if 1 <= day <= days]


def _within_month(
    mentions: Sequence[Mention], futures: Sequence[bool], lexicon: Lexicon, month: tuple[int, int]
) -> ResolvedDate | None:
    """A month known from metadata, narrowed by the weekday the text speaks of and its day numbers.

    A report comes out on or after the days it states: the first day of the mentioned weekday on or
    after the latest stated day; with no usable day number, the one nearest the middle of the month.
    """
    year, number = month
    days = calendar.monthrange(year, number)[1]
    stated = _stated_days(mentions, futures, lexicon, month)
    weekdays = Counter(
        lexicon.lookup("WEEKDAY", m.parts["weekday"])
        for m, future in zip(mentions, futures, strict=True)
        if m.kind == "weekday" and not future and "next" not in m.parts and "last" not in m.parts
    )
    if not weekdays:
        return ResolvedDate(dt.date(year, number, max(stated)), 2) if stated else None
    weekday = weekdays.most_common(1)[0][0]
    candidates = [d for d in range(1, days + 1) if dt.date(year, number, d).weekday() == weekday]
    after = [d for d in candidates if stated and d >= max(stated)]
    best = after[0] if after else min(candidates, key=lambda d: (abs(d - _MONTH_MIDDLE), -d))
    return ResolvedDate(dt.date(year, number, best), 2)


def publication_date(
    adoc: AnalyzedDocument,
    mentions: Sequence[Mention],
    futures: Sequence[bool],
    lexicon: Lexicon,
    reference: DateReference | None = None,
) -> Found:
    """The publication date with its source (see the module docstring for the order)."""
    given = _metadata(adoc.document.date)
    if given is not None:
        return given, "metadata"
    month = _month_of(adoc.document.date)
    inferred = _in_text(mentions, futures, lexicon, month) or _counter(mentions, lexicon)
    if inferred is None and month is not None:
        inferred = _within_month(mentions, futures, lexicon, month)
    if inferred is None and reference is not None:
        inferred = reference(adoc, mentions)
    if inferred is not None:
        return inferred, "inferred"
    if month is not None:
        return ResolvedDate(dt.date(*month, _MONTH_MIDDLE), 3), "metadata"
    return None, "none"
