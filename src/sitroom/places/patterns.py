"""Regex helpers the recognition and relative-location rules share."""

from __future__ import annotations

import regex


def ending_pattern(pattern: str, flags: int = 0) -> regex.Pattern[str]:
    """A pattern anchored at the end of its text (``...$``), searched from the end: the ``regex`` module's
    reverse search tries the end first, where ``re`` tries every start of the window (twice as slow)."""
    if not pattern.endswith("$"):
        raise ValueError("only a pattern anchored at the end reads the same searched from the end")
    return regex.compile(pattern, flags | regex.REVERSE | regex.V0)
