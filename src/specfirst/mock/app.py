"""The Starlette app serving one mock, plus the reserved control endpoints under ``/__mock__/``.

Control endpoints (not part of either API; no credentials needed, so only bind the mock to 127.0.0.1):
  POST /__mock__/reset       forget all state, pending faults and recorded violations
  POST /__mock__/seed        run a seed document (``seed.py``) as the credential in ``Authorization``
  POST /__mock__/faults      ``{"count": N, "status": 429|503, "retry_after": S}`` or ``{"count": N, "drop": true}``
  GET  /__mock__/violations  requests refused because they do not follow the spec
"""

from __future__ import annotations

import json
from typing import Any

from starlette.applications import Starlette
from starlette.requests import Request as HttpRequest
from starlette.responses import JSONResponse, Response
from starlette.routing import Route
from starlette.types import ASGIApp, Receive, Scope, Send

from .faults import Drop
from .pipeline import MockApi, Request
from .seed import SeedError, seed

CONTROL_PREFIX = "/__mock__/"


class DroppedResponse(Response):
    """Start a response promising a body, then stop: the server closes the connection mid-response."""

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        await send({"type": "http.response.start", "status": 200, "headers": [(b"content-length", b"64")]})


class MockApp(Starlette):
    """The control endpoints through Starlette; every API request straight to the pipeline, in raw ASGI.

    API requests skip Starlette's middleware, routing and request/response objects: at a few thousand
    requests a second on one core those layers took about a fifth of the served mock's CPU (``nox -s bench``).
    An exception still reaches the server, which answers 500 and logs it, as Starlette would.
    """

    def __init__(self, api: ASGIApp, routes: list[Route]) -> None:
        super().__init__(routes=routes)
        self.api = api
        # Every other request goes to the pipeline, whatever its path holds (Starlette's own path matching
        # would answer some of them, e.g. an encoded newline, with a plain-text 404 of its own).
        self.router.default = api

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and not scope["path"].startswith(CONTROL_PREFIX):
            await self.api(scope, receive, send)
        else:
            await super().__call__(scope, receive, send)


async def read_body(receive: Receive) -> bytes:
    chunks = []
    while True:
        message = await receive()
        if message["type"] == "http.disconnect":
            break
        chunks.append(message.get("body", b""))
        if not message.get("more_body", False):
            break
    return b"".join(chunks)


def create_app(mock: MockApi) -> Starlette:
    async def api_asgi(scope: Scope, receive: Receive, send: Send) -> None:
        body = await read_body(receive)
        raw_path: bytes = scope.get("raw_path") or scope["path"].encode()
        reply = mock.handle(
            Request(
                method=scope["method"],
                path=raw_path.decode("latin-1").split("?", 1)[0],
                query=scope.get("query_string", b"").decode("latin-1"),
                headers={k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope["headers"]},
                body=body,
            )
        )
        if isinstance(reply, Drop):
            await DroppedResponse()(scope, receive, send)
            return
        content = reply.encode()
        headers = [(k.lower().encode("latin-1"), v.encode("latin-1")) for k, v in reply.headers.items()]
        if not (reply.status < 200 or reply.status in (204, 304)):  # as Starlette's Response does
            headers.append((b"content-length", str(len(content)).encode()))
        if content:
            headers.append((b"content-type", b"application/json"))
        await send({"type": "http.response.start", "status": reply.status, "headers": headers})
        await send({"type": "http.response.body", "body": content})

    async def reset(request: HttpRequest) -> Response:
        mock.reset()
        return Response(status_code=204)

    async def faults(request: HttpRequest) -> Response:
        try:
            spec: dict[str, Any] = json.loads(await request.body())
            mock.faults.inject(
                int(spec["count"]),
                status=int(spec.get("status", 503)),
                retry_after=int(spec.get("retry_after", 0)),
                drop=bool(spec.get("drop", False)),
            )
        except (ValueError, KeyError, TypeError) as exc:
            return JSONResponse({"error": f"bad fault request: {exc}"}, status_code=400)
        return Response(status_code=204)

    async def seed_endpoint(request: HttpRequest) -> Response:
        scheme, _, token = request.headers.get("authorization", "").partition(" ")
        if scheme.lower() != "bearer" or not mock.vendor.well_formed(token.strip()):
            return JSONResponse({"error": "seed needs the credential to seed as, in Authorization: Bearer"}, 401)
        try:
            bodies = seed(mock, token.strip(), json.loads(await request.body()))
        except (SeedError, ValueError) as exc:
            return JSONResponse({"error": str(exc)}, status_code=400)
        return JSONResponse(bodies)

    async def violations(request: HttpRequest) -> Response:
        return JSONResponse([str(v) for v in mock.violations])

    return MockApp(
        api_asgi,
        routes=[
            Route(CONTROL_PREFIX + "reset", reset, methods=["POST"]),
            Route(CONTROL_PREFIX + "faults", faults, methods=["POST"]),
            Route(CONTROL_PREFIX + "seed", seed_endpoint, methods=["POST"]),
            Route(CONTROL_PREFIX + "violations", violations, methods=["GET"]),
        ],
    )
