"""Contains all the data models used in inputs/outputs"""

from __future__ import annotations

import builtins
import datetime
from collections.abc import Sequence
from typing import Any, Literal, NotRequired, Required, TypedDict

from .attribute_value import AttributeValue
from .attribute_value_input import AttributeValueInput
from .cohort import Cohort
from .cohort_input import CohortInput
from .error import Error
from .metric_reference import MetricReference
from .metric_reference_input import MetricReferenceInput
from .parameter import Parameter
from .personalization_experiment import PersonalizationExperiment
from .personalization_experiment_action import PersonalizationExperimentAction
from .personalization_experiment_criteria_type_0 import (
    PersonalizationExperimentCriteriaType0,
)
from .personalization_experiment_entity_status import (
    PersonalizationExperimentEntityStatus,
)
from .personalization_experiment_input import PersonalizationExperimentInput
from .personalization_experiment_patch import PersonalizationExperimentPatch
from .personalization_experiment_source import PersonalizationExperimentSource
from .personalization_experiment_state import PersonalizationExperimentState
from .personalization_experiment_winner_selection_mode import (
    PersonalizationExperimentWinnerSelectionMode,
)
from .primary_metric_reference_input import PrimaryMetricReferenceInput


class AttributeValueDict(TypedDict, total=False):
    """:class:`AttributeValue` as a dict (what a resource method accepts in its place)."""

    attributeEnum: NotRequired[str | None]
    attributeName: NotRequired[str]
    value: NotRequired[str]


class AttributeValueInputDict(TypedDict, total=False):
    """:class:`AttributeValueInput` as a dict (what a resource method accepts in its place)."""

    value: Required[str]
    attributeName: NotRequired[str]
    attributeEnum: NotRequired[str | None]


class CohortDict(TypedDict, total=False):
    """:class:`Cohort` as a dict (what a resource method accepts in its place)."""

    allocationWeight: NotRequired[int]
    attributeValues: NotRequired[Sequence[AttributeValue | AttributeValueDict]]
    createdById: NotRequired[str]
    createdDate: NotRequired[datetime.datetime]
    description: NotRequired[str | None]
    id: NotRequired[str]
    isControl: NotRequired[bool]
    isFallThrough: NotRequired[bool]
    label: NotRequired[str]
    name: NotRequired[str]
    personalizerName: NotRequired[str | None]


class CohortInputDict(TypedDict, total=False):
    """:class:`CohortInput` as a dict (what a resource method accepts in its place)."""

    name: Required[str]
    label: Required[str]
    isControl: Required[bool]
    description: NotRequired[str | None]
    attributeValues: NotRequired[Sequence[AttributeValueInput | AttributeValueInputDict]]
    allocationWeight: NotRequired[int]
    personalizerName: NotRequired[str]
    isFallThrough: NotRequired[bool]


class ErrorDict(TypedDict, total=False):
    """:class:`Error` as a dict (what a resource method accepts in its place)."""

    errorCode: Required[str]
    message: Required[str]
    fields: NotRequired[Sequence[str]]


class MetricReferenceDict(TypedDict, total=False):
    """:class:`MetricReference` as a dict (what a resource method accepts in its place)."""

    engagementSignalName: NotRequired[str]
    higherIsBetter: NotRequired[bool]
    metricName: NotRequired[str]
    metricType: NotRequired[str]
    overallScoreWeight: NotRequired[int]


class MetricReferenceInputDict(TypedDict, total=False):
    """:class:`MetricReferenceInput` as a dict (what a resource method accepts in its place)."""

    metricType: Required[str]
    metricName: Required[str]
    engagementSignalName: NotRequired[str]
    higherIsBetter: NotRequired[bool]


class ParameterDict(TypedDict, total=False):
    """:class:`Parameter` as a dict (what a resource method accepts in its place)."""

    parameterName: Required[str]
    engagementSignalName: NotRequired[str]
    values: NotRequired[Sequence[str]]


class PersonalizationExperimentDict(TypedDict, total=False):
    """:class:`PersonalizationExperiment` as a dict (what a resource method accepts in its place)."""

    id: Required[str]
    name: Required[str]
    label: Required[str]
    url: Required[str]
    dataSpaceName: Required[str]
    cohorts: Required[Sequence[Cohort | CohortDict]]
    status: Required[
        Literal["Active", "CreateError", "DeleteError", "Deleting", "EditError", "Processing"]
        | PersonalizationExperimentEntityStatus
    ]
    state: Required[Literal["Created", "Started", "Stopped", "Archived"] | PersonalizationExperimentState]
    description: NotRequired[str | None]
    createdById: NotRequired[str]
    createdDate: NotRequired[datetime.datetime]
    lastModifiedById: NotRequired[str]
    lastModifiedDate: NotRequired[datetime.datetime]
    schemaName: NotRequired[str]
    schemaEnum: NotRequired[str | None]
    source: NotRequired[
        Literal["PersonalizationApp", "ExperienceBuilder", "BlockBuilder", "FlowBuilder", "Agentforce"]
        | PersonalizationExperimentSource
    ]
    sourceRecordId: NotRequired[str | None]
    sourceReferenceId: NotRequired[str | None]
    startedDate: NotRequired[datetime.datetime | None]
    stoppedDate: NotRequired[datetime.datetime | None]
    lastAnalyzed: NotRequired[datetime.datetime | None]
    profileDataGraphName: NotRequired[str | None]
    criteria: NotRequired[PersonalizationExperimentCriteriaType0 | PersonalizationExperimentCriteriaType0Dict | None]
    isRemote: NotRequired[bool]
    primaryMetric: NotRequired[MetricReference | MetricReferenceDict]
    primaryMetrics: NotRequired[Sequence[MetricReference | MetricReferenceDict]]
    secondaryMetrics: NotRequired[Sequence[MetricReference | MetricReferenceDict]]
    parameters: NotRequired[Sequence[Parameter | ParameterDict]]
    chanceToWinThreshold: NotRequired[float]
    minimumRequiredParticipants: NotRequired[int]
    minimumDurationInMinutes: NotRequired[int]
    maximumDurationInMinutes: NotRequired[int]
    scheduleFrequencyInMinutes: NotRequired[int]
    winnerSelectionMode: NotRequired[Literal["Automatic", "Manual"] | PersonalizationExperimentWinnerSelectionMode]


