"""Trigger detection in a sentence and ACLED hierarchy rules over what was found.

Triggers are lexicon regexes (data); the rules (data too) say which class wins when a sentence
mentions several: shelling during a ground battle is one Armed clash, intercepted missiles are
Disrupted weapons use, a protest the police dispersed is a Protest with intervention.
"""

from __future__ import annotations

from dataclasses import dataclass

from sitroom.events.lexicon import Lexicon, hierarchy, ontology

CAPTURE = "@capture"
_POLITICAL = frozenset({"diplomacy", "aid", "statement"})
_CUE = "cue"  # family of context cues (@violence, @injury...): they modify other classes, never stand alone


@dataclass(frozen=True, slots=True)
class Hit:
    """A trigger match: class key, prior weight, offsets relative to the sentence."""

    cls: str
    weight: float
    start: int
    end: int


def find_hits(lex: Lexicon, sentence: str) -> list[Hit]:
    """Every trigger match in the sentence, in text order.

    A sentence about a disaster or an accident (flood, gas leak, derailment) yields no conflict
    event: "the earthquake killed eight people" is not an attack.
    """
    hits = [
        Hit(trigger.cls, trigger.weight, match.start(), match.end())
        for trigger in lex.triggers
        for match in trigger.regex.finditer(sentence)
    ]
    if hits and lex.non_conflict.search(sentence):
        hits = [h for h in hits if _family(h.cls) in _POLITICAL]
    return sorted(hits, key=lambda h: (h.start, -h.weight))


def _family(cls: str) -> str:
    if cls == CAPTURE:
        return "battle"
    return ontology()[cls].family if cls in ontology() else _CUE


def resolve(hits: list[Hit]) -> list[Hit]:
    """The sentence's events after the hierarchy rules: at most one conflict and one political event."""
    best: dict[str, Hit] = {}
    for hit in hits:
        if hit.cls not in best or hit.weight > best[hit.cls].weight:
            best[hit.cls] = hit
    for rule in hierarchy()["rules"]:
        if all(cls in best for cls in rule["when"]):
            merged = [best.pop(cls) for cls in rule["when"]]
            first = min(merged, key=lambda h: h.start)
            best[rule["keep"]] = Hit(rule["keep"], max(h.weight for h in merged), first.start, first.end)
    chosen: list[Hit] = []
    standing = [h for h in best.values() if _family(h.cls) != _CUE]
    for political in (False, True):
        group = [h for h in standing if (_family(h.cls) in _POLITICAL) == political]
        if group:
            chosen.append(max(group, key=lambda h: (h.weight, -h.start)))
    return chosen


def capture_class(actor_country: str | None, place_country: str | None, government: bool = False) -> str:
    """ACLED: a government retaking its own territory, else a (foreign or non-state) actor taking it.

    ``government`` is set when the taker is named only as the state's own forces ("the army").
    """
    rules = hierarchy()["capture"]
    if government or (actor_country is not None and actor_country == place_country):
        return rules["retake"]
    return rules["capture"]


def lethal_upgrade(cls: str, lethal: bool) -> str:
    """Destruction that killed or injured people is an attack by an unnamed weapon, not vandalism."""
    rule = hierarchy()["lethal_upgrade"]
    return rule["to"] if lethal and cls in rule["from"] else cls
