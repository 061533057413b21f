"""The runtime over a real socket (127.0.0.1 only): the retrying transport around httpx's own HTTP transport,
so the request extensions it adds and the body it reads before a retry work below respx's level too."""

import asyncio
import json
import socket
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import ClassVar

import pytest
from qonversion_client import APIConnectionError, QonversionClient, RetryPolicy
from qonversion_client.api.segments import v_4_get_segment

from .conftest import QONVERSION_KEY, SEGMENT, Sleeps, policy_kwargs


class _Handler(BaseHTTPRequestHandler):
    """Answers 503 (with a body and Retry-After: 0) to every odd request, the seed segment to every even one."""

    seen: ClassVar[list[str]] = []

    def do_GET(self) -> None:
        self.seen.append(self.headers["Authorization"])
        if len(self.seen) % 2:
            body, status, extra = b'{"error": {"code": "unavailable", "message": "busy"}}', 503, {"Retry-After": "0"}
        else:
            body, status, extra = json.dumps(SEGMENT).encode(), 200, {}
        self.send_response(status)
        for name, value in {"Content-Type": "application/json", "Content-Length": str(len(body)), **extra}.items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def server() -> Iterator[tuple[str, list[str]]]:
    seen: ClassVar[list[str]] = []
    handler = type("Handler", (_Handler,), {"seen": seen})
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_port}/v4", seen
    httpd.shutdown()
    httpd.server_close()


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_retry_over_a_real_socket(mode: str, server: tuple[str, list[str]], sleeps: Sleeps) -> None:
    base_url, seen = server
    client = QonversionClient(
        secret_key=QONVERSION_KEY, base_url=base_url, retry_policy=RetryPolicy(**policy_kwargs(sleeps))
    )
    if mode == "sync":
        result = v_4_get_segment.sync_detailed("premium-users", client=client)
    else:
        result = asyncio.run(v_4_get_segment.asyncio_detailed("premium-users", client=client))
    assert (result.status_code, result.retries) == (200, 1)
    assert seen == [f"Bearer {QONVERSION_KEY}"] * 2
    assert sleeps.delays == [0.0]


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_connection_refused_is_retried_then_typed(mode: str, sleeps: Sleeps) -> None:
    with socket.socket() as probe:  # a loopback port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    client = QonversionClient(
        secret_key=QONVERSION_KEY,
        base_url=f"http://127.0.0.1:{port}/v4",
        retry_policy=RetryPolicy(**policy_kwargs(sleeps)),
    )
    with pytest.raises(APIConnectionError) as info:
        if mode == "sync":
            v_4_get_segment.sync("s", client=client)
        else:
            asyncio.run(v_4_get_segment.asyncio("s", client=client))
    assert type(info.value) is APIConnectionError
    assert str(info.value) == "GET /v4/segments/s failed (ConnectError) after 2 retries"
    assert sleeps.delays == [0.5, 1.0]
