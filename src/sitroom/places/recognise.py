"""Recognition: which spans of a document may name places.

Three sources, merged without overlaps: spaCy place entities (strong), spaCy person/organisation
entities and capitalised word runs that the gazetteer knows (weak: kept only when resolution finds
a plausible place), and region phrases around them ("la région de X", "X oblast", "X області").
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, replace
from functools import cache, lru_cache
from types import ModuleType
from typing import TYPE_CHECKING

import regex

from sitroom.model import AnalyzedDocument, Entity
from sitroom.places.demonyms import is_demonym
from sitroom.places.gazetteer import Entry, gazetteer
from sitroom.places.keys import fold, name_key
from sitroom.places.lookup import cyrillic, lookup, may_match, misspelt, spelt_out
from sitroom.places.patterns import ending_pattern
from sitroom.places.relative import bearing_phrases
from sitroom.places.resources import lexicon, load_json, read_tsv

if TYPE_CHECKING:
    from sitroom.nlp.morphology import NameCases

STRONG_LABELS = frozenset({"LOC", "GPE", "FAC"})
PERSON_LABELS = frozenset({"PER", "PERSON"})
WEAK_LABELS = frozenset({"PER", "PERSON", "ORG", "MISC"})
PLACE_BEARING_LABELS = STRONG_LABELS | WEAK_LABELS
NATIONALITY_LABELS = frozenset({"NORP"})
# Parts of speech a parser gives unfamiliar place names besides PROPN ("Stanislav" as an adjective).
_NAME_LIKE_POS = frozenset({"PROPN", "NOUN", "ADJ"})
# A framed name may also be read as a number or nothing at all: an apostrophe confuses the tagger ("Pervomais'k").
_FRAMED_NAME_POS = _NAME_LIKE_POS | {"NUM", "X"}
# Organisation names often contain a place ("Kharkiv Regional State Administration"); person names rarely.
CONTAINER_LABELS = frozenset({"ORG", "MISC"})
_DIGIT = re.compile(r"\d")
_ROMAN_ENDING = re.compile(r"\s[IVX]{2,}$")  # "War II", "Louis XIV"; not a lone "I" or "V"
_NUMBERED = re.compile(r"(\D+?)[\s-]\d+")  # a name, then a number ("Engels-2", "Lexington 4")
_NAME_APOSTROPHES = re.compile(r"['’ʼ]")
# Dotted abbreviations keep their last dot (U.S., D.C., W.Va.); other words end on a letter or digit.
_WORD = re.compile(r"[^\W\d_][\w'’-]*\.[\w'’.-]*\.(?=[\s,;:)]|$)|[^\W\d_][\w'’.-]*[\w]|[^\W\d_]")
_TRAILING = ",;:-"
_ELISION = re.compile(r"^(?:[dlDLjJ]|qu|Qu)['’]")
_ARTICLE = re.compile(r"^(?:the|The|THE)\s+")
_ABBREVIATION = re.compile(r"^[A-Z][a-z]{0,3}\.$")
_POSSESSIVE = re.compile(r"['’]s?$")
_CONNECTORS = frozenset({"de", "du", "la", "le", "on", "upon", "am", "an", "der", "na", "sur", "del", "des"})
MAX_WORDS = 4
REGION_PHRASE_CHARS = 40  # how far before a name a region phrase may begin ("la région frontalière de ")
COUNTRY_FRAME_CHARS = 80  # how far before a name a country frame may begin ("the Ukrainian Black Sea port of ")
COUNTRY_TAIL_CHARS = 24  # the window's end a frame's last word lies in ("the English city of ", "російського міста ")
_COMMA = re.compile(r"\s*,\s*")
HIERARCHY_DEPTH = 3  # town, district, region (a country after them): "Kupiansk, Kupiansk district, Kharkiv"
_PAREN = re.compile(r"\s*\(\s*")
_CLAUSE_END = re.compile(r"\s*(?:[,.;:)?!—–-]|$)|\s+[A-Za-z(]")
_CLAUSE_MARKS = frozenset('.!?:;,"«»()—–-')  # a word ending so closes the clause before the next word
# "Washington, New York and Boston": a second name followed by "and"/"or" and a capitalised word is a list item.
_CLITIC = re.compile(r"[a-z]?['’]")
_NEXT_WORD = regex.compile(r" \p{Lu}\p{Ll}+(?![\w'’-])")  # "Jelenia" "Góra" too
_CAPITALISED_NEXT = regex.compile(r"[^\S\n]+\p{Lu}")
GROW_WORDS = 2  # a place entity may grow over this many capitalised words after it
_JOINER = re.compile(r" | and ")
MIN_SCAN_CHARS = 3
INITIAL_TOWN = 10_000
SHORT_WORD = 4  # letters of a short word opening a sentence (Піт, Рак, День, Схід)
NORP_TOWN = 10_000
NUMBERED_NAME = 4
NOUN_CITY = 100_000
INDECLINABLE_CASES = 6  # a name listed in this many cases is one the language does not decline ("Міллі")
SURNAME_CITY = 200_000  # a city a text's surname may still name ("Jack London" … "London")
DIRECTED_CITY = 100_000
_PLAIN_WORD = re.compile(r"\w+")
_PART = re.compile(r"[^,\s](?:[^,]*[^,\s])?")
# Words of an entity, hyphen and slash parts apart ("Fargo-Moorhead", "DFL-Chisholm").
_PIECE = re.compile(r"[^\s/–-]+")
_HYPHEN_PART = re.compile(r"[^-–]+")
_HYPHENATED = re.compile(r"(?<![\w-])[A-Z][\w.’']*(?:[-–][A-Z][\w.’']*)+")
MIN_PART_CHARS = 3
# A wire dateline: a capitalised place name opening the text or a sentence, then a dash ("HUDSON --").
_DATELINE_BEFORE = re.compile(r"(?:^|[.!?\n])\s*$")
_DATELINE_AFTER = re.compile(r"\s*(?:--|—|–|-\s|\(AP\))")
# The region named right after a town, as ACLED and field reports write it: "Tsukuryne, Donetsk", "Horenka (Kyiv)".
_REGION_NAMED_AFTER = re.compile(r"(?:,\s*|\s*\(\s*)([A-Z][\w'’-]+)(?=[\s,.;:)]|$)")
MIN_DATELINE_CHARS = 4
PASSAGE_CHARS = 40  # how far around a name in a foreign script a lower-case word of that script is looked for
_LIST_ITEM = re.compile(r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}")
_LIST_SEPARATOR = re.compile(r"\s*(?:,\s*(?:and\s+|&\s+)?|\s+and\s+|\s*&\s*)$")


@dataclass(slots=True)
class Candidate:
    """A span that may name a place.

    ``strong`` when NER said so, ``region`` when a region word frames it, ``qualifies`` the town it
    follows as "Town, Region" or "Town (Region)", the way ACLED and wire copy name places; ``flanked``
    when an unknown capitalised word sits next to it (probably a person's name); ``doubtful`` when
    NER read it as a person ("Jones") or the text also writes it in lower case ("the council");
    ``verbatim`` when NER ran and did not call it a place, so only a main name (spelling aside) will do;
    ``inner`` when found inside an organisation's name, where only a name exactly as written will do
    ("Air" in "the Air Balloon" is no Ayr); ``settlement`` when a settlement word or a relative phrase
    leads it ("the village of", "селі", "near"), which vouches for a village only KATOTTG knows;
    ``facility`` when a facility's head noun follows ("Carnegie Library", "Buckland Elementary School"):
    the town the facility is named after may lie anywhere, so it must fit the document; ``feature`` when the
    head is a natural feature's or landmark's (Mississippi "River", Windsor "Castle"), which a region's or
    country's name before it names rather than the region itself; ``name`` when the
    text stands for a longer name ("Clay" in "Clay and Otter Tail counties") or for the name it misspells
    beside its region ("Vuhleder, Donetsk"); ``water`` when it names a river ("the Dnipro River", "la rive
    gauche du Dniepr"), whose namesake town places it only roughly; ``group`` tells the items
    of one such list apart from other lists' (the offset of its plural word); ``sibling`` the span before
    it in a list ("California or Washington", "Iraq, Libya and Syria"); ``axis`` when it names an axis of the
    front ("на Харківському напрямку"), whose region is where a front runs, not what the document is about;
    ``town`` when a town's body follows its adjective ("Київської міської ради", "Харьковского городского
    совета": ``town_after``), which names the town, not the region; ``country`` the country a country adjective
    before it names ("the English city of Salisbury": GB), in which the place lies or in a region it claims;
    ``listed_city`` when, in a language read without a parser, the dictionary lists the span as a noun whose
    nominative names a national capital ("Берліні": Берлін, "Вашингтона") or, where it marks place names, a city
    ("Стамбуле"), which the gazetteer holds only as an alternate name of the Latin one.
    """

    start: int
    end: int
    text: str
    strong: bool
    region: bool = False
    qualifies: Candidate | None = None
    flanked: bool = False
    doubtful: bool = False
    verbatim: bool = False
    inner: bool = False
    settlement: bool = False
    facility: bool = False
    feature: bool = False
    name: str = ""
    water: bool = False
    group: int = -1
    sibling: Candidate | None = None
    axis: bool = False
    town: bool = False
    country: str = ""
    listed_city: bool = False

    @property
    def query(self) -> str:
        """The name to look up: the text, or the full name a list item stands for ("Clay" → "Clay County")."""
        return self.name or self.text


@cache
def _not_places(lang: str) -> frozenset[str]:
    return frozenset(fold(word) for word in lexicon(lang)["not_places"])


def _listed_no_place(span: str, lang: str) -> bool:
    """The lexicon lists the span as no place (``not_places``), as written ("U.N.") or before a full stop ("NATO.")."""
    listed = _not_places(lang)
    return fold(span) in listed or fold(span.rstrip(".")) in listed


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop leading articles and French elisions (the, d'Avdiïvka), English possessives (Bakhmut's) and a
    trailing comma, semicolon, colon, dash or unopened bracket."""
    while end > start + 1 and (text[end - 1] in _TRAILING or (text[end - 1] == ")" and "(" not in text[start:end])):
        end -= 1  # NER sometimes takes the comma after a name ("Mykhalchyna-Sloboda,"), or a dash ("(CNN)- US")
    span = text[start:end]
    if "'" not in span and "’" not in span and span[:3] not in ("the", "The", "THE"):
        return start, end  # each pattern below needs an apostrophe or a leading article: most spans have neither
    elision = _ELISION.match(span) or _ARTICLE.match(span)
    if elision and elision.end() < len(span):
        start += elision.end()
    tail = _POSSESSIVE.search(text[start:end])
    if tail and end - start - len(tail.group()) >= 2:
        end -= len(tail.group())
    return start, end


def _bare_abbreviation(span: str) -> bool:
    """Titles (Gen., Mr.) are no places, state abbreviations (Ind., Calif.) are: the gazetteer knows them."""
    if not _ABBREVIATION.match(span):
        return False
    return not any(entry.place.feature == "admin1" for entry in gazetteer().exact([span]))


@cache
def _region_words_after(lang: str) -> str:
    """The region words that follow a name ("oblast", "region"), as a regex alternation."""
    return "|".join(re.escape(w) for w in lexicon(lang)["region_after"])


@cache
def _region_words_before(lang: str) -> str:
    """The region phrases that lead a name ("la région de", "oblast of"), as a regex alternation."""
    return "|".join(_region_phrase(p, lang) for p in lexicon(lang)["region_before"])


def _region_phrase(phrase: str, lang: str) -> str:
    """A region phrase as a regex: one of several words may take one of the language's ``region_qualifiers``
    after its first ("la région russe de", "les régions occupées de", "la région frontalière de")."""
    qualifiers = "|".join(map(re.escape, load_json(lang, "places_lexicon.json").get("region_qualifiers", [])))
    head, _, rest = phrase.partition(" ")
    if not (qualifiers and rest):
        return re.escape(phrase)
    return rf"{re.escape(head)}(?:\s+(?:{qualifiers}))?\s+{re.escape(rest)}"


@cache
def _preposition(lang: str) -> str:
    """A preposition between a town and the region that holds it (``qualifier_prepositions``: "in the",
    "dans", "у"), with the spaces after it, as a regex."""
    return rf"(?:{_lexicon_words(lang, 'qualifier_prepositions')})(?!\w)\s*"


@cache
def _region_patterns(lang: str) -> tuple[re.Pattern[str], regex.Pattern[str]]:
    """One pattern for the region words after a name, one for the phrases before it."""
    after, before = _region_words_after(lang), _region_words_before(lang)
    return (
        re.compile(rf"(?:{after})s?(?!\w)"),
        ending_pattern(rf"(?:(?<!\w)(?:{before})s?(?:\s+(?:la|le|l'|l’))?|(?:{before}))$"),
    )


@cache
def _qualified_pattern(lang: str) -> regex.Pattern[str]:
    """A region phrase after a comma, a bracket or a preposition (``qualifier_prepositions``): a region's name
    and a region word ("…, Odesa region", "… in Zaporizhzhia oblast", "…, in the Donetsk region") or a region
    phrase and a name ("… (région de Zaporijjia)", "…, dans l'oblast de Donetsk"): the "Town, Region" qualifier."""
    after, before, preposition = _region_words_after(lang), _region_words_before(lang), _preposition(lang)
    separator = rf"(?:\s*[,(]\s*(?:{preposition})?|\s+{preposition})"
    named = rf"\p{{Lu}}[\w'’-]*(?:\s+\p{{Lu}}[\w'’-]*)?\s+(?i:{after})(?!\w)"
    return regex.compile(rf"{separator}(?:{named}|(?i:{before})\s*\p{{Lu}})")


@cache
def _lexicon_words(lang: str, key: str) -> str:
    """The words a lexicon lists under ``key``, the language's and English ones, as a regex alternation
    (longest first)."""
    words = {w for code in (lang, "en") for w in load_json(code, "places_lexicon.json").get(key, [])}
    return "|".join(sorted(map(re.escape, words), key=len, reverse=True))


@cache
def _lexicon_regexes(lang: str, key: str) -> str:
    """The regex a lexicon gives under ``key``, the language's and English one, as an alternation ("" when
    neither gives one)."""
    return "|".join(sorted({load_json(code, "places_lexicon.json").get(key) for code in (lang, "en")} - {None}))


@cache
def _own_pattern(lang: str, key: str) -> re.Pattern[str] | None:
    """The regex the language's own lexicon gives under ``key``, compiled; None when it gives none."""
    pattern = load_json(lang, "places_lexicon.json").get(key)
    return re.compile(pattern) if pattern else None


def _coordinators(lang: str) -> str:
    """The words that join a list's last items ("and", "et", "та", "и")."""
    return _lexicon_words(lang, "coordinators")


def _joiner(lang: str) -> str:
    """What joins two items of a list: a comma (and perhaps a coordinator), or a coordinator."""
    words = _coordinators(lang)
    return rf"(?:\s*,\s*(?:(?:{words})\s+)?|\s+(?:{words})\s+)"


@cache
def _list_patterns(lang: str) -> tuple[regex.Pattern[str], regex.Pattern[str]]:
    """What joins two items of a list ("California or Washington", "Харків та Полтава"), and what shows a
    list goes on after a name: a coordinator and a capitalised word, a serial comma perhaps before it ("Washington,
    New York and Boston", "Brussels, New York, or Beijing")."""
    return regex.compile(_joiner(lang)), regex.compile(rf",?\s+(?:{_coordinators(lang)})\s+\p{{Lu}}")


@cache
def _region_list_patterns(
    lang: str,
) -> tuple[re.Pattern[str], regex.Pattern[str], re.Pattern[str], regex.Pattern[str], re.Pattern[str]]:
    """The plural region word after a list ("regions", "областях"), the plural phrase before one ("les
    régions de"), what joins two items ("and", ", ", " et de "), the language's and English ones; then the
    singular phrase before a list whose items each repeat its preposition ("la région de Kharkiv et de
    Louhansk") and what joins such items."""
    lists = [load_json(code, "places_lexicon.json").get("region_lists", {}) for code in (lang, "en")]

    def alternation(part: str) -> str:
        phrases = sorted({w for words in lists for w in words.get(part, [])}, key=len, reverse=True)
        return "|".join(_region_phrase(p, lang) for p in phrases)

    joiner, preposition = _joiner(lang), r"(?:(?:de|du|of)\s+|d['’])"
    distributed = alternation("distributed") or r"(?!)"  # a language without such phrases matches none
    return (
        re.compile(rf"[\s-]*(?:{alternation('after')})(?!\w)", re.IGNORECASE),
        ending_pattern(rf"(?<!\w)(?:{alternation('before')})\s*$", regex.IGNORECASE),
        re.compile(rf"{joiner}{preposition}?", re.IGNORECASE),
        ending_pattern(rf"(?<!\w)(?:{distributed})\s+{preposition}$", regex.IGNORECASE),
        re.compile(rf"{joiner}{preposition}", re.IGNORECASE),
    )


def _region_lists(text: str, chosen: list[Candidate], lang: str) -> None:
    """Every item of a list that a plural region word ends or opens names a region ("the Donetsk and Luhansk
    regions", "les régions de Donetsk et de Louhansk", "у Донецькій та Луганській областях"), though the
    word frames only the item beside it; so does every item of a list that a singular region phrase opens
    when each item repeats its preposition ("la région de Kharkiv et de Louhansk"). An item with no region
    of that name keeps its reading."""
    after, before, joined, distributed, repeated = _region_list_patterns(lang)
    first = 0
    while first < len(chosen):
        last = first
        while last + 1 < len(chosen) and joined.fullmatch(text, chosen[last].end, chosen[last + 1].start):
            last += 1
        items = chosen[first : last + 1]
        opening = text[max(0, items[0].start - REGION_PHRASE_CHARS) : items[0].start]
        if len(items) > 1 and (
            after.match(text, items[-1].end)
            or before.search(opening)
            or (
                distributed.search(opening)
                and all(repeated.fullmatch(text, a.end, b.start) for a, b in itertools.pairwise(items))
            )
        ):
            for item in items:
                # A settlement word keeps its item a town ("у місті Києві та Київській області": the city).
                region = any(e.place.feature == "admin1" for e in lookup(item.query, lang, item.strong))
                item.region = item.region or (region and not item.settlement)
        first = last + 1


@cache
def _axis_patterns(lang: str) -> tuple[re.Pattern[str], re.Pattern[str], regex.Pattern[str]] | None:
    """An axis word after a name ("напрямку"), a town's adjective with its stem and suffix, and an axis word
    after a list the name opens ("Лиманському, Сіверському та Оріхівському напрямках", "Оріхівському та
    інших напрямках"); None for a language that names axes otherwise ("the Lyman axis" names the town itself)."""
    words, adjective = _lexicon_words(lang, "axis_after"), _own_pattern(lang, "axis_adjective")
    if not words or adjective is None:
        return None
    after = rf"\s+(?i:{words})(?!\w)"
    listed = regex.compile(rf"(?:{_joiner(lang)}[\p{{L}}'’ʼ]+)*{after}")  # items of any case: "та інших"
    return re.compile(after), adjective, listed


@dataclass(frozen=True, slots=True)
class Axis:
    """What an axis adjective names: a town (``town``, the form to look up), the region whose adjective it is
    (``region``: "на Запорізькому напрямку" is the Zaporizhzhia oblast's front, not its capital), or neither
    (the span is no place: "Придніпровському" names no town)."""

    town: str = ""
    region: bool = False

    def frame(self, candidate: Candidate) -> Candidate:
        """The candidate framed as the axis names it: as a settlement word or a region word would frame it (no
        neighbouring capital makes it a name's part)."""
        if self.region:
            return replace(candidate, region=True, flanked=False, axis=True)
        return replace(candidate, name=self.town, settlement=True, flanked=False, axis=True)


_NO_AXIS_PLACE = Axis()


def _axes(text: str, chosen: list[Candidate], lang: str) -> list[Axis | None]:
    """For each span (in text order), what the axis it names is (``_axis``), None for no axis: an axis word
    after a list makes every item an axis ("на Торецькому, Бахмутському та Оріхівському напрямках")."""
    patterns = _axis_patterns(lang)
    axes: list[Axis | None] = [None] * len(chosen)
    if patterns is None:
        return axes
    joined = _region_list_patterns(lang)[2]
    for i in range(len(chosen) - 1, -1, -1):
        after = patterns[0].match(text, chosen[i].end)
        listed = i + 1 < len(chosen) and axes[i + 1] is not None
        if after or (listed and joined.fullmatch(text, chosen[i].end, chosen[i + 1].start)):
            axes[i] = _axis(chosen[i].text, patterns[1], lang)
    return axes


_NEXT_LOWER_WORD = regex.compile(r" (\p{Ll}[\p{L}'’ʼ-]*)")


def _attribute(text: str, candidate: Candidate, lang: str) -> bool:
    """An adjective before a lower-case word it agrees with qualifies a thing ("Білого дому", "Чорного моря",
    "Холодної війни", "Вільної демократичної партії"): no place when its closest readings are only villages
    and small towns (Біле, Чорне, Холодне, Вільне). A town of INITIAL_TOWN people or more among them, or a
    country or a region among its names as written, keeps the span ("Луцької міської ради": Lutsk; "Української
    армії": Ukraine; "Львівському торговельно-економічному університеті": the Lviv oblast)."""
    # Words after the adjective that keep its place reading ("Донецької області", "Покровського району"); a
    # language without them reads no adjective as an attribute.
    keeps = _own_pattern(lang, "attribute_keeps")
    if keeps is None or " " in candidate.text:
        return False
    after = _NEXT_LOWER_WORD.match(text, candidate.end)
    if after is None or keeps.match(after.group(1)):
        return False
    if candidate.region or candidate.name or _settlement_framed(text, candidate.start, lang):
        return False  # not a bearing phrase: "на північ від Чорного моря" is north of the Black Sea
    if not _morphology().agrees(lang, candidate.text, after.group(1)):
        return False
    things = _own_pattern(lang, "attribute_things")  # a sea, a fleet: no town of the adjective's name
    if things is not None and things.match(after.group(1)):
        return True  # "Чорноморського флоту": the Black Sea's fleet, whatever town Chornomorsk may be
    entries = lookup(candidate.query, lang, candidate.strong)
    best = min((e.rank for e in entries), default=0)
    # A region or a country by any name as written (the oblast's adjective is an alternate name); a town only
    # among the closest readings ("Вільної": the villages Вільне, not Vilnius that was once called Вільна).
    return not any(
        (e.place.feature in ("admin1", "country") and e.rank <= max(best, 1)) or (_big(e) and e.rank == best)
        for e in entries
    )


def _unlisted_axis(text: str, start: int, end: int, lang: str) -> Axis | None:
    """The axis that an axis word after the span, or after a list it opens, names; None for none."""
    patterns = _axis_patterns(lang)
    if patterns is None or not patterns[2].match(text, end):
        return None
    return _axis(text[start:end], patterns[1], lang)


def _axis(span: str, adjective_pattern: re.Pattern[str], lang: str) -> Axis | None:
    """What an axis of the front is named after: a region whose adjective the span is ("Запорізькому",
    "Харьковском", "Курському": the oblast, as written or declined), else the town that the adjective's stem
    with its suffix, else without, names by its main name's key ("на Покровському напрямку": Покровськ, "на
    Лиманському": Лиман); else a town of INITIAL_TOWN people or more that the stem with its open syllable and a
    town ending names so (``_axis_town_forms``: "Костянтинівському" Костянтинівка, "Курахівському" Курахове);
    else such a town bearing one of these forms as an alternate name ("Ореховском": Орехов, Orikhiv). Never
    through a case-form guess ("Курахов" is no form of the Dagestani village Курах). ``_NO_AXIS_PLACE`` when
    none names one ("Придніпровському"); None when the span is no adjective of a town."""
    adjective = adjective_pattern.match(span)
    if adjective is None:
        return None
    if any(e.place.feature == "admin1" and e.rank <= 1 for e in lookup(span, lang, False)):
        return Axis(region=True)
    stem = adjective.group("stem")
    forms = (stem + adjective.group("suffix"), stem)
    derived = _axis_town_forms(stem, lang)
    passes = ((forms, 0, False), (derived, INITIAL_TOWN, False), ((*forms, *derived), INITIAL_TOWN, True))
    for written, population, alternates in passes:
        for form in written:
            if any(_town_as_written(e, form, population, alternates) for e in lookup(form, lang, False)):
                return Axis(form)
    return _NO_AXIS_PLACE


def _axis_town_forms(stem: str, lang: str) -> list[str]:
    """Towns an axis adjective's stem may name besides the stem itself (``axis_town_endings``, after
    ``axis_stem_openings`` give the stem its open syllable): Курахів -> Курахове, Авдіїв -> Авдіївка,
    Гуляйпіль -> Гуляйполе; Курахов -> Курахово."""
    lexicon = load_json(lang, "places_lexicon.json")
    opened = stem
    for pattern, replacement in lexicon.get("axis_stem_openings", []):
        opened = re.sub(pattern, replacement, opened)
    return [base + ending for ending in lexicon.get("axis_town_endings", []) for base in dict.fromkeys((stem, opened))]


def _town_as_written(entry: Entry, form: str, population: int = 0, alternates: bool = False) -> bool:
    """A GeoNames town of ``population`` or more that bears ``form`` by its main name's key ("Покровськ"), or
    with ``alternates`` as an alternate name written so ("Курахово"): not only through a case-form guess of it
    ("Курахов" is no genitive of the Dagestani village Курах)."""
    place = entry.place
    if place.feature != "city" or entry.approximate or place.population < population:
        return False
    return (not entry.rank and entry.key == name_key(form)) or (
        alternates and entry.rank <= 1 and entry.ident in {e.ident for e in gazetteer().exact([form])}
    )


@cache
def _script_patterns(lang: str) -> tuple[regex.Pattern[str], regex.Pattern[str]] | None:
    """A letter of the script the language writes names in (``script``), and a lower-case word of any other
    script; None for a language that names no script (its names may be written in any)."""
    script = load_json(lang, "places_lexicon.json").get("script")
    if not script:
        return None
    return (
        regex.compile(rf"\p{{Script={script}}}"),
        regex.compile(rf"(?<!\p{{L}})(?:(?!\p{{Script={script}}})\p{{Ll}}){{2,}}(?!\p{{L}})"),
    )


def _foreign_title(text: str, candidate: Candidate, lang: str) -> bool:
    """A name written in another script than the language's ("The Washington Post", "Mercedes-Benz", "Visa"
    in a Ukrainian text): a title, a brand or an organisation, which the text does not translate, unless
    lower-case words of its own script stand around it (a quoted English post: "territories in Yemen")."""
    patterns = _script_patterns(lang)
    if patterns is None:
        return False
    native, foreign_word = patterns
    if native.search(candidate.text):
        return False
    before = text[max(0, candidate.start - PASSAGE_CHARS) : candidate.start]
    after = text[candidate.end : candidate.end + PASSAGE_CHARS]
    return foreign_word.search(before) is None and foreign_word.search(after) is None


# The capitalised word right before or after a span, one space away, a dotted initial between skipped
# ("Джона Ф. Кеннеді"): where the rest of a person's name stands.
_WORD_BEFORE = regex.compile(r"(\p{Lu}[\p{L}'’ʼ]*)(?: \p{Lu}\.)? $")
_WORD_AFTER = regex.compile(r" (?:\p{Lu}\. )?(\p{Lu}[\p{L}'’ʼ]*)")


def _morphology() -> ModuleType:
    """``sitroom.nlp.morphology``, imported when a language's lexicon first asks for its dictionary: the nlp
    package loads spaCy, which English and French texts load anyway and a bare name lookup need not."""
    import sitroom.nlp.morphology

    return sitroom.nlp.morphology


def _function_word(span: str, lang: str) -> bool:
    """In a language the dictionary reads (lexicon key ``function_words``), a one-word span it lists only as a
    verb, a pronoun, an adverb, a conjunction, a preposition, a particle or a numeral (never as a noun or a
    non-pronominal adjective) is no place, capitalised as it may be ("Буде період", "Такі кроки": no village
    Budy, no Dhaka)."""
    if not load_json(lang, "places_lexicon.json").get("function_words") or " " in span:
        return False
    return bool(_morphology().names_nothing(lang, span))


def _personal_name(text: str, candidate: Candidate, lang: str) -> bool:
    """In a language read without NER (lexicon key ``person_names``), a word the dictionary lists as a first
    name followed by a name word in the same case is a person ("Марком Міллі", "Романа Костенка", "Ганна
    Маляр"), the span either word. A first name alone may be a town (Артем, Володимир), and so may one before a
    region adjective in another case ("у Володимирі Волинської області"), or before a region or district word
    ("до Володимира Волинської області"); a word that is also something else (Володимира, Ізраїлю) needs a
    surname the dictionary lists ("Володимира Зеленського"). A word the dictionary lists only as a person's name
    is a person wherever it stands ("цитував Міллі", "Сам Коль", "З Пітом на чолі": no Mila, Kiel, Pittsburgh),
    unless it names a country, a settlement word frames it, or it names a region or a town of INITIAL_TOWN people
    or more where the language is written (Стаханова: Kadiyivka, once Stakhanov; towns there bear people's names)."""
    if not load_json(lang, "places_lexicon.json").get("person_names"):
        return False
    words = candidate.text.split()
    if len(words) == 1 and _only_a_name(text, candidate, lang):
        return True
    if len(words) == 2:
        pairs = [(words[0], words[1], candidate.end)]
    elif len(words) == 1:
        before = _WORD_BEFORE.search(text, max(0, candidate.start - PASSAGE_CHARS), candidate.start)
        after = _WORD_AFTER.match(text, candidate.end)
        pairs = [(words[0], after.group(1), after.end())] if after else []
        pairs += [(before.group(1), words[0], candidate.end)] if before else []
    else:
        return False
    return any(
        _name_pair(first, rest, lang)
        and not _region_after(text, end, lang)
        and not _district_pattern(lang).match(text, end)
        for first, rest, end in pairs
    )


def _first_name(text: str, candidate: Candidate, lang: str) -> bool:
    """A first name the language's lexicon lists because a town bears it (``first_names``: "Volodymyr", "Stepan",
    "Olga"), before a capitalised word no place bears as its main name, is a person ("Volodymyr Zelenskyy", which
    NER may call an organisation; "Stepan Bandera"), unless a facility's or a feature's head follows."""
    if candidate.text not in _first_names(lang) or candidate.region:
        return False
    after = _WORD_AFTER.match(text, candidate.end)
    return (
        after is not None
        and after.group(1)[1:].islower()
        and not _main_name(after.group(1), lang)
        and not _facility_pattern(lang).match(text, candidate.end)
        and not _feature_pattern(lang).match(text, candidate.end)
    )


@cache
def _first_names(lang: str) -> frozenset[str]:
    return frozenset(load_json(lang, "places_lexicon.json").get("first_names", []))


@cache
def _cyrillic_countries() -> frozenset[str]:
    """Countries whose towns are written in Cyrillic (``places_scripts.json``)."""
    return frozenset(load_json("common", "places_scripts.json")["cyrillic"]["countries"])


def _only_a_name(text: str, candidate: Candidate, lang: str) -> bool:
    """A one-word span the dictionary lists only as a first name or a surname, read as a person (see
    ``_personal_name``)."""
    cases: NameCases = _morphology().name_cases(lang, candidate.text)
    if not (cases.first or cases.surname) or cases.other or _settlement_framed(text, candidate.start, lang):
        return False
    native = _cyrillic_countries()
    return not any(
        e.rank <= 1
        and (e.place.feature == "country" or (e.place.country in native and (e.place.feature == "admin1" or _big(e))))
        for e in lookup(candidate.query, lang, candidate.strong)
    )


def _name_pair(first: str, rest: str, lang: str) -> bool:
    """``first`` is a first name and ``rest`` goes on with it, in a case they share: a surname, or a first name
    or a guessed word after a word that is nothing but a name ("Посол Израиля Симона Халперин" names the
    country). One-letter words are prepositions or initials ("У Харкові")."""
    if len(first) < 2 or len(rest) < 2:
        return False
    opening: NameCases = _morphology().name_cases(lang, first)
    going_on: NameCases = _morphology().name_cases(lang, rest)
    if len(going_on.surname | going_on.first) >= INDECLINABLE_CASES:
        return bool(opening.first)  # a foreign name the language does not decline goes on in every case ("Марка Міллі")
    following = going_on.surname if opening.other else going_on.surname | going_on.first | going_on.guessed
    return bool(opening.first & following)


def _region_framed(text: str, start: int, end: int, lang: str) -> bool:
    before = text[max(0, start - REGION_PHRASE_CHARS) : start].lower().rstrip()
    return (
        _region_after(text, end, lang)
        or _region_patterns(lang)[1].search(before) is not None
        or _locative_region(before, text[start:end], lang)
    )


@cache
def _region_locative(lang: str) -> tuple[str, tuple[str, ...], bool] | None:
    """The preposition that puts a region in the locative (``region_locative``), the endings of that case, and
    whether the preposition must open a clause (Russian, whose Запорожье reads alike in the accusative)."""
    found = load_json(lang, "places_lexicon.json").get("region_locative")
    return (found["before"], tuple(found["endings"]), bool(found.get("clause_opening"))) if found else None


def _locative_region(before: str, span: str, lang: str) -> bool:
    """A name in the locative after the region's preposition (``before``: the window before the span, in lower
    case): Ukrainian and Russian say "на Запоріжжі", "на Запорожье" of the oblast (the city takes "у", "в"), as
    "на Харківщині"; "на Харків", accusative, is a direction to the city, and "на Дніпрі" lies on the river,
    which no region's name reads."""
    locative = _region_locative(lang)
    if locative is None or not span.endswith(locative[1]):
        return False
    preposition, _, clause_opening = locative
    words = before.split()
    if not words or words[-1] != preposition:
        return False
    # "На Запорожье заявили …" opens a sentence; "атака на Запорожье" may be the city's, in the accusative.
    return not clause_opening or len(words) < 2 or words[-2][-1:] in _CLAUSE_MARKS


@cache
def _qualifier_pattern(lang: str) -> re.Pattern[str]:
    """What may stand between a town and the region phrase that holds it: a comma or a bracket, then a
    preposition (``_preposition``)."""
    return re.compile(rf"\s*[,(]?\s*(?:{_preposition(lang)})?", re.IGNORECASE)


def _region_qualifies(text: str, previous: Candidate, candidate: Candidate, lang: str) -> bool:
    """A region phrase right after a town holds it as "Town, Region" does: "Robotyne, in the Zaporizhzhia
    region", "Robotyne dans la région de Zaporijjia", "Robotyne (région de Zaporijjia)", "Djankoï, en Crimée",
    "Роботине Запорізької області", "Работино в Запорожской области"; a region holds no region. Such a phrase
    also says where else something happened ("за даними офіційного Києва, у Курській області"): it qualifies
    only a town some reading of which lies in the region."""
    if previous.region:
        return False
    between = text[previous.end : candidate.start]
    phrase = _region_patterns(lang)[1].search(between.lower().rstrip())
    rest = between[: phrase.start()] if phrase else between
    if _qualifier_pattern(lang).fullmatch(rest) is None:
        return False
    if not (candidate.region or phrase or rest.strip(" ,")):
        # Names side by side or after a comma ("Покровськ Донецьк", "Харків, Полтава, Кіровоградщина": a list the
        # comma rule tells apart) need a region word, a bracket or a preposition; and a name qualifies no other
        # name only after a preposition ("Погода в Києві У Києві").
        return False
    if not (candidate.region or phrase) and name_key(candidate.text) == name_key(previous.text):
        return False
    entries = lookup(candidate.query, lang, candidate.strong)
    regions = {(e.place.country, e.place.admin1) for e in entries if e.place.feature == "admin1"}
    towns = lookup(previous.query, lang, previous.strong)
    if any(e.place.feature == "country" and e.rank <= 1 for e in towns):
        return False  # a country is in no region ("допомогу Україні у Києві" is no village Україна)
    return any(e.place.feature == "city" and (e.place.country, e.place.admin1) in regions for e in towns)


def _region_after(text: str, end: int, lang: str) -> bool:
    """A region word follows ("… Донецької області", "… oblast")."""
    return _region_patterns(lang)[0].match(text[end : end + 24].lower().lstrip(" -")) is not None


@cache
def _country_frame(lang: str) -> tuple[regex.Pattern[str], tuple[tuple[str, str], ...], tuple[str, ...]] | None:
    """The language's country frame (``country_frame``: "the English city of", "la ville ukrainienne de",
    "російського міста") with its adjectives (``places_country_adjectives.json``) and their countries, longest
    first, and what the frame's last word starts with (``country_frame_last``: "of", "capital", a settlement
    noun's stem: a test on one word, far cheaper than the frame over the window); None for a language that has
    no frame."""
    lexicon = load_json(lang, "places_lexicon.json")
    adjectives: dict[str, str] = load_json(lang, "places_country_adjectives.json").get("adjectives", {})
    if not lexicon.get("country_frame") or not adjectives:
        return None
    stems = tuple(sorted(adjectives.items(), key=lambda item: len(item[0]), reverse=True))
    alternation = "|".join(regex.escape(stem) for stem, _ in stems)
    pattern = ending_pattern(lexicon["country_frame"].replace("{adjectives}", alternation), regex.IGNORECASE)
    return pattern, stems, tuple(lexicon.get("country_frame_last", ()))


def _country_framed(text: str, start: int, lang: str) -> str:
    """The country a country adjective framing the span names ("the English city of Salisbury": GB), else ""."""
    frame = _country_frame(lang)
    if frame is None:
        return ""
    pattern, stems, last = frame
    words = text[max(0, start - COUNTRY_TAIL_CHARS) : start].split()
    if last and not (words and words[-1].lower().startswith(last)):
        return ""
    match = pattern.search(text[max(0, start - COUNTRY_FRAME_CHARS) : start])
    if match is None:
        return ""
    adjective = match.group("adjective").lower()
    return next((country for stem, country in stems if adjective.startswith(stem)), "")


@cache
def _settlement_pattern(lang: str, near: bool = True) -> regex.Pattern[str]:
    """Settlement words (the language's and English ones) or, with ``near``, a "near" phrase ending right before
    a name."""
    phrase = "|" + lexicon(lang)["relative"]["near"].removesuffix("$") if near else ""
    frames = _lexicon_regexes(lang, "settlement_before")
    return ending_pattern(rf"(?:(?<!\w)(?:{frames})\s*{phrase})$", regex.IGNORECASE)


@cache
def _district_pattern(lang: str) -> re.Pattern[str]:
    return re.compile(rf"\s+(?:{_lexicon_words(lang, 'district_after')})(?!\w)", re.IGNORECASE)


def _with_district(text: str, candidate: Candidate, lang: str) -> Candidate:
    """Grow "Beryslavskyi" over "district" ("Khotin territorial community") when the gazetteer knows
    the whole (a raion or hromada), since NER tags only the name; the district word makes the span as
    sure as an NER place label."""
    match = _district_pattern(lang).match(text, candidate.end)
    if match is None:
        return candidate
    if _town_after(text, match.end(), lang):
        return candidate  # a town's district ("у Дніпровському районі Києва"), not a raion ("… районі Київщини")
    whole = text[candidate.start : match.end()]
    # Declined, a Ukrainian or Russian district reaches its name by a case form ("у Броварському районі").
    if not (lookup(whole, lang, False) if cyrillic(whole) else gazetteer().exact([whole])):
        return candidate
    return Candidate(candidate.start, match.end(), text[candidate.start : match.end()], True)


def _town_after(text: str, end: int, lang: str) -> bool:
    """A capitalised word after ``end`` that reads as a town at its closest, no region word after it: the town
    whose quarter a district word names ("Дніпровському районі Києва"), where a region ("районі Київщини",
    "районі Київської області") would name the raion of an oblast."""
    word = _WORD_AFTER.match(text, end)
    if word is None or _region_after(text, word.end(), lang):
        return False
    entries = lookup(word.group(1), lang, False)
    closest = min((e.rank for e in entries), default=0)
    return any(e.place.feature == "city" and e.rank == closest for e in entries)


def _town_quarter(text: str, candidate: Candidate, lang: str) -> bool:
    """A city's district that GeoNames files as a populated place (the Kyivskyi districts of Donetsk and
    Poltava): a span ending in a district word whose readings are all towns, or one before a district word
    and a town ("у Подільському районі Києва"). A part of some town, which must fit the document as a
    facility must ("the city's Kyivskyi district" in a Kharkiv story)."""
    after = _district_pattern(lang).match(text, candidate.end)
    if after is not None and _town_after(text, after.end(), lang):
        return True
    match = _district_pattern(lang).search(candidate.text)
    if match is None or match.end() != len(candidate.text):
        return False
    entries = lookup(candidate.query, lang, candidate.strong)
    return bool(entries) and all(e.place.feature == "city" for e in entries)


@cache
def _facility_pattern(lang: str) -> re.Pattern[str]:
    """Up to three capitalised words, then a facility's head noun (Stonewall "Golf Club", Douglas "High School"),
    after a possessive too (St. Peter"'s Square")."""
    heads = "|".join(map(re.escape, lexicon(lang)["facility_heads"]))
    return re.compile(rf"(?:['’]s)?\s+(?:(?:[A-Z][\w'’.]*|of|and|the|&)\s+){{0,3}}?(?:{heads})(?!\w)")


def _ends_in_facility_head(span: str, lang: str) -> bool:
    """A name of several words whose last is a facility's head noun ("Washington Square", "Collins Avenue")
    names a square or street as often as the town so called, which must then fit the document."""
    words = span.split()
    return len(words) > 1 and words[-1] in _facility_heads(lang)


@cache
def _facility_heads(lang: str) -> frozenset[str]:
    return frozenset(lexicon(lang)["facility_heads"])


@cache
def _feature_pattern(lang: str) -> re.Pattern[str]:
    """A natural feature's or landmark's head noun right after the name (Mississippi "River", Windsor
    "Castle"): the feature is named after the place, or shares its name, and may lie far from it."""
    heads = "|".join(map(re.escape, lexicon(lang).get("feature_heads", [])))
    return re.compile(rf"\s+(?:{heads})(?!\w)" if heads else r"(?!)")


@cache
def _portfolio_pattern(lang: str) -> regex.Pattern[str] | None:
    """A minister's or ministry's title ending right before a name (the language's and English ones)."""
    titles = _lexicon_regexes(lang, "portfolio_before")
    return ending_pattern(rf"(?<!\w)(?:{titles})\s*$", regex.IGNORECASE) if titles else None


@cache
def _named_thing_patterns(lang: str) -> tuple[regex.Pattern[str] | None, re.Pattern[str] | None]:
    """The noun of a named thing before a name with what may stand between them, an opening quote
    (``title_nouns_before``), and the noun after a name (``title_nouns_after``), the language's and English ones."""
    before, after = _lexicon_regexes(lang, "title_nouns_before"), _lexicon_regexes(lang, "title_nouns_after")
    return (
        ending_pattern(rf"(?<!\w)(?:{before})$", regex.IGNORECASE) if before else None,
        re.compile(rf"\s+(?:{after})(?!\w)", re.IGNORECASE) if after else None,
    )


def _named_thing(text: str, candidate: Candidate, lang: str) -> bool:
    """A name right after the noun of a named thing, quoted or not ("крейсер «Москва»", "полку «Азов»", "the
    cruiser Moskva", "le régiment Azov", "Радіо Свобода"), or before a unit's, a ship's, a paper's or a pipeline's
    noun ("the Azov regiment", "Нью-Йорк таймс", "Nord Stream"), names the ship, the unit, the operation, the film,
    the station, the paper or the pipeline, not a place; so does a quoted name in a language whose lexicon
    says so (``quoted_places_after``: «Бабель», "Баварії", "Азова"), unless such a noun leads it (аеродрому «Саки»)."""
    before, after = _named_thing_patterns(lang)
    window = text[max(0, candidate.start - 30) : candidate.start]
    if bool(before and before.search(window)) or bool(after and after.match(text, candidate.end)):
        return True
    places_after = _quoted_places_after(lang)
    quoted = _OPENING_QUOTE.search(window) is not None and _CLOSING_QUOTE.match(text, candidate.end) is not None
    return places_after is not None and quoted and places_after.search(window) is None


_OPENING_QUOTE = re.compile(r"[«„“\"]$")
_CLOSING_QUOTE = re.compile(r"[»“”\"]")


@cache
def _quoted_places_after(lang: str) -> regex.Pattern[str] | None:
    """The nouns after which a quoted name is still a place (``quoted_places_after``); None when the language
    reads quoted names as places."""
    nouns = load_json(lang, "places_lexicon.json").get("quoted_places_after")
    return ending_pattern(rf"(?<!\w)(?:{nouns})\s+[«„“\"]$", regex.IGNORECASE) if nouns else None


def _portfolio(text: str, candidate: Candidate, lang: str) -> bool:
    """The name is a government portfolio ("le secrétaire américain à la Défense"), no place: French news
    names La Défense's namesake portfolio in nearly every report from a war. A country stays a country."""
    pattern = _portfolio_pattern(lang)
    return (
        pattern is not None
        and pattern.search(text[max(0, candidate.start - 60) : candidate.start]) is not None
        and not any(e.place.feature == "country" for e in lookup(candidate.query, lang, candidate.strong))
    )


@cache
def _water_patterns(lang: str) -> tuple[re.Pattern[str], regex.Pattern[str]]:
    """A river's head word after a name ("River"), and the words before one ("the left bank of the",
    "la rive gauche du", "лівий берег"), the language's and English ones."""
    after = _lexicon_words(lang, "water_after")
    before = _lexicon_regexes(lang, "water_before")
    return (
        re.compile(rf"\s+(?:{after})(?!\w)" if after else r"(?!)"),
        ending_pattern(rf"(?<!\w)(?:{before})\s*$" if before else r"(?!)$", regex.IGNORECASE),
    )


def _water(text: str, candidate: Candidate, lang: str) -> bool:
    """The name is a river's ("the Dnipro River", "la rive gauche du Dniepr", "правий берег Дніпра"): the
    town named like it is no more than a point somewhere along it."""
    after, before = _water_patterns(lang)
    return (
        after.match(text, candidate.end) is not None
        or before.search(text[max(0, candidate.start - 40) : candidate.start]) is not None
    )


def _settlement_framed(text: str, start: int, lang: str) -> bool:
    """A settlement word or a "near" phrase right before the name."""
    return _settlement_pattern(lang).search(text[max(0, start - 40) : start]) is not None


def _bearing_framed(text: str, start: int, end: int, lang: str) -> bool:
    """A bearing phrase before a name that no capitalised word goes on, on its line: "на північ від Роботиного",
    "south of Myrna Dolyna"; not "south of Woodfield Shopping Center". An adjective it frames qualifies a thing
    ("на північ від Чорного моря"): ``_attribute`` reads only settlement words."""
    window = text[max(0, start - 40) : start]
    return bearing_phrases(lang).search(window) is not None and _CAPITALISED_NEXT.match(text, end) is None


def _place_framed(text: str, start: int, end: int, lang: str) -> bool:
    """A region word around the span, a district word or a region qualifier after it ("Stanislav
    community", "Odesa, Odesa region") or a settlement frame before it: what makes a name a place."""
    return (
        _region_framed(text, start, end, lang)
        or _district_pattern(lang).match(text, end) is not None
        or _qualified_pattern(lang).match(text, end) is not None
        or _settlement_framed(text, start, lang)
        or _bearing_framed(text, start, end, lang)
    )


@cache
def _region_word_patterns(lang: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Region phrases leading an entity ("la région de"), longest first, and region words ending it."""
    before = "|".join(re.escape(p) for p in sorted(lexicon(lang)["region_before"], key=len, reverse=True))
    after = _region_words_after(lang)
    return (
        re.compile(rf"(?:(?:la|l'|l’|the)\s*)?(?:{before})s?\s*", re.IGNORECASE),
        re.compile(rf"\s+(?:{after})s?$", re.IGNORECASE),
    )


@cache
def _words_after(lang: str, key: str, flags: int = 0) -> re.Pattern[str]:
    """The lexicon's words under ``key`` (the language's and English ones) right after a name; a pattern that
    never matches when neither lexicon lists any."""
    words = _lexicon_words(lang, key)
    return re.compile(rf"\s+(?:{words})(?!\w)" if words else r"(?!)", flags)


def _names_area(name: str) -> bool:
    """The gazetteer knows ``name`` as written as a country, a region or a world region."""
    return any(e.place.feature in ("country", "admin1", "other") for e in gazetteer().exact([name]))


def _with_tail(text: str, entity: Entity, lang: str) -> Entity:
    """The entity with the lower-case word NER left out of a region's name ("the Baltic states": NER's "Baltic"
    is Baltic, Connecticut; ``name_tails``), when the gazetteer knows the longer name as an area."""
    tail = _words_after(lang, "name_tails").match(text, entity.end)
    if tail is None or not _names_area(text[slice(*_trim(text, entity.start, tail.end()))]):
        return entity
    return Entity(entity.start, tail.end(), text[entity.start : tail.end()], entity.label)


def _strip_region_words(candidate: Candidate, lang: str) -> Candidate:
    """An entity like "la région de Louhansk" or "Luhansk Oblast" becomes "Louhansk", marked region."""
    text = candidate.text
    before, after = _region_word_patterns(lang)
    lead, tail = before.match(text), after.search(text)
    start, end = (lead.end() if lead and lead.end() < len(text) else 0), (tail.start() if tail else len(text))
    if (start, end) == (0, len(text)) or start >= end:
        return candidate
    if _names_area(text):
        return candidate  # a name in its own right: "United States" is no "United" state, "Baltic States" no "Baltic"
    if start:
        return Candidate(candidate.start + start, candidate.end, text[start:], candidate.strong, True)
    return Candidate(candidate.start, candidate.start + end, text[:end], candidate.strong, True)


def _strip_settlement_word(candidate: Candidate, lang: str) -> Candidate:
    """An entity like "Klymentove village" the gazetteer does not know becomes "Klymentove", marked settlement
    (the word vouches for a village only KATOTTG knows)."""
    head, _, _ = candidate.text.rpartition(" ")
    # A settlement word in lower case ("Zabavne village"): capitalised, it is part of the name ("Grants Town").
    if not head or _words_after(lang, "settlement_after").fullmatch(candidate.text, len(head)) is None:
        return candidate
    if lookup(candidate.text, lang, False):
        return candidate
    return replace(candidate, end=candidate.start + len(head), text=head, settlement=True)


def _strip_direction(candidate: Candidate, lang: str) -> Candidate:
    """An unknown span led by a direction word (North Texas, Northeast Georgia) names the place after it."""
    head, _, rest = candidate.text.partition(" ")
    directions = lexicon(lang)["direction_prefixes"]
    if not rest or head.lower() not in directions or lookup(candidate.text, lang, False):
        return candidate
    if not any(_regional(entry) for entry in gazetteer().exact([rest])):
        return candidate  # "West Wing" is no Wing, nor a town spelt like it, nor Wing, a village in England
    cut = len(head) + 1
    return Candidate(candidate.start + cut, candidate.end, rest, candidate.strong, candidate.region)


def _regional(entry: Entry) -> bool:
    """What a direction word may lead: a country or region (North Texas), or a city (East London)."""
    return entry.place.feature != "city" or entry.place.population >= DIRECTED_CITY


@lru_cache(maxsize=8192)
def _town_name(span: str, population: int = 0) -> bool:
    """The main name of a town of NORP_TOWN people or more (or ``population``): NER's nationality that is a
    town ("in Chuhuiv")."""
    least = population or NORP_TOWN
    return any(
        e.rank == 0 and e.place.feature == "city" and e.place.population >= least for e in gazetteer().exact([span])
    )


def _numbered(span: str) -> bool:
    """A span with a number names a model, a unit, a war, a council or a king: in digits unless a town's name heads
    it (``_numbered_town``: "Engels-2"), a closing Roman numeral always ("World War II", "Vatican II", "Louis XIV")."""
    return (_DIGIT.search(span) is not None or _ROMAN_ENDING.search(span) is not None) and not _numbered_town(span)


def _numbered_town(span: str) -> bool:
    """A town's name with a number after it names a site or a district called after it ("Engels-2" airbase,
    "Lexington 4" school district); a road's number does not ("Route 72" is no Rutland), nor does a weapon's
    ("Су-34", "Тор-М2": Су and Тор are alternate names of an Indonesian town and of Sloviansk). A Cyrillic name
    is a town's main name or a Russian or Ukrainian one ("Энгельс-2") of at least NUMBERED_NAME letters."""
    numbered = _NUMBERED.fullmatch(span)
    if numbered is None:
        return False
    name = numbered.group(1)
    if _town_name(name) or not cyrillic(name):
        return _town_name(name)
    countries = _cyrillic_countries()
    return len(name) >= NUMBERED_NAME and any(
        e.place.feature == "city" and e.place.population >= NORP_TOWN and e.place.country in countries
        for e in gazetteer().exact([name])
    )


