from sitroom.places.relative import haversine_km
from sitroom.places.subdivisions import centres


def test_regions_match_their_iso_subdivision_by_any_of_their_names() -> None:
    found = centres({("CA", "08"): ["Ontario"], ("UA", "05"): ["Donetsk", "Донецька"], ("RU", "91"): ["Krasnoyarsk"]})
    assert haversine_km(*found[("CA", "08")], 50.0, -86.0) < 50  # ISO: "Ontario"
    assert haversine_km(*found[("UA", "05")], 48.0, 37.8) < 60  # ISO: "Donetska oblast", also called "Donetsk"
    assert found[("RU", "91")][0] > 60  # Krasnoyarsk krai reaches the Arctic: its middle is far north of the city


def test_a_subdivision_two_regions_match_places_neither() -> None:
    # GeoNames keeps two units named "Northern" in Ghana (the region before and after its split); one alone matches.
    assert ("GH", "17") in centres({("GH", "17"): ["Northern"]})
    assert centres({("GH", "06"): ["Northern"], ("GH", "17"): ["Northern"]}) == {}


def test_a_name_two_subdivisions_bear_matches_neither() -> None:
    # "Kyiv" names both the oblast and the city (UA-32, UA-30): the oblast keeps its towns' mean.
    assert centres({("UA", "13"): ["Kyiv"]}) == {}
    assert ("UA", "13") in centres({("UA", "13"): ["Kyivska oblast"]})


def test_an_unknown_region_or_country_has_no_centre() -> None:
    assert centres({("UA", "99"): ["Atlantis"], ("XX", "01"): ["Nowhere"]}) == {}
