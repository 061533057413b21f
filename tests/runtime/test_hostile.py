"""Hostile servers and addresses (issue 12, clients): one table per finding, each run sync and async.

1. Every failure is an ``APIError``: a reply nested 100k deep, or a hop the transport refuses.
2. The credential check follows whatever header carries the credential, on every redirect hop.
3. No exception holds the request with the credential (httpx attaches it to its own errors).
4. Statuses outside 100-599 are errors and never retried; a 1xx that arrives as final is answered at once.
5. Loopback is ``127.0.0.0/8``, ``::1`` and exactly ``localhost`` (``_security.is_loopback_host``).
"""

import functools
import json
import socket
from collections.abc import AsyncIterator, Iterator
from typing import Any

import httpx
import pytest
import respx
from hypothesis import example, given, settings
from hypothesis import strategies as st
from qonversion_client import (
    APIConnectionError,
    APIError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    BadRequestError,
    Client,
    InternalServerError,
    NotFoundError,
    QonversionClient,
    RetryPolicy,
)
from qonversion_client._security import InsecureTransportError, is_loopback_host
from qonversion_client.api.segments import v_4_get_segment
from salesforce_personalization_client import APIError as SalesforceAPIError
from salesforce_personalization_client import APIResponseValidationError as SalesforceValidationError
from salesforce_personalization_client import BadRequestError as SalesforceBadRequestError
from salesforce_personalization_client import RetryPolicy as SalesforceRetryPolicy
from salesforce_personalization_client import SalesforceClient
from salesforce_personalization_client.api.personalization_experiments import get_personalization_experiment

from .calls import MODES, call, call_detailed
from .conftest import (
    QONVERSION_BASE,
    QONVERSION_KEY,
    SALESFORCE_BASE,
    SALESFORCE_INSTANCE,
    SALESFORCE_TOKEN,
    SEGMENT,
    Sleeps,
    policy_kwargs,
)

DEPTH = 100_000
DEEP_ARRAY = b"[" * DEPTH + b"]" * DEPTH
DEEP_OBJECT = b'{"a":' * DEPTH + b"1" + b"}" * DEPTH
DEEP_IN_ERROR = b'{"error": {"code": "x", "message": "m", "details": ' + DEEP_ARRAY + b"}}"
BODY_NAMES = {DEEP_ARRAY: "deep array", DEEP_OBJECT: "deep object", DEEP_IN_ERROR: "deep error details"}
SEGMENT_PATH = "/segments/s"
SF_PATH = "/personalization/abn-experiments/e"


def _requests_held_by(exc: BaseException) -> list[httpx.Request]:
    """Every httpx request reachable from ``exc``: its attributes and those of its causes and contexts."""
    found: list[httpx.Request] = []
    seen: set[int] = set()
    todo: list[BaseException | None] = [exc]
    while todo:
        current = todo.pop()
        if current is None or id(current) in seen:
            continue
        seen.add(id(current))
        for value in vars(current).values():
            if isinstance(value, httpx.Request):
                found.append(value)
            if isinstance(value, httpx.Response) and value._request is not None:
                found.append(value._request)
        todo += [current.__cause__, current.__context__]
    return found


class _Raw(httpx.SyncByteStream, httpx.AsyncByteStream):
    """A body handed over as it is (respx would decode ``content=`` at once, failing the test's own set-up)."""

    def __init__(self, data: bytes) -> None:
        self.data = data

    def __iter__(self) -> Iterator[bytes]:
        yield self.data

    async def __aiter__(self) -> AsyncIterator[bytes]:
        yield self.data


def _credentialed_requests_held_by(exc: BaseException, *secrets: str) -> list[httpx.Request]:
    return [request for request in _requests_held_by(exc) if any(s in str(request.headers.raw) for s in secrets)]


def _refused_port() -> int:
    with socket.socket() as probe:  # a loopback port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


class _Stalled(httpx.SyncByteStream, httpx.AsyncByteStream):
    """A body that never arrives: what reading after a 1xx gives (the next bytes belong to another response)."""

    def __iter__(self) -> Iterator[bytes]:
        raise httpx.ReadTimeout("no body after a 1xx")

    async def __aiter__(self) -> AsyncIterator[bytes]:
        raise httpx.ReadTimeout("no body after a 1xx")
        yield b""  # pragma: no cover (makes this an async generator)