def _city_noun(adoc: AnalyzedDocument, start: int, end: int) -> bool:
    """The parser reads a big city's name as a common noun in a caption ("Explosion in central Kyiv"): a
    capitalised word inside a sentence that is the main name of a city of NOUN_CITY people or more."""
    if adoc.parse is None:
        return False
    span = adoc.parse.char_span(start, end, alignment_mode="expand")
    return (
        span is not None
        and not span[0].is_sent_start
        and all(token.pos_ in _NAME_LIKE_POS for token in span)
        and _town_name(adoc.text[start:end], NOUN_CITY)
    )


def _capitalised_runs(text: str) -> list[list[tuple[int, int]]]:
    """Runs of capitalised words (with lower-case connectors inside): where gazetteer names hide."""
    runs: list[list[tuple[int, int]]] = []
    current: list[tuple[int, int]] = []
    last_end = -1
    for match in _WORD.finditer(text):
        start, end = match.span()
        if text[start].isupper() or text[start + 1 : start + 2] in ("'", "’") or text.startswith("qu'", start):
            start, end = _trim(text, start, end)  # only capitalised words and elisions have anything to trim
        elif not current:
            last_end = end  # a lower-case word outside a run: most words of a text, nothing to do
            continue
        word = text[start:end]
        adjacent = last_end >= 0 and match.start() == last_end + 1 and text[last_end] in " -"
        if word[:1].isupper():
            if not (current and adjacent):
                if current:
                    runs.append(current)
                current = []
            current.append((start, end))
        elif current and adjacent and word in _CONNECTORS:
            current.append((start, end))
        else:
            if current:
                runs.append(current)
            current = []
        last_end = match.end()
    if current:
        runs.append(current)
    return runs


