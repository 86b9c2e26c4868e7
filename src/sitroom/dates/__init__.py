"""Dates stage: the publication date and every time expression, resolved against it.

Vocabulary and patterns are data (``resources/<lang>/dates_lexicon.json``, conflict start dates in
``resources/common/dates_conflicts.json``); see ``publication`` for the order of date sources and
``scope`` for which text each expression governs.
"""

from __future__ import annotations

from sitroom.dates.expressions import Mention, find_mentions
from sitroom.dates.interpret import interpret
from sitroom.dates.lexicon import load
from sitroom.dates.publication import DateReference, publication_date
from sitroom.dates.scope import context, scopes
from sitroom.model import AnalyzedDocument, ResolvedDate, TimeExpression, Timeline

__all__ = ["DateReference", "resolve"]


def _clock_values(
    mentions: list[Mention],
    values: list[ResolvedDate | None],
    sentences: list[tuple[int, int]],
    anchor: ResolvedDate | None,
) -> list[ResolvedDate | None]:
    """A clock time ("05:00 (02:00 GMT)") is on the date of the last dated expression of its sentence."""
    result = list(values)
    for index, mention in enumerate(mentions):
        if mention.kind != "clock":
            continue
        earlier = [result[i] for i in range(index) if sentences[i] == sentences[index] and result[i] is not None]
        result[index] = earlier[-1] if earlier else anchor
    return result


def resolve(adoc: AnalyzedDocument, reference: DateReference | None = None) -> Timeline:
    """Publication date (with its source) and resolved time expressions with their scopes.

    ``reference`` is an optional last-resort source of the publication date (events already known).
    """
    lexicon = load(adoc.lang)
    mentions = find_mentions(adoc.text, lexicon)
    contexts = [context(adoc, mention, lexicon) for mention in mentions]
    futures = [ctx.future for ctx in contexts]
    doc_date, source = publication_date(adoc, mentions, futures, lexicon, reference)
    values = [interpret(m, lexicon, doc_date, ctx.future) for m, ctx in zip(mentions, contexts, strict=True)]
    values = _clock_values(mentions, values, [ctx.sentence for ctx in contexts], doc_date)
    expressions = [
        TimeExpression(m.start, m.end, m.text, value, scope)
        for m, value, scope in zip(mentions, values, scopes(adoc, mentions, contexts), strict=True)
    ]
    return Timeline(doc_date, source, expressions)
