"""The ``sitroom`` command line: a thin roof over the pipeline, the store, the API and the exports.

Exit codes: 0 when every document was processed, 1 when some failed (each reported on stderr as
one JSON line ``{"doc_id", "error", "detail"}``), 2 on bad usage.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any, TextIO

import typer
from rich.console import Console
from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

from sitroom.evaluation import EVALUATIONS
from sitroom.model import DocumentError

app = typer.Typer(
    help="Sitroom: conflict news in, a geocoded, dated, source-attributed event database out.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
stderr = Console(stderr=True)


class ExtractFormat(StrEnum):
    jsonl = "jsonl"
    csv = "csv"
    geojson = "geojson"
    acled = "acled"
    plover = "plover"


PathsArg = Annotated[
    list[str] | None,
    typer.Argument(help="Files or folders (.txt, .html, .jsonl, RSS/Atom); '-' or nothing reads stdin."),
]
DbOption = Annotated[str, typer.Option("--db", help="SQLite file or SQLAlchemy URL (postgresql+psycopg://…).")]
OutOption = Annotated[Path | None, typer.Option("--output", "-o", help="Write here instead of stdout.")]


def database_url(db: str) -> str:
    """A SQLAlchemy URL from ``--db``: URLs pass through, anything else is a SQLite file path."""
    return db if "://" in db else f"sqlite:///{Path(db).expanduser().resolve()}"


class ErrorLog:
    """Reports per-document errors as JSON lines on stderr and remembers whether any occurred."""

    def __init__(self) -> None:
        self.count = 0

    def report(self, error: DocumentError) -> None:
        self.count += 1
        stderr.print(json.dumps(error.to_dict(), ensure_ascii=False), markup=False, highlight=False, soft_wrap=True)

    def passing(self, items: Iterable[Any]) -> Iterator[Any]:
        """The items that are not errors; errors are reported on the way."""
        for item in items:
            if isinstance(item, DocumentError):
                self.report(item)
            else:
                yield item

    @property
    def exit_code(self) -> int:
        return 1 if self.count else 0


@contextmanager
def progress(label: str) -> Iterator[Any]:
    """A live counter on stderr when it is a terminal; silent (machine-readable stderr) otherwise."""
    if not stderr.is_terminal:
        yield lambda: None
        return
    with Progress(
        SpinnerColumn(),
        TextColumn("{task.description} {task.completed} documents"),
        TimeElapsedColumn(),
        console=stderr,
        transient=True,
    ) as bar:
        task = bar.add_task(label, total=None)
        yield lambda: bar.advance(task)


@contextmanager
def output(path: Path | None) -> Iterator[TextIO]:
    if path is None:
        yield sys.stdout
    else:
        with path.open("w", encoding="utf-8", newline="") as handle:
            yield handle


def _documents(paths: list[str] | None) -> Iterator[Any]:
    from sitroom.ingest import read_paths

    return read_paths(paths or ["-"])


def _counted(items: Iterable[Any], tick: Any) -> Iterator[Any]:
    for item in items:
        tick()
        yield item


@app.command()
def extract(
    paths: PathsArg = None,
    fmt: Annotated[ExtractFormat, typer.Option("--format", "-f", help="Output format.")] = ExtractFormat.jsonl,
    out: OutOption = None,
) -> None:
    """Extract events from documents (no database needed); one JSON line per event by default."""
    from sitroom import export, pipeline

    errors = ErrorLog()
    with progress("extracting") as tick, output(out) as handle:
        results = errors.passing(_counted(pipeline.process(_documents(paths)), tick))
        records = (event.to_dict() for result in results for event in result.events)
        export.write(records, fmt.value, handle)
    raise typer.Exit(errors.exit_code)


@app.command()
def geoparse(paths: PathsArg = None, out: OutOption = None) -> None:
    """Find and resolve the places each document names; one JSON line per document."""
    from sitroom import pipeline

    errors = ErrorLog()
    with progress("geoparsing") as tick, output(out) as handle:
        for record in errors.passing(_counted(pipeline.geoparse(_documents(paths)), tick)):
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    raise typer.Exit(errors.exit_code)


@app.command()
def ingest(paths: PathsArg = None, db: DbOption = "sitroom.db") -> None:
    """Extract events from documents and store them; re-ingesting a document changes nothing."""
    from sitroom import pipeline
    from sitroom.store import Store

    errors = ErrorLog()
    store = Store(database_url(db))

    def reported(items: Iterable[Any]) -> Iterator[Any]:
        for item in items:
            if isinstance(item, DocumentError):
                errors.report(item)
            yield item  # errors are stored too: nothing is silently dropped

    with progress("ingesting") as tick:
        report = store.add(reported(_counted(pipeline.process(_documents(paths)), tick)))
    stderr.print(f"[bold]{db}[/]: {report}", highlight=False)
    raise typer.Exit(errors.exit_code)


@app.command("export")
def export_command(
    db: DbOption = "sitroom.db",
    fmt: Annotated[ExtractFormat, typer.Option("--format", "-f", help="Output format.")] = ExtractFormat.jsonl,
    out: OutOption = None,
) -> None:
    """Write every stored event in one of the export formats."""
    from sitroom import export
    from sitroom.store import Store

    with output(out) as handle:
        export.write(Store(database_url(db)).iter_events(), fmt.value, handle)


@app.command()
def report(
    out: Annotated[Path, typer.Option("--output", "-o", help="HTML file to write.")],
    db: DbOption = "sitroom.db",
    date_from: Annotated[str | None, typer.Option("--from", help="First event date (YYYY-MM-DD).")] = None,
    date_to: Annotated[str | None, typer.Option("--to", help="Last event date (YYYY-MM-DD).")] = None,
    region: Annotated[str | None, typer.Option(help="Admin1 name (Donetsk) or ISO country code (UA).")] = None,
    png: Annotated[Path | None, typer.Option(help="Also write a PNG chart of events per day by family.")] = None,
    top: Annotated[int, typer.Option(min=0, help="How many top events to detail.")] = 20,
) -> None:
    """Write a self-contained HTML situation report: map, timeline, top events with evidence."""
    from sitroom.export.report import build_report, write_png
    from sitroom.store import Store

    store = Store(database_url(db))
    try:
        html = build_report(store, date_from, date_to, region, top)
    except ValueError as exc:
        raise typer.BadParameter(str(exc), param_hint="'--from' / '--to'") from exc
    out.write_text(html, encoding="utf-8")
    if png is not None:
        write_png(store, date_from, date_to, region, png)
    stderr.print(f"Report written to {out}" + (f", chart to {png}" if png else ""), highlight=False)


@app.command()
def serve(
    db: DbOption = "sitroom.db",
    host: Annotated[str, typer.Option(help="Interface to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 8000,
) -> None:
    """Serve the REST API (OpenAPI at /docs) and the map at http://HOST:PORT/."""
    import uvicorn

    from sitroom.api import create_app

    stderr.print(f"Sitroom on http://{host}:{port}/ (API docs at /docs), database {db}")
    uvicorn.run(create_app(database_url(db)), host=host, port=port, log_level="warning")


@app.command("eval")
def evaluate(
    name: Annotated[str, typer.Argument(help="Which evaluation: " + ", ".join(sorted(EVALUATIONS)))],
    data: Annotated[Path | None, typer.Option(help="Development data folder (default ../shared/data).")] = None,
    limit: Annotated[int | None, typer.Option(help="Evaluate on the first N items only.")] = None,
) -> None:
    """Measure accuracy on development data and print one JSON line of metrics."""
    from sitroom import evaluation
    from sitroom.evaluation.data import DataMissing, default_data_dir

    if name not in EVALUATIONS:
        stderr.print(f"unknown evaluation {name!r}; choose from {', '.join(sorted(EVALUATIONS))}")
        raise typer.Exit(2)
    try:
        metrics = evaluation.get(name)(data or default_data_dir(), limit)
    except DataMissing as exc:
        stderr.print(str(exc), markup=False)
        raise typer.Exit(2) from exc
    print(json.dumps({"evaluation": name, **metrics}, ensure_ascii=False))