# 1. Every failure is an APIError: replies nested too deeply to parse.

DEEP_REPLIES = [  # (api, status, body, error class of sync(), whether *_detailed raises it too)
    ("qonversion", 200, DEEP_ARRAY, APIResponseValidationError, True),
    ("qonversion", 200, DEEP_OBJECT, APIResponseValidationError, True),
    ("qonversion", 400, DEEP_IN_ERROR, BadRequestError, False),
    ("qonversion", 404, DEEP_ARRAY, NotFoundError, False),
    ("qonversion", 418, DEEP_OBJECT, APIStatusError, False),
    ("qonversion", 503, DEEP_ARRAY, InternalServerError, False),
    ("salesforce", 200, DEEP_OBJECT, SalesforceValidationError, True),
    ("salesforce", 400, DEEP_ARRAY, SalesforceBadRequestError, False),
]


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(
    ("api", "status", "body", "error", "detailed_raises"),
    DEEP_REPLIES,
    ids=[f"{api}-{status}-{BODY_NAMES[body]}" for api, status, body, *_ in DEEP_REPLIES],
)
def test_a_reply_nested_too_deeply_is_a_typed_error(
    mode: str,
    api: str,
    status: int,
    body: bytes,
    error: type[Exception],
    detailed_raises: bool,
    qonversion: QonversionClient,
    salesforce: SalesforceClient,
) -> None:
    base, path, module, client = (
        (QONVERSION_BASE, SEGMENT_PATH, v_4_get_segment, qonversion)
        if api == "qonversion"
        else (SALESFORCE_BASE, SF_PATH, get_personalization_experiment, salesforce)
    )
    with respx.mock(base_url=base) as router:
        router.get(path).respond(status, content=body, headers={"Content-Type": "application/json"})
        with pytest.raises(error) as info:
            call(mode, module, path.rpartition("/")[2], client=client, max_retries=0)
        if detailed_raises:
            with pytest.raises(error):
                call_detailed(mode, module, path.rpartition("/")[2], client=client, max_retries=0)
        else:
            result = call_detailed(mode, module, path.rpartition("/")[2], client=client, max_retries=0)
            assert (result.status_code, result.parsed) == (status, None)
    assert type(info.value) is error
    if status == 200:
        assert str(info.value).endswith("body is nested too deeply to parse")
    else:
        assert getattr(info.value, "body", "missing") is None


ANY_JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=10),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
    max_leaves=12,
)
ANY_HEADERS = st.dictionaries(
    st.sampled_from(["Retry-After", "Content-Type", "Content-Encoding", "Location"]),
    st.text(st.characters(min_codepoint=32, max_codepoint=126), max_size=24)
    | st.sampled_from(
        ["0", "1e309", "gzip", "deflate", "application/json", "//evil.example/x", "http://evil.example/"]
    ),
)
ANY_BODY = st.binary(max_size=64) | ANY_JSON.map(lambda value: json.dumps(value).encode())
ANY_STATUS = st.integers(min_value=1, max_value=1099)  # respx answers 0 as 200


@functools.cache
def _fuzzed_client(api: str) -> tuple[Any, Any, type[Exception]]:
    """One client per API for all examples (building one costs more than an example); sleeps are recorded, not slept."""
    sleeps = Sleeps()
    if api == "qonversion":
        policy = RetryPolicy(**policy_kwargs(sleeps))
        client = QonversionClient(secret_key=QONVERSION_KEY, follow_redirects=True, retry_policy=policy)
        return client, v_4_get_segment, APIError
    sf_policy = SalesforceRetryPolicy(**policy_kwargs(sleeps))
    sf_client = SalesforceClient(
        instance_url=SALESFORCE_INSTANCE, access_token=SALESFORCE_TOKEN, follow_redirects=True, retry_policy=sf_policy
    )
    return sf_client, get_personalization_experiment, SalesforceAPIError


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("api", ["qonversion", "salesforce"])
@settings(max_examples=30, deadline=None)
@example(status=200, headers={}, body=DEEP_OBJECT)
@example(status=404, headers={"Content-Type": "application/json"}, body=DEEP_ARRAY)
@example(status=302, headers={"Location": "//evil.example/"}, body=b"")
@given(status=ANY_STATUS, headers=ANY_HEADERS, body=ANY_BODY)
def test_whatever_the_server_answers_a_call_returns_or_raises_an_api_error(
    mode: str, api: str, status: int, headers: dict[str, str], body: bytes
) -> None:
    """Any status, headers and body, on every hop (redirects followed, retries made): a result, or an APIError
    holding no request."""
    client, module, error = _fuzzed_client(api)
    with respx.mock() as router:
        router.route().mock(side_effect=lambda _: httpx.Response(status, headers=headers, stream=_Raw(body)))
        for run in (call, call_detailed):
            try:
                run(mode, module, "s", client=client)
            except error as exc:
                assert _credentialed_requests_held_by(exc, QONVERSION_KEY, SALESFORCE_TOKEN) == []


