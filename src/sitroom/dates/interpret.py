"""Turning a matched expression into a date, relative to an anchor (usually the publication date).

Precision follows ACLED: 1 a day, 2 a week or a short range (its midpoint), 3 a month or longer.
A relative expression is never more precise than its anchor, and with no anchor it has no date.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from typing import cast

from sitroom.dates.expressions import Mention
from sitroom.dates.lexicon import Lexicon, conflict_start
from sitroom.model import Precision, ResolvedDate

_PART_DAYS = {"early": (1, 10), "mid": (11, 20), "late": (21, 31)}
_MONTH_MIDDLE = 15  # ACLED codes a month-only date to the 15th with precision 3
_VAGUE_COUNT = 3  # "for months", "ces derniers jours": a few


def from_range(start: dt.date, end: dt.date) -> ResolvedDate:
    """The midpoint of a range, with the precision its length allows."""
    span = (end - start).days + 1
    precision = 1 if span <= 1 else 2 if span <= 14 else 3
    return ResolvedDate(start + dt.timedelta(days=(end - start).days // 2), precision)  # type: ignore[arg-type]


def _coarser(value: dt.date, precision: int, anchor: ResolvedDate) -> ResolvedDate:
    return ResolvedDate(value, max(precision, anchor.precision))  # type: ignore[arg-type]


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _year_for(month: int, day: int, anchor: ResolvedDate, future: bool) -> int:
    """The year that keeps a day-month in the past of the anchor (in its future for future tense)."""
    year = anchor.value.year
    candidate = (month, day)
    reference = (anchor.value.month, anchor.value.day)
    if future and candidate < reference:
        return year + 1
    if not future and candidate > reference:
        return year - 1
    return year


def _number(text: str, lexicon: Lexicon) -> int | None:
    if text.isdigit():
        return int(text)
    return lexicon.lookup("NUM", text)


def _month(parts: dict[str, str], key: str, lexicon: Lexicon) -> int | None:
    if f"{key}_num" in parts:
        return int(parts[f"{key}_num"])
    return lexicon.lookup("MONTH", parts[key]) if key in parts else None


def _calendar_date(
    day_text: str, month: int | None, year_text: str | None, anchor: ResolvedDate | None, future: bool
) -> dt.date | None:
    day = int(re.sub(r"\D", "", day_text))
    if month is None:
        return None
    if year_text is not None:
        return _safe_date(int(year_text), month, day)
    if anchor is None:
        return None
    return _safe_date(_year_for(month, day, anchor, future), month, day)


def _weekday(weekday: int, anchor: dt.date, direction: int) -> dt.date:
    """Most recent (direction 0, today included), strictly previous (-1) or next (+1) such weekday."""
    if direction > 0:
        return anchor + dt.timedelta(days=(weekday - anchor.weekday()) % 7 or 7)
    back = (anchor.weekday() - weekday) % 7
    return anchor - dt.timedelta(days=back or (7 if direction < 0 else 0))


def _explicit(mention: Mention, lexicon: Lexicon, anchor: ResolvedDate | None, future: bool) -> ResolvedDate | None:
    parts = mention.parts
    value = _calendar_date(parts["day"], _month(parts, "month", lexicon), parts.get("year"), anchor, future)
    if value is None:
        return None
    precision = max(1, lexicon.lookup("AROUND", parts.get("around", "")) or 1)
    precision = lexicon.lookup("QUAL", parts.get("qual", "")) or precision
    return ResolvedDate(value, cast(Precision, precision))  # the lexicon's AROUND and QUAL values are 1-3


def _month_year(
    month: int, parts: dict[str, str], lexicon: Lexicon, anchor: ResolvedDate | None, future: bool
) -> int | None:
    """A stated year; else "last year"/"l'an dernier" from the anchor; else the year keeping it past."""
    if "year" in parts:
        return int(parts["year"])
    if anchor is None:
        return None
    if "yearrel" in parts:
        return anchor.value.year + lexicon.lookup("YEARREL", parts["yearrel"])
    return _year_for(month, 32 if future else 0, anchor, future)


def _month_or_part(
    mention: Mention, lexicon: Lexicon, anchor: ResolvedDate | None, future: bool
) -> ResolvedDate | None:
    month = _month(mention.parts, "month", lexicon)
    year = None if month is None else _month_year(month, mention.parts, lexicon, anchor, future)
    if month is None or year is None:
        return None
    if mention.kind == "month":
        return ResolvedDate(dt.date(year, month, _MONTH_MIDDLE), 3)
    first, last = _PART_DAYS[lexicon.lookup("PART", mention.parts["part"])]
    last = min(last, calendar.monthrange(year, month)[1])
    return from_range(dt.date(year, month, first), dt.date(year, month, last))


def _period(spec: list, anchor: dt.date) -> ResolvedDate:
    unit, count = spec
    if unit == "days":
        return from_range(anchor - dt.timedelta(days=count), anchor)
    if unit == "weekend":
        saturday = _weekday(5, anchor, 0)
        return from_range(saturday, min(saturday + dt.timedelta(days=1), max(anchor, saturday)))
    if unit == "week":
        monday = anchor - dt.timedelta(days=anchor.weekday()) + dt.timedelta(weeks=count)
        end = monday + dt.timedelta(days=6)
        return from_range(monday, min(end, anchor) if count == 0 else end)
    year, month = divmod(anchor.year * 12 + anchor.month - 1 + count, 12)
    if count != 0:  # a whole other month: ACLED's month convention
        return ResolvedDate(dt.date(year, month + 1, _MONTH_MIDDLE), 3)
    return from_range(dt.date(year, month + 1, 1), anchor)


def _unit_precision(days: int) -> int:
    return 1 if days == 1 else 2 if days == 7 else 3


def _relative(mention: Mention, lexicon: Lexicon, anchor: ResolvedDate, future: bool) -> ResolvedDate | None:
    """Kinds that only mean something relative to the anchor."""
    parts, today = mention.parts, anchor.value
    if mention.kind == "weekday":
        direction = 1 if "next" in parts else -1 if "last" in parts else (1 if future else 0)
        return _coarser(_weekday(lexicon.lookup("WEEKDAY", parts["weekday"]), today, direction), 1, anchor)
    if mention.kind == "night":  # the night of Saturday to Sunday is dated Sunday, when its hours fall
        return _coarser(_weekday(lexicon.lookup("WEEKDAY", parts["weekday2"]), today, 0), 1, anchor)
    if mention.kind == "relative":
        return _coarser(today + dt.timedelta(days=lexicon.lookup("REL", parts["rel"])), 1, anchor)
    if mention.kind == "period":
        period = _period(lexicon.lookup("PERIOD", parts["period"]), today)
        return _coarser(period.value, period.precision, anchor)
    unit = lexicon.lookup("UNIT", parts["unit"])
    count = _number(parts["num"], lexicon) if "num" in parts else _VAGUE_COUNT
    if count is None:
        return None
    if mention.kind == "ago":
        return _coarser(today - dt.timedelta(days=unit * count), _unit_precision(unit), anchor)
    return _coarser(from_range(today - dt.timedelta(days=unit * count), today).value, 3 if unit > 1 else 2, anchor)


def _night_of_dates(
    mention: Mention, lexicon: Lexicon, anchor: ResolvedDate | None, future: bool
) -> ResolvedDate | None:
    """ "the night of 14 to 15 March": dated the second day, when the night's hours fall."""
    parts = mention.parts
    value = _calendar_date(parts["day2"], _month(parts, "month2", lexicon), parts.get("year"), anchor, future)
    return None if value is None else ResolvedDate(value, 1)


