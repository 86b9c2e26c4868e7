"""Resolution: pick one gazetteer entry per candidate span using the whole document as context.

A first pass ranks each span's entries on its own (population, main name or alternate, feature);
the leaders give the document's country and region focus and a set of points. A second pass adds
those: entries in the focus countries, in a region the text names, and near the other places win
over a more populous namesake elsewhere (20 Mykolaivkas go to the one in the oblast being discussed).
"""

from __future__ import annotations

import datetime as dt
import itertools
import math
from bisect import bisect_left, bisect_right
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, fields, replace
from difflib import SequenceMatcher
from functools import cache, lru_cache, wraps
from operator import attrgetter
from typing import TypeVar

from sitroom.model import Place
from sitroom.places.front import ALL_PERIODS, front_bonus, front_period
from sitroom.places.gazetteer import UNPLACED, Entry
from sitroom.places.keys import fold, name_key, reading_keys
from sitroom.places.lookup import cyrillic
from sitroom.places.recognise import Candidate
from sitroom.places.relative import haversine_km
from sitroom.places.resources import read_tsv

NEAR_KM = 300.0
COUNTRY_WEIGHT = 4.0
REGION_BONUS = 3.0
NEAR_BONUS = 2.0
LOCAL_MAX = REGION_BONUS + NEAR_BONUS
NEAR_DEGREES = NEAR_KM / 111.0
RANK_PENALTY = 1.5
# A major city's alternate name that only respells its main name ("Odessa", "Kiev", "Kharkov") pays half the
# rank penalty: news writes old and foreign romanisations of big cities, and a town bearing the spelling as its
# main name (Odessa, Texas) is the smaller namesake.
RESPELT_RANK_FACTOR = 0.5
CYRILLIC_BARE_REGION_PENALTY = 5.0
TOWN_BODY_PENALTY = 5.0
CYRILLIC_COUNTRY_TOWN_PENALTY = 5.0
QUALIFIER_BONUS = 6.0
HOLDING_BONUS = 4.0
ACRONYM_MAX = 4
MAJOR_CITY = 200_000
CLAIMED_TOWN = 50_000
FOCUS_SHARE = 0.3
EPONYMOUS_SHARE = 0.05
CAPITAL_BONUS = 1.0
COUNTRY_BONUS = 3.0
SPELLING_RATIO = 0.9
SUPPORT_BONUS = 2.0
MIN_SUPPORT = 2
APPROXIMATE_PENALTY = 1.0
# cities500 holds every GeoNames town of 500 people or more: a village only KATOTTG knows is likely smaller.
KATOTTG_VILLAGE_POPULATION = 200
FACILITY_KM = 100.0
# Towns (and placed counties) a text must name before a weak span's town far from all of them is dropped:
# short notes (ACLED, CIR) name one or two places and give no neighbourhood to fit into.
STRAY_CONTEXT = 6
# A town a thirtieth the size of a major namesake of its country ("Portland", Texas and Oregon) gets no
# credit for lying in a state the text names unless it also lies near another town of the text: a
# sports page names Texas and Portland's team, local news names Portland's neighbours.
DWARF_RATIO = 30
CASE_LETTERS = 2  # a Cyrillic case ending changes at most this many letters of a name's end
MIN_STEM_LETTERS = 3
DWARF_NEAR_KM = 100.0
# A town that bears a name only as an alternate (Horlivka, once Orlivka) loses to the town of its region
# that bears it as its main name ("Orlivka, Donetsk"). A current parallel name (the Russian form of a
# village's name, ``Entry.parallel``) is no former name: it is never penalised so.
RENAMED_PENALTY = 4.0
DISTRICT_KM = 50.0
# A list of this many towns or more names neighbours (a front report's villages): a village of fewer than LIST_VILLAGE
# people read farther than LIST_NEAR_KM from all the others is a namesake nearer them.
LIST_ITEMS = 3
LIST_VILLAGE = 20_000
LIST_NEAR_KM = 50.0
LIST_NEIGHBOURS = 2  # the namesake must lie near this many other items: the list's core, not one stray reading
# A region of places_regions.tsv without an admin1 (Yorkshire, Donbas) holds the towns within this of its point.
REGION_KM = 120.0
_PER_ENTRIES_MEMO = 8192
_T = TypeVar("_T")


def _per_entries(function: Callable[[tuple[Entry, ...]], _T]) -> Callable[[tuple[Entry, ...]], _T]:
    """Memoise a function of a lookup's entries by the tuple's identity. Lookups are cached, so a name met
    again (in this document or the next) brings the very same tuple; hashing it would hash every entry."""
    memo: dict[int, tuple[tuple[Entry, ...], _T]] = {}

    @wraps(function)
    def memoised(entries: tuple[Entry, ...]) -> _T:
        hit = memo.get(id(entries))
        if hit is not None and hit[0] is entries:  # the memo holds the tuple: its id is not reused meanwhile
            return hit[1]
        if len(memo) >= _PER_ENTRIES_MEMO:
            memo.clear()
        value = function(entries)
        memo[id(entries)] = (entries, value)
        return value

    memoised.memo_clear = memo.clear  # type: ignore[attr-defined]
    return memoised


@dataclass(slots=True)
class Mention:
    """A candidate with its gazetteer entries and, once resolved, the chosen one."""

    candidate: Candidate
    entries: tuple[Entry, ...]
    chosen: Entry | None = None
    eponymous: frozenset[tuple[str, str | None]] = frozenset()
    regions: frozenset[tuple[str, str]] = frozenset()
    namesakes: frozenset[int] = frozenset()
    main_regions: frozenset[tuple[str, str | None]] = frozenset()
    capital_named: bool = False
    country_named: bool = False
    period: int = ALL_PERIODS  # of the front lines (``front_period`` of the document's date)
    priors: dict[int, float] = field(default_factory=dict)

    def prior(self, entry: Entry) -> float:
        score = _prior(entry, self.candidate, self.eponymous)
        if entry.ident in self.namesakes:
            score += front_bonus(entry.place.latitude, entry.place.longitude, self.period)
        if (
            entry.rank
            and not entry.parallel
            and entry.place.feature == "city"
            and (entry.place.country, entry.place.admin1) in self.main_regions
        ):
            score -= RENAMED_PENALTY
        if entry.rank and entry.place.feature == "country" and self.capital_named:
            score -= COUNTRY_BONUS  # "Tunis" is the capital, not Tunisia (which some language calls Tunis)
        if self.country_named and entry.place.feature == "city" and cyrillic(self.candidate.text):
            # "України" is Ukraine, not Ukrainka: Ukrainian and Russian write their countries' names in Cyrillic,
            # and a village reached through a case form of one needs more than the text's region to win.
            score -= CYRILLIC_COUNTRY_TOWN_PENALTY
        return score


