"""Every error leaves the API as JSON ``{"error": code, "detail": message}``, never as a stack trace."""

from __future__ import annotations

import logging
from collections.abc import Mapping
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import BaseModel, ConfigDict, Field
from starlette.exceptions import HTTPException as StarletteHTTPException

log = logging.getLogger(__name__)

_CODES = {400: "bad_request", 401: "unauthorized", 403: "forbidden", 404: "not_found", 405: "method_not_allowed"}


class ApiError(Exception):
    """An error with its HTTP status, code and message for the client."""

    def __init__(self, status: int, code: str, detail: str, **extra: Any) -> None:
        super().__init__(detail)
        self.status, self.code, self.detail, self.extra = status, code, detail, extra


class ErrorBody(BaseModel):
    """What every 4xx/5xx answer carries (documented in the OpenAPI schema)."""

    model_config = ConfigDict(extra="allow")

    error: str
    detail: str
    doc_id: str | None = Field(None, description="the document that could not be processed")


def documented(ok: type[BaseModel] | None, *statuses: int) -> dict[int | str, dict[str, Any]]:
    """The ``responses=`` of a route: its 200 body (``ok``) and its errors as ``ErrorBody``.

    Every route can answer 422 (FastAPI's own 422 schema is replaced) and 500.
    """
    responses: dict[int | str, dict[str, Any]] = {status: {"model": ErrorBody} for status in (*statuses, 422, 500)}
    if ok is not None:
        responses[200] = {"model": ok}
    return responses


def json_errors(*statuses: int) -> dict[int | str, dict[str, Any]]:
    """``ErrorBody`` responses for a route whose success type is not JSON (its ``response_class``
    would otherwise relabel the errors): the schema is referenced, not re-declared."""
    content = {"application/json": {"schema": {"$ref": "#/components/schemas/ErrorBody"}}}
    return {status: {"description": "Error", "content": content} for status in (*statuses, 422, 500)}


def error_response(
    status: int, code: str, detail: Any, headers: Mapping[str, str] | None = None, **extra: Any
) -> JSONResponse:
    return JSONResponse({"error": code, "detail": detail, **extra}, status_code=status, headers=headers)


def _validation_detail(exc: RequestValidationError) -> str:
    parts = []
    for error in exc.errors():
        where = ".".join(str(part) for part in error.get("loc", ()) if part not in ("query", "path", "body"))
        parts.append(f"{where}: {error.get('msg', 'invalid')}" if where else str(error.get("msg", "invalid")))
    return "; ".join(parts) or "invalid request"


def install(app: FastAPI) -> None:
    """Register the JSON error handlers on ``app``."""

    @app.exception_handler(ApiError)
    async def api_error(_request: Request, exc: ApiError) -> JSONResponse:
        return error_response(exc.status, exc.code, exc.detail, **exc.extra)

    @app.exception_handler(RequestValidationError)
    async def invalid(_request: Request, exc: RequestValidationError) -> JSONResponse:
        return error_response(422, "invalid_request", _validation_detail(exc))

    @app.exception_handler(StarletteHTTPException)
    async def http_error(_request: Request, exc: StarletteHTTPException) -> JSONResponse:
        code = _CODES.get(exc.status_code, "http_error")
        return error_response(exc.status_code, code, exc.detail, headers=exc.headers)

    @app.exception_handler(Exception)
    async def crash(_request: Request, exc: Exception) -> JSONResponse:
        log.exception("unhandled error", exc_info=exc)
        return error_response(500, "internal_error", "the server could not answer this request")
