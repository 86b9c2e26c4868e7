"""KATOTTG villages: indexed with approximate points, resolved with their oblast, never from bare words."""

from collections.abc import Callable

from sitroom.model import PlaceMention
from sitroom.places.katottg import _is_centre, codifier_path, oblast_codes, read_units, romanise
from sitroom.places.keys import fold
from sitroom.places.lookup import lookup
from sitroom.places.relative import haversine_km
from sitroom.places.resources import read_tsv

Found = Callable[[str, str], dict[str, PlaceMention]]


def test_national_romanisation_spells_word_initial_letters_apart() -> None:
    assert romanise("Ясна Поляна") == "Yasna Poliana"
    assert romanise("Згурівка") == "Zghurivka"
    assert romanise("Зноб-Новгородське") == "Znob-Novhorodske"
    assert romanise("Мар’їнка") == "Marinka"


def test_a_hromada_centre_is_the_member_named_like_its_adjective() -> None:
    assert _is_centre("Андріївка", "Андріївська") > 0
    assert _is_centre("Бахмут", "Бахмутська") > 0
    assert _is_centre("Софіївка", "Андріївська") == 0


def test_the_codifier_ships_with_the_package() -> None:
    assert codifier_path().is_file()


def test_villages_geonames_lacks_are_indexed_as_approximate() -> None:
    entries = lookup("Бердичі", "uk", False)
    village = next(e for e in entries if e.approximate)
    assert village.place.admin1 == "Donetsk" and village.place.geonameid is None
    assert village.place.name == "Berdychi"
    # Linked GeoNames towns keep their id and gain the official Ukrainian name.
    assert any(e.place.geonameid == 713174 for e in lookup("Бахмут", "uk", False))


def test_a_village_only_katottg_knows_resolves_near_it_when_its_oblast_is_named(found: Found) -> None:
    mention = found("On 11 January 2024, Russian forces shelled Berdychi, Donetsk, with artillery.", "en")["Berdychi"]
    assert mention.location is not None and mention.location.geo_precision == 2
    assert mention.location.admin1 == "Donetsk"
    # Berdychi lies north-west of Avdiivka (48.19 N, 37.62 E).
    assert haversine_km(mention.location.latitude, mention.location.longitude, 48.19, 37.62) < 25


def test_a_common_word_village_needs_a_frame(found: Found) -> None:
    assert "Vesna" not in found("Ukrainian officials in Kyiv said Vesna was a great success this year.", "en")
    framed = found("Russian forces shelled the village of Vesna, Donetsk region.", "en")
    assert framed["Vesna"].location is not None and framed["Vesna"].location.admin1 == "Donetsk"


def test_a_settlement_word_frames_a_village_in_ukrainian(found: Found) -> None:
    mention = found("Ворог обстріляв село Весна на Донеччині.", "uk").get("Весна")
    assert mention is not None and mention.place is not None and mention.place.admin1 == "Donetsk"


def test_places_ner_ran_together_are_split_to_qualify_each_other(found: Found) -> None:
    places = found("On 23 March 2023, Russian military forces shelled near Hlyboke, Kharkiv. Casualties unknown.", "en")
    assert places["Hlyboke"].place is not None and places["Hlyboke"].place.admin1 == "Kharkiv"


def test_a_city_with_its_own_admin1_lies_in_its_region(found: Found) -> None:
    places = found("On 1 September 2023, smoke was rising in Sevastopol, Crimea, after shelling.", "en")
    assert places["Sevastopol"].location is not None and places["Sevastopol"].location.geo_precision == 1


def test_every_oblast_maps_to_its_geonames_admin1() -> None:
    regions = {fold(r["name"]): r["code"] for r in read_tsv("places_admin1_names.tsv") if r["lang"] == "uk"}
    oblasts = [u for u in read_units() if u.category in ("O", "K")]
    assert len(oblast_codes(oblasts, regions)) == len(oblasts) == 27


def test_raions_are_regions_that_qualify_their_towns(found: Found) -> None:
    places = found("On 14 March 2023, Russian forces struck Ivanivka, Beryslavskyi district, Kherson.", "en")
    raion = places["Beryslavskyi district"]
    assert raion.place is not None and raion.place.name == "Beryslavskyi raion" and raion.place.feature == "other"
    assert places["Ivanivka"].place is not None and places["Ivanivka"].place.admin1 == "Kherson"
    bakhmut = found("Russian forces shelled 12 settlements of Bakhmut raion on Monday.", "en")["Bakhmut raion"]
    assert bakhmut.location is not None and bakhmut.location.geo_precision == 3
    assert haversine_km(bakhmut.location.latitude, bakhmut.location.longitude, 48.59, 38.0) < 40


def test_a_hromada_is_a_town_and_its_surroundings(found: Found) -> None:
    places = found("On 14 February 2024, Russian forces shelled Khotin territorial community, Sumy.", "en")
    hromada = places["Khotin territorial community"]
    assert hromada.place is not None and hromada.place.name == "Khotinska hromada"
    assert hromada.location is not None and hromada.location.geo_precision == 2
    assert hromada.location.admin1 == "Sumy"
