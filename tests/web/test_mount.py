"""``sitroom.web.mount``: the page, our assets and the vendored Leaflet files, served offline."""

from __future__ import annotations

from fastapi import FastAPI
from fastapi.testclient import TestClient

from sitroom.web import mount


def client() -> TestClient:
    app = FastAPI()
    mount(app)
    return TestClient(app)


def test_index_is_served_with_a_strict_content_security_policy() -> None:
    response = client().get("/")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/html")
    policy = response.headers["content-security-policy"]
    assert "script-src 'self'" in policy
    assert "unsafe-eval" not in policy
    assert '<script type="module" src="/static/app.js">' in response.text


def test_every_asset_the_page_references_is_served() -> None:
    http = client()
    page = http.get("/").text
    for path in (
        "/static/vendor/leaflet/leaflet.js",
        "/static/vendor/leaflet/leaflet.css",
        "/static/vendor/leaflet/images/marker-icon.png",
        "/static/vendor/markercluster/leaflet.markercluster.js",
        "/static/vendor/markercluster/MarkerCluster.css",
        "/static/app.js",
        "/static/app.css",
        "/static/config.js",
        "/static/js/map.js",
    ):
        assert http.get(path).status_code == 200, path
        if not path.endswith(".png") and "/js/" not in path:
            assert path in page, path


def test_unknown_static_file_is_a_404() -> None:
    assert client().get("/static/nope.js").status_code == 404
