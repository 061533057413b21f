"""The served mock's connection-level bounds, over raw sockets: header size, header and idle timeouts,
body size before reading, malformed HTTP. Limits are scaled down by flags so each is reached at once;
every refusal is JSON in the vendor's shape, and other clients are served meanwhile.
"""

import contextlib
import json
import re
import socket
from collections.abc import Iterator

import httpx
import pytest

from specfirst.bench.servers import HOST, free_port, mock_command, running

MAX_HEADER = 8192
TIMEOUT = 1.0
MAX_BODY = 65536
FLAGS = (
    "--max-header-bytes", str(MAX_HEADER), "--header-timeout", str(TIMEOUT), "--idle-timeout", str(TIMEOUT),
    "--max-body-bytes", str(MAX_BODY),
)  # fmt: skip
AUTH = "Authorization: Bearer test_sk_bounds\r\n"


@pytest.fixture(scope="module")
def port(tmp_path_factory: pytest.TempPathFactory) -> Iterator[int]:
    port = free_port()
    log = tmp_path_factory.mktemp("bounded") / "mock.log"
    with running(mock_command("qonversion", port, *FLAGS), port, "the bounded qonversion mock", log):
        yield port


def connect(port: int) -> socket.socket:
    sock = socket.create_connection((HOST, port), timeout=10 * TIMEOUT + 10)
    return sock


def answer(sock: socket.socket) -> tuple[int, dict[str, str], bytes]:
    """Read until the server closes: status, headers and body of its one answer."""
    data = b""
    while chunk := sock.recv(65536):
        data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    headers = dict(line.lower().split(": ", 1) for line in lines[1:])
    return int(lines[0].split()[1]), headers, body


def assert_error(port: int, sock: socket.socket, status: int, code: str) -> None:
    got, headers, body = answer(sock)
    assert got == status
    assert headers["content-type"] == "application/json"
    assert json.loads(body)["error"]["code"] == code
    assert (
        httpx.get(f"http://{HOST}:{port}/v4/segments", headers={"Authorization": "Bearer test_sk_x"}).status_code == 200
    )


@pytest.mark.parametrize("where", ["one header", "many headers", "request line"])
@pytest.mark.parametrize("whole", [False, True], ids=["head cut short", "whole head"])
def test_headers_over_the_limit_are_431_and_closed(port: int, where: str, whole: bool) -> None:
    big = "x" * (4 * MAX_HEADER)
    request = {
        "one header": f"GET /v4/segments HTTP/1.1\r\nHost: {HOST}\r\nX-Big: {big}\r\n\r\n",
        "many headers": f"GET /v4/segments HTTP/1.1\r\nHost: {HOST}\r\n" + "X-A: aaaaaaaa\r\n" * MAX_HEADER + "\r\n",
        "request line": f"GET /v4/segments?{big} HTTP/1.1\r\nHost: {HOST}\r\n\r\n",
    }[where].encode()
    with connect(port) as sock:
        with contextlib.suppress(ConnectionResetError, BrokenPipeError):  # it may answer before the rest
            sock.sendall(request if whole else request[: 2 * MAX_HEADER])
        assert_error(port, sock, 431, "invalid_request")


def test_pipelined_requests_with_a_large_body_are_all_served(port: int) -> None:
    """A read holding a body larger than the header cap and the next request's head is no oversized head."""
    body = json.dumps({"name": "x" * (MAX_BODY - 100)}).encode()
    head = f"POST /v4/segments HTTP/1.1\r\nHost: {HOST}\r\n{AUTH}Content-Type: application/json\r\n"
    post = f"{head}Content-Length: {len(body)}\r\n\r\n".encode() + body
    get = f"GET /v4/segments HTTP/1.1\r\nHost: {HOST}\r\n{AUTH}Connection: close\r\n\r\n".encode()
    with connect(port) as sock:
        sock.sendall(post + get)
        data = b""
        while chunk := sock.recv(65536):
            data += chunk
    assert re.findall(rb"HTTP/1.1 (\d{3}) ", data) == [b"400", b"200"]  # the name is too long: 400


def test_a_request_whose_headers_stall_is_408_and_closed(port: int) -> None:
    with connect(port) as sock:
        sock.sendall(f"GET /v4/segments HTTP/1.1\r\nHost: {HOST}\r\n".encode())
        assert_error(port, sock, 408, "invalid_request")


def test_a_connection_that_never_sends_is_closed(port: int) -> None:
    with connect(port) as sock:
        assert sock.recv(1) == b""


def test_an_idle_keep_alive_connection_is_closed(port: int) -> None:
    with connect(port) as sock:
        sock.sendall(f"GET /v4/segments HTTP/1.1\r\nHost: {HOST}\r\n{AUTH}\r\n".encode())
        status, _, body = answer(sock)  # served, then closed once idle
    assert status == 200 and json.loads(body)["object"] == "list"


def test_a_body_that_stalls_is_408_and_closed(port: int) -> None:
    with connect(port) as sock:
        head = f"POST /v4/segments HTTP/1.1\r\nHost: {HOST}\r\n{AUTH}Content-Type: application/json\r\n"
        sock.sendall(f'{head}Content-Length: 100\r\n\r\n{{"name":'.encode())
        assert_error(port, sock, 408, "invalid_request")


def test_a_declared_body_over_the_limit_is_413_before_it_is_sent(port: int) -> None:
    with connect(port) as sock:
        head = f"POST /v4/segments HTTP/1.1\r\nHost: {HOST}\r\n{AUTH}Content-Type: application/json\r\n"
        sock.sendall(f"{head}Content-Length: {200 * 1024 * 1024}\r\n\r\n".encode())
        assert_error(port, sock, 413, "invalid_request")


def test_a_chunked_body_over_the_limit_is_413(port: int) -> None:
    with connect(port) as sock:
        head = f"POST /v4/segments HTTP/1.1\r\nHost: {HOST}\r\n{AUTH}Content-Type: application/json\r\n"
        chunk = b"x" * 16384
        sock.sendall(f"{head}Transfer-Encoding: chunked\r\n\r\n".encode())
        for _ in range(MAX_BODY // len(chunk) + 1):
            sock.sendall(b"%x\r\n%s\r\n" % (len(chunk), chunk))
        assert_error(port, sock, 413, "invalid_request")


@pytest.mark.parametrize(
    "request_bytes", [b"NOT HTTP AT ALL\r\n\r\n", b"GET / HTTP/1.1\r\nHost: a\r\nBad Header\r\n\r\n"]
)
def test_malformed_http_is_400_in_the_vendors_shape(port: int, request_bytes: bytes) -> None:
    with connect(port) as sock:
        sock.sendall(request_bytes)
        assert_error(port, sock, 400, "invalid_data")


def test_a_websocket_upgrade_is_answered_as_http_in_json(port: int) -> None:
    with connect(port) as sock:
        upgrade = "Connection: Upgrade\r\nUpgrade: websocket\r\nSec-WebSocket-Version: 13\r\n"
        sock.sendall(f"GET /v4/segments HTTP/1.1\r\nHost: {HOST}\r\n{upgrade}Connection: close\r\n\r\n".encode())
        status, headers, body = answer(sock)
    assert (status, headers["content-type"]) == (401, "application/json")
    assert json.loads(body)["error"]["code"] == "control_unauthorized"
