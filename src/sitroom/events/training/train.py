"""Fit the events sentence classifier: multinomial logistic regression (numpy) on USE embeddings.

Run ``python -m sitroom.events.training.train``. It reads the hand-written ``examples_<lang>.tsv``
files next to this script (label<TAB>sentence, labels are ontology class keys or ``none``), reports
a k-fold accuracy, then fits on everything and writes ``resources/common/events_classifier.npz``.
Training never reads evaluation data.
"""

from __future__ import annotations

import argparse
import csv
from pathlib import Path

import numpy as np

from sitroom.events.embedding import CLASSIFIER_PATH, encoder, softmax

HERE = Path(__file__).resolve().parent


def read_examples(folder: Path = HERE) -> tuple[list[str], list[str]]:
    """Labels and sentences of every ``examples_*.tsv`` in ``folder``."""
    labels: list[str] = []
    sentences: list[str] = []
    for path in sorted(folder.glob("examples_*.tsv")):
        with path.open(encoding="utf-8") as handle:
            for row in csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE):
                if len(row) == 2 and row[1].strip():
                    labels.append(row[0])
                    sentences.append(row[1].strip())
    return labels, sentences


def fit(
    x: np.ndarray, y: np.ndarray, classes: int, l2: float, epochs: int, rate: float
) -> tuple[np.ndarray, np.ndarray]:
    """Full-batch gradient descent on the L2-regularised cross-entropy (deterministic)."""
    weights = np.zeros((x.shape[1], classes), dtype=np.float64)
    bias = np.zeros(classes, dtype=np.float64)
    onehot = np.eye(classes)[y]
    for _ in range(epochs):
        error = (softmax(x @ weights + bias) - onehot) / len(x)
        weights -= rate * (x.T @ error + l2 * weights)
        bias -= rate * error.sum(axis=0)
    return weights, bias


def cross_validate(x: np.ndarray, y: np.ndarray, classes: int, folds: int, **params: float) -> float:
    """Accuracy over ``folds`` interleaved folds (an honest figure on unseen hand-written sentences)."""
    correct = 0
    for fold in range(folds):
        test = np.arange(len(x)) % folds == fold
        weights, bias = fit(x[~test], y[~test], classes, **params)  # type: ignore[arg-type]
        correct += int(((x[test] @ weights + bias).argmax(axis=1) == y[test]).sum())
    return correct / len(x)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--l2", type=float, default=1e-4)
    parser.add_argument("--epochs", type=int, default=800)
    parser.add_argument("--rate", type=float, default=20.0)
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--output", type=Path, default=CLASSIFIER_PATH)
    args = parser.parse_args()
    labels, sentences = read_examples()
    names = sorted(set(labels))
    y = np.array([names.index(label) for label in labels])
    x = encoder().encode(sentences).astype(np.float64)
    params = {"l2": args.l2, "epochs": args.epochs, "rate": args.rate}
    if args.folds > 1:
        print(f"{args.folds}-fold accuracy: {cross_validate(x, y, len(names), args.folds, **params):.3f}")
    weights, bias = fit(x, y, len(names), **params)
    print(f"training accuracy: {((x @ weights + bias).argmax(axis=1) == y).mean():.3f} on {len(x)} sentences")
    np.savez_compressed(
        args.output, weights=weights.astype(np.float32), bias=bias.astype(np.float32), labels=np.array(names)
    )
    print(f"wrote {args.output}")


if __name__ == "__main__":
    main()