# 2. The credential header is guarded on every hop, whatever its name.

EVIL = "http://evil.example/steal"
REDIRECTS = [  # (auth_header_name, prefix, Location of each hop, whether the last hop may carry the credential)
    ("X-Api-Key", "", [EVIL], False),
    ("X-Api-Key", "", ["https://evil.example/steal"], False),
    ("X-Api-Key", "", ["//evil.example/steal"], False),
    ("X-Api-Key", "", ["https://api.qonversion.io:8443/v4/segments/t"], False),
    ("X-Api-Key", "", ["http://127.0.0.1:8080/v4/segments/t"], False),
    ("X-Api-Key", "", ["https://api.qonversion.io/v4/segments/hop", EVIL], False),
    ("X-Api-Key", "", ["https://api.qonversion.io/v4/segments/t"], True),  # same origin: kept
    ("Authorization", "Bearer", [EVIL], False),  # httpx drops Authorization by itself
    ("Authorization", "Bearer", ["https://api.qonversion.io/v4/segments/t"], True),
]


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(
    ("header", "prefix", "hops", "kept"), REDIRECTS, ids=[f"{row[0]}->{' '.join(row[2])}" for row in REDIRECTS]
)
def test_the_credential_never_follows_a_redirect_off_its_origin(
    mode: str, sleeps: Sleeps, header: str, prefix: str, hops: list[str], kept: bool
) -> None:
    client = QonversionClient(
        secret_key=QONVERSION_KEY,
        auth_header_name=header,
        prefix=prefix,
        follow_redirects=True,
        retry_policy=RetryPolicy(**policy_kwargs(sleeps)),
    )
    first = QONVERSION_BASE + SEGMENT_PATH
    urls = [first, *(httpx.URL(first).join(hop) for hop in hops)]
    with respx.mock(assert_all_called=True) as router:
        for url, location in zip(urls, hops, strict=False):
            router.get(str(url)).respond(302, headers={"Location": location})
        last = router.get(str(urls[-1])).respond(200, json=SEGMENT)
        call(mode, v_4_get_segment, "s", client=client)
    seen = last.calls.last.request
    assert (header in seen.headers) is kept
    assert any(QONVERSION_KEY in value for value in seen.headers.values()) is kept


REFUSED = [  # a client sending a credential to plain http on its own: the call fails with an APIError
    {"base_url": "http://api.example/v4", "headers": {"Authorization": f"Bearer {QONVERSION_KEY}"}},
    {"base_url": "http://localhost./v4", "headers": {"authorization": QONVERSION_KEY}},
]


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("options", REFUSED, ids=[options["base_url"] for options in REFUSED])
def test_a_refused_hop_is_an_api_error(mode: str, options: dict[str, Any]) -> None:
    with respx.mock(assert_all_called=False) as router:
        route = router.route().respond(200, json=SEGMENT)
        with pytest.raises(APIConnectionError, match="not sent: refusing to send credentials") as info:
            call(mode, v_4_get_segment, "s", client=Client(**options))
    assert route.call_count == 0
    assert QONVERSION_KEY not in str(info.value)


# 3. No exception holds the request (its headers carry the credential).


