"""Resources of the ``experiments`` tag: ``client.experiments``, ``client.experiments.groups``, ``client.experiments.users``.

Each method is one operation and calls that operation's module (beside this file): the low-level layer.
"""

from __future__ import annotations

import builtins
from collections.abc import Mapping, Sequence
from typing import Literal, cast

from ... import models
from ..._pagination import AsyncPage, AsyncPager, SyncPage
from ..._resource import RawResponse, body_of, enum_of
from ..._send import TimeoutOption
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.experiment import Experiment
from ...models.experiment_create import ExperimentCreate
from ...models.experiment_group import ExperimentGroup
from ...models.experiment_group_create import ExperimentGroupCreate
from ...models.experiment_group_list import ExperimentGroupList
from ...models.experiment_group_update import ExperimentGroupUpdate
from ...models.experiment_list import ExperimentList
from ...models.experiment_status_change import ExperimentStatusChange
from ...models.experiment_update import ExperimentUpdate
from ...models.experiment_user_attach import ExperimentUserAttach
from ...models.experiments_summary import ExperimentsSummary
from ...types import UNSET, Unset
from . import (
    v_4_attach_experiment_user,
    v_4_change_experiment_status,
    v_4_create_experiment,
    v_4_create_experiment_group,
    v_4_delete_experiment,
    v_4_delete_experiment_group,
    v_4_detach_experiment_user,
    v_4_get_experiment,
    v_4_get_experiments_summary,
    v_4_list_experiment_groups,
    v_4_list_experiments,
    v_4_update_experiment,
    v_4_update_experiment_group,
)

__all__ = [
    "AsyncExperiments",
    "AsyncExperimentsWithRawResponse",
    "Experiments",
    "ExperimentsWithRawResponse",
    "AsyncExperimentGroups",
    "AsyncExperimentGroupsWithRawResponse",
    "ExperimentGroups",
    "ExperimentGroupsWithRawResponse",
    "AsyncExperimentUsers",
    "AsyncExperimentUsersWithRawResponse",
    "ExperimentUsers",
    "ExperimentUsersWithRawResponse",
]


class ExperimentUsers:
    """``client.experiments.users``."""

    __slots__ = ("_client",)

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<ExperimentUsers of {type(self._client).__name__}>"

    @property
    def with_raw_response(self) -> ExperimentUsersWithRawResponse:
        """The same methods, returning the raw response (status, headers, retries) with ``.parse()``."""
        return ExperimentUsersWithRawResponse(self._client)

    def attach(
        self,
        experiment_id: str,
        user_id: str,
        *,
        group_id: str,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
        timeout: TimeoutOption = UNSET,
    ) -> None:
        """Attach a user to an experiment group (``POST /experiments/{experiment_id}/users/{user_id}``, module ``v_4_attach_experiment_user``)."""

        body = body_of(
            models.ExperimentUserAttach,
            {
                "group_id": group_id,
            },
        )
        return v_4_attach_experiment_user.sync(
            experiment_id,
            user_id,
            client=self._client,
            body=body,
            extra_headers=extra_headers,
            max_retries=max_retries,
            timeout=timeout,
        )

    def detach(
        self,
        experiment_id: str,
        user_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
        timeout: TimeoutOption = UNSET,
    ) -> None:
        """Detach a user from an experiment (``DELETE /experiments/{experiment_id}/users/{user_id}``, module ``v_4_detach_experiment_user``)."""

        return v_4_detach_experiment_user.sync(
            experiment_id,
            user_id,
            client=self._client,
            extra_headers=extra_headers,
            max_retries=max_retries,
            timeout=timeout,
        )


class ExperimentUsersWithRawResponse:
    """``client.experiments.users.with_raw_response``: the same methods, returning the :class:`RawResponse` (status, headers, retries, ``.parse()``)."""

    __slots__ = ("_client",)

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<ExperimentUsersWithRawResponse of {type(self._client).__name__}>"

    def attach(
        self,
        experiment_id: str,
        user_id: str,
        *,
        group_id: str,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
        timeout: TimeoutOption = UNSET,
    ) -> RawResponse[None]:
        """Attach a user to an experiment group (``POST /experiments/{experiment_id}/users/{user_id}``, module ``v_4_attach_experiment_user``)."""

        body = body_of(
            models.ExperimentUserAttach,
            {
                "group_id": group_id,
            },
        )
        return v_4_attach_experiment_user.sync_raw(
            experiment_id,
            user_id,
            client=self._client,
            body=body,
            extra_headers=extra_headers,
            max_retries=max_retries,
            timeout=timeout,
        )

    def detach(
        self,
        experiment_id: str,
        user_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
        timeout: TimeoutOption = UNSET,
    ) -> RawResponse[None]:
        """Detach a user from an experiment (``DELETE /experiments/{experiment_id}/users/{user_id}``, module ``v_4_detach_experiment_user``)."""

        return v_4_detach_experiment_user.sync_raw(
            experiment_id,
            user_id,
            client=self._client,
            extra_headers=extra_headers,
            max_retries=max_retries,
            timeout=timeout,
        )


