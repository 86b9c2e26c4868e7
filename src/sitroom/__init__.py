"""Sitroom: raw conflict news in, a geocoded, dated, source-attributed event database out.

The public Python API is as small as the CLI::

    import sitroom
    events = sitroom.extract("Russian forces shelled Kupiansk on Tuesday.", date="2023-02-15")

Heavy modules (spaCy, the gazetteer) load on first use, so ``import sitroom`` stays cheap.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

__version__ = "0.1.0"
__all__ = ["extract"]

if TYPE_CHECKING:
    from sitroom.model import Event


def extract(text: str, lang: str | None = None, date: str | None = None) -> list[Event]:
    """Events in ``text``; ``lang`` is detected when not given, ``date`` is the publication date."""
    from sitroom.pipeline import extract as run

    return run(text, lang=lang, date=date)
