import json
import os
import shutil
import subprocess
import sys
import time
from itertools import islice
from pathlib import Path

import pytest

from sitroom.places import gazetteer as gazetteer_module
from sitroom.places.gazetteer import (
    _quarter,
    cache_dir,
    cities_path,
    gazetteer,
    index_path,
    prune_indexes,
    read_cities,
)
from sitroom.places.lookup import lookup
from sitroom.places.relative import haversine_km


def test_index_lives_in_the_cache_dir_keyed_by_source_version() -> None:
    gazetteer()
    path = index_path()
    assert path.exists() and path.parent == cache_dir()
    assert path.stem.startswith("gazetteer-")


def test_the_index_is_rebuilt_for_what_it_is_built_from_not_for_the_front_lines(monkeypatch, tmp_path: Path) -> None:
    shutil.copytree(gazetteer_module.RESOURCES / "common", tmp_path / "common")
    monkeypatch.setattr(gazetteer_module, "RESOURCES", tmp_path)
    before = gazetteer_module.source_version()
    with (tmp_path / "common" / "places_front.tsv").open("a", encoding="utf-8") as front:
        front.write("Somewhere\t48.0\t37.0\t2030-01-01\t\ta line of the future\n")
    assert gazetteer_module.source_version() == before  # resolution reads the front lines; the index never does
    with (tmp_path / "common" / "places_aliases.tsv").open("a", encoding="utf-8") as aliases:
        aliases.write("\n")
    assert gazetteer_module.source_version() != before


def test_cache_dir_follows_the_environment(monkeypatch, tmp_path: Path) -> None:
    monkeypatch.setenv("SITROOM_CACHE", str(tmp_path))
    assert cache_dir() == tmp_path
    monkeypatch.delenv("SITROOM_CACHE")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert cache_dir() == tmp_path / "sitroom"


def test_cold_start_of_a_new_process_is_fast() -> None:
    gazetteer()  # make sure the index exists
    code = (
        "import time; t = time.perf_counter();"
        "from sitroom.places.lookup import lookup; lookup('Bakhmout', 'fr', True);"
        "print(time.perf_counter() - t)"
    )
    started = time.perf_counter()
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, env=os.environ)
    assert float(out.stdout) < 2.0, out.stdout
    assert time.perf_counter() - started < 5.0


def test_cities_countries_and_regions_are_indexed() -> None:
    features = {e.place.feature for e in lookup("Donetsk", "en", False)}
    assert {"city", "admin1"} <= features
    (ukraine,) = [e.place for e in lookup("Україна", "uk", False) if e.place.feature == "country"]
    assert ukraine.country == "UA" and ukraine.geonameid == 690791
    assert any(e.place.feature == "other" and e.place.name == "Europe" for e in lookup("Europe", "en", False))


def test_region_names_in_five_languages() -> None:
    for name, lang in [("Louhansk", "fr"), ("Luhansk", "en"), ("Луганська", "uk"), ("Луганская", "ru")]:
        regions = [e.place for e in lookup(name, lang, False) if e.place.feature == "admin1"]
        assert regions and regions[0].name == "Luhansk" and regions[0].country == "UA"


def test_every_country_has_english_region_names() -> None:
    regions = [e.place for e in lookup("Bavaria", "en", False) if e.place.feature == "admin1"]
    assert regions and regions[0].country == "DE"


def test_renamed_places_resolve_to_the_current_name() -> None:
    for old, new in [("Artemivsk", "Bakhmut"), ("Dnipropetrovsk", "Dnipro"), ("Kirovohrad", "Kropyvnytskyi")]:
        assert new in {e.place.name for e in lookup(old, "en", False) if e.rank == 0}


def test_fuzzy_match_only_for_long_names() -> None:
    assert "Lysychansk" in {e.place.name for e in lookup("Lysychantsk", "en", True)}
    assert lookup("Lysychantsk", "en", False) == ()
    assert lookup("Xqzv", "en", True) == ()


def test_cyrillic_case_forms() -> None:
    assert "Bakhmut" in {e.place.name for e in lookup("Бахмуті", "uk", False)}
    assert "Kharkiv" in {e.place.name for e in lookup("Харькове", "ru", False)}