class AsyncExperimentUsers:
    """``client.experiments.users`` (async)."""

    __slots__ = ("_client",)

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<AsyncExperimentUsers of {type(self._client).__name__}>"

    @property
    def with_raw_response(self) -> AsyncExperimentUsersWithRawResponse:
        """The same methods, returning the raw response (status, headers, retries) with ``.parse()``."""
        return AsyncExperimentUsersWithRawResponse(self._client)

    async def attach(
        self,
        experiment_id: str,
        user_id: str,
        *,
        group_id: str,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
        timeout: TimeoutOption = UNSET,
    ) -> None:
        """Attach a user to an experiment group (``POST /experiments/{experiment_id}/users/{user_id}``, module ``v_4_attach_experiment_user``)."""

        body = body_of(
            models.ExperimentUserAttach,
            {
                "group_id": group_id,
            },
        )
        return await v_4_attach_experiment_user.asyncio(
            experiment_id,
            user_id,
            client=self._client,
            body=body,
            extra_headers=extra_headers,
            max_retries=max_retries,
            timeout=timeout,
        )

    async def detach(
        self,
        experiment_id: str,
        user_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
        timeout: TimeoutOption = UNSET,
    ) -> None:
        """Detach a user from an experiment (``DELETE /experiments/{experiment_id}/users/{user_id}``, module ``v_4_detach_experiment_user``)."""

        return await v_4_detach_experiment_user.asyncio(
            experiment_id,
            user_id,
            client=self._client,
            extra_headers=extra_headers,
            max_retries=max_retries,
            timeout=timeout,
        )


class AsyncExperimentUsersWithRawResponse:
    """``client.experiments.users.with_raw_response`` (async): the same methods, returning the :class:`RawResponse` (status, headers, retries, ``.parse()``)."""

    __slots__ = ("_client",)

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<AsyncExperimentUsersWithRawResponse of {type(self._client).__name__}>"

    async def attach(
        self,
        experiment_id: str,
        user_id: str,
        *,
        group_id: str,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
        timeout: TimeoutOption = UNSET,
    ) -> RawResponse[None]:
        """Attach a user to an experiment group (``POST /experiments/{experiment_id}/users/{user_id}``, module ``v_4_attach_experiment_user``)."""

        body = body_of(
            models.ExperimentUserAttach,
            {
                "group_id": group_id,
            },
        )
        return await v_4_attach_experiment_user.asyncio_raw(
            experiment_id,
            user_id,
            client=self._client,
            body=body,
            extra_headers=extra_headers,
            max_retries=max_retries,
            timeout=timeout,
        )

    async def detach(
        self,
        experiment_id: str,
        user_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
        timeout: TimeoutOption = UNSET,
    ) -> RawResponse[None]:
        """Detach a user from an experiment (``DELETE /experiments/{experiment_id}/users/{user_id}``, module ``v_4_detach_experiment_user``)."""

        return await v_4_detach_experiment_user.asyncio_raw(
            experiment_id,
            user_id,
            client=self._client,
            extra_headers=extra_headers,
            max_retries=max_retries,
            timeout=timeout,
        )


class ExperimentGroups:
    """``client.experiments.groups``."""

    __slots__ = ("_client",)

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<ExperimentGroups of {type(self._client).__name__}>"

    @property
    def with_raw_response(self) -> ExperimentGroupsWithRawResponse:
        """The same methods, returning the raw response (status, headers, retries) with ``.parse()``."""
        return ExperimentGroupsWithRawResponse(self._client)

    def list(
        self,
        experiment_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
        timeout: TimeoutOption = UNSET,
    ) -> SyncPage[models.ExperimentGroup]:
        """List experiment groups (``GET /experiments/{experiment_id}/groups``, module ``v_4_list_experiment_groups``)."""

        def fetch(cursor: str | Unset) -> ExperimentGroupList:
            return v_4_list_experiment_groups.sync(
                experiment_id,
                client=self._client,
                extra_headers=extra_headers,
                max_retries=max_retries,
                timeout=timeout,
            )

        return SyncPage[models.ExperimentGroup].first(fetch, UNSET, cursors=False)

    def create(
        self,
        experiment_id: str,
        *,
        weight: float,
        name: str | None | Unset = UNSET,
        is_control: bool | Unset = UNSET,
        remote_config_uid: str | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
        timeout: TimeoutOption = UNSET,
    ) -> ExperimentGroup:
        """Create an experiment group (``POST /experiments/{experiment_id}/groups``, module ``v_4_create_experiment_group``)."""

        body = body_of(
            models.ExperimentGroupCreate,
            {
                "weight": weight,
                "name": name,
                "is_control": is_control,
                "remote_config_uid": remote_config_uid,
            },
        )
        return v_4_create_experiment_group.sync(
            experiment_id,
            client=self._client,
            body=body,
            extra_headers=extra_headers,
            max_retries=max_retries,
            timeout=timeout,
        )

    def delete(
        self,
        experiment_id: str,
        group_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
        timeout: TimeoutOption = UNSET,
    ) -> None:
        """Delete an experiment group (``DELETE /experiments/{experiment_id}/groups/{group_id}``, module ``v_4_delete_experiment_group``)."""

        return v_4_delete_experiment_group.sync(
            experiment_id,
            group_id,
            client=self._client,
            extra_headers=extra_headers,
            max_retries=max_retries,
            timeout=timeout,
        )

    def update(
        self,
        experiment_id: str,
        group_id: str,
        *,
        weight: float | Unset = UNSET,
        name: str | None | Unset = UNSET,
        is_control: bool | Unset = UNSET,
        remote_config_uid: str | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
        timeout: TimeoutOption = UNSET,
    ) -> ExperimentGroup:
        """Update an experiment group (``PATCH /experiments/{experiment_id}/groups/{group_id}``, module ``v_4_update_experiment_group``)."""

        body = body_of(
            models.ExperimentGroupUpdate,
            {
                "weight": weight,
                "name": name,
                "is_control": is_control,
                "remote_config_uid": remote_config_uid,
            },
        )
        return v_4_update_experiment_group.sync(
            experiment_id,
            group_id,
            client=self._client,
            body=body,
            extra_headers=extra_headers,
            max_retries=max_retries,
            timeout=timeout,
        )