def _is_proper(adoc: AnalyzedDocument, start: int, end: int) -> bool:
    """With a parse, a gazetteer hit must contain a proper noun (not "Mars" the month in "mars")."""
    if adoc.parse is None:
        return True
    from spacy.symbols import PROPN  # loaded with the parse; the tag's id spares a string lookup per token

    span = adoc.parse.char_span(start, end, alignment_mode="expand")
    return span is not None and any(token.pos == PROPN for token in span)


def _framed_name(adoc: AnalyzedDocument, start: int, end: int) -> bool:
    """A place frame (``_place_framed``: "in Stanislav community", "Odesa, Odesa region") makes a name of
    capitalised words the parser read as an adjective or a noun, unless they open a sentence ("The
    state", "Former State Sen."), where capitals say nothing."""
    if adoc.parse is None or not _place_framed(adoc.text, start, end, adoc.lang):
        return False
    span = adoc.parse.char_span(start, end, alignment_mode="expand")
    return span is not None and not span[0].is_sent_start and all(token.pos_ in _FRAMED_NAME_POS for token in span)


def _opens_quotation(before: str) -> bool:
    """The text before a word ends with a quotation mark that opens (after a space, a colon, a dash or nothing):
    a quotation opens as a sentence does ("Чому?", why, is no village Choma), where a closing mark ends a title
    that the name goes on from ("«Тіньовий флот» Росії")."""
    return _OPENING_QUOTE.search(before) is not None and (len(before) == 1 or before[-2] in _BEFORE_QUOTATION)


