"""Exports of real contract records: headers, formats, conventions, and streaming."""

from __future__ import annotations

import csv
import dataclasses
import io
import json
from collections.abc import Iterator
from typing import Any

import pytest

from sitroom import export
from sitroom.evaluation.data import default_data_dir
from sitroom.export.acled import acled_date, interaction
from sitroom.model import Event
from sitroom.store.synthetic import synthetic_documents

ACLED_COLUMNS = [
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type",
    "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction",
    "civilian_targeting", "iso", "region", "country", "admin1", "admin2", "admin3", "location", "latitude",
    "longitude", "geo_precision", "source", "source_scale", "notes", "fatalities", "tags", "timestamp",
]  # fmt: skip


@pytest.fixture(scope="module")
def events() -> list[Event]:
    return [e for d in synthetic_documents(20, seed=3) for e in d.events]


@pytest.fixture(scope="module")
def records(events: list[Event]) -> list[dict[str, Any]]:
    return [e.to_dict() for e in events]


def _written(records: list[dict[str, Any]], fmt: str) -> str:
    out = io.StringIO()
    export.write(iter(records), fmt, out)
    return out.getvalue()


def test_jsonl_round_trips(records: list[dict[str, Any]]) -> None:
    lines = _written(records, "jsonl").splitlines()
    assert [json.loads(line) for line in lines] == records


def test_csv_is_flat_with_stable_columns(records: list[dict[str, Any]]) -> None:
    rows = list(csv.DictReader(io.StringIO(_written(records, "csv"))))
    assert len(rows) == len(records)
    first, record = rows[0], records[0]
    assert first["location_name"] == record["location"]["name"]
    assert float(first["location_latitude"]) == pytest.approx(record["location"]["latitude"])
    assert first["evidence_text"] == record["evidence"]["text"]
    assert first["actor1_name"] == record["actor1"]["name"]


def test_acled_header_is_acleds_31_columns_in_order(records: list[dict[str, Any]]) -> None:
    header = next(csv.reader(io.StringIO(_written(records, "acled"))))
    assert header == ACLED_COLUMNS
    assert len(header) == 31


@pytest.mark.devdata
def test_acled_columns_exist_in_real_acled_data() -> None:
    path = default_data_dir() / "acled-ukraine-dev.csv"
    if not path.exists():
        pytest.skip("development data not present")
    with path.open(encoding="utf-8", newline="") as handle:
        real = set(next(csv.reader(handle)))
    assert set(ACLED_COLUMNS) <= real


def test_acled_conventions(events: list[Event]) -> None:
    military = next(e for e in events if e.actor1 and e.actor1.name.startswith("Military Forces of"))
    event = dataclasses.replace(military, fatalities=None, event_date="2023-02-05")
    diplomacy = dataclasses.replace(events[1], family="diplomacy", event_type=None, sub_event_type=None)
    rows = list(csv.DictReader(io.StringIO(_written([event.to_dict(), diplomacy.to_dict()], "acled"))))
    assert len(rows) == 1  # ACLED does not code diplomacy
    row = rows[0]
    assert row["event_date"] == "05 February 2023" and row["year"] == "2023"
    assert row["fatalities"] == "0"
    assert (row["country"], row["iso"], row["region"]) == ("Ukraine", "804", "Europe")
    assert row["notes"] == event.evidence.text
    assert row["inter1"] == "1"  # Military Forces of …: state forces
    assert row["disorder_type"]
    assert row["timestamp"].isdigit()


def test_acled_codes() -> None:
    assert acled_date("2024-11-30") == "30 November 2024"
    assert interaction(6, 0) == 60
    assert interaction(7, 1) == 17


def test_geojson_is_a_valid_feature_collection(events: list[Event]) -> None:
    unlocated = dataclasses.replace(events[0], event_id="no-place", location=None)
    records = [e.to_dict() for e in events] + [unlocated.to_dict()]
    collection = json.loads(_written(records, "geojson"))
    assert collection["type"] == "FeatureCollection"
    assert len(collection["features"]) == len(events)
    for feature, event in zip(collection["features"], events, strict=True):
        assert feature["type"] == "Feature"
        assert feature["geometry"] == {
            "type": "Point",
            "coordinates": [event.location.longitude, event.location.latitude],
        }
        assert feature["properties"]["event_id"] == event.event_id
        assert "latitude" not in feature["properties"]["location"]
        assert feature["properties"]["location"]["name"] == event.location.name


def test_empty_geojson_is_valid() -> None:
    assert json.loads(_written([], "geojson")) == {"type": "FeatureCollection", "features": []}


def test_plover_records(records: list[dict[str, Any]]) -> None:
    lines = [json.loads(line) for line in _written(records, "plover").splitlines()]
    assert len(lines) == len(records)
    assert {line["event_type"] for line in lines} <= {"ASSAULT", "FIGHT", "COERCE", "PROTEST"}
    shelling = next(line for line in lines if line["mode"] == "artillery")
    assert shelling["context"] == ["military"] and shelling["location"]["lat"] is not None


@pytest.mark.parametrize("fmt", export.FORMATS)
def test_writers_stream(records: list[dict[str, Any]], fmt: str) -> None:
    out = io.StringIO()

    def lazily() -> Iterator[dict[str, Any]]:
        for number, record in enumerate(records):
            if number == 2:
                assert records[0]["event_id"] in out.getvalue()  # already written: nothing buffered
            yield record

    export.write(lazily(), fmt, out)


def test_unknown_format_is_an_error(records: list[dict[str, Any]]) -> None:
    with pytest.raises(ValueError, match="unknown export format"):
        export.write(iter(records), "xml", io.StringIO())
