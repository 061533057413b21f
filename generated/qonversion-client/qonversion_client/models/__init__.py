"""Contains all the data models used in inputs/outputs"""

from __future__ import annotations

import builtins
import datetime
from collections.abc import Sequence
from typing import Any, Literal, NotRequired, Required, TypedDict

from .error_body import ErrorBody
from .error_body_type import ErrorBodyType
from .error_detail import ErrorDetail
from .error_response import ErrorResponse
from .experiment import Experiment
from .experiment_create import ExperimentCreate
from .experiment_group import ExperimentGroup
from .experiment_group_create import ExperimentGroupCreate
from .experiment_group_list import ExperimentGroupList
from .experiment_group_update import ExperimentGroupUpdate
from .experiment_list import ExperimentList
from .experiment_status_change import ExperimentStatusChange
from .experiment_status_change_status import ExperimentStatusChangeStatus
from .experiment_update import ExperimentUpdate
from .experiment_user_attach import ExperimentUserAttach
from .experiments_summary import ExperimentsSummary
from .integration import Integration
from .integration_active import IntegrationActive
from .integration_create import IntegrationCreate
from .integration_list import IntegrationList
from .integration_status_change import IntegrationStatusChange
from .integration_status_change_status import IntegrationStatusChangeStatus
from .integrations_meta import IntegrationsMeta
from .integrations_meta_data_item import IntegrationsMetaDataItem
from .list_envelope import ListEnvelope
from .list_envelope_object import ListEnvelopeObject
from .segment import Segment
from .segment_condition import SegmentCondition
from .segment_condition_comparator import SegmentConditionComparator
from .segment_create import SegmentCreate
from .segment_list import SegmentList
from .segment_replace import SegmentReplace
from .target_platform import TargetPlatform


class ErrorBodyDict(TypedDict, total=False):
    """:class:`ErrorBody` as a dict (what a resource method accepts in its place)."""

    code: Required[str]
    message: Required[str]
    type: NotRequired[Literal["request", "resource", "logical", "internal"] | ErrorBodyType]
    details: NotRequired[Sequence[ErrorDetail | ErrorDetailDict]]


class ErrorDetailDict(TypedDict, total=False):
    """:class:`ErrorDetail` as a dict (what a resource method accepts in its place)."""

    field: Required[str]
    message: Required[str]


class ErrorResponseDict(TypedDict, total=False):
    """:class:`ErrorResponse` as a dict (what a resource method accepts in its place)."""

    error: Required[ErrorBody | ErrorBodyDict]


class ExperimentDict(TypedDict, total=False):
    """:class:`Experiment` as a dict (what a resource method accepts in its place)."""

    object: NotRequired[str]
    id: NotRequired[str]
    url: NotRequired[str]
    name: NotRequired[str]
    alias_id: NotRequired[str]
    description: NotRequired[str]
    status: NotRequired[str]
    started_at: NotRequired[datetime.datetime | None]
    finished_at: NotRequired[datetime.datetime | None]
    segment_percent: NotRequired[float | None]
    primary_metric: NotRequired[str | None]
    goal_value: NotRequired[float | None]
    goal_direction: NotRequired[str | None]
    context_key: NotRequired[str]
    is_context_specific: NotRequired[bool]
    created_at: NotRequired[datetime.datetime]
    updated_at: NotRequired[datetime.datetime]


class ExperimentCreateDict(TypedDict, total=False):
    """:class:`ExperimentCreate` as a dict (what a resource method accepts in its place)."""

    name: Required[str]
    alias_id: Required[str]
    description: NotRequired[str]
    segment_percent: NotRequired[float | None]
    primary_metric: NotRequired[str | None]
    goal_value: NotRequired[float | None]
    goal_direction: NotRequired[str | None]
    context_key: NotRequired[str]
    is_context_specific: NotRequired[bool]


class ExperimentGroupDict(TypedDict, total=False):
    """:class:`ExperimentGroup` as a dict (what a resource method accepts in its place)."""

    object: NotRequired[str]
    id: NotRequired[str]
    url: NotRequired[str]
    name: NotRequired[str | None]
    is_control: NotRequired[bool]
    weight: NotRequired[float]
    remote_config_uid: NotRequired[str | None]
    created_at: NotRequired[datetime.datetime]
    updated_at: NotRequired[datetime.datetime]


