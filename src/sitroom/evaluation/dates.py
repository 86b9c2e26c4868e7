"""``sitroom eval dates``: the hand-written temporal gold file, ACLED notes and the example articles.

Gold file (``gold/dates_temporal.tsv``, written for Sitroom): one expression per line, marked
``[[...]]`` in its sentence, with the publication date it is resolved against and the expected
date and precision. ACLED notes: the date governing the note's main clause against ACLED's
event_date. Examples: the publication dates of ../shared/examples.
"""

from __future__ import annotations

import csv
import datetime as dt
import re
import sys
from collections import defaultdict
from collections.abc import Iterator
from importlib import resources
from pathlib import Path
from typing import Any

from sitroom import dates, nlp
from sitroom.evaluation.data import read_csv, require
from sitroom.ingest import make_document
from sitroom.model import AnalyzedDocument, Document, TimeExpression

_MARK = ("[[", "]]")
# Publication dates the example articles support (None: nothing in the text supports one).
EXAMPLES = {"003_483b72b96b9df30c.txt": dt.date(2023, 2, 15), "004_2e3281600c46a153.txt": None}
_PROGRESS_EVERY = 200
_NEWS_SAMPLE = 150
_FULL_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def gold_rows() -> Iterator[dict[str, str]]:
    path = resources.files("sitroom.evaluation").joinpath("gold/dates_temporal.tsv")
    with resources.as_file(path) as file, file.open(encoding="utf-8", newline="") as handle:
        yield from csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)


def unmark(text: str) -> tuple[str, int, int]:
    """The sentence without its ``[[ ]]`` marks, and the marked span's offsets."""
    start = text.index(_MARK[0])
    end = text.index(_MARK[1]) - len(_MARK[0])
    return text.replace(_MARK[0], "", 1).replace(_MARK[1], "", 1), start, end


def _analyse(documents: list[Document]) -> list[AnalyzedDocument]:
    return list(nlp.analyze([(document, document.lang or "en") for document in documents]))


def _overlapping(expressions: list[TimeExpression], start: int, end: int) -> TimeExpression | None:
    best = max(expressions, key=lambda e: min(e.end, end) - max(e.start, start), default=None)
    return best if best is not None and min(best.end, end) > max(best.start, start) else None


def evaluate_gold(limit: int | None = None) -> dict[str, Any]:
    """Resolved value and precision exact on the gold file, overall and per language."""
    rows = list(gold_rows())[:limit]
    spans, documents = [], []
    for index, row in enumerate(rows):
        text, start, end = unmark(row["text"])
        spans.append((start, end))
        documents.append(Document(doc_id=f"gold-{index}", text=text, date=row["doc_date"], lang=row["lang"]))
    value_ok: dict[str, list[bool]] = defaultdict(list)
    precision_ok: list[bool] = []
    for row, (start, end), adoc in zip(rows, spans, _analyse(documents), strict=True):
        found = _overlapping(dates.resolve(adoc).expressions, start, end)
        value = found.value if found else None
        value_ok[row["lang"]].append(value is not None and value.value.isoformat() == row["expected"])
        precision_ok.append(value is not None and value.precision == int(row["precision"]))
    every = [ok for oks in value_ok.values() for ok in oks]
    result: dict[str, Any] = {
        "gold_n": len(every),
        "gold_value_exact": round(sum(every) / max(len(every), 1), 4),
        "gold_precision_exact": round(sum(precision_ok) / max(len(precision_ok), 1), 4),
    }
    for lang, oks in sorted(value_ok.items()):
        result[f"gold_value_exact_{lang}"] = round(sum(oks) / len(oks), 4)
    return result


def main_clause_offset(adoc: AnalyzedDocument) -> int:
    """Where an event trigger of the first sentence sits: its syntactic root, else its start."""
    if adoc.parse is not None:
        return next(adoc.parse.sents).root.idx
    return adoc.sentences[0].start if adoc.sentences else 0