class PersonalizationExperimentCriteriaType0Dict(TypedDict, total=False):
    """:class:`PersonalizationExperimentCriteriaType0` as a dict (what a resource method accepts in its place)."""

    pass


class PersonalizationExperimentInputDict(TypedDict, total=False):
    """:class:`PersonalizationExperimentInput` as a dict (what a resource method accepts in its place)."""

    name: Required[str]
    label: Required[str]
    dataSpaceName: Required[str]
    cohorts: Required[Sequence[CohortInput | CohortInputDict]]
    schemaName: Required[str]
    source: Required[
        Literal["PersonalizationApp", "ExperienceBuilder", "BlockBuilder", "FlowBuilder", "Agentforce"]
        | PersonalizationExperimentSource
    ]
    description: NotRequired[str | None]
    profileDataGraphName: NotRequired[str]
    sourceRecordId: NotRequired[str | None]
    primaryMetric: NotRequired[PrimaryMetricReferenceInput | PrimaryMetricReferenceInputDict]
    primaryMetrics: NotRequired[Sequence[PrimaryMetricReferenceInput | PrimaryMetricReferenceInputDict]]
    secondaryMetrics: NotRequired[Sequence[MetricReferenceInput | MetricReferenceInputDict]]
    criteria: NotRequired[str]
    minimumRequiredParticipants: NotRequired[int]
    chanceToWinThreshold: NotRequired[float]
    minimumDurationInMinutes: NotRequired[int]
    maximumDurationInMinutes: NotRequired[int]
    winnerSelectionMode: NotRequired[Literal["Automatic", "Manual"] | PersonalizationExperimentWinnerSelectionMode]
    scheduleFrequencyInMinutes: NotRequired[int]
    parameters: NotRequired[Sequence[Parameter | ParameterDict]]


class PersonalizationExperimentPatchDict(TypedDict, total=False):
    """:class:`PersonalizationExperimentPatch` as a dict (what a resource method accepts in its place)."""

    name: NotRequired[str]
    label: NotRequired[str]
    description: NotRequired[str | None]
    dataSpaceName: NotRequired[str]
    profileDataGraphName: NotRequired[str]
    cohorts: NotRequired[Sequence[CohortInput | CohortInputDict]]
    schemaName: NotRequired[str]
    source: NotRequired[
        Literal["PersonalizationApp", "ExperienceBuilder", "BlockBuilder", "FlowBuilder", "Agentforce"]
        | PersonalizationExperimentSource
    ]
    sourceRecordId: NotRequired[str | None]
    primaryMetric: NotRequired[PrimaryMetricReferenceInput | PrimaryMetricReferenceInputDict]
    primaryMetrics: NotRequired[Sequence[PrimaryMetricReferenceInput | PrimaryMetricReferenceInputDict]]
    secondaryMetrics: NotRequired[Sequence[MetricReferenceInput | MetricReferenceInputDict]]
    criteria: NotRequired[str]
    minimumRequiredParticipants: NotRequired[int]
    chanceToWinThreshold: NotRequired[float]
    minimumDurationInMinutes: NotRequired[int]
    maximumDurationInMinutes: NotRequired[int]
    winnerSelectionMode: NotRequired[Literal["Automatic", "Manual"] | PersonalizationExperimentWinnerSelectionMode]
    scheduleFrequencyInMinutes: NotRequired[int]
    parameters: NotRequired[Sequence[Parameter | ParameterDict]]


class PrimaryMetricReferenceInputDict(TypedDict, total=False):
    """:class:`PrimaryMetricReferenceInput` as a dict (what a resource method accepts in its place)."""

    metricType: Required[str]
    metricName: Required[str]
    engagementSignalName: NotRequired[str]
    higherIsBetter: NotRequired[bool]
    overallScoreWeight: NotRequired[int]


__all__ = (
    "AttributeValue",
    "AttributeValueInput",
    "Cohort",
    "CohortInput",
    "Error",
    "MetricReference",
    "MetricReferenceInput",
    "Parameter",
    "PersonalizationExperiment",
    "PersonalizationExperimentAction",
    "PersonalizationExperimentCriteriaType0",
    "PersonalizationExperimentEntityStatus",
    "PersonalizationExperimentInput",
    "PersonalizationExperimentPatch",
    "PersonalizationExperimentSource",
    "PersonalizationExperimentState",
    "PersonalizationExperimentWinnerSelectionMode",
    "PrimaryMetricReferenceInput",
    "AttributeValueDict",
    "AttributeValueInputDict",
    "CohortDict",
    "CohortInputDict",
    "ErrorDict",
    "MetricReferenceDict",
    "MetricReferenceInputDict",
    "ParameterDict",
    "PersonalizationExperimentDict",
    "PersonalizationExperimentCriteriaType0Dict",
    "PersonalizationExperimentInputDict",
    "PersonalizationExperimentPatchDict",
    "PrimaryMetricReferenceInputDict",
)