def test_one_query_gives_exact_names_then_key_only_matches_a_rank_worse() -> None:
    exact, by_key = gazetteer().matches(["Kyiv"], ["kiiv", "kyiv"])
    assert exact and all(e.rank <= 1 for e in exact)
    assert {e.ident for e in exact}.isdisjoint(e.ident for e in by_key)
    assert all(e.rank >= 1 for e in by_key)
    assert gazetteer().matches([], []) == ([], [])


def test_us_counties_lie_among_their_towns() -> None:
    (county,) = [e.place for e in gazetteer().exact(["Cooke County"]) if e.place.admin1 == "Texas"]
    gainesville = max(
        (e.place for e in lookup("Gainesville", "en", False) if e.place.admin1 == "Texas"), key=lambda p: p.population
    )
    assert haversine_km(county.latitude, county.longitude, gainesville.latitude, gainesville.longitude) < 40
    assert county.population > 0


def test_a_region_whose_towns_crowd_one_edge_lies_at_its_middle() -> None:
    """Ontario's towns crowd its southern edge (their mean lies near Toronto); the province's middle lies north of
    Lake Superior. Donetsk oblast's towns spread over it: their mean stays its point, within the oblast."""
    (ontario,) = [e.place for e in lookup("Ontario", "en", False) if e.place.feature == "admin1"]
    assert ontario.country == "CA" and ontario.latitude > 48.5
    (donetsk,) = [e.place for e in lookup("Donetsk", "en", False) if e.place.feature == "admin1"]
    assert haversine_km(donetsk.latitude, donetsk.longitude, 48.0, 37.8) < 60


@pytest.mark.parametrize("indent", [None, 2])
def test_streamed_cities_equal_the_json_whatever_the_chunk_boundaries(tmp_path: Path, indent: int | None) -> None:
    sample = {str(city["geonameid"]): city for city in islice(read_cities(cities_path()), 300)}
    sample |= {"1": {"geonameid": 1, "name": "Київ {,}", "alternatenames": ["Kyiv", '"K"'], "population": 0}}
    path = tmp_path / "cities.json"
    path.write_text(json.dumps(sample, indent=indent), encoding="utf-8")
    expected = list(json.loads(path.read_text(encoding="utf-8")).values())
    for chunk_chars in (7, 1000, 1 << 20):
        assert list(read_cities(path, chunk_chars)) == expected
    assert len(expected) == 301 and expected[0]["countrycode"] == "AD"


def test_a_truncated_cities_file_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "cities.json"
    path.write_text('{"1": {"geonameid": 1, "name": "A"}, "2": {"geonameid": 2', encoding="utf-8")
    with pytest.raises(json.JSONDecodeError):
        list(read_cities(path, 8))


def test_a_new_schema_version_names_a_new_index(monkeypatch) -> None:
    before = index_path()
    monkeypatch.setattr(gazetteer_module, "SCHEMA_VERSION", "test")
    assert index_path() != before and index_path().parent == before.parent


def test_only_the_newest_indexes_are_kept(tmp_path: Path) -> None:
    for age, version in enumerate(["new", "mid", "old", "older", "oldest"]):
        index = tmp_path / f"gazetteer-{version}.sqlite"
        index.write_bytes(b"")
        os.utime(index, (1_000_000 - age, 1_000_000 - age))
    (tmp_path / "notes.txt").write_text("not an index", encoding="utf-8")
    dropped = prune_indexes(tmp_path, keep=3)
    assert sorted(p.name for p in dropped) == ["gazetteer-older.sqlite", "gazetteer-oldest.sqlite"]
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "gazetteer-mid.sqlite",
        "gazetteer-new.sqlite",
        "gazetteer-old.sqlite",
        "notes.txt",
    ]


def test_a_town_also_called_its_name_and_district_is_a_city_quarter() -> None:
    assert _quarter({"name": "Kyivskyi", "alternatenames": ["Kyivskyi", "Kyivskyi District", "Київський район"]})
    assert not _quarter({"name": "Bakhmut", "alternatenames": ["Artemivsk", "Bakhmutskyi District"]})
    assert any(e.quarter for e in gazetteer().exact(["Kyivskyi"]))  # the district of Donetsk, as indexed
