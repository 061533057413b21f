"""Resources of the ``segments`` tag: ``client.segments``.

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
from ...models.segment import Segment
from ...models.segment_create import SegmentCreate
from ...models.segment_list import SegmentList
from ...models.segment_replace import SegmentReplace
from ...types import UNSET, Unset
from . import (
    v_4_create_segment,
    v_4_delete_segment,
    v_4_get_segment,
    v_4_list_segments,
    v_4_list_system_segments,
    v_4_update_segment,
)

__all__ = [
    "AsyncSegments",
    "AsyncSegmentsWithRawResponse",
    "Segments",
    "SegmentsWithRawResponse",
]


class Segments:
    """``client.segments``."""

    __slots__ = ("_client",)

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<Segments of {type(self._client).__name__}>"

    @property
    def with_raw_response(self) -> SegmentsWithRawResponse:
        """The same methods, returning the raw response (status, headers, retries) with ``.parse()``."""
        return SegmentsWithRawResponse(self._client)

    def list(
        self,
        *,
        limit: int | Unset = 20,
        starting_after: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
        timeout: TimeoutOption = UNSET,
    ) -> SyncPage[models.Segment]:
        """List segments (``GET /segments``, module ``v_4_list_segments``)."""

        def fetch(cursor: str | Unset) -> SegmentList:
            return v_4_list_segments.sync(
                client=self._client,
                limit=limit,
                starting_after=cursor,
                extra_headers=extra_headers,
                max_retries=max_retries,
                timeout=timeout,
            )

        return SyncPage[models.Segment].first(fetch, starting_after, cursors=True)

    def create(
        self,
        *,
        name: str,
        conditions: Sequence[models.SegmentCondition | models.SegmentConditionDict] | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
        timeout: TimeoutOption = UNSET,
    ) -> Segment:
        """Create a segment (``POST /segments``, module ``v_4_create_segment``)."""

        body = body_of(
            models.SegmentCreate,
            {
                "name": name,
                "conditions": conditions,
            },
        )
        return v_4_create_segment.sync(
            client=self._client,
            body=body,
            idempotency_key=idempotency_key,
            extra_headers=extra_headers,
            max_retries=max_retries,
            timeout=timeout,
        )

    def list_system(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
        timeout: TimeoutOption = UNSET,
    ) -> SyncPage[models.Segment]:
        """List system segments (``GET /segments/system``, module ``v_4_list_system_segments``)."""

        def fetch(cursor: str | Unset) -> SegmentList:
            return v_4_list_system_segments.sync(
                client=self._client,
                extra_headers=extra_headers,
                max_retries=max_retries,
                timeout=timeout,
            )

        return SyncPage[models.Segment].first(fetch, UNSET, cursors=False)

    def retrieve(
        self,
        segment_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
        timeout: TimeoutOption = UNSET,
    ) -> Segment:
        """Get a segment (``GET /segments/{segment_id}``, module ``v_4_get_segment``)."""

        return v_4_get_segment.sync(
            segment_id,
            client=self._client,
            extra_headers=extra_headers,
            max_retries=max_retries,
            timeout=timeout,
        )

    def update(
        self,
        segment_id: str,
        *,
        name: str,
        conditions: Sequence[models.SegmentCondition | models.SegmentConditionDict] | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
        timeout: TimeoutOption = UNSET,
    ) -> Segment:
        """Update a segment (full replace) (``PUT /segments/{segment_id}``, module ``v_4_update_segment``)."""

        body = body_of(
            models.SegmentReplace,
            {
                "name": name,
                "conditions": conditions,
            },
        )
        return v_4_update_segment.sync(
            segment_id,
            client=self._client,
            body=body,
            extra_headers=extra_headers,
            max_retries=max_retries,
            timeout=timeout,
        )

    def delete(
        self,
        segment_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
        timeout: TimeoutOption = UNSET,
    ) -> None:
        """Delete a segment (``DELETE /segments/{segment_id}``, module ``v_4_delete_segment``)."""

        return v_4_delete_segment.sync(
            segment_id,
            client=self._client,
            extra_headers=extra_headers,
            max_retries=max_retries,
            timeout=timeout,
        )


class SegmentsWithRawResponse:
    """``client.segments.with_raw_response``: the same methods, returning the :class:`RawResponse` (status, headers, retries, ``.parse()``)."""

    __slots__ = ("_client",)

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<SegmentsWithRawResponse of {type(self._client).__name__}>"

    def list(
        self,
        *,
        limit: int | Unset = 20,
        starting_after: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
        timeout: TimeoutOption = UNSET,
    ) -> RawResponse[SegmentList]:
        """List segments (``GET /segments``, module ``v_4_list_segments``)."""

        return v_4_list_segments.sync_raw(
            client=self._client,
            limit=limit,
            starting_after=starting_after,
            extra_headers=extra_headers,
            max_retries=max_retries,
            timeout=timeout,
        )

    def create(
        self,
        *,
        name: str,
        conditions: Sequence[models.SegmentCondition | models.SegmentConditionDict] | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
        timeout: TimeoutOption = UNSET,
    ) -> RawResponse[Segment]:
        """Create a segment (``POST /segments``, module ``v_4_create_segment``)."""

        body = body_of(
            models.SegmentCreate,
            {
                "name": name,
                "conditions": conditions,
            },
        )
        return v_4_create_segment.sync_raw(
            client=self._client,
            body=body,
            idempotency_key=idempotency_key,
            extra_headers=extra_headers,
            max_retries=max_retries,
            timeout=timeout,
        )

    def list_system(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
        timeout: TimeoutOption = UNSET,
    ) -> RawResponse[SegmentList]:
        """List system segments (``GET /segments/system``, module ``v_4_list_system_segments``)."""

        return v_4_list_system_segments.sync_raw(
            client=self._client,
            extra_headers=extra_headers,
            max_retries=max_retries,
            timeout=timeout,
        )

    def retrieve(
        self,
        segment_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
        timeout: TimeoutOption = UNSET,
    ) -> RawResponse[Segment]:
        """Get a segment (``GET /segments/{segment_id}``, module ``v_4_get_segment``)."""

        return v_4_get_segment.sync_raw(
            segment_id,
            client=self._client,
            extra_headers=extra_headers,
            max_retries=max_retries,
            timeout=timeout,
        )

    def update(
        self,
        segment_id: str,
        *,
        name: str,
        conditions: Sequence[models.SegmentCondition | models.SegmentConditionDict] | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
        timeout: TimeoutOption = UNSET,
    ) -> RawResponse[Segment]:
        """Update a segment (full replace) (``PUT /segments/{segment_id}``, module ``v_4_update_segment``)."""

        body = body_of(
            models.SegmentReplace,
            {
                "name": name,
                "conditions": conditions,
            },
        )
        return v_4_update_segment.sync_raw(
            segment_id,
            client=self._client,
            body=body,
            extra_headers=extra_headers,
            max_retries=max_retries,
            timeout=timeout,
        )

    def delete(
        self,
        segment_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
        timeout: TimeoutOption = UNSET,
    ) -> RawResponse[None]:
        """Delete a segment (``DELETE /segments/{segment_id}``, module ``v_4_delete_segment``)."""

        return v_4_delete_segment.sync_raw(
            segment_id,
            client=self._client,
            extra_headers=extra_headers,
            max_retries=max_retries,
            timeout=timeout,
        )


class AsyncSegments:
    """``client.segments`` (async)."""

    __slots__ = ("_client",)

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<AsyncSegments of {type(self._client).__name__}>"

    @property
    def with_raw_response(self) -> AsyncSegmentsWithRawResponse:
        """The same methods, returning the raw response (status, headers, retries) with ``.parse()``."""
        return AsyncSegmentsWithRawResponse(self._client)

    def list(
        self,
        *,
        limit: int | Unset = 20,
        starting_after: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
        timeout: TimeoutOption = UNSET,
    ) -> AsyncPager[models.Segment]:
        """List segments (``GET /segments``, module ``v_4_list_segments``)."""

        async def fetch(cursor: str | Unset) -> SegmentList:
            return await v_4_list_segments.asyncio(
                client=self._client,
                limit=limit,
                starting_after=cursor,
                extra_headers=extra_headers,
                max_retries=max_retries,
                timeout=timeout,
            )

        return AsyncPager[models.Segment](fetch, starting_after, cursors=True)

    async def create(
        self,
        *,
        name: str,
        conditions: Sequence[models.SegmentCondition | models.SegmentConditionDict] | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
        timeout: TimeoutOption = UNSET,
    ) -> Segment:
        """Create a segment (``POST /segments``, module ``v_4_create_segment``)."""

        body = body_of(
            models.SegmentCreate,
            {
                "name": name,
                "conditions": conditions,
            },
        )
        return await v_4_create_segment.asyncio(
            client=self._client,
            body=body,
            idempotency_key=idempotency_key,
            extra_headers=extra_headers,
            max_retries=max_retries,
            timeout=timeout,
        )

    def list_system(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
        timeout: TimeoutOption = UNSET,
    ) -> AsyncPager[models.Segment]:
        """List system segments (``GET /segments/system``, module ``v_4_list_system_segments``)."""

        async def fetch(cursor: str | Unset) -> SegmentList:
            return await v_4_list_system_segments.asyncio(
                client=self._client,
                extra_headers=extra_headers,
                max_retries=max_retries,
                timeout=timeout,
            )

        return AsyncPager[models.Segment](fetch, UNSET, cursors=False)

    async def retrieve(
        self,
        segment_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
        timeout: TimeoutOption = UNSET,
    ) -> Segment:
        """Get a segment (``GET /segments/{segment_id}``, module ``v_4_get_segment``)."""

        return await v_4_get_segment.asyncio(
            segment_id,
            client=self._client,
            extra_headers=extra_headers,
            max_retries=max_retries,
            timeout=timeout,
        )

    async def update(
        self,
        segment_id: str,
        *,
        name: str,
        conditions: Sequence[models.SegmentCondition | models.SegmentConditionDict] | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
        timeout: TimeoutOption = UNSET,
    ) -> Segment:
        """Update a segment (full replace) (``PUT /segments/{segment_id}``, module ``v_4_update_segment``)."""

        body = body_of(
            models.SegmentReplace,
            {
                "name": name,
                "conditions": conditions,
            },
        )
        return await v_4_update_segment.asyncio(
            segment_id,
            client=self._client,
            body=body,
            extra_headers=extra_headers,
            max_retries=max_retries,
            timeout=timeout,
        )

    async def delete(
        self,
        segment_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
        timeout: TimeoutOption = UNSET,
    ) -> None:
        """Delete a segment (``DELETE /segments/{segment_id}``, module ``v_4_delete_segment``)."""

        return await v_4_delete_segment.asyncio(
            segment_id,
            client=self._client,
            extra_headers=extra_headers,
            max_retries=max_retries,
            timeout=timeout,
        )


class AsyncSegmentsWithRawResponse:
    """``client.segments.with_raw_response`` (async): the same methods, returning the :class:`RawResponse` (status, headers, retries, ``.parse()``)."""

    __slots__ = ("_client",)

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<AsyncSegmentsWithRawResponse of {type(self._client).__name__}>"

    async def list(
        self,
        *,
        limit: int | Unset = 20,
        starting_after: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
        timeout: TimeoutOption = UNSET,
    ) -> RawResponse[SegmentList]:
        """List segments (``GET /segments``, module ``v_4_list_segments``)."""

        return await v_4_list_segments.asyncio_raw(
            client=self._client,
            limit=limit,
            starting_after=starting_after,
            extra_headers=extra_headers,
            max_retries=max_retries,
            timeout=timeout,
        )

    async def create(
        self,
        *,
        name: str,
        conditions: Sequence[models.SegmentCondition | models.SegmentConditionDict] | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
        timeout: TimeoutOption = UNSET,
    ) -> RawResponse[Segment]:
        """Create a segment (``POST /segments``, module ``v_4_create_segment``)."""

        body = body_of(
            models.SegmentCreate,
            {
                "name": name,
                "conditions": conditions,
            },
        )
        return await v_4_create_segment.asyncio_raw(
            client=self._client,
            body=body,
            idempotency_key=idempotency_key,
            extra_headers=extra_headers,
            max_retries=max_retries,
            timeout=timeout,
        )

    async def list_system(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
        timeout: TimeoutOption = UNSET,
    ) -> RawResponse[SegmentList]:
        """List system segments (``GET /segments/system``, module ``v_4_list_system_segments``)."""

        return await v_4_list_system_segments.asyncio_raw(
            client=self._client,
            extra_headers=extra_headers,
            max_retries=max_retries,
            timeout=timeout,
        )

    async def retrieve(
        self,
        segment_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
        timeout: TimeoutOption = UNSET,
    ) -> RawResponse[Segment]:
        """Get a segment (``GET /segments/{segment_id}``, module ``v_4_get_segment``)."""

        return await v_4_get_segment.asyncio_raw(
            segment_id,
            client=self._client,
            extra_headers=extra_headers,
            max_retries=max_retries,
            timeout=timeout,
        )

    async def update(
        self,
        segment_id: str,
        *,
        name: str,
        conditions: Sequence[models.SegmentCondition | models.SegmentConditionDict] | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
        timeout: TimeoutOption = UNSET,
    ) -> RawResponse[Segment]:
        """Update a segment (full replace) (``PUT /segments/{segment_id}``, module ``v_4_update_segment``)."""

        body = body_of(
            models.SegmentReplace,
            {
                "name": name,
                "conditions": conditions,
            },
        )
        return await v_4_update_segment.asyncio_raw(
            segment_id,
            client=self._client,
            body=body,
            extra_headers=extra_headers,
            max_retries=max_retries,
            timeout=timeout,
        )

    async def delete(
        self,
        segment_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
        timeout: TimeoutOption = UNSET,
    ) -> RawResponse[None]:
        """Delete a segment (``DELETE /segments/{segment_id}``, module ``v_4_delete_segment``)."""

        return await v_4_delete_segment.asyncio_raw(
            segment_id,
            client=self._client,
            extra_headers=extra_headers,
            max_retries=max_retries,
            timeout=timeout,
        )
