"""Trigger detection in a sentence and ACLED hierarchy rules over what was found.

Triggers are lexicon regexes (data); the rules (data too) say which class wins when a sentence
mentions several: shelling during a ground battle is one Armed clash, intercepted missiles are
Disrupted weapons use, a protest the police dispersed is a Protest with intervention.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from sitroom.events.lexicon import Lexicon, hierarchy, ontology

NONE = "none"

CAPTURE = "@capture"
_POLITICAL = frozenset({"diplomacy", "aid", "statement"})
_UNREPORTED_REACH = 80  # characters before a trigger searched for a word of absence or reference
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

    A trigger just after a word of absence ("without arrests", "sans violence") or of reference to a
    past event ("in response to the chemical attack", "accused of bombing") reports no new event.
    A sentence about a disaster or an accident (flood, gas leak, derailment) yields no conflict
    event: "the earthquake killed eight people" is not an attack. A conflict trigger followed by the war
    as a whole ("those fighting in the war", "killed since the invasion") is background, no event.
    """
    hits = [
        Hit(trigger.cls, trigger.weight, match.start(), match.end()) for trigger, match in lex.triggers.scan(sentence)
    ]
    hits = [h for h in hits if not lex.unreported.search(sentence, max(0, h.start - _UNREPORTED_REACH), h.start)]
    hits = [
        h for h in hits if _family(h.cls) in _POLITICAL or not lex.generic.match(sentence, _first_word_end(sentence, h))
    ]
    if hits and lex.non_conflict.search(sentence):
        hits = [h for h in hits if _family(h.cls) in _POLITICAL]
    return sorted(hits, key=lambda h: (h.start, -h.weight))


def _first_word_end(sentence: str, hit: Hit) -> int:
    """Where the trigger's first word ends: a trigger may take in its preposition ("fighting in")."""
    space = sentence.find(" ", hit.start, hit.end)
    return hit.end if space < 0 else space


def _family(cls: str) -> str:
    if cls == CAPTURE:
        return "battle"
    return ontology()[cls].family if cls in ontology() else _CUE


def _standing(hits: list[Hit]) -> list[Hit]:
    """Classes left after the hierarchy rules (best-weighted mention of each), cues dropped."""
    best: dict[str, Hit] = {}
    for hit in hits:
        if hit.cls not in best or hit.weight > best[hit.cls].weight:
            best[hit.cls] = hit
    # The first rule (in order) that applies, again and again: a class one rule makes can meet an
    # earlier rule ("dispersed" + protest -> intervention, then intervention + lethal force).
    for _ in _rules():  # bounded, so that no rule data can make it loop
        rule = next(((when, keep) for when, keep in _rules() if when <= best.keys()), None)
        if rule is None:
            break
        when, keep = rule
        merged = [best.pop(cls) for cls in when]
        first = min(merged, key=lambda h: h.start)
        best[keep] = Hit(keep, max(h.weight for h in merged), first.start, first.end)
    return [h for h in best.values() if _family(h.cls) != _CUE]


@lru_cache(maxsize=1)
def _rules() -> tuple[tuple[frozenset[str], str], ...]:
    """The hierarchy rules as (classes, kept class), in order; a one-class rule turns a cue into a class."""
    return tuple((frozenset(rule["when"]), rule["keep"]) for rule in hierarchy()["rules"])


def probability(probs: dict[str, float], cls: str) -> float:
    """The classifier's probability of a class key (``@capture`` sums the territory classes)."""
    if cls == CAPTURE:
        return sum(probs.get(key, 0.0) for key in hierarchy()["classifier"]["capture_classes"])
    return probs.get(cls, 0.0)


def _kin(family: str, other: str) -> bool:
    """Same family, or families the classifier may trade between (``switch_groups``)."""
    return family == other or any(
        family in group and other in group for group in hierarchy()["classifier"]["switch_groups"]
    )


def _conflict_choice(group: list[Hit], probs: dict[str, float] | None) -> Hit | None:
    """The conflict class of the sentence: lexicon weight alone, or weighed with the classifier's view."""
    if probs is None:
        return max(group, key=lambda h: (h.weight, -h.start))
    rules = hierarchy()["classifier"]
    certain = [h for h in group if h.weight >= rules["certain_weight"]]
    group = certain or group  # precise triggers are never outvoted by vaguer ones
    best = max(group, key=lambda h: (rules["weight_share"] * h.weight + probability(probs, h.cls), -h.start))
    if probs.get(NONE, 0.0) >= rules["none_min"]:
        return None
    top = max((cls for cls in probs if cls in ontology()), key=probs.__getitem__)
    if (
        len(group) == 1
        and best.cls != CAPTURE
        and top != best.cls
        and _kin(ontology()[top].family, _family(best.cls))
        and probs[top] >= rules["switch_min"]
        and probability(probs, best.cls) < rules["switch_max_lexicon"]
    ):
        return Hit(top, best.weight, best.start, best.end)
    return best


def unsure(hits: list[Hit]) -> bool:
    """Whether the lexicon needs the classifier here: several conflict classes stand after the rules,
    or the only one comes from a weak trigger (below ``ask_below``). Sentences without a conflict
    trigger are never asked: the embedding costs more than everything else in the stage."""
    conflict = [h for h in _standing(hits) if _family(h.cls) not in _POLITICAL]
    return len(conflict) > 1 or any(h.weight < hierarchy()["classifier"]["ask_below"] for h in conflict)


def resolve(hits: list[Hit], probs: dict[str, float] | None = None) -> list[Hit]:
    """The sentence's events after the hierarchy rules: at most one conflict and one political event.

    ``probs`` (the embedding classifier's view of the sentence) settles between conflict classes the
    rules leave standing, may refine the sub-type within the lexicon's family, and drops a weak
    conflict trigger in a sentence it reads as no event at all (a disaster, crime, sport).
    """
    standing = _standing(hits)
    chosen: list[Hit] = []
    conflict = [h for h in standing if _family(h.cls) not in _POLITICAL]
    political = [h for h in standing if _family(h.cls) in _POLITICAL]
    if conflict and (hit := _conflict_choice(conflict, probs)) is not None:
        chosen.append(hit)
    if political:
        chosen.append(max(political, key=lambda h: (h.weight, -h.start)))
    return chosen


def capture_class(
    cls: str, actor_country: str | None, place_country: str | None, government: bool = False, non_state: bool = False
) -> str:
    """ACLED: a government retaking its own territory, else a (foreign or non-state) actor taking it.

    ``government`` is set when the taker is named only as the state's own forces ("the army"),
    ``non_state`` when it is an armed group ("militants recaptured the town" is no government's gain).
    Other classes pass unchanged.
    """
    rules = hierarchy()["capture"]
    if non_state and cls in (CAPTURE, rules["retake"]):
        return rules["capture"]
    if cls != CAPTURE:
        return cls
    if government or (actor_country is not None and actor_country == place_country):
        return rules["retake"]
    return rules["capture"]


def lethal_upgrade(cls: str, lethal: bool) -> str:
    """Destruction that killed or injured people is an attack by an unnamed weapon, not vandalism."""
    rule = hierarchy()["lethal_upgrade"]
    return rule["to"] if lethal and cls in rule["from"] else cls