class ExperimentGroupsWithRawResponse:
    """``client.experiments.groups.with_raw_response``: the same methods, returning the :class:`RawResponse` (status, headers, retries, ``.parse()``)."""

    __slots__ = ("_client",)

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<ExperimentGroupsWithRawResponse of {type(self._client).__name__}>"

    def list(
        self,
        experiment_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
        timeout: TimeoutOption = UNSET,
    ) -> RawResponse[ExperimentGroupList]:
        """List experiment groups (``GET /experiments/{experiment_id}/groups``, module ``v_4_list_experiment_groups``)."""

        return v_4_list_experiment_groups.sync_raw(
            experiment_id,
            client=self._client,
            extra_headers=extra_headers,
            max_retries=max_retries,
            timeout=timeout,
        )

    def create(
        self,
        experiment_id: str,
        *,
        weight: float,
        name: str | None | Unset = UNSET,
        is_control: bool | Unset = UNSET,
        remote_config_uid: str | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
        timeout: TimeoutOption = UNSET,
    ) -> RawResponse[ExperimentGroup]:
        """Create an experiment group (``POST /experiments/{experiment_id}/groups``, module ``v_4_create_experiment_group``)."""

        body = body_of(
            models.ExperimentGroupCreate,
            {
                "weight": weight,
                "name": name,
                "is_control": is_control,
                "remote_config_uid": remote_config_uid,
            },
        )
        return v_4_create_experiment_group.sync_raw(
            experiment_id,
            client=self._client,
            body=body,
            extra_headers=extra_headers,
            max_retries=max_retries,
            timeout=timeout,
        )

    def delete(
        self,
        experiment_id: str,
        group_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
        timeout: TimeoutOption = UNSET,
    ) -> RawResponse[None]:
        """Delete an experiment group (``DELETE /experiments/{experiment_id}/groups/{group_id}``, module ``v_4_delete_experiment_group``)."""

        return v_4_delete_experiment_group.sync_raw(
            experiment_id,
            group_id,
            client=self._client,
            extra_headers=extra_headers,
            max_retries=max_retries,
            timeout=timeout,
        )

    def update(
        self,
        experiment_id: str,
        group_id: str,
        *,
        weight: float | Unset = UNSET,
        name: str | None | Unset = UNSET,
        is_control: bool | Unset = UNSET,
        remote_config_uid: str | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
        timeout: TimeoutOption = UNSET,
    ) -> RawResponse[ExperimentGroup]:
        """Update an experiment group (``PATCH /experiments/{experiment_id}/groups/{group_id}``, module ``v_4_update_experiment_group``)."""

        body = body_of(
            models.ExperimentGroupUpdate,
            {
                "weight": weight,
                "name": name,
                "is_control": is_control,
                "remote_config_uid": remote_config_uid,
            },
        )
        return v_4_update_experiment_group.sync_raw(
            experiment_id,
            group_id,
            client=self._client,
            body=body,
            extra_headers=extra_headers,
            max_retries=max_retries,
            timeout=timeout,
        )