_BEFORE_QUOTATION = frozenset(" \n:(—–-")


def _sure_if_initial(adoc: AnalyzedDocument, start: int, span: str) -> bool:
    """Without a parse, a sentence's or a quotation's first word is capitalised anyway: accept it only as a name as
    written of a town of INITIAL_TOWN people or more, a region or a country, and a town only when no case-form guess
    reads closer: a common word opening a sentence ("Атаки", attacks) names some village as often as not."""
    if adoc.parse is not None:
        return True
    sentence = adoc.sentence_at(start)
    if sentence is None:
        return True
    before = adoc.text[sentence.start : start].rstrip()
    if before and not _opens_quotation(before):
        return True
    written = gazetteer().exact([span])
    if not any(_big(e) for e in written):
        return False
    if any(e.place.feature != "city" for e in written):
        return True  # a country or a region as written (Україна, Донецька)
    native = _cyrillic_countries()
    if _morphology().function_reading(adoc.lang, span) and not any(e.place.country in native for e in written):
        return False  # a word that may be an adverb opens a sentence as one ("Далі він зробив коло": no Dali, China)
    marks_places = _marks_places(adoc.lang)
    if marks_places and _morphology().common_word(adoc.lang, span) and not any(_big(e) and not e.rank for e in written):
        # A word the dictionary knows, never as a place, is one only as a big town's main name ("Буча, Украина"),
        # not as an alternate one ("Правда ли, что…": no Pravdinskiy, nor any village Pravda).
        return False
    if not marks_places and len(span) <= SHORT_WORD and _morphology().known(adoc.lang, span):
        # Where the dictionary marks no places, a short word it knows is one only as a big town's main name or a
        # capital's name ("Київ", "Рим"): a short alternate is as often a code or a nickname that the word spells in
        # Latin letters ("Піт", sweat: Pittsburgh's "Pit"; "Рак", the zodiac's Cancer: Marrakesh's "RAK").
        return any(_big(e) and (not e.rank or e.capital) for e in written)
    # A case-form guess that reads closer than every name as written declines a common word into a village's
    # name ("Атака": the village Атаки, at rank 0; the Yemeni Ataq bears "Атака" only as an alternate name).
    as_written = {e.ident for e in written}
    guessed = [e.rank for e in lookup(span, adoc.lang, False) if e.ident not in as_written]
    return not guessed or min(guessed) >= min(e.rank for e in written)