def _prior_key(mention: Mention) -> tuple[int, bool, bool, bool, int, str]:
    """What the priors of a mention depend on: its entries (and so what they give: ``eponymous``,
    ``namesakes``, ``main_regions``), what ``_prior`` reads of its candidate, and the period of the
    front lines. A rule that reads more of the candidate must add it here."""
    candidate = mention.candidate
    qualified = candidate.qualifies is not None
    return id(mention.entries), candidate.region, candidate.town, qualified, mention.period, candidate.text


_PRIORS: dict[tuple[int, bool, bool, bool, int, str], tuple[tuple[Entry, ...], dict[int, float], Entry | None]] = {}


def _priors(mention: Mention) -> tuple[dict[int, float], Entry | None]:
    """Every entry's prior and the first entry of highest prior, memoised by ``_prior_key``: lookups are
    cached, so a name met again brings the same entries. The dict is shared: read it, never change it."""
    key = _prior_key(mention)
    hit = _PRIORS.get(key)
    if hit is not None and hit[0] is mention.entries:  # the memo holds the tuple: its id is not reused meanwhile
        return hit[1], hit[2]
    if len(_PRIORS) >= _PER_ENTRIES_MEMO:
        _PRIORS.clear()
    priors = {e.ident: mention.prior(e) for e in mention.entries}
    chosen = _top(mention.entries, priors) if mention.entries else None
    _PRIORS[key] = (mention.entries, priors, chosen)
    return priors, chosen


_priors.memo_clear = _PRIORS.clear  # type: ignore[attr-defined]


def _top(entries: Iterable[Entry], priors: dict[int, float]) -> Entry:
    """The entry of highest prior (the first of equals)."""
    return max(entries, key=lambda e: priors[e.ident])


def _prior(entry: Entry, candidate: Candidate, eponymous: frozenset[tuple[str, str | None]]) -> float:
    """Context-free plausibility: size, whether the name is the entry's main one, feature class.

    ``eponymous``: regions (country, admin1) that hold a town of the same name among the candidates,
    as Donetsk or Sumy; unless a region word frames the name, the town is meant, not the region.
    """
    place = entry.place
    population = KATOTTG_VILLAGE_POPULATION if entry.approximate and place.feature == "city" else place.population
    rank = _rank(entry)
    respelt = (
        rank == 1 and place.feature == "city" and population >= MAJOR_CITY and spelt_alike(place.name, candidate.text)
    )
    score = math.log10(population + 10) - RANK_PENALTY * rank * (RESPELT_RANK_FACTOR if respelt else 1.0)
    if entry.capital:
        score += CAPITAL_BONUS
    if entry.approximate:
        score -= APPROXIMATE_PENALTY  # a GeoNames town of the name is the likelier reading
    if entry.adjectival and not candidate.town:
        # "в Покровську" declines Покровськ; Покров is only its adjective's town, which a town's body after the
        # adjective names ("Київської міської ради": Kyiv).
        score -= RANK_PENALTY
    if place.feature == "country":
        score += COUNTRY_BONUS
    elif place.feature == "admin1":
        eponym = (place.country, place.admin1) in eponymous
        score += 5.0 if candidate.region else (-2.5 if eponym else 0.0)
        if eponym and not candidate.region and cyrillic(candidate.text):
            # Ukrainian and Russian name an oblast by its adjective or "-щина" form, not by the bare name of its
            # centre, which the oblast's main name is ("обстріляли Херсон": the city).
            score -= CYRILLIC_BARE_REGION_PENALTY
    elif place.feature == "other":
        score += 1.0
    if candidate.region and (place.feature == "city" or _city_region(place)):
        score -= 3.0  # "les régions de Kiev, Jytomyr et Tcherkassy": the Kyiv oblast, not the capital's own admin1
    if candidate.town and place.feature == "admin1":
        score -= TOWN_BODY_PENALTY  # "Київської міської ради": the city's council, not the oblast's
    if candidate.qualifies is not None and place.feature == "admin1" and not candidate.region:
        score += QUALIFIER_BONUS
    return score


def _rank(entry: Entry) -> int:
    """The rank the prior charges: a name matched through a current parallel name (Победа for Перемога,
    "Pobieda" by key) counts as a main name. Russian-language sources name the village so today, and
    its Latin spellings reach the Cyrillic form only through the key, so neither the alternate's nor the
    key's rank would set it below a village bearing the name officially (Побєда, "Pobieda")."""
    return 0 if entry.parallel else entry.rank


@cache
def _enclaves() -> frozenset[tuple[str, str, str]]:
    return frozenset((r["country"], r["admin1"], r["within"]) for r in read_tsv("places_admin1_within.tsv"))


def _city_region(place: Place) -> bool:
    """A city with special status that is its own admin1 inside a region (Kyiv City, Sevastopol)."""
    return place.feature == "admin1" and any(
        (country, admin1) == (place.country, place.admin1) for country, admin1, _ in _enclaves()
    )


def _within(country: str, admin1: str | None, region: str | None) -> bool:
    """The town's admin1 is the region, or a city with its own admin1 inside it (Sevastopol, Crimea)."""
    return admin1 == region or (country, admin1, region) in _enclaves()


@_per_entries
def _main_regions(entries: tuple[Entry, ...]) -> frozenset[tuple[str, str | None]]:
    """Regions holding a town that bears the name as its main name."""
    return frozenset((e.place.country, e.place.admin1) for e in entries if e.place.feature == "city" and not e.rank)


@_per_entries
def _regions(entries: tuple[Entry, ...]) -> frozenset[tuple[str, str]]:
    """Regions (country, admin1) the name could lie in."""
    return frozenset(
        (e.place.country, e.place.admin1) for e in entries if e.place.feature != "country" and e.place.admin1
    )


@_per_entries
def _namesakes(entries: tuple[Entry, ...]) -> frozenset[int]:
    """Towns that share their name with another town among ``entries``: the front bonus separates them. Only
    they get it, or it would turn a city's name into a village's (Izium, Iziumske); nor does a town a
    DWARF_RATIO-th the size of a major city of the name in its country (Poltava, not a Poltavka near the front).
    A town matched through a current parallel name counts under that name (Перемога as Победа, namesake of
    the villages officially Побєда)."""
    towns = [(e, e.parallel or e.key or name_key(e.place.name)) for e in entries if e.place.feature == "city"]
    seen: set[str] = set()
    shared: set[str] = set()  # keys met twice (a Counter costs several times more)
    for _, key in towns:
        (shared if key in seen else seen).add(key)
    major = {country: size for country, size in _biggest_towns(entries).items() if size >= MAJOR_CITY}
    return frozenset(
        e.ident
        for e, key in towns
        if key in shared and e.place.population * DWARF_RATIO >= major.get(e.place.country, 0)
    )