TRANSPORT_FAILURES = [  # (what the server does, the error class)
    (httpx.ConnectError("refused"), APIConnectionError),
    (httpx.ConnectTimeout("slow"), APITimeoutError),
    (httpx.ReadTimeout("slow"), APITimeoutError),
    (httpx.ReadError(f"reset by {QONVERSION_KEY}"), APIConnectionError),
    (httpx.RemoteProtocolError("garbage"), APIConnectionError),
    ("bad gzip", APIConnectionError),
    ("redirect loop", APIConnectionError),
    ("refused socket", APIConnectionError),
]


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(
    ("failure", "error"), TRANSPORT_FAILURES, ids=[repr(failure) for failure, _ in TRANSPORT_FAILURES]
)
def test_no_exception_holds_the_credentialed_request(
    mode: str, sleeps: Sleeps, failure: Exception | str, error: type[Exception]
) -> None:
    options: dict[str, Any] = {"retry_policy": RetryPolicy(**policy_kwargs(sleeps)), "follow_redirects": True}
    with respx.mock(base_url=QONVERSION_BASE) as router:
        if failure == "redirect loop":
            router.get(SEGMENT_PATH).respond(302, headers={"Location": "s"})
        elif failure == "bad gzip":
            router.get(SEGMENT_PATH).respond(200, headers={"Content-Encoding": "gzip"}, stream=_Raw(b"not gzip"))
        elif failure == "refused socket":  # httpx's own transport, below respx
            options["base_url"] = f"http://127.0.0.1:{_refused_port()}/v4"
            router.route(host="127.0.0.1").pass_through()
        else:
            router.get(SEGMENT_PATH).mock(side_effect=[failure] * 3)
        with pytest.raises(APIError) as info:
            call(mode, v_4_get_segment, "s", client=QonversionClient(secret_key=QONVERSION_KEY, **options))
    assert type(info.value) is error
    cause = info.value.__cause__
    assert isinstance(cause, httpx.RequestError)  # the cause is kept, as a copy
    assert info.value.__context__ is None or info.value.__context__ is cause
    assert _credentialed_requests_held_by(info.value, QONVERSION_KEY) == []
    assert QONVERSION_KEY not in str(cause)


ECHOES = [  # (api, status, headers, body): the server echoes the credential back
    ("qonversion", 401, {"WWW-Authenticate": f'Bearer error="invalid_token", token="{QONVERSION_KEY}"'}, None),
    ("qonversion", 401, {}, {"error": {"code": "control_unauthorized", "message": f"bad key {QONVERSION_KEY}"}}),
    ("qonversion", 500, {"X-Echo": QONVERSION_KEY}, {"error": {"code": "internal", "message": QONVERSION_KEY}}),
    (
        "salesforce",
        401,
        {"X-Echo": SALESFORCE_TOKEN},
        [{"errorCode": "INVALID_SESSION_ID", "message": SALESFORCE_TOKEN}],
    ),
]


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(("api", "status", "headers", "body"), ECHOES)
def test_an_echoed_credential_is_redacted_from_the_errors_headers_and_body(
    mode: str,
    api: str,
    status: int,
    headers: dict[str, str],
    body: Any,
    qonversion: QonversionClient,
    salesforce: SalesforceClient,
) -> None:
    base, path, module, client, secret = (
        (QONVERSION_BASE, SEGMENT_PATH, v_4_get_segment, qonversion, QONVERSION_KEY)
        if api == "qonversion"
        else (SALESFORCE_BASE, SF_PATH, get_personalization_experiment, salesforce, SALESFORCE_TOKEN)
    )
    with respx.mock(base_url=base) as router:
        router.get(path).respond(status, headers=headers, json=body)
        with pytest.raises(APIStatusError if api == "qonversion" else SalesforceAPIError) as info:
            call(mode, module, path.rpartition("/")[2], client=client, max_retries=0)
    error: Any = info.value
    assert error.status_code == status
    assert secret not in repr(error.headers.multi_items()) and secret not in repr(error.body)
    if body is not None:  # the vendor error is still there, with the echo redacted
        assert error.code == (body["error"]["code"] if api == "qonversion" else body[0]["errorCode"])
        assert "[redacted]" in error.vendor_message and secret not in error.vendor_message
    for name in headers:
        assert "[redacted]" in error.headers[name]


@pytest.mark.parametrize("mode", MODES)
def test_a_validation_error_does_not_chain_a_parse_error_quoting_the_credential(
    mode: str, qonversion: QonversionClient, q_wire: respx.MockRouter
) -> None:
    q_wire.get(SEGMENT_PATH).respond(200, json={**SEGMENT, "created_at": QONVERSION_KEY})
    with pytest.raises(APIResponseValidationError) as info:
        call(mode, v_4_get_segment, "s", client=qonversion)
    assert (info.value.__cause__, info.value.__context__) == (None, None)
    q_wire.get(SEGMENT_PATH).respond(200, json={**SEGMENT, "created_at": "not a date"})
    with pytest.raises(APIResponseValidationError) as info:
        call(mode, v_4_get_segment, "s", client=qonversion)
    assert isinstance(info.value.__cause__, ValueError)  # a cause without the secret is kept


