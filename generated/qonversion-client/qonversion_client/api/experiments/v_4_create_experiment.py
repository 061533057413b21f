from collections.abc import Mapping
from typing import Any, cast

import httpx

from ..._resource import RawResponse, merge_headers
from ..._send import (
    TimeoutOption,
    ensure_success,
    parse_guarded,
    retries_of,
    send_async,
    send_sync,
    status_error,
    status_of,
)
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.experiment import Experiment
from ...models.experiment_create import ExperimentCreate
from ...types import UNSET, Response


def _get_kwargs(
    *,
    body: ExperimentCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/experiments",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | Experiment | None:
    if response.status_code == 201:
        response_201 = Experiment.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ErrorResponse.from_dict(response.json())

        return response_403

    if response.status_code == 409:
        response_409 = ErrorResponse.from_dict(response.json())

        return response_409

    if response.status_code == 422:
        response_422 = ErrorResponse.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = ErrorResponse.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = ErrorResponse.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = ErrorResponse.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise status_error(client, response, None)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | Experiment]:
    return Response(
        status_code=status_of(response),
        content=response.content,
        headers=response.headers,
        parsed=parse_guarded(client, response, lambda: _parse_response(client=client, response=response)),
        retries=retries_of(response),
    )


_SUCCESS_STATUSES = frozenset({201})


def _finish(client: AuthenticatedClient | Client, response: httpx.Response) -> Experiment:
    """The documented success value of ``response``, or the typed error for it."""
    result = _build_response(client=client, response=response)
    ensure_success(client, response, result.parsed, _SUCCESS_STATUSES)
    return cast(Experiment, result.parsed)


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ExperimentCreate,
    extra_headers: Mapping[str, str] | None = None,
    max_retries: int | None = None,
    timeout: TimeoutOption = UNSET,
) -> Response[ErrorResponse | Experiment]:
    """Create an experiment

    Args:
        body (ExperimentCreate):
        extra_headers (Mapping[str, str] | None): Headers added to this call's request.
        max_retries (int | None): Retries for this call (default: the client's ``max_retries``).
        timeout (float | httpx.Timeout | None | Unset): Timeout for this call (default: the client's).

    Raises:
        errors.APIConnectionError: If no response arrived after the retries (errors.APITimeoutError on a timeout).
        errors.APIResponseValidationError: If a success response's body does not match the spec.

    Returns:
        Response[ErrorResponse | Experiment]
    """

    kwargs = merge_headers(
        _get_kwargs(
            body=body,
        ),
        extra_headers,
    )

    response = send_sync(client, kwargs, max_retries=max_retries, timeout=timeout)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: ExperimentCreate,
    extra_headers: Mapping[str, str] | None = None,
    max_retries: int | None = None,
    timeout: TimeoutOption = UNSET,
) -> Experiment:
    """Create an experiment

    Args:
        body (ExperimentCreate):
        extra_headers (Mapping[str, str] | None): Headers added to this call's request.
        max_retries (int | None): Retries for this call (default: the client's ``max_retries``).
        timeout (float | httpx.Timeout | None | Unset): Timeout for this call (default: the client's).

    Raises:
        errors.APIStatusError: For any status but a documented success (a subclass per status, e.g.
            errors.NotFoundError for 404), carrying the parsed vendor error in ``body``.
        errors.APIConnectionError: If no response arrived after the retries (errors.APITimeoutError on a timeout).
        errors.APIResponseValidationError: If a success response's body does not match the spec.

    Returns:
        Experiment
    """

    kwargs = merge_headers(
        _get_kwargs(
            body=body,
        ),
        extra_headers,
    )

    response = send_sync(client, kwargs, max_retries=max_retries, timeout=timeout)
    return _finish(client, response)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ExperimentCreate,
    extra_headers: Mapping[str, str] | None = None,
    max_retries: int | None = None,
    timeout: TimeoutOption = UNSET,
) -> Response[ErrorResponse | Experiment]:
    """Create an experiment

    Args:
        body (ExperimentCreate):
        extra_headers (Mapping[str, str] | None): Headers added to this call's request.
        max_retries (int | None): Retries for this call (default: the client's ``max_retries``).
        timeout (float | httpx.Timeout | None | Unset): Timeout for this call (default: the client's).

    Raises:
        errors.APIConnectionError: If no response arrived after the retries (errors.APITimeoutError on a timeout).
        errors.APIResponseValidationError: If a success response's body does not match the spec.

    Returns:
        Response[ErrorResponse | Experiment]
    """

    kwargs = merge_headers(
        _get_kwargs(
            body=body,
        ),
        extra_headers,
    )

    response = await send_async(client, kwargs, max_retries=max_retries, timeout=timeout)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: ExperimentCreate,
    extra_headers: Mapping[str, str] | None = None,
    max_retries: int | None = None,
    timeout: TimeoutOption = UNSET,
) -> Experiment:
    """Create an experiment

    Args:
        body (ExperimentCreate):
        extra_headers (Mapping[str, str] | None): Headers added to this call's request.
        max_retries (int | None): Retries for this call (default: the client's ``max_retries``).
        timeout (float | httpx.Timeout | None | Unset): Timeout for this call (default: the client's).

    Raises:
        errors.APIStatusError: For any status but a documented success (a subclass per status, e.g.
            errors.NotFoundError for 404), carrying the parsed vendor error in ``body``.
        errors.APIConnectionError: If no response arrived after the retries (errors.APITimeoutError on a timeout).
        errors.APIResponseValidationError: If a success response's body does not match the spec.

    Returns:
        Experiment
    """

    kwargs = merge_headers(
        _get_kwargs(
            body=body,
        ),
        extra_headers,
    )

    response = await send_async(client, kwargs, max_retries=max_retries, timeout=timeout)
    return _finish(client, response)


def sync_raw(
    *,
    client: AuthenticatedClient | Client,
    body: ExperimentCreate,
    extra_headers: Mapping[str, str] | None = None,
    max_retries: int | None = None,
    timeout: TimeoutOption = UNSET,
) -> RawResponse[Experiment]:
    """The response as received (any status); ``.parse()`` gives what :func:`sync` returns or raises."""
    kwargs = merge_headers(
        _get_kwargs(
            body=body,
        ),
        extra_headers,
    )

    response = send_sync(client, kwargs, max_retries=max_retries, timeout=timeout)
    return RawResponse(response, retries_of(response), lambda: _finish(client, response))


async def asyncio_raw(
    *,
    client: AuthenticatedClient | Client,
    body: ExperimentCreate,
    extra_headers: Mapping[str, str] | None = None,
    max_retries: int | None = None,
    timeout: TimeoutOption = UNSET,
) -> RawResponse[Experiment]:
    """The async twin of :func:`sync_raw`."""
    kwargs = merge_headers(
        _get_kwargs(
            body=body,
        ),
        extra_headers,
    )

    response = await send_async(client, kwargs, max_retries=max_retries, timeout=timeout)
    return RawResponse(response, retries_of(response), lambda: _finish(client, response))
