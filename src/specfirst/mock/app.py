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
from starlette.types import Receive, Scope, Send

from .faults import Drop
from .pipeline import MockApi, Request
from .seed import SeedError, seed


class DroppedResponse(Response):
    """Start a response promising a body, then stop: the server closes the connection mid-response."""

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        await send({"type": "http.response.start", "status": 200, "headers": [(b"content-length", b"64")]})


def create_app(mock: MockApi) -> Starlette:
    async def api_asgi(scope: Scope, receive: Receive, send: Send) -> None:
        response = await api(HttpRequest(scope, receive))
        await response(scope, receive, send)

    async def api(request: HttpRequest) -> Response:
        body = await request.body()
        raw_path = request.scope.get("raw_path") or request.url.path.encode()
        reply = mock.handle(
            Request(
                method=request.method,
                path=raw_path.decode("latin-1").split("?", 1)[0],
                query=request.scope.get("query_string", b"").decode("latin-1"),
                headers={k.decode("latin-1").lower(): v.decode("latin-1") for k, v in request.scope["headers"]},
                body=body,
            )
        )
        if isinstance(reply, Drop):
            return DroppedResponse()
        content = reply.encode()
        headers = dict(reply.headers)
        media = "application/json" if content else None
        return Response(content, status_code=reply.status, headers=headers, media_type=media)

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

    app = Starlette(
        routes=[
            Route("/__mock__/reset", reset, methods=["POST"]),
            Route("/__mock__/faults", faults, methods=["POST"]),
            Route("/__mock__/seed", seed_endpoint, methods=["POST"]),
            Route("/__mock__/violations", violations, methods=["GET"]),
        ]
    )
    # Every other request goes to the pipeline, whatever its path holds (Starlette's own path matching
    # would answer some of them, e.g. an encoded newline, with a plain-text 404 of its own).
    app.router.default = api_asgi
    return app