@_per_entries
def _eponymous(entries: tuple[Entry, ...]) -> frozenset[tuple[str, str | None]]:
    """Regions among ``entries`` that yield to a town of their name: one big enough to be what news
    means (Donetsk, a fifth of its oblast; not the small town Arizona in Arizona), or a national
    capital anywhere ("Washington" is the capital, not the state)."""
    sizes = {(e.place.country, e.place.admin1): e.place.population for e in entries if e.place.feature == "admin1"}
    if not sizes:
        return frozenset()  # only a region can yield
    if any(e.capital for e in entries):
        return frozenset(sizes)
    return frozenset(
        (e.place.country, e.place.admin1)
        for e in entries
        if e.place.feature == "city"
        and e.place.population >= EPONYMOUS_SHARE * sizes.get((e.place.country, e.place.admin1), 0)
    )


def is_acronym(candidate: Candidate) -> bool:
    """Short all-capital spans (NAF, SBU, DPR) are organisations unless they name a country (USA, UK);
    dotted abbreviations (S.C., D.C.) are not acronyms, nor is a span looked up by a name it stands for (a
    landmark's town: "ZNPP", Enerhodar)."""
    query = candidate.query
    return query.isupper() and len(query) <= ACRONYM_MAX and "." not in query


def _acronym_reading(entry: Entry) -> bool:
    """What an acronym may name: a country, or a region our resources list under it as written (BC, EU)."""
    feature = entry.place.feature
    return feature == "country" or (feature == "admin1" and entry.rank <= 1) or (feature == "other" and not entry.rank)


def _qualified(entry: Entry, qualifier: Entry | None, strict: bool = False) -> float:
    """Bonus for a town inside the region or country named right after it ("Hryhorivka, Donetsk").

    ``strict`` returns -1 for a town outside it: a namesake elsewhere is worse than no town, since the
    qualifier itself still places the mention.
    """
    if qualifier is not None and entry.place.feature == "city" and qualifier.ident == entry.ident:
        return QUALIFIER_BONUS  # "Washington, D.C.": the qualifier names the very town
    if (
        qualifier is None
        or entry.place.feature != "city"
        or qualifier.place.feature not in ("admin1", "country", "other")
    ):
        return 0.0
    place, region = entry.place, qualifier.place
    if region.feature == "other" and not region.admin1 and region.country:  # Yorkshire, Donbas: nearness
        if place.country != region.country:
            return -1.0 if strict else 0.0
        near = haversine_km(place.latitude, place.longitude, region.latitude, region.longitude) <= REGION_KM
        return QUALIFIER_BONUS / 2 if near else 0.0
    if region.feature == "other":  # a district or county: its region, and nearness to its point
        if not region.admin1 or (place.country, place.admin1) != (region.country, region.admin1):
            return -1.0 if strict and region.admin1 else 0.0
        near = haversine_km(place.latitude, place.longitude, region.latitude, region.longitude) <= DISTRICT_KM
        return QUALIFIER_BONUS / 2 * (1 + near)
    same_country = place.country == region.country
    if region.feature == "admin1" and same_country and _within(place.country, place.admin1, region.admin1):
        return QUALIFIER_BONUS
    if region.feature == "country" and place.country == region.country:
        return QUALIFIER_BONUS / 2
    return -1.0 if strict else 0.0


@cache
def _claims() -> dict[tuple[str, str], str]:
    """(country, admin1) of a region another country claims (``places_claims.tsv``) -> that country."""
    return {(row["country"], row["admin1"]): row["claimant"] for row in read_tsv("places_claims.tsv")}


def _claimant(place: Place) -> str:
    """The country that claims the place's region, "" for none; for the region itself and its towns of
    CLAIMED_TOWN people or more (Donetsk, Kherson, Sevastopol), not for its villages, whose namesakes elsewhere
    in the country a story naming the claimant would otherwise lose (Mykolaiv is no Mykolaivka of Donetsk)."""
    if place.feature == "city" and place.population < CLAIMED_TOWN:
        return ""
    return _claims().get((place.country, place.admin1 or ""), "")


def _in_country(entries: tuple[Entry, ...], country: str) -> tuple[Entry, ...]:
    """The entries in the country a frame names ("the English city of Salisbury"), or in a region it claims and
    big enough for the claim to count (``_claimant``: "the Russian city of Melitopol", as Russian sources write
    it; "російське село Миколаївка" is no village of the Donetsk oblast); all of them when none is."""
    inside = tuple(e for e in entries if country in (e.place.country, _claimant(e.place)))
    return inside or entries


def _local_place(place: Place) -> bool:
    """A town, or a county or district with a point of its own: what nearness to the others is about."""
    return place.feature == "city" or (place.feature == "other" and bool(place.admin1) and place.population != UNPLACED)


def _besides(names: set[str] | None, name: str) -> bool:
    """``names`` holds a name other than ``name`` and its case forms: "Крим" (Crimea) vouches for no village
    in Crimea that "Криму", its genitive, may name (Krymka)."""
    return names is not None and any(other != name and not _declined_alike(other, name) for other in names)


def _declined_alike(a: str, b: str) -> bool:
    """Two Cyrillic words of one stem of MIN_STEM_LETTERS or more, each at most CASE_LETTERS letters past it
    (Крим, Криму; Донецьк, Донецької)."""
    stem = next((i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), min(len(a), len(b)))
    return stem >= MIN_STEM_LETTERS and max(len(a), len(b)) - stem <= CASE_LETTERS and cyrillic(a)


