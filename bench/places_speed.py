"""Time of the places stage against spaCy's on the same documents (issue #3: places ≤ 10% of spaCy).

The documents are the CIR (Eyes on Russia) descriptions whose town the description names, as in
``sitroom eval cir``. spaCy analyses one document, then the places stage geoparses it, as the pipeline
does; ``rest_ratio`` leaves out the first document (model and index load), ``cpu_rest_ratio`` is the same
in CPU time of the thread (a busy machine takes the processor away from either stage at random, which
wall-clock time counts). ``--batch N`` analyses N documents before geoparsing them (the pipeline does
one): the places stage then runs less often right after spaCy, with cold processor caches;
``cpu_rest_total_seconds`` (spaCy and places) shows whether the whole run gains. ``--passes N``
then geoparses the analysed documents N times more, the per-process caches (lookups, keys, memos) emptied
before each pass so every pass starts as cold as the first, and prints the least CPU time: a steadier
figure for comparing two versions of the code. Prints one JSON line.

Run: ``PYTHONPATH=src .venv/bin/python bench/places_speed.py [--passes 3] [--batch 64] [--data ../shared/data]``.
"""

from __future__ import annotations

import argparse
import importlib
import itertools
import json
import pkgutil
import time
from pathlib import Path

from sitroom import nlp
from sitroom.evaluation.data import read_csv, require
from sitroom.ingest import make_document
from sitroom.model import AnalyzedDocument
from sitroom.places import geoparse
from sitroom.places.keys import name_key

DATA_CACHE_MIN = 1000  # lru caches at least this large hold per-document data; smaller ones hold resources


def descriptions(data: Path) -> list[str]:
    """The dev descriptions that name their town (what ``sitroom eval cir`` scores)."""
    texts = []
    for row in read_csv(require(data, "cir-eyesonrussia-dev.csv")):
        town = row["town/city"].strip()
        if town and name_key(town) and name_key(town) in name_key(row["brief description"]):
            texts.append(row["brief description"])
    return texts


def clear_caches() -> None:
    """Empty the places stage's per-process data caches (not the open index, nor loaded resources)."""
    import sitroom.places

    for info in pkgutil.iter_modules(sitroom.places.__path__, "sitroom.places."):
        module = importlib.import_module(info.name)
        for value in vars(module).values():
            params = getattr(value, "cache_parameters", None)
            maxsize = params().get("maxsize") if params else None
            if (maxsize is not None and maxsize >= DATA_CACHE_MIN) or hasattr(value, "memo_clear"):
                getattr(value, "memo_clear", getattr(value, "cache_clear", None))()
    from sitroom.places.gazetteer import gazetteer

    getattr(gazetteer(), "exact_memo", {}).clear()


def interleaved(
    texts: list[str], batch: int = 1
) -> tuple[list[AnalyzedDocument], list[tuple[float, float]], list[tuple[float, float]]]:
    """Analyse ``batch`` documents, then geoparse them, and so on; per-document (wall, CPU) seconds of each
    (spaCy's time for a batch is put on its first document)."""
    analysed = nlp.analyze((make_document(text, lang="en"), "en") for text in texts)
    docs, spacy, places = [], [], []
    while True:
        start, cpu = time.perf_counter(), time.thread_time()
        chunk = list(itertools.islice(analysed, 1 if not docs else batch))  # the first document alone: loads
        if not chunk:
            break
        spent = (time.perf_counter() - start, time.thread_time() - cpu)
        spacy += [spent] + [(0.0, 0.0)] * (len(chunk) - 1)
        for adoc in chunk:
            start, cpu = time.perf_counter(), time.thread_time()
            geoparse(adoc)
            places.append((time.perf_counter() - start, time.thread_time() - cpu))
            docs.append(adoc)
    return docs, spacy, places


def _total(times: list[tuple[float, float]], which: int) -> float:
    return sum(t[which] for t in times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=Path("../shared/data"))
    parser.add_argument("--passes", type=int, default=0)
    parser.add_argument("--batch", type=int, default=1, help="documents analysed before the places stage runs")
    args = parser.parse_args()
    docs, spacy, places = interleaved(descriptions(args.data), args.batch)
    result = {
        "documents": len(docs),
        "batch": args.batch,
        "spacy_seconds": round(_total(spacy, 0), 3),
        "places_seconds": round(_total(places, 0), 3),
        "rest_ratio": round(_total(places[1:], 0) / _total(spacy[1:], 0), 4),
        "cpu_rest_ratio": round(_total(places[1:], 1) / _total(spacy[1:], 1), 4),
        "cpu_rest_total_seconds": round(_total(places[1:], 1) + _total(spacy[1:], 1), 3),
    }
    if args.passes:
        times = []
        for _ in range(args.passes):
            clear_caches()
            geoparse(docs[0])  # as in the first run, the first document is left out
            start = time.thread_time()
            for adoc in docs[1:]:
                geoparse(adoc)
            times.append(time.thread_time() - start)
        result["places_pass_cpu_seconds"] = [round(t, 3) for t in times]
        result["places_best_pass_cpu_seconds"] = round(min(times), 3)
    print(json.dumps(result))


if __name__ == "__main__":
    main()
