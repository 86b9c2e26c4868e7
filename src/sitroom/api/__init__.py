"""REST API (FastAPI, OpenAPI at /docs) over the event store, serving the web UI too."""

from sitroom.api.app import create_app

__all__ = ["create_app"]