@dataclass(slots=True)
class _Context:
    """The document's focus as seen from the first-pass leaders."""

    countries: dict[str, float]
    regions: dict[tuple[str, str], set[str]]
    points: list[tuple[str, str, float, float]]
    towns_in: dict[tuple[str, str], set[str]]
    total: float = 0.0
    lats: list[float] = field(default_factory=list)
    memo: dict[tuple[int, str], float] = field(default_factory=dict)
    bases: dict[tuple[str, str, str], float] = field(default_factory=dict)
    point_names: frozenset[str] = frozenset()
    own: dict[str, tuple[str, float]] = field(default_factory=dict)
    doubtful: frozenset[str] = frozenset()
    outer_towns: frozenset[str] = frozenset()

    @classmethod
    def of(cls, mentions: list[Mention], focus: tuple[str, ...] = ()) -> _Context:
        countries: defaultdict[str, float] = defaultdict(float, dict.fromkeys(focus, 2.0))
        regions: dict[tuple[str, str], set[str]] = defaultdict(set)
        points: list[tuple[str, str, float, float]] = []
        towns_in: dict[tuple[str, str], set[str]] = defaultdict(set)
        named: set[str] = set()
        own: dict[str, tuple[str, float]] = {}
        doubtful: set[str] = set()
        outer: set[str] = set()
        for mention in mentions:
            # Each name votes once: a town repeated a dozen times ("Dublin") says nothing about its country.
            if mention.chosen is None:
                continue
            name = mention.candidate.text.casefold()
            if name in named:
                continue
            named.add(name)
            place = mention.chosen.place
            weight = 2.0 if place.feature in ("country", "admin1") else 1.0
            vote = weight if mention.candidate.strong else weight / 2
            countries[place.country] += vote
            own[name] = (place.country, vote)
            if place.feature == "admin1" and place.admin1 and not mention.candidate.axis:
                # A General Staff roundup names the axes of several oblasts: none is the region of its towns.
                regions[(place.country, place.admin1)].add(name)
            if _local_place(place):
                # An unlike alternate name ("House" for Peru, Indiana) is as doubtful: such readings are dropped.
                unlike = mention.chosen.rank and not spelt_alike(place.name, mention.candidate.text)
                if mention.candidate.doubtful or (unlike and not mention.candidate.strong):
                    doubtful.add(name)
                points.append((name, place.name, place.latitude, place.longitude))
                if not mention.candidate.inner:
                    outer.add(name)
                towns_in[(place.country, place.admin1 or "")].add(name)
        by_latitude = sorted(set(points), key=lambda p: p[2])
        total = sum(countries.values())
        lats, names = [lat for _, _, lat, _ in by_latitude], frozenset(name for name, _, _, _ in points)
        aside = frozenset(doubtful)
        return cls(
            countries,
            regions,
            by_latitude,
            towns_in,
            total,
            lats,
            point_names=names,
            own=own,
            doubtful=aside,
            outer_towns=frozenset(outer),
        )

    def share(self, place: Place) -> float:
        """The document's share of the place's country, or of the country that claims its region if larger
        (``places_claims.tsv``: a story about Russia places "Крим" in Crimea, not in a Russian village Krym)."""
        if not self.total:
            return 0.0
        claimant = _claimant(place)
        claimed = self.countries.get(claimant, 0.0) if claimant else 0.0  # "" votes for a continent ("Africa")
        return max(self.countries.get(place.country, 0.0), claimed) / self.total

    def base(self, entry: Entry, text: str = "") -> float:
        """The context bonus every reading in the entry's country gets: its share of the document, the
        span's own vote aside when other names voted ("Lebanon" read as the country must not vouch for
        the country, which would outvote the Lebanon, Indiana of a local story); in a claimed region, the
        larger of its country's and its claimant's. Memoised by country, claimant and text: the dozens of
        entries of a name ("Mykolaivka") mostly share one country."""
        claimant = _claimant(entry.place)
        key = (entry.place.country, claimant, text)
        known = self.bases.get(key)
        if known is None:
            own = self._base(entry.place.country, text)
            known = self.bases[key] = max(own, self._base(claimant, text)) if claimant else own
        return known

    def _base(self, country: str, text: str) -> float:
        own, vote = self.own.get(text.casefold(), ("", 0.0)) if len(self.own) > 1 else ("", 0.0)
        total = self.total - vote
        if not total:
            return 0.0
        return COUNTRY_WEIGHT * (self.countries.get(country, 0.0) - (vote if own == country else 0.0)) / total

    def local(self, entry: Entry, text: str) -> float:
        """At most LOCAL_MAX: a region another span names (a region counts only when another span names
        it, or "Arizona" would lift Yuma, alternately named Arizona, on its own say-so), and nearness to
        the other towns. Memoised: a name repeated in the text scores the same entries again."""
        key = (entry.ident, text)
        if key not in self.memo:
            self.memo[key] = self._local(entry, text)
        return self.memo[key]

    def _local(self, entry: Entry, text: str) -> float:
        place = entry.place
        bonus = 0.0
        region, folded = (place.country, place.admin1 or ""), text.casefold()
        if place.feature in ("city", "other") and _besides(self.regions.get(region), folded):
            bonus += REGION_BONUS
        if place.feature == "admin1" and _besides(self.towns_in.get(region), folded):
            bonus += REGION_BONUS  # the state of the towns named (Atlanta … Georgia)
        if _local_place(place):
            # A doubtful span (a lower-case "cup" read as Carúpano) pulls no town to its namesake.
            bonus += NEAR_BONUS * max(0.0, 1.0 - self.nearest(place, folded, self.doubtful) / NEAR_KM)
        return bonus

    def far_region(self, entry: Entry, text: str) -> float:
        """The region bonus of a town far from every other town of the document (0 when near one)."""
        place = entry.place
        region, folded = (place.country, place.admin1 or ""), text.casefold()
        if not _besides(self.regions.get(region), folded) or self.nearest(place, folded) < DWARF_NEAR_KM:
            return 0.0
        return REGION_BONUS

    def nearest(self, place: Place, folded: str, skip: frozenset[str] = frozenset()) -> float:
        """Distance to the nearest other town of the document, NEAR_KM at most (only the towns in a
        latitude band, found by bisection, are measured). The span's own earlier reading (``folded``
        is its casefolded text) is no other town: it would pull the span to its own namesakes."""
        names = self.point_names
        if not names or (len(names) == 1 and folded in names):
            return NEAR_KM  # no town but the span's own (a note naming one place)
        low = bisect_left(self.lats, place.latitude - NEAR_DEGREES)
        high = bisect_right(self.lats, place.latitude + NEAR_DEGREES)
        # A degree of longitude spans cos(latitude) of a degree of latitude: farther towns need no distance.
        band = NEAR_DEGREES / max(0.1, math.cos(math.radians(place.latitude)))
        return min(
            (
                haversine_km(place.latitude, place.longitude, lat, lon)
                for text, other, lat, lon in self.points[low:high]
                if abs(lon - place.longitude) < band and other != place.name and text != folded and text not in skip
            ),
            default=NEAR_KM,
        )

    def fits(self, entry: Entry, text: str) -> bool:
        """The entry lies within FACILITY_KM of another town of the document or in a region another span
        names: a facility named after a town ("Carnegie Library") stands in that town's neighbourhood; a
        town merely of the same state as the text's others is as likely a namesake elsewhere."""
        place = entry.place
        region, folded = (place.country, place.admin1 or ""), text.casefold()
        return _besides(self.regions.get(region), folded) or self.nearest(place, folded, self.doubtful) < FACILITY_KM


