"""Locating and reading the development data (../shared/data) for evaluations."""

from __future__ import annotations

import csv
import os
from collections.abc import Iterator
from pathlib import Path


class DataMissing(FileNotFoundError):
    """The evaluation data is not on this machine."""


def default_data_dir() -> Path:
    """``$SITROOM_DATA``, else ../shared/data relative to the working directory or the checkout."""
    env = os.environ.get("SITROOM_DATA")
    if env:
        return Path(env)
    candidates = [Path.cwd() / ".." / "shared" / "data", Path(__file__).resolve().parents[4] / "shared" / "data"]
    for candidate in candidates:
        if candidate.is_dir():
            return candidate.resolve()
    return candidates[0]


def require(data_dir: Path, name: str) -> Path:
    path = data_dir / name
    if not path.exists():
        raise DataMissing(f"{path} not found: pass --data DIR pointing at the development data")
    return path


def read_csv(path: Path, delimiter: str = ",") -> Iterator[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        yield from csv.DictReader(handle, delimiter=delimiter)
