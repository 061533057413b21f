from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.experiments_summary import ExperimentsSummary
from ...types import UNSET, Response


def _get_kwargs(
    *,
    filterexperiment_uid: list[str],
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_filterexperiment_uid = filterexperiment_uid

    params["filter[experiment_uid][]"] = json_filterexperiment_uid

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/experiments/summary",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | ExperimentsSummary | None:
    if response.status_code == 200:
        response_200 = ExperimentsSummary.from_dict(response.json())

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

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | ExperimentsSummary]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    filterexperiment_uid: list[str],
) -> Response[ErrorResponse | ExperimentsSummary]:
    """Get experiments analytics summary

     Returns aggregated analytics summary for experiments.

    Args:
        filterexperiment_uid (list[str]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ExperimentsSummary]
    """

    kwargs = _get_kwargs(
        filterexperiment_uid=filterexperiment_uid,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    filterexperiment_uid: list[str],
) -> ErrorResponse | ExperimentsSummary | None:
    """Get experiments analytics summary

     Returns aggregated analytics summary for experiments.

    Args:
        filterexperiment_uid (list[str]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ExperimentsSummary
    """

    return sync_detailed(
        client=client,
        filterexperiment_uid=filterexperiment_uid,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    filterexperiment_uid: list[str],
) -> Response[ErrorResponse | ExperimentsSummary]:
    """Get experiments analytics summary

     Returns aggregated analytics summary for experiments.

    Args:
        filterexperiment_uid (list[str]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ExperimentsSummary]
    """

    kwargs = _get_kwargs(
        filterexperiment_uid=filterexperiment_uid,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    filterexperiment_uid: list[str],
) -> ErrorResponse | ExperimentsSummary | None:
    """Get experiments analytics summary

     Returns aggregated analytics summary for experiments.

    Args:
        filterexperiment_uid (list[str]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ExperimentsSummary
    """

    return (
        await asyncio_detailed(
            client=client,
            filterexperiment_uid=filterexperiment_uid,
        )
    ).parsed