@dataclass(slots=True)
class _Support:
    """How many distinct names of the document could lie in each region: local news names a dozen
    small places of one state (Clarke County, Oconee, Athens, Barrow), and the state they all share
    is the one meant, even when none of them is unambiguous and the state itself goes unnamed."""

    votes: Counter[tuple[str, str]]
    top: int

    @classmethod
    def of(cls, mentions: list[Mention]) -> _Support:
        by_name = {m.candidate.text.casefold(): _supported(m) for m in mentions if _voter(m.candidate)}
        votes: Counter[tuple[str, str]] = Counter(r for regions in by_name.values() for r in regions)
        return cls(votes, max(votes.values(), default=0))

    def bonus(self, entry: Entry, mention: Mention) -> float:
        """Up to SUPPORT_BONUS for an entry in the best-supported region (the mention's own vote aside)."""
        if self.top < MIN_SUPPORT:
            return 0.0  # no region has the votes (most short notes name one or two places)
        place = entry.place
        if place.feature == "country" or not place.admin1:
            return 0.0
        region = (place.country, place.admin1)
        others = self.votes[region] - (region in _supported(mention) and _voter(mention.candidate))
        return SUPPORT_BONUS * others / self.top if others >= MIN_SUPPORT else 0.0


@cache
def _candidate_fields() -> tuple[str, ...]:
    """What resolution may read of a candidate: every field but its place in the text (``start``, ``end``)
    and the candidate it qualifies (``_resolution_key`` gives that as the index of its mention)."""
    return tuple(f.name for f in fields(Candidate) if f.name not in ("start", "end", "qualifies", "sibling"))


@cache
def _candidate_reader() -> Callable[[Candidate], tuple[object, ...]]:
    """The fields of ``_candidate_fields`` read in one call (a getter per field cost most of a key)."""
    return attrgetter(*_candidate_fields())


_ResolutionKey = tuple[object, ...]
_RESOLVED: dict[_ResolutionKey, tuple[list[tuple[Entry, ...]], list[Entry | None]]] = {}
_RESOLVED_MEMO = 4096


def _resolution_key(mentions: list[Mention], focus: tuple[str, ...], period: int = ALL_PERIODS) -> _ResolutionKey:
    """Everything resolution reads: per mention its entries (by identity: lookups are cached), its
    candidate's fields, which mention it qualifies and which it lists with; the focus and the period of
    the front lines. Nothing of the text around the spans: a rule that reads more (a span's position, a
    new field of ``Mention``) must add it here."""
    index = {id(m.candidate): i for i, m in enumerate(mentions)}
    read = _candidate_reader()
    return (
        focus,
        period,
        *(
            (
                id(m.entries),
                -1 if m.candidate.qualifies is None else index.get(id(m.candidate.qualifies), -2),
                -1 if m.candidate.sibling is None else index.get(id(m.candidate.sibling), -2),
                *read(m.candidate),
            )
            for m in mentions
        ),
    )


def resolve(mentions: list[Mention], focus: tuple[str, ...] = (), when: dt.date | None = None) -> None:
    """Choose an entry for every mention in place, then drop weak ones that fit nowhere.

    ``focus`` names countries known in advance to be the subject (a feed about one theatre); ``when`` is
    the document's date (the front lines of that day favour their namesakes; without it, every line's).
    The choices are memoised by ``_resolution_key``: short notes naming one place ("Kharkiv") recur.
    """
    period = front_period(when)
    key, entries = _resolution_key(mentions, focus, period), [m.entries for m in mentions]
    known = _RESOLVED.get(key)
    if known is not None and all(e is m for e, m in zip(known[0], entries, strict=True)):
        for mention, chosen in zip(mentions, known[1], strict=True):
            mention.chosen = chosen
        return
    for mention in mentions:
        if is_acronym(mention.candidate):
            mention.entries = tuple(e for e in mention.entries if _acronym_reading(e))
        if mention.candidate.country:
            mention.entries = _in_country(mention.entries, mention.candidate.country)
        mention.eponymous = _eponymous(mention.entries)
        mention.namesakes = _namesakes(mention.entries)
        mention.main_regions = _main_regions(mention.entries)
        mention.regions = _regions(mention.entries)
        mention.capital_named = any(e.capital and not e.rank for e in mention.entries)
        mention.country_named = any(e.place.feature == "country" and e.rank <= 1 for e in mention.entries)
        mention.period = period
        mention.priors, mention.chosen = _priors(mention)
    _holding(mentions)
    support = _Support.of(mentions)
    by_candidate = {id(m.candidate): m for m in mentions}
    for _ in range(2):
        leaders = [m.chosen for m in mentions]
        context = _Context.of(mentions, focus)
        qualifiers: dict[int, Entry | None] = {}
        for mention in mentions:
            target = by_candidate.get(id(mention.candidate.qualifies))
            # An acronym qualifies only as a country ("London, UK"): "Moscow, SANA" names a news agency.
            country = mention.chosen is not None and mention.chosen.place.feature == "country"
            agency = is_acronym(mention.candidate) and not country
            if target is not None and not agency:
                qualifiers[id(target)] = mention.chosen
        for mention in mentions:
            qualifier = qualifiers.get(id(mention))
            mention.chosen = _best(mention, context, qualifier, support)
        _one_sense(mentions, qualifiers, by_candidate)
        if [m.chosen for m in mentions] == leaders:
            break  # the same leaders would give the same context again
    _one_state(mentions)
    anchored = _anchored(mentions)
    _one_kind(mentions, by_candidate, anchored)
    _one_region(mentions, anchored)
    strong = [m for m in mentions if m.candidate.strong]
    # The loop's last context, unless a reading changed since it was built.
    neighbours = context if [m.chosen for m in mentions] == leaders else _Context.of(mentions, focus)
    context = neighbours if len(strong) in (0, len(mentions)) else _Context.of(strong, focus)
    for mention in mentions:
        qualifier = qualifiers.get(id(mention))
        if mention.chosen is not None and not _keeps(mention, mention.chosen, context, neighbours, qualifier):
            mention.chosen = None
    _county_sense(mentions)
    _place_counties(mentions)
    if len(_RESOLVED) >= _RESOLVED_MEMO:
        _RESOLVED.clear()
    _RESOLVED[key] = (entries, [m.chosen for m in mentions])  # the entries kept: their ids stay theirs meanwhile


