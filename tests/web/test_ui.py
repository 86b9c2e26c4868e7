"""The web UI in headless chromium against a real server: map, filters, brush, detail, safety."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, quote, urlsplit

import pytest

from sitroom.store import Store

from .conftest import filled_store, processed, serving

pytestmark = [pytest.mark.browser, pytest.mark.slow]
expect = pytest.importorskip("playwright.sync_api", reason="run `bash .ci/install-browser.sh`").expect

ALL_EVENTS = 8
OFFLINE = "tiles=none"


def query(page: Any) -> dict[str, list[str]]:
    return parse_qs(urlsplit(page.url).query)


def load(page: Any, server: str, search: str = OFFLINE, expected: int = ALL_EVENTS) -> None:
    """Open the page and wait until its first view is painted: list, map layer, timeline and fit."""
    page.goto(f"{server}/?{search}")
    page.locator("#events li.event").nth(expected - 1).wait_for()
    page.wait_for_function("() => window.__sitroomReady > 0")


def listed(page: Any) -> list[str]:
    return page.locator("#events li.event").evaluate_all("items => items.map(item => item.dataset.eventId)")


def wait_listed(page: Any, count: int) -> None:
    expect(page.locator("#events li.event")).to_have_count(count)


def test_map_without_tiles_shows_markers_timeline_and_list(page: Any, server: str, specs: Any, artifacts: Path) -> None:
    # The default tile server is unreachable here: the map must fall back to its offline background.
    page.goto(server)
    page.locator("#map.offline").wait_for()
    wait_listed(page, ALL_EVENTS)
    page.locator(".event-marker").first.wait_for()
    assert page.locator(".event-marker").count() + page.locator(".event-cluster").count() >= 1
    # The list, the map layer, the timeline and the status render in turn: each check waits for its own part.
    expect(page.locator("#timeline rect[fill]")).to_have_count(ALL_EVENTS)
    expect(page.locator("#status")).to_contain_text("8 events")
    assert listed(page) == [spec.event_id for spec in sorted(specs.values(), key=lambda spec: spec.date, reverse=True)]
    assert re.fullmatch(r"\d+/-?[\d.]+/-?[\d.]+", query(page)["map"][0])
    page.screenshot(path=str(artifacts / "map.png"))


def test_date_and_family_filters_update_list_url_and_history(page: Any, server: str) -> None:
    load(page, server)
    page.fill("input[name=from]", "2023-05-03")
    page.fill("input[name=to]", "2023-05-16")
    wait_listed(page, 4)
    page.check("input[name=family][value=battle]")
    wait_listed(page, 2)
    assert sorted(listed(page)) == ["evt-bakhmut", "evt-kharkiv"]
    params = query(page)
    assert params["from"] == ["2023-05-03"]
    assert params["to"] == ["2023-05-16"]
    assert params["family"] == ["battle"]
    expect(page.locator(".event-marker")).to_have_count(2)
    page.go_back()
    wait_listed(page, 4)
    assert not page.is_checked("input[name=family][value=battle]")
    page.go_forward()
    wait_listed(page, 2)
    assert page.is_checked("input[name=family][value=battle]")


def test_filter_changed_before_the_first_view_lands_still_fits_the_map(page: Any, server: str) -> None:
    # Hold the first timeline answer so the first view is still loading when the filter changes.
    held: list[Any] = []

    def hold_first(route: Any) -> None:
        if held:
            route.continue_()
        else:
            held.append(route)

    page.route("**/api/stats*", hold_first)
    page.goto(f"{server}/?{OFFLINE}")
    wait_listed(page, ALL_EVENTS)
    page.fill("input[name=from]", "2023-05-03")
    page.fill("input[name=to]", "2023-05-16")
    wait_listed(page, 4)
    held[0].continue_()
    page.wait_for_function("() => window.__sitroomReady > 0")
    # Fitted to the four events they stand apart; at the default world view they would cluster.
    expect(page.locator(".event-marker")).to_have_count(4)
    assert int(query(page)["map"][0].split("/")[0]) > 2


def test_permalink_restores_filters(page: Any, server: str) -> None:
    load(page, server, f"{OFFLINE}&family=remote_violence&q=missiles", expected=1)
    assert listed(page) == ["evt-kyiv"]
    assert page.input_value("input[name=q]") == "missiles"
    assert page.is_checked("input[name=family][value=remote_violence]")


def test_download_links_follow_the_filters(page: Any, server: str) -> None:
    load(page, server, f"{OFFLINE}&family=battle&actor=russia", expected=2)
    assert page.input_value("input[name=actor]") == "russia"
    for link, marker in (("#export-csv", "evt-"), ("#export-acled", "Battles"), ("#export-geojson", "evt-")):
        response = page.request.get(server + page.get_attribute(link, "href"))
        assert response.ok
        body = response.text()
        assert body.count(marker) >= 2
        assert "evt-kyiv" not in body
    page.fill("input[name=actor]", "nobody")
    wait_listed(page, 0)
    assert query(page)["actor"] == ["nobody"]


def test_timeline_brush_selects_a_date_range(page: Any, server: str) -> None:
    load(page, server)
    box = page.locator("#timeline svg").bounding_box()
    y = box["y"] + box["height"] / 3
    page.mouse.move(box["x"] + 2, y)
    page.mouse.down()
    page.mouse.move(box["x"] + box["width"] * 0.3, y, steps=5)
    page.mouse.up()
    expect(page).to_have_url(re.compile(r"[?&]to=\d{4}-\d{2}-\d{2}"))
    params = query(page)
    assert params["from"] == ["2023-05-02"]
    assert params["from"][0] <= params["to"][0] < "2023-05-09"
    assert page.input_value("input[name=to]") == params["to"][0]
    wait_listed(page, 2 if params["to"][0] >= "2023-05-04" else 1)
    page.click("#clear-range")
    wait_listed(page, ALL_EVENTS)


def test_marker_click_opens_detail_with_evidence_highlighted(
    page: Any, server: str, specs: Any, artifacts: Path
) -> None:
    load(page, server)
    bakhmut = specs["bakhmut"]
    page.locator(".event-marker[title*=Bakhmut]").click()
    detail = page.locator("#detail")
    detail.locator("mark").wait_for()
    assert detail.locator("mark").text_content() == bakhmut.sentence
    paragraph = detail.locator(".paragraph").text_content()
    assert paragraph.startswith("Earlier reports were confused. ")
    assert paragraph.endswith("Rescue teams arrived later.")
    text = detail.text_content()
    for expected in (
        "Armed clash",
        "2023-05-09",
        "Bakhmut, Donetsk, UA",
        "14",
        "could not be independently verified",
        "Military Forces of Russia",
        "news.example.org",
        "Mentions (1)",
    ):
        assert expected in text
    assert detail.locator("a[href='https://news.example.org/report']").count() == 1
    assert query(page)["event"] == ["evt-bakhmut"]
    expect(page.locator(".event-marker .dot.selected")).to_have_count(1)
    page.screenshot(path=str(artifacts / "detail.png"))
    detail.locator("button.fulltext").click()
    expect(detail.locator(".article")).to_contain_text("Officials said further information would follow.")
    assert detail.locator(".article mark").text_content() == bakhmut.sentence
    detail.locator("button.fulltext").click()
    expect(detail.locator(".article")).to_have_count(0)


def test_keyboard_opens_and_closes_detail(page: Any, server: str, specs: Any) -> None:
    load(page, server)
    item = page.locator("#events li[data-event-id=evt-kyiv]")
    item.focus()
    expect(page.locator(".event-marker.hovered")).to_have_attribute("title", re.compile("Kyiv"))
    page.keyboard.press("Enter")
    page.locator("#detail mark").wait_for()
    assert "Kyiv city military administration" in page.text_content("#detail")
    assert "claimed" in page.text_content("#detail")
    page.keyboard.press("Escape")
    assert page.locator("#detail").is_hidden()
    assert "event" not in query(page)
    assert page.evaluate("document.activeElement.dataset.eventId") == "evt-kyiv"
    page.locator(".event-marker[title*=Kharkiv]").focus()
    page.keyboard.press("Enter")
    expect(page.locator("#detail h2")).to_have_text("Armed clash")
    page.keyboard.press("Escape")
    for _ in range(3):  # back past "close Kharkiv", "open Kharkiv", "close Kyiv": Kyiv open again
        page.go_back()
    page.locator("#detail mark").wait_for()
    assert page.locator("#detail mark").text_content() == specs["kyiv"].sentence


def test_untrusted_text_renders_as_text(
    page: Any, server: str, specs: Any, artifacts: Path, xss_payloads: tuple[str, str]
) -> None:
    xss = specs["xss"]
    script, _ = xss_payloads
    load(page, f"{server}", f"{OFFLINE}&event={xss.event_id}")
    detail = page.locator("#detail")
    detail.locator("mark").wait_for()
    assert detail.locator("mark").text_content() == xss.sentence
    assert page.get_by_text(script).first.is_visible()
    assert page.get_by_text(xss.title).is_visible()
    assert detail.locator("script, img").count() == 0
    assert page.locator("#events script, #events img").count() == 0
    assert detail.locator("a").count() == 0  # a javascript: URL is shown, never linked
    assert xss.url in detail.text_content()
    page.screenshot(path=str(artifacts / "untrusted.png"))
    page.keyboard.press("Escape")
    assert script in page.locator("#events li[data-event-id=evt-xss]").text_content()
    assert page.evaluate("typeof window.__pwned") == "undefined"


def test_unknown_event_in_a_permalink_reports_an_error(page: Any, server: str) -> None:
    load(page, server, f"{OFFLINE}&event=evt-missing")
    expect(page.locator("#detail .error")).to_contain_text("not_found")
    page.keyboard.press("Escape")
    assert page.locator("#detail").is_hidden()


def test_phone_width_is_usable(phone: Any, server: str, artifacts: Path) -> None:
    load(phone, server)
    assert phone.evaluate("document.documentElement.scrollWidth") <= 390
    assert phone.locator("#filters").is_hidden()
    phone.click("#toggle-filters")
    assert phone.locator("#filters").is_visible()
    phone.click("#toggle-filters")
    phone.screenshot(path=str(artifacts / "phone.png"))
    phone.locator("#events li[data-event-id=evt-odesa]").click()
    phone.locator("#detail mark").wait_for()
    assert "eleven drones (11 drone)" in phone.text_content("#detail")
    box = phone.locator("#detail").bounding_box()
    assert box["width"] == 390
    phone.click("#detail .close")
    assert phone.locator("#detail").is_hidden()


def test_only_events_in_map_view_follow_the_map(page: Any, server: str) -> None:
    load(page, server, f"{OFFLINE}&map=9/48.59/38.0&inview=1", expected=1)
    assert listed(page) == ["evt-bakhmut"]
    assert page.is_checked("input[name=inview]")
    for zoom in (8, 7):  # one step at a time: Leaflet ignores a zoom click during the zoom animation
        page.click(".leaflet-control-zoom-out")
        expect(page).to_have_url(re.compile(f"map={zoom}(%2F|/)"))
    wait_listed(page, 3)
    assert sorted(listed(page)) == ["evt-bakhmut", "evt-kharkiv", "evt-xss"]
    page.uncheck("input[name=inview]")
    wait_listed(page, ALL_EVENTS)


@pytest.mark.parametrize("how", ["config", "query"])
def test_configured_tile_server_is_used(page: Any, server: str, how: str) -> None:
    template = "http://tiles.test/{z}/{x}/{y}.png"
    tile = bytes.fromhex(
        "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
        "1f15c4890000000d49444154789c63f8cfc0f01f0005000201e0bf7e2a0000000049454e44ae426082"
    )
    requested: list[str] = []

    def serve(route: Any) -> None:
        requested.append(route.request.url)
        route.fulfill(status=200, content_type="image/png", body=tile)

    page.route("http://tiles.test/**", serve)
    if how == "config":
        page.add_init_script(f"window.SITROOM_TILES = '{template}';")
        page.goto(server)
    else:
        page.goto(f"{server}/?tiles={quote(template)}")
    wait_listed(page, ALL_EVENTS)
    page.locator(".leaflet-tile-loaded").first.wait_for()
    assert requested
    assert page.locator("#map.offline").count() == 0


def test_open_page_picks_up_newly_stored_events(
    page: Any, specs: Any, tmp_path_factory: pytest.TempPathFactory
) -> None:
    url = filled_store(tmp_path_factory, [processed(specs["kyiv"])])
    with serving(url) as base:
        page.add_init_script("window.SITROOM_POLL_SECONDS = 0.5;")
        load(page, base, expected=1)
        store = Store(url)
        store.add([processed(specs["lviv"])])
        store.close()
        wait_listed(page, 2)
        expect(page.locator("#status")).to_contain_text("2 events")


def test_empty_store_shows_an_empty_view(page: Any, tmp_path_factory: pytest.TempPathFactory) -> None:
    with serving(filled_store(tmp_path_factory, [])) as base:
        page.goto(f"{base}/?{OFFLINE}")
        expect(page.locator("#status")).to_have_text("0 events")
        expect(page.locator("#timeline")).to_contain_text("No dated events")
        assert page.locator("#events li").count() == 0
