"""The request pipeline every endpoint function calls: send -> parse -> success or a typed error.

Hand-written (not generator output), the same in every client. Endpoint modules
(the endpoint template) stay thin: they build the request kwargs and the
parser from the spec and hand both to the functions here, so error mapping, per-call options and
secret redaction live in one place (retries live in ``_retry.py``, at the transport).

Whatever the server answers, a call ends in its result or an :class:`APIError`: a body nested too deeply
to parse included. No error holds the credential: the httpx exception a connection error is chained to
is a copy without its request (whose headers carry the secret) and with the credential redacted.
"""

import uuid
from collections.abc import Callable
from http import HTTPStatus
from typing import Any, TypeVar

import httpx

from ._retry import FRAMING_HEADERS, MAX_RETRIES_EXTENSION, RETRIES_EXTENSION
from ._security import InsecureTransportError, redact
from ._vendor import (
    as_vendor_error,
    error_code,
    error_details,
    error_message,
    parse_error,
)
from .client import AuthenticatedClient, Client
from .errors import (
    APIConnectionError,
    APIError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    status_error_class,
)
from .types import Unset

T = TypeVar("T")
TimeoutOption = float | httpx.Timeout | None | Unset
"""Per-call timeout: seconds, an ``httpx.Timeout``, None for no limit, or UNSET for the client's default."""


def new_idempotency_key() -> str:
    """A fresh ``Idempotency-Key`` (a random UUID): generated once per call, so every retry repeats it."""
    return str(uuid.uuid4())


def _secrets(client: AuthenticatedClient | Client) -> tuple[str, ...]:
    return (client.token,) if isinstance(client, AuthenticatedClient) else ()


def _request_options(
    client: AuthenticatedClient | Client, max_retries: int | None, timeout: TimeoutOption
) -> dict[str, Any]:
    budget = client.max_retries if max_retries is None else max_retries
    if not isinstance(budget, int) or isinstance(budget, bool) or budget < 0:
        raise ValueError(f"max_retries must be a non-negative int, not {budget!r}")
    options: dict[str, Any] = {"extensions": {MAX_RETRIES_EXTENSION: budget}}
    if not isinstance(timeout, Unset):
        options["timeout"] = timeout
    return options


def _connection_error(client: AuthenticatedClient | Client, request: httpx.Request, exc: Exception) -> APIError:
    kind = APITimeoutError if isinstance(exc, httpx.TimeoutException) else APIConnectionError
    retries = request.extensions.get(RETRIES_EXTENSION, 0)
    what = "timed out" if kind is APITimeoutError else f"failed ({type(exc).__name__})"
    message = redact(f"{request.method} {request.url.path} {what} after {retries} retries", _secrets(client))
    return kind(
        message,
        method=request.method,
        path=request.url.path,
        retries=retries,
        request=request,  # kept with the credential redacted (errors.redacted_request)
        secrets=_secrets(client),
    )


def _refused(client: AuthenticatedClient | Client, request: httpx.Request, exc: InsecureTransportError) -> APIError:
    message = redact(f"{request.method} {request.url.path} not sent: {exc}", _secrets(client))
    retries = request.extensions.get(RETRIES_EXTENSION, 0)
    return APIConnectionError(message, method=request.method, path=request.url.path, retries=retries)


def _safe_cause(client: AuthenticatedClient | Client, exc: httpx.RequestError) -> httpx.RequestError:
    """A copy of ``exc`` to chain as the cause: same type, credential redacted from its text, and no ``request``.

    httpx attaches the request (its headers hold the credential) to the exception; the copy has none, and
    no further chain (the low-level error's text is already in ``exc``'s).
    """
    text = redact(str(exc), _secrets(client))
    try:
        return type(exc)(text)
    except TypeError:  # a subclass with another signature
        return httpx.RequestError(text)


def _failure(client: AuthenticatedClient | Client, request: httpx.Request, exc: Exception) -> APIError:
    """The typed error for ``exc`` raised while sending, its cause set; raise it outside the ``except`` block,
    so that ``__context__`` does not keep the original exception (and its request) either."""
    if isinstance(exc, InsecureTransportError):
        return _refused(client, request, exc)
    assert isinstance(exc, httpx.RequestError)
    error = _connection_error(client, request, exc)
    error.__cause__ = _safe_cause(client, exc)
    return error


def send_sync(
    client: AuthenticatedClient | Client, kwargs: dict[str, Any], *, max_retries: int | None, timeout: TimeoutOption
) -> httpx.Response:
    """Send one operation's request through the client's (retrying) httpx client; map transport failures."""
    http = client.get_httpx_client()
    request = http.build_request(**kwargs, **_request_options(client, max_retries, timeout))
    try:
        return http.send(request)
    except (httpx.RequestError, InsecureTransportError) as exc:
        failure = _failure(client, request, exc)
    raise failure