def _marks_places(lang: str) -> bool:
    """The language's dictionary marks place names (``dictionary_marks_places``: Russian's Geox)."""
    return bool(load_json(lang, "places_lexicon.json").get("dictionary_marks_places"))


def _listed_city(lemma: str, marks_places: bool, person: bool) -> bool:
    """A dictionary's noun names a national capital, or a city of NOUN_CITY people if the dictionary marks place
    names or the noun is longer than a short word ("нью-йорк"; "день" is Denver's "Den", "піт" Pittsburgh's "Pit")
    and no person's name ("Остін" is Lloyd Austin as often as Austin, "Пітер" Peter, no Saint Petersburg)."""
    sure = (marks_places or len(lemma) > SHORT_WORD) and not person
    return any(
        e.capital or (sure and e.place.feature == "city" and e.place.population >= NOUN_CITY)
        for e in gazetteer().exact([lemma])
    )


def _big(entry: Entry) -> bool:
    """A country, a region or a town of INITIAL_TOWN people or more: a reading a capital letter alone may earn."""
    return entry.place.feature != "city" or entry.place.population >= INITIAL_TOWN


def _scan(
    adoc: AnalyzedDocument,
    taken: list[tuple[int, int]],
    containers: list[tuple[int, int]],
    vouched: list[tuple[int, int]],
) -> list[Candidate]:
    """Capitalised runs the gazetteer knows, outside the spans ``taken``; a name inside a place NER found
    (``vouched``) is as strong as NER's places, one inside a container is ``inner``."""
    text, lang = adoc.text, adoc.lang
    found: list[Candidate] = []
    mask = bytearray(len(text) + 1)  # 1 where a span is taken: one overlap test per span, not one per span taken
    for s, e in taken:
        mask[s:e] = b"\x01" * (e - s)
    for run in _capitalised_runs(text):
        matches: list[tuple[int, int, Candidate]] = []
        i = 0
        while i < len(run):
            for j in range(min(len(run), i + MAX_WORDS), i, -1):
                start, end = run[i][0], run[j - 1][1]
                if text[run[j - 1][0] : end] in _CONNECTORS or mask.find(1, start, end) >= 0:
                    continue
                span = text[start:end]
                if _numbered(span):
                    continue  # a model or a unit ("МиГ-29", "Ka52s", "С-300"), no place
                folded = fold(span)
                # A Cyrillic word is measured as written: it folds longer ("Це", "this", folds to "tse").
                short = len(span if cyrillic(span) else folded) < MIN_SCAN_CHARS and not _country_code(span)
                # The name filter first, then the parse, then the query: most capitalised words that
                # name some hamlet ("Smoke", "Tank") open a sentence and are no proper nouns.
                if short or folded in _not_places(lang):
                    continue
                district = _with_district(text, Candidate(start, end, span, False), lang)
                if district.end != end:
                    # "Бериславський район", "Beryslavskyi district": a raion or hromada the name alone is not.
                    matches.append((i, j, district))
                    i = j - 1
                    break
                known = may_match(span, lang)
                if known and _unnamed_acronym(span, lang):
                    continue
                axis = _unlisted_axis(text, start, end, lang) if j == i + 1 else None
                if not known and axis is None and _REGION_NAMED_AFTER.match(text, end) is None:
                    continue
                dateline = _dateline(text, start, end)
                proper = dateline or (
                    (_is_proper(adoc, start, end) or _framed_name(adoc, start, end) or _city_noun(adoc, start, end))
                    and _sure_if_initial(adoc, start, span)
                )
                if not proper:
                    continue
                entries = lookup(span, lang, False) if known else ()
                if axis is not None and not entries:
                    # A town's adjective no name matches as written ("на Оріхівському напрямку"): the axis's town,
                    # framed as every axis is in ``candidates``; no place when it names none.
                    if axis != _NO_AXIS_PLACE:
                        matches.append((i, j, axis.frame(Candidate(start, end, span, False))))
                    break
                if j > i + 1 and all(e.rank > 1 and not _declined(span, e, j - i) for e in entries):
                    # Several words that share only a key with some name ("Kyiv TV": Kyoto, "Україні На": Україна)
                    # leave their first word to be read alone.
                    entries = ()
                respelt = _respelt(text, start, end, entries)
                if respelt or entries:
                    doubtful = not dateline and _doubtful(adoc, span)
                    inner = any(s <= start and end <= e for s, e in containers)
                    strong = dateline or any(s <= start and end <= e for s, e in vouched)
                    candidate = Candidate(start, end, span, strong, doubtful=doubtful, inner=inner, name=respelt)
                    matches.append((i, j, candidate))
                    i = j - 1
                    break
            i += 1
        if adoc.parse is None:
            _mark_flanked(adoc, run, matches)
        found += [candidate for _, _, candidate in matches]
    return found


