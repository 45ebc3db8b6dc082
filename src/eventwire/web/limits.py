"""Request body size limit (setting ``web.max_body_bytes``).

A pure ASGI middleware: a declared ``Content-Length`` over the limit is
refused without being processed, and a streamed (chunked) body is counted as
it arrives, so a client cannot slip past the limit by not declaring a size.

Before refusing, a body of moderate size is read and discarded: a client
still sending when the server closes the connection sees a reset instead of
the 413 answer. Bodies far over the limit are refused at once.
"""

from __future__ import annotations

import json

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from .problems import WebError


class BodyTooLarge(WebError):
    """Raised from ``receive`` when a streamed body passes the limit.

    An ``HTTPException`` so that FastAPI passes it through its body parsing
    unchanged (it turns other exceptions there into 400).
    """

    def __init__(self, limit: int) -> None:
        super().__init__(413, "E501", limit=limit)


DRAIN_FACTOR = 4  # bodies up to this many times the limit are read to the end before refusing


async def _drain(receive: Receive, already: int, cap: int) -> None:
    """Read and discard the rest of a request body, up to ``cap`` bytes in all."""
    total = already
    while total <= cap:
        msg = await receive()
        if msg["type"] != "http.request":
            return
        total += len(msg.get("body", b""))
        if not msg.get("more_body", False):
            return


class BodyLimitMiddleware:
    def __init__(self, app: ASGIApp, max_body_bytes: int) -> None:
        self.app = app
        self.limit = max_body_bytes
        self.drain_cap = max_body_bytes * DRAIN_FACTOR

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = self._declared_size(scope)
        if declared > self.limit:
            if declared <= self.drain_cap:
                await _drain(receive, 0, self.drain_cap)
            await self._refuse(send)
            return
        started = False
        received = 0

        async def counting_receive() -> Message:
            nonlocal received
            msg = await receive()
            if msg["type"] == "http.request":
                received += len(msg.get("body", b""))
                if received > self.limit:
                    if msg.get("more_body", False):
                        await _drain(receive, received, self.drain_cap)
                    raise BodyTooLarge(self.limit)
            return msg

        async def tracking_send(msg: Message) -> None:
            nonlocal started
            started = started or msg["type"] == "http.response.start"
            await send(msg)

        try:
            await self.app(scope, counting_receive, tracking_send)
        except BodyTooLarge:
            # Reached only when the body was read outside FastAPI's handling.
            if not started:
                await self._refuse(send)

    @staticmethod
    def _declared_size(scope: Scope) -> int:
        for name, value in scope.get("headers", ()):
            if name == b"content-length":
                try:
                    return int(value)
                except ValueError:
                    return 0
        return 0

    async def _refuse(self, send: Send) -> None:
        body = json.dumps(BodyTooLarge(self.limit).payload()).encode()
        headers = [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode()), (b"connection", b"close")]
        await send({"type": "http.response.start", "status": 413, "headers": headers})
        await send({"type": "http.response.body", "body": body})