async def send_async(
    client: AuthenticatedClient | Client, kwargs: dict[str, Any], *, max_retries: int | None, timeout: TimeoutOption
) -> httpx.Response:
    """The async twin of :func:`send_sync`."""
    http = client.get_async_httpx_client()
    request = http.build_request(**kwargs, **_request_options(client, max_retries, timeout))
    try:
        return await http.send(request)
    except (httpx.RequestError, InsecureTransportError) as exc:
        failure = _failure(client, request, exc)
    raise failure


def status_of(response: httpx.Response) -> HTTPStatus | int:
    """The status as an ``HTTPStatus`` when it is a registered one, else the plain int (never a crash)."""
    try:
        return HTTPStatus(response.status_code)
    except ValueError:
        return response.status_code


def retries_of(response: httpx.Response) -> int:
    """How many retries the transport made before ``response`` (0 if it did not go through one)."""
    retries = response.extensions.get(RETRIES_EXTENSION, 0)
    return retries if isinstance(retries, int) else 0


def parse_guarded(client: AuthenticatedClient | Client, response: httpx.Response, parse: Callable[[], T]) -> T | None:
    """Run an endpoint's parser; a body that does not match the spec is a typed error, not a KeyError.

    On a success status that is :class:`APIResponseValidationError`; on an error status the parsed body
    is just None (the status error still says what happened).
    """
    cause: Exception | None = None
    try:
        return parse()
    except RecursionError:
        why = "body is nested too deeply to parse"
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        why, cause = f"body does not match the spec ({type(exc).__name__})", exc
    if not 200 <= response.status_code < 300:
        return None
    error = _validation_error(client, response, why)
    # Raised outside the except block (no __context__); the cause only if its text cannot hold an echoed secret.
    error.__cause__ = None if cause is None or redact(str(cause), _secrets(client)) != str(cause) else cause
    raise error


def _validation_error(client: AuthenticatedClient | Client, response: httpx.Response, why: str) -> APIError:
    request = response.request
    message = redact(f"{response.status_code} on {request.method} {request.url.path}: {why}", _secrets(client))
    return APIResponseValidationError(
        message,
        method=request.method,
        path=request.url.path,
        status_code=response.status_code,
        retries=retries_of(response),
        response=response,  # kept with the credential redacted (errors.redacted_response)
        secrets=_secrets(client),
    )


def _without_secrets(client: AuthenticatedClient | Client, response: httpx.Response) -> httpx.Response:
    """``response``, or, when the server echoed the credential, a copy with it redacted from headers and body."""
    secrets = [secret for secret in _secrets(client) if secret]
    headers = response.headers.multi_items()
    if not any(secret.encode() in response.content or any(secret in v for _, v in headers) for secret in secrets):
        return response
    content = response.content
    for secret in secrets:
        content = content.replace(secret.encode(), b"[redacted]")
    kept = [(name, redact(value, tuple(secrets))) for name, value in headers if name not in FRAMING_HEADERS]
    return httpx.Response(response.status_code, headers=kept, content=content)


def status_error(client: AuthenticatedClient | Client, response: httpx.Response, parsed: object) -> APIStatusError:
    """The typed error for a non-success ``response``; ``parsed`` is what the endpoint's parser made of it.

    The error keeps the response's headers and vendor error, with any credential the server echoed redacted.
    """
    request = response.request
    clean = _without_secrets(client, response)
    body = as_vendor_error(parsed) if clean is response else None
    if body is None:
        try:
            body = parse_error(clean)
        except RecursionError:  # nested too deeply to be the vendor's error shape
            body = None
    status = status_of(response)
    reason = f" {status.phrase}" if isinstance(status, HTTPStatus) else ""
    message = f"{response.status_code}{reason} on {request.method} {request.url.path}"
    if body is not None:
        code, text = error_code(body), error_message(body)
        message += ": " + ": ".join(part for part in (code, text) if part)
        details = error_details(body)
        if details:  # which fields failed, e.g. "(alias_id: does not match ...)"
            message += " (" + "; ".join(details) + ")"
    return status_error_class(response.status_code)(
        redact(message, _secrets(client)),
        method=request.method,
        path=request.url.path,
        status_code=response.status_code,
        headers=clean.headers,
        body=body,
        retries=retries_of(response),
        response=response,  # kept with the credential redacted (errors.redacted_response)
        secrets=_secrets(client),
    )


def ensure_success(
    client: AuthenticatedClient | Client, response: httpx.Response, parsed: object, success: frozenset[int]
) -> None:
    """Return if ``response`` has a documented success status, else raise the typed error for it."""
    if response.status_code in success:
        return
    if 200 <= response.status_code < 300:
        raise _validation_error(client, response, "a success status the spec does not document for this operation")
    raise status_error(client, response, parsed)
