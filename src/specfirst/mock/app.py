"""The ASGI app serving one mock: every API request to the pipeline, plus control endpoints under ``/__mock__/``.

Control endpoints (not part of either API) act as the credential in ``Authorization: Bearer``, on that
credential's state only:
  POST /__mock__/reset       forget its state, pending faults and recorded violations (with no credential:
                             everyone's, only when the app was created with ``allow_global_reset``)
  POST /__mock__/seed        run a seed document (a JSON list of steps, ``seed.py``) as it
  POST /__mock__/faults      ``{"count": N, "status": 429|503, "retry_after": S}`` or ``{"count": N, "drop": true}``
  GET  /__mock__/violations  its requests refused because they do not follow the spec

They refuse, before anything else, a ``Host`` that is not loopback (DNS rebinding), an ``Origin`` that is not
loopback or ``Sec-Fetch-Site: cross-site``, and a body that is not ``application/json`` (so no page can send
one as a CORS-simple request). Every answer, errors included, is JSON in the vendor's error shape; a request
body over ``limits.max_body_bytes`` is 413 before it is read (``Content-Length``) or as soon as it gets there.
Plain ASGI, no framework: at a few thousand requests a second on one core, Starlette's middleware, routing and
request objects took about a fifth of the served mock's CPU (``nox -s bench``).
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Awaitable, Callable
from typing import Any

from starlette.types import ASGIApp, Receive, Scope, Send

from . import errors, jsonbody
from .errors import ApiError
from .faults import Drop
from .pipeline import MockApi, Reply, Request
from .seed import SeedError, seed
from .state import Store

CONTROL_PREFIX = "/__mock__/"
LOOPBACK_HOST = re.compile(r"^(localhost|127(\.[0-9]{1,3}){3}|\[::1\])(:[0-9]{1,5})?$", re.IGNORECASE)
LOOPBACK_ORIGIN = re.compile(r"^https?://(localhost|127(\.[0-9]{1,3}){3}|\[::1\])(:[0-9]{1,5})?$", re.IGNORECASE)
FAULT_KEYS = {"count", "status", "retry_after", "drop"}


class BodyTooLarge(Exception):
    pass


async def send_reply(send: Send, reply: Reply, *, close: bool = False) -> None:
    content = reply.encode()
    headers = [(k.lower().encode("latin-1"), v.encode("latin-1")) for k, v in reply.headers.items()]
    if not (reply.status < 200 or reply.status in (204, 304)):
        headers.append((b"content-length", str(len(content)).encode()))
    if content:
        headers.append((b"content-type", b"application/json"))
    if close:
        headers.append((b"connection", b"close"))
    await send({"type": "http.response.start", "status": reply.status, "headers": headers})
    await send({"type": "http.response.body", "body": content})


async def read_body(scope: Scope, receive: Receive, limit: int) -> bytes:
    """The whole body, or ``BodyTooLarge`` as soon as ``Content-Length`` or the bytes read pass ``limit``."""
    for name, value in scope["headers"]:
        if name == b"content-length" and (not value.isdigit() or len(value) > 18 or int(value) > limit):
            raise BodyTooLarge
    chunks = []
    size = 0
    while True:
        message = await receive()
        if message["type"] == "http.disconnect":
            break
        chunk = message.get("body", b"")
        size += len(chunk)
        if size > limit:
            raise BodyTooLarge
        chunks.append(chunk)
        if not message.get("more_body", False):
            break
    return b"".join(chunks)


def create_app(mock: MockApi, *, allow_global_reset: bool = False) -> ASGIApp:
    """The mock as an ASGI app. ``allow_global_reset``: ``POST /__mock__/reset`` with no credential resets
    every credential's state (off by default: anyone on the machine could wipe everyone's)."""
    limits = mock.limits

    def too_large() -> Reply:
        return mock.error_reply(ApiError(413, errors.TOO_LARGE, f"Request body over {limits.max_body_bytes} bytes"))

    async def api(scope: Scope, receive: Receive, send: Send) -> None:
        try:
            body = await read_body(scope, receive, limits.max_body_bytes)
        except BodyTooLarge:
            await send_reply(send, too_large(), close=True)
            return
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
            # Promise a body, then stop: the server closes the connection mid-response.
            await send({"type": "http.response.start", "status": 200, "headers": [(b"content-length", b"64")]})
            return
        await send_reply(send, reply)

    # -- control endpoints ------------------------------------------------------------------------------------

    def guard(headers: dict[str, str], method: str) -> None:
        """Refuse what a page in a browser, or a rebound DNS name, could send to the mock."""
        if not LOOPBACK_HOST.match(headers.get("host", "")):
            raise ApiError(403, errors.FORBIDDEN, "Control endpoints answer only a loopback Host")
        origin = headers.get("origin")
        if (origin is not None and not LOOPBACK_ORIGIN.match(origin)) or headers.get(
            "sec-fetch-site", ""
        ).lower() == "cross-site":
            raise ApiError(403, errors.FORBIDDEN, "Control endpoints refuse cross-site requests")
        media = headers.get("content-type")
        if method == "POST" and media is not None and media.split(";")[0].strip().lower() != "application/json":
            raise ApiError(415, errors.FORBIDDEN, "Control endpoints take application/json only")

    def bounded_int(spec: dict[str, Any], key: str, default: int, low: int, high: int) -> int:
        value = spec.get(key, default)
        if type(value) is not int or not low <= value <= high:
            raise ApiError(400, errors.INVALID, f"{key} must be an integer from {low} to {high}")
        return value

    def fault_request(document: Any) -> dict[str, Any]:
        if not isinstance(document, dict) or not set(document) <= FAULT_KEYS:
            raise ApiError(400, errors.INVALID, f"a fault request is an object with keys from {sorted(FAULT_KEYS)}")
        drop = document.get("drop", False)
        if type(drop) is not bool:
            raise ApiError(400, errors.INVALID, "drop must be true or false")
        return {
            "count": bounded_int(document, "count", 0, 1, limits.max_faults),
            "status": bounded_int(document, "status", 503, 100, 599),
            "retry_after": bounded_int(document, "retry_after", 0, 0, limits.max_retry_after),
            "drop": drop,
        }

    async def reset(credential: str | None, body: Any) -> Reply:
        if credential is not None:
            mock.reset_tenant(credential)
        elif allow_global_reset:
            mock.reset()
        else:
            raise ApiError(401, errors.UNAUTHORIZED, "reset needs the credential to reset, in Authorization: Bearer")
        return Reply(204)

    async def faults(credential: str | None, body: Any) -> Reply:
        spec = fault_request(body)
        try:
            needs(credential).faults.inject(**spec)
        except ValueError as exc:
            raise ApiError(400, errors.INVALID, str(exc)) from None
        return Reply(204)

    async def seed_steps(credential: str | None, body: Any) -> Reply:
        if not isinstance(body, list):
            raise ApiError(400, errors.INVALID, "a seed document is a JSON list of steps")
        try:
            return Reply(200, seed(mock, needs_credential(credential), body))
        except SeedError as exc:
            raise ApiError(400, errors.INVALID, str(exc)) from None

    async def violations(credential: str | None, body: Any) -> Reply:
        return Reply(200, [str(v) for v in mock.violations_of(needs_credential(credential))])

    def needs_credential(credential: str | None) -> str:
        if credential is None:
            raise ApiError(401, errors.UNAUTHORIZED, "Control endpoints act as the credential in Authorization: Bearer")
        return credential

    def needs(credential: str | None) -> Store:
        return mock.stores.get(needs_credential(credential))

    Endpoint = Callable[[str | None, Any], Awaitable[Reply]]
    endpoints: dict[str, tuple[str, Endpoint]] = {
        "reset": ("POST", reset),
        "faults": ("POST", faults),
        "seed": ("POST", seed_steps),
        "violations": ("GET", violations),
    }

    async def control(scope: Scope, receive: Receive, send: Send) -> None:
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope["headers"]}
        try:
            name = scope["path"][len(CONTROL_PREFIX) :]
            if name not in endpoints:
                raise ApiError(404, errors.UNKNOWN_ROUTE, f"No control endpoint {CONTROL_PREFIX}{name[:100]}")
            method, endpoint = endpoints[name]
            if scope["method"] != method:
                raise ApiError(
                    405, errors.METHOD_NOT_ALLOWED, f"{CONTROL_PREFIX}{name} takes {method}", [], {"Allow": method}
                )
            guard(headers, method)
            try:
                raw = await read_body(scope, receive, limits.max_body_bytes)
            except BodyTooLarge:
                await send_reply(send, too_large(), close=True)
                return
            try:
                body = jsonbody.loads(raw, limits.max_json_depth) if raw.strip() else None
            except jsonbody.BadJson as exc:
                raise ApiError(400, errors.MALFORMED_BODY, f"Request body is not valid JSON: {exc}") from None
            reply = await endpoint(mock.credential(headers), body)
        except ApiError as error:
            reply = mock.error_reply(error)
        await send_reply(send, reply)

    async def app(scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":  # lifespan: nothing to start or stop
            if scope["type"] == "lifespan":
                while (await receive())["type"] != "lifespan.shutdown":
                    await send({"type": "lifespan.startup.complete"})
                await send({"type": "lifespan.shutdown.complete"})
            return
        try:
            if scope["path"].startswith(CONTROL_PREFIX):
                await control(scope, receive, send)
            else:
                await api(scope, receive, send)
        except Exception:
            # A defect of the mock (e.g. MockBug): answer 500 in the vendor's shape, then let the server log it.
            # (Nothing was sent yet: a handler fails before its reply; if something was, the server refuses this.)
            error = ApiError(500, errors.SERVER_ERROR, "The mock failed on this request (see its log)")
            with contextlib.suppress(Exception):
                await send_reply(send, mock.error_reply(error), close=True)
            raise

    return app