def _unnamed_acronym(span: str, lang: str) -> bool:
    """A Latin word of three or more capitals that no place bears as written ("MLRS", "CCTV"): an acronym names
    a place only so (USA, NYC, a dateline's KYIV) or spelt out (``region_abbreviations``), not by a shared key."""
    acronym = len(span) >= 3 and span.isupper() and span.isalpha() and span.isascii()
    return acronym and not gazetteer().exact([span]) and not spelt_out(span, lang)


def _declined(span: str, entry: Entry, words: int) -> bool:
    """Cyrillic words that reach a name of as many words or more by its key alone: the name declined or in the other
    language ("Великой Новоселки": Велика Новосілка, in Russian and in the genitive), where case forms and
    the two spellings meet on a key as a rule (``lookup`` bounds what they reach)."""
    return cyrillic(span) and len(_WORD.findall(entry.place.name)) >= words


@lru_cache(maxsize=4096)
def _regions_named(name: str) -> frozenset[tuple[str, str | None]]:
    """The first-level regions (country, admin1) ``name`` names as written."""
    return frozenset(
        (e.place.country, e.place.admin1) for e in gazetteer().exact([name]) if e.place.feature == "admin1"
    )


def _respelt(text: str, start: int, end: int, found: tuple[Entry, ...]) -> str:
    """The name a span misspells, when a region named right after it bounds the guess ("shelled Vuhleder,
    Donetsk") and none of the places ``found`` for it lies there: the one name of that region's towns an
    edit away, else "". Reports misspell villages ("Tsukurune") and romanise them their own way; a bare
    fuzzy match of a short name would find some village anywhere, one within the named region is the one meant."""
    after = _REGION_NAMED_AFTER.match(text, end)
    if after is None:
        return ""
    if any(e.rank <= 1 and (e.place.feature != "city" or e.place.population >= SURNAME_CITY) for e in found):
        return ""  # a region's or a big city's name is no misspelling: "Donetsk, Luhansk", "Zaporizhzhia, Kharkiv"
    regions = _regions_named(after.group(1))
    if not regions or any((e.place.country, e.place.admin1) in regions for e in found):
        return ""
    names = {
        e.place.name
        for e in misspelt(text[start:end])
        if e.place.feature == "city" and (e.place.country, e.place.admin1) in regions
    }
    return names.pop() if len(names) == 1 else ""


def _dateline(text: str, start: int, end: int) -> bool:
    """An all-capital name opening the text or a sentence before a dash ("HUDSON --", "CORSICANA —"): a wire
    dateline names a place, whatever part of speech the tagger gives a word in capitals."""
    span = text[start:end]
    return (
        span.isupper()
        and len(span) >= MIN_DATELINE_CHARS
        and _DATELINE_BEFORE.search(text, max(0, start - 4), start) is not None
        and _DATELINE_AFTER.match(text, end) is not None
    )


def _surname(adoc: AnalyzedDocument, span: str) -> bool:
    """The text gives a longer person's name with the span after its first word ("Boris Johnson" …
    "Johnson"); a leading word is often a place the entity is named after ("Huntsville Fire"). NER alone
    is no proof: small models tag unfamiliar towns (Pervomayske) as persons."""
    return any(
        e.label in PERSON_LABELS and e.text != span and (e.text.endswith(" " + span) or span in e.text.split()[1:])
        for e in adoc.entities
    )


