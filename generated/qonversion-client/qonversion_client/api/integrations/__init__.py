"""Resources of the ``integrations`` tag: ``client.integrations``.

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
from ...models.integration import Integration
from ...models.integration_create import IntegrationCreate
from ...models.integration_list import IntegrationList
from ...models.integration_status_change import IntegrationStatusChange
from ...models.integrations_meta import IntegrationsMeta
from ...types import UNSET, Unset
from . import (
    v_4_create_integration,
    v_4_delete_integration,
    v_4_get_integrations_meta,
    v_4_list_integrations,
    v_4_update_integration_status,
)

__all__ = [
    "AsyncIntegrations",
    "AsyncIntegrationsWithRawResponse",
    "Integrations",
    "IntegrationsWithRawResponse",
]


class Integrations:
    """``client.integrations``."""

    __slots__ = ("_client",)

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<Integrations of {type(self._client).__name__}>"

    @property
    def with_raw_response(self) -> IntegrationsWithRawResponse:
        """The same methods, returning the raw response (status, headers, retries) with ``.parse()``."""
        return IntegrationsWithRawResponse(self._client)

    def list(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
        timeout: TimeoutOption = UNSET,
    ) -> SyncPage[models.Integration]:
        """List integrations (``GET /integrations``, module ``v_4_list_integrations``)."""

        def fetch(cursor: str | Unset) -> IntegrationList:
            return v_4_list_integrations.sync(
                client=self._client,
                extra_headers=extra_headers,
                max_retries=max_retries,
                timeout=timeout,
            )

        return SyncPage[models.Integration].first(fetch, UNSET, cursors=False)

    def create(
        self,
        *,
        title: str,
        integration: str,
        target_platform: Literal["iOS", "Android", "Stripe"] | models.TargetPlatform,
        idempotency_key: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
        timeout: TimeoutOption = UNSET,
    ) -> Integration:
        """Create integration (``POST /integrations``, module ``v_4_create_integration``)."""

        body = body_of(
            models.IntegrationCreate,
            {
                "title": title,
                "integration": integration,
                "target_platform": target_platform,
            },
        )
        return v_4_create_integration.sync(
            client=self._client,
            body=body,
            idempotency_key=idempotency_key,
            extra_headers=extra_headers,
            max_retries=max_retries,
            timeout=timeout,
        )

    def meta(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
        timeout: TimeoutOption = UNSET,
    ) -> IntegrationsMeta:
        """Get integrations metadata (``GET /integrations/meta``, module ``v_4_get_integrations_meta``)."""

        return v_4_get_integrations_meta.sync(
            client=self._client,
            extra_headers=extra_headers,
            max_retries=max_retries,
            timeout=timeout,
        )

    def delete(
        self,
        integration_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
        timeout: TimeoutOption = UNSET,
    ) -> None:
        """Delete an integration (``DELETE /integrations/{integration_id}``, module ``v_4_delete_integration``)."""

        return v_4_delete_integration.sync(
            integration_id,
            client=self._client,
            extra_headers=extra_headers,
            max_retries=max_retries,
            timeout=timeout,
        )

    def update_status(
        self,
        integration_id: str,
        *,
        status: Literal[0, 1] | models.IntegrationStatusChangeStatus,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
        timeout: TimeoutOption = UNSET,
    ) -> Integration:
        """Update integration status (``POST /integrations/{integration_id}/status``, module ``v_4_update_integration_status``)."""

        body = body_of(
            models.IntegrationStatusChange,
            {
                "status": status,
            },
        )
        return v_4_update_integration_status.sync(
            integration_id,
            client=self._client,
            body=body,
            extra_headers=extra_headers,
            max_retries=max_retries,
            timeout=timeout,
        )


class IntegrationsWithRawResponse:
    """``client.integrations.with_raw_response``: the same methods, returning the :class:`RawResponse` (status, headers, retries, ``.parse()``)."""

    __slots__ = ("_client",)

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<IntegrationsWithRawResponse of {type(self._client).__name__}>"

    def list(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
        timeout: TimeoutOption = UNSET,
    ) -> RawResponse[IntegrationList]:
        """List integrations (``GET /integrations``, module ``v_4_list_integrations``)."""

        return v_4_list_integrations.sync_raw(
            client=self._client,
            extra_headers=extra_headers,
            max_retries=max_retries,
            timeout=timeout,
        )

    def create(
        self,
        *,
        title: str,
        integration: str,
        target_platform: Literal["iOS", "Android", "Stripe"] | models.TargetPlatform,
        idempotency_key: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
        timeout: TimeoutOption = UNSET,
    ) -> RawResponse[Integration]:
        """Create integration (``POST /integrations``, module ``v_4_create_integration``)."""

        body = body_of(
            models.IntegrationCreate,
            {
                "title": title,
                "integration": integration,
                "target_platform": target_platform,
            },
        )
        return v_4_create_integration.sync_raw(
            client=self._client,
            body=body,
            idempotency_key=idempotency_key,
            extra_headers=extra_headers,
            max_retries=max_retries,
            timeout=timeout,
        )

    def meta(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
        timeout: TimeoutOption = UNSET,
    ) -> RawResponse[IntegrationsMeta]:
        """Get integrations metadata (``GET /integrations/meta``, module ``v_4_get_integrations_meta``)."""

        return v_4_get_integrations_meta.sync_raw(
            client=self._client,
            extra_headers=extra_headers,
            max_retries=max_retries,
            timeout=timeout,
        )

    def delete(
        self,
        integration_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
        timeout: TimeoutOption = UNSET,
    ) -> RawResponse[None]:
        """Delete an integration (``DELETE /integrations/{integration_id}``, module ``v_4_delete_integration``)."""

        return v_4_delete_integration.sync_raw(
            integration_id,
            client=self._client,
            extra_headers=extra_headers,
            max_retries=max_retries,
            timeout=timeout,
        )

    def update_status(
        self,
        integration_id: str,
        *,
        status: Literal[0, 1] | models.IntegrationStatusChangeStatus,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
        timeout: TimeoutOption = UNSET,
    ) -> RawResponse[Integration]:
        """Update integration status (``POST /integrations/{integration_id}/status``, module ``v_4_update_integration_status``)."""

        body = body_of(
            models.IntegrationStatusChange,
            {
                "status": status,
            },
        )
        return v_4_update_integration_status.sync_raw(
            integration_id,
            client=self._client,
            body=body,
            extra_headers=extra_headers,
            max_retries=max_retries,
            timeout=timeout,
        )


class AsyncIntegrations:
    """``client.integrations`` (async)."""

    __slots__ = ("_client",)

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<AsyncIntegrations of {type(self._client).__name__}>"

    @property
    def with_raw_response(self) -> AsyncIntegrationsWithRawResponse:
        """The same methods, returning the raw response (status, headers, retries) with ``.parse()``."""
        return AsyncIntegrationsWithRawResponse(self._client)

    def list(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
        timeout: TimeoutOption = UNSET,
    ) -> AsyncPager[models.Integration]:
        """List integrations (``GET /integrations``, module ``v_4_list_integrations``)."""

        async def fetch(cursor: str | Unset) -> IntegrationList:
            return await v_4_list_integrations.asyncio(
                client=self._client,
                extra_headers=extra_headers,
                max_retries=max_retries,
                timeout=timeout,
            )

        return AsyncPager[models.Integration](fetch, UNSET, cursors=False)

    async def create(
        self,
        *,
        title: str,
        integration: str,
        target_platform: Literal["iOS", "Android", "Stripe"] | models.TargetPlatform,
        idempotency_key: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
        timeout: TimeoutOption = UNSET,
    ) -> Integration:
        """Create integration (``POST /integrations``, module ``v_4_create_integration``)."""

        body = body_of(
            models.IntegrationCreate,
            {
                "title": title,
                "integration": integration,
                "target_platform": target_platform,
            },
        )
        return await v_4_create_integration.asyncio(
            client=self._client,
            body=body,
            idempotency_key=idempotency_key,
            extra_headers=extra_headers,
            max_retries=max_retries,
            timeout=timeout,
        )

    async def meta(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
        timeout: TimeoutOption = UNSET,
    ) -> IntegrationsMeta:
        """Get integrations metadata (``GET /integrations/meta``, module ``v_4_get_integrations_meta``)."""

        return await v_4_get_integrations_meta.asyncio(
            client=self._client,
            extra_headers=extra_headers,
            max_retries=max_retries,
            timeout=timeout,
        )

    async def delete(
        self,
        integration_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
        timeout: TimeoutOption = UNSET,
    ) -> None:
        """Delete an integration (``DELETE /integrations/{integration_id}``, module ``v_4_delete_integration``)."""

        return await v_4_delete_integration.asyncio(
            integration_id,
            client=self._client,
            extra_headers=extra_headers,
            max_retries=max_retries,
            timeout=timeout,
        )

    async def update_status(
        self,
        integration_id: str,
        *,
        status: Literal[0, 1] | models.IntegrationStatusChangeStatus,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
        timeout: TimeoutOption = UNSET,
    ) -> Integration:
        """Update integration status (``POST /integrations/{integration_id}/status``, module ``v_4_update_integration_status``)."""

        body = body_of(
            models.IntegrationStatusChange,
            {
                "status": status,
            },
        )
        return await v_4_update_integration_status.asyncio(
            integration_id,
            client=self._client,
            body=body,
            extra_headers=extra_headers,
            max_retries=max_retries,
            timeout=timeout,
        )


class AsyncIntegrationsWithRawResponse:
    """``client.integrations.with_raw_response`` (async): the same methods, returning the :class:`RawResponse` (status, headers, retries, ``.parse()``)."""

    __slots__ = ("_client",)

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<AsyncIntegrationsWithRawResponse of {type(self._client).__name__}>"

    async def list(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
        timeout: TimeoutOption = UNSET,
    ) -> RawResponse[IntegrationList]:
        """List integrations (``GET /integrations``, module ``v_4_list_integrations``)."""

        return await v_4_list_integrations.asyncio_raw(
            client=self._client,
            extra_headers=extra_headers,
            max_retries=max_retries,
            timeout=timeout,
        )

    async def create(
        self,
        *,
        title: str,
        integration: str,
        target_platform: Literal["iOS", "Android", "Stripe"] | models.TargetPlatform,
        idempotency_key: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
        timeout: TimeoutOption = UNSET,
    ) -> RawResponse[Integration]:
        """Create integration (``POST /integrations``, module ``v_4_create_integration``)."""

        body = body_of(
            models.IntegrationCreate,
            {
                "title": title,
                "integration": integration,
                "target_platform": target_platform,
            },
        )
        return await v_4_create_integration.asyncio_raw(
            client=self._client,
            body=body,
            idempotency_key=idempotency_key,
            extra_headers=extra_headers,
            max_retries=max_retries,
            timeout=timeout,
        )

    async def meta(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
        timeout: TimeoutOption = UNSET,
    ) -> RawResponse[IntegrationsMeta]:
        """Get integrations metadata (``GET /integrations/meta``, module ``v_4_get_integrations_meta``)."""

        return await v_4_get_integrations_meta.asyncio_raw(
            client=self._client,
            extra_headers=extra_headers,
            max_retries=max_retries,
            timeout=timeout,
        )

    async def delete(
        self,
        integration_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
        timeout: TimeoutOption = UNSET,
    ) -> RawResponse[None]:
        """Delete an integration (``DELETE /integrations/{integration_id}``, module ``v_4_delete_integration``)."""

        return await v_4_delete_integration.asyncio_raw(
            integration_id,
            client=self._client,
            extra_headers=extra_headers,
            max_retries=max_retries,
            timeout=timeout,
        )

    async def update_status(
        self,
        integration_id: str,
        *,
        status: Literal[0, 1] | models.IntegrationStatusChangeStatus,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
        timeout: TimeoutOption = UNSET,
    ) -> RawResponse[Integration]:
        """Update integration status (``POST /integrations/{integration_id}/status``, module ``v_4_update_integration_status``)."""

        body = body_of(
            models.IntegrationStatusChange,
            {
                "status": status,
            },
        )
        return await v_4_update_integration_status.asyncio_raw(
            integration_id,
            client=self._client,
            body=body,
            extra_headers=extra_headers,
            max_retries=max_retries,
            timeout=timeout,
        )