class AsyncExperimentGroups:
    """``client.experiments.groups`` (async)."""

    __slots__ = ("_client",)

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<AsyncExperimentGroups of {type(self._client).__name__}>"

    @property
    def with_raw_response(self) -> AsyncExperimentGroupsWithRawResponse:
        """The same methods, returning the raw response (status, headers, retries) with ``.parse()``."""
        return AsyncExperimentGroupsWithRawResponse(self._client)

    def list(
        self,
        experiment_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
        timeout: TimeoutOption = UNSET,
    ) -> AsyncPager[models.ExperimentGroup]:
        """List experiment groups (``GET /experiments/{experiment_id}/groups``, module ``v_4_list_experiment_groups``)."""

        async def fetch(cursor: str | Unset) -> ExperimentGroupList:
            return await v_4_list_experiment_groups.asyncio(
                experiment_id,
                client=self._client,
                extra_headers=extra_headers,
                max_retries=max_retries,
                timeout=timeout,
            )

        return AsyncPager[models.ExperimentGroup](fetch, UNSET, cursors=False)

    async def create(
        self,
        experiment_id: str,
        *,
        weight: float,
        name: str | None | Unset = UNSET,
        is_control: bool | Unset = UNSET,
        remote_config_uid: str | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
        timeout: TimeoutOption = UNSET,
    ) -> ExperimentGroup:
        """Create an experiment group (``POST /experiments/{experiment_id}/groups``, module ``v_4_create_experiment_group``)."""

        body = body_of(
            models.ExperimentGroupCreate,
            {
                "weight": weight,
                "name": name,
                "is_control": is_control,
                "remote_config_uid": remote_config_uid,
            },
        )
        return await v_4_create_experiment_group.asyncio(
            experiment_id,
            client=self._client,
            body=body,
            extra_headers=extra_headers,
            max_retries=max_retries,
            timeout=timeout,
        )

    async def delete(
        self,
        experiment_id: str,
        group_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
        timeout: TimeoutOption = UNSET,
    ) -> None:
        """Delete an experiment group (``DELETE /experiments/{experiment_id}/groups/{group_id}``, module ``v_4_delete_experiment_group``)."""

        return await v_4_delete_experiment_group.asyncio(
            experiment_id,
            group_id,
            client=self._client,
            extra_headers=extra_headers,
            max_retries=max_retries,
            timeout=timeout,
        )

    async def update(
        self,
        experiment_id: str,
        group_id: str,
        *,
        weight: float | Unset = UNSET,
        name: str | None | Unset = UNSET,
        is_control: bool | Unset = UNSET,
        remote_config_uid: str | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
        timeout: TimeoutOption = UNSET,
    ) -> ExperimentGroup:
        """Update an experiment group (``PATCH /experiments/{experiment_id}/groups/{group_id}``, module ``v_4_update_experiment_group``)."""

        body = body_of(
            models.ExperimentGroupUpdate,
            {
                "weight": weight,
                "name": name,
                "is_control": is_control,
                "remote_config_uid": remote_config_uid,
            },
        )
        return await v_4_update_experiment_group.asyncio(
            experiment_id,
            group_id,
            client=self._client,
            body=body,
            extra_headers=extra_headers,
            max_retries=max_retries,
            timeout=timeout,
        )


class AsyncExperimentGroupsWithRawResponse:
    """``client.experiments.groups.with_raw_response`` (async): the same methods, returning the :class:`RawResponse` (status, headers, retries, ``.parse()``)."""

    __slots__ = ("_client",)

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<AsyncExperimentGroupsWithRawResponse of {type(self._client).__name__}>"

    async def list(
        self,
        experiment_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
        timeout: TimeoutOption = UNSET,
    ) -> RawResponse[ExperimentGroupList]:
        """List experiment groups (``GET /experiments/{experiment_id}/groups``, module ``v_4_list_experiment_groups``)."""

        return await v_4_list_experiment_groups.asyncio_raw(
            experiment_id,
            client=self._client,
            extra_headers=extra_headers,
            max_retries=max_retries,
            timeout=timeout,
        )

    async def create(
        self,
        experiment_id: str,
        *,
        weight: float,
        name: str | None | Unset = UNSET,
        is_control: bool | Unset = UNSET,
        remote_config_uid: str | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
        timeout: TimeoutOption = UNSET,
    ) -> RawResponse[ExperimentGroup]:
        """Create an experiment group (``POST /experiments/{experiment_id}/groups``, module ``v_4_create_experiment_group``)."""

        body = body_of(
            models.ExperimentGroupCreate,
            {
                "weight": weight,
                "name": name,
                "is_control": is_control,
                "remote_config_uid": remote_config_uid,
            },
        )
        return await v_4_create_experiment_group.asyncio_raw(
            experiment_id,
            client=self._client,
            body=body,
            extra_headers=extra_headers,
            max_retries=max_retries,
            timeout=timeout,
        )

    async def delete(
        self,
        experiment_id: str,
        group_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
        timeout: TimeoutOption = UNSET,
    ) -> RawResponse[None]:
        """Delete an experiment group (``DELETE /experiments/{experiment_id}/groups/{group_id}``, module ``v_4_delete_experiment_group``)."""

        return await v_4_delete_experiment_group.asyncio_raw(
            experiment_id,
            group_id,
            client=self._client,
            extra_headers=extra_headers,
            max_retries=max_retries,
            timeout=timeout,
        )

    async def update(
        self,
        experiment_id: str,
        group_id: str,
        *,
        weight: float | Unset = UNSET,
        name: str | None | Unset = UNSET,
        is_control: bool | Unset = UNSET,
        remote_config_uid: str | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
        timeout: TimeoutOption = UNSET,
    ) -> RawResponse[ExperimentGroup]:
        """Update an experiment group (``PATCH /experiments/{experiment_id}/groups/{group_id}``, module ``v_4_update_experiment_group``)."""

        body = body_of(
            models.ExperimentGroupUpdate,
            {
                "weight": weight,
                "name": name,
                "is_control": is_control,
                "remote_config_uid": remote_config_uid,
            },
        )
        return await v_4_update_experiment_group.asyncio_raw(
            experiment_id,
            group_id,
            client=self._client,
            body=body,
            extra_headers=extra_headers,
            max_retries=max_retries,
            timeout=timeout,
        )