def evaluate_acled(data_dir: Path, limit: int | None = None) -> dict[str, Any]:
    """Event date and time precision exact on ACLED notes (the notes carry no publication date)."""
    rows = list(read_csv(require(data_dir, "acled-ukraine-dev.csv")))[:limit]
    date_ok = precision_ok = 0
    for index in range(0, len(rows), _PROGRESS_EVERY):
        batch = rows[index : index + _PROGRESS_EVERY]
        documents = [make_document(row["notes"], doc_id=row["id"], lang="en") for row in batch]
        for row, adoc in zip(batch, _analyse(documents), strict=True):
            found = dates.resolve(adoc).date_for(main_clause_offset(adoc))
            gold = dt.datetime.strptime(row["event_date"][:10], "%d/%m/%Y").date()
            date_ok += found is not None and found.value == gold
            precision_ok += found is not None and str(found.precision) == row["time_precision"]
        print(f"acled notes: {min(index + _PROGRESS_EVERY, len(rows))}/{len(rows)}", file=sys.stderr)
    return {
        "acled_n": len(rows),
        "acled_event_date_exact": round(date_ok / max(len(rows), 1), 4),
        "acled_time_precision_exact": round(precision_ok / max(len(rows), 1), 4),
    }


def evaluate_examples(examples_dir: Path) -> dict[str, Any]:
    """Publication dates of the example articles: within a day of the expected one, or null when unsupported."""
    result: dict[str, Any] = {}
    for name, expected in EXAMPLES.items():
        path = examples_dir / name
        if not path.exists():
            continue
        adoc = _analyse([make_document(path.read_text(encoding="utf-8"), lang="fr")])[0]
        found = dates.resolve(adoc).doc_date
        key = name.split("_")[0]
        result[f"example_{key}_doc_date"] = found.value.isoformat() if found else None
        if expected is None or found is None:
            result[f"example_{key}_ok"] = expected is None and found is None
        else:
            result[f"example_{key}_ok"] = abs((found.value - expected).days) <= 1
    return result


def _news_sample(news_dir: Path, size: int) -> list[dict[str, str]]:
    csv.field_size_limit(1 << 26)
    rows: list[dict[str, str]] = []
    for path in sorted((news_dir / "en-ukraine-media-2022").glob("*.csv")):
        with path.open(encoding="utf-8", newline="") as handle:
            rows += [row for row in csv.DictReader(handle) if row.get("Text") and _FULL_DATE.match(row.get("Date", ""))]
    return rows[:: max(1, len(rows) // size)][:size]


def evaluate_news(news_dir: Path, size: int = _NEWS_SAMPLE) -> dict[str, Any]:
    """Publication dates inferred with the metadata hidden (none, or only ``YYYY-MM``) on real news.

    Share of documents given a date, and of those within a day of the true one.
    """
    rows = _news_sample(news_dir, size)
    result: dict[str, Any] = {"news_n": len(rows)}
    for mode in ("none", "month"):
        documents = [
            make_document(row["Text"], lang="en", date=row["Date"][:7] if mode == "month" else None) for row in rows
        ]
        dated = close = 0
        for row, adoc in zip(rows, _analyse(documents), strict=True):
            found = dates.resolve(adoc).doc_date
            dated += found is not None
            close += found is not None and abs((found.value - dt.date.fromisoformat(row["Date"][:10])).days) <= 1
        result[f"news_{mode}_dated"] = round(dated / max(len(rows), 1), 4)
        result[f"news_{mode}_within_1_day_of_dated"] = round(close / max(dated, 1), 4)
        print(f"news, metadata {mode}: done", file=sys.stderr)
    return result


def evaluate(data_dir: Path, limit: int | None = None) -> dict[str, Any]:
    """Gold file, ACLED notes (when the dev data is present) and example articles, as one flat dict."""
    result = evaluate_gold(limit)
    if (data_dir / "acled-ukraine-dev.csv").exists():
        result |= evaluate_acled(data_dir, limit)
    result |= evaluate_examples(data_dir.parent / "examples")
    if (data_dir.parent / "news" / "en-ukraine-media-2022").is_dir():
        result |= evaluate_news(data_dir.parent / "news", min(limit or _NEWS_SAMPLE, _NEWS_SAMPLE))
    return result
