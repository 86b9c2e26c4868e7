"""Every answer matches what the OpenAPI document promises (schemathesis does the fuzzing in bench/)."""

from __future__ import annotations

from typing import Any

import jsonschema
import pytest
from fastapi.testclient import TestClient

from sitroom.api import create_app
from sitroom.store.synthetic import synthetic_documents


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> TestClient:
    app = create_app(f"sqlite:///{tmp_path_factory.mktemp('openapi') / 'sitroom.db'}")
    app.state.store.add(synthetic_documents(12, seed=5))
    return TestClient(app)


@pytest.fixture(scope="module")
def spec(client: TestClient) -> dict[str, Any]:
    return client.get("/openapi.json").json()


def conforms(spec: dict[str, Any], path: str, method: str, response: Any) -> None:
    """``response`` is documented for its status and media type, and its body fits the schema."""
    documented = spec["paths"][path][method]["responses"]
    assert str(response.status_code) in documented, response.status_code
    media = response.headers["content-type"].split(";")[0]
    content = documented[str(response.status_code)]["content"]
    assert media in content, media
    schema = {**content[media]["schema"], "components": spec["components"]}
    body = response.text if media == "text/csv" else response.json()
    jsonschema.validate(body, schema, cls=jsonschema.Draft202012Validator)


def test_success_bodies_match_their_schemas(client: TestClient, spec: dict[str, Any]) -> None:
    page = client.get("/api/events", params={"limit": 3}).json()
    event = page["events"][0]
    cases = [
        ("/api/health", "/api/health", {}),
        ("/api/events", "/api/events", {"limit": 3}),
        ("/api/events", "/api/events", {"limit": 3, "format": "geojson"}),
        ("/api/events", "/api/events", {"limit": 3, "format": "acled"}),
        ("/api/events", "/api/events", {"cursor": page["next_cursor"], "from": "", "to": "2024-12-31"}),
        ("/api/stats", "/api/stats", {"bbox": "30,45,40,52"}),
        ("/api/events/{event_id}", f"/api/events/{event['event_id']}", {}),
        ("/api/documents/{doc_id}", f"/api/documents/{event['doc_id']}", {}),
        ("/api/places/{geonameid}", f"/api/places/{event['location']['geonameid']}", {}),
        ("/api/points", "/api/points", {"family": "battle", "limit": 2}),
    ]
    for path, url, params in cases:
        response = client.get(url, params=params)
        assert response.status_code == 200, (url, response.text)
        conforms(spec, path, "get", response)


@pytest.mark.parametrize(
    ("path", "url", "status"),
    [
        ("/api/events/{event_id}", "/api/events/nope", 404),
        ("/api/places/{geonameid}", "/api/places/99999999999999999999999", 422),
        ("/api/places/{geonameid}", "/api/places/0", 422),
        ("/api/events", "/api/events?cursor=bm9wZQ", 422),
        ("/api/events", "/api/events?to=2023-02-30", 422),
        ("/api/stats", "/api/stats?bbox=5,5,1,1", 422),
        ("/api/points", "/api/points?to=AAA", 422),
    ],
)
def test_errors_match_the_error_schema(
    client: TestClient, spec: dict[str, Any], path: str, url: str, status: int
) -> None:
    response = client.get(url)
    assert response.status_code == status
    conforms(spec, path, "get", response)


def test_geojson_pages_say_so(client: TestClient) -> None:
    response = client.get("/api/events", params={"format": "geojson", "limit": 2})
    assert response.headers["content-type"] == "application/geo+json"


def test_post_errors_are_documented(client: TestClient, spec: dict[str, Any], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SITROOM_API_TOKEN", "t0ken")
    headers = {"Authorization": "Bearer t0ken", "Content-Type": "application/json"}
    for body, status in ((b"\xff{", 400), (b'{"text": ""}', 422)):
        response = client.post("/api/documents", content=body, headers=headers)
        assert response.status_code == status
        conforms(spec, "/api/documents", "post", response)
    conforms(spec, "/api/documents", "post", client.post("/api/documents", json={"text": "x"}))
