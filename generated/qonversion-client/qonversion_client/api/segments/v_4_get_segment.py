from collections.abc import Mapping
from typing import Any, cast

import httpx

from ..._paths import path_segment
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
from ...models.segment import Segment
from ...types import UNSET, Response


def _get_kwargs(
    segment_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": f"/segments/{path_segment(segment_id)}",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | Segment | None:
    if response.status_code == 200:
        response_200 = Segment.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ErrorResponse.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = ErrorResponse.from_dict(response.json())

        return response_404

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
) -> Response[ErrorResponse | Segment]:
    return Response(
        status_code=status_of(response),
        content=response.content,
        headers=response.headers,
        parsed=parse_guarded(client, response, lambda: _parse_response(client=client, response=response)),
        retries=retries_of(response),
    )


_SUCCESS_STATUSES = frozenset({200})


def _finish(client: AuthenticatedClient | Client, response: httpx.Response) -> Segment:
    """The documented success value of ``response``, or the typed error for it."""
    result = _build_response(client=client, response=response)
    ensure_success(client, response, result.parsed, _SUCCESS_STATUSES)
    return cast(Segment, result.parsed)


def sync_detailed(
    segment_id: str,
    *,
    client: AuthenticatedClient | Client,
    extra_headers: Mapping[str, str] | None = None,
    max_retries: int | None = None,
    timeout: TimeoutOption = UNSET,
) -> Response[ErrorResponse | Segment]:
    """Get a segment

     Returns a single segment by ID.

    Args:
        segment_id (str):
        extra_headers (Mapping[str, str] | None): Headers added to this call's request.
        max_retries (int | None): Retries for this call (default: the client's ``max_retries``).
        timeout (float | httpx.Timeout | None | Unset): Timeout for this call (default: the client's).

    Raises:
        errors.APIConnectionError: If no response arrived after the retries (errors.APITimeoutError on a timeout).
        errors.APIResponseValidationError: If a success response's body does not match the spec.

    Returns:
        Response[ErrorResponse | Segment]
    """

    kwargs = merge_headers(
        _get_kwargs(
            segment_id=segment_id,
        ),
        extra_headers,
    )

    response = send_sync(client, kwargs, max_retries=max_retries, timeout=timeout)

    return _build_response(client=client, response=response)


def sync(
    segment_id: str,
    *,
    client: AuthenticatedClient | Client,
    extra_headers: Mapping[str, str] | None = None,
    max_retries: int | None = None,
    timeout: TimeoutOption = UNSET,
) -> Segment:
    """Get a segment

     Returns a single segment by ID.

    Args:
        segment_id (str):
        extra_headers (Mapping[str, str] | None): Headers added to this call's request.
        max_retries (int | None): Retries for this call (default: the client's ``max_retries``).
        timeout (float | httpx.Timeout | None | Unset): Timeout for this call (default: the client's).

    Raises:
        errors.APIStatusError: For any status but a documented success (a subclass per status, e.g.
            errors.NotFoundError for 404), carrying the parsed vendor error in ``body``.
        errors.APIConnectionError: If no response arrived after the retries (errors.APITimeoutError on a timeout).
        errors.APIResponseValidationError: If a success response's body does not match the spec.

    Returns:
        Segment
    """

    kwargs = merge_headers(
        _get_kwargs(
            segment_id=segment_id,
        ),
        extra_headers,
    )

    response = send_sync(client, kwargs, max_retries=max_retries, timeout=timeout)
    return _finish(client, response)


async def asyncio_detailed(
    segment_id: str,
    *,
    client: AuthenticatedClient | Client,
    extra_headers: Mapping[str, str] | None = None,
    max_retries: int | None = None,
    timeout: TimeoutOption = UNSET,
) -> Response[ErrorResponse | Segment]:
    """Get a segment

     Returns a single segment by ID.

    Args:
        segment_id (str):
        extra_headers (Mapping[str, str] | None): Headers added to this call's request.
        max_retries (int | None): Retries for this call (default: the client's ``max_retries``).
        timeout (float | httpx.Timeout | None | Unset): Timeout for this call (default: the client's).

    Raises:
        errors.APIConnectionError: If no response arrived after the retries (errors.APITimeoutError on a timeout).
        errors.APIResponseValidationError: If a success response's body does not match the spec.

    Returns:
        Response[ErrorResponse | Segment]
    """

    kwargs = merge_headers(
        _get_kwargs(
            segment_id=segment_id,
        ),
        extra_headers,
    )

    response = await send_async(client, kwargs, max_retries=max_retries, timeout=timeout)

    return _build_response(client=client, response=response)


async def asyncio(
    segment_id: str,
    *,
    client: AuthenticatedClient | Client,
    extra_headers: Mapping[str, str] | None = None,
    max_retries: int | None = None,
    timeout: TimeoutOption = UNSET,
) -> Segment:
    """Get a segment

     Returns a single segment by ID.

    Args:
        segment_id (str):
        extra_headers (Mapping[str, str] | None): Headers added to this call's request.
        max_retries (int | None): Retries for this call (default: the client's ``max_retries``).
        timeout (float | httpx.Timeout | None | Unset): Timeout for this call (default: the client's).

    Raises:
        errors.APIStatusError: For any status but a documented success (a subclass per status, e.g.
            errors.NotFoundError for 404), carrying the parsed vendor error in ``body``.
        errors.APIConnectionError: If no response arrived after the retries (errors.APITimeoutError on a timeout).
        errors.APIResponseValidationError: If a success response's body does not match the spec.

    Returns:
        Segment
    """

    kwargs = merge_headers(
        _get_kwargs(
            segment_id=segment_id,
        ),
        extra_headers,
    )

    response = await send_async(client, kwargs, max_retries=max_retries, timeout=timeout)
    return _finish(client, response)


def sync_raw(
    segment_id: str,
    *,
    client: AuthenticatedClient | Client,
    extra_headers: Mapping[str, str] | None = None,
    max_retries: int | None = None,
    timeout: TimeoutOption = UNSET,
) -> RawResponse[Segment]:
    """The response as received (any status); ``.parse()`` gives what :func:`sync` returns or raises."""
    kwargs = merge_headers(
        _get_kwargs(
            segment_id=segment_id,
        ),
        extra_headers,
    )

    response = send_sync(client, kwargs, max_retries=max_retries, timeout=timeout)
    return RawResponse(response, retries_of(response), lambda: _finish(client, response))


async def asyncio_raw(
    segment_id: str,
    *,
    client: AuthenticatedClient | Client,
    extra_headers: Mapping[str, str] | None = None,
    max_retries: int | None = None,
    timeout: TimeoutOption = UNSET,
) -> RawResponse[Segment]:
    """The async twin of :func:`sync_raw`."""
    kwargs = merge_headers(
        _get_kwargs(
            segment_id=segment_id,
        ),
        extra_headers,
    )

    response = await send_async(client, kwargs, max_retries=max_retries, timeout=timeout)
    return RawResponse(response, retries_of(response), lambda: _finish(client, response))