resolve.memo_clear = _RESOLVED.clear  # type: ignore[attr-defined]


def _holding(mentions: list[Mention]) -> None:
    """A qualifier's readings that could hold the town before it win over those that could not
    ("TBILISI, Georgia": the country; "Atlanta, Georgia": the state)."""
    for previous, mention in itertools.pairwise(mentions):
        if mention.candidate.qualifies is not previous.candidate or len(mention.entries) < 2:
            continue
        holding = [
            e
            for e in mention.entries
            if e.place.feature != "city" and any(_qualified(town, e) > 0 for town in previous.entries)
        ]
        if not holding:
            continue
        mention.priors = dict(mention.priors)  # the memoised dict is shared: change a copy
        for entry in holding:
            mention.priors[entry.ident] += HOLDING_BONUS
        mention.chosen = _top(mention.entries, mention.priors)


@_per_entries
def _biggest_towns(entries: tuple[Entry, ...]) -> dict[str, int]:
    """The population of the biggest town bearing the name as its main name, by country (read, not changed)."""
    major: dict[str, int] = {}
    for e in entries:
        if e.place.feature == "city" and not e.rank:
            major[e.place.country] = max(major.get(e.place.country, 0), e.place.population)
    return major


@_per_entries
def _written_major(entries: tuple[Entry, ...]) -> bool:
    """A city of MAJOR_CITY people bears the name as its main name, as written (no adjective's town: "Київської")."""
    return any(
        e.place.feature == "city" and not e.rank and not e.adjectival and e.place.population >= MAJOR_CITY
        for e in entries
    )


def _best(mention: Mention, context: _Context, qualifier: Entry | None, support: _Support) -> Entry | None:
    """The entry of highest score (the first of equals). Entries are taken best cheap part first (prior,
    country, qualifier, regional support), and the costly local part (nearest towns) is skipped once
    even LOCAL_MAX could not lift the rest over the best so far."""
    if len(mention.entries) <= 1:
        return mention.entries[0] if mention.entries else None
    cheap = sorted(
        (
            (
                mention.priors[e.ident]
                + context.base(e, mention.candidate.text)
                + (_qualified(e, qualifier) if qualifier else 0.0)
                + support.bonus(e, mention),
                -i,
                e,
            )
            for i, e in enumerate(mention.entries)
        ),
        reverse=True,  # (score, -order) pairs are unique: entries themselves are never compared
    )
    best: tuple[float, int, Entry | None] = (-math.inf, 0, None)
    major = _biggest_towns(mention.entries)
    # The main name of a major city as written: towns the span reaches by a key alone ("Kyiv" and Kew, whose key
    # "kiv" it shares) are chance spellings, not readings, whatever a story from England says.
    written_major = _written_major(mention.entries)
    for score, order, entry in cheap:
        if score + LOCAL_MAX < best[0]:
            break
        if written_major and entry.keyed and entry.place.feature == "city" and not entry.parallel:
            continue
        local = context.local(entry, mention.candidate.text)
        biggest = major.get(entry.place.country, 0)
        if biggest >= MAJOR_CITY and entry.place.feature == "city" and entry.place.population * DWARF_RATIO < biggest:
            local -= context.far_region(entry, mention.candidate.text)
            if context.nearest(entry.place, mention.candidate.text.casefold()) >= DWARF_NEAR_KM:
                local -= support.bonus(entry, mention)  # nor for the region the text's names could share
        full = (score + local, order, entry)
        if (full[0], full[1]) > (best[0], best[1]):
            best = full
    return best[2]


def _one_state(mentions: list[Mention]) -> None:
    """The counties of one list lie in one state ("Becker, Clay, Douglas and Otter Tail counties"): the
    state most items could lie in (then the one most of them chose), each item's likeliest entry there."""
    groups: dict[int, list[Mention]] = defaultdict(list)
    for mention in mentions:
        if mention.candidate.group >= 0:
            groups[mention.candidate.group].append(mention)
    for items in groups.values():
        chosen = Counter((m.chosen.place.country, m.chosen.place.admin1) for m in items if m.chosen is not None)
        votes = Counter(region for m in items for region in m.regions)
        if len(items) < MIN_SUPPORT or not votes:
            continue
        state = max(votes, key=lambda region: (votes[region], chosen[region]))
        for mention in items:
            inside = [e for e in mention.entries if (e.place.country, e.place.admin1) == state]
            mention.chosen = max(inside, key=lambda e, m=mention: m.priors[e.ident], default=mention.chosen)


def _anchored(mentions: list[Mention]) -> set[int]:
    """The candidates (by id) that a qualifier anchors: "Texas and Washington, D.C." """
    return {id(m.candidate.qualifies) for m in mentions if m.candidate.qualifies is not None}


def _one_kind(mentions: list[Mention], by_candidate: dict[int, Mention], anchored: set[int]) -> None:
    """A list names things of one kind: beside a state or a country, a name that is also a state or a
    country of the same kind is that ("California or Washington", "Missouri, New York and Virginia"),
    not a town, unless a qualifier anchors it ("Texas and Washington, D.C."). Walks each list from its
    first item, so a corrected item passes its kind on."""
    for mention in mentions:
        sibling = by_candidate.get(id(mention.candidate.sibling))
        if sibling is None or sibling.chosen is None or mention.chosen is None or id(mention.candidate) in anchored:
            continue
        _capitals_alike(mention, sibling)
        kind = sibling.chosen.place
        if kind.feature not in ("admin1", "country") or mention.chosen.place.feature == kind.feature:
            continue
        # A country beside a country may be any country; a state beside a state is of the same country.
        same = [
            e
            for e in mention.entries
            if e.place.feature == kind.feature
            and not e.rank
            and (kind.feature == "country" or e.place.country == kind.country)
        ]
        if same:
            mention.chosen = _top(same, mention.priors)


