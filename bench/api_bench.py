"""Latency of /api/events bbox+date queries on a store of synthetic-but-valid events.

    .venv/bin/python bench/api_bench.py --events 200000 --queries 200

Fills a fresh SQLite store (or reuses --db if it already holds enough events), then times random
bbox + date-window queries through the real FastAPI app, and the follow-up page (``cursor``) of
those that have one, and prints one JSON line of figures.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import statistics
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from fastapi.testclient import TestClient

from sitroom.api import create_app
from sitroom.model import ProcessedDocument
from sitroom.store import Store
from sitroom.store.synthetic import synthetic_documents


def _until(events: int, start: int) -> Iterator[ProcessedDocument]:
    """Synthetic documents numbered from ``start`` until ``events`` events have been produced."""
    produced = 0
    for doc in synthetic_documents(10**9, seed=start, start=start):
        if produced >= events:
            return
        produced += len(doc.events)
        yield doc


def fill(store: Store, events: int) -> float:
    """Top ``store`` up to at least ``events`` synthetic events; the seconds it took."""
    started = time.perf_counter()
    missing = events - store.counts()["events"]
    if missing > 0:
        store.add(_until(missing, start=store.counts()["documents"]))
    return time.perf_counter() - started


def _query(rng: random.Random) -> dict[str, str | int]:
    lon, lat = rng.uniform(30, 38), rng.uniform(46, 51)
    span = rng.uniform(0.5, 3)
    start = dt.date(2023, 1, 1) + dt.timedelta(days=rng.randrange(700))
    return {
        "bbox": f"{lon:.3f},{lat:.3f},{lon + span:.3f},{lat + span:.3f}",
        "from": start.isoformat(),
        "to": (start + dt.timedelta(days=rng.randrange(1, 60))).isoformat(),
    }


def _percentile(timings: list[float], share: float) -> float | None:
    ordered = sorted(timings)
    return round(ordered[max(int(len(ordered) * share) - 1, 0)], 1) if ordered else None


def _timed_get(client: TestClient, params: dict[str, str | int], timings: list[float]) -> dict[str, Any]:
    started = time.perf_counter()
    response = client.get("/api/events", params=params)
    timings.append((time.perf_counter() - started) * 1000)
    response.raise_for_status()
    return response.json()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=200_000)
    parser.add_argument("--queries", type=int, default=200)
    parser.add_argument("--limit", type=int, default=500)
    parser.add_argument("--db", type=Path, default=Path(tempfile.mkdtemp()) / "bench.db")
    args = parser.parse_args()
    app = create_app(f"sqlite:///{args.db}")
    store = app.state.store
    fill_seconds = fill(store, args.events)
    client = TestClient(app)
    rng = random.Random(1)
    timings: list[float] = []
    next_timings: list[float] = []
    returned = []
    for _ in range(args.queries):
        params = {**_query(rng), "limit": args.limit}
        body = _timed_get(client, params, timings)
        returned.append(len(body["events"]))
        if body["next_cursor"]:
            _timed_get(client, {**params, "cursor": body["next_cursor"]}, next_timings)
    print(
        json.dumps(
            {
                "events": store.counts()["events"],
                "fill_seconds": round(fill_seconds, 1),
                "queries": args.queries,
                "limit": args.limit,
                "mean_returned": round(statistics.mean(returned), 1),
                "p50_ms": _percentile(timings, 0.5),
                "p95_ms": _percentile(timings, 0.95),
                "max_ms": round(max(timings), 1),
                "next_pages": len(next_timings),
                "next_p50_ms": _percentile(next_timings, 0.5),
                "next_p95_ms": _percentile(next_timings, 0.95),
            }
        )
    )


if __name__ == "__main__":
    main()
