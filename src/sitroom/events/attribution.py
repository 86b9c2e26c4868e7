"""Who says so, through which channel, with what modality, and whether it could be verified.

A planned meeting is not a meeting that happened and a denied strike is not a strike: modality is
read from cue words near the trigger (data in ``resources/<lang>/events_cues.json``) and, when a
parse exists, from the trigger's verb (future, conditional, negation).
"""

from __future__ import annotations

import re
from typing import Any

from sitroom.events.actors import side_of
from sitroom.events.lexicon import Lexicon
from sitroom.events.morphology import (
    is_common_noun,
    is_future,
    is_verb,
    nominative_phrase,
    place_forms,
    skip_function_words,
)
from sitroom.model import Claimant, Modality, PlaceMention, Span
from sitroom.places import resolve_name
from sitroom.places.keys import name_key

_BEFORE = 70  # characters before the trigger in which planning/hypothesis cues govern it
_NEGATION_BEFORE = 30
_AFTER = 40  # characters after the trigger in which a conditional verb still governs it
# Subjects and the objects of "selon lui", "according to him", "по его словам": the previous source.
_PRONOUNS = frozenset(
    {"il", "elle", "ils", "elles", "he", "she", "they", "it", "він", "вона", "вони", "он", "она", "они"}
    | {"lui", "eux", "him", "her", "them", "його", "її", "їхніми", "его", "её", "ее", "их"}
)
_CLAUSES = frozenset({"obl", "obl:arg", "obl:mod", "prep", "advcl", "acl", "acl:relcl", "relcl", "punct"})
_DETERMINER = re.compile(r"^(?:(?:le|la|les|the|a|an)\s+|l['’])", re.IGNORECASE)
_SUBJECTS = frozenset({"nsubj", "nsubj:pass", "nsubjpass", "expl:subj"})
_INVERTED = frozenset({"obj", "dobj", "nsubj"})
_WORD = re.compile(r"\w+")
_CAPITALISED = re.compile(r"(?<!\w)[^\W\d_a-zа-яіїєґё][^\W\d_A-ZА-ЯІЇЄҐЁ]+(?!\w)")
_ROLE_TOWN_POPULATION = 100_000
_INVERTED_PRONOUN_WORDS = 3  # "a-t-il"
_SOURCE_WORDS = 14  # longer than any source's name and role: a clause, not a source
# A full stop closing the sentence, not an abbreviation's ("U.S."): after two letters.
_FINAL_STOP = re.compile(r"(?<=\w\w)[.!?…]+$")
# Where a clause starts: punctuation, not a clock time ("20:37") or a decimal.
_CLAUSE_START = re.compile(r"[,;()«»\"“”—–]|(?<!\d)[:.!?](?!\d)")
_TIMESTAMP = re.compile(r"^(?:\d{1,2}\s+\w+\s+)?[\d\s.:/–-]+(?=\w)")  # "20:37", "6 листопада 21:42"
# A preposition, lowercase words, then a capitalised subject: "У лютому цього року Рубіо".
_SUBJECT_AFTER_TIME = re.compile(r"^\S+(?:\s+[a-zа-яіїєґё]\S*)+\s+(?=[A-ZА-ЯІЇЄҐЁ])")

Found = tuple[str, str | None, int, int]  # name, role, start, end (document offsets)


def _cue(lex: Lexicon, name: str, text: str) -> bool:
    return bool(lex.modality[name].search(text))


def _verb_of(token: Any) -> Any:
    while token.pos_ not in ("VERB", "AUX") and token.head.i != token.i:
        token = token.head
    return token


def _parse_modality(token: Any) -> Modality | None:
    """Modality from the trigger's governing verb: negation, future, conditional."""
    verb = _verb_of(token)
    related = [verb, *verb.children]
    if any(t.dep_ in ("neg", "advmod") and t.lower_ in ("not", "n't", "pas", "never", "jamais") for t in related):
        return "negated"
    if any("Fut" in t.morph.get("Tense") for t in related if t.pos_ in ("VERB", "AUX")):
        return "planned"
    if any(t.lower_ in ("will", "shall") for t in related):
        return "planned"
    # A conditional auxiliary ("des frappes auraient touché") reports an allegation: the cues decide.
    conditional = [t for t in related if "Cnd" in t.morph.get("Mood") and not t.dep_.startswith("aux")]
    if conditional or any(t.lower_ == "would" for t in related):
        return "hypothetical"
    return None