def _range_start(mention: Mention, lexicon: Lexicon, value: dt.date) -> dt.date:
    """Where "since <expression>" starts: the first day of a month or part of a month."""
    if mention.kind == "month":
        return value.replace(day=1)
    if mention.kind == "part":
        return value.replace(day=_PART_DAYS[lexicon.lookup("PART", mention.parts["part"])][0])
    return value


def interpret(mention: Mention, lexicon: Lexicon, anchor: ResolvedDate | None, future: bool) -> ResolvedDate | None:
    """The date a mention denotes (``None`` when it needs an anchor and has none).

    Clock times are not handled here: they take the date governing their sentence.
    """
    if mention.kind == "date":
        value = _explicit(mention, lexicon, anchor, future)
    elif mention.kind in {"month", "part"}:
        value = _month_or_part(mention, lexicon, anchor, future)
    elif mention.kind == "counter" and mention.conflict is not None:
        start = conflict_start(mention.conflict)
        value = ResolvedDate(start + dt.timedelta(days=int(mention.parts["num"]) - 1), 1)
    elif mention.kind == "night" and "day2" in mention.parts:
        value = _night_of_dates(mention, lexicon, anchor, future)
    elif anchor is None or mention.kind == "clock":
        value = None
    else:
        value = _relative(mention, lexicon, anchor, future)
    if mention.since and value is not None and anchor is not None and anchor.value > value.value:
        return from_range(_range_start(mention, lexicon, value.value), anchor.value)
    return value
