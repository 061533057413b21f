"""Serving a mock with uvicorn on 127.0.0.1 (the only interface this project ever binds or contacts).

Why uvicorn with httptools, plus a small protocol subclass: httptools parses in C (h11, uvicorn's other
choice, is pure Python and caps headers but has no header timeout either), but neither it nor uvicorn
bounds a request's headers or the time they take, and uvicorn's keep-alive timeout starts only after a
first response. Granian (Rust) has header timeouts but no header-size or body-size cap of its own, and
would be a second server to keep in step with the in-process ASGI tests. ``BoundedProtocol``
adds exactly those: the request line plus headers are capped at ``max_header_bytes`` (431), must arrive
within ``header_timeout`` of a connection's (or a request's) first byte, and a body may not stall for more
than ``idle_timeout`` (408); idle keep-alive connections close after ``idle_timeout`` (uvicorn's own
``timeout_keep_alive``). Timers are armed only while a request is incomplete after a read, so a request that
arrives in one read costs none, and no parser callback is overridden (the connection's state is read
from uvicorn's own ``scope`` and ``cycle``). Its errors, like every other answer, are JSON in the vendor's shape
(uvicorn's own 400 for unparsable HTTP is plain text, so that is replaced too). Body size is bounded in the
app (``app.py``), which sees ``Content-Length`` before reading.
"""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

import uvicorn
from uvicorn.protocols.http.httptools_impl import STATUS_LINE, HttpToolsProtocol

from . import create_app, create_mock, errors
from .errors import ApiError
from .limits import Limits
from .pipeline import MockApi
from .seed import seed as run_seed

HOST = "127.0.0.1"
IDLE, HEAD, BODY = "idle", "head", "body"
"""Where a connection is: between requests (or before its first byte), in a request's head, in its body."""


class BoundedProtocol(HttpToolsProtocol):
    """uvicorn's httptools protocol with a header size cap, a header timeout and a body idle timeout."""

    limits: Limits = Limits()
    mock: MockApi | None = None

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        self.head_scope: object = None
        """The request whose head is being received (uvicorn starts a new ``scope`` at each message)."""
        self.head_bytes = 0
        self.last_read = self.loop.time()
        self.timer: asyncio.TimerHandle | None = None
        self.timer_phase = IDLE
        self.arm(IDLE, self.limits.header_timeout)  # a connection that never sends a byte

    def connection_lost(self, exc: Exception | None) -> None:
        self.disarm()
        super().connection_lost(exc)

    def phase(self) -> str:
        """From uvicorn's own state, so no parser callback needs overriding (they run for every request)."""
        scope, cycle = self.scope, self.cycle
        if scope is None:
            return IDLE
        if cycle is None or cycle.scope is not scope:
            return HEAD
        return BODY if cycle.more_body and not cycle.response_complete else IDLE

    def data_received(self, data: bytes) -> None:
        before = self.phase()
        budget = self.limits.max_header_bytes - (self.head_bytes if before is HEAD else 0)
        if len(data) > budget and before is not BODY and data.find(b"\r\n\r\n", 0, budget + 4) < 0:
            self.refuse(431, errors.TOO_LARGE, f"Request headers over {self.limits.max_header_bytes} bytes")
            return
        HttpToolsProtocol.data_received(self, data)
        phase = self.phase()
        if phase is IDLE:  # the common case: whole requests in one read
            if self.timer is not None:
                self.disarm()
            return
        if self.transport.is_closing():
            return
        if phase is HEAD:
            if self.head_scope is self.scope:
                self.head_bytes += len(data)
            else:  # a new head began in this read: all of it, unless the read also held an earlier request
                whole = before is IDLE and data.find(b"\r\n\r\n") < 0
                self.head_scope, self.head_bytes = self.scope, len(data) if whole else 0
                self.disarm()
            if self.timer is None:
                self.arm(HEAD, self.limits.header_timeout)
        else:
            self.last_read = self.loop.time()
            if self.timer_phase is not BODY:
                self.disarm()
                self.arm(BODY, self.limits.idle_timeout)

    def arm(self, phase: str, seconds: float) -> None:
        self.timer = self.loop.call_later(seconds, self.expired)
        self.timer_phase = phase

    def disarm(self) -> None:
        if self.timer is not None:
            self.timer.cancel()
            self.timer = None
            self.timer_phase = IDLE

    def expired(self) -> None:
        self.timer = None
        self.timer_phase = IDLE
        if self.transport.is_closing():
            return
        phase = self.phase()
        if phase is BODY:
            idle = self.loop.time() - self.last_read
            if idle < self.limits.idle_timeout:
                self.arm(BODY, self.limits.idle_timeout - idle)
                return
            if self.cycle.response_started:
                self.transport.close()
                return
            self.refuse(408, errors.TIMEOUT, f"Request body stalled for {self.limits.idle_timeout:g}s")
        elif phase is HEAD:
            self.refuse(408, errors.TIMEOUT, f"Request headers not received within {self.limits.header_timeout:g}s")
        elif self.scope is None:  # connected, never sent a byte (idle keep-alive is uvicorn's own timeout)
            self.transport.close()

    def refuse(self, status: int, kind: str, message: str) -> None:
        """Answer ``status`` in the vendor's shape and close, outside any ASGI request cycle."""
        assert self.mock is not None
        body = self.mock.error_reply(ApiError(status, kind, message)).encode()
        head = b"content-type: application/json\r\ncontent-length: %d\r\nconnection: close\r\n\r\n" % len(body)
        self.transport.write(STATUS_LINE[status] + head + body)
        self.transport.close()

    def send_400_response(self, msg: str) -> None:
        self.refuse(400, errors.MALFORMED_BODY, msg)


def protocol(mock: MockApi) -> type[BoundedProtocol]:
    return type("BoundedProtocol", (BoundedProtocol,), {"limits": mock.limits, "mock": mock})


def serve(
    api: str,
    port: int,
    *,
    access_log: bool = False,
    validate_responses: bool = True,
    seed: tuple[Path, str] | None = None,
    limits: Limits | None = None,
    bounded: bool = True,
    allow_global_reset: bool = False,
) -> None:
    """Run until interrupted. The access log is off by default: it costs throughput and says little here.

    ``bounded=False`` serves with uvicorn's stock protocol (only to measure what the bounds cost).
    """
    mock = create_mock(api, validate_responses=validate_responses, limits=limits)
    if seed is not None:
        bodies = run_seed(mock, seed[1], seed[0])
        print(f"seeded {len(bodies)} step(s) from {seed[0]}", flush=True)
    print(f"{api} mock on http://{HOST}:{port}{mock.base_url_path()} (control endpoints under /__mock__/)", flush=True)
    options: dict[str, Any] = {"http": protocol(mock)} if bounded else {}
    uvicorn.run(
        create_app(mock, allow_global_reset=allow_global_reset),
        host=HOST,
        port=port,
        access_log=access_log,
        log_level="warning",
        timeout_keep_alive=max(1, round(mock.limits.idle_timeout)) if bounded else 5,  # uvicorn takes whole seconds
        lifespan="off",
        ws="none",  # an Upgrade request is answered as plain HTTP, by the app, in JSON (websockets may be installed)
        **options,
    )
