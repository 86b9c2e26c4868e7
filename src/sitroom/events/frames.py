"""Triggers that a governing frame says are no event of their own (needs a dependency parse).

A weapon named as a supply ("military aid including artillery shells", "sold Shahed drones") is not
fired, and talks about deliveries ("will meet to discuss new deliveries of ammunition") are talks,
not deliveries: the main predicate wins over a noun inside what it governs. A bare weapon or attack
noun that a present-tense copula describes ("Kamikaze drones are a type of aerial weapon") is an
explainer, not a strike.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from sitroom.events.classify import Hit
from sitroom.events.lexicon import Lexicon, ontology

_POLITICAL = frozenset({"diplomacy", "aid", "statement"})
_SUPPLIED = "aid"  # the family whose trigger is itself a supply frame ("military aid")
_TALKS = "diplomacy"  # the family whose predicate governs what it is about ("meet to discuss ...")
_NOMINAL = frozenset({"NOUN", "PROPN", "NUM", "ADJ", "DET", "ADP", "CCONJ", "PUNCT"})
# Relations only a noun phrase holds: a head in one is a noun even when the tagger says verb ("drones").
_NOMINAL_RELATIONS = frozenset({"dobj", "obj", "pobj", "compound", "nmod", "appos"})
# Relations by which a verb opens an event of its own: what lies beyond is not governed by the frame.
_OWN_CLAUSE = frozenset({"relcl", "acl:relcl", "parataxis", "conj", "ccomp"})
_COPULAS = frozenset({"be", "être"})
_SUBJECTS = frozenset({"nsubj", "nsubj:pass", "nsubjpass"})
_SPECIFIERS = frozenset({"det", "poss", "nmod:poss", "nummod"})


def _family(cls: str) -> str | None:
    return ontology()[cls].family if cls in ontology() else None


def _root(parse: Any, start: int, end: int) -> Any:
    span = parse.char_span(start, end, alignment_mode="expand")
    return span.root if span is not None and len(span) else None


def _ancestors(token: Any) -> Iterator[Any]:
    """The token's heads up to the root, stopping where a clause of its own opens."""
    while token.head.i != token.i and not (token.dep_ in _OWN_CLAUSE and token.pos_ in ("VERB", "AUX")):
        token = token.head
        yield token


def _supplied(token: Any, frames: set[int]) -> bool:
    """A noun listed in a supply frame: reached from a frame word through nouns (and their function
    words) only, so that "aid destroyed by strikes" keeps its strikes (a verb stands between)."""
    if token.pos_ in ("VERB", "AUX"):
        return False
    for head in _ancestors(token):
        if head.i in frames:
            return True
        if head.pos_ not in _NOMINAL and head.dep_ not in _NOMINAL_RELATIONS:
            return False
    return False


def _about(token: Any, talks: set[int]) -> bool:
    """A noun inside what a talks predicate governs ("discuss deliveries")."""
    return token.pos_ in ("NOUN", "PROPN") and any(head.i in talks for head in _ancestors(token))


def _present_copula(head: Any) -> bool:
    """``head`` is a present "to be" (en: the verb itself; fr: the cop of an attribute) with no
    existential subject ("there are reports of airstrikes" tells an event)."""
    copula = head if head.lemma_ in _COPULAS else next((c for c in head.children if c.dep_ == "cop"), None)
    if copula is None or copula.morph.get("Tense") != ["Pres"]:
        return False
    return not any(c.dep_ == "expl" for c in head.children)


def _described(token: Any) -> bool:
    """A bare noun trigger (no determiner, possessive or number: a kind, not a given strike) that is
    (inside) the subject of a present-tense copula. "The shelling of Kharkiv is the heaviest" tells
    an event."""
    if token.pos_ not in ("NOUN", "PROPN") or any(c.dep_ in _SPECIFIERS for c in token.children):
        return False
    child = token
    for head in _ancestors(token):
        if child.dep_ in _SUBJECTS and _present_copula(head):
            return True
        if head.pos_ in ("VERB", "AUX"):
            return False
        child = head
    return False


def drop_described(parse: Any, offset: int, hits: list[Hit]) -> list[Hit]:
    """``hits`` without the conflict nouns an explainer describes; unchanged without a parse."""
    if parse is None:
        return hits
    return [
        hit
        for hit in hits
        if _family(hit.cls) in _POLITICAL
        or (token := _root(parse, offset + hit.start, offset + hit.end)) is None
        or not _described(token)
    ]


def drop_governed(lex: Lexicon, parse: Any, offset: int, text: str, hits: list[Hit]) -> list[Hit]:
    """``hits`` without the weapon nouns a supply frame lists and the political nouns a talks
    predicate is about; unchanged without a parse or when no such frame holds the sentence."""
    if parse is None or not hits:
        return hits
    families = {hit: _family(hit.cls) for hit in hits}
    supply = list(lex.supply.finditer(text))
    if not (supply or _SUPPLIED in families.values() or _TALKS in families.values()):
        return hits
    tokens = {hit: _root(parse, offset + hit.start, offset + hit.end) for hit in hits}
    frames = {t.i for h, t in tokens.items() if t is not None and families[h] == _SUPPLIED}
    frames |= {t.i for m in supply if (t := _root(parse, offset + m.start(), offset + m.end())) is not None}
    talks = {t.i for h, t in tokens.items() if t is not None and families[h] == _TALKS and t.pos_ == "VERB"}
    kept: list[Hit] = []
    for hit in hits:
        token = tokens[hit]
        political = families[hit] in _POLITICAL
        if token is not None and (
            (not political and frames and _supplied(token, frames))
            or (political and families[hit] != _TALKS and talks and _about(token, talks))
        ):
            continue
        kept.append(hit)
    return kept
