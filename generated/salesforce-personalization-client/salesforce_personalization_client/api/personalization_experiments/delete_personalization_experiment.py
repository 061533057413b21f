from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ..._paths import path_segment
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...types import Response


def _get_kwargs(
    id_or_name: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": f"/personalization/abn-experiments/{path_segment(id_or_name)}",
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | list[Error] | None:
    if response.status_code == 202:
        response_202 = cast(Any, None)
        return response_202

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

    if response.status_code == 409:
        response_409 = []
        _response_409 = response.json()
        for componentsschemas_error_list_item_data in _response_409:
            componentsschemas_error_list_item = Error.from_dict(componentsschemas_error_list_item_data)

            response_409.append(componentsschemas_error_list_item)

        return response_409

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Any | list[Error]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    id_or_name: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any | list[Error]]:
    """Delete a personalization experiment

     Deletes the experiment. The request is accepted (202) and completes asynchronously.

    Args:
        id_or_name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | list[Error]]
    """

    kwargs = _get_kwargs(
        id_or_name=id_or_name,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id_or_name: str,
    *,
    client: AuthenticatedClient | Client,
) -> Any | list[Error] | None:
    """Delete a personalization experiment

     Deletes the experiment. The request is accepted (202) and completes asynchronously.

    Args:
        id_or_name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | list[Error]
    """

    return sync_detailed(
        id_or_name=id_or_name,
        client=client,
    ).parsed


async def asyncio_detailed(
    id_or_name: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any | list[Error]]:
    """Delete a personalization experiment

     Deletes the experiment. The request is accepted (202) and completes asynchronously.

    Args:
        id_or_name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | list[Error]]
    """

    kwargs = _get_kwargs(
        id_or_name=id_or_name,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id_or_name: str,
    *,
    client: AuthenticatedClient | Client,
) -> Any | list[Error] | None:
    """Delete a personalization experiment

     Deletes the experiment. The request is accepted (202) and completes asynchronously.

    Args:
        id_or_name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | list[Error]
    """

    return (
        await asyncio_detailed(
            id_or_name=id_or_name,
            client=client,
        )
    ).parsed
