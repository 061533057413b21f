"""pytest plugin (entry point ``specfirst_mock``): fixtures ``qonversion_mock`` and ``salesforce_mock``.

Each fixture routes every httpx request to the API's host (the spec's server URL) to the in-process mock
through respx: no server, no port. A request that does not follow the spec gets the vendor's error answer,
and the test fails at teardown listing each such request, unless ``allow_violations`` was set.

    def test_create_segment(qonversion_mock):
        client = AuthenticatedClient(base_url="https://api.qonversion.io/v4", token="test_sk_x")
        response = v4_create_segment.sync_detailed(client=client, body=SegmentCreate(name="VIP"))
        assert response.status_code == 201

Loaded by every pytest run in an environment where specfirst is installed, so this module imports nothing
beyond pytest and the standard library: the mock and respx come with ``specfirst[mock]``, imported when a
fixture is used, and a fixture used without them fails naming that extra.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

if TYPE_CHECKING:
    import httpx

    from .pipeline import MockApi, Violation


class MockedApi:
    """What a fixture gives a test: the mock, its base URL, and helpers for state and faults."""

    def __init__(self, mock: MockApi, base_url: str) -> None:
        self.mock = mock
        self.base_url = base_url
        self.allow_violations = False

    @property
    def violations(self) -> list[Violation]:
        return self.mock.violations

    def reset(self) -> None:
        self.mock.reset()

    def seed(self, source: Path | str | list[dict[str, Any]], token: str) -> list[Any]:
        """Run a seed file (or list of steps) as ``token``; see ``specfirst.mock.seed``."""
        from .seed import seed

        return seed(self.mock, token, source)

    def fail_next(self, count: int, *, status: int = 503, retry_after: int = 0) -> None:
        self.mock.faults.inject(count, status=status, retry_after=retry_after)

    def drop_next(self, count: int) -> None:
        self.mock.faults.inject(count, drop=True)

    def handle(self, request: httpx.Request) -> httpx.Response:
        import httpx

        from .faults import Drop
        from .pipeline import Request

        reply = self.mock.handle(
            Request(
                method=request.method,
                path=request.url.raw_path.decode("ascii").split("?", 1)[0],
                query=request.url.query.decode("ascii"),
                headers={k.lower(): v for k, v in request.headers.items()},
                body=request.read(),
            )
        )
        if isinstance(reply, Drop):
            raise httpx.RemoteProtocolError("Server disconnected without sending a response.", request=request)
        headers = dict(reply.headers)
        content = reply.encode()
        if content:
            headers["Content-Type"] = "application/json"
        return httpx.Response(reply.status, headers=headers, content=content)


def server_pattern(mock: MockApi) -> re.Pattern[str]:
    """The spec's first server URL as a regex over full URLs; its variables match any value."""
    url: str = mock.spec.document["servers"][0]["url"]
    return re.compile("^" + re.sub(r"\\\{[^}]+\\\}", "[^/]+", re.escape(url.rstrip("/"))) + "(/|$)")


class MissingMockExtra(RuntimeError):
    """A fixture was used where ``specfirst`` is installed without its ``mock`` extra."""


def mocked(api: str) -> Iterator[MockedApi]:
    try:
        import respx

        from . import create_mock

        mock = create_mock(api)
    except ModuleNotFoundError as exc:
        if exc.name is None or exc.name.partition(".")[0] == "specfirst":
            raise
        raise MissingMockExtra(
            f"the {api}_mock fixture needs specfirst[mock] (pip install 'specfirst[mock]'): "
            f"module {exc.name!r} is not installed"
        ) from None
    server = mock.spec.document["servers"][0]
    base_url = server["url"]
    for name, variable in server.get("variables", {}).items():
        base_url = base_url.replace("{" + name + "}", variable["default"])
    fixture = MockedApi(mock, base_url)
    with respx.mock(assert_all_called=False) as router:
        router.route(url__regex=server_pattern(mock)).mock(side_effect=fixture.handle)
        yield fixture
    if fixture.violations and not fixture.allow_violations:
        listed = "\n".join(f"  {v}" for v in fixture.violations)
        pytest.fail(f"requests that do not follow the {api} spec:\n{listed}", pytrace=False)


@pytest.fixture
def qonversion_mock() -> Iterator[MockedApi]:
    """Requests to https://api.qonversion.io/v4 go to the in-process Qonversion mock."""
    yield from mocked("qonversion")


@pytest.fixture
def salesforce_mock() -> Iterator[MockedApi]:
    """Requests to https://<anything>.my.salesforce.com/services/data/v<version> go to the Salesforce mock."""
    yield from mocked("salesforce")
