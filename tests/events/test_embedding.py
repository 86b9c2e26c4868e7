"""The embedding classifier: trained weights load offline and read plain event sentences right."""

from __future__ import annotations

import pytest

from sitroom.events.classify import find_hits, resolve
from sitroom.events.embedding import classifier
from sitroom.events.lexicon import lexicon, ontology
from sitroom.events.training.train import read_examples


def test_training_sentences_cover_every_class() -> None:
    labels, sentences = read_examples()
    assert set(ontology()) | {"none"} == set(labels)
    assert len(sentences) == len(labels) >= 400


@pytest.mark.parametrize(
    ("text", "family"),
    [
        ("Enemy warplanes bombed the market of a northern town this morning.", "remote_violence"),
        ("Des centaines d'étudiants ont manifesté devant l'université.", "protest"),
        ("The ministers signed a memorandum on energy cooperation.", "diplomacy"),
        ("A landslide buried several houses after days of heavy rain.", None),
    ],
)
def test_classifier_reads_the_family(text: str, family: str | None) -> None:
    model = classifier()
    assert model is not None
    (probs,) = model.probabilities([text])
    assert sum(probs.values()) == pytest.approx(1.0, abs=1e-4)
    top = max(probs, key=probs.__getitem__)
    assert (ontology()[top].family if top in ontology() else None) == family


def test_classifier_settles_classes_the_rules_leave_standing() -> None:
    text = "Militants abducted two aid workers and looted the warehouse of the agency."
    hits = find_hits(lexicon("en"), text)
    model = classifier()
    assert model is not None
    (probs,) = model.probabilities([text])
    chosen = resolve(hits, probs)
    assert len({h.cls for h in hits}) > 1
    assert chosen[0].cls in {h.cls for h in hits}