class Experiments:
    """``client.experiments``."""

    __slots__ = ("_client",)

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<Experiments of {type(self._client).__name__}>"

    @property
    def with_raw_response(self) -> ExperimentsWithRawResponse:
        """The same methods, returning the raw response (status, headers, retries) with ``.parse()``."""
        return ExperimentsWithRawResponse(self._client)

    @property
    def groups(self) -> ExperimentGroups:
        return ExperimentGroups(self._client)

    @property
    def users(self) -> ExperimentUsers:
        return ExperimentUsers(self._client)

    def list(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
        timeout: TimeoutOption = UNSET,
    ) -> SyncPage[models.Experiment]:
        """List experiments (``GET /experiments``, module ``v_4_list_experiments``)."""

        def fetch(cursor: str | Unset) -> ExperimentList:
            return v_4_list_experiments.sync(
                client=self._client,
                extra_headers=extra_headers,
                max_retries=max_retries,
                timeout=timeout,
            )

        return SyncPage[models.Experiment].first(fetch, UNSET, cursors=False)

    def create(
        self,
        *,
        name: str,
        alias_id: str,
        description: str | Unset = UNSET,
        segment_percent: float | None | Unset = UNSET,
        primary_metric: str | None | Unset = UNSET,
        goal_value: float | None | Unset = UNSET,
        goal_direction: str | None | Unset = UNSET,
        context_key: str | Unset = UNSET,
        is_context_specific: bool | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
        timeout: TimeoutOption = UNSET,
    ) -> Experiment:
        """Create an experiment (``POST /experiments``, module ``v_4_create_experiment``)."""

        body = body_of(
            models.ExperimentCreate,
            {
                "name": name,
                "alias_id": alias_id,
                "description": description,
                "segment_percent": segment_percent,
                "primary_metric": primary_metric,
                "goal_value": goal_value,
                "goal_direction": goal_direction,
                "context_key": context_key,
                "is_context_specific": is_context_specific,
            },
        )
        return v_4_create_experiment.sync(
            client=self._client,
            body=body,
            extra_headers=extra_headers,
            max_retries=max_retries,
            timeout=timeout,
        )

    def summary(
        self,
        *,
        filterexperiment_uid: builtins.list[str],
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
        timeout: TimeoutOption = UNSET,
    ) -> ExperimentsSummary:
        """Get experiments analytics summary (``GET /experiments/summary``, module ``v_4_get_experiments_summary``)."""

        return v_4_get_experiments_summary.sync(
            client=self._client,
            filterexperiment_uid=filterexperiment_uid,
            extra_headers=extra_headers,
            max_retries=max_retries,
            timeout=timeout,
        )

    def retrieve(
        self,
        experiment_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
        timeout: TimeoutOption = UNSET,
    ) -> Experiment:
        """Get an experiment (``GET /experiments/{experiment_id}``, module ``v_4_get_experiment``)."""

        return v_4_get_experiment.sync(
            experiment_id,
            client=self._client,
            extra_headers=extra_headers,
            max_retries=max_retries,
            timeout=timeout,
        )

    def delete(
        self,
        experiment_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
        timeout: TimeoutOption = UNSET,
    ) -> None:
        """Delete an experiment (``DELETE /experiments/{experiment_id}``, module ``v_4_delete_experiment``)."""

        return v_4_delete_experiment.sync(
            experiment_id,
            client=self._client,
            extra_headers=extra_headers,
            max_retries=max_retries,
            timeout=timeout,
        )

    def update(
        self,
        experiment_id: str,
        *,
        name: str | Unset = UNSET,
        alias_id: str | Unset = UNSET,
        description: str | None | Unset = UNSET,
        segment_percent: float | None | Unset = UNSET,
        primary_metric: str | None | Unset = UNSET,
        goal_value: float | None | Unset = UNSET,
        goal_direction: str | None | Unset = UNSET,
        context_key: str | Unset = UNSET,
        is_context_specific: bool | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
        timeout: TimeoutOption = UNSET,
    ) -> Experiment:
        """Partially update an experiment (``PATCH /experiments/{experiment_id}``, module ``v_4_update_experiment``)."""

        body = body_of(
            models.ExperimentUpdate,
            {
                "name": name,
                "alias_id": alias_id,
                "description": description,
                "segment_percent": segment_percent,
                "primary_metric": primary_metric,
                "goal_value": goal_value,
                "goal_direction": goal_direction,
                "context_key": context_key,
                "is_context_specific": is_context_specific,
            },
        )
        return v_4_update_experiment.sync(
            experiment_id,
            client=self._client,
            body=body,
            extra_headers=extra_headers,
            max_retries=max_retries,
            timeout=timeout,
        )

    def change_status(
        self,
        experiment_id: str,
        *,
        status: Literal["draft", "active", "paused", "finished"] | models.ExperimentStatusChangeStatus,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
        timeout: TimeoutOption = UNSET,
    ) -> Experiment:
        """Change experiment status (``POST /experiments/{experiment_id}/status``, module ``v_4_change_experiment_status``)."""

        body = body_of(
            models.ExperimentStatusChange,
            {
                "status": status,
            },
        )
        return v_4_change_experiment_status.sync(
            experiment_id,
            client=self._client,
            body=body,
            extra_headers=extra_headers,
            max_retries=max_retries,
            timeout=timeout,
        )