class ExperimentGroupCreateDict(TypedDict, total=False):
    """:class:`ExperimentGroupCreate` as a dict (what a resource method accepts in its place)."""

    weight: Required[float]
    name: NotRequired[str | None]
    is_control: NotRequired[bool]
    remote_config_uid: NotRequired[str | None]


class ExperimentGroupListDict(TypedDict, total=False):
    """:class:`ExperimentGroupList` as a dict (what a resource method accepts in its place)."""

    object: Required[Literal["list"] | ListEnvelopeObject]
    url: Required[str]
    has_more: Required[bool]
    data: Required[Sequence[ExperimentGroup | ExperimentGroupDict]]
    next_cursor: NotRequired[str | None]


class ExperimentGroupUpdateDict(TypedDict, total=False):
    """:class:`ExperimentGroupUpdate` as a dict (what a resource method accepts in its place)."""

    weight: NotRequired[float]
    name: NotRequired[str | None]
    is_control: NotRequired[bool]
    remote_config_uid: NotRequired[str | None]


class ExperimentListDict(TypedDict, total=False):
    """:class:`ExperimentList` as a dict (what a resource method accepts in its place)."""

    object: Required[Literal["list"] | ListEnvelopeObject]
    url: Required[str]
    has_more: Required[bool]
    data: Required[Sequence[Experiment | ExperimentDict]]
    next_cursor: NotRequired[str | None]


class ExperimentsSummaryDict(TypedDict, total=False):
    """:class:`ExperimentsSummary` as a dict (what a resource method accepts in its place)."""

    pass


class ExperimentStatusChangeDict(TypedDict, total=False):
    """:class:`ExperimentStatusChange` as a dict (what a resource method accepts in its place)."""

    status: Required[Literal["draft", "active", "paused", "finished"] | ExperimentStatusChangeStatus]


class ExperimentUpdateDict(TypedDict, total=False):
    """:class:`ExperimentUpdate` as a dict (what a resource method accepts in its place)."""

    name: NotRequired[str]
    alias_id: NotRequired[str]
    description: NotRequired[str | None]
    segment_percent: NotRequired[float | None]
    primary_metric: NotRequired[str | None]
    goal_value: NotRequired[float | None]
    goal_direction: NotRequired[str | None]
    context_key: NotRequired[str]
    is_context_specific: NotRequired[bool]


class ExperimentUserAttachDict(TypedDict, total=False):
    """:class:`ExperimentUserAttach` as a dict (what a resource method accepts in its place)."""

    group_id: Required[str]


class IntegrationDict(TypedDict, total=False):
    """:class:`Integration` as a dict (what a resource method accepts in its place)."""

    object: Required[str]
    id: Required[str]
    url: Required[str]
    title: Required[str]
    integration: Required[str]
    target_platform: Required[Literal["iOS", "Android", "Stripe"] | TargetPlatform]
    active: Required[Literal[0, 1, 2] | IntegrationActive]
    created_at: Required[datetime.datetime]
    updated_at: Required[datetime.datetime]
    last_delivery_at: Required[datetime.datetime | None]
    last_error_at: Required[datetime.datetime | None]
    last_error_message: Required[str | None]
    delivery_error_count: Required[int]


class IntegrationCreateDict(TypedDict, total=False):
    """:class:`IntegrationCreate` as a dict (what a resource method accepts in its place)."""

    title: Required[str]
    integration: Required[str]
    target_platform: Required[Literal["iOS", "Android", "Stripe"] | TargetPlatform]


class IntegrationListDict(TypedDict, total=False):
    """:class:`IntegrationList` as a dict (what a resource method accepts in its place)."""

    object: Required[Literal["list"] | ListEnvelopeObject]
    url: Required[str]
    has_more: Required[bool]
    data: Required[Sequence[Integration | IntegrationDict]]
    next_cursor: NotRequired[str | None]


class IntegrationsMetaDict(TypedDict, total=False):
    """:class:`IntegrationsMeta` as a dict (what a resource method accepts in its place)."""

    data: Required[Sequence[IntegrationsMetaDataItem | IntegrationsMetaDataItemDict]]
    object: NotRequired[str]


class IntegrationsMetaDataItemDict(TypedDict, total=False):
    """:class:`IntegrationsMetaDataItem` as a dict (what a resource method accepts in its place)."""

    slug: Required[str]
    title: NotRequired[str]
    category: NotRequired[str]
    allowedStores: NotRequired[Sequence[Literal["iOS", "Android", "Stripe"] | TargetPlatform]]