# 4. Statuses outside 100-599 are errors, never retried; a 1xx surfacing as final is answered without waiting.

OUT_OF_RANGE = [  # (status, error class of sync(), attempts the server sees)
    (600, APIStatusError, 1),
    (699, APIStatusError, 1),
    (999, APIStatusError, 1),
    (1000, APIStatusError, 1),
    (599, InternalServerError, 3),  # the last 5xx: still retried
    (101, APIStatusError, 1),
    (199, APIStatusError, 1),
]


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(("status", "error", "attempts"), OUT_OF_RANGE)
def test_statuses_outside_100_to_599_are_errors_never_retried(
    mode: str, qonversion: QonversionClient, q_wire: respx.MockRouter, status: int, error: type, attempts: int
) -> None:
    route = q_wire.get(SEGMENT_PATH).respond(status, headers={"Retry-After": "0"}, json={"error": {"code": "x"}})
    with pytest.raises(APIStatusError) as info:
        call(mode, v_4_get_segment, "s", client=qonversion)
    assert (type(info.value), info.value.status_code, info.value.retries) == (error, status, attempts - 1)
    assert route.call_count == attempts
    result = call_detailed(mode, v_4_get_segment, "s", client=qonversion)
    assert (result.status_code, result.retries) == (status, attempts - 1)


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("status", [100, 101, 103, 199])
def test_a_1xx_arriving_as_final_is_answered_without_waiting_for_a_body(
    mode: str, qonversion: QonversionClient, q_wire: respx.MockRouter, sleeps: Sleeps, status: int
) -> None:
    route = q_wire.get(SEGMENT_PATH).respond(status, headers={"Content-Length": "2"}, stream=_Stalled())
    with pytest.raises(APIStatusError) as info:
        call(mode, v_4_get_segment, "s", client=qonversion)
    assert (type(info.value), info.value.status_code, info.value.retries) == (APIStatusError, status, 0)
    assert route.call_count == 1 and sleeps.delays == []


# 5. Loopback: 127.0.0.0/8, ::1 and exactly localhost.

HOSTS = [  # (host, loopback?)
    ("localhost", True),
    ("LocalHost", True),  # host names are case-insensitive (httpx lower-cases them anyway)
    ("127.0.0.1", True),
    ("127.255.255.254", True),
    ("::1", True),
    ("[::1]", True),
    ("0:0:0:0:0:0:0:1", True),
    ("localhost.", False),  # a fully qualified name: DNS may answer it
    ("localhost.evil.example", False),
    ("evil-localhost", False),
    ("127.0.0.1.", False),
    ("127.1", False),  # the resolver turns these into 127.0.0.1; refused rather than guessed
    ("2130706433", False),
    ("0x7f000001", False),
    ("0177.0.0.1", False),
    ("::ffff:127.0.0.1", False),
    ("::1%lo", False),
    ("[[::1]]", False),
    ("128.0.0.1", False),
    ("0.0.0.0", False),
    ("::", False),
    ("", False),
]


@pytest.mark.parametrize(("host", "loopback"), HOSTS)
def test_is_loopback_host(host: str, loopback: bool) -> None:
    assert is_loopback_host(host) is loopback


@pytest.mark.parametrize(
    ("url", "allowed"),
    [
        ("http://localhost./v4", False),
        ("http://LOCALHOST:4010/v4", True),
        ("http://127.1/v4", False),
        ("http://[::ffff:127.0.0.1]/v4", False),
        ("http://127.0.0.2:4010/v4", True),
        ("http://[::1]:4010/v4", True),
    ],
)
def test_plain_http_base_urls_follow_the_loopback_rule(url: str, allowed: bool) -> None:
    if allowed:
        assert QonversionClient(secret_key=QONVERSION_KEY, base_url=url).base_url == url
    else:
        with pytest.raises(InsecureTransportError, match="refusing to send credentials"):
            QonversionClient(secret_key=QONVERSION_KEY, base_url=url)
