from collections.abc import Callable
from typing import Any

from sitroom.places import geoparse_record

KEYS = {"start", "end", "text", "name", "latitude", "longitude", "geonameid", "country", "admin1", "feature"}


def test_geoparse_record_matches_the_contract(analyse: Callable[[str, str], Any]) -> None:
    text = "Russian forces shelled Pokrovsk in Donetsk oblast and Kyiv, Ukraine."
    adoc = analyse(text, "en")
    record = geoparse_record(adoc)
    assert record["doc_id"] == adoc.document.doc_id
    places = record["places"]
    assert places and all(set(place) == KEYS for place in places)
    assert all(text[p["start"] : p["end"]] == p["text"] for p in places)
    by_name = {p["text"]: p for p in places}
    assert by_name["Pokrovsk"]["geonameid"] == 704422 and by_name["Pokrovsk"]["admin1"] == "Donetsk"
    assert by_name["Donetsk"]["feature"] == "admin1"
    assert by_name["Ukraine"]["feature"] == "country" and by_name["Ukraine"]["admin1"] is None
    assert [p["start"] for p in places] == sorted(p["start"] for p in places)