def modality(lex: Lexicon, sentence: str, trigger: int, token: Any = None, trigger_end: int | None = None) -> Modality:
    """The modality of the event whose trigger starts at ``trigger`` (offset in ``sentence``). A cue
    inside the trigger's own words ("urged", "threatened to") is the event itself, which happened: the
    hypothesis or plan is what it is about ("Russia threatened to strike Kyiv": a threat, made)."""
    # "could not be independently verified" is about the source, not a hypothetical or negated event.
    masked = {w.lower() for m in lex.unverified.finditer(sentence) for w in _WORD.findall(m.group())}
    sentence = lex.unverified.sub(lambda m: " " * len(m.group()), sentence)
    word = _WORD.match(sentence, trigger)
    word_end = word.end() if word else trigger
    own = (
        sentence if trigger_end is None else sentence[:trigger] + " " * (trigger_end - trigger) + sentence[trigger_end:]
    )
    around = own[max(0, trigger - _BEFORE) : trigger + _AFTER]
    if _cue(lex, "denied", sentence):
        return "denied"
    # The window takes in the trigger's own word: "не обстрілювали" is one negated verb.
    if _cue(lex, "negated", sentence[max(0, trigger - _NEGATION_BEFORE) : word_end]):
        return "negated"
    from_parse = _parse_modality(token) if token is not None and _verb_of(token).lower_ not in masked else None
    if from_parse is not None:
        return from_parse
    if _cue(lex, "hypothetical", around):  # "якщо окупанти обстріляють": a condition, not a plan
        return "hypothetical"
    if _cue(lex, "planned", around) or (token is None and word is not None and is_future(lex.lang, word.group())):
        return "planned"
    # The verb that governs the trigger, however far ("The COP27 summit, which opens in Egypt on
    # 6 November, is expected to ..."): its own words and auxiliaries carry the cue.
    governing = _governing_words(token) if token is not None and _verb_of(token).lower_ not in masked else ""
    if governing and _cue(lex, "hypothetical", governing):
        return "hypothetical"
    if governing and _cue(lex, "planned", governing):
        return "planned"
    return "claimed" if _cue(lex, "claimed", sentence) else "asserted"


def _governing_words(token: Any) -> str:
    """The words of the verb a noun trigger is the subject of (with its auxiliaries and the "to" of
    its complement), or "" when the trigger is the verb itself or no subject of it ("On a visit to
    China, Scholz urged ...": the visit is no subject of "urged")."""
    verb = _verb_of(token)
    if verb.i == token.i:
        return ""
    below = token
    while below.head.i != verb.i:
        below = below.head
    if below.dep_ not in _SUBJECTS and below.dep_ not in ("csubj", "csubj:pass", "csubjpass"):
        return ""  # "Capturing X would give Russia ...": a clausal subject too
    words = [verb, *(c for c in verb.children if c.dep_.startswith("aux") or c.dep_ == "xcomp")]
    words += [c for w in words if w.dep_ == "xcomp" for c in w.children if c.dep_ in ("aux", "mark") and c.i < w.i]
    return " ".join(t.text for t in sorted(set(words), key=lambda t: t.i) if t.dep_ != "xcomp")


def verified(lex: Lexicon, sentence: str) -> bool | None:
    """False when the text says the claim could not be verified, True when it says it was."""
    if lex.unverified.search(sentence):
        return False
    return True if lex.verified.search(sentence) else None


def channel(lex: Lexicon, sentence: str) -> str | None:
    return next((name for name, regex in lex.channels if regex.search(sentence)), None)


def _person(span: Any) -> Any:
    """The first person entity lying wholly inside ``span``, read from its tokens' entity tags
    (``span.ents`` walks every entity of the document: on a long article that cost more than the
    rest of the stage)."""
    for token in span:
        if token.ent_iob_ == "B" and token.ent_type_ in ("PER", "PERSON"):
            end = token.i + 1
            # The small English model splits some names in two ("Oleksandr" + "Prokudin"): one person.
            while end < len(token.doc) and (
                token.doc[end].ent_iob_ == "I" or token.doc[end].ent_type_ in ("PER", "PERSON")
            ):
                end += 1
            if end <= span.end:
                return token.doc[token.i : end]
    return None


