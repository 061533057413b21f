"""The built-in mocks called in-process, on the calling thread: for schemathesis and for the behaviour checks.

The mock is an ASGI app that never waits on I/O, so one private event loop per bridge runs each request to
completion right here. schemathesis's own ASGI transport instead hands every request to an event-loop thread
(two cross-thread calls through an anyio portal) through a fresh ``requests`` session: that hand-off cost more
than the mock's handling and the checks together (``nox -s bench -- contract-throughput``). Its WSGI transport
calls the app on the calling thread, so the suite gives schemathesis the mock as a WSGI app.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Iterable
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

ASGIApp = Callable[..., Any]
WSGIApp = Callable[[dict[str, Any], Callable[..., Any]], Iterable[bytes]]


def as_wsgi(app: ASGIApp) -> WSGIApp:
    """``app`` (ASGI, HTTP only) as a WSGI app that runs each request on a private event loop."""
    loop = asyncio.new_event_loop()

    def wsgi(environ: dict[str, Any], start_response: Callable[..., Any]) -> Iterable[bytes]:
        length = int(environ.get("CONTENT_LENGTH") or 0)
        body = environ["wsgi.input"].read(length) if length else b""
        # The path as sent (percent-escapes intact), as a server gives it in ``raw_path``: werkzeug's test client
        # keeps it in RAW_URI; PATH_INFO is already unescaped.
        raw = environ.get("RAW_URI") or quote(environ.get("PATH_INFO", ""))
        scope = {
            "type": "http",
            "asgi": {"version": "3.0"},
            "http_version": "1.1",
            "method": environ["REQUEST_METHOD"],
            "scheme": environ.get("wsgi.url_scheme", "http"),
            "path": environ.get("PATH_INFO", ""),
            "raw_path": raw.split("?", 1)[0].encode("latin-1"),
            "query_string": environ.get("QUERY_STRING", "").encode("latin-1"),
            "root_path": "",
            "headers": _asgi_headers(environ),
            "client": ("127.0.0.1", 0),
            "server": (environ.get("SERVER_NAME", "127.0.0.1"), int(environ.get("SERVER_PORT") or 80)),
        }
        answer: dict[str, Any] = {}
        chunks: list[bytes] = []
        received = False

        async def receive() -> dict[str, Any]:
            nonlocal received
            if received:
                return {"type": "http.disconnect"}
            received = True
            return {"type": "http.request", "body": body, "more_body": False}

        async def send(message: dict[str, Any]) -> None:
            if message["type"] == "http.response.start":
                answer.update(message)
            elif message["type"] == "http.response.body":
                chunks.append(message.get("body", b""))

        loop.run_until_complete(app(scope, receive, send))
        status = int(answer["status"])
        headers = [(k.decode("latin-1"), v.decode("latin-1")) for k, v in answer.get("headers", [])]
        start_response(f"{status} {_phrase(status)}", headers)
        return [b"".join(chunks)]

    return wsgi


# WSGI carries the real Content-Type/-Length outside ``HTTP_``: these two can only come from headers spelled
# with an underscore (a fuzzed ``CONTENT_LENGTH: x``), which a server passes on under that name, not as the
# body's length. WSGI keeps no other underscore, so ``X_Foo`` reaches the app as ``x-foo`` (a known loss).
_UNDERSCORED = {"HTTP_CONTENT_LENGTH": b"content_length", "HTTP_CONTENT_TYPE": b"content_type"}


def _asgi_headers(environ: dict[str, Any]) -> list[tuple[bytes, bytes]]:
    headers = [
        (_UNDERSCORED.get(key) or key[5:].replace("_", "-").lower().encode("latin-1"), value.encode("latin-1"))
        for key, value in environ.items()
        if key.startswith("HTTP_")
    ]
    for key, name in (("CONTENT_TYPE", b"content-type"), ("CONTENT_LENGTH", b"content-length")):
        if environ.get(key):
            headers.append((name, environ[key].encode("latin-1")))
    return headers


def _phrase(status: int) -> str:
    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return ""


def SyncASGITransport(app: ASGIApp) -> Any:
    """httpx's ASGI transport for a sync client: one event loop of its own, kept for every request."""
    import httpx

    class Transport(httpx.BaseTransport):
        def __init__(self) -> None:
            self.inner = httpx.ASGITransport(app)
            self.loop = asyncio.new_event_loop()

        def handle_request(self, request: httpx.Request) -> httpx.Response:
            async def send() -> httpx.Response:
                response = await self.inner.handle_async_request(request)
                content = b"".join([chunk async for chunk in response.stream])  # type: ignore[union-attr]
                return httpx.Response(response.status_code, headers=response.headers, content=content)

            return self.loop.run_until_complete(send())

    return Transport()
