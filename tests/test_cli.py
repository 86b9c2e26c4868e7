"""End-to-end tests of the ``sitroom`` command: real pipeline, real SQLite file, real output."""

from __future__ import annotations

import csv
import io
import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples"
SCHEMA = ROOT.parent / "shared" / "schema" / "event.schema.json"

pytestmark = pytest.mark.slow


def sitroom(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "sitroom", *args], input=stdin, capture_output=True, text=True, cwd=ROOT, timeout=600
    )


@pytest.fixture(scope="module")
def sample_events() -> list[dict]:
    run = sitroom("extract", str(SAMPLES))
    assert run.returncode == 0, run.stderr
    return [json.loads(line) for line in run.stdout.splitlines()]


def test_extract_samples_gives_events_that_match_the_contract(sample_events):
    assert len(sample_events) >= 10
    if SCHEMA.exists():
        jsonschema = pytest.importorskip("jsonschema")
        validator = jsonschema.Draft202012Validator(json.loads(SCHEMA.read_text(encoding="utf-8")))
        for event in sample_events:
            validator.validate(event)
    families = {event["family"] for event in sample_events}
    assert {"remote_violence", "battle", "strategic"} <= families
    assert {event["lang"] for event in sample_events} >= {"en", "fr", "uk", "ru"}


def test_every_event_is_traceable_to_its_evidence_sentence(sample_events):
    from sitroom.ingest import read_paths

    texts = {doc.doc_id: doc.text for doc in read_paths([str(SAMPLES)]) if hasattr(doc, "text")}
    for event in sample_events:
        evidence = event["evidence"]
        assert texts[event["doc_id"]][evidence["start"] : evidence["end"]] == evidence["text"]


def test_stdin_input_and_acled_format():
    text = "date 2024-03-14 Russian forces shelled Kherson on Tuesday, killing two people, the governor said."
    run = sitroom("extract", "-", "--format", "acled", stdin=text)
    assert run.returncode == 0, run.stderr
    rows = list(csv.DictReader(io.StringIO(run.stdout)))
    assert rows and rows[0]["location"] == "Kherson" and rows[0]["event_date"]


def test_broken_documents_are_reported_on_stderr_and_the_batch_goes_on(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text("Russian forces shelled Kherson on Tuesday, killing two people.", encoding="utf-8")
    batch = tmp_path / "batch.jsonl"
    batch.write_text('{"id": "ok", "text": "Ukrainian troops retook Robotyne."}\n{broken\n', encoding="utf-8")
    run = sitroom("extract", str(good), str(batch), str(tmp_path / "missing.txt"))
    assert run.returncode == 1
    errors = [json.loads(line) for line in run.stderr.splitlines() if line.startswith("{")]
    assert {(error["doc_id"], error["error"]) for error in errors} == {
        (f"{batch}:2", "invalid_json"),
        (str(tmp_path / "missing.txt"), "not_found"),
    }
    assert {json.loads(line)["doc_id"] for line in run.stdout.splitlines()} >= {"ok"}


def test_bad_usage_exits_2():
    assert sitroom("extract", "--format", "yaml").returncode == 2
    assert sitroom("eval", "no-such-evaluation").returncode == 2


def test_ingest_is_idempotent_and_export_reads_the_store(tmp_path):
    db = tmp_path / "sitroom.db"
    first = sitroom("ingest", str(SAMPLES), "--db", str(db))
    assert first.returncode == 0, first.stderr
    with sqlite3.connect(db) as connection:
        counts = [
            connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0] for table in ("documents", "events")
        ]
    again = sitroom("ingest", str(SAMPLES), "--db", str(db))
    assert again.returncode == 0, again.stderr
    with sqlite3.connect(db) as connection:
        assert [
            connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0] for table in ("documents", "events")
        ] == counts
    assert counts[0] == len([p for p in SAMPLES.iterdir() if p.suffix == ".txt"]) + 2
    exported = sitroom("export", "--db", str(db), "--format", "geojson")
    assert exported.returncode == 0, exported.stderr
    collection = json.loads(exported.stdout)
    assert collection["type"] == "FeatureCollection" and len(collection["features"]) >= 10


def test_python_api_matches_the_cli():
    import sitroom

    events = sitroom.extract("Russian forces shelled Kherson on Tuesday, killing two people.", date="2024-03-14")
    assert events and events[0].location is not None and events[0].location.name == "Kherson"
    assert events[0].event_date == "2024-03-12" and events[0].fatalities == 2