def _strip(text: str) -> str:
    return _FINAL_STOP.sub("", text.strip(" ,;:«»\"'“”")).strip()


def _claimant_from_parse(sentence: Any, cue_start: int, cue_end: int) -> Found | None:
    """(name, role, start, end) of the subject of a reporting verb; a cue that is no verb here
    ("l'annonce du déménagement") names no claimant."""
    tokens = [t for t in sentence if cue_start <= t.idx < cue_end]
    for token in tokens:
        if token.pos_ not in ("VERB", "AUX"):
            continue
        verb = _verb_of(token)
        subjects = [
            child
            for child in verb.children
            if child.dep_ in _SUBJECTS and not any(cue_start <= t.idx < cue_end for t in child.subtree)
        ]
        incise = _incise(tokens[0])
        if incise:
            # "..., a annoncé le médiateur X": the source follows the verb (parsers often call it an
            # object); the subject they found before the comma may be the reported clause itself.
            subjects += [c for c in verb.rights if c.dep_ in _INVERTED and c.pos_ in ("NOUN", "PROPN", "PRON")][:1]
        found = [f for f in map(_describe, subjects) if _plausible(f, verb.doc)]
        if incise:  # a candidate naming a person is the source, the other one a reported phrase
            found.sort(key=lambda f: f[1] is None and not _names_person(f, verb.doc))
        if found:
            return found[0]
    # "..., regional governor X said", parsed with X hung on the clause before and the verb subjectless.
    left = _left_noun(tokens[0], sentence) if tokens else None
    fallback = _describe(left) if left is not None else None
    named = (
        fallback is not None
        and left is not None
        and _names_person(fallback, left.doc)
        and _plausible(fallback, left.doc)
    )
    return fallback if named else None


def _left_noun(first: Any, sentence: Any) -> Any:
    """The noun right before a reporting verb that has no subject of its own. The parser may cut the
    sentence into fragments ("Le gouverneur régional | Serhiï Lyssak | a déclaré ..."): a name's last
    word stands for its first, and a role that is a fragment of its own right before the name heads both."""
    if first.i <= sentence.start:
        return None
    left = first.nbor(-1)
    if left.pos_ not in ("NOUN", "PROPN"):
        return None
    while left.dep_ in ("flat:name", "flat") and sentence.start <= left.head.i < left.i:
        left = left.head
    if left.left_edge.i <= sentence.start:
        return left
    role = left.doc[left.left_edge.i - 1]
    while role.head.i != role.i:
        role = role.head
    if role.pos_ == "NOUN" and role.right_edge.i == left.left_edge.i - 1 and role.left_edge.i >= sentence.start:
        return role
    return left


def _names_person(found: Found, doc: Any) -> bool:
    span = doc.char_span(found[2], found[3], alignment_mode="expand")
    return span is not None and _person(span) is not None


def _plausible(found: Found, doc: Any) -> bool:
    """A source is a name or a noun phrase, never a clause: short, and without a finite verb."""
    name, role, start, end = found
    if len(_WORD.findall(f"{name} {role or ''}")) > _SOURCE_WORDS:
        return False
    span = doc.char_span(start, end, alignment_mode="expand")
    return span is None or not any(t.pos_ in ("VERB", "AUX") and "Fin" in t.morph.get("VerbForm") for t in span)


def _incise(first: Any) -> bool:
    """A reporting clause set off after a comma ("..., a affirmé le gouverneur"): its subject follows
    the verb and parsers often label it an object."""
    return first.i > first.sent.start and first.nbor(-1).is_punct


