"""The request pipeline every endpoint function calls: send -> parse -> success or a typed error.

Copied into each generated client by ``nox -s generate`` from ``overrides/runtime/``. Endpoint modules
(``overrides/templates/endpoint_module.py.jinja``) stay thin: they build the request kwargs and the
parser from the spec and hand both to the functions here, so error mapping, per-call options and
secret redaction live in one place (retries live in ``_retry.py``, at the transport).
"""

import uuid
from collections.abc import Callable
from http import HTTPStatus
from typing import Any, TypeVar

import httpx

from ._retry import MAX_RETRIES_EXTENSION, RETRIES_EXTENSION
from ._security import redact
from ._vendor import as_vendor_error, error_code, error_details, error_message, parse_error
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
        request=request,
        secrets=_secrets(client),
    )


def _safe_cause(client: AuthenticatedClient | Client, exc: Exception) -> Exception | None:
    """``exc`` to chain as the cause, unless its text holds the credential (then the chain is cut)."""
    text = str(exc)
    return None if any(secret and secret in text for secret in _secrets(client)) else exc


def send_sync(
    client: AuthenticatedClient | Client, kwargs: dict[str, Any], *, max_retries: int | None, timeout: TimeoutOption
) -> httpx.Response:
    """Send one operation's request through the client's (retrying) httpx client; map transport failures."""
    http = client.get_httpx_client()
    request = http.build_request(**kwargs, **_request_options(client, max_retries, timeout))
    try:
        return http.send(request)
    except httpx.RequestError as exc:
        raise _connection_error(client, request, exc) from _safe_cause(client, exc)


async def send_async(
    client: AuthenticatedClient | Client, kwargs: dict[str, Any], *, max_retries: int | None, timeout: TimeoutOption
) -> httpx.Response:
    """The async twin of :func:`send_sync`."""
    http = client.get_async_httpx_client()
    request = http.build_request(**kwargs, **_request_options(client, max_retries, timeout))
    try:
        return await http.send(request)
    except httpx.RequestError as exc:
        raise _connection_error(client, request, exc) from _safe_cause(client, exc)


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
    try:
        return parse()
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        if 200 <= response.status_code < 300:
            raise _validation_error(client, response, f"body does not match the spec ({type(exc).__name__})") from exc
        return None


def _validation_error(client: AuthenticatedClient | Client, response: httpx.Response, why: str) -> APIError:
    request = response.request
    message = redact(f"{response.status_code} on {request.method} {request.url.path}: {why}", _secrets(client))
    return APIResponseValidationError(
        message,
        method=request.method,
        path=request.url.path,
        status_code=response.status_code,
        retries=retries_of(response),
        response=response,
        secrets=_secrets(client),
    )


def status_error(client: AuthenticatedClient | Client, response: httpx.Response, parsed: object) -> APIStatusError:
    """The typed error for a non-success ``response``; ``parsed`` is what the endpoint's parser made of it."""
    request = response.request
    body = as_vendor_error(parsed)
    if body is None:
        body = parse_error(response)
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
        headers=response.headers,
        body=body,
        retries=retries_of(response),
        response=response,
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
