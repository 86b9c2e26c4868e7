import csv
from pathlib import Path

import pytest

from sitroom.places import resolve_name

VARIANTS = Path(__file__).with_name("variants.tsv")


def _rows() -> list[dict[str, str]]:
    with VARIANTS.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))


def test_the_file_covers_enough_variants_and_languages() -> None:
    rows = _rows()
    assert len(rows) >= 80
    assert {row["lang"] for row in rows} >= {"fr", "en", "de", "uk", "ru"}


@pytest.mark.parametrize("row", _rows(), ids=lambda row: row["variant"])
def test_variant_resolves_to_its_town(row: dict[str, str]) -> None:
    place = resolve_name(row["variant"], row["lang"], ("UA",))
    assert place is not None and place.geonameid == int(row["geonameid"])
