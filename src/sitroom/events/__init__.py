"""Events stage: event mentions in sentences, classified into the ontology, with their arguments.

Per sentence: lexicon triggers -> ACLED hierarchy rules -> arguments (actors, location, date,
casualties, quantities) -> attribution and modality -> one ``Event`` per place; then mentions of the
same event in a document are merged ("one event per place per day", as ACLED does).
"""

from __future__ import annotations

import re
from typing import Any

from sitroom.events.actors import NON_STATE, STATE_FORCES, assign_actors, crowd_actors, find_actors, roles
from sitroom.events.assemble import EventParts, build_event, highest, lowest, merge_events
from sitroom.events.attribution import claimant, modality, verified
from sitroom.events.casualties import Casualties, find_casualties
from sitroom.events.classify import Hit, capture_class, find_hits, lethal_upgrade, probability, resolve, unsure
from sitroom.events.embedding import classifier
from sitroom.events.frames import drop_described, drop_governed
from sitroom.events.lexicon import Lexicon, lexicon, ontology
from sitroom.events.locate import locate
from sitroom.events.quantities import find_quantities
from sitroom.model import (
    AnalyzedDocument,
    Claimant,
    Event,
    PlaceMention,
    ResolvedDate,
    Span,
    TimeExpression,
    Timeline,
)

__all__ = ["extract_events", "load_models"]

_POLITICAL = frozenset({"diplomacy", "aid", "statement"})
# Classes that, in a sentence naming no place, describe the consequences of the event just told.
_FOLLOW_UPS = frozenset({"Attack", "Looting/property destruction"})
# Entity labels of named bodies whose names hold places (spaCy en and fr).
_NAMED_BODIES = frozenset({"ORG", "FAC"})


def _token(parse: Any, start: int, end: int) -> Any:
    if parse is None:
        return None
    span = parse.char_span(start, end, alignment_mode="expand")
    return span.root if span is not None and len(span) else None


def _sentence_events(
    adoc: AnalyzedDocument,
    sentence: Span,
    hits: list[Hit],
    places: list[PlaceMention],
    timeline: Timeline,
    claim: Claimant | None,
    probs: dict[str, float],
) -> list[Event]:
    lex = lexicon(adoc.lang)
    casualties = find_casualties(sentence.text, adoc.lang)
    quantities = find_quantities(sentence.text, adoc.lang)
    actors = find_actors(sentence.text, adoc.lang)
    checked = verified(lex, sentence.text)
    found: list[Event] = []
    for hit in hits:
        start = sentence.start + hit.start
        token = _token(adoc.parse, start, sentence.start + hit.end)
        mood = modality(lex, sentence.text, hit.start, token, hit.end)
        if mood == "asserted" and claim is not None:
            mood = "claimed"
        date = timeline.date_for(start)
        if mood in ("asserted", "claimed") and _later(date, timeline.doc_date):
            mood = "planned"  # a stated date after the document's: "the summit in Sharm el-Sheikh on 6 November"
        actor1, actor2 = assign_actors(actors, hit.start, sentence.text, lex.targets)
        # Who takes a place decides its territory class; with a parse, the clause says who did it to whom.
        taker, loser = roles(actors, token, sentence.start) if token is not None else (actor1, None)
        in_sentence = any(sentence.start <= p.start < sentence.end and p.location for p in places)
        spans = [(sentence.start + m.start, sentence.start + m.end) for m in actors]
        political = ontology()[hit.cls].family in _POLITICAL if hit.cls in ontology() else False
        country = actor1.country if actor1 else None
        for location in locate(lex, adoc.text, sentence, start, token, places, spans, political, country):
            cls = capture_class(
                hit.cls,
                actor1.country if actor1 else None,
                location.country if location else None,
                government=(taker.name in STATE_FORCES) if taker else (loser is not None and loser.name in NON_STATE),
                non_state=taker is not None and taker.name in NON_STATE,
            )
            cls = lethal_upgrade(cls, bool(casualties.fatalities or casualties.injured))
            violent = ontology()[cls].family not in _POLITICAL
            first, second = crowd_actors(cls, actor1, actor2, location.country if location else None)
            parts = EventParts(
                cls=cls,
                weight=hit.weight,
                support=probability(probs, hit.cls) if probs else None,
                trigger_is_predicate=token is not None and token.pos_ in ("VERB", "NOUN", "AUX"),
                located_in_sentence=in_sentence,
                location=location,
                actor1=first,
                actor2=second,
                fatalities=casualties.fatalities if violent else None,
                injured=casualties.injured if violent else None,
                quantities=quantities,
                claimed_by=claim,
                modality=mood,
                verified=checked,
                date=date,
            )
            found.append(build_event(adoc, sentence, timeline, parts))
    return found


