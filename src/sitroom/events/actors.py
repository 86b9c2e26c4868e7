"""Actors named in a sentence, normalised through the alias resource (``resources/<lang>/actors_aliases.json``).

"les forces russes", "Russian troops" and "ЗСУ" become ACLED-style names with a country. The actor
before the trigger is taken as the doer (actor1), the next one after it as the target (actor2).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from sitroom.events.lexicon import ActorAlias, hierarchy, lexicon
from sitroom.model import Actor

_TARGET_REACH = 30  # characters before an actor searched for a word that makes it a target
# Actors who suffer rather than act: never taken as actor1 from the text before a trigger.
VICTIMS = frozenset({"Civilians"})
# A country's own forces named without their country ("the army"): they act for the place's government.
STATE_FORCES = frozenset({"State forces"})
# Armed groups named by what they are ("militants", "the Taliban"): never a state's forces.
NON_STATE = frozenset({"Unidentified Armed Group"})
# Actors named without a country ("the police", "protesters"): they belong to the place's country.
LOCAL = frozenset({"Police Forces", "Protesters", "Rioters"})


@dataclass(frozen=True, slots=True)
class ActorMention:
    start: int
    end: int
    alias: ActorAlias

    @property
    def actor(self) -> Actor:
        return Actor(self.alias.name, self.alias.country)


def find_actors(text: str, lang: str) -> list[ActorMention]:
    """Non-overlapping actor mentions in ``text`` (longest first), in text order."""
    candidates = [ActorMention(match.start(), match.end(), alias) for alias, match in lexicon(lang).actors.scan(text)]
    chosen: list[ActorMention] = []
    for mention in sorted(candidates, key=lambda m: m.start - m.end):
        if all(mention.end <= other.start or other.end <= mention.start for other in chosen):
            chosen.append(mention)
    return sorted(chosen, key=lambda m: m.start)


def assign_actors(
    mentions: list[ActorMention], trigger: int, text: str = "", targets: re.Pattern[str] | None = None
) -> tuple[Actor | None, Actor | None]:
    """(actor1, actor2) around a trigger offset: nearest named actor before it, first different one after.
    An actor after the trigger that ``targets`` words introduce ("attacking all of Ukraine") is the
    target: it never becomes actor1 for want of one before."""
    doers = [m for m in mentions if m.alias.name not in VICTIMS]
    before = [m for m in doers if m.start < trigger]  # one that runs into the trigger ("air defences shot") too
    after = [m for m in doers if m.start >= trigger and not _targeted(m, text, targets)]
    actor1 = before[-1].actor if before else (after.pop(0).actor if after else None)
    targets_after = [m for m in mentions if m.start >= trigger]
    actor2 = next((m.actor for m in targets_after if actor1 is None or m.alias.name != actor1.name), None)
    return actor1, actor2


def _targeted(mention: ActorMention, text: str, targets: re.Pattern[str] | None) -> bool:
    return (
        targets is not None and targets.search(text, max(0, mention.start - _TARGET_REACH), mention.start) is not None
    )


_SUBJECTS = frozenset({"nsubj", "csubj"})
_AGENTS = frozenset({"agent", "obl:agent"})
# The side that loses what the verb says: a passive subject ("militants were pushed back") or object.
_LOSERS = frozenset({"nsubjpass", "nsubj:pass", "dobj", "obj"})
# Clauses that share the subject of the verb they hang from ("... clashing with X and capturing Y",
# "achieved a victory by controlling the area").
_CHAINS = frozenset({"conj", "advcl", "xcomp", "pcomp", "prep"})


def roles(mentions: list[ActorMention], token: Any, offset: int) -> tuple[Actor | None, Actor | None]:
    """(doer, undergoer) of what ``token`` (a parsed trigger) says: the actor named in the subject of
    its clause or in a passive's agent ("pushed back by the army"), and the one named in its passive
    subject or object. None where the parse names no known actor: the nearest actor before a trigger
    is often its object ("the army, in its crackdown on militants, recaptured ...")."""
    verb = token
    for _ in range(4):
        children = list(verb.children)
        if any(c.dep_ in _AGENTS | _SUBJECTS | _LOSERS for c in children):
            break
        if verb.dep_ not in _CHAINS or verb.head.i == verb.i:
            return None, None
        verb = verb.head
    doers = [c for c in children if c.dep_ in _AGENTS] or [c for c in children if c.dep_ in _SUBJECTS]
    return _named_in(mentions, doers, offset), _named_in(mentions, [c for c in children if c.dep_ in _LOSERS], offset)


def _named_in(mentions: list[ActorMention], phrases: list[Any], offset: int) -> Actor | None:
    for phrase in phrases:
        start = phrase.left_edge.idx - offset
        end = phrase.right_edge.idx + len(phrase.right_edge) - offset
        mention = next((m for m in mentions if start <= m.start and m.end <= end), None)
        if mention is not None:
            return mention.actor
    return None


def side_of(text: str, lang: str) -> str | None:
    """The side (UA, RU, other) that an attribution's words point to, if any alias names one."""
    for mention in find_actors(text, lang):
        if mention.alias.side:
            return mention.alias.side
    return None


def localise(actor: Actor | None, country: str | None) -> Actor | None:
    """A local actor named without a country takes the country of the event's place."""
    if actor is None or actor.country or actor.name not in LOCAL:
        return actor
    return Actor(actor.name, country)


def crowd_actors(
    cls: str, actor1: Actor | None, actor2: Actor | None, country: str | None
) -> tuple[Actor | None, Actor | None]:
    """ACLED codes the crowd as actor1 of a protest or riot ("Protesters (Ukraine)"), whoever else the
    sentence names (the prisoners the protest is about, the police that watched); the other actor
    stays actor2 only where it took part (an intervention, a mob's victims). Local actors take the
    country of the place."""
    crowds = hierarchy()["crowds"]
    crowd = crowds["actor1"].get(cls)
    if crowd is None:
        return localise(actor1, country), localise(actor2, country)
    named = next((a for a in (actor1, actor2) if a is not None and a.name == crowd), Actor(crowd))
    other = next((a for a in (actor1, actor2) if a is not None and a.name != crowd), None)
    return localise(named, country), localise(other, country) if cls in crowds["keep_actor2"] else None