class ExperimentsWithRawResponse:
    """``client.experiments.with_raw_response``: the same methods, returning the :class:`RawResponse` (status, headers, retries, ``.parse()``)."""

    __slots__ = ("_client",)

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<ExperimentsWithRawResponse of {type(self._client).__name__}>"

    @property
    def groups(self) -> ExperimentGroupsWithRawResponse:
        return ExperimentGroupsWithRawResponse(self._client)

    @property
    def users(self) -> ExperimentUsersWithRawResponse:
        return ExperimentUsersWithRawResponse(self._client)

    def list(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
        timeout: TimeoutOption = UNSET,
    ) -> RawResponse[ExperimentList]:
        """List experiments (``GET /experiments``, module ``v_4_list_experiments``)."""

        return v_4_list_experiments.sync_raw(
            client=self._client,
            extra_headers=extra_headers,
            max_retries=max_retries,
            timeout=timeout,
        )

    def create(
        self,
        *,
        name: str,
        alias_id: str,
        description: str | Unset = UNSET,
        segment_percent: float | None | Unset = UNSET,
        primary_metric: str | None | Unset = UNSET,
        goal_value: float | None | Unset = UNSET,
        goal_direction: str | None | Unset = UNSET,
        context_key: str | Unset = UNSET,
        is_context_specific: bool | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
        timeout: TimeoutOption = UNSET,
    ) -> RawResponse[Experiment]:
        """Create an experiment (``POST /experiments``, module ``v_4_create_experiment``)."""

        body = body_of(
            models.ExperimentCreate,
            {
                "name": name,
                "alias_id": alias_id,
                "description": description,
                "segment_percent": segment_percent,
                "primary_metric": primary_metric,
                "goal_value": goal_value,
                "goal_direction": goal_direction,
                "context_key": context_key,
                "is_context_specific": is_context_specific,
            },
        )
        return v_4_create_experiment.sync_raw(
            client=self._client,
            body=body,
            extra_headers=extra_headers,
            max_retries=max_retries,
            timeout=timeout,
        )

    def summary(
        self,
        *,
        filterexperiment_uid: builtins.list[str],
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
        timeout: TimeoutOption = UNSET,
    ) -> RawResponse[ExperimentsSummary]:
        """Get experiments analytics summary (``GET /experiments/summary``, module ``v_4_get_experiments_summary``)."""

        return v_4_get_experiments_summary.sync_raw(
            client=self._client,
            filterexperiment_uid=filterexperiment_uid,
            extra_headers=extra_headers,
            max_retries=max_retries,
            timeout=timeout,
        )

    def retrieve(
        self,
        experiment_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
        timeout: TimeoutOption = UNSET,
    ) -> RawResponse[Experiment]:
        """Get an experiment (``GET /experiments/{experiment_id}``, module ``v_4_get_experiment``)."""

        return v_4_get_experiment.sync_raw(
            experiment_id,
            client=self._client,
            extra_headers=extra_headers,
            max_retries=max_retries,
            timeout=timeout,
        )

    def delete(
        self,
        experiment_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
        timeout: TimeoutOption = UNSET,
    ) -> RawResponse[None]:
        """Delete an experiment (``DELETE /experiments/{experiment_id}``, module ``v_4_delete_experiment``)."""

        return v_4_delete_experiment.sync_raw(
            experiment_id,
            client=self._client,
            extra_headers=extra_headers,
            max_retries=max_retries,
            timeout=timeout,
        )

    def update(
        self,
        experiment_id: str,
        *,
        name: str | Unset = UNSET,
        alias_id: str | Unset = UNSET,
        description: str | None | Unset = UNSET,
        segment_percent: float | None | Unset = UNSET,
        primary_metric: str | None | Unset = UNSET,
        goal_value: float | None | Unset = UNSET,
        goal_direction: str | None | Unset = UNSET,
        context_key: str | Unset = UNSET,
        is_context_specific: bool | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
        timeout: TimeoutOption = UNSET,
    ) -> RawResponse[Experiment]:
        """Partially update an experiment (``PATCH /experiments/{experiment_id}``, module ``v_4_update_experiment``)."""

        body = body_of(
            models.ExperimentUpdate,
            {
                "name": name,
                "alias_id": alias_id,
                "description": description,
                "segment_percent": segment_percent,
                "primary_metric": primary_metric,
                "goal_value": goal_value,
                "goal_direction": goal_direction,
                "context_key": context_key,
                "is_context_specific": is_context_specific,
            },
        )
        return v_4_update_experiment.sync_raw(
            experiment_id,
            client=self._client,
            body=body,
            extra_headers=extra_headers,
            max_retries=max_retries,
            timeout=timeout,
        )

    def change_status(
        self,
        experiment_id: str,
        *,
        status: Literal["draft", "active", "paused", "finished"] | models.ExperimentStatusChangeStatus,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
        timeout: TimeoutOption = UNSET,
    ) -> RawResponse[Experiment]:
        """Change experiment status (``POST /experiments/{experiment_id}/status``, module ``v_4_change_experiment_status``)."""

        body = body_of(
            models.ExperimentStatusChange,
            {
                "status": status,
            },
        )
        return v_4_change_experiment_status.sync_raw(
            experiment_id,
            client=self._client,
            body=body,
            extra_headers=extra_headers,
            max_retries=max_retries,
            timeout=timeout,
        )


