"""End to end through the real pipeline on short articles written for these tests."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from sitroom.evaluation.data import default_data_dir
from sitroom.model import Event

Extract = Callable[[str, str], list[Event]]

FRENCH = (
    "date 2023-03\n"
    "Le gouverneur de la région de Kharkiv, Oleh Synehoubov, a déclaré sur Telegram que les forces russes "
    "avaient bombardé Koupiansk mardi, faisant deux morts et cinq blessés.\n\n"
    "Les ministres doivent se rencontrer à Bruxelles la semaine prochaine.\n\n"
    "Moscou a démenti avoir frappé la ville de Kharkiv."
)
ENGLISH = (
    "Ukrainian air defences shot down nine drones over Odesa on Sunday, the military said, "
    "adding that the claim could not be independently verified. One soldier and three civilians were killed "
    "in Russian shelling of Kherson and Mykolaiv."
)


def test_french_article_events(extract: Extract) -> None:
    events = extract(FRENCH, "fr")
    strike = next(e for e in events if e.family == "remote_violence" and e.modality in ("asserted", "claimed"))
    assert strike.location is not None and strike.location.admin1 == "Kharkiv"
    assert (strike.fatalities, strike.injured) == (2, 5)
    assert strike.claimed_by is not None and strike.claimed_by.name == "Oleh Synehoubov"
    assert strike.claimed_by.channel == "Telegram"
    assert strike.actor1 is not None and strike.actor1.country == "RU"
    assert "Koupiansk" in strike.evidence.text
    meeting = next(e for e in events if e.family == "diplomacy")
    assert meeting.modality == "planned"
    denied = [e for e in events if "démenti" in e.evidence.text]
    assert denied and all(e.modality == "denied" for e in denied)


def test_english_one_event_per_place_and_verification(extract: Extract) -> None:
    events = extract(ENGLISH, "en")
    disrupted = next(e for e in events if e.sub_event_type == "Disrupted weapons use")
    assert disrupted.verified is False
    assert [(q.value, q.unit) for q in disrupted.quantities] == [(9, "drone")]
    shelled = sorted(e.location.name for e in events if e.family == "remote_violence" and e.location)
    assert shelled == ["Kherson", "Mykolayiv"]
    assert all(e.fatalities == 4 for e in events if e.family == "remote_violence")


def test_ids_are_stable_and_distinct(extract: Extract) -> None:
    first = [e.event_id for e in extract(ENGLISH, "en")]
    assert first == [e.event_id for e in extract(ENGLISH, "en")]
    assert len(set(first)) == len(first)


def test_ukrainian_without_parser(extract: Extract) -> None:
    events = extract("Окупанти обстріляли Херсон, загинули двоє цивільних. ЗСУ звільнили Клищіївку.", "uk")
    kinds = {e.sub_event_type for e in events}
    assert "Shelling/artillery/missile attack" in kinds
    assert "Government regains territory" in kinds
    assert next(e for e in events if e.family == "remote_violence").fatalities == 2


def test_output_matches_the_contract_schema(extract: Extract) -> None:
    jsonschema = pytest.importorskip("jsonschema")
    schema_path = default_data_dir().parent / "schema" / "event.schema.json"
    if not schema_path.exists():
        pytest.skip("event.schema.json not present")
    schema = json.loads(Path(schema_path).read_text(encoding="utf-8"))
    events = extract(FRENCH, "fr") + extract(ENGLISH, "en")
    assert events
    for event in events:
        jsonschema.validate(json.loads(json.dumps(event.to_dict())), schema)


def test_follow_up_sentence_completes_the_event(extract: Extract) -> None:
    events = extract("Russian forces shelled Nikopol on Monday. A civilian was killed and two were injured.", "en")
    (strike,) = [e for e in events if e.family == "remote_violence"]
    assert (strike.fatalities, strike.injured) == (1, 2)
    assert not [e for e in events if e.family == "violence_against_civilians"]


def test_figure_coded_to_this_event_goes_to_the_main_event(extract: Extract) -> None:
    text = (
        "On 3 May 2023, Russian forces shelled Ukrainian positions near Kupiansk. According to Russian sources, "
        "up to 30 Ukrainian soldiers were killed near Kupiansk and Dvorichna [Coded as 6 fatalities split across "
        "3 events. 2 fatalities coded to this event]."
    )
    first = min(extract(text, "en"), key=lambda e: e.evidence.start)
    assert first.fatalities == 2
