"""KATOTTG linking with the real codifier and cities500: hromada centres, far centres, stray links."""

from sitroom.places.gazetteer import Entry
from sitroom.places.katottg import SETTLEMENTS, STRAY_KM, Settlement, centres, read_units
from sitroom.places.lookup import lookup
from sitroom.places.relative import haversine_km


def _town(name: str, geonameid: int) -> Entry:
    return next(e for e in lookup(name, "uk", False) if e.place.geonameid == geonameid)


def _approximate(name: str, admin1: str) -> list[Entry]:
    return [e for e in lookup(name, "uk", False) if e.approximate and e.place.admin1 == admin1]


def _km(a: Entry, b: Entry) -> float:
    return haversine_km(a.place.latitude, a.place.longitude, b.place.latitude, b.place.longitude)


def test_a_hromada_centre_is_its_first_settlement_whatever_its_name() -> None:
    units = list(read_units())
    settlements = [Settlement(u, "") for u in units if u.category in SETTLEMENTS]
    heads = centres(settlements)
    names = {u.name: u.hromada for u in units if u.category == "H"}
    # The adjectives do not spell their centres: Гуляйполе / Гуляйпільська, Курахове / Курахівська.
    assert heads[names["Гуляйпільська"]].unit.name == "Гуляйполе"
    assert heads[names["Курахівська"]].unit.name == "Курахове"


def test_a_hromada_lies_at_its_centre_town() -> None:
    (hromada,) = (e for e in lookup("Гуляйпільська громада", "uk", False) if e.place.feature == "other")
    assert _km(hromada, _town("Гуляйполе", 707898)) < 1


def test_a_hromada_centre_links_to_its_namesake_beyond_the_nearest_pairing() -> None:
    # Kherson oblast has several Новоолександрівка; no other settlement of Beryslav raion's
    # Новоолександрівська hromada is in cities500, so only its centre's town can place its villages.
    centre = _town("Новоолександрівка", 699734)
    assert centre.rank == 0 and not centre.approximate
    (village,) = _approximate("Золота Балка", "Kherson")
    assert _km(village, centre) < 1


def test_a_link_far_from_its_hromada_centre_is_undone() -> None:
    # GeoNames keeps Булацелівка as an old name of Shevchenkove, 80 km from Біляївська hromada's centre:
    # the village is placed by its hromada instead.
    (village,) = _approximate("Булацелівка", "Kharkiv")
    assert _km(village, _town("Біляївка", 712484)) < STRAY_KM
    assert not any(e.place.geonameid == 694137 and e.rank == 0 for e in lookup("Булацелівка", "uk", False))


def test_a_centre_takes_its_town_though_a_village_of_its_hromada_shares_its_name() -> None:
    # Бахмацька hromada has the city of Бахмач and a village Бахмач; its raion's point is 68 km away.
    town = _town("Бахмач", 712967)
    assert town.rank == 0
    (village,) = _approximate("Бахмач", "Chernihiv")
    assert _km(village, town) < 1


def test_a_link_far_from_its_raion_is_undone_when_the_centre_is_not_linked() -> None:
    # The only Терни of Dnipropetrovsk oblast's towns lies 180 km from Pavlohrad raion, where the
    # village of Юріївська hromada is: once unlinked it no longer places the hromada, whose centre
    # then links to its own town.
    (village,) = _approximate("Терни", "Dnipropetrovsk")
    assert _km(village, _town("Юріївка", 688022)) < 1


def test_a_town_geonames_files_under_another_oblast_links_to_its_settlement() -> None:
    # GeoNames puts Кача under Sevastopol; the codifier puts it in Crimea's Bakhchysarai raion, where
    # its hromada then lies.
    town = _town("Кача", 707281)
    assert town.place.admin1 == "Sevastopol" and town.rank == 0
    (hromada,) = (e for e in lookup("Качинська громада", "uk", False) if e.place.feature == "other")
    assert hromada.place.admin1 == "Crimea" and _km(hromada, town) < 1


def test_a_village_geonames_lacks_lies_at_the_mean_of_its_hromadas_linked_settlements() -> None:
    # Зуйська hromada (Crimea): Зуя, its centre, and Литвиненкове and Нижні Орішники are in cities500;
    # Баланове is not. Left out in turn, a linked village lies nearer this mean than its centre.
    members = [_town("Зуя", 686812), _town("Литвиненкове", 702921), _town("Нижні Орішники", 6985990)]
    lat = sum(m.place.latitude for m in members) / len(members)
    lon = sum(m.place.longitude for m in members) / len(members)
    (village,) = _approximate("Баланове", "Crimea")
    assert haversine_km(village.place.latitude, village.place.longitude, lat, lon) < 0.5
    assert _km(village, members[0]) > 1  # not at the centre's point
