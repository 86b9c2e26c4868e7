"""The UI's pure functions, imported as the browser imports them (ES modules in chromium)."""

from __future__ import annotations

from typing import Any

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.slow]


@pytest.fixture
def run(page: Any, server: str) -> Any:
    """Evaluate ``body`` with ``m`` bound to the module at /static/js/<name>.js."""
    page.goto(f"{server}/?tiles=none")

    def call(name: str, body: str, arg: Any = None) -> Any:
        script = f"async (arg) => {{ const m = await import('/static/js/{name}.js'); {body} }}"
        return page.evaluate(script, arg)

    return call


def test_state_round_trips_through_the_query_string(run: Any) -> None:
    search = "?from=2023-05-01&to=2023-05-31&family=battle&family=riot&q=Bakhmut&actor=wagner&event=e1&map=7/48.5/37.9"
    state = run("state", "return m.parseState(arg);", search)
    assert state["families"] == ["battle", "riot"]
    assert state["view"] == {"zoom": 7, "lat": 48.5, "lon": 37.9}
    again = run("state", "return m.parseState(m.toSearch(m.parseState(arg)));", search)
    assert again == state


def test_state_drops_malformed_values(run: Any) -> None:
    state = run("state", "return m.parseState(arg);", "?from=yesterday&family=bogus&family=aid&map=a/b/c")
    assert state["from"] == ""
    assert state["families"] == ["aid"]
    assert state["view"] is None


def test_api_filters_only_send_bbox_when_following_the_map(run: Any) -> None:
    body = (
        "const s = m.parseState(arg); return [m.apiFilters(s, {bbox: '1,2,3,4'}).toString(), "
        "m.apiFilters(s, {withDates: false, bbox: '1,2,3,4'}).toString()];"
    )
    with_bbox, without_dates = run("state", body, "?from=2023-01-01&inview=1&family=battle")
    assert with_bbox == "bbox=1%2C2%2C3%2C4&from=2023-01-01&family=battle"
    assert without_dates == "bbox=1%2C2%2C3%2C4&family=battle"
    assert run("state", body, "?family=battle")[0] == "family=battle"


def test_evidence_range_uses_offsets_then_falls_back_to_search(run: Any) -> None:
    body = "return arg.map(([p, e]) => m.evidenceRange(p, e));"
    paragraph = {"text": "One. Two three. Four.", "start": 100}
    cases = [
        [paragraph, {"text": "Two three.", "start": 105, "end": 115}],
        [paragraph, {"text": "Two three.", "start": 0, "end": 10}],
        [paragraph, {"text": "missing", "start": 105, "end": 112}],
    ]
    assert run("detail", body, cases) == [[5, 15], [5, 15], None]


def test_timeline_stacks_days_in_family_order(run: Any) -> None:
    rows = [
        {"date": "2023-05-02", "family": "strategic", "count": 1},
        {"date": "2023-05-02", "family": "battle", "count": 2},
        {"date": "2023-05-01", "family": "riot", "count": 4},
        {"date": None, "family": "riot", "count": 9},
    ]
    stacks = run("timeline", "return m.stackDays(arg);", rows)
    assert [stack["total"] for stack in stacks] == [4, 3]
    assert stacks[1]["parts"] == [["battle", 2], ["strategic", 1]]
    assert stacks[1]["day"] - stacks[0]["day"] == 1


def test_marker_size_grows_with_fatalities_and_is_bounded(run: Any) -> None:
    sizes = run("map", "return arg.map(m.markerSize);", [None, 0, 1, 10, 100, 100000])
    assert sizes[0] == sizes[1] < sizes[2] < sizes[3] < sizes[4] <= sizes[5] == 40


def test_cluster_ring_shares_add_up(run: Any) -> None:
    ring = run("map", "return m.familyRing(arg);", ["battle", "battle", "riot", "aid"])
    assert ring.startswith("conic-gradient(#d62728 0.00% 50.00%")
    assert ring.endswith("100.00%)")


def test_list_sorts_newest_first_with_undated_last(run: Any) -> None:
    events = [{"event_date": "2023-01-02"}, {"event_date": None}, {"event_date": "2023-03-01"}]
    ordered = run("list", "return m.byDateDesc(arg).map((e) => e.event_date);", events)
    assert ordered == ["2023-03-01", "2023-01-02", None]


def test_only_web_links_become_links(run: Any) -> None:
    urls = ["https://example.org/a", "javascript:alert(1)", "data:text/html,x", "/relative", 7]
    safe = run("dom", "return arg.map(m.safeUrl);", urls)
    assert safe[0] == "https://example.org/a"
    assert safe[1] is None and safe[2] is None and safe[4] is None
    assert safe[3].endswith("/relative")