def _one_region(mentions: list[Mention], anchored: set[int]) -> None:
    """The towns of a list of LIST_ITEMS or more lie near one another: a village read more than LIST_NEAR_KM from
    every other item is a namesake of its country that lies that near LIST_NEIGHBOURS of them, if one does ("в
    районах Іллінки, Новоселидівки … та Антонівки": the Donetsk Antonivka, not the Kherson suburb that a summary
    of every front favours)."""
    lists: dict[int, list[Mention]] = defaultdict(list)
    for mention in mentions:
        first = mention.candidate  # through items that found no entry too: a list is one for all its names
        while first.sibling is not None:
            first = first.sibling
        lists[id(first)].append(mention)
    for items in lists.values():
        towns = [(m, m.chosen) for m in items if m.chosen is not None and m.chosen.place.feature == "city"]
        if len(towns) < LIST_ITEMS or any(m.candidate.group >= 0 for m in items):  # counties: ``_one_state``
            continue
        for i, (mention, chosen) in enumerate(towns):
            if chosen.place.population >= LIST_VILLAGE or id(mention.candidate) in anchored:
                continue
            others = [town.place for j, (_, town) in enumerate(towns) if j != i]  # as read so far
            if _neighbours(chosen.place, others):
                continue
            near = [
                e
                for e in mention.entries
                if e.place.feature == "city"
                and e.place.country == chosen.place.country
                and e.rank <= chosen.rank
                and _neighbours(e.place, others) >= LIST_NEIGHBOURS
            ]
            if near:
                mention.chosen = _top(near, mention.priors)
                towns[i] = (mention, mention.chosen)


def _neighbours(place: Place, others: list[Place]) -> int:
    """How many of ``others`` lie within LIST_NEAR_KM of ``place``."""
    return sum(haversine_km(place.latitude, place.longitude, o.latitude, o.longitude) <= LIST_NEAR_KM for o in others)


def _capitals_alike(mention: Mention, sibling: Mention) -> None:
    """Beside a national capital, a name a capital bears is that capital ("London and Washington", "Washington and
    Moscow"): governments speak through their capitals, whatever smaller namesake the document's other names favour."""
    for one, other in ((mention, sibling), (sibling, mention)):
        if other.chosen is None or not other.chosen.capital or one.chosen is None or one.chosen.capital:
            continue
        if one.candidate.region or one.chosen.place.feature != "city":
            continue  # a region beside its capital stays the region ("у місті Києві та Київській області")
        capitals = [e for e in one.entries if e.capital and not e.rank]
        if capitals:
            one.chosen = _top(capitals, one.priors)


def _place_counties(mentions: list[Mention]) -> None:
    """A county the gazetteer could only put at its state's point goes to the first town of that state
    the document names: local news names a county with its towns (Walker County … Huntsville)."""
    towns: dict[tuple[str, str | None], Place] = {}
    for mention in mentions:
        if mention.chosen is not None and mention.chosen.place.feature == "city":
            towns.setdefault((mention.chosen.place.country, mention.chosen.place.admin1), mention.chosen.place)
    for mention in mentions:
        chosen = mention.chosen
        if chosen is None or chosen.place.feature != "other" or chosen.place.population != UNPLACED:
            continue
        town = towns.get((chosen.place.country, chosen.place.admin1))
        if town is not None:
            place = replace(chosen.place, latitude=town.latitude, longitude=town.longitude)
            mention.chosen = Entry(chosen.ident, place, chosen.rank, chosen.capital)


def _one_sense(mentions: list[Mention], qualifiers: dict[int, Entry | None], by_candidate: dict[int, Mention]) -> None:
    """A name anchored once means the same place everywhere in the document: a town qualified by its
    region ("Paris, Tenn." then "Paris"), a region that holds the town it qualifies ("Ocilla, Georgia"), a place
    a country adjective frames ("the English city of Salisbury" … "in Salisbury")."""
    qualified: dict[str, Entry] = {}
    for mention in mentions:
        if mention.chosen is None:
            continue
        target = by_candidate.get(id(mention.candidate.qualifies))
        holds = target is not None and target.chosen is not None and _qualified(target.chosen, mention.chosen) > 0
        # "the English city of Salisbury"; a span no frame names ("") is not framed by a place of no country (seas).
        framed = bool(mention.candidate.country) and mention.candidate.country == mention.chosen.place.country
        if holds or framed or _qualified(mention.chosen, qualifiers.get(id(mention))) > 0:
            qualified.setdefault(mention.candidate.text.casefold(), mention.chosen)
        dotted = mention.candidate.qualifies is not None and mention.candidate.text.endswith(".")
        if dotted and mention.chosen.place.feature == "admin1":
            # "CAMP MURRAY, Wash." … "Washington": the abbreviated state is the one the text spells out
            qualified.setdefault(mention.chosen.place.name.casefold(), mention.chosen)
    for mention in mentions:
        sense = qualified.get(mention.candidate.text.casefold())
        # Spans in a qualifier pair keep their own reading ("Kherson (Kherson)": town, then region), and so
        # does a span a region word frames ("in Odesa region" … "Odesa, Odesa region").
        if (
            sense is not None
            and mention.candidate.qualifies is None
            and qualifiers.get(id(mention)) is None
            and not mention.candidate.region
        ):
            mention.chosen = next((e for e in mention.entries if e.ident == sense.ident), mention.chosen)


def _county_sense(mentions: list[Mention]) -> None:
    """A bare name the document also gives with a county's word ("DeKalb" … "DeKalb County", "the Suffolk Times" …
    "Suffolk County detectives") means that county: unless its reading lies in the county's state (a town of the
    name there, the county seat as often as not) or is a country, a region, a capital or a city of
    MAJOR_CITY people ("Washington" … "Washington County"), or a region word or a qualifier anchors it. A span
    dropped as a facility's or an organisation's name comes back: "Kanawha Circuit Court", "Licking Memorial
    Hospital" lie in the county the text names."""
    counties: dict[str, Entry] = {}
    for mention in mentions:
        chosen, words = mention.chosen, mention.candidate.text.casefold().split()
        if chosen is not None and chosen.place.feature == "other" and chosen.place.admin1 and len(words) > 1:
            counties.setdefault(" ".join(words[:-1]), chosen)
    if not counties:
        return
    for mention in mentions:
        county = counties.get(mention.candidate.text.casefold())
        chosen, candidate = mention.chosen, mention.candidate
        if county is None or candidate.region or candidate.qualifies is not None:
            continue
        if chosen is not None and (
            (chosen.place.country, chosen.place.admin1) == (county.place.country, county.place.admin1)
            or chosen.place.feature in ("country", "admin1")
            or chosen.capital
            or chosen.place.population >= MAJOR_CITY
        ):
            continue
        mention.chosen = county