def _claimant_from_phrase(lex: Lexicon, sentence: Span, parse: Any, cue: re.Match[str]) -> Found | None:
    """The source after "selon"/"according to": the phrase up to the next comma, and a person named
    in it or in the apposition right after it ("selon le gouverneur de X, Pavlo K., ..."). Without a
    parse the phrase is put back in the nominative ("за словами Олександра Прокудіна")."""
    rest = sentence.text[cue.end() :]
    pieces = re.split(r"[,;:()«»\n]", rest, maxsplit=2)
    if parse is None:
        case = lex.claimant_cases.get(cue.group().lower(), "nomn")
        return _source(lex, sentence, cue.end(), cue.end() + len(pieces[0]), case)
    phrase = _strip(pieces[0])
    if len(phrase) < 2:
        return None
    start = sentence.start + cue.end() + rest.index(phrase)
    end = start + len(phrase)
    limit = end + (len(pieces[1]) + 1 if len(pieces) > 2 else 0)
    window = parse.char_span(start, limit, alignment_mode="contract")
    person = _person(window) if window is not None else None
    if person is None:
        return _lower_determiner(phrase), None, start, end
    role = _strip(phrase.replace(person.text, " ")) or None
    return person.text, role, start, max(end, person.end_char)


def _lower_determiner(text: str) -> str:
    """ "Les autorités ukrainiennes" at a sentence start reads "les autorités ukrainiennes" as a name."""
    match = _DETERMINER.match(text)
    return text[: match.end()].lower() + text[match.end() :] if match and match.end() < len(text) else text


def _describe(head: Any) -> Found:
    # "of" phrases qualify the source ("the head of the Kharkiv military administration"); other
    # prepositional phrases say where or how it spoke.
    subtree = sorted(
        [head, *(t for child in head.children if _qualifies(child) for t in child.subtree)], key=lambda t: t.i
    )
    subtree = [t for t in subtree if not (t.dep_ == "case" and t.head.i == head.i and t.i < head.i)]
    doc = head.doc
    span = doc[_word_start(subtree[0]) : _word_end(subtree[-1]) + 1]
    person = _named_head(head) or _person(span)
    if person is None and (apposition := _apposition(head) or _next_person(span)) is not None:
        span, person = doc[span.start : apposition.end], apposition
    text = _strip(span.text)
    if person is None:
        return _lower_determiner(text), None, span.start_char, span.end_char
    role = _strip(text.replace(person.text, " ").replace(" ,", ",")) or None
    return person.text, role, span.start_char, span.end_char


def _qualifies(child: Any) -> bool:
    return child.dep_ not in _CLAUSES or (child.dep_ == "prep" and child.lower_ == "of")


def _named_head(head: Any) -> Any:
    """The person a proper-noun head names: the proper nouns compounded before it from the first one
    the model tags a person ("Kherson regional governor Oleksandr Prokudin": not "Kherson"; "President
    Joe Biden": not "President")."""
    if head.pos_ != "PROPN":
        return None
    start = head.i
    while start > 0 and head.doc[start - 1].pos_ == "PROPN" and head.doc[start - 1].dep_ == "compound":
        start -= 1
    first = next((t.i for t in head.doc[start : head.i + 1] if t.ent_type_ in ("PER", "PERSON")), None)
    # A French name's first word heads the rest ("Andriï Iermak": "Iermak" is its flat:name).
    end = head.i + 1
    while end < len(head.doc) and head.doc[end].dep_ in ("flat:name", "flat") and head.i <= head.doc[end].head.i < end:
        end += 1
    return None if first is None else head.doc[first:end]


def _apposition(head: Any) -> Any:
    """A person set in apposition inside the head's phrase ("The governor of Belgorod region,
    Vyacheslav Gladkov, said"): the parser hangs it on the region."""
    for token in head.subtree:
        if token.dep_ == "appos" and token.i > head.i and token.ent_type_ in ("PER", "PERSON"):
            return _person(token.doc[token.left_edge.i : token.i + 1])
    return None


def _next_person(span: Any) -> Any:
    """A person named right after the role, which the parser made a second subject ("a déclaré le
    gouverneur régional Vadym Filachkine")."""
    doc = span.doc
    if span.end < len(doc) and doc[span.end].ent_iob_ == "B" and doc[span.end].ent_type_ in ("PER", "PERSON"):
        return _person(doc[span.end : len(doc)])
    return None


def _word_start(token: Any) -> int:
    """The first token of the written word ``token`` ends ("L'état-major" parsed as "major" with
    "état" elsewhere in the tree)."""
    start = token.i
    while start > 0 and not token.doc[start - 1].whitespace_:
        previous = token.doc[start - 1]
        if previous.is_punct and previous.text not in ("-", "'", "’"):
            break
        start -= 1
    return start