def _later(date: ResolvedDate | None, doc_date: ResolvedDate | None) -> bool:
    """Whether a date lies after the document's (by day when both are days, else by month)."""
    if date is None or doc_date is None:
        return False
    if date.precision == 1 and doc_date.precision == 1:
        return date.value > doc_date.value
    return (date.value.year, date.value.month) > (doc_date.value.year, doc_date.value.month)


def _paragraph_split(sentences: list[Span]) -> list[Span]:
    """Sentences never run across a line break (headlines and paragraphs end without a full stop)."""
    pieces: list[Span] = []
    for sentence in sentences:
        offset = sentence.start
        for line in sentence.text.split("\n"):
            stripped = line.strip()
            if stripped:
                start = offset + line.index(stripped)
                pieces.append(Span(start, start + len(stripped), stripped))
            offset += len(line) + 1
    return pieces


def _candidates(
    lex: Lexicon, sentences: list[Span], parse: Any
) -> list[tuple[Span, list[Hit], dict[str, float] | None]]:
    """Each sentence with its trigger hits (less those a governing frame voids) and, where the lexicon
    is unsure only, the classifier's probabilities (one batch per document keeps the embedding cost low)."""
    found = [
        (s, drop_described(parse, s.start, drop_governed(lex, parse, s.start, s.text, find_hits(lex, s.text))))
        for s in sentences
    ]
    model = classifier()
    asked = [bool(hits) and model is not None and unsure(hits) for _, hits in found]
    probs = iter(
        model.probabilities([s.text for (s, _), ask in zip(found, asked, strict=True) if ask]) if model else []
    )
    return [(sentence, hits, next(probs) if ask else None) for (sentence, hits), ask in zip(found, asked, strict=True)]


def load_models() -> None:
    """Load the stage's models now (the sentence encoder reads its weights on first use, ~1 s): a
    start-up cost like loading spaCy, kept out of the first document's time and of throughput figures."""
    model = classifier()
    if model is not None:
        model.probabilities(["start-up"])


def extract_events(adoc: AnalyzedDocument, places: list[PlaceMention], timeline: Timeline) -> list[Event]:
    """The document's events: one per place per day, each with its evidence sentence."""
    lex = lexicon(adoc.lang)
    # A mention with a figure in it ("COP27") is no place name, whatever the gazetteer matched.
    places = [p for p in _outside_names(adoc.parse, places) if not any(c.isdigit() for c in p.text)]
    # Where events happen: less the places named as actors ("Kyiv's forces"), which still give sides.
    sites = [p for p in places if not _actor_place(lex, adoc.text, p)]
    events: list[Event] = []
    previous: Claimant | None = None
    latest: list[Event] = []
    for sentence, found, probs in _candidates(lex, _paragraph_split(adoc.sentences), adoc.parse):
        claim = claimant(lex, sentence, adoc.parse, places, previous)
        previous = claim or previous
        hits = resolve(found, probs)
        stated = _stated(adoc.text, timeline, sentence)
        hits = [h for h in hits if not _country_wide(h, sentence, sites)]
        if hits and not _continues(hits, latest, sentence, sites):
            latest = _sentence_events(adoc, sentence, hits, sites, timeline, claim, probs or {})
            if (not stated and _in_the_past(adoc.text, timeline, sentence)) or (
                not _dated_inside(adoc.text, timeline, sentence) and _background(lex, sentence, timeline)
            ):
                latest = []  # background told in an earlier year ("At the 1976 Olympics, ... he was detained.")
            events.extend(latest)
        elif any(e.family not in _POLITICAL for e in latest):
            casualties = find_casualties(sentence.text, adoc.lang)
            # A figure stated outright for "this event" (ACLED's note) belongs to every event told so far.
            _carry_casualties(events if casualties.exact else latest, casualties)
    return merge_events(events, {e.event_id for e in events if not _stated(adoc.text, timeline, e.evidence)})


def _outside_names(parse: Any, places: list[PlaceMention]) -> list[PlaceMention]:
    """Places that are not part of an organisation's name ("King's College London", "Shakhtar
    Donetsk"): an event told there did not happen at that place."""
    if parse is None:
        return places
    names = [(e.start_char, e.end_char) for e in parse.ents if e.label_ in _NAMED_BODIES]
    return [
        p
        for p in places
        if not any(start <= p.start and p.end <= end and (start, end) != (p.start, p.end) for start, end in names)
    ]


def _actor_place(lex: Lexicon, text: str, place: PlaceMention) -> bool:
    """A place named as an actor ("Kyiv's forces", "les forces de Kiev"): no event happened there."""
    return bool(
        lex.place_actor_after.match(text, place.end)
        or lex.place_actor_before.search(text, max(0, place.start - 40), place.start)
    )


