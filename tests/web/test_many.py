"""A store larger than a list page: the map clusters every event at once, the list pages through them."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest

from sitroom.store.synthetic import synthetic_documents

from .conftest import filled_store, serving

pytestmark = [pytest.mark.browser, pytest.mark.slow]
playwright = pytest.importorskip("playwright.sync_api", reason="run `bash .ci/install-browser.sh`")
expect, PlaywrightTimeout = playwright.expect, playwright.TimeoutError
CLICK_ATTEMPTS = 3

# Every event on the map is either a marker on screen or counted in a cluster badge.
ON_MAP = """() => [...document.querySelectorAll('.event-cluster .count')]
  .reduce((sum, badge) => sum + Number(badge.textContent), document.querySelectorAll('.event-marker').length)"""


@pytest.fixture(scope="module")
def many(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, int]]:
    docs = list(synthetic_documents(600, seed=3))
    with serving(filled_store(tmp_path_factory, docs)) as base:
        yield base, sum(len(doc.events) for doc in docs)


def test_map_holds_every_event_while_the_list_pages(page: Any, many: tuple[str, int]) -> None:
    base, count = many
    assert count > 1000
    page.goto(f"{base}/?tiles=none")
    page.wait_for_function("() => window.__sitroomReady > 0")
    assert page.evaluate(ON_MAP) == count
    items = page.locator("#events li.event")
    expect(items).to_have_count(500)
    assert f"{count} events (showing 500)" in page.text_content("#status")
    page.click("#more")
    expect(items).to_have_count(1000)
    assert page.evaluate(ON_MAP) == count


def test_a_marker_inside_a_big_store_opens_its_detail(page: Any, many: tuple[str, int]) -> None:
    base, _ = many
    point = page.request.get(f"{base}/api/points?limit=1").json()["features"][0]
    lon, lat = point["geometry"]["coordinates"]
    page.goto(f"{base}/?tiles=none&map=18/{lat}/{lon}")
    page.wait_for_function("() => window.__sitroomReady > 0")
    marker = page.locator(".event-marker").first
    title = marker.get_attribute("title")
    opened = re.compile(r"[?&]event=syn-")
    for _ in range(CLICK_ATTEMPTS):  # on a loaded machine a click can land while the clusters re-render
        marker.click()
        try:
            page.wait_for_url(opened, timeout=3000)
            break
        except PlaywrightTimeout:
            continue
    expect(page).to_have_url(opened)
    record = page.request.get(f"{base}/api/events/{parse_qs(urlsplit(page.url).query)['event'][0]}").json()
    assert f"{record['location']['name']}, {record['event_date']}" in title
    page.locator("#detail mark").wait_for()
    assert page.locator("#detail mark").text_content() == record["evidence"]["text"]