def _word_end(token: Any) -> int:
    """The last token of the written word ``token`` starts, across hyphens ("l'état-major" parsed as
    "état" with "-major" elsewhere in the tree)."""
    doc, end = token.doc, token.i
    while end + 1 < len(doc) and not doc[end].whitespace_ and "-" in (doc[end].text, doc[end + 1].text):
        end += 1
    return end


def _claim(lex: Lexicon, sentence: Span, parse: Any) -> Found | None:
    """The first reporting or denying cue of the sentence that names a source, and that source
    ("The Kremlin denied ..." names the Kremlin)."""
    span = None if parse is None else parse.char_span(sentence.start, sentence.end, alignment_mode="expand")
    for match in lex.sources.finditer(sentence.text):
        pronoun = next((w for w in _WORD.findall(match.group().lower()) if w in _PRONOUNS), None)
        if pronoun is not None:  # "По его словам": the source told before
            return pronoun, None, sentence.start + match.start(), sentence.start + match.end()
        if lex.claim_prepositions.fullmatch(match.group()):
            found = _claimant_from_phrase(lex, sentence, parse, match)
        elif span is not None:
            found = _claimant_from_parse(span, sentence.start + match.start(), sentence.start + match.end())
        else:
            found = _claimant_from_words(lex, sentence, match)
        if found is not None:
            return found
    return None


def _claimant_from_words(lex: Lexicon, sentence: Span, match: re.Match[str]) -> Found | None:
    """Without a parse: the source of a reporting verb is the clause before it ("Губернатор X
    сообщил ...") or, when the verb opens its clause or follows an object ("..., повідомили
    Повітряні сили ЗСУ", "Про це повідомив ..."), the words after it up to a preposition or a comma.
    A cue that is not a verb ("заява") names nobody."""
    text = sentence.text
    if not is_verb(lex.lang, _WORD.findall(match.group())[-1]):
        return None
    clause_start = max((m.end() for m in _CLAUSE_START.finditer(text, 0, match.start())), default=0)
    clause_start += _opening(lex, text[clause_start : match.start()])
    before = _strip(text[clause_start : match.start()])
    if before and not lex.reported_objects.fullmatch(before):
        return _source(lex, sentence, clause_start, match.start())
    rest = text[match.end() :]
    cut = _CLAUSE_START.search(rest)
    end = match.end() + (cut.start() if cut else len(rest))
    start = match.end()
    stop = lex.claimant_stops.search(text, start, end)
    if stop is not None and not text[start : stop.start()].strip():
        # A channel right after the verb ("повідомив у Telegram голова ОВА ...") is skipped; after a
        # case-giving preposition the phrase is the source in that case ("повідомили в Повітряних
        # силах"); after any other stop ("заявив про захоплення") the verb names nobody here.
        channel_word = next((m for _, r in lex.channels if (m := r.match(text, _skip_space(text, stop.end())))), None)
        if channel_word is not None:
            start = channel_word.end()
        elif stop.group().lower() not in lex.claimant_cases:
            return None
        stop = lex.claimant_stops.search(text, max(start, stop.end()), end)
    return _source(lex, sentence, start, stop.start() if stop else end)


def _skip_space(text: str, position: int) -> int:
    return len(text) - len(text[position:].lstrip())


def _opening(lex: Lexicon, clause: str) -> int:
    """Characters of a clause's opening that name nobody: a clock time of a live blog ("20:37") and
    leading conjunctions or adverbs ("Також", "коли")."""
    stamp = _TIMESTAMP.match(clause.lstrip())
    offset = len(clause) - len(clause.lstrip()) + (stamp.end() if stamp else 0)
    return offset + skip_function_words(lex.lang, clause[offset:])


