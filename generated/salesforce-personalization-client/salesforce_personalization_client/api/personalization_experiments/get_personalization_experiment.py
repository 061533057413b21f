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
from ...models.error import Error
from ...models.personalization_experiment import PersonalizationExperiment
from ...types import UNSET, Response


def _get_kwargs(
    id_or_name: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": f"/personalization/abn-experiments/{path_segment(id_or_name)}",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> PersonalizationExperiment | list[Error] | None:
    if response.status_code == 200:
        response_200 = PersonalizationExperiment.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = []
        _response_400 = response.json()
        for componentsschemas_error_list_item_data in _response_400:
            componentsschemas_error_list_item = Error.from_dict(componentsschemas_error_list_item_data)

            response_400.append(componentsschemas_error_list_item)

        return response_400

    if response.status_code == 401:
        response_401 = []
        _response_401 = response.json()
        for componentsschemas_error_list_item_data in _response_401:
            componentsschemas_error_list_item = Error.from_dict(componentsschemas_error_list_item_data)

            response_401.append(componentsschemas_error_list_item)

        return response_401

    if response.status_code == 403:
        response_403 = []
        _response_403 = response.json()
        for componentsschemas_error_list_item_data in _response_403:
            componentsschemas_error_list_item = Error.from_dict(componentsschemas_error_list_item_data)

            response_403.append(componentsschemas_error_list_item)

        return response_403

    if response.status_code == 404:
        response_404 = []
        _response_404 = response.json()
        for componentsschemas_error_list_item_data in _response_404:
            componentsschemas_error_list_item = Error.from_dict(componentsschemas_error_list_item_data)

            response_404.append(componentsschemas_error_list_item)

        return response_404

    if response.status_code == 410:
        response_410 = []
        _response_410 = response.json()
        for componentsschemas_error_list_item_data in _response_410:
            componentsschemas_error_list_item = Error.from_dict(componentsschemas_error_list_item_data)

            response_410.append(componentsschemas_error_list_item)

        return response_410

    if response.status_code == 412:
        response_412 = []
        _response_412 = response.json()
        for componentsschemas_error_list_item_data in _response_412:
            componentsschemas_error_list_item = Error.from_dict(componentsschemas_error_list_item_data)

            response_412.append(componentsschemas_error_list_item)

        return response_412

    if response.status_code == 422:
        response_422 = []
        _response_422 = response.json()
        for componentsschemas_error_list_item_data in _response_422:
            componentsschemas_error_list_item = Error.from_dict(componentsschemas_error_list_item_data)

            response_422.append(componentsschemas_error_list_item)

        return response_422

    if response.status_code == 429:
        response_429 = []
        _response_429 = response.json()
        for componentsschemas_error_list_item_data in _response_429:
            componentsschemas_error_list_item = Error.from_dict(componentsschemas_error_list_item_data)

            response_429.append(componentsschemas_error_list_item)

        return response_429

    if response.status_code == 500:
        response_500 = []
        _response_500 = response.json()
        for componentsschemas_error_list_item_data in _response_500:
            componentsschemas_error_list_item = Error.from_dict(componentsschemas_error_list_item_data)

            response_500.append(componentsschemas_error_list_item)

        return response_500

    if response.status_code == 503:
        response_503 = []
        _response_503 = response.json()
        for componentsschemas_error_list_item_data in _response_503:
            componentsschemas_error_list_item = Error.from_dict(componentsschemas_error_list_item_data)

            response_503.append(componentsschemas_error_list_item)

        return response_503

    if client.raise_on_unexpected_status:
        raise status_error(client, response, None)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[PersonalizationExperiment | list[Error]]:
    return Response(
        status_code=status_of(response),
        content=response.content,
        headers=response.headers,
        parsed=parse_guarded(client, response, lambda: _parse_response(client=client, response=response)),
        retries=retries_of(response),
    )


_SUCCESS_STATUSES = frozenset({200})


def _finish(client: AuthenticatedClient | Client, response: httpx.Response) -> PersonalizationExperiment:
    """The documented success value of ``response``, or the typed error for it."""
    result = _build_response(client=client, response=response)
    ensure_success(client, response, result.parsed, _SUCCESS_STATUSES)
    return cast(PersonalizationExperiment, result.parsed)


def sync_detailed(
    id_or_name: str,
    *,
    client: AuthenticatedClient | Client,
    extra_headers: Mapping[str, str] | None = None,
    max_retries: int | None = None,
    timeout: TimeoutOption = UNSET,
) -> Response[PersonalizationExperiment | list[Error]]:
    """Get a personalization experiment

     Get information about a specific personalization experiment.

    Args:
        id_or_name (str):
        extra_headers (Mapping[str, str] | None): Headers added to this call's request.
        max_retries (int | None): Retries for this call (default: the client's ``max_retries``).
        timeout (float | httpx.Timeout | None | Unset): Timeout for this call (default: the client's).

    Raises:
        errors.APIConnectionError: If no response arrived after the retries (errors.APITimeoutError on a timeout).
        errors.APIResponseValidationError: If a success response's body does not match the spec.

    Returns:
        Response[PersonalizationExperiment | list[Error]]
    """

    kwargs = merge_headers(
        _get_kwargs(
            id_or_name=id_or_name,
        ),
        extra_headers,
    )

    response = send_sync(client, kwargs, max_retries=max_retries, timeout=timeout)

    return _build_response(client=client, response=response)


def sync(
    id_or_name: str,
    *,
    client: AuthenticatedClient | Client,
    extra_headers: Mapping[str, str] | None = None,
    max_retries: int | None = None,
    timeout: TimeoutOption = UNSET,
) -> PersonalizationExperiment:
    """Get a personalization experiment

     Get information about a specific personalization experiment.

    Args:
        id_or_name (str):
        extra_headers (Mapping[str, str] | None): Headers added to this call's request.
        max_retries (int | None): Retries for this call (default: the client's ``max_retries``).
        timeout (float | httpx.Timeout | None | Unset): Timeout for this call (default: the client's).

    Raises:
        errors.APIStatusError: For any status but a documented success (a subclass per status, e.g.
            errors.NotFoundError for 404), carrying the parsed vendor error in ``body``.
        errors.APIConnectionError: If no response arrived after the retries (errors.APITimeoutError on a timeout).
        errors.APIResponseValidationError: If a success response's body does not match the spec.

    Returns:
        PersonalizationExperiment
    """

    kwargs = merge_headers(
        _get_kwargs(
            id_or_name=id_or_name,
        ),
        extra_headers,
    )

    response = send_sync(client, kwargs, max_retries=max_retries, timeout=timeout)
    return _finish(client, response)


async def asyncio_detailed(
    id_or_name: str,
    *,
    client: AuthenticatedClient | Client,
    extra_headers: Mapping[str, str] | None = None,
    max_retries: int | None = None,
    timeout: TimeoutOption = UNSET,
) -> Response[PersonalizationExperiment | list[Error]]:
    """Get a personalization experiment

     Get information about a specific personalization experiment.

    Args:
        id_or_name (str):
        extra_headers (Mapping[str, str] | None): Headers added to this call's request.
        max_retries (int | None): Retries for this call (default: the client's ``max_retries``).
        timeout (float | httpx.Timeout | None | Unset): Timeout for this call (default: the client's).

    Raises:
        errors.APIConnectionError: If no response arrived after the retries (errors.APITimeoutError on a timeout).
        errors.APIResponseValidationError: If a success response's body does not match the spec.

    Returns:
        Response[PersonalizationExperiment | list[Error]]
    """

    kwargs = merge_headers(
        _get_kwargs(
            id_or_name=id_or_name,
        ),
        extra_headers,
    )

    response = await send_async(client, kwargs, max_retries=max_retries, timeout=timeout)

    return _build_response(client=client, response=response)


async def asyncio(
    id_or_name: str,
    *,
    client: AuthenticatedClient | Client,
    extra_headers: Mapping[str, str] | None = None,
    max_retries: int | None = None,
    timeout: TimeoutOption = UNSET,
) -> PersonalizationExperiment:
    """Get a personalization experiment

     Get information about a specific personalization experiment.

    Args:
        id_or_name (str):
        extra_headers (Mapping[str, str] | None): Headers added to this call's request.
        max_retries (int | None): Retries for this call (default: the client's ``max_retries``).
        timeout (float | httpx.Timeout | None | Unset): Timeout for this call (default: the client's).

    Raises:
        errors.APIStatusError: For any status but a documented success (a subclass per status, e.g.
            errors.NotFoundError for 404), carrying the parsed vendor error in ``body``.
        errors.APIConnectionError: If no response arrived after the retries (errors.APITimeoutError on a timeout).
        errors.APIResponseValidationError: If a success response's body does not match the spec.

    Returns:
        PersonalizationExperiment
    """

    kwargs = merge_headers(
        _get_kwargs(
            id_or_name=id_or_name,
        ),
        extra_headers,
    )

    response = await send_async(client, kwargs, max_retries=max_retries, timeout=timeout)
    return _finish(client, response)


def sync_raw(
    id_or_name: str,
    *,
    client: AuthenticatedClient | Client,
    extra_headers: Mapping[str, str] | None = None,
    max_retries: int | None = None,
    timeout: TimeoutOption = UNSET,
) -> RawResponse[PersonalizationExperiment]:
    """The response as received (any status); ``.parse()`` gives what :func:`sync` returns or raises."""
    kwargs = merge_headers(
        _get_kwargs(
            id_or_name=id_or_name,
        ),
        extra_headers,
    )

    response = send_sync(client, kwargs, max_retries=max_retries, timeout=timeout)
    return RawResponse(response, retries_of(response), lambda: _finish(client, response))


async def asyncio_raw(
    id_or_name: str,
    *,
    client: AuthenticatedClient | Client,
    extra_headers: Mapping[str, str] | None = None,
    max_retries: int | None = None,
    timeout: TimeoutOption = UNSET,
) -> RawResponse[PersonalizationExperiment]:
    """The async twin of :func:`sync_raw`."""
    kwargs = merge_headers(
        _get_kwargs(
            id_or_name=id_or_name,
        ),
        extra_headers,
    )

    response = await send_async(client, kwargs, max_retries=max_retries, timeout=timeout)
    return RawResponse(response, retries_of(response), lambda: _finish(client, response))