class IntegrationStatusChangeDict(TypedDict, total=False):
    """:class:`IntegrationStatusChange` as a dict (what a resource method accepts in its place)."""

    status: Required[Literal[0, 1] | IntegrationStatusChangeStatus]


class ListEnvelopeDict(TypedDict, total=False):
    """:class:`ListEnvelope` as a dict (what a resource method accepts in its place)."""

    object: Required[Literal["list"] | ListEnvelopeObject]
    url: Required[str]
    has_more: Required[bool]
    next_cursor: NotRequired[str | None]


class SegmentDict(TypedDict, total=False):
    """:class:`Segment` as a dict (what a resource method accepts in its place)."""

    object: Required[str]
    id: Required[str]
    url: Required[str]
    name: Required[str]
    is_system: Required[bool]
    conditions: Required[Sequence[SegmentCondition | SegmentConditionDict]]
    created_at: Required[datetime.datetime]
    updated_at: Required[datetime.datetime]


class SegmentConditionDict(TypedDict, total=False):
    """:class:`SegmentCondition` as a dict (what a resource method accepts in its place)."""

    metric: Required[str]
    comparator: Required[
        Literal["eq", "ne", "gt", "gte", "lt", "lte", "contains", "not_contains"] | SegmentConditionComparator
    ]
    value: Required[str]
    negate: NotRequired[bool]


class SegmentCreateDict(TypedDict, total=False):
    """:class:`SegmentCreate` as a dict (what a resource method accepts in its place)."""

    name: Required[str]
    conditions: NotRequired[Sequence[SegmentCondition | SegmentConditionDict]]


class SegmentListDict(TypedDict, total=False):
    """:class:`SegmentList` as a dict (what a resource method accepts in its place)."""

    object: Required[Literal["list"] | ListEnvelopeObject]
    url: Required[str]
    has_more: Required[bool]
    data: Required[Sequence[Segment | SegmentDict]]
    next_cursor: NotRequired[str | None]


class SegmentReplaceDict(TypedDict, total=False):
    """:class:`SegmentReplace` as a dict (what a resource method accepts in its place)."""

    name: Required[str]
    conditions: NotRequired[Sequence[SegmentCondition | SegmentConditionDict]]


__all__ = (
    "ErrorBody",
    "ErrorBodyType",
    "ErrorDetail",
    "ErrorResponse",
    "Experiment",
    "ExperimentCreate",
    "ExperimentGroup",
    "ExperimentGroupCreate",
    "ExperimentGroupList",
    "ExperimentGroupUpdate",
    "ExperimentList",
    "ExperimentsSummary",
    "ExperimentStatusChange",
    "ExperimentStatusChangeStatus",
    "ExperimentUpdate",
    "ExperimentUserAttach",
    "Integration",
    "IntegrationActive",
    "IntegrationCreate",
    "IntegrationList",
    "IntegrationsMeta",
    "IntegrationsMetaDataItem",
    "IntegrationStatusChange",
    "IntegrationStatusChangeStatus",
    "ListEnvelope",
    "ListEnvelopeObject",
    "Segment",
    "SegmentCondition",
    "SegmentConditionComparator",
    "SegmentCreate",
    "SegmentList",
    "SegmentReplace",
    "TargetPlatform",
    "ErrorBodyDict",
    "ErrorDetailDict",
    "ErrorResponseDict",
    "ExperimentDict",
    "ExperimentCreateDict",
    "ExperimentGroupDict",
    "ExperimentGroupCreateDict",
    "ExperimentGroupListDict",
    "ExperimentGroupUpdateDict",
    "ExperimentListDict",
    "ExperimentsSummaryDict",
    "ExperimentStatusChangeDict",
    "ExperimentUpdateDict",
    "ExperimentUserAttachDict",
    "IntegrationDict",
    "IntegrationCreateDict",
    "IntegrationListDict",
    "IntegrationsMetaDict",
    "IntegrationsMetaDataItemDict",
    "IntegrationStatusChangeDict",
    "ListEnvelopeDict",
    "SegmentDict",
    "SegmentConditionDict",
    "SegmentCreateDict",
    "SegmentListDict",
    "SegmentReplaceDict",
)