class AsyncExperiments:
    """``client.experiments`` (async)."""

    __slots__ = ("_client",)

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<AsyncExperiments of {type(self._client).__name__}>"

    @property
    def with_raw_response(self) -> AsyncExperimentsWithRawResponse:
        """The same methods, returning the raw response (status, headers, retries) with ``.parse()``."""
        return AsyncExperimentsWithRawResponse(self._client)

    @property
    def groups(self) -> AsyncExperimentGroups:
        return AsyncExperimentGroups(self._client)

    @property
    def users(self) -> AsyncExperimentUsers:
        return AsyncExperimentUsers(self._client)

    def list(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
        timeout: TimeoutOption = UNSET,
    ) -> AsyncPager[models.Experiment]:
        """List experiments (``GET /experiments``, module ``v_4_list_experiments``)."""

        async def fetch(cursor: str | Unset) -> ExperimentList:
            return await v_4_list_experiments.asyncio(
                client=self._client,
                extra_headers=extra_headers,
                max_retries=max_retries,
                timeout=timeout,
            )

        return AsyncPager[models.Experiment](fetch, UNSET, cursors=False)

    async def create(
        self,
        *,
        name: str,
        alias_id: str,
        description: str | Unset = UNSET,
        segment_percent: float | None | Unset = UNSET,
        primary_metric: str | None | Unset = UNSET,
        goal_value: float | None | Unset = UNSET,
        goal_direction: str | None | Unset = UNSET,
        context_key: str | Unset = UNSET,
        is_context_specific: bool | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
        timeout: TimeoutOption = UNSET,
    ) -> Experiment:
        """Create an experiment (``POST /experiments``, module ``v_4_create_experiment``)."""

        body = body_of(
            models.ExperimentCreate,
            {
                "name": name,
                "alias_id": alias_id,
                "description": description,
                "segment_percent": segment_percent,
                "primary_metric": primary_metric,
                "goal_value": goal_value,
                "goal_direction": goal_direction,
                "context_key": context_key,
                "is_context_specific": is_context_specific,
            },
        )
        return await v_4_create_experiment.asyncio(
            client=self._client,
            body=body,
            extra_headers=extra_headers,
            max_retries=max_retries,
            timeout=timeout,
        )

    async def summary(
        self,
        *,
        filterexperiment_uid: builtins.list[str],
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
        timeout: TimeoutOption = UNSET,
    ) -> ExperimentsSummary:
        """Get experiments analytics summary (``GET /experiments/summary``, module ``v_4_get_experiments_summary``)."""

        return await v_4_get_experiments_summary.asyncio(
            client=self._client,
            filterexperiment_uid=filterexperiment_uid,
            extra_headers=extra_headers,
            max_retries=max_retries,
            timeout=timeout,
        )

    async def retrieve(
        self,
        experiment_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
        timeout: TimeoutOption = UNSET,
    ) -> Experiment:
        """Get an experiment (``GET /experiments/{experiment_id}``, module ``v_4_get_experiment``)."""

        return await v_4_get_experiment.asyncio(
            experiment_id,
            client=self._client,
            extra_headers=extra_headers,
            max_retries=max_retries,
            timeout=timeout,
        )

    async def delete(
        self,
        experiment_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
        timeout: TimeoutOption = UNSET,
    ) -> None:
        """Delete an experiment (``DELETE /experiments/{experiment_id}``, module ``v_4_delete_experiment``)."""

        return await v_4_delete_experiment.asyncio(
            experiment_id,
            client=self._client,
            extra_headers=extra_headers,
            max_retries=max_retries,
            timeout=timeout,
        )

    async def update(
        self,
        experiment_id: str,
        *,
        name: str | Unset = UNSET,
        alias_id: str | Unset = UNSET,
        description: str | None | Unset = UNSET,
        segment_percent: float | None | Unset = UNSET,
        primary_metric: str | None | Unset = UNSET,
        goal_value: float | None | Unset = UNSET,
        goal_direction: str | None | Unset = UNSET,
        context_key: str | Unset = UNSET,
        is_context_specific: bool | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
        timeout: TimeoutOption = UNSET,
    ) -> Experiment:
        """Partially update an experiment (``PATCH /experiments/{experiment_id}``, module ``v_4_update_experiment``)."""

        body = body_of(
            models.ExperimentUpdate,
            {
                "name": name,
                "alias_id": alias_id,
                "description": description,
                "segment_percent": segment_percent,
                "primary_metric": primary_metric,
                "goal_value": goal_value,
                "goal_direction": goal_direction,
                "context_key": context_key,
                "is_context_specific": is_context_specific,
            },
        )
        return await v_4_update_experiment.asyncio(
            experiment_id,
            client=self._client,
            body=body,
            extra_headers=extra_headers,
            max_retries=max_retries,
            timeout=timeout,
        )

    async def change_status(
        self,
        experiment_id: str,
        *,
        status: Literal["draft", "active", "paused", "finished"] | models.ExperimentStatusChangeStatus,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
        timeout: TimeoutOption = UNSET,
    ) -> Experiment:
        """Change experiment status (``POST /experiments/{experiment_id}/status``, module ``v_4_change_experiment_status``)."""

        body = body_of(
            models.ExperimentStatusChange,
            {
                "status": status,
            },
        )
        return await v_4_change_experiment_status.asyncio(
            experiment_id,
            client=self._client,
            body=body,
            extra_headers=extra_headers,
            max_retries=max_retries,
            timeout=timeout,
        )


