"""Actors named in a sentence, normalised through the alias resource (``resources/<lang>/actors_aliases.json``).

"les forces russes", "Russian troops" and "ЗСУ" become ACLED-style names with a country. The actor
before the trigger is taken as the doer (actor1), the next one after it as the target (actor2).
"""

from __future__ import annotations

from dataclasses import dataclass

from sitroom.events.lexicon import ActorAlias, lexicon
from sitroom.model import Actor

# Actors who suffer rather than act: never taken as actor1 from the text before a trigger.
VICTIMS = frozenset({"Civilians"})
# A country's own forces named without their country ("the army"): they act for the place's government.
STATE_FORCES = frozenset({"State forces"})


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


def assign_actors(mentions: list[ActorMention], trigger: int) -> tuple[Actor | None, Actor | None]:
    """(actor1, actor2) around a trigger offset: nearest named actor before it, first different one after."""
    doers = [m for m in mentions if m.alias.name not in VICTIMS]
    before = [m for m in doers if m.end <= trigger]
    after = [m for m in doers if m.start >= trigger]
    actor1 = before[-1].actor if before else (after.pop(0).actor if after else None)
    targets = [m for m in mentions if m.start >= trigger]
    actor2 = next((m.actor for m in targets if actor1 is None or m.alias.name != actor1.name), None)
    return actor1, actor2


def side_of(text: str, lang: str) -> str | None:
    """The side (UA, RU, other) that an attribution's words point to, if any alias names one."""
    for mention in find_actors(text, lang):
        if mention.alias.side:
            return mention.alias.side
    return None
