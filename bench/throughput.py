"""Throughput of the extraction pipeline against the bare spaCy pipeline on the same documents.

Reads real articles from ../shared/news (English CSV and Ukrainian CSV) when present, else the
bundled samples, and prints one JSON line: words/second of spaCy alone, of the whole pipeline, and
the share of time each stage after spaCy takes. Run: ``make bench`` or
``.venv/bin/python bench/throughput.py --docs 200``.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
import time
from collections.abc import Iterator
from pathlib import Path

from sitroom import dates, events, language, nlp, places
from sitroom.ingest import make_document, read_paths
from sitroom.model import Document

ROOT = Path(__file__).resolve().parents[1]
NEWS = ROOT.parent / "shared" / "news"


def news_documents(limit: int) -> Iterator[Document]:
    """Full English articles of ../shared/news (never copied into the project)."""
    csv.field_size_limit(sys.maxsize)
    count = 0
    for path in sorted((NEWS / "en-ukraine-media-2022").glob("*.csv")):
        with path.open(encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle):
                text = (row.get("Text") or "").strip()
                if len(text) < 400:
                    continue
                yield make_document(text, date=(row.get("Date") or "")[:10] or None)
                count += 1
                if count >= limit:
                    return


def load(limit: int) -> list[Document]:
    if NEWS.is_dir():
        return list(news_documents(limit))
    return [item for item in read_paths([str(ROOT / "samples")]) if isinstance(item, Document)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=120, help="number of articles (default 120)")
    args = parser.parse_args()
    documents = load(args.docs)
    words = sum(len(document.text.split()) for document in documents)
    pairs = [(document, language.identify(document.text)) for document in documents]
    for lang in {lang for _, lang in pairs}:
        nlp.load_pipeline(lang)  # model loading is start-up, not throughput
    events.load_models()
    started = time.perf_counter()
    analysed = list(nlp.analyze(pairs))
    spacy_seconds = time.perf_counter() - started
    stage_seconds = {"places": 0.0, "dates": 0.0, "events": 0.0}
    event_count = 0
    for adoc in analysed:
        tick = time.perf_counter()
        mentions = places.geoparse(adoc)
        stage_seconds["places"] += time.perf_counter() - tick
        tick = time.perf_counter()
        timeline = dates.resolve(adoc)
        stage_seconds["dates"] += time.perf_counter() - tick
        tick = time.perf_counter()
        event_count += len(events.extract_events(adoc, mentions, timeline))
        stage_seconds["events"] += time.perf_counter() - tick
    total = spacy_seconds + sum(stage_seconds.values())
    print(
        json.dumps(
            {
                "documents": len(documents),
                "words": words,
                "events": event_count,
                "spacy_words_per_second": round(words / spacy_seconds),
                "pipeline_words_per_second": round(words / total),
                "pipeline_overhead_vs_spacy": round(total / spacy_seconds - 1, 3),
                **{
                    f"{stage}_share_of_spacy": round(seconds / spacy_seconds, 3)
                    for stage, seconds in stage_seconds.items()
                },
            }
        )
    )


if __name__ == "__main__":
    main()
