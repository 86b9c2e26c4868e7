"""End to end: articles we wrote go through the real extraction pipeline into the store, and the
UI shows what came out, with the evidence highlighted inside the article's own text."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from sitroom.ingest import make_document
from sitroom.model import ProcessedDocument
from sitroom.pipeline import process

from .conftest import filled_store, serving

pytestmark = [pytest.mark.browser, pytest.mark.slow]
expect = pytest.importorskip("playwright.sync_api", reason="run `bash .ci/install-browser.sh`").expect

# (language, title, a word to search for, text)
ARTICLES = (
    (
        "en",
        "Night of strikes",
        "shelled",
        "Regional authorities reported a difficult night across the east.\n\n"
        "On Tuesday, Russian forces shelled the town of Kupiansk in Kharkiv region, killing three civilians, "
        "the regional governor said. Emergency crews worked through the morning.\n\n"
        "Further north, air defence units shot down four drones over Sumy, officials said.",
    ),
    (
        "fr",
        "Nuit de frappes",
        "bombardé",
        "Les autorités régionales ont décrit une nuit difficile dans l'est du pays.\n\n"
        "Mardi, l'armée russe a bombardé la ville de Koupiansk, dans la région de Kharkiv, tuant deux civils, "
        "selon le gouverneur régional.\n\nLes secours ont travaillé toute la matinée.",
    ),
)


@pytest.fixture(scope="module")
def pipeline_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    documents = [
        make_document(
            text, title=title, date="2023-05-10", lang=lang, source="example.org", url=f"https://example.org/{lang}"
        )
        for lang, title, _, text in ARTICLES
    ]
    results = [result for result in process(documents) if isinstance(result, ProcessedDocument)]
    assert len(results) == len(ARTICLES)
    assert all(result.events for result in results), "the pipeline found no event in a test article"
    with serving(filled_store(tmp_path_factory, results)) as base:
        yield base


@pytest.mark.parametrize(("lang", "title", "word", "text"), ARTICLES, ids=[article[0] for article in ARTICLES])
def test_pipeline_events_show_on_map_list_and_detail(
    page: Any, pipeline_server: str, lang: str, title: str, word: str, text: str
) -> None:
    page.goto(f"{pipeline_server}/?tiles=none&q={word}")
    page.locator("#events li.event").first.wait_for()
    markers = page.locator(".event-marker, .event-cluster")
    markers.first.wait_for()  # the list and the map layer render in turn: wait for the map, not just the list
    assert markers.count() >= 1
    page.locator("#events li.event").first.click()
    mark = page.locator("#detail .paragraph mark")
    mark.wait_for()
    highlighted = mark.text_content().strip()
    assert highlighted and highlighted in text
    assert page.locator("#detail .paragraph").text_content().strip() in text
    expect(page.locator("#detail")).to_contain_text(title)
    expect(page.locator("#detail .document")).to_contain_text(lang)
