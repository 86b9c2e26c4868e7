"""Latency of /api/events bbox+date queries on a store of synthetic-but-valid events.

    .venv/bin/python bench/api_bench.py --events 200000 --queries 200

Fills a fresh SQLite store (or reuses --db if it already holds enough events), then times random
bbox + date-window queries through the real FastAPI app and prints one JSON line of figures.
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

from fastapi.testclient import TestClient

from sitroom.api import create_app
from sitroom.model import ProcessedDocument
from sitroom.store import Store
from sitroom.store.synthetic import synthetic_documents


def _until(events: int, seed: int) -> Iterator[ProcessedDocument]:
    """Synthetic documents until ``events`` events have been produced."""
    produced = 0
    for doc in synthetic_documents(10**9, seed=seed):
        if produced >= events:
            return
        produced += len(doc.events)
        yield doc


def fill(store: Store, events: int) -> float:
    """Top ``store`` up to at least ``events`` synthetic events; the seconds it took."""
    started = time.perf_counter()
    missing = events - store.counts()["events"]
    if missing > 0:
        store.add(_until(missing, seed=store.counts()["documents"]))
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
    timings, returned = [], []
    for _ in range(args.queries):
        params = {**_query(rng), "limit": args.limit}
        t0 = time.perf_counter()
        response = client.get("/api/events", params=params)
        timings.append((time.perf_counter() - t0) * 1000)
        response.raise_for_status()
        returned.append(len(response.json()["events"]))
    timings.sort()
    print(
        json.dumps(
            {
                "events": store.counts()["events"],
                "fill_seconds": round(fill_seconds, 1),
                "queries": args.queries,
                "limit": args.limit,
                "mean_returned": round(statistics.mean(returned), 1),
                "p50_ms": round(timings[len(timings) // 2], 1),
                "p95_ms": round(timings[int(len(timings) * 0.95) - 1], 1),
                "max_ms": round(timings[-1], 1),
            }
        )
    )


if __name__ == "__main__":
    main()
