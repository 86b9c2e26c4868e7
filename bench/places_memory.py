"""Peak memory and time of building the places index, and the cold start of a process that geoparses.

Issue #3 asks the places stage to peak at most 400 MB. Each measure runs in a fresh process (peak RSS
is per process) with ``SITROOM_CACHE`` pointed at a temporary directory, so the user's cache is never
touched. Prints one JSON line. Run: ``.venv/bin/python bench/places_memory.py``.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

DOCUMENT = "Russian forces shelled Kharkiv and Izium on Monday, the governor of Kharkiv Oblast said."

BUILD = """
import json, resource, time
from sitroom.places.gazetteer import build_index, index_path
start = time.perf_counter()
build_index(index_path())
print(json.dumps({"seconds": time.perf_counter() - start,
                  "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
                  "index_mb": index_path().stat().st_size / 2**20}))
"""

# The places stage alone (gazetteer open, one name resolved), then the whole path with spaCy.
GEOPARSE = """
import json, resource, sys, time
start = time.perf_counter()
from sitroom import places
places.resolve_name("Kharkiv", "en")
places_seconds = time.perf_counter() - start
places_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
from sitroom import nlp
from sitroom.ingest import make_document
document = make_document(sys.argv[1])
adoc = next(iter(nlp.analyze([(document, "en")])))
found = places.geoparse(adoc)
print(json.dumps({"places_seconds": places_seconds, "places_peak_mb": places_mb,
                  "seconds": time.perf_counter() - start,
                  "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, "mentions": len(found)}))
"""


def run(code: str, cache: Path, *args: str) -> dict[str, Any]:
    """Run ``code`` in a fresh interpreter with its own cache directory; its last stdout line is JSON."""
    env = {**os.environ, "SITROOM_CACHE": str(cache)}
    done = subprocess.run([sys.executable, "-c", code, *args], env=env, capture_output=True, text=True, check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> None:
    with tempfile.TemporaryDirectory(prefix="sitroom-bench-") as cache:
        build = run(BUILD, Path(cache))
        geoparse = run(GEOPARSE, Path(cache), DOCUMENT)
    print(json.dumps({"build": _rounded(build), "geoparse": _rounded(geoparse)}))


def _rounded(measures: dict[str, Any]) -> dict[str, Any]:
    return {name: round(value, 2) if isinstance(value, float) else value for name, value in measures.items()}


if __name__ == "__main__":
    main()
