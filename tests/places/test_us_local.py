"""Local (US) news: state abbreviations, counties, capitals, and names that agree on one state."""

from collections.abc import Callable
from typing import Any

from sitroom.places.lookup import lookup
from sitroom.places.recognise import Candidate
from sitroom.places.relative import haversine_km
from sitroom.places.resolve import Mention, resolve

Found = Callable[[str, str], dict[str, Any]]


def test_state_abbreviation_qualifies_the_town(found: Found) -> None:
    result = found("A warehouse burned in Paris, Tenn., late on Friday, firefighters said.", "en")
    assert result["Paris"].place.admin1 == "Tennessee"
    assert result["Tenn."].place.feature == "admin1"


def test_a_name_qualified_once_keeps_its_sense(places: Callable[[str, str], list[Any]]) -> None:
    text = "The council of Paris, Tenn., met on Monday. Paris officials said the budget would pass."
    parises = [m for m in places(text, "en") if m.text == "Paris"]
    assert len(parises) == 2 and {m.place.admin1 for m in parises} == {"Tennessee"}


def test_county_is_a_place_in_its_state(found: Found) -> None:
    county = found("Deputies in Anderson County, S.C., arrested two men on Tuesday.", "en")["Anderson County"]
    assert county.place.feature == "other" and county.place.admin1 == "South Carolina"


def test_national_capital_beats_the_state_of_the_same_name(found: Found) -> None:
    place = found("Washington said on Monday that it would send more aid to Kyiv.", "en")["Washington"].place
    assert place.feature == "city" and place.country == "US" and place.latitude < 40


def test_dotted_abbreviation_inside_an_organisation(found: Found) -> None:
    result = found("She was elected to the U.S. House of Representatives in 2010.", "en")
    assert result["U.S."].place.feature == "country" and result["U.S."].place.country == "US"


def test_direction_word_before_a_state(found: Found) -> None:
    result = found("Heavy storms moved across North Texas on Sunday night.", "en")
    assert any(m.place.name == "Texas" for m in result.values())


def test_names_that_share_a_state_pick_it(found: Found) -> None:
    text = (
        "School boards in Clarke County, Oconee County, Barrow County and Jackson County voted on Monday. "
        "Teachers in Athens and Watkinsville said Georgia should pay for the new buses."
    )
    result = found(text, "en")
    assert result["Georgia"].place.feature == "admin1"
    assert result["Athens"].place.admin1 == "Georgia"


def test_a_state_named_alone_does_not_lift_its_alternately_named_town(found: Found) -> None:
    # Yuma lists "Arizona" among its GeoNames alternate names; the state is meant.
    place = found("Voters in Arizona will decide on the measure in November.", "en")["Arizona"].place
    assert place.feature == "admin1" and place.name == "Arizona"


def test_a_repeated_name_does_not_outvote_the_state_named(places: Callable[[str, str], list[Any]]) -> None:
    text = (
        "Dublin police closed a road on Monday. Dublin residents were told to stay home. "
        "Dublin schools opened late. The city lies northwest of Columbus, Ohio."
    )
    dublins = [m for m in places(text, "en") if m.text == "Dublin"]
    assert dublins and all(m.place.country == "US" for m in dublins)


def test_the_state_of_the_towns_named(found: Found) -> None:
    text = "Rain fell across Georgia on Tuesday. Atlanta and Macon recorded floods."
    assert found(text, "en")["Georgia"].place.country == "US"


def test_a_county_lies_at_the_mean_of_its_towns(found: Found) -> None:
    result = found("Deputies in Walker County said a fire burned near Huntsville, Texas, on Monday.", "en")
    county, town = result["Walker County"].place, result["Huntsville"].place
    assert county.admin1 == "Texas" and town.admin1 == "Texas"
    assert haversine_km(county.latitude, county.longitude, town.latitude, town.longitude) < 40


def test_an_all_capital_dateline_names_a_place(found: Found) -> None:
    result = found("CORSICANA — A house fire on the east side of town killed two dogs, Texas officials said.", "en")
    assert result["CORSICANA"].place.name == "Corsicana"
    assert "HOUSE" not in found("HOUSE — lawmakers met on Monday in Austin.", "en")


def test_each_name_of_a_county_list_is_a_county(found: Found) -> None:
    result = found("Floods closed roads in Becker, Clay, Douglas and Otter Tail counties on Monday.", "en")
    for name in ("Becker", "Clay", "Douglas", "Otter Tail"):
        place = result[name].place
        assert (place.name, place.admin1) == (f"{name} County", "Minnesota"), name


def test_a_county_near_the_towns_named_wins_over_a_bigger_namesake(found: Found) -> None:
    anderson = found("Officials in Anderson County said the fire began near Palestine.", "en")
    henry = found("Henry County deputies said the crash happened near Puryear.", "en")
    assert anderson["Anderson County"].place.admin1 == "Texas"
    assert henry["Henry County"].place.admin1 == "Tennessee"


def test_the_west_coast_is_the_us_pacific_coast(found: Found) -> None:
    place = found("Smoke from the fires spread along the West Coast on Tuesday.", "en")["West Coast"].place
    assert place.country == "US" and place.longitude < -115


def test_weak_spans_vote_for_the_documents_state() -> None:
    """Names NER did not call places still say which state a local story is about (not surnames)."""
    names = [("Paris", True), ("Henry County", False), ("Puryear", False)]
    mentions, start = [], 0
    for name, strong in names:
        mentions.append(Mention(Candidate(start, start + len(name), name, strong), lookup(name, "en", strong)))
        start += len(name) + 2
    resolve(mentions)
    assert [(m.chosen.place.admin1 if m.chosen else None) for m in mentions] == ["Tennessee"] * 3
