"""Which text an expression governs, and whether its clause speaks of the future.

An expression governs its sentence; when a sentence holds several, each governs its own clause
(the subtree of the verb it attaches to, or the stretch up to the next expression without a
parse). A sentence-initial expression ("On 9 October 2018, ...", "Mercredi, ...") also governs
the following sentences of its paragraph: ``Timeline.date_for`` prefers the tightest scope, so a
later sentence with its own expression keeps its own date.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from sitroom.dates.expressions import Mention
from sitroom.dates.lexicon import Lexicon
from sitroom.model import AnalyzedDocument

_LEADING_WORDS = 2  # "On", "Interception: On", "Le", "У": at most two words before a leading expression
_CLAUSE_BREAK = re.compile(r"[,;:—–()]")
_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")
_FUTURE_AUX = {"will", "shall", "'ll", "wo"}


@dataclass(frozen=True, slots=True)
class Context:
    """The clause an expression sits in, whether that clause is in the future, and whether it is
    the sentence's main clause (an expression inside "réservistes enrôlés en décembre" does not date
    the main verb)."""

    sentence: tuple[int, int]
    clause: tuple[int, int]
    future: bool
    main: bool = True


def _sentence(adoc: AnalyzedDocument, offset: int) -> tuple[int, int]:
    sentence = adoc.sentence_at(offset)
    return (sentence.start, sentence.end) if sentence else (0, len(adoc.text))


def _governing_verb(adoc: AnalyzedDocument, mention: Mention) -> Any:
    """The verb the expression attaches to in the dependency parse (``None`` without a parse).

    When no verb governs it (a verbless root), the word it modifies stands in for the verb.
    """
    if adoc.parse is None:
        return None
    span = adoc.parse.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None:
        return None
    token = span.root
    while token.pos_ not in {"VERB", "AUX"} and token.head.i != token.i:
        token = token.head
    return token if token.pos_ in {"VERB", "AUX"} else span.root.head


def _is_main(verb: Any) -> bool:
    """The sentence root, or a verb coordinated with it."""
    if verb.pos_ not in {"VERB", "AUX"}:
        return False
    return verb.dep_ == "ROOT" or (verb.dep_ == "conj" and verb.head.dep_ == "ROOT")


def _verb_is_future(verb: Any, lexicon: Lexicon) -> bool:
    tokens = [verb, *verb.children]
    if verb.head.i != verb.i:
        tokens.append(verb.head)
    for token in tokens:
        # A conditional ("relancerait") is not a report of the past either.
        if "Fut" in token.morph.get("Tense") or "Cnd" in token.morph.get("Mood") or token.lower_ in _FUTURE_AUX:
            return True
    return bool(lexicon.future and any(lexicon.future.fullmatch(token.lower_) for token in tokens))


def _local_clause(text: str, mention: Mention, sentence: tuple[int, int]) -> tuple[int, int]:
    """Without a parse: the stretch between clause punctuation around the expression."""
    start, end = sentence
    before = [m.end() for m in _CLAUSE_BREAK.finditer(text, start, mention.start)]
    after = _CLAUSE_BREAK.search(text, mention.end, end)
    return (before[-1] if before else start, after.start() if after else end)


def context(adoc: AnalyzedDocument, mention: Mention, lexicon: Lexicon) -> Context:
    """The sentence and clause of an expression, and the tense of that clause."""
    sentence = _sentence(adoc, mention.start)
    verb = _governing_verb(adoc, mention)
    if verb is not None:
        left, right = verb.left_edge, verb.right_edge
        clause = (min(left.idx, mention.start), max(right.idx + len(right), mention.end))
        return Context(sentence, clause, _verb_is_future(verb, lexicon), _is_main(verb))
    clause = _local_clause(adoc.text, mention, sentence)
    window = adoc.text[clause[0] : clause[1]]
    return Context(sentence, clause, bool(lexicon.future and lexicon.future.search(window)))


def _is_leading(text: str, mention: Mention, sentence: tuple[int, int]) -> bool:
    prefix = text[sentence[0] : mention.start]
    return len(re.findall(r"\w+", prefix)) <= _LEADING_WORDS and "\n" not in prefix


def scopes(adoc: AnalyzedDocument, mentions: list[Mention], contexts: list[Context]) -> list[tuple[int, int]]:
    """The stretch of text each expression governs (see the module docstring)."""
    text = adoc.text
    result: list[tuple[int, int]] = []
    for index, (mention, ctx) in enumerate(zip(mentions, contexts, strict=True)):
        siblings = [
            m for m, c in zip(mentions, contexts, strict=True) if c.sentence == ctx.sentence and m.kind != "clock"
        ]
        leading = _is_leading(text, mention, ctx.sentence)
        if leading or (len(siblings) <= 1 and ctx.main):
            start, end = ctx.sentence
        elif adoc.parse is not None:
            start, end = ctx.clause
        else:
            previous = [m.end for m in mentions[:index] if m.end > ctx.sentence[0]]
            following = [m.start for m in mentions[index + 1 :] if m.start < ctx.sentence[1]]
            start = previous[-1] if previous else ctx.sentence[0]
            end = following[0] if following else ctx.sentence[1]
        if leading:
            paragraph_end = _PARAGRAPH_BREAK.search(text, mention.end)
            end = max(end, paragraph_end.start() if paragraph_end else len(text))
        result.append((start, end))
    return result
