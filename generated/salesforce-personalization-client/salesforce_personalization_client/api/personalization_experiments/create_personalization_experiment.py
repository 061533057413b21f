from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.personalization_experiment import PersonalizationExperiment
from ...models.personalization_experiment_action import PersonalizationExperimentAction
from ...models.personalization_experiment_input import PersonalizationExperimentInput
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: PersonalizationExperimentInput,
    action: PersonalizationExperimentAction | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    json_action: str | Unset = UNSET
    if not isinstance(action, Unset):
        json_action = action.value

    params["action"] = json_action

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/personalization/abn-experiments",
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> PersonalizationExperiment | list[Error] | None:
    if response.status_code == 201:
        response_201 = PersonalizationExperiment.from_dict(response.json())

        return response_201

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


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[PersonalizationExperiment | list[Error]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: PersonalizationExperimentInput,
    action: PersonalizationExperimentAction | Unset = UNSET,
) -> Response[PersonalizationExperiment | list[Error]]:
    """Create a personalization experiment

    Args:
        action (PersonalizationExperimentAction | Unset): Specifies the action to apply to an
            experiment via the action query parameter.
        body (PersonalizationExperimentInput): Contains the details for creating a personalization
            experiment: the PATCH fields, with the documented required ones.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PersonalizationExperiment | list[Error]]
    """

    kwargs = _get_kwargs(
        body=body,
        action=action,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: PersonalizationExperimentInput,
    action: PersonalizationExperimentAction | Unset = UNSET,
) -> PersonalizationExperiment | list[Error] | None:
    """Create a personalization experiment

    Args:
        action (PersonalizationExperimentAction | Unset): Specifies the action to apply to an
            experiment via the action query parameter.
        body (PersonalizationExperimentInput): Contains the details for creating a personalization
            experiment: the PATCH fields, with the documented required ones.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PersonalizationExperiment | list[Error]
    """

    return sync_detailed(
        client=client,
        body=body,
        action=action,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: PersonalizationExperimentInput,
    action: PersonalizationExperimentAction | Unset = UNSET,
) -> Response[PersonalizationExperiment | list[Error]]:
    """Create a personalization experiment

    Args:
        action (PersonalizationExperimentAction | Unset): Specifies the action to apply to an
            experiment via the action query parameter.
        body (PersonalizationExperimentInput): Contains the details for creating a personalization
            experiment: the PATCH fields, with the documented required ones.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PersonalizationExperiment | list[Error]]
    """

    kwargs = _get_kwargs(
        body=body,
        action=action,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: PersonalizationExperimentInput,
    action: PersonalizationExperimentAction | Unset = UNSET,
) -> PersonalizationExperiment | list[Error] | None:
    """Create a personalization experiment

    Args:
        action (PersonalizationExperimentAction | Unset): Specifies the action to apply to an
            experiment via the action query parameter.
        body (PersonalizationExperimentInput): Contains the details for creating a personalization
            experiment: the PATCH fields, with the documented required ones.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PersonalizationExperiment | list[Error]
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            action=action,
        )
    ).parsed
