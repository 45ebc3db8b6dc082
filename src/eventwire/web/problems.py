"""Error responses of the web app: coded, one clear line, never a traceback.

API paths answer ``{"error": {"code", "message", "field"?}}`` in JSON; pages
answer an HTML page with the same line. Validation errors become 422 with
code E502 and the name of the offending parameter.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from starlette.exceptions import HTTPException

from ..errors import EventwireError, message
from .patterns import EXPECTED


class WebError(HTTPException):
    """An HTTP error with an ``errors.py`` code."""

    def __init__(self, status: int, code: str, field: str | None = None, *, text: str | None = None, **fields: object) -> None:
        """``text`` is an already formatted message (e.g. a ``Problem``'s); else ``fields`` fill the code's."""
        self.code = code
        self.field = field
        super().__init__(status_code=status, detail=text if text is not None else message(code, field=field, **fields))

    def payload(self) -> dict[str, Any]:
        error: dict[str, Any] = {"code": self.code, "message": self.detail}
        if self.field:
            error["field"] = self.field
        return {"error": error}


def invalid(field: str, reason: str) -> WebError:
    """A 422 for one bad parameter."""
    return WebError(422, "E502", field=field, reason=reason)


def _field_name(loc: tuple[Any, ...]) -> str:
    parts = [str(p) for p in loc[1:]] if loc and loc[0] in {"query", "path", "body"} else [str(p) for p in loc]
    return ".".join(parts) or "body"


# Pydantic's range errors, said as what the parameter accepts.
BOUNDS = {
    "int_parsing": "must be a whole number",
    "greater_than_equal": "must be at least {ge:,}",
    "less_than_equal": "must be at most {le:,}",
    "string_too_short": "must have at least {min_length:,} characters",
    "string_too_long": "must have at most {max_length:,} characters",
}


def _reason(error: dict[str, Any]) -> str:
    kind = error.get("type", "")
    if kind == "missing":
        return "is required"
    value = error.get("input")
    shown = f" (got {value!r})" if isinstance(value, (str, int, float)) and len(str(value)) <= 60 else ""
    ctx = error.get("ctx") or {}
    if kind == "string_pattern_mismatch" and ctx.get("pattern") in EXPECTED:
        return f"must be {EXPECTED[ctx['pattern']]}{shown}"
    if kind in BOUNDS:
        return BOUNDS[kind].format(**ctx) + shown
    return f"{error.get('msg', 'is not valid').removeprefix('Value error, ')}{shown}"


def validation_problem(exc: RequestValidationError) -> WebError:
    """The first problem of a failed validation, as a coded 422."""
    errors = list(exc.errors())
    first = errors[0] if errors else {"loc": ("body",), "msg": "is not valid"}
    if first.get("type") == "json_invalid":
        return WebError(422, "E506", field="body", reason=first.get("ctx", {}).get("error", "cannot be parsed"))
    field = _field_name(tuple(first.get("loc", ())))
    return invalid(field, _reason(first))


# Store errors that mean "the store cannot be used now", not "your request is wrong".
UNAVAILABLE = {"E401", "E404", "E405", "E406", "E407"}


def from_eventwire(exc: EventwireError) -> WebError:
    """A library error as an HTTP error: bad parameter 422, store unavailable 503, else 500."""
    status = 422 if exc.code == "E409" else 503 if exc.code in UNAVAILABLE else 500
    return WebError(status, exc.code, text=exc.line().removeprefix(f"[{exc.code}] "))


def is_api(request: Request) -> bool:
    return request.url.path.startswith("/api/") or request.url.path == "/openapi.json"


PageRenderer = Callable[[Request, WebError], Response]


def install_error_handlers(app: FastAPI, render_error_page: PageRenderer) -> None:
    """Coded JSON errors for the API, an HTML page for everything else."""

    def respond(request: Request, error: WebError) -> Response:
        if is_api(request):
            return JSONResponse(error.payload(), status_code=error.status_code)
        return render_error_page(request, error)

    async def on_web_error(request: Request, exc: Exception) -> Response:
        return respond(request, exc)  # type: ignore[arg-type]

    async def on_validation(request: Request, exc: Exception) -> Response:
        return respond(request, validation_problem(exc))  # type: ignore[arg-type]

    async def on_http(request: Request, exc: Exception) -> Response:
        status = getattr(exc, "status_code", 500)
        error = WebError(404, "E505") if status == 404 else WebError(status, "E508", http_status=status, reason=getattr(exc, "detail", ""))
        return respond(request, error)

    async def on_eventwire(request: Request, exc: Exception) -> Response:
        return respond(request, from_eventwire(exc))  # type: ignore[arg-type]

    async def on_crash(request: Request, exc: Exception) -> Response:
        # A bug, never bad input: the client gets the coded line, uvicorn logs the traceback.
        return respond(request, WebError(500, "E509"))

    app.add_exception_handler(Exception, on_crash)
    app.add_exception_handler(WebError, on_web_error)
    app.add_exception_handler(EventwireError, on_eventwire)
    app.add_exception_handler(RequestValidationError, on_validation)
    app.add_exception_handler(HTTPException, on_http)