def _stated(text: str, timeline: Timeline, sentence: Span) -> bool:
    """Whether a time expression of the text dates the sentence (else it took the document's date).
    A dateline alone on its line is the document's own date: it dates no sentence."""
    return any(
        e.value is not None and e.scope[0] < sentence.end and sentence.start < e.scope[1] and not _dateline(text, e)
        for e in timeline.expressions
    )


def _dated_inside(text: str, timeline: Timeline, sentence: Span) -> bool:
    """Whether the sentence itself holds a resolved time expression (a date an earlier sentence set
    may stretch over it, yet tells nothing about this one)."""
    return any(
        e.value is not None and sentence.start <= e.start < sentence.end and not _dateline(text, e)
        for e in timeline.expressions
    )


def _dateline(text: str, expression: TimeExpression) -> bool:
    line_start = text.rfind("\n", 0, expression.start) + 1
    line_end = text.find("\n", expression.end)
    return not text[line_start : len(text) if line_end < 0 else line_end].replace(expression.text, "").strip()


def _in_the_past(text: str, timeline: Timeline, sentence: Span) -> bool:
    """The paragraph's last date before an undated sentence lies in an earlier year than the document
    (more than a year back): the sentence goes on telling that past, not the document's day."""
    if timeline.doc_date is None:
        return False
    paragraph = text.rfind("\n", 0, sentence.start) + 1
    earlier = [e for e in timeline.expressions if e.value is not None and paragraph <= e.end <= sentence.start]
    last = max(earlier, key=lambda e: e.end, default=None)
    return last is not None and last.value is not None and last.value.value.year < timeline.doc_date.value.year - 1


def _background(lex: Lexicon, sentence: Span, timeline: Timeline) -> bool:
    """An undated sentence that tells a habit ("Russia has been using drones to...", "often") or names
    an earlier year than the document's ("annexed in 2014", "last year"): background, no event of the
    document's day (a past event whose date the text states keeps that date instead)."""
    if lex.habitual.search(sentence.text):
        return True
    if timeline.doc_date is None:
        return False
    year = timeline.doc_date.value.year
    return bool(lex.earlier_year.search(sentence.text)) or any(
        int(m.group("year")) < year for m in lex.bare_year.finditer(sentence.text)
    )


# A battle trigger whose place is a whole country right after it ("forces fighting in Ukraine", "fight
# for Ukraine") is the war as a whole, not a battle somewhere.
_POSSESSIVE = re.compile(r"['’]s\b")
_COUNTRY_GAP = re.compile(
    r"\W*(?:(?:in|for|across|throughout|en|pour|dans|à travers)\W+)?(?:(?:the|l[ae]|l')\W*)?", re.IGNORECASE
)


def _country_wide(hit: Hit, sentence: Span, places: list[PlaceMention]) -> bool:
    if hit.cls in ontology() and ontology()[hit.cls].family != "battle":
        return False
    end = sentence.start + hit.end
    after = min((p for p in places if end <= p.start < sentence.end), key=lambda p: p.start, default=None)
    if after is None or after.place is None or after.place.feature != "country" or after.start - end > 24:
        return False
    if _POSSESSIVE.match(sentence.text, after.end - sentence.start):
        return False  # "fighting in Ukraine's east" is somewhere
    return _COUNTRY_GAP.fullmatch(sentence.text, hit.end, after.start - sentence.start) is not None


def _continues(hits: list[Hit], latest: list[Event], sentence: Span, places: list[PlaceMention]) -> bool:
    """A follow-up of the event just told: victims or damage ("A civilian was killed.", "Houses were
    destroyed near X." when X is that event's place), or the same kind of event in a placeless sentence."""
    violent = [e for e in latest if e.family not in _POLITICAL]
    if not violent:
        return False
    named = {p.location.name for p in places if sentence.start <= p.start < sentence.end and p.location}
    told = {e.location.name for e in violent if e.location}
    if all(h.cls in _FOLLOW_UPS for h in hits) and (not named or named & told):
        return True
    if named:
        return False
    kinds = {e.sub_event_type for e in violent}
    return all(h.cls in _FOLLOW_UPS or h.cls in kinds for h in hits)


def _carry_casualties(latest: list[Event], casualties: Casualties) -> None:
    """Figures in a follow-up sentence complete the event just before it (lowest figure wins, as ACLED);
    a toll that rose ("The death toll rose to five.") updates it: the new, higher figure wins."""
    for event in latest:
        if event.family not in _POLITICAL:
            if casualties.exact:
                event.fatalities = casualties.fatalities
            elif casualties.update:
                event.fatalities = highest(event.fatalities, casualties.fatalities)
            else:
                event.fatalities = lowest(event.fatalities, casualties.fatalities)
            event.injured = lowest(event.injured, casualties.injured)
