from collections.abc import AsyncIterator, Iterator, Mapping
from typing import Any, cast

import httpx

from ..._pagination import aiterate_items, aiterate_pages, iterate_items, iterate_pages
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
from ...models.segment_list import SegmentList
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    limit: int | Unset = 20,
    starting_after: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["starting_after"] = starting_after

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/segments",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | SegmentList | None:
    if response.status_code == 200:
        response_200 = SegmentList.from_dict(response.json())

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
) -> Response[ErrorResponse | SegmentList]:
    return Response(
        status_code=status_of(response),
        content=response.content,
        headers=response.headers,
        parsed=parse_guarded(client, response, lambda: _parse_response(client=client, response=response)),
        retries=retries_of(response),
    )


_SUCCESS_STATUSES = frozenset({200})


def _finish(client: AuthenticatedClient | Client, response: httpx.Response) -> SegmentList:
    """The documented success value of ``response``, or the typed error for it."""
    result = _build_response(client=client, response=response)
    ensure_success(client, response, result.parsed, _SUCCESS_STATUSES)
    return cast(SegmentList, result.parsed)


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 20,
    starting_after: str | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    max_retries: int | None = None,
    timeout: TimeoutOption = UNSET,
) -> Response[ErrorResponse | SegmentList]:
    """List segments

    Args:
        limit (int | Unset):  Default: 20.
        starting_after (str | Unset):
        extra_headers (Mapping[str, str] | None): Headers added to this call's request.
        max_retries (int | None): Retries for this call (default: the client's ``max_retries``).
        timeout (float | httpx.Timeout | None | Unset): Timeout for this call (default: the client's).

    Raises:
        errors.APIConnectionError: If no response arrived after the retries (errors.APITimeoutError on a timeout).
        errors.APIResponseValidationError: If a success response's body does not match the spec.

    Returns:
        Response[ErrorResponse | SegmentList]
    """

    kwargs = merge_headers(
        _get_kwargs(
            limit=limit,
            starting_after=starting_after,
        ),
        extra_headers,
    )

    response = send_sync(client, kwargs, max_retries=max_retries, timeout=timeout)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 20,
    starting_after: str | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    max_retries: int | None = None,
    timeout: TimeoutOption = UNSET,
) -> SegmentList:
    """List segments

    Args:
        limit (int | Unset):  Default: 20.
        starting_after (str | Unset):
        extra_headers (Mapping[str, str] | None): Headers added to this call's request.
        max_retries (int | None): Retries for this call (default: the client's ``max_retries``).
        timeout (float | httpx.Timeout | None | Unset): Timeout for this call (default: the client's).

    Raises:
        errors.APIStatusError: For any status but a documented success (a subclass per status, e.g.
            errors.NotFoundError for 404), carrying the parsed vendor error in ``body``.
        errors.APIConnectionError: If no response arrived after the retries (errors.APITimeoutError on a timeout).
        errors.APIResponseValidationError: If a success response's body does not match the spec.

    Returns:
        SegmentList
    """

    kwargs = merge_headers(
        _get_kwargs(
            limit=limit,
            starting_after=starting_after,
        ),
        extra_headers,
    )

    response = send_sync(client, kwargs, max_retries=max_retries, timeout=timeout)
    return _finish(client, response)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 20,
    starting_after: str | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    max_retries: int | None = None,
    timeout: TimeoutOption = UNSET,
) -> Response[ErrorResponse | SegmentList]:
    """List segments

    Args:
        limit (int | Unset):  Default: 20.
        starting_after (str | Unset):
        extra_headers (Mapping[str, str] | None): Headers added to this call's request.
        max_retries (int | None): Retries for this call (default: the client's ``max_retries``).
        timeout (float | httpx.Timeout | None | Unset): Timeout for this call (default: the client's).

    Raises:
        errors.APIConnectionError: If no response arrived after the retries (errors.APITimeoutError on a timeout).
        errors.APIResponseValidationError: If a success response's body does not match the spec.

    Returns:
        Response[ErrorResponse | SegmentList]
    """

    kwargs = merge_headers(
        _get_kwargs(
            limit=limit,
            starting_after=starting_after,
        ),
        extra_headers,
    )

    response = await send_async(client, kwargs, max_retries=max_retries, timeout=timeout)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 20,
    starting_after: str | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    max_retries: int | None = None,
    timeout: TimeoutOption = UNSET,
) -> SegmentList:
    """List segments

    Args:
        limit (int | Unset):  Default: 20.
        starting_after (str | Unset):
        extra_headers (Mapping[str, str] | None): Headers added to this call's request.
        max_retries (int | None): Retries for this call (default: the client's ``max_retries``).
        timeout (float | httpx.Timeout | None | Unset): Timeout for this call (default: the client's).

    Raises:
        errors.APIStatusError: For any status but a documented success (a subclass per status, e.g.
            errors.NotFoundError for 404), carrying the parsed vendor error in ``body``.
        errors.APIConnectionError: If no response arrived after the retries (errors.APITimeoutError on a timeout).
        errors.APIResponseValidationError: If a success response's body does not match the spec.

    Returns:
        SegmentList
    """

    kwargs = merge_headers(
        _get_kwargs(
            limit=limit,
            starting_after=starting_after,
        ),
        extra_headers,
    )

    response = await send_async(client, kwargs, max_retries=max_retries, timeout=timeout)
    return _finish(client, response)