class AsyncExperimentsWithRawResponse:
    """``client.experiments.with_raw_response`` (async): the same methods, returning the :class:`RawResponse` (status, headers, retries, ``.parse()``)."""

    __slots__ = ("_client",)

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<AsyncExperimentsWithRawResponse of {type(self._client).__name__}>"

    @property
    def groups(self) -> AsyncExperimentGroupsWithRawResponse:
        return AsyncExperimentGroupsWithRawResponse(self._client)

    @property
    def users(self) -> AsyncExperimentUsersWithRawResponse:
        return AsyncExperimentUsersWithRawResponse(self._client)

    async def list(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
        timeout: TimeoutOption = UNSET,
    ) -> RawResponse[ExperimentList]:
        """List experiments (``GET /experiments``, module ``v_4_list_experiments``)."""

        return await v_4_list_experiments.asyncio_raw(
            client=self._client,
            extra_headers=extra_headers,
            max_retries=max_retries,
            timeout=timeout,
        )

    async def create(
        self,
        *,
        name: str,
        alias_id: str,
        description: str | Unset = UNSET,
        segment_percent: float | None | Unset = UNSET,
        primary_metric: str | None | Unset = UNSET,
        goal_value: float | None | Unset = UNSET,
        goal_direction: str | None | Unset = UNSET,
        context_key: str | Unset = UNSET,
        is_context_specific: bool | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
        timeout: TimeoutOption = UNSET,
    ) -> RawResponse[Experiment]:
        """Create an experiment (``POST /experiments``, module ``v_4_create_experiment``)."""

        body = body_of(
            models.ExperimentCreate,
            {
                "name": name,
                "alias_id": alias_id,
                "description": description,
                "segment_percent": segment_percent,
                "primary_metric": primary_metric,
                "goal_value": goal_value,
                "goal_direction": goal_direction,
                "context_key": context_key,
                "is_context_specific": is_context_specific,
            },
        )
        return await v_4_create_experiment.asyncio_raw(
            client=self._client,
            body=body,
            extra_headers=extra_headers,
            max_retries=max_retries,
            timeout=timeout,
        )

    async def summary(
        self,
        *,
        filterexperiment_uid: builtins.list[str],
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
        timeout: TimeoutOption = UNSET,
    ) -> RawResponse[ExperimentsSummary]:
        """Get experiments analytics summary (``GET /experiments/summary``, module ``v_4_get_experiments_summary``)."""

        return await v_4_get_experiments_summary.asyncio_raw(
            client=self._client,
            filterexperiment_uid=filterexperiment_uid,
            extra_headers=extra_headers,
            max_retries=max_retries,
            timeout=timeout,
        )

    async def retrieve(
        self,
        experiment_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
        timeout: TimeoutOption = UNSET,
    ) -> RawResponse[Experiment]:
        """Get an experiment (``GET /experiments/{experiment_id}``, module ``v_4_get_experiment``)."""

        return await v_4_get_experiment.asyncio_raw(
            experiment_id,
            client=self._client,
            extra_headers=extra_headers,
            max_retries=max_retries,
            timeout=timeout,
        )

    async def delete(
        self,
        experiment_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
        timeout: TimeoutOption = UNSET,
    ) -> RawResponse[None]:
        """Delete an experiment (``DELETE /experiments/{experiment_id}``, module ``v_4_delete_experiment``)."""

        return await v_4_delete_experiment.asyncio_raw(
            experiment_id,
            client=self._client,
            extra_headers=extra_headers,
            max_retries=max_retries,
            timeout=timeout,
        )

    async def update(
        self,
        experiment_id: str,
        *,
        name: str | Unset = UNSET,
        alias_id: str | Unset = UNSET,
        description: str | None | Unset = UNSET,
        segment_percent: float | None | Unset = UNSET,
        primary_metric: str | None | Unset = UNSET,
        goal_value: float | None | Unset = UNSET,
        goal_direction: str | None | Unset = UNSET,
        context_key: str | Unset = UNSET,
        is_context_specific: bool | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
        timeout: TimeoutOption = UNSET,
    ) -> RawResponse[Experiment]:
        """Partially update an experiment (``PATCH /experiments/{experiment_id}``, module ``v_4_update_experiment``)."""

        body = body_of(
            models.ExperimentUpdate,
            {
                "name": name,
                "alias_id": alias_id,
                "description": description,
                "segment_percent": segment_percent,
                "primary_metric": primary_metric,
                "goal_value": goal_value,
                "goal_direction": goal_direction,
                "context_key": context_key,
                "is_context_specific": is_context_specific,
            },
        )
        return await v_4_update_experiment.asyncio_raw(
            experiment_id,
            client=self._client,
            body=body,
            extra_headers=extra_headers,
            max_retries=max_retries,
            timeout=timeout,
        )

    async def change_status(
        self,
        experiment_id: str,
        *,
        status: Literal["draft", "active", "paused", "finished"] | models.ExperimentStatusChangeStatus,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
        timeout: TimeoutOption = UNSET,
    ) -> RawResponse[Experiment]:
        """Change experiment status (``POST /experiments/{experiment_id}/status``, module ``v_4_change_experiment_status``)."""

        body = body_of(
            models.ExperimentStatusChange,
            {
                "status": status,
            },
        )
        return await v_4_change_experiment_status.asyncio_raw(
            experiment_id,
            client=self._client,
            body=body,
            extra_headers=extra_headers,
            max_retries=max_retries,
            timeout=timeout,
        )