def _source(lex: Lexicon, sentence: Span, start: int, end: int, case: str = "nomn") -> Found | None:
    """The source named in ``sentence.text[start:end]`` in the nominative; a leading preposition
    ("У Кремлі") gives the case the phrase stands in."""
    phrase = sentence.text[start:end]
    stripped = _strip(phrase)
    words = stripped.split(" ", 1)
    located = False
    if len(words) == 2 and words[0].lower() in lex.claimant_cases:
        # "У вересні Фінляндія оголосила": a time phrase, then the subject (capitalised) in the nominative.
        after_time = _SUBJECT_AFTER_TIME.match(stripped)
        if after_time is not None and case == "nomn":
            stripped = stripped[after_time.end() :]
        else:
            case = lex.claimant_cases[words[0].lower()]
            located = case == "loct"
            stripped = words[1]
    stripped = stripped[: len(stripped) - _trailing_function_words(lex.lang, stripped)].rstrip()
    if len(stripped) < 2:
        return None
    offset = sentence.start + start + phrase.index(stripped)
    named = nominative_phrase(lex.lang, stripped, case, lex.surname_endings.get(case, ()))
    # The span is where places may give the source a side. A person's surname may match a town
    # ("Федорова"): then only the role's words count (matched by text). A source named by where it
    # speaks ("В Донецке заявили") says where the speakers are, not whom they speak for.
    spoken_for = not (located or named.person)
    return named.name, named.role, offset, offset + (len(stripped) if spoken_for else 0)


def _trailing_function_words(lang: str, phrase: str) -> int:
    """Characters of adverbs and particles closing the phrase ("Фінляндія також")."""
    reversed_words = " ".join(reversed(phrase.split()))
    skipped = reversed_words[: skip_function_words(lang, reversed_words)].split()
    return len(phrase) - len(phrase.rstrip()) + sum(len(w) + 1 for w in skipped) if skipped else 0


def _side_of_words(lex: Lexicon, described: str) -> str | None:
    """The side an actor alias or a nationality word in the claimant's description points to."""
    return side_of(described, lex.lang) or next(
        (side for side, regex in lex.claimant_sides if regex.search(described)), None
    )


def claimant(
    lex: Lexicon, sentence: Span, parse: Any, places: list[PlaceMention], previous: Claimant | None
) -> Claimant | None:
    """Who the sentence attributes its content to (name, role, side, channel), if anyone."""
    found = _claim(lex, sentence, parse)
    if found is None:
        return None
    name, role, start, end = found
    words = _WORD.findall(name.lower())
    if words and words[-1] in _PRONOUNS and len(words) <= _INVERTED_PRONOUN_WORDS:
        return previous  # "il", and the inverted "a-t-il précisé"
    described = " ".join(filter(None, [name, role]))
    side = (
        _side_of_words(lex, described)
        or _side_from_places(places, lex.lang, role or "", start, end)
        or _side_from_role_town(role or "", lex.lang)
    )
    return Claimant(name=name, role=role, side=side, channel=channel(lex, sentence.text))


def _side_from_places(places: list[PlaceMention], lang: str, described: str, start: int, end: int) -> str | None:
    """An official of a named region speaks for that region's country ("governor of Donetsk region");
    a place named again in the role, which the places stage resolved elsewhere in the document, is
    the same place ("мэр Харькова"). A word the dictionary knows only as a common noun ("Мер") is no
    place, whatever the gazetteer matched."""
    for place in places:
        inside = start <= place.start < end or (
            place.text in described and re.search(rf"(?<!\w){re.escape(place.text)}(?!\w)", described)
        )
        if inside and place.location is not None and not is_common_noun(lang, place.text):
            return place.location.country if place.location.country in ("UA", "RU") else "other"
    return None


def _side_from_role_town(role: str, lang: str) -> str | None:
    """A major city named in the role that the places stage missed ("Belgorod governor"): only a
    city of at least ``_ROLE_TOWN_POPULATION`` whose name is the word itself, so that role words
    never pass for small towns with a similar name ("Mayor" is no Măieru); a Ukrainian or Russian
    name is also tried in the nominative ("мер Харкова")."""
    for word in (form for written in _CAPITALISED.findall(role) for form in place_forms(lang, written)):
        place = resolve_name(word, lang)
        if (
            place is not None
            and place.feature == "city"
            and place.population >= _ROLE_TOWN_POPULATION
            and name_key(place.name) == name_key(word)
        ):
            return place.country if place.country in ("UA", "RU") else "other"
    return None