def _keeps(mention: Mention, chosen: Entry, context: _Context, neighbours: _Context, qualifier: Entry | None) -> bool:
    """A weak span must fit the document; a qualified town must lie in its qualifier.

    A region qualifier holding the town ("Vodiane, Donetsk") or a settlement frame ("the village of",
    "near") vouches for a weak span; a village only KATOTTG knows needs that, or NER and a document
    about its country: many are common words (Peremoha, Nadiia, Maiak, Druzhba). ``neighbours`` holds
    every span's reading, ``context`` only those NER called places.
    """
    candidate = mention.candidate
    vouched = candidate.settlement or _qualified(chosen, qualifier) > 0
    in_focus = candidate.strong and context.share(chosen.place) >= FOCUS_SHARE
    if chosen.approximate and chosen.place.feature == "city" and not vouched and not in_focus:
        return False
    if not candidate.strong and not vouched and not _plausible(chosen, candidate, context):
        return False
    crowded = len(neighbours.points) >= STRAY_CONTEXT
    # A region's namesake seat (Kherson, Sumy) is what a text naming many towns means, whatever size GeoNames
    # gives it (Kherson: 66,000 people).
    if (
        crowded
        and not candidate.strong
        and not vouched
        and not _region_seat(chosen, mention)
        and _stray(chosen, candidate, neighbours)
    ):
        return False  # a text naming many towns places the ones NER missed among them, not 1,000 km away
    alias = chosen.rank and _stray(chosen, candidate, neighbours) and not spelt_alike(chosen.place.name, candidate.text)
    if alias and not vouched and context.share(chosen.place) < FOCUS_SHARE:
        return False  # "Helmet" (a horse's stable) is no Estonian village that some language calls so
    if candidate.flanked and chosen.place.feature == "city":
        return False
    # Alone: no other town outside an organisation's name ("Bakhmut Industrial Vocational College" alone in a note).
    alone = not (neighbours.outer_towns - {candidate.text.casefold()})
    if candidate.facility and not vouched and not alone and _stray(chosen, candidate, neighbours):
        return False  # "Carnegie Library" in a New Orleans story is no Carnegie, Pennsylvania
    if chosen.quarter and not candidate.facility and not vouched and not neighbours.fits(chosen, candidate.text):
        # A city's district fits its city's story ("Київському метро" is no district of Donetsk); one named with its
        # district word is a facility, kept alone ("in the Shevchenkivskyi district": the capital's, the largest).
        return False
    if chosen.adjectival and not vouched and _stray(chosen, candidate, neighbours):
        return False  # "Зеленського" (a surname) is no village Зелена, far from the story, an adjective could be of
    if candidate.feature and not candidate.strong and chosen.place.feature in ("admin1", "country"):
        return False  # the "Mississippi River", the "Niger Delta" lie far from the region's or country's point
    if mention.candidate.doubtful and chosen.place.feature == "city" and _qualified(chosen, qualifier) <= 0:
        return False  # "Jones", "Council" … unless a region vouches for it ("Stepove, Zaporizhia")
    if mention.candidate.doubtful and chosen.place.feature == "admin1" and context.share(chosen.place) < FOCUS_SHARE:
        return False  # "Leopard 2 Main Battle Tanks" … "the main problem": no Maine in a story about Ukraine
    return _qualified(chosen, qualifier, strict=True) >= 0


def _region_seat(entry: Entry, mention: Mention) -> bool:
    """The town is the seat of a region of its name among the mention's readings (Kherson of the Kherson oblast),
    big enough beside it to be what news means (EPONYMOUS_SHARE of the region's people, as for ``_eponymous``)."""
    place = entry.place
    return place.feature == "city" and any(
        e.place.feature == "admin1"
        and (e.place.country, e.place.admin1) == (place.country, place.admin1)
        and place.population >= EPONYMOUS_SHARE * e.place.population
        for e in mention.entries
    )


def _stray(entry: Entry, candidate: Candidate, neighbours: _Context) -> bool:
    """A town, short of a major city, far from the document's other places and regions."""
    place = entry.place
    return place.feature == "city" and place.population < MAJOR_CITY and not neighbours.fits(entry, candidate.text)


def spelt_alike(name: str, span: str) -> bool:
    """Same name up to spelling: equal keys (under some language's reading: "Soudja", Sudzha), or folded forms
    mostly shared (Balakliya, Balaklia)."""
    key = name_key(name)
    return key == name_key(span) or key in reading_keys(span) or _alike(name, span)


@lru_cache(maxsize=8192)
def _alike(name: str, span: str) -> bool:
    """Folded forms mostly shared (Borodyanka, Borodianka), the key aside: keys equate Air and Ayr."""
    return SequenceMatcher(None, fold(name), fold(span)).ratio() >= SPELLING_RATIO


def _plausible(entry: Entry, candidate: Candidate, context: _Context) -> bool:
    """Keep a span NER did not call a place only if it names a country/region or a town in focus.

    A region word vouches for a spelling variant ("région de Louhansk"); without it, a region needs its
    name as written ("Miss" is no Mississippi). Where NER ran and passed over the span, a town must
    bear it as a main name (EU) or its main name spelling aside ("House" is no alternate name of Peru, Indiana).
    """
    place = entry.place
    alternate = entry.rank and place.feature == "city" and not _alike(place.name, candidate.text)
    if candidate.inner and (entry.rank > 1 or alternate):
        return False  # inside an organisation's name a town must bear its main name, spelling aside ("Air" is no Ayr)
    if place.feature in ("country", "admin1"):
        return entry.rank <= 1 or candidate.region
    if place.feature != "city":  # a continent, a named region ("Європі": Europe's Ukrainian name is an alternate)
        return (entry.rank <= 1 and not entry.keyed) or candidate.region  # "Asa" (a name) is no Asia by its key
    if candidate.verbatim and entry.rank and not spelt_alike(place.name, candidate.text):
        return False
    if context.share(place) >= FOCUS_SHARE:
        return place.population >= 1000 or entry.rank == 0
    # A city's Cyrillic name is an alternate of its Latin main name (Вашингтон, Берліні): where no NER calls it a
    # place, the dictionary's noun of a city's name vouches for it (not a code a Latin name spells: "Тун", TUN).
    written = entry.rank == 0 or (candidate.listed_city and entry.rank == 1 and not entry.keyed)
    return written and place.population >= MAJOR_CITY


def _supported(mention: Mention) -> frozenset[tuple[str, str]]:
    """The regions a name votes for: every region it could lie in, or, when its likeliest reading is a country or
    a city of MAJOR_CITY people, those of that country only: "Russia", "Madrid" and "Frankfurt" in a European
    story are no votes for New York state, where towns bear all three names ("Columbus" still votes for Indiana)."""
    leader = mention.chosen
    if leader is None or not (leader.place.feature == "country" or leader.place.population >= MAJOR_CITY):
        return mention.regions
    return frozenset(region for region in mention.regions if region[0] == leader.place.country)


def _voter(candidate: Candidate) -> bool:
    """A span that may vote for the document's region: NER's places, and weak spans that are neither
    surnames nor inside an organisation's name ("Boone County", "Lafayette")."""
    return candidate.strong or not (candidate.doubtful or candidate.inner)
