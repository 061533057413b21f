"""The in-process bridge the suite gives schemathesis: the ASGI mock as WSGI, run on the calling thread."""

from __future__ import annotations

import asyncio
import threading
from typing import Any

import pytest
from werkzeug.test import Client

from specfirst.contract import session
from specfirst.contract.inprocess import as_wsgi
from specfirst.contract.targets import mock_target


def echo_app(seen: list[dict[str, Any]], status: int = 201) -> Any:
    """An ASGI app that records what it got and answers in two body chunks."""

    async def app(scope: dict[str, Any], receive: Any, send: Any) -> None:
        message = await receive()
        seen.append(
            {
                "scope": scope,
                "body": message["body"],
                "thread": threading.get_ident(),
                "loop": asyncio.get_running_loop(),
            }
        )
        await send(
            {"type": "http.response.start", "status": status, "headers": [(b"x-answer", b"a"), (b"x-answer", b"b")]}
        )
        await send({"type": "http.response.body", "body": b"hel", "more_body": True})
        await send({"type": "http.response.body", "body": b"lo"})

    return app


def test_request_reaches_the_app_as_sent() -> None:
    seen: list[dict[str, Any]] = []
    client = Client(as_wsgi(echo_app(seen)))
    response = client.open(
        "/v4/segments/a%2Fb",
        method="POST",
        query_string="limit=2&starting_after=x%20y",
        headers={"Authorization": "Bearer test_sk_1", "Idempotency-Key": "k1"},
        data=b'{"name":"n"}',
        content_type="application/json",
    )
    (got,) = seen
    scope = got["scope"]
    assert (scope["method"], scope["path"], scope["raw_path"]) == ("POST", "/v4/segments/a/b", b"/v4/segments/a%2Fb")
    assert scope["query_string"] == b"limit=2&starting_after=x%20y"
    headers = dict(scope["headers"])
    assert headers[b"authorization"] == b"Bearer test_sk_1"
    assert headers[b"idempotency-key"] == b"k1"
    assert headers[b"content-type"] == b"application/json"
    assert headers[b"content-length"] == b"12"
    assert got["body"] == b'{"name":"n"}'
    assert got["thread"] == threading.get_ident()  # no hand-off to another thread
    assert response.status == "201 Created"
    assert response.headers.getlist("x-answer") == ["a", "b"]
    assert response.get_data() == b"hello"


def test_an_underscored_content_length_header_is_not_the_body_length() -> None:
    """A fuzzed ``CONTENT_LENGTH: x`` header reaches the app under its own name, as a server passes it."""
    seen: list[dict[str, Any]] = []
    Client(as_wsgi(echo_app(seen))).get("/v4/integrations", headers={"CONTENT_LENGTH": "y26", "CONTENT_TYPE": "z"})
    headers = seen[0]["scope"]["headers"]
    assert (b"content_length", b"y26") in headers and (b"content_type", b"z") in headers
    assert [value for name, value in headers if name == b"content-length"] in ([], [b"0"])
    assert not [value for name, value in headers if name == b"content-type"]


def test_one_loop_for_every_request_and_unknown_status_keeps_its_code() -> None:
    seen: list[dict[str, Any]] = []
    client = Client(as_wsgi(echo_app(seen, status=599)))
    first, second = client.get("/x"), client.get("/y")
    assert [first.status_code, second.status_code] == [599, 599]
    assert seen[0]["loop"] is seen[1]["loop"]
    assert first.status == "599 UNKNOWN"  # no phrase from the bridge: werkzeug names the unknown code
    assert (dict(seen[0]["scope"]["headers"])[b"host"], seen[0]["body"]) == (b"localhost", b"")


@pytest.mark.parametrize("api", ["qonversion", "salesforce"])
def test_the_suite_reaches_the_mock_through_the_bridge(api: str) -> None:
    """A spec example sent by schemathesis gets the mock's documented answer, on the calling thread."""
    target = mock_target(api)
    schema = session.load_schema(target, "quick")
    assert schema.app.__qualname__ == "as_wsgi.<locals>.wsgi"
    operation = next(op.ok() for op in schema.get_all_operations() if op.ok().method.upper() == "POST")
    case = operation.Case(body=_example_body(operation), headers={"Authorization": f"Bearer {target.token}"})
    response = case.call()
    assert response.status_code == 201, response.text
    assert response.json()["id"]
    case.validate_response(response)


def _example_body(operation: Any) -> Any:
    media = operation.definition.raw["requestBody"]["content"]["application/json"]
    if "example" in media:
        return media["example"]
    return next(iter(media["examples"].values()))["value"]