@cache
def _title_pattern(lang: str) -> regex.Pattern[str]:
    """A title right before a name ("Pope", "Gen.", "le président"), searched from the end."""
    titles = "|".join(re.escape(t) for t in sorted(lexicon(lang)["person_titles"], key=len, reverse=True))
    return ending_pattern(rf"(?<!\w)(?:{titles})\.?\s+$")


@cache
def _particle_pattern(lang: str) -> regex.Pattern[str] | None:
    """A surname particle right before a name (``surname_particles``: "von der"), searched from the end."""
    particles = lexicon(lang).get("surname_particles", [])
    if not particles:
        return None
    return ending_pattern(rf"(?<![\w-])(?:{'|'.join(map(re.escape, particles))})\s+$")


def _after_particle(text: str, candidate: Candidate, lang: str) -> bool:
    """A surname particle leads the span ("von der Leyen"): the end of a person's name, no place."""
    pattern = _particle_pattern(lang)
    return pattern is not None and pattern.search(text, max(0, candidate.start - 12), candidate.start) is not None


def _titled(text: str, span: str, lang: str) -> bool:
    """A title leads the span somewhere in the text ("Pope Francis" … "Francis"): a person's name."""
    title = _title_pattern(lang)
    start = text.find(span)
    while start >= 0:
        if title.search(text, max(0, start - 24), start):
            return True
        start = text.find(span, start + 1)
    return False


def _doubtful(adoc: AnalyzedDocument, span: str) -> bool:
    """A weak span that is part of a person's name, or a word the text also writes in lower case."""
    return _surname(adoc, span) or (adoc.parse is not None and _common_word(adoc.text, span))


def _country_code(span: str) -> bool:
    """A two-letter capital span that a country goes by (US, UK): too short to scan for anything else."""
    return span.isupper() and any(e.place.feature == "country" for e in gazetteer().exact([span]))


@lru_cache(maxsize=4)
def _words(text: str) -> frozenset[str]:
    """Every word of the text as written (a document's spans are checked against it many times)."""
    return frozenset(_PLAIN_WORD.findall(text))


def _common_word(text: str, span: str) -> bool:
    """The text also writes the span in lower case: a word of the language ("House", "Council")."""
    lower = span.lower()
    if lower == span:
        return False
    if " " not in lower:
        return lower in _words(text)
    start = text.find(lower)
    while start >= 0:
        end = start + len(lower)
        if not (start and text[start - 1].isalnum()) and not (end < len(text) and text[end].isalnum()):
            return True
        start = text.find(lower, start + 1)
    return False


def _mark_flanked(
    adoc: AnalyzedDocument, run: list[tuple[int, int]], matches: list[tuple[int, int, Candidate]]
) -> None:
    """Without NER, a match next to an unknown capitalised word is likely part of a person's name
    ("Дональд Трамп", "Кеті Перрі"); a sentence's first word does not count, nor a neighbour that makes
    a two-word name with the next unknown word ("мер Харкова Ігор Терехов"), nor a one-letter word or a function
    word, which opens a sentence whose full stop a heading lost ("у Куп'янськ У середу", "в Куп'янську Чи є"), nor
    an abbreviation or a word with digits ("обстрелах Берислава ВСУ", "МиГ-29 Киеву")."""
    matched = {k for i, j, _ in matches for k in range(i, j)}

    def unknown(k: int) -> bool:
        if not 0 <= k < len(run) or k in matched:
            return False
        word = adoc.text[run[k][0] : run[k][1]]
        if word in _CONNECTORS or len(word) < 2 or word.isupper() or not _NAME_APOSTROPHES.sub("", word).isalpha():
            return False  # an abbreviation or a compound ("ВСУ", "МиГ-29", "Telegram-канал") is no part of a name
        if _function_word(word, adoc.lang):
            return False
        sentence = adoc.sentence_at(run[k][0])
        return sentence is None or bool(adoc.text[sentence.start : run[k][0]].strip())

    for i, j, candidate in matches:
        candidate.flanked = (unknown(i - 1) and not unknown(i - 2)) or (unknown(j) and not unknown(j + 1))


def _main_name(text: str, lang: str) -> bool:
    """Some place bears the text as its main name: a bare part of a longer name must be a name in its own right."""
    return fold(text) not in _not_places(lang) and any(entry.rank == 0 for entry in lookup(text, lang, False))


def _leading_place(adoc: AnalyzedDocument, candidate: Candidate) -> Candidate | None:
    """The longest leading words of an entity the gazetteer does not know that name a place ("Fort Mill"
    High School, "Alexandria" Police, "Fargo"-Moorhead): a weak span, since the entity may be named after it."""
    text = adoc.text
    pieces = [(candidate.start + m.start(), candidate.start + m.end()) for m in _PIECE.finditer(candidate.text)]
    if not pieces or not text[pieces[0][0]].isupper():
        return None  # a common noun heads it ("centrale nucléaire de Zaporijjia"): no town is named first
    for last in range(len(pieces) - 1, 0, -1):
        start, end = pieces[0][0], pieces[last - 1][1]
        if _main_name(text[start:end], adoc.lang):
            return Candidate(start, end, text[start:end], False)
    return None


def _hyphen_parts(adoc: AnalyzedDocument, taken: list[tuple[int, int]]) -> list[Candidate]:
    """Places inside capitalised hyphen compounds no other span covers ("R-Marshall", "IBA-Karachi")."""
    found: list[Candidate] = []
    if "-" not in adoc.text and "–" not in adoc.text:
        return found  # most short notes have no compound: spare the regex its pass over the text
    for compound in _HYPHENATED.finditer(adoc.text):
        if is_demonym(compound.group(), adoc.lang):
            continue  # a nationality ("Sud-Africains", "Nord-Coréens"): no place Sud, nor Nord
        for part in _HYPHEN_PART.finditer(compound.group()):
            start, end = compound.start() + part.start(), compound.start() + part.end()
            if end - start < MIN_PART_CHARS or any(s < end and start < e for s, e in taken):
                continue
            if _main_name(part.group(), adoc.lang):
                found.append(Candidate(start, end, part.group(), False))
    return found


@cache
def _county_list_pattern(lang: str) -> re.Pattern[str]:
    words = "|".join(map(re.escape, lexicon(lang).get("county_lists", {})))
    return re.compile(rf"\s+({words})(?!\w)" if words else r"(?!)")


@cache
def _landmark_patterns() -> tuple[tuple[str, re.Pattern[str], str], ...]:
    """``places_landmarks.tsv``: a word every match contains (lower case), the pattern, the town it lies in."""
    rows = read_tsv("places_landmarks.tsv")
    return tuple((row["contains"], re.compile(row["pattern"], re.IGNORECASE), row["name"]) for row in rows)


def _landmarks(text: str) -> list[Candidate]:
    """Landmarks the news names for the town they lie in (``places_landmarks.tsv``): "the Zaporizhzhia nuclear
    power plant", "Запорізька АЕС" lie in Enerhodar, 50 km from the city the plant is named after; "Azovstal"
    in Mariupol; "the Crimean Bridge" at Kerch. Strong spans, looked up by the town's name."""
    lowered = text.lower()
    return [
        Candidate(match.start(), match.end(), match.group(), True, name=town)
        for contains, pattern, town in _landmark_patterns()
        if contains in lowered
        for match in pattern.finditer(text)
    ]


def _county_lists(adoc: AnalyzedDocument) -> list[Candidate]:
    """Each name of a list ending in a plural region word ("Becker, Clay, Douglas and Otter Tail counties"),
    looked up with the singular ("Clay County"): a bare "Clay" would be a surname or a town elsewhere."""
    text, lang = adoc.text, adoc.lang
    singular: dict[str, str] = lexicon(lang).get("county_lists", {})
    found: list[Candidate] = []
    for plural in _county_list_pattern(lang).finditer(text):
        end, items = plural.start(), []
        while True:
            item = next((m for m in _LIST_ITEM.finditer(text, max(0, end - 40), end) if m.end() == end), None)
            if item is None or text[item.start() - 1 : item.start()].isalnum():
                break
            name = f"{item.group()} {singular[plural.group(1)]}"
            items.append(Candidate(item.start(), end, item.group(), True, name=name, group=plural.start()))
            separator = _LIST_SEPARATOR.search(text, max(0, item.start() - 8), item.start())
            if separator is None:
                break
            end = separator.start()
        found += [c for c in items if lookup(c.query, lang, False)] if len(items) > 1 else []
    return found


_NAME_PART_LABELS = frozenset({"PERSON", "PER", "GPE", "LOC"})  # what NER calls the surname it cut off (not a DATE)


def _big_reading(text: str, lang: str) -> bool:
    """The name reads as a country, a region or a city of SURNAME_CITY people or more."""
    return any(
        e.place.feature != "city" or e.place.population >= SURNAME_CITY
        for e in lookup(text, lang, False)
        if e.rank <= 1
    )


def _names_country(text: str, lang: str) -> bool:
    return any(e.place.feature == "country" and e.rank <= 1 for e in lookup(text, lang, False))


def _cut_names(text: str, entities: list[Entity], lang: str) -> set[tuple[int, int]]:
    """One-word entities that NER cut from the unknown word after them ("Natalia" "Vyhovska", both tagged GPE by
    the small English model): a first name and a surname no gazetteer knows, a person, not a town."""
    cut: set[tuple[int, int]] = set()
    for entity, following in itertools.pairwise(entities):
        word = following.text
        if (
            following.start == entity.end + 1
            and text[entity.end] == " "
            and following.label in _NAME_PART_LABELS
            and " " not in entity.text
            and entity.text[-1:].isalpha()
            and word.isalpha()
            and word[:1].isupper()
            and not word.isupper()
            and len(word) >= MIN_SCAN_CHARS
            and not may_match(word, lang)
        ):
            cut.add((entity.start, entity.end))
    return cut


def _joined(text: str, entities: list[Entity]) -> list[Entity]:
    """Neighbouring entities NER cut apart ("Baja" "California", "Trinidad" and "Tobago"), joined when the
    whole is a name the gazetteer knows as written."""
    joined: list[Entity] = []
    for entity in entities:
        if entity.label in STRONG_LABELS:
            entity = _grown(text, entity)
        previous = joined[-1] if joined else None
        if previous is not None and _JOINER.fullmatch(text, previous.end, entity.start):
            whole = text[previous.start : entity.end]
            if gazetteer().exact([whole]):
                strong = STRONG_LABELS & {entity.label, previous.label}
                joined[-1] = Entity(previous.start, entity.end, whole, "GPE" if strong else previous.label)
                continue
        joined.append(entity)
    return joined


def _grown(text: str, entity: Entity) -> Entity:
    """A place entity grown over the capitalised words after it (GROW_WORDS at most, the longer whole
    first) when the whole is a gazetteer name as written ("Tennessee" "Colony" is a Texas town, "Texas
    City" no state; "U.S." "Virgin Islands" a territory)."""
    ends: list[int] = []
    while len(ends) < GROW_WORDS and (following := _NEXT_WORD.match(text, ends[-1] if ends else entity.end)):
        ends.append(following.end())
    for end in reversed(ends):
        whole = text[entity.start : end]
        if gazetteer().exact([whole]):
            return Entity(entity.start, end, whole, entity.label)
    return entity