def sync_raw(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 20,
    starting_after: str | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    max_retries: int | None = None,
    timeout: TimeoutOption = UNSET,
) -> RawResponse[SegmentList]:
    """The response as received (any status); ``.parse()`` gives what :func:`sync` returns or raises."""
    kwargs = merge_headers(
        _get_kwargs(
            limit=limit,
            starting_after=starting_after,
        ),
        extra_headers,
    )

    response = send_sync(client, kwargs, max_retries=max_retries, timeout=timeout)
    return RawResponse(response, retries_of(response), lambda: _finish(client, response))


async def asyncio_raw(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 20,
    starting_after: str | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    max_retries: int | None = None,
    timeout: TimeoutOption = UNSET,
) -> RawResponse[SegmentList]:
    """The async twin of :func:`sync_raw`."""
    kwargs = merge_headers(
        _get_kwargs(
            limit=limit,
            starting_after=starting_after,
        ),
        extra_headers,
    )

    response = await send_async(client, kwargs, max_retries=max_retries, timeout=timeout)
    return RawResponse(response, retries_of(response), lambda: _finish(client, response))


def sync_pages(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 20,
    starting_after: str | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    max_retries: int | None = None,
    timeout: TimeoutOption = UNSET,
) -> Iterator[SegmentList]:
    """Every page of this list, in order, each fetched only when needed, from ``starting_after`` on until a
    page says ``has_more: false``. Each page is a plain :func:`sync` call (retried, typed errors)."""

    def fetch(cursor: str | Unset) -> SegmentList:
        return sync(
            client=client,
            limit=limit,
            starting_after=cursor,
            extra_headers=extra_headers,
            max_retries=max_retries,
            timeout=timeout,
        )

    return iterate_pages(fetch, starting_after)


def sync_items(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 20,
    starting_after: str | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    max_retries: int | None = None,
    timeout: TimeoutOption = UNSET,
) -> Iterator[Segment]:
    """Every item of every page (see :func:`sync_pages`), lazily."""
    return iterate_items(
        sync_pages(
            client=client,
            limit=limit,
            starting_after=starting_after,
            extra_headers=extra_headers,
            max_retries=max_retries,
            timeout=timeout,
        )
    )


def asyncio_pages(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 20,
    starting_after: str | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    max_retries: int | None = None,
    timeout: TimeoutOption = UNSET,
) -> AsyncIterator[SegmentList]:
    """The async twin of :func:`sync_pages` (``async for page in asyncio_pages(...)``)."""

    async def fetch(cursor: str | Unset) -> SegmentList:
        return await asyncio(
            client=client,
            limit=limit,
            starting_after=cursor,
            extra_headers=extra_headers,
            max_retries=max_retries,
            timeout=timeout,
        )

    return aiterate_pages(fetch, starting_after)


def asyncio_items(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 20,
    starting_after: str | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    max_retries: int | None = None,
    timeout: TimeoutOption = UNSET,
) -> AsyncIterator[Segment]:
    """The async twin of :func:`sync_items` (``async for item in asyncio_items(...)``)."""
    return aiterate_items(
        asyncio_pages(
            client=client,
            limit=limit,
            starting_after=starting_after,
            extra_headers=extra_headers,
            max_retries=max_retries,
            timeout=timeout,
        )
    )