def _split_lists(entities: list[Entity]) -> list[Entity]:
    """Place entities NER ran together over a comma ("Hlyboke, Kharkiv"), split into their parts so the
    second can qualify the first."""
    split: list[Entity] = []
    for entity in entities:
        if entity.label not in STRONG_LABELS or "," not in entity.text:
            split.append(entity)
            continue
        for part in _PART.finditer(entity.text):
            start = entity.start + part.start()
            split.append(Entity(start, start + len(part.group()), part.group(), entity.label))
    return split


def _list_items(text: str, chosen: list[Candidate], lang: str) -> list[bool]:
    """Which spans (in text order) belong to a list closed by "and"/"or" ("Saipan, Guam, Alaska and Hawaii",
    "Washington, New York and Boston") or to a comma chain longer than a place's hierarchy: a list item is no
    "Town, Region" qualifier of the name before it."""
    listed = [False] * len(chosen)
    for i in range(len(chosen) - 1, -1, -1):
        candidate = chosen[i]
        if candidate.text.endswith("."):
            continue  # "Louisville, Ky., New Haven, Conn. and …": a dotted state abbreviation always qualifies
        if _list_patterns(lang)[1].match(text, candidate.end):
            listed[i] = True
        elif i + 1 < len(chosen) and listed[i + 1]:
            listed[i] = _COMMA.fullmatch(text[candidate.end : chosen[i + 1].start]) is not None
    # A chain of more names than a place's hierarchy has below its country (town, district, region) is a list,
    # closed by "and" or not ("Донецьк, Луганськ, Запоріжжя, Херсон."): its last item is no region of the one before
    # ("Bilohorivka, Sievierodonetsk, Luhansk, Ukraine" is a hierarchy still).
    below_country: list[int] = []  # the comma chain going on, its countries left out
    for i, candidate in enumerate(chosen):
        if not (i and _COMMA.fullmatch(text[chosen[i - 1].end : candidate.start])):
            below_country = []
        if not _names_country(candidate.text, lang):
            below_country.append(i)
        if len(below_country) > HIERARCHY_DEPTH:
            for j in below_country:
                listed[j] = listed[j] or not chosen[j].text.endswith(".")
    return listed


def candidates(adoc: AnalyzedDocument) -> list[Candidate]:
    """Every span that may name a place, in text order, regions marked."""
    lang = adoc.lang
    chosen: list[Candidate] = []
    taken: list[tuple[int, int]] = []
    containers: list[tuple[int, int]] = []
    vouched: list[tuple[int, int]] = []
    chosen += _county_lists(adoc)
    landmarks = _landmarks(adoc.text)  # a name of its own, in quotes or not: none of the filters below is for it
    listed = [(c.start, c.end) for c in chosen + landmarks]
    taken += listed
    cut_names = _cut_names(adoc.text, adoc.entities, lang)
    for entity in _split_lists(_joined(adoc.text, adoc.entities)):
        if (entity.start, entity.end) in cut_names:
            taken.append((entity.start, entity.end))
            continue
        entity = _with_tail(adoc.text, entity, lang)
        if entity.label not in NATIONALITY_LABELS and is_demonym(entity.text, lang):
            entity = replace(entity, label="NORP")  # a nationality NER tagged a place ("Sud-Africains": no Sud)
        if any(s < entity.end and entity.start < e for s, e in listed):
            continue  # a county list item read already
        # NER reads a town's name as a nationality ("shelling of Chuhuiv", "in Sevastopol"): a town's main name
        # is read as a weak span, as a person's or an organisation's would be.
        town = entity.label in NATIONALITY_LABELS and _town_name(entity.text)
        if entity.label not in PLACE_BEARING_LABELS and not town:
            # Nationalities ("Russian") are no places, unless a region word follows ("Belgorod region") or a
            # settlement frame leads ("near Chervonyi Mayak": NER reads unfamiliar names as nationalities);
            # then the scan may find a proper noun there, as in any capitalised run.
            if entity.label in NATIONALITY_LABELS and not _place_framed(adoc.text, entity.start, entity.end, lang):
                taken.append((entity.start, entity.end))
            continue
        start, end = _trim(adoc.text, entity.start, entity.end)
        if entity.label not in CONTAINER_LABELS or lookup(adoc.text[start:end], lang, False):
            taken.append((entity.start, entity.end))
        else:
            containers.append((entity.start, entity.end))  # look inside: "the Church … in Kharkiv"
        candidate = _strip_direction(
            _strip_region_words(Candidate(start, end, adoc.text[start:end], entity.label in STRONG_LABELS), lang), lang
        )
        candidate = _strip_settlement_word(candidate, lang)
        if entity.label not in CONTAINER_LABELS and not lookup(candidate.text, lang, candidate.strong):
            leading = _leading_place(adoc, candidate)
            # A person's first name may be a town's (Jackson Browne), unless a facility word follows (Huntsville Fire).
            if leading and (entity.label not in PERSON_LABELS or _facility_pattern(lang).match(adoc.text, leading.end)):
                candidate = leading
            elif candidate.text[:1].islower():
                # A common noun heads a place NER found and the gazetteer does not know ("centrale nucléaire de
                # Zaporijjia"): the scan finds the name inside, as sure as NER's place.
                taken.remove((entity.start, entity.end))
                vouched.append((entity.start, entity.end))
                continue
        if entity.label not in CONTAINER_LABELS and not candidate.name:
            entries = lookup(candidate.text, lang, candidate.strong)
            candidate.name = _respelt(adoc.text, candidate.start, candidate.end, entries)
        # NER's person whom a title leads somewhere in the text ("Pope Francis" … "Francis") is no town.
        titled = entity.label in PERSON_LABELS and _titled(adoc.text, candidate.text, lang)
        candidate.doubtful = not candidate.strong and (titled or _doubtful(adoc, candidate.text))
        if candidate.strong and _surname(adoc, candidate.text) and not _big_reading(candidate.query, lang):
            # NER's place that the text also gives as a person's surname ("Victoria Nuland" … "Nuland said"): no
            # village Nuland; a country, a region or a city of NOUN_CITY people keeps its name ("Jack London").
            candidate.strong, candidate.doubtful = False, True
        named = candidate.text and not _CLITIC.match(candidate.text)  # NER tags "n’t" of "didn’t" as a GPE
        named = named and not _numbered(candidate.text)  # "Ka52s": a model; "World War II"
        named = named and not _unnamed_acronym(candidate.text, lang)
        # "in the north east", "the east bank": no name, whatever NER says, in a text that writes capitals; a country
        # is one all the same ("against russia"), and a caption in lower case names its towns so ("in chertkovo").
        lowered = candidate.text.islower() and not adoc.text.islower()
        named = named and (not lowered or _names_country(candidate.text, lang))
        if named and not _listed_no_place(candidate.text, lang) and not _bare_abbreviation(candidate.text):
            chosen.append(candidate)
    chosen += _scan(adoc, taken, containers, vouched)
    chosen += _hyphen_parts(adoc, [(c.start, c.end) for c in chosen if lookup(c.query, lang, c.strong)])
    chosen = [
        _with_district(adoc.text, c, lang)
        for c in chosen
        if not _portfolio(adoc.text, c, lang)
        and not _named_thing(adoc.text, c, lang)
        and not _foreign_title(adoc.text, c, lang)
        and not _personal_name(adoc.text, c, lang)
        and not _first_name(adoc.text, c, lang)
        and not _after_particle(adoc.text, c, lang)
        and not _function_word(c.text, lang)
    ]
    chosen += landmarks
    chosen.sort(key=lambda c: c.start)
    axes = zip(chosen, _axes(adoc.text, chosen, lang), strict=True)
    chosen = [c if axis is None else axis.frame(c) for c, axis in axes if axis != _NO_AXIS_PLACE]
    chosen = [c for c in chosen if not _attribute(adoc.text, c, lang)]
    marks_places = _marks_places(lang)
    for candidate in chosen:
        candidate.verbatim = not candidate.strong and adoc.parse is not None
        lemmas = _morphology().noun_lemmas(lang, candidate.text, marks_places) if adoc.parse is None else ()
        if lemmas:
            cases: NameCases = _morphology().name_cases(lang, candidate.text)
            person = bool(cases.first or cases.surname)
            candidate.listed_city = any(_listed_city(lemma, marks_places, person) for lemma in lemmas)
    for candidate in chosen:
        candidate.region = candidate.region or _region_framed(adoc.text, candidate.start, candidate.end, lang)
        # A town's body after its adjective ("… міської ради", "… городского совета"): the town, not the region.
        town_body = _words_after(lang, "town_after", re.IGNORECASE).match(adoc.text, candidate.end)
        candidate.town = not candidate.region and town_body is not None
        candidate.settlement = (
            candidate.settlement
            or _settlement_framed(adoc.text, candidate.start, lang)
            or _bearing_framed(adoc.text, candidate.start, candidate.end, lang)
        )
        candidate.country = _country_framed(adoc.text, candidate.start, lang)
        candidate.feature = _feature_pattern(lang).match(adoc.text, candidate.end) is not None
        candidate.water = _water(adoc.text, candidate, lang)
        candidate.facility = (
            candidate.feature
            or _facility_pattern(lang).match(adoc.text, candidate.end) is not None
            or _ends_in_facility_head(candidate.query, lang)  # a landmark's town, not its head ("Crimean Bridge")
            or _town_quarter(adoc.text, candidate, lang)
        )
    _region_lists(adoc.text, chosen, lang)
    in_lists = _list_items(adoc.text, chosen, lang)
    framed = False  # the list going on opened after a settlement word
    near = bool(load_json(lang, "places_lexicon.json").get("near_frames_lists"))
    for (previous, candidate), in_list in zip(itertools.pairwise(chosen), in_lists[1:], strict=True):
        between, after = adoc.text[previous.end : candidate.start], adoc.text[candidate.end : candidate.end + 2]
        comma = _COMMA.fullmatch(between) and _CLAUSE_END.match(after)
        if (comma and not in_list) or (_PAREN.fullmatch(between) and after[:1] == ")"):
            candidate.qualifies = previous
        elif not in_list and _region_qualifies(adoc.text, previous, candidate, lang):
            candidate.qualifies = previous  # "Robotyne, in the Zaporizhzhia region", "Роботине Запорізької області"
        elif _list_patterns(lang)[0].fullmatch(between):
            candidate.sibling = previous  # "California or Washington": items of one list are of one kind
            if previous.sibling is None:
                window = adoc.text[max(0, previous.start - 40) : previous.start]
                framed = _settlement_pattern(lang, near).search(window) is not None
            # A settlement word before a list frames every item ("населенные пункты Старомайорское и Урожайное"), and
            # so does a "near" phrase in a language whose lexicon says so (``near_frames_lists``: "в районі Лозової,
            # Колісниківки та Кругляківки"; in English it frames only the first: "near Rivers and Stokes avenues").
            candidate.settlement = candidate.settlement or (framed and not candidate.region)
    return chosen
